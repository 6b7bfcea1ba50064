"""The pieces every menu is built from: a pygame_gui manager that lives on the
letterboxed canvas, a keyboard/gamepad focus over its elements, and text drawing."""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import pygame
import pygame_gui
from pygame_gui.core.resource_loaders import IResourceLoader
from pygame_gui.core.utility import FontResource

from ..render.fonts import font
from . import hands as H
from .i18n import _
from .theme import BRIGHT_RED, CONTRAST_FOCUS, FOCUS, theme_for


class _FontOnFirstUse(FontResource):
    """A theme font whose file is opened when an element first asks for it: the theme
    names ten sizes and styles, the title screen uses one."""

    @property  # type: ignore[override]
    def loaded_font(self) -> Any:
        f = self.__dict__.get("_font")
        if f is None and not self.__dict__.get("_tried"):
            self.__dict__["_tried"] = True
            error = self.load()
            if error is not None:
                import warnings

                warnings.warn(str(error), stacklevel=2)
            f = self.__dict__.get("_font")
        return f

    @loaded_font.setter
    def loaded_font(self, value: Any) -> None:
        self.__dict__["_font"] = value


class FontsOnFirstUse(IResourceLoader):
    """pygame_gui's resource loader, except that theme fonts load when first used
    rather than all of them (about 2 ms each) before the first frame; anything else
    (a theme's images) loads at once, as pygame_gui's blocking loader does."""

    def __init__(self) -> None:
        self.deferred: list[FontResource] = []  # for tests: what was not opened up front

    def add_resource(self, resource: Any) -> None:
        if isinstance(resource, FontResource):
            resource.__class__ = _FontOnFirstUse
            self.deferred.append(resource)
        else:
            error = resource.load()
            if error is not None:
                import warnings

                warnings.warn(str(error), stacklevel=2)

    def start(self) -> None:
        pass

    def update(self) -> tuple[bool, float]:
        return True, 1.0

    def started(self) -> bool:
        return False  # pygame_gui then hands every theme font to add_resource


class MenuLayer(pygame_gui.UIManager):
    """A UIManager the size of the canvas, which sits at `offset` in the window
    (letterboxing): mouse positions are moved into canvas pixels."""

    def __init__(self, size: tuple[int, int], scale: float,
                 offset: tuple[int, int] = (0, 0), high_contrast: bool = False) -> None:
        super().__init__(size, theme_for(scale, high_contrast),
                         enable_live_theme_updates=False, resource_loader=FontsOnFirstUse())
        self.scale = scale
        self.high_contrast = high_contrast
        self.offset = offset

    def calculate_scaled_mouse_position(self, position: tuple[int, int]) -> tuple[int, int]:
        return position[0] - self.offset[0], position[1] - self.offset[1]


@dataclass
class Focusable:
    """One thing the keyboard or a gamepad can reach."""

    element: Any  # a pygame_gui element, or None for a custom-drawn item
    activate: Callable[[], None] | None = None
    adjust: Callable[[int], None] | None = None  # left/right on a slider or toggle
    rect: pygame.Rect | None = None  # for custom items; else the element's rect
    name: str = ""
    on_value: Callable[[float], None] | None = None  # a slider moved by the mouse

    @property
    def area(self) -> pygame.Rect:
        if self.rect is not None:
            return self.rect
        return pygame.Rect(self.element.get_abs_rect())

    @property
    def enabled(self) -> bool:
        return self.element is None or getattr(self.element, "is_enabled", True)


