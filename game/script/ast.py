"""The story's syntax tree: frozen dataclasses, one per statement kind.

Every statement carries `loc` (path, line, col) for messages and `sid`, a stable
id made of its label and its content, so a save finds its line after edits.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Final

from ..scene.moves import DURATION as MOVE_DURATION
from ..scene.moves import SPRITE_MOVES

Loc = tuple[str, int, int]
Code = tuple  # checked expression code, see pyexpr


@dataclass(frozen=True, slots=True)
class Transition:
    """A transition value: what `with` names, resolved when the script loads."""

    kind: str  # dissolve | fade | vpunch | hpunch | flash | move... (see loader's built-ins)
    duration: float = 0.5
    out_time: float = 0.0
    hold: float = 0.0
    in_time: float = 0.0
    color: str = "#000000"
    image: str = ""  # imagedissolve: the mask's image name (bright pixels change first)
    ramp: int = 5  # imagedissolve: how many brightness levels are half changed at once
    reverse: bool = False  # imagedissolve: dark pixels change first

    def describe(self) -> str:
        if self.kind in SPRITE_MOVES:
            return self.kind if self.duration == MOVE_DURATION else \
                f"{self.kind}({self.duration:g})"
        if self.kind == "imagedissolve":
            return f"ImageDissolve({self.image!r}, {self.duration:g}, {self.ramp}" + \
                (", reverse=True)" if self.reverse else ")")
        if self.kind == "dissolve":
            return "dissolve" if self.duration == 0.5 else f"Dissolve({self.duration:g})"
        if self.kind == "fade":
            if (self.out_time, self.hold, self.in_time, self.color) == (0.5, 0.0, 0.5, "#000000"):
                return "fade"
            extra = "" if self.color == "#000000" else f', color="{self.color}"'
            return f"Fade({self.out_time:g}, {self.hold:g}, {self.in_time:g}{extra})"
        if self.kind == "pause":
            return f"Pause({self.duration:g})"
        if self.kind not in ("vpunch", "hpunch", "flash") and self.duration != 1.0:
            return f"{self.kind}({self.duration:g})"
        return self.kind

    @property
    def total(self) -> float:
        return self.out_time + self.hold + self.in_time if self.kind in ("fade", "flash") \
            else self.duration


@dataclass(frozen=True, slots=True)
class LightDef:
    """What `Light(color, strength, scenes=[...])` defines, as `define light.NAME`: the
    light a scene casts on its sprites, and the backgrounds that cast it."""

    color: str
    strength: float = 1.0
    scenes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CharacterDef:
    """What `Character(...)` defines: a speaker's name and how it is shown."""

    name: str | None
    color: str | None = None
    what_color: str | None = None
    image: str | None = None
    who_prefix: str = ""
    who_suffix: str = ""
    what_prefix: str = ""
    what_suffix: str = ""
    kind: str = "adv"


@dataclass(frozen=True, slots=True)
class Stmt:
    loc: Loc
    sid: str


@dataclass(frozen=True, slots=True)
class Label(Stmt):
    name: str
    block: tuple[Stmt, ...]
    # `label greet(name, polite=True):` -> (("name", None), ("polite", code))
    params: tuple[tuple[str, Code | None], ...] = ()


@dataclass(frozen=True, slots=True)
class Say(Stmt):
    """who is a character variable, or None for narration; who_name a literal name."""

    who: str | None
    who_name: str | None
    attributes: tuple[str, ...]
    text: str
    with_: str | None = None
    ident: str | None = None  # an `id NAME` clause: the line's translation id, pinned


@dataclass(frozen=True, slots=True)
class Choice:
    text: str
    condition: Code | None
    condition_src: str | None
    block: tuple[Stmt, ...]
    loc: Loc


@dataclass(frozen=True, slots=True)
class Menu(Stmt):
    caption: Say | None
    choices: tuple[Choice, ...]
    nvl: bool = False  # `menu (nvl=True):` or `define menu = nvl_menu`: on the NVL page
    set_: Code | None = None  # `set NAME`: a list of the choices taken, hidden after


@dataclass(frozen=True, slots=True)
class If(Stmt):
    """branches: (condition code or None for else, source, block)."""

    branches: tuple[tuple[Code | None, str | None, tuple[Stmt, ...]], ...]


@dataclass(frozen=True, slots=True)
class While(Stmt):
    condition: Code
    condition_src: str
    block: tuple[Stmt, ...]


