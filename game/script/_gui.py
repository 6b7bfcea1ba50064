"""The `define gui.*` values of a Ren'Py project that the window honours (its colours,
fonts, text sizes and menu backgrounds), kept as constants named `gui.NAME`, as lights
are kept as `light.NAME`; and the size `gui.init(W, H)` designs them for, kept as
`config.screen_width` / `config.screen_height`. Only plain values are read (text,
numbers, another honoured gui value); the rest are skipped with the usual warning.
"""
from __future__ import annotations

import ast
import re
from typing import TYPE_CHECKING, Any, Final

from . import _nodes as N
from ._renpy_compat import degrade

if TYPE_CHECKING:
    from .lexer import Line
    from .parser.core import ParserCore

COLORS: Final = frozenset({
    "text_color", "accent_color", "idle_color", "hover_color",
    "choice_button_text_idle_color", "choice_button_text_hover_color"})
FONTS: Final = frozenset({"text_font", "name_text_font", "interface_text_font"})
SIZES: Final = frozenset({"text_size", "name_text_size", "interface_text_size"})
IMAGES: Final = frozenset({"main_menu_background", "game_menu_background"})
COUNTS: Final = frozenset({"nvl_list_length"})
HONOURED: Final = COLORS | FONTS | SIZES | IMAGES | COUNTS
SCREEN_WIDTH: Final = "config.screen_width"
SCREEN_HEIGHT: Final = "config.screen_height"
_COLOR_RE: Final = re.compile(r"#(?:[0-9a-fA-F]{3,4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})")
_INIT_RE: Final = re.compile(r"\bgui\.init\(\s*(\d{2,5})\s*,\s*(\d{2,5})\s*\)")
_DEFINE_RE: Final = re.compile(r"define\s+(?:[-+]?\d+\s+)?gui\.([A-Za-z_]\w*)\s*=\s*(.*)$")


OUTSIDE: Final = object()  # a file name leading out of the project: refused


def _value(p: ParserCore, line: Line, name: str, src: str) -> Any:
    """The plain value of `src` for gui.NAME, or None if it is not one we read."""
    try:
        tree = ast.parse(src.strip(), mode="eval").body
    except (SyntaxError, RecursionError, ValueError, MemoryError):
        return None
    if isinstance(tree, ast.Attribute) and isinstance(tree.value, ast.Name) \
            and tree.value.id == "gui":  # another gui value, defined before
        return p.compat.gui.get(tree.attr)
    if isinstance(tree, ast.Call) and ast.unparse(tree.func) == "gui.scale" \
            and len(tree.args) == 1 and not tree.keywords:
        tree = tree.args[0]  # sizes in the designed resolution, as written
    if not isinstance(tree, ast.Constant):
        return None
    v = tree.value
    if name in COLORS:
        return v if isinstance(v, str) and _COLOR_RE.fullmatch(v) else None
    if name in FONTS or name in IMAGES:
        if not isinstance(v, str) or not 0 < len(v) <= 500 or "\0" in v:
            return None
        if v.startswith(("/", "\\")) or re.match(r"[A-Za-z]:", v) \
                or ".." in re.split(r"[/\\]", v):
            degrade(p, "gui outside", line.lineno, line.col, len(line.text),
                    f"gui.{name} names a file outside the project folder, which is never"
                    " read; the engine's own is used")
            return OUTSIDE
        return v
    if isinstance(v, bool) or not isinstance(v, int):
        return None
    if name in SIZES:
        return v if 4 <= v <= 400 else None
    return v if 1 <= v <= 100 else None


def gui_define(p: ParserCore, line: Line) -> bool:
    """`define gui.NAME = value` for a name we honour, with a value we read: kept as the
    constant gui.NAME (True). False: skipped as before, with its warning."""
    m = _DEFINE_RE.match(line.text)
    if m is None or m.group(1) not in HONOURED or line.block:
        return False
    name = m.group(1)
    value = _value(p, line, name, m.group(2))
    if value is OUTSIDE:
        return True  # refused, with its own warning
    if value is None:
        return False
    p.compat.gui[name] = value
    key = "gui." + name
    p.defines.append(N.Define(p.loc(line), p.sid(f"define|{key}"), key, ("c", value),
                              m.group(2).strip()))
    return True


def python_text(p: ParserCore, line: Line, text: str) -> None:
    """A skipped Python block: `gui.init(1280, 720)` in it gives the designed size."""
    m = _INIT_RE.search(text)
    if m is None or "gui.init" in p.compat.gui:
        return
    p.compat.gui["gui.init"] = (int(m.group(1)), int(m.group(2)))
    for key, v in ((SCREEN_WIDTH, int(m.group(1))), (SCREEN_HEIGHT, int(m.group(2)))):
        p.defines.append(N.Define(p.loc(line), p.sid(f"define|{key}"), key, ("c", v),
                                  m.group(0)))
