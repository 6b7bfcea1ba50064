"""The reader's language in the window: the Preferences picker and --lang, a switch
mid-game that shows the current line and the history again in the new language, saves
that hold ids (a French save loads in English), a damaged catalogue set aside, and
fonts that draw French."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pygame
import pytest

from game.render.fonts import _FILES as _FONT_FILES
from game.render.fonts import font
from game.ui import i18n
from ui_harness import advance_line, key, make_game, note_read, play_until, press, program, step

FRENCH_SAMPLE = "é è ç à ô œ « » É Ç ê î û ù ï À"
STORY_DIR = Path(__file__).resolve().parents[2] / "story"


@pytest.fixture
def real(data_dir, audio):
    """Our story (it has story/translations/fr.po), at the title."""
    note_read(data_dir)
    g = make_game(data_dir, prog=program(), audio=audio)
    yield g
    g.images.close()
    i18n.use(None)


def _button_texts(g) -> list[str]:
    return [it.element.text for it in g.ui.focus.items
            if it.element is not None and isinstance(getattr(it.element, "text", None), str)]


def _start_and_read(g, lines: int) -> None:
    press(g, "Start")
    step(g, 5, dt=0.5)
    for _ in range(lines):
        advance_line(g)


def test_the_picker_lists_the_story_as_written_and_french(real):
    press(real, "Preferences")
    names = [it.name for it in real.ui.focus.items if it.name.startswith("Language:")]
    assert names == ["Language:English", "Language:Français"]


def test_switching_mid_game_shows_the_line_and_history_again_in_french(real, data_dir):
    _start_and_read(real, 2)
    d = real.describe()
    assert d["text"] == "Tsukino is in Hueco Mundo, Izumo... I have to go..."
    line_id = d["line_id"]
    key(real, pygame.K_ESCAPE)
    press(real, "Preferences")
    press(real, "Language:Français")
    assert json.loads((data_dir / "preferences.json").read_text("utf-8"))["language"] == "fr"
    # the page itself is redrawn in French
    assert "Préférences" in _button_texts(real) and "Preferences" not in _button_texts(real)
    key(real, pygame.K_ESCAPE)
    key(real, pygame.K_ESCAPE)
    step(real, 3)
    d = real.describe()
    assert d["line_id"] == line_id  # the same line, the same place
    assert d["text"] == "Tsukino est au Hueco Mundo, Izumo... Je dois y aller..."
    assert d["who"] == "Kaori"
    history = [e.text for e in real.session.rollback.entries()]
    assert history[:2] == ["Chapitre un\nLa Promesse",
                           "La nuit était tombée sur la maison quand la nouvelle arriva."]
    assert history[-1] == d["text"]
    # the next line comes in French too, and back to English at once
    advance_line(real)
    assert real.describe()["text"].startswith("Je t'en prie, Kaori...")
    real.language.set("")
    step(real, 2)
    assert real.describe()["text"].startswith("Please, Kaori... I'll go!")
    assert real.session.rollback.entries()[1].text.startswith("Night had settled")


def test_a_french_save_loads_in_english_and_holds_no_french_position(real, data_dir):
    real.language.set("fr")
    _start_and_read(real, 3)
    fr_text = real.describe()["text"]
    assert fr_text.startswith("Je t'en prie, Kaori")
    assert real.save_slot("1-1")
    saved = json.loads(next((data_dir / "saves").rglob("1-1.json")).read_text("utf-8"))
    state = json.dumps(saved["state"], ensure_ascii=False)
    assert "Je t'en prie" not in state and "Kaori" not in state  # ids, not text
    # the history is kept as the story is written, whatever the reader's language
    assert [h["text"] for h in saved["history"]][1:3] == [
        "Night had settled over the house when the news came.",
        "Tsukino is in Hueco Mundo, Izumo... I have to go..."]
    real.language.set("")
    assert real.load_slot("1-1")
    step(real, 2)
    d = real.describe()
    assert d["text"].startswith("Please, Kaori... I'll go!")
    assert [e.text for e in real.session.rollback.entries()][1].startswith("Night had")


def test_lang_on_the_command_line_is_kept_and_translates_the_title(data_dir, audio):
    note_read(data_dir)
    g = make_game(data_dir, prog=program(), audio=audio, lang="fr")
    try:
        assert g.language.code == "fr"
        assert json.loads((data_dir / "preferences.json").read_text("utf-8"))["language"] \
            == "fr"
        texts = _button_texts(g)
        assert "Commencer" in texts and "Préférences" in texts and "Start" not in texts
        focus_names = [it.name for it in g.ui.focus.items]
        assert "Start" in focus_names  # names stay as written: code and tests use them
    finally:
        g.images.close()
        i18n.use(None)


def test_a_damaged_catalogue_is_reported_and_the_game_plays_as_written(tmp_path, data_dir,
                                                                        audio):
    from game.project import load_project

    story = tmp_path / "story"
    shutil.copytree(Path(__file__).resolve().parent / "data" / "story", story)
    (story / "translations").mkdir()
    (story / "translations" / "fr.po").write_bytes(b'msgid "broken\nmsgstr "x"\n')
    note_read(data_dir)
    g = make_game(data_dir, prog=load_project(story), audio=audio, lang="fr")
    try:
        assert g.language.code == ""
        assert any("fr.po" in t.text and "damaged" in t.text for t in g.toasts.items)
        press(g, "Start")
        step(g, 5, dt=0.5)
        assert g.session is not None and g.session.runtime.translation is None
    finally:
        g.images.close()
        i18n.use(None)


def test_an_unknown_language_in_the_preferences_file_is_reported(data_dir, audio):
    note_read(data_dir, language="de")
    g = make_game(data_dir, prog=program(), audio=audio)
    try:
        assert g.language.code == ""
        assert any("'de'" in t.text for t in g.toasts.items)
    finally:
        g.images.close()


@pytest.mark.parametrize("family,bold,italic", sorted(_FONT_FILES))  # every bundled face
def test_our_fonts_draw_every_french_letter(family, bold, italic):
    """Each accented letter and guillemet has its own glyph: drawn with ink, unlike the
    'missing glyph' box a font draws for a character it lacks, and unlike its base
    letter without the accent."""
    pygame.font.init()
    f = font(family, 40, bold, italic)

    def pixels(ch: str) -> bytes:
        s = f.render(ch, True, (255, 255, 255), (0, 0, 0))
        return pygame.image.tobytes(s, "RGB")

    missing = pixels("\U000f0000")  # a private-use character no font here has
    for ch in FRENCH_SAMPLE.replace(" ", ""):
        img = pixels(ch)
        assert any(img), ch
        assert img != missing, f"{ch!r} draws the missing-glyph box in {family}"
    for accented, base in (("é", "e"), ("è", "e"), ("ç", "c"), ("à", "a"), ("ô", "o")):
        assert pixels(accented) != pixels(base), accented


def test_a_menu_showing_is_shown_again_in_french_with_the_quick_menu(real):
    press(real, "Start")
    step(real, 5, dt=0.5)
    for _ in range(40):
        if real.describe()["state"] == "menu":
            break
        advance_line(real)
    before = real.describe()
    assert before["text"] == "What does Izumo do first?"
    real.language.set("fr")
    step(real, 3)
    d = real.describe()
    assert d["text"] == "Que fait Izumo en premier ?" and d["state"] == "menu"
    assert [c.text for c in real.session.screen.menu.menu.choices] == [
        "La serrer contre lui", "Tout jeter dans le kido de soin"]
    # the quick menu is measured again for its French words
    assert d["quick"]["Back"] != before["quick"]["Back"]
    # and the French choice is taken like the English one
    real.session.choose(0)
    play_until(real, lambda: real.describe()["state"] == "say")
    assert real.describe()["text"].startswith("Il la serra contre sa poitrine")


def test_the_title_is_in_french_after_choosing_it_in_preferences(real):
    press(real, "Preferences")
    press(real, "Language:Français")
    key(real, pygame.K_ESCAPE)
    step(real, 2)
    assert real.describe()["menu"] == "title"
    texts = _button_texts(real)
    assert "Commencer" in texts and "Start" not in texts


def test_formatted_words_are_translated_before_they_are_filled_in(real, monkeypatch):
    """Toasts and details built from a format string (issue 15): the sentence is looked
    up, then the numbers and names go in."""
    from game.ui.screens import gallery

    real.language.set("fr")
    real.saving.screenshot()
    said = [t.text for t in real.toasts.items]
    assert any(t.startswith("Capture d'écran enregistrée : screenshot-") for t in said)
    drawn: list[str] = []
    real_draw = gallery.draw_text
    monkeypatch.setattr(gallery, "draw_text", lambda c, text, *a, **k:
                        (drawn.append(text), real_draw(c, text, *a, **k))[1])
    press(real, "Gallery")  # (buttons keep their English names for code and tests)
    step(real, 2)
    assert any(re.match(r"\d+ sur \d+ débloquées  ·  page 1 sur \d+$", t) for t in drawn), drawn


def test_every_formatted_interface_string_is_collected_for_translators():
    from game.i18n.ui_strings import collect

    found = {text for text, _file, _line in collect()}
    assert {"Story reloaded ({ms} ms{notes})", "Screenshot saved: {name}",
            "version {version}", "{seen} of {total} unlocked", "replaces {n} images",
            "{problem}; the translation from before the edit is kept"} <= found


def test_the_content_note_is_shown_in_french(data_dir, audio):
    """The note before the first Start (game.toml's [content_note], a story string
    with its own msgctxt) is collected for translators and drawn in the reader's
    language."""
    from game.ui.screens import dialogs

    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "preferences.json").write_text('{"language": "fr"}', encoding="utf-8")
    g = make_game(data_dir, prog=program(), audio=audio)
    note = g.program.story_files.content_note
    assert note.startswith("The Scars Run Deep is a story about love and grief.")
    drawn: list[str] = []
    real_draw = dialogs.draw_text
    try:
        dialogs.draw_text = lambda c, text, *a, **k: (drawn.append(i18n._(text)),
                                                       real_draw(c, text, *a, **k))[1]
        press(g, "Start")
        assert g.describe()["menu"] == "content_note"
        g.draw()
        assert any(t.startswith("The Scars Run Deep est une histoire d'amour et de deuil.")
                   for t in drawn), drawn
        assert note not in drawn
    finally:
        dialogs.draw_text = real_draw
        g.images.close()
        i18n.use(None)


def test_the_music_room_s_track_titles_are_in_french(real):
    """game.toml's [[music]] titles are in the catalogue (msgctxt music:FILE) and the
    music room shows them in the reader's language."""
    real.language.set("fr")
    press(real, "Music Room")
    titles = real.describe()["titles"]
    assert titles[0] == "The Scars Run Deep (thème principal)"  # heard at the title
    assert "???" in titles  # the others wait to be heard in the story
    real.persistent.finished = True  # all unlocked
    key(real, pygame.K_ESCAPE)
    press(real, "Music Room")
    titles = real.describe()["titles"]
    assert "Le thème de Kaori" in titles and "Kaori's Theme" not in titles


