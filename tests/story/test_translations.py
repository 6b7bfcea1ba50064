"""Translations keyed by stable ids: the .po round trip, fuzzy marking, obsolete entries
kept, lint's reports, ids that survive a sprite attribute change, damaged catalogues,
and the French golden transcript of our story (played straight and with saves between
every step)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from game.i18n.catalog import CatalogError, read_catalog, update, write_catalog
from game.i18n.check import translation_warnings
from game.i18n.lines import translation_ids, units
from game.i18n.translation import load_translation
from game.project import load_project
from game.story.play import play
from game.story.runtime import Runtime
from game.story.transcript import Transcript
from story_harness import ROOT, STORY_DIR, TESTS

GOLDEN = TESTS / "story" / "golden"

STORY = '''\
define k = Character("Kaori", image="kaori")
image kaori sad = "k.png"
image kaori smile = "k.png"

label start:
    "The night was {b}cold{/b}."
    k sad "I'll be back tonight..."
    k "Pinned line." id pinned_promise
    menu:
        "Stay":
            "She stayed."
        "Go":
            "She went.{w=0.5} Gone."
    "The end."
'''

FRENCH = {
    "Kaori": "Kaori",
    "The night was {b}cold{/b}.": "La nuit était {b}froide{/b}.",
    "I'll be back tonight...": "Je serai rentrée ce soir...",
    "Pinned line.": "Ligne épinglée.",
    "Stay": "Rester",
    "Go": "Partir",
    "She stayed.": "Elle resta.",
    "She went.{w=0.5} Gone.": "Elle partit.{w=0.5} Partie.",
    "The end.": "Fin.",
}


def _story(tmp_path: Path, text: str = STORY) -> Path:
    d = tmp_path / "story"
    d.mkdir(exist_ok=True)
    (d / "script.rpy").write_text(text, encoding="utf-8")
    return d


def _load(d: Path):
    return load_project(d, use_cache=False)


def _update(d: Path):
    return update(d, "fr", _load(d), ui=[("Preferences", "game/ui/x.py", 1)])


def _translate(d: Path, table: dict[str, str]) -> None:
    path = d / "translations" / "fr.po"
    cat = read_catalog(path)
    for m in cat:
        if m.id in table:
            m.string = table[m.id]
    write_catalog(path, cat)


def _entries(path: Path) -> dict[str, object]:
    cat = read_catalog(path)  # (Babel's read_po, with #| previous msgids restored)
    return {(m.context or "") + "|" + m.id: m for m in cat if m.id}


def _play(program, translation, picks=(), restore=False) -> list[str]:
    out: list[str] = []
    t = Transcript(out.append)
    rt = Runtime(program)
    rt.translation = translation
    picks = list(picks)

    def relay(rt: Runtime) -> Runtime:
        # the save holds ids, never text: a fresh runtime tells it again
        data = json.loads(json.dumps(rt.state.to_json()))
        rt = Runtime(program)
        rt.translation = translation
        rt.restore(data)  # (what restore shows again is not part of the transcript)
        return rt

    play(rt, lambda rt: rt.state.choices[(picks.pop(0) if picks else 1) - 1],
         on_events=t.feed, relay=relay if restore else None)
    t.flush()
    return out


# -- the catalogue ----------------------------------------------------------------------
def test_update_writes_ids_texts_comments_and_places(tmp_path: Path) -> None:
    d = _story(tmp_path)
    report = _update(d)
    text = (d / "translations" / "fr.po").read_text(encoding="utf-8")
    prog = _load(d)
    tids = translation_ids(prog)
    say = next(s for s in prog.statements if getattr(s, "text", "") == "I'll be back tonight...")
    assert f'msgctxt "{tids[say.sid]}"' in text
    assert 'msgid "I\'ll be back tonight..."' in text
    assert "#. Kaori speaks; before the first chapter\n#: story/script.rpy:7\n" in text
    assert 'msgctxt "pinned_promise"' in text
    assert 'msgctxt "character:k"' in text and 'msgid "Stay"' in text
    assert 'msgctxt "ui"' in text and 'msgid "Preferences"' in text
    assert 'msgid "The night was {b}cold{/b}."' in text
    assert "python-brace-format" not in text
    assert report.added == len(units(prog)) + 1


def test_po_round_trip_keeps_every_translation(tmp_path: Path) -> None:
    d = _story(tmp_path)
    _update(d)
    _translate(d, FRENCH)
    path = d / "translations" / "fr.po"
    before = {k: (m.string, m.fuzzy) for k, m in _entries(path).items()}
    report = _update(d)
    after = {k: (m.string, m.fuzzy) for k, m in _entries(path).items()}
    assert after == before
    assert report.added == 0 and not report.fuzzy and not report.obsolete
    assert sum(1 for s, _f in after.values() if s) == len(FRENCH)
    tr, problems = load_translation(d, "fr", _load(d))
    assert tr is not None and problems == []
    assert _play(_load(d), tr)[:2] == ["La nuit était froide.",
                                       "Kaori: Je serai rentrée ce soir..."]


def test_a_changed_line_keeps_its_translation_marked_fuzzy_with_the_old_text(
        tmp_path: Path) -> None:
    d = _story(tmp_path)
    _update(d)
    _translate(d, FRENCH)
    # the pinned line changes its text but keeps its id; the choice keeps its place
    _story(tmp_path, STORY.replace('"Pinned line."', '"Pinned line, reworded."')
           .replace('"Stay":', '"Stay with him":'))
    report = _update(d)
    path = d / "translations" / "fr.po"
    e = _entries(path)
    pinned = e["pinned_promise|Pinned line, reworded."]
    assert pinned.fuzzy and pinned.string == "Ligne épinglée."
    assert list(pinned.previous_id) == ["Pinned line."]
    choice = next(m for k, m in e.items() if k.endswith("|Stay with him"))
    assert choice.fuzzy and choice.string == "Rester"
    text = path.read_text(encoding="utf-8")
    assert '#| msgid "Pinned line."' in text and "#, fuzzy" in text
    assert sorted(report.fuzzy) == sorted(["pinned_promise", choice.context])
    # a fuzzy translation is not shown: the changed line reads as written
    tr, _ = load_translation(d, "fr", _load(d))
    assert "Kaori: Pinned line, reworded." in _play(_load(d), tr)


def test_a_line_that_is_gone_is_kept_obsolete_and_reported(tmp_path: Path) -> None:
    d = _story(tmp_path)
    _update(d)
    _translate(d, FRENCH)
    # edited, not updated yet: lint names the translation and the closest line now
    _story(tmp_path, STORY.replace('    "The end."\n', '    "The very end."\n'))
    warnings = [w for w in translation_warnings(_load(d)) if w.code == "W802"]
    assert len(warnings) == 1
    assert "'The end.'" in warnings[0].message and "'The very end.'" in warnings[0].message
    # deleted, then updated: kept as a #~ entry and listed
    _story(tmp_path, STORY.replace('    "The end."\n', ""))
    report = _update(d)
    text = (d / "translations" / "fr.po").read_text(encoding="utf-8")
    assert '#~ msgid "The end."' in text and '#~ msgstr "Fin."' in text
    assert [t for _c, t in report.obsolete] == ["The end."]
    assert "obsolete: " in report.summary() and "The end." in report.summary()
    # a second update neither drops it nor reports it again
    again = _update(d)
    assert '#~ msgid "The end."' in (d / "translations" / "fr.po").read_text("utf-8")
    assert again.obsolete == []
    # lint names an obsolete translation too, with the closest line still there
    warnings = [w for w in translation_warnings(_load(d)) if w.code == "W802"]
    assert len(warnings) == 1 and "'The end.'" in warnings[0].message


def test_an_obsolete_entry_comes_back_when_its_line_does(tmp_path: Path) -> None:
    d = _story(tmp_path)
    _update(d)
    _translate(d, FRENCH)
    _story(tmp_path, STORY.replace('    "The end."\n', ""))
    _update(d)
    _story(tmp_path)
    report = _update(d)
    assert report.revived == 1
    assert _entries(d / "translations" / "fr.po")
    tr, _ = load_translation(d, "fr", _load(d))
    assert _play(_load(d), tr)[-1] == "Fin."


# -- ids --------------------------------------------------------------------------------
def test_the_translation_id_survives_a_sprite_attribute_change(tmp_path: Path) -> None:
    d = _story(tmp_path)
    _update(d)
    _translate(d, FRENCH)
    old = translation_ids(_load(d))
    _story(tmp_path, STORY.replace('k sad "I\'ll', 'k smile "I\'ll'))
    prog = _load(d)
    new = translation_ids(prog)
    assert sorted(old.values()) == sorted(new.values())
    report = _update(d)
    assert report.added == 0 and not report.fuzzy and not report.obsolete
    tr, _ = load_translation(d, "fr", prog)
    assert "Kaori: Je serai rentrée ce soir..." in _play(prog, tr)


def test_a_line_without_attributes_uses_its_save_id(tmp_path: Path) -> None:
    prog = _load(_story(tmp_path))
    ids = translation_ids(prog)
    narr = next(s for s in prog.statements if getattr(s, "text", "") == "The end.")
    assert ids[narr.sid] == narr.sid


def test_an_id_clause_pins_the_id_and_lint_reports_it_twice(tmp_path: Path) -> None:
    d = _story(tmp_path, STORY + '    "Another." id pinned_promise\n')
    prog = _load(d)
    assert "pinned_promise" in translation_ids(prog).values()
    w = [x for x in translation_warnings(prog, d) if x.code == "W806"]
    assert len(w) == 1 and "pinned_promise" in w[0].message


# -- lint -------------------------------------------------------------------------------
def test_lint_reports_missing_translations_and_tags_that_differ(tmp_path: Path) -> None:
    d = _story(tmp_path)
    _update(d)
    table = dict(FRENCH)
    del table["The end."]
    table["She went.{w=0.5} Gone."] = "Elle partit. Partie."  # the pause is lost
    _translate(d, table)
    warnings = translation_warnings(_load(d))
    missing = [w for w in warnings if w.code == "W801"]
    assert len(missing) == 1 and "'The end.'" in missing[0].message
    assert missing[0].path.endswith("script.rpy") and missing[0].line == 14
    tags = [w for w in warnings if w.code == "W803"]
    assert len(tags) == 1 and "{w=0.5}" in tags[0].message
    assert tags[0].path.endswith("fr.po") and tags[0].line > 1
    assert Path(tags[0].path).resolve() == (d / "translations" / "fr.po").resolve()


def test_lint_of_our_story_finds_the_french_translation_complete() -> None:
    prog = load_project(STORY_DIR, use_cache=False)
    assert translation_warnings(prog) == []
    run = subprocess.run([sys.executable, "-m", "game", "lint"], capture_output=True,
                         text=True, cwd=ROOT, timeout=120)
    assert run.returncode == 0 and "W80" not in run.stdout


def test_every_interface_string_has_a_french_translation() -> None:
    """The interface is translated whole: a screen's new words fail here until fr.po has
    them (run `python -m game translate update --lang fr`, then translate)."""
    from game.i18n.catalog import read_catalog
    from game.i18n.ui_strings import collect

    cat = read_catalog(STORY_DIR / "translations" / "fr.po")
    shown = {text for text, _path, _line in collect()}
    assert shown, "no interface strings collected"
    missing = sorted(t for t in shown if not (cat.get(t, context="ui") or None)
                     or not cat.get(t, context="ui").string)
    assert missing == []


# -- damaged catalogues -----------------------------------------------------------------
@pytest.mark.parametrize("damage", [
    b'msgid "unterminated\nmsgstr "x"\n',
    b"\xff\xfe\x00garbage",
    b'msgctxt "a"\nmsgid "x"\nmsgstr "y"\nmsgid\n',
])
def test_a_damaged_catalogue_is_reported_and_set_aside(tmp_path: Path, damage: bytes) -> None:
    d = _story(tmp_path)
    (d / "translations").mkdir()
    path = d / "translations" / "fr.po"
    path.write_bytes(damage)
    with pytest.raises(CatalogError):
        read_catalog(path)
    tr, problems = load_translation(d, "fr", _load(d))
    assert tr is None and len(problems) == 1 and "fr.po" in problems[0]
    # update refuses to overwrite it; lint reports it; transcript plays as written
    with pytest.raises(CatalogError):
        _update(d)
    assert path.read_bytes() == damage
    assert [w.code for w in translation_warnings(_load(d))] == ["W804"]
    run = subprocess.run([sys.executable, "-m", "game", "transcript", "--story", str(d),
                          "--lang", "fr"], capture_output=True, text=True, cwd=ROOT,
                         timeout=120)
    assert run.returncode == 0, run.stderr
    assert "fr.po" in run.stderr and run.stdout.startswith("The night was cold.")


def test_a_translation_with_broken_tags_is_left_out_and_named(tmp_path: Path) -> None:
    d = _story(tmp_path)
    _update(d)
    _translate(d, {**FRENCH, "The end.": "{b}Fin.", "Stay": "Rester [nobody]"})
    tr, problems = load_translation(d, "fr", _load(d))
    assert tr is not None and len(problems) == 2
    lines = _play(_load(d), tr)
    assert lines[-1] == "The end." and "> Stay" in lines


def test_an_unknown_language_is_an_error_for_transcript(tmp_path: Path) -> None:
    d = _story(tmp_path)
    run = subprocess.run([sys.executable, "-m", "game", "transcript", "--story", str(d),
                          "--lang", "de"], capture_output=True, text=True, cwd=ROOT,
                         timeout=120)
    assert run.returncode == 1 and "no translation 'de'" in run.stderr
    run = subprocess.run([sys.executable, "-m", "game", "translate", "update", "--story",
                          str(d), "--lang", "../x"], capture_output=True, text=True,
                         cwd=ROOT, timeout=120)
    assert run.returncode == 2 and "not a language code" in run.stderr


# -- our story in French ----------------------------------------------------------------
@pytest.mark.parametrize("golden,picks", [("transcript.fr.txt", []),
                                          ("transcript.fr.choose-2-2.txt", [2, 2])])
def test_the_french_golden_transcript(golden: str, picks: list[int]) -> None:
    expected = (GOLDEN / golden).read_text(encoding="utf-8").splitlines()
    prog = load_project(STORY_DIR, use_cache=False)
    tr, problems = load_translation(STORY_DIR, "fr", prog)
    assert problems == []
    assert _play(prog, tr, picks) == expected
    assert _play(prog, tr, picks, restore=True) == expected
    args = ["--choose", ",".join(map(str, picks))] if picks else []
    run = subprocess.run([sys.executable, "-m", "game", "transcript", "--lang", "fr", *args],
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert run.returncode == 0 and run.stdout.splitlines() == expected


def test_every_french_line_differs_from_english_where_the_words_do() -> None:
    """Complete: every say line and choice has a French text (names and Japanese terms
    alone may read the same)."""
    prog = load_project(STORY_DIR, use_cache=False)
    cat = read_catalog(STORY_DIR / "translations" / "fr.po")
    same = [m.id for m in cat if m.id and m.string == m.id]
    assert all(len(s.split()) <= 3 or s == prog.title for s in same), same
    assert all(m.string and not m.fuzzy for m in cat if m.id)
    assert len([u for u in units(prog)]) <= len([m for m in cat if m.id])


def test_an_update_that_changes_nothing_rewrites_the_same_bytes(tmp_path: Path) -> None:
    d = _story(tmp_path)
    _update(d)
    _translate(d, FRENCH)
    before = (d / "translations" / "fr.po").read_bytes()
    _update(d)
    assert (d / "translations" / "fr.po").read_bytes() == before


def test_translations_need_no_pygame(tmp_path: Path) -> None:
    """The catalogue tools and the translated transcript run where pygame cannot load."""
    d = _story(tmp_path)
    script = (
        "import sys\n"
        "class NoPygame:\n"
        "    def find_spec(self, name, path=None, target=None):\n"
        "        if name.startswith('pygame'):\n"
        "            raise ImportError(name)\n"
        "sys.meta_path.insert(0, NoPygame())\n"
        "from game.cli import main\n"
        f"assert main(['translate', 'update', '--lang', 'fr', '--story', {str(d)!r}]) == 0\n"
        f"assert main(['transcript', '--lang', 'fr', '--story', {str(d)!r}]) == 0\n"
        "print('PYGAME', sorted(m for m in sys.modules if m.startswith('pygame')))\n")
    run = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         cwd=ROOT, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "PYGAME []" in run.stdout


def test_an_id_clause_is_read_before_or_after_a_with_clause(tmp_path: Path) -> None:
    prog = _load(_story(tmp_path, STORY + '    "Three." id third with dissolve\n'
                        '    "Four." with dissolve id fourth\n'
                        '    k "Five \\\\o/" id fifth\n'))
    ident = {s.text: (s.ident, s.with_) for s in prog.statements if hasattr(s, "ident")}
    assert ident["Three."] == ("third", "dissolve")
    assert ident["Four."] == ("fourth", "dissolve")
    assert ident["Five \\o/"] == ("fifth", None)
    assert {"third", "fourth", "fifth"} <= set(translation_ids(prog).values())


def test_the_terminal_player_reads_in_french(tmp_path: Path) -> None:
    run = subprocess.run([sys.executable, "-m", "game", "--text", "--lang", "fr",
                          "--data-dir", str(tmp_path / "data")], input="\n\n\nq\n",
                         capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "Kaori: Tsukino est au Hueco Mundo, Izumo... Je dois y aller..." in run.stdout
    # the content note first, in French too
    assert run.stdout.startswith("Avertissement\n\nThe Scars Run Deep est une histoire"
                                 " d'amour et de deuil.")


def test_the_credits_roll_in_french() -> None:
    prog = load_project(STORY_DIR, use_cache=False)
    tr, _ = load_translation(STORY_DIR, "fr", prog)
    fr = tr.credits(prog.credits)
    assert fr.sections[-1].lines == ("Merci de votre lecture.",)
    assert fr.sections[0].lines[0] == "Histoire adaptée de la fan fiction"
    assert fr.scene == prog.credits.scene and fr.seconds == prog.credits.seconds
    assert len(fr.sections) == len(prog.credits.sections)


def test_a_reworded_line_takes_its_old_translation_fuzzy_not_obsolete(tmp_path: Path) -> None:
    """Its id changes with its words; the closest line gone from the same label hands
    over its translation, marked fuzzy with the old text, as msgmerge does."""
    d = _story(tmp_path)
    _update(d)
    _translate(d, FRENCH)
    _story(tmp_path, STORY.replace('"The night was {b}cold{/b}."',
                                   '"The night was {b}bitter cold{/b}."'))
    report = _update(d)
    e = _entries(d / "translations" / "fr.po")
    m = next(m for k, m in e.items() if k.endswith("|The night was {b}bitter cold{/b}."))
    assert m.fuzzy and m.string == "La nuit était {b}froide{/b}."
    assert list(m.previous_id) == ["The night was {b}cold{/b}."]
    assert report.obsolete == [] and report.added == 0 and len(report.fuzzy) == 1
    # an unrelated new line is new, and the line it replaced is obsolete
    _story(tmp_path, STORY.replace('"The end."', '"Dawn broke over Soul Society at last."'))
    report = _update(d)
    assert report.added == 1 and [t for _c, t in report.obsolete] == ["The end."]
