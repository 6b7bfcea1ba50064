"""Ren'Py's safe library at the story layer: renpy.random replays the same numbers after
a rollback or a load (its state is in the save), older saves still load, persistent data
lives outside the save, and every operation stays bounded in time and memory."""
from __future__ import annotations

import json

import pytest

from fuzz_harness import bounded
from game.userdata.persistent import Persistent
from game.script.errors import StoryRuntimeError
from game.script.loader import load_story
from game.story.runtime import Runtime
from game.story.state import DEFAULT_SEED, INPUT, StateError, StoryState
from story_harness import roundtrip

DICE = '''default rolls = []
label start:
    $ rolls.append(renpy.random.randint(1, 1000000))
    "one [rolls]"
    $ rolls.append(renpy.random.randint(1, 1000000))
    "two [rolls]"
    return
'''


def _texts(rt: Runtime, n: int) -> list[str]:
    out = []
    for _ in range(n):
        evs = rt.advance()
        out += [e.text for e in evs if hasattr(e, "line_id") and hasattr(e, "text")]
    return out


def test_random_numbers_replay_after_a_load() -> None:
    prog = load_story([("t.rpy", DICE)])
    rt = Runtime(prog)
    rt.start()
    saved = rt.snapshot()
    ahead = _texts(rt, 1)
    again = Runtime(prog)
    again.restore(json.loads(json.dumps(saved)))
    assert _texts(again, 1) == ahead  # the same number, from the saved generator
    assert saved["rng"] != DEFAULT_SEED  # the first roll moved it


def test_a_different_seed_gives_different_numbers() -> None:
    prog = load_story([("t.rpy", DICE)])
    a, b = Runtime(prog), Runtime(prog)
    b.state.rng = 12345
    assert a.start()[-1].text != b.start()[-1].text


def test_a_version_2_save_loads_with_the_first_seed_and_its_labels() -> None:
    prog = load_story([("t.rpy", DICE)])
    rt = Runtime(prog)
    rt.start()
    old = rt.snapshot()
    old["version"] = 2
    del old["rng"], old["labels_seen"]
    st = StoryState.from_json(old)
    assert st.rng == DEFAULT_SEED and st.labels_seen == {"start"}


@pytest.mark.parametrize("rng", [-1, 1 << 64, 1.5, "7", True, None])
def test_a_tampered_generator_is_refused(rng) -> None:
    st = StoryState().to_json()
    st["rng"] = rng
    with pytest.raises(StateError, match="rng"):
        StoryState.from_json(st)


def test_input_waits_and_survives_a_round_trip() -> None:
    prog = load_story([("t.rpy", 'label start:\n    $ n = renpy.input("Name?",'
                                 ' default="Ann", length=3)\n    "Hi [n]."\n    return\n')])
    rt = Runtime(prog)
    evs = rt.start()
    assert rt.waiting == INPUT and evs[-1].prompt == "Name?" and evs[-1].default == "Ann"
    rt = roundtrip(rt)
    assert rt.waiting == INPUT
    evs = rt.enter("Bartholomew\x00\n")
    assert evs[-1].text == "Hi Bar."  # cut to length=3
    rt2 = Runtime(prog)
    rt2.start()
    assert rt2.advance()[-1].text == "Hi Ann."  # a presenter with no box: the default


def test_persistent_data_is_kept_outside_the_save() -> None:
    prog = load_story([("t.rpy", 'label start:\n    $ persistent.n = (persistent.n or 0)'
                                 ' + 1\n    "n=[persistent.n]"\n    return\n')])
    p = Persistent()
    for expected in ("n=1", "n=2"):
        rt = Runtime(prog)
        rt.persistent = p.variables
        rt.persistent_changed = lambda: setattr(p, "dirty", True)
        assert rt.start()[-1].text == expected
        assert "persistent" not in json.dumps(rt.snapshot())
    assert p.dirty and Persistent.from_json(json.loads(json.dumps(p.to_json()))).variables \
        == {"n": 2}
    bad, problems = Persistent.check({"variables": {"x": [float("nan")]}})
    assert bad.variables == {} and "variables" in problems[0]


@pytest.mark.parametrize("line, message", [
    ('$ s = "ab".zfill(10**9)', "too large"),
    ('$ s = "{:>99999999}".format(1)', "too large"),
    ('$ s = "-".join(["x" * 1000] * 2000)', "too large"),
    ('$ s = ("x" * 900000).replace("x", "yy")', "too large"),
    ("$ xs.append(xs)", "contains itself"),
    ("$ n = renpy.random.randint(0, 10**30)", "too large"),
    ("$ n = renpy.random.randint(5, 1)", "below the low"),
    ("$ n = renpy.random.choice([])", "not empty"),
    ("$ a, b = [1, 2, 3]", "2 names are set from 3 values"),
    ("$ n = xs.count(1, 2, 3)", "count()"),
    ('$ s = "{0.__class__}".format(1)', "attributes"),
    ('pause (10**12)', "pause takes a number"),
    ('jump expression "no" + "where"', "there is no label 'nowhere'"),
    ('call expression 1', "not a label's name"),
    ('call greet(1, 2, 3)', "takes 1 arguments"),
    ('call greet(nobody=1)', "no parameter 'nobody'"),
])
def test_hostile_operations_stop_with_a_clear_error(line: str, message: str) -> None:
    prog = load_story([("t.rpy", f"default xs = []\nlabel start:\n    {line}\n"
                                 '    "after"\n    return\nlabel greet(who):\n    return\n')])
    with bounded(10), pytest.raises(StoryRuntimeError) as info:
        Runtime(prog).start()
    assert message in info.value.diagnostic.message


def test_a_growing_list_stops_at_the_bound() -> None:
    prog = load_story([("t.rpy", 'default xs = []\nlabel start:\n    while True:\n'
                                 '        $ xs.extend(["x"] * 1000)\n    return\n')])
    with bounded(30), pytest.raises(StoryRuntimeError) as info:
        Runtime(prog).start()
    assert "too large" in info.value.diagnostic.message


def test_a_python_block_of_dollar_lines_runs_with_no_warning_even_strict() -> None:
    src = ('default n = 0\nlabel start:\n    python:\n        n += 1\n'
           '        a, b = n, "two".upper()\n    "[n] [a] [b]"\n    return\n')
    for strict in (False, True):
        prog = load_story([("t.rpy", src)], strict=strict)
        assert prog.warnings == []
        assert Runtime(prog).start()[-1].text == "1 1 TWO"