@dataclass(frozen=True, slots=True)
class Jump(Stmt):
    target: str  # the label, or the expression's source for `jump expression`
    expr: Code | None = None  # `jump expression E`, `renpy.jump(E)`: checked when run


@dataclass(frozen=True, slots=True)
class Call(Stmt):
    target: str
    expr: Code | None = None  # `call expression E`
    args: tuple[Code, ...] = ()  # `call greet("Eileen", polite=False)`
    kwargs: tuple[tuple[str, Code], ...] = ()


@dataclass(frozen=True, slots=True)
class Return(Stmt):
    value: Code | None = None  # `return EXPR`: the caller's _return


@dataclass(frozen=True, slots=True)
class Pass(Stmt):
    pass


@dataclass(frozen=True, slots=True)
class Pause(Stmt):
    seconds: float | None
    expr: Code | None = None  # `pause EXPR`, `renpy.pause(EXPR)`: worked out when run


@dataclass(frozen=True, slots=True)
class Input(Stmt):
    """`$ NAME = renpy.input(prompt, default=, length=)`: the reader types a line."""

    target: Code  # where the text goes (a name, an item, persistent.x)
    prompt: Code
    default: Code | None = None
    length: int | None = None
    strip: bool = False  # `renpy.input(...).strip()`


@dataclass(frozen=True, slots=True)
class Notify(Stmt):
    """`$ renpy.notify(message)`: a passing notice (a toast)."""

    message: Code


@dataclass(frozen=True, slots=True)
class Restart(Stmt):
    """`$ renpy.full_restart()` (back to the main menu) or `$ renpy.quit()`: the play
    ends here."""

    kind: str  # restart | quit


NVL_CLEAR: Final = "nvl clear"  # `nvl clear` is a Window statement of this mode


@dataclass(frozen=True, slots=True)
class Window(Stmt):
    mode: str  # show | hide | auto | NVL_CLEAR
    with_: str | None = None


@dataclass(frozen=True, slots=True)
class Python(Stmt):
    """A `$` line: checked code, never Python run by the interpreter."""

    code: Code
    source: str


@dataclass(frozen=True, slots=True)
class Define(Stmt):
    name: str
    code: Code
    source: str


@dataclass(frozen=True, slots=True)
class Default(Stmt):
    name: str
    code: Code
    source: str


@dataclass(frozen=True, slots=True)
class ImageDef(Stmt):
    name: tuple[str, ...]
    filename: str


@dataclass(frozen=True, slots=True)
class Scene(Stmt):
    image: tuple[str, ...] | None
    with_: str | None = None
    at: str | None = None
    atl: str | None = None  # as Show's


@dataclass(frozen=True, slots=True)
class Show(Stmt):
    image: tuple[str, ...]
    at: str | None = None
    behind: tuple[str, ...] = ()
    as_: str | None = None
    with_: str | None = None
    atl: str | None = None  # the ATL block's steps, as JSON (see game/script/atl.py)
    zorder: int | None = None
    text: str | None = None  # `show text "..."`: words as an image


@dataclass(frozen=True, slots=True)
class Hide(Stmt):
    tag: str
    with_: str | None = None


@dataclass(frozen=True, slots=True)
class Light(Stmt):
    """`light NAME` (a `define light.NAME`) or `light None`: the light on the sprites
    until the next scene."""

    name: str | None
    with_: str | None = None


@dataclass(frozen=True, slots=True)
class With(Stmt):
    transition: str  # source text, resolved by the loader (see Program.transitions)


@dataclass(frozen=True, slots=True)
class Play(Stmt):
    channel: str
    files: tuple[str, ...]
    fadein: float = 0.0
    fadeout: float | None = None
    loop: bool | None = None
    if_changed: bool = False


@dataclass(frozen=True, slots=True)
class Queue(Stmt):
    channel: str
    files: tuple[str, ...]
    loop: bool | None = None
    fadein: float = 0.0


@dataclass(frozen=True, slots=True)
class Stop(Stmt):
    channel: str
    fadeout: float | None = None


Statement = (Label | Say | Menu | If | While | Jump | Call | Return | Pass | Pause | Window
             | Python | Define | Default | ImageDef | Scene | Show | Hide | With | Play | Queue
             | Stop | Light | Input | Notify | Restart)


@dataclass(slots=True)
class ScriptFile:
    path: str
    statements: tuple[Stmt, ...] = field(default_factory=tuple)


def value_to_json(value: Any) -> Any:  # used by lint/debug output
    if isinstance(value, (CharacterDef, Transition, LightDef)):
        return repr(value)
    return value
