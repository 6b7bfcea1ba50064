"""tests/data/renpy_staging, a Ren'Py project using sprite moves, ImageDissolve (inline
and defined) and a Composite with offsets: lint gives no warning, and its frames
mid-transition show the moves and the mask (saved for a look when STAGING_FRAMES names
a folder)."""
from __future__ import annotations

import os
import subprocess
import sys

import pygame
import pytest

from game.assets.art import ArtSource
from game.project import load_project
from game.render.images import ImageStore
from game.render.screen import Screen
from game.story import events as E
from game.story.runtime import Runtime
from render_harness import ROOT, init_display, rect_of, rgb

PROJECT = ROOT / "tests" / "data" / "renpy_staging"
PINK = (220, 90, 110)  # eileen happy.png
NIGHT, ROOM = (0x10, 0x18, 0x28), (0x30, 0x40, 0x50)


def test_lint_prints_no_warning() -> None:
    out = subprocess.run([sys.executable, "-m", "game", "lint", "--story", str(PROJECT)],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "warning:" not in out.stdout + out.stderr
    assert "No errors; 0 warnings." in out.stdout


@pytest.fixture
def story():
    init_display()
    prog = load_project(PROJECT)
    assert prog.warnings == []
    screen = Screen(ImageStore(ArtSource(prog.images), 0.5, threaded=False))
    yield Runtime(prog), screen
    screen.images.close()


def _save(shot: pygame.Surface, name: str) -> None:
    folder = os.environ.get("STAGING_FRAMES")
    if folder:
        pygame.image.save(shot, os.path.join(folder, name))


def _next_line(rt: Runtime, screen: Screen, evs: list[E.Event], at: float) -> pygame.Surface:
    """Feed the events up to the next line, play `at` seconds of them, and draw."""
    screen.feed(evs)
    screen.update(at)
    shot = pygame.Surface((960, 540))
    screen.draw(shot, 0.5)
    return shot


def _done(screen: Screen) -> None:
    screen.update(10.0)
    screen.update(10.0)


def test_the_project_plays_its_moves_and_its_mask(story) -> None:
    rt, screen = story
    shot = _next_line(rt, screen, rt.start(), 0.25)  # moveinleft, half way
    r = rect_of(shot, PINK)
    w = 130  # eileen happy.png is 260 px wide, at half scale
    assert r is not None and r.right < w and r.right > w * 0.3, r
    _save(shot, "moveinleft.png")
    _done(screen)
    shot = _next_line(rt, screen, rt.advance(), 0.25)  # move left -> right, half way
    r = rect_of(shot, PINK)
    assert r is not None and abs(r.x - (960 - w) / 2) <= 3, r
    _save(shot, "move.png")
    for _ in range(6):  # on to the night falling by the iris mask
        _done(screen)
        evs = rt.advance()
        if any(isinstance(ev, E.With) and ev.transition is not None
               and ev.transition.kind == "imagedissolve" for ev in evs):
            break
    screen.feed(evs)
    for _ in range(4):  # the zoomout before it plays first
        if screen.transition is not None and screen.transition.kind == "imagedissolve":
            break
        screen.update(0.5)
    shot = _next_line(rt, screen, [], 0.75)  # half of 1.5 s
    assert rgb(shot, 480, 270) == NIGHT  # the bright middle of the mask has changed
    assert rgb(shot, 2, 2) == ROOM  # its dark corners not yet
    _save(shot, "imagedissolve.png")
