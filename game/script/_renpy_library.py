"""Ren'Py's library calls that do something (`$ renpy.pause(1)`, `$ renpy.jump("x")`,
`$ name = renpy.input("Name?")`, `$ renpy.music.play(...)`, ...), read when the
script loads as the statements they stand for. Nothing here runs Python: each call
is matched by its shape, and its arguments are checked story expressions.

`statement` gives NOT_HANDLED for anything else, which the parser then reads as an
ordinary `$` line.
"""
from __future__ import annotations

import ast
from typing import TYPE_CHECKING, Any, Final

from . import _nodes as N
from .parser.core import AUDIO, IMAGE, LABEL
from .pyexpr import ExprError, compile_expression, dotted_name

if TYPE_CHECKING:
    from .lexer import Line
    from .parser.core import ParserCore

NOT_HANDLED: Final = object()
_MUSIC: Final = ("renpy.music.", "renpy.sound.", "renpy.audio.")
_SCREENS: Final = frozenset({"renpy.show_screen", "renpy.hide_screen"})
_RESTART: Final = {"renpy.full_restart": "restart", "renpy.utter_restart": "restart",
                   "renpy.quit": "quit"}


class _Bad(Exception):
    """The call's shape is not one we read: the line goes on as an ordinary `$` line."""


def _args(call: ast.Call, names: tuple[str, ...]) -> dict[str, ast.AST]:
    """Positional and keyword arguments by parameter name (unknown keywords ignored,
    as Ren'Py's own extra options such as hard= or tight= change nothing here)."""
    if any(isinstance(a, ast.Starred) for a in call.args) or len(call.args) > len(names):
        raise _Bad
    out: dict[str, ast.AST] = dict(zip(names, call.args))
    for kw in call.keywords:
        if kw.arg is None:
            raise _Bad
        if kw.arg in names:
            out[kw.arg] = kw.value
    return out


def _const(node: ast.AST | None, default: Any = None) -> Any:
    if node is None:
        return default
    if isinstance(node, ast.Constant):
        return node.value
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub) \
            and isinstance(node.operand, ast.Constant) \
            and type(node.operand.value) in (int, float):
        return -node.operand.value  # type: ignore[operator]
    raise _Bad


def _files(node: ast.AST | None) -> tuple[str, ...]:
    """A file, a list of files, or `audio.NAME` (a bare name the loader resolves)."""
    items = node.elts if isinstance(node, (ast.List, ast.Tuple)) else [node]
    out = []
    for item in items:
        if isinstance(item, ast.Constant) and isinstance(item.value, str):
            out.append(item.value)
        elif isinstance(item, ast.Attribute) and dotted_name(item) == f"audio.{item.attr}":
            out.append(item.attr)
        else:
            raise _Bad
    if not out:
        raise _Bad
    return tuple(out)


def statement(p: ParserCore, line: Line, col: int, src: str) -> Any:
    """The node a library call stands for, None if it was reported, or NOT_HANDLED."""
    try:
        tree = ast.parse(src.strip())
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return NOT_HANDLED
    if len(tree.body) != 1:
        return NOT_HANDLED
    body = tree.body[0]
    try:
        if isinstance(body, ast.Assign) and len(body.targets) == 1:
            return _input(p, line, col, src, body)
        if isinstance(body, ast.Expr) and isinstance(body.value, ast.Call):
            return _call(p, line, col, src, body.value)
    except (_Bad, RecursionError):
        return NOT_HANDLED
    except ExprError as exc:  # an argument outside the safe subset
        lead = len(src) - len(src.lstrip())
        p.err(line, col + lead, exc.message, code="E300")
        return None
    return NOT_HANDLED


def _code(p: ParserCore, line: Line, col: int, node: ast.AST) -> tuple:
    comp = compile_expression(ast.unparse(node))
    p.note_expr(comp, p.loc(line, col))
    return comp.code


