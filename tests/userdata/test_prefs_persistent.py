"""Preferences and persistent data: round trips, clamping, damaged files set aside,
unlocking chapters and finishing the story."""
from __future__ import annotations

import json
from dataclasses import fields
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from game.userdata.persistent import Persistent
from game.userdata.prefs import (AUTO_FORWARD_RANGE, BOX_OPACITY_RANGE, LINE_SPACING_RANGE,
                                 TEXT_CPS_RANGE, TEXT_SIZE_RANGE, VOLUME_RANGE, Preferences)

CHAPTERS = ["promise", "hueco_mundo", "cold_captain", "vasto_lorde"]


def _floats(lo: float, hi: float) -> st.SearchStrategy[float]:
    return st.floats(lo, hi, allow_nan=False, allow_infinity=False)


prefs_strategy = st.builds(
    Preferences,
    text_cps=st.integers(*TEXT_CPS_RANGE),
    auto_forward=_floats(*AUTO_FORWARD_RANGE),
    music_volume=_floats(*VOLUME_RANGE),
    sound_volume=_floats(*VOLUME_RANGE),
    ambient_volume=_floats(*VOLUME_RANGE),
    mute=st.booleans(), fullscreen=st.booleans(), skip_unseen=st.booleans(),
    skip_after_choices=st.booleans(), transitions=st.booleans(),
    text_size=_floats(*TEXT_SIZE_RANGE),
    high_contrast=st.booleans(),
    # a pack's name is text a player sees: no NUL, no lone surrogate (refused on load)
    art_packs=st.lists(st.text(st.characters(blacklist_characters="/\\\x00",
                                             blacklist_categories=("Cs",)), min_size=1)
                       .filter(lambda s: s.strip() != "" and s not in (".", "..")),
                       unique=True, max_size=4),
    content_note_seen=st.booleans(),
    self_voicing=st.booleans(), dyslexic_font=st.booleans(), reduce_motion=st.booleans(),
    mono_audio=st.booleans(), line_spacing=_floats(*LINE_SPACING_RANGE),
    box_opacity=_floats(*BOX_OPACITY_RANGE),
)

