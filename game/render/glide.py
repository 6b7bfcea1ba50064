"""Ren'Py's MoveTransition family drawn: the new background at once, each sprite that
stays gliding from its old place to its new one, entering sprites coming in from off
a side (or growing), leaving ones going off a side (or shrinking), on ATL's warpers.
What moves is given by game/scene/moves.py."""
from __future__ import annotations

from collections.abc import Iterator

import pygame

from ..scene.moves import OFFSCREEN, ZOOM_FROM, SpriteMove
from ..scene.transform import WARPERS
from .stage import Placed


def merged(old: list[Placed], new: list[Placed]) -> Iterator[tuple[Placed | None, Placed | None]]:
    """(old, new) pairs in drawing order: the new stage's order, each leaving sprite
    drawn just below the sprite that was above it before (as Ren'Py merges layers)."""
    new_tags = {p.tag for p in new}
    old_by_tag = {p.tag: p for p in old}
    leaving_before: dict[str, list[Placed]] = {}
    waiting: list[Placed] = []
    for p in old:
        if p.tag in new_tags:
            leaving_before[p.tag] = waiting
            waiting = []
        else:
            waiting.append(p)
    for p in new:
        for gone in leaving_before.get(p.tag, ()):
            yield gone, None
        yield old_by_tag.get(p.tag), p
    for gone in waiting:
        yield gone, None


def _offscreen(p: Placed, side: str, size: tuple[int, int]) -> tuple[float, float]:
    """Where a sprite stands off `side`: Ren'Py's MoveIn/MoveOut positions, keeping
    its own place along the other axis."""
    xpos, ypos, xanchor, yanchor = OFFSCREEN[side]
    w, h = p.img.get_size()
    x = p.x if xpos is None else xpos * size[0] - (xanchor or 0.0) * w
    y = p.y if ypos is None else ypos * size[1] - (yanchor or 0.0) * h
    return x, y


def _zoomed(dest: pygame.Surface, p: Placed, k: float, ox: int, oy: int) -> None:
    """A sprite drawn at zoom k about its anchor (ZoomInOut keeps it standing)."""
    w, h = p.img.get_size()
    zw, zh = round(w * k), round(h * k)
    if zw < 1 or zh < 1:
        return
    img = pygame.transform.smoothscale(p.img, (zw, zh))
    ax, ay = p.x + p.xanchor * w, p.y + p.yanchor * h
    dest.blit(img, (ox + round(ax - p.xanchor * zw), oy + round(ay - p.yanchor * zh)))


def _between(a: tuple[float, float], b: tuple[float, float], k: float,
             ox: int, oy: int) -> tuple[int, int]:
    return ox + round(a[0] + (b[0] - a[0]) * k), oy + round(a[1] + (b[1] - a[1]) * k)


def draw_glide(dest: pygame.Surface, move: SpriteMove, background: pygame.Surface,
               old: list[Placed], new: list[Placed], progress: float,
               pos: tuple[int, int] = (0, 0)) -> None:
    """One frame of the move at `progress` (0..1 of its time)."""
    k = WARPERS.get(move.warp, WARPERS["linear"])(max(0.0, min(1.0, progress)))
    size = background.get_size()
    ox, oy = pos
    dest.blit(background, pos)
    clip = dest.get_clip()
    dest.set_clip(pygame.Rect(pos, size).clip(clip))  # sprites off the side stay there
    for was, now in merged(old, new):
        if now is not None and was is not None:
            dest.blit(now.img, _between((was.x, was.y), (now.x, now.y), k, ox, oy))
        elif now is not None:  # entering
            if move.enter == "zoom":
                _zoomed(dest, now, ZOOM_FROM + (1.0 - ZOOM_FROM) * k, ox, oy)
            elif move.enter is not None:
                start = _offscreen(now, move.enter, size)
                dest.blit(now.img, _between(start, (now.x, now.y), k, ox, oy))
            else:
                dest.blit(now.img, (ox + now.x, oy + now.y))
        elif was is not None and move.leave is not None:  # leaving
            if move.leave == "zoom":
                _zoomed(dest, was, 1.0 + (ZOOM_FROM - 1.0) * k, ox, oy)
            else:
                end = _offscreen(was, move.leave, size)
                dest.blit(was.img, _between((was.x, was.y), end, k, ox, oy))
    dest.set_clip(clip)
