"""The text box: the name box in the speaker's colour, narration without one, centered
text alone in the middle, long lines shrunk to fit, and lint for lines that cannot."""
from __future__ import annotations

import pygame
import pytest

from game.commands.lint import lint
from game.render import textbox as T
from game.render.fit import overflow
from game.story import events as E
from render_harness import (BG_A, H, SCALE, W, count_of, frame, line, make_screen, play,
                            rect_of, rgb)


def s(v: float) -> int:
    return round(v * SCALE)


NAME_AREA = pygame.Rect(s(T.NAME_X), s(T.NAME_Y), s(700), s(T.NAME_H))


@pytest.mark.parametrize("color", [(51, 204, 153), (230, 120, 20)])
def test_the_name_box_wears_the_speakers_colour(screen, color) -> None:
    hexc = "#%02x%02x%02x" % color
    play(screen, [E.Scene("bg a"), line("Hello there.", who="Kaori", color=hexc)])
    shot = frame(screen)
    # the accent bar on its left edge is the speaker's colour exactly
    bar_x = s(T.NAME_X) + s(10) // 2
    assert rgb(shot, bar_x, s(T.NAME_Y) + s(T.NAME_H) // 2) == color
    # and so is the name: solid text pixels right of the bar, inside the panel
    text_area = pygame.Rect(s(T.NAME_X) + s(20), s(T.NAME_Y), s(400), s(T.NAME_H) - s(4))
    assert count_of(shot, color, tol=8, area=text_area) > 40


def test_the_name_sits_on_a_dark_panel_above_the_box(screen) -> None:
    play(screen, [E.Scene("bg a"), line("Hi.", who="Kaori", color="#33cc99")])
    shot = frame(screen)
    panel = rgb(shot, s(T.NAME_X) + s(20), s(T.NAME_Y) + s(6))
    assert sum(panel) < sum(BG_A)  # darker than the background it covers


def test_narration_has_no_name_box(screen) -> None:
    play(screen, [E.Scene("bg a"), line("The wind blew.")])
    shot = frame(screen)
    above_box = pygame.Rect(0, s(T.NAME_Y), W, s(T.BOX.top) - s(T.NAME_Y))
    assert count_of(shot, BG_A, tol=0, area=above_box) == above_box.w * above_box.h
    # while the box and its text are there
    assert rgb(shot, 5, H - 5) != BG_A
    assert count_of(shot, T.DEFAULT_COLOR, tol=12,
                    area=pygame.Rect(s(T.TEXT_X), s(T.TEXT_Y), s(T.TEXT_W), s(T.TEXT_H))) > 50


def test_a_name_with_no_colour_is_drawn_in_the_default_colour(screen) -> None:
    play(screen, [E.Scene("bg a"), line("Hi.", who="Stranger")])
    shot = frame(screen)
    assert rgb(shot, s(T.NAME_X) + 2, s(T.NAME_Y) + s(T.NAME_H) // 2) == T.DEFAULT_COLOR


def test_centered_text_sits_in_the_middle_of_an_empty_screen(screen) -> None:
    play(screen, [E.Scene("black"), line("{size=+16}Chapter One{/size}{p}The Promise",
                                         kind="centered")])
    assert screen.box.typer is not None and screen.box.typer.waiting_click  # at the {p}
    screen.click()
    screen.update(10.0)
    assert screen.box.complete
    shot = frame(screen)
    r = rect_of(shot, (0, 0, 0), tol=0)
    assert r == shot.get_rect()  # black around...
    ink = pygame.mask.from_threshold(shot, (0, 0, 0, 255), (40, 40, 40, 255))
    ink.invert()
    box = ink.get_bounding_rects()
    assert box, "no text drawn"
    text = box[0].unionall(box[1:])
    assert abs(text.centerx - W // 2) <= s(12)
    assert abs(text.centery - H // 2) <= s(24)
    assert text.bottom < s(T.BOX.top)  # no text box along the bottom
    assert text.height > s(60)  # two lines (the {p} breaks)


QUICK_TOP = H - s(T.QUICK_ROW_H)  # the quick menu's row along the bottom edge


@pytest.mark.parametrize("text_scale", [1.0, 1.23, 1.4])
def test_a_long_line_keeps_the_readers_size_and_the_box_grows(screen, text_scale) -> None:
    screen.box.set_style(T.BoxStyle(text_scale=text_scale))
    long = " ".join(["Izumo remembered every word she said that night."] * 6)
    assert overflow(long) == 0  # fits at the largest size: lint is quiet
    play(screen, [E.Scene("bg a"), line(long, who="Izumo")])
    lay = screen.box.lay
    assert lay is not None and len(lay.lines) >= 4
    assert lay.base_size == s(T.TEXT_SIZE * text_scale)  # never shrunk below the choice
    assert screen.box.grow > 0  # the box grew upwards instead
    shot = frame(screen)
    text = rect_of(shot, T.DEFAULT_COLOR, tol=10)
    assert text is not None
    assert text.bottom <= QUICK_TOP  # clear of the quick menu
    assert screen.box.grow <= s(T.TEXT_Y - T.TEXT_TOP_MOST) + 1  # up to its limit
    assert text.width > s(T.TEXT_W) * 0.85  # the box's width is used


def test_three_lines_at_123_percent_end_above_the_quick_menu(screen) -> None:
    screen.box.set_style(T.BoxStyle(text_scale=1.23))
    text3 = " ".join(["The pair sat there, silently holding each other."] * 3)
    play(screen, [E.Scene("bg a"), line(text3, who="Izumo")])
    assert screen.box.lay is not None and screen.box.lay.base_size == s(T.TEXT_SIZE * 1.23)
    text = rect_of(frame(screen), T.DEFAULT_COLOR, tol=10)
    assert text is not None and text.bottom <= QUICK_TOP - s(T.TEXT_GAP) // 2


def test_a_short_line_keeps_the_box_where_it_was(screen) -> None:
    play(screen, [E.Scene("bg a"), line("Short.", who="Izumo")])
    assert screen.box.grow == 0


def test_only_a_line_taller_than_the_grown_box_shrinks(screen) -> None:
    huge = " ".join(["Izumo remembered every word she said that night."] * 40)
    assert overflow(huge) > 0  # lint warns the writer of this one
    play(screen, [E.Scene("bg a"), line(huge, who="Izumo")])
    lay = screen.box.lay
    assert lay is not None and lay.base_size < s(T.TEXT_SIZE)
    assert lay.height <= s(T.MOST_TEXT_H) + 1


def test_the_text_keeps_clear_of_a_taller_quick_menu(screen) -> None:
    text3 = " ".join(["The pair sat there, silently holding each other."] * 3)
    play(screen, [E.Scene("bg a"), line(text3, who="Izumo")])
    screen.box.set_reserve(s(120))  # a tiny window: the menu's font stops shrinking
    text = rect_of(frame(screen), T.DEFAULT_COLOR, tol=10)
    assert text is not None and text.bottom <= H - s(120)


@pytest.mark.parametrize("scale", [1 / 3, 0.25])
def test_a_long_line_fits_in_a_small_window_too(flat_index, scale) -> None:
    # at scale 1 this needs a small size; the smallest size scales with the window
    long = " ".join(["The pair sat there, silently holding each other."] * 8)
    assert overflow(long, scale=1.0) == 0
    screen = make_screen(flat_index, scale=scale)
    play(screen, [E.Scene("bg a"), line(long)])
    assert screen.box.lay is not None
    assert screen.box.lay.height <= round(T.MOST_TEXT_H * scale) + 1


def test_a_short_line_is_not_shrunk(screen) -> None:
    play(screen, [E.Scene("bg a"), line("Short.")])
    assert screen.box.lay is not None and screen.box.lay.base_size == s(T.TEXT_SIZE)


def test_overflow_is_zero_for_story_sized_lines_and_positive_for_huge_ones() -> None:
    assert overflow("word " * 60) == 0
    assert overflow("word " * 100, scale=1.0) == 0
    assert overflow("word " * 100) > 0  # but not at the largest size, 140%
    assert overflow("word " * 3000) > 0
    # a size tag can defeat shrinking (within the {size} cap a script may load with)
    assert overflow("{size=+380}BIG BIG BIG BIG{/size}") > 0


def test_lint_reports_a_line_that_cannot_fit(tmp_path) -> None:
    huge = " ".join(["Too many words for any box."] * 200)
    (tmp_path / "script.rpy").write_text(
        f'label start:\n    "Short."\n    "{huge}"\n    "{"Long but fine. " * 20}"\n',
        encoding="utf-8")
    out: list[str] = []
    assert lint(str(tmp_path), write=out.append) == 0
    text = "\n".join(out)
    hits = [ln for ln in out if "too long for the text box" in ln]
    assert len(hits) == 1 and ":3:" in hits[0]
    assert "1 warning" in text


def test_the_real_story_has_no_line_too_long(tmp_path) -> None:
    out: list[str] = []
    lint(None, write=out.append)
    assert not [ln for ln in out if "too long for the text box" in ln]
