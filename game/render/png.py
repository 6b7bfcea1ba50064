"""A PNG writer for the raster disk cache that lets the window keep drawing.

pygame.image.save holds the GIL while it compresses (about 60 ms for a 1280x720
background, far more than a frame), so a save on the image worker stalled the
main thread. Here only a memory copy holds it; zlib compresses with the GIL released.
"""
from __future__ import annotations

import io
import struct
import zlib

import pygame


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + \
        struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def save_png(surf: pygame.Surface, path: str, level: int = 3) -> None:
    """Write `surf` as an 8-bit RGBA PNG (filter 0 on every row)."""
    w, h = surf.get_size()
    raw = pygame.image.tobytes(surf, "RGBA")
    stride = 4 * w
    rows = b"".join(b"\x00" + raw[y * stride:(y + 1) * stride] for y in range(h))
    data = zlib.compress(rows, level)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n")
        f.write(_chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0)))
        f.write(_chunk(b"IDAT", data))
        f.write(_chunk(b"IEND", b""))


def png_bytes(surf: pygame.Surface) -> bytes:
    """`surf` as PNG file bytes, through pygame.image.save.

    pygame-ce (2.5.8) keeps a reference to a file object it saved into, so the
    BytesIO is closed here: that frees its buffer, which would otherwise stay for the
    life of the process (a capture of the whole story kept every frame's PNG, ~50 MB)."""
    buf = io.BytesIO()
    try:
        pygame.image.save(surf, buf, "image.png")
        return buf.getvalue()
    finally:
        buf.close()
