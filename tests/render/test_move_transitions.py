"""Ren'Py's MoveTransition family, checked by pixels mid-way: a sprite that changes
place glides (linearly for move, eased for ease), entering sprites come in from off a
side or grow, leaving ones go off a side or shrink; "reduce motion" makes them a
dissolve."""
from __future__ import annotations

import os

import pygame
import pytest

from game.scene.moves import SPRITE_MOVES
from game.scene.transform import WARPERS
from game.script.ast import Transition
from game.story import events as E
from render_harness import (BG_A, BG_B, BLUE, H, RED, SPRITE_SIZE, W, frame, line, play,
                            rect_of, rgb)

SW, SH = SPRITE_SIZE[0] // 2, SPRITE_SIZE[1] // 2  # a sprite at the test's half scale


def _with(kind: str, t: float = 0.5) -> E.With:
    return E.With(Transition(kind, duration=t))


def _red_at(screen, before: str, after: str, kind: str, at: float) -> pygame.Rect | None:
    play(screen, [E.Scene("bg a"), E.Show("ra", "ra one", before), line("Before.")])
    screen.feed([E.Show("ra", "ra one", after), _with(kind), line("After.")])
    screen.update(at)
    assert screen.transition is not None
    return rect_of(frame(screen), RED)


def test_move_glides_a_sprite_from_its_old_place_to_its_new_one(screen) -> None:
    r = _red_at(screen, "left", "right", "move", 0.25)
    assert r is not None and r.size == (SW, SH)
    # left: x 0; right: x W - SW; half way (linear) between them
    assert abs(r.x - (W - SW) / 2) <= 2, r
    assert r.bottom == H  # still standing on the bottom edge


def test_move_is_steady_and_ends_at_the_new_place(screen) -> None:
    r = _red_at(screen, "left", "right", "move", 0.125)
    assert r is not None and abs(r.x - (W - SW) / 4) <= 2, r
    screen.update(1.0)
    assert screen.transition is None
    assert rect_of(frame(screen, hide_ui=True), RED).x == W - SW


def test_ease_starts_slower_than_move(screen) -> None:
    r = _red_at(screen, "left", "right", "ease", 0.1)
    expected = (W - SW) * WARPERS["ease"](0.2)
    assert r is not None and abs(r.x - expected) <= 2, (r, expected)
    assert r.x < (W - SW) * 0.2 - 10  # a linear move would be further on


def test_move_leaves_a_sprite_that_did_not_move_where_it_is(screen) -> None:
    play(screen, [E.Scene("bg a"), E.Show("bl", "bl", "left"), line("Before.")])
    screen.feed([E.Show("ra", "ra one", "right"), _with("move"), line("After.")])
    screen.update(0.25)
    shot = frame(screen)
    assert rect_of(shot, BLUE).x == 0
    # plain move: an entering sprite is at its place from the start
    assert rect_of(shot, RED).x == W - SW


@pytest.mark.parametrize("kind,side", [("moveinright", "right"), ("moveinleft", "left"),
                                       ("moveintop", "top"), ("moveinbottom", "bottom"),
                                       ("easeinright", "right")])
def test_movein_brings_an_entering_sprite_from_off_that_side(screen, kind, side) -> None:
    play(screen, [E.Scene("bg a"), line("Before.")])
    screen.feed([E.Show("ra", "ra one", "center"), _with(kind), line("After.")])
    screen.update(0.25)
    r = rect_of(frame(screen), RED)
    end_x, end_y = (W - SW) // 2, H - SH
    start = {"right": (W, end_y), "left": (-SW, end_y), "top": (end_x, -SH),
             "bottom": (end_x, H)}[side]
    k = WARPERS[SPRITE_MOVES[kind].warp](0.5)
    want = (start[0] + (end_x - start[0]) * k, start[1] + (end_y - start[1]) * k)
    assert r is not None
    # the part on screen: its edge facing the side it came from is cut by the canvas
    if side == "right":
        assert abs(r.x - want[0]) <= 2 and r.y == end_y
    elif side == "left":
        assert abs(r.right - (want[0] + SW)) <= 2 and r.y == end_y
    elif side == "top":
        assert abs(r.bottom - (want[1] + SH)) <= 2 and r.x == end_x
    else:
        assert abs(r.y - want[1]) <= 2 and r.x == end_x


def test_moveout_takes_a_leaving_sprite_off_that_side(screen) -> None:
    play(screen, [E.Scene("bg a"), E.Show("ra", "ra one", "center"), line("Before.")])
    screen.feed([E.Hide("ra"), _with("moveoutleft"), line("After.")])
    screen.update(0.25)
    r = rect_of(frame(screen), RED)
    start_x = (W - SW) // 2
    assert r is not None and abs(r.x - (start_x + (-SW - start_x) / 2)) <= 2, r
    screen.update(1.0)
    assert rect_of(frame(screen, hide_ui=True), RED) is None


