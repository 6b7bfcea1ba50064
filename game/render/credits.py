"""The credits roll: the story's credits (game.toml's [credits]) scrolling slowly up
over their image, as the film-style roll of a Ren'Py game's ending. The words are the
story's; this only lays them out and moves them."""
from __future__ import annotations

from typing import Final

import pygame

from ..scene.canvas import CANVAS
from ..script.credits import Credits
from .fonts import font
from .images import BG, ImageStore

HEADING_PX: Final = 30  # canvas pixels
LINE_PX: Final = 40
HEADING_GAP: Final = 14  # between a heading and its first line
SECTION_GAP: Final = 90
FIRST_HEADING_PX: Final = 64  # the first section's heading: the work's name
HEADING_COLOR: Final = (214, 72, 86)
LINE_COLOR: Final = (240, 232, 226)
SHADOW: Final = (0, 0, 0)
VEIL_ALPHA: Final = 120  # darkens the image behind the roll so the words stay legible
VEIL_BAND: Final = 64  # pixels: the veil is drawn in bands this tall


class CreditsRoll:
    """Scrolls `credits` from below the bottom edge until the last line leaves the top,
    in `credits.seconds`. `update(dt)` moves it; `done` says it has rolled out."""

    def __init__(self, credits: Credits, images: ImageStore) -> None:
        self.credits = credits
        self.images = images
        self.elapsed = 0.0
        self.skipped = False
        self._scale = -1.0
        self._strip: pygame.Surface | None = None
        self._veil: pygame.Surface | None = None  # the backdrop, see backdrop()

    # -- time ----------------------------------------------------------------------
    def update(self, dt: float) -> None:
        self.elapsed += max(0.0, dt)

    def skip(self) -> None:
        self.skipped = True

    @property
    def progress(self) -> float:
        """0 as the first line enters at the bottom, 1 as the last leaves at the top."""
        return min(1.0, self.elapsed / max(1e-6, self.credits.seconds))

    @property
    def done(self) -> bool:
        return self.skipped or self.progress >= 1.0

    # -- drawing -------------------------------------------------------------------
    def strip(self) -> pygame.Surface:
        """Every line of the credits, laid out once per scale, centred, top to bottom."""
        s = self.images.scale
        if self._strip is None or abs(s - self._scale) > 1e-6:
            self._scale = s
            self._strip = self._layout(s)
            self._veil = None
        return self._strip

    def _layout(self, s: float) -> pygame.Surface:
        width = round(CANVAS[0] * s)
        pieces: list[tuple[pygame.Surface, int]] = []  # (text, gap above it)
        for k, sec in enumerate(self.credits.sections):
            gap = 0 if k == 0 else round(SECTION_GAP * s)
            if sec.heading:
                size = FIRST_HEADING_PX if k == 0 else HEADING_PX
                f = font("serif", round(size * s), bold=True)
                pieces.append((self._text(f, sec.heading, HEADING_COLOR, s), gap))
                gap = round(HEADING_GAP * s)
            f = font("serif", round(LINE_PX * 0.8 * s))
            for line in sec.lines:
                pieces.append((self._text(f, line, LINE_COLOR, s), gap))
                gap = round(LINE_PX * 0.35 * s)
        height = sum(img.get_height() + gap for img, gap in pieces)
        # as wide as the widest line, not the canvas (at 1920x1080 a 13 MB strip was
        # 5 MB): with the canvas's parity, so that every line is centred to the pixel
        # where a canvas-wide strip put it
        widest = max((img.get_width() for img, _gap in pieces), default=1)
        width = min(width, widest + (width - widest) % 2)
        strip = pygame.Surface((max(1, width), max(1, height)), pygame.SRCALPHA)
        y = 0
        for img, gap in pieces:
            y += gap
            strip.blit(img, img.get_rect(midtop=(width // 2, y)))
            y += img.get_height()
        return strip

    @staticmethod
    def _text(f: pygame.font.Font, text: str, color: tuple[int, int, int],
              s: float) -> pygame.Surface:
        """A line with a soft drop shadow, so it reads over any part of the image."""
        fg = f.render(text, True, color)
        sh = f.render(text, True, SHADOW)
        off = max(1, round(3 * s))
        out = pygame.Surface((fg.get_width() + off, fg.get_height() + off), pygame.SRCALPHA)
        sh.set_alpha(170)
        out.blit(sh, (off, off))
        out.blit(fg, (0, 0))
        return out

    def offset(self, height: int) -> int:
        """Where the strip's top is on a canvas `height` pixels tall."""
        strip_h = self.strip().get_height()
        return round(height - self.progress * (height + strip_h))

    def backdrop(self, size: tuple[int, int]) -> pygame.Surface:
        """The image behind the roll, darkened a little, made once per size."""
        self.strip()  # lays out at the current scale; a new scale drops the old backdrop
        if self._veil is None or self._veil.get_size() != size:
            back = pygame.Surface(size)
            back.fill((0, 0, 0))
            if self.credits.scene:
                bg = self.images.get(self.credits.scene, BG)
                back.blit(bg, bg.get_rect(center=(size[0] // 2, size[1] // 2)))
            # a band of the veil laid down the picture: the same pixels as one veil
            # the size of the canvas, without another canvas-sized surface
            veil = pygame.Surface((size[0], min(size[1], VEIL_BAND)), pygame.SRCALPHA)
            veil.fill((0, 0, 0, VEIL_ALPHA))
            for y in range(0, size[1], veil.get_height()):
                back.blit(veil, (0, y))
            self._veil = back
        return self._veil

    def draw(self, dest: pygame.Surface) -> None:
        w, h = dest.get_size()
        dest.blit(self.backdrop((w, h)), (0, 0))
        dest.blit(self.strip(), ((w - self.strip().get_width()) // 2, self.offset(h)))
