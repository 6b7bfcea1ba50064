"""The game's colours, defined once: the text box, the choices and placeholders drawn
here, and the menus (game/ui/theme.py takes them from here; theme.json holds the same
ink and reds for pygame_gui's widgets)."""
from __future__ import annotations

from typing import Final

INK: Final = (240, 236, 232)  # text on the dark
DIM_INK: Final = (200, 188, 190)
FAINT_INK: Final = (140, 126, 130)
RED: Final = (168, 22, 40)  # the accent: the text box's edge, rules and bars
BRIGHT_RED: Final = (230, 60, 80)  # a lit accent: the 'next' marker, the chosen choice
DARK_RED: Final = (120, 40, 50)  # a missing image's cross
PANEL: Final = (11, 5, 8)  # a dialog's ground
TILE: Final = (24, 12, 16)  # a picture's place while it is empty or locked
FRAME: Final = (70, 30, 38)  # the line round a picture
WHITE: Final = (255, 255, 255)
DAMAGED: Final = (255, 120, 130)  # a damaged save's words
CONTRAST_FOCUS: Final = (255, 230, 0)  # high contrast's yellow: the hovered or chosen item
