"""Our bundled fonts (DejaVu, see fonts/LICENSE-DejaVu.txt), cached by style and size."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Final

import pygame

FONT_DIR: Final = Path(__file__).resolve().parent.parent / "fonts"
_FILES: Final = {
    ("serif", False, False): "DejaVuSerif.ttf",
    ("serif", True, False): "DejaVuSerif-Bold.ttf",
    ("serif", False, True): "DejaVuSerif-Italic.ttf",
    ("serif", True, True): "DejaVuSerif-BoldItalic.ttf",
    ("sans", False, False): "DejaVuSans.ttf",
    ("sans", True, False): "DejaVuSans-Bold.ttf",
    ("sans", False, True): "DejaVuSans.ttf",
    ("sans", True, True): "DejaVuSans-Bold.ttf",
}


@lru_cache(maxsize=256)
def font(family: str, size: int, bold: bool = False, italic: bool = False) -> pygame.font.Font:
    if not pygame.font.get_init():
        pygame.font.init()
    if (family, bold, italic) not in _FILES:  # a project's font file (render/look.py)
        try:
            f = pygame.font.Font(family, max(6, int(size)))
        except (pygame.error, OSError, ValueError):
            return font("sans", size, bold, italic)  # unreadable: ours instead
        f.bold, f.italic = bold, italic  # one file: SDL_ttf emboldens and slants it
        return f
    path = FONT_DIR / _FILES[(family, bold, italic)]
    f = pygame.font.Font(str(path), max(6, int(size)))
    if family == "sans" and italic:
        f.italic = True  # no sans italic file bundled: let SDL_ttf slant it
    return f
