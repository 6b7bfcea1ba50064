"""Live reload for a translator (issue 15): Shift+R, or a saved file with --watch, reads
story/translations/LANG.po again, and the line showing, the menu and the History come
back in the edited words; a .po damaged by the edit is reported with its place and the
translation read before is kept. The reload's own words are in the reader's language."""
from __future__ import annotations

import os
from pathlib import Path

import pygame
import pytest

from game.i18n.catalog import read_catalog, update, write_catalog
from game.project import load_project
from game.ui import i18n
from ui_harness import advance_line, key, make_game, note_read, step

SCRIPT = '''define e = Character("Eileen")

label start:
    "One."
    e "Two."
    menu:
        "Left":
            "Went left."
        "Right":
            "Went right."
    "The end."
    return
'''
FRENCH = {"One.": "Un.", "Two.": "Deux.", "Left": "Gauche", "Right": "Droite",
          "Went left.": "Parti à gauche.", "Went right.": "Parti à droite.",
          "The end.": "La fin.", "Eileen": "Eileen",
          "Story reloaded ({ms} ms{notes})": "Histoire rechargée ({ms} ms{notes})"}


def _touch_later(path: Path, before: int) -> None:
    """Move the file's time on by a second: the watch must see two saves in one tick."""
    t = max(before + 1_000_000_000, path.stat().st_mtime_ns)
    os.utime(path, ns=(t, t))


def _translate(po: Path, table: dict[str, str]) -> None:
    before = po.stat().st_mtime_ns
    cat = read_catalog(po)
    for m in cat:
        if m.id in table:
            m.string = table[m.id]
    write_catalog(po, cat)
    _touch_later(po, before)


@pytest.fixture
def story(tmp_path: Path) -> Path:
    d = tmp_path / "story"
    d.mkdir()
    (d / "script.rpy").write_text(SCRIPT, encoding="utf-8")
    update(d, "fr", load_project(d, use_cache=False),
           ui=[("Story reloaded ({ms} ms{notes})", "game/live_reload.py", 1)])
    _translate(d / "translations" / "fr.po", FRENCH)
    return d


@pytest.fixture
def game(story: Path, tmp_path: Path, audio):
    data = tmp_path / "data"
    note_read(data, language="fr")
    g = make_game(data, prog=load_project(story, use_cache=False), audio=audio)
    g.new_game()
    step(g, 10, dt=0.5)
    yield g
    g.images.close()
    i18n.use(None)


def shift_r(g) -> None:
    key(g, pygame.K_r, pygame.KMOD_LSHIFT)
    step(g, 4, dt=0.25)


def line(g) -> str | None:
    return g.session.current_line()[1]


def toasts(g) -> list[tuple[str, bool]]:
    return [(t.text, t.error) for t in g.toasts.items]


def choices(g) -> list[str]:
    assert g.session.screen.state == "menu"
    return [c.text for c in g.session.screen.menu.menu.choices]


def _to_two(g) -> None:
    for _ in range(5):
        if line(g) == "Deux.":
            return
        advance_line(g)
    raise AssertionError(f"never showed 'Deux.'; at {line(g)!r}")


def test_shift_r_shows_an_edited_po_in_the_line_and_the_history(game, story) -> None:
    g = game
    _to_two(g)
    assert [e.text for e in g.session.rollback.entries()] == ["Un.", "Deux."]
    _translate(story / "translations" / "fr.po", {"One.": "Une.", "Two.": "Deux, revu."})
    shift_r(g)
    assert g.reloader.count == 1 and g.describe().get("menu") is None
    assert line(g) == "Deux, revu."
    assert [e.text for e in g.session.rollback.entries()] == ["Une.", "Deux, revu."]
    # the reload says so in the reader's language (a format string translated first)
    assert any(t.startswith("Histoire rechargée (") and not err for t, err in toasts(g))
    advance_line(g)
    assert choices(g) == ["Gauche", "Droite"]


def test_at_a_menu_an_edited_choice_shows_its_new_translation(game, story) -> None:
    g = game
    _to_two(g)
    advance_line(g)
    assert choices(g) == ["Gauche", "Droite"]
    _translate(story / "translations" / "fr.po", {"Left": "À gauche"})
    shift_r(g)
    assert choices(g) == ["À gauche", "Droite"]


