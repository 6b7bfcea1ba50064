"""The real story (story/*.rpy): the seed's every quoted line, verbatim, by the right
character, in order, on every menu path; boxes a reader takes in at once; every path
ends; it loads and lints clean but for missing assets."""
from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys

import pytest

from game.script.texttags import plain
from game.story import events as E
from game.story.transcript import Transcript
from story_harness import (ROOT, SEED, STORY_DIR, TESTS, as_written, explore,
                           load_real_story, play_restoring, play_straight, run_events)

MAX_BOX: int = 280


@pytest.fixture(scope="module")
def program():
    return load_real_story()


@pytest.fixture(scope="module")
def paths(program):
    return list(explore(program))


def seed_quotes() -> list[str]:
    return re.findall(r'"([^"]*)"', SEED.read_text(encoding="utf-8"))


def test_speaker_file_matches_the_seed() -> None:
    data = json.loads((TESTS / "data" / "seed_speakers.json").read_text(encoding="utf-8"))
    quotes = seed_quotes()
    assert len(quotes) >= 10
    assert [d["quote"] for d in data] == quotes
    assert {d["speaker"] for d in data} == {"Kaori", "Izumo"}
    assert data[quotes.index("I'm sorry, Captain!")]["speaker"] == "Izumo"


def _lines(evs: list[E.Event]) -> list[str]:
    out: list[str] = []
    tr = Transcript(out.append)
    for ev in evs:
        tr.handle(ev)
    tr.flush()
    return out


def test_there_are_several_paths_and_each_ends(paths) -> None:
    # At least one menu where the reader chooses how Izumo meets a moment.
    assert len(paths) >= 2
    assert len({p for p, _ in paths}) == len(paths)
    for path, evs in paths:
        assert isinstance(evs[-1], E.End), path
        assert sum(isinstance(e, E.End) for e in evs) == 1


def test_every_seed_quote_is_spoken_by_its_character_in_order_on_every_path(paths) -> None:
    data = json.loads((TESTS / "data" / "seed_speakers.json").read_text(encoding="utf-8"))
    for path, evs in paths:
        lines = _lines(evs)
        pos = 0
        for item in data:
            quote, speaker = item["quote"], item["speaker"]
            for k in range(pos, len(lines)):
                if lines[k] == quote or lines[k].endswith(": " + quote):
                    assert lines[k] == f"{speaker}: {quote}", (path, lines[k])
                    pos = k + 1
                    break
            else:
                pytest.fail(f"path {path}: {speaker}'s line {quote!r} is missing or out of"
                            " order")


def test_each_box_is_at_most_280_characters(paths) -> None:
    for path, evs in paths:
        for ev in evs:
            if isinstance(ev, E.Say) and ev.kind in ("narration", "centered"):
                assert len(plain(ev.text)) <= MAX_BOX, (path, ev.text)


def test_every_path_reaches_the_seed_ending(paths) -> None:
    last_quote = seed_quotes()[-1]
    for path, evs in paths:
        assert f"Izumo: {last_quote}" in _lines(evs), path


def test_the_first_choice_path_plays_the_same_with_saves_between_steps(program) -> None:
    assert play_restoring(program, []) == play_straight(program, [])


def test_every_path_plays_the_same_with_saves_between_steps(program, paths) -> None:
    for path, _evs in paths:
        picks = as_written(path)
        assert run_events(program, picks, restore=True) == run_events(program, picks), path


def test_loads_with_only_missing_asset_warnings(program) -> None:
    assert program.title == "The Scars Run Deep"
    assert len(program.chapters) >= 9
    for w in program.warnings:
        assert w.code in ("W520", "W521"), w.format()


@pytest.mark.skipif(importlib.util.find_spec("game.commands.lint") is None,
                    reason="game/commands/lint.py is not written yet")
def test_lint_of_the_real_story_has_no_errors() -> None:
    run = subprocess.run([sys.executable, "-m", "game", "lint", "--story", str(STORY_DIR)],
                         cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stdout + run.stderr
    assert ": error: " not in run.stdout + run.stderr


def test_cli_transcript_and_chapters_run() -> None:
    run = subprocess.run([sys.executable, "-m", "game", "transcript", "--events"],
                         cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert "[scene " in run.stdout
    assert "I'll see your eyes clouded with death" in run.stdout
    run = subprocess.run([sys.executable, "-m", "game", "chapters"], cwd=ROOT,
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert len(run.stdout.strip().splitlines()) >= 9
