"""Physical lines to logical lines to an indentation tree, in one pass.

A logical line joins physical lines while a bracket is open or a string runs on
(Ren'Py lets a string span lines). Say lines, the bulk of any script, are matched
by one regular expression on the raw line here and kept as a small tuple
`(lineno, indent, match)` so the parser never tokenises them again; every other
logical line becomes a `Line`, with its indented block (if it ends with ':').
"""
from __future__ import annotations

import re
from typing import Any, Final, final

from .errors import Reporter

# kaori sad "text" [with dissolve]   |   "text"   |   "Name" "text"
_STR: Final = r'"([^"\\]*+(?:\\.[^"\\]*+)*+)"'
# groups: 1 speaker and attributes, 2 a quoted speaker name, 3 the text, 4 a with clause,
# 5 an `id NAME` clause (Ren'Py's: it pins the line's translation id)
_ID: Final = r'(?: +id +([A-Za-z_]\w*+))?'
SAY_RE: Final = re.compile(
    r'(?:([A-Za-z_]\w*+(?: +-?\w+)*+) +|"([^"\\]*+(?:\\.[^"\\]*+)*+)" +)?'
    + _STR + r'(?: +with +(\w+))?' + _ID + r' *(?:#.*)?$')
# The same on a whole physical line. groups: 1 indent, 2 speaker, 3 its attributes,
# 4 a quoted speaker name, 5 the text, 6 a with clause, 7 an id clause. A trailing '\r'
# is allowed.
SAY_LINE_RE: Final = re.compile(
    r'( *+)(?:([A-Za-z_]\w*+)((?: +-?\w+)*+) +|"([^"\\]*+(?:\\.[^"\\]*+)*+)" +)?'
    + _STR + r'(?: +with +(\w+))?' + _ID + r' *(?:#.*)?\r?\Z')
# The same, for a line without a backslash (so without escapes): `[^"]` scans a
# string's text far faster than `[^"\\]`, and on such a line the two agree.
_SAY_PLAIN_RE: Final = re.compile(
    r'( *+)(?:([A-Za-z_]\w*+)((?: +-?\w+)*+) +|"([^"]*+)" +)?'
    r'"([^"]*+)"(?: +with +(\w+))?' + _ID + r' *(?:#.*)?\r?\Z')
# A statement line with nothing strip_comment would look at (no quote, bracket or
# '#'), no tab and no '\r': groups 1 indent, 2 the rest.
_PLAIN_LINE_RE: Final = re.compile(r"( *+)([^\s\"'`#()\[\]{}][^\"'`#()\[\]{}\r]*+)\Z")
_SCAN_RE: Final = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\'|"""|\'\'\'|'
    r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|`(?:[^`\\]|\\.)*`|[()\[\]{}#"\'`]')
# strip_comment's third value: no string open, a one-line string open, a triple-quoted
# string open (which, as in Ren'Py, may hold blank lines)
OPEN_STRING, OPEN_TRIPLE = 1, 2
_OPEN: Final = {"(": ")", "[": "]", "{": "}"}
MAX_NESTING: Final = 50  # blocks inside blocks; deeper ones are reported and skipped
MAX_JOINED_LINES: Final = 1000  # physical lines one logical line may span
_SCAN_ANY: Final = re.compile(r"[\"'`#()\[\]{}]").search


@final  # (so mypy narrows `type(item) is Line` both ways: an Item is a Line or a SayItem)
class Line:
    """A logical line: where it starts, its text (indent removed) and its block."""

    __slots__ = ("lineno", "indent", "text", "say", "block", "opens", "end_lineno")

    def __init__(self, lineno: int, indent: int, text: str, say: re.Match[str] | None,
                 opens: bool, end_lineno: int) -> None:
        self.lineno = lineno
        self.indent = indent
        self.text = text
        self.say = say
        self.block: list[Item] | None = None
        self.opens = opens
        self.end_lineno = end_lineno

    @property
    def col(self) -> int:
        return self.indent + 1

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Line({self.lineno}, {self.indent}, {self.text!r})"


