"""The backgrounds, chapter cards, ending and title: every file is there at 1920x1080,
and the Hueco Mundo battlefield keeps what the text names (the blood pool, Kaori's
body, Tsukino's body) in the mid-ground above the text box, blood-lit in red."""
from __future__ import annotations

import os
import sys

import numpy as np
import pygame
import pytest

from game.assets.art import svg_size
from render_harness import ROOT

ART = ROOT / "art"
TEXTBOX_TOP = 790

BACKGROUNDS = ["bg home night", "bg home evening", "bg squad six barracks", "bg relief station",
               "bg first division office", "bg forest", "bg hueco mundo", "bg hueco mundo blood",
               "bg hueco mundo red", "bg ending"]


@pytest.fixture(scope="module", autouse=True)
def _pygame():
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    pygame.init()
    yield


def pixels(path) -> np.ndarray:
    """The image as the game rasterises it: an (h, w, 3) int array."""
    surf = pygame.image.load(str(path))
    return pygame.surfarray.array3d(surf).swapaxes(0, 1).astype(int)


def bbox(mask: np.ndarray) -> tuple[int, int, int, int]:
    ys, xs = np.nonzero(mask)
    assert len(xs), "nothing found"
    return int(xs.min()), int(ys.min()), int(xs.max()), int(ys.max())


@pytest.mark.parametrize("name", BACKGROUNDS)
def test_every_background_is_full_canvas(name: str) -> None:
    assert svg_size(str(ART / "bg" / f"{name}.svg")) == (1920, 1080)


@pytest.mark.parametrize("n", range(1, 10))
def test_every_chapter_card_is_full_canvas(n: int) -> None:
    assert svg_size(str(ART / "cards" / f"card {n}.svg")) == (1920, 1080)


def test_the_cards_leave_the_middle_calm_for_the_title_text() -> None:
    """The engine draws the chapter title with `centered` in the middle of the screen:
    there the card is dark and quiet (low brightness, little variation)."""
    for n in range(1, 10):
        px = pixels(ART / "cards" / f"card {n}.svg")
        mid = px[440:660, 560:1360]
        lum = mid.mean(axis=2)
        assert lum.mean() < 40 and lum.std() < 25, (n, lum.mean(), lum.std())


def test_the_title_leaves_its_left_third_dark_for_the_menu() -> None:
    px = pixels(ART / "gui" / "title.svg")
    assert px[:, :560].mean() < 20
    assert px[:, 960:].mean() > 2 * px[:, :560].mean()  # the art is on the right


def blood_mask(px: np.ndarray) -> np.ndarray:
    r, g, b = px[..., 0], px[..., 1], px[..., 2]
    return (r > 70) & (r > 2.5 * g) & (r > 2.0 * b)


def test_the_blood_pool_lies_in_the_mid_ground_above_the_text_box() -> None:
    px = pixels(ART / "bg" / "bg hueco mundo blood.svg")
    x0, y0, x1, y1 = bbox(blood_mask(px))
    assert y1 < TEXTBOX_TOP and y0 > 560, (y0, y1)
    assert 300 < x0 and x1 < 1400, (x0, x1)
    # the pool itself (the biggest run of blood) is centre-left, under Kaori
    pool = blood_mask(px)[:, :1000].sum()
    assert pool > 9000, pool


def test_kaori_and_tsukino_lie_in_the_mid_ground_of_the_battlefield() -> None:
    px = pixels(ART / "bg" / "bg hueco mundo blood.svg")
    r, g, b = px[..., 0], px[..., 1], px[..., 2]
    hair = (b - r > 25) & (b < 170)  # Kaori's blue-black hair
    x0, y0, x1, y1 = bbox(hair[480:, :])
    assert 480 <= x0 and x1 <= 1000 and 480 + y1 < TEXTBOX_TOP, (x0, x1, 480 + y1)
    assert hair[560:TEXTBOX_TOP, 480:1000].sum() > 500
    dark = (r + g + b) < 150  # Tsukino under her dark cloth, centre-right
    assert dark[600:TEXTBOX_TOP, 1000:1330].sum() > 3000
    # the sprites' ground, left and right thirds, is open sand
    for x in (slice(0, 440), slice(1400, 1920)):
        assert not blood_mask(px[560:, x]).any()
        assert hair[560:, x].sum() < 50


def _without_bodies(kind: str, tmp_path) -> np.ndarray:
    """The same battlefield drawn by our generator without the bodies."""
    sys.path.insert(0, str(ROOT / "tools" / "art"))
    try:
        import backgrounds
    finally:
        sys.path.pop(0)
    path = tmp_path / f"{kind}.svg"
    backgrounds.hueco(kind, bodies=False).save(str(path))
    return pixels(path)


@pytest.mark.parametrize("kind", ["blood", "red"])
def test_the_bodies_are_drawn_above_the_text_box(kind: str, tmp_path) -> None:
    """What the bodies add to the battlefield (pixels that differ from the same
    ground without them) sits between the sprites' places, above the text box."""
    shipped = pixels(ART / "bg" / f"bg hueco mundo {kind}.svg")
    bare = _without_bodies(kind, tmp_path)
    diff = np.abs(shipped - bare).sum(axis=2) > 60
    x0, y0, x1, y1 = bbox(diff)
    assert y0 > 560 and y1 < TEXTBOX_TOP, (y0, y1)
    assert x0 > 440 and x1 < 1400, (x0, x1)
    assert diff[:, 480:1000].sum() > 5000 and diff[:, 1000:1400].sum() > 3000  # Kaori; Tsukino


