"""`chapters`: the story's chapters, as game.toml lists them."""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import argparse


def cmd_chapters(args: argparse.Namespace) -> int:
    from ..project import load_project

    program = load_project(args.story)
    if not program.chapters:
        print("This story lists no chapters (add [[chapters]] to game.toml).")
    for ch in program.chapters:
        print(f"{ch.number:>2}. {ch.title}  [{ch.label}]")
    return 0
