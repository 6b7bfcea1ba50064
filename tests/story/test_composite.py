"""Composite((w, h), (x, y), "a.png", ...): the story shows it as layers at their
offsets on a canvas of its size, and a save keeps them."""
from __future__ import annotations

from game.scene.model import Sprite, Stage
from game.script.loader import load_story
from game.story import events as E
from story_harness import run_events

SRC = '''image badge card = Composite((300, 600), (0, 0), "card.png", (50, 60), "badge.png")
image plain card = Composite((300, 600), (0, 0), "card.png", (0, 0), "frame.png")
label start:
    show badge card at right
    "One."
    show plain card at left
    "Two."
    return
'''


def _shows(restore: bool) -> dict[str, list | None]:
    prog = load_story([("t.rpy", SRC)])
    assert prog.warnings == []
    evs = run_events(prog, [], restore=restore)
    return {ev.tag: ev.layers for ev in evs if isinstance(ev, E.Show)}


def test_parts_at_offsets_are_layers_with_their_places() -> None:
    shows = _shows(False)
    canvas, card, badge = shows["badge"]
    assert canvas == ["", 300, 600]
    assert card[1:] == [0, 0] and badge[1:] == [50, 60]
    assert card[0] != badge[0]
    # parts on one canvas stay plain names (drawn as a layered image)
    assert all(isinstance(e, str) for e in shows["plain"])


def test_the_layers_survive_a_save_between_every_step() -> None:
    assert _shows(True) == _shows(False)


def test_a_sprite_with_offsets_round_trips_through_json() -> None:
    st = Stage()
    st.show("b", "badge card", layers=[["", 300, 600], ["layer_1", 0, 0], ["layer_2", 50, 60]])
    assert Stage.from_json(st.to_json()) == st


def test_hostile_layers_in_a_save_are_read_as_names() -> None:
    sp = Sprite.from_json({"tag": "b", "image": "b", "layers": [["x", "1", 2], 5, ["y", 1, 2]]})
    assert sp.layers == ["['x', '1', 2]", "5", ["y", 1, 2]]
