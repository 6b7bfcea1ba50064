"""The story's CGs (drawn by tools/art/cgs_grief.py): variants of one CG share the
composition and differ only inside a bounded region, and what matters -- faces,
hands, blood -- sits above the text box (y 790 of 1080)."""
from __future__ import annotations

import os
from functools import lru_cache

import numpy as np
import pytest

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
import pygame  # noqa: E402

from game.assets.art import svg_size  # noqa: E402
from render_harness import ROOT  # noqa: E402

CG = ROOT / "art" / "cg"
TEXT_BOX_TOP = 790  # of 1080: the text box covers the rest

# base image -> {variant: (x0, y0, x1, y1) the region, in canvas px, that may change}
VARIANTS = {
    "cg lap": {"cg lap kido": (640, 100, 1360, 790), "cg lap smile": (640, 100, 1360, 790)},
    "cg last words": {"cg last words gone": (640, 100, 1240, 790)},
    "cg collapse": {"cg collapse vow": (400, 100, 920, 790)},
}
ALL = sorted({b for b in VARIANTS} | {v for vs in VARIANTS.values() for v in vs} | {"cg kiss"})


@lru_cache(maxsize=None)
def pixels(name: str) -> np.ndarray:
    """The CG rasterised as the game rasterises it (nanosvg), as an (h, w, 3) array."""
    surf = pygame.image.load(str(CG / f"{name}.svg"))
    return pygame.surfarray.array3d(surf).transpose(1, 0, 2).astype(np.int32)


def skin_mask(a: np.ndarray) -> np.ndarray:
    """Pixels in the skin ramp (#fbe6d6 .. #d9a08c, under the scene's light):
    warm, light, with green about 0.68-0.92 of red: faces and hands."""
    r, g, b = a[..., 0], a[..., 1], a[..., 2]
    rf = np.maximum(r, 1)
    return (r > 170) & (r - b > 45) & (g / rf > 0.68) & (g / rf < 0.92) & (b / rf > 0.55) & (b / rf < 0.86) & (g > b)


def blood_mask(a: np.ndarray) -> np.ndarray:
    """Pixels in the blood ramp (#d0182e .. #3c0008): red far above green and blue."""
    r, g, b = a[..., 0], a[..., 1], a[..., 2]
    return (r > 70) & (r > 2.2 * g + 20) & (r > 1.6 * b + 10)


@pytest.mark.parametrize("name", ALL)
def test_each_cg_is_a_full_canvas(name: str) -> None:
    assert svg_size(str(CG / f"{name}.svg")) == (1920, 1080)


@pytest.mark.parametrize("base,variant", [(b, v) for b, vs in VARIANTS.items() for v in vs])
def test_a_variant_changes_only_its_region(base: str, variant: str) -> None:
    a, b = pixels(base), pixels(variant)
    assert a.shape == b.shape == (1080, 1920, 3)
    diff = np.abs(a - b).max(axis=2) > 24
    assert diff.sum() > 2000, f"{variant} looks the same as {base}"
    x0, y0, x1, y1 = VARIANTS[base][variant]
    outside = diff.copy()
    outside[y0:y1, x0:x1] = False
    assert outside.sum() < 0.002 * diff.size, f"{variant} differs from {base} outside {VARIANTS[base][variant]}"
    assert diff.sum() < 0.2 * diff.size  # the composition is shared


@pytest.mark.parametrize("name", ALL)
def test_faces_and_hands_are_above_the_text_box(name: str) -> None:
    skin = skin_mask(pixels(name))
    total = int(skin.sum())
    assert total > 8000, f"{name}: only {total} skin pixels"
    above = int(skin[:TEXT_BOX_TOP].sum())
    assert above / total > 0.9, f"{name}: {above}/{total} skin pixels above y {TEXT_BOX_TOP}"


@pytest.mark.parametrize("name", [n for n in ALL if n != "cg kiss" and "collapse" not in n])
def test_blood_shows_above_the_text_box(name: str) -> None:
    blood = blood_mask(pixels(name))
    assert int(blood[:TEXT_BOX_TOP].sum()) > 5000, name