class FocusRing:
    """Keyboard and gamepad focus over a screen's items: arrows move to the nearest
    item in that direction, Tab cycles in order, Enter/A activates."""

    def __init__(self) -> None:
        self.items: list[Focusable] = []
        self.index = 0
        self.shown = False  # the outline shows once keys or a pad are used
        self._by_element: dict[int, Focusable] = {}

    def clear(self) -> None:
        self.items.clear()
        self._by_element.clear()
        self.index = 0

    def add(self, item: Focusable) -> Focusable:
        self.items.append(item)
        if item.element is not None:
            self._by_element[id(item.element)] = item
        return item

    def find(self, element: Any) -> Focusable | None:
        return self._by_element.get(id(element))

    @property
    def current(self) -> Focusable | None:
        if not self.items:
            return None
        self.index %= len(self.items)
        return self.items[self.index]

    def focus(self, name: str) -> bool:
        for k, it in enumerate(self.items):
            if it.name == name:
                self.index = k
                return True
        return False

    def action(self, action: str) -> bool:
        """Handle a navigation action; True if it was used."""
        if not self.items:
            return False
        cur = self.current
        if action in (H.NEXT, H.PREV):
            self._cycle(1 if action == H.NEXT else -1)
        elif action in (H.UP, H.DOWN, H.LEFT, H.RIGHT):
            if action in (H.LEFT, H.RIGHT) and cur is not None and cur.adjust is not None:
                cur.adjust(-1 if action == H.LEFT else 1)
                return True
            self._spatial(action)
        elif action == H.CONFIRM:
            if cur is not None and cur.enabled and cur.activate is not None:
                cur.activate()
            return True
        else:
            return False
        self.shown = True
        return True

    def _cycle(self, step: int) -> None:
        n = len(self.items)
        for _tries in range(n):
            self.index = (self.index + step) % n
            if self.items[self.index].enabled:
                return

    def _spatial(self, direction: str) -> None:
        cur = self.current
        if cur is None:
            return
        a = cur.area
        ax, ay = a.center
        best, best_score = None, None
        for k, it in enumerate(self.items):
            if k == self.index or not it.enabled:
                continue
            b = it.area
            bx, by = b.center
            dx, dy = bx - ax, by - ay
            if direction == H.UP and not (b.bottom <= a.top + 2 or dy < -a.h // 2):
                continue
            if direction == H.DOWN and not (b.top >= a.bottom - 2 or dy > a.h // 2):
                continue
            if direction == H.LEFT and not (b.right <= a.left + 2 or dx < -a.w // 2):
                continue
            if direction == H.RIGHT and not (b.left >= a.right - 2 or dx > a.w // 2):
                continue
            along, across = (abs(dy), abs(dx)) if direction in (H.UP, H.DOWN) else (abs(dx),
                                                                                 abs(dy))
            score = along + 3 * across
            if best_score is None or score < best_score:
                best, best_score = k, score
        if best is not None:
            self.index = best
        elif direction in (H.UP, H.DOWN) and cur.adjust is not None:
            # a slider column's end: Left/Right change the value, so arrows alone
            # (a gamepad's d-pad) could never leave the column; go on in Tab order
            self._cycle(1 if direction == H.DOWN else -1)

    def draw(self, dest: pygame.Surface, scale: float, high_contrast: bool = False) -> None:
        cur = self.current
        if not self.shown or cur is None:
            return
        r = cur.area.inflate(round(8 * scale), round(8 * scale))
        w = max(1, round(3 * scale))
        if high_contrast:  # every border is white there: the focus must differ in kind
            w = max(3, round(6 * scale))
            pygame.draw.rect(dest, CONTRAST_FOCUS, r.inflate(2 * w, 2 * w), 2 * w)
            return
        pygame.draw.rect(dest, BRIGHT_RED, r.inflate(2 * w, 2 * w), w)
        pygame.draw.rect(dest, FOCUS, r, w)


def _pieces(word: str, f: pygame.font.Font, width: int) -> list[str]:
    """A word wider than `width` (a long path) cut into pieces that fit, after a
    separator where one falls near the end of a piece."""
    out: list[str] = []
    while word and f.size(word)[0] > width:
        n = len(word) - 1
        while n > 1 and f.size(word[:n])[0] > width:
            n -= 1
        cut = max((word.rfind(c, 0, n) + 1 for c in "/\\-_."), default=0)
        if cut < n // 2:
            cut = n
        out.append(word[:cut])
        word = word[cut:]
    return out + ([word] if word else [])


def wrap(text: str, f: pygame.font.Font, width: int, max_lines: int | None = None) -> list[str]:
    """Words into lines no wider than `width` (a word too long for a line, such as a
    path, is cut into pieces); the last line ends with … if cut at `max_lines`."""
    out: list[str] = []
    for para in text.split("\n"):
        words = [p for w in para.split(" ") for p in (_pieces(w, f, width) or [w])]
        line = ""
        for w in words:
            trial = w if not line else line + " " + w
            if f.size(trial)[0] <= width or not line:
                line = trial
            else:
                out.append(line)
                line = w
        out.append(line)
    if max_lines is not None and len(out) > max_lines:
        out = out[:max_lines]
        last = out[-1]
        while last and f.size(last + "…")[0] > width:
            last = last[:-1]
        out[-1] = last.rstrip() + "…"
    return out


def draw_text(dest: pygame.Surface, text: str, pos: tuple[int, int], *, size: int,
              color: Sequence[int], family: str = "sans", bold: bool = False,
              italic: bool = False, width: int | None = None, max_lines: int | None = None,
              align: str = "left", line_gap: float = 1.25, shadow: bool = False) -> int:
    """Draw (wrapped) text, in the reader's language; returns the y below the last line."""
    text = _(text)
    f = font(family, size, bold, italic)
    lines = wrap(text, f, width, max_lines) if width else [text]
    x, y = pos
    step = round(f.get_linesize() * line_gap)
    for line in lines:
        surf = f.render(line, True, color)
        lx = x
        if align == "center" and width:
            lx = x + (width - surf.get_width()) // 2
        elif align == "right" and width:
            lx = x + width - surf.get_width()
        if shadow:  # the same glyphs in black: the rendered line with its colour zeroed
            sh = surf.copy()
            sh.fill((0, 0, 0), special_flags=pygame.BLEND_RGB_MULT)
            sh.set_alpha(200)
            d = max(1, size // 14)
            dest.blit(sh, (lx + d, y + d))
        dest.blit(surf, (lx, y))
        y += step
    return y


def shade(dest: pygame.Surface, rect: pygame.Rect | None = None,
          color: tuple[int, int, int, int] = (8, 3, 6, 200)) -> None:
    """Darken part of a surface (a translucent fill)."""
    rect = rect or dest.get_rect()
    veil = pygame.Surface(rect.size, pygame.SRCALPHA)
    veil.fill(color)
    dest.blit(veil, rect.topleft)
