"""The extras' data, apart from any window: which CGs a story has (grouped with their
variants), which music tracks its music room lists, and what a reading unlocks.

A CG is an image whose tag is `cg`; its group is the tag and first attribute, so
`cg lap`, `cg lap kido` and `cg lap smile` are one gallery entry with three pages.
What unlocks them is kept in the persistent data (game/userdata/persistent.py), never in saves.
"""
from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any, Final

from ..story import events as E

CG_TAG: Final = "cg"
MUSIC_CHANNEL: Final = "music"


@dataclass(frozen=True, slots=True)
class CGEntry:
    """One gallery entry: its CG variants, the plain one first."""

    key: str  # "cg lap"
    variants: tuple[str, ...]  # ("cg lap", "cg lap kido", ...)


@dataclass(frozen=True, slots=True)
class Track:
    """One music-room track: the file a script plays and the title the player reads."""

    file: str
    title: str


def cg_entries(image_names: Iterable[str]) -> list[CGEntry]:
    """CGs among `image_names` as gallery entries, in name order, variants grouped."""
    groups: dict[str, list[str]] = {}
    for name in sorted(set(image_names)):
        words = name.split()
        if len(words) >= 2 and words[0] == CG_TAG:
            groups.setdefault(" ".join(words[:2]), []).append(" ".join(words))
    return [CGEntry(k, tuple(sorted(v, key=lambda n: (len(n.split()), n))))
            for k, v in sorted(groups.items())]


def story_cgs(program: Any) -> list[CGEntry]:
    """The story's gallery entries in the order the story first shows them (the ones it
    never shows last, by name)."""
    images = getattr(program, "images", None)
    entries = cg_entries(images.names() if images is not None else [])
    first: dict[str, int] = {}
    for i, st in enumerate(getattr(program, "statements", None) or []):
        image = getattr(st, "image", None)
        if isinstance(image, tuple) and len(image) >= 2 and image[0] == CG_TAG:
            first.setdefault(" ".join(image[:2]), i)
    end = len(first) + 1 << 40
    return sorted(entries, key=lambda e: first.get(e.key, end))


def story_tracks(program: Any) -> list[Track]:
    """The music room's tracks (game.toml's [[music]]) whose files exist."""
    files = getattr(program, "story_files", None)
    audio = getattr(program, "audio", None)
    out = []
    for file, title in getattr(files, "music", None) or []:
        if audio is None or audio.find(file) is not None:
            out.append(Track(file, title))
    return out


def is_cg(image: str | None) -> bool:
    return bool(image) and image.split()[0] == CG_TAG  # type: ignore[union-attr]


def note_shown(persistent: Any, evs: Iterable[Any]) -> bool:
    """Remember the CGs these runtime events put on screen; True if any is new."""
    new = False
    for ev in evs:
        image = ev.image if isinstance(ev, (E.Scene, E.Show)) else None
        if image and is_cg(image):
            new = persistent.add_to("cgs", " ".join(image.split())) or new
    return new


def note_heard(persistent: Any, ev: Any, program: Any) -> bool:
    """Remember a music track this event starts; True if it is new. The track is named
    as the music room names it (game.toml's file), whatever path the script used."""
    if not isinstance(ev, E.Play) or ev.channel != MUSIC_CHANNEL or not ev.files:
        return False
    return hear(persistent, ev.files[0], program)


def hear(persistent: Any, file: str, program: Any) -> bool:
    audio = getattr(program, "audio", None)
    full = audio.find(file) if audio is not None else None
    for t in story_tracks(program):
        if t.file == file or (full is not None and audio.find(t.file) == full) or \
                os.path.basename(t.file) == os.path.basename(file):
            return persistent.add_to("music", t.file)
    return False


def cg_unlocked(persistent: Any, entry: CGEntry) -> list[str]:
    """The variants of `entry` the player may look at: the seen ones, or all once the
    story is finished."""
    if persistent.finished:
        return list(entry.variants)
    seen = set(persistent.cgs)
    return [v for v in entry.variants if v in seen]


def track_unlocked(persistent: Any, track: Track) -> bool:
    return persistent.finished or track.file in persistent.music
