"""Whether a line fits its box: the text box shrinks a long line down to MIN_TEXT_SIZE;
past that it would spill, so lint reports it instead (Ren'Py's lint checks text too)."""
from __future__ import annotations

from typing import Final

from .text import layout
from .textbox import CENTERED_H, CENTERED_W, MIN_TEXT_SIZE, TEXT_H, TEXT_SIZE, TEXT_W

CENTERED_SIZE: Final = round(TEXT_SIZE * 1.15)


def overflow(text: str, kind: str = "say") -> int:
    """Canvas pixels by which `text` (with tags) overflows its box at the smallest
    text size; 0 when it fits. `kind` is a Say event's: say, narration or centered."""
    import pygame

    if not pygame.font.get_init():
        pygame.font.init()
    if kind == "centered":
        width, height, size = CENTERED_W, CENTERED_H, CENTERED_SIZE
    else:
        width, height, size = TEXT_W, TEXT_H, TEXT_SIZE
    lay = layout(text, width, size=size, max_height=height, min_size=MIN_TEXT_SIZE)
    return max(0, lay.height - height)
