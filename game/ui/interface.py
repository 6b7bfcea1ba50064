"""The stack of open menus over the stage, and the one pygame_gui layer they share.

Only the top menu has elements; a menu beneath is rebuilt when it is uncovered.
pygame_gui draws only while a menu is open, and only when something changed."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pygame
import pygame_gui

from . import hands as H
from .screens.base import SNAPSHOT, TITLE_ART, Menu
from .widgets import FocusRing, MenuLayer, shade

if TYPE_CHECKING:
    from .host import Host

HOVER_SETTLE_S = 0.25  # keep redrawing this long after input (hover colours)
BLUR_FACTOR = 12  # the backdrop is shrunk this many times and smoothed back up
BACKDROP_SHADE = (8, 3, 6, 190)


def soften(pic: pygame.Surface) -> pygame.Surface:
    """A menu's backdrop from a picture: blurred (down- and up-scaled twice) and
    darkened, so the menu reads over any scene."""
    w, h = pic.get_size()
    small = (max(1, w // BLUR_FACTOR), max(1, h // BLUR_FACTOR))
    out = pygame.transform.smoothscale(pic, small)
    out = pygame.transform.smoothscale(out, (max(1, w // 4), max(1, h // 4)))
    out = pygame.transform.smoothscale(out, (w, h))
    shade(out, color=BACKDROP_SHADE)
    return out


class Interface:
    def __init__(self, game: Host) -> None:
        self.game = game
        self.stack: list[Menu] = []
        self.focus = FocusRing()
        self.layer: MenuLayer | None = None
        self._size: tuple[int, int] = (0, 0)
        self._offset: tuple[int, int] = (0, 0)
        self._scale = 1.0
        self._snapshots: dict[int, pygame.Surface] = {}
        self._live = 0.0  # seconds left of redrawing after input
        self._backdrop: tuple[tuple, pygame.Surface] | None = None  # (key, picture)
        self.high_contrast = bool(game.prefs.high_contrast)
        self.dirty = True

    # -- the stack -----------------------------------------------------------------
    @property
    def top(self) -> Menu | None:
        return self.stack[-1] if self.stack else None

    @property
    def is_open(self) -> bool:
        return bool(self.stack)

    @property
    def typing(self) -> bool:
        """The top menu takes typed text (a save's name): keys are letters, not
        shortcuts."""
        top = self.top
        if top is None:
            return False
        if getattr(top, "takes_text", False):
            return True
        if self.layer is None:  # or a text field has the keyboard
            return False
        from pygame_gui.elements import UITextEntryLine

        return any(isinstance(e, UITextEntryLine) and e.is_focused
                   for e in self.layer.get_root_container().elements)

    def find(self, name: str) -> Menu | None:
        for m in self.stack:
            if m.name == name:
                return m
        return None

    def open(self, menu: Menu) -> Menu:
        if menu.modal:
            self._snapshots[id(menu)] = self.game.frame_copy()
        self._remember_focus()
        self.stack.append(menu)
        self.rebuild()
        self.game.state_changed()
        return menu

    def close(self, menu: Menu | None = None) -> None:
        if not self.stack:
            return
        menu = menu or self.stack[-1]
        if menu not in self.stack:
            return
        k = self.stack.index(menu)
        for m in self.stack[k:]:
            self._snapshots.pop(id(m), None)
        del self.stack[k:]
        if not self.stack:
            self._backdrop = None  # the game goes on: its next menu pictures it anew
        self.rebuild()
        self.game.state_changed()

    def close_all(self) -> None:
        self.stack.clear()
        self._snapshots.clear()
        self._backdrop = None
        self.rebuild()
        self.game.state_changed()

    def replace_all(self, menu: Menu) -> Menu:
        self.stack.clear()
        self._snapshots.clear()
        self._backdrop = None
        return self.open(menu)

    # -- layout --------------------------------------------------------------------
    def resize(self, size: tuple[int, int], scale: float, offset: tuple[int, int]) -> None:
        if (size, scale) != (self._size, self._scale) or self.layer is None:
            self._size, self._scale = size, scale
            self.layer = None  # made again, with fonts at the new scale, when needed
        self._offset = offset
        if self.layer is not None:
            self.layer.offset = offset
        self._snapshots.clear()  # pictures of the old size
        self._backdrop = None
        if self.stack:
            self.rebuild()

    def _ensure_layer(self) -> MenuLayer:
        if self.layer is None:
            self.layer = MenuLayer(self._size, self._scale, self._offset, self.high_contrast)
        return self.layer

    def contrast(self, on: bool) -> None:
        """High contrast switched: the menus are themed again (white on black)."""
        if bool(on) != self.high_contrast:
            self.high_contrast = bool(on)
            self.layer = None
            self._backdrop = None
            if self.stack:
                self.rebuild()

    def relabel(self) -> None:
        """The interface's words changed (another language, or its catalogue edited and
        reloaded): the open menu is built again in them, its focus kept."""
        if self.stack:
            self._remember_focus()
            self.rebuild()

    def _remember_focus(self) -> None:
        top = self.top
        cur = self.focus.current
        if top is not None and cur is not None:
            top.focus_name = cur.name

    def rebuild(self) -> None:
        if self.layer is not None:
            self.layer.clear_and_reset()
        shown = self.focus.shown
        self.focus.clear()
        self.focus.shown = shown
        top = self.top
        if top is not None:
            layer = self._ensure_layer()
            top.attach(layer, self.focus)
            if top.focus_name:
                self.focus.focus(top.focus_name)
            if self.focus.current is not None and not self.focus.current.enabled:
                self.focus.action(H.NEXT)
            layer.update(0.0)  # pygame_gui finishes building the elements' images
        self.dirty = True

    # -- input ---------------------------------------------------------------------
    def handle(self, ev: pygame.event.Event) -> bool:
        """Give an event to the open menu; True if it was used."""
        top = self.top
        if top is None:
            return False
        layer = self._ensure_layer()
        t = ev.type
        if self.typing and t in (pygame.KEYDOWN, pygame.TEXTINPUT):
            self._touch()
            text_event = getattr(top, "text_event", None)
            if text_event is not None:
                return bool(text_event(ev))
            layer.process_events(ev)  # a text field of pygame_gui's own has the keyboard
            return True
        if t == pygame_gui.UI_BUTTON_PRESSED:
            item = self.focus.find(ev.ui_element)
            if item is not None and item.activate is not None:
                self.focus.index = self.focus.items.index(item)
                self.focus.shown = False
                item.activate()
            self._touch()
            return True
        if t == pygame_gui.UI_HORIZONTAL_SLIDER_MOVED:
            item = self.focus.find(ev.ui_element)
            if item is not None and item.on_value is not None:
                item.on_value(ev.value)
            self._touch()
            return True
        if t in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP, pygame.MOUSEMOTION,
                 pygame.MOUSEWHEEL):
            self._touch()
            if t == pygame.MOUSEMOTION:
                self.focus.shown = False
            if t == pygame.MOUSEBUTTONDOWN and ev.button == 3:
                return self.action(H.BACK)
            if top.event(ev):
                return True
            layer.process_events(ev)
            return True
        if t == pygame.KEYDOWN:
            action = H.key_action(ev)
            if action is not None:
                return self.action(action)
            layer.process_events(ev)
            return False
        return False

    def action(self, action: str) -> bool:
        top = self.top
        if top is None:
            return False
        self._touch()
        if top.action(action):  # a menu may take arrows itself (history scrolling)
            return True
        return self.focus.action(action)

    def _touch(self) -> None:
        self._live = HOVER_SETTLE_S
        self.dirty = True

    # -- time and drawing ----------------------------------------------------------
    def update(self, dt: float) -> bool:
        top = self.top
        if top is None:
            return False
        changed = top.update(dt)
        if self._live > 0 or changed:
            self._ensure_layer().update(dt)
            self._live = max(0.0, self._live - dt)
            changed = True
        if changed:
            self.dirty = True
        return changed

    def draw(self, canvas: pygame.Surface) -> None:
        top = self.top
        if top is None:
            return
        if self.high_contrast and (top.backdrop != TITLE_ART or top.veil):
            canvas.fill((0, 0, 0))  # nothing behind a page: white on plain black
        elif top.backdrop == TITLE_ART:
            if top.veil:  # a page of text: the art softened and darkened behind it
                canvas.blit(self._menu_backdrop("title", self.game.draw_title_art,
                                                self.game.title_art_settled()), (0, 0))
            else:
                self.game.draw_title_art(canvas)
        elif top.backdrop == SNAPSHOT and id(top) in self._snapshots:
            canvas.blit(self._snapshots[id(top)], (0, 0))
            shade(canvas, color=(6, 2, 4, 170))
        else:  # the scene, blurred and darkened, as Ren'Py's game menu shows it
            own = self.game.gui_background("game_menu", canvas.get_size())
            if own is not None:  # a Ren'Py project's gui/game_menu.png instead
                canvas.blit(own, (0, 0))
            else:
                canvas.blit(self._menu_backdrop("game", self.game.draw_game_frame), (0, 0))
        top.draw_under(canvas)
        self._ensure_layer().draw_ui(canvas)
        top.draw_controls(canvas)
        top.draw_over(canvas)
        self.focus.draw(canvas, self._scale, self.high_contrast)
        self.dirty = False

    def _menu_backdrop(self, kind: str, draw: Any, keep: bool = True) -> pygame.Surface:
        """The picture behind a menu: `draw`n once, blurred and darkened, kept while
        menus stay open (the scene beneath does not move meanwhile)."""
        key = (kind, self._size)
        if self._backdrop is not None and self._backdrop[0] == key:
            return self._backdrop[1]
        pic = pygame.Surface(self._size)
        draw(pic)
        pic = soften(pic)
        if keep:
            self._backdrop = (key, pic)
        return pic

    def forget_backdrop(self) -> None:
        """The art changed (packs): the next frame pictures it again."""
        self._backdrop = None

    def describe(self) -> dict[str, Any]:
        top = self.top
        d: dict[str, Any] = top.describe() if top is not None else {"menu": None}
        cur = self.focus.current
        d["focus"] = cur.name if cur is not None and top is not None else None
        d["stack"] = [m.name for m in self.stack]
        return d