persistent_strategy = st.builds(
    Persistent,
    unlocked=st.lists(st.text(st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",))), unique=True),
    seen=st.sets(st.text(st.characters(blacklist_characters="\x00", blacklist_categories=("Cs",)))),
    finished=st.booleans(),
)


# -- preferences -----------------------------------------------------------------------
@given(prefs_strategy)
def test_preferences_json_round_trip(p: Preferences) -> None:
    assert Preferences.from_json(p.to_json()) == p
    assert Preferences.from_json(json.loads(json.dumps(p.to_json()))) == p
    assert Preferences.check(p.to_json())[1] == []


@given(st.dictionaries(st.sampled_from([f.name for f in fields(Preferences)] + ["x"]),
                       st.none() | st.booleans() | st.integers() | st.floats() | st.text()
                       | st.lists(st.integers() | st.text())))
def test_any_json_gives_valid_preferences(d: dict) -> None:
    p = Preferences.from_json(d)
    assert Preferences.check(p.to_json())[1] == []  # everything in range and typed


def test_defaults() -> None:
    p = Preferences()
    assert (p.text_cps, p.auto_forward, p.music_volume, p.text_size) == (40, 2.0, 0.8, 1.0)
    assert p.transitions and not p.mute and p.art_packs == [] and not p.content_note_seen


def test_preferences_save_and_load(tmp_path: Path) -> None:
    path = tmp_path / "preferences.json"
    assert Preferences.load(path) == (Preferences(), None)
    p = Preferences(text_cps=0, auto_forward=5.5, mute=True, art_packs=["ink", "base"],
                    text_size=1.2, high_contrast=True, content_note_seen=True)
    p.save(path)
    text = path.read_text(encoding="utf-8")
    assert text.index('"ambient_volume"') < text.index('"text_size"')  # sorted keys
    assert "\n  " in text  # indented
    assert Preferences.load(path) == (p, None)


def test_bad_values_are_clamped_or_reset_and_named(tmp_path: Path) -> None:
    path = tmp_path / "preferences.json"
    path.write_text(json.dumps({
        "text_cps": 100000, "auto_forward": 0.1, "music_volume": "loud",
        "sound_volume": 0.3, "mute": "yes", "text_size": 1.2, "art_packs": ["ok", 3, "../x"],
        "fullscreen": True, "future_option": 1,
    }), encoding="utf-8")
    p, problem = Preferences.load(path)
    assert p.text_cps == TEXT_CPS_RANGE[1]
    assert p.auto_forward == AUTO_FORWARD_RANGE[0]
    assert p.music_volume == 0.8 and p.mute is False
    assert p.sound_volume == 0.3 and p.text_size == 1.2 and p.fullscreen is True
    assert p.art_packs == ["ok"]
    assert problem is not None
    for name in ("text_cps", "auto_forward", "music_volume", "mute", "art_packs"):
        assert name in problem
    for name in ("sound_volume", "text_size", "fullscreen", "future_option"):
        assert name not in problem
    assert path.exists()  # only bad values: the file is not set aside


def test_bools_are_not_numbers_and_numbers_not_bools() -> None:
    p, problems = Preferences.check({"text_cps": True, "mute": 1, "music_volume": 1,
                                     "auto_forward": float("nan")})
    assert p.text_cps == 40 and p.mute is False and p.auto_forward == 2.0
    assert p.music_volume == 1.0 and isinstance(p.music_volume, float)
    assert len(problems) == 3


@pytest.mark.parametrize("raw", [b'{"text_cps": 40, "mu', b"\x00\xff\xfe junk \x80",
                                 b'["text_cps", 40]', b"null"])
def test_damaged_preferences_are_set_aside(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "preferences.json"
    path.write_bytes(raw)
    p, problem = Preferences.load(path)
    assert p == Preferences() and problem
    assert not path.exists()
    [kept] = tmp_path.glob("preferences.json.damaged-*")
    assert kept.read_bytes() == raw
    p.save(path)  # and everything else works
    assert Preferences.load(path) == (p, None)


# -- persistent ------------------------------------------------------------------------
@given(persistent_strategy)
def test_persistent_json_round_trip(p: Persistent) -> None:
    assert Persistent.from_json(json.loads(json.dumps(p.to_json()))) == p


def test_unlocking_in_order_and_finishing() -> None:
    p = Persistent()
    assert p.is_unlocked("promise", CHAPTERS)  # the first chapter is always open
    assert not p.is_unlocked("cold_captain", CHAPTERS)
    assert p.unlock("cold_captain") is True
    assert p.unlock("hueco_mundo") is True
    assert p.unlock("cold_captain") is False
    assert p.unlocked == ["cold_captain", "hueco_mundo"]  # first reached first
    assert p.is_unlocked("cold_captain", CHAPTERS)
    assert not p.is_unlocked("vasto_lorde", CHAPTERS)
    assert not p.is_unlocked("no_such_chapter", CHAPTERS)
    p.finish()
    assert p.finished
    assert all(p.is_unlocked(c, CHAPTERS) for c in CHAPTERS)


def test_saving_only_when_something_changed(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "persistent.json"
    p, problem = Persistent.load(path)
    assert (p, problem) == (Persistent(), None) and not p.dirty
    assert p.save(path) is False and not path.exists()
    p.mark_seen("promise:0001")
    assert p.dirty
    assert p.save(path) is True and not p.dirty
    writes = []
    import game.userdata.persistent as gp

    real = gp.atomic_write
    monkeypatch.setattr(gp, "atomic_write", lambda *a: (writes.append(a), real(*a)))
    for _ in range(100):
        p.mark_seen("promise:0001")  # already seen: nothing to write
        p.save(path)
    assert writes == []
    p.unlock("promise")
    p.mark_seen("promise:0002")
    p.finish()
    p.save(path)
    assert len(writes) == 1
    q, problem = Persistent.load(path)
    assert problem is None
    assert q == p and q.seen == {"promise:0001", "promise:0002"} and q.finished
    assert q.unlocked == ["promise"]


@pytest.mark.parametrize("raw", [b'{"unlocked": ["promise"], "seen": [', b"\xde\xad\xbe\xef",
                                 b"42"])
def test_damaged_persistent_is_set_aside(tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "persistent.json"
    path.write_bytes(raw)
    p, problem = Persistent.load(path)
    assert p == Persistent() and problem and "persistent.json" in problem
    [kept] = tmp_path.glob("persistent.json.damaged-*")
    assert kept.read_bytes() == raw
    p.unlock("promise")
    p.save(path)
    assert Persistent.load(path)[0].unlocked == ["promise"]


def test_persistent_with_wrong_types_keeps_what_it_can(tmp_path: Path) -> None:
    path = tmp_path / "persistent.json"
    path.write_text(json.dumps({"unlocked": ["promise", 7, "promise", "hueco_mundo"],
                                "seen": "everything", "finished": "yes"}), encoding="utf-8")
    p, problem = Persistent.load(path)
    assert p.unlocked == ["promise", "hueco_mundo"]
    assert p.seen == set() and p.finished is False
    assert problem and "unlocked" in problem and "seen" in problem and "finished" in problem
    assert p.dirty  # the cleaned data is written back at the next save
