"""Whether a line fits its box: the text box grows upwards for a long line, up to
TEXT_TOP_MOST, at the reader's text size; past that the game would have to shrink the
text below the size the reader chose, so lint reports the line instead, measured at the
largest text size a reader can choose (Ren'Py's lint checks text too)."""
from __future__ import annotations

from typing import Final

from ..userdata.prefs import TEXT_SIZE_RANGE
from .text import layout
from .textbox import CENTERED_H, CENTERED_W, MOST_TEXT_H, TEXT_SIZE, TEXT_W

LARGEST: Final = TEXT_SIZE_RANGE[1]  # the largest text size a reader can choose
CENTERED_SIZE: Final = round(TEXT_SIZE * 1.15)


def overflow(text: str, kind: str = "say", scale: float = LARGEST) -> int:
    """Canvas pixels by which `text` (with tags) overflows its box at the text size
    `scale` (default: the largest a reader can choose) without shrinking; 0 when it
    fits. `kind` is a Say event's: say, narration or centered."""
    import pygame

    if not pygame.font.get_init():
        pygame.font.init()
    if kind == "centered":
        width, height, size = CENTERED_W, CENTERED_H, CENTERED_SIZE
    else:
        width, height, size = TEXT_W, MOST_TEXT_H, TEXT_SIZE
    lay = layout(text, width, size=round(size * scale))
    return max(0, lay.height - height)
