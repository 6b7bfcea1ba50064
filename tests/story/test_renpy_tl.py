"""A Ren'Py project's tl/LANG/ folder: dialogue blocks matched by Ren'Py's own ids
(label + md5 of the line's code), strings blocks by their text, the rest reported."""
from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

from game.i18n.catalog import read_catalog, update
from game.i18n.renpy_tl import read_tl, renpy_ids
from game.i18n.translation import load_translation
from game.project import load_project
from story_harness import TESTS, as_written, explore

QUESTION = TESTS / "renpy_corpus" / "the_question"


def _md5(code: str) -> str:
    """What Ren'Py's create_translate hashes for a block of one say line."""
    return hashlib.md5((code + "\r\n").encode("utf-8")).hexdigest()[:8]


def test_every_dialogue_block_of_the_questions_french_translation_is_matched() -> None:
    program = load_project(QUESTION, use_cache=False)
    text = (QUESTION / "tl" / "french" / "script.rpy").read_text(encoding="utf-8-sig")
    wanted = [m for m in re.findall(r"^translate french (\w+):", text, re.M)
              if m != "strings"]
    assert len(wanted) == 70
    ids = renpy_ids(program)
    assert [w for w in wanted if w not in ids] == []
    res = read_tl(QUESTION, "french", program)
    assert [u for u in res.unmatched if "script.rpy" in u[0]] == []
    assert res.dialogue == 70


def test_the_question_plays_in_french_on_every_path() -> None:
    """Every line the reader can see comes from tl/french: none is left in English."""
    from game.story import events as E
    from game.story.runtime import Runtime
    from game.story.state import CHOICE, ENDED

    program = load_project(QUESTION, use_cache=False)
    tr, problems = load_translation(QUESTION, "french", program)
    assert tr is not None and problems == []
    english = {s.text for s in program.statements if hasattr(s, "text")}
    for path, _evs in explore(program):
        rt = Runtime(program)
        rt.translation = tr
        evs = list(rt.start())
        picks = as_written(path)
        while rt.waiting != ENDED:
            evs += rt.choose(-picks.pop(0) - 1) if rt.waiting == CHOICE else rt.advance()
        said = [e for e in evs if isinstance(e, E.Say)]
        assert said and all(tr.has_say(e.line_id) for e in said), path
        assert len([e for e in said if e.text in english]) <= 1  # "Silence." in both
        chosen = [e.text for e in evs if isinstance(e, E.Chose)]
        assert all(t.startswith(("De lui", "C\u2019est")) for t in chosen), chosen


def _project(tmp_path: Path, script: str, tl: str) -> Path:
    d = tmp_path / "game"
    (d / "tl" / "french").mkdir(parents=True)
    (d / "script.rpy").write_text(script, encoding="utf-8")
    (d / "tl" / "french" / "script.rpy").write_text(tl, encoding="utf-8")
    return d


SCRIPT = '''\
define e = Character("Eileen", image="eileen")
image eileen happy = "e.png"

label start:
    e happy "Hello there." with dissolve
    "Twice."
    "Twice."
    e "Pinned." id start_pinned
    menu:
        "Which way?"
        "Left":
            "Gone left."
        "Right":
            "Gone right."
    "A line that changed."
'''


def test_ids_follow_renpys_code_for_attributes_with_repeats_and_id_clauses(
        tmp_path: Path) -> None:
    hello = "start_" + _md5('e happy "Hello there." with dissolve')
    twice = "start_" + _md5('"Twice."')
    gone = "start_" + _md5('"A line that changed, before."')
    tl = f'''\
# game/script.rpy:5
translate french {hello}:

    # e happy "Hello there." with dissolve
    e happy "Bonjour." with dissolve

translate french {twice}:
    "Deux fois."

translate french {twice}_1:
    "Deux fois, encore."

translate french start_pinned:
    e "Épinglé."

translate french {gone}:
    "Une ligne changée."

translate french strings:

    old "Left"
    new "Gauche"

    old "Which way?"
    new "Par où ?"

    old "Not in the game"
    new "Absent"

    old "Eileen"
    new "Eileen (fr)"
'''
    d = _project(tmp_path, SCRIPT, tl)
    program = load_project(d, use_cache=False)
    res = read_tl(d, "french", program)
    got = {src: out for (_ctx, src), out in res.strings.items()}
    assert got["Hello there."] == "Bonjour."
    assert got["Pinned."] == "Épinglé."
    assert got["Left"] == "Gauche" and got["Which way?"] == "Par où ?"
    assert got["Eileen"] == "Eileen (fr)"
    twice = sorted(out for (_c, src), out in res.strings.items() if src == "Twice.")
    assert twice == ["Deux fois, encore.", "Deux fois."]
    why = [u[2] for u in res.unmatched]
    assert len(why) == 2
    assert any(gone in w and "no line of the story" in w for w in why)
    assert any("'Not in the game'" in w for w in why)
    # the project's load warns once, about what was not matched only
    tl_warn = [w for w in program.warnings if "tl/ folder" in w.message]
    assert len(tl_warn) == 1 and "2 of" in tl_warn[0].message


def test_update_fills_a_catalogue_from_the_tl_folder(tmp_path: Path) -> None:
    d = tmp_path / "the_question"
    shutil.copytree(QUESTION, d)
    program = load_project(d, use_cache=False)
    report = update(d, "french", program)
    assert report.from_tl >= 90 and report.tl_unmatched > 0
    cat = read_catalog(d / "translations" / "french.po")
    strings = {m.id: m.string for m in cat if m.id}
    assert strings["Hi there! How was class?"] == "Salut\xa0! Comment étaient les cours\xa0?"
    assert strings["To ask her later."] == "De lui demander plus tard."
    assert "from tl/" in report.summary()
