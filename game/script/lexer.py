"""Physical lines to logical lines to an indentation tree.

A logical line joins physical lines while a bracket is open or a string runs on
(Ren'Py lets a string span lines). Say lines, the bulk of any script, are matched
by one regular expression here so the parser never tokenises them again.
"""
from __future__ import annotations

import re
from typing import Final

from .errors import Reporter

# kaori sad "text" [with dissolve]   |   "text"   |   "Name" "text"
_STR: Final = r'"([^"\\]*+(?:\\.[^"\\]*+)*+)"'
# groups: 1 speaker and attributes, 2 a quoted speaker name, 3 the text, 4 a with clause
SAY_RE: Final = re.compile(
    r'(?:([A-Za-z_]\w*+(?: +-?\w+)*+) +|"([^"\\]*+(?:\\.[^"\\]*+)*+)" +)?'
    + _STR + r'(?: +with +(\w+))? *(?:#.*)?$')
_SCAN_RE: Final = re.compile(
    r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|`(?:[^`\\]|\\.)*`|[()\[\]{}#"\'`]')
_OPEN: Final = {"(": ")", "[": "]", "{": "}"}


class Line:
    """A logical line: where it starts, its text (indent removed) and its block."""

    __slots__ = ("lineno", "indent", "text", "say", "block", "opens", "end_lineno")

    def __init__(self, lineno: int, indent: int, text: str, say: re.Match[str] | None,
                 opens: bool, end_lineno: int) -> None:
        self.lineno = lineno
        self.indent = indent
        self.text = text
        self.say = say
        self.block: list[Line] | None = None
        self.opens = opens
        self.end_lineno = end_lineno

    @property
    def col(self) -> int:
        return self.indent + 1

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Line({self.lineno}, {self.indent}, {self.text!r})"


def strip_comment(text: str) -> tuple[str, int, bool]:
    """Text without its comment, the bracket depth left open, and whether a string is open."""
    if not any(c in text for c in "\"'`#()[]{}"):
        return text, 0, False
    depth = 0
    for m in _SCAN_RE.finditer(text):
        tok = m.group(0)
        if len(tok) > 1:
            continue
        if tok == "#":
            return text[:m.start()].rstrip(), depth, False
        if tok in _OPEN:
            depth += 1
        elif tok in ")]}":
            depth = max(0, depth - 1)
        else:  # a quote that does not close on this line
            return text, depth, True
    return text, depth, False


def logical_lines(lines: list[str], rep: Reporter) -> list[Line]:
    """Join continuations, drop blanks and comments, and measure indentation."""
    out: list[Line] = []
    say_match = SAY_RE.match
    i, n = 0, len(lines)
    while i < n:
        raw = lines[i]
        if raw.endswith("\n"):
            raw = raw[:-1]
        if raw.endswith("\r"):
            raw = raw[:-1]
        i += 1
        body = raw.lstrip(" ")
        if body and body[0] in "\t\f\v":
            rep.error(i, len(raw) - len(body) + 1,
                      "indent with spaces, not tabs (Ren'Py does not allow tabs)",
                      code="E101")
            body = body.lstrip()
        indent = len(raw) - len(body)
        if not body or body[0] == "#":
            continue
        m = say_match(body)
        if m is not None:
            out.append(Line(i, indent, body, m, False, i))
            continue
        start = i
        text, depth, open_str = strip_comment(body)
        while (depth > 0 or open_str) and i < n:
            nxt = lines[i].rstrip("\r\n")
            if open_str and not nxt.strip():
                break  # a blank line ends a runaway string; reported below
            i += 1
            text, depth, open_str = strip_comment(text + "\n" + nxt)
        if open_str:
            col = _unclosed_quote_col(body) + indent
            rep.error(start, col, "unterminated string: a quote is opened here and never"
                      " closed", code="E102")
            continue
        if depth > 0:
            rep.error(start, indent + 1, "a bracket opened on this line is never closed",
                      code="E103")
            continue
        stripped = text.rstrip()
        if not stripped:
            continue
        m2 = say_match(stripped) if "\n" in stripped else None
        out.append(Line(start, indent, stripped, m2, stripped.endswith(":"), i))
    return out


def _unclosed_quote_col(text: str) -> int:
    for m in _SCAN_RE.finditer(text):
        if m.group(0) in "\"'`":
            return m.start() + 1
    return 1


def build_tree(lines: list[Line], rep: Reporter) -> list[Line]:
    """Nest lines into blocks by indentation, reporting indentation mistakes."""
    root: list[Line] = []
    stack: list[tuple[int, list[Line]]] = [(0, root)]
    expect_block: Line | None = None
    for line in lines:
        indent = line.indent
        top_indent = stack[-1][0]
        if expect_block is not None:
            if indent > expect_block.indent:
                expect_block.block = []
                stack.append((indent, expect_block.block))
                stack[-1][1].append(line)
                expect_block = line if line.opens else None
                continue
            if not expect_block.text.startswith("label "):  # Ren'Py allows an empty label
                rep.error(expect_block.lineno, expect_block.col + len(expect_block.text) - 1,
                          "expected an indented block after this ':'", code="E104")
            expect_block.block = []
            expect_block = None
        if indent > top_indent:
            rep.error(line.lineno, 1, "unexpected indent: this line is indented more than"
                      " the line before, which does not end with ':'",
                      length=indent, code="E105")
            stack[-1][1].append(line)  # keep going as if aligned
        else:
            while indent < stack[-1][0]:
                stack.pop()
            if indent != stack[-1][0]:
                rep.error(line.lineno, 1, "unindent does not match any outer indentation"
                          " level", length=max(1, indent), code="E106")
            stack[-1][1].append(line)
        expect_block = line if line.opens else None
    if expect_block is not None:
        if not expect_block.text.startswith("label "):
            rep.error(expect_block.lineno, expect_block.col + len(expect_block.text) - 1,
                      "expected an indented block after this ':'", code="E104")
        expect_block.block = []
    return root
