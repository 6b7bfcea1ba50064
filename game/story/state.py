"""The story state as plain data, round-tripping through JSON exactly.

Changelog of SAVE_VERSION:
  1: first version (variables, position, call stack, stage, audio, seen, trail).
  2: the stage carries its light (a version 1 save takes the light of its scene).
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Final

from ..scene.model import Soundscape, Stage

SAVE_VERSION: Final = 2
MIN_LOAD_VERSION: Final = 1
TRAIL_LENGTH: Final = 64

# waiting states
START: Final = "start"
CONTINUE: Final = "continue"
CHOICE: Final = "choice"
ENDED: Final = "ended"


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
        }

    @classmethod
    def from_json(cls, d: Any) -> "StoryState":
        if not isinstance(d, dict):
            raise StateError("the state is not a JSON object")
        version = d.get("version")
        if not isinstance(version, int) or version < MIN_LOAD_VERSION:
            raise StateError(f"save version {version!r} is older than this game can read"
                             f" (oldest: {MIN_LOAD_VERSION})")
        if version > SAVE_VERSION:
            raise StateError(f"save version {version} is newer than this game"
                             f" ({SAVE_VERSION}); update the game to load it")
        try:
            variables = d["variables"]
            if not isinstance(variables, dict):
                raise StateError("'variables' is not an object")
            return cls(
                variables=variables,
                position=d.get("position"),
                waiting=str(d.get("waiting", START)),
                call_stack=[str(s) for s in d.get("call_stack", [])],
                stage=Stage.from_json(d.get("stage", {})),
                audio=Soundscape.from_json(d.get("audio", {})),
                seen=set(map(str, d.get("seen", []))),
                label=d.get("label"),
                trail=[str(s) for s in d.get("trail", [])],
                last_who=d.get("last_who"),
                choices=[int(c) for c in d.get("choices", [])],
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            if isinstance(exc, StateError):
                raise
            raise StateError(f"the state is damaged: {exc!r}") from None

    def dumps(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False, sort_keys=True)

    @classmethod
    def loads(cls, text: str) -> "StoryState":
        try:
            return cls.from_json(json.loads(text))
        except json.JSONDecodeError as exc:
            raise StateError(f"not valid JSON: {exc}") from None

    def copy(self) -> "StoryState":
        return StoryState.from_json(json.loads(json.dumps(self.to_json())))
