"""Fast paths for the parser: the common shapes of a statement, matched whole.

Each `fast_*` method looks at a whole logical line with one regular expression.
When it matches, the statement (and every reference, error and id) is exactly what
the general, Cursor-based code of the grammar areas makes of that line; otherwise it
returns SLOW and the general code runs. So anything unusual (tabs, odd spacing,
clauses in another order, mistakes) is left to the code that reports it.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Final

from ...scene.channels import CHANNELS
from .. import _nodes as N
from .. import ast as A
from ..ids import content_key as _key
from ..ids import stable_id
from ..lexer import Line
from .core import AUDIO, IMAGE, LABEL, POSITION, SLOW

if TYPE_CHECKING:
    from .._renpy_compat import Compat
    from ..pyexpr import Compiled

_IMG: Final = r"([A-Za-z0-9_]+(?: +[A-Za-z0-9_]+)*?)"
_WITH: Final = r"(?: +with +(\S.*))?\Z"
_SHOW: Final = re.compile(r"show +" + _IMG + r"(?: +at +([A-Za-z_][A-Za-z0-9_]*))?" + _WITH)
_SCENE: Final = re.compile(r"scene(?: +" + _IMG + r")??" + _WITH)
_HIDE: Final = re.compile(r"hide +" + _IMG + _WITH)
_PLAY: Final = re.compile(
    r"play +(" + "|".join(CHANNELS) + r') +"([^"\\\n]*)"'
    r"((?: +(?:fadein|fadeout|volume) +[0-9]+(?:\.[0-9]*)?| +(?:loop|noloop|if_changed))*)\Z")
_JUMP: Final = re.compile(r"jump +([A-Za-z_][A-Za-z0-9_]*)\Z")
_LABEL: Final = re.compile(r"label +([A-Za-z_][A-Za-z0-9_]*) *:\Z")
_PYTHON: Final = re.compile(r"\$ *(\S.*)\Z")
COND: Final = re.compile(r"(?:if|elif) +(\S.*):\Z")
CHOICE: Final = re.compile(r'"([^"\\\n]*)"(?: +if +(\S.*)| *):\Z')

# Words that end an image name, and words that make `show`/`scene`/`hide` something else.
IMAGE_STOP: Final = frozenset({"at", "as", "behind", "with", "onlayer", "zorder"})
_SPECIAL_FIRST: Final = frozenset({"screen", "layer", "expression", "onlayer"})


class FastPaths:
    """Part of Parser (each statement names its fast path where it registers, see
    core.statement); uses its sid, refs, compile, transition_ref, no_block..."""

    path: str
    label: str
    compat: Compat
    refs: list[tuple]
    _words: dict[str, tuple[str, ...]]
    _memo: dict[str, tuple]
    _sid_prefix: str
    _counts: dict[int, int]

    if TYPE_CHECKING:
        def sid(self, content: str) -> str: ...
        def no_block(self, line: Line, what: str) -> None: ...
        def label_body(self, line: Line, name: str) -> A.Stmt: ...
        def transition_ref(self, line: Line, col: int, src: str
                           ) -> tuple[bool, str | None]: ...
        def compile(self, line: Line, col: int, source: str, *, statement: bool = False,
                    define: bool = False) -> Compiled | None: ...
        def note_expr(self, comp: Compiled, loc: A.Loc) -> None: ...

    def image_words(self, text: str) -> tuple[str, ...] | None:
        """The image name in a fast path's words, or None if the general code must look
        (a clause keyword among them, or `screen`/`layer`/... first)."""
        words = self._words.get(text)
        if words is None:
            parts = text.split()
            if parts[0] in _SPECIAL_FIRST or any(w in IMAGE_STOP for w in parts):
                words = ()
            else:
                words = tuple(w.lower() for w in parts)
            self._words[text] = words
        return words or None

    # Statement lines repeat exactly (`show kaori cold at left`), only their place
    # and id differ: each fast path keeps what it worked out from a line's text in
    # `_memo` (text -> a tuple; the text names the kind) and only redoes the per-line
    # part: references with their locations, the id's count, the node. Only lines
    # that report nothing are kept, so every diagnostic is made again where it was.
    def fast_label(self, line: Line) -> Any:
        m = _LABEL.match(line.text)
        if m is None:
            return SLOW
        return self.label_body(line, m.group(1))

    def fast_jump(self, line: Line) -> Any:
        hit = self._memo.get(line.text)
        if hit is None:
            m = _JUMP.match(line.text)
            if m is None or m.group(1) == "expression":
                return SLOW
            name = m.group(1)
            hit = self._memo[line.text] = (name, m.start(1) + 1, _key(f"jump|{name}"))
        name, col, key = hit
        if line.block:
            self.no_block(line, "'jump'")
        self.refs.append((LABEL, name, (self.path, line.lineno, line.indent + col),
                          len(name), None))
        sid = stable_id(self._sid_prefix, self._counts, "", key)
        return N.Jump((self.path, line.lineno, line.indent + 1), sid, name)

    def fast_pass(self, line: Line) -> Any:
        if line.text != "pass":
            return SLOW
        sid = stable_id(self._sid_prefix, self._counts, "", _PASS_KEY)
        return N.Pass((self.path, line.lineno, line.indent + 1), sid)

    def fast_python(self, line: Line) -> Any:
        hit = self._memo.get(line.text)
        if hit is None:
            m = _PYTHON.match(line.text)
            if m is None or "renpy." in line.text or "Character" in line.text or (
                    "(" in line.text and (self.compat.in_init
                                          or self.label.startswith("file:")
                                          or m.group(1).split("(", 1)[0].strip()
                                          in self.compat.characters)):
                # Ren'Py's library, `$ e = Character(...)` or `$ flash = Fade(...)` in
                # init, `$ e("Hello.")`: see python_stmt
                return SLOW
            src = m.group(1)
            col = line.indent + m.start(1) + 1
            comp = self.compile(line, col, src, statement=True)
            if line.block:
                self.no_block(line, "'$'")
            if comp is None:
                return None
            self._memo[line.text] = (src, m.start(1) + 1, comp, _key("$|" + src))
            self.note_expr(comp, (self.path, line.lineno, col))
            return N.Python((self.path, line.lineno, line.indent + 1), self.sid("$|" + src),
                            comp.code, src)
        src, col, comp, key = hit
        if line.block:
            self.no_block(line, "'$'")
        self.note_expr(comp, (self.path, line.lineno, line.indent + col))
        sid = stable_id(self._sid_prefix, self._counts, "", key)
        return N.Python((self.path, line.lineno, line.indent + 1), sid,
                        comp.code, src)

    def fast_scene(self, line: Line) -> Any:
        hit = self._memo.get(line.text)
        if hit is None:
            m = _SCENE.match(line.text)
            if m is None:
                return SLOW
            img, src = m.group(1, 2)
            if src is not None and src.endswith(":"):
                return SLOW  # `scene bg with fade:` and an ATL block
            words = self.image_words(img) if img is not None else ()
            if words is None:
                return SLOW
            name = " ".join(words)
            hit = self._memo[line.text] = (
                words, m.start(1) + 1, len(name), src, m.start(2) + 1,
                _key(f"scene|{name}|{src}"))
        words, img_col, length, src, src_col, key = hit
        if src is not None:
            ok, _with = self.transition_ref(line, line.indent + src_col, src)
            if not ok:
                return None
        if words:
            self.refs.append((IMAGE, words, (self.path, line.lineno, line.indent + img_col),
                              length, None))
        if line.block:
            self.no_block(line, "'scene'")
        sid = stable_id(self._sid_prefix, self._counts, "", key)
        return N.Scene((self.path, line.lineno, line.indent + 1), sid,
                       words or None, src)

    def fast_show(self, line: Line) -> Any:
        hit = self._memo.get(line.text)
        if hit is None:
            m = _SHOW.match(line.text)
            if m is None:
                return SLOW
            img, at, src = m.group(1, 2, 3)
            if src is not None and src.endswith(":"):
                return SLOW  # `show x with dissolve:` and an ATL block
            words = self.image_words(img)
            if words is None:
                return SLOW
            name = " ".join(words)
            hit = self._memo[line.text] = (
                words, m.start(1) + 1, len(name), at, m.start(2) + 1, src, m.start(3) + 1,
                _key(f"show|{name}|{at}||None|{src}"))
        words, img_col, length, at, at_col, src, src_col, key = hit
        lineno, indent = line.lineno, line.indent
        if at is not None:
            self.refs.append((POSITION, at, (self.path, lineno, indent + at_col),
                              len(at), None))
        if src is not None:
            ok, _with = self.transition_ref(line, indent + src_col, src)
            if not ok:
                return None
        self.refs.append((IMAGE, words, (self.path, lineno, indent + img_col), length, None))
        if line.block:
            self.no_block(line, "'show'")
        sid = stable_id(self._sid_prefix, self._counts, "", key)
        return N.Show((self.path, lineno, indent + 1), sid, words, at, (),
                      None, src)

    def fast_hide(self, line: Line) -> Any:
        hit = self._memo.get(line.text)
        if hit is None:
            m = _HIDE.match(line.text)
            if m is None:
                return SLOW
            img, src = m.group(1, 2)
            words = self.image_words(img)
            if words is None:
                return SLOW
            hit = self._memo[line.text] = (words[0], src, m.start(2) + 1,
                                           _key(f"hide|{words[0]}|{src}"))
        tag, src, src_col, key = hit
        if src is not None:
            ok, _with = self.transition_ref(line, line.indent + src_col, src)
            if not ok:
                return None
        if line.block:
            self.no_block(line, "'hide'")
        sid = stable_id(self._sid_prefix, self._counts, "", key)
        return N.Hide((self.path, line.lineno, line.indent + 1), sid, tag, src)

    def fast_play(self, line: Line) -> Any:
        hit = self._memo.get(line.text)
        if hit is None:
            hit = _play_shape(line.text)
            if hit is None:
                return SLOW
            self._memo[line.text] = hit
        ch, files, col, length, fadein, fadeout, loop, if_changed, key = hit
        self.refs.append((AUDIO, files[0], (self.path, line.lineno, line.indent + col),
                          length, None))
        sid = stable_id(self._sid_prefix, self._counts, "", key)
        return N.Play((self.path, line.lineno, line.indent + 1), sid,
                      ch, files, fadein, fadeout, loop, if_changed)


_PASS_KEY: Final = _key("pass")


def _play_shape(text: str) -> tuple | None:
    """What a `play` line says, or None if the general code must look."""
    m = _PLAY.match(text)
    if m is None or "  " in m.group(2):
        return None
    ch, f, tail = m.group(1, 2, 3)
    fadein, fadeout, loop, if_changed = 0.0, None, None, False
    toks = tail.split()
    j, n = 0, len(toks)
    while j < n:
        w = toks[j]
        j += 1
        if w == "fadein" or w == "fadeout" or w == "volume":
            v = float(toks[j])
            j += 1
            if w == "fadein":
                fadein = v
            elif w == "fadeout":
                fadeout = v
        elif w == "loop" or w == "noloop":
            loop = w == "loop"
        else:
            if_changed = True
    if loop is None:
        loop = ch in ("music", "ambient")
    return (ch, (f,), m.start(2), len(f) + 2, fadein, fadeout, loop, if_changed,
            _key(f"play|{ch}|{f}|{fadein}|{fadeout}|{loop}|{if_changed}"))