def test_preferences_write_decimals_the_french_way(real):
    press(real, "Preferences")
    shown = lambda: [show() for _xy, show in real.ui.top._values]  # noqa: E731
    assert any(re.fullmatch(r"\d\.\d seconds", t) for t in shown()), shown()
    press(real, "Language:Français")
    step(real, 2)
    assert any(re.fullmatch(r"\d,\d secondes", t) for t in shown()), shown()
    assert not any(re.fullmatch(r"\d\.\d secondes", t) for t in shown())


def test_gallery_and_music_room_words_are_french(real, monkeypatch):
    """The tiles' spoken words and the music room's count go through the catalogue."""
    from game.ui.screens import music_room
    from game.ui.voicing import item_words

    real.language.set("fr")
    press(real, "Gallery")
    step(real, 2)
    menu = real.ui.top
    item = next(i for i in real.ui.focus.items if (i.name or "").startswith("cg:"))
    said = item_words(menu, item)
    assert re.fullmatch(r"Image 1 sur \d+, verrouillée : pas encore vue\.", said), said
    key(real, pygame.K_ESCAPE)
    step(real, 2)
    drawn: list[str] = []
    real_draw = music_room.draw_text
    monkeypatch.setattr(music_room, "draw_text", lambda c, text, *a, **k:
                        (drawn.append(text), real_draw(c, text, *a, **k))[1])
    press(real, "Music Room")
    step(real, 2)
    assert any(re.fullmatch(r"\d+ morceaux débloqués sur \d+", t) for t in drawn), drawn
    menu = real.ui.top
    item = next(i for i in real.ui.focus.items if (i.name or "").startswith("track:"))
    said = item_words(menu, item)
    assert said.startswith("Morceau 1"), said


