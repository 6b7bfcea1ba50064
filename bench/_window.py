"""Shared setup for the window's benchmarks: headless SDL and the real story."""
from __future__ import annotations

import os
import statistics
import sys
from typing import Callable

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
if ROOT not in sys.path:
    sys.path.insert(0, ROOT)


def headless() -> None:
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")


def load_story():  # -> Program
    from game.project import load_project

    return load_project(os.path.join(ROOT, "story"), use_cache=False)


def median_of(runs: int, f: Callable[[], float]) -> float:
    return statistics.median(f() for _ in range(runs))


def verdict(ratio: float, target: float) -> str:
    return "OK" if ratio <= target else "OVER TARGET"
