"""game.story.rollback: rolling back 100+ steps across menus restores stage, music and
variables exactly as they were at that line; rolling forward again; history entries."""
from __future__ import annotations

import json
from typing import Any

import pytest

from game.script.loader import load_story
from game.story import events as E
from game.story.rollback import HistoryEntry, Rollback
from game.story.runtime import Runtime
from game.story.state import CHOICE, ENDED
from story_harness import load_real_story


@pytest.fixture(scope="module")
def program():
    return load_real_story()


def _view(rt: Runtime) -> dict[str, Any]:
    """What rolling back must bring back: where, stage, audio, variables."""
    st = rt.state
    return json.loads(json.dumps({"position": st.position, "waiting": st.waiting,
                                  "stage": st.stage.to_json(), "audio": st.audio.to_json(),
                                  "variables": st.variables, "choices": st.choices}))


def play(rt: Runtime, rb: Rollback, evs: list[E.Event], picks: list[int],
         views: list[dict], ids: list[str]) -> None:
    """Play to the end, recording at each line and menu as the app does."""
    picks = list(picks)
    while True:
        for ev in evs:
            if isinstance(ev, (E.Say, E.Menu)):
                rb.record(rt.snapshot(), HistoryEntry.from_event(ev))
                views.append(_view(rt))
                ids.append(ev.line_id)
        if rt.waiting == ENDED:
            return
        if rt.waiting == CHOICE:
            evs = rt.choose(rt.state.choices[picks.pop(0) if picks else 0])
        else:
            evs = rt.advance()


def shown(evs: list[E.Event]) -> E.Say | E.Menu:
    [cur] = [e for e in evs if isinstance(e, (E.Say, E.Menu))]
    assert isinstance(evs[0], E.Sync)
    return cur


def test_rolling_back_through_the_whole_story_and_forward_again(program) -> None:
    rt = Runtime(program)
    rb = Rollback()
    views: list[dict] = []
    ids: list[str] = []
    play(rt, rb, rt.start(), [0, 0], views, ids)
    n = len(views)
    menus = [k for k, v in enumerate(views) if v["waiting"] == CHOICE]
    assert len(menus) == 2 and n >= 80
    assert len({json.dumps(v["audio"]) for v in views}) > 3  # the music changes
    assert len({json.dumps(v["variables"]) for v in views}) == 3  # each menu sets one
    assert rb.can_back and not rb.can_forward

    # the story has ended; the reader rolls back from its last line to its first
    steps = 0
    k = n - 1
    while rb.can_back:
        snap = rb.back()
        k -= 1
        steps += 1
        cur = shown(rt.restore(snap))
        assert _view(rt) == views[k], f"step {steps} back, interaction {k}"
        assert cur.line_id == ids[k]
        assert cur == rt.current_event()
    assert k == 0 and rb.back() is None
    assert rt.state.variables == views[0]["variables"]

    # ...forward to the end again
    while rb.can_forward:
        snap = rb.forward()
        k += 1
        steps += 1
        rt.restore(snap)
        assert _view(rt) == views[k]
    assert k == n - 1 and rb.forward() is None

    # ...and back across both menus again: well over a hundred steps in all
    while k > menus[0] - 1:
        rt.restore(rb.back())
        k -= 1
        steps += 1
        assert _view(rt) == views[k]
    assert steps >= 100
    assert [e.line_id for e in rb.entries()] == ids[:k + 1]  # one per line and caption


def test_rolling_back_past_a_menu_and_choosing_otherwise(program) -> None:
    rt = Runtime(program)
    rb = Rollback()
    views: list[dict] = []
    ids: list[str] = []
    play(rt, rb, rt.start(), [0, 0], views, ids)
    first_menu = next(k for k, v in enumerate(views) if v["waiting"] == CHOICE)
    # roll back to the first menu
    for _ in range(len(views) - 1 - first_menu):
        snap = rb.back()
    evs = rt.restore(snap)
    menu = shown(evs)
    assert isinstance(menu, E.Menu) and rt.waiting == CHOICE
    assert _view(rt) == views[first_menu]
    rb.record(rt.snapshot(), HistoryEntry.from_event(menu))  # the app re-presents: no-op
    assert rb.can_forward
    # choosing the other way drops what lay ahead
    evs = rt.choose(rt.state.choices[1])
    views2 = views[:first_menu + 1]
    ids2 = ids[:first_menu + 1]
    play(rt, rb, evs, [1], views2, ids2)
    assert not rb.can_forward
    assert views2[-1]["variables"] != views[-1]["variables"]
    # every snapshot kept is the new path's
    k = len(views2) - 1
    while rb.can_back:
        rt.restore(rb.back())
        k -= 1
        assert _view(rt) == views2[k]
    assert k == 0


def test_lines_read_stay_read_after_rolling_back(program) -> None:
    rt = Runtime(program)
    rb = Rollback()
    play(rt, rb, rt.start(), [], [], [])
    read = set(rt.state.seen)
    for _ in range(30):
        snap = rb.back()
    evs = rt.restore(snap)
    assert rt.state.seen == read
    assert shown(evs).seen is True  # skip treats the rolled-back-to lines as read


