"""Ren'Py's transition classes as our Transition values, read from their literal
arguments (no Python runs): CropMove(t, mode), PushMove(t, mode), Pixellate(t, n),
Pause(t), ImageDissolve(image, t, ramp), MultipleTransition([...]) (a fade through
black) and MoveTransition(t, enter=, leave=, time_warp=) (sprites glide)."""
from __future__ import annotations

import ast
import math
from typing import Any, Final

from ..scene.moves import SIDES, move_kind
from .ast import Transition
from .images import image_name_of

MAX_SECONDS: Final = 60.0
_MODES: Final = frozenset(
    [f"{k}{d}" for k in ("wipe", "slide", "slideaway", "push")
     for d in ("left", "right", "up", "down")]
    + ["irisin", "irisout"])


def _seconds(node: ast.AST | None, default: float) -> float:
    if node is None:
        return default
    try:
        v = ast.literal_eval(node)
    except (ValueError, SyntaxError, TypeError, RecursionError, MemoryError):
        return default
    if isinstance(v, bool) or not isinstance(v, (int, float)) or not math.isfinite(v):
        return default
    return max(0.0, min(MAX_SECONDS, float(v)))


def _arg(call: ast.Call, i: int, name: str) -> ast.AST | None:
    if len(call.args) > i:
        return call.args[i]
    return next((k.value for k in call.keywords if k.arg == name), None)


def transition_value(src: str) -> tuple[Transition | None, str | None]:
    """(the transition, a warning when it is drawn differently), or (None, None)."""
    try:
        node = ast.parse(src.strip(), mode="eval").body
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None, None
    if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
        return None, None
    fname = node.func.id
    t = _seconds(_arg(node, 0, "time" if fname != "ImageDissolve" else "image"), 1.0)
    if fname in ("CropMove", "PushMove"):
        mode_node = _arg(node, 1, "mode")
        try:
            mode: Any = ast.literal_eval(mode_node) if mode_node is not None else (
                "slideright" if fname == "CropMove" else "pushright")
        except (ValueError, SyntaxError, TypeError, RecursionError, MemoryError):
            mode = None
        if mode in _MODES:
            return Transition(mode, duration=t), None
        return Transition("dissolve", duration=t), (
            f"the transition '{src.strip()}' has a mode we do not draw; shown as a dissolve")
    if fname == "Pixellate":
        return Transition("pixellate", duration=t), None
    if fname == "Pause":
        return Transition("pause", duration=t), None
    if fname == "ImageDissolve":
        return _image_dissolve(node)
    if fname == "AlphaDissolve":
        t = _seconds(_arg(node, 1, "time"), 1.0)
        return Transition("dissolve", duration=t), (
            f"'{fname}' is shown as a dissolve (its image's pattern is not drawn yet)")
    if fname == "MoveTransition":
        return _move_transition(node, src)
    if fname == "MultipleTransition":
        arg = node.args[0] if node.args else None
        total = 1.0
        if isinstance(arg, (ast.List, ast.Tuple)):
            parts = arg.elts[1::2]
            total = sum(_seconds(_arg(p, 0, "time"), 0.5) if isinstance(p, ast.Call)
                        else 0.5 for p in parts) or 1.0
        half = min(MAX_SECONDS, total) / 2
        return Transition("fade", out_time=half, hold=0.0, in_time=half), (
            "'MultipleTransition' is shown as a fade through black")
    return Transition("dissolve", duration=t if fname != "ComposeTransition" else 0.5), (
        f"the transition '{src.strip()[:60]}' is not supported yet; shown as a dissolve")


def _image_dissolve(node: ast.Call) -> tuple[Transition | None, str | None]:
    """ImageDissolve(image, time, ramp=5, reverse=False): the mask as an image name (a
    file's name as Ren'Py names it); the loader checks the story has it."""
    t = _seconds(_arg(node, 1, "time"), 1.0)
    mask = _arg(node, 0, "image")
    name = mask.value if isinstance(mask, ast.Constant) and isinstance(mask.value, str) \
        else None
    words = (image_name_of(name) if "." in name else tuple(name.lower().split())) \
        if name else ()
    if not words:
        return Transition("dissolve", duration=t), (
            "'ImageDissolve' is shown as a dissolve (its image is not a file name)")
    ramp_node = _arg(node, 2, "ramp")
    try:
        ramp = ast.literal_eval(ramp_node) if ramp_node is not None else 5
    except (ValueError, SyntaxError, TypeError, RecursionError, MemoryError):
        ramp = 5
    if isinstance(ramp, bool) or not isinstance(ramp, int):
        ramp = 5
    why = None
    reverse = next((k.value for k in node.keywords if k.arg == "reverse"), None)
    flip = isinstance(reverse, ast.Constant) and reverse.value is True
    if reverse is not None and not (isinstance(reverse, ast.Constant)
                                    and isinstance(reverse.value, bool)):
        why = "'ImageDissolve' takes reverse=True or False; the bright pixels change first"
    return Transition("imagedissolve", duration=t, image=" ".join(words),
                      ramp=max(1, min(256, ramp)), reverse=flip), why


_OFFSCREEN: Final = {"offscreen" + side: side for side in SIDES}


def _move_transition(node: ast.Call, src: str) -> tuple[Transition | None, str | None]:
    """MoveTransition(t, enter=offscreenSIDE, leave=offscreenSIDE, time_warp=_warper.X):
    the built-in kind it matches (move, easeinright...), or with both an enter and a
    leave side a kind of our own that draws both; other parts warn."""
    t = _seconds(_arg(node, 0, "delay"), 0.5)
    parts: dict[str, str | None] = {"enter": None, "leave": None}
    warp = "linear"
    odd = False
    for k in node.keywords:
        v = ast.unparse(k.value)
        if k.arg in parts and v in _OFFSCREEN:
            parts[k.arg] = _OFFSCREEN[v]
        elif k.arg in ("time_warp", "enter_time_warp", "leave_time_warp") \
                and v in ("_warper.ease", "_warper.linear", "None"):
            warp = "ease" if v == "_warper.ease" else warp
        elif k.arg != "delay":
            odd = True
    kind = move_kind(warp, parts["enter"], parts["leave"])
    if kind is None or odd:
        return Transition(kind or "move", duration=t), (
            f"the transition '{src.strip()[:80]}' is drawn as "
            f"{kind or 'move'}: only offscreen sides and the ease warper are honoured")
    return Transition(kind, duration=t), None
