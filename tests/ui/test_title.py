"""The title screen, the content note, About, and startup."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pygame

from ui_harness import small_program
from ui_harness import key, make_game, press, step

ROOT = Path(__file__).resolve().parents[2]


def test_title_lists_its_items_and_continue_waits_for_a_save(game):
    d = game.describe()
    assert d["screen"] == "title" and d["menu"] == "title"
    names = [i.name for i in game.ui.focus.items]
    assert names == ["Start", "Continue", "Load", "Chapters", "Gallery", "Music Room",
                     "Preferences", "Art", "About", "Quit"]
    cont = next(i for i in game.ui.focus.items if i.name == "Continue")
    assert not cont.enabled
    assert d["focus"] == "Start"


def test_title_theme_plays(game, audio):
    plays = [e for e in audio.events if type(e).__name__ == "Play"]
    assert plays and plays[-1].files == ("title.ogg",) and plays[-1].channel == "music"


def test_content_note_before_the_first_start_only(data_dir, audio):
    g = make_game(data_dir, prog=small_program(), audio=audio)
    press(g, "Start")
    assert g.describe()["menu"] == "content_note"
    key(g, pygame.K_ESCAPE)  # back out: still at the title, note not accepted
    assert g.describe()["menu"] == "title" and g.session is None
    press(g, "Start")
    press(g, "begin")
    assert g.session is not None and g.describe()["screen"] == "game"
    saved = json.loads((data_dir / "preferences.json").read_text(encoding="utf-8"))
    assert saved["content_note_seen"] is True
    g.images.close()
    # a second start of the game: Start goes straight in
    g2 = make_game(data_dir, prog=small_program(), audio=audio)
    press(g2, "Start")
    assert g2.session is not None and g2.ui.top is None
    g2.images.close()


def test_content_note_from_about(game):
    press(game, "About")
    assert game.describe()["menu"] == "about"
    press(game, "content note")
    assert game.describe()["menu"] == "content_note"
    press(game, "begin")  # "Close"
    assert game.describe()["menu"] == "about"


def test_keyboard_walks_the_title(game):
    key(game, pygame.K_DOWN)
    assert game.describe()["focus"] == "Load"  # Continue is disabled: skipped
    key(game, pygame.K_TAB)
    assert game.describe()["focus"] == "Chapters"
    key(game, pygame.K_TAB, pygame.KMOD_SHIFT)
    key(game, pygame.K_RETURN)
    assert game.describe()["menu"] == "load"
    key(game, pygame.K_ESCAPE)
    assert game.describe()["menu"] == "title"


def test_gamepad_walks_the_title(game):
    def pad(button):
        game.handle(pygame.event.Event(pygame.CONTROLLERBUTTONDOWN, button=button,
                                       instance_id=0))
        step(game)
    pad(pygame.CONTROLLER_BUTTON_DPAD_DOWN)
    pad(pygame.CONTROLLER_BUTTON_DPAD_DOWN)
    assert game.describe()["focus"] == "Chapters"
    pad(pygame.CONTROLLER_BUTTON_A)
    assert game.describe()["menu"] == "chapters"
    pad(pygame.CONTROLLER_BUTTON_B)
    assert game.describe()["menu"] == "title"


def test_mouse_clicks_a_title_button(game):
    from ui_harness import center_of, click

    click(game, center_of(game, "About"))
    assert game.describe()["menu"] == "about"
    click(game, (640, 360), button=3)  # right click: back
    assert game.describe()["menu"] == "title"


def test_letterboxed_window_clicks_land(data_dir, audio):
    from ui_harness import center_of, click

    g = make_game(data_dir, prog=small_program(), audio=audio, size=(1280, 900))
    assert g.view.rect.y > 0
    click(g, center_of(g, "Preferences"))
    assert g.describe()["menu"] == "preferences"
    g.images.close()


def test_quit_from_the_title(game):
    press(game, "Quit")  # asks, as from every screen
    assert game.running and game.describe()["menu"] == "confirm"
    press(game, "yes")
    assert not game.running


def test_exit_after_first_frame(tmp_path):
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy",
               VN_EXIT_AFTER_FIRST_FRAME="1", VN_CACHE_DIR=str(tmp_path / "cache"))
    r = subprocess.run([sys.executable, "-m", "game", "--data-dir", str(tmp_path / "d"),
                        "--story", str(ROOT / "tests/ui/data/story")], cwd=ROOT, env=env,
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr


def test_bad_chapter_option_says_so(tmp_path):
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy",
               VN_CACHE_DIR=str(tmp_path / "cache"))
    r = subprocess.run([sys.executable, "-m", "game", "--data-dir", str(tmp_path / "d"),
                        "--story", str(ROOT / "tests/ui/data/story"), "--chapter", "7"],
                       cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert r.returncode == 2
    assert "no chapter '7'" in r.stdout + r.stderr


def test_another_story_is_another_game(tmp_path, audio, monkeypatch):
    """Its game.toml's title on the title screen and the caption, its [[about]] on
    About, its data folder named by its id; no content note: Start goes straight in."""
    from game.project import load_project
    from game.ui.screens import about, title

    story = tmp_path / "story"
    story.mkdir()
    (story / "game.toml").write_text(
        'title = "Moonlit Garden"\nid = "moonlit"\n\n[[about]]\nheading = "Made by"\n'
        'text = "Two friends."\n', encoding="utf-8")
    (story / "s.rpy").write_text('label start:\n    "Hello."\n', encoding="utf-8")
    prog = load_project(story, use_cache=False)
    drawn: list[str] = []
    for mod in (about, title):
        real = mod.draw_text
        monkeypatch.setattr(mod, "draw_text", lambda c, text, *a, _r=real, **k: (
            drawn.append(text), _r(c, text, *a, **k))[1])
    monkeypatch.setattr("platformdirs.user_data_dir",
                        lambda name, appauthor=None: str(tmp_path / "user" / name))
    from game.app import Game
    from ui_harness import FakeClock

    monkeypatch.setenv("VN_CACHE_DIR", str(tmp_path / "cache"))
    clock = FakeClock()  # no data_dir: the data folder the story's id names
    g = Game(prog, size=(1280, 720), clock=clock, audio=audio)
    g.images.threaded = False
    g.fake_clock = clock
    g.to_title()
    step(g)
    try:
        assert g.data.root == tmp_path / "user" / "moonlit"
        assert pygame.display.get_caption()[0] == "Moonlit Garden"
        assert drawn[:2] == ["Moonlit", "Garden"]  # the title, on two lines
        press(g, "About")
        g.draw()
        assert {"Moonlit Garden", "Made by", "Two friends.", "Fonts"} <= set(drawn)
        assert not any("Story, art, music" in t for t in drawn)
        assert "content note" not in [i.name for i in g.ui.focus.items]  # no note to read
        key(g, pygame.K_ESCAPE)
        press(g, "Start")  # no content note: straight in
        assert g.session is not None and g.describe()["screen"] == "game"
    finally:
        g.images.close()


def test_the_title_breaks_into_balanced_lines():
    from game.ui.screens.title import title_lines

    pygame.font.init()
    assert title_lines("The Scars Run Deep") == ["The Scars", "Run Deep"]  # as it was drawn
    assert title_lines("Untitled") == ["Untitled"]
    assert title_lines("") == []
    long = title_lines(" ".join(["word"] * 40))  # filled line by line, quickly
    assert len(long) > 3 and " ".join(long) == " ".join(["word"] * 40)
