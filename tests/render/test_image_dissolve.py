"""ImageDissolve by pixels: the mask's bright areas change first, dark ones last, over
the ramp; without its mask it is a plain dissolve."""
from __future__ import annotations

import os

import pygame
import pytest

from game.script.ast import Transition
from game.script.images import ImageIndex
from game.story import events as E
from render_harness import BG_A, BG_B, H, W, frame, line, make_screen, play, rgb


@pytest.fixture
def masked(flat_index, tmp_path):
    """The flat art plus `wipe mask`: white on the left fading to black on the right."""
    mask = pygame.Surface((256, 16))
    for x in range(256):
        pygame.draw.line(mask, (255 - x, 255 - x, 255 - x), (x, 0), (x, 15))
    path = tmp_path / "wipe mask.png"
    pygame.image.save(mask, str(path))
    s = make_screen(ImageIndex({**flat_index.files, ("wipe", "mask"): str(path)}))
    yield s
    s.images.close()


def _at(screen, at: float, ramp: int = 8, image: str = "wipe mask",
        reverse: bool = False) -> pygame.Surface:
    play(screen, [E.Scene("bg a"), line("Before.")])
    screen.feed([E.Scene("bg b"), E.With(Transition("imagedissolve", duration=1.0,
                                                    image=image, ramp=ramp,
                                                    reverse=reverse)),
                 line("After.")])
    screen.update(at)
    assert screen.transition is not None
    return frame(screen)


def test_bright_areas_of_the_mask_change_first(masked) -> None:
    shot = _at(masked, 0.5)
    y = H // 3
    assert rgb(shot, 10, y) == BG_B  # bright: already the new scene
    assert rgb(shot, W - 10, y) == BG_A  # dark: still the old one
    # the edge sits where the mask's brightness is about half way
    changed = [x for x in range(0, W, 4) if rgb(shot, x, y) == BG_B]
    assert abs(max(changed) - W / 2) <= W * 0.06, max(changed)


def test_reversed_the_dark_areas_change_first(masked) -> None:
    shot = _at(masked, 0.3, reverse=True)
    assert rgb(shot, W - 10, H // 3) == BG_B
    assert rgb(shot, 10, H // 3) == BG_A


def test_the_ramp_blends_a_band_of_levels(masked) -> None:
    shot = _at(masked, 0.5, ramp=64)
    y = H // 3
    row = [rgb(shot, x, y) for x in range(0, W, 2)]
    between = [c for c in row if c not in (BG_A, BG_B)]
    # 64 of 256 levels are part-way: about a quarter of the width
    assert abs(len(between) - len(row) * 64 / 256) <= len(row) * 0.05, len(between)


def test_early_nothing_late_everything(masked) -> None:
    early = _at(masked, 0.05)
    assert rgb(early, W // 2, H // 3) == BG_A
    assert rgb(early, 0, H // 3) != BG_A  # the very brightest begin at once
    masked.update(0.9)  # 0.95 s
    assert masked.transition is not None
    late = frame(masked)
    assert rgb(late, W // 2, H // 3) == BG_B
    assert rgb(late, W - 1, H // 3) != BG_B  # the darkest are the last


def test_without_its_mask_it_is_a_dissolve(masked) -> None:
    shot = _at(masked, 0.5, image="no such mask")
    for x in (10, W - 10):
        got = rgb(shot, x, H // 3)
        assert all(abs(c - (a + b) / 2) <= 3 for c, a, b in zip(got, BG_A, BG_B)), got


def test_save_a_mid_image_dissolve_frame(masked, tmp_path) -> None:
    shot = _at(masked, 0.4, ramp=32)
    pygame.image.save(shot, os.environ.get("MASK_FRAME") or str(tmp_path / "mask.png"))
    assert rgb(shot, 10, H // 3) == BG_B
