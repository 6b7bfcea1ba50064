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
    "cg lap": {"cg lap kido": (640, 100, 1360, 790), "cg lap smile": (640, 100, 1420, 790), "cg lap remember": (640, 100, 1420, 790),
               "cg lap stop": (640, 100, 1360, 790), "cg lap fading": (640, 100, 1360, 790), "cg lap gone": (640, 100, 1420, 790)},
    "cg last words": {"cg last words gone": (640, 100, 1580, 790)},
    "cg collapse": {"cg collapse vow": (150, 40, 920, 790)},  # vow: his elbows held out to the sides
}
# "He closed his eyes, and remembered.": the same frame with only his eyes shut
# (the base, the variant, the region of his eyes: y0, y1, x0, x1)
REMEMBER = [("cg lap smile", "cg lap remember", (60, 400, 640, 960)),
            ("cg last words", "cg last words remember", (150, 260, 840, 960))]
ALL = sorted({b for b in VARIANTS} | {v for vs in VARIANTS.values() for v in vs} | {"cg kiss"}
             | {v for _, v, _ in REMEMBER})


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


def test_the_generator_draws_every_cg() -> None:
    """tools/art/cgs_grief.py draws each of these CGs (a full canvas, only features nanosvg
    draws).  Not byte-compared: the CGs share the sprites' face code, which may change."""
    import sys

    sys.path.insert(0, str(ROOT / "tools" / "art"))
    try:
        import cgs_grief
    finally:
        sys.path.pop(0)
    assert sorted(name for _, name, _ in cgs_grief.IMAGES) == ALL
    for _, name, fn in cgs_grief.IMAGES:
        text = fn().svg()
        assert 'width="1920" height="1080"' in text, name
        for bad in ("<use", "<text", "clipPath", "<mask", "<filter", "<image", "rgba(", "hsl("):
            assert bad not in text, (name, bad)


# the Quinta Espada, small and far off, watching: his box (x0, y0, x1, y1) in each CG
# family.  He never leaves the scene, so he stands there in every variant: a figure
# that blinks in and out between frames of one framing reads as a mistake.
ESPADA = {"cg lap": (1280, 300, 1400, 540), "cg last words": (1450, 310, 1570, 550)}


@pytest.mark.parametrize("name", [n for base in ESPADA for n in [base, *VARIANTS[base]]] + ["cg last words remember"])
def test_the_espada_looks_on_small_and_far_off_in_every_variant(name: str) -> None:
    base = next(b for b in ESPADA if name.startswith(b))
    x0, y0, x1, y1 = ESPADA[base]
    a = pixels(name)
    # his white uniform and hair against the black sky, above the dunes (the sky there is near black)
    figure = int((a[y0:y0 + 120, x0:x1].mean(axis=2) > 150).sum())
    assert figure > 2500, f"{name}: no figure far off in {ESPADA[base]}"
    # the same figure in the same place as in the family's first image
    assert np.abs(a[y0:y1, x0:x1] - pixels(base)[y0:y1, x0:x1]).max() <= 24, name
    assert (x1 - x0) * (y1 - y0) < 0.02 * a.shape[0] * a.shape[1]  # small: he does not compete with the two
    assert y1 < TEXT_BOX_TOP


@pytest.mark.parametrize("base,variant,eyes", REMEMBER)
def test_remember_differs_only_at_his_eyes(base: str, variant: str, eyes) -> None:
    """'He closed his eyes, and remembered.': the variant is its base with his eyes shut."""
    diff = np.abs(pixels(base) - pixels(variant)).max(axis=2) > 24
    assert diff.sum() > 200
    outside = diff.copy()
    y0, y1, x0, x1 = eyes
    outside[y0:y1, x0:x1] = False
    assert outside.sum() < 50, int(outside.sum())


def _greener(base: str, variant: str) -> np.ndarray:
    a, b = pixels(base), pixels(variant)
    g = b[..., 1] - np.maximum(b[..., 0], b[..., 2])
    g0 = a[..., 1] - np.maximum(a[..., 0], a[..., 2])
    return (g - g0) > 20


def test_lap_fading_glows_faintly_green_at_her_wound() -> None:
    """Chapter 7 on the kido path: the last glow of his kido, fainter than the kido itself."""
    fading, kido = _greener("cg lap", "cg lap fading"), _greener("cg lap", "cg lap kido")
    assert fading[480:680, 940:1140].sum() > 2000
    assert fading.sum() < 0.6 * kido.sum()


def test_lap_stop_has_her_hand_on_his_wrist_under_the_kido() -> None:
    """'only to have Kaori stop him': the kido's light, and her hand raised to his wrist
    drawn where, in cg lap kido, there is only his hand in the light)."""
    assert _greener("cg lap", "cg lap stop")[480:680, 940:1140].sum() > 4000
    changed = np.abs(pixels("cg lap stop") - pixels("cg lap kido")).max(axis=2) > 40
    assert changed[520:640, 960:1080].sum() > 1500  # her raised hand at his wrist


def test_lap_gone_lets_her_hand_fall_to_the_sand() -> None:
    """'falling limp in his arms' (kido path): her hand slipped from the child to the sand."""
    low = (680, 790, 1000, 1160)
    gone, lap = skin_mask(pixels("cg lap gone")), skin_mask(pixels("cg lap"))
    assert gone[low[0]:low[1], low[2]:low[3]].sum() > lap[low[0]:low[1], low[2]:low[3]].sum() + 800
