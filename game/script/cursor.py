"""A cursor over one logical line, for the statements that are not plain say lines."""
from __future__ import annotations

import re
from typing import Final

from .lexer import Line

_WORD_RE: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_IMAGE_WORD_RE: Final = re.compile(r"-?[A-Za-z0-9_][A-Za-z0-9_\-]*")
_NUMBER_RE: Final = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?![A-Za-z_])")
_STRING_RE: Final = re.compile(r'"((?:[^"\\]|\\.)*)"|\'((?:[^\'\\]|\\.)*)\'|`((?:[^`\\]|\\.)*)`',
                               re.S)
_WS_RE: Final = re.compile(r"[ \t\n]*")
_ESCAPE_RE: Final = re.compile(r"\\(u[0-9a-fA-F]{4}|.)", re.S)
_SPACES_RE: Final = re.compile(r"\s*\n\s*| {2,}")


def _dequote(m: re.Match[str]) -> str:
    c = m.group(1)
    if c == "n":
        return "\n"
    if c[0] == "u" and len(c) == 5:
        return chr(int(c[1:], 16))
    return c


def unescape(raw: str) -> str:
    """A Ren'Py string's value: whitespace runs collapse to one space, escapes resolve."""
    if "\\" not in raw and "\n" not in raw and "  " not in raw:
        return raw
    s = _SPACES_RE.sub(" ", raw)
    return _ESCAPE_RE.sub(_dequote, s) if "\\" in s else s


class Cursor:
    __slots__ = ("line", "s", "i")

    def __init__(self, line: Line, start: int = 0) -> None:
        self.line = line
        self.s = line.text
        self.i = start

    @property
    def col(self) -> int:
        """1-based column in the file of the cursor (first physical line)."""
        return self.line.indent + self.i + 1

    def ws(self) -> None:
        self.i = _WS_RE.match(self.s, self.i).end()  # type: ignore[union-attr]

    def at(self) -> int:
        """Skip spaces; the 1-based column in the file of what comes next."""
        self.ws()
        return self.col

    def eol(self) -> bool:
        self.ws()
        return self.i >= len(self.s)

    def peek_word(self) -> str | None:
        self.ws()
        m = _WORD_RE.match(self.s, self.i)
        return m.group(0) if m else None

    def word(self) -> str | None:
        self.ws()
        m = _WORD_RE.match(self.s, self.i)
        if not m:
            return None
        self.i = m.end()
        return m.group(0)

    def image_word(self) -> str | None:
        self.ws()
        m = _IMAGE_WORD_RE.match(self.s, self.i)
        if not m:
            return None
        self.i = m.end()
        return m.group(0)

    def keyword(self, kw: str) -> bool:
        self.ws()
        if self.s.startswith(kw, self.i):
            end = self.i + len(kw)
            if end >= len(self.s) or not (self.s[end].isalnum() or self.s[end] == "_"):
                self.i = end
                return True
        return False

    def char(self, c: str) -> bool:
        self.ws()
        if self.s.startswith(c, self.i):
            self.i += len(c)
            return True
        return False

    def string(self) -> str | None:
        self.ws()
        m = _STRING_RE.match(self.s, self.i)
        if not m:
            return None
        self.i = m.end()
        raw = m.group(1) if m.group(1) is not None else (
            m.group(2) if m.group(2) is not None else m.group(3))
        return unescape(raw)

    def number(self) -> float | None:
        self.ws()
        m = _NUMBER_RE.match(self.s, self.i)
        if not m:
            return None
        self.i = m.end()
        return float(m.group(0))

    def rest(self) -> str:
        self.ws()
        r = self.s[self.i:]
        self.i = len(self.s)
        return r

    def until_colon(self) -> str | None:
        """Text up to the line's final ':' (for `if EXPR:`); None if there is no colon."""
        self.ws()
        body = self.s.rstrip()
        if not body.endswith(":"):
            return None
        r = body[self.i:-1]
        self.i = len(self.s)
        return r
