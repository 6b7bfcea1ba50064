"""Finding a story's images and audio on disk: the folders walked by name, bounded (a
folder set to "/" by mistake must not walk the disk). The names they get are the script
layer's (game/script/images.py)."""
from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Final

from ..script.images import AUDIO_EXTENSIONS, IMAGE_EXTENSIONS, image_name_of

MAX_SCANNED_FILES: Final = 50_000  # files and folders looked at under one folder


def scan_images(root: str | None) -> dict[tuple[str, ...], str]:
    """Every image file under root (subfolders too), by image name; first found wins."""
    found: dict[tuple[str, ...], str] = {}
    if not root or not os.path.isdir(root):
        return found
    for dirpath, _dirnames, filenames in _walk(root):
        for fn in sorted(filenames):
            if fn.lower().endswith(IMAGE_EXTENSIONS) and not fn.startswith("."):
                name = image_name_of(fn)
                if name and name not in found:
                    found[name] = os.path.join(dirpath, fn)
    return found


def scan_audio(root: str | None) -> dict[str, str]:
    """Audio files under root by their path relative to it ('/' separated)."""
    found: dict[str, str] = {}
    if not root or not os.path.isdir(root):
        return found
    for dirpath, _dirnames, filenames in _walk(root):
        for fn in sorted(filenames):
            if fn.lower().endswith(AUDIO_EXTENSIONS):
                full = os.path.join(dirpath, fn)
                found[os.path.relpath(full, root).replace(os.sep, "/")] = full
    return found


def _walk(root: str) -> Iterator[tuple[str, list[str], list[str]]]:
    """os.walk in name order, not into linked or hidden folders, and no further than
    MAX_SCANNED_FILES files (a folder set to "/" by mistake must not walk the disk)."""
    seen = 0
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        seen += len(filenames) + len(dirnames)
        if seen > MAX_SCANNED_FILES:
            dirnames.clear()
            yield dirpath, dirnames, filenames[:max(0, MAX_SCANNED_FILES - seen
                                                    + len(filenames))]
            return
        yield dirpath, dirnames, filenames
