"""What the game remembers across plays: chapters reached, lines ever read, the end reached.

Marking is cheap: it only sets `dirty`; the caller saves when it suits it (at a
chapter start, on quitting, every few lines), and `save` writes only if dirty.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..script.values import UnstorableValue, check_value, text_problem
from . import atomic_write, dump_json, read_json


@dataclass
class Persistent:
    """Data kept across every play of the story."""

    unlocked: list[str] = field(default_factory=list)  # chapter labels, first reached first
    seen: set[str] = field(default_factory=set)  # line ids ever read
    finished: bool = False  # the story was finished once
    cgs: list[str] = field(default_factory=list)  # CG image names ever shown (gallery)
    music: list[str] = field(default_factory=list)  # music files ever heard (music room)
    variables: dict[str, Any] = field(default_factory=dict)  # the story's persistent.x
    dirty: bool = field(default=False, compare=False, repr=False)  # changed since saved

    # -- changes ------------------------------------------------------------------
    def unlock(self, label: str) -> bool:
        """Remember that the reader reached chapter `label`; True if that is new."""
        if label in self.unlocked:
            return False
        self.unlocked.append(label)
        self.dirty = True
        return True

    def mark_seen(self, line_id: str) -> None:
        if line_id not in self.seen:
            self.seen.add(line_id)
            self.dirty = True

    def mark_all_seen(self, line_ids: Iterable[str]) -> None:
        """Add many line ids at once (e.g. a loaded save's seen lines)."""
        before = len(self.seen)
        self.seen.update(line_ids)
        if len(self.seen) != before:
            self.dirty = True

    def finish(self) -> None:
        """The reader reached the end: every chapter unlocks."""
        if not self.finished:
            self.finished = True
            self.dirty = True

    def add_to(self, kind: str, item: str) -> bool:
        """Remember a CG seen ("cgs") or a track heard ("music"); True if that is new."""
        items: list[str] = getattr(self, kind)
        if item in items or not _usable(item):
            return False
        items.append(item)
        self.dirty = True
        return True

    # -- questions ----------------------------------------------------------------
    def is_unlocked(self, label: str, chapters: list[str]) -> bool:
        """Whether chapter `label` (one of `chapters`, in story order) can be picked:
        once reached, or once the story is finished; the first chapter always is."""
        if label not in chapters:
            return False
        return self.finished or label in self.unlocked or label == chapters[0]

    # -- JSON ---------------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        return {"unlocked": list(self.unlocked), "seen": sorted(self.seen),
                "finished": self.finished, "cgs": list(self.cgs),
                "music": list(self.music), "variables": self.variables}

    @classmethod
    def from_json(cls, data: Any) -> Persistent:
        return cls.check(data)[0]

    @classmethod
    def check(cls, data: Any) -> tuple[Persistent, list[str]]:
        """Persistent data from JSON, and one sentence per value that was dropped."""
        p = cls()
        problems: list[str] = []
        if not isinstance(data, dict):
            return p, ["the persistent data is not a JSON object; starting empty"]
        unlocked = data.get("unlocked", [])
        if isinstance(unlocked, list):
            bad_labels = [item for item in unlocked if not _usable(item)]
            p.unlocked = list(dict.fromkeys(item for item in unlocked if _usable(item)))
            if bad_labels:
                problems.append(f"unlocked had {len(bad_labels)} entries that are not"
                                f" chapter labels (such as {_short(bad_labels[0])});"
                                " dropped them")
        else:
            problems.append(f"unlocked was {_short(unlocked)}, not a list; reset to none")
        seen = data.get("seen", [])
        if isinstance(seen, list):
            bad = [s for s in seen if not _usable(s)]
            p.seen = {s for s in seen if _usable(s)}
            if bad:
                problems.append(f"seen had {len(bad)} entries that are not line ids;"
                                " dropped them")
        else:
            problems.append(f"seen was {_short(seen)}, not a list; reset to none")
        for kind in ("cgs", "music"):  # older files have neither: none yet
            items = data.get(kind, [])
            if isinstance(items, list):
                setattr(p, kind, list(dict.fromkeys(i for i in items if _usable(i))))
                if len(getattr(p, kind)) != len(items):
                    problems.append(f"{kind} had entries that are not names; dropped them")
            else:
                problems.append(f"{kind} was {_short(items)}, not a list; reset to none")
        variables = data.get("variables", {})
        try:
            if not isinstance(variables, dict):
                raise UnstorableValue("not an object")
            check_value(variables)
            p.variables = variables
        except UnstorableValue as exc:
            problems.append(f"variables were not storable ({exc}); reset to none")
        finished = data.get("finished", False)
        if isinstance(finished, bool):
            p.finished = finished
        else:
            problems.append(f"finished was {_short(finished)}, not true or false; reset to false")
        return p, problems

    # -- files --------------------------------------------------------------------
    @classmethod
    def load(cls, path: Path) -> tuple[Persistent, str | None]:
        """The saved data (empty if there is no file) and any problem found: a damaged
        file is moved aside; bad values are named and dropped."""
        data, problem = read_json(Path(path))
        if data is None:
            return cls(), problem
        p, problems = cls.check(data)
        if problems:
            p.dirty = True  # write the cleaned data back at the next save
            return p, f"{Path(path).name}: " + "; ".join(problems)
        return p, None

    def save(self, path: Path, *, force: bool = False) -> bool:
        """Write atomically if anything changed since the last save (or `force`);
        returns whether the file was written."""
        if not (self.dirty or force):
            return False
        atomic_write(Path(path), dump_json(self.to_json()))
        self.dirty = False
        return True


def _usable(item: Any) -> bool:
    """A label or line id this file can hold: text a save can write back."""
    return isinstance(item, str) and len(item) <= 10_000 and text_problem(item) is None


def _short(value: Any) -> str:
    if isinstance(value, int) and value.bit_length() > 64:
        return "a very long number"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