# A say line on one physical line: (lineno, indent, SAY_LINE_RE match).
SayItem = tuple[int, int, "re.Match[str]"]
Item = Line | SayItem


def strip_comment(text: str) -> tuple[str, int, int]:
    """Text without its comment, the bracket depth left open, and whether a string is open
    (0, OPEN_STRING or OPEN_TRIPLE)."""
    if _SCAN_ANY(text) is None:
        return text, 0, 0
    return _scan(text, 0, 0)[:3]


def _scan(text: str, pos: int, depth: int) -> tuple[str, int, int, int, int]:
    """strip_comment of text[pos:] with `depth` brackets already open: (text, depth,
    string open (0, OPEN_STRING or OPEN_TRIPLE), where to scan from and at what depth
    when more text is joined on). Joining lines rescans only from there, so a bracket
    left open over thousands of lines costs time in proportion to them, not to their
    square."""
    for m in _SCAN_RE.finditer(text, pos):
        tok = m.group(0)
        if len(tok) > 1:
            if tok == '"""' or tok == "'''":  # a triple-quoted string that runs on
                return text, depth, OPEN_TRIPLE, m.start(), depth
            continue
        if tok == "#":
            cut = text[:m.start()].rstrip()
            return cut, depth, 0, len(cut), depth
        if tok in _OPEN:
            depth += 1
        elif tok in ")]}":
            depth = max(0, depth - 1)
        else:  # a quote that does not close on this line: rescan from it
            return text, depth, OPEN_STRING, m.start(), depth
    return text, depth, 0, len(text), depth


