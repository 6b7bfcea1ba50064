"""The Scars Run Deep: a small Ren'Py-style visual novel engine."""
from __future__ import annotations

__version__ = "0.1.0"
# The window class (X11 WM_CLASS) the desktop and xdotool know the game by.
APP_ID = "scarsrundeep"
