"""NVL pages and side images in the runtime's events and state (no window)."""
from __future__ import annotations

import json

import pytest

from game.script.loader import load_story
from game.story import events as E
from game.story.runtime import Runtime
from game.story.state import StateError, StoryState
from story_harness import roundtrip

NVL = """\
define e = Character("Eileen", color="#ff4040", kind=nvl)
define gui.nvl_list_length = 2
label start:
    e "One."
    e "Two."
    e "Three."
    extend " And more."
    nvl clear
    "Narration in the text box."
    e "Four."
    menu:
        e "Caption on the page?"
        "A":
            return
"""


def _says(events: list[E.Event]) -> list[E.Say]:
    return [ev for ev in events if isinstance(ev, E.Say)]


def test_nvl_lines_carry_the_page_before_them() -> None:
    rt = Runtime(load_story([("s.rpy", NVL)]))
    one = _says(rt.start())[0]
    assert one.nvl and one.page == () and one.who == "Eileen" and one.color == "#ff4040"
    two = _says(rt.advance())[0]
    assert [p.text for p in two.page] == ["One."]
    three = _says(rt.advance())[0]
    assert [p.text for p in three.page] == ["Two."]  # gui.nvl_list_length = 2
    more = _says(rt.advance())[0]
    assert more.extend and [p.text for p in more.page] == ["Two."]
    assert rt.state.nvl[-1]["text"] == "Three. And more."
    events = rt.advance()
    assert any(isinstance(ev, E.NvlClear) for ev in events)
    narration = _says(events)[0]
    assert not narration.nvl and narration.page == ()
    assert rt.state.nvl == []
    four = _says(rt.advance())[0]
    assert four.nvl and four.page == ()
    menu = rt.advance()[-1]
    assert isinstance(menu, E.Menu) and not menu.nvl and menu.page == ()


def test_nvl_menus_put_their_caption_on_the_page() -> None:
    src = NVL.replace("define gui.nvl_list_length = 2", "define menu = nvl_menu")
    rt = Runtime(load_story([("s.rpy", src)]))
    rt.start()
    for _ in range(5):
        rt.advance()
    menu = rt.advance()[-1]
    assert isinstance(menu, E.Menu) and menu.nvl
    assert [p.text for p in menu.page] == ["Four.", "Caption on the page?"]
    again = roundtrip(rt).current_event()
    assert isinstance(again, E.Menu) and again.nvl and again.page == menu.page


def test_the_page_survives_save_and_load() -> None:
    rt = Runtime(load_story([("s.rpy", NVL)]))
    rt.start()
    rt.advance()
    shown = rt.current_event()
    fresh = roundtrip(rt)
    assert fresh.state.nvl == rt.state.nvl
    assert fresh.current_event() == shown and shown is not None and shown.page


def test_older_saves_load_with_an_empty_page() -> None:
    data = StoryState().to_json()
    data["version"] = 2
    del data["nvl"], data["side"]
    st = StoryState.from_json(data)
    assert st.nvl == [] and st.side == {}


@pytest.mark.parametrize("bad", [
    {"nvl": [{"text": 3}]},
    {"nvl": [{"text": "x", "evil": "y"}]},
    {"nvl": ["text"]},
    {"nvl": [{"text": "x"}] * 101},
    {"side": {"eileen": 5}},
    {"side": []},
])
def test_a_damaged_page_is_refused(bad: dict) -> None:
    data = StoryState().to_json()
    data.update(bad)
    with pytest.raises(StateError):
        StoryState.from_json(json.loads(json.dumps(data)))


SIDE = """\
define e = Character("Eileen", image="eileen")
define l = Character("Lucy", image="lucy")
image side eileen = "side_e.png"
image side eileen happy = "side_e_happy.png"
image eileen happy = "e_happy.png"
image eileen sad = "e_sad.png"
label start:
    e "Plain."
    e happy "Happy."
    e "Still happy."
    show eileen sad
    e "On stage and sad: no sad side image, so the plain one."
    e happy "The sprite turns happy, and so does the side image."
    l "Lucy has no side image."
    return
"""


def test_side_images_follow_attributes_and_the_sprite() -> None:
    rt = Runtime(load_story([("s.rpy", SIDE)]))
    got = [_says(rt.start())[0].side_image]
    for _ in range(5):
        got.append(_says(rt.advance())[0].side_image)
        if len(got) == 3:  # the remembered attributes go through a save
            rt = roundtrip(rt)
            assert rt.current_event().side_image == "side eileen happy"
    assert got == ["side eileen", "side eileen happy", "side eileen happy", "side eileen",
                   "side eileen happy", None]


def test_say_attributes_for_a_side_image_only_are_not_missing_images() -> None:
    prog = load_story([("s.rpy", SIDE)])
    assert not [w for w in prog.warnings if "missing image" in w.message]


NARRATOR = """\
define narrator = nvl_narrator
define e = Character("Eileen")
define n2 = Character(None, kind=nvl_narrator)
label start:
    "Narration on the page."
    "Hank" "A literal name on the page."
    e "Eileen in the text box."
    n2 "Back on the page."
    return
"""


def test_the_narrator_can_be_the_nvl_narrator() -> None:
    prog = load_story([("s.rpy", NARRATOR)])
    assert not prog.warnings
    rt = Runtime(prog)
    evs = rt.start()
    got = []
    while rt.waiting != "ended":
        got += [(ev.who, ev.kind, ev.nvl, len(ev.page)) for ev in _says(evs)]
        evs = rt.advance()
    assert got == [(None, "narration", True, 0), ("Hank", "say", True, 1),
                   ("Eileen", "say", False, 0), (None, "narration", True, 2)]
