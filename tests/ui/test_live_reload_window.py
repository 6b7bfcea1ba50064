"""Live reload in the window (issue 15): Shift+R, or --watch, reads the story and its art
again and the reading goes on at the same line with its variables, stage and music; a
deleted line resumes at the nearest earlier one and says so; a broken script leaves the
old story playing and shows the error with its place until a reload fixes it."""
from __future__ import annotations

import os
from pathlib import Path

import pygame
import pytest

from game.project import load_project
from game.story import events as E
from ui_harness import advance_line, key, make_game, note_read, step

SCRIPT = '''define e = Character("Eileen", image="eileen")
default met = False
default mood = "calm"

label start:
    scene bg room
    play music "theme.ogg"
    show eileen happy
    $ met = True
    "One."
    e "Two."
    e "Three."
    menu:
        "Left":
            "Went left."
        "Right":
            "Went right."
    "The end."
    return
'''

RED, BLUE = (200, 20, 20), (20, 20, 200)


def _write(path: Path, text: str) -> None:
    """Write and move the file's time on by a second: two saves in one clock tick must
    still look different to the watch."""
    before = path.stat().st_mtime_ns if path.exists() else 0
    path.write_text(text, encoding="utf-8")
    t = max(before + 1_000_000_000, path.stat().st_mtime_ns)
    os.utime(path, ns=(t, t))


def _png(path: Path, color: tuple[int, int, int], size: tuple[int, int]) -> None:
    before = path.stat().st_mtime_ns if path.exists() else 0
    surf = pygame.Surface(size)
    surf.fill(color)
    pygame.image.save(surf, str(path))
    t = max(before + 1_000_000_000, path.stat().st_mtime_ns)
    os.utime(path, ns=(t, t))


@pytest.fixture
def story(tmp_path: Path) -> Path:
    d = tmp_path / "story"
    (d / "images").mkdir(parents=True)
    (d / "audio").mkdir()
    (d / "audio" / "theme.ogg").write_bytes(b"")  # found by name; the fake audio plays it
    _write(d / "script.rpy", SCRIPT)
    _png(d / "images" / "bg room.png", RED, (192, 108))
    _png(d / "images" / "eileen happy.png", (20, 160, 20), (50, 100))
    return d


@pytest.fixture
def game(story: Path, tmp_path: Path, audio):
    data = note_read(tmp_path / "data")
    g = make_game(data, prog=load_project(story, use_cache=False), audio=audio)
    g.new_game()
    step(g, 10, dt=0.5)
    yield g
    g.images.close()


def shift_r(g) -> None:
    key(g, pygame.K_r, pygame.KMOD_LSHIFT)
    step(g, 4, dt=0.25)


def line(g) -> str | None:
    return g.session.current_line()[1]


def to_line(g, text: str) -> None:
    for _ in range(10):
        if line(g) == text:
            return
        advance_line(g)
    raise AssertionError(f"never showed {text!r}; at {line(g)!r}")


def toasts(g) -> list[str]:
    return [t.text for t in g.toasts.items]


def test_shift_r_keeps_the_line_variables_stage_and_music(game, story, audio) -> None:
    g = game
    to_line(g, "Two.")
    s = g.session
    s.runtime.state.variables["mood"] = "stormy"  # as a `$` would have set it
    audio.events.clear()
    _write(story / "script.rpy", SCRIPT.replace('"The end."', '"The very end."'))
    shift_r(g)
    assert g.reloader.count == 1 and g.describe().get("menu") is None
    assert g.session is s and line(g) == "Two."
    assert s.program is g.program and "The very end." in {
        getattr(st, "text", None) for st in g.program.statements}
    st = s.runtime.state
    assert st.variables["met"] is True and st.variables["mood"] == "stormy"
    assert s.screen.display.scene == "bg room"
    assert [sp.image for sp in s.screen.display.sprites] == ["eileen happy"]
    # the music goes on: the audio is re-synced to the same track, never stopped
    syncs = [ev for ev in audio.events if isinstance(ev, E.Sync)]
    assert syncs and syncs[-1].audio.playing("music") == ["theme.ogg"]
    assert not [ev for ev in audio.events if isinstance(ev, (E.Stop, E.Play))]
    assert any(t.startswith("Story reloaded") for t in toasts(g))
    advance_line(g)
    assert line(g) == "Three."
    s.roll_back()
    assert line(g) == "Two."


def test_an_edited_line_shows_its_new_text_in_place(game, story) -> None:
    g = game
    to_line(g, "Two.")
    _write(story / "script.rpy", SCRIPT.replace('e "Two."', 'e "Two, rewritten."'))
    shift_r(g)
    assert line(g) == "Two, rewritten."
    assert g.session.current_line()[2] == "Eileen"
    assert not any("gone" in t for t in toasts(g))
    advance_line(g)
    assert line(g) == "Three."


