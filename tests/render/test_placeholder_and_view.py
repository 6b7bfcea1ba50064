"""A missing image draws a labelled box of the right shape and warns once; the canvas
fits any window, scaled and letterboxed."""
from __future__ import annotations

import logging

import pygame
import pytest

from game.assets.art import ArtSource
from game.render.images import BG, SPRITE, ImageStore
from game.render.view import View
from game.script.images import ImageIndex
from game.story import events as E
from render_harness import (BG_A, H, RED, SCALE, W, count_of, frame, init_display, line,
                            make_screen, play, rect_of, rgb)


@pytest.fixture
def store():
    init_display()
    s = ImageStore(ArtSource(ImageIndex()), SCALE, threaded=False)
    yield s
    s.close()


def _warnings(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records
            if r.name == "game.render" and r.levelno == logging.WARNING]


def test_a_missing_background_is_a_full_canvas_labelled_box(store, caplog) -> None:
    surf = store.get("bg nowhere", BG)
    assert surf.get_size() == (W, H)
    # a red frame around the edge and a light label in the middle
    assert rgb(surf, 2, H // 4)[0] > 200
    middle = pygame.Rect(W // 2 - 120, H // 2 - 30, 240, 60)
    assert count_of(surf, (255, 235, 235), tol=20, area=middle) > 30


def test_a_missing_sprite_is_a_tall_labelled_box(store) -> None:
    surf = store.get("ghost sad", SPRITE)
    w, h = surf.get_size()
    assert h == round(1000 * SCALE) and h > 1.5 * w
    middle = pygame.Rect(0, h // 2 - 30, w, 60)
    assert count_of(surf, (255, 235, 235), tol=20, area=middle) > 30


def test_the_label_names_the_image(store) -> None:
    short = store.get("x", SPRITE)
    long = store.get("a much longer image name", SPRITE)
    ink = lambda s: count_of(s, (255, 235, 235), tol=20)  # noqa: E731
    assert ink(long) > 3 * ink(short)


def test_a_missing_image_warns_exactly_once(store, caplog) -> None:
    caplog.set_level(logging.WARNING, logger="game.render")
    for _ in range(5):
        store.get("bg nowhere", BG)
    store.set_scale(0.25)  # a resize decodes again: still no second warning
    store.get("bg nowhere", BG)
    store.get("ghost", SPRITE)
    store.get("ghost", SPRITE)
    msgs = _warnings(caplog)
    assert len(msgs) == 2
    assert "bg nowhere" in msgs[0] and "ghost" in msgs[1]


def test_the_game_goes_on_past_a_missing_image(flat_index, caplog) -> None:
    caplog.set_level(logging.WARNING, logger="game.render")
    screen = make_screen(flat_index)
    play(screen, [E.Scene("bg a"), E.Show("ghost", "ghost", "left"), line("One.")])
    for _ in range(3):
        frame(screen)
    play(screen, [line("Two.")])
    shot = frame(screen)
    assert screen.line_complete()
    assert rgb(shot, W - 5, 5) == BG_A
    assert rgb(shot, 1, H // 2)[0] > 200  # the placeholder's frame at the left edge
    assert len(_warnings(caplog)) == 1


@pytest.mark.parametrize("window,scale,rect", [
    ((1280, 720), 2 / 3, (0, 0, 1280, 720)),
    ((1920, 1080), 1.0, (0, 0, 1920, 1080)),
    ((1000, 1000), 1000 / 1920, (0, 219, 1000, 562)),  # bars above and below
    ((2000, 800), 800 / 1080, (289, 0, 1422, 800)),  # bars left and right
])
def test_view_scale_and_letterbox(window, scale, rect) -> None:
    v = View(window)
    assert v.scale == pytest.approx(scale)
    assert tuple(v.rect) == rect
    r = v.rect
    assert r.left == window[0] - r.right or r.left == window[0] - r.right - 1
    assert r.top == window[1] - r.bottom or r.top == window[1] - r.bottom - 1
    assert v.to_canvas_surface((r.x, r.y)) == (0, 0)


@pytest.fixture
def window_of():
    init_display()

    def make(size):
        return pygame.display.set_mode(size, pygame.RESIZABLE)

    yield make
    pygame.display.set_mode((1, 1))


def _draw_window(window: pygame.Surface, screen) -> View:
    """What the app draws: black bars, the scaled canvas in the middle."""
    view = View(window.get_size())
    screen.rescale(view.scale)
    window.fill((0, 0, 0))
    screen.draw(window.subsurface(view.rect), 0.5)
    return view


@pytest.mark.parametrize("size", [(1000, 1000), (2000, 800)])
def test_a_resized_window_shows_the_whole_canvas_letterboxed(flat_index, window_of,
                                                               size) -> None:
    screen = make_screen(flat_index)
    play(screen, [E.Scene("bg a"), E.Show("ra", "ra one", "left"), line("Hi.", who="Ra",
                                                                        color="#00ff00")])
    window = window_of(size)
    view = _draw_window(window, screen)
    r = view.rect
    # bars are black, the canvas is the background colour right up to its edges
    if r.top:
        assert rgb(window, size[0] // 2, r.top - 1) == (0, 0, 0)
        assert rgb(window, size[0] // 2, r.bottom) == (0, 0, 0)
    if r.left:
        assert rgb(window, r.left - 1, size[1] // 2) == (0, 0, 0)
        assert rgb(window, r.right, size[1] // 2) == (0, 0, 0)
    assert rgb(window, r.right - 1, r.top) == BG_A
    assert rgb(window, r.right - 1, r.top + r.h // 2) == BG_A
    # the sprite scaled with the canvas, at the canvas's left edge, on its bottom
    sprite = rect_of(window.subsurface((r.x, r.y, r.w, r.h // 2)), RED, tol=8)
    assert sprite is not None
    assert sprite.left == 0 and sprite.width == round(300 * view.scale)
    # the text box scaled too: the name's colour shows inside the canvas
    assert count_of(window, (0, 255, 0), tol=0, area=r) > 20


def test_resizing_back_and_forth_redraws_at_each_scale(flat_index, window_of) -> None:
    screen = make_screen(flat_index)
    play(screen, [E.Scene("bg a"), E.Show("ra", "ra one", "right"), line()])
    widths = []
    for size in ((1280, 720), (640, 360), (1920, 1080), (1280, 720)):
        window = window_of(size)
        view = _draw_window(window, screen)
        sprite = rect_of(window, RED, tol=8)  # smoothscaled: a shade off
        assert sprite is not None and sprite.right == view.rect.right
        # standing on the bottom edge (its feet are under the translucent text box)
        assert abs(sprite.top - (view.rect.bottom - round(800 * view.scale))) <= 1
        widths.append(sprite.width)
    assert widths == [200, 100, 300, 200]
