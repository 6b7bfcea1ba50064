"""Image sizes read from file headers, before anything is decoded.

An art pack comes from a stranger: a 60000x60000 PNG would take gigabytes to
decode, so sizes are checked from the header first (PNG, JPEG, WEBP, GIF, BMP;
for SVG, its declared width and height).
"""
from __future__ import annotations

import struct
from typing import Final

MAX_SIDE: Final = 8192
MAX_PIXELS: Final = 64_000_000


class ImageRefused(ValueError):
    """The image is refused before decoding; the message says why."""


def image_size(path: str) -> tuple[int, int]:
    """Width and height from the header; raises ImageRefused if it cannot be read."""
    if path.lower().endswith(".svg"):
        from .art import svg_size

        size = svg_size(path)
        if size is None:
            raise ImageRefused("the SVG declares no width and height (or viewBox)")
        return size
    try:
        with open(path, "rb") as f:
            head = f.read(64)
            if head.startswith(b"\x89PNG\r\n\x1a\n"):
                if head[12:16] != b"IHDR":
                    raise ImageRefused("damaged PNG header")
                return struct.unpack(">II", head[16:24])
            if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
                return _webp(head)
            if head[:6] in (b"GIF87a", b"GIF89a"):
                return struct.unpack("<HH", head[6:10])
            if head[:2] == b"BM":
                w, h = struct.unpack("<ii", head[18:26])
                return abs(w), abs(h)
            if head[:2] == b"\xff\xd8":
                f.seek(2)
                return _jpeg(f)
    except OSError as exc:
        raise ImageRefused(f"cannot be read ({exc.strerror or exc})") from None
    except struct.error:
        raise ImageRefused("damaged image header") from None
    raise ImageRefused("not a PNG, JPEG, WEBP, GIF, BMP or SVG image")


def _webp(head: bytes) -> tuple[int, int]:
    chunk = head[12:16]
    if chunk == b"VP8 ":
        w, h = struct.unpack("<HH", head[26:30])
        return w & 0x3FFF, h & 0x3FFF
    if chunk == b"VP8L":
        b = head[21:25]
        bits = int.from_bytes(b, "little")
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if chunk == b"VP8X":
        w = int.from_bytes(head[24:27], "little") + 1
        h = int.from_bytes(head[27:30], "little") + 1
        return w, h
    raise ImageRefused("damaged WEBP header")


def _jpeg(f) -> tuple[int, int]:  # noqa: ANN001
    for _ in range(10000):
        b = f.read(1)
        while b and b != b"\xff":
            b = f.read(1)
        while b == b"\xff":
            b = f.read(1)
        if not b:
            break
        marker = b[0]
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            continue
        seg = f.read(2)
        if len(seg) < 2:
            break
        length = struct.unpack(">H", seg)[0]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            data = f.read(5)
            h, w = struct.unpack(">HH", data[1:5])
            return w, h
        f.seek(length - 2, 1)
    raise ImageRefused("damaged JPEG: no frame header")


def check_limits(path: str) -> tuple[int, int]:
    """The size, or ImageRefused if over 8192 px a side or 64 megapixels."""
    w, h = image_size(path)
    if w <= 0 or h <= 0:
        raise ImageRefused(f"declares an empty size {w}x{h}")
    if w > MAX_SIDE or h > MAX_SIDE:
        raise ImageRefused(f"is {w}x{h}; images over {MAX_SIDE} pixels on a side are refused")
    if w * h > MAX_PIXELS:
        raise ImageRefused(f"is {w}x{h} ({w * h / 1e6:.0f} megapixels); over"
                           f" {MAX_PIXELS // 1_000_000} megapixels are refused")
    return w, h
