"""The runtime announces what comes soon (a Prepare event, as Yarn's PrepareForLines)."""
from __future__ import annotations

from game.script.loader import load_story
from game.story import events as E
from game.story.runtime import Runtime

SRC = '''image bg room = "#102030"
image bg park = "#203010"
image bg sea = "#301020"
image k happy = "#ff0000"
image k sad = "#0000ff"
define k = Character("K", image="k")
define audio.town = "music/town.ogg"
label start:
    scene bg room
    show k happy
    "One."
    "Two."
    menu:
        "Park":
            scene bg park
            play music town
            k sad "Park."
        "Sea":
            scene bg sea
            "Sea."
    "End."
'''


def _prepares(evs: list[E.Event]) -> list[E.Prepare]:
    return [ev for ev in evs if isinstance(ev, E.Prepare)]


def test_no_prepare_unless_the_runtime_looks_ahead() -> None:
    rt = Runtime(load_story([("s.rpy", SRC)]))
    assert _prepares(rt.start()) == []


def test_prepare_lists_every_branch_resolved_against_the_stage() -> None:
    rt = Runtime(load_story([("s.rpy", SRC)]))
    rt.look_ahead = 32
    evs = rt.start()
    (prep,) = _prepares(evs)
    assert isinstance(evs[-1], E.Prepare)  # after the line: the screen shows that first
    assert ("bg park", "bg") in prep.images and ("bg sea", "bg") in prep.images
    assert ("k sad", "sprite") in prep.images  # `k sad "..."` changes the sprite shown
    assert prep.audio == ("music/town.ogg",)
    # the next line sees the same things coming: nothing is announced again
    assert _prepares(rt.advance()) == []


def test_prepare_follows_a_choice_and_a_restore() -> None:
    prog = load_story([("s.rpy", SRC)])
    rt = Runtime(prog)
    rt.look_ahead = 32
    rt.start()
    rt.advance()
    rt.advance()
    (prep,) = _prepares(rt.choose(1))
    assert ("bg park", "bg") not in prep.images and prep.audio == ()
    again = Runtime(prog)
    again.look_ahead = 32
    assert _prepares(again.restore(rt.snapshot())) == [prep]


def test_a_short_look_ahead_sees_less() -> None:
    rt = Runtime(load_story([("s.rpy", SRC)]))
    rt.look_ahead = 2
    (prep,) = _prepares(rt.start())
    assert ("bg park", "bg") not in prep.images
