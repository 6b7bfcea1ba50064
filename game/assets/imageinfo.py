"""The one gate every image from disk passes before it is decoded.

An image may come from a stranger (an art pack, a save's thumbnail, a cache file
someone planted): a 60000x60000 PNG would take gigabytes to decode, and a 2 MB PNG
can declare 23200x23200. So an image is read once, as a regular file of bounded
size (a FIFO or device is refused without blocking), its size is read from the
header (PNG, JPEG, WEBP, GIF, BMP; for SVG its declared width and height, and a
bound on its elements), and it is refused over MAX_SIDE a side, MAX_PIXELS, or
MAX_ASPECT. The size it is to be decoded or scaled to is checked too (`check_target`):
a 8192x8 sprite scaled to a sprite's height would otherwise be gigabytes. The
renderer decodes the bytes that were checked (`CheckedImage.data`), never the path
again, so the file cannot be swapped in between.

Pure Python: no pygame.
"""
from __future__ import annotations

import math
import os
import re
import stat
import struct
from dataclasses import dataclass
from typing import BinaryIO, Final

MAX_SIDE: Final = 8192
MAX_PIXELS: Final = 64_000_000
MAX_ASPECT: Final = 32  # the long side over the short side
MAX_FILE_BYTES: Final = 100 * 1024 * 1024
MAX_SVG_BYTES: Final = 4 * 1024 * 1024  # our largest SVG is 64 KB
MAX_SVG_ELEMENTS: Final = 20_000  # our most detailed SVG has about 500
MAX_TARGET_SIDE: Final = 16_384  # pixels an image may be decoded or scaled to
MAX_TARGET_PIXELS: Final = 64_000_000
HEADER_BYTES: Final = 1024 * 1024  # read for a size alone (a JPEG's frame header may
# follow large metadata segments)

_SVG_TAG: Final = re.compile(rb"<svg\b[^>]*>", re.S)
_SVG_ATTR: Final = re.compile(rb"""\b(width|height|viewBox)\s*=\s*["']([^"']{0,200})["']""")
_NUMBER: Final = re.compile(rb"\s*([0-9]*\.?[0-9]+(?:[eE][-+]?[0-9]{1,3})?)\s*(px)?\s*")


class ImageRefused(ValueError):
    """The image is refused before decoding; the message says why."""


@dataclass(frozen=True)
class CheckedImage:
    """An image file's bytes, read once and checked: decode these, not the path."""

    data: bytes
    size: tuple[int, int]
    kind: str  # "PNG", "JPEG", "WEBP", "GIF", "BMP" or "SVG"

    @property
    def is_svg(self) -> bool:
        return self.kind == "SVG"


def read_checked(path: str, *, max_side: int = MAX_SIDE,
                 max_pixels: int = MAX_PIXELS) -> CheckedImage:
    """Read `path` once and check it (see the module docstring); ImageRefused if not."""
    svg = path.lower().endswith(".svg")
    data = _read_regular(path, MAX_SVG_BYTES if svg else MAX_FILE_BYTES)
    if svg:
        size = svg_size_of(data)
        if size is None:
            raise ImageRefused("the SVG declares no usable width and height (or viewBox)")
        elements = data.count(b"<")
        if elements > MAX_SVG_ELEMENTS:
            raise ImageRefused(f"the SVG has {elements} elements; over {MAX_SVG_ELEMENTS}"
                               " are refused (it would take too long to draw)")
        kind = "SVG"
    else:
        kind, size = _header(data)
    check_size(size, max_side=max_side, max_pixels=max_pixels)
    return CheckedImage(data, size, kind)


def image_size(path: str) -> tuple[int, int]:
    """Width and height from the header; raises ImageRefused if it cannot be read."""
    if path.lower().endswith(".svg"):
        size = svg_size_of(_read_regular(path, MAX_SVG_BYTES, head=65536))
        if size is None:
            raise ImageRefused("the SVG declares no usable width and height (or viewBox)")
        return size
    return _header(_read_regular(path, MAX_FILE_BYTES, head=HEADER_BYTES))[1]


def check_limits(path: str) -> tuple[int, int]:
    """The size, or ImageRefused if over 8192 px a side, 64 megapixels or MAX_ASPECT."""
    size = image_size(path)
    check_size(size)
    return size


def check_size(size: tuple[int, int], *, max_side: int = MAX_SIDE,
               max_pixels: int = MAX_PIXELS) -> None:
    """ImageRefused unless a declared size is within the limits."""
    w, h = size
    if w <= 0 or h <= 0:
        raise ImageRefused(f"declares an empty size {w}x{h}")
    if w > max_side or h > max_side:
        raise ImageRefused(f"is {w}x{h}; images over {max_side} pixels on a side are refused")
    if w * h > max_pixels:
        raise ImageRefused(f"is {w}x{h} ({w * h / 1e6:.0f} megapixels); over"
                           f" {max_pixels / 1e6:g} megapixels are refused")
    if max(w, h) > MAX_ASPECT * min(w, h):
        raise ImageRefused(f"is {w}x{h}; images longer than {MAX_ASPECT} times their width"
                           " (or wider than their height) are refused")


