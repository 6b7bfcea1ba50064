"""Ren'Py's MoveTransition family (renpy/common/00definitions.rpy) as data: sprites that
stay glide from their old place to their new one; entering sprites may come in from
off one side of the screen (or grow from nothing), leaving ones go off a side (or
shrink away). Pure data: game/render/glide.py draws it.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Final

SIDES: Final = ("right", "left", "top", "bottom")
DURATION: Final = 0.5  # every built-in one takes half a second


@dataclass(frozen=True)
class SpriteMove:
    """How a MoveTransition moves sprites: `warp` is an ATL warper's name (linear for
    move, ease for ease); `enter`/`leave` is a side, "zoom", or None (appear or vanish
    at once, as Ren'Py's plain `move` does)."""

    warp: str = "linear"
    enter: str | None = None
    leave: str | None = None


def _family() -> dict[str, SpriteMove]:
    made = {"move": SpriteMove("linear"), "ease": SpriteMove("ease")}
    for base, warp in (("move", "linear"), ("ease", "ease")):
        for side in SIDES:
            made[f"{base}in{side}"] = SpriteMove(warp, enter=side)
            made[f"{base}out{side}"] = SpriteMove(warp, leave=side)
    made["zoomin"] = SpriteMove("linear", enter="zoom")
    made["zoomout"] = SpriteMove("linear", leave="zoom")
    made["zoominout"] = SpriteMove("linear", enter="zoom", leave="zoom")
    return made


# Ren'Py's named transitions -> how each moves sprites
NAMED_MOVES: Final[dict[str, SpriteMove]] = _family()


def _both_sides() -> dict[str, SpriteMove]:
    """MoveTransition(enter=A, leave=B) with both sides: kinds of our own, named so that
    no script can write them after `with` (only MoveTransition(...) makes them)."""
    return {f"{base}in{a}_out{b}": SpriteMove(warp, enter=a, leave=b)
            for base, warp in (("move", "linear"), ("ease", "ease"))
            for a in (*SIDES, "zoom") for b in (*SIDES, "zoom")}


# transition kind -> how it moves sprites (the named ones first: move_kind finds them)
SPRITE_MOVES: Final[dict[str, SpriteMove]] = {**NAMED_MOVES, **_both_sides()}
# Ren'Py's offscreen positions by side, as MoveIn/MoveOut give them: (xpos, ypos,
# xanchor, yanchor), None keeping the sprite's own.
OFFSCREEN: Final[dict[str, tuple[float | None, float | None, float | None, float | None]]] = {
    "right": (1.0, None, 0.0, None), "left": (0.0, None, 1.0, None),
    "top": (None, 0.0, None, 1.0), "bottom": (None, 1.0, None, 0.0)}
ZOOM_FROM: Final = 0.01  # ZoomInOut(0.01, 1.0): entering sprites grow from a speck


def move_kind(warp: str, enter: str | None, leave: str | None) -> str | None:
    """The kind named by a MoveTransition's parts (a built-in one, or one of ours for
    both an enter and a leave side), or None when none is it."""
    for kind, m in SPRITE_MOVES.items():
        if m == SpriteMove(warp, enter, leave):
            return kind
    return None