def test_a_damaged_po_is_reported_and_the_translation_before_is_kept(game, story) -> None:
    g = game
    _to_two(g)
    po = story / "translations" / "fr.po"
    before = po.stat().st_mtime_ns
    text = po.read_text("utf-8")
    po.write_text(text.replace('msgstr "Deux."', 'msgstr "Deux, cassé.'), "utf-8")
    _touch_later(po, before)
    bad_line = next(n for n, t in enumerate(po.read_text("utf-8").splitlines(), 1)
                    if "cassé" in t)
    shift_r(g)
    errors = [t for t, err in toasts(g) if err]
    assert errors and f"fr.po:{bad_line}:" in errors[-1]
    assert "the translation from before the edit is kept" in errors[-1]  # (no French here)
    assert line(g) == "Deux."  # the French read before, not English, not the damage
    assert g.language.code == "fr"
    advance_line(g)
    assert choices(g) == ["Gauche", "Droite"]
    # fixed: the next reload takes it
    before = po.stat().st_mtime_ns
    po.write_text(text.replace('msgstr "Deux."', 'msgstr "Deux, réparé."'), "utf-8")
    _touch_later(po, before)
    g.session.roll_back()
    shift_r(g)
    assert line(g) == "Deux, réparé."


def test_watch_notices_a_saved_po(game, story) -> None:
    g = game
    g.reloader.watching = True
    step(g, 4, dt=0.25)
    _to_two(g)
    _translate(story / "translations" / "fr.po", {"Two.": "Deux, surveillé."})
    step(g, 6, dt=0.25)  # no key: the watch sees the save once it settles
    assert g.reloader.count == 1 and line(g) == "Deux, surveillé."


def test_the_interface_follows_an_edited_po(game, story) -> None:
    g = game
    _translate(story / "translations" / "fr.po",
               {"Story reloaded ({ms} ms{notes})": "Rechargée ({ms} ms{notes})"})
    shift_r(g)
    assert any(t.startswith("Rechargée (") for t, _err in toasts(g))


def _button_texts(g) -> list[str]:
    return [it.element.text for it in g.ui.focus.items
            if it.element is not None and isinstance(getattr(it.element, "text", None), str)]


def test_on_the_title_an_edited_button_word_shows_after_shift_r(story, tmp_path, audio
                                                                ) -> None:
    po = story / "translations" / "fr.po"
    update(story, "fr", load_project(story, use_cache=False), ui=[("Start", "x.py", 1)])
    _translate(po, {"Start": "Commencer"})
    data = note_read(tmp_path / "data")
    g = make_game(data, prog=load_project(story, use_cache=False), audio=audio)
    try:
        step(g, 3)
        assert "Start" in _button_texts(g)
        g.language.set("fr")  # with the title open: its buttons are made again
        assert "Commencer" in _button_texts(g) and "Start" not in _button_texts(g)
        _translate(po, {"Start": "Débuter"})
        shift_r(g)
        assert g.describe()["menu"] == "title" and g.describe()["focus"] == "Start"
        assert "Débuter" in _button_texts(g)
    finally:
        g.images.close()
        i18n.use(None)


def test_the_po_is_read_again_only_when_it_changed(game, story, monkeypatch) -> None:
    """Babel takes tens of ms over our fr.po: a reload for a script edit must not pay it
    (the reload's budget is 100 ms), yet its French follows the edited script."""
    g = game
    reads: list[str] = []
    real_read = type(g.language)._read
    monkeypatch.setattr(type(g.language), "_read",
                        lambda self, code: (reads.append(code), real_read(self, code))[1])
    _to_two(g)
    script = story / "script.rpy"
    before = script.stat().st_mtime_ns
    script.write_text(SCRIPT.replace('"The end."', '"The very end."'), encoding="utf-8")
    _touch_later(script, before)
    shift_r(g)
    assert g.reloader.count == 1 and reads == [] and line(g) == "Deux."
    _translate(story / "translations" / "fr.po", {"Two.": "Deux !"})
    shift_r(g)
    assert g.reloader.count == 2 and reads == ["fr"] and line(g) == "Deux !"
