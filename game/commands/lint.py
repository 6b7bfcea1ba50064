"""`lint`: every error and warning in a story, then statistics as Ren'Py's lint prints."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ..script import ast as A
from ..script.errors import WARNING, Diagnostic, ScriptError
from ..script.texttags import plain

if TYPE_CHECKING:
    import argparse


def lint(story: str | None, *, strict: bool = False, write: Callable[[str], None] = print) -> int:
    """Print problems and statistics; return 1 if there are errors."""
    from ..project import load_project

    try:
        program = load_project(story, strict=strict, use_cache=False)
    except ScriptError as exc:
        for d in exc.diagnostics:
            write(d.format())
        n = len(exc.errors)
        write(f"\n{n} error{'s' if n != 1 else ''}.")
        return 1
    from ..i18n.check import translation_warnings

    warnings = list(program.warnings) + text_fit_warnings(program) \
        + translation_warnings(program)
    for w in warnings:
        write(w.format())
    write("")
    skipped = skipped_summary(program)
    if skipped:
        write(skipped)
        write("")
    write(statistics(program))
    n = len(warnings)
    write(f"\nNo errors; {n} warning{'s' if n != 1 else ''}.")
    return 0


def skipped_summary(program) -> str:  # program: Program
    """How much of a Ren'Py project was skipped as not story code, kind by kind."""
    skipped = getattr(program, "skipped", None) or {}
    if not skipped:
        return ""
    lines = ["Skipped (not story code, or not supported yet):"]
    for kind, (n, files) in sorted(skipped.items(), key=lambda kv: (-kv[1][0], kv[0])):
        what = kind if kind.startswith("'") else f"'{kind}'"
        lines.append(f" * {what}: {n:,} in {files:,} file{'s' if files != 1 else ''}")
    return "\n".join(lines)


def text_fit_warnings(program) -> list[Diagnostic]:  # program: Program
    """W601 for each line too tall for its box at the largest text size a reader can
    choose, even with the box grown: the window would shrink it below that size."""
    try:
        from ..render.fit import LARGEST, overflow
    except ImportError:  # no pygame: the window's fonts cannot be measured
        return []
    from ..project import source_line_reader

    read = source_line_reader()
    out: list[Diagnostic] = []
    for s in program.statements:
        if isinstance(s, A.Menu):
            s = s.caption
        if not isinstance(s, A.Say) or (len(s.text) < 100 and "{size" not in s.text):
            continue  # short lines fit (measured: about 300 characters fit at 140%)
        over = overflow(s.text, "centered" if s.who == "centered" else "say")
        if over:
            path, line, col = s.loc[0], s.loc[1], s.loc[2]
            src = read(path, line).rstrip("\r\n").replace("\t", " ")
            out.append(Diagnostic(
                path, line, col, f"this line is too long for the text box at the largest"
                f" text size ({round(LARGEST * 100)}%: {over} px too tall), so the game"
                f" would shrink it below the reader's size; split it into two lines",
                WARNING, src, max(1, len(src) - col + 1), "W601"))
    return out


def statistics(program) -> str:  # program: Program
    blocks = words = chars = menus = 0
    per: dict[str, list[int]] = {}
    for s in program.statements:
        if isinstance(s, A.Menu):
            menus += 1
            s = s.caption
            if s is None:
                continue
        if not isinstance(s, A.Say):
            continue
        text = plain(s.text)
        w = len(text.split())
        blocks += 1
        words += w
        chars += len(text)
        if s.who and s.who not in ("extend", "centered", "narrator"):
            ch = program.characters.get(s.who)
            name = ch.name if ch and ch.name else s.who
        elif s.who_name:
            name = s.who_name
        else:
            name = "(narration)" if s.who != "centered" else "(centered)"
        entry = per.setdefault(name, [0, 0])
        entry[0] += 1
        entry[1] += w
    images = len(program.images.files)
    lines = [
        "Statistics:",
        f"The game contains {blocks:,} dialogue blocks, containing {words:,} words and "
        f"{chars:,} characters, for an average of {words / max(blocks, 1):.1f} words and "
        f"{chars / max(blocks, 1):.0f} characters per block.",
        f"The game contains {menus:,} menus, {images:,} images, "
        f"{len(program.labels):,} labels and {len(program.chapters):,} chapters.",
        "Lines per character:",
    ]
    for name, (n, w) in sorted(per.items(), key=lambda kv: (-kv[1][0], kv[0])):
        lines.append(f" * {name} has {n:,} block{'s' if n != 1 else ''} of dialogue,"
                     f" containing {w:,} word{'s' if w != 1 else ''}.")
    return "\n".join(lines)


def cmd_lint(args: argparse.Namespace) -> int:
    return lint(args.story, strict=args.strict, write=print)
