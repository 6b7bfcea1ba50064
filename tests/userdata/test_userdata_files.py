"""game.userdata: atomic writes survive a crash, damaged JSON is set aside (never
deleted), and --fresh moves the old data into a backup."""
from __future__ import annotations

import logging
import os
import re
from pathlib import Path

import pytest

from game import userdata
from game.userdata import DataDir, atomic_write, default_data_dir, read_json


def test_default_data_dir_comes_from_platformdirs() -> None:
    import platformdirs

    assert default_data_dir("a-game") == Path(platformdirs.user_data_dir("a-game",
                                                                          appauthor=False))


def test_atomic_write_creates_the_folder_and_replaces(tmp_path: Path) -> None:
    p = tmp_path / "a" / "b" / "x.json"
    atomic_write(p, b"one")
    assert p.read_bytes() == b"one"
    atomic_write(p, b"two")
    assert p.read_bytes() == b"two"
    assert sorted(os.listdir(p.parent)) == ["x.json"]  # no temporary files left


def test_a_crash_before_the_rename_leaves_the_old_file_intact(tmp_path: Path,
                                                              monkeypatch) -> None:
    p = tmp_path / "x.json"
    atomic_write(p, b"old")

    def crash(src, dst):  # noqa: ANN001
        raise OSError("power cut")

    monkeypatch.setattr(userdata.os, "replace", crash)
    with pytest.raises(OSError, match="power cut"):
        atomic_write(p, b"new")
    assert p.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["x.json"]


def test_a_crash_while_writing_leaves_the_old_file_intact(tmp_path: Path,
                                                          monkeypatch) -> None:
    p = tmp_path / "x.json"
    atomic_write(p, b"old")

    def crash(fd):  # noqa: ANN001
        raise OSError("disk full")

    monkeypatch.setattr(userdata.os, "fsync", crash)
    with pytest.raises(OSError, match="disk full"):
        atomic_write(p, b"new")
    assert p.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["x.json"]


def test_read_json_fine_and_missing(tmp_path: Path) -> None:
    p = tmp_path / "x.json"
    assert read_json(p) == (None, None)
    p.write_text('{"a": 1}', encoding="utf-8")
    assert read_json(p) == ({"a": 1}, None)
    p.write_text("[1, 2]", encoding="utf-8")
    assert read_json(p, list) == ([1, 2], None)


@pytest.mark.parametrize("raw, why", [
    (b'{"text_cps": 4', "not valid JSON"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\xff\xfe", "not UTF-8"),
    (b"[1, 2, 3]", "expected a JSON object, found a JSON array"),
    (b'"just text"', "found a string"),
    (b"", "empty"),
])
def test_damaged_json_is_set_aside_and_reported(tmp_path: Path, caplog, raw: bytes,
                                                why: str) -> None:
    p = tmp_path / "preferences.json"
    p.write_bytes(raw)
    with caplog.at_level(logging.WARNING, logger="game.data"):
        data, problem = read_json(p)
    assert data is None
    assert problem is not None and why in problem and "preferences.json" in problem
    assert not p.exists()
    kept = list(tmp_path.iterdir())
    assert len(kept) == 1
    assert re.fullmatch(r"preferences\.json\.damaged-\d{8}-\d{6}", kept[0].name)
    assert kept[0].read_bytes() == raw  # never deleted, never changed
    assert kept[0].name in problem
    assert any("preferences.json" in r.getMessage() for r in caplog.records)


def test_setting_aside_twice_in_one_second_keeps_both(tmp_path: Path) -> None:
    p = tmp_path / "x.json"
    for junk in (b"{", b"}"):
        p.write_bytes(junk)
        read_json(p)
    kept = sorted(f.read_bytes() for f in tmp_path.iterdir())
    assert kept == [b"{", b"}"]


def test_datadir_layout(tmp_path: Path) -> None:
    d = DataDir(tmp_path / "data")
    assert d.root == tmp_path / "data"
    assert d.saves == d.root / "saves" and d.saves.is_dir()
    assert d.prefs_path.parent == d.root and d.persistent_path.parent == d.root
    assert d.prefs_path != d.persistent_path
    assert d.art_packs == d.root / "art-packs" and d.art_packs.is_dir()
    assert d.screenshots.parent == d.root
    assert d.backup is None


def test_datadir_fresh_moves_everything_into_a_backup(tmp_path: Path) -> None:
    d = DataDir(tmp_path)
    d.prefs_path.write_text('{"mute": true}', encoding="utf-8")
    d.persistent_path.write_text('{"finished": true}', encoding="utf-8")
    (d.saves / "quick.json").write_text("{}", encoding="utf-8")
    (d.saves / "quick.png").write_bytes(b"png")
    (d.art_packs / "mine").mkdir()

    f = DataDir(tmp_path, fresh=True)
    assert f.backup is not None and re.fullmatch(r"backup-\d{8}-\d{6}", f.backup.name)
    assert f.backup.parent == tmp_path
    assert not f.prefs_path.exists() and not f.persistent_path.exists()
    assert f.saves.is_dir() and list(f.saves.iterdir()) == []
    assert (f.backup / "preferences.json").read_text(encoding="utf-8") == '{"mute": true}'
    assert (f.backup / "persistent.json").read_text(encoding="utf-8") == '{"finished": true}'
    assert sorted(p.name for p in (f.backup / "saves").iterdir()) == ["quick.json",
                                                                      "quick.png"]
    assert (f.art_packs / "mine").is_dir()  # art packs are not player progress

    # a second --fresh straight away keeps the first backup
    f.prefs_path.write_text("{}", encoding="utf-8")
    g = DataDir(tmp_path, fresh=True)
    assert g.backup is not None and g.backup != f.backup
    assert (f.backup / "preferences.json").exists()


def test_datadir_fresh_with_nothing_to_keep_makes_no_backup(tmp_path: Path) -> None:
    d = DataDir(tmp_path, fresh=True)
    assert d.backup is None
    assert not any(p.name.startswith("backup-") for p in tmp_path.iterdir())
