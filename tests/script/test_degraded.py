"""Degraded cases: Ren'Py code we skip or degrade. degraded/NAME.rpy loads with exactly
the warnings in NAME.warn, and with `strict` (lint --strict) fails with exactly the
errors in NAME.strict.err. NAME.transcript, when present, is what it plays."""
from __future__ import annotations

from pathlib import Path

import pytest

from game.script.errors import ScriptError
from game.script.loader import load_story
from story_harness import choose_line, play_restoring, play_straight, sources_of

DEGRADED = Path(__file__).resolve().parent / "degraded"
CASES = sorted(p.with_suffix("") for p in DEGRADED.glob("*.rpy"))


def _text(case: Path, suffix: str) -> str | None:
    f = case.parent / (case.name + suffix)
    return f.read_text(encoding="utf-8").rstrip("\n") if f.exists() else None


def test_there_are_cases() -> None:
    assert len(CASES) >= 3
    for case in CASES:
        assert _text(case, ".warn") is not None, f"{case.name}.rpy has no .warn beside it"


@pytest.mark.parametrize("case", CASES, ids=lambda p: p.name)
def test_loads_with_exactly_these_warnings(case: Path) -> None:
    program = load_story(sources_of(case.with_suffix(".rpy"), DEGRADED))
    assert "\n".join(w.format() for w in program.warnings) == _text(case, ".warn")
    for w in program.warnings:
        assert w.code[0] == "W" and w.code[1:].isdigit(), w


@pytest.mark.parametrize("case", [c for c in CASES if _text(c, ".strict.err") is not None],
                         ids=lambda p: p.name)
def test_strict_fails_with_exactly_these_errors(case: Path) -> None:
    with pytest.raises(ScriptError) as info:
        load_story(sources_of(case.with_suffix(".rpy"), DEGRADED), strict=True)
    assert info.value.format() == _text(case, ".strict.err")


@pytest.mark.parametrize("case", [c for c in CASES if _text(c, ".transcript") is not None],
                         ids=lambda p: p.name)
def test_plays(case: Path) -> None:
    program = load_story(sources_of(case.with_suffix(".rpy"), DEGRADED))
    picks = choose_line(case.with_suffix(".rpy"))
    expected = _text(case, ".transcript").split("\n")  # type: ignore[union-attr]
    assert play_straight(program, picks) == expected
    assert play_restoring(program, picks) == expected
