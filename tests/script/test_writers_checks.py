"""Writers' checks: transcript --choose random[:SEED] and --input, a retry menu that
stops, and `coverage`, which plays many paths and names the lines none reached."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from fuzz_harness import bounded
from game.commands import parse_choose
from game.commands.coverage import coverage
from game.commands.transcript import play_headless
from game.script.loader import load_story
from story_harness import ROOT

RETRY = '''label start:
    "Begin."
    menu retry:
        "Try the door":
            "Locked."
            jump retry
        "Leave" if False:
            "Never."
        "Look around":
            "A key!"
    $ d = renpy.random.randint(1, 3)
    if d == 1:
        "One."
    elif d == 2:
        "Two."
    else:
        "Three."
    return
label orphan:
    "Nobody comes here."
'''


def test_random_choices_are_repeatable_by_seed() -> None:
    prog = load_story([("t.rpy", RETRY)])
    runs = []
    for seed in ("random:7", "random:7", "random:8"):
        lines: list[str] = []
        with bounded(20):
            assert play_headless(prog, lines.append, choose=parse_choose(seed)) == 0
        runs.append(lines)
    assert runs[0] == runs[1]
    assert runs[0][-2:] == ["A key!", runs[0][-1]] and runs[0][-1] in ("One.", "Two.", "Three.")


def test_a_menu_met_again_and_again_at_random_stops(capsys) -> None:
    prog = load_story([("t.rpy", 'label start:\n    menu:\n        "Again":\n'
                                 '            jump start\n        "Again too":\n'
                                 '            jump start\n')])
    lines: list[str] = []
    with bounded(20):
        assert play_headless(prog, lines.append, choose=parse_choose("random")) == 1
    assert len(lines) == 50  # the menu came back 50 times, then the play stopped
    assert "50 times while choosing at random" in capsys.readouterr().err


def test_inputs_answer_in_turn_then_defaults() -> None:
    prog = load_story([("t.rpy", 'label start:\n    $ a = renpy.input("A?", default="x")\n'
                                 '    $ b = renpy.input("B?", default="y")\n'
                                 '    "[a] [b]"\n    return\n')])
    lines: list[str] = []
    assert play_headless(prog, lines.append, inputs=["typed"]) == 0
    assert lines == ["A?", '> "typed"', "B?", '> "y"', "typed y"]


def test_coverage_names_the_lines_no_path_reached() -> None:
    prog = load_story([("t.rpy", RETRY)])
    out: list[str] = []
    with bounded(60):
        status = coverage(prog, runs=30, write=out.append)
    assert status == 1
    assert out[0].startswith("6 of 8 say lines reached (75.0%) over 30 plays")
    never = out[out.index("Never reached:") + 1:]
    assert never == ['  t.rpy:8: "Never."', '  t.rpy:20: "Nobody comes here."']


def test_coverage_of_a_story_with_every_line_reached() -> None:
    prog = load_story([("t.rpy", 'label start:\n    menu:\n        "A":\n'
                                 '            "a"\n        "B":\n            "b"\n    return\n')])
    out: list[str] = []
    assert coverage(prog, runs=20, write=out.append) == 0
    assert out == ["2 of 2 say lines reached (100.0%) over 20 plays (the first taking every"
                   " first choice, the rest choosing at random)"]


def test_the_commands(tmp_path: Path) -> None:
    (tmp_path / "script.rpy").write_text(RETRY, encoding="utf-8")
    run = subprocess.run([sys.executable, "-m", "game", "coverage", "--story", str(tmp_path),
                          "--runs", "10"], cwd=ROOT, capture_output=True, text=True,
                         timeout=120)
    assert run.returncode == 1 and "say lines reached" in run.stdout
    assert "Nobody comes here." in run.stdout
    run = subprocess.run([sys.executable, "-m", "game", "transcript", "--story",
                          str(tmp_path), "--choose", "random:x"], cwd=ROOT,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode != 0 and "random:SEED takes a whole number" in run.stderr


def test_coverage_leaves_out_the_lines_of_testcases() -> None:
    """Ren'Py's `testcase`/`testsuite` blocks (even one holding a label) are test
    scripts, not story: none of their lines is in the share of lines reached."""
    src = ('define e = Character("Eileen")\nlabel start:\n    e "Hello."\n    return\n'
           'testcase greet:\n    "Hello."\n    e "Typed in a test."\n    click "Start"\n'
           'testsuite all:\n    testcase inner:\n        "Inner line."\n'
           '        label test_label:\n            "In a label in a testcase."\n')
    prog = load_story([("t.rpy", src)])
    out: list[str] = []
    assert coverage(prog, runs=3, write=out.append) == 0
    assert out[0].startswith("1 of 1 say lines reached (100.0%)")
