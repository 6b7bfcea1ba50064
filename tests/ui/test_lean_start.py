"""What the title screen's first frame does not wait for (bench/startup.py times it;
these check the levers without timing anything): modules only a reading or a failure
needs are still unimported when the first frame is up, the theme's fonts are opened
when an element first uses one, and the art folder is scanned after the first frame."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pygame
import pygame_gui
import pytest
from pygame_gui.core import ObjectID

ROOT = Path(__file__).resolve().parents[2]

# Each is a measured cost of the first frame that the title screen does not need.
NOT_BEFORE_FIRST_FRAME = (
    "game.script.parser",  # the story loads after the first frame (LazyProgram)
    "game.story.runtime",
    "game.story.state",  # saves import it where a save is checked or written
    "game.scene.model",
    "game.render.screen",  # a reading's presenter
    "game.render.decode",  # the image worker's first decode
    "game.app.session",
    "game.ui.screens.dialogs",  # Quit asks through open_page
    "game.audio.mixer",  # the audio device opens after the first frame
    "logging",  # game._log: ~2 ms of regular expressions
    "hashlib",  # OpenSSL: ~4 ms; the raster and save digests import it when used
    "platformdirs",  # only without --data-dir
    "ctypes",  # game._memory tunes malloc after the first frame
    "pygame._sdl2.controller",  # gamepads start after the first frame
    "tomllib",  # game.toml is read with the story (LazyProgram)
    "game.script.credits",  # game.toml's [credits]
    "argparse",  # plain play options are read without it (cli._plain_play_args)
    "game.script.texttags",  # self-voicing's tag parser: when it first speaks
    "game.assets.watch",  # live reload's watcher: once the story is loaded
    "game.render.look",  # a Ren'Py project's gui look: once the story is loaded
)

_PROBE = """
import json, sys
from game.cli import main
rc = main(sys.argv[1:])
import gc
print(json.dumps({"rc": rc, "modules": sorted(sys.modules), "gc": gc.isenabled(),
                  "frozen": gc.get_freeze_count()}))
