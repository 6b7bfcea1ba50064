"""Help (F1): the keys, mouse and gamepad buttons, drawn from the binding tables
(game/ui/keymap.py and hands.py), so it says what the keys really do."""
from __future__ import annotations

from typing import Any

import pygame

from ..keymap import help_sections
from ..theme import BRIGHT_RED, DIM_INK, INK
from ..widgets import draw_text
from .page import CONTENT_X, Page

COL_X = (CONTENT_X + 40, CONTENT_X + 720)
COL_W = 640
KEY_W = 250
TOP = 120
SIZE = 22
# which sections go in which column
COLUMNS = (("Reading", "Mouse"), ("Menus", "Gamepad", "Anywhere"))


class HelpScreen(Page):
    name = "help"
    heading = "Help"

    def __init__(self, game: Any) -> None:
        super().__init__(game)
        self.sections = dict(help_sections())

    def draw_content(self, canvas: pygame.Surface) -> None:
        s = self.s
        for x, names in zip(COL_X, COLUMNS):
            y = s(TOP)
            for name in names:
                rows = self.sections.get(name, [])
                y = draw_text(canvas, name, (s(x), y), size=s(32), color=(255, 255, 255),
                              family="serif", bold=True)
                pygame.draw.line(canvas, BRIGHT_RED, (s(x), y), (s(x + COL_W), y),
                                 max(1, s(2)))
                y += s(8)
                for keys, what in rows:
                    y1 = draw_text(canvas, keys, (s(x), y), size=s(SIZE), color=INK,
                                   bold=True, width=s(KEY_W - 14), line_gap=1.1)
                    y2 = draw_text(canvas, what, (s(x + KEY_W), y), size=s(SIZE),
                                   color=DIM_INK, width=s(COL_W - KEY_W), line_gap=1.1)
                    y = max(y1, y2) + s(4)
                y += s(22)

    def describe(self) -> dict[str, Any]:
        return {"menu": self.name,
                "sections": {k: [list(r) for r in v] for k, v in self.sections.items()}}
