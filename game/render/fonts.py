"""Our bundled fonts (DejaVu, see fonts/LICENSE-DejaVu.txt; OpenDyslexic, the reader's
dyslexia-friendly choice, see fonts/LICENSE-OpenDyslexic.txt), cached by style and size."""
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
    ("dyslexic", False, False): "OpenDyslexic-Regular.otf",
    ("dyslexic", True, False): "OpenDyslexic-Bold.otf",
    ("dyslexic", False, True): "OpenDyslexic-Italic.otf",
    ("dyslexic", True, True): "OpenDyslexic-BoldItalic.otf",
}
DYSLEXIC: Final = "dyslexic"  # the family name of the dyslexia-friendly font


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


_PROJECT: list[Path] = []  # the project folder whose fonts {font=...} may name


def set_project_root(root: Path | None) -> None:
    """The folder {font=...} and gui fonts are looked up in (render/look.py sets it)."""
    _PROJECT[:] = [root] if root is not None else []
    project_font.cache_clear()


@lru_cache(maxsize=64)
def project_font(name: str) -> str | None:
    """A {font=NAME} file: inside the project folder (never outside it, links
    included), else our bundled font of that name; None if there is neither."""
    import logging

    base = _PROJECT[0].resolve() if _PROJECT else None
    if base is not None and not Path(name).is_absolute() and ".." not in Path(name).parts:
        try:
            path = (base / name).resolve()
            path.relative_to(base)
            if path.is_file():
                return str(path)
        except (ValueError, OSError, RuntimeError):
            logging.getLogger("game.render").warning(
                "the font %r is outside the project folder; not used", name)
            return None
    ours = FONT_DIR / Path(name).name
    if "/" not in name and "\\" not in name and ours.is_file():
        return str(ours)
    return None
