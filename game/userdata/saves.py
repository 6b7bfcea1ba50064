"""Save slots: pages of six, a quick slot and a ring of autosaves, as JSON plus a PNG.

Each slot is `SLOT.json` (and `SLOT.png`, its thumbnail) in one folder, each written
atomically. A damaged file is shown as damaged in its slot, never moved or deleted
by looking at it, and never stops the other slots from working.
"""
from __future__ import annotations

import json
import os
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from ..script.values import text_problem
from . import FileRefused, atomic_write, parse_json, read_limited, remove_temporaries

SLOTS_PER_PAGE: Final = 6
PAGES: Final = 10
AUTOSAVES: Final = 6
QUICK: Final = "quick"
FORMAT: Final = 1

PAGE_SLOTS: Final = tuple(f"{p}-{s}" for p in range(1, PAGES + 1)
                          for s in range(1, SLOTS_PER_PAGE + 1))
AUTO_SLOTS: Final = tuple(f"auto-{k}" for k in range(1, AUTOSAVES + 1))
ALL_SLOTS: Final = (*PAGE_SLOTS, QUICK, *AUTO_SLOTS)
_KNOWN: Final = frozenset(ALL_SLOTS)

if TYPE_CHECKING:  # imported where used: the title screen with no saves needs neither
    from datetime import datetime


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
    name: str | None = None  # the player's name for the save, if they typed one


def slot_name(page: int, index: int) -> str:
    """The name of slot `index` (1-based) on page `page` (1-based): "3-2"."""
    return f"{page}-{index}"


MAX_SAVE_BYTES: Final = 32 * 1024 * 1024  # a save file larger than this is damaged
MAX_NAME: Final = 60  # characters of a save's name
MAX_SHOWN_TEXT: Final = 2000  # characters of `line`, `who` and `chapter` a slot keeps
MAX_HISTORY: Final = 10_000  # entries (the game writes at most its rollback limit)
_EARLIEST_YEAR, _LATEST_YEAR = 1971, 9000  # a time outside is not a time a save was made
_THUMB_NAME: Final = re.compile(r"[0-9a-z-]+-[0-9a-f]{16}\.png")


def check_save(data: Any, game: str) -> str | None:  # noqa: C901
    """What is wrong with a save file's JSON, or None if it can be loaded. Every field
    is checked for its type and bounds, so a slot that passes can be listed, shown and
    loaded without anything else failing."""
    if not isinstance(data, dict):
        return "not a save file (not a JSON object)"
    if data.get("game") != game:
        return f"not a save of this game (game: {_short(data.get('game'))})"
    fmt = data.get("format")
    if not isinstance(fmt, int) or isinstance(fmt, bool):
        return f"unknown save format {_short(fmt)}"
    if fmt > FORMAT:
        return f"saved by a newer version of the game (format {fmt}); update the game"
    if fmt < FORMAT:
        return f"save format {fmt} is too old for this game"
    if "state" not in data:
        return "the save has no story state"
    from ..story.state import StateError, StoryState

    try:
        StoryState.from_json(data["state"])
    except StateError as exc:
        return f"the story state cannot be read: {exc}"
    except Exception as exc:  # noqa: BLE001 - any failure here means a damaged state
        return f"the story state cannot be read: {exc!r}"
    for key in ("chapter", "line", "who", "story_hash"):  # a bad "name" is just dropped
        why = _shown_text_problem(data.get(key))
        if why:
            return f"{key!r} {why}"
    if data.get("saved_at") is not None and _parse_time(data["saved_at"]) is None:
        return f"'saved_at' is {_short(data['saved_at'])}, not a time between" \
               f" {_EARLIEST_YEAR} and {_LATEST_YEAR}"
    thumb = data.get("thumbnail")
    if thumb is not None and not (isinstance(thumb, str) and _THUMB_NAME.fullmatch(thumb)):
        return f"'thumbnail' is {_short(thumb)}, not the name of a thumbnail file"
    history = data.get("history", [])
    if not isinstance(history, list):
        return "the history is not a list"
    if len(history) > MAX_HISTORY:
        return f"the history has over {MAX_HISTORY} entries"
    for k, entry in enumerate(history):
        if not isinstance(entry, dict):
            return f"history entry {k + 1} is not an object"
        for key in ("who", "text", "color", "line_id"):
            why = _shown_text_problem(entry.get(key), limit=100_000)
            if why:
                return f"history entry {k + 1}: {key!r} {why}"
    return None


_UNNAMEABLE: Final = ("Cc", "Cs", "Co", "Cn", "Zl", "Zp")  # Unicode categories dropped


def typeable(text: str) -> str:
    """Text as the name field keeps it while typing: no control characters, line
    breaks, lone surrogates or unassigned code points."""
    return "".join(c for c in text if unicodedata.category(c) not in _UNNAMEABLE)


