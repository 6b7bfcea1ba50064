"""What every menu has: elements built in canvas units, focus, actions, a backdrop."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable

import pygame
import pygame_gui
from pygame_gui.core import ObjectID

from .. import hands as H
from ..widgets import Focusable, FocusRing, MenuLayer

if TYPE_CHECKING:
    from ...app import Game

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

    def __init__(self, game: "Game") -> None:
        self.game = game
        self.layer: MenuLayer | None = None
        self.focus: FocusRing | None = None
        self.scale = 1.0
        self.focus_name: str | None = None  # where the focus starts

    # -- building ------------------------------------------------------------------
    def attach(self, layer: MenuLayer, focus: FocusRing) -> None:
        self.layer, self.focus, self.scale = layer, focus, layer.scale
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
        b = pygame_gui.elements.UIButton(self.r(*rect), text, self.layer,
                                         object_id=ObjectID(class_id=cls))
        if not enabled:
            b.disable()
        if focusable:
            assert self.focus is not None
            self.focus.add(Focusable(b, on, adjust, name=name or text))
        return b

    def label(self, rect: tuple[float, float, float, float], text: str,
              cls: str = "@small") -> pygame_gui.elements.UILabel:
        return pygame_gui.elements.UILabel(self.r(*rect), text, self.layer,
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
        return sl

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
        """Raw mouse input the pygame_gui elements do not take (wheel, drag)."""
        return False

    def update(self, dt: float) -> bool:
        """Animate; True if the picture changed."""
        return False

    def draw_under(self, canvas: pygame.Surface) -> None:
        """Drawn after the backdrop, before the pygame_gui elements."""

    def draw_over(self, canvas: pygame.Surface) -> None:
        """Drawn after the pygame_gui elements."""

    def describe(self) -> dict[str, Any]:
        """What tests and the state file learn about this screen."""
        return {"menu": self.name}