def read_blocks(lines: list[str], rep: Reporter, keywords: frozenset[str] | set[str]  # noqa: C901
                ) -> list[Item]:
    """Join continuations, drop blanks and comments, measure indentation and nest
    lines into blocks, reporting indentation mistakes.

    A say line whose speaker is one of `keywords` (a statement such as `show "x"`)
    becomes a `Line` with `say` set, for the parser to look at twice.
    """
    root: list[Item] = []
    stack: list[tuple[int, list[Item]]] = [(0, root)]
    cur, cur_indent = root, 0
    expect: Line | None = None  # the line before, when it ends with ':'
    say_line = SAY_LINE_RE.match
    say_plain = _SAY_PLAIN_RE.match
    say_match = SAY_RE.match
    plain_line = _PLAIN_LINE_RE.match

    skip_above: int | None = None  # lines indented deeper are in a block nested too deep

    def place(item: Item, lineno: int, indent: int, opens: bool) -> None:
        nonlocal cur, cur_indent, expect, skip_above
        if skip_above is not None:
            if indent > skip_above:
                return
            skip_above = None
        if expect is None and indent == cur_indent:  # the common case: same block
            cur.append(item)
            if opens:
                expect = item  # type: ignore[assignment]
            return
        if expect is not None:
            if indent > expect.indent and len(stack) > MAX_NESTING:
                rep.error(lineno, indent + 1, f"blocks are nested more than {MAX_NESTING}"
                          " deep; this block is not read", code="E107")
                expect.block = []
                skip_above, expect = expect.indent, None
                return
            if indent > expect.indent:
                expect.block = cur = []
                cur_indent = indent
                stack.append((indent, cur))
                cur.append(item)
                expect = item if opens else None  # type: ignore[assignment]
                return
            if not expect.text.startswith("label "):  # Ren'Py allows an empty label
                rep.error(expect.lineno, expect.col + len(expect.text) - 1,
                          "expected an indented block after this ':'", code="E104")
            expect.block = []
            expect = None
        if indent > cur_indent:
            rep.error(lineno, 1, "unexpected indent: this line is indented more than"
                      " the line before, which does not end with ':'",
                      length=indent, code="E105")
            cur.append(item)  # keep going as if aligned
        else:
            while indent < stack[-1][0]:
                stack.pop()
            cur_indent, cur = stack[-1]
            if indent != cur_indent:
                rep.error(lineno, 1, "unindent does not match any outer indentation"
                          " level", length=max(1, indent), code="E106")
            cur.append(item)
        expect = item if opens else None  # type: ignore[assignment]

    # Statement and comment lines repeat exactly (`show kaori cold at left`): what
    # a physical line that is not a say line makes depends only on its text, so it
    # is worked out once. raw -> (indent, stripped, opens), or None for a comment.
    # Only lines that stand alone and report nothing are remembered.
    memo: dict[str, tuple[int, str, bool] | None] = {}
    i, n = 0, len(lines)
    while i < n:
        raw = lines[i]
        i += 1
        if not raw:
            continue
        m = say_plain(raw) if "\\" not in raw else say_line(raw)
        if m is not None:
            if m.group(2) not in keywords:
                indent = m.end(1)
                if expect is None and indent == cur_indent:
                    cur.append((i, indent, m))
                else:
                    place((i, indent, m), i, indent, False)
                continue
        else:
            known: Any = memo.get(raw, memo)  # memo itself: not seen yet
            if known is not memo:
                if known is None:  # a comment
                    continue
                indent, stripped, opens = known
                line = Line(i, indent, stripped, None, opens, i)
                place(line, i, indent, opens)
                continue
        pm = plain_line(raw)
        if pm is not None:  # what the general code below makes of it, sooner
            indent = pm.end(1)
            stripped = pm.group(2).rstrip()
            opens = stripped.endswith(":")
            if m is None:
                memo[raw] = (indent, stripped, opens)
            line = Line(i, indent, stripped, None, opens, i)
            place(line, i, indent, opens)
            continue
        if raw.endswith("\r"):
            raw = raw[:-1]
        body = raw.lstrip(" ")
        tabbed = False
        if body and body[0] in "\t\f\v":
            rep.error(i, len(raw) - len(body) + 1,
                      "indent with spaces, not tabs (Ren'Py does not allow tabs)",
                      code="E101")
            body = body.lstrip()
            tabbed = True
        indent = len(raw) - len(body)
        if not body or body[0] == "#":
            if not tabbed:
                memo[lines[i - 1]] = None
            continue
        # Where SAY_LINE_RE found no say line, SAY_RE finds none in the same text;
        # it can where tabs were stripped, or where the speaker is a keyword.
        m2 = say_match(body) if m is not None or tabbed else None
        if m2 is not None:
            if "#" in body:  # `play sound "x.wav" # a comment`: the statement reads it too
                body = _scan(body, 0, 0)[0]
                m2 = say_match(body)
            place(Line(i, indent, body, m2, False, i), i, indent, False)
            continue
        start = i
        text, depth, open_str, resume, resume_depth = _scan(body, 0, 0)
        while (depth > 0 or open_str or text.endswith("\\")) and i < n \
                and i - start < MAX_JOINED_LINES:
            nxt = lines[i].rstrip("\r\n")
            if open_str == OPEN_STRING and not nxt.strip():
                break  # a blank line ends a runaway string; reported below
            i += 1
            text, depth, open_str, resume, resume_depth = _scan(text + "\n" + nxt, resume,
                                                                resume_depth)
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
        opens = stripped.endswith(":")
        if start == i and m is None and not tabbed:  # one physical line, nothing said
            memo[lines[i - 1]] = (indent, stripped, opens)
        line = Line(start, indent, stripped, m2, opens, i)
        place(line, start, indent, opens)
    if expect is not None:
        if not expect.text.startswith("label "):
            rep.error(expect.lineno, expect.col + len(expect.text) - 1,
                      "expected an indented block after this ':'", code="E104")
        expect.block = []
    return root


def _unclosed_quote_col(text: str) -> int:
    for m in _SCAN_RE.finditer(text):
        if m.group(0) in ("\"", "'", "`", '"""', "'''"):
            return m.start() + 1
    return 1
