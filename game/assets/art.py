"""Where each image comes from: art packs first (in order), then our own art.

Pure file logic, no pygame: the renderer asks `ArtSource.find(name)` for an
`ImageFile` and decodes it itself.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Final, Protocol

from ..script.images import ImageIndex

SVG_SIZE_RE: Final = re.compile(rb'<svg\b[^>]*?\bwidth="([\d.]+)(?:px)?"[^>]*?\bheight="([\d.]+)(?:px)?"',
                                re.S)
SVG_VIEWBOX_RE: Final = re.compile(rb'<svg\b[^>]*?\bviewBox="[\d.\-]+[ ,]+[\d.\-]+[ ,]+([\d.]+)[ ,]+([\d.]+)"',
                                   re.S)


@dataclass(frozen=True)
class ImageFile:
    """A file to draw for an image name, and how a pack wants it placed."""

    name: str  # "kaori sad"
    path: str  # a file path, or "#rrggbb" for a solid colour
    pack: str | None = None  # the art pack it came from, None for ours
    zoom: float | None = None  # pack.toml override: scale relative to our default
    anchor: tuple[float, float] | None = None  # (xanchor, yanchor) as fractions
    offset: tuple[int, int] = (0, 0)  # canvas pixels

    @property
    def is_color(self) -> bool:
        return self.path.startswith("#")


class PackLike(Protocol):
    name: str

    def find(self, name: tuple[str, ...]) -> ImageFile | None: ...


@dataclass
class ArtSource:
    """Our art (an ImageIndex of the story) with art packs stacked on top."""

    base: ImageIndex
    packs: list[PackLike] = field(default_factory=list)

    def find(self, name: str) -> ImageFile | None:
        key = tuple(name.split())
        for pack in self.packs:
            hit = pack.find(key)
            if hit is not None:
                return hit
        path = self.base.files.get(key)
        if path is None:
            return None
        return ImageFile(name, path)

    def ours(self, name: str) -> ImageFile | None:
        path = self.base.files.get(tuple(name.split()))
        return ImageFile(name, path) if path is not None else None


def svg_size(path: str) -> tuple[int, int] | None:
    """The declared width and height of an SVG file (its first 4 KB), or None."""
    try:
        with open(path, "rb") as f:
            head = f.read(4096)
    except OSError:
        return None
    m = SVG_SIZE_RE.search(head)
    if m:
        return int(float(m.group(1))), int(float(m.group(2)))
    m = SVG_VIEWBOX_RE.search(head)
    if m:
        return int(float(m.group(1))), int(float(m.group(2)))
    return None
