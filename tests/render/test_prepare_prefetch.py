"""The screen loads what a Prepare event announces, ahead, and never plays it."""
from __future__ import annotations

from pathlib import Path

from render_harness import flat_art, init_display, line, make_screen

from game.story import events as E


def test_prepare_is_prefetched_after_what_shows_now_and_kept_off_the_timeline(
        tmp_path: Path) -> None:
    init_display()
    screen = make_screen(flat_art(tmp_path))
    asked: list[list[tuple[str, str]]] = []
    screen.images.prefetch = lambda names: asked.append(list(names))  # type: ignore
    say = line("Hi.")
    screen.feed([E.Scene("bg a"), say, E.Prepare((("bg b", "bg"), ("k happy", "sprite")),
                                                  ("town.ogg",))])
    assert asked == [[("bg a", "bg"), ("bg b", "bg"), ("k happy", "sprite")]]
    assert list(screen.timeline) == [E.Scene("bg a"), say]