def test_a_long_french_heading_stays_in_its_column(real):
    from game.render.fonts import font
    from game.ui.screens.page import NAV_W, NAV_X

    real.language.set("fr")
    press(real, "Music Room")
    step(real, 2)
    top = real.ui.top
    width = font("serif", top.heading_size(), True).size(i18n._(top.heading))[0]
    assert i18n._(top.heading) == "Salle de musique"
    assert top.s(NAV_X + 24) + width <= top.s(NAV_X + NAV_W + 30) - top.s(8)


def test_the_music_room_s_controls_are_in_french(real):
    real.language.set("fr")
    press(real, "Music Room")
    step(real, 2)
    texts = _button_texts(real)
    assert {"\u25c0\u25c0 Précédent", "\u25a0 Arrêter", "Suivant \u25b6\u25b6"} <= set(texts), texts


def test_about_and_the_sample_line_are_shown_in_french(data_dir, audio):
    """game.toml's [[about]] and sample_line are story strings (msgctxt about:N:*,
    sample_line) drawn in the reader's language."""
    from game.ui.screens import about, accessibility

    note_read(data_dir, language="fr")
    g = make_game(data_dir, prog=program(), audio=audio)
    drawn: list[str] = []
    real_draw, real_layout = about.draw_text, accessibility.layout
    try:
        about.draw_text = lambda c, text, *a, **k: (drawn.append(i18n._(text)),
                                                     real_draw(c, text, *a, **k))[1]
        accessibility.layout = lambda text, *a, **k: (drawn.append(text),
                                                      real_layout(text, *a, **k))[1]
        press(g, "About")
        g.draw()
        assert "Histoire, images, musique et code" in drawn
        assert any(t.startswith("Écrits, dessinés (SVG)") for t in drawn), drawn
        assert "Story, art, music and code" not in drawn
        g.ui.close_all()
        from game.ui.screens.accessibility import AccessibilityScreen

        g.ui.open(AccessibilityScreen(g))
        g.draw()
        assert "Kaori. « Je serai rentrée ce soir... Je te le promets... »" in drawn
    finally:
        about.draw_text, accessibility.layout = real_draw, real_layout
        g.images.close()
        i18n.use(None)
