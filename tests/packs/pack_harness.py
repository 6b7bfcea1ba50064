"""Helpers for the art pack tests: packs built in tmp_path from generated images,
crafted headers for oversize files, and a stage rendered headless."""
from __future__ import annotations

import base64
import struct
import zlib
from pathlib import Path
from typing import Iterable

import pygame

from game.assets.art import ArtSource
from game.assets.packs import ArtPack
from game.render.images import ImageStore
from game.render.stage import StageRenderer
from game.scene.model import Sprite, Stage

SCALE = 1 / 3  # the canvas at 640x360
W, H = 640, 360
MAGENTA = (255, 0, 255)
GREEN = (0, 255, 0)
CYAN = (0, 255, 255)
ORANGE = (255, 128, 0)
# A 1x1 lossless WEBP (pygame-ce reads WEBP but cannot write it).
WEBP_1X1 = base64.b64decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==")


def init() -> None:
    pygame.display.init()
    pygame.font.init()
    if pygame.display.get_surface() is None:
        pygame.display.set_mode((1, 1))


def save_image(path: Path, size: tuple[int, int], color: tuple[int, int, int],
               *, alpha: bool = True) -> Path:
    """A flat image (PNG or JPEG by extension); a sprite's surround is transparent
    when alpha: a 2-pixel transparent margin on every side but the bottom."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if alpha:
        s = pygame.Surface(size, pygame.SRCALPHA)
        s.fill((0, 0, 0, 0))
        s.fill((*color, 255), pygame.Rect(2, 2, size[0] - 4, size[1] - 2))
    else:
        s = pygame.Surface(size)
        s.fill(color)
    pygame.image.save(s, str(path))
    return path


def save_svg(path: Path, size: tuple[int, int], color: str, *,
             declared: tuple[int, int] | None = None) -> Path:
    dw, dh = declared or size
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f'<svg xmlns="http://www.w3.org/2000/svg" width="{dw}" height="{dh}"'
                    f' viewBox="0 0 {size[0]} {size[1]}"><rect x="0" y="0"'
                    f' width="{size[0]}" height="{size[1]}" fill="{color}"/></svg>',
                    encoding="utf-8")
    return path


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I",
                                                                    zlib.crc32(kind + data))


def png_header(w: int, h: int, rest: bytes = b"") -> bytes:
    """A PNG signature and IHDR declaring w x h, then `rest` (nothing decodable)."""
    return b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0,
                                                                0)) + rest


def corrupt_png(w: int, h: int) -> bytes:
    """A PNG whose header is valid and whose image data is garbage."""
    return png_header(w, h, _chunk(b"IDAT", b"this is not zlib data" * 20)
                      + _chunk(b"IEND", b""))


def jpeg_header(w: int, h: int) -> bytes:
    """SOI, an APP0 segment and a baseline SOF0 frame header declaring w x h."""
    app0 = b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
    sof = b"\xff\xc0" + struct.pack(">HBHHB", 17, 8, h, w, 3) + b"\x01\x11\x00\x02\x11\x01" \
        b"\x03\x11\x01"
    return b"\xff\xd8" + app0 + sof + b"\xff\xd9"


def webp_header(w: int, h: int) -> bytes:
    """RIFF/WEBP with a VP8X chunk declaring w x h."""
    vp8x = b"VP8X" + struct.pack("<I", 10) + b"\x00\x00\x00\x00" + \
        (w - 1).to_bytes(3, "little") + (h - 1).to_bytes(3, "little")
    return b"RIFF" + struct.pack("<I", 4 + len(vp8x)) + b"WEBP" + vp8x


def store(program, packs: Iterable[ArtPack] = ()) -> ImageStore:  # noqa: ANN001
    return ImageStore(ArtSource(program.images, list(packs)), SCALE, threaded=False)


def render(program, packs: Iterable[ArtPack] = (), scene: str | None = "bg forest",  # noqa
           sprites: Iterable[tuple[str, str]] = ()) -> pygame.Surface:
    """The stage at 640x360 with these (image, at) sprites, their tag the image's first
    word."""
    init()
    images = store(program, packs)
    try:
        stage = Stage(scene, [Sprite(name.split()[0], name, at) for name, at in sprites])
        return StageRenderer(images).render(stage)
    finally:
        images.close()


def bbox_of(surf: pygame.Surface, color: tuple[int, int, int], tol: int = 8) -> pygame.Rect:
    """The bounding box of pixels near `color` (an empty Rect if none)."""
    mask = pygame.mask.from_threshold(surf, color, (tol, tol, tol, 255))
    rects = mask.get_bounding_rects()
    if not rects:
        return pygame.Rect(0, 0, 0, 0)
    r = rects[0].unionall(rects[1:])
    return r


def near(c, color: tuple[int, int, int], tol: int = 8) -> bool:  # noqa: ANN001
    """A pixel within tol of color on every channel (JPEG is lossy)."""
    return all(abs(c[i] - color[i]) <= tol for i in range(3))


def count_of(surf: pygame.Surface, color: tuple[int, int, int], tol: int = 8) -> int:
    return pygame.mask.from_threshold(surf, color, (tol, tol, tol, 255)).count()


def same_region(a: pygame.Surface, b: pygame.Surface, rect: pygame.Rect,
                tol: int = 2) -> bool:
    """True if a and b agree within `tol` per channel over rect (sampled every 4 px)."""
    for y in range(rect.top, rect.bottom, 4):
        for x in range(rect.left, rect.right, 4):
            ca, cb = a.get_at((x, y)), b.get_at((x, y))
            if any(abs(ca[i] - cb[i]) > tol for i in range(3)):
                return False
    return True
