"""A full-screen menu page as Ren'Py lays them out: a navigation column on the left
(Return first), a heading, and the page's own content to the right."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import pygame

from ...render.fonts import font
from ...scene.canvas import CANVAS_W
from ..i18n import _
from ..theme import RED
from ..widgets import draw_text, shade
from .base import GAME_FRAME, TITLE_ART, Menu

if TYPE_CHECKING:
    from ..host import Host

NAV_X, NAV_W, NAV_TOP, NAV_STEP, NAV_H = 50, 380, 200, 66, 58
CONTENT_X = 500  # canvas px: where a page's content starts
CONTENT_W = CANVAS_W - CONTENT_X - 60
HEADING_Y = 46


class Page(Menu):
    heading = ""
    veil = True

    def __init__(self, game: Host) -> None:
        super().__init__(game)
        self.backdrop = GAME_FRAME if game.session is not None else TITLE_ART

    def nav(self) -> list[tuple[str, Callable[[], None] | None]]:
        """The navigation column: Return, then the other pages."""
        from . import open_page

        g = self.game
        items: list[tuple[str, Callable[[], None] | None]] = [("Return", self.back)]
        names = (["History", "Save", "Load", "Preferences", "Chapters", "Gallery",
                  "Music Room", "Help", "Main Menu", "Quit"]
                 if g.session is not None else
                 ["Load", "Chapters", "Gallery", "Music Room", "Preferences", "Art",
                  "About", "Help", "Quit"])
        for n in names:
            if n == self.heading:
                items.append((n, None))
            else:
                items.append((n, lambda n=n: open_page(g, n, replacing=self)))
        return items

    def build(self) -> None:
        for k, (text, on) in enumerate(self.nav()):
            self.button((NAV_X, NAV_TOP + k * NAV_STEP, NAV_W, NAV_H), text, on,
                        cls="@nav", name=f"nav:{text}", enabled=on is not None
                        or text == self.heading)
        self.build_content()

    def build_content(self) -> None:
        """The page's own elements (override)."""

    def draw_under(self, canvas: pygame.Surface) -> None:
        s = self.s
        shade(canvas, pygame.Rect(0, 0, s(NAV_X + NAV_W + 30), canvas.get_height()),
              (4, 1, 3, 150))
        pygame.draw.line(canvas, RED, (s(NAV_X + NAV_W + 30), s(40)),
                         (s(NAV_X + NAV_W + 30), canvas.get_height() - s(40)),
                         max(1, s(2)))
        draw_text(canvas, self.heading, (s(NAV_X + 24), s(HEADING_Y + 20)),
                  size=self.heading_size(), color=(255, 255, 255), family="serif", bold=True)
        self.draw_content(canvas)

    def heading_size(self) -> int:
        """The heading's size: 50 canvas px, smaller when the words (a translation's
        "Salle de musique") would run past the column's line into the content."""
        room = self.s(NAV_W - 10)
        size = 50
        while size > 30 and font("serif", self.s(size), True).size(_(self.heading))[0] > room:
            size -= 2
        return self.s(size)

    def draw_content(self, canvas: pygame.Surface) -> None:
        """Custom drawing under the elements (override)."""
