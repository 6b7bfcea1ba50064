"""Ren'Py's NVL mode in the script: `nvl clear`, `nvl show/hide` (degraded), the
arguments of `menu (nvl=True):` and `define menu = nvl_menu`.

`nvl clear` is kept as a Window statement of mode "nvl clear" (the runtime empties the
NVL page there), so the story cache and the flat program need no new kind of node.
"""
from __future__ import annotations

import ast
import re
from typing import TYPE_CHECKING, Any, Final

from . import _nodes as N
from ._renpy_compat import DEGRADE_CODE, NOT_HANDLED, degrade, note_skip
from .ast import NVL_CLEAR

if TYPE_CHECKING:
    from .lexer import Line
    from .parser.core import ParserCore

_NVL_RE: Final = re.compile(r"nvl\s+(clear|show|hide)\b\s*(.*)$")


def nvl_statement(p: ParserCore, line: Line) -> Any:
    """`nvl clear` (a statement), `nvl show/hide [transition]` (skipped with a warning:
    the page shows whenever an NVL character speaks), else NOT_HANDLED (an error)."""
    m = _NVL_RE.match(line.text)
    if m is None or line.block:
        return NOT_HANDLED
    what, rest = m.group(1), m.group(2).strip()
    if what == "clear":
        if rest:
            p.err(line, line.col + m.start(2), "'nvl clear' takes nothing after it",
                  len(rest), code="E301")
            return None
        return N.Window(p.loc(line), p.sid(f"window|{NVL_CLEAR}|None"), NVL_CLEAR, None)
    if p.compat.strict:
        return NOT_HANDLED
    note_skip(p, f"nvl {what}", line.lineno, line.col, 3 + 1 + len(what),
              "the NVL page shows itself when an NVL character speaks and hides for"
              " other lines; its transition is not played")
    return None


def menu_arguments(p: ParserCore, line: Line, col: int, src: str) -> bool | None:
    """`menu (nvl=True):` -> True; other arguments Ren'Py passes to the menu screen are
    ignored with a warning. None if `src` (the text inside the parentheses) is not
    Python arguments at all (an error)."""
    try:
        call = ast.parse(f"f({src})", mode="eval").body
    except (SyntaxError, RecursionError, ValueError, MemoryError):
        return None
    if not isinstance(call, ast.Call):  # pragma: no cover
        return None
    nvl = False
    ignored = [ast.unparse(a) for a in call.args]
    for kw in call.keywords:
        if kw.arg == "nvl" and isinstance(kw.value, ast.Constant) \
                and isinstance(kw.value.value, bool):
            nvl = kw.value.value
        else:
            ignored.append(kw.arg or "**")
    if ignored and not p.compat.strict:
        degrade(p, "menu arguments", line.lineno, col, len(src) + 2,
                "menu arguments other than nvl= are ignored: " + ", ".join(ignored))
    elif ignored:
        p.rep.warning(line.lineno, col, "menu arguments other than nvl= are ignored: "
                      + ", ".join(ignored), length=len(src) + 2, code=DEGRADE_CODE)
    return nvl


NVL_MENUS: Final = "nvl_menu"  # `define menu = nvl_menu` makes this the constant `menu`
