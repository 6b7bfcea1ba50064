"""The shapes of translation ids, and one string to translate: light enough for the
window's first frame (no parser, no Babel)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Final

CHARACTER: Final = "character:"  # + the character's variable
CHAPTER: Final = "chapter:"  # + the chapter's label
MUSIC: Final = "music:"  # + the track's file (game.toml's [[music]])
CREDITS: Final = "credits:"  # + section:line (or section:heading), 1-based
ABOUT: Final = "about:"  # + section:heading (or section:text), 1-based (game.toml's [[about]])
CONTENT_NOTE: Final = "content_note"  # game.toml's [content_note]
SAMPLE_LINE: Final = "sample_line"  # game.toml's sample_line (Accessibility's sample)
UI: Final = "ui"  # the interface's own strings share one context


@dataclass(frozen=True)
class Unit:
    """One string to translate."""

    context: str  # the stable id (a .po entry's msgctxt)
    text: str  # the source text, with its tags (msgid)
    comment: str  # for the translator: who speaks, in which chapter
    where: tuple[str, int]  # file and line
