"""Ren'Py's transforms drawn: built-in positions, zoom, alpha, and ATL animated on the
screen's clock (linear at half time is halfway; a zero-time repeat does not hang)."""
from __future__ import annotations

from pathlib import Path

from game.script.loader import load_story
from game.story import events as E
from render_harness import H, RED, W, frame, line, play, rect_of

SPRITE_W, SPRITE_H = 150, 400  # as in test_stage_pixels (half scale)


def _transform(src: str, name: str) -> list:
    prog = load_story([("t.rpy", src)])
    return prog.transforms[name]


def _show(screen, transform: list, dt: float = 0.0):
    play(screen, [E.Scene("bg a"), E.Show("ra", "ra one", "x", (), transform), line()],
         dt=0.0)
    if dt:
        screen.update(dt)
    return rect_of(frame(screen, hide_ui=True), RED)


def test_topright_puts_the_sprite_in_the_top_right_corner(screen) -> None:
    r = _show(screen, [_transform("label start:\n    show a at topright\n", "topright")])
    assert r is not None and r.size == (SPRITE_W, SPRITE_H)
    assert r.right == W and r.top == 0


def test_a_defined_transform_zooms_and_places(screen) -> None:
    tf = _transform("define big = Transform(zoom=0.5, xalign=0.0, yalign=0.0)\n"
                    "label start:\n    show a at big\n", "big")
    r = _show(screen, [tf])
    assert r is not None and r.topleft == (0, 0)
    assert abs(r.width - SPRITE_W // 2) <= 1 and abs(r.height - SPRITE_H // 2) <= 1


def test_linear_at_half_time_is_halfway(screen) -> None:
    src = ("transform across:\n    xpos 0.0 xanchor 0.0\n    linear 2.0 xpos 0.5\n"
           "label start:\n    show a at across\n")
    tf = _transform(src, "across")
    start = _show(screen, [tf])
    assert start is not None and start.left == 0
    screen.update(1.0)
    mid = rect_of(frame(screen, hide_ui=True), RED)
    assert mid is not None and abs(mid.left - W // 4) <= 2
    screen.update(5.0)
    end = rect_of(frame(screen, hide_ui=True), RED)
    assert end is not None and abs(end.left - W // 2) <= 1
    assert not screen.transforms_moving()


def test_reduce_motion_shows_atl_still_at_its_end(screen) -> None:
    """The reader's "reduce motion and flashes" stops ATL animation: the sprite stands
    where the transform ends, from the first frame on."""
    src = ("transform across:\n    xpos 0.0 xanchor 0.0\n    linear 2.0 xpos 0.5\n"
           "label start:\n    show a at across\n")
    screen.reduce_motion = True
    first = _show(screen, [_transform(src, "across")])
    assert first is not None and abs(first.left - W // 2) <= 1
    assert not screen.transforms_moving()
    screen.update(1.0)
    assert rect_of(frame(screen, hide_ui=True), RED) == first


def test_alpha_zero_hides_the_sprite(screen) -> None:
    assert _show(screen, [[["set", {"alpha": 0.0}]]]) is None


def test_a_repeat_of_no_time_and_a_huge_zoom_stay_cheap(screen) -> None:
    tf = _transform("transform t:\n    zoom 100000\n    repeat\n"
                    "label start:\n    show a at t\n", "t")
    r = _show(screen, [tf], dt=1.0)
    assert r is not None  # drawn (clamped to 8x), no hang
    assert not screen.transforms_moving()


def test_a_scene_zoomed_out_leaves_black_around_the_background(screen) -> None:
    from render_harness import BG_A, rgb
    play(screen, [E.Scene("bg a", None, [[["set", {"zoom": 0.5}]]]), line()])
    shot = frame(screen, hide_ui=True)
    assert rgb(shot, W // 2, H // 2) == BG_A
    assert rgb(shot, 5, 5) == (0, 0, 0)


def test_show_text_draws_white_words_where_it_is_put(screen) -> None:
    play(screen, [E.Scene("bg a"), E.Show("text", "text", "truecenter", text="Chapter One"),
                  line()])
    shot = frame(screen, hide_ui=True)
    r = rect_of(shot, (255, 255, 255), tol=10)
    assert r is not None and r.width > 50
    assert abs(r.centerx - W // 2) <= 4 and abs(r.centery - H // 2) <= 8


def test_a_layeredimage_draws_its_layers_bottom_to_top(screen) -> None:
    from render_harness import GREEN
    play(screen, [E.Scene("bg a"), E.Show("aug", "aug x", "left", layers=["ra one", "ra two"]),
                  line()])
    shot = frame(screen, hide_ui=True)
    assert rect_of(shot, RED) is None
    r = rect_of(shot, GREEN)
    assert r is not None and r.size == (SPRITE_W, SPRITE_H) and r.left == 0


def test_a_huge_zoom_is_bounded_to_a_few_screens_of_pixels() -> None:
    from game.render.stage import MAX_SURFACE_SCREENS, zoomed_size
    w, h = zoomed_size((1920, 1080), 8.0, 8.0, (960, 540))
    assert w * h <= MAX_SURFACE_SCREENS * 960 * 540 + 4000
    assert abs(w / h - 1920 / 1080) < 0.01
    assert zoomed_size((100, 50), 2.0, 0.5, (960, 540)) == (200, 25)
    assert zoomed_size((100, 50), 1e9, 1.0, (960, 540)) == (800, 50)
