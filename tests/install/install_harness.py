"""Shared by the install tests: the checkout's own output to compare with, and a clean
environment for running an installed or built game outside the source tree."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
# What the game is asked in every check, with the same arguments for source and build.
COMMANDS = (["chapters"], ["transcript"], ["transcript", "--chapter", "3", "--choose", "2"])


def clean_env(**extra: str) -> dict[str, str]:
    """The environment without anything that would let the checkout leak in."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV", "PYTHONSTARTUP")}
    env.update(PYGAME_HIDE_SUPPORT_PROMPT="1", SDL_VIDEODRIVER="dummy",
               SDL_AUDIODRIVER="dummy", PYTHONDONTWRITEBYTECODE="1")
    env.update(extra)
    return env


def run(cmd: list[str], cwd: Path, timeout: float = 300, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(cmd, cwd=cwd, env=clean_env(**env), capture_output=True, text=True,
                          timeout=timeout)


def source_output(args: list[str], story: Path | None = None) -> str:
    """What `python -m game ARGS` prints from the checkout."""
    extra = ["--story", str(story)] if story is not None else []
    r = run([sys.executable, "-m", "game", *args, *extra], cwd=ROOT)
    assert r.returncode == 0, r.stderr
    return r.stdout


def first_frame(cmd: list[str], cwd: Path, data_dir: Path, timeout: float = 120) -> str:
    """Start the window headless and stop at its first drawn frame; returns stdout."""
    r = run([*cmd, "--data-dir", str(data_dir)], cwd=cwd, timeout=timeout,
            VN_EXIT_AFTER_FIRST_FRAME="1", VN_CACHE_DIR=str(data_dir / "cache"))
    assert r.returncode == 0, r.stdout + r.stderr
    assert "first-frame" in r.stdout, r.stdout + r.stderr
    return r.stdout
