"""The choice menu: Ren'Py's centred choice buttons, with hover and keyboard focus."""
from __future__ import annotations

from typing import Final

import pygame

from ..script.texttags import plain
from ..story import events as E
from .fonts import font
from .palette import BRIGHT_RED, CONTRAST_FOCUS

BUTTON_W: Final = 1100
BUTTON_H: Final = 84
GAP: Final = 26


class ChoiceMenu:
    def __init__(self, menu: E.Menu, scale: float, *, family: str = "serif",
                 high_contrast: bool = False) -> None:
        self.menu = menu
        self.scale = scale
        self.family = family  # the reader's font (the dyslexia-friendly one, if chosen)
        self.high_contrast = high_contrast
        self.focus = 0
        self.hover: int | None = None
        self.rects: list[pygame.Rect] = []
        self._labels: list[pygame.Surface] = []

    def s(self, v: float) -> int:
        return round(v * self.scale)

    def layout(self, size: tuple[int, int], bottom_reserved: int) -> None:
        n = len(self.menu.choices)
        total = n * self.s(BUTTON_H) + (n - 1) * self.s(GAP)
        avail = size[1] - bottom_reserved
        top = max(self.s(40), (avail - total) // 2)
        x = (size[0] - self.s(BUTTON_W)) // 2
        self.rects = [pygame.Rect(x, top + k * (self.s(BUTTON_H) + self.s(GAP)),
                                  self.s(BUTTON_W), self.s(BUTTON_H)) for k in range(n)]
        f = font(self.family, self.s(38))
        self._labels = [f.render(plain(c.text), True, (245, 238, 236))
                        for c in self.menu.choices]
        # high contrast: the focused choice is black on yellow
        self._dark = [f.render(plain(c.text), True, (0, 0, 0)) for c in self.menu.choices] \
            if self.high_contrast else []

    def at(self, pos: tuple[int, int]) -> int | None:
        for k, r in enumerate(self.rects):
            if r.collidepoint(pos):
                return k
        return None

    def move(self, delta: int) -> None:
        n = len(self.menu.choices)
        self.focus = (self.focus + delta) % n
        self.hover = None

    def draw(self, dest: pygame.Surface) -> None:
        for k, (r, label) in enumerate(zip(self.rects, self._labels)):
            active = k == (self.hover if self.hover is not None else self.focus)
            if self.high_contrast:
                dest.fill(CONTRAST_FOCUS if active else (0, 0, 0), r)
                pygame.draw.rect(dest, (255, 255, 255), r, max(1, self.s(3)))
                if active:
                    label = self._dark[k]
            else:
                panel = pygame.Surface(r.size, pygame.SRCALPHA)
                panel.fill((120, 14, 30, 235) if active else (16, 6, 10, 215))
                dest.blit(panel, r)
                pygame.draw.rect(dest, BRIGHT_RED if active else (110, 40, 50), r,
                                 max(1, self.s(3)))
            if k == self.focus:
                pygame.draw.rect(dest, (255, 255, 255), r.inflate(self.s(10), self.s(10)),
                                 max(1, self.s(2)))
            dest.blit(label, label.get_rect(center=r.center))
