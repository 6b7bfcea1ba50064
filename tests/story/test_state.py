"""State is plain data that round-trips through JSON exactly; the runtime is
deterministic; saves from other versions are refused with a reason."""
from __future__ import annotations

import json
import string

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game.scene.model import ChannelState, Light, Soundscape, Sprite, Stage
from game.story.runtime import Runtime
from game.story.state import (CHOICE, CONTINUE, ENDED, MIN_LOAD_VERSION, SAVE_VERSION, START,
                              StateError, StoryState)
from story_harness import explore, load_real_story

PROGRAM = load_real_story()
SETTINGS = settings(max_examples=200, deadline=None)

names = st.text(string.ascii_letters + "_", min_size=1, max_size=8)
# a state holds text a save can write: no NUL, no lone surrogates (see game.script.values)
chars = st.characters(blacklist_characters="\0", blacklist_categories=("Cs",))
texts = st.text(chars, max_size=20)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(chars, max_size=10)
    | st.floats(allow_nan=False, allow_infinity=False),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(texts, inner, max_size=4),
    max_leaves=20)
sprites = st.builds(Sprite, names, texts, st.sampled_from(
    ["left", "right", "center", "truecenter", "offscreenleft", "offscreenright"]))
lights = st.builds(Light, names, st.from_regex(r"#[0-9a-f]{6}", fullmatch=True),
                   st.floats(0.0, 1.0))
stages = st.builds(Stage, st.none() | texts, st.lists(sprites, max_size=4),
                   st.sampled_from(["show", "hide", "auto"]), st.none() | lights)
channels = st.builds(ChannelState, st.lists(texts, max_size=3), st.booleans(),
                     st.lists(texts, max_size=3))
soundscapes = st.builds(Soundscape, st.dictionaries(st.sampled_from(["music", "ambient"]),
                                                    channels, max_size=2))
states = st.builds(
    StoryState,
    variables=st.dictionaries(names, json_values, max_size=6),
    position=st.none() | texts,
    waiting=st.sampled_from([START, CONTINUE, CHOICE, ENDED]),
    call_stack=st.lists(texts, max_size=4),
    stage=stages,
    audio=soundscapes,
    seen=st.sets(texts, max_size=6),
    label=st.none() | names,
    trail=st.lists(texts, max_size=6),
    last_who=st.none() | names,
    choices=st.lists(st.integers(0, 20), max_size=4),
)


@SETTINGS
@given(states)
def test_state_round_trips_through_json_text_exactly(state: StoryState) -> None:
    text = json.dumps(state.to_json())
    back = StoryState.from_json(json.loads(text))
    assert back == state
    assert json.dumps(back.to_json()) == text
    assert StoryState.loads(state.dumps()) == state


def test_every_state_of_every_path_of_the_story_round_trips() -> None:
    count = 0

    def check(rt: Runtime) -> None:
        nonlocal count
        s = rt.state
        assert StoryState.from_json(json.loads(json.dumps(s.to_json()))) == s
        count += 1

    paths = list(explore(PROGRAM, on_step=check))
    assert len(paths) >= 2 and count > 100


def _events(picks: list[int]) -> list:
    rt = Runtime(PROGRAM)
    evs = list(rt.start())
    picks = list(picks)
    while rt.waiting != ENDED:
        if rt.waiting == CHOICE:
            offered = rt.state.choices
            k = picks.pop(0) if picks else 0
            evs += rt.choose(offered[k % len(offered)])
        else:
            evs += rt.advance()
    return evs


@settings(max_examples=20, deadline=None)
@given(st.lists(st.integers(0, 5), max_size=4))
def test_the_same_choices_give_the_same_events(picks: list[int]) -> None:
    first = _events(picks)
    assert first == _events(picks)
    assert first != []


@pytest.mark.parametrize("bad, why", [
    ([], "not a JSON object"),
    ({"variables": {}}, "older"),
    ({"version": MIN_LOAD_VERSION - 1, "variables": {}}, "older"),
    ({"version": SAVE_VERSION + 1, "variables": {}}, "newer"),
    ({"version": SAVE_VERSION}, "no .variables."),
    ({"version": SAVE_VERSION, "variables": []}, "variables"),
    ({"version": SAVE_VERSION, "variables": {}, "stage": {"sprites": [{}]}},
         r"stage\.sprites\[0\]\.tag"),
])
def test_unreadable_states_are_refused_with_a_reason(bad, why: str) -> None:
    with pytest.raises(StateError, match=why):
        StoryState.from_json(bad)


def test_not_json_is_a_state_error() -> None:
    with pytest.raises(StateError, match="not valid JSON"):
        StoryState.loads("{nope")
