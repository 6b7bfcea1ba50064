"""gettext catalogues (story/translations/LANG.po), read and written with Babel.

Babel because it reads and writes .po files the way gettext's own tools do (msgctxt,
fuzzy flags, `#| msgid` previous text, `#~` obsolete entries), so translators can use
Poedit, Weblate or Lokalize on our files; the standard library reads only compiled .mo.

Each entry's msgctxt is the stable id of what it translates (game/i18n/lines.py), so a
translation follows its line wherever the line moves.
"""
from __future__ import annotations

import io
import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Final

from babel.messages.catalog import Catalog, Message
from babel.messages.pofile import denormalize, read_po, write_po

from ..script.errors import closest
from .keys import UI, Unit

if TYPE_CHECKING:
    from ..script.program import Program

TRANSLATIONS_DIR: Final = "translations"  # inside the story folder
MAX_PO_BYTES: Final = 16 * 1024 * 1024
_GUESSED_FLAGS: Final = frozenset({"python-format", "python-brace-format"})
_PO_LINE_RE: Final = re.compile(
    r'(?:(?:msgctxt|msgid|msgid_plural|msgstr(?:\[\d+\])?)\s+)?"(?:[^"\\]|\\.)*"\s*$')
# fr, pt_BR, zh_Hant, or a Ren'Py project's tl/ folder name (french): a plain name,
# never a path
_LANG_RE: Final = re.compile(r"^[A-Za-z][A-Za-z0-9_]{1,31}$")


class CatalogError(Exception):
    """A .po file that cannot be used, with a message for the writer or the player."""


def check_lang(lang: str) -> str:
    """`lang` if it is a language code such as fr, pt_BR or zh_Hant; else CatalogError."""
    if not _LANG_RE.match(lang or ""):
        raise CatalogError(f"{lang!r} is not a language code (such as fr, es or pt_BR)")
    if lang == "None":  # Ren'Py's name for the language a game is written in
        raise CatalogError("'None' is the story as written, not a translation")
    return lang


def po_path(story_dir: Path, lang: str) -> Path:
    return Path(story_dir) / TRANSLATIONS_DIR / f"{check_lang(lang)}.po"


def languages(story_dir: Path) -> list[str]:
    """The languages that have a catalogue in the story folder (or, in a Ren'Py
    project, a tl/LANG folder), sorted."""
    from .renpy_tl import tl_languages

    d = Path(story_dir) / TRANSLATIONS_DIR
    found = set(tl_languages(story_dir))
    if d.is_dir():
        found |= {p.stem for p in d.glob("*.po") if _LANG_RE.match(p.stem)}
    return sorted(found)


def key_of(context: str | None, msgid: str) -> tuple[str, str]:
    """What matches an entry across updates: its id, or for the interface's strings
    (which share one context) the text itself."""
    ctx = context or ""
    return (ctx, msgid) if ctx == UI else (ctx, "")


