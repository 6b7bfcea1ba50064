"""`translate update` and `--lang` for the command line."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from ..i18n.catalog import CatalogError, check_lang, update


def story_dir_of(program: Any) -> Path:
    files = getattr(program, "story_files", None)
    if files is None:  # pragma: no cover - a program not loaded from a folder
        from ..project import DEFAULT_STORY

        return DEFAULT_STORY
    return Path(files.story_dir)


def cmd_translate(args: argparse.Namespace) -> int:
    from ..project import load_project

    try:
        lang = check_lang(args.lang)
    except CatalogError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    program = load_project(args.story, use_cache=False)
    try:
        report = update(story_dir_of(program), lang, program)
    except CatalogError as exc:
        print(f"error: {exc}; fix or move it, then run update again (it was not"
              " overwritten)", file=sys.stderr)
        return 1
    print(report.summary())
    return 0


def translation_for(program: Any, lang: str) -> Any:
    """The translation for `transcript --lang`: problems on stderr; None (an error) if
    the language has no catalogue, the source text if the catalogue is damaged."""
    from ..i18n.catalog import check_lang, languages
    from ..i18n.translation import load_translation

    d = story_dir_of(program)
    try:
        check_lang(lang)
        if lang not in languages(d):
            have = ", ".join(languages(d)) or "none"
            print(f"error: no translation {lang!r} in {d / 'translations'} (have: {have})",
                  file=sys.stderr)
            return None
    except CatalogError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return None
    tr, problems = load_translation(d, lang, program)
    for p in problems:
        print(f"warning: {p}", file=sys.stderr)
    return tr if tr is not None else False
