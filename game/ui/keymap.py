"""The key bindings, as tables: what each key does while reading and anywhere, and
what the gamepad's buttons mean. The reading input (game/app/reading.py) and the window
(game/app/) look keys up here, and the Help screen is drawn from the same tables, so
it cannot drift from what the keys really do."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

import pygame

from . import hands as H

# actions while reading (the window's reading controller, game/app/reading.py, runs them)
PROCEED, GAME_MENU, SKIP, AUTO, HIDE, SCREENSHOT = (
    "proceed", "game_menu", "skip", "auto", "hide", "screenshot")
ROLL_BACK, ROLL_FORWARD = H.ROLL_BACK, H.ROLL_FORWARD
# anywhere (the window runs them)
FULLSCREEN, RELOAD_ART, HELP, RELOAD_STORY = "fullscreen", "reload_art", "help", "reload_story"
VOICING, ACCESSIBILITY = "voicing", "accessibility"


@dataclass(frozen=True, slots=True)
class Binding:
    keys: tuple[int, ...]
    action: str
    what: str  # for the Help screen, in a player's words
    alt: bool = False  # with Alt held
    shift: bool = False  # only with Shift held (and neither Ctrl nor Alt)


READING: Final = (
    Binding((pygame.K_SPACE, pygame.K_RETURN, pygame.K_KP_ENTER), PROCEED,
            "Next line (finish the one typing); pick the choice in focus"),
    Binding((pygame.K_ESCAPE,), GAME_MENU, "Game menu (ends the credits)"),
    Binding((pygame.K_TAB,), SKIP, "Skip read text on or off"),
    Binding((pygame.K_a,), AUTO, "Auto-forward on or off"),
    Binding((pygame.K_h,), HIDE, "Hide the text box (any key brings it back)"),
    Binding((pygame.K_s,), SCREENSHOT, "Screenshot"),
    Binding((pygame.K_PAGEUP,), ROLL_BACK, "Roll back to the line before"),
    Binding((pygame.K_PAGEDOWN,), ROLL_FORWARD, "Roll forward again"),
)
# Held keys and number keys, read by the reading input itself.
READING_HELD: Final = (
    ("Ctrl (held)", "Skip while held"),
    ("1 - 9", "Pick a choice by its number"),
    ("Arrows", "Move between choices"),
)
ANYWHERE: Final = (
    Binding((pygame.K_F1,), HELP, "This help"),
    Binding((pygame.K_f, pygame.K_F11), FULLSCREEN, "Fullscreen on or off"),
    Binding((pygame.K_RETURN,), FULLSCREEN, "Fullscreen on or off", alt=True),
    Binding((pygame.K_F5,), RELOAD_ART, "Reload the art packs"),
    Binding((pygame.K_v,), VOICING, "Self-voicing on or off (as in Ren'Py)"),
    Binding((pygame.K_a,), ACCESSIBILITY, "Accessibility options", shift=True),
    Binding((pygame.K_r,), RELOAD_STORY, "Reload the story and its art (writers)", shift=True),
)
MOUSE: Final = (
    ("Left click", "Next line; pick a choice or a button"),
    ("Right click", "Game menu; in a menu, back"),
    ("Middle click", "Hide the text box"),
    ("Wheel up / down", "Roll back / forward"),
)
# Actions that share a description share a row on the Help screen.
MENU_WHAT: Final = {
    H.CONFIRM: "Select", H.BACK: "Back (no, in a question)", H.UP: "Move between items",
    H.DOWN: "Move between items", H.LEFT: "Move; lower a slider",
    H.RIGHT: "Move; raise a slider", H.PAGE_PREV: "Page before / after",
    H.PAGE_NEXT: "Page before / after", H.DELETE: "Delete the save in focus",
    H.HOME: "First / last item", H.END: "First / last item",
}
PAD_WHAT: Final = {
    H.CONFIRM: "Next line; select", H.BACK: "Game menu; back",
    H.UP: "Move between items", H.DOWN: "Move between items",
    H.LEFT: "Move; lower a slider", H.RIGHT: "Move; raise a slider",
    H.ROLL_BACK: "Roll back / forward (menus: page)",
    H.ROLL_FORWARD: "Roll back / forward (menus: page)",
}
PAD_NAMES: Final = {
    pygame.CONTROLLER_BUTTON_A: "A", pygame.CONTROLLER_BUTTON_B: "B",
    pygame.CONTROLLER_BUTTON_START: "Start",
    pygame.CONTROLLER_BUTTON_DPAD_UP: "D-pad \u2191",
    pygame.CONTROLLER_BUTTON_DPAD_DOWN: "D-pad \u2193",
    pygame.CONTROLLER_BUTTON_DPAD_LEFT: "D-pad \u2190",
    pygame.CONTROLLER_BUTTON_DPAD_RIGHT: "D-pad \u2192",
    pygame.CONTROLLER_BUTTON_LEFTSHOULDER: "LB",
    pygame.CONTROLLER_BUTTON_RIGHTSHOULDER: "RB",
}


def _find(table: tuple[Binding, ...], ev: pygame.event.Event) -> str | None:
    mod = getattr(ev, "mod", 0)
    alt = bool(mod & pygame.KMOD_ALT)
    shift_only = bool(mod & pygame.KMOD_SHIFT) and not mod & (pygame.KMOD_CTRL | pygame.KMOD_ALT)
    for b in table:  # a binding without Alt takes the key with Alt too, as before
        if b.shift and not shift_only:
            continue
        if ev.key in b.keys and (alt or not b.alt):
            return b.action
    return None


def reading_action(ev: pygame.event.Event) -> str | None:
    """What a key pressed while reading does (READING), or None."""
    return _find(READING, ev)


def anywhere_action(ev: pygame.event.Event) -> str | None:
    """What a key does on every screen (ANYWHERE), or None."""
    return _find(ANYWHERE, ev)


def key_names(b: Binding) -> str:
    names = [_key_name(k) for k in b.keys]
    prefix = "Alt+" if b.alt else "Shift+" if b.shift else ""
    return " / ".join(prefix + n for n in names)


def _key_name(k: int) -> str:
    special = {pygame.K_KP_ENTER: "Keypad Enter", pygame.K_RETURN: "Enter",
               pygame.K_ESCAPE: "Esc", pygame.K_PAGEUP: "Page Up",
               pygame.K_PAGEDOWN: "Page Down", pygame.K_BACKSPACE: "Backspace"}
    if k in special:
        return special[k]
    name = pygame.key.name(k)
    return name.upper() if len(name) == 1 else name.title()


def help_sections() -> list[tuple[str, list[tuple[str, str]]]]:
    """(heading, [(keys or button, what it does)]) for the Help screen, made from the
    tables above and hands.py's menu and gamepad tables."""
    reading = [(key_names(b), b.what) for b in READING] + list(READING_HELD)
    anywhere = _rows((key_names(b), b.what) for b in ANYWHERE)
    menu_rows = _rows((_key_name(k), MENU_WHAT[a]) for k, a in H.menu_keys().items()
                      if a in MENU_WHAT)
    menu_rows.insert(0, ("Tab / Shift+Tab", "Next / previous item"))
    pad_rows = _rows((PAD_NAMES.get(b, f"Button {b}"), PAD_WHAT[a])
                     for b, a in H.pad_buttons().items() if a in PAD_WHAT)
    return [("Reading", reading), ("Anywhere", anywhere), ("Menus", menu_rows),
            ("Gamepad", pad_rows), ("Mouse", list(MOUSE))]


def _rows(pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """(keys, what) rows, the keys of one description joined in one row."""
    by_what: dict[str, list[str]] = {}
    for keys, what in pairs:
        by_what.setdefault(what, []).append(keys)
    return [(" / ".join(keys), what) for what, keys in by_what.items()]
