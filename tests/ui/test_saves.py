"""Save and Load: slots, thumbnails, damaged files, delete, quick save, autosaves,
Continue, and saves that outlive an edit of the script."""
from __future__ import annotations

import json

import pygame

from ui_harness import STORY
from ui_harness import advance_line, key, make_game, press, step


def start(game, chapter=None):
    press(game, "Start") if chapter is None else game.new_game(chapter)
    step(game, 10, dt=0.5)
    assert game.session is not None


def test_save_writes_a_slot_with_thumbnail_chapter_and_line(game, data_dir):
    start(game)
    advance_line(game)
    key(game, pygame.K_ESCAPE)
    press(game, "Save")
    assert game.describe()["menu"] == "save"
    press(game, "slot:1-1")
    assert game.describe()["menu"] == "save_name"  # a name is optional: Enter with none
    key(game, pygame.K_RETURN)
    doc = json.loads((data_dir / "saves" / "1-1.json").read_text(encoding="utf-8"))
    assert doc["chapter"] == "One"
    assert doc["line"] == "Line two of chapter one."
    assert doc["who"] == "Kaori"
    thumb = pygame.image.load(str(data_dir / "saves" / doc["thumbnail"]))
    assert thumb.get_size() == (384, 216)
    assert thumb.get_at((300, 100)) != thumb.get_at((0, 0)) or \
        len({thumb.get_at((x, 100))[:3] for x in range(0, 384, 16)}) > 1  # a picture
    slots = {s["slot"]: s for s in game.describe()["slots"]}
    assert slots["1-1"]["exists"] and not slots["1-2"]["exists"]


def test_saving_over_a_slot_asks_first(game, data_dir):
    start(game)
    game.save_slot("1-1", quiet=True)
    advance_line(game)
    key(game, pygame.K_ESCAPE)
    press(game, "Save")
    press(game, "slot:1-1")
    assert game.describe()["menu"] == "confirm"
    press(game, "no")
    doc = json.loads((data_dir / "saves" / "1-1.json").read_text(encoding="utf-8"))
    assert doc["line"] == "Line one of chapter one."
    press(game, "slot:1-1")
    press(game, "yes")
    key(game, pygame.K_ESCAPE)  # no name
    doc = json.loads((data_dir / "saves" / "1-1.json").read_text(encoding="utf-8"))
    assert doc["line"] == "Line two of chapter one."


def test_load_restores_the_line_and_variables(game, new_game):
    start(game)
    advance_line(game)
    advance_line(game)
    assert game.session.runtime.state.variables["count"] == 2
    game.save_slot("2-3", quiet=True)
    g2 = new_game()
    press(g2, "Load")
    press(g2, "page:2")
    press(g2, "slot:2-3")
    s = g2.session
    assert s is not None and g2.ui.top is None
    step(g2, 5)
    assert s.current_line()[1] == "Line three of chapter one."
    assert s.runtime.state.variables["count"] == 2
    assert s.screen.box.complete  # a loaded line shows whole at once
    # the history came along
    assert [e.text for e in s.rollback.entries()][-1] == "Line three of chapter one."


def test_damaged_save_shows_as_damaged_and_the_rest_work(game, data_dir):
    start(game)
    game.save_slot("1-1", quiet=True)
    (data_dir / "saves" / "1-2.json").write_text("{ this is not json", encoding="utf-8")
    (data_dir / "saves" / "1-3.json").write_bytes(b"\xff\xfe\x00garbage")
    game.to_title()
    step(game)
    press(game, "Load")
    slots = {s["slot"]: s for s in game.describe()["slots"]}
    assert slots["1-2"]["damaged"] and slots["1-3"]["damaged"]
    assert not slots["1-1"]["damaged"]
    press(game, "slot:1-2")  # says why, loads nothing
    assert game.session is None
    assert any("damaged" in t.text for t in game.toasts.items)
    game.draw()  # the damaged slot draws
    press(game, "slot:1-1")
    assert game.session is not None


def test_delete_asks_then_deletes(game, data_dir):
    start(game)
    game.save_slot("1-4", quiet=True)
    key(game, pygame.K_ESCAPE)
    press(game, "Load")
    press(game, "delete:1-4")
    assert game.describe()["menu"] == "confirm"
    key(game, pygame.K_ESCAPE)  # no
    assert (data_dir / "saves" / "1-4.json").exists()
    press(game, "delete:1-4")
    press(game, "yes")
    assert not (data_dir / "saves" / "1-4.json").exists()
    assert not list((data_dir / "saves").glob("1-4*"))
    assert game.describe()["menu"] == "load"


