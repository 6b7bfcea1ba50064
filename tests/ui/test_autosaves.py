"""Autosaves: the chapter's autosave pictures the scene the reader will see (not the
black chapter card), and one autosave per point of the story."""
from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pygame

from game.project import load_project
from ui_harness import STORY, advance_line, make_game, note_read, step


def _story_with_a_chapter_card(tmp_path: Path) -> Path:
    story = tmp_path / "carded"
    shutil.copytree(STORY, story)
    rpy = story / "story.rpy"
    rpy.write_text(rpy.read_text(encoding="utf-8").replace(
        "label one:\n    scene bg home night\n",
        'label one:\n    scene black\n    centered "Chapter One{p}One"\n'
        "    scene bg home night with fade\n", 1), encoding="utf-8")
    toml = story / "game.toml"
    toml.write_text(toml.read_text(encoding="utf-8").replace(
        "../../../../", STORY.parents[3].as_posix() + "/"), encoding="utf-8")
    return story


def _colours(png: bytes) -> int:
    img = pygame.image.load(io.BytesIO(png), "t.png")
    w, h = img.get_size()
    return len({tuple(img.get_at((x, y)))[:3] for x in range(0, w, 8) for y in range(0, h, 8)})


def test_the_chapter_autosave_pictures_the_scene_not_the_card(data_dir, tmp_path):
    note_read(data_dir)
    g = make_game(data_dir, prog=load_project(_story_with_a_chapter_card(tmp_path),
                                              use_cache=False))
    try:
        g.new_game("one")
        step(g, 10, dt=0.5)
        saves = data_dir / "saves"
        assert g.session is not None and g.session.current_line()[1].startswith("Chapter")
        assert not list(saves.glob("auto-*.json"))  # not while the card shows
        advance_line(g)  # past the card: the scene fades in, the first line
        step(g, 20, dt=0.25)
        assert sorted(p.name for p in saves.glob("auto-*.json")) == ["auto-1.json"]
        doc = json.loads((saves / "auto-1.json").read_text(encoding="utf-8"))
        assert doc["line"] == "Line one of chapter one."
        png = (saves / doc.get("thumbnail", "auto-1.png")).read_bytes()  # the slot's picture
        assert len(png) > 2000 and _colours(png) > 30  # a scene, not a black card
    finally:
        g.images.close()


def test_reaching_the_same_point_again_makes_no_second_autosave(game, data_dir):
    saves = data_dir / "saves"
    game.new_game("one")
    step(game, 10, dt=0.5)
    assert len(list(saves.glob("auto-*.json"))) == 1
    advance_line(game)
    game.session.roll_back()  # back to the chapter's first line...
    step(game, 5)
    game.new_game("one")  # ...and the chapter started again (as a skip would reach it)
    step(game, 10, dt=0.5)
    assert len(list(saves.glob("auto-*.json"))) == 1
    game.quit()  # quitting at that same point: still the one autosave
    assert len(list(saves.glob("auto-*.json"))) == 1
    game.running = True
    advance_line(game)
    game.quit()  # a new point: a second one
    assert len(list(saves.glob("auto-*.json"))) == 2


def test_the_store_writes_one_autosave_per_point(tmp_path):
    from game.userdata.saves import SaveStore
    from game.story.state import StoryState

    store = SaveStore(tmp_path / "saves", "a-game")
    meta = dict(chapter="One", line="a line", who=None, thumbnail_png=None)

    def st(pos: str, **variables) -> dict:
        return StoryState(variables=variables, position=pos, waiting="continue",
                          label="one").to_json()

    a = store.autosave(st("one:0001", n=1), **meta).slot
    assert store.autosave(st("one:0001", n=1), **meta).slot == a  # the same point again
    assert store.autosave(st("one:0001", n=2), **meta).slot != a  # reached another way
    assert store.autosave(st("one:0002", n=1), **meta).slot != a
    assert len(list((tmp_path / "saves").glob("auto-*.json"))) == 3
