"""Where each image comes from: art packs first (in order), then our own art.

Pure file logic, no pygame: the renderer asks `ArtSource.find(name)` for an
`ImageFile` and decodes it itself.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from ..script.images import ImageIndex


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
    """The declared width and height of an SVG file, or None if it declares no usable
    size or cannot be read (see imageinfo.svg_size_of)."""
    from .imageinfo import ImageRefused, image_size

    try:
        return image_size(path) if path.lower().endswith(".svg") else None
    except ImageRefused:
        return None
