"""Accessibility (Shift+A, or from Preferences): the story's font, text size, line
spacing and text-box opacity, high contrast, reduced motion and flashes, mono audio
and self-voicing. Every choice takes effect at once and is kept; a sample of the
text box shows the result."""
from __future__ import annotations

from typing import Any

import pygame

from ...render.fonts import DYSLEXIC
from ...render.text import layout
from ...render.textbox import LINE_SPACING, TEXT_SIZE
from ...userdata.prefs import BOX_OPACITY_RANGE, LINE_SPACING_RANGE, TEXT_SIZE_RANGE
from ..i18n import _
from ..theme import INK, RED, WHITE
from ..widgets import draw_text
from .preferences import LEFT_X, RIGHT_X, TOP, PreferencesScreen

ROW = 112
SAMPLE = pygame.Rect(RIGHT_X, 560, 560, 300)  # canvas px: as wide as the sliders above
STRIPE = 36  # canvas px: the pattern under the sample, so its opacity shows
# the sample's words: game.toml's sample_line (a line of the story), else these
DEFAULT_SAMPLE = "\u201cThe story's lines will look like this.\u201d"


class AccessibilityScreen(PreferencesScreen):
    name = "accessibility"
    heading = "Accessibility"

    def build_content(self) -> None:
        p = self.game.prefs
        self._captions = []
        self._values = []
        y = TOP
        self._options("Story font", y, [
            ("Standard", not p.dyslexic_font, 250, lambda: self._set("dyslexic_font", False)),
            ("Dyslexia-friendly", p.dyslexic_font, 330,
             lambda: self._set("dyslexic_font", True))])
        y += ROW
        self._options("Contrast", y, [("High contrast", p.high_contrast, 330,
                                       lambda: self._flip("high_contrast"))])
        y += ROW
        self._options("Motion", y, [("Reduce motion and flashes", p.reduce_motion, 596,
                                     lambda: self._flip("reduce_motion"))])
        y += ROW
        self._options("Sound", y, [("Mono audio", p.mono_audio, 330,
                                    lambda: self._flip("mono_audio"))])
        y += ROW
        self._options("Self-voicing (V)", y, [("Speak the text", p.self_voicing, 330,
                                               self._voicing)])
        y = TOP
        lo, hi = TEXT_SIZE_RANGE
        self._slider("Text size", y, round(p.text_size * 100), round(lo * 100),
                     round(hi * 100), 5, lambda v: self._set("text_size", round(v) / 100),
                     lambda: f"{round(self.game.prefs.text_size * 100)}%")
        y += ROW
        lo, hi = LINE_SPACING_RANGE
        self._slider("Line spacing", y, round(p.line_spacing * 100), round(lo * 100),
                     round(hi * 100), 10, lambda v: self._set("line_spacing", round(v) / 100),
                     lambda: f"{round(self.game.prefs.line_spacing * 100)}%")
        y += ROW
        lo, hi = BOX_OPACITY_RANGE
        self._slider("Text box opacity", y, round(p.box_opacity * 100), round(lo * 100),
                     round(hi * 100), 5, lambda v: self._set("box_opacity", round(v) / 100),
                     lambda: f"{round(self.game.prefs.box_opacity * 100)}%")

    def _options(self, caption: str, y: int,
                 options: list[tuple[str, bool, int, Any]]) -> None:
        self._captions.append(((LEFT_X, y), caption))
        x = LEFT_X
        for text, on, w, act in options:
            b = self.button((x, y + 44, w, 56), text, act, cls="@toggle",
                            name=f"{caption}:{text}")
            if on:
                b.select()
            x += w + 16

    def _voicing(self) -> None:
        self.game.voicing.toggle()  # says so, spoken and shown
        self._rebuild()
        self.game.voicing.mark_seen()  # the announcement named the button already
        self.game.ui.dirty = True

    # -- drawing -------------------------------------------------------------------
    def draw_content(self, canvas: pygame.Surface) -> None:
        super().draw_content(canvas)
        self._draw_sample(canvas)

    def _draw_sample(self, canvas: pygame.Surface) -> None:
        """A line as the text box will show it, with every choice above applied."""
        s, p = self.s, self.game.prefs
        r = pygame.Rect(s(SAMPLE.x), s(SAMPLE.y), s(SAMPLE.w), s(SAMPLE.h))
        draw_text(canvas, "Sample", (r.x, r.y - s(44)), size=s(26), color=INK)
        canvas.blit(self._pattern(r.size), r)  # a bit of "scene" the box lies over
        box = pygame.Surface(r.size, pygame.SRCALPHA)
        if p.high_contrast:
            box.fill((0, 0, 0, 245))
        else:
            box.fill((14, 6, 10, round(255 * p.box_opacity)))
        canvas.blit(box, r)
        pygame.draw.rect(canvas, WHITE if p.high_contrast else RED,
                         r, max(1, s(2)))
        family = DYSLEXIC if p.dyslexic_font else "serif"
        files = getattr(self.game.program, "story_files", None)
        sample = _(getattr(files, "sample_line", None) or DEFAULT_SAMPLE)
        lay = layout(sample, r.w - s(48), size=max(6, s(TEXT_SIZE * 0.8 * p.text_size)),
                     color=WHITE if p.high_contrast else INK,
                     family=family, max_height=r.h - s(40), min_size=max(6, s(12)),
                     line_spacing=LINE_SPACING * p.line_spacing)
        lay.draw(canvas, (r.x + s(24), r.y + s(20)))

    def _pattern(self, size: tuple[int, int]) -> pygame.Surface:
        """Light and dark diagonal stripes (made once per size)."""
        cached = getattr(self, "_pattern_surf", None)
        if cached is not None and cached.get_size() == size:
            return cached
        w, h = size
        surf = pygame.Surface(size)
        surf.fill((60, 40, 50))
        step = max(4, self.s(STRIPE))
        for x in range(-h, w + h, 2 * step):
            pygame.draw.polygon(surf, (150, 124, 120),
                                [(x, h), (x + step, h), (x + step + h, 0), (x + h, 0)])
        self._pattern_surf = surf
        return surf

    def describe(self) -> dict[str, Any]:
        return {"menu": self.name, "prefs": self.game.prefs.to_json()}
