"""The state half of live reload (game/story/reload.py) and rollback after it: a line
edited in place is followed, other edits leave relocation to Runtime.restore, defaults
added and removed, and Rollback.rebase keeping interactions whose lines still exist."""
from __future__ import annotations

from game.script.loader import load_story
from game.story import events as E
from game.story.reload import carry_over, carry_snapshot, follow_edit
from game.story.rollback import HistoryEntry, Rollback
from game.story.runtime import Runtime
from game.story.state import CONTINUE

V1 = '''define e = Character("Eileen")
default n = 0
default gone_soon = "x"

label start:
    "One."
    e "Two."
    $ n += 1
    call helper
    "Three."
    menu:
        "Left":
            "Went left."
        "Right":
            "Went right."
    "Four."
    return

label helper:
    "Helping."
    return
'''


def prog(src: str):
    return load_story([("script.rpy", src)])


def play_to(src: str, text: str) -> Runtime:
    rt = Runtime(prog(src))
    evs = rt.start()
    for _ in range(50):
        says = [ev for ev in evs if isinstance(ev, E.Say)]
        if says and says[-1].text == text:
            return rt
        evs = rt.advance()
    raise AssertionError(f"{text!r} never shown")


def sid_of(p, text: str) -> str:
    return next(s.sid for s in p.statements if getattr(s, "text", None) == text)


def test_an_unchanged_line_keeps_its_id_and_nothing_is_followed() -> None:
    rt = play_to(V1, "Two.")
    new = prog(V1.replace('"Four."', '"Four, longer."'))
    c = carry_over(rt.program, new, rt.snapshot())
    assert c.state["position"] == rt.state.position and not c.followed


def test_a_line_edited_in_place_is_followed_to_its_new_id() -> None:
    rt = play_to(V1, "Two.")
    new = prog(V1.replace('e "Two."', 'e "Two, reworded."'))
    old_sid = rt.state.position
    assert old_sid not in new.by_sid  # the id is the line's content: it changed
    c = carry_over(rt.program, new, rt.snapshot())
    assert c.followed and c.state["position"] == sid_of(new, "Two, reworded.")
    rt2 = Runtime(new)
    shown = rt2.restore(c.state)
    assert not [ev for ev in shown if isinstance(ev, E.Notice)]
    assert [ev.text for ev in shown if isinstance(ev, E.Say)] == ["Two, reworded."]
    assert rt2.state.variables["n"] == 0


def test_the_last_line_of_a_label_is_followed_too() -> None:
    rt = play_to(V1, "Helping.")
    new = prog(V1.replace('"Helping."', '"Helping out."'))
    c = carry_over(rt.program, new, rt.snapshot())
    assert c.state["position"] == sid_of(new, "Helping out.")
    assert c.state["call_stack"] == rt.state.call_stack  # the call line did not change


def test_an_edited_call_line_on_the_stack_is_followed() -> None:
    src = V1 + 'label helper2:\n    "Another helper."\n    return\n'
    rt = play_to(src, "Helping.")
    new = prog(src.replace("    call helper\n", "    call helper2\n"))
    old_call = rt.state.call_stack[-1]
    assert old_call not in new.by_sid
    c = carry_over(rt.program, new, rt.snapshot())
    assert c.state["call_stack"] == [s.sid for s in new.statements
                                     if type(s).__name__ == "Call"]
    rt2 = Runtime(new)
    rt2.restore(c.state)
    assert rt2.current_event().text == "Helping."
    assert [ev.text for ev in rt2.advance() if isinstance(ev, E.Say)] == ["Three."]


def test_an_edit_with_lines_added_around_it_is_not_guessed() -> None:
    rt = play_to(V1, "Two.")
    new = prog(V1.replace('    e "Two."\n', '    "Inserted."\n    e "Two, reworded."\n'))
    assert follow_edit(rt.program, new, rt.state.position) is None
    c = carry_over(rt.program, new, rt.snapshot())
    assert not c.followed
    rt2 = Runtime(new)
    shown = rt2.restore(c.state)  # restore resumes at the nearest earlier line
    assert [ev for ev in shown if isinstance(ev, E.Notice)]
    assert rt2.current_event().text == "One."


def test_a_deleted_line_is_not_followed_to_another_kind_of_statement() -> None:
    rt = play_to(V1, "Two.")
    new = prog(V1.replace('    e "Two."\n', '    $ n += 5\n'))
    assert follow_edit(rt.program, new, rt.state.position) is None