def test_the_red_battlefield_is_blood_lit_not_pink() -> None:
    px = pixels(ART / "bg" / "bg hueco mundo red.svg")
    r, g, b = (px[..., i].mean() for i in range(3))
    assert r > 2.2 * g and r > 2.2 * b, (r, g, b)  # red light, not a grey or pink cast
    assert b < 0.6 * r and b < 1.3 * g, (r, g, b)  # pink would carry blue close to red
    sand = px[560:TEXTBOX_TOP]
    sr, sg, sb = (sand[..., i].mean() for i in range(3))
    assert sr > 60 and sr > 2 * sg and sr > 2 * sb, (sr, sg, sb)  # the white sand turned rust
    # and it is not the plain desert recoloured: the sky is darker above than at the horizon
    assert px[:200].mean() < px[380:470].mean()


def test_the_plain_desert_is_white_sand_under_a_black_sky() -> None:
    px = pixels(ART / "bg" / "bg hueco mundo.svg")
    sky = px[:300, :1100]
    assert sky.mean() < 30
    sand = px[620:780, 400:1500]
    assert sand.mean() > 170 and abs(sand[..., 0].mean() - sand[..., 2].mean()) < 25


def _hueco(kind: str, tmp_path, **kw) -> np.ndarray:
    sys.path.insert(0, str(ROOT / "tools" / "art"))
    try:
        import backgrounds
    finally:
        sys.path.pop(0)
    path = tmp_path / f"{kind}-{sorted(kw.items())}.svg"
    backgrounds.hueco(kind, **kw).save(str(path))
    return pixels(path)


@pytest.mark.parametrize("name,kind", [("bg hueco mundo", "plain"), ("bg hueco mundo blood", "blood"),
                                       ("bg hueco mundo red", "red")])
def test_no_quartz_tree_stands_behind_the_side_sprites_heads(name: str, kind: str, tmp_path) -> None:
    """The left and right sprites' heads (standing, y ~110-360, or kneeling, y ~300-520)
    are in x 0-600 and 1320-1920, y 80-560: no tree (nor its shadow), nor a tower of Las
    Noches, is there, else their white spikes read as a crown or a halo.  Trees and
    towers = what differs from the same desert drawn without them."""
    shipped = pixels(ART / "bg" / f"{name}.svg")
    bare = _hueco(kind, tmp_path, bodies=kind != "plain", with_trees=False, with_noches=False)
    tree = np.abs(shipped - bare).sum(axis=2) > 30
    assert tree.sum() > 2000  # there are trees
    for x in (slice(0, 600), slice(1320, 1920)):
        assert not tree[80:560, x].any(), (x, np.nonzero(tree[80:560, x])[1].min())


@pytest.mark.parametrize("kind", ["blood", "red"])
def test_a_few_yards_of_sand_lie_between_kaori_and_tsukino(kind: str, tmp_path) -> None:
    """'A few yards away was the mutilated body of Tsukino': between the two bodies
    (what the bodies add to the ground) runs a clear band of sand, and Tsukino lies
    just left of the right sprite's place, where the Espada stands over her."""
    shipped = pixels(ART / "bg" / f"bg hueco mundo {kind}.svg")
    bare = _hueco(kind, tmp_path, bodies=False)
    body = (np.abs(shipped - bare).sum(axis=2) > 60)[560:TEXTBOX_TOP]
    cols = np.nonzero(body.any(axis=0))[0]
    gaps = [(a, b) for a, b in zip(cols, cols[1:]) if b - a > 1]
    assert gaps, "the bodies touch: no sand between them"
    widest = max(gaps, key=lambda g: g[1] - g[0])
    assert widest[1] - widest[0] >= 80 and 900 < widest[0] < widest[1] < 1200, widest  # >= 80 px of bare sand
    assert body[:, :widest[0] + 1].sum() > 5000 and body[:, widest[1]:].sum() > 3000  # Kaori left of it, Tsukino right
    assert 1240 < cols.max() <= 1335, cols.max()  # Tsukino's far end, at the Espada's feet


@pytest.mark.parametrize("path,rows", [("bg/bg ending", 420), ("bg/bg hueco mundo", 200), ("bg/bg hueco mundo blood", 200),
                                       ("bg/bg hueco mundo red", 200), ("cg/cg lap", 140), ("cg/cg last words", 140),
                                       ("cg/cg collapse", 200), ("cg/cg stab", 200)])
def test_the_moon_stands_at_the_right_in_every_night_sky(path: str, rows: int) -> None:
    """One sky for the whole night in Hueco Mundo, the ending and the credits: the moon
    (the bright pixels of the sky above the figures' heads) sits in the right half."""
    bright = pixels(ART / f"{path}.svg")[:rows].mean(axis=2) > 200
    left, right = int(bright[:, :960].sum()), int(bright[:, 960:].sum())
    assert right > 100 and 5 * left < right, (path, left, right)
