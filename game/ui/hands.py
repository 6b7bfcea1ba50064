"""What the player's hands mean: keys, mouse buttons and a gamepad, as actions.

Menus and the game both take actions, so every screen works alike with a
keyboard, a mouse or a gamepad (Ren'Py's default bindings)."""
from __future__ import annotations

from typing import Final

import pygame

UP, DOWN, LEFT, RIGHT = "up", "down", "left", "right"
NEXT, PREV = "next", "prev"  # Tab, Shift+Tab
CONFIRM, BACK = "confirm", "back"
PAGE_PREV, PAGE_NEXT = "page_prev", "page_next"
DELETE = "delete"
ROLL_BACK, ROLL_FORWARD = "roll_back", "roll_forward"
HOME, END = "home", "end"

_KEYS: Final = {
    pygame.K_UP: UP, pygame.K_DOWN: DOWN, pygame.K_LEFT: LEFT, pygame.K_RIGHT: RIGHT,
    pygame.K_RETURN: CONFIRM, pygame.K_KP_ENTER: CONFIRM, pygame.K_SPACE: CONFIRM,
    pygame.K_ESCAPE: BACK, pygame.K_BACKSPACE: BACK,
    pygame.K_PAGEUP: PAGE_PREV, pygame.K_PAGEDOWN: PAGE_NEXT,
    pygame.K_DELETE: DELETE, pygame.K_HOME: HOME, pygame.K_END: END,
}

# SDL GameController buttons (Xbox layout: A confirms, B goes back).
_PAD: Final = {
    pygame.CONTROLLER_BUTTON_A: CONFIRM,
    pygame.CONTROLLER_BUTTON_B: BACK,
    pygame.CONTROLLER_BUTTON_START: BACK,
    pygame.CONTROLLER_BUTTON_DPAD_UP: UP,
    pygame.CONTROLLER_BUTTON_DPAD_DOWN: DOWN,
    pygame.CONTROLLER_BUTTON_DPAD_LEFT: LEFT,
    pygame.CONTROLLER_BUTTON_DPAD_RIGHT: RIGHT,
    pygame.CONTROLLER_BUTTON_LEFTSHOULDER: ROLL_BACK,
    pygame.CONTROLLER_BUTTON_RIGHTSHOULDER: ROLL_FORWARD,
}
# A plain joystick (no controller mapping): buttons 0/1 are usually A/B, 4/5 the shoulders.
_JOY: Final = {0: CONFIRM, 1: BACK, 7: BACK, 4: ROLL_BACK, 5: ROLL_FORWARD}


def menu_keys() -> dict[int, str]:
    """The menus' keys and their actions (for the Help screen)."""
    return dict(_KEYS)


def pad_buttons() -> dict[int, str]:
    """The gamepad's buttons and their actions (for the Help screen)."""
    return dict(_PAD)


def key_action(ev: pygame.event.Event) -> str | None:
    if ev.key == pygame.K_TAB:
        return PREV if ev.mod & pygame.KMOD_SHIFT else NEXT
    return _KEYS.get(ev.key)


def pad_action(ev: pygame.event.Event) -> str | None:
    """A gamepad event as an action, or None."""
    if ev.type == pygame.CONTROLLERBUTTONDOWN:
        return _PAD.get(ev.button)
    if ev.type == pygame.JOYBUTTONDOWN:
        return _JOY.get(ev.button)
    if ev.type == pygame.JOYHATMOTION:
        x, y = ev.value
        if y == 1:
            return UP
        if y == -1:
            return DOWN
        if x == -1:
            return LEFT
        if x == 1:
            return RIGHT
    return None


class Gamepads:
    """Opens gamepads as they are plugged in (controllers where SDL knows the mapping)."""

    def __init__(self) -> None:
        self.open: dict[int, object] = {}
        self._controller = None
        self.started = False

    def start(self) -> None:
        """Start listening for pads (their "added" events follow). The window does this
        after its first frame: SDL's joystick subsystem takes a while to come up."""
        if self.started:
            return
        self.started = True
        try:
            pygame.joystick.init()
            from pygame._sdl2 import controller  # SDL's GameController mappings

            controller.init()
            self._controller = controller
        except Exception:
            self._controller = None

    def added(self, ev: pygame.event.Event) -> None:
        index = getattr(ev, "device_index", None)
        if index is None:
            return
        try:
            if self._controller is not None and self._controller.is_controller(index):
                pad = self._controller.Controller(index)
            else:
                pad = pygame.joystick.Joystick(index)
            self.open[index] = pad
        except Exception:
            pass  # a device that cannot be opened is simply not used

    @property
    def has_controller(self) -> bool:
        """While a device is open as a controller its JOY* events are duplicates."""
        return any(type(p).__name__ == "Controller" for p in self.open.values())
