"""Makes the window icon, game/icon.png, from our title art (art/gui/title.svg): the
woman of blood's profile, cropped square, with a thin red rim. Run after the title art
changes:  .venv/bin/python tools/make_icon.py"""
from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "art" / "gui" / "title.svg"
OUT = ROOT / "game" / "icon.png"
SIZE = 64
CROP = (1130, 40, 760, 760)  # x, y, w, h in the 1920x1080 art: the profile


def make_icon(source: Path = SOURCE, size: int = SIZE):  # -> pygame.Surface
    import pygame

    pygame.display.init()
    art = pygame.image.load_sized_svg(str(source), (1920, 1080))
    icon = pygame.transform.smoothscale(art.subsurface(CROP), (size, size))
    rim = max(1, size // 32)
    pygame.draw.rect(icon, (168, 22, 40), icon.get_rect(), rim)
    return icon


def main() -> int:
    import pygame

    out = Path(sys.argv[1]) if len(sys.argv) > 1 else OUT
    pygame.image.save(make_icon(), str(out))
    print(out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
