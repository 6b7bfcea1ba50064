"""The CGs of tools/art/cgs_fight.py: chapter 4's fight (his blood on her wind, the
Hollow cut apart) and the Espada standing over Tsukino's body (chapter 2), measured in
pixels as the game rasterises them."""
from __future__ import annotations

import os
import sys
from functools import lru_cache

import numpy as np
import pytest

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
import pygame  # noqa: E402

from game.assets.art import svg_size  # noqa: E402
from render_harness import ROOT  # noqa: E402

ART = ROOT / "art"
TEXT_BOX_TOP = 790
NAMES = ["cg vasto", "cg vasto wind", "cg espada over"]


@lru_cache(maxsize=None)
def pixels(rel: str) -> np.ndarray:
    surf = pygame.image.load(str(ART / f"{rel}.svg"))
    return pygame.surfarray.array3d(surf).transpose(1, 0, 2).astype(np.int32)


def blood(a: np.ndarray) -> np.ndarray:
    r, g, b = a[..., 0], a[..., 1], a[..., 2]
    return (r > 70) & (r > 2.2 * g + 20) & (r > 1.6 * b + 10)


def pale(a: np.ndarray, low: int = 150) -> np.ndarray:
    return a.min(axis=2) > low


@pytest.mark.parametrize("name", NAMES)
def test_each_is_a_full_canvas_drawn_with_what_nanosvg_draws(name: str) -> None:
    assert svg_size(str(ART / "cg" / f"{name}.svg")) == (1920, 1080)
    sys.path.insert(0, str(ROOT / "tools" / "art"))
    try:
        import cgs_fight
        text = dict((n, fn) for _, n, fn in cgs_fight.IMAGES)[name]().svg()
    finally:
        sys.path.pop(0)
    for bad in ("<use", "<text", "clipPath", "<mask", "<filter", "<image", "rgba(", "hsl("):
        assert bad not in text, (name, bad)


def test_the_blood_attack_cuts_the_hollow_apart() -> None:
    """'tearing apart the Hollow quickly': over the Hollow (the left third, above the
    text box) there is far more blood in 'cg vasto' than a moment before, and both show
    blood in the air between him and the Hollow."""
    torn, before = blood(pixels("cg/cg vasto")), blood(pixels("cg/cg vasto wind"))
    hollow = (slice(150, TEXT_BOX_TOP), slice(0, 640))
    assert torn[hollow].sum() > 1.5 * before[hollow].sum() > 6000
    air = (slice(100, 700), slice(560, 900))  # the ribbon and crescents of his blood, in flight
    assert before[air].sum() > 3000 and torn[air].sum() > 3000


def test_her_wind_sweeps_over_him_toward_the_hollow() -> None:
    """Pale bands of her wind cross the dark forest above the figures' heads."""
    band = (slice(60, 330), slice(700, 1300))
    forest = pale(pixels("bg/bg forest"), 110)[band].sum()
    for name in ("cg/cg vasto", "cg/cg vasto wind"):
        assert pale(pixels(name), 110)[band].sum() > forest + 4000, name


def test_the_espada_stands_right_behind_her_body() -> None:
    """'standing over the poor girl's corpse': her body and its blood lie across the middle
    of the frame above the text box, and he stands behind it, his head well above it."""
    a = pixels("cg/cg espada over")
    b = blood(a)
    ys, xs = np.nonzero(b[:TEXT_BOX_TOP])
    assert len(xs) > 8000 and 600 < np.median(xs) < 1400 and np.median(ys) > 600
    # his white coat fills the column above her body
    coat = pale(a)[150:600, 820:1180]
    assert coat.mean() > 0.35
