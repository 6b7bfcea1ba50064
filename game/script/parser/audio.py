"""Audio: play, queue, stop and voice; channels and files."""
from __future__ import annotations

import re
from typing import Final

from ...scene import channels as scene_channels
from .. import _nodes as N
from .. import _renpy_compat as compat
from .. import ast as A
from ..cursor import Cursor
from ..errors import did_you_mean
from ..lexer import Line
from ._fast import FastPaths
from .core import AUDIO, ParserCore, statement

CHANNELS: Final = frozenset(scene_channels.CHANNELS)
_AUDIO_CLAUSES: Final = ("fadein", "fadeout", "loop", "noloop", "if_changed", "volume")
_WORD_RE: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class AudioStatements(ParserCore):
    """The audio statements of Parser."""

    @statement("voice")
    def voice_stmt(self, cur: Cursor, line: Line) -> A.Stmt | None:
        """`voice "file"`: the line's recorded voice, on the voice channel."""
        if cur.keyword("sustain"):
            if not self.compat.strict:
                compat.degrade(self, "voice sustain", line.lineno, line.col, 5,
                               "'voice sustain' changes nothing here: a voice plays to its"
                               " end unless the next voice replaces it")
            else:
                self.err(line, line.col, "'voice sustain' is not supported", 5, code="E210")
            return None
        files = self.audio_files(cur, line)
        if files is None or not self.expect_eol(cur, "the voice statement"):
            return None
        self.no_block(line, "'voice'")
        return N.Play(self.loc(line), self.sid(f"voice|{'|'.join(files)}"), "voice", files,
                      0.0, None, False, False)

    def map_channel(self, line: Line, col: int, ch: str) -> str | None:
        """A channel a Ren'Py game registers (`play ambience ...`): played on the
        nearest of ours, with a warning; None (an error) when strict or a typo."""
        if ch in CHANNELS:
            return ch
        if self.compat.strict or not _WORD_RE.fullmatch(ch):
            self.err(line, col, f"unknown audio channel '{ch}'{did_you_mean(ch, CHANNELS)};"
                     " channels are " + ", ".join(sorted(CHANNELS)), max(1, len(ch)),
                     code="E320")
            return None
        low = ch.lower()
        ours = "music" if "music" in low or "bgm" in low else "voice" if "voice" in low \
            else "sound" if "sound" in low or "sfx" in low else "ambient"
        compat.degrade(self, "channel " + ch, line.lineno, col, len(ch),
                       f"the channel '{ch}' is not one of ours (a channel the game registers"
                       f" in Python?); it plays on '{ours}'")
        return ours

    def channel(self, cur: Cursor, line: Line, kw: str) -> str | None:
        col = cur.at()
        save = cur.i
        ch = cur.word()
        if ch is not None and ch not in CHANNELS and ch not in _AUDIO_CLAUSES \
                and cur.s[cur.i:cur.i + 1] in ("", " ", "\t"):
            rest = cur.s[cur.i:].split()
            if kw == "stop" or (rest and rest[0] not in _AUDIO_CLAUSES):
                return self.map_channel(line, col, ch)
        cur.i = save
        ch = cur.word()
        if ch is None or ch not in CHANNELS:
            shown = ch or ""
            hint = did_you_mean(shown, CHANNELS) if ch else ""
            self.err(line, col, f"unknown audio channel '{shown}'{hint}; channels are "
                     + ", ".join(sorted(CHANNELS)), max(1, len(shown)), code="E320")
            return None
        return ch

    def audio_files(self, cur: Cursor, line: Line) -> tuple[str, ...] | None:
        col = cur.at()
        files: list[str] = []
        if cur.char("["):
            while True:
                s = cur.string()
                if s is None:
                    s = cur.word()  # a name of Ren'Py's audio namespace
                if s is None:
                    break
                files.append(s)
                if not cur.char(","):
                    break
            if not cur.char("]"):
                self.err(line, cur.col, "expected ']' to close the list of files",
                         code="E321")
                return None
        else:
            s = cur.string()
            if s is not None:
                files.append(s)
            else:
                w = cur.word()
                if w is not None and w not in _AUDIO_CLAUSES:
                    files.append(w)  # Ren'Py's audio namespace: a bare name
        if not files:
            self.err(line, col, "expected an audio file, e.g. \"theme.ogg\"", code="E322")
            return None
        for f in files:
            self.refs.append((AUDIO, f, (self.path, line.lineno, col), len(f) + 2, None))
        return tuple(files)

    @statement("play", fast=FastPaths.fast_play)
    def play_stmt(self, cur: Cursor, line: Line) -> A.Stmt | None:
        ch = self.channel(cur, line, "play")
        if ch is None:
            return None
        files = self.audio_files(cur, line)
        if files is None:
            return None
        fadein, fadeout, loop, if_changed = 0.0, None, None, False
        while not cur.eol():
            kcol = cur.at()
            w = cur.word()
            if w in ("fadein", "fadeout", "volume"):
                v = cur.number()
                if v is None or v < 0:
                    self.err(line, cur.at(), f"'{w}' needs a number of seconds", code="E323")
                    return None
                if w == "fadein":
                    fadein = v
                elif w == "fadeout":
                    fadeout = v
            elif w in ("loop", "noloop"):
                loop = w == "loop"
            elif w == "if_changed":
                if_changed = True
            else:
                shown = w or cur.rest()
                self.err(line, kcol, f"unexpected '{shown}' in the play statement"
                         + did_you_mean(shown, _AUDIO_CLAUSES), len(shown), code="E324")
                return None
        if loop is None:
            loop = ch in ("music", "ambient")
        return N.Play(self.loc(line), self.sid(
            f"play|{ch}|{'|'.join(files)}|{fadein}|{fadeout}|{loop}|{if_changed}"),
            ch, files, fadein, fadeout, loop, if_changed)

    @statement("queue")
    def queue_stmt(self, cur: Cursor, line: Line) -> A.Stmt | None:
        ch = self.channel(cur, line, "queue")
        if ch is None:
            return None
        files = self.audio_files(cur, line)
        if files is None:
            return None
        loop, fadein = None, 0.0
        while not cur.eol():
            kcol = cur.at()
            w = cur.word()
            if w in ("loop", "noloop"):
                loop = w == "loop"
            elif w in ("fadein", "volume"):
                v = cur.number()
                if v is None:
                    self.err(line, cur.at(), f"'{w}' needs a number", code="E323")
                    return None
                if w == "fadein":
                    fadein = v
            else:
                shown = w or cur.rest()
                self.err(line, kcol, f"unexpected '{shown}' in the queue statement",
                         len(shown), code="E324")
                return None
        if loop is None:
            loop = ch in ("music", "ambient")
        return N.Queue(self.loc(line), self.sid(f"queue|{ch}|{'|'.join(files)}|{loop}"),
                       ch, files, loop, fadein)

    @statement("stop")
    def stop_stmt(self, cur: Cursor, line: Line) -> A.Stmt | None:
        ch = self.channel(cur, line, "stop")
        if ch is None:
            return None
        fadeout = None
        if cur.keyword("fadeout"):
            fadeout = cur.number()
            if fadeout is None or fadeout < 0:
                self.err(line, cur.at(), "'fadeout' needs a number of seconds", code="E323")
                return None
        if not self.expect_eol(cur, "the stop statement"):
            return None
        return N.Stop(self.loc(line), self.sid(f"stop|{ch}|{fadeout}"), ch, fadeout)
