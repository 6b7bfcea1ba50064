"""The player's preferences: saved at once when changed, restored on start.

A damaged file is set aside and the defaults are used; a single bad value (wrong
type, out of range) is clamped or reset to its default, and the rest are kept.
"""
from __future__ import annotations

import math
import re
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, Final

from ..script.values import text_problem
from . import atomic_write, dump_json, read_json

# Ranges the preference screen offers and a file is held to (inclusive).
TEXT_CPS_RANGE: Final = (0, 500)  # characters per second; 0 means instant
AUTO_FORWARD_RANGE: Final = (0.5, 10.0)  # seconds after a line is complete
VOLUME_RANGE: Final = (0.0, 1.0)
TEXT_SIZE_RANGE: Final = (0.8, 1.4)
MAX_PACKS: Final = 64  # art packs stacked at once
WINDOW_SIDE_RANGE: Final = (0, 16384)  # px; 0: not remembered yet
_LANG_RE: Final = re.compile(r"^[A-Za-z][A-Za-z0-9_]{1,31}$")  # as game/i18n/catalog.py
LINE_SPACING_RANGE: Final = (1.0, 2.0)  # times the font's own line height
BOX_OPACITY_RANGE: Final = (0.0, 1.0)  # the text box's background

_RANGES: Final[dict[str, tuple[float, float]]] = {
    "text_cps": TEXT_CPS_RANGE,
    "auto_forward": AUTO_FORWARD_RANGE,
    "music_volume": VOLUME_RANGE,
    "sound_volume": VOLUME_RANGE,
    "ambient_volume": VOLUME_RANGE,
    "voice_volume": VOLUME_RANGE,
    "text_size": TEXT_SIZE_RANGE,
    "window_width": WINDOW_SIDE_RANGE,
    "window_height": WINDOW_SIDE_RANGE,
    "line_spacing": LINE_SPACING_RANGE,
    "box_opacity": BOX_OPACITY_RANGE,
}


@dataclass
class Preferences:
    """What the player chose on the Preferences screen."""

    text_cps: int = 40
    auto_forward: float = 2.0
    music_volume: float = 0.8
    sound_volume: float = 0.8
    ambient_volume: float = 0.8
    voice_volume: float = 0.8  # Ren'Py's `voice` lines
    mute: bool = False
    fullscreen: bool = False
    skip_unseen: bool = False
    skip_after_choices: bool = False
    transitions: bool = True
    text_size: float = 1.0
    high_contrast: bool = False
    art_packs: list[str] = field(default_factory=list)  # pack folder names, stack order
    content_note_seen: bool = False
    window_width: int = 0  # the windowed size when the game last closed (0: none yet)
    window_height: int = 0
    language: str = ""  # a translation's code (story/translations/LANG.po); "": as written
    # accessibility (the Accessibility screen, Shift+A)
    self_voicing: bool = False  # V: lines, choices and the focused button spoken
    dyslexic_font: bool = False  # OpenDyslexic for the story's text
    line_spacing: float = 1.0
    box_opacity: float = 0.75
    reduce_motion: bool = False  # no shakes; flashes become dissolves
    mono_audio: bool = False

    @property
    def window_size(self) -> tuple[int, int] | None:
        """The remembered window size, if any."""
        if self.window_width >= 160 and self.window_height >= 90:
            return self.window_width, self.window_height
        return None

    # -- JSON ---------------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        d = asdict(self)
        d["art_packs"] = list(self.art_packs)
        return d

    @classmethod
    def from_json(cls, data: Any) -> Preferences:
        """Preferences from JSON data, every bad value cleaned (see `check`)."""
        return cls.check(data)[0]

    @classmethod
    def check(cls, data: Any) -> tuple[Preferences, list[str]]:
        """Preferences from JSON data, and one sentence per value that was clamped or
        reset. Unknown keys (from a newer game) are ignored; missing ones take defaults."""
        prefs = cls()
        problems: list[str] = []
        if not isinstance(data, dict):
            return prefs, ["the preferences are not a JSON object; using the defaults"]
        for f in fields(cls):
            if f.name not in data:
                continue
            value, problem = _clean(f.name, data[f.name], getattr(prefs, f.name))
            setattr(prefs, f.name, value)
            if problem:
                problems.append(problem)
        return prefs, problems

    # -- files --------------------------------------------------------------------
    @classmethod
    def load(cls, path: Path) -> tuple[Preferences, str | None]:
        """The saved preferences (defaults if there is no file), and any problem found:
        a damaged file is moved aside; bad values are named."""
        data, problem = read_json(Path(path))
        if data is None:
            return cls(), problem
        prefs, problems = cls.check(data)
        if problems:
            return prefs, f"{Path(path).name}: " + "; ".join(problems)
        return prefs, None

    def save(self, path: Path) -> None:
        """Write atomically (JSON, sorted keys, indented)."""
        atomic_write(Path(path), dump_json(self.to_json()))

    def clamped(self) -> Preferences:
        """A copy with every value in range (for values set from code)."""
        return Preferences.check(self.to_json())[0]


def _clean(name: str, value: Any, default: Any) -> tuple[Any, str | None]:
    """(value to use, problem or None) for one field."""
    if isinstance(default, bool):
        if isinstance(value, bool):
            return value, None
        return default, f"{name} was {_show(value)}, not true or false; reset to {_show(default)}"
    if name == "language":
        if value == "" or (isinstance(value, str) and _LANG_RE.match(value)):
            return value, None
        return "", f"language was {_show(value)}, not a language code; reset to the story's own"
    if name == "art_packs":
        if not isinstance(value, list):
            return [], f"art_packs was {_show(value)}, not a list of pack names; reset to none"
        packs: list[str] = []
        bad = []
        if len(value) > MAX_PACKS:
            bad.append(f"{len(value) - MAX_PACKS} more")
            value = value[:MAX_PACKS]
        for item in value:
            if _is_pack_name(item) and item not in packs:
                packs.append(item)
            elif not (isinstance(item, str) and item in packs):
                bad.append(item)
        if bad:
            return packs, f"art_packs had unusable entries {_show(bad)}; dropped them"
        return packs, None
    # numbers
    if isinstance(value, bool) or not isinstance(value, (int, float)) \
            or not math.isfinite(value):
        return default, f"{name} was {_show(value)}, not a number; reset to {_show(default)}"
    lo, hi = _RANGES[name]
    number: int | float = int(round(value)) if isinstance(default, int) else float(value)
    if number < lo or number > hi:
        clamped = type(default)(min(max(number, lo), hi))
        return clamped, (f"{name} was {_show(value)}, outside {_show(lo)}-{_show(hi)};"
                         f" set to {_show(clamped)}")
    return number, None


def _is_pack_name(item: Any) -> bool:
    """A plain folder name: not empty, no path separators, not . or .."""
    return (isinstance(item, str) and item.strip() != "" and item not in (".", "..")
            and len(item) <= 255 and "/" not in item and "\\" not in item
            and text_problem(item) is None)


def _show(value: Any) -> str:
    """A value as a message names it: short, whatever its size (a message is shown)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int) and value.bit_length() > 64:
        return "a very long number"
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."