def _input(p: ParserCore, line: Line, col: int, src: str, body: ast.Assign) -> Any:
    call = body.value
    strip = False
    if isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) \
            and call.func.attr == "strip" and not call.args and not call.keywords:
        call, strip = call.func.value, True
    if isinstance(call, ast.Call) and not strip \
            and dotted_name(call.func) == "renpy.call_screen":
        return _call_screen(p, line, col, src, call, ast.unparse(body.targets[0]))
    if not (isinstance(call, ast.Call) and dotted_name(call.func) == "renpy.input"):
        return NOT_HANDLED
    from .pyexpr import compile_statement

    # the target checked as the target of `$ target = ""` would be
    target_src = ast.unparse(body.targets[0])
    comp = compile_statement(f"{target_src} = ''")
    target = comp.code[1][0][1]
    a = _args(call, ("prompt", "default", "allow", "exclude", "length"))
    if "prompt" not in a:
        raise _Bad
    p.note_expr(comp, p.loc(line, col))
    length = _const(a.get("length"))
    if length is not None and (isinstance(length, bool) or not isinstance(length, int)
                               or length < 1):
        raise ExprError("renpy.input's length= must be a whole number above 0")
    default = _code(p, line, col, a["default"]) if "default" in a else None
    return N.Input(p.loc(line), p.sid("$|" + src), target, _code(p, line, col, a["prompt"]),
                   default, length, strip)


def _call(p: ParserCore, line: Line, col: int, src: str, call: ast.Call) -> Any:  # noqa: C901
    name = dotted_name(call.func)
    if name is None:
        return NOT_HANDLED
    loc = p.loc(line)

    def sid() -> str:  # made only once the line is known to be one of ours
        return p.sid("$|" + src)
    if name == "renpy.pause":
        a = _args(call, ("delay",))
        d = a.get("delay")
        if d is None or (isinstance(d, ast.Constant) and d.value is None):
            return N.Pause(loc, sid(), None)
        if isinstance(d, ast.Constant) and type(d.value) in (int, float) \
                and d.value >= 0:  # type: ignore[operator]
            return N.Pause(loc, sid(), float(d.value))  # type: ignore[arg-type]
        return N.Pause(loc, sid(), None, _code(p, line, col, d))
    if name == "renpy.notify":
        a = _args(call, ("message",))
        if "message" not in a:
            raise _Bad
        return N.Notify(loc, sid(), _code(p, line, col, a["message"]))
    if name in _RESTART:
        return N.Restart(loc, sid(), _RESTART[name])
    if name in ("renpy.jump", "renpy.call"):
        if not call.args or isinstance(call.args[0], ast.Starred):
            raise _Bad
        target = call.args[0]
        if name == "renpy.jump":
            if call.keywords or len(call.args) != 1:
                raise _Bad
            if isinstance(target, ast.Constant) and isinstance(target.value, str):
                p.refs.append((LABEL, target.value, loc, len(src), None))
                return N.Jump(loc, sid(), target.value)
            return N.Jump(loc, sid(), ast.unparse(target), _code(p, line, col, target))
        args = tuple(_code(p, line, col, x) for x in call.args[1:])
        kwargs = tuple((kw.arg, _code(p, line, col, kw.value)) for kw in call.keywords
                       if kw.arg not in (None, "from_current"))
        if any(isinstance(x, ast.Starred) for x in call.args) or \
                any(kw.arg is None for kw in call.keywords):
            raise _Bad
        if isinstance(target, ast.Constant) and isinstance(target.value, str):
            p.refs.append((LABEL, target.value, loc, len(src), None))
            return N.Call(loc, sid(), target.value, None, args, kwargs)
        return N.Call(loc, sid(), ast.unparse(target), _code(p, line, col, target), args, kwargs)
    if name in ("renpy.show", "renpy.hide"):
        a = _args(call, ("name", "at_list"))
        img = _const(a.get("name"))
        if not isinstance(img, str) or not img.split():
            raise _Bad
        words = tuple(img.lower().split())
        if name == "renpy.hide":
            return N.Hide(loc, sid(), words[0], None)
        at = None
        at_list = a.get("at_list")
        if isinstance(at_list, (ast.List, ast.Tuple)) and at_list.elts \
                and isinstance(at_list.elts[0], ast.Name):
            at = at_list.elts[0].id
            from .parser.core import POSITION

            p.refs.append((POSITION, at, loc, len(src), None))
        p.refs.append((IMAGE, words, loc, len(src), None))
        return N.Show(loc, sid(), words, at, (), None, None)
    if name == "renpy.scene":
        return N.Scene(loc, sid(), None, None)
    if name in _SCREENS:
        if p.compat.strict:
            raise _Bad
        from ._renpy_compat import note_skip

        note_skip(p, name + "()", line.lineno, line.col, 1, "screens are built into this"
                  " engine" + (" (the story goes on)" if name != "renpy.call_screen" else
                               "; a screen whose buttons we can read is played as a menu"))
        return None
    if name == "renpy.call_screen":
        return _call_screen(p, line, col, src, call, None)
    if name.startswith(_MUSIC):
        return _music(p, line, name, call, loc, sid, len(src))
    return NOT_HANDLED


