"""What the files' checks found, said to a player: which of their things was affected,
what the game did about it, and where the damaged file was kept. The loaders' own
wording (for the log and for writers) names JSON syntax and field names; a player
needs neither."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Final

# what each data file is to a player, and what they get when it cannot be used
_THINGS: Final = {
    "preferences.json": ("your preferences", "the default preferences are used"),
    "persistent.json": ("the record of what you have read and unlocked",
                        "the game starts that record afresh"),
}
_DAMAGED: Final = re.compile(
    r"^(?P<name>[^\s()]+) is damaged \((?P<why>.*)\); it was kept as (?P<kept>\S+)$", re.S)
_UNMOVABLE: Final = re.compile(
    r"^(?P<name>[^\s()]+) is damaged \((?P<why>.*)\) and could not be moved aside", re.S)
_UNREADABLE: Final = re.compile(r"^(?P<name>[^\s:]+) could not be read: (?P<why>.*)$", re.S)
_VALUES: Final = re.compile(r"^(?P<name>[\w.-]+\.json): (?P<list>.+)$", re.S)
_SLOT_DAMAGED: Final = re.compile(r"^slot (?P<slot>\S+) is damaged: (?P<why>.*)$", re.S | re.I)


def why_in_words(why: str) -> str:
    """A parser's reason as plain words ("Expecting property name ... line 1, column 2"
    -> "its text is damaged near the start")."""
    w = why.strip()
    if w.startswith("not valid JSON"):
        m = re.search(r"line (\d+), column (\d+)", w)
        where = f" (line {m.group(1)})" if m and m.group(1) != "1" else ""
        return "its text is damaged or incomplete" + where
    if w.startswith("the file is empty"):
        return "it is empty"
    if w.startswith("not UTF-8"):
        return "it is not text"
    if w.startswith("expected"):
        return "it does not hold what the game expects"
    return w


def _field(name: str) -> str:
    return name.replace("_", " ")


def for_player(text: str, folder: Path | None = None) -> str:
    """`text` from a loader, rewritten for a player; other text is returned unchanged."""
    where = f" in {folder}" if folder is not None else ""
    m = _DAMAGED.match(text)
    if m:
        thing, fallback = _THINGS.get(m["name"], (m["name"], "the game goes on without it"))
        return (f"{thing[0].upper()}{thing[1:]} could not be read: {why_in_words(m['why'])},"
                f" so {fallback}. The damaged file was kept as {m['kept']}{where}.")
    m = _UNMOVABLE.match(text)
    if m:
        thing, fallback = _THINGS.get(m["name"], (m["name"], "the game goes on without it"))
        return (f"{thing[0].upper()}{thing[1:]} could not be read: {why_in_words(m['why'])},"
                f" so {fallback}. The file ({m['name']}{where}) could not be moved aside.")
    m = _UNREADABLE.match(text)
    if m and m["name"] in _THINGS:
        thing, fallback = _THINGS[m["name"]]
        return (f"{thing[0].upper()}{thing[1:]} could not be opened ({m['why']}),"
                f" so {fallback}. Check the file {m['name']}{where}.")
    m = _SLOT_DAMAGED.match(text)
    if m:
        return (f"Save {m['slot']} cannot be loaded: {why_in_words(m['why'])}."
                f" Its file stays{where} untouched.")
    m = _VALUES.match(text)
    if m and m["name"] in _THINGS:
        names = [_field(p.split(" ", 1)[0]) for p in m["list"].split("; ")]
        thing = _THINGS[m["name"]][0]
        return (f"Some of {thing} were out of range or unreadable and were reset:"
                f" {', '.join(names)}.")
    return text
