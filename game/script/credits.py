"""The credits of a story (game.toml's [credits]), as plain data. Apart from the
program so that reading game.toml before the title's first frame imports no AST."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CreditSection:
    """One block of the credits: a heading and its lines (either may be empty)."""

    heading: str
    lines: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class Credits:
    """The credits that roll after the story ends (game.toml's [credits]): the words are
    the story's, the engine only scrolls them."""

    sections: tuple[CreditSection, ...]
    scene: str | None = None  # the image behind the roll
    music: str | None = None  # played as the roll starts
    seconds: float = 40.0  # from the first line entering to the last leaving