def test_an_added_default_gets_its_value_and_a_removed_one_is_dropped(game, story) -> None:
    g = game
    to_line(g, "Two.")
    edited = SCRIPT.replace('default mood = "calm"\n', 'default trust = 3\n')
    _write(story / "script.rpy", edited)
    shift_r(g)
    v = g.session.runtime.state.variables
    assert v["trust"] == 3 and "mood" not in v and v["met"] is True
    assert line(g) == "Two."
    assert any("new default: trust" in t and "dropped: mood" in t for t in toasts(g))


def test_a_deleted_current_line_resumes_at_the_nearest_earlier_one(game, story) -> None:
    g = game
    to_line(g, "Two.")
    _write(story / "script.rpy", SCRIPT.replace('    e "Two."\n', ""))
    shift_r(g)
    assert line(g) == "One."
    notes = [t for t in toasts(g) if "gone from the script" in t]
    assert notes and "nearest earlier line" in notes[0] and "script.rpy:10" in notes[0]
    advance_line(g)
    assert line(g) == "Three."


def test_a_broken_script_keeps_the_old_story_and_shows_where(game, story, tmp_path) -> None:
    g = game
    to_line(g, "Two.")
    broken = SCRIPT.replace('e "Three."', 'e "Three.')  # an unclosed string on line 12
    _write(story / "script.rpy", broken)
    old = g.program
    shift_r(g)
    d = g.describe()
    assert d["menu"] == "reload_error"
    assert "script.rpy:12:" in d["message"] and 'e "Three.' in d["message"]
    assert "^" in d["message"]
    assert g.program is old and g.reloader.failing is not None
    g.draw()
    pygame.image.save(pygame.display.get_surface(), str(tmp_path / "reload_error.png"))
    key(g, pygame.K_ESCAPE)  # Keep reading: the old story plays on
    assert g.describe().get("menu") is None
    advance_line(g)
    assert line(g) == "Three."
    _write(story / "script.rpy", SCRIPT.replace('e "Three."', 'e "Three, fixed."'))
    shift_r(g)
    assert g.describe().get("menu") is None and g.reloader.failing is None
    assert line(g) == "Three, fixed."
    assert any(t.startswith("The script loads again") for t in toasts(g))


def test_watch_reloads_saved_files_and_closes_the_error_once_fixed(game, story) -> None:
    g = game
    g.reloader.watching = True
    step(g, 4, dt=0.25)
    to_line(g, "Two.")
    _write(story / "script.rpy", SCRIPT.replace('e "Two."', 'e "Two, watched."'))
    step(g, 6, dt=0.25)  # no key: the watch sees the save once it settles
    assert line(g) == "Two, watched." and g.reloader.count == 1
    _write(story / "script.rpy", SCRIPT.replace('e "Two."', 'e "Two, watched.'))
    step(g, 6, dt=0.25)
    assert g.describe()["menu"] == "reload_error"
    step(g, 8, dt=0.25)  # the same broken file is not tried again and again
    assert g.reloader.count == 1 and g.describe()["menu"] == "reload_error"
    _write(story / "script.rpy", SCRIPT.replace('e "Two."', 'e "Two, fixed."'))
    step(g, 6, dt=0.25)
    assert g.describe().get("menu") is None
    assert line(g) == "Two, fixed." and g.reloader.count == 2


def test_changed_art_is_read_again(game, story) -> None:
    g = game
    to_line(g, "One.")
    g.draw()
    s = g.session
    assert tuple(s.screen.composite().get_at((5, 5)))[:3] == RED
    _png(story / "images" / "bg room.png", BLUE, (192, 108))
    shift_r(g)
    g.draw()
    assert tuple(s.screen.composite().get_at((5, 5)))[:3] == BLUE
    assert any("1 image read again" in t for t in toasts(g))
    assert line(g) == "One."


def test_rollback_keeps_the_lines_that_still_exist(game, story) -> None:
    g = game
    to_line(g, "Three.")
    s = g.session
    assert [e.text for e in s.rollback.entries()] == ["One.", "Two.", "Three."]
    s.roll_back()  # at "Two.": "Three." is ahead, rolled back from
    assert line(g) == "Two."
    _write(story / "script.rpy", SCRIPT.replace('    "One."\n', ""))
    shift_r(g)
    assert line(g) == "Two."
    assert [e.text for e in s.rollback.entries()] == ["Two."]  # One. is gone
    assert not s.rollback.can_forward  # the story ahead may have changed
    assert not s.rollback.can_back
    advance_line(g)
    assert line(g) == "Three."
    assert s.roll_back() and line(g) == "Two."


