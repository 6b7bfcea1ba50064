"""The chapter-8 art: Chishioyaiba, the Espada, the Hollow and Yamamoto share one
canvas per character with every pose the story uses, and the action CGs (the stab,
the beheading, the woman of blood rising behind Izumo) keep their figures above the
text box (y 790 of 1080), measured on the pixels of the shipped files."""
from __future__ import annotations

import sys
from collections import defaultdict

import pygame
import pytest

from game.assets.art import svg_size
from render_harness import ROOT, init_display

ART = ROOT / "art"
TEXT_BOX_TOP = 790

POSES = {
    "chishioyaiba": {"calm", "laughing"},
    "espada": {"grin", "pain", "ears", "stabbed", "back", "down"},
    "yamamoto": {"stern"},
}
CGS = ("cg stab", "cg beheading", "cg chishioyaiba", "cg vow laugh")


def sprite_files():
    by_tag = defaultdict(dict)
    for f in (ART / "sprites").glob("*.svg"):
        words = f.stem.split()
        by_tag[words[0]][" ".join(words[1:])] = f
    return by_tag


@pytest.mark.parametrize("tag", sorted(POSES))
def test_every_pose_exists_and_shares_the_canvas(tag) -> None:
    files = sprite_files()[tag]
    assert POSES[tag] <= set(files), (tag, sorted(files))
    sizes = {svg_size(str(f)) for f in files.values()}
    assert sizes == {(600, 1000)}, (tag, sizes)


def test_the_hollow_is_one_wide_canvas() -> None:
    assert svg_size(str(ART / "sprites" / "hollow.svg")) == (700, 1000)


def load(path) -> pygame.Surface:
    init_display()
    return pygame.image.load(str(path)).convert()


def backdrop(name: str, tmp_path) -> pygame.Surface:
    sys.path.insert(0, str(ROOT / "tools" / "art"))
    try:
        import cgs_action
    finally:
        sys.path.pop(0)
    out = tmp_path / (name + ".svg")
    cgs_action.backdrop(name).save(str(out))
    return load(out)


def content_rows(cg: pygame.Surface, bg: pygame.Surface, step: int = 4) -> list[int]:
    """For each row (every step px), how many sampled pixels differ from the
    backdrop: where the figures, the blade, the blood are."""
    w, h = cg.get_size()
    rows = [0] * h
    for y in range(0, h, step):
        n = 0
        for x in range(0, w, step):
            a, b = cg.get_at((x, y)), bg.get_at((x, y))
            if abs(a.r - b.r) + abs(a.g - b.g) + abs(a.b - b.b) > 60:
                n += 1
        rows[y] = n
    return rows


@pytest.mark.parametrize("name", CGS)
def test_the_action_sits_above_the_text_box(name, tmp_path) -> None:
    path = ART / "cg" / (name + ".svg")
    assert svg_size(str(path)) == (1920, 1080)
    rows = content_rows(load(path), backdrop(name, tmp_path))
    total = sum(rows)
    above = sum(rows[:TEXT_BOX_TOP])
    samples = (1920 // 4) * (1080 // 4)
    assert total > 0.08 * samples, f"{name}: too little drawn over the backdrop ({total} of {samples})"
    assert above >= 0.75 * total, f"{name}: only {above / total:.0%} of the figures above y {TEXT_BOX_TOP}"
    # and the figures reach well up the frame (heads, the arc, the blade), not a strip along the box
    top = next(y for y, n in enumerate(rows) if n > 3)
    assert top < 400, (name, top)


def test_vow_laugh_shows_both_faces_apart(tmp_path) -> None:
    """cg vow laugh: Izumo growling in front, the laughing woman of blood behind him
    and clearly to one side (not a halo behind his head), both faces above the box."""
    cg = load(ART / "cg" / "cg vow laugh.svg")
    bg = backdrop("cg vow laugh", tmp_path)

    def drawn(x0, y0, x1, y1) -> float:
        n = tot = 0
        for y in range(y0, y1, 6):
            for x in range(x0, x1, 6):
                a, b = cg.get_at((x, y)), bg.get_at((x, y))
                n += abs(a.r - b.r) + abs(a.g - b.g) + abs(a.b - b.b) > 60
                tot += 1
        return n / tot

    his_face, her_face = (780, 140, 910, 290), (220, 60, 460, 300)
    assert drawn(*his_face) > 0.5 and drawn(*her_face) > 0.5
    assert her_face[2] < his_face[0]  # to one side, apart
    skin = 0
    for y in range(140, 290, 4):
        for x in range(780, 910, 4):
            c = cg.get_at((x, y))
            skin += c.r > 170 and c.r - c.b > 45 and c.g > c.b and 0.6 < c.g / c.r < 0.92
    assert skin > 150, skin  # his face, not her blood, in his place


def test_the_espada_lies_bleeding_above_the_text_box() -> None:
    """espada down (chapter 8, "as the Espada lay bleeding"): collapsed on the
    ground, everything (the head, the body, the pool) above canvas y 712,
    i.e. above the text box at the bottom of the screen; the pool spreads wide."""
    import numpy as np
    init_display()
    s = pygame.image.load(str(ART / "sprites" / "espada down.svg"))
    a = pygame.surfarray.array_alpha(s)
    rgb = pygame.surfarray.array3d(s).astype(int)
    assert not (a[:, 712:] > 0).any()
    ys = np.nonzero(a.max(axis=0) > 128)[0]
    assert 120 < ys.min() < 320 and ys.max() > 680  # low, sprawled on the ground, not standing
    r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    blood = (r > 80) & (g < 40) & (b < 50) & (a > 200)
    assert blood[:, 660:712].sum() > 5000  # the pool
    xs = np.nonzero(blood[:, 660:712].any(axis=1))[0]
    assert xs.max() - xs.min() > 400


def test_the_espada_walks_away_with_his_back_to_us() -> None:
    """espada back (chapter 8, "the Espada turned to leave"): the back of his head
    (hair where the face is in his other poses), a sliver of face turned to the
    viewer's left, the coat's plain back (no 5, no open chest)."""
    import numpy as np
    init_display()

    def load_rgba(name):
        s = pygame.image.load(str(ART / "sprites" / f"espada {name}.svg"))
        return pygame.surfarray.array3d(s).astype(int), pygame.surfarray.array_alpha(s)

    def skin(rgb, a, x0, y0, x1, y1):
        r, g, b = (rgb[x0:x1, y0:y1, k] for k in range(3))
        return int(((r > 180) & (r > b + 25) & (g > b) & (a[x0:x1, y0:y1] > 200)).sum())

    back, ab = load_rgba("back")
    grin, ag = load_rgba("grin")
    # the right half of the head is hair from behind; in the front pose it is face
    assert skin(back, ab, 310, 150, 380, 250) < 0.2 * skin(grin, ag, 310, 150, 380, 250)
    # the face turned toward the viewer's left
    assert skin(back, ab, 200, 150, 290, 300) > 2000
    # the coat's back: no dark 5 and no bare chest between the shoulders
    r = back[270:330, 300:560]
    assert ((r.max(axis=2) < 60) & (ab[270:330, 300:560] > 200)).sum() < 200
    assert skin(back, ab, 270, 300, 330, 560) == 0