def test_delete_key_on_a_focused_slot(game, data_dir):
    start(game)
    game.save_slot("1-1", quiet=True)
    key(game, pygame.K_ESCAPE)
    press(game, "Load")
    game.ui.focus.focus("slot:1-1")
    key(game, pygame.K_DELETE)
    press(game, "yes")
    assert not (data_dir / "saves" / "1-1.json").exists()


def test_pages_turn_with_page_keys(game):
    press(game, "Load")
    assert game.describe()["page"] == "1"
    key(game, pygame.K_PAGEDOWN)
    assert game.describe()["page"] == "2"
    key(game, pygame.K_PAGEUP)
    key(game, pygame.K_PAGEUP)
    assert game.describe()["page"] == "quick"


def test_quick_save_and_quick_load(game):
    start(game)
    key(game, pygame.K_ESCAPE)
    key(game, pygame.K_ESCAPE)
    game.reading.quick_press("Q.Save")
    advance_line(game)
    advance_line(game)
    game.reading.quick_press("Q.Load")
    assert game.describe()["menu"] == "confirm"  # two lines read since: asks first
    press(game, "yes")
    step(game, 3)
    assert game.session.current_line()[1] == "Line one of chapter one."


def test_quick_load_without_a_quick_save_says_so(game):
    start(game)
    game.reading.quick_press("Q.Load")
    assert any("no quick save" in t.text for t in game.toasts.items)


def test_autosave_at_each_chapter_start_and_on_quit(game, data_dir):
    start(game)
    autos = sorted(p.name for p in (data_dir / "saves").glob("auto-*.json"))
    assert autos == ["auto-1.json"]  # chapter one began
    game.new_game("two")
    step(game, 10, dt=0.5)
    autos = sorted(p.name for p in (data_dir / "saves").glob("auto-*.json"))
    assert len(autos) == 2
    doc = json.loads((data_dir / "saves" / "auto-2.json").read_text(encoding="utf-8"))
    assert doc["chapter"] == "Two" and doc["line"] == "Chapter two, line one."
    advance_line(game)
    game.handle(pygame.event.Event(pygame.QUIT))  # the close button asks, as Quit does
    assert game.describe()["menu"] == "confirm" and game.running
    press(game, "yes")
    assert not game.running
    assert len(list((data_dir / "saves").glob("auto-*.json"))) == 3
    latest = game.saves.latest()
    assert latest is not None and latest.line == "Chapter two, line two."


def test_continue_loads_the_latest_save(game, new_game):
    start(game)
    advance_line(game)
    game.save_slot("3-1", quiet=True)
    advance_line(game)
    game.quit()
    g2 = new_game()
    cont = next(i for i in g2.ui.focus.items if i.name == "Continue")
    assert cont.enabled
    assert g2.describe()["focus"] == "Continue"
    key(g2, pygame.K_RETURN)
    assert g2.session is not None
    step(g2, 3)
    assert g2.session.current_line()[1] == "Line three of chapter one."


def test_a_save_outlives_a_script_edit(game, data_dir, tmp_path):
    """The saved line is deleted from the script: the game resumes at the nearest
    earlier line of the same label and tells the player."""
    import shutil

    from game.project import load_project

    start(game)
    advance_line(game)
    advance_line(game)  # at "Line three of chapter one."
    game.save_slot("1-1", quiet=True)
    story = tmp_path / "edited"
    shutil.copytree(STORY, story)
    rpy = story / "story.rpy"
    text = rpy.read_text(encoding="utf-8").replace('    i "Line three of chapter one."\n', "")
    rpy.write_text(text, encoding="utf-8")
    toml = story / "game.toml"  # the art and audio folders, found from the copy
    toml.write_text(toml.read_text(encoding="utf-8").replace(
        "../../../../", STORY.parents[3].as_posix() + "/"), encoding="utf-8")
    prog = load_project(story, use_cache=False)
    g2 = make_game(data_dir, prog=prog)
    press(g2, "Load")
    press(g2, "slot:1-1")
    step(g2, 5)
    assert g2.session is not None
    assert g2.session.current_line()[1] == "Line two of chapter one."
    assert any("gone from the script" in t.text for t in g2.toasts.items)
    g2.images.close()
