"""Keys, buttons and pad actions while reading: the part of the window that turns the
reader's hands into story actions (the game's `reading` controller)."""
from __future__ import annotations

from typing import TYPE_CHECKING

import pygame

from ..ui import hands as H
from ..ui import keymap as KM

if TYPE_CHECKING:
    from . import Game


class Reading:
    """The game's handling of input while a reading is on screen (menus are game/ui/)."""

    def __init__(self, game: Game) -> None:
        self.game = game

    def game_action(self, action: str) -> None:
        """A gamepad action while reading."""
        g = self.game
        s = g.session
        assert s is not None
        menu = s.screen.choice_menu
        if s.hide_ui:
            s.hide_ui = False
        elif action == H.CONFIRM:
            if menu is not None:
                s.choose(menu.focus)
            else:
                s.proceed()
        elif action == H.BACK and s.finished:
            s.proceed()  # ends the credits: back to the title
        elif action == H.BACK:
            self.open_game_menu()
        elif action in (H.UP, H.DOWN, H.LEFT, H.RIGHT) and menu is not None:
            menu.move(-1 if action in (H.UP, H.LEFT) else 1)
        elif action == H.ROLL_BACK:
            s.roll_back()
        elif action == H.ROLL_FORWARD:
            s.roll_forward()
        g.dirty = True

    def game_event(self, ev: pygame.event.Event) -> None:  # noqa: C901
        g = self.game
        s = g.session
        assert s is not None
        t = ev.type
        screen = s.screen
        menu = screen.choice_menu
        if t == pygame.KEYUP:
            s.key_up(ev)
            return
        if t == pygame.KEYDOWN:
            k = ev.key
            if s.hide_ui and k not in (pygame.K_LCTRL, pygame.K_RCTRL):
                s.hide_ui = False
                g.dirty = True
                return
            s.key_down(ev)
            bound = KM.reading_action(ev)
            if menu is not None and k in (pygame.K_UP, pygame.K_LEFT, pygame.K_DOWN,
                                          pygame.K_RIGHT) or (menu is not None and
                                                              k == pygame.K_TAB):
                back = k in (pygame.K_UP, pygame.K_LEFT) or (
                    k == pygame.K_TAB and ev.mod & pygame.KMOD_SHIFT)
                menu.move(-1 if back else 1)
            elif menu is not None and bound == KM.PROCEED:
                s.choose(menu.focus)
            elif menu is not None and pygame.K_1 <= k <= pygame.K_9:
                s.choose(k - pygame.K_1)
            elif bound is not None:
                self.reading_do(bound)
            g.dirty = True
            return
        if t == pygame.MOUSEWHEEL:
            if ev.y > 0:
                s.roll_back()
            elif ev.y < 0:
                s.roll_forward()
            return
        if t == pygame.MOUSEMOTION:
            pos = g.view.to_canvas_surface(ev.pos)
            if menu is not None:
                k = menu.at(pos)
                if k != menu.hover:
                    menu.hover = k
                    if k is not None:
                        menu.focus = k
                    g.dirty = True
            if not s.hide_ui and g.quick.set_hover(pos):
                g.dirty = True
            return
        if t == pygame.MOUSEBUTTONDOWN:
            pos = g.view.to_canvas_surface(ev.pos)
            if s.hide_ui:
                s.hide_ui = False
                g.dirty = True
                return
            if ev.button == 1:
                if s.finished:
                    s.proceed()
                elif g.quick.click(pos):
                    pass
                elif menu is not None:
                    k = menu.at(pos)
                    if k is not None:
                        s.choose(k)
                else:
                    s.proceed()
            elif ev.button == 2:
                s.hide_ui = True
            elif ev.button == 3:
                if s.finished:
                    s.proceed()
                else:
                    self.open_game_menu()
            g.dirty = True

    def reading_do(self, action: str) -> None:
        """A bound key's action (keymap.READING) while reading."""
        g = self.game
        s = g.session
        assert s is not None
        if action == KM.GAME_MENU:
            if s.finished:
                s.proceed()  # ends the credits (or the end card): back to the title
            else:
                self.open_game_menu()
        elif action == KM.PROCEED:
            s.proceed()
        elif action == KM.SKIP:
            s.toggle_skip()
        elif action == KM.AUTO:
            s.toggle_auto()
        elif action == KM.HIDE:
            s.hide_ui = True
        elif action == KM.SCREENSHOT:
            g.saving.screenshot()
        elif action == KM.ROLL_BACK:
            s.roll_back()
        elif action == KM.ROLL_FORWARD:
            s.roll_forward()

    def quick_press(self, name: str) -> None:
        g = self.game
        s = g.session
        if s is None:
            return
        if name == "Back":
            s.roll_back()
        elif name == "History":
            from ..ui.screens.history import HistoryScreen

            g.ui.open(HistoryScreen(g))
        elif name == "Skip":
            s.toggle_skip()
        elif name == "Auto":
            s.toggle_auto()
        elif name == "Save":
            from ..ui.screens.saveload import SaveLoadScreen

            g.ui.open(SaveLoadScreen(g, saving=True))
        elif name == "Q.Save":
            g.saving.quick_save()
        elif name == "Q.Load":
            g.saving.quick_load()
        elif name == "Prefs":
            from ..ui.screens.preferences import PreferencesScreen

            g.ui.open(PreferencesScreen(g))
        g.dirty = True

    def open_game_menu(self) -> None:
        g = self.game
        from ..ui.screens.game_menu import GameMenu

        s = g.session
        if s is not None:
            s.stop_skipping()
            s.auto = False
        g.ui.open(GameMenu(g))
