"""Preferences: every choice takes effect at once and is saved at once."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pygame

from ...userdata.prefs import AUTO_FORWARD_RANGE, TEXT_SIZE_RANGE
from ..i18n import _
from ..theme import DIM_INK, INK
from ..widgets import draw_text
from .page import CONTENT_X, Page

LEFT_X, RIGHT_X, TOP = CONTENT_X + 40, CONTENT_X + 720, 170
ROW = 118
CPS_MAX = 150  # the slider's right end means "instant" (text_cps 0)


class PreferencesScreen(Page):
    name = "preferences"
    heading = "Preferences"

    def build_content(self) -> None:
        p = self.game.prefs
        self._captions: list[tuple[tuple[int, int], str]] = []
        self._values: list[tuple[tuple[int, int], Callable[[], str]]] = []
        y = TOP
        self._choice("Display", y, [("Window", not p.fullscreen, lambda: self._set(
            "fullscreen", False)), ("Fullscreen", p.fullscreen, lambda: self._set(
                "fullscreen", True))])
        y += ROW
        self._choice("Transitions", y, [("On", p.transitions, lambda: self._set(
            "transitions", True)), ("Off", not p.transitions, lambda: self._set(
                "transitions", False))])
        y += ROW
        self._choice("Skip", y, [("Unseen text", p.skip_unseen, lambda: self._flip(
            "skip_unseen")), ("After choices", p.skip_after_choices, lambda: self._flip(
                "skip_after_choices"))])
        y += ROW
        self._choice("Text box", y, [("High contrast", p.high_contrast, lambda: self._flip(
            "high_contrast"))])
        y += ROW
        self._choice("Sound", y, [("Mute all", p.mute, lambda: self._flip("mute"))])
        y += ROW
        self._captions.append(((LEFT_X, y), "More"))
        self.button((LEFT_X, y + 44, 300, 56), "Art packs\u2026", self._art,
                    cls="@toggle", name="art")
        self.button((LEFT_X + 316, y + 44, 300, 56), "Accessibility\u2026",
                    self.game.open_accessibility, cls="@toggle", name="accessibility")
        y += ROW
        self._languages(y)

        y = TOP
        cps = CPS_MAX if p.text_cps == 0 else min(p.text_cps, CPS_MAX - 1)
        self._slider("Text speed", y, cps, 10, CPS_MAX, 5, self._cps, lambda: (
            "Instant" if self.game.prefs.text_cps == 0 else
            _("{n} characters a second").format(n=self.game.prefs.text_cps)))
        y += ROW
        lo, hi = AUTO_FORWARD_RANGE
        self._slider("Auto-forward time", y, p.auto_forward, lo, hi, 0.5,
                     lambda v: self._set("auto_forward", round(v * 2) / 2),
                     lambda: _("{n} seconds").format(
                         n=self.game.language.decimal(self.game.prefs.auto_forward)))
        y += ROW
        for field, caption in (("music_volume", "Music volume"),
                               ("sound_volume", "Sound volume"),
                               ("ambient_volume", "Ambient volume"),
                               ("voice_volume", "Voice volume")):
            self._slider(caption, y, round(getattr(p, field) * 100), 0, 100, 5,
                         lambda v, f=field: self._set(f, round(v) / 100),
                         lambda f=field: f"{round(getattr(self.game.prefs, f) * 100)}%")
            y += ROW
        lo, hi = TEXT_SIZE_RANGE
        self._slider("Text size", y, round(p.text_size * 100), round(lo * 100),
                     round(hi * 100), 5, lambda v: self._set("text_size", round(v) / 100),
                     lambda: f"{round(self.game.prefs.text_size * 100)}%")

    def _languages(self, y: int) -> None:
        """The language picker: the story as written and each translation, each named
        in its own language."""
        lang = self.game.language
        self._choice("Language", y, [(name, code == lang.code,
                                      lambda c=code: self._language(c))
                                     for code, name in lang.available()])

    def _language(self, code: str) -> None:
        if code != self.game.language.code:
            self.game.language.set(code)
            self._rebuild()

    def _choice(self, caption: str, y: int,
                options: list[tuple[str, bool, Callable[[], None]]]) -> None:
        self._captions.append(((LEFT_X, y), caption))
        x = LEFT_X
        for text, on, act in options:
            w = 150 if len(text) < 8 else 270
            b = self.button((x, y + 44, w, 56), text, act, cls="@toggle",
                            name=f"{caption}:{text}")
            if on:
                b.select()
            x += w + 16

    def _slider(self, caption: str, y: int, value: float, lo: float, hi: float,
                step: float, on: Callable[[float], None], show: Callable[[], str], *,
                x: int = RIGHT_X) -> None:
        self._captions.append(((x, y), caption))
        self._values.append(((x + 160, y + 4), show))
        self.slider((x, y + 50, 560, 44), value, lo, hi, step, on, name=caption)

    # -- changes -------------------------------------------------------------------
    def _set(self, field: str, value: Any) -> None:
        p = self.game.prefs
        if getattr(p, field) == value:
            return
        setattr(p, field, value)
        self.game.apply_prefs()
        if isinstance(value, bool):
            self._rebuild()
        self.game.ui.dirty = True

    def _flip(self, field: str) -> None:
        self._set(field, not getattr(self.game.prefs, field))

    def _cps(self, v: float) -> None:
        v = round(v)
        self._set("text_cps", 0 if v >= CPS_MAX else int(v))

    def _rebuild(self) -> None:
        cur = self.focus.current if self.focus else None
        self.focus_name = cur.name if cur else None
        self.game.ui.rebuild()

    def _art(self) -> None:
        from . import make_page

        self.game.ui.open(make_page(self.game, "Art"))

    # -- drawing -------------------------------------------------------------------
    def draw_content(self, canvas: pygame.Surface) -> None:
        s = self.s
        for (x, y), text in self._captions:
            draw_text(canvas, text, (s(x), s(y)), size=s(32), color=(255, 255, 255),
                      family="serif", bold=True)
        for (x, y), show in self._values:
            draw_text(canvas, show(), (s(x), s(y + 6)), size=s(24), color=DIM_INK,
                      width=s(400), align="right")
        draw_text(canvas, "Changes take effect at once and are kept.",
                  (s(LEFT_X), s(990)), size=s(24), color=INK)

    def describe(self) -> dict[str, Any]:
        return {"menu": self.name, "prefs": self.game.prefs.to_json()}
