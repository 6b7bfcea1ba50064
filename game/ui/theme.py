"""Loads game/ui/theme.json for a window: font files resolved to our bundled fonts,
sizes scaled from canvas pixels (1920x1080) to the window."""
from __future__ import annotations

import copy
import json
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

from ..render.fonts import FONT_DIR
from ..render.palette import (  # noqa: F401
    BRIGHT_RED,
    CONTRAST_FOCUS,
    DAMAGED,
    DIM_INK,
    FAINT_INK,
    FRAME,
    INK,
    PANEL,
    RED,
    TILE,
    WHITE,
)

THEME_PATH: Final = Path(__file__).resolve().parent / "theme.json"

# Colours the custom-drawn parts share with the theme: the palette's (screens import
# them from here).
FOCUS: Final = WHITE

_SCALED_MISC: Final = ("border_width", "text_horiz_alignment_padding", "sliding_button_width")


@lru_cache(maxsize=1)
def _raw() -> dict[str, Any]:
    with open(THEME_PATH, encoding="utf-8") as f:
        data = json.load(f)
    return {k: v for k, v in data.items() if not k.startswith("_")}


# High contrast (Accessibility): white on black, the hovered or chosen item black on
# yellow, every border white.
_CONTRAST: Final = {
    "normal_bg": "#000000FF", "dark_bg": "#000000FF", "disabled_bg": "#000000FF",
    "hovered_bg": "#FFE600FF", "selected_bg": "#FFE600FF", "active_bg": "#FFE600FF",
    "normal_text": "#FFFFFF", "disabled_text": "#B4B4B4", "hovered_text": "#000000",
    "selected_text": "#000000", "active_text": "#000000",
    "normal_border": "#FFFFFF", "hovered_border": "#FFFFFF", "disabled_border": "#8C8C8C",
    "selected_border": "#FFFFFF", "active_border": "#FFFFFF",
    "filled_bar": "#FFE600", "unfilled_bar": "#000000",
}


def theme_for(scale: float, high_contrast: bool = False) -> dict[str, Any]:
    """The theme as a dict pygame_gui can load, for a canvas drawn at `scale`."""
    data = copy.deepcopy(_raw())
    if high_contrast:
        for block in data.values():
            colours = block.setdefault("colours", {})
            for key in list(colours) + (list(_CONTRAST) if block is data.get("defaults")
                                        else []):
                if key in _CONTRAST:
                    colours[key] = _CONTRAST[key]
            misc = block.get("misc")
            if isinstance(misc, dict) and misc.get("border_width") == "0":
                misc["border_width"] = "2"
    for block in data.values():
        font = block.get("font")
        if isinstance(font, dict):
            font["size"] = str(max(9, round(int(font["size"]) * scale)))
            for key in ("regular_path", "bold_path", "italic_path", "bold_italic_path"):
                if key in font:
                    font[key] = str(FONT_DIR / font[key])
        misc = block.get("misc")
        if isinstance(misc, dict):
            for key in _SCALED_MISC:
                if key in misc:
                    v = int(misc[key])
                    misc[key] = str(0 if v == 0 else max(1, round(v * scale)))
    return data
