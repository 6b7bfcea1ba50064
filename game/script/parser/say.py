"""Say lines: `kaori sad "text" with dissolve id name`, `"Name" "text"`, `"text"`.

Every Say node is made by SayStatements.say, whichever way its line was read: the
lexer's match of a plain one-line say (most lines of a story, from the walker), a
say line the lexer handed over as a Line (joined lines, tabs, a speaker that is
also a keyword), a menu's caption, and Ren'Py's wider say grammar and monologues
(_renpy_compat.py). So a line's text checks, speaker references and id are worked
out in one place.
"""
from __future__ import annotations

import sys
from typing import Final

from .. import _nodes as N
from .. import ast as A
from ..cursor import unescape
from ..ids import content_key, stable_id
from ..lexer import Line, SayItem
from .core import NOT_SPEAKERS, TRANSITION, ParserCore

SPECIAL_SPEAKERS: Final = frozenset({"extend", "centered", "narrator"})
_NARRATION_KEY: Final = content_key("say|None|None||")
_Say: Final = N.Say


class SayStatements(ParserCore):
    """The say lines of Parser."""

    def say(self, lineno: int, col: int, text_col: int, who: str | None,
            attrs_s: str | None, who_name: str | None, text: str, with_: str | None,
            ident: str | None, paragraph: int = 0, with_noted: bool = False) -> A.Say:
        """The Say node of a say line at (lineno, col), and its checks and references.

        who: the speaker's variable (None: narration or a quoted `who_name`);
        attrs_s: its attributes as written, spaces included (" sad"); who_name and
        text: as written in the quotes (escapes are resolved here); text_col: the
        text's column, for errors in its tags. paragraph: the index of a monologue's
        paragraph (Ren'Py's triple-quoted say): after the first, the speaker is not
        noted again and the node has no attributes, though its id counts them.
        with_noted: the caller has checked the `with` transition itself.

        The id is that of f"say|{who}|{who_name}|{' '.join(attrs)}|{text}", the key of
        everything before the text worked out once per speaker."""
        loc = (self.path, lineno, col)
        if "\\" in text or "  " in text or "\n" in text:
            text = unescape(text)
        if "{" in text or "}" in text or "[" in text:
            text = self.check_text(lineno, text_col, text) or text
        if who is not None:
            info = self._speaker_info.get((who, attrs_s))
            if info is None:
                info = self._new_speaker_info(who, attrs_s or "")
            who, attrs, key, locs, uses, length = info
            if paragraph:
                attrs_of_node: tuple[str, ...] = ()
            else:
                attrs_of_node = attrs
                if locs is not None:
                    locs.append(loc)
                    if uses is not None:
                        uses.append((loc, length))
                elif attrs and who != "narrator":
                    self.rep.error(lineno, col + 1 + len(who),
                                   f"'{who}' takes no attributes", code="E220")
        else:
            attrs_of_node = ()
            if who_name is None:
                key = _NARRATION_KEY
            else:
                who_name = unescape(who_name)
                key = content_key(f"say|None|{who_name}||")
        if with_ is not None and not with_noted:
            self.refs.append((TRANSITION, with_, loc, len(with_), None))
        return _Say(loc, stable_id(self._sid_prefix, self._counts, text, key),
                    who, who_name, attrs_of_node, text, with_, ident)

    def _new_speaker_info(self, who: str, attrs_s: str) -> tuple:
        """For a say line's speaker and attributes as written: the attributes, the key
        of the start of its id, where to note its uses, and the length to underline."""
        cache_key = (who, attrs_s)
        who = sys.intern(who)  # one string for every line the speaker says
        attrs = tuple(attrs_s.split())
        key = content_key(f"say|{who}|None|{' '.join(attrs)}|")
        locs = uses = None
        if who not in SPECIAL_SPEAKERS:
            locs = self.speakers.setdefault(who, [])
            if attrs:
                uses = self.say_attrs.setdefault((who, attrs), [])
        info = (who, attrs, key, locs, uses, len(who) + len(attrs_s))
        self._speaker_info[cache_key] = info
        return info

    def say_item(self, item: SayItem) -> A.Say:
        """A say line the lexer matched whole (lexer.SAY_LINE_RE)."""
        lineno, indent, m = item
        who, attrs_s, who_name, text, with_, ident = m.group(2, 3, 4, 5, 6, 7)
        return self.say(lineno, indent + 1, m.start(5) + 1, who, attrs_s, who_name, text,
                        with_, ident)

    def say_line(self, line: Line) -> A.Stmt | None:
        """A say line the lexer handed over as a Line (lexer.SAY_RE), or None if its
        speaker is a statement's keyword (`show "x"`)."""
        m = line.say
        assert m is not None
        who_attrs, who_name, text, with_, ident = m.groups()
        who = attrs_s = None
        if who_attrs is not None:
            who = who_attrs.split(None, 1)[0]
            if who in NOT_SPEAKERS:
                return None
            attrs_s = who_attrs[len(who):]
        stmt = self.say(line.lineno, line.col, line.col + m.start(3), who, attrs_s, who_name,
                        text, with_, ident)
        self.no_block(line, "a say statement")
        return stmt
