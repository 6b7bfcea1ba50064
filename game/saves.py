"""Save slots: pages of six, a quick slot and a ring of autosaves, as JSON plus a PNG.

Each slot is `SLOT.json` (and `SLOT.png`, its thumbnail) in one folder, each written
atomically. A damaged file is shown as damaged in its slot, never moved or deleted
by looking at it, and never stops the other slots from working.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, Final

from .story.state import StateError, StoryState
from .userdata import atomic_write, parse_json

SLOTS_PER_PAGE: Final = 6
PAGES: Final = 10
AUTOSAVES: Final = 6
QUICK: Final = "quick"
FORMAT: Final = 1
GAME_ID: Final = "the-scars-run-deep"

PAGE_SLOTS: Final = tuple(f"{p}-{s}" for p in range(1, PAGES + 1)
                          for s in range(1, SLOTS_PER_PAGE + 1))
AUTO_SLOTS: Final = tuple(f"auto-{k}" for k in range(1, AUTOSAVES + 1))
ALL_SLOTS: Final = (*PAGE_SLOTS, QUICK, *AUTO_SLOTS)
_KNOWN: Final = frozenset(ALL_SLOTS)


class SaveError(Exception):
    """A save that cannot be written or loaded; the message says why, for the player."""


@dataclass
class SlotInfo:
    """What a slot shows on the Save and Load screens."""

    slot: str
    exists: bool
    damaged: bool = False
    problem: str | None = None
    saved_at: datetime | None = None
    chapter: str | None = None  # the chapter's title
    line: str | None = None  # the plain text being read
    who: str | None = None
    thumbnail: Path | None = None


def slot_name(page: int, index: int) -> str:
    """The name of slot `index` (1-based) on page `page` (1-based): "3-2"."""
    return f"{page}-{index}"


def check_save(data: Any) -> str | None:
    """What is wrong with a save file's JSON, or None if it can be loaded."""
    if not isinstance(data, dict):
        return "not a save file (not a JSON object)"
    if data.get("game") != GAME_ID:
        return f"not a save of this game (game: {data.get('game')!r})"
    fmt = data.get("format")
    if not isinstance(fmt, int) or isinstance(fmt, bool):
        return f"unknown save format {fmt!r}"
    if fmt > FORMAT:
        return f"saved by a newer version of the game (format {fmt}); update the game"
    if fmt < FORMAT:
        return f"save format {fmt} is too old for this game"
    if "state" not in data:
        return "the save has no story state"
    try:
        StoryState.from_json(data["state"])
    except StateError as exc:
        return f"the story state cannot be read: {exc}"
    except Exception as exc:  # noqa: BLE001 - any failure here means a damaged state
        return f"the story state cannot be read: {exc!r}"
    history = data.get("history", [])
    if not isinstance(history, list):
        return "the history is not a list"
    for key in ("chapter", "line", "who", "saved_at"):
        if data.get(key) is not None and not isinstance(data.get(key), str):
            return f"{key!r} is not text"
    return None


THUMBNAIL_SIZE = (384, 216)  # a slot's picture of the screen


