"""What the files' checks found, said to a player: which of their things was affected,
what the game did about it, and where the damaged file was kept. The loaders' own
wording (for the log and for writers) names JSON syntax and field names; a player
needs neither."""
from __future__ import annotations

import re
from pathlib import Path
from typing import Final

from .i18n import _


def _things() -> dict[str, tuple[str, str]]:
    """What each data file is to a player, and what they get when it cannot be used (in
    the reader's language: made when a notice is written)."""
    return {
        "preferences.json": (_("your preferences"), _("the default preferences are used")),
        "persistent.json": (_("the record of what you have read and unlocked"),
                            _("the game starts that record afresh")),
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
        if m and m.group(1) != "1":
            return _("its text is damaged or incomplete (line {line})").format(
                line=m.group(1))
        return _("its text is damaged or incomplete")
    if w.startswith("the file is empty"):
        return _("it is empty")
    if w.startswith("not UTF-8"):
        return _("it is not text")
    if w.startswith("expected"):
        return _("it does not hold what the game expects")
    return w


def _field(name: str) -> str:
    return name.replace("_", " ")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def for_player(text: str, folder: Path | None = None) -> str:
    """`text` from a loader, rewritten for a player (in their language); other text is
    returned unchanged."""
    where = " " + _("in {folder}").format(folder=folder) if folder is not None else ""
    things = _things()
    other = _("the game goes on without it")
    m = _DAMAGED.match(text)
    if m:
        thing, fallback = things.get(m["name"], (m["name"], other))
        return _("{thing} could not be read: {why}, so {fallback}. The damaged file was"
                 " kept as {kept}{where}.").format(
            thing=_cap(thing), why=why_in_words(m["why"]), fallback=fallback,
            kept=m["kept"], where=where)
    m = _UNMOVABLE.match(text)
    if m:
        thing, fallback = things.get(m["name"], (m["name"], other))
        return _("{thing} could not be read: {why}, so {fallback}. The file ({name}{where})"
                 " could not be moved aside.").format(
            thing=_cap(thing), why=why_in_words(m["why"]), fallback=fallback,
            name=m["name"], where=where)
    m = _UNREADABLE.match(text)
    if m and m["name"] in things:
        thing, fallback = things[m["name"]]
        return _("{thing} could not be opened ({why}), so {fallback}. Check the file"
                 " {name}{where}.").format(thing=_cap(thing), why=m["why"],
                                           fallback=fallback, name=m["name"], where=where)
    m = _SLOT_DAMAGED.match(text)
    if m:
        return _("Save {slot} cannot be loaded: {why}. Its file stays{where}"
                 " untouched.").format(slot=m["slot"], why=why_in_words(m["why"]),
                                       where=where)
    m = _VALUES.match(text)
    if m and m["name"] in things:
        names = [_field(p.split(" ", 1)[0]) for p in m["list"].split("; ")]
        return _("Some of {thing} were out of range or unreadable and were reset:"
                 " {names}.").format(thing=things[m["name"]][0], names=", ".join(names))
    return text
