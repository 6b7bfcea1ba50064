"""Toasts: problems said to a player in plain words, pointing to the file kept aside,
wrapped whole (long paths too) and staying long enough to read."""
from __future__ import annotations

import pygame

from game.ui.notices import for_player, why_in_words
from game.ui.overlay import Toasts, toast_seconds
from game.ui.widgets import wrap
from ui_harness import make_game, small_program, step

PARSER = "not valid JSON (Expecting property name enclosed in double quotes at line 1, column 2)"


def test_parser_text_becomes_plain_words():
    assert why_in_words(PARSER) == "its text is damaged or incomplete"
    assert "Expecting" not in why_in_words(PARSER)
    msg = for_player(f"preferences.json is damaged ({PARSER}); it was kept as"
                     " preferences.json.damaged-20261127-101010", None)
    assert msg.startswith("Your preferences could not be read")
    assert "default preferences" in msg and "preferences.json.damaged-20261127-101010" in msg
    assert "JSON" not in msg and "column" not in msg


def test_a_damaged_preferences_file_is_reported_to_the_player(data_dir):
    data_dir.mkdir(parents=True)
    (data_dir / "preferences.json").write_text("{ not json", encoding="utf-8")
    g = make_game(data_dir, prog=small_program())
    try:
        texts = [t.text for t in g.toasts.items]
        assert len(texts) == 1
        text = texts[0]
        assert "Your preferences could not be read" in text
        assert "Expecting" not in text and "JSON" not in text
        kept = next(p.name for p in data_dir.iterdir() if ".damaged-" in p.name)
        assert kept in text and str(data_dir) in text  # which file, and where
        assert g.toasts.items[0].error and g.toasts.items[0].left >= 8
        # wrapped whole in the window, never cut with an ellipsis
        canvas = pygame.Surface((1280, 720))
        g.toasts.draw(canvas, g.view.scale)
    finally:
        g.images.close()


def test_long_notices_stay_longer_and_are_never_cut():
    short, long = "Saved.", " ".join(["word"] * 60)
    assert toast_seconds(short) == 4.0
    assert toast_seconds(long) > 20
    assert toast_seconds(long, error=True) > toast_seconds(long)
    t = Toasts()
    t.add(long)
    t.update(10.0)
    assert t.items  # still there after 10 s
    pygame.font.init()
    from game.render.fonts import font

    f = font("sans", 20)
    lines = wrap(long, f, 300)
    assert len(lines) > 3 and not any("\u2026" in ln for ln in lines)
    assert " ".join(lines) == long


def test_a_long_path_wraps_inside_the_width():
    pygame.font.init()
    from game.render.fonts import font

    f = font("sans", 20)
    path = "/home/player/.local/share/scars-run-deep/saves/" + "very-long-folder-name/" * 6
    lines = wrap(f"The file was kept in {path}", f, 260)
    assert all(f.size(ln)[0] <= 260 for ln in lines)
    assert "".join(lines).replace(" ", "") == f"The file was kept in {path}".replace(" ", "")


def test_the_toast_panel_fits_a_small_window(game):
    game.toast("A notice with a long path /home/player/.local/share/scars-run-deep/"
               "saves/preferences.json.damaged-20261127-101010 that must wrap.", error=True)
    step(game)
    canvas = pygame.Surface((800, 450))
    canvas.fill((0, 0, 0))
    game.toasts.draw(canvas, 800 / 1920)
    # nothing drawn in the left margin: the panel stays inside the window
    col = pygame.mask.from_threshold(canvas.subsurface((0, 0, 8, 450)), (0, 0, 0, 255),
                                     (1, 1, 1, 255))
    assert col.count() == 8 * 450


def test_notices_are_said_in_the_reader_s_language():
    """A damaged file is reported in French when French is chosen (issue 15): the
    sentence is translated, then the names and places go in."""
    from pathlib import Path

    from game.i18n.catalog import read_catalog
    from game.i18n.translation import ui_strings, usable_strings
    from game.ui import i18n

    po = Path(__file__).resolve().parents[2] / "story" / "translations" / "fr.po"
    strings, _problems = usable_strings("fr", read_catalog(po))
    i18n.use(ui_strings(strings))
    try:
        msg = for_player("persistent.json is damaged (the file is empty); it was kept as"
                         " persistent.json.damaged-1", Path("/data"))
        assert msg == ("Le relevé de ce que vous avez lu et débloqué : lecture impossible"
                       " (il est vide) ; le jeu recommence ce relevé à zéro. Le fichier"
                       " abîmé a été gardé sous le nom persistent.json.damaged-1 dans"
                       " /data.")
        assert for_player("slot 1-2 is damaged: " + PARSER, None) == (
            "La sauvegarde 1-2 ne peut pas être chargée : son texte est abîmé ou"
            " incomplet. Son fichier reste intact.")
    finally:
        i18n.use(None)
    assert for_player("slot 1-2 is damaged: the file is empty", None) == (
        "Save 1-2 cannot be loaded: it is empty. Its file stays untouched.")
