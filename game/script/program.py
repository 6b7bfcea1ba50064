"""A loaded story: every statement in one flat list, with where each one leads."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cached_property
from operator import attrgetter
from typing import Any, Final

from ..scene.transform import PLAIN_POSITIONS
from . import ast as A
from .credits import Credits, CreditSection  # noqa: F401 (re-exported)
from .errors import Diagnostic
from .images import AudioIndex, ImageIndex

END_OF_FILE: Final = -1  # control reaching the end of a file returns, as in Ren'Py
LIGHT_PREFIX: Final = "light."  # `define light.night = Light(...)` is constant "light.night"


@dataclass(frozen=True, slots=True)
class Chapter:
    number: int
    label: str
    title: str


def split_at(at: str) -> list[str]:
    """The items of an `at` list as the parser joined them (', ' outside brackets)."""
    items, depth, start = [], 0, 0
    for i, c in enumerate(at):
        if c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
        elif c == "," and depth == 0:
            items.append(at[start:i].strip())
            start = i + 1
    items.append(at[start:].strip())
    return items


@dataclass
class Program:
    """What the runtime steps. Indices are positions in `statements`."""

    statements: list[A.Stmt] = field(default_factory=list)
    next: list[int] = field(default_factory=list)
    # For Label/While: (block start,); If: one per branch; Menu: one per choice.
    branches: dict[int, tuple[int, ...]] = field(default_factory=dict)
    by_sid: dict[str, int] = field(default_factory=dict)
    labels: dict[str, int] = field(default_factory=dict)
    label_of: list[str] = field(default_factory=list)
    characters: dict[str, A.CharacterDef] = field(default_factory=dict)
    constants: dict[str, Any] = field(default_factory=dict)
    defaults: list[A.Default] = field(default_factory=list)
    transitions: dict[str, A.Transition | None] = field(default_factory=dict)
    images: ImageIndex = field(default_factory=ImageIndex)
    audio: AudioIndex = field(default_factory=AudioIndex)
    warnings: list[Diagnostic] = field(default_factory=list)
    files: list[A.ScriptFile] = field(default_factory=list)
    title: str = "Untitled"
    start: str = "start"
    chapters: list[Chapter] = field(default_factory=list)
    variables: set[str] = field(default_factory=set)
    source_hash: str = ""
    # what was skipped as not story code: kind -> (how many, in how many files)
    skipped: dict[str, tuple[int, int]] = field(default_factory=dict)
    credits: Credits | None = None
    # an `at` item's source -> its transform's steps (game/scene/transform.py)
    transforms: dict[str, list] = field(default_factory=dict)
    image_transforms: dict[str, list] = field(default_factory=dict)  # image name -> steps
    layered: dict[str, dict] = field(default_factory=dict)  # layeredimage tag -> layers
    image_layers: dict[str, list] = field(default_factory=dict)  # Composite -> layers

    def sprite_transform(self, at: str | None, atl: str | None, image: str = ""
                         ) -> list | None:
        """The transforms a show statement gives its sprite (None: keep the sprite's);
        an image made by Transform("file", ...) wears its own first."""
        own = self.image_transforms.get(image)
        if own is not None:
            return [own] + (self.sprite_transform(at, atl) or [])
        if at is None and atl is None:
            return None
        items = split_at(at) if at else []
        if atl is None and all(i in PLAIN_POSITIONS for i in items):
            return []  # placed as the renderer always has (art packs' anchors included)
        out = [self.transforms[i] for i in items if i in self.transforms]
        if atl is not None:
            out.append(json.loads(atl))
        return out

    def index_of(self, stmt: A.Stmt) -> int:
        return self.by_sid[stmt.sid]

    def chapter(self, key: str | int) -> Chapter | None:
        """A chapter by 1-based number or label."""
        if isinstance(key, int) or (isinstance(key, str) and key.isdigit()):
            n = int(key)
            return self.chapters[n - 1] if 1 <= n <= len(self.chapters) else None
        for ch in self.chapters:
            if ch.label == key:
                return ch
        return None

    @cached_property
    def lights(self) -> dict[str, A.LightDef]:
        """The story's lights by name (`define light.night = Light(...)` is "night")."""
        n = len(LIGHT_PREFIX)
        return {k[n:]: v for k, v in self.constants.items() if isinstance(v, A.LightDef)}

    @cached_property
    def scene_lights(self) -> dict[str, str]:
        """Background image name -> the name of the light it casts (its scenes=[...])."""
        return {scene: name for name, light in self.lights.items() for scene in light.scenes}

    def chapter_at(self, label: str) -> Chapter | None:
        for ch in self.chapters:
            if ch.label == label:
                return ch
        return None


@dataclass(slots=True)
class Flow:
    """What flatten noticed on its way, so that callers need not look again."""

    labels: list[int] = field(default_factory=list)  # Label indices, in order
    # Indices where control does not simply go to `next` (Jump, Call, Return, Label,
    # While, If, Menu), and the definitions that never run (Define, Default, ImageDef).
    special: list[int] = field(default_factory=list)
    inert: list[int] = field(default_factory=list)


_COMPOUND: Final = frozenset({A.Label, A.If, A.Menu, A.While})
_SPECIAL_PLAIN: Final = frozenset({A.Jump, A.Call, A.Return, A.Restart})
_INERT: Final = frozenset({A.Define, A.Default, A.ImageDef})
_NOTED: Final = _COMPOUND | _SPECIAL_PLAIN | _INERT


def flatten(program: Program, files: list[A.ScriptFile]) -> Flow:  # noqa: C901
    """Number every statement in source order and link each to what follows it.

    One pass: a statement's successor is the next statement appended after its
    subtree, so indices still waiting for a successor ("tails") are patched as
    soon as it is known. A run of plain statements (no block, no jump) is added at
    once: each one's successor is simply the one after it.
    """
    stmts = program.statements
    label_of = program.label_of
    nxt = program.next
    branches = program.branches
    flow = Flow()
    labels_at, special, inert = flow.labels, flow.special, flow.inert
    Label, If, While = A.Label, A.If, A.While
    label = ""
    empty: list[int] = []  # statements with an empty block, to patch at the end

    def walk(block: tuple[A.Stmt, ...]) -> tuple[int | None, list[int]]:  # noqa: C901
        nonlocal label
        n = len(block)
        if not n:
            return None, []
        first = len(stmts)
        tails: list[int] = []
        j = 0  # block[j:k] is a run of plain statements not yet added
        # where the statements that are not plain are, found by C-level scans
        types = list(map(type, block))
        found: list[int] = []
        for t in _NOTED.intersection(types):
            k = -1
            for _ in range(types.count(t)):
                k = types.index(t, k + 1)
                found.append(k)
        found.sort()
        for k in found:
            s = block[k]
            t = types[k]
            i = len(stmts)
            if k > j:
                for t2 in tails:
                    nxt[t2] = i
                stmts.extend(block[j:k])
                label_of.extend([label] * (k - j))
                i += k - j
                nxt.extend(range(i - (k - j) + 1, i + 1))
                tails = [i - 1]
            j = k + 1
            for t2 in tails:
                nxt[t2] = i
            stmts.append(s)
            nxt.append(END_OF_FILE)
            if t is Label:
                label = s.name  # type: ignore[attr-defined]
                label_of.append(label)
                labels_at.append(i)
                special.append(i)
                start, inner = walk(s.block)  # type: ignore[attr-defined]
                if start is None:
                    empty.append(i)
                branches[i] = (start,)  # type: ignore[assignment]
                tails = [i, *inner]
            elif t is If or t is A.Menu:
                label_of.append(label)
                special.append(i)
                blocks = ([b for _c, _s, b in s.branches] if t is If  # type: ignore[attr-defined]
                          else [ch.block for ch in s.choices])  # type: ignore[attr-defined]
                starts = []
                tails = [i]
                for b in blocks:
                    start, inner = walk(b)
                    if start is None:
                        empty.append(i)
                    starts.append(start)
                    tails.extend(inner)
                branches[i] = tuple(starts)  # type: ignore[arg-type]
            elif t is While:
                label_of.append(label)
                special.append(i)
                start, inner = walk(s.block)  # type: ignore[attr-defined]
                for t2 in inner:
                    nxt[t2] = i
                branches[i] = (start if start is not None else i,)
                tails = [i]
            else:
                label_of.append(label)
                (inert if t in _INERT else special).append(i)
                tails = [i]
        if j < n:
            i = len(stmts)
            for t2 in tails:
                nxt[t2] = i
            stmts.extend(block[j:])
            label_of.extend([label] * (n - j))
            i += n - j
            nxt.extend(range(i - (n - j) + 1, i + 1))
            tails = [i - 1]
        return first, tails

    for f in files:
        label = "file:" + f.path
        _first, tails = walk(f.statements)
        for t in tails:
            nxt[t] = END_OF_FILE
    for i in empty:  # an empty block goes straight to what follows
        branches[i] = tuple(nxt[i] if s is None else s for s in branches[i])
    program.by_sid = dict(zip(map(_sid_of, stmts), range(len(stmts))))
    return flow


_sid_of: Final = attrgetter("sid")


def successors(program: Program, i: int) -> list[int]:
    """Where control can go after statement i (for reachability and prediction)."""
    s = program.statements[i]
    nxt = program.next[i]
    if isinstance(s, A.Jump):
        if s.expr is not None:  # any label may be the one named when it runs
            return list(program.labels.values())
        t = program.labels.get(s.target)
        return [t] if t is not None else []
    if isinstance(s, (A.Return, A.Restart)):
        return []
    if isinstance(s, A.Call):
        if s.expr is not None:
            return list(program.labels.values()) + ([nxt] if nxt != END_OF_FILE else [])
        t = program.labels.get(s.target)
        return ([t] if t is not None else []) + ([nxt] if nxt != END_OF_FILE else [])
    if isinstance(s, A.Label):
        return [program.branches[i][0]]
    if isinstance(s, A.While):
        return [program.branches[i][0], nxt]
    if isinstance(s, A.If):
        out = list(program.branches[i])
        if s.branches[-1][0] is not None:  # no else: may fall past
            out.append(nxt)
        return out
    if isinstance(s, A.Menu):
        out = list(program.branches[i])
        if (s.set_ is not None or all(c.condition is not None for c in s.choices)) \
                and nxt != END_OF_FILE:
            out.append(nxt)  # every choice may be hidden: the menu is skipped
        return out
    return [nxt]