"""


def test_the_title_frame_imports_nothing_it_does_not_need(tmp_path):
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy",
               VN_EXIT_AFTER_FIRST_FRAME="1", VN_CACHE_DIR=str(tmp_path / "cache"))
    r = subprocess.run([sys.executable, "-c", _PROBE, "--data-dir", str(tmp_path / "d")],
                       cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    lines = r.stdout.strip().splitlines()
    assert any(ln.startswith("first-frame ") for ln in lines), r.stdout  # it drew
    out = json.loads(lines[-1])
    assert out["rc"] == 0
    assert out["gc"] and out["frozen"] > 10000  # paused for the start, frozen after it
    loaded = set(out["modules"])
    assert "game.ui.screens.title" in loaded  # the probe did build the title
    early = [m for m in NOT_BEFORE_FIRST_FRAME if m in loaded]
    assert early == [], f"imported before the first frame: {early}"


def test_theme_fonts_open_when_first_used():
    from game.ui.widgets import MenuLayer

    pygame.display.init()
    pygame.font.init()
    if pygame.display.get_surface() is None:
        pygame.display.set_mode((640, 360))
    layer = MenuLayer((1280, 720), 2 / 3)
    deferred = layer.resource_loader.deferred
    assert len(deferred) >= 5  # the theme's sizes and styles, none opened yet
    assert not [r.font_id for r in deferred if r.__dict__.get("_font") is not None]
    button = pygame_gui.elements.UIButton(pygame.Rect(0, 0, 300, 40), "Start", layer,
                                          object_id=ObjectID(class_id="@menu"))
    layer.update(0.0)
    opened = [r for r in deferred if r.__dict__.get("_font") is not None]
    assert len(opened) == 1  # the menu's serif, at its size: the one the button shows
    assert "dejavu_serif" in opened[0].font_id
    # and it draws its text with it: the label's pixels are not just the background
    img = button.image
    colours = {tuple(img.get_at((x, y))) for x in range(0, img.get_width(), 3)
               for y in range(0, img.get_height(), 3)}
    assert len(colours) > 3


def test_the_art_folder_is_scanned_when_first_looked_in():
    from game.project import LazyProgram

    prog = LazyProgram(None)
    assert "files" not in vars(prog.images)  # nothing walked yet
    assert prog.images.known(["title"])  # the title's key art is found when asked for
    assert "files" in vars(prog.images)


def test_the_title_art_is_asked_for_after_the_first_frame(data_dir, monkeypatch):
    from game.app import Game
    from ui_harness import small_program

    monkeypatch.setenv("VN_CACHE_DIR", str(data_dir.parent / "cache"))
    pygame.display.init()
    pygame.font.init()
    g = Game(small_program(), size=(640, 360), data_dir=data_dir)
    try:
        assert g.images.pending == 0 and g.images._thread is None  # no worker yet
        g.to_title()
        g._tick(1 / 60)
        assert g.images._thread is None
        assert not g.pads.started
        g.draw()
        assert g.first_frame_at is not None
        assert g.pads.started
        assert g.images._thread is not None  # the title art is being decoded now
    finally:
        g.images.close()


@pytest.mark.parametrize("argv", [
    ["play"],
    ["play", "--data-dir", "/tmp/d"],
    ["play", "--data-dir=/tmp/d", "--fresh", "--watch"],
    ["play", "--story", "s", "--chapter", "3", "--size", "1600x900", "--fullscreen"],
    ["play", "--art", "a", "--art=b", "--lang", "fr", "--text", "--size", "1600X900"],
    ["play", "--story", "", "--story", "t"],  # the last one given, as argparse keeps
])
def test_plain_play_options_read_as_argparse_reads_them(argv):
    from game.cli import _plain_play_args, build_parser

    quick = _plain_play_args(argv)
    assert quick is not None
    assert vars(quick) == vars(build_parser("play").parse_args(argv))


@pytest.mark.parametrize("argv", [
    ["play", "--data", "/tmp/d"],  # an abbreviation
    ["play", "--size", "tiny"],  # argparse's message for it
    ["play", "--size", "100x50"],
    ["play", "--chapter"],  # no value
    ["play", "--chapter", "-1"],
    ["play", "--fresh=yes"],
    ["play", "extra"],
    ["play", "--", "--story"],
    ["transcript", "--story", "s"],
])
def test_anything_else_is_left_to_argparse(argv):
    from game.cli import _plain_play_args

    assert _plain_play_args(argv) is None


def test_the_plain_reader_knows_every_play_option():
    import argparse

    from game.cli import _PLAY_OPTIONS, _play_options

    p = argparse.ArgumentParser(add_help=False)
    _play_options(p)
    declared = {opt: (a.dest, a.nargs != 0, isinstance(a, argparse._AppendAction))
                for a in p._actions for opt in a.option_strings}
    assert declared == _PLAY_OPTIONS


def test_collection_is_paused_until_the_first_frame(data_dir, monkeypatch):
    import gc

    from game._memory import pause_collection, resume_collection
    from game.app import Game
    from ui_harness import small_program

    monkeypatch.setenv("VN_CACHE_DIR", str(data_dir.parent / "cache"))
    pygame.display.init()
    pygame.font.init()
    pause_collection()  # as cli.main does for a window
    try:
        assert not gc.isenabled()
        g = Game(small_program(), size=(640, 360), data_dir=data_dir)
        g.to_title()
        g._tick(1 / 60)
        assert not gc.isenabled()
        g.draw()
        assert gc.isenabled()  # resumed at the first frame, what the start made frozen
        assert gc.get_freeze_count() > 0
        g.images.close()
    finally:
        resume_collection()
        gc.enable()
        gc.unfreeze()