def check_target(size: tuple[int, int]) -> None:
    """ImageRefused unless an image may be decoded or scaled to `size`."""
    w, h = size
    if w <= 0 or h <= 0 or w > MAX_TARGET_SIDE or h > MAX_TARGET_SIDE \
            or w * h > MAX_TARGET_PIXELS:
        raise ImageRefused(f"would be drawn at {w}x{h} pixels; over {MAX_TARGET_SIDE} a side"
                           f" or {MAX_TARGET_PIXELS / 1e6:g} megapixels is refused")


def svg_size_of(data: bytes) -> tuple[int, int] | None:
    """The width and height an SVG's root element declares (in its first 64 KB): its
    width= and height=, else its viewBox; None if there are none, or they are not
    positive finite numbers."""
    m = _SVG_TAG.search(data, 0, 65536)
    if m is None:
        return None
    attrs = {k: v for k, v in _SVG_ATTR.findall(m.group(0))}
    w, h = _svg_number(attrs.get(b"width")), _svg_number(attrs.get(b"height"))
    if w is not None and h is not None:
        return w, h
    box = attrs.get(b"viewBox")
    if box is not None:
        parts = box.replace(b",", b" ").split()
        if len(parts) == 4:
            w, h = _svg_number(parts[2]), _svg_number(parts[3])
            if w is not None and h is not None:
                return w, h
    return None


def _svg_number(text: bytes | None) -> int | None:
    if text is None:
        return None
    m = _NUMBER.fullmatch(text)
    if m is None:
        return None
    value = float(m.group(1))
    if not math.isfinite(value) or value <= 0:
        return None
    return max(1, int(min(value, 1e9)))


# -- files ------------------------------------------------------------------------------
def _open_regular(path: str, limit: int) -> BinaryIO:
    """A regular file opened without blocking on a FIFO, of at most `limit` bytes."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) \
        | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        raise ImageRefused(f"cannot be read ({exc.strerror or exc})") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise ImageRefused("is not a regular file")
        if st.st_size == 0:
            raise ImageRefused("is empty (0 bytes)")
        if st.st_size > limit:
            raise ImageRefused(f"is {st.st_size / 1e6:.0f} MB; files over"
                               f" {limit // (1024 * 1024)} MB are refused")
    except BaseException:
        os.close(fd)
        raise
    return os.fdopen(fd, "rb")


def _read_regular(path: str, limit: int, head: int | None = None) -> bytes:
    try:
        with _open_regular(path, limit) as f:
            data = f.read(limit + 1 if head is None else head)
    except OSError as exc:
        raise ImageRefused(f"cannot be read ({exc.strerror or exc})") from None
    if len(data) > limit:
        raise ImageRefused(f"is over {limit // (1024 * 1024)} MB; refused")
    return data


def _header(data: bytes) -> tuple[str, tuple[int, int]]:
    """(kind, size) from an image's first bytes (for JPEG, up to its frame header)."""
    head = data[:64]
    try:
        if head.startswith(b"\x89PNG\r\n\x1a\n"):
            if head[12:16] != b"IHDR":
                raise ImageRefused("damaged PNG header")
            return "PNG", struct.unpack(">II", head[16:24])
        if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
            return "WEBP", _webp(head)
        if head[:6] in (b"GIF87a", b"GIF89a"):
            return "GIF", struct.unpack("<HH", head[6:10])
        if head[:2] == b"BM":
            w, h = struct.unpack("<ii", head[18:26])
            return "BMP", (abs(w), abs(h))
        if head[:2] == b"\xff\xd8":
            return "JPEG", _jpeg(data)
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


def _jpeg(data: bytes) -> tuple[int, int]:
    """The size in a JPEG's frame header, found by hopping from segment to segment."""
    i = 2
    n = len(data)
    for _ in range(10000):
        i = data.find(b"\xff", i)
        if i < 0:
            break
        while i < n and data[i] == 0xFF:
            i += 1
        if i >= n:
            break
        marker = data[i]
        i += 1
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            continue
        if i + 2 > n:
            break
        length = struct.unpack(">H", data[i:i + 2])[0]
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            h, w = struct.unpack(">HH", data[i + 3:i + 7])
            return w, h
        if length < 2:
            break
        i += length
    raise ImageRefused("damaged JPEG: no frame header")
