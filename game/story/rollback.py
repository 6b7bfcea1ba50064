"""Rollback and history: a bounded list of the reader's interactions (lines and menus).

The app records `Runtime.snapshot()` at each interaction it shows. Rolling back hands
back an earlier snapshot, which `Runtime.restore` turns into stage, music, variables
and the line again. Plain data only; no pygame.

Snapshots are kept as compact JSON text (immutable, so later changes to the runtime's
state cannot reach them) without their `seen` set: lines read stay read when the reader
rolls back, as in Ren'Py, and memory stays bounded by `limit` snapshots of one
interaction's stage, audio, variables and trail.
"""
from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Final

from ..script.texttags import plain
from . import events as E

DEFAULT_LIMIT: Final = 250


@dataclass(frozen=True)
class HistoryEntry:
    """One line on the History screen."""

    who: str | None
    text: str  # plain: text tags removed
    color: str | None
    line_id: str

    @classmethod
    def from_say(cls, say: E.Say) -> HistoryEntry:
        """The entry for a Say event (tags removed; centered text has no speaker)."""
        return cls(say.who, plain(say.text), say.color, say.line_id)

    @classmethod
    def from_event(cls, event: E.Say | E.Menu) -> HistoryEntry | None:
        """The entry for a Say, or for a Menu's caption; None for a menu without one."""
        if isinstance(event, E.Say):
            return cls.from_say(event)
        if isinstance(event, E.Menu) and event.caption is not None:
            return cls.from_say(event.caption)
        return None

    def to_json(self) -> dict[str, Any]:
        return {"who": self.who, "text": self.text, "color": self.color,
                "line_id": self.line_id}

    @classmethod
    def from_json(cls, d: Any) -> HistoryEntry | None:
        """The entry, or None if `d` is not a usable entry."""
        if not isinstance(d, dict):
            return None
        who, text, color, line_id = (d.get("who"), d.get("text"), d.get("color"),
                                     d.get("line_id", ""))
        if not isinstance(text, str) or not isinstance(line_id, str):
            return None
        if who is not None and not isinstance(who, str):
            return None
        if color is not None and not isinstance(color, str):
            color = None
        return cls(who, text, color, line_id)


@dataclass
class _Point:
    snapshot: str | None  # compact JSON without "seen"; None for history loaded from a save
    entry: HistoryEntry | None


