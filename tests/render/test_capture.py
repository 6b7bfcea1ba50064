"""`capture`: the same inputs give the same pixels, and a few key screens match their
snapshots (looked at by a person when made). Remake them after a deliberate change:
VN_UPDATE_SNAPSHOTS=1 pytest tests/render/test_capture.py, then look at each."""
from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.commands.capture import capture
from game.project import load_project
from render_harness import ROOT, env_flag, init_display

SNAPSHOTS = Path(__file__).resolve().parent / "snapshots"
SIZE = (640, 360)
TOLERANCE = 24  # per channel
MAX_DIFFERENT = 0.005  # of the pixels


@pytest.fixture(scope="module")
def program():
    return load_project(str(ROOT / "story"), use_cache=False)


def _pixels(path: Path) -> bytes:
    return pygame.image.tobytes(pygame.image.load(str(path)), "RGB")


def test_two_captures_give_the_same_pixels(program, tmp_path) -> None:
    init_display()
    a = capture(program, str(tmp_path / "a"), size=SIZE, chapter="1", limit=6)
    b = capture(program, str(tmp_path / "b"), size=SIZE, chapter="1", limit=6)
    assert a == b and len(a) == 6
    for e in a:
        pa, pb = tmp_path / "a" / e["file"], tmp_path / "b" / e["file"]
        assert pygame.image.load(str(pa)).get_size() == SIZE
        assert _pixels(pa) == _pixels(pb), e["file"]
    index = (tmp_path / "a" / "index.html").read_text(encoding="utf-8")
    assert all(e["file"] in index for e in a)


def _different(got: pygame.Surface, want: pygame.Surface) -> float:
    """The fraction of pixels differing by more than TOLERANCE in some channel."""
    up, down = got.copy(), want.copy()
    up.blit(want, (0, 0), special_flags=pygame.BLEND_RGB_SUB)  # got - want, clamped
    down.blit(got, (0, 0), special_flags=pygame.BLEND_RGB_SUB)
    up.blit(down, (0, 0), special_flags=pygame.BLEND_RGB_MAX)  # |got - want|
    near = pygame.mask.from_threshold(up, (0, 0, 0, 255), (TOLERANCE + 1,) * 3 + (255,))
    w, h = got.get_size()
    return 1 - near.count() / (w * h)


# (snapshot name, chapter, which screen of that chapter's capture)
KEY_SCREENS = [
    ("centered_chapter_title", "1", 1),  # centered text on the chapter card
    ("kaori_speaks", "1", 3),  # two sprites in the night's light, Kaori's name box
    ("menu_vasto_lorde", "4", "menu"),  # three sprites, blades drawn, the choice menu
]


@pytest.fixture(scope="module")
def key_shots(program, tmp_path_factory) -> dict[str, Path]:
    init_display()
    out: dict[str, Path] = {}
    for name, chapter, which in KEY_SCREENS:
        d = tmp_path_factory.mktemp(name)
        entries = capture(program, str(d), size=SIZE, chapter=chapter, limit=12)
        if which == "menu":
            entry = next(e for e in entries if e["kind"] == "menu")
        else:
            entry = entries[int(which) - 1]
        out[name] = d / entry["file"]
    return out


@pytest.mark.parametrize("name", [k[0] for k in KEY_SCREENS])
def test_key_screens_match_their_snapshots(key_shots, name) -> None:
    got_path = key_shots[name]
    want_path = SNAPSHOTS / f"{name}.png"
    if env_flag("VN_UPDATE_SNAPSHOTS") or not want_path.exists():
        SNAPSHOTS.mkdir(exist_ok=True)
        want_path.write_bytes(got_path.read_bytes())
        if not env_flag("VN_UPDATE_SNAPSHOTS"):
            pytest.fail(f"no snapshot {want_path.name}: wrote one; look at it, then rerun")
    got = pygame.image.load(str(got_path))
    want = pygame.image.load(str(want_path))
    assert got.get_size() == want.get_size() == SIZE
    diff = _different(got, want)
    assert diff <= MAX_DIFFERENT, f"{name}: {diff:.2%} of pixels differ (kept: {want_path})"


def test_a_changed_screen_fails_the_comparison(key_shots) -> None:
    got = pygame.image.load(str(key_shots["kaori_speaks"]))
    moved = pygame.Surface(SIZE)
    moved.blit(got, (12, 0))
    assert _different(got, got.copy()) == 0
    assert _different(moved, got) > MAX_DIFFERENT
