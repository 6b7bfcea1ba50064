"""What the runtime tells presenters (in the lists its calls return): small frozen
dataclasses."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..scene import model as M

if TYPE_CHECKING:  # only an annotation here; the window's first frame needs no parser
    from ..script.ast import Transition


@dataclass(frozen=True, slots=True)
class Say:
    """A line to show. `text` is interpolated and still carries its text tags."""

    who: str | None
    text: str
    line_id: str
    color: str | None = None
    what_color: str | None = None
    kind: str = "say"  # say | narration | centered
    extend: bool = False
    seen: bool = False  # read before, in this or an earlier play
    character: str | None = None  # the speaker's variable, e.g. "k"
    nvl: bool = False  # said in NVL mode: one entry of a full-screen page
    page: tuple[Say, ...] = ()  # NVL: the page's earlier entries, oldest first
    side_image: str | None = None  # the side image shown beside the line, e.g. "side e happy"


@dataclass(frozen=True, slots=True)
class Choice:
    index: int  # 0-based among the menu's choices as written
    text: str


@dataclass(frozen=True, slots=True)
class Menu:
    caption: Say | None
    choices: tuple[Choice, ...]
    line_id: str
    nvl: bool = False  # the choices are shown on the NVL page, below its entries
    page: tuple[Say, ...] = ()  # NVL: the page's entries (with the caption), oldest first


@dataclass(frozen=True, slots=True)
class Chose:
    text: str
    index: int


@dataclass(frozen=True, slots=True)
class Scene:
    image: str | None
    light: M.Light | None = None  # the light the background casts on sprites
    transform: list | None = None  # `scene bg at t` / ATL (game/scene/transform.py)


@dataclass(frozen=True, slots=True)
class Light:
    """The light on the sprites changes (`light NAME`, `light None`)."""

    light: M.Light | None


@dataclass(frozen=True, slots=True)
class Show:
    tag: str
    image: str
    at: str | None
    behind: tuple[str, ...] = ()
    transform: list | None = None  # the sprite's transforms (game/scene/transform.py)
    zorder: int | None = None
    text: str | None = None  # `show text "..."`
    layers: list | None = None  # a layeredimage's layers (image names), bottom to top


@dataclass(frozen=True, slots=True)
class Hide:
    tag: str


@dataclass(frozen=True, slots=True)
class With:
    transition: Transition | None
    source: str = "None"
    clause: bool = False  # from `scene/show/hide ... with T` rather than its own line


@dataclass(frozen=True, slots=True)
class Play:
    channel: str
    files: tuple[str, ...]
    fadein: float = 0.0
    fadeout: float | None = None
    loop: bool = True


@dataclass(frozen=True, slots=True)
class Queue:
    channel: str
    files: tuple[str, ...]
    loop: bool = True
    fadein: float = 0.0


@dataclass(frozen=True, slots=True)
class Stop:
    channel: str
    fadeout: float | None = None


@dataclass(frozen=True, slots=True)
class Pause:
    seconds: float | None


@dataclass(frozen=True, slots=True)
class Window:
    mode: str
    transition: Transition | None = None


@dataclass(frozen=True, slots=True)
class NvlClear:
    """`nvl clear`: the NVL page is emptied; the next NVL line starts a new one."""


@dataclass(frozen=True, slots=True)
class LabelReached:
    label: str


@dataclass(frozen=True, slots=True)
class Sync:
    """Set the whole stage and audio at once (after a load, a rollback or a chapter jump);
    Sync() empties both. The runtime hands out copies: presenters may keep them."""

    stage: M.Stage = field(default_factory=M.Stage)
    audio: M.Soundscape = field(default_factory=M.Soundscape)


@dataclass(frozen=True, slots=True)
class Notice:
    """Something the reader should be told (e.g. a save resumed at an earlier line)."""

    text: str


@dataclass(frozen=True, slots=True)
class Input:
    """renpy.input: the reader types a line (at most `length` characters) and gives
    it with Runtime.enter; `default` is the text the box starts with."""

    prompt: str
    default: str
    length: int | None
    line_id: str


@dataclass(frozen=True, slots=True)
class Entered:
    """The text the reader gave a renpy.input."""

    text: str


@dataclass(frozen=True, slots=True)
class Prepare:
    """What the next statements may show and play, on every branch (as Yarn's
    PrepareForLines): sent when the runtime waits and the set changed, if its
    look_ahead is on, so that a window can load them before they are needed."""

    images: tuple[tuple[str, str], ...]  # (name, "bg" | "sprite")
    audio: tuple[str, ...]  # files


@dataclass(frozen=True, slots=True)
class End:
    pass


Event = (Say | Menu | Chose | Scene | Light | Show | Hide | With | Play | Queue | Stop | Pause
         | Window | NvlClear | LabelReached | Sync | Notice | Input | Entered | Prepare | End)