def test_rolled_back_snapshots_carry_the_new_defaults(game, story) -> None:
    g = game
    to_line(g, "Three.")
    _write(story / "script.rpy", SCRIPT.replace('default mood = "calm"\n',
                                                'default trust = 3\n'))
    shift_r(g)
    s = g.session
    assert s.roll_back() and line(g) == "Two."
    v = s.runtime.state.variables
    assert v["trust"] == 3 and "mood" not in v


def test_reload_on_the_title_screen_takes_the_new_story(game, story) -> None:
    g = game
    g.to_title()
    _write(story / "script.rpy", SCRIPT.replace('"One."', '"One, from the title."'))
    shift_r(g)
    assert g.reloader.count == 1 and g.session is None
    g.new_game()
    step(g, 10, dt=0.5)
    assert line(g) == "One, from the title."


def test_a_new_default_that_fails_keeps_the_old_story(game, story) -> None:
    g = game
    to_line(g, "Two.")
    odd = 'default mood = "calm"\ndefault odd = 1 / 0\n'
    _write(story / "script.rpy", SCRIPT.replace('default mood = "calm"\n', odd))
    shift_r(g)
    d = g.describe()
    assert d["menu"] == "reload_error" and "script.rpy:4:" in d["message"]
    assert "division by zero" in d["message"]
    assert "odd" not in g.session.runtime.state.variables and g.reloader.count == 0
    key(g, pygame.K_ESCAPE)
    assert line(g) == "Two."


def test_at_a_menu_an_edited_choice_shows_its_new_text(game, story) -> None:
    g = game
    to_line(g, "Three.")
    advance_line(g)
    s = g.session
    assert s.screen.state == "menu"
    _write(story / "script.rpy", SCRIPT.replace('"Right":', '"Right, after all":'))
    shift_r(g)
    assert s.screen.state == "menu"
    assert [c.text for c in s.screen.menu.menu.choices] == ["Left", "Right, after all"]
    key(g, pygame.K_DOWN)
    key(g, pygame.K_RETURN)
    step(g, 10, dt=0.5)
    assert line(g) == "Went right."


def test_the_story_error_screen_s_reload_is_the_live_reload(game, story) -> None:
    """A runtime error's "Reload the script" with the script still broken shows where,
    and the reading stays at the last line shown."""
    g = game
    to_line(g, "One.")
    fails = '$ met = met / 0\n    e "Two."'
    _write(story / "script.rpy", SCRIPT.replace('e "Two."', fails))
    shift_r(g)  # loads: the division fails only when it runs
    for _ in range(10):
        key(g, pygame.K_SPACE)
        step(g, 2, dt=0.5)
        if g.describe().get("menu") == "story_error":
            break
    assert g.describe()["menu"] == "story_error"
    broken = '$ met = met /\n    e "Two."'
    _write(story / "script.rpy", SCRIPT.replace('e "Two."', broken))
    g.error_reload()
    step(g)
    d = g.describe()
    assert d["menu"] == "reload_error" and "script.rpy:11:" in d["message"]
    assert g.session is not None and line(g) == "One."
    fixed = '$ met = not met\n    e "Two."'
    _write(story / "script.rpy", SCRIPT.replace('e "Two."', fixed))
    g.error_reload()
    step(g)
    assert g.describe().get("menu") is None and line(g) == "One."
    advance_line(g)
    assert line(g) == "Two." and g.session.runtime.state.variables["met"] is False


def test_the_old_story_is_let_go_after_a_reload(game, story) -> None:
    """Reloading all afternoon must not keep every old version in memory."""
    import gc
    import weakref

    g = game
    to_line(g, "Two.")
    old = weakref.ref(g.program)
    old_runtime = weakref.ref(g.session.runtime)
    _write(story / "script.rpy", SCRIPT.replace('"The end."', '"The very end."'))
    shift_r(g)
    assert g.reloader.count == 1
    gc.collect()
    assert old() is None and old_runtime() is None


def test_an_edited_earlier_line_keeps_its_rollback_place_with_its_new_text(
        game, story) -> None:
    g = game
    to_line(g, "Three.")
    s = g.session
    _write(story / "script.rpy", SCRIPT.replace('e "Two."', 'e "Two, edited later."'))
    shift_r(g)
    entries = [e.text for e in s.rollback.entries()]
    assert entries == ["One.", "Two, edited later.", "Three."]
    assert s.roll_back() and line(g) == "Two, edited later."
