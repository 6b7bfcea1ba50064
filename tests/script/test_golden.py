"""Golden pairs: valid/NAME.rpy (or a folder NAME/) beside NAME.transcript.

Each case runs twice: straight through, and saving the state to JSON text and loading
it into a fresh Runtime between every step. Both must print the expected transcript;
so must the CLI (`python -m game transcript --events --story DIR --choose ...`).
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from game.project import load_project
from game.script.program import Program
from story_harness import (ROOT, choose_line, load_case, play_restoring, play_straight,
                           run_events)

VALID = Path(__file__).resolve().parent / "valid"
CASES = sorted(p.with_suffix("") for p in VALID.glob("*.transcript"))


def _expected(case: Path) -> list[str]:
    return case.with_suffix(".transcript").read_text(encoding="utf-8").splitlines()


def _source(case: Path) -> Path:
    return case if case.is_dir() else case.with_suffix(".rpy")


def _program(case: Path) -> Program:
    """A folder loads as a project (images/ and audio/ beside it); a file on its own."""
    src = _source(case)
    if src.is_dir():
        return load_project(src, use_cache=False)
    return load_case(src, VALID)


def test_there_are_cases() -> None:
    assert len(CASES) >= 5
    for case in CASES:
        assert _source(case).exists(), f"{case.name}.transcript has no script beside it"


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_straight(case: Path) -> None:
    program = _program(case)
    assert play_straight(program, choose_line(_source(case))) == _expected(case)


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_saving_and_loading_between_every_step(case: Path) -> None:
    program = _program(case)
    assert play_restoring(program, choose_line(_source(case))) == _expected(case)


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_cli_prints_the_same(case: Path, tmp_path: Path) -> None:
    src = _source(case)
    if src.is_dir():
        story = src
    else:
        story = tmp_path / case.name
        story.mkdir()
        shutil.copy(src, story / src.name)
    picks = choose_line(src)
    cmd = [sys.executable, "-m", "game", "transcript", "--events", "--story", str(story)]
    if picks:
        cmd += ["--choose", ",".join(map(str, picks))]
    run = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.splitlines() == _expected(case)


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_both_runs_give_the_same_events(case: Path) -> None:
    """Stricter than the transcript: who speaks, kind, extend, seen, colours, staging."""
    program = _program(case)
    picks = choose_line(_source(case))
    assert run_events(program, picks, restore=True) == run_events(program, picks)
