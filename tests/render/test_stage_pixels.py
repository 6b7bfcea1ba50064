"""Sprites where Ren'Py puts them, found by colour in the drawn frame."""
from __future__ import annotations

import pytest

from game.script.loader import load_story
from game.story import events as E
from game.story.runtime import Runtime
from render_harness import (BG_A, BLUE, GREEN, H, RED, W, frame, line, make_screen, play,
                            rect_of, rgb)

SPRITE_W, SPRITE_H = 150, 400  # 300x800 canvas px at half scale


def _shown_at(screen, at: str):
    play(screen, [E.Scene("bg a"), E.Show("ra", "ra one", at), line()])
    return frame(screen, hide_ui=True)


def test_the_background_covers_the_canvas(screen) -> None:
    play(screen, [E.Scene("bg a"), line()])
    shot = frame(screen, hide_ui=True)
    for x, y in ((0, 0), (W - 1, 0), (0, H - 1), (W - 1, H - 1), (W // 2, H // 2)):
        assert rgb(shot, x, y) == BG_A


def test_a_sprite_at_left_lies_in_the_left_third_on_the_bottom_edge(screen) -> None:
    r = rect_of(_shown_at(screen, "left"), RED)
    assert r is not None and r.size == (SPRITE_W, SPRITE_H)
    assert r.left == 0 and r.right <= W // 3
    assert r.bottom == H


def test_a_sprite_at_right_lies_in_the_right_third_on_the_bottom_edge(screen) -> None:
    r = rect_of(_shown_at(screen, "right"), RED)
    assert r is not None and r.size == (SPRITE_W, SPRITE_H)
    assert r.right == W and r.left >= 2 * W // 3
    assert r.bottom == H


def test_a_sprite_at_center_is_in_the_middle_on_the_bottom_edge(screen) -> None:
    r = rect_of(_shown_at(screen, "center"), RED)
    assert r is not None and r.size == (SPRITE_W, SPRITE_H)
    assert abs(r.centerx - W // 2) <= 1
    assert r.left >= W // 3 and r.right <= 2 * W // 3
    assert r.bottom == H


def test_a_sprite_with_no_position_stands_at_center(screen) -> None:
    r = rect_of(_shown_at(screen, None), RED)
    assert r is not None and abs(r.centerx - W // 2) <= 1 and r.bottom == H


def test_truecenter_is_centred_both_ways(screen) -> None:
    r = rect_of(_shown_at(screen, "truecenter"), RED)
    assert r is not None and r.size == (SPRITE_W, SPRITE_H)
    assert abs(r.centerx - W // 2) <= 1 and abs(r.centery - H // 2) <= 1


@pytest.mark.parametrize("at", ["offscreenleft", "offscreenright"])
def test_offscreen_sprites_are_not_visible(screen, at: str) -> None:
    assert rect_of(_shown_at(screen, at), RED) is None


def test_behind_draws_below_the_named_sprite(screen) -> None:
    play(screen, [E.Scene("bg a"), E.Show("ra", "ra one", "center"),
                  E.Show("bl", "bl", "center", behind=("ra",)), line()])
    shot = frame(screen, hide_ui=True)
    assert rgb(shot, W // 2, H - 10) == RED
    assert rect_of(shot, BLUE) is None  # entirely covered: same size, same place


def test_without_behind_the_later_sprite_draws_on_top(screen) -> None:
    play(screen, [E.Scene("bg a"), E.Show("ra", "ra one", "center"),
                  E.Show("bl", "bl", "center"), line()])
    assert rgb(frame(screen, hide_ui=True), W // 2, H - 10) == BLUE


def test_show_with_new_attributes_swaps_the_image_in_place(screen) -> None:
    play(screen, [E.Scene("bg a"), E.Show("ra", "ra one", "left"),
                  E.Show("bl", "bl", "left"), line()])
    before = frame(screen, hide_ui=True)
    play(screen, [E.Show("ra", "ra two", None), line("Again.")])
    after = frame(screen, hide_ui=True)
    assert rect_of(after, RED) is None
    # the same place and still below `bl`: the new image shows exactly where the old
    # one showed around it
    assert rect_of(before, RED) == rect_of(after, GREEN)
    assert rect_of(before, BLUE) == rect_of(after, BLUE)


def test_say_with_attributes_through_the_runtime_swaps_in_place(flat_index) -> None:
    prog = load_story([("s.rpy", '''\
define r = Character("Ra", color="#c8ffc8", image="ra")
label start:
    scene bg a
    show ra one at right
    r "One."
    r two "Two."
''')], images=flat_index)
    screen = make_screen(flat_index)
    rt = Runtime(prog)
    play(screen, rt.start())
    first = rect_of(frame(screen, hide_ui=True), RED)
    play(screen, rt.advance())
    shot = frame(screen, hide_ui=True)
    assert rect_of(shot, RED) is None
    assert first is not None and rect_of(shot, GREEN) == first
    assert first.right == W
