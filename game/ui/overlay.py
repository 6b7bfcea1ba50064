"""Small things drawn over the game without pygame_gui: the quick-menu row along the
bottom edge (Ren'Py's), the skip/auto indicator, toasts and "The End"."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

import pygame

from ..render.fonts import font
from . import i18n
from .i18n import _
from .theme import BRIGHT_RED, DIM_INK, INK, RED
from .widgets import wrap

QUICK_ITEMS: Final = ("Back", "History", "Skip", "Auto", "Save", "Q.Save", "Q.Load", "Prefs")
QUICK_SIZE: Final = 25  # canvas px
QUICK_GAP: Final = 42
MAX_TOAST: Final = 300  # characters of one toast message
QUICK_BOTTOM: Final = 8
TOAST_SECONDS: Final = 4.0  # the least a notice stays
READING_WPS: Final = 2.5  # words a second a notice allows for reading (~3.5 s a line)
ERROR_SECONDS: Final = 8.0  # the least a problem stays


def toast_seconds(text: str, error: bool = False) -> float:
    """How long a notice stays: long enough to read, longer for a problem."""
    read = 1.5 + len(text.split()) / READING_WPS
    return max(ERROR_SECONDS if error else TOAST_SECONDS, read * (1.5 if error else 1.0))


class QuickMenu:
    """The row of small text buttons at the bottom edge; cached until something changes."""

    def __init__(self, on_press: Callable[[str], None]) -> None:
        self.on_press = on_press
        self.hover: str | None = None
        self.active: set[str] = set()  # "Skip", "Auto" while on
        self.disabled: set[str] = set()  # "Back" when there is nothing to roll back to
        self.rects: dict[str, pygame.Rect] = {}
        self._surf: pygame.Surface | None = None
        self._key: tuple | None = None
        self._scale = 0.0
        self._lang = -1  # i18n.generation the layout was made for
        self._canvas_h = 0

    def layout(self, canvas_size: tuple[int, int], scale: float) -> None:
        if scale == self._scale and self.rects and canvas_size[1] == self._canvas_h \
                and self._lang == i18n.generation:
            return
        self._lang = i18n.generation
        self._size = canvas_size
        self._scale = scale
        self._canvas_h = canvas_size[1]
        f = font("sans", max(9, round(QUICK_SIZE * scale)))
        widths = [f.size(_(t))[0] for t in QUICK_ITEMS]
        gap = round(QUICK_GAP * scale)
        total = sum(widths) + gap * (len(widths) - 1)
        x = (canvas_size[0] - total) // 2
        h = f.get_linesize()
        y = canvas_size[1] - h - round(QUICK_BOTTOM * scale)
        self.rects = {}
        for text, w in zip(QUICK_ITEMS, widths):
            self.rects[text] = pygame.Rect(x - gap // 3, y, w + 2 * (gap // 3), h)
            x += w + gap
        self._surf = None

    @property
    def height(self) -> int:
        """Pixels the row takes along the bottom edge (the text box keeps them clear)."""
        if not self.rects:
            return 0
        return self._canvas_h - min(r.top for r in self.rects.values())

    def at(self, pos: tuple[int, int]) -> str | None:
        for text, r in self.rects.items():
            if r.collidepoint(pos):
                return text
        return None

    def set_hover(self, pos: tuple[int, int]) -> bool:
        h = self.at(pos)
        if h != self.hover:
            self.hover = h
            return True
        return False

    def click(self, pos: tuple[int, int]) -> bool:
        t = self.at(pos)
        if t is None:
            return False
        if t not in self.disabled:
            self.on_press(t)
        return True

    def draw(self, dest: pygame.Surface) -> None:
        if self._lang != i18n.generation and self.rects:  # the words changed: re-measure
            self.layout(self._size, self._scale)
        key = (self.hover, frozenset(self.active), frozenset(self.disabled), self._scale)
        if self._surf is None or key != self._key:
            self._key = key
            area = self.rects[QUICK_ITEMS[0]].unionall(list(self.rects.values()))
            surf = pygame.Surface(area.size, pygame.SRCALPHA)
            f = font("sans", max(9, round(QUICK_SIZE * self._scale)))
            fb = font("sans", max(9, round(QUICK_SIZE * self._scale)), bold=True)
            for text, r in self.rects.items():
                if text in self.disabled:
                    color: tuple[int, int, int] = (110, 100, 102)
                elif text == self.hover:
                    color = BRIGHT_RED
                elif text in self.active:
                    color = (255, 255, 255)
                else:
                    color = DIM_INK
                use = fb if text in self.active else f
                img = use.render(_(text), True, color)
                sh = use.render(_(text), True, (0, 0, 0))
                x = r.x - area.x + (r.w - img.get_width()) // 2
                surf.blit(sh, (x + 1, r.y - area.y + 1))
                surf.blit(img, (x, r.y - area.y))
            self._surf = surf
            self._area = area
        dest.blit(self._surf, self._area.topleft)


def draw_indicator(dest: pygame.Surface, scale: float, text: str) -> None:
    """'Skipping' / 'Auto-forward' at the top left."""
    s = lambda v: round(v * scale)  # noqa: E731
    f = font("sans", max(9, s(28)), bold=True)
    img = f.render(_(text), True, INK)
    r = pygame.Rect(s(24), s(22), img.get_width() + s(36), img.get_height() + s(14))
    panel = pygame.Surface(r.size, pygame.SRCALPHA)
    panel.fill((10, 4, 8, 210))
    dest.blit(panel, r)
    pygame.draw.rect(dest, RED, (r.x, r.y, s(6), r.h))
    dest.blit(img, (r.x + s(22), r.y + s(7)))


@dataclass
class Toast:
    text: str
    left: float = TOAST_SECONDS
    error: bool = False


class Toasts:
    """Notices at the top right (a save resumed elsewhere, a screenshot, a damaged
    file): wrapped whole, never cut, each staying long enough to be read."""

    def __init__(self) -> None:
        self.items: list[Toast] = []

    def add(self, text: str, error: bool = False) -> None:
        if len(text) > MAX_TOAST:  # a message quoting a huge bad value stays readable
            text = text[:MAX_TOAST - 1] + "\u2026"
        self.items = [t for t in self.items if t.text != text]
        self.items.append(Toast(text, toast_seconds(text, error), error))
        del self.items[:-3]

    @property
    def active(self) -> bool:
        return bool(self.items)

    def update(self, dt: float) -> bool:
        if not self.items:
            return False
        for t in self.items:
            t.left -= dt
        self.items = [t for t in self.items if t.left > 0]
        return True

    def draw(self, dest: pygame.Surface, scale: float) -> None:
        y = round(24 * scale)
        w = min(round(900 * scale), dest.get_width() - round(48 * scale))
        for t in self.items:
            f = font("sans", max(9, round(28 * scale)))
            lines = wrap(_(t.text), f, w - round(60 * scale))
            h = len(lines) * f.get_linesize() + round(30 * scale)
            r = pygame.Rect(dest.get_width() - w - round(24 * scale), y, w, h)
            alpha = min(1.0, t.left / 0.5)
            panel = pygame.Surface(r.size, pygame.SRCALPHA)
            panel.fill((14, 6, 10, round(235 * alpha)))
            pygame.draw.rect(panel, (*BRIGHT_RED, round(255 * alpha)), panel.get_rect(),
                             max(1, round((4 if t.error else 2) * scale)))
            dest.blit(panel, r)
            ty = r.y + round(15 * scale)
            for line in lines:
                img = f.render(line, True, INK)
                img.set_alpha(round(255 * alpha))
                dest.blit(img, (r.x + round(30 * scale) if len(lines) > 1 else
                                r.x + (w - img.get_width()) // 2, ty))
                ty += f.get_linesize()
            y = r.bottom + round(12 * scale)


def draw_the_end(dest: pygame.Surface, scale: float, t: float) -> None:
    """'The End' fading in over black; t is seconds since the end."""
    a = min(1.0, t / 1.5)
    veil = pygame.Surface(dest.get_size(), pygame.SRCALPHA)
    veil.fill((0, 0, 0, round(255 * a)))
    dest.blit(veil, (0, 0))
    if t > 0.8:
        k = min(1.0, (t - 0.8) / 1.5)
        f = font("serif", max(12, round(110 * scale)), italic=True)
        img = f.render(_("The End"), True, INK)
        img.set_alpha(round(255 * k))
        dest.blit(img, img.get_rect(center=(dest.get_width() // 2, dest.get_height() // 2)))
        line_w = round(260 * scale * k)
        cy = dest.get_height() // 2 + round(90 * scale)
        pygame.draw.line(dest, RED, (dest.get_width() // 2 - line_w, cy),
                         (dest.get_width() // 2 + line_w, cy), max(1, round(3 * scale)))
