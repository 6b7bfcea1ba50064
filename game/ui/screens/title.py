"""The title screen: the key art, the title drawn by the game, and the main menu."""
from __future__ import annotations

from typing import Any

import pygame

from ... import __version__
from ..i18n import _
from ..theme import BRIGHT_RED, DIM_INK, RED
from ..widgets import draw_text
from .base import TITLE_ART, Menu

ITEMS_X, ITEMS_Y, ITEM_W, ITEM_H, ITEM_STEP = 110, 466, 440, 52, 58


class TitleMenu(Menu):
    name = "title"
    backdrop = TITLE_ART

    def build(self) -> None:
        from . import open_page

        g = self.game
        has_save = g.saves.latest() is not None
        items = [
            ("Start", lambda: g.new_game(), True),
            ("Continue", g.continue_latest, has_save),
            ("Load", lambda: open_page(g, "Load"), True),
            ("Chapters", lambda: open_page(g, "Chapters"), True),
            ("Gallery", lambda: open_page(g, "Gallery"), True),
            ("Music Room", lambda: open_page(g, "Music Room"), True),
            ("Preferences", lambda: open_page(g, "Preferences"), True),
            ("Art", lambda: open_page(g, "Art"), True),
            ("About", lambda: open_page(g, "About"), True),
            ("Quit", lambda: open_page(g, "Quit"), True),  # asks, as from every screen
        ]
        for k, (text, on, enabled) in enumerate(items):
            self.button((ITEMS_X, ITEMS_Y + k * ITEM_STEP, ITEM_W, ITEM_H), text, on,
                        name=text, enabled=enabled)
        if self.focus_name is None:
            self.focus_name = "Continue" if has_save else "Start"

    def draw_under(self, canvas: pygame.Surface) -> None:
        # drawn once per window size: the title fades in over many frames
        cached = getattr(self, "_under", None)
        if cached is None or cached.get_size() != canvas.get_size() or \
                getattr(self, "_finished", None) != self.game.persistent.finished:
            self._finished = self.game.persistent.finished
            cached = pygame.Surface(canvas.get_size(), pygame.SRCALPHA)
            self._draw_under(cached)
            self._under = cached
        canvas.blit(cached, (0, 0))

    def _draw_under(self, canvas: pygame.Surface) -> None:
        s = self.s
        # a soft dark band behind the title and the menu, so both read over any art
        # (one row of it, stretched: each column is one colour)
        w = s(760)
        row = pygame.Surface((w, 1), pygame.SRCALPHA)
        for x in range(w):
            row.set_at((x, 0), (4, 1, 3, round(170 * (1 - x / w) ** 1.5)))
        canvas.blit(pygame.transform.scale(row, (w, canvas.get_height())), (0, 0))
        y = draw_text(canvas, "The Scars", (s(ITEMS_X - 6), s(120)), size=s(112),
                      color=(255, 255, 255), family="serif", bold=True, shadow=True,
                      line_gap=1.0)
        y = draw_text(canvas, "Run Deep", (s(ITEMS_X - 6), y - s(8)), size=s(112),
                      color=(255, 255, 255), family="serif", bold=True, shadow=True,
                      line_gap=1.0)
        pygame.draw.line(canvas, BRIGHT_RED, (s(ITEMS_X), y + s(14)), (s(ITEMS_X + 560),
                         y + s(14)), max(1, s(4)))
        pygame.draw.line(canvas, RED, (s(ITEMS_X + 560), y + s(14)), (s(ITEMS_X + 640),
                         y + s(14)), max(1, s(2)))
        if self.game.persistent.finished:  # the story was read to its end once
            draw_text(canvas, "\u2726  Finished  \u00b7  every chapter, picture and track"
                      " unlocked", (s(ITEMS_X), y + s(30)), size=s(23), color=BRIGHT_RED,
                      italic=True, shadow=True)
        draw_text(canvas, _("version {version}").format(version=__version__), (s(1560), s(1030)), size=s(22),
                  color=DIM_INK, width=s(330), align="right")

    def describe(self) -> dict[str, Any]:
        return {"menu": self.name, "finished": self.game.persistent.finished}