def test_plain_move_drops_a_leaving_sprite_at_once(screen) -> None:
    play(screen, [E.Scene("bg a"), E.Show("ra", "ra one", "center"), line("Before.")])
    screen.feed([E.Hide("ra"), _with("move"), line("After.")])
    screen.update(0.1)
    assert screen.transition is not None
    assert rect_of(frame(screen), RED) is None


def test_zoomin_grows_an_entering_sprite_where_it_stands(screen) -> None:
    play(screen, [E.Scene("bg a"), line("Before.")])
    screen.feed([E.Show("ra", "ra one", "center"), _with("zoomin"), line("After.")])
    screen.update(0.25)
    r = rect_of(frame(screen), RED, tol=6)  # smoothscale shifts the colour a little
    assert r is not None
    assert abs(r.w - SW * 0.505) <= 2 and abs(r.h - SH * 0.505) <= 2, r
    assert abs(r.centerx - W // 2) <= 1 and r.bottom == H  # about its anchor


def test_zoomout_shrinks_a_leaving_sprite(screen) -> None:
    play(screen, [E.Scene("bg a"), E.Show("ra", "ra one", "left"), line("Before.")])
    screen.feed([E.Hide("ra"), _with("zoomout"), line("After.")])
    screen.update(0.375)
    r = rect_of(frame(screen), RED, tol=6)
    assert r is not None and abs(r.h - SH * (1 - 0.99 * 0.75)) <= 2, r
    assert r.x == 0 and r.bottom == H  # `left` anchors it at its bottom-left corner


def test_a_move_shows_the_new_background_at_once(screen) -> None:
    play(screen, [E.Scene("bg a"), line("Before.")])
    screen.feed([E.Scene("bg b"), E.Show("ra", "ra one", "right"), _with("moveinleft"),
                 line("After.")])
    screen.update(0.1)
    assert rgb(frame(screen), W - 5, 5) == BG_B


def test_reduce_motion_makes_a_move_a_dissolve(screen) -> None:
    screen.reduce_motion = True
    play(screen, [E.Scene("bg a"), E.Show("ra", "ra one", "left"), line("Before.")])
    screen.feed([E.Show("ra", "ra one", "right"), _with("move", 1.0), line("After.")])
    screen.update(0.5)
    shot = frame(screen)
    # nothing between: the old place fades out, the new one fades in
    assert rect_of(shot, RED) is None
    mid = rgb(shot, SW // 2, H - 10)
    assert all(abs(c - (a + b) / 2) <= 4 for c, a, b in zip(mid, RED, BG_A)), mid
    assert rgb(shot, W // 2, H - 10) == BG_A


def test_a_click_finishes_a_move(screen) -> None:
    _red_at(screen, "left", "right", "move", 0.1)
    screen.click()
    screen.update(0.0)
    assert screen.transition is None
    assert rect_of(frame(screen, hide_ui=True), RED).x == W - SW


def test_save_a_mid_move_frame(screen, tmp_path) -> None:
    """A frame to look at (kept when MOVE_FRAME names a file)."""
    play(screen, [E.Scene("bg a"), E.Show("bl", "bl", "right"), line("Before.")])
    screen.feed([E.Show("bl", "bl", "left"), E.Show("ra", "ra one", "center"),
                 _with("moveinbottom"), line("After.")])
    screen.update(0.3)
    shot = frame(screen)
    out = os.environ.get("MOVE_FRAME") or str(tmp_path / "move.png")
    pygame.image.save(shot, out)
    assert rect_of(shot, BLUE) is not None and rect_of(shot, RED) is not None


def test_a_move_with_both_sides_brings_one_in_as_the_other_goes_out(screen) -> None:
    """MoveTransition(enter=offscreenright, leave=offscreenleft): the entering sprite
    comes from off the right while the leaving one goes off the left, in one move."""
    kind = "moveinright_outleft"
    assert SPRITE_MOVES[kind].enter == "right" and SPRITE_MOVES[kind].leave == "left"
    play(screen, [E.Scene("bg a"), E.Show("bl", "bl", "center"), line("Before.")])
    screen.feed([E.Hide("bl"), E.Show("ra", "ra one", "center"), _with(kind),
                 line("After.")])
    screen.update(0.25)
    shot = frame(screen)
    mid_x = (W - SW) // 2
    red, blue = rect_of(shot, RED), rect_of(shot, BLUE)
    assert red is not None and abs(red.x - (W + (mid_x - W) / 2)) <= 2, red
    assert blue is not None and abs(blue.x - (mid_x + (-SW - mid_x) / 2)) <= 2, blue
    screen.update(1.0)
    shot = frame(screen, hide_ui=True)
    assert rect_of(shot, RED).x == mid_x and rect_of(shot, BLUE) is None
