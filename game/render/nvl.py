"""NVL mode as Ren'Py's launcher template draws it: a dark translucent window over the
whole screen, each line of the page below the one before, the speaker's name right
aligned before the text (narration wider, with no name), and an NVL menu's choices
as lines of text under the page. When a page would run off the screen its oldest
entries are left out, as Ren'Py's `gui.nvl_list_length` does.
"""
from __future__ import annotations

from typing import Final

import pygame

from ..scene.canvas import CANVAS_H
from ..script.texttags import plain
from ..story import events as E
from .choices import ChoiceMenu
from .fonts import font
from .look import Look, gui_surface
from .palette import INK
from .text import TextLayout, Typewriter, layout

# canvas geometry (1920x1080): the launcher template's gui.nvl_* at 1280x720, times 1.5
TOP: Final = 15  # gui.nvl_borders top
NAME_RIGHT: Final = 645  # gui.nvl_name_xpos, right aligned (xalign 1.0)
NAME_W: Final = 225
TEXT_X: Final = 675  # gui.nvl_text_xpos
TEXT_Y: Final = 12  # gui.nvl_text_ypos
TEXT_W: Final = 885  # gui.nvl_text_width
THOUGHT_X: Final = 360  # gui.nvl_thought_xpos: narration
THOUGHT_W: Final = 1170
ENTRY_H: Final = 173  # gui.nvl_height: an entry is at least this tall
SPACING: Final = 15  # gui.nvl_spacing
BUTTON_X: Final = TEXT_X  # gui.nvl_button_xpos
BUTTON_GAP: Final = 12
BOTTOM_KEEP: Final = 90  # kept clear along the bottom (the quick menu, the borders)
TEXT_SIZE: Final = 33  # gui.text_size 22 at 720p
NAME_SIZE: Final = 36
WINDOW_ALPHA: Final = 150  # the generated gui/nvl.png: black, a little over half opaque
DEFAULT_COLOR: Final = INK
IDLE: Final = (204, 204, 204)
HOVER: Final = (255, 255, 255)


def rgb_or(c: str | None, default: tuple[int, int, int]) -> tuple[int, int, int]:
    """A colour's RGB, or `default` when it is missing or not a colour."""
    if not c:
        return default
    try:
        col = pygame.Color(c)
    except ValueError:
        return default
    return col.r, col.g, col.b


class _Entry:
    __slots__ = ("say", "lay", "name", "height")

    def __init__(self, say: E.Say, lay: TextLayout, name: pygame.Surface | None,
                 height: int) -> None:
        self.say = say
        self.lay = lay
        self.name = name
        self.height = height


