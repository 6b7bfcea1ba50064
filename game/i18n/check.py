"""What `lint` says about a story's translations: lines not translated yet, translations
whose line is gone (with the closest line that is still there), and translations whose
text tags differ from their line's."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path
from typing import Any, Final

from ..script import ast as A
from ..script.errors import WARNING, Diagnostic, closest
from .catalog import CatalogError, languages, po_path, read_catalog
from .lines import UI, Unit, units

_TAG_RE: Final = re.compile(r"\{\{|\{[^{}]*\}|\[\[|\[[^\[\]]*\]")
MAX_SHOWN: Final = 60


def tags_of(text: str) -> Counter[str]:
    """The text tags and [names] of `text`, counted (their order may change in a
    translation; their set may not)."""
    return Counter(t for t in _TAG_RE.findall(text) if t not in ("{{", "[["))


def _short(text: str) -> str:
    text = text.replace("\n", " ")
    return repr(text if len(text) <= MAX_SHOWN else text[:MAX_SHOWN - 3] + "...")


def _show_tags(c: Counter[str]) -> str:
    return " ".join(sorted(c.elements())) or "none"


def translation_warnings(program: Any, story_dir: Path | None = None) -> list[Diagnostic]:
    """Warnings for every catalogue in the story's translations folder."""
    if story_dir is None:
        files = getattr(program, "story_files", None)
        if files is None:
            return []
        story_dir = Path(files.story_dir)
    out: list[Diagnostic] = []
    out.extend(_duplicate_ids(program))
    story_units = units(program)
    for lang in languages(story_dir):
        if po_path(story_dir, lang).exists():  # (a tl/ folder is reported on loading)
            out.extend(check_language(program, story_dir, lang, story_units))
    return out


def _duplicate_ids(program: Any) -> list[Diagnostic]:
    seen: dict[str, A.Say] = {}
    out = []
    for s in program.statements:
        says = [s] if type(s) is A.Say else (
            [s.caption] if type(s) is A.Menu and s.caption is not None else [])
        for say in says:
            if not say.ident:
                continue
            first = seen.setdefault(say.ident, say)
            if first is not say:
                out.append(Diagnostic(say.loc[0], say.loc[1], say.loc[2],
                                      f"id {say.ident} is also the id of the line at"
                                      f" {first.loc[0]}:{first.loc[1]}; a translation"
                                      " can follow only one of them", WARNING,
                                      code="W806"))
    return out


def check_language(program: Any, story_dir: Path, lang: str,
                   story_units: list[Unit] | None = None) -> list[Diagnostic]:
    path = po_path(story_dir, lang)
    shown = str(path)  # named as the story's scripts are: an editor opens it from here
    try:
        cat = read_catalog(path)
    except CatalogError as exc:
        return [Diagnostic(shown, 1, 1, f"{exc}; the game sets it aside and shows the"
                           " story as written", WARNING, code="W804")]
    story_units = units(program) if story_units is None else story_units
    by_ctx = {u.context: u for u in story_units}
    out: list[Diagnostic] = []
    entries: dict[str, Any] = {}
    for m in cat:
        if not m.id or not isinstance(m.id, str) or m.context == UI:
            continue
        entries[m.context or ""] = m
    # lines without a translation (or with only a fuzzy one)
    for u in story_units:
        m = entries.get(u.context)
        if m is None or not m.string:
            out.append(Diagnostic(u.where[0], u.where[1], 1,
                                  f"no {lang} translation for {_short(u.text)} (id"
                                  f" {u.context}); run: translate update --lang {lang}"
                                  if m is None else
                                  f"no {lang} translation for {_short(u.text)} (id"
                                  f" {u.context})", WARNING, code="W801"))
        elif m.fuzzy:
            out.append(Diagnostic(u.where[0], u.where[1], 1,
                                  f"the {lang} translation of {_short(u.text)} is fuzzy:"
                                  " its line changed since it was translated", WARNING,
                                  code="W805"))
    # translations whose line is gone: entries no line has, and obsolete (#~) ones
    texts = {u.text: u for u in story_units if not u.context.startswith(UI)}
    gone = [m for ctx, m in entries.items() if ctx not in by_ctx]
    gone += [m for m in cat.obsolete.values() if m.context != UI
             and isinstance(m.id, str) and (m.context or "") not in by_ctx]
    for m in gone:
        if not m.string:
            continue
        close = closest(m.id, texts, cutoff=0.5)
        hint = (f"; closest line now: {_short(close[0])} (id {texts[close[0]].context},"
                f" {texts[close[0]].where[0]}:{texts[close[0]].where[1]})" if close
                else "; no line is close to it")
        out.append(Diagnostic(shown, getattr(m, "lineno", 0) or 1, 1,
                              f"translation of {_short(m.id)} (id {m.context}) matches no"
                              f" line of the story{hint}", WARNING, code="W802"))
    # tags that differ
    for m in list(cat):
        if not m.id or not isinstance(m.id, str) or not isinstance(m.string, str) \
                or not m.string:
            continue
        src, tr = tags_of(m.id), tags_of(m.string)
        if src != tr:
            out.append(Diagnostic(shown, getattr(m, "lineno", 0) or 1, 1,
                                  f"text tags differ in the translation of"
                                  f" {_short(m.id)} (id {m.context}): the line has"
                                  f" {_show_tags(src)}, the translation"
                                  f" {_show_tags(tr)}", WARNING, code="W803"))
    return out
