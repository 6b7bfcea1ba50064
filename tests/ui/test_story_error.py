"""A story runtime error in the window (issue 11, family 4): the reading is autosaved
at the last line shown, and an error screen shows file:line:col, the line and a caret,
offering rollback, reload and the title, as Ren'Py's error screen does."""
from __future__ import annotations

from pathlib import Path

import pygame

from game.project import load_project
from ui_harness import key, make_game, note_read, press, step

BROKEN = '''default n = 1
label start:
    "One."
    $ n = n / 0
    "Two."
    return
'''


def _game(tmp_path: Path, audio) -> tuple:
    story = tmp_path / "story"
    story.mkdir()
    (story / "script.rpy").write_text(BROKEN, encoding="utf-8")
    data = note_read(tmp_path / "data")
    g = make_game(data, prog=load_project(story, use_cache=False), audio=audio)
    press(g, "Start")
    step(g, 10, dt=0.5)
    assert g.session is not None and g.session.runtime.state.position is not None
    return g, story, data


def _fail(g) -> None:
    for _ in range(20):
        key(g, pygame.K_SPACE)
        step(g, 2, dt=0.5)
        if g.describe().get("menu") == "story_error":
            return
    raise AssertionError(f"no error screen: {g.describe()}")


def test_the_error_screen_shows_where_and_autosaves(tmp_path: Path, audio) -> None:
    g, story, data = _game(tmp_path, audio)
    _fail(g)
    d = g.describe()
    assert "script.rpy:4:5: error: division by zero" in d["message"]
    assert "$ n = n / 0" in d["message"] and "^" in d["message"]
    autos = [i for i in g.saves.autosaves() if i.exists]
    assert autos and autos[0].line == "One."
    g.draw()  # the screen draws
    press(g, "rollback")
    assert g.session is not None and g.describe().get("menu") != "story_error"
    assert g.session.current_line()[1] == "One."
    _fail(g)  # the same statement fails again
    press(g, "title")
    assert g.session is None
    g.images.close()


def test_reload_reads_the_fixed_script_and_resumes(tmp_path: Path, audio) -> None:
    g, story, data = _game(tmp_path, audio)
    _fail(g)
    (story / "script.rpy").write_text(BROKEN.replace("n / 0", "n + 1"), encoding="utf-8")
    press(g, "reload")
    assert g.session is not None and g.session.current_line()[1] == "One."
    for _ in range(20):
        key(g, pygame.K_SPACE)
        step(g, 2, dt=0.5)
        if g.session.current_line()[1] == "Two.":
            break
    assert g.session.current_line()[1] == "Two." and g.session.runtime.state.variables["n"] == 2
    g.images.close()


def test_a_tampered_save_shows_the_error_screen_not_a_crash(tmp_path: Path, audio) -> None:
    g, story, data = _game(tmp_path, audio)
    (story / "script.rpy").write_text(BROKEN.replace("n / 0", "n + 1"), encoding="utf-8")
    g2 = make_game(data, prog=load_project(story, use_cache=False), audio=audio)
    g.save_slot("1-1", quiet=True)
    import json

    path = data / "saves" / "1-1.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    doc["state"]["variables"]["n"] = "not a number"
    path.write_text(json.dumps(doc), encoding="utf-8")
    press(g2, "Load")
    press(g2, "slot:1-1")
    _fail(g2)
    assert "cannot apply '+'" in g2.describe()["message"]
    g.images.close()
    g2.images.close()
