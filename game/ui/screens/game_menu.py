"""The game menu (Esc or a right click while reading)."""
from __future__ import annotations

import pygame

from ..theme import BRIGHT_RED, PANEL, RED
from ..widgets import draw_text
from .base import GAME_FRAME, Menu

ITEMS = ("Return", "Save", "Load", "Preferences", "History", "Chapters", "Gallery",
         "Music Room", "Help", "Main Menu", "Quit")
X, Y, W, H, STEP = 760, 220, 400, 56, 64


class GameMenu(Menu):
    name = "game_menu"
    backdrop = GAME_FRAME

    def build(self) -> None:
        from . import open_page

        g = self.game
        for k, text in enumerate(ITEMS):
            on = self.back if text == "Return" else (lambda t=text: open_page(g, t))
            self.button((X, Y + k * STEP, W, H), text, on, name=text)

    def draw_under(self, canvas: pygame.Surface) -> None:
        r = self.r(X - 60, Y - 150, W + 120, len(ITEMS) * STEP + 180)
        panel = pygame.Surface(r.size, pygame.SRCALPHA)
        panel.fill((*PANEL, 220))
        canvas.blit(panel, r)
        pygame.draw.rect(canvas, RED, r, max(1, self.s(2)))
        pygame.draw.rect(canvas, BRIGHT_RED, (r.x, r.y, r.w, self.s(6)))
        draw_text(canvas, "Paused", (r.x, r.y + self.s(40)), size=self.s(52),
                  color=(255, 255, 255), family="serif", bold=True, width=r.w,
                  align="center")
