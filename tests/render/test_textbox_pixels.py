"""The text box: the name box in the speaker's colour, narration without one, centered
text alone in the middle, long lines shrunk to fit, and lint for lines that cannot."""
from __future__ import annotations

import pygame
import pytest

from game.lint import lint
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


def test_a_long_line_shrinks_to_fit_inside_the_box(screen) -> None:
    long = " ".join(["Izumo remembered every word she said that night."] * 9)
    play(screen, [E.Scene("bg a"), line(long, who="Izumo")])
    lay = screen.box.lay
    assert lay is not None
    assert lay.height <= s(T.TEXT_H)
    assert lay.base_size < s(T.TEXT_SIZE)  # it did shrink
    assert len(lay.lines) >= 4
    shot = frame(screen)
    text = rect_of(shot.subsurface(pygame.Rect(0, s(T.BOX.top), W, H - s(T.BOX.top))),
                   T.DEFAULT_COLOR, tol=10)
    assert text is not None and text.bottom + s(T.BOX.top) <= H


@pytest.mark.parametrize("scale", [1 / 3, 0.25])
def test_a_long_line_fits_in_a_small_window_too(flat_index, scale) -> None:
    # at scale 1 this needs a small size; the smallest size scales with the window
    long = " ".join(["The pair sat there, silently holding each other."] * 8)
    assert overflow(long) == 0
    screen = make_screen(flat_index, scale=scale)
    play(screen, [E.Scene("bg a"), line(long)])
    assert screen.box.lay is not None
    assert screen.box.lay.height <= round(T.TEXT_H * scale)


def test_a_short_line_is_not_shrunk(screen) -> None:
    play(screen, [E.Scene("bg a"), line("Short.")])
    assert screen.box.lay is not None and screen.box.lay.base_size == s(T.TEXT_SIZE)


def test_overflow_is_zero_for_story_sized_lines_and_positive_for_huge_ones() -> None:
    assert overflow("word " * 60) == 0
    assert overflow("word " * 3000) > 0
    assert overflow("{size=+300}BIG{/size}") > 0  # a size tag can defeat shrinking


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
