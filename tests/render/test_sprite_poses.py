"""Izumo's and Kaori's poses: every image the staging relies on exists, the expressions of one
pose share the canvas, and swapping expressions changes only the head (measured in pixels of
the images as the game rasterises them)."""
from __future__ import annotations

import numpy as np
import pygame
import pytest

from game.assets.art import svg_size
from render_harness import ROOT, init_display

SPRITES = ROOT / "art" / "sprites"

# pose -> (its expressions, the box (x0, y0, x1, y1) of the 600x1000 canvas that holds the face)
STAND_HEAD = (190, 110, 410, 310)
KNEEL_HEAD = (190, 260, 420, 470)  # on his knees the head sits about 150 px lower
POSES: dict[str, tuple[list[str], tuple[int, int, int, int]]] = {
    "izumo": (["neutral", "worried", "crying", "rage", "smile"], STAND_HEAD),
    "izumo kneeling": (["crying", "rage"], KNEEL_HEAD),  # 'worried' (chapter 2, before he holds her) has no blood
    "izumo blade": (["rage"], STAND_HEAD),
    "izumo bloodied": (["rage", "crying"], STAND_HEAD),  # chapter 8, standing after her death
    "izumo lieutenant": (["neutral", "smile", "rage", "worried", "flustered", "panting"], STAND_HEAD),
    "izumo lieutenant blade": (["rage"], STAND_HEAD),
    "kaori": (["cold", "smile", "sad"], STAND_HEAD),  # 'wounded' adds blood on the body on purpose
    "kaori past": (["cold", "smile", "sad", "panting"], STAND_HEAD),
    "kaori belly": (["cold", "sad", "smile"], STAND_HEAD),  # six months: one hand on the curve, one under it, a high pale obi
}
SINGLES = ["izumo anguish", "izumo kneeling worried", "kaori past blade", "kaori wounded",
           "kaori belly bowed"]  # her head lowered: the head moves, so not an expression swap


def _names() -> list[str]:
    return [f"{pose} {e}" for pose, (exprs, _) in POSES.items() for e in exprs] + SINGLES


def _load(name: str) -> np.ndarray:
    s = pygame.image.load(str(SPRITES / f"{name}.svg"))
    rgb = pygame.surfarray.array3d(s).astype(np.int16)
    a = pygame.surfarray.array_alpha(s).astype(np.int16)
    return np.dstack([rgb, a])  # indexed [x, y, channel]


@pytest.mark.parametrize("name", _names())
def test_every_pose_image_exists_on_the_shared_canvas(name: str) -> None:
    path = SPRITES / f"{name}.svg"
    assert path.is_file(), name
    assert svg_size(str(path)) == (600, 1000), name


def test_the_lieutenant_and_flashback_images_differ_from_the_present_ones() -> None:
    init_display()
    # no haori: the lieutenant's shoulders are dark where the captain's are white
    cap, lt = _load("izumo neutral"), _load("izumo lieutenant neutral")
    assert cap[120:180, 420:520, :3].mean() > 150 > lt[120:180, 420:520, :3].mean()
    # the drawn blade reaches well outside the body on the left, low down
    blade = _load("izumo blade rage")
    assert (blade[50:100, 780:840, 3] > 128).any() and not (_load("izumo rage")[50:100, 780:840, 3] > 128).any()


@pytest.mark.parametrize("pose", [p for p, (e, _) in POSES.items() if len(e) > 1])
def test_expressions_of_a_pose_change_only_the_head(pose: str) -> None:
    init_display()
    exprs, (x0, y0, x1, y1) = POSES[pose]
    base = _load(f"{pose} {exprs[0]}")
    for e in exprs[1:]:
        other = _load(f"{pose} {e}")
        assert other.shape == base.shape
        changed = np.abs(other - base).max(axis=2) > 24
        assert changed.any(), f"{pose} {e} looks like {exprs[0]}"
        xs, ys = np.nonzero(changed)
        box = (xs.min(), ys.min(), xs.max(), ys.max())
        assert x0 <= box[0] and y0 <= box[1] and box[2] <= x1 and box[3] <= y1, (f"{pose} {e}", box)


def _blood(a: np.ndarray, x0: int, y0: int, x1: int, y1: int) -> int:
    """Opaque blood-red pixels in a box of the canvas."""
    r, g, b, al = (a[x0:x1, y0:y1, k] for k in range(4))
    return int(((r > 120) & (g < 70) & (b < 80) & (r > 2 * g) & (al > 200)).sum())


