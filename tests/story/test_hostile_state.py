"""What a script or a save can put into the story state (issue 11, families 3 and 5):
a save survives a `default` added after it and a menu choice removed; a restored
state's waiting agrees with its statement; nothing unstorable gets into the state,
each refusal with the statement's position; the checks are iterative and bounded.

Hostile inputs here: 9 scripts of unstorable values, 6 of defaults, 4 restores, and
100 generated values (property test of check_value).
"""
from __future__ import annotations

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fuzz_harness import bounded, fuzz_settings
from game.script.errors import ScriptError
from game.script.loader import load_story
from game.script.values import MAX_DEPTH, UnstorableValue, check_value
from game.story.runtime import Runtime, StoryRuntimeError
from game.story.state import StoryState


def load(text: str):
    return load_story([("t.rpy", text)])


def play(text: str, picks: tuple[int, ...] = ()) -> Runtime:
    rt = Runtime(load(text))
    rt.start()
    picks = list(picks)
    with bounded():
        while rt.waiting != "ended":
            if rt.waiting == "choice":
                rt.choose(picks.pop(0) if picks else rt.state.choices[0])
            else:
                rt.advance()
    return rt


# -- family 3 -------------------------------------------------------------------------
BEFORE = '''
label start:
    "one"
    $ affection = 0 if False else 0
    "two"
    return
'''.replace("    $ affection = 0 if False else 0\n", "")
AFTER = '''
default affection = 0
default mood = "calm"
label start:
    "one"
    $ affection += 1
    "two [mood] [affection]"
    return
'''


def test_a_save_made_before_a_default_was_added_gets_its_value() -> None:
    old = Runtime(load(BEFORE))
    old.start()
    saved = json.loads(json.dumps(old.snapshot()))
    assert "affection" not in saved["variables"]
    new = Runtime(load(AFTER))
    new.restore(saved)
    assert new.state.variables["affection"] == 0
    evs = new.advance()
    assert any(getattr(e, "text", "") == "two calm 1" for e in evs)


MENU3 = '''
label start:
    menu:
        "First":
            "picked first"
        "Second":
            "picked second"
        "Third":
            "picked third"
    return
'''
MENU2 = MENU3.replace('''        "Second":
            "picked second"
''', "")


def test_a_save_at_a_menu_survives_a_choice_being_removed() -> None:
    old = Runtime(load(MENU3))
    old.start()
    saved = old.snapshot()
    assert saved["choices"] == [0, 1, 2]
    new = Runtime(load(MENU2))
    evs = new.restore(saved)
    menu = evs[-1]
    assert [c.text for c in menu.choices] == ["First", "Third"]
    assert new.state.choices == [0, 1]
    texts = [getattr(e, "text", "") for e in new.choose(1)]
    assert "picked third" in texts


def test_guards_are_worked_out_again_on_restore() -> None:
    text = '''
default ok = False
label start:
    menu:
        "Always":
            "a"
        "Only if ok" if ok:
            "b"
    return
'''
    rt = Runtime(load(text))
    rt.start()
    saved = rt.snapshot()
    saved["choices"] = [0, 1, 7]  # tampered: offers what the guard does not
    rt.restore(saved)
    assert rt.state.choices == [0]
    with pytest.raises(ValueError):
        rt.choose(1)


@pytest.mark.parametrize("waiting, expect", [("choice", "continue"), ("ended", "continue"),
                                             ("continue", "continue"), ("start", "start")])
def test_waiting_is_made_to_agree_with_the_statement(waiting: str, expect: str) -> None:
    rt = Runtime(load('label start:\n    "a"\n    "b"\n    return\n'))
    rt.start()
    saved = rt.snapshot() | {"waiting": waiting, "choices": [0]}
    rt.restore(saved)
    assert rt.waiting == expect and rt.state.choices == []
    with bounded():
        while rt.waiting != "ended":
            rt.advance()


