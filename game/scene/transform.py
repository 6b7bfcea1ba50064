"""Ren'Py's transforms as plain data: where a sprite stands, how big, how opaque, how
turned, and how that changes over time (the part of ATL we animate).

A transform is a tuple of steps, each a list (JSON as it is):
    ["set", {prop: value}]                       properties at once
    ["tween", warper, seconds, {prop: value}]    linear/ease/easein/easeout to the values
    ["pause", seconds]
    ["repeat", count]                            from the start; 0 is for ever
A sprite wears a list of them (`at A, B`), applied in order, later ones winning.
Positions follow Ren'Py: an int is pixels, a float a fraction (of the canvas for
xpos/ypos, of the image for xanchor/yanchor). No pygame here: the renderer draws.
"""
from __future__ import annotations

import math
from typing import Any, Final

from .canvas import POSITIONS

Steps = list  # list[list]: one transform
Props = dict  # prop -> number

# Ren'Py's own transforms that place an image (renpy/common/00definitions.rpy), and a few
# older names projects still use.
BUILTIN: Final[dict[str, Props]] = {
    **{name: dict(zip(("xpos", "xanchor", "ypos", "yanchor"), place))
       for name, place in POSITIONS.items()},  # left, right, center, truecenter, offscreen*
    "topleft": {"xpos": 0.0, "xanchor": 0.0, "ypos": 0.0, "yanchor": 0.0},
    "topright": {"xpos": 1.0, "xanchor": 1.0, "ypos": 0.0, "yanchor": 0.0},
    "top": {"xpos": 0.5, "xanchor": 0.5, "ypos": 0.0, "yanchor": 0.0},
    "default": {"xpos": 0.5, "xanchor": 0.5, "ypos": 1.0, "yanchor": 1.0, "alpha": 1.0,
                "rotate": 0.0, "zoom": 1.0, "xzoom": 1.0, "yzoom": 1.0},
    "reset": {"alpha": 1.0, "rotate": 0.0, "zoom": 1.0, "xzoom": 1.0, "yzoom": 1.0,
              "xoffset": 0, "yoffset": 0},
    "bottom": {"xpos": 0.5, "xanchor": 0.5, "ypos": 1.0, "yanchor": 1.0},
    "middle": {"xpos": 0.5, "xanchor": 0.5, "ypos": 0.5, "yanchor": 0.5},
    "leftish": {"xpos": 0.25, "xanchor": 0.5, "ypos": 1.0, "yanchor": 1.0},
    "rightish": {"xpos": 0.75, "xanchor": 0.5, "ypos": 1.0, "yanchor": 1.0},
    "offscreentop": {"xpos": 0.5, "xanchor": 0.5, "ypos": 0.0, "yanchor": 1.0},
    "offscreenbottom": {"xpos": 0.5, "xanchor": 0.5, "ypos": 1.0, "yanchor": 0.0},
}
# The positions the renderer places by itself (game/render/stage.py): no transform needed.
PLAIN_POSITIONS: Final = frozenset(POSITIONS)
DEFAULTS: Final[Props] = {"xpos": 0.5, "xanchor": 0.5, "ypos": 1.0, "yanchor": 1.0,
                          "xoffset": 0, "yoffset": 0, "zoom": 1.0, "xzoom": 1.0,
                          "yzoom": 1.0, "alpha": 1.0, "rotate": 0.0}
# A background covers the canvas, so it stands in the middle unless moved.
BG_DEFAULTS: Final[Props] = {"xpos": 0.5, "xanchor": 0.5, "ypos": 0.5, "yanchor": 0.5}
# Bounds that keep a hostile transform cheap: a sprite is never drawn more than
# MAX_ZOOM times its size (nor mirrored beyond it), a transform has at most MAX_STEPS
# steps, and a repeat runs at most MAX_REPEATS times.
MAX_ZOOM: Final = 8.0
MAX_STEPS: Final = 500
MAX_REPEATS: Final = 100_000
MAX_SECONDS: Final = 3600.0


def _ease(x: float) -> float:
    return 0.5 - math.cos(math.pi * x) / 2.0


# Ren'Py's warpers (renpy/common/000atl.rpy): its easein starts fast, easeout slow.
WARPERS: Final = {
    "linear": lambda x: x,
    "ease": _ease,
    "easein": lambda x: math.cos((1.0 - x) * math.pi / 2.0),
    "easeout": lambda x: 1.0 - math.cos(x * math.pi / 2.0),
}


