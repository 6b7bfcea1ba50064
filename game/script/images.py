"""Image and audio names as Ren'Py finds them: by file name, and by `image` statements.

Pure data and file-name logic; the renderer turns a resolved name into pixels.
"""
from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Final

IMAGE_EXTENSIONS: Final = (".png", ".jpg", ".jpeg", ".webp", ".svg", ".bmp", ".gif", ".tga")
AUDIO_EXTENSIONS: Final = (".ogg", ".opus", ".mp3", ".wav", ".flac")
BUILTIN_IMAGES: Final = {("black",): "#000000"}


def image_name_of(filename: str) -> tuple[str, ...]:
    """Ren'Py's rule: the lowercased file name without extension, split on spaces."""
    stem = os.path.splitext(os.path.basename(filename))[0]
    return tuple(stem.lower().split())


@dataclass
class ImageIndex:
    """Known images: name tuple -> file path, or '#rrggbb' for a solid colour."""

    files: dict[tuple[str, ...], str] = field(default_factory=dict)
    by_tag: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for name, value in BUILTIN_IMAGES.items():
            self.files.setdefault(name, value)
        self._index()

    def _index(self) -> None:
        self.by_tag = {}
        for name in sorted(self.files):
            self.by_tag.setdefault(name[0], []).append(name[1:])

    def add(self, name: tuple[str, ...], value: str) -> None:
        self.files[name] = value
        self._index()

    def names(self) -> list[str]:
        return [" ".join(n) for n in sorted(self.files)]

    def known(self, name: Iterable[str]) -> bool:
        """True if some image of this tag has all these attributes."""
        name = tuple(name)
        attrs = self.by_tag.get(name[0])
        if attrs is None:
            return False
        want = set(name[1:])
        return any(want <= set(a) for a in attrs)

    def resolve(self, name: tuple[str, ...], current: tuple[str, ...] | None = None
                ) -> tuple[str, ...]:
        """The one image `show NAME` picks, keeping attributes of `current` where it can.

        An unknown tag resolves to itself (the renderer draws a labelled placeholder).
        """
        tag, want = name[0], set(name[1:])
        options = self.by_tag.get(tag)
        if not options:
            if current is not None and not want and current[0] == tag:
                return current
            return name
        keep = set(current[1:]) if current and current[0] == tag else set()
        candidates = [a for a in options if want <= set(a)]
        if not candidates:
            return name
        def score(a: tuple[str, ...]) -> tuple[int, int, int]:
            extra = set(a) - want
            compatible = extra <= keep
            return (0 if compatible else 1, -len(extra & keep), len(extra))
        best = min(candidates, key=lambda a: (score(a), a))
        return (tag, *best)


@dataclass
class AudioIndex:
    """Known audio files by the name a script uses for them."""

    files: dict[str, str] = field(default_factory=dict)

    def find(self, name: str) -> str | None:
        """The file a script's name means: a path under audio/, with or without 'audio/',
        or a bare name as in Ren'Py's audio namespace."""
        if name in self.files:
            return self.files[name]
        if name.startswith("audio/") and name[6:] in self.files:
            return self.files[name[6:]]
        if "." not in name and "/" not in name:
            for rel, full in self.files.items():
                if os.path.splitext(os.path.basename(rel))[0] == name:
                    return full
        return None

    def names(self) -> list[str]:
        return sorted(self.files)
