"""The window itself: fullscreen and back to the exact size, the size remembered across
runs and kept within the display, our class and icon, and no display at all."""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pygame
import pytest

from game.app import ICON_PATH, fit_to_display, headless_by_accident
from ui_harness import key, make_game, small_program, step

ROOT = Path(__file__).resolve().parents[2]


def test_leaving_fullscreen_restores_the_windowed_size(game, new_game):
    g = new_game(size=(1000, 600))
    key(g, pygame.K_f)
    assert g.fullscreen and g.prefs.fullscreen
    assert g.window.get_size() != (1000, 600)
    key(g, pygame.K_F11)
    assert not g.fullscreen
    assert g.window.get_size() == (1000, 600)
    key(g, pygame.K_RETURN, pygame.KMOD_ALT)
    key(g, pygame.K_RETURN, pygame.KMOD_ALT)
    assert g.window.get_size() == (1000, 600) == g.windowed_size


def test_the_window_size_is_remembered_across_runs(data_dir, new_game):
    g = new_game(size=(900, 500))
    g.quit()
    again = new_game(size=None)
    assert again.window.get_size() == (900, 500)
    assert (again.prefs.window_width, again.prefs.window_height) == (900, 500)


def test_a_window_larger_than_the_display_is_clamped():
    assert fit_to_display((100000, 100000), (1920, 1080)) == (1080, 1080)
    assert fit_to_display((3840, 2160), (1920, 1080)) == (1920, 1080)
    assert fit_to_display((1280, 720), (1920, 1080)) == (1280, 720)
    assert fit_to_display((1280, 720), None) == (1280, 720)


def test_our_icon_is_set_before_the_window_opens(data_dir, monkeypatch):
    icons: list[tuple[int, int]] = []
    real = pygame.display.set_icon
    monkeypatch.setattr(pygame.display, "set_icon",
                        lambda s: (icons.append(s.get_size()), real(s)))
    g = make_game(data_dir, prog=small_program())
    g.images.close()
    assert icons and icons[0] == (64, 64)
    img = pygame.image.load(str(ICON_PATH))
    colours = {tuple(img.get_at((x, y)))[:3] for x in range(0, 64, 4) for y in range(0, 64, 4)}
    assert len(colours) > 20  # a picture, not a flat square


def test_a_driver_that_draws_nowhere_counts_only_when_not_asked_for():
    assert headless_by_accident("offscreen", None)
    assert headless_by_accident("dummy", "")
    assert not headless_by_accident("dummy", "dummy")
    assert not headless_by_accident("x11", None)
    assert not headless_by_accident("wayland", None)


def _env_without_display() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "SDL_VIDEODRIVER")}
    env.update(SDL_AUDIODRIVER="dummy", PYGAME_HIDE_SUPPORT_PROMPT="1")
    return env


def test_no_display_fails_at_once_saying_what_to_do(tmp_path):
    started = time.monotonic()
    r = subprocess.run([sys.executable, "-m", "game", "--data-dir", str(tmp_path / "d")],
                       cwd=ROOT, env=_env_without_display(), capture_output=True,
                       text=True, timeout=30)
    took = time.monotonic() - started
    assert r.returncode == 2, r.stderr
    assert "no display" in r.stderr and "--text" in r.stderr and "DISPLAY" in r.stderr
    assert took < 5  # about half a second: starting Python and pygame


_CLASS_PROBE = """
import os, sys
seen = []
class Watch:  # notes the window class when pygame is first imported
    def find_spec(self, name, path=None, target=None):
        if name == "pygame" and not seen:
            seen.append(os.environ.get("SDL_VIDEO_X11_WMCLASS"))
        return None
sys.meta_path.insert(0, Watch())
from game.cli import main
main(sys.argv[1:])
print("class-at-import", seen[0] if seen else "never")
"""


@pytest.mark.parametrize("game_id, wm_class", [(None, "scarsrundeep"),
                                               ("my-other.game_2", "myothergame2")])
def test_the_window_class_is_set_before_pygame_is_imported(tmp_path, game_id, wm_class):
    """The window class is the story's id (game.toml's) with only its letters and
    digits: ours keeps the class it had before game.toml named it."""
    args = ["--data-dir", str(tmp_path / "d"), "--size", "640x360"]  # (--size imports pygame)
    if game_id is not None:
        story = tmp_path / "story"
        story.mkdir()
        (story / "game.toml").write_text(f'title = "Other"\nid = "{game_id}"\n',
                                         encoding="utf-8")
        (story / "s.rpy").write_text('label start:\n    "Hello."\n', encoding="utf-8")
        args += ["--story", str(story)]
    env = {k: v for k, v in os.environ.items() if k != "SDL_VIDEO_X11_WMCLASS"}
    env.update(SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy",
               VN_EXIT_AFTER_FIRST_FRAME="1", VN_CACHE_DIR=str(tmp_path / "cache"))
    r = subprocess.run([sys.executable, "-c", _CLASS_PROBE, *args], cwd=ROOT, env=env,
                       capture_output=True, text=True, timeout=120)
    assert f"class-at-import {wm_class}" in r.stdout, r.stdout + r.stderr