class Rollback:
    """The reader's interactions, oldest first, and where the reader is among them."""

    def __init__(self, limit: int = DEFAULT_LIMIT) -> None:
        if limit < 1:
            raise ValueError("the rollback limit must be at least 1")
        self.limit = limit
        self._points: list[_Point] = []
        self._pos = -1  # index of the interaction being shown
        self._seen: set[str] = set()  # every line id any recorded snapshot had seen

    # -- recording ----------------------------------------------------------------
    def record(self, snapshot: dict[str, Any], entry: HistoryEntry | None) -> None:
        """Remember the interaction now shown (a line or a menu) and its history entry.

        After rolling back, recording drops the interactions ahead. Recording the very
        interaction already current again (the app re-presenting what a rollback
        restored) changes nothing; recording the line a loaded history ends with (the
        line a save was made at) gives that entry its snapshot instead of repeating it.
        """
        text = self._pack(snapshot)
        if 0 <= self._pos < len(self._points):
            cur = self._points[self._pos]
            if cur.snapshot == text:
                return
            if cur.snapshot is None and entry is not None and cur.entry == entry \
                    and self._pos == len(self._points) - 1:
                cur.snapshot = text
                return
        del self._points[self._pos + 1:]
        self._points.append(_Point(text, entry))
        self._trim()
        self._pos = len(self._points) - 1

    def _pack(self, snapshot: dict[str, Any]) -> str:
        """The snapshot as kept: compact JSON without "seen" (gathered in _seen)."""
        self._seen.update(snapshot.get("seen", ()))
        body = {k: v for k, v in snapshot.items() if k != "seen"}
        return json.dumps(body, ensure_ascii=False, sort_keys=True, separators=(",", ":"))

    def rebase(self, carry: Callable[[dict[str, Any]], dict[str, Any] | None],
               known: Callable[[str], bool], current: dict[str, Any] | None,
               entry: HistoryEntry | None,
               entry_at: Callable[[dict[str, Any]], HistoryEntry | None] | None = None
               ) -> None:
        """The story changed under the reader (a live reload). Interactions before the
        current one stay, rewritten by `carry` for the new story, if `carry` keeps them
        (None drops one whose line is gone; the very dict given back keeps it as it
        was); a history entry without a snapshot stays if `known(line_id)`. Those
        rolled back from are forgotten (the story ahead may have changed). `current`
        (with its `entry`) is the interaction shown now; with None it is recorded when
        it shows. A kept interaction whose line `carry` moved (it was edited) takes its
        history entry from `entry_at`, if given: the line's new text."""
        kept: list[_Point] = []
        for p in self._points[: max(self._pos, 0)]:
            if p.snapshot is None:
                if p.entry is not None and known(p.entry.line_id):
                    kept.append(p)
                continue
            body = json.loads(p.snapshot)
            snap = carry(body)
            if snap is body:  # nothing to change: keep the text as it is
                kept.append(p)
            elif snap is not None:
                moved = snap.get("position") != body.get("position")
                kept.append(_Point(self._pack(snap), entry_at(snap)
                                   if moved and entry_at is not None else p.entry))
        if current is not None:
            here = current.get("position")
            # resumed at an earlier line: that line's own point is the one shown now
            while kept and kept[-1].snapshot is not None and \
                    json.loads(kept[-1].snapshot).get("position") == here:
                kept.pop()
            kept.append(_Point(self._pack(current), entry))
        self._points = kept
        self._pos = len(kept) - 1
        self._trim()

    def _trim(self) -> None:
        """Keep at most `limit` snapshots (the oldest lose theirs first, keeping their
        history entry) and at most `limit` history entries."""
        points = self._points
        snaps = sum(p.snapshot is not None for p in points)
        k = 0
        while snaps > self.limit:
            if points[k].snapshot is not None:
                points[k].snapshot = None
                snaps -= 1
            k += 1
        entries = sum(p.entry is not None for p in points)
        drop = 0
        while drop < len(points) and (entries > self.limit or (
                points[drop].snapshot is None and points[drop].entry is None)):
            entries -= points[drop].entry is not None
            drop += 1
        if drop:
            del points[:drop]
            self._pos -= drop

    def clear(self) -> None:
        """Forget everything (a new game, or a chapter started from the menu)."""
        self._points.clear()
        self._pos = -1
        self._seen.clear()

    # -- moving -------------------------------------------------------------------
    @property
    def can_back(self) -> bool:
        return self._pos > 0 and self._points[self._pos - 1].snapshot is not None

    @property
    def can_forward(self) -> bool:
        return 0 <= self._pos < len(self._points) - 1

    @property
    def position(self) -> int:
        """Index of the current interaction among those kept (-1 when empty)."""
        return self._pos

    def __len__(self) -> int:
        return len(self._points)

    def back(self) -> dict[str, Any] | None:
        """The snapshot of the previous interaction (now current), or None at the start."""
        if not self.can_back:
            return None
        self._pos -= 1
        return self._snapshot(self._pos)

    def forward(self) -> dict[str, Any] | None:
        """The snapshot of the next interaction rolled back from, or None."""
        if not self.can_forward:
            return None
        self._pos += 1
        return self._snapshot(self._pos)

    def to(self, index: int) -> dict[str, Any] | None:
        """Roll back (or forward) to history entry `index` of `entries()`; its snapshot,
        or None if that entry has none (history loaded from a save) or does not exist."""
        k = self._entry_point(index)
        if k is None or self._points[k].snapshot is None:
            return None
        self._pos = k
        return self._snapshot(k)

    def can_go_to(self, index: int) -> bool:
        """Whether `to(index)` would roll back (the History screen greys out the rest)."""
        k = self._entry_point(index)
        return k is not None and self._points[k].snapshot is not None

    def _entry_point(self, index: int) -> int | None:
        if index < 0:
            return None
        n = -1
        for k in range(0, self._pos + 1):
            if self._points[k].entry is not None:
                n += 1
                if n == index:
                    return k
        return None

    def current(self) -> dict[str, Any] | None:
        """The snapshot of the interaction being shown (what a failed step goes back
        to), or None."""
        if 0 <= self._pos < len(self._points) and self._points[self._pos].snapshot:
            return self._snapshot(self._pos)
        return None

    def _snapshot(self, k: int) -> dict[str, Any]:
        text = self._points[k].snapshot
        assert text is not None
        snap: dict[str, Any] = json.loads(text)
        snap["seen"] = sorted(self._seen)
        return snap

    # -- history ------------------------------------------------------------------
    def entries(self) -> list[HistoryEntry]:
        """History entries up to the current interaction, oldest first (at most limit)."""
        out = [p.entry for p in self._points[: self._pos + 1] if p.entry is not None]
        return out[-self.limit:]

    def history_json(self) -> list[dict[str, Any]]:
        """The entries, for a save file."""
        return [e.to_json() for e in self.entries()]

    def retell(self, tell: Callable[[HistoryEntry], HistoryEntry]) -> None:
        """Replace every history entry by `tell(entry)` (the same line in another
        language, found by its line id); snapshots are untouched."""
        for p in self._points:
            if p.entry is not None:
                p.entry = tell(p.entry)

    def load_history(self, items: list[Any]) -> None:
        """Start again from a save's history: the entries show on the History screen,
        but cannot be rolled back to (a save keeps no snapshots). Unusable items are
        skipped."""
        self.clear()
        entries = [e for e in map(HistoryEntry.from_json, items if isinstance(items, list)
                                  else []) if e is not None]
        self._points = [_Point(None, e) for e in entries[-self.limit:]]
        self._pos = len(self._points) - 1
