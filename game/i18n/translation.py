"""A language at run time: the story's and the interface's strings looked up by id.

Built from a catalogue read with Babel (catalog.read_catalog). Only translated,
non-fuzzy entries are used; one whose text tags or [names] would not work is left
out and named in `problems` (the source line shows instead). No pygame.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from ..script.texttags import TagError, check, interpolation_names
from .keys import ABOUT, CHAPTER, CHARACTER, CONTENT_NOTE, MUSIC, SAMPLE_LINE, UI

if TYPE_CHECKING:  # (the interface's strings are read before the story is parsed)
    from ..script import ast as A
    from ..script.program import Program

SOURCE: Final = ""  # the language the story is written in


def tag_problem(source: str, translated: str) -> str | None:
    """Why `translated` cannot stand in for `source`: a malformed tag, or a [name]
    the source does not use (it might name a variable that does not exist)."""
    errs = check(translated)
    if errs:
        return f"text tag: {errs[0].message}"
    try:
        names = {n for n, _ in interpolation_names(translated)}
        extra = names - {n for n, _ in interpolation_names(source)}
    except TagError as exc:
        return exc.message
    if extra:
        return f"uses [{sorted(extra)[0]}], which the source line does not"
    return None


def format_problem(source: str, translated: str) -> str | None:
    """Why an interface string's translation would break its `.format(...)`: a field
    the source has not, or a malformed brace."""
    import string

    def fields(text: str) -> set[str]:
        return {f for _lit, f, _spec, _conv in string.Formatter().parse(text)
                if f is not None}

    try:
        extra = fields(translated) - fields(source)
    except ValueError as exc:
        return f"braces: {exc}"
    if extra:
        return f"uses {{{sorted(extra)[0]}}}, which the source does not"
    return None


class Translation:
    """One language's strings for one program."""

    def __init__(self, lang: str, program: Program, strings: dict[tuple[str, str], str],
                 problems: list[str] | None = None) -> None:
        """`strings`: (context, source text) -> translated text."""
        self.lang = lang
        from .lines import translation_ids

        self.problems = list(problems or [])
        tids = translation_ids(program)
        by_ctx = {ctx: (src, out) for (ctx, src), out in strings.items() if ctx != UI}
        self._says: dict[str, str] = {}
        for sid, tid in tids.items():
            hit = by_ctx.get(tid)
            if hit is not None:
                self._says[sid] = hit[1]
        self._by_ctx = {ctx: out for ctx, (_src, out) in by_ctx.items()}
        self.ui = ui_strings(strings)

    @classmethod
    def from_catalog(cls, lang: str, program: Program, catalog) -> Translation:  # type: ignore[no-untyped-def]
        strings, problems = usable_strings(lang, catalog)
        return cls(lang, program, strings, problems)


    # -- lookups ------------------------------------------------------------------
    def say(self, s: A.Say) -> str:
        return self._says.get(s.sid, s.text)

    def choice(self, menu: A.Menu, index: int) -> str:
        from .lines import choice_id

        return self._by_ctx.get(choice_id(menu, index), menu.choices[index].text)

    def character(self, var: str | None, name: str) -> str:
        return self._by_ctx.get(CHARACTER + var, name) if var else name

    def chapter(self, label: str, title: str) -> str:
        return self._by_ctx.get(CHAPTER + label, title)

    def credits(self, credits: Any) -> Any:
        """The credits (game/script/credits.py) with their words translated."""
        from dataclasses import replace

        from .lines import credit_id

        get = self._by_ctx.get
        return replace(credits, sections=tuple(
            replace(sec, heading=get(credit_id(k, None), sec.heading) if sec.heading
                    else sec.heading,
                    lines=tuple(get(credit_id(k, j), line) if line else line
                                for j, line in enumerate(sec.lines)))
            for k, sec in enumerate(credits.sections)))

    def has_say(self, sid: str) -> bool:
        return sid in self._says


def usable_strings(lang: str, catalog) -> tuple[dict[tuple[str, str], str], list[str]]:  # type: ignore[no-untyped-def]
    """(context, source) -> translation for the entries a reader can be shown: translated,
    not fuzzy, their tags sound; and a sentence for each one left out."""
    strings: dict[tuple[str, str], str] = {}
    problems: list[str] = []
    for m in catalog:
        if not m.id or not isinstance(m.id, str) or not isinstance(m.string, str):
            continue
        if not m.string or m.fuzzy:
            continue
        why = format_problem(m.id, m.string) if m.context == UI else \
            tag_problem(m.id, m.string)
        if why is not None:
            where = f"line {m.lineno}" if getattr(m, "lineno", None) else m.context
            problems.append(f"{lang}.po {where} ({m.context}): {why}; the source text"
                            " is shown instead")
            continue
        strings[(m.context or "", m.id)] = m.string
    return strings, problems


def ui_strings(strings: dict[tuple[str, str], str]) -> dict[str, str]:
    """English literal -> translation for the interface: its own strings, chapter titles
    (the Chapters screen shows them), track titles (the music room), and game.toml's
    content note, About sections and sample line (their dialog and pages)."""
    out = {src: tr for (ctx, src), tr in strings.items()
           if ctx.startswith((CHAPTER, MUSIC, ABOUT)) or ctx in (CONTENT_NOTE, SAMPLE_LINE)}
    out.update({src: tr for (ctx, src), tr in strings.items() if ctx == UI})
    return out


def load_translation(story_dir: Path, lang: str, program: Program) -> tuple[
        Translation | None, list[str]]:
    """`lang`'s translation of the story in `story_dir`, and problems to report. A
    missing or damaged catalogue gives None (play in the source language) and a
    message; it is never fatal."""
    from .catalog import CatalogError, check_lang, po_path, read_catalog

    if not lang or lang == SOURCE:
        return None, []
    from .renpy_tl import read_tl

    try:
        check_lang(lang)
        path = po_path(story_dir, lang)
        tl = read_tl(story_dir, lang, program)  # a Ren'Py project's tl/LANG, if any
        if not path.exists():
            if not tl.strings:
                return None, [f"no translation for {lang!r} ({path} does not exist);"
                              " showing the story as written"]
            return Translation(lang, program, tl.strings), []
        strings, problems = usable_strings(lang, read_catalog(path))
    except CatalogError as exc:
        return None, [f"{exc}; it is set aside and the story shows as written"]
    tr = Translation(lang, program, {**tl.strings, **strings}, problems)  # .po first
    return tr, list(tr.problems)


def translation_from(story_dir: Path, lang: str, program: Program,
                     usable: tuple[dict[tuple[str, str], str], list[str]] | None) -> tuple[
        Translation | None, list[str]]:
    """`lang`'s translation of `program` from a catalogue's usable strings and problems
    (usable_strings; None: only a Ren'Py project's tl/LANG folder), and problems to
    report. The catalogue is not read again: a live reload makes this for each edit."""
    from .renpy_tl import read_tl

    tl = read_tl(story_dir, lang, program)
    if usable is None:
        return (Translation(lang, program, tl.strings) if tl.strings else None), []
    strings, problems = usable
    tr = Translation(lang, program, {**tl.strings, **strings}, problems)  # .po first
    return tr, list(tr.problems)
