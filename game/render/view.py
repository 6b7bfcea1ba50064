"""The 1920x1080 canvas fitted into any window: a scale and a letterbox offset."""
from __future__ import annotations

from dataclasses import dataclass

import pygame

from ..scene.canvas import CANVAS


@dataclass(frozen=True)
class View:
    window: tuple[int, int]

    @property
    def scale(self) -> float:
        w, h = self.window
        return max(0.05, min(w / CANVAS[0], h / CANVAS[1]))

    @property
    def size(self) -> tuple[int, int]:
        s = self.scale
        return round(CANVAS[0] * s), round(CANVAS[1] * s)

    @property
    def rect(self) -> pygame.Rect:
        w, h = self.size
        return pygame.Rect((self.window[0] - w) // 2, (self.window[1] - h) // 2, w, h)

    def to_canvas_surface(self, pos: tuple[int, int]) -> tuple[int, int]:
        """A window pixel to a pixel of the scaled canvas surface."""
        r = self.rect
        return pos[0] - r.x, pos[1] - r.y
