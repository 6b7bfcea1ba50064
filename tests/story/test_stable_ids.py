"""A save finds its line after lines are added elsewhere; if its line was deleted,
it resumes at the nearest earlier line of the same label and says so."""
from __future__ import annotations

import json
from pathlib import Path

from game.story import events as E
from game.story.runtime import Runtime
from game.story.state import CHOICE, CONTINUE, ENDED, START
from game.script.loader import load_story

V1 = '''\
define e = Character("Eileen")
default n = 0

label start:
    "One."
    e "Two."
    call helper
    jump other

label helper:
    "Helping."
    return

label other:
    $ n += 1
    "Three."
    e "Four."
    "Five."
'''

V2 = '''\
define e = Character("Eileen")
define k = Character("Kaori")
default n = 0

label prologue:
    "A new label above everything."
    jump start

label start:
    "Zero, added above."
    "One."
    k "A new line between."
    e "Two."
    call helper
    jump other

label helper:
    "Added first in the helper."
    "Helping."
    return

label other:
    "Added at the top of other."
    $ n += 1
    "Three."
    "Added between three and four."
    e "Four."
    "Five."
'''

V3_NO_FOUR = V1.replace('    e "Four."\n', "")
V4_NO_OTHER_LINES = V1.replace('    "Three."\n', "").replace('    e "Four."\n', "") \
    .replace('    "Five."\n', '    "Six."\n')


def _save_at(source: str, text: str, tmp_path: Path) -> str:
    """Play v1 until `text` is showing; the save, as JSON text written to a file."""
    rt = Runtime(load_story([("script.rpy", source)]))
    evs = rt.start()
    while True:
        shown = [e for e in evs if isinstance(e, E.Say)]
        if shown and shown[-1].text == text:
            break
        assert rt.waiting != ENDED, f"{text!r} never shown"
        evs = rt.choose(rt.state.choices[0]) if rt.waiting == CHOICE else rt.advance()
    path = tmp_path / "save.json"
    path.write_text(json.dumps(rt.state.to_json()), encoding="utf-8")
    return path.read_text(encoding="utf-8")


def _rest(rt: Runtime) -> list[str]:
    out = []
    while rt.waiting != ENDED:
        for ev in rt.advance():
            if isinstance(ev, E.Say):
                out.append(ev.text)
    return out


def _load(source: str, save: str) -> tuple[Runtime, list[E.Event]]:
    rt = Runtime(load_story([("script.rpy", source)]))
    return rt, rt.restore(json.loads(save))


def test_lines_get_the_same_id_when_lines_are_inserted_elsewhere() -> None:
    def ids(source: str) -> dict[str, str]:
        prog = load_story([("script.rpy", source)])
        return {s.text: s.sid for s in prog.statements if hasattr(s, "text")}

    old, new = ids(V1), ids(V2)
    for text, sid in old.items():
        assert new[text] == sid, text


def test_a_save_finds_its_line_after_insertions(tmp_path: Path) -> None:
    for line, rest in [("Two.", ["Added first in the helper.", "Helping.",
                                 "Added at the top of other.", "Three.",
                                 "Added between three and four.", "Four.", "Five."]),
                       ("Helping.", ["Added at the top of other.", "Three.",
                                     "Added between three and four.", "Four.", "Five."]),
                       ("Four.", ["Five."])]:
        save = _save_at(V1, line, tmp_path)
        rt, shown = _load(V2, save)
        assert not any(isinstance(e, E.Notice) for e in shown)
        current = rt.current_event()
        assert isinstance(current, E.Say) and current.text == line
        assert [e for e in shown if isinstance(e, E.Say)][-1].text == line
        assert _rest(rt) == rest, line


def test_variables_and_call_stack_survive_the_new_version(tmp_path: Path) -> None:
    save = _save_at(V1, "Helping.", tmp_path)
    rt, _ = _load(V2, save)
    assert rt.state.call_stack, "the call to helper is still on the stack"
    save = _save_at(V1, "Four.", tmp_path)
    rt, _ = _load(V2, save)
    assert rt.state.variables["n"] == 1


def test_a_deleted_line_resumes_at_the_nearest_earlier_line_of_its_label(tmp_path) -> None:
    save = _save_at(V1, "Four.", tmp_path)
    rt, shown = _load(V3_NO_FOUR, save)
    notices = [e for e in shown if isinstance(e, E.Notice)]
    assert len(notices) == 1 and "other" in notices[0].text
    current = rt.current_event()
    assert isinstance(current, E.Say) and current.text == "Three."
    assert rt.waiting == CONTINUE
    assert _rest(rt) == ["Five."]


def test_with_no_earlier_line_left_it_resumes_at_the_label(tmp_path: Path) -> None:
    save = _save_at(V1, "Four.", tmp_path)
    rt, shown = _load(V4_NO_OTHER_LINES, save)
    assert any(isinstance(e, E.Notice) for e in shown)
    assert rt.waiting == START
    assert _rest(rt) == ["Six."]


def test_a_deleted_label_restarts_the_story_and_says_so(tmp_path: Path) -> None:
    save = _save_at(V1, "Four.", tmp_path)
    gone = V1.split("label other:")[0] + 'label other2:\n    "Elsewhere."\n'
    gone = gone.replace("jump other", "jump other2")
    rt, shown = _load(gone, save)
    notices = [e for e in shown if isinstance(e, E.Notice)]
    assert len(notices) == 1 and "beginning" in notices[0].text
    assert _rest(rt)[0] == "One."
