"""The story state as plain data, round-tripping through JSON exactly.

Changelog of SAVE_VERSION:
  1: first version (variables, position, call stack, stage, audio, seen, trail).
  2: the stage carries its light (a version 1 save takes the light of its scene).
  3: the NVL page's entries (nvl) and the side images' attributes (side); older saves
     have an empty page and no side attributes.
  4: `rng` (renpy.random's state), `labels_seen` (renpy.seen_label) and the waiting
     state `input` (renpy.input); older saves get the first seed and the labels of
     their seen lines.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any, Final

from ..scene.model import Soundscape, Stage
from ..script.values import UnstorableValue, check_value, text_problem

SAVE_VERSION: Final = 4
MIN_LOAD_VERSION: Final = 1
TRAIL_LENGTH: Final = 64

# waiting states
START: Final = "start"
CONTINUE: Final = "continue"
CHOICE: Final = "choice"
ENDED: Final = "ended"
INPUT: Final = "input"  # renpy.input is asking for text
WAITING_STATES: Final = (START, CONTINUE, CHOICE, ENDED, INPUT)
DEFAULT_SEED: Final = 0x5EED  # renpy.random's first state in a new story
MAX_RNG: Final = (1 << 64) - 1

MAX_TEXT_FIELD: Final = 10_000  # characters in a sid, label, image name or file name
MAX_ITEMS: Final = 2_000_000  # entries in one list of the state (seen lines, ...)
MAX_NVL_ENTRIES: Final = 100  # entries on one NVL page (Ren'Py's template keeps 6)
NVL_KEYS: Final = ("who", "text", "color", "what_color", "kind", "character")


class StateError(ValueError):
    """A save or state that cannot be read; the message says why."""


@dataclass
class StoryState:
    variables: dict[str, Any] = field(default_factory=dict)
    position: str | None = None  # sid of the statement waiting or about to run
    waiting: str = START
    call_stack: list[str] = field(default_factory=list)  # sids of call statements
    stage: Stage = field(default_factory=Stage)
    audio: Soundscape = field(default_factory=Soundscape)
    seen: set[str] = field(default_factory=set)
    label: str | None = None
    trail: list[str] = field(default_factory=list)  # recent statement sids, oldest first
    last_who: str | None = None  # for extend
    choices: list[int] = field(default_factory=list)  # offered menu choices, while waiting
    # the NVL page, oldest entry first: {who, text, color, what_color, kind, character}
    nvl: list[dict[str, str | None]] = field(default_factory=list)
    side: dict[str, str] = field(default_factory=dict)  # image tag -> side image attributes
    rng: int = DEFAULT_SEED  # renpy.random's generator (see story/library.py)
    labels_seen: set[str] = field(default_factory=set)  # for renpy.seen_label

    def to_json(self) -> dict[str, Any]:
        return {
            "version": SAVE_VERSION,
            "variables": self.variables,
            "position": self.position,
            "waiting": self.waiting,
            "call_stack": list(self.call_stack),
            "stage": self.stage.to_json(),
            "audio": self.audio.to_json(),
            "seen": sorted(self.seen),
            "label": self.label,
            "trail": list(self.trail),
            "last_who": self.last_who,
            "choices": list(self.choices),
            "nvl": [dict(e) for e in self.nvl],
            "side": dict(self.side),
            "rng": self.rng,
            "labels_seen": sorted(self.labels_seen),
        }

    @classmethod
    def from_json(cls, d: Any) -> StoryState:  # noqa: C901
        """The state from JSON data, every field checked for its type and bounds first:
        a tampered or damaged state raises StateError naming the field, never another
        exception, and a state that loads can always be saved again."""
        if not isinstance(d, dict):
            raise StateError("the state is not a JSON object")
        version = d.get("version")
        if not isinstance(version, int) or isinstance(version, bool) \
                or version < MIN_LOAD_VERSION:
            raise StateError(f"save version {_short(version)} is older than this game can"
                             f" read (oldest: {MIN_LOAD_VERSION})")
        if version > SAVE_VERSION:
            raise StateError(f"save version {version} is newer than this game"
                             f" ({SAVE_VERSION}); update the game to load it")
        if "variables" not in d:
            raise StateError("the state has no 'variables'")
        variables = d["variables"]
        if not isinstance(variables, dict):
            raise StateError("'variables' is not an object")
        try:
            check_value(variables)
        except UnstorableValue as exc:
            raise StateError(f"'variables': {exc}") from None
        waiting = d.get("waiting", START)
        if waiting not in WAITING_STATES:
            raise StateError(f"'waiting' is {_short(waiting)}, not one of"
                             f" {', '.join(WAITING_STATES)}")
        choices = _field(d, "choices", list, [])
        if not all(type(c) is int and 0 <= c < MAX_ITEMS for c in choices):
            raise StateError("'choices' must be a list of choice numbers")
        rng = d.get("rng", DEFAULT_SEED)
        if type(rng) is not int or not 0 <= rng <= MAX_RNG:
            raise StateError("'rng' must be a whole number from 0 to 2**64-1")
        seen = set(_texts(d, "seen"))
        labels_seen = set(_texts(d, "labels_seen")) if "labels_seen" in d else \
            {sid.rsplit(":", 1)[0] for sid in seen}  # a save from before version 4
        stage = _field(d, "stage", dict, {})
        sprites = _field(stage, "sprites", list, [], "stage.")
        for k, sp in enumerate(sprites):
            if not isinstance(sp, dict):
                raise StateError(f"stage.sprites[{k}] is not an object")
            for key in ("tag", "image", "at"):
                _text(sp, key, f"stage.sprites[{k}].", required=key != "at")
        _text(stage, "scene", "stage.")
        _text(stage, "window", "stage.")
        _light(stage.get("light"))
        audio = _field(d, "audio", dict, {})
        for name, ch in audio.items():
            _check_text(name, "audio channel name")
            if not isinstance(ch, dict):
                raise StateError(f"audio.{name} is not an object")
            for key in ("files", "queue"):
                _texts(ch, key, f"audio.{name}.")
            if not isinstance(ch.get("loop", True), bool):
                raise StateError(f"audio.{name}.loop is not true or false")
        nvl = _field(d, "nvl", list, [])
        if len(nvl) > MAX_NVL_ENTRIES:
            raise StateError(f"'nvl' has over {MAX_NVL_ENTRIES} entries")
        for k, entry in enumerate(nvl):
            if not isinstance(entry, dict) or not set(entry) <= set(NVL_KEYS):
                raise StateError(f"'nvl[{k}]' is not an NVL entry")
            _text(entry, "text", f"nvl[{k}].", required=True)
            for key in NVL_KEYS:
                _text(entry, key, f"nvl[{k}].")
        side = _field(d, "side", dict, {})
        for tag, attrs in side.items():
            _check_text(tag, "a side image tag")
            _check_text(attrs, f"'side.{tag}'")
        return cls(
            variables=variables,
            position=_text(d, "position"),
            waiting=waiting,
            call_stack=_texts(d, "call_stack"),
            stage=Stage.from_json(stage),
            audio=Soundscape.from_json(audio),
            seen=seen,
            label=_text(d, "label"),
            trail=_texts(d, "trail")[-TRAIL_LENGTH:],
            last_who=_text(d, "last_who"),
            choices=list(choices),
            nvl=[{key: entry.get(key) for key in NVL_KEYS} for entry in nvl],
            side=dict(side),
            rng=rng,
            labels_seen=labels_seen,
        )

    def dumps(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False, sort_keys=True)

    @classmethod
    def loads(cls, text: str) -> StoryState:
        try:
            return cls.from_json(json.loads(text))
        except json.JSONDecodeError as exc:
            raise StateError(f"not valid JSON: {exc}") from None

    def copy(self) -> StoryState:
        return StoryState.from_json(json.loads(json.dumps(self.to_json())))


def _light(light: Any) -> None:
    """stage.light: absent, null, or {name, color "#rrggbb", strength 0..1}."""
    if light is None:
        return
    if not isinstance(light, dict):
        raise StateError(f"'stage.light' is {_short(light)}, not an object")
    _text(light, "name", "stage.light.", required=True)
    color = _text(light, "color", "stage.light.", required=True)
    if not re.fullmatch(r"#[0-9a-fA-F]{6}", color or ""):
        raise StateError(f"'stage.light.color' is {_short(color)}, not a colour like #8ea2d8")
    strength = light.get("strength", 1.0)
    if isinstance(strength, bool) or not isinstance(strength, (int, float)) \
            or not 0.0 <= strength <= 1.0:
        raise StateError(f"'stage.light.strength' is {_short(strength)}, not 0 to 1")


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _field(d: dict[str, Any], key: str, kind: type[list[Any]] | type[dict[str, Any]],
           default: Any, where: str = "") -> Any:
    value = d.get(key, default)
    if not isinstance(value, kind):
        names: dict[type, str] = {list: "a list", dict: "an object"}
        raise StateError(f"'{where}{key}' is {_short(value)}, not {names[kind]}")
    if len(value) > MAX_ITEMS:
        raise StateError(f"'{where}{key}' has over {MAX_ITEMS} entries")
    return value


def _check_text(value: Any, what: str) -> str:
    if not isinstance(value, str):
        raise StateError(f"{what} is {_short(value)}, not text")
    if len(value) > MAX_TEXT_FIELD:
        raise StateError(f"{what} is over {MAX_TEXT_FIELD} characters long")
    why = text_problem(value)
    if why:
        raise StateError(f"{what} {why}")
    return value


def _text(d: dict[str, Any], key: str, where: str = "", *,
          required: bool = False) -> str | None:
    """d[key] checked as text (or None/absent unless required)."""
    value = d.get(key)
    if value is None and not required:
        return None
    return _check_text(value, f"'{where}{key}'")


def _texts(d: dict[str, Any], key: str, where: str = "") -> list[str]:
    items = _field(d, key, list, [], where)
    for k, v in enumerate(items):
        _check_text(v, f"'{where}{key}[{k}]'")
    return list(items)
