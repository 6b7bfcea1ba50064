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
    from ..app import Game

HOVER_SETTLE_S = 0.25  # keep redrawing this long after input (hover colours)


class Interface:
    def __init__(self, game: "Game") -> None:
        self.game = game
        self.stack: list[Menu] = []
        self.focus = FocusRing()
        self.layer: MenuLayer | None = None
        self._size: tuple[int, int] = (0, 0)
        self._offset: tuple[int, int] = (0, 0)
        self._scale = 1.0
        self._snapshots: dict[int, pygame.Surface] = {}
        self._live = 0.0  # seconds left of redrawing after input
        self.dirty = True

    # -- the stack -----------------------------------------------------------------
    @property
    def top(self) -> Menu | None:
        return self.stack[-1] if self.stack else None

    @property
    def is_open(self) -> bool:
        return bool(self.stack)

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
        self.rebuild()
        self.game.state_changed()

    def close_all(self) -> None:
        self.stack.clear()
        self._snapshots.clear()
        self.rebuild()
        self.game.state_changed()

    def replace_all(self, menu: Menu) -> Menu:
        self.stack.clear()
        self._snapshots.clear()
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
        if self.stack:
            self.rebuild()

    def _ensure_layer(self) -> MenuLayer:
        if self.layer is None:
            self.layer = MenuLayer(self._size, self._scale, self._offset)
        return self.layer

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
        if top.backdrop == TITLE_ART:
            self.game.draw_title_art(canvas)
            if top.veil:
                shade(canvas, color=(6, 2, 4, 200))
        elif top.backdrop == SNAPSHOT and id(top) in self._snapshots:
            canvas.blit(self._snapshots[id(top)], (0, 0))
            shade(canvas, color=(6, 2, 4, 170))
        else:
            self.game.draw_game_frame(canvas)
            shade(canvas, color=(8, 3, 6, 215))
        top.draw_under(canvas)
        self._ensure_layer().draw_ui(canvas)
        top.draw_over(canvas)
        self.focus.draw(canvas, self._scale)
        self.dirty = False

    def describe(self) -> dict[str, Any]:
        top = self.top
        d: dict[str, Any] = top.describe() if top is not None else {"menu": None}
        cur = self.focus.current
        d["focus"] = cur.name if cur is not None and top is not None else None
        d["stack"] = [m.name for m in self.stack]
        return d
