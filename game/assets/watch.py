"""Noticing saved files in a story folder: its scripts and game.toml, its art and audio.

A scan stats every file (a few hundred for our story, about a millisecond), so the
window can poll it a few times a second without a thread or a new dependency. No
pygame here.
"""
from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

Stamp = tuple[int, int]  # (mtime in ns, size)
SCRIPT_NAMES: Final = (".rpy", ".po")  # .po: translations/LANG.po
SETTINGS_NAME: Final = "game.toml"


@dataclass(frozen=True)
class FolderScan:
    """What the story's files were at one moment: path -> (mtime_ns, size)."""

    files: dict[str, Stamp]

    def changed(self, since: FolderScan) -> set[str]:
        """Paths added, removed or rewritten since an earlier scan."""
        a, b = since.files, self.files
        return {p for p in a.keys() | b.keys() if a.get(p) != b.get(p)}


def story_roots(story_files: Any) -> list[tuple[Path, bool]]:
    """(folder, scripts only) for a StoryFiles: the story folder for its scripts, its
    translations and game.toml (its saves/ or cache/, as a Ren'Py game folder has, must not count),
    then the art and audio folders for every file."""
    roots: list[tuple[Path, bool]] = [(Path(story_files.story_dir), True)]
    for d in (story_files.images_dir, story_files.audio_dir):
        if d is not None:
            roots.append((Path(d), False))
    return roots


def scan(roots: Iterable[tuple[Path, bool]]) -> FolderScan:
    """Stat the files under each root (hidden folders and files skipped; a root that
    is missing gives nothing)."""
    files: dict[str, Stamp] = {}
    for root, scripts_only in roots:
        _walk(str(root), scripts_only, files, depth=0)
    return FolderScan(files)


MAX_DEPTH: Final = 8  # folders within folders; deeper ones are not story files


def _walk(folder: str, scripts_only: bool, out: dict[str, Stamp], depth: int) -> None:
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for e in entries:
        if e.name.startswith("."):
            continue
        try:
            if e.is_dir():
                if depth < MAX_DEPTH:
                    _walk(e.path, scripts_only, out, depth + 1)
                continue
            if scripts_only and not (e.name.endswith(SCRIPT_NAMES) or
                                     (depth == 0 and e.name == SETTINGS_NAME)):
                continue
            st = e.stat()
        except OSError:  # removed while we looked
            continue
        out[os.path.abspath(e.path)] = (st.st_mtime_ns, st.st_size)


class Watch:
    """Polls a story's files; reports a change once the files have stopped changing
    (an editor's save can take several writes)."""

    def __init__(self, roots: list[tuple[Path, bool]], period: float = 0.25) -> None:
        self.roots = roots
        self.period = period
        self.applied = scan(roots)  # what the story now playing was loaded from
        self._last = self.applied
        self._wait = 0.0

    def poll(self, dt: float) -> FolderScan | None:
        """Call every frame with the seconds since the last call: a new scan when the
        files differ from `applied` and were the same at the last two looks, else None."""
        self._wait -= dt
        if self._wait > 0:
            return None
        self._wait = self.period
        now = scan(self.roots)
        settled = now.files == self._last.files
        self._last = now
        if settled and now.files != self.applied.files:
            return now
        return None
