"""Files outside their folders (issue 11, family 10): caches live under the data folder
and are checked as untrusted (signed, keyed by the engine's code, invariants checked),
capture does not follow links planted in its output folder, and image statements
cannot name files outside the story's images folder. Hostile inputs: 9."""
from __future__ import annotations

import marshal
import os
from pathlib import Path

import pytest

import game.project.cache_dirs as C
from game.project import story_cache
from game.project import load_project
from game.script.errors import ScriptError
from game.script.loader import load_story

SOURCES = [("t.rpy", 'define e = Character("E")\nlabel start:\n    e "hello"\n    return\n')]


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("VN_CACHE_DIR", raising=False)
    story_cache.set_cache_root(tmp_path / "data" / "cache")
    yield tmp_path / "data" / "cache"
    story_cache.set_cache_root(None)


def _entry(cache: Path) -> Path:
    found = sorted(cache.glob("story-*.marshal"))
    assert len(found) == 1
    return found[0]


def test_the_story_cache_is_written_in_the_data_folder_and_used(cache: Path) -> None:
    first = story_cache.cached_load(SOURCES)
    entry = _entry(cache)
    again = story_cache.cached_load(SOURCES)
    assert again.statements == first.statements and _entry(cache) == entry
    assert oct(os.stat(cache / "cache-key").st_mode & 0o777) == "0o600"


@pytest.mark.parametrize("damage", ["unsigned", "bad types", "bad signature", "truncated",
                                    "folder"])
def test_a_planted_or_damaged_cache_is_parsed_again(cache: Path, damage: str) -> None:
    fresh = story_cache.cached_load(SOURCES)
    entry = _entry(cache)
    data = entry.read_bytes()
    sig, blob = data[:32], data[32:]
    if damage == "unsigned":
        entry.write_bytes(blob)
    elif damage == "bad types":  # what a stranger writes: well-formed, wrong inside
        fmt, d = marshal.loads(blob)
        d["labels"] = {"start": 10 ** 6}
        d["characters"] = {"e": [0, "not a character"]}
        entry.write_bytes(sig + marshal.dumps((fmt, d)))
    elif damage == "bad signature":
        entry.write_bytes(bytes(32) + blob)
    elif damage == "truncated":
        entry.write_bytes(data[:len(data) // 2])
    else:
        entry.unlink()
        entry.mkdir()
    prog = story_cache.cached_load(SOURCES)
    assert prog.statements == fresh.statements and prog.labels == fresh.labels


def test_the_cache_key_includes_the_engine_code(cache: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    story_cache.cached_load(SOURCES)
    before = _entry(cache).name
    monkeypatch.setattr(C, "_code", "other-engine-code")
    story_cache.cached_load(SOURCES)
    names = {p.name for p in cache.glob("story-*.marshal")}
    assert before in names and len(names) == 2


def test_capture_replaces_a_planted_link_instead_of_following_it(tmp_path: Path) -> None:
    from game.commands.capture import write_new

    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "index.html").symlink_to(victim)
    (out / "0001.png").symlink_to(victim)
    write_new(str(out), "index.html", b"<html>")
    write_new(str(out), "0001.png", b"png")
    assert victim.read_text(encoding="utf-8") == "precious"
    assert not (out / "index.html").is_symlink() and (out / "index.html").read_bytes() == b"<html>"


@pytest.mark.parametrize("value", ["/usr/share/pixmaps/debian-logo.png", "../../x.png",
                                   "a/../../x.png"])
def test_image_files_outside_the_images_folder_are_refused(value: str) -> None:
    with pytest.raises(ScriptError, match="image file"):
        load_story([("t.rpy", f'image bg x = "{value}"\nlabel start:\n    "a"\n')])


def test_image_files_are_found_in_the_images_folder_not_the_working_folder(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    d = tmp_path / "story"
    (d / "images").mkdir(parents=True)
    (d / "script.rpy").write_text('image bg x = "x.png"\nlabel start:\n    scene bg x\n'
                                  '    "a"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    prog = load_project(d, use_cache=False)
    assert prog.images.files[("bg", "x")] == str(d / "images" / "x.png")


def test_a_whole_capture_with_credits_follows_no_planted_link(tmp_path: Path) -> None:
    """Every file capture writes (frames, the credits' frames, index.html) replaces a
    link planted under its name instead of writing through it."""
    from game.commands.capture import capture
    from game.project import load_project

    program = load_project(None, use_cache=False)
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    for n in range(1, 60):
        (out / f"{n:04d}.png").symlink_to(victim)
    (out / "index.html").symlink_to(victim)
    entries = capture(program, str(out), size=(320, 180), chapter="the_vow")
    assert any(e["kind"] == "credits" for e in entries)
    assert victim.read_text(encoding="utf-8") == "precious"
    assert not any((out / e["file"]).is_symlink() for e in entries)