def _call_screen(p: ParserCore, line: Line, col: int, src: str, call: ast.Call,
                 target: str | None) -> Any:
    """`$ renpy.call_screen("name")` / `$ x = renpy.call_screen("name")`: as `call screen
    name`, a menu of the screen's buttons (then `x = _return`); a screen we cannot read
    is skipped with a warning (x set to None)."""
    from ._screens import screen_menu
    from .pyexpr import compile_statement

    if p.compat.strict or not call.args or not isinstance(call.args[0], ast.Constant) \
            or not isinstance(call.args[0].value, str):
        raise _Bad
    menu = screen_menu(p, line, call.args[0].value, "renpy.call_screen", 1)
    if menu is None:
        from ._renpy_compat import note_skip

        note_skip(p, "renpy.call_screen()", line.lineno, line.col, 1,
                  "screens are built into this engine; a screen whose buttons we can"
                  " read is played as a menu" + (" (the value is None)" if target else ""))
    if target is None:
        return menu
    comp = compile_statement(f"{target} = {'_return' if menu is not None else 'None'}")
    p.note_expr(comp, p.loc(line, col))
    assign = N.Python(p.loc(line), p.sid("$|" + src), comp.code, src)
    return assign if menu is None else (menu, assign)


def _music(p: ParserCore, line: Line, name: str, call: ast.Call, loc: Any, sid: Any,
           length: int) -> Any:
    what = name.rsplit(".", 1)[1]
    default_channel = "music" if name.startswith("renpy.music.") else "sound"
    if what == "stop":
        a = _args(call, ("channel", "fadeout"))
    elif what == "play":
        a = _args(call, ("filenames", "channel", "loop", "fadeout", "synchro_start",
                         "fadein", "tight", "if_changed"))
    elif what == "queue":
        a = _args(call, ("filenames", "channel", "loop", "clear_queue", "fadein"))
    else:
        raise _Bad
    channel = _const(a.get("channel"), default_channel)
    if not isinstance(channel, str):
        raise _Bad
    channel = p.map_channel(line, line.col, channel)
    if channel is None:
        return None
    fadeout = _const(a.get("fadeout"))
    fadein = _const(a.get("fadein"), 0.0)
    for v in (fadeout, fadein):
        if v is not None and (isinstance(v, bool) or not isinstance(v, (int, float))
                              or v < 0):
            raise _Bad
    if what == "stop":
        return N.Stop(loc, sid(), channel, None if fadeout is None else float(fadeout))
    files = _files(a.get("filenames"))
    loop = _const(a.get("loop"))
    if loop is None:
        loop = channel in ("music", "ambient")
    for f in files:
        p.refs.append((AUDIO, f, loc, length, None))
    if what == "play":
        return N.Play(loc, sid(), channel, files, float(fadein),
                      None if fadeout is None else float(fadeout), bool(loop),
                      bool(_const(a.get("if_changed"), False)))
    return N.Queue(loc, sid(), channel, files, bool(loop), float(fadein))
