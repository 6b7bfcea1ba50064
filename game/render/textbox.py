"""The text box as a finished Ren'Py game draws it: along the bottom, translucent, a
name box in the speaker's colour, a blinking 'next' marker; centered text alone in
the middle of the screen."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

import pygame

from ..scene.canvas import CANVAS_H, CANVAS_W
from ..story import events as E
from .fonts import font
from .look import Look, gui_surface
from .nvl import NvlPage, rgb_or
from .palette import BRIGHT_RED, INK, RED
from .text import TextLayout, Typewriter, layout

# canvas geometry (1920x1080), scaled at draw time
BOX: Final = pygame.Rect(0, CANVAS_H - 290, CANVAS_W, 290)
TEXT_X: Final = 240
TEXT_W: Final = 1440  # three quarters of the width: the box's, not a narrow column
TEXT_Y: Final = BOX.top + 78
QUICK_ROW_H: Final = 52  # kept clear along the bottom edge for the quick menu
TEXT_GAP: Final = 10  # between the last line and the quick menu
TEXT_H: Final = BOX.bottom - QUICK_ROW_H - TEXT_GAP - TEXT_Y  # taller text grows the box
TEXT_TOP_MOST: Final = 520  # the box grows up to here; only taller text shrinks (lint warns)
MOST_TEXT_H: Final = BOX.bottom - QUICK_ROW_H - TEXT_GAP - TEXT_TOP_MOST
NAME_X: Final = 200
NAME_Y: Final = BOX.top - 34
NAME_H: Final = 72
TEXT_SIZE: Final = 38
MIN_TEXT_SIZE: Final = 12  # canvas px: a long line shrinks no further (lint reports it)
CENTERED_W: Final = 1500
CENTERED_H: Final = 900
DEFAULT_COLOR: Final = INK
ACCENT: Final = RED


SIDE_GAP: Final = 24  # between a side image and the text beside it
SIDE_MOST_H: Final = BOX.height + 110  # a side image may rise a little above the box
LINE_SPACING: Final = 1.12  # the story font's line height times this, at the reader's 1.0


@dataclass
class BoxStyle:
    """How the reader asked the text to look (Preferences and Accessibility)."""

    high_contrast: bool = False
    text_scale: float = 1.0  # the reader's text size preference
    family: str = "serif"  # or fonts.DYSLEXIC
    line_spacing: float = 1.0  # times LINE_SPACING
    opacity: float = 0.75  # the box's background: 0 clear, 1 solid at the bottom

    @property
    def name_family(self) -> str:
        return "sans" if self.family == "serif" else self.family


class TextBox:
    """Lays out and draws one line of dialogue at a display scale."""

    def __init__(self, scale: float, style: BoxStyle | None = None) -> None:
        self.scale = scale
        self.style = style or BoxStyle()
        self.say: E.Say | None = None
        self.lay: TextLayout | None = None
        self.typer: Typewriter | None = None
        self.name_surf: pygame.Surface | None = None
        self._box: pygame.Surface | None = None
        self._full = ""  # the text on screen, with what an `extend` continues
        self.marker_rect: pygame.Rect | None = None  # where the 'next' marker blinks
        self.reserve: int | None = None  # px kept clear at the bottom (the quick menu's)
        self.grow = 0  # px the box grew upwards for a tall line
        self.look = Look()  # a Ren'Py project's gui images, colours, fonts and sizes
        self.nvl: NvlPage | None = None  # the NVL page, while an NVL line shows
        # the surface of a side image by name (the screen's images), and the one shown
        self.side_source: Callable[[str], pygame.Surface | None] = lambda name: None
        self.side: pygame.Surface | None = None

    def _text_bottom(self) -> int:
        """Where the text must end: above the quick menu, whatever the window size."""
        reserve = self.s(QUICK_ROW_H) if self.reserve is None else max(
            self.reserve, self.s(QUICK_ROW_H))
        return self.s(BOX.bottom) - reserve - self.s(TEXT_GAP)

    def set_reserve(self, px: int) -> None:
        """Keep `px` clear along the bottom edge (the quick menu's height)."""
        if px != self.reserve:
            self.reserve = px
            if self.say is not None and self.typer is not None:
                self.show(self.say, cps=self.typer.cps, keep=self.typer.shown)

    def s(self, v: float) -> int:
        return round(v * self.scale)

    def rescale(self, scale: float) -> None:
        if abs(scale - self.scale) > 1e-6:
            self.scale = scale
            self._box = None
            if self.say is not None:
                shown = self.typer.shown if self.typer else None
                self.show(self.say, cps=self.typer.cps if self.typer else 0, keep=shown)

    @property
    def text(self) -> str:
        """The text on screen with its tags, including what an `extend` continued."""
        return self._full

    def set_style(self, style: BoxStyle) -> None:
        """Apply the reader's text size and contrast, laying the current line out again."""
        if style == self.style:
            return
        self.style = style
        self._box = None
        if self.say is not None and self.typer is not None:
            self.show(self.say, cps=self.typer.cps, keep=self.typer.shown)

    def clear(self) -> None:
        self.say = None
        self.lay = None
        self.typer = None
        self.name_surf = None
        self.nvl = None
        self.side = None
        self._full = ""

    def _side_surface(self, name: str | None) -> pygame.Surface | None:
        """The side image, no taller than SIDE_MOST_H (scaled down keeping its shape)."""
        surf = self.side_source(name) if name else None
        if surf is None:
            return None
        most = self.s(SIDE_MOST_H)
        if surf.get_height() > most:
            w = max(1, round(surf.get_width() * most / surf.get_height()))
            surf = pygame.transform.smoothscale(surf, (w, most))
        return surf

    def _text_x(self) -> int:
        """Where the text starts: right of the side image when there is one."""
        x = self.s(TEXT_X)
        if self.side is not None:
            x = max(x, self.side.get_width() + self.s(SIDE_GAP))
        return x

    def show(self, say: E.Say, cps: float, keep: int | None = None) -> None:
        """Start typing a line; an extend keeps the text before it on screen.
        `keep` re-lays the same line out (after a resize) with that much shown."""
        if keep is None:
            if say.extend and self.say is not None:
                self._full = self._full.replace("{nw}", "") + "{fast}" + say.text
            else:
                self._full = say.text
        self.say = say
        full = self._full
        if say.nvl:
            self._show_nvl(say, cps, keep)
            return
        self.nvl = None
        self.side = self._side_surface(say.side_image)
        look = self.look
        # the reader's font (Accessibility) wins over the project's gui.text_font
        family = self.style.family if self.style.family != "serif" else look.text_font or "serif"
        centered = say.kind == "centered"
        size = self.s((look.text_size or TEXT_SIZE) * self.style.text_scale
                      * (1.15 if centered else 1.0))
        color = rgb_or(say.what_color or look.text_color, DEFAULT_COLOR)
        if self.style.high_contrast:
            color = (255, 255, 255)
        least = max(6, self.s(MIN_TEXT_SIZE))  # scaled, so a line fits at any window size
        spacing = LINE_SPACING * self.style.line_spacing
        if centered:
            self.lay = layout(full, self.s(CENTERED_W), size=size, color=color,
                              align="center", max_height=self.s(CENTERED_H), min_size=least,
                              family=family, line_spacing=spacing)
        else:
            # the reader's size first: the box grows upwards to TEXT_TOP_MOST, and only
            # a line taller than that shrinks (lint warns the writer of those)
            bottom = self._text_bottom()
            most = bottom - self.s(TEXT_TOP_MOST)
            width = self.s(TEXT_W) - max(0, self._text_x() - self.s(TEXT_X))
            self.lay = layout(full, width, size=size, color=color,
                              max_height=most, min_size=least, family=family,
                              line_spacing=spacing)
        self.grow = 0 if centered else max(0, self.lay.height - (bottom - self.s(TEXT_Y)))
        self.typer = Typewriter(self.lay, cps)
        if keep is not None:
            self.typer.shown = min(keep, self.lay.count)
        self.name_surf = None
        if say.who and say.kind == "say":
            dyslexic = self.style.family != "serif"  # the reader's choice wins
            f = font(self.style.name_family if dyslexic else look.name_font or "sans",
                     self.s((look.name_size or 40) * min(self.style.text_scale, 1.2)),
                     bold=dyslexic or look.name_font is None)
            self.name_surf = f.render(say.who, True,
                                      rgb_or(say.color or look.name_color, DEFAULT_COLOR))

    def _show_nvl(self, say: E.Say, cps: float, keep: int | None) -> None:
        """An NVL line: the whole page, laid out by NvlPage; the last entry typed."""
        self.nvl = NvlPage(self.scale, self.look, self.style.text_scale,
                           self.style.high_contrast)
        self.nvl.show(say, self._full, cps, keep)
        self.lay = self.nvl.lay
        self.typer = self.nvl.typer
        self.name_surf = None
        self.side = None
        self.grow = 0

    @property
    def complete(self) -> bool:
        return self.typer is None or self.typer.complete

    @property
    def idle(self) -> bool:
        return self.typer is None or self.typer.idle

    def update(self, dt: float) -> bool:
        return self.typer.update(dt) if self.typer else False

    def click(self) -> bool:
        return self.typer.click() if self.typer else False

    def finish(self) -> None:
        if self.typer:
            self.typer.finish()

    def box_surface(self) -> pygame.Surface:
        if self._box is None or self._box.get_height() != self.s(BOX.height) + self.grow:
            w, h = self.s(BOX.width), self.s(BOX.height) + self.grow
            image = None if self.style.high_contrast else gui_surface(self.look.textbox, (w, h))
            if image is not None:  # the project's gui/textbox.png, as Ren'Py draws it
                self._box = image
                return image
            surf = pygame.Surface((w, h), pygame.SRCALPHA)
            if self.style.high_contrast:
                surf.fill((0, 0, 0, 245))
            else:  # a gradient: clearer at the top, denser at the bottom (150-230 at 0.75)
                o = min(1.0, max(0.0, self.style.opacity))
                for y in range(h):
                    a = min(255, round(255 * o * (0.78 + 0.42 * (y / max(1, h - 1)))))
                    pygame.draw.line(surf, (14, 6, 10, a), (0, y), (w, y))
            pygame.draw.line(surf, (*ACCENT, 230), (0, 0), (w, 0), max(1, self.s(3)))
            self._box = surf
        return self._box

    def draw(self, dest: pygame.Surface, now: float, show_window: bool = True) -> None:
        if self.nvl is not None and self.say is not None:
            end = self.nvl.draw(dest)
            if end is not None and self.marker_visible(now):
                self._marker(dest, (end[0] + self.s(18), end[1]), now)
            return
        if self.say is None or self.lay is None:
            if show_window:
                self.grow = 0
                dest.blit(self.box_surface(), (0, self.s(BOX.top)))
            return
        shown = self.typer.shown if self.typer else None
        if self.say.kind == "centered":
            w, h = dest.get_size()
            x = (w - self.s(CENTERED_W)) // 2
            y = (h - self.lay.height) // 2
            self.lay.draw(dest, (x, y), shown)
            if self.marker_visible(now):
                mx, my = self.lay.end_of(self.lay.count if shown is None else shown)
                self._marker(dest, (x + mx + self.s(18), y + my), now)
            return
        up = self.grow
        dest.blit(self.box_surface(), (0, self.s(BOX.top) - up))
        shift = self._text_x() - self.s(TEXT_X)
        if self.side is not None:  # Ren'Py's SideImage(): the box's bottom left corner
            dest.blit(self.side, self.side.get_rect(bottomleft=(0, self.s(BOX.bottom))))
        if self.name_surf is not None:
            nw = self.name_surf.get_width() + self.s(56)
            nr = pygame.Rect(self.s(NAME_X) + shift, self.s(NAME_Y) - up, nw, self.s(NAME_H))
            accent = rgb_or(self.say.color or self.look.name_color, DEFAULT_COLOR)
            namebox = None if self.style.high_contrast else gui_surface(self.look.namebox,
                                                                        nr.size)
            if namebox is not None:  # the project's gui/namebox.png behind the name
                dest.blit(namebox, nr)
            else:
                panel = pygame.Surface(nr.size, pygame.SRCALPHA)
                panel.fill((10, 4, 8, 250 if self.style.high_contrast else 225))
                dest.blit(panel, nr)
                pygame.draw.rect(dest, accent, pygame.Rect(nr.x, nr.y, self.s(10), nr.h))
                pygame.draw.line(dest, accent, (nr.x, nr.bottom - 1),
                                 (nr.right, nr.bottom - 1), max(1, self.s(3)))
            dest.blit(self.name_surf, self.name_surf.get_rect(
                midleft=(nr.x + self.s(30), nr.centery)))
        pos = (self._text_x(), self.s(TEXT_Y) - up)
        self.lay.draw(dest, pos, shown)
        if self.marker_visible(now):
            mx, my = self.lay.end_of(self.lay.count if shown is None else shown)
            self._marker(dest, (pos[0] + mx + self.s(18), pos[1] + my), now)

    def marker_visible(self, now: float) -> bool:
        if self.typer is None:
            return False
        if self.say is not None and self.say.kind == "centered":
            return self.typer.complete  # a card's marker waits for its subtitle
        return self.typer.complete or self.typer.waiting_click

    def _marker(self, dest: pygame.Surface, at: tuple[int, int], now: float) -> None:
        x, y = at
        r = self.s(11)
        self.marker_rect = pygame.Rect(x - r - 2, y - r - 2, 2 * r + 5, 2 * r + 5)
        if int(now * 2) % 2:  # blink twice a second
            return
        pts = [(x - r, y - r), (x + r, y - r), (x, y + r)]
        pygame.draw.polygon(dest, BRIGHT_RED, pts)