SLEEVES = [(90, 560, 190, 720), (410, 560, 510, 720)]  # the lower sleeves, clear of the crimson obi


def test_izumo_is_bloodied_after_her_death_and_clean_before() -> None:
    init_display()
    # he has held her body: blood on both sleeves (and hands) kneeling in chapters 8-9, with the blade, in anguish
    for name in ("izumo kneeling crying", "izumo kneeling rage", "izumo blade rage", "izumo anguish", "izumo bloodied rage", "izumo bloodied crying"):
        a = _load(name)
        assert all(_blood(a, *box) > 300 for box in SLEEVES), name
    # chapter 2, before he touches her, and his other poses stay clean
    for name in ("izumo kneeling worried", "izumo rage", "izumo lieutenant blade rage"):
        a = _load(name)
        assert all(_blood(a, *box) == 0 for box in SLEEVES), name
    # the part of the blade above the text box (canvas y < 710) is bloodied; the lieutenant's is clean
    assert _blood(_load("izumo blade rage"), 20, 600, 220, 710) > 500
    assert _blood(_load("izumo lieutenant blade rage"), 20, 600, 220, 710) == 0
    # in anguish his hands and forearms, raised to his head, are red
    assert _blood(_load("izumo anguish"), 100, 150, 500, 460) > 3000


def test_izumo_bloodied_is_his_standing_pose_with_blood_on_the_hands() -> None:
    init_display()
    clean, red = _load("izumo rage"), _load("izumo bloodied rage")
    # the same body and face: only blood added (red where it was white, black or skin)
    assert _blood(red, 0, 0, 600, 1000) - _blood(clean, 0, 0, 600, 1000) > 3000
    # on the hand round the hilt and on the hanging hand
    assert _blood(red, 360, 500, 470, 620) > 300
    assert _blood(red, 110, 700, 220, 800) > 300


def test_kaori_belly_shows_the_curve_above_the_text_box() -> None:
    init_display()
    # the lit front of the belly (mid tones between the white haori and the black kimono) sits
    # in canvas rows 520-700, i.e. above screen y 790 when the sprite stands on the bottom edge
    def lit(name: str) -> int:
        a = _load(name)
        lum = a[240:350, 520:700, :3].mean(axis=2)
        return int(((lum > 70) & (lum < 150) & (a[240:350, 520:700, 3] > 200)).sum())
    assert lit("kaori belly cold") > 4000 > 2 * lit("kaori cold")
    # her hand lies on it: skin between the obi and the text box
    a = _load("kaori belly cold")
    r, g, b = (a[250:360, 560:700, k] for k in range(3))
    assert ((r > 200) & (g > 160) & (b > 130) & (r > b + 30)).sum() > 800


def test_kaori_belly_shows_both_hands_above_the_text_box() -> None:
    init_display()
    # one hand on the top of the curve, the other cradling it from below, none under the text box
    a = _load("kaori belly cold")
    r, g, b, al = (a[..., k] for k in range(4))
    skin = (r > 200) & (g > 160) & (b > 130) & (r > b + 30) & (al > 200)
    assert skin[250:320, 560:640].sum() > 800 and skin[320:390, 640:710].sum() > 600
    assert skin[:, 710:].sum() == 0


def test_izumo_anguish_has_an_empty_scabbard() -> None:
    init_display()
    # where the crimson-wrapped hilt stood at his hip there is now only the black lacquer of the empty scabbard
    assert _blood(_load("izumo anguish"), 370, 470, 402, 545) == 0
    a = _load("izumo anguish")[370:402, 470:545]
    assert ((a[..., :3].max(axis=2) < 70) & (a[..., 3] > 200)).sum() > 600


def test_kaori_belly_bowed_lowers_her_head_and_keeps_the_body() -> None:
    """'She looked to Izumo and lowered her head sadly': the crown of her head sits lower
    than in 'kaori belly sad'; her hands on the child and the belly do not change (her long
    hair, hanging from the head, moves with it)."""
    init_display()
    sad, bowed = _load("kaori belly sad"), _load("kaori belly bowed")

    def crown(a: np.ndarray) -> int:  # the first row with hair across the middle of the head
        return int(np.nonzero((a[260:340, :, 3] > 128).all(axis=0))[0][0])

    assert crown(bowed) >= crown(sad) + 12, (crown(sad), crown(bowed))
    changed = np.abs(bowed - sad).max(axis=2) > 24
    assert not changed[240:360, 560:780].any()  # the hands and the belly are the same