# -- family 5 -------------------------------------------------------------------------
UNSTORABLE_RUNTIME = [
    ("$ l = [1]\n    $ l[0] = l", "contains itself"),
    ("$ d = {}\n    $ d['me'] = d", "contains itself"),
    ("$ a = [1]\n    $ b = [a]\n    $ a[0] = b", "contains itself"),
    ("$ x = 0\n    $ n = 0\n    while n < 200:\n        $ x = [x]\n        $ n += 1",
     "nested"),
    ("$ x = [0]\n    $ n = 0\n    while n < 40:\n        $ x = [x, x]\n        $ n += 1",
     "too large"),
    ("$ x = 1e308 * 10", "finite"),
    ("$ x = 1e308\n    $ x *= 10", "finite"),
]


@pytest.mark.parametrize("code, why", UNSTORABLE_RUNTIME)
def test_unstorable_values_are_refused_where_they_are_stored(code: str, why: str) -> None:
    with pytest.raises(StoryRuntimeError, match=why) as err:
        play(f'label start:\n    {code}\n    "after"\n    return\n')
    assert err.value.diagnostic.path == "t.rpy" and err.value.diagnostic.line >= 2


def test_a_refused_item_assignment_leaves_the_list_as_it_was() -> None:
    rt = Runtime(load('default l = [1, 2]\nlabel start:\n    $ l[0] = l\n    "x"\n'))
    with pytest.raises(StoryRuntimeError):
        rt.start()
    assert rt.state.variables["l"] == [1, 2]
    json.dumps(rt.snapshot())


@pytest.mark.parametrize("code, why", [
    ('define e = Character("E")\ndefault y = e', "Character"),
    ("define t = Dissolve(1)\ndefault y = [t]", "transition"),
    ("default y = 1e999", "finite"),
    ("default y = [1e308 * 10]", "finite"),
    ('default y = "a\\x00b"', "NUL"),
    ('default y = "\\ud800"', "surrogate"),
])
def test_unstorable_defaults_are_load_errors(code: str, why: str) -> None:
    with pytest.raises(ScriptError, match=why) as err:
        load(f'{code}\nlabel start:\n    "x"\n')
    assert err.value.errors[0].line in (1, 2)


def test_a_default_computed_from_others_is_checked_when_it_runs() -> None:
    text = 'default a = [1]\ndefault b = [a, a]\nlabel start:\n    "x"\n'
    rt = Runtime(load(text))
    assert rt.state.variables["b"] == [[1], [1]]


def test_a_define_doubling_40_times_is_refused_at_load() -> None:
    lines = ["define d0 = [1]"] + [f"define d{k} = [d{k - 1}, d{k - 1}]" for k in range(1, 41)]
    with bounded(), pytest.raises(ScriptError, match="too large"):
        load("\n".join(lines) + '\nlabel start:\n    "x"\n')


def test_a_state_with_unstorable_variables_is_refused() -> None:
    from game.story.state import StateError

    deep: object = 0
    for _ in range(MAX_DEPTH + 5):
        deep = [deep]
    for bad in ({"x": deep}, {"x": "\0"}, {"x": 10 ** 2000}):
        with pytest.raises(StateError):
            StoryState.from_json({"version": 1, "variables": bad})


@fuzz_settings(100)
@given(st.recursive(st.none() | st.booleans() | st.integers() | st.floats() | st.text(),
                    lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(st.text(max_size=5), inner, max_size=4),
                    max_leaves=40))
def test_check_value_accepts_exactly_what_json_round_trips(value) -> None:
    try:
        check_value(value)
    except UnstorableValue:
        return
    text = json.dumps(value, ensure_ascii=False, allow_nan=False)
    text.encode("utf-8")
    assert json.loads(text) == value


def test_check_value_is_iterative() -> None:
    deep: object = 0
    for _ in range(100_000):
        deep = [deep]
    with pytest.raises(UnstorableValue, match="nested"):
        check_value(deep)