def test_defaults_added_and_removed() -> None:
    rt = play_to(V1, "Two.")
    rt.state.variables["n"] = 7
    new = prog(V1.replace('default gone_soon = "x"\n', 'default trust = 2 + 1\n'))
    c = carry_over(rt.program, new, rt.snapshot())
    assert c.dropped == ("gone_soon",) and c.added == ("trust",)
    assert "gone_soon" not in c.state["variables"]
    rt2 = Runtime(new)
    rt2.restore(c.state)
    assert rt2.state.variables == {"n": 7, "trust": 3}
    assert rt.state.variables["gone_soon"] == "x"  # the input is not changed


def test_a_snapshot_whose_line_is_gone_is_not_kept() -> None:
    rt = play_to(V1, "Two.")
    new = prog(V1.replace('    e "Two."\n', ""))
    assert carry_snapshot(rt.program, new, rt.snapshot()) is None
    kept = carry_snapshot(rt.program, prog(V1), rt.snapshot())
    assert kept is not None and kept["position"] == rt.state.position


def _rollback_through(rt: Runtime, texts: list[str]) -> Rollback:
    rb = Rollback()
    for text in texts:
        while rt.current_event() is None or rt.current_event().text != text:
            rt.advance()
        rb.record(rt.snapshot(), HistoryEntry.from_event(rt.current_event()))
    return rb


def test_rebase_keeps_earlier_interactions_that_still_exist_and_drops_the_rest() -> None:
    old = prog(V1)
    rt = Runtime(old)
    rt.start()
    rb = _rollback_through(rt, ["One.", "Two.", "Helping.", "Three."])
    assert rb.back() is not None  # at Helping.; Three. is ahead
    new = prog(V1.replace('    e "Two."\n', ""))
    current = carry_over(old, new, rb.current()).state
    rb.rebase(lambda s: carry_snapshot(old, new, s), lambda sid: sid in new.by_sid,
              current, HistoryEntry("", "Helping.", None, current["position"]))
    assert [e.text for e in rb.entries()] == ["One.", "Helping."]
    assert not rb.can_forward
    back = rb.back()
    assert back is not None and back["position"] == sid_of(new, "One.")


def test_rebase_onto_an_earlier_line_replaces_that_line_s_point() -> None:
    old = prog(V1)
    rt = Runtime(old)
    rt.start()
    rb = _rollback_through(rt, ["One.", "Two."])
    new = prog(V1.replace('    e "Two."\n', ""))
    rt2 = Runtime(new)
    rt2.restore(carry_over(old, new, rb.current()).state)  # resumes at One.
    assert rt2.state.waiting == CONTINUE
    rb.rebase(lambda s: carry_snapshot(old, new, s), lambda sid: sid in new.by_sid,
              rt2.snapshot(), HistoryEntry.from_event(rt2.current_event()))
    assert [e.text for e in rb.entries()] == ["One."] and len(rb) == 1


def test_rebase_keeps_history_from_a_save_by_its_line_ids() -> None:
    old = prog(V1)
    rb = Rollback()
    rb.load_history([{"who": None, "text": "One.", "line_id": sid_of(old, "One.")},
                     {"who": None, "text": "Two.", "line_id": sid_of(old, "Two.")},
                     {"who": None, "text": "Now.", "line_id": sid_of(old, "Three.")}])
    new = prog(V1.replace('    "One."\n', ""))
    rb.rebase(lambda s: carry_snapshot(old, new, s), lambda sid: sid in new.by_sid,
              None, None)
    assert [e.text for e in rb.entries()] == ["Two."]


def test_with_nothing_to_change_the_state_is_given_back_as_it_is() -> None:
    rt = play_to(V1, "Two.")
    snap = rt.snapshot()
    c = carry_over(rt.program, prog(V1.replace('"Four."', '"Four!"')), snap)
    assert c.state is snap and not c.followed
    rb = _rollback_through(rt, ["Helping.", "Three."])
    texts = [p.snapshot for p in rb._points]
    new = prog(V1.replace('"Four."', '"Four!"'))
    rb.rebase(lambda s: carry_snapshot(rt.program, new, s), lambda sid: sid in new.by_sid,
              rb.current(), None)
    assert [p.snapshot for p in rb._points] == texts
