"""Helpers for the window's pixel tests: flat-coloured art that is easy to find in a
frame, a Screen at half scale (960x540), and ways to play events and find colours."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Final, Iterable

import pygame

from game.assets.art import ArtSource
from game.render.images import ImageStore
from game.render.screen import Screen
from game.script.ast import Transition
from game.script.images import ImageIndex
from game.story import events as E

SCALE: Final = 0.5
W, H = 960, 540  # the 1920x1080 canvas at SCALE
NOW_NO_MARKER: Final = 0.5  # a time at which the blinking 'next' marker is off

# Flat colours: backgrounds as solid-colour images, sprites as opaque PNG blocks.
BG_A: Final = (32, 64, 96)
BG_B: Final = (192, 128, 32)
RED: Final = (220, 30, 30)
GREEN: Final = (30, 200, 60)
BLUE: Final = (40, 60, 230)
SPRITE_SIZE: Final = (300, 800)  # canvas px: 150x400 at SCALE

ROOT: Final = Path(__file__).resolve().parents[2]


def init_display() -> None:
    pygame.display.init()
    pygame.font.init()
    if pygame.display.get_surface() is None:
        pygame.display.set_mode((1, 1))


def _hex(c: tuple[int, int, int]) -> str:
    return "#%02x%02x%02x" % c


def flat_art(folder: Path) -> ImageIndex:
    """Two backgrounds and three sprite tags: `ra one` (red), `ra two` (green, the
    same tag with other attributes), `bl` (blue)."""
    init_display()
    folder.mkdir(parents=True, exist_ok=True)
    files: dict[tuple[str, ...], str] = {("bg", "a"): _hex(BG_A), ("bg", "b"): _hex(BG_B)}
    for name, color in (("ra one", RED), ("ra two", GREEN), ("bl", BLUE)):
        surf = pygame.Surface(SPRITE_SIZE, pygame.SRCALPHA)
        surf.fill((*color, 255))
        path = folder / f"{name}.png"
        pygame.image.save(surf, str(path))
        files[tuple(name.split())] = str(path)
    return ImageIndex(files)


def make_screen(index: ImageIndex, scale: float = SCALE, cps: float = 40.0) -> Screen:
    init_display()
    images = ImageStore(ArtSource(index), scale, threaded=False)
    return Screen(images, cps=cps)


def line(text: str = "Hello.", who: str | None = None, color: str | None = None,
         kind: str | None = None) -> E.Say:
    kind = kind or ("say" if who else "narration")
    return E.Say(who, text, "t:1", color=color, kind=kind)


def play(screen: Screen, events: Iterable[E.Event], dt: float = 10.0) -> None:
    """Feed events and play them out (transitions done, the line typed)."""
    screen.feed(list(events))
    screen.update(dt)
    screen.update(dt)


def frame(screen: Screen, *, hide_ui: bool = False, size: tuple[int, int] = (W, H)
          ) -> pygame.Surface:
    surf = pygame.Surface(size)
    screen.draw(surf, NOW_NO_MARKER, hide_ui=hide_ui)
    return surf


def dissolve(t: float = 1.0) -> E.With:
    return E.With(Transition("dissolve", duration=t))


def fade(out_t: float = 0.5, hold: float = 0.0, in_t: float = 0.5,
         color: str = "#000000") -> E.With:
    return E.With(Transition("fade", out_time=out_t, hold=hold, in_time=in_t, color=color))


def rect_of(surf: pygame.Surface, color: tuple[int, int, int], tol: int = 2
            ) -> pygame.Rect | None:
    """The bounding box of pixels of `color` (None if there are none)."""
    mask = pygame.mask.from_threshold(surf, (*color, 255), (tol + 1, tol + 1, tol + 1, 255))
    rects = mask.get_bounding_rects()
    if not rects:
        return None
    return rects[0].unionall(rects[1:])


def count_of(surf: pygame.Surface, color: tuple[int, int, int], tol: int = 2,
             area: pygame.Rect | None = None) -> int:
    if area is not None:
        surf = surf.subsurface(area.clip(surf.get_rect()))
    mask = pygame.mask.from_threshold(surf, (*color, 255), (tol + 1, tol + 1, tol + 1, 255))
    return mask.count()


def rgb(surf: pygame.Surface, x: int, y: int) -> tuple[int, int, int]:
    c = surf.get_at((x, y))
    return c.r, c.g, c.b


def env_flag(name: str) -> bool:
    return os.environ.get(name, "") not in ("", "0")