def clamp_number(prop: str, v: float) -> float:
    """A property's value within what we draw (zoom bounded, alpha 0..1)."""
    if prop in ("zoom", "xzoom", "yzoom"):
        return max(-MAX_ZOOM, min(MAX_ZOOM, v))
    if prop == "alpha":
        return max(0.0, min(1.0, v))
    return v


def _mix(a: Any, b: Any, k: float) -> Any:
    v = a + (b - a) * k
    return round(v) if isinstance(a, int) and isinstance(b, int) else float(v)


def duration(steps: Steps) -> float:
    """Seconds one pass of the steps takes (to the first repeat)."""
    total = 0.0
    for st in steps:
        if st[0] == "tween":
            total += st[2]
        elif st[0] == "pause":
            total += st[1]
        elif st[0] == "repeat":
            break
    return total


def _run(steps: Steps, props: Props, t: float) -> tuple[Props, bool]:
    """Properties after t seconds of one pass; whether the pass is over."""
    for st in steps:
        kind = st[0]
        if kind == "set":
            props.update(st[1])
        elif kind == "pause":
            if t < st[1]:
                return props, False
            t -= st[1]
        elif kind == "tween":
            secs, target = st[2], st[3]
            if t < secs:
                k = WARPERS.get(st[1], WARPERS["linear"])(t / secs)
                for p, v in target.items():
                    props[p] = _mix(props.get(p, DEFAULTS.get(p, 0.0)), v, k)
                return props, False
            t -= secs
            props.update(target)
        elif kind == "repeat":
            break
    return props, True


def _split(steps: Steps) -> tuple[Steps, Steps]:
    """(the steps run once, the steps a repeat runs again): a repeat runs again what
    follows the last `mark` (the start of a `block:`), or everything."""
    for i in range(len(steps) - 1, -1, -1):
        if steps[i][0] == "mark":
            return steps[:i], steps[i + 1:]
    return [], steps


def _looped(steps: Steps, t: float, props: Props) -> Props:
    rep = next((st for st in steps if st[0] == "repeat"), None)
    if rep is not None and t > 0:
        period = duration(steps)
        if period > 1e-6:
            count = rep[1] or MAX_REPEATS
            n = min(int(t // period), count)
            if n >= count:
                t = period  # the repeats are done: the end of the last pass
            else:
                if n:
                    # where the previous pass ended: the start values of this one
                    props, _ = _run(steps, props, period)
                t -= n * period
    props, _ = _run(steps, props, max(0.0, t))
    return props


def state_at(steps: Steps, t: float, base: Props | None = None) -> Props:
    """A transform's properties t seconds after it began. A repeat of a pass that takes
    no time shows the pass's end (never loops), and repeats stop after MAX_REPEATS."""
    props: Props = dict(base) if base else {}
    intro, loop = _split(steps)
    if intro:
        first = duration(intro)
        props, done = _run(intro, props, t)
        if not done:
            return props
        t -= first
    return _looped(loop, t, props)


def finished(steps: Steps, t: float) -> bool:
    """Whether the transform no longer changes after t seconds."""
    intro, loop = _split(steps)
    t -= duration(intro)
    rep = next((st for st in loop if st[0] == "repeat"), None)
    period = duration(loop)
    if rep is not None and period > 1e-6:
        return rep[1] > 0 and t >= period * rep[1]
    return t >= period


def sprite_state(transforms: list[Steps], t: float, base: Props | None = None) -> Props:
    """A sprite's properties t seconds after its transforms began (`at A, B`: in order)."""
    props = dict(DEFAULTS)
    if base:
        props.update(base)
    for steps in transforms:
        props.update(state_at(steps, t, props))
    for p, v in props.items():
        props[p] = clamp_number(p, v)
    return props


def animated(transforms: list[Steps] | None) -> bool:
    return bool(transforms) and any(duration(s) > 0 for s in transforms)  # type: ignore[union-attr]


def all_finished(transforms: list[Steps] | None, t: float) -> bool:
    return not transforms or all(finished(s, t) for s in transforms)


def named(name: str) -> Steps | None:
    """The steps of one of Ren'Py's built-in positions, or None."""
    props = BUILTIN.get(name)
    return [["set", dict(props)]] if props is not None else None