class SaveStore:
    """The save slots in one folder."""

    thumbnail_size: tuple[int, int] = THUMBNAIL_SIZE

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)

    # -- paths --------------------------------------------------------------------
    def json_path(self, slot: str) -> Path:
        _require_slot(slot)
        return self.folder / f"{slot}.json"

    def png_path(self, slot: str) -> Path:
        _require_slot(slot)
        return self.folder / f"{slot}.png"

    # -- writing ------------------------------------------------------------------
    def save(self, slot: str, state: dict[str, Any], *, chapter: str | None,
             line: str | None, who: str | None, thumbnail_png: bytes | None,
             history: list[dict[str, Any]] | None = None,
             story_hash: str = "") -> SlotInfo:
        """Write the slot (JSON, then its thumbnail), each atomically. Raises SaveError
        if the state cannot be written as JSON or the disk refuses."""
        jpath, ppath = self.json_path(slot), self.png_path(slot)
        try:
            StoryState.from_json(state)
        except StateError as exc:
            raise SaveError(f"the game could not be saved: {exc}") from None
        saved_at = datetime.now().astimezone()
        doc = {
            "format": FORMAT,
            "game": GAME_ID,
            "saved_at": saved_at.isoformat(),
            "chapter": chapter,
            "line": line,
            "who": who,
            "story_hash": story_hash,
            "state": state,
            "history": history or [],
        }
        try:
            raw = json.dumps(doc, ensure_ascii=False, sort_keys=True, allow_nan=False)
        except (TypeError, ValueError) as exc:
            raise SaveError(f"the game could not be saved: {exc}") from None
        try:
            atomic_write(jpath, raw.encode("utf-8"))
            if thumbnail_png is not None:
                atomic_write(ppath, thumbnail_png)
            else:
                ppath.unlink(missing_ok=True)  # an older save's picture would mislead
        except OSError as exc:
            raise SaveError(f"the game could not be saved to {jpath}:"
                            f" {exc.strerror or exc}") from None
        return SlotInfo(slot, True, saved_at=saved_at, chapter=chapter, line=line, who=who,
                        thumbnail=ppath if thumbnail_png is not None else None)

    def autosave(self, state: dict[str, Any], **kwargs: Any) -> SlotInfo:
        """Save into the autosave ring: the slot already holding this point of the story
        (reached again by rollback or skipping: one autosave per point), else an empty
        auto slot, else the oldest (a damaged one counts as oldest)."""
        return self.save(self.next_autosave_slot(_point(state)), state, **kwargs)

    def next_autosave_slot(self, point: tuple | None = None) -> str:
        """The auto slot the next autosave (of the story at `point`, see _point) writes."""
        if point is not None:
            for slot in AUTO_SLOTS:
                if self._point(slot) == point:
                    return slot
        infos = [self.info(s) for s in AUTO_SLOTS]
        for i in infos:
            if not i.exists:
                return i.slot
        for i in infos:
            if i.damaged:
                return i.slot
        return min(infos, key=self._age_key).slot

    def delete(self, slot: str) -> None:
        """Remove the slot's JSON and thumbnail (nothing happens if it is empty)."""
        for p in (self.json_path(slot), self.png_path(slot)):
            p.unlink(missing_ok=True)

    # -- reading ------------------------------------------------------------------
    def load(self, slot: str) -> dict[str, Any]:
        """The whole save (its "state" is checked by StoryState.from_json). Raises
        SaveError saying why when the slot is empty or the file is damaged."""
        path = self.json_path(slot)
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise SaveError(f"slot {slot} is empty") from None
        except OSError as exc:
            raise SaveError(f"slot {slot} could not be read: {exc.strerror or exc}") from None
        data, why = parse_json(raw)
        if why is None:
            why = check_save(data)
        if why is not None:
            raise SaveError(f"slot {slot} is damaged: {why}")
        return data

    def info(self, slot: str) -> SlotInfo:
        """What the slot holds; a damaged file shows as damaged with its problem. Never
        raises for a file's content (only for an unknown slot name)."""
        path, png = self.json_path(slot), self.png_path(slot)
        thumb = png if png.is_file() else None
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            return SlotInfo(slot, False)
        except OSError as exc:
            return SlotInfo(slot, True, True, f"could not be read: {exc.strerror or exc}",
                            saved_at=_mtime(path), thumbnail=thumb)
        data, why = parse_json(raw)
        if why is None:
            why = check_save(data)
        if why is not None:
            return SlotInfo(slot, True, True, why, saved_at=_mtime(path), thumbnail=thumb)
        return SlotInfo(slot, True, saved_at=_parse_time(data.get("saved_at")) or _mtime(path),
                        chapter=data.get("chapter"), line=data.get("line"),
                        who=data.get("who"), thumbnail=thumb)

    def page(self, n: int) -> list[SlotInfo]:
        """The six slots of page `n` (1-based)."""
        if not 1 <= n <= PAGES:
            raise ValueError(f"page {n} is not between 1 and {PAGES}")
        return [self.info(slot_name(n, k)) for k in range(1, SLOTS_PER_PAGE + 1)]

    def autosaves(self) -> list[SlotInfo]:
        """The autosave slots, newest first (empty ones last)."""
        infos = [self.info(s) for s in AUTO_SLOTS]
        full = sorted((i for i in infos if i.exists), key=self._age_key, reverse=True)
        return full + [i for i in infos if not i.exists]

    def latest(self) -> SlotInfo | None:
        """The newest existing, undamaged save of all slots (for Continue), or None."""
        infos = [self.info(s) for s in ALL_SLOTS if self._exists(s)]
        good = [i for i in infos if i.exists and not i.damaged]
        return max(good, key=self._age_key) if good else None

    # -- helpers ------------------------------------------------------------------
    def _point(self, slot: str) -> tuple | None:
        """The point of the story a slot was saved at (None if empty or unreadable)."""
        try:
            data, why = parse_json(self.json_path(slot).read_bytes())
        except OSError:
            return None
        state = data.get("state") if why is None and isinstance(data, dict) else None
        return _point(state) if isinstance(state, dict) else None

    def _exists(self, slot: str) -> bool:
        return (self.folder / f"{slot}.json").exists()

    def _age_key(self, info: SlotInfo) -> tuple[float, int]:
        """Sort key: when saved, then the file's mtime to break ties."""
        when = info.saved_at.timestamp() if info.saved_at else 0.0
        try:
            ns = os.stat(self.folder / f"{info.slot}.json").st_mtime_ns
        except OSError:
            ns = 0
        return when, ns


def _point(state: dict[str, Any]) -> tuple | None:
    """A point of the story: where the reader is and what the story remembers there
    (the same line reached by another path is another point)."""
    if state.get("position") is None:
        return None
    return (state.get("position"), json.dumps(state.get("variables"), sort_keys=True),
            json.dumps(state.get("call_stack"), sort_keys=True))


def _require_slot(slot: str) -> None:
    if slot not in _KNOWN:
        raise ValueError(f"unknown save slot {slot!r} (slots are 1-1..{PAGES}-{SLOTS_PER_PAGE},"
                         f" {QUICK}, auto-1..auto-{AUTOSAVES})")


def _parse_time(text: Any) -> datetime | None:
    """An ISO time from a save, as an aware local datetime (naive ones taken as local)."""
    if not isinstance(text, str):
        return None
    try:
        t = datetime.fromisoformat(text)
    except ValueError:
        return None
    return t.astimezone()  # a naive time is taken as local time


def _mtime(path: Path) -> datetime | None:
    try:
        return datetime.fromtimestamp(path.stat().st_mtime).astimezone()
    except OSError:
        return None
