"""The credits roll after the story's end: game.toml's [credits] read and checked, the
roll scrolling up over its image (pixels, headless), skippable with a click, Space, Esc
or right click, then the title; a story without credits keeps its end card."""
from __future__ import annotations

import shutil
from pathlib import Path

import pygame
import pytest

from game.assets.art import ArtSource
from game.project import find_story, load_project
from game.render.credits import CreditsRoll
from game.render.images import ImageStore
from game.script.errors import ScriptError
from game.script.images import ImageIndex
from game.script.program import Credits, CreditSection
from ui_harness import STORY, click, key, make_game, note_read, step

CREDITS_TOML = '''
[credits]
scene = "bg ending"
seconds = 10

[[credits.section]]
heading = "A Story"
lines = ["Written by someone", "Drawn by someone else"]

[[credits.section]]
heading = "Libraries"
lines = ["pygame-ce"]
'''


@pytest.fixture
def credited_story(tmp_path) -> Path:
    d = tmp_path / "story"
    shutil.copytree(STORY, d)
    toml = (d / "game.toml").read_text(encoding="utf-8")
    toml = toml.replace('"../../../../art"', repr(str(STORY.parents[3] / "art")).replace(
        "'", '"')).replace('"../../../../audio"', repr(str(STORY.parents[3] / "audio"))
                           .replace("'", '"'))
    (d / "game.toml").write_text(toml + CREDITS_TOML, encoding="utf-8")
    return d


def test_game_toml_credits_are_read_in_order(credited_story) -> None:
    info = find_story(credited_story)
    assert info.credits == Credits(
        (CreditSection("A Story", ("Written by someone", "Drawn by someone else")),
         CreditSection("Libraries", ("pygame-ce",))), "bg ending", None, 10.0)
    assert load_project(credited_story, use_cache=False).credits == info.credits


def test_the_real_story_credits_name_who_made_it() -> None:
    prog = load_project(use_cache=False)
    assert prog.credits is not None and prog.credits.scene == "bg ending"
    words = " ".join(h for s in prog.credits.sections for h in (s.heading, *s.lines))
    for needle in ("The Scars Run Deep", "FluidSynth", "FluidR3", "MuseScore", "DejaVu",
                   "pygame-ce", "pygame_gui", "platformdirs"):
        assert needle in words, needle


@pytest.mark.parametrize("extra, needle", [
    ('[credits]\nseconds = 0\n[[credits.section]]\nlines = ["x"]\n', "credits.seconds"),
    ('[credits]\nscene = "bg ending"\n', "[[credits.section]]"),
    ('[credits]\nspeed = 3\n[[credits.section]]\nlines = ["x"]\n', "no 'speed'"),
    ('[credits]\n[[credits.section]]\nlines = [1]\n', "credits section 1"),
])
def test_bad_credits_are_reported_in_game_toml(tmp_path, extra: str, needle: str) -> None:
    d = tmp_path / "s"
    d.mkdir()
    (d / "s.rpy").write_text('label start:\n    "x"\n', encoding="utf-8")
    (d / "game.toml").write_text('title = "T"\n' + extra, encoding="utf-8")
    with pytest.raises(ScriptError) as exc:
        find_story(d)
    assert needle in str(exc.value) and "game.toml" in str(exc.value)


def test_a_missing_credits_image_is_a_warning_and_strict_makes_it_an_error(tmp_path) -> None:
    d = tmp_path / "s"
    d.mkdir()
    (d / "s.rpy").write_text('label start:\n    "x"\n', encoding="utf-8")
    (d / "game.toml").write_text('title = "T"\n[credits]\nscene = "bg nowhere"\n'
                                 '[[credits.section]]\nlines = ["x"]\n', encoding="utf-8")
    prog = load_project(d, use_cache=False)
    assert [w.code for w in prog.warnings] == ["W521"]
    with pytest.raises(ScriptError):
        load_project(d, strict=True, use_cache=False)


def _roll(seconds: float = 10.0) -> CreditsRoll:
    pygame.display.init()
    pygame.font.init()
    if pygame.display.get_surface() is None:
        pygame.display.set_mode((1, 1))
    index = ImageIndex({("bg", "end"): "#203040"})
    credits = Credits((CreditSection("Heading", ("one line", "two line")),
                       CreditSection("More", tuple(f"line {k}" for k in range(12)))),
                      "bg end", None, seconds)
    return CreditsRoll(credits, ImageStore(ArtSource(index), 0.5, threaded=False))


def _ink_rows(surf: pygame.Surface) -> list[int]:
    """Rows holding bright (text) pixels."""
    w, h = surf.get_size()
    return [y for y in range(h) if any(sum(surf.get_at((x, y))[:3]) > 450
                                       for x in range(0, w, 2))]


def test_the_roll_starts_below_the_screen_and_scrolls_up_over_its_image() -> None:
    roll = _roll()
    dest = pygame.Surface((960, 540))
    roll.draw(dest)
    assert _ink_rows(dest) == []  # nothing yet: the first line enters from below
    r, g, b = dest.get_at((5, 5))[:3]
    assert (r, g, b) != (0, 0, 0) and b > r  # the image, darkened, is behind
    roll.update(2.0)
    roll.draw(dest)
    first = _ink_rows(dest)
    assert first and first[-1] < 540
    roll.update(1.0)
    roll.draw(dest)
    later = _ink_rows(dest)
    assert later and later[0] < first[0]  # moved up
    assert not roll.done


def test_the_roll_is_done_when_the_last_line_has_left_or_when_skipped() -> None:
    roll = _roll(10.0)
    roll.update(9.9)
    assert not roll.done
    roll.update(0.2)
    assert roll.done
    dest = pygame.Surface((960, 540))
    roll.draw(dest)
    assert _ink_rows(dest) == []
    other = _roll()
    other.skip()
    assert other.done


@pytest.fixture
def credited_game(credited_story, data_dir, audio):
    note_read(data_dir)
    prog = load_project(credited_story, use_cache=False)
    g = make_game(data_dir, prog=prog, audio=audio)
    yield g
    g.images.close()


def _to_the_end(game) -> None:
    game.new_game("three")
    step(game, 10, dt=0.5)
    step(game, 4, dt=0.5)
    for _ in range(6):
        key(game, pygame.K_SPACE)
        step(game, 4, dt=0.5)
        if game.session is not None and game.session.finished:
            return


def test_after_the_end_the_credits_roll_then_the_title(credited_game) -> None:
    game = credited_game
    _to_the_end(game)
    s = game.session
    assert s is not None and s.finished and s.credits is not None
    step(game, 10, dt=0.5)
    assert game.session is s  # still rolling after 5 s of 10
    step(game, 14, dt=0.5)
    assert game.session is None and game.describe()["menu"] == "title"


@pytest.mark.parametrize("how", ["space", "escape", "click", "right click"])
def test_the_credits_can_be_skipped(credited_game, how: str) -> None:
    game = credited_game
    _to_the_end(game)
    assert game.session is not None and game.session.credits is not None
    step(game, 2, dt=0.5)
    if how == "space":
        key(game, pygame.K_SPACE)
    elif how == "escape":
        key(game, pygame.K_ESCAPE)
    else:
        click(game, (640, 300), button=1 if how == "click" else 3)
    step(game)
    assert game.session is None and game.describe()["menu"] == "title"


def test_a_story_without_credits_keeps_its_end_card(game) -> None:
    _to_the_end(game)  # the small test story has no [credits]
    assert game.session is not None and game.session.finished
    assert game.session.credits is None
