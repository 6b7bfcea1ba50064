"""The title screen: the key art, the title drawn by the game, and the main menu."""
from __future__ import annotations

from itertools import combinations
from typing import Any

import pygame

from ... import __version__
from ...render.fonts import font
from ..i18n import _
from ..theme import BRIGHT_RED, DIM_INK, RED
from ..widgets import draw_text
from .base import TITLE_ART, Menu

ITEMS_X, ITEMS_Y, ITEM_W, ITEM_H, ITEM_STEP = 110, 466, 440, 52, 58
TITLE_SIZE, TITLE_W = 112, 640  # canvas px: the title's letters, and its widest line


def title_lines(title: str, max_lines: int = 3) -> list[str]:
    """The title as drawn: on one line if it fits TITLE_W, else broken at spaces into
    the fewest lines (at most `max_lines`) whose longest is shortest ('The Scars Run
    Deep' -> 'The Scars', 'Run Deep')."""
    words = title.split()
    if not words:
        return []
    f = font("serif", TITLE_SIZE, bold=True)

    def width(ws: list[str]) -> int:
        return f.size(" ".join(ws))[0]

    best = [" ".join(words)]
    if width(words) <= TITLE_W:
        return best
    best_w = width(words)
    if len(words) > 12:  # a long title: filled line by line (trying every break is slow)
        lines: list[list[str]] = [[]]
        for w in words:
            if lines[-1] and width([*lines[-1], w]) > TITLE_W:
                lines.append([])
            lines[-1].append(w)
        return [" ".join(ln) for ln in lines]
    for n in range(2, min(max_lines, len(words)) + 1):
        for cuts in combinations(range(1, len(words)), n - 1):
            parts = [words[a:b] for a, b in zip((0, *cuts), (*cuts, len(words)))]
            w = max(width(p) for p in parts)
            if w < best_w:
                best, best_w = [" ".join(p) for p in parts], w
        if best_w <= TITLE_W:
            break
    return best


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
        # drawn once per window size: the title fades in over many frames. Only what has
        # pixels is kept (the band with the title, the version), not a transparent
        # surface the size of the window: allocating that cost the first frame ~3 ms.
        cached = getattr(self, "_under", None)
        if cached is None or cached[0] != canvas.get_size() or \
                getattr(self, "_finished", None) != self.game.persistent.finished:
            self._finished = self.game.persistent.finished
            cached = self._under = (canvas.get_size(), self._draw_under(canvas.get_size()))
        for piece, pos in cached[1]:
            canvas.blit(piece, pos)

    def _draw_under(self, size: tuple[int, int]) -> list[tuple[pygame.Surface, tuple[int, int]]]:
        """The pieces over the art, each with where it goes."""
        s = self.s
        # a soft dark band behind the title and the menu, so both read over any art
        # (one row of it, stretched: each column is one colour)
        w = min(s(760), size[0])
        alpha = [round(170 * (1 - x / w) ** 1.5) for x in range(w)]
        row = pygame.image.frombytes(bytes(v for a in alpha for v in (3, 1, 4, a)), (w, 1),
                                     "BGRA")  # the layout of a SRCALPHA surface
        band = pygame.transform.scale(row, (w, size[1]))
        finished = "\u2726  Finished  \u00b7  every chapter, picture and track unlocked"
        if self.game.persistent.finished:  # its line may reach past the band
            fsize = s(23)
            right = s(ITEMS_X) + font("sans", fsize, italic=True).size(_(finished))[0] \
                + max(1, fsize // 14)  # and its shadow
            if right > w:
                wide = pygame.Surface((min(right, size[0]), size[1]), pygame.SRCALPHA)
                wide.blit(band, (0, 0))
                band = wide
        y = s(120) + s(8)
        for line in title_lines(self.game.identity.title):  # game.toml's title
            y = draw_text(band, line, (s(ITEMS_X - 6), y - s(8)), size=s(TITLE_SIZE),
                          color=(255, 255, 255), family="serif", bold=True, shadow=True,
                          line_gap=1.0)
        pygame.draw.line(band, BRIGHT_RED, (s(ITEMS_X), y + s(14)), (s(ITEMS_X + 560),
                         y + s(14)), max(1, s(4)))
        pygame.draw.line(band, RED, (s(ITEMS_X + 560), y + s(14)), (s(ITEMS_X + 640),
                         y + s(14)), max(1, s(2)))
        if self.game.persistent.finished:  # the story was read to its end once
            draw_text(band, finished, (s(ITEMS_X), y + s(30)), size=s(23), color=BRIGHT_RED,
                      italic=True, shadow=True)
        version = pygame.Surface((s(330), s(60)), pygame.SRCALPHA)
        draw_text(version, _("version {version}").format(version=__version__), (0, 0),
                  size=s(22),
                  color=DIM_INK, width=s(330), align="right")
        return [(band, (0, 0)), (version, (s(1560), s(1030)))]

    def describe(self) -> dict[str, Any]:
        return {"menu": self.name, "finished": self.game.persistent.finished}
