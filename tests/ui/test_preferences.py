"""Preferences: saved at once, applied at once, restored on the next start."""
from __future__ import annotations

import json

import pygame

from ui_harness import key, press, step


def saved(data_dir):
    return json.loads((data_dir / "preferences.json").read_text(encoding="utf-8"))


def test_toggles_save_and_apply_at_once(game, data_dir):
    press(game, "Start")
    step(game, 5, dt=0.5)
    key(game, pygame.K_ESCAPE)
    press(game, "Preferences")
    assert game.describe()["menu"] == "preferences"
    press(game, "Transitions:Off")
    assert saved(data_dir)["transitions"] is False
    assert game.session.screen.transitions_enabled is False
    press(game, "Text box:High contrast")
    assert saved(data_dir)["high_contrast"] is True
    assert game.session.screen.box.style.high_contrast is True
    press(game, "Skip:Unseen text")
    press(game, "Skip:After choices")
    p = saved(data_dir)
    assert p["skip_unseen"] is True and p["skip_after_choices"] is True
    press(game, "Sound:Mute all")
    assert saved(data_dir)["mute"] is True


def test_sliders_move_with_the_keyboard_and_apply(game, data_dir, audio):
    press(game, "Preferences")
    ring = game.ui.focus
    ring.focus("Music volume")
    ring.shown = True
    key(game, pygame.K_LEFT)
    key(game, pygame.K_LEFT)
    assert saved(data_dir)["music_volume"] == 0.7
    assert audio.volumes[0] == 0.7
    ring.focus("Text size")
    key(game, pygame.K_RIGHT)
    assert saved(data_dir)["text_size"] == 1.05
    ring.focus("Text speed")
    for _ in range(40):
        key(game, pygame.K_RIGHT)
    assert saved(data_dir)["text_cps"] == 0  # the right end: instant
    ring.focus("Auto-forward time")
    key(game, pygame.K_RIGHT)
    assert saved(data_dir)["auto_forward"] == 2.5


def test_slider_dragged_by_the_mouse_applies(game, data_dir):
    press(game, "Preferences")
    item = next(i for i in game.ui.focus.items if i.name == "Sound volume")
    item.element.set_current_value(35)
    game.handle(pygame.event.Event(__import__("pygame_gui").UI_HORIZONTAL_SLIDER_MOVED,
                                   ui_element=item.element, value=35))
    assert saved(data_dir)["sound_volume"] == 0.35


def test_the_voice_volume_slider_saves_and_applies(game, data_dir, audio):
    press(game, "Preferences")
    game.ui.focus.focus("Voice volume")
    game.ui.focus.shown = True
    key(game, pygame.K_LEFT)
    assert saved(data_dir)["voice_volume"] == 0.75
    assert audio.voice_volume == 0.75


def test_text_size_relays_the_line_on_screen(game):
    press(game, "Start")
    step(game, 5, dt=0.5)
    before = game.session.screen.box.lay.height
    game.prefs.text_size = 1.4
    game.apply_prefs()
    assert game.session.screen.box.style.text_scale == 1.4
    assert game.session.screen.box.lay.height > before


def test_preferences_are_restored_on_the_next_start(game, new_game, audio):
    press(game, "Preferences")
    press(game, "Transitions:Off")
    game.ui.focus.focus("Ambient volume")
    game.ui.focus.shown = True
    key(game, pygame.K_LEFT)
    g2 = new_game()
    assert g2.prefs.transitions is False
    assert g2.prefs.ambient_volume == 0.75
    assert audio.volumes[2] == 0.75
    press(g2, "Start")
    assert g2.session.screen.transitions_enabled is False


def test_damaged_preferences_are_set_aside_and_defaults_used(data_dir, new_game):
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "preferences.json").write_text("{broken", encoding="utf-8")
    g = new_game()
    assert g.prefs.transitions is True
    assert any("damaged" in t.text for t in g.toasts.items)
    assert list(data_dir.glob("preferences.json.damaged-*"))
    press(g, "Preferences")  # everything still works
    press(g, "Transitions:Off")
    assert json.loads((data_dir / "preferences.json").read_text())["transitions"] is False


def test_fullscreen_choice_is_kept(game, data_dir):
    press(game, "Preferences")
    press(game, "Display:Fullscreen")
    assert game.fullscreen and saved(data_dir)["fullscreen"] is True
    press(game, "Display:Window")
    assert not game.fullscreen and saved(data_dir)["fullscreen"] is False
    key(game, pygame.K_F11)
    assert game.fullscreen
    key(game, pygame.K_F11)


def test_arrows_alone_leave_the_slider_column(game):
    """With a d-pad (arrows, no Tab), Left/Right on a slider change its value: Up at
    the column's top and Down at its bottom must still lead out of it."""
    press(game, "Preferences")
    ring = game.ui.focus
    ring.shown = True
    for first, arrow in (("Text speed", pygame.K_UP), ("Text size", pygame.K_DOWN)):
        ring.focus(first)
        before = game.prefs.to_json()
        key(game, arrow)
        now = ring.current.name
        assert now != first and now not in {"Auto-forward time", "Music volume",
                                             "Sound volume", "Ambient volume",
                                             "Voice volume"}, now
        assert game.prefs.to_json() == before  # leaving moved no value
    ring.focus("Text speed")
    key(game, pygame.K_UP)
    assert ring.current.name.startswith("Language:")  # the item before it, in Tab order
    ring.focus("Text size")
    key(game, pygame.K_DOWN)
    assert ring.current.name == "nav:Return"


def test_arrows_alone_leave_the_accessibility_sliders(game):
    press(game, "Preferences")
    press(game, "accessibility")
    assert game.describe()["menu"] == "accessibility"
    ring = game.ui.focus
    ring.shown = True
    sliders = [it.name for it in ring.items if it.adjust is not None]
    ring.focus(sliders[0])
    key(game, pygame.K_UP)
    assert ring.current.name not in sliders
    ring.focus(sliders[-1])
    key(game, pygame.K_DOWN)
    assert ring.current.name not in sliders
