"""Builds a Game on the dummy display with a fake clock, and drives it with events."""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pygame

from game.app import Game
from game.project import load_project

_PROGRAM: Any = None
_SMALL: Any = None
STORY = Path(__file__).resolve().parent / "data" / "story"  # a small three-chapter story


def program() -> Any:
    global _PROGRAM
    if _PROGRAM is None:
        _PROGRAM = load_project()
    return _PROGRAM


def small_program() -> Any:
    global _SMALL
    if _SMALL is None:
        _SMALL = load_project(STORY)
    return _SMALL


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def note_read(data_dir: Path, **prefs: Any) -> Path:
    """A data folder whose player has read the content note (and has `prefs` set): the
    game opens on its title, not on the note."""
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "preferences.json").write_text(
        json.dumps({"content_note_seen": True, **prefs}), encoding="utf-8")
    return data_dir


def make_game(data_dir: Path, *, title: bool = True, size: tuple[int, int] = (1280, 720),
              prog: Any = None, **kw: Any) -> Game:
    os.environ.setdefault("VN_CACHE_DIR", str(Path(data_dir).parent / "cache"))
    pygame.display.init()
    pygame.font.init()
    pygame.event.clear()
    clock = FakeClock()
    g = Game(prog or program(), size=size, data_dir=data_dir, clock=clock, **kw)
    g.images.threaded = False  # decode on demand: no waiting on a worker in tests
    g.fake_clock = clock  # type: ignore[attr-defined]
    if title:
        g.to_title()
    step(g)
    return g


def step(g: Game, n: int = 1, dt: float = 1 / 60) -> None:
    """Handle queued events, advance the fake clock by dt, tick and draw, n times."""
    for _ in range(n):
        g.fake_clock.now += dt  # type: ignore[attr-defined]
        g.pump(dt)


def key(g: Game, k: int, mod: int = 0, *, up: bool = True) -> None:
    g.handle(pygame.event.Event(pygame.KEYDOWN, key=k, mod=mod, unicode="", scancode=0))
    if up:
        g.handle(pygame.event.Event(pygame.KEYUP, key=k, mod=mod, unicode="", scancode=0))
    step(g)


def click(g: Game, pos: tuple[int, int], button: int = 1) -> None:
    """A click at a window position; pygame_gui's press events are handled too."""
    g.handle(pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0)))
    g.handle(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=button))
    g.handle(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=button))
    step(g, 2)


def press(g: Game, name: str) -> None:
    """Activate the focusable item named `name` on the open menu, as Enter would."""
    ring = g.ui.focus
    assert ring.focus(name), f"no {name!r} on {g.ui.describe()} (have:" \
        f" {[i.name for i in ring.items]})"
    key(g, pygame.K_RETURN)


def center_of(g: Game, name: str) -> tuple[int, int]:
    """The window position of a focusable item's centre."""
    for it in g.ui.focus.items:
        if it.name == name:
            x, y = it.area.center
            ox, oy = g.view.rect.topleft
            return x + ox, y + oy
    raise AssertionError(f"no {name!r}")


def play_until(g: Game, pred: Any, limit: int = 2000) -> None:
    for _ in range(limit):
        if pred():
            return
        step(g, dt=0.25)
    raise AssertionError(f"never reached; state {g.describe()}")


def advance_line(g: Game) -> None:
    """Click through to the next line (finishing the typing first)."""
    s = g.session
    assert s is not None
    before = s.runtime.state.position
    for _ in range(400):
        key(g, pygame.K_SPACE)
        step(g, dt=0.5)
        if s.runtime.state.position != before and s.screen.state in ("say", "menu"):
            return
    raise AssertionError("the line did not change")


def shot(g: Game, path: str) -> None:
    g.draw()
    pygame.image.save(pygame.display.get_surface(), path)
