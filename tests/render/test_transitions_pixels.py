"""Transitions, stepped with a fake clock and checked by pixels: dissolve mixes, fade
passes through black (or its colour), flash through white, the punches shake, and a
click finishes any of them."""
from __future__ import annotations

import pytest

from game.script.ast import Transition
from game.story import events as E
from render_harness import (BG_A, BG_B, H, RED, W, dissolve, fade, frame, line, play,
                            rect_of, rgb)

CENTER = (W // 2, H // 3)


def _from_a_to_b(screen, with_: E.With, at: float) -> None:
    """bg a on screen; then `scene bg b` with the transition, played `at` seconds."""
    play(screen, [E.Scene("bg a"), line("Before.")])
    screen.feed([E.Scene("bg b"), with_, line("After.")])
    screen.update(at)


def test_a_dissolve_half_way_mixes_the_two_images(screen) -> None:
    _from_a_to_b(screen, dissolve(1.0), 0.5)
    assert screen.transition is not None
    got = rgb(frame(screen), *CENTER)
    for c, (a, b) in zip(got, zip(BG_A, BG_B)):
        assert abs(c - (a + b) / 2) <= 3, (got, BG_A, BG_B)


@pytest.mark.parametrize("at,k", [(0.25, 0.25), (0.75, 0.75)])
def test_a_dissolve_moves_steadily_from_old_to_new(screen, at, k) -> None:
    _from_a_to_b(screen, dissolve(1.0), at)
    got = rgb(frame(screen), *CENTER)
    for c, (a, b) in zip(got, zip(BG_A, BG_B)):
        assert abs(c - (a + (b - a) * k)) <= 3


def test_the_text_box_waits_for_the_transition_to_end(screen) -> None:
    _from_a_to_b(screen, dissolve(1.0), 0.5)
    assert not screen.line_complete()
    bottom = rgb(frame(screen), 5, H - 5)
    assert bottom == rgb(frame(screen), *CENTER)  # no box over the picture yet
    screen.update(0.6)
    screen.update(10.0)
    assert screen.transition is None and screen.line_complete()
    assert rgb(frame(screen), 5, H - 5) != BG_B  # the box is up


def test_fade_passes_through_black(screen) -> None:
    _from_a_to_b(screen, fade(0.5, 0.0, 0.5), 0.5)
    shot = frame(screen)
    assert rgb(shot, *CENTER) == (0, 0, 0)
    assert rgb(shot, 0, 0) == (0, 0, 0)


def test_fade_darkens_the_old_then_brightens_the_new(screen) -> None:
    _from_a_to_b(screen, fade(0.5, 0.0, 0.5), 0.25)
    first = rgb(frame(screen), *CENTER)
    assert all(abs(c - a / 2) <= 3 for c, a in zip(first, BG_A))
    screen.update(0.5)  # 0.75 s: half way back up to the new scene
    second = rgb(frame(screen), *CENTER)
    assert all(abs(c - b / 2) <= 3 for c, b in zip(second, BG_B))


def test_fade_holds_its_colour(screen) -> None:
    _from_a_to_b(screen, fade(0.2, 1.0, 0.2, color="#ff0000"), 0.2)
    assert rgb(frame(screen), *CENTER) == (255, 0, 0)
    screen.update(0.9)
    assert rgb(frame(screen), *CENTER) == (255, 0, 0)


def test_flash_passes_through_white(screen) -> None:
    flash = E.With(Transition("flash", out_time=0.1, hold=0.0, in_time=0.5, color="#ffffff"))
    _from_a_to_b(screen, flash, 0.1)
    assert rgb(frame(screen), *CENTER) == (255, 255, 255)
    screen.update(0.25)
    got = rgb(frame(screen), *CENTER)
    assert all(b <= c < 255 for c, b in zip(got, BG_B))  # fading back to the new scene


@pytest.mark.parametrize("kind", ["hpunch", "vpunch"])
def test_punches_displace_the_picture(screen, kind) -> None:
    play(screen, [E.Scene("bg a"), E.Show("ra", "ra one", "center"), line()])
    still = rect_of(frame(screen, hide_ui=True), RED)
    screen.feed([E.With(Transition(kind, duration=0.5)), line("Ow.")])
    offsets = []
    for _ in range(12):
        screen.update(1 / 60)
        r = rect_of(frame(screen, hide_ui=True), RED)
        assert r is not None and still is not None
        offsets.append((r.x - still.x, r.y - still.y))
    moving = [dx for dx, _ in offsets] if kind == "hpunch" else [dy for _, dy in offsets]
    other = [dy for _, dy in offsets] if kind == "hpunch" else [dx for dx, _ in offsets]
    assert max(moving) > 3 and min(moving) < -3  # it shakes both ways
    assert all(v == 0 for v in other)
    screen.update(1.0)
    screen.update(1.0)
    assert rect_of(frame(screen, hide_ui=True), RED) == still  # and settles


@pytest.mark.parametrize("with_", [dissolve(2.0), fade(1.0, 1.0, 1.0),
                                   E.With(Transition("hpunch", duration=0.5))])
def test_a_click_during_a_transition_finishes_it(screen, with_) -> None:
    _from_a_to_b(screen, with_, 0.1)
    assert screen.transition is not None
    assert screen.click() is False  # used to finish, not to go on
    screen.update(1 / 60)
    assert screen.transition is None
    assert rgb(frame(screen, hide_ui=True), *CENTER) == BG_B
    screen.update(10.0)
    assert screen.line_complete()


def test_transitions_step_at_sixty_frames_a_second(screen) -> None:
    _from_a_to_b(screen, dissolve(0.5), 0.0)
    seen = []
    while screen.transition is not None:
        screen.update(1 / 60)
        seen.append(rgb(frame(screen, hide_ui=True), *CENTER)[0])
    assert 29 <= len(seen) <= 31
    assert seen == sorted(seen)  # BG_B is redder: monotone all the way


def _ren_py(kind: str, seconds: float = 1.0) -> E.With:
    return E.With(Transition(kind, duration=seconds), kind, True)


def test_wipeleft_half_way_shows_old_on_the_left_and_new_on_the_right(screen) -> None:
    _from_a_to_b(screen, _ren_py("wipeleft"), 0.5)
    shot = frame(screen, hide_ui=True)
    assert rgb(shot, W // 4, H // 3) == BG_A and rgb(shot, 3 * W // 4, H // 3) == BG_B


def test_pushright_moves_both_scenes_right(screen) -> None:
    _from_a_to_b(screen, _ren_py("pushright"), 0.25)
    shot = frame(screen, hide_ui=True)
    assert rgb(shot, W // 8, H // 3) == BG_B and rgb(shot, W // 2, H // 3) == BG_A


@pytest.mark.parametrize("kind", ["wipeup", "slideleft", "slideawaydown", "irisout",
                                  "blinds", "squares"])
def test_a_ren_py_transition_mid_way_shows_both_scenes(screen, kind) -> None:
    _from_a_to_b(screen, _ren_py(kind), 0.5)
    shot = frame(screen, hide_ui=True)
    seen = {rgb(shot, x, y) for x in range(0, W, 8) for y in range(0, H, 8)}
    assert BG_A in seen and BG_B in seen
    screen.update(1.0)
    assert screen.transition is None


def test_pixellate_coarsens_the_old_scene_then_shows_the_new(screen) -> None:
    _from_a_to_b(screen, _ren_py("pixellate"), 0.25)
    assert rgb(frame(screen, hide_ui=True), *CENTER) == BG_A
    screen.update(0.5)
    assert rgb(frame(screen, hide_ui=True), *CENTER) == BG_B


def test_pause_keeps_the_old_scene_until_its_end(screen) -> None:
    _from_a_to_b(screen, _ren_py("pause", 1.0), 0.9)
    assert rgb(frame(screen, hide_ui=True), *CENTER) == BG_A
    screen.update(0.2)
    screen.update(0.0)
    assert rgb(frame(screen, hide_ui=True), *CENTER) == BG_B