def read_catalog(path: Path) -> Catalog:
    """A catalogue read with Babel; CatalogError, saying where, if it is damaged."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_PO_BYTES:
            raise CatalogError(f"{path}: {size:,} bytes; a catalogue may be at most"
                               f" {MAX_PO_BYTES:,}")
        data = path.read_bytes()
    except OSError as exc:
        raise CatalogError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise CatalogError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    if b"\x00" in data:
        raise CatalogError(f"{path}: contains a null byte; not a .po file")
    bad = _malformed_line(data.decode("utf-8"))
    if bad is not None:
        raise CatalogError(f"{path}:{bad[0]}: damaged .po file: {bad[1]}")
    try:
        cat = read_po(io.BytesIO(data), abort_invalid=True, charset="utf-8")
    except Exception as exc:  # Babel raises PoFileError, and others on odd input
        raise CatalogError(f"{path}: damaged .po file: {exc}") from None
    for m in [*cat, *cat.obsolete.values()]:
        _previous_from_comments(m)
        m.flags -= _GUESSED_FLAGS  # (Babel guesses them again on reading)
    return cat


def _malformed_line(text: str) -> tuple[int, str] | None:
    """The first line Babel would read leniently (an unclosed quote loses a character,
    silently): a keyword or string line must be whole. Only checks; Babel reads."""
    for n, line in enumerate(text.splitlines(), 1):
        body = line.strip()
        for prefix in ("#~", "#|"):
            if body.startswith(prefix):
                body = body[2:].strip()
        if not body or body.startswith("#"):
            continue
        if not _PO_LINE_RE.match(body):
            return n, f"not a keyword and a quoted string: {body[:40]!r}"
    return None


def _previous_from_comments(m: Message) -> None:
    """Babel reads `#| msgid "..."` (the text a fuzzy entry was translated from) as a
    user comment: make it the message's previous_id again, so it is kept as it was."""
    if not any(c.startswith("|") for c in m.user_comments):
        return
    keep: list[str] = []
    prev: list[str] = []
    field = None
    for c in m.user_comments:
        if not c.startswith("|"):
            keep.append(c)
            continue
        body = c[1:].strip()
        if body.startswith("msgid "):
            field = "msgid"
            prev.append(body[6:].strip())
        elif body.startswith('"') and field == "msgid":
            prev.append(body)
        else:
            field = None  # (#| msgctxt: the id is the context; nothing to keep)
    m.user_comments = keep
    if prev:
        try:
            m.previous_id = [denormalize("\n".join(prev))]
        except Exception:  # a malformed previous text: keep the entry without it
            m.previous_id = []


@dataclass
class UpdateReport:
    """What `update` did to a catalogue."""

    path: Path
    added: int = 0
    kept: int = 0
    fuzzy: list[str] = field(default_factory=list)  # ids whose source text changed
    obsolete: list[tuple[str, str]] = field(default_factory=list)  # (id, text) now gone
    revived: int = 0
    from_tl: int = 0  # translations taken from a Ren'Py project's tl/LANG folder
    tl_unmatched: int = 0

    def summary(self) -> str:
        lines = [f"{self.path}: {self.added} new, {self.kept} unchanged,"
                 f" {len(self.fuzzy)} changed (marked fuzzy), {len(self.obsolete)} obsolete"
                 f" (kept as #~ entries)"]
        if self.from_tl or self.tl_unmatched:
            lines.append(f"  from tl/: {self.from_tl} translations filled in;"
                         f" {self.tl_unmatched} tl/ entries matched nothing (see lint)")
        for ctx, text in self.obsolete:
            short = text if len(text) <= 60 else text[:57] + "..."
            lines.append(f"  obsolete: {ctx}: {short!r}")
        return "\n".join(lines)


def all_units(program: Program, ui: Iterable[tuple[str, str, int]] | None = None) -> list[Unit]:
    """The story's units, then the interface's."""
    from .lines import units

    if ui is None:
        from .ui_strings import collect

        ui = collect()
    out = units(program)
    out.extend(Unit(UI, text, "interface", (where, line)) for text, where, line in ui)
    return out