class NvlPage:
    """The NVL page of one line (or menu): its entries laid out, the last one typed."""

    def __init__(self, scale: float, look: Look, text_scale: float = 1.0,
                 high_contrast: bool = False) -> None:
        self.scale = scale
        self.look = look
        self.text_scale = text_scale
        self.high_contrast = high_contrast
        self.entries: list[_Entry] = []
        self.typer: Typewriter | None = None
        self.lay: TextLayout | None = None
        self._window: pygame.Surface | None = None
        self.choices_top = 0  # where an NVL menu's choices begin (px)

    def s(self, v: float) -> int:
        return round(v * self.scale)

    # -- layout --------------------------------------------------------------------
    def _entry(self, say: E.Say, text: str) -> _Entry:
        look = self.look
        size = self.s((look.text_size or TEXT_SIZE) * self.text_scale)
        color = (255, 255, 255) if self.high_contrast else rgb_or(
            say.what_color or look.text_color, DEFAULT_COLOR)
        named = say.who is not None and say.kind == "say"
        width = self.s(TEXT_W if named else THOUGHT_W)
        lay = layout(text, width, size=size, color=color,
                     family=look.text_font or "serif",
                     max_height=self.s(CANVAS_H - TOP - BOTTOM_KEEP), min_size=max(6, self.s(12)))
        name = None
        if named:
            f = font(look.name_font or "sans",
                     self.s((look.name_size or NAME_SIZE) * min(self.text_scale, 1.2)),
                     bold=look.name_font is None)
            name = f.render(plain(say.who or ""), True,
                            rgb_or(say.color or look.name_color, DEFAULT_COLOR))
        height = max(self.s(ENTRY_H), self.s(TEXT_Y) + lay.height + self.s(SPACING))
        return _Entry(say, lay, name, height)

    def show(self, say: E.Say, text: str, cps: float, keep: int | None = None) -> None:
        """The page of `say`: its earlier entries complete, `say` itself (whose text on
        screen is `text`, an extend's included) typed at cps."""
        self.entries = [self._entry(e, e.text) for e in say.page]
        self.entries.append(self._entry(say, text))
        self._fit(0)
        self.lay = self.entries[-1].lay
        self.typer = Typewriter(self.lay, cps)
        if keep is not None:
            self.typer.shown = min(keep, self.lay.count)

    def show_menu(self, menu: E.Menu, choices_h: int) -> None:
        """The page of an NVL menu: all its entries complete, room kept for the choices."""
        self.entries = [self._entry(e, e.text) for e in menu.page]
        self._fit(choices_h)
        self.lay = None
        self.typer = None

    def _fit(self, extra: int) -> None:
        """Leave out the oldest entries until the page (and `extra` px) fits."""
        room = self.s(CANVAS_H - TOP - BOTTOM_KEEP) - extra
        while len(self.entries) > 1 and sum(e.height for e in self.entries) > room:
            self.entries.pop(0)
        if extra and self.entries and sum(e.height for e in self.entries) > room:
            self.entries = []  # a menu too long for any line beside it
        self.choices_top = self.s(TOP) + sum(e.height for e in self.entries)

    # -- drawing -------------------------------------------------------------------
    def window(self, size: tuple[int, int]) -> pygame.Surface:
        if self._window is None or self._window.get_size() != size:
            surf = gui_surface(self.look.nvl, size)
            if surf is None:
                surf = pygame.Surface(size, pygame.SRCALPHA)
                surf.fill((0, 0, 0, 240 if self.high_contrast else WINDOW_ALPHA))
            self._window = surf
        return self._window

    def draw(self, dest: pygame.Surface) -> tuple[int, int] | None:
        """Draw the page; return where the current line's text ends (for the marker)."""
        dest.blit(self.window(dest.get_size()), (0, 0))
        y = self.s(TOP)
        end = None
        for k, e in enumerate(self.entries):
            last = k == len(self.entries) - 1 and self.typer is not None
            x = self.s(TEXT_X if e.name is not None else THOUGHT_X)
            if e.name is not None:
                dest.blit(e.name, e.name.get_rect(topright=(self.s(NAME_RIGHT), y)))
            shown = self.typer.shown if last and self.typer is not None else None
            pos = (x, y + self.s(TEXT_Y))
            e.lay.draw(dest, pos, shown)
            if last:
                mx, my = e.lay.end_of(e.lay.count if shown is None else shown)
                end = (pos[0] + mx, pos[1] + my)
            y += e.height
        return end


class NvlChoices(ChoiceMenu):
    """An NVL menu's choices: lines of text under the page, the hovered one brighter."""

    def __init__(self, menu: E.Menu, scale: float, page: NvlPage) -> None:
        super().__init__(menu, scale)
        self.page = page

    def _font(self) -> pygame.font.Font:
        look = self.page.look
        return font(look.interface_font or look.text_font or "serif",
                    self.s((look.text_size or TEXT_SIZE) * self.page.text_scale))

    def height(self) -> int:
        n = len(self.menu.choices)
        return n * (self._font().get_linesize() + self.s(BUTTON_GAP)) + self.s(SPACING)

    def layout(self, size: tuple[int, int], bottom_reserved: int) -> None:
        self.page.scale = self.scale
        self.page.show_menu(self.menu, self.height())
        f = self._font()
        top = self.page.choices_top + self.s(SPACING)
        step = f.get_linesize() + self.s(BUTTON_GAP)
        look = self.page.look
        idle = rgb_or(look.idle_color, IDLE)
        hover = rgb_or(look.hover_color, HOVER)
        self._labels = []
        self._hover_labels: list[pygame.Surface] = []
        self.rects = []
        width = size[0] - self.s(BUTTON_X) - self.s(60)
        for k, c in enumerate(self.menu.choices):
            text = plain(c.text)
            self._labels.append(f.render(text, True, idle))
            self._hover_labels.append(f.render(text, True, hover))
            self.rects.append(pygame.Rect(self.s(BUTTON_X) - self.s(20), top + k * step,
                                          width, step))

    def draw(self, dest: pygame.Surface) -> None:
        self.page.draw(dest)
        for k, (r, label) in enumerate(zip(self.rects, self._labels)):
            active = k == (self.hover if self.hover is not None else self.focus)
            if active:
                band = pygame.Surface(r.size, pygame.SRCALPHA)
                band.fill((255, 240, 240, 34))  # Ren'Py's nvl button hover: "#F0F2"
                dest.blit(band, r)
                label = self._hover_labels[k]
            dest.blit(label, (r.x + self.s(20), r.y + self.s(BUTTON_GAP) // 2))