def _long_story(lines: int) -> str:
    body = ["default n = 0", "label start:"]
    for k in range(lines):
        body.append(f'    "Line {k}."')
        if k % 100 == 50:
            body += ["    menu:", '        "Left":', "            $ n += 1",
                     '        "Right":', "            $ n += 10"]
    body.append("    return")
    return "\n".join(body) + "\n"


def test_the_limit_bounds_snapshots_and_history() -> None:
    prog = load_story([("long.rpy", _long_story(400))])
    rt = Runtime(prog)
    rb = Rollback(limit=250)
    views: list[dict] = []
    play(rt, rb, rt.start(), [1, 0, 1, 0], views, [])
    assert len(views) == 404
    assert len(rb.entries()) == 250  # the last 250 lines, menus between them or not
    assert rb.entries()[-1].text == "Line 399."
    assert rb.entries()[0].text == "Line 150."
    assert not rb.can_go_to(0)  # its snapshot was dropped to keep 250
    assert rb.can_go_to(2)
    k = len(views) - 1
    while rb.can_back:
        rt.restore(rb.back())
        k -= 1
        assert _view(rt) == views[k]
    assert len(views) - 1 - k == 249  # 249 steps back, across menus


def test_history_entries_and_rolling_back_to_one() -> None:
    rb = Rollback()
    snaps = [{"version": 1, "variables": {"k": k}, "seen": [f"s{j}" for j in range(k + 1)]}
             for k in range(6)]
    entries = [HistoryEntry("Kaori", f"t{k}", "#c8102e", f"s{k}") if k != 3 else None
               for k in range(6)]
    for s, e in zip(snaps, entries):
        rb.record(s, e)
    assert [e.text for e in rb.entries()] == ["t0", "t1", "t2", "t4", "t5"]
    snap = rb.to(3)  # the fourth entry: interaction 4
    assert snap is not None and snap["variables"] == {"k": 4}
    assert snap["seen"] == [f"s{j}" for j in range(6)]  # read lines stay read
    assert [e.text for e in rb.entries()] == ["t0", "t1", "t2", "t4"]
    assert rb.can_forward and rb.forward()["variables"] == {"k": 5}
    assert rb.to(99) is None and rb.to(-1) is None
    assert rb.to(0)["variables"] == {"k": 0} and not rb.can_back
    assert rb.back() is None
    # recording after rolling back drops the forward part
    rb.record({"version": 1, "variables": {"k": 9}}, HistoryEntry(None, "new", None, "z"))
    assert not rb.can_forward
    assert [e.text for e in rb.entries()] == ["t0", "new"]
    assert rb.back()["variables"] == {"k": 0}


def test_recorded_snapshots_do_not_change_with_the_runtime() -> None:
    rb = Rollback()
    variables = {"k": 1}
    snap = {"version": 1, "variables": variables}
    rb.record(snap, None)
    variables["k"] = 2  # the runtime's own dict, changed by the next line
    rb.record({"version": 1, "variables": dict(variables)}, None)
    first = rb.back()
    assert first["variables"] == {"k": 1}
    first["variables"]["k"] = 99
    rb.forward()
    assert rb.back()["variables"] == {"k": 1}


def test_history_in_a_save_round_trips_and_joins_the_restored_line() -> None:
    rb = Rollback(limit=3)
    for k in range(5):
        rb.record({"version": 1, "variables": {"k": k}},
                  HistoryEntry("Izumo" if k % 2 else None, f"line {k}", None, f"l{k}"))
    saved = json.loads(json.dumps(rb.history_json()))
    assert [d["text"] for d in saved] == ["line 2", "line 3", "line 4"]

    loaded = Rollback(limit=3)
    loaded.load_history(saved + [{"text": 5}, "junk"])  # unusable items are skipped
    assert loaded.entries() == rb.entries()
    assert not loaded.can_back and loaded.to(0) is None and not loaded.can_go_to(0)
    # the app restores the save and records its line: it is not listed twice
    loaded.record({"version": 1, "variables": {"k": 4}},
                  HistoryEntry(None, "line 4", None, "l4"))
    assert loaded.entries() == rb.entries()
    assert loaded.can_go_to(2) and not loaded.can_back
    loaded.record({"version": 1, "variables": {"k": 5}},
                  HistoryEntry("Izumo", "line 5", None, "l5"))
    assert [e.text for e in loaded.entries()] == ["line 3", "line 4", "line 5"]
    assert loaded.back()["variables"] == {"k": 4}
    assert loaded.back() is None


def test_entries_from_events_are_plain_text() -> None:
    say = E.Say("Kaori", "I {i}promised{/i} you.{w} Didn't I?", "promise:0004", "#c8102e")
    e = HistoryEntry.from_say(say)
    assert e == HistoryEntry("Kaori", "I promised you. Didn't I?", "#c8102e", "promise:0004")
    assert HistoryEntry.from_json(json.loads(json.dumps(e.to_json()))) == e
    menu = E.Menu(None, (E.Choice(0, "Go"),), "m:1")
    assert HistoryEntry.from_event(menu) is None
    assert HistoryEntry.from_event(E.Menu(say, (), "m:1")) == e
