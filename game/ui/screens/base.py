"""What every menu has: elements built in canvas units, focus, actions, a backdrop."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pygame
import pygame_gui
from pygame_gui.core import ObjectID

from .. import hands as H
from ..i18n import _
from ..widgets import Focusable, FocusRing, MenuLayer

if TYPE_CHECKING:
    from ..host import Host

# backdrops
TITLE_ART, GAME_FRAME, SNAPSHOT = "title", "game", "snapshot"


class Menu:
    """One screen of the interface. `build` makes its pygame_gui elements in canvas
    units (1920x1080) and registers what the focus can reach; state that must
    survive a rebuild (page, scroll) lives in attributes."""

    name = "menu"
    backdrop = GAME_FRAME
    modal = False  # drawn over a picture of the screen beneath
    veil = False  # darken the title art behind it (full pages of text)

    def __init__(self, game: Host) -> None:
        self.game = game
        self.layer: MenuLayer | None = None
        self.focus: FocusRing | None = None
        self.scale = 1.0
        self.focus_name: str | None = None  # where the focus starts
        self.sliders: list[tuple[Any, float, float, float, Callable[[float], None]]] = []

    # -- building ------------------------------------------------------------------
    def attach(self, layer: MenuLayer, focus: FocusRing) -> None:
        self.layer, self.focus, self.scale = layer, focus, layer.scale
        self.sliders = []
        self.build()

    def build(self) -> None:
        """Create the elements (override)."""

    def r(self, x: float, y: float, w: float, h: float) -> pygame.Rect:
        s = self.scale
        return pygame.Rect(round(x * s), round(y * s), round(w * s), round(h * s))

    def s(self, v: float) -> int:
        return round(v * self.scale)

    def button(self, rect: tuple[float, float, float, float], text: str,
               on: Callable[[], None] | None, *, cls: str = "@menu", name: str = "",
               enabled: bool = True, adjust: Callable[[int], None] | None = None,
               focusable: bool = True) -> pygame_gui.elements.UIButton:
        b = pygame_gui.elements.UIButton(self.r(*rect), _(text), self.layer,
                                         object_id=ObjectID(class_id=cls))
        if not enabled:
            b.disable()
        if focusable:
            assert self.focus is not None
            self.focus.add(Focusable(b, on, adjust, name=name or text))
        return b

    def label(self, rect: tuple[float, float, float, float], text: str,
              cls: str = "@small") -> pygame_gui.elements.UILabel:
        return pygame_gui.elements.UILabel(self.r(*rect), _(text), self.layer,
                                           object_id=ObjectID(class_id=cls))

    def slider(self, rect: tuple[float, float, float, float], value: float,
               lo: float, hi: float, step: float, on: Callable[[float], None],
               name: str) -> pygame_gui.elements.UIHorizontalSlider:
        sl = pygame_gui.elements.UIHorizontalSlider(self.r(*rect), value, (lo, hi),
                                                    self.layer, click_increment=step)
        assert self.focus is not None

        def adjust(d: int) -> None:
            v = min(hi, max(lo, sl.get_current_value() + d * step))
            sl.set_current_value(v)
            on(v)
        self.focus.add(Focusable(sl, None, adjust, name=name, on_value=on))
        self.sliders.append((sl, lo, hi, step, on))
        return sl

    def _slider_click(self, ev: pygame.event.Event) -> None:
        """A click on a slider's track sets the value there (then pygame_gui drags the
        thumb, now under the pointer, as the button is held)."""
        if ev.type != pygame.MOUSEBUTTONDOWN or ev.button != 1 or self.layer is None:
            return
        x, y = self.layer.calculate_scaled_mouse_position(ev.pos)
        for sl, lo, hi, step, on in self.sliders:
            r = pygame.Rect(sl.get_abs_rect())
            if not r.inflate(0, self.s(16)).collidepoint(x, y):
                continue
            thumb = sl.sliding_button.rect.w if sl.sliding_button else 0
            span = max(1, r.w - thumb)
            frac = min(1.0, max(0.0, (x - r.x - thumb / 2) / span))
            v = lo + round(frac * (hi - lo) / step) * step
            v = min(hi, max(lo, v))
            if v != sl.get_current_value():
                sl.set_current_value(v)
                on(v)
            item = self.focus.find(sl) if self.focus else None
            if item is not None and self.focus is not None:
                self.focus.index = self.focus.items.index(item)

    def draw_controls(self, canvas: pygame.Surface) -> None:
        """Over pygame_gui's sliders: the track filled up to a light thumb."""
        from ..theme import BRIGHT_RED, CONTRAST_FOCUS, INK, RED, WHITE

        fill_c, edge_c, knob_c = RED, BRIGHT_RED, INK
        if self.layer is not None and getattr(self.layer, "high_contrast", False):
            fill_c, edge_c, knob_c = CONTRAST_FOCUS, WHITE, (0, 0, 0)
        for sl, _lo, _hi, _step, _on in self.sliders:
            r = pygame.Rect(sl.get_abs_rect())
            b = sl.sliding_button
            if b is None:
                continue
            t = pygame.Rect(b.get_abs_rect())
            inner = r.inflate(-2 * max(1, self.s(2)), -2 * max(1, self.s(2)))
            fill = pygame.Rect(inner.x, inner.y + inner.h // 4, max(0, t.centerx - inner.x),
                               inner.h // 2)
            pygame.draw.rect(canvas, fill_c, fill)
            pygame.draw.rect(canvas, edge_c, (fill.x, fill.y, fill.w, max(1, self.s(3))))
            knob = t.inflate(-max(2, self.s(6)), -max(2, self.s(6)))
            pygame.draw.rect(canvas, knob_c, knob, border_radius=max(1, self.s(4)))
            pygame.draw.rect(canvas, edge_c, knob, max(1, self.s(3)),
                             border_radius=max(1, self.s(4)))

    # -- behaviour -----------------------------------------------------------------
    def action(self, action: str) -> bool:
        """A key/pad action not used by the focus; True if handled."""
        if action == H.BACK:
            self.back()
            return True
        return False

    def back(self) -> None:
        self.game.ui.close(self)

    def event(self, ev: pygame.event.Event) -> bool:
        """Raw mouse input the pygame_gui elements do not take (wheel, drag); a click
        on a slider's track is seen here and passed on."""
        self._slider_click(ev)
        return False

    def update(self, dt: float) -> bool:
        """Animate; True if the picture changed."""
        return False

    def draw_under(self, canvas: pygame.Surface) -> None:
        """Drawn after the backdrop, before the pygame_gui elements."""

    def draw_over(self, canvas: pygame.Surface) -> None:
        """Drawn after the pygame_gui elements (and the sliders' fill)."""

    def describe(self) -> dict[str, Any]:
        """What tests and the state file learn about this screen."""
        return {"menu": self.name}
