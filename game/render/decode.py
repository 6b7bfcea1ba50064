"""Decoding an image file from disk, the one way: through the header and limit check
of game.assets.imageinfo, from the bytes that were checked.

Art, art-pack images and previews, save thumbnails, the chapter-thumbnail cache and
the raster cache all come here, so a decompression bomb or an 8192x8 sprite is
refused wherever it is planted.
"""
from __future__ import annotations

import io

import pygame

from ..assets.imageinfo import MAX_PIXELS, MAX_SIDE, ImageRefused, check_target, read_checked

__all__ = ["ImageRefused", "load_image"]


def load_image(path: str, size: tuple[int, int] | None = None, *,
               max_side: int = MAX_SIDE, max_pixels: int = MAX_PIXELS,
               expect: tuple[int, int] | None = None) -> pygame.Surface:
    """The image at `path`, decoded (an SVG rasterised at `size`, or at its declared
    size). `size`, when given, is checked as the size the image will be drawn at;
    `expect` refuses a file of any other size (a cache file). Raises ImageRefused,
    or pygame.error for data that does not decode."""
    img = read_checked(path, max_side=max_side, max_pixels=max_pixels)
    if expect is not None and img.size != tuple(expect):
        raise ImageRefused(f"is {img.size[0]}x{img.size[1]}, not the"
                           f" {expect[0]}x{expect[1]} expected here")
    if size is not None:
        check_target(size)
    data = io.BytesIO(img.data)
    if img.is_svg:
        return pygame.image.load_sized_svg(data, size or img.size)
    surf = pygame.image.load(data, "image." + img.kind.lower())
    if surf.get_size() != img.size:  # the header lied about what the data holds
        raise ImageRefused(f"declares {img.size[0]}x{img.size[1]} but holds"
                           f" {surf.get_width()}x{surf.get_height()}")
    return surf
