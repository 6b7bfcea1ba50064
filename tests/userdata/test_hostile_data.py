"""Saves, preferences and persistent data a stranger hands the game (issue 11, families
1 and 8): every field is checked, a damaged file is reported (and, for preferences and
persistent data, set aside), and nothing in one slot breaks listing or loading the others.

Fuzzers (hypothesis, each example under a SIGALRM bound, see fuzz_harness):
arbitrary bytes and structured mutations of a real save, preferences file and
persistent file. Hostile inputs tried here: 25 + 26 fixed cases, and
150 + 60 (saves) + 60 + 60 (preferences) + 60 + 60 (persistent) = 450 generated.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fuzz_harness import bounded, fuzz_settings, json_values, mutated
from game.userdata.persistent import Persistent
from game.userdata.prefs import Preferences
from game.userdata.saves import MAX_SAVE_BYTES, SaveError, SaveStore
from game.story.runtime import Runtime, StoryRuntimeError
from story_harness import load_real_story

PROGRAM = load_real_story()
PNG = b"\x89PNG\r\n\x1a\nfake"
HUGE = "1" + "0" * 4400  # over Python's int-from-text limit (4300 digits)


def real_state() -> dict:
    rt = Runtime(PROGRAM)
    rt.start()
    for _ in range(3):
        rt.choose(rt.state.choices[0]) if rt.waiting == "choice" else rt.advance()
    return rt.snapshot()


STATE = real_state()


@pytest.fixture
def store(tmp_path: Path) -> SaveStore:
    s = SaveStore(tmp_path / "saves", "a-game")
    s.save("1-1", STATE, chapter="The Promise", line="a line", who="Kaori",
           thumbnail_png=PNG, history=[{"who": "K", "text": "t", "color": None,
                                        "line_id": "x"}])
    return s


def good_doc(store: SaveStore) -> dict:
    return json.loads(store.json_path("1-1").read_text(encoding="utf-8"))


def put(store: SaveStore, slot: str, doc: object) -> None:
    text = doc if isinstance(doc, str) else json.dumps(doc, ensure_ascii=False)
    store.json_path(slot).write_bytes(text.encode("utf-8", "surrogatepass"))


def assert_other_slots_fine(store: SaveStore) -> None:
    page = store.page(1)
    assert page[0].exists and not page[0].damaged
    store.load("1-1")
    store.latest()
    store.autosaves()


# -- family 1: a number too long for Python's JSON reader -----------------------------
def test_a_huge_integer_in_a_save_is_a_damaged_slot(store: SaveStore) -> None:
    put(store, "1-2", good_doc(store) | {"x": 1})
    store.json_path("1-2").write_text(
        store.json_path("1-2").read_text(encoding="utf-8").replace('"x": 1', f'"x": {HUGE}'),
        encoding="utf-8")
    info = store.info("1-2")
    assert info.damaged and "JSON" in info.problem
    with pytest.raises(SaveError, match="damaged"):
        store.load("1-2")
    assert_other_slots_fine(store)


@pytest.mark.parametrize("cls, name", [(Preferences, "preferences.json"),
                                       (Persistent, "persistent.json")])
def test_a_huge_integer_in_settings_is_a_damaged_file_set_aside(tmp_path: Path, cls,
                                                                  name: str) -> None:
    path = tmp_path / name
    path.write_text(f'{{"text_cps": {HUGE}, "seen": [{HUGE}]}}', encoding="utf-8")
    loaded, problem = cls.load(path)
    assert loaded == cls() and "damaged" in problem
    assert not path.exists() and len(list(tmp_path.glob(name + ".damaged-*"))) == 1


@pytest.mark.parametrize("cls, name", [(Preferences, "preferences.json"),
                                       (Persistent, "persistent.json")])
def test_settings_that_are_a_folder_or_fifo_are_reported_not_waited_on(
        tmp_path: Path, cls, name: str) -> None:
    import os

    path = tmp_path / name
    os.mkfifo(path)
    with bounded(5):
        loaded, problem = cls.load(path)
    assert loaded == cls() and "not a regular file" in problem
    path.unlink()
    path.mkdir()
    loaded, problem = cls.load(path)
    assert loaded == cls() and "not a regular file" in problem


def test_a_bad_preference_value_is_named_briefly(tmp_path: Path) -> None:
    path = tmp_path / "preferences.json"
    path.write_text(json.dumps({"text_cps": "x" * 2_000_000, "art_packs": ["\ud800"] * 3}),
                    encoding="utf-8")
    prefs, problem = Preferences.load(path)
    assert prefs.text_cps == Preferences().text_cps and prefs.art_packs == []
    assert len(problem) < 400


# -- family 8: one check per field ----------------------------------------------------
FIELD_CASES = [
    (("saved_at",), "0001-01-01T00:00:00", "saved_at"),
    (("saved_at",), "0001-01-01T00:00:00+14:00", "saved_at"),
    (("saved_at",), "9999-12-31T23:59:59", "saved_at"),
    (("saved_at",), "9999-12-31T23:59:59-14:00", "saved_at"),
    (("saved_at",), "yesterday", "saved_at"),
    (("saved_at",), 12, "saved_at"),
    (("line",), "a\x00b", "NUL"),
    (("line",), "\ud800", "surrogate"),
    (("who",), "\udfff", "surrogate"),
    (("who",), ["Kaori"], "'who'"),
    (("chapter",), {"t": 1}, "'chapter'"),
    (("line",), "x" * 100_000, "characters"),
    (("history",), [{"text": "a\x00"}], "history entry 1"),
    (("history",), [{"text": "\ud800", "who": "k"}], "history entry 1"),
    (("history",), ["text"], "history entry 1"),
    (("history",), {"a": 1}, "history"),
    (("thumbnail",), "../../etc/passwd", "thumbnail"),
    (("thumbnail",), "/tmp/x.png", "thumbnail"),
    (("state", "stage", "scene"), 5, "stage.scene"),
    (("state", "stage", "scene"), ["bg"], "stage.scene"),
    (("state", "stage"), "bg", "stage"),
    (("state", "waiting"), "waiting", "waiting"),
    (("state", "position"), 7, "position"),
    (("state", "variables"), {"x": float("inf")}, "finite"),
    (("state", "choices"), [True], "choices"),
]


@pytest.mark.parametrize("path, value, why", FIELD_CASES)
def test_each_save_field_is_checked(store: SaveStore, path: tuple, value, why: str) -> None:
    doc = good_doc(store)
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    text = json.dumps(doc, allow_nan=True)  # a lone surrogate as the escape \\ud800
    put(store, "1-3", text)
    info = store.info("1-3")
    assert info.damaged and why in info.problem, info.problem
    with pytest.raises(SaveError):
        store.load("1-3")
    assert_other_slots_fine(store)


def test_a_save_over_the_size_limit_is_damaged_without_being_read(store: SaveStore) -> None:
    doc = good_doc(store)
    doc["line"] = "x" * (MAX_SAVE_BYTES + 10)
    put(store, "1-4", doc)
    info = store.info("1-4")
    assert info.damaged and "MB" in info.problem
    assert_other_slots_fine(store)


def test_a_slot_that_is_a_folder_or_fifo(store: SaveStore) -> None:
    import os

    store.json_path("1-5").mkdir()
    os.mkfifo(store.json_path("1-6"))
    with bounded(5):
        assert store.info("1-5").damaged and store.info("1-6").damaged
        assert_other_slots_fine(store)


def test_our_own_long_line_is_clipped_not_refused(store: SaveStore) -> None:
    store.save("2-1", STATE, chapter="c" * 5000, line="l" * 50_000, who=None,
               thumbnail_png=None)
    info = store.info("2-1")
    assert not info.damaged and len(info.line) <= 2000 and len(info.chapter) <= 2000


# -- fuzzers --------------------------------------------------------------------------
def _survives(store: SaveStore, slot: str) -> None:
    """Listing and loading `slot` raise nothing but SaveError; a slot that loads can be
    restored (or fails with a positioned StoryRuntimeError) and saved again."""
    with bounded():
        info = store.info(slot)
        store.page(1)
        store.latest()
        if info.damaged or not info.exists:
            with pytest.raises(SaveError):
                store.load(slot)
            return
        data = store.load(slot)
        rt = Runtime(PROGRAM)
        try:
            rt.restore(data["state"])
        except StoryRuntimeError as exc:
            assert exc.diagnostic.line >= 1
            return
        store.save("2-2", rt.snapshot(), chapter=info.chapter, line=info.line,
                   who=info.who, thumbnail_png=None, history=data.get("history"))
        assert not store.info("2-2").damaged


@fuzz_settings(150)
@given(data=st.data())
def test_fuzz_structured_save_mutations(store: SaveStore, data: st.DataObject) -> None:
    doc = data.draw(mutated(good_doc(store), max_changes=4))
    text = json.dumps(doc)
    put(store, "3-1", text)
    _survives(store, "3-1")


@fuzz_settings(60)
@given(raw=st.binary(max_size=2000) | st.text(max_size=500).map(
    lambda t: t.encode("utf-8", "surrogatepass")))
def test_fuzz_save_bytes(store: SaveStore, raw: bytes) -> None:
    store.json_path("3-2").write_bytes(raw)
    _survives(store, "3-2")


def _settings_survive(cls, path: Path) -> None:
    with bounded():
        loaded, problem = cls.load(path)
        assert problem is None or isinstance(problem, str)
        out = path.with_name("again.json")
        loaded.save(out, force=True) if cls is Persistent else loaded.save(out)
        again, problem2 = cls.load(out)
        assert problem2 is None and again == loaded


@fuzz_settings(60)
@given(raw=st.binary(max_size=1000))
def test_fuzz_preferences_bytes(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "preferences.json"
    path.write_bytes(raw)
    _settings_survive(Preferences, path)


@fuzz_settings(60)
@given(data=st.data())
def test_fuzz_structured_preferences(tmp_path: Path, data: st.DataObject) -> None:
    base = Preferences(art_packs=["a", "b"]).to_json()
    doc = data.draw(mutated(base) | st.dictionaries(st.sampled_from(sorted(base)),
                                                    json_values))
    path = tmp_path / "preferences.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    _settings_survive(Preferences, path)


@fuzz_settings(60)
@given(raw=st.binary(max_size=1000))
def test_fuzz_persistent_bytes(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "persistent.json"
    path.write_bytes(raw)
    _settings_survive(Persistent, path)


@fuzz_settings(60)
@given(data=st.data())
def test_fuzz_structured_persistent(tmp_path: Path, data: st.DataObject) -> None:
    base = Persistent(unlocked=["promise"], seen={"a:1", "b:2"}, finished=True).to_json()
    doc = data.draw(mutated(base))
    path = tmp_path / "persistent.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    _settings_survive(Persistent, path)
