"""Invalid scripts beside the exact error text: invalid/NAME.rpy (or NAME/) and NAME.err.

The text is `path:line:col: error: message`, the source line and a caret, every error
of the load together, in file and line order. The CLI prints the same and exits 1.
"""
from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from game.script.errors import ScriptError
from story_harness import ROOT, load_case

INVALID = Path(__file__).resolve().parent / "invalid"
CASES = sorted(p.with_suffix("") for p in INVALID.glob("*.err"))


def _source(case: Path) -> Path:
    return case if case.is_dir() else case.with_suffix(".rpy")


def _expected(case: Path) -> str:
    return case.with_suffix(".err").read_text(encoding="utf-8").rstrip("\n")


def test_there_are_cases() -> None:
    assert len(CASES) >= 15
    for case in CASES:
        assert _source(case).exists(), f"{case.name}.err has no script beside it"


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_load_reports_exactly(case: Path) -> None:
    with pytest.raises(ScriptError) as info:
        load_case(_source(case), INVALID)
    err = info.value
    assert err.format() == _expected(case)
    # Every diagnostic has a code and a position, as Yarn Spinner's tests insist.
    for d in err.diagnostics:
        assert d.code[0] == "E" and d.code[1:].isdigit(), d
        assert d.line >= 1 and d.col >= 1


def _story_dir(case: Path, tmp_path: Path) -> tuple[Path, str]:
    """A folder to pass as --story, and the working folder that makes paths match."""
    src = _source(case)
    if src.is_dir():
        return INVALID, case.name
    shutil.copy(src, tmp_path / src.name)
    return tmp_path, "."


def _run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, "-m", "game", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_cli_transcript_exits_1_and_prints_them(case: Path, tmp_path: Path) -> None:
    cwd, story = _story_dir(case, tmp_path)
    run = _run(["transcript", "--story", story], cwd)
    assert run.returncode == 1
    assert run.stdout == ""
    expected = _expected(case)
    assert run.stderr.startswith(expected + "\n")
    n = expected.count(": error: ")
    assert run.stderr.rstrip("\n").endswith(f"{n} error{'s' if n != 1 else ''}.")


@pytest.mark.skipif(importlib.util.find_spec("game.commands.lint") is None,
                    reason="game/commands/lint.py is not written yet")
@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_cli_lint_exits_1_and_prints_them(case: Path, tmp_path: Path) -> None:
    cwd, story = _story_dir(case, tmp_path)
    run = _run(["lint", "--story", story], cwd)
    assert run.returncode == 1
    # Every expected diagnostic appears, whole, in what lint prints (stdout or stderr).
    printed = run.stdout + run.stderr
    for diag in _split(_expected(case)):
        assert diag in printed


def _split(text: str) -> list[str]:
    """The diagnostics of an .err text, each with its source and caret lines."""
    out: list[list[str]] = []
    for line in text.split("\n"):
        if line.startswith(" "):
            out[-1].append(line)
        else:
            out.append([line])
    return ["\n".join(d) for d in out]


def test_a_runtime_error_is_located_like_a_load_error(tmp_path: Path) -> None:
    (tmp_path / "s.rpy").write_text(
        'default z = 0\nlabel start:\n    "Before."\n    $ x = 1 / z\n    "After."\n',
        encoding="utf-8")
    run = _run(["transcript", "--story", "."], tmp_path)
    assert run.returncode == 1
    assert run.stdout == "Before.\n"
    assert run.stderr == ("s.rpy:4:5: error: division by zero\n"
                          "   4 |     $ x = 1 / z\n"
                          "     |     ^\n")
