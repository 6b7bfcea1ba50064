"""Typing at the reader's speed and the text tags that steer it, stepped with a fake
clock; word wrap that never splits a word."""
from __future__ import annotations

import pygame
import pytest

from game.render.text import Typewriter, layout
from game.script.texttags import plain
from game.story import events as E
from render_harness import init_display, line, play

FRAME = 1 / 60


@pytest.fixture(autouse=True)
def _fonts() -> None:
    init_display()


def typer(text: str, cps: float = 30.0) -> Typewriter:
    return Typewriter(layout(text, 800, size=24), cps)


def run(t: Typewriter, seconds: float) -> None:
    for _ in range(round(seconds / FRAME)):
        t.update(FRAME)


def test_text_types_at_the_cps_setting() -> None:
    t = typer("x" * 100, cps=30)
    assert t.shown == 0
    run(t, 1.0)
    assert abs(t.shown - 30) <= 1
    run(t, 1.0)
    assert abs(t.shown - 60) <= 1
    run(t, 2.0)
    assert t.shown == 100 and t.complete


@pytest.mark.parametrize("cps", [10, 40, 120])
def test_the_time_to_type_a_line_is_its_length_over_cps(cps) -> None:
    t = typer("y" * 60, cps=cps)
    frames = 0
    while not t.complete:
        t.update(FRAME)
        frames += 1
    assert abs(frames * FRAME - 60 / cps) <= 2 * FRAME


def test_cps_zero_is_instant() -> None:
    assert typer("All at once.", cps=0).complete


def test_w_waits_for_a_click() -> None:
    t = typer("Wait.{w} Go on.", cps=100)
    run(t, 1.0)
    assert t.shown == len("Wait.") and t.waiting_click and t.idle and not t.complete
    run(t, 5.0)
    assert t.shown == len("Wait.")  # time alone does not pass it
    assert t.click()
    run(t, 1.0)
    assert t.complete and t.shown == len("Wait. Go on.")


def test_timed_w_waits_that_long_then_types_on_at_the_same_speed() -> None:
    t = typer("Wait.{w=0.5}abcdefghij", cps=20)
    run(t, 0.25 + FRAME)
    assert t.shown == 5
    run(t, 0.4)
    assert t.shown == 5 and not t.idle  # still waiting, but not for a click
    run(t, 0.1 + 0.25)  # the wait ends at 0.75 s; then about 5 characters at 20 cps
    assert 3 <= t.shown - 5 <= 6


def test_the_text_after_a_wait_does_not_jump_ahead() -> None:
    # one long frame reaching a wait must not bank characters for after it
    t = typer("ab{w=0.1}cdefghijkl", cps=10)
    t.update(5.0)
    assert t.shown == 2
    t.update(0.1)  # the wait
    t.update(FRAME)
    assert t.shown <= 3


def test_p_breaks_the_paragraph_and_waits() -> None:
    lay = layout("First.{p}Second.", 800, size=24)
    assert len(lay.lines) == 2
    t = Typewriter(lay, 100)
    run(t, 1.0)
    assert t.waiting_click and t.shown == len("First.")
    t.click()
    run(t, 1.0)
    assert t.complete


def test_nw_marks_the_line_to_go_on_by_itself(screen) -> None:
    assert layout("Going{nw}", 800, size=24).no_wait
    assert not layout("Staying", 800, size=24).no_wait
    play(screen, [E.Scene("bg a"), line("Going{nw}")])
    assert screen.auto_nw and screen.line_complete()


def test_cps_tag_sets_an_absolute_speed_for_its_text() -> None:
    t = typer("{cps=10}slowslowsl{/cps}" + "f" * 40, cps=100)
    run(t, 0.5)
    assert abs(t.shown - 5) <= 1
    run(t, 0.5)
    assert abs(t.shown - 10) <= 1
    run(t, 0.1)
    assert t.shown >= 18  # back at the reader's 100 cps


def test_cps_multiplier_tag() -> None:
    t = typer("{cps=*2}" + "d" * 40 + "{/cps}", cps=10)
    run(t, 1.0)
    assert abs(t.shown - 20) <= 1


def test_fast_shows_everything_before_it_at_once() -> None:
    t = typer("Already here. {fast}Then this.", cps=10)
    assert t.shown == len("Already here. ")
    run(t, 0.5)
    assert abs(t.shown - len("Already here. ") - 5) <= 1


def test_a_click_while_typing_shows_the_rest_up_to_the_next_wait() -> None:
    t = typer("One two three.{w} Four.", cps=10)
    run(t, 0.2)
    assert t.click()
    assert t.shown == len("One two three.") and t.waiting_click
    assert t.click()
    assert t.click() and t.complete
    assert not t.click()  # a complete line: the click is the reader's, to go on


def test_finish_passes_every_wait() -> None:
    t = typer("a{w}b{p}c{w=3}d", cps=10)
    t.finish()
    assert t.complete and t.shown == 4


TEXT = ("Izumo went over how the pair met, how cold Kaori was to him initially. "
        "She would order him around fiercely, acting like she did not even care "
        "about him. {b}This{/b} went on for nearly ten years, him faithfully serving "
        "her while developing {i}budding{/i} feeling for her.")


@pytest.mark.parametrize("width", [120, 200, 333, 500, 800])
def test_word_wrap_never_splits_a_word(width) -> None:
    lay = layout(TEXT, width, size=22)
    text = plain(TEXT)
    assert sum(ln.count for ln in lay.lines) == len(text)
    for ln in lay.lines[1:]:
        # every line after the first starts where a word starts
        assert text[ln.start - 1] == " " and text[ln.start] != " ", (width, ln.start)
    for ln in lay.lines:
        words = text[ln.start:ln.start + ln.count].split()
        fits = ln.ends[len(text[ln.start:ln.start + ln.count].rstrip()) - 1] <= width
        assert fits or len(words) == 1  # only a single word wider than the box may stick out


def test_a_word_wider_than_the_box_stays_whole_on_its_own_line() -> None:
    lay = layout("a Supercalifragilisticexpialidocious b", 80, size=22)
    text = "a Supercalifragilisticexpialidocious b"
    pieces = [text[ln.start:ln.start + ln.count].strip() for ln in lay.lines]
    assert pieces == ["a", "Supercalifragilisticexpialidocious", "b"]


def test_layout_draws_only_the_shown_characters() -> None:
    lay = layout("MMMMMMMMMM", 800, size=30, shadow=False, color=(255, 255, 255))
    full = pygame.Surface((400, 60))
    half = pygame.Surface((400, 60))
    lay.draw(full, (0, 0))
    lay.draw(half, (0, 0), 5)
    ink = lambda s: pygame.mask.from_threshold(s, (0, 0, 0, 255), (10, 10, 10, 255))  # noqa: E731
    covered_full, covered_half = 400 * 60 - ink(full).count(), 400 * 60 - ink(half).count()
    assert 0.4 < covered_half / covered_full < 0.6