def clean_name(text: Any) -> str | None:
    """A save's name as typed, made safe to keep and show: control characters and
    lone surrogates dropped, spaces collapsed, at most MAX_NAME characters; None if
    nothing is left (or it is not text)."""
    if not isinstance(text, str):
        return None
    kept = " ".join(typeable(text).split())[:MAX_NAME].strip()
    return kept or None


def _shown_text_problem(value: Any, limit: int = MAX_SHOWN_TEXT) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str):
        return f"is {_short(value)}, not text"
    if len(value) > limit:
        return f"is over {limit} characters long"
    return text_problem(value)


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _clip(text: str | None) -> str | None:
    """Text as a slot keeps it: at most MAX_SHOWN_TEXT characters."""
    if text is None or len(text) <= MAX_SHOWN_TEXT:
        return text
    return text[:MAX_SHOWN_TEXT - 1] + "\u2026"


THUMBNAIL_SIZE = (384, 216)  # a slot's picture of the screen


class SaveStore:
    """The save slots in one folder.

    A slot is `SLOT.json` naming its thumbnail `SLOT-HASH.png` (HASH from the PNG's
    bytes). A save writes the PNG first, then the JSON atomically, then removes the
    slot's older PNGs: a crash at any moment leaves the old slot or the new one whole,
    never a JSON whose picture is missing or belongs to another save. Leftovers of a
    crash (temporary files, pictures no JSON names) are removed when the store opens.
    """

    thumbnail_size: tuple[int, int] = THUMBNAIL_SIZE

    def __init__(self, folder: Path, game: str) -> None:
        """`game`: the name saves of this game carry (game.toml's save_id)."""
        self.folder = Path(folder)
        self.game = game
        self.folder.mkdir(parents=True, exist_ok=True)
        self.tidy()

    # -- paths --------------------------------------------------------------------
    def json_path(self, slot: str) -> Path:
        _require_slot(slot)
        return self.folder / f"{slot}.json"

    def png_path(self, slot: str) -> Path:
        """The picture of a save written before thumbnails were named by content."""
        _require_slot(slot)
        return self.folder / f"{slot}.png"

    def _pictures(self, slot: str) -> list[Path]:
        """Every thumbnail file of `slot`, whichever save it belongs to."""
        from glob import escape as glob_escape

        out = []
        legacy = self.png_path(slot)
        if legacy.exists():
            out.append(legacy)
        for p in self.folder.glob(f"{glob_escape(slot)}-*.png"):
            if _THUMB_NAME.fullmatch(p.name) and p.name[:-21] == slot:
                out.append(p)
        return out

    # -- writing ------------------------------------------------------------------
    def save(self, slot: str, state: dict[str, Any], *, chapter: str | None,
             line: str | None, who: str | None, thumbnail_png: bytes | None,
             history: list[dict[str, Any]] | None = None,
             story_hash: str = "", name: str | None = None) -> SlotInfo:
        """Write the slot: its thumbnail under a name of its own, then the JSON naming
        it, atomically, then remove the slot's older pictures. Raises SaveError if the
        state cannot be written as JSON or the disk refuses."""
        import hashlib
        from datetime import datetime

        from ..story.state import StateError, StoryState

        jpath = self.json_path(slot)
        try:
            StoryState.from_json(state)
        except StateError as exc:
            raise SaveError(f"the game could not be saved: {exc}") from None
        saved_at = datetime.now().astimezone()
        chapter, line, who = _clip(chapter), _clip(line), _clip(who)
        name = clean_name(name)
        thumb = None
        if thumbnail_png is not None:
            thumb = f"{slot}-{hashlib.sha256(thumbnail_png).hexdigest()[:16]}.png"
        doc = {
            "format": FORMAT,
            "game": self.game,
            "saved_at": saved_at.isoformat(),
            "chapter": chapter,
            "line": line,
            "who": who,
            "story_hash": story_hash,
            "state": state,
            "history": history or [],
            "thumbnail": thumb,
        }
        if name:
            doc["name"] = name
        why = check_save(doc, self.game)
        if why is not None:
            raise SaveError(f"the game could not be saved: {why}")
        try:
            raw = json.dumps(doc, ensure_ascii=False, sort_keys=True, allow_nan=False)
        except (TypeError, ValueError, RecursionError) as exc:
            raise SaveError(f"the game could not be saved: {exc}") from None
        try:
            if thumb is not None and thumbnail_png is not None:
                atomic_write(self.folder / thumb, thumbnail_png)
            atomic_write(jpath, raw.encode("utf-8"))
        except OSError as exc:
            raise SaveError(f"the game could not be saved to {jpath}:"
                            f" {exc.strerror or exc}") from None
        self._drop_pictures(slot, keep=thumb)
        return SlotInfo(slot, True, saved_at=saved_at, chapter=chapter, line=line, who=who,
                        thumbnail=self.folder / thumb if thumb else None, name=name)

    def _drop_pictures(self, slot: str, keep: str | None) -> None:
        for p in self._pictures(slot):
            if p.name != keep:
                try:
                    p.unlink()
                except OSError:
                    pass

    def tidy(self) -> None:
        """Remove what a crash mid-save can leave: temporary files, and thumbnails that
        no slot's JSON names (a save's JSON is written after its picture)."""
        remove_temporaries(self.folder)
        try:
            names = [p.name for p in self.folder.iterdir()]
        except OSError:
            return
        pictures = [n for n in names if _THUMB_NAME.fullmatch(n)]
        if not pictures:
            return
        wanted: set[str] = set()
        for slot in {n[:-21] for n in pictures}:
            if slot in _KNOWN:
                data = self._read(slot)
                if data is not None and isinstance(data.get("thumbnail"), str):
                    wanted.add(data["thumbnail"])
        for n in pictures:
            if n not in wanted and n[:-21] in _KNOWN:
                try:
                    (self.folder / n).unlink()
                except OSError:
                    pass

    def _read(self, slot: str) -> dict[str, Any] | None:
        """The slot's JSON object if it parses (checked or not), else None."""
        try:
            raw = read_limited(self.json_path(slot), MAX_SAVE_BYTES)
        except (OSError, FileRefused):
            return None
        data, _why = parse_json(raw)
        return data

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
        self.json_path(slot).unlink(missing_ok=True)
        self._drop_pictures(slot, keep=None)

    # -- reading ------------------------------------------------------------------
    def _read_checked(self, slot: str) -> tuple[dict[str, Any] | None, str | None]:
        """(data, None) for a good save; (None, None) when empty; (None, why) when
        damaged or unreadable."""
        path = self.json_path(slot)
        try:
            raw = read_limited(path, MAX_SAVE_BYTES)
        except FileNotFoundError:
            return None, None
        except FileRefused as exc:
            return None, str(exc)
        except OSError as exc:
            return None, f"could not be read: {exc.strerror or exc}"
        data, why = parse_json(raw)
        if why is None:
            why = check_save(data, self.game)
        return (data, None) if why is None else (None, why)

    def load(self, slot: str) -> dict[str, Any]:
        """The whole save (its "state" is checked by StoryState.from_json). Raises
        SaveError saying why when the slot is empty or the file is damaged."""
        data, why = self._read_checked(slot)
        if data is None and why is None:
            raise SaveError(f"slot {slot} is empty")
        if data is None:
            raise SaveError(f"slot {slot} is damaged: {why}")
        return data

    def info(self, slot: str) -> SlotInfo:
        """What the slot holds; a damaged file shows as damaged with its problem. Never
        raises for a file's content (only for an unknown slot name)."""
        path = self.json_path(slot)
        data, why = self._read_checked(slot)
        if data is None and why is None:
            return SlotInfo(slot, False)
        if data is None:
            return SlotInfo(slot, True, True, why, saved_at=_mtime(path))
        return SlotInfo(slot, True, saved_at=_parse_time(data.get("saved_at")) or _mtime(path),
                        chapter=data.get("chapter"), line=data.get("line"),
                        who=data.get("who"), thumbnail=self._thumbnail(slot, data),
                        name=clean_name(data.get("name")))

    def _thumbnail(self, slot: str, data: dict[str, Any]) -> Path | None:
        """The picture the save names (or, for an older save, SLOT.png) if it is there."""
        if "thumbnail" in data:
            name = data["thumbnail"]
            p = self.folder / name if isinstance(name, str) and name[:-21] == slot else None
        else:
            p = self.png_path(slot)
        return p if p is not None and p.is_file() else None

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
    """An ISO time from a save, as an aware local datetime (naive ones taken as local);
    None unless it is a time between _EARLIEST_YEAR and _LATEST_YEAR."""
    if not isinstance(text, str) or len(text) > 64:
        return None
    from datetime import datetime

    try:
        t = datetime.fromisoformat(text)
        if not _EARLIEST_YEAR <= t.year <= _LATEST_YEAR:
            return None
        t = t.astimezone()  # a naive time is taken as local time
        t.timestamp()
    except (ValueError, OverflowError, OSError):
        return None
    return t


def _mtime(path: Path) -> datetime | None:
    from datetime import datetime

    try:
        return datetime.fromtimestamp(path.stat().st_mtime).astimezone()
    except (OSError, ValueError, OverflowError):
        return None