def build(lang: str, program: Program, units_: list[Unit], old: Catalog | None,  # noqa: C901
          report: UpdateReport) -> Catalog:
    """A catalogue of `units_` keeping `old`'s translations: a unit whose text changed
    keeps its translation marked fuzzy with the old text as previous msgid; entries of
    `old` that match no unit become obsolete (never dropped)."""
    new = Catalog(locale=lang, project=program.title, fuzzy=False,
                  charset="utf-8")
    if old is not None:  # (an update that changes nothing rewrites the same bytes)
        new.language_team = old.language_team
        new.last_translator = old.last_translator
        new.creation_date = old.creation_date
        new.revision_date = old.revision_date
        new.copyright_holder = old.copyright_holder
        new.header_comment = old.header_comment
    previous: dict[tuple[str, str], Message] = {}
    if old is not None:
        for m in old:
            if m.id:
                previous[key_of(m.context, m.id)] = m
        for m in old.obsolete.values():
            previous.setdefault(key_of(m.context, m.id), m)
    obsolete_before = {key_of(m.context, m.id) for m in old.obsolete.values()} \
        if old is not None else set()
    used: set[tuple[str, str]] = set()
    # a line whose words changed has a new id (its id is made of its words): it takes
    # the translation of a line gone from the same label whose text is close, fuzzy,
    # as msgmerge does; exact ids are matched first so none is taken twice
    exact = {key_of(u.context, u.text) for u in units_} & set(previous)
    gone_by_label: dict[str, dict[str, tuple[str, str]]] = {}
    for k, m in previous.items():
        if k not in exact and m.string and isinstance(m.id, str) and m.context \
                and m.context != UI and ":" in m.context:
            gone_by_label.setdefault(m.context.rpartition(":")[0], {})[m.id] = k
    for u in units_:
        k = key_of(u.context, u.text)
        msg = Message(u.text, context=u.context, auto_comments=[u.comment],
                      locations=[u.where] if u.where[0] else [])
        msg.flags -= _GUESSED_FLAGS  # {b} is a text tag, not a Python format field
        was = previous.get(k)
        if was is None and u.context != UI:
            near = gone_by_label.get(u.context.rpartition(":")[0], {})
            close = closest(u.text, near)
            if close:
                k = near.pop(close[0])
                was = previous[k]
        if was is None:
            report.added += 1
        else:
            used.add(k)
            if k in obsolete_before:
                report.revived += 1
            msg.string = was.string
            msg.user_comments = list(was.user_comments)
            if was.id == u.text:
                if was.fuzzy:
                    msg.flags.add("fuzzy")
                    msg.previous_id = was.previous_id
                report.kept += 1
            elif was.string:
                msg.flags.add("fuzzy")
                msg.previous_id = [was.id] if isinstance(was.id, str) else list(was.id)
                report.fuzzy.append(u.context)
            else:
                report.kept += 1
        new[u.text] = msg
    for k, m in previous.items():
        if k in used:
            continue
        gone = Message(m.id, m.string, locations=list(m.locations),
                       flags=set(m.flags), auto_comments=list(m.auto_comments),
                       user_comments=list(m.user_comments), context=m.context,
                       previous_id=m.previous_id)
        new.obsolete[(m.id, m.context)] = gone
        if k not in obsolete_before:
            report.obsolete.append((m.context or "", m.id if isinstance(m.id, str)
                                    else m.id[0]))
    return new


def update(story_dir: Path, lang: str, program: Program,
           ui: Iterable[tuple[str, str, int]] | None = None) -> UpdateReport:
    """Write or update story_dir/translations/LANG.po; a damaged existing file is an
    error (CatalogError), never overwritten."""
    path = po_path(story_dir, lang)
    old = read_catalog(path) if path.exists() else None
    report = UpdateReport(path)
    us = [_placed(u, Path(story_dir)) for u in all_units(program, ui)]
    cat = build(lang, program, us, old, report)
    from .renpy_tl import read_tl

    tl = read_tl(story_dir, lang, program, us)  # a Ren'Py project's tl/LANG, if any
    for m in cat:
        if m.id and not m.string:
            found = tl.strings.get((m.context or "", m.id))
            if found:
                m.string = found
                report.from_tl += 1
    report.tl_unmatched = len(tl.unmatched)
    write_catalog(path, cat)
    return report


def _placed(u: Unit, story_dir: Path) -> Unit:
    """`u` with its file named from the story folder's parent (story/01_promise.rpy),
    whatever folder the command ran in, so an update rewrites the same references."""
    path = u.where[0]
    if u.context.startswith(("chapter:", "credits:", "music:")):
        path = str(story_dir / "game.toml")
    if not path or u.context == UI:
        return u
    try:
        rel = Path(path).resolve().relative_to(story_dir.resolve().parent).as_posix()
    except (ValueError, OSError):
        return u
    return Unit(u.context, u.text, u.comment, (rel, u.where[1]))


def write_catalog(path: Path, cat: Catalog) -> None:
    """Write atomically, entries in story order, with previous msgids and obsolete ones."""
    buf = io.BytesIO()
    write_po(buf, cat, width=88, include_previous=True, sort_output=False,
             omit_header=False)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(buf.getvalue())
    os.replace(tmp, path)
