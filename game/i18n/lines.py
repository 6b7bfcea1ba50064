"""What a translation translates, each under a stable id: say lines, menu choices,
character names and chapter titles. Plain data; no Babel, no pygame.

A say line's translation id is `label:crc32` of its speaker and text, without its
sprite attributes, so `k sad "..."` -> `k smile "..."` keeps its translation; for a
line without attributes it is the line's save id. An `id NAME` clause pins it.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from ..script import ast as A
from ..script.ids import stable_id
from .keys import (  # noqa: F401
    ABOUT,
    CHAPTER,
    CHARACTER,
    CONTENT_NOTE,
    CREDITS,
    MUSIC,
    SAMPLE_LINE,  # (UI re-exported)
    UI,
    Unit,
)

if TYPE_CHECKING:
    from ..script.program import Program


def _chapter_of(program: Program) -> list[str]:
    """For each statement: the title of the chapter it belongs to ('' before the first).
    Chapters are labels; a statement belongs to the chapter whose label it falls under."""
    titles = {c.label: f"Chapter {c.number}, {c.title}" for c in program.chapters}
    out: list[str] = []
    current = ""
    for label in program.label_of:
        current = titles.get(label, current)
        out.append(current)
    return out


def _speaker(program: Program, s: A.Say) -> str:
    if s.who in (None, "narrator"):
        return f"{s.who_name} speaks" if s.who_name else "narration"
    if s.who == "centered":
        return "centered text"
    if s.who == "extend":
        return "extends the line before"
    ch = program.characters.get(s.who)
    name = ch.name if ch is not None and ch.name else s.who
    return f"{name} speaks"


def translation_ids(program: Program) -> dict[str, str]:
    """Save id -> translation id for every say line (menu captions too)."""
    ids = getattr(program, "_translation_ids", None)
    if ids is not None:
        return ids  # type: ignore[no-any-return]
    ids = {}
    counts: dict[str, dict[int, int]] = {}  # per label, as the parser counts
    for s in _says(program):
        if s.ident:
            ids[s.sid] = s.ident
            continue
        label = s.sid.rpartition(":")[0]
        ids[s.sid] = stable_id(label + ":", counts.setdefault(label, {}),
                               f"say|{s.who}|{s.who_name}||{s.text}")  # no attributes
    try:
        program._translation_ids = ids  # type: ignore[attr-defined]
    except AttributeError:  # pragma: no cover - a slotted program
        pass
    return ids


def _says(program: Program) -> Iterator[A.Say]:
    for s in program.statements:
        if type(s) is A.Say:
            yield s
        elif type(s) is A.Menu and s.caption is not None:
            yield s.caption


def credit_id(section: int, line: int | None) -> str:
    """A credits line's id: its section and line (0-based in, 1-based out), or the
    section's heading."""
    return f"{CREDITS}{section + 1}:" + ("heading" if line is None else str(line + 1))


def choice_id(menu: A.Menu, index: int) -> str:
    """A menu choice's id: its menu's id and its place among the choices as written."""
    return f"{menu.sid}/choice{index + 1}"


def units(program: Program) -> list[Unit]:  # noqa: C901
    """Every string of the story a translation covers, in story order."""
    tids = translation_ids(program)
    chapter = _chapter_of(program)
    out: list[Unit] = []
    seen: set[str] = set()

    def add(u: Unit) -> None:
        if u.context not in seen:  # (one text per id; lint reports duplicate ids)
            seen.add(u.context)
            out.append(u)

    for var, ch in program.characters.items():
        if ch.name:
            where = _define_loc(program, var)
            add(Unit(CHARACTER + var, ch.name, f"the name of character '{var}'", where))
    for c in program.chapters:
        add(Unit(CHAPTER + c.label, c.title, f"the title of chapter {c.number}",
                 ("game.toml", 1)))
    files = getattr(program, "story_files", None)
    for file, title in getattr(files, "music", None) or []:
        add(Unit(MUSIC + file, title, "a track's title in the music room", ("game.toml", 1)))
    note = getattr(files, "content_note", None)
    if note:
        add(Unit(CONTENT_NOTE, note, "the content note, shown before the first Start",
                 ("game.toml", 1)))
    sample = getattr(files, "sample_line", None)
    if sample:
        add(Unit(SAMPLE_LINE, sample, "Accessibility's sample of the text box",
                 ("game.toml", 1)))
    for k, (heading, text) in enumerate(getattr(files, "about", None) or []):
        for part, words in (("heading", heading), ("text", text)):
            if words:
                add(Unit(f"{ABOUT}{k + 1}:{part}", words, f"About: section {k + 1}'s {part}",
                         ("game.toml", 1)))
    credits = getattr(program, "credits", None)
    for k, sec in enumerate(credits.sections if credits is not None else ()):
        if sec.heading:
            add(Unit(credit_id(k, None), sec.heading, f"the credits: section {k + 1}'s"
                     " heading", ("game.toml", 1)))
        for j, line in enumerate(sec.lines):
            if line:
                add(Unit(credit_id(k, j), line, f"the credits: section {k + 1}, line"
                         f" {j + 1}", ("game.toml", 1)))
    for i, s in enumerate(program.statements):
        where_ch = chapter[i] or "before the first chapter"
        if type(s) is A.Say:
            add(Unit(tids[s.sid], s.text, f"{_speaker(program, s)}; {where_ch}",
                     (s.loc[0], s.loc[1])))
        elif type(s) is A.Menu:
            if s.caption is not None:
                c = s.caption
                add(Unit(tids[c.sid], c.text, f"menu caption, {_speaker(program, c)};"
                         f" {where_ch}", (c.loc[0], c.loc[1])))
            for k, choice in enumerate(s.choices):
                add(Unit(choice_id(s, k), choice.text, f"menu choice {k + 1}; {where_ch}",
                         (choice.loc[0], choice.loc[1])))
    return out


def _define_loc(program: Program, var: str) -> tuple[str, int]:
    for s in program.statements:
        if type(s) is A.Define and s.name == var:
            return (s.loc[0], s.loc[1])
    return ("", 0)
