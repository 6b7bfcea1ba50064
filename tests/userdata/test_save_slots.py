"""game.userdata.saves: pages of slots, quick save, the autosave ring, latest() for Continue,
delete, thumbnails, and damaged saves shown as damaged while the rest work."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from game.userdata.saves import (AUTO_SLOTS, PAGES, SLOTS_PER_PAGE, SaveError, SaveStore, SlotInfo)
from game.story.state import SAVE_VERSION, StoryState

PNG = b"\x89PNG\r\n\x1a\nfake"


def state(label: str = "promise", **variables) -> dict:
    s = StoryState(variables=dict(variables), position=f"{label}:0003", waiting="continue",
                   label=label)
    return s.to_json()


def meta(line: str = "a line", **kw) -> dict:
    return dict(chapter="The Promise", line=line, who="Kaori", thumbnail_png=PNG) | kw


@pytest.fixture
def store(tmp_path: Path) -> SaveStore:
    return SaveStore(tmp_path / "saves", "the-scars-run-deep")


def _age(store: SaveStore, slot: str, seconds_ago: int) -> None:
    """Make a slot look older (saved_at and mtime)."""
    from datetime import datetime, timedelta

    path = store.folder / f"{slot}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    when = datetime.now().astimezone() - timedelta(seconds=seconds_ago)
    data["saved_at"] = when.isoformat()
    path.write_text(json.dumps(data), encoding="utf-8")
    os.utime(path, (when.timestamp(), when.timestamp()))


def test_constants_and_empty_pages(store: SaveStore) -> None:
    assert (SLOTS_PER_PAGE, PAGES) == (6, 10)
    assert store.thumbnail_size == (384, 216)
    page = store.page(1)
    assert [i.slot for i in page] == ["1-1", "1-2", "1-3", "1-4", "1-5", "1-6"]
    assert all(not i.exists and not i.damaged for i in page)
    assert [i.slot for i in store.page(10)][-1] == "10-6"
    for bad in (0, 11):
        with pytest.raises(ValueError):
            store.page(bad)
    assert store.latest() is None


def test_save_writes_the_documented_json_and_a_png(store: SaveStore) -> None:
    hist = [{"who": "Kaori", "text": "Hi", "color": "#c8102e", "line_id": "promise:0002"}]
    info = store.save("2-3", state(held_her=True), chapter="The Promise",
                      line="Captain, I'm fine.", who="Kaori", thumbnail_png=PNG,
                      history=hist, story_hash="abc")
    assert info.exists and not info.damaged and info.slot == "2-3"
    data = json.loads((store.folder / "2-3.json").read_text(encoding="utf-8"))
    assert data["format"] == 1 and data["game"] == "the-scars-run-deep"
    assert data["chapter"] == "The Promise" and data["line"] == "Captain, I'm fine."
    assert data["who"] == "Kaori" and data["story_hash"] == "abc"
    assert data["state"]["variables"] == {"held_her": True}
    assert data["state"]["version"] == SAVE_VERSION
    assert data["history"] == hist
    assert data["thumbnail"].startswith("2-3-") and data["thumbnail"].endswith(".png")
    assert (store.folder / data["thumbnail"]).read_bytes() == PNG
    assert store.load("2-3") == data
    StoryState.from_json(store.load("2-3")["state"])

    shown = store.page(2)[2]
    assert shown.exists and shown.thumbnail == store.folder / data["thumbnail"]
    assert shown.chapter == "The Promise" and shown.who == "Kaori"
    assert shown.line == "Captain, I'm fine."
    assert shown.saved_at is not None and shown.saved_at.tzinfo is not None
    assert abs(shown.saved_at.timestamp() - info.saved_at.timestamp()) < 1e-3


def test_history_defaults_to_empty_and_overwriting_without_a_picture(store: SaveStore) -> None:
    store.save("quick", state(), **meta())
    assert store.load("quick")["history"] == []
    store.save("quick", state(), **meta(thumbnail_png=None))
    assert store.info("quick").thumbnail is None  # the old picture would mislead
    assert not list(store.folder.glob("*.png"))


def test_unknown_slots_and_unsavable_states(store: SaveStore) -> None:
    with pytest.raises(ValueError):
        store.save("11-1", state(), **meta())
    with pytest.raises(ValueError):
        store.info("../x")
    with pytest.raises(SaveError, match="could not be saved"):
        store.save("1-1", {"version": SAVE_VERSION}, **meta())  # no variables
    with pytest.raises(SaveError, match="could not be saved"):
        store.save("1-1", state() | {"variables": {"x": float("nan")}}, **meta())
    assert not (store.folder / "1-1.json").exists()


def test_quick_save_and_load(store: SaveStore) -> None:
    with pytest.raises(SaveError, match="empty"):
        store.load("quick")
    store.save("quick", state(rode_her_wind=True), **meta())
    assert store.load("quick")["state"]["variables"] == {"rode_her_wind": True}
    assert store.info("quick").exists


def test_autosave_ring_writes_empty_slots_then_the_oldest(store: SaveStore) -> None:
    written = [store.autosave(state(n=k), **meta(line=f"line {k}")).slot for k in range(6)]
    assert written == list(AUTO_SLOTS)
    for k, slot in enumerate(AUTO_SLOTS):
        _age(store, slot, 100 - k)  # auto-1 is the oldest
    assert store.autosave(state(n=6), **meta()).slot == "auto-1"
    assert store.autosave(state(n=7), **meta()).slot == "auto-2"
    _age(store, "auto-5", 1000)
    assert store.autosave(state(n=8), **meta()).slot == "auto-5"
    # a damaged autosave is the first to be overwritten
    (store.folder / "auto-4.json").write_bytes(b"{junk")
    assert store.autosave(state(n=9), **meta()).slot == "auto-4"
    assert store.load("auto-4")["state"]["variables"] == {"n": 9}
    newest = store.autosaves()[0]
    assert newest.slot == "auto-4"


def test_fast_autosaves_still_go_round_the_ring(store: SaveStore) -> None:
    slots = [store.autosave(state(n=k), **meta()).slot for k in range(13)]
    assert slots[:6] == list(AUTO_SLOTS)
    assert len(set(slots[6:12])) == 6  # ties in saved_at are broken by mtime


def test_latest_is_the_newest_undamaged_save_of_all_slots(store: SaveStore) -> None:
    store.save("1-1", state(), **meta(line="one"))
    store.autosave(state(), **meta(line="auto"))
    store.save("quick", state(), **meta(line="quick"))
    latest = store.latest()
    assert isinstance(latest, SlotInfo) and latest.slot == "quick"
    _age(store, "quick", 50)
    _age(store, "auto-1", 10)
    _age(store, "1-1", 100)
    assert store.latest().slot == "auto-1"
    (store.folder / "auto-1.json").write_bytes(b"\x00\x01")  # damaged now
    assert store.latest().slot == "quick"
    store.save("7-6", state(), **meta(line="last"))
    assert store.latest().slot == "7-6" and store.latest().line == "last"


def test_delete_removes_json_and_png(store: SaveStore) -> None:
    store.save("3-4", state(), **meta())
    assert store.info("3-4").thumbnail.exists()
    store.delete("3-4")
    assert not list(store.folder.iterdir())
    assert not store.info("3-4").exists
    store.delete("3-4")  # deleting an empty slot is fine
    assert store.latest() is None


@pytest.mark.parametrize("raw, why", [
    (None, "not valid JSON"),  # truncated, filled in below
    (b"\xff\xd8\xff\xe0 binary junk", "not UTF-8"),
    (b"[]", "expected a JSON object"),
    (json.dumps({"format": 1, "game": "another-game", "state": {}}).encode(), "not a save"),
    (json.dumps({"format": 99, "game": "the-scars-run-deep", "state": {}}).encode(), "newer"),
    (json.dumps({"format": "1", "game": "the-scars-run-deep", "state": {}}).encode(),
     "format"),
    (json.dumps({"format": 1, "game": "the-scars-run-deep"}).encode(), "no story state"),
])
def test_damaged_saves_show_as_damaged_and_the_rest_works(store: SaveStore, raw, why) -> None:
    store.save("1-1", state(), **meta(line="good"))
    if raw is None:
        raw = (store.folder / "1-1.json").read_bytes()[:-40]
    (store.folder / "1-2.json").write_bytes(raw)
    page = store.page(1)
    assert page[0].exists and not page[0].damaged and page[0].line == "good"
    bad = page[1]
    assert bad.exists and bad.damaged and why in bad.problem
    assert bad.saved_at is not None  # the file's time, so the slot can say when
    assert (store.folder / "1-2.json").read_bytes() == raw  # info never moves it
    with pytest.raises(SaveError) as err:
        store.load("1-2")
    assert "1-2" in str(err.value) and why in str(err.value)
    assert (store.folder / "1-2.json").exists()
    assert store.latest().slot == "1-1"
    assert store.load("1-1")["line"] == "good"
    store.save("1-2", state(), **meta(line="fixed"))  # overwriting a damaged slot works
    assert not store.info("1-2").damaged


@pytest.mark.parametrize("bad_state, why", [
    ({"version": SAVE_VERSION, "variables": [1, 2]}, "'variables' is not an object"),
    ({"version": 0, "variables": {}}, "older"),
    ({"version": SAVE_VERSION + 1, "variables": {}}, "newer"),
    ({"version": SAVE_VERSION, "variables": {}, "stage": {"sprites": ["kaori"]}},
     "stage.sprites[0] is not an object"),
    ({"version": SAVE_VERSION, "variables": {}, "choices": ["two"]}, "'choices'"),
    ("a string", "not a JSON object"),
])
def test_a_save_whose_state_is_damaged(store: SaveStore, bad_state, why: str) -> None:
    doc = json.loads(json.dumps({"format": 1, "game": "the-scars-run-deep",
                                 "saved_at": "2024-05-01T10:00:00", "chapter": "X",
                                 "line": "l", "who": None, "story_hash": "",
                                 "state": bad_state, "history": []}))
    (store.folder / "quick.json").write_text(json.dumps(doc), encoding="utf-8")
    info = store.info("quick")
    assert info.damaged and "story state" in info.problem and why in info.problem
    with pytest.raises(SaveError, match="story state") as err:
        store.load("quick")
    assert why in str(err.value)
    assert store.latest() is None


def test_old_naive_times_are_read_as_local(store: SaveStore) -> None:
    store.save("1-1", state(), **meta())
    path = store.folder / "1-1.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["saved_at"] = "2024-05-01T10:00:00"
    path.write_text(json.dumps(data), encoding="utf-8")
    t = store.info("1-1").saved_at
    assert t is not None and t.tzinfo is not None
    assert (t.year, t.month, t.day, t.hour) == (2024, 5, 1, 10)


def test_a_failed_write_keeps_the_old_save(store: SaveStore, monkeypatch) -> None:
    store.save("quick", state(), **meta(line="old"))
    import game.userdata as ud

    def crash(src, dst):  # noqa: ANN001
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(ud.os, "replace", crash)
    with pytest.raises(SaveError, match="No space left"):
        store.save("quick", state(), **meta(line="new"))
    monkeypatch.undo()
    assert store.load("quick")["line"] == "old"
    assert sorted(p.name for p in store.folder.iterdir()) == sorted(
        ["quick.json", store.load("quick")["thumbnail"]])
