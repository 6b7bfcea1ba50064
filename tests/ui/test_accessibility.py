"""The Accessibility screen (Shift+A, or from Preferences): reached and worked with the
keyboard, the mouse or a gamepad alone; every choice applied at once to what is on
screen, kept in the preferences file and read back; high-contrast menus by pixels;
mono audio on the real mixer."""
from __future__ import annotations

import json

import pygame
import pytest

from game.render.fonts import DYSLEXIC
from ui_harness import center_of, click, key, note_read, press, shot, step


def saved(data_dir):
    return json.loads((data_dir / "preferences.json").read_text(encoding="utf-8"))


def start(game):
    press(game, "Start")
    step(game, 10, dt=0.5)
    return game.session


def pad(game, button) -> None:
    game.handle(pygame.event.Event(pygame.CONTROLLERBUTTONDOWN, button=button,
                                   instance_id=0))
    step(game)


def test_shift_a_opens_it_over_the_title_and_the_game(game):
    key(game, pygame.K_a, pygame.KMOD_SHIFT)
    assert game.ui.top.name == "accessibility"
    key(game, pygame.K_a, pygame.KMOD_SHIFT)
    assert [m.name for m in game.ui.stack].count("accessibility") == 1
    key(game, pygame.K_ESCAPE)
    assert game.ui.top.name == "title"
    s = start(game)
    key(game, pygame.K_a)  # plain A is still auto-forward
    assert s.auto is True
    key(game, pygame.K_a, pygame.KMOD_SHIFT)
    assert game.ui.top.name == "accessibility" and s.auto is False
    key(game, pygame.K_ESCAPE)
    assert not game.ui.is_open and game.session is s


def test_preferences_has_a_button_to_it_and_return_comes_back(game):
    press(game, "Preferences")
    press(game, "accessibility")
    assert [m.name for m in game.ui.stack][-2:] == ["preferences", "accessibility"]
    press(game, "nav:Return")
    assert game.ui.top.name == "preferences"


def test_the_keyboard_alone_picks_the_dyslexia_friendly_font(game, data_dir, new_game):
    s = start(game)
    key(game, pygame.K_a, pygame.KMOD_SHIFT)
    ring = game.ui.focus
    ring.focus("Story font:Standard")
    key(game, pygame.K_RIGHT)  # arrows move between the buttons
    assert game.ui.describe()["focus"] == "Story font:Dyslexia-friendly"
    key(game, pygame.K_RETURN)
    assert saved(data_dir)["dyslexic_font"] is True
    assert s.screen.box.style.family == DYSLEXIC
    assert game.ui.describe()["focus"] == "Story font:Dyslexia-friendly"  # kept on rebuild
    key(game, pygame.K_ESCAPE)
    assert s.screen.box.lay is not None
    # a second start of the game reads it back
    g2 = new_game()
    assert g2.prefs.dyslexic_font is True


def test_the_mouse_alone_reduces_motion(game, data_dir):
    s = start(game)
    key(game, pygame.K_a, pygame.KMOD_SHIFT)
    click(game, center_of(game, "Motion:Reduce motion and flashes"))
    assert saved(data_dir)["reduce_motion"] is True
    assert s.screen.reduce_motion is True
    click(game, center_of(game, "Motion:Reduce motion and flashes"))
    assert saved(data_dir)["reduce_motion"] is False and s.screen.reduce_motion is False


def test_a_gamepad_alone_moves_the_sliders_and_turns_on_high_contrast(game, data_dir):
    s = start(game)
    key(game, pygame.K_a, pygame.KMOD_SHIFT)
    ring = game.ui.focus
    ring.focus("Line spacing")
    pad(game, pygame.CONTROLLER_BUTTON_DPAD_RIGHT)
    pad(game, pygame.CONTROLLER_BUTTON_DPAD_RIGHT)
    assert saved(data_dir)["line_spacing"] == 1.2
    assert s.screen.box.style.line_spacing == 1.2
    ring.focus("Text box opacity")
    pad(game, pygame.CONTROLLER_BUTTON_DPAD_LEFT)
    assert saved(data_dir)["box_opacity"] == 0.7
    assert s.screen.box.style.opacity == 0.7
    ring.focus("Contrast:High contrast")
    pad(game, pygame.CONTROLLER_BUTTON_A)
    assert saved(data_dir)["high_contrast"] is True
    assert s.screen.box.style.high_contrast is True
    pad(game, pygame.CONTROLLER_BUTTON_B)
    assert not game.ui.is_open


def test_text_size_is_the_same_preference_as_on_preferences(game, data_dir):
    key(game, pygame.K_a, pygame.KMOD_SHIFT)
    game.ui.focus.focus("Text size")
    key(game, pygame.K_RIGHT)
    assert saved(data_dir)["text_size"] == 1.05
    key(game, pygame.K_ESCAPE)
    press(game, "Preferences")
    item = next(i for i in game.ui.focus.items if i.name == "Text size")
    assert item.element.get_current_value() == 105


def test_high_contrast_menus_are_white_on_black(game, tmp_path):
    press(game, "Preferences")
    step(game, 3)
    shot(game, str(tmp_path / "before.png"))
    before = pygame.image.load(str(tmp_path / "before.png"))
    bg = (1200, 690)  # below the sliders, right of the navigation: backdrop only
    assert tuple(before.get_at(bg))[:3] != (0, 0, 0)
    key(game, pygame.K_a, pygame.KMOD_SHIFT)
    press(game, "Contrast:High contrast")
    key(game, pygame.K_ESCAPE)  # back on Preferences, themed anew
    step(game, 3)
    shot(game, str(tmp_path / "after.png"))
    after = pygame.image.load(str(tmp_path / "after.png"))
    assert tuple(after.get_at(bg))[:3] == (0, 0, 0)
    # the chosen toggle is black on yellow; a plain one has a white border
    item = next(i for i in game.ui.focus.items if i.name == "Text box:High contrast")
    r = item.area
    assert tuple(after.get_at((r.x + 6, r.centery)))[:3] == (255, 230, 0)
    other = next(i for i in game.ui.focus.items if i.name == "Sound:Mute all")
    o = other.area
    assert tuple(after.get_at((o.x + o.w // 2, o.y)))[:3] == (255, 255, 255)
    assert tuple(after.get_at((o.x + 8, o.centery)))[:3] == (0, 0, 0)


def test_bad_accessibility_values_in_the_file_are_reported_not_fatal(data_dir, new_game):
    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "preferences.json").write_text(json.dumps({
        "content_note_seen": True, "line_spacing": "wide", "box_opacity": 7,
        "dyslexic_font": "yes", "reduce_motion": True}), encoding="utf-8")
    g = new_game()
    p = g.prefs
    assert (p.line_spacing, p.box_opacity, p.dyslexic_font, p.reduce_motion) == \
        (1.0, 1.0, False, True)
    text = " ".join(t.text for t in g.toasts.items)
    assert "line_spacing" in text or "preferences" in text.lower()


def test_mono_audio_reopens_the_mixer_in_one_channel_and_the_music_plays_on(data_dir):
    from game.audio.mixer import AudioPlayer, init_mixer
    from ui_harness import make_game, small_program

    if not init_mixer():
        pytest.skip("no audio device, not even SDL's dummy one")
    note_read(data_dir)
    g = make_game(data_dir, prog=small_program(), audio=None)
    try:
        g.audio_factory = lambda: AudioPlayer(g.program.audio.find) if init_mixer() else None
        g._open_audio()
        step(g, 2)  # music settles at the next frame
        assert g.audio is not None and g.audio.playing("music") == "title.ogg"
        assert pygame.mixer.get_init()[2] == 2
        key(g, pygame.K_a, pygame.KMOD_SHIFT)
        press(g, "Sound:Mono audio")
        assert g.prefs.mono_audio is True
        assert pygame.mixer.get_init()[2] == 1  # SDL mixes left and right together
        step(g, 5)
        assert g.audio.playing("music") == "title.ogg"
        assert pygame.mixer.music.get_busy()
        press(g, "Sound:Mono audio")
        assert pygame.mixer.get_init()[2] == 2
        step(g, 2)
        assert g.audio.playing("music") == "title.ogg" and pygame.mixer.music.get_busy()
    finally:
        if g.audio is not None:
            g.audio.close()
        g.images.close()
        pygame.mixer.quit()


def test_high_contrast_reaches_the_choices_already_showing(game, tmp_path):
    from ui_harness import advance_line

    s = start(game)
    for _ in range(10):
        if s.screen.state == "menu":
            break
        advance_line(game)
    key(game, pygame.K_a, pygame.KMOD_SHIFT)
    press(game, "Contrast:High contrast")
    key(game, pygame.K_ESCAPE)
    step(game, 2)
    shot(game, str(tmp_path / "menu.png"))
    pic = pygame.image.load(str(tmp_path / "menu.png"))
    r0, r1 = s.screen.menu.rects
    ox, oy = game.view.rect.topleft
    assert tuple(pic.get_at((r0.x + ox + 12, r0.centery + oy)))[:3] == (255, 230, 0)
    assert tuple(pic.get_at((r1.x + ox + 12, r1.centery + oy)))[:3] == (0, 0, 0)


def test_high_contrast_focus_is_a_thick_yellow_ring(game, tmp_path):
    """Every high-contrast button has a white border, so the usual red-and-white focus
    outline hid among them; there the focus is drawn thick and yellow."""
    from game.ui.theme import CONTRAST_FOCUS

    game.prefs.high_contrast = True
    game.apply_prefs()
    press(game, "Preferences")
    ring = game.ui.focus
    for name in ("Sound:Mute all", "nav:Chapters"):
        ring.focus(name)
        ring.shown = True
        game.ui.dirty = True
        step(game, 2)
        path = tmp_path / "hc.png"
        shot(game, str(path))
        img = pygame.image.load(str(path))
        item = next(i for i in ring.items if i.name == name)
        ox, oy = game.view.rect.topleft
        r = item.area.move(ox, oy)
        # just outside the button's own white border: at least 3 px of yellow
        left = [tuple(img.get_at((r.x - d, r.centery)))[:3] for d in (2, 3, 4)]
        assert all(c == CONTRAST_FOCUS for c in left), (name, left)
        # an item without focus has no yellow round it
        other = next(i for i in ring.items if i.name == "nav:Load").area.move(ox, oy)
        assert tuple(img.get_at((other.x - 3, other.centery)))[:3] != CONTRAST_FOCUS


def test_the_sample_shows_the_box_opacity_and_lines_up_with_the_sliders(game):
    from game.ui.screens.accessibility import SAMPLE

    key(game, pygame.K_a, mod=pygame.KMOD_SHIFT)
    step(game, 2)
    top = game.ui.top
    assert top.name == "accessibility"
    sl = next(i for i in game.ui.focus.items if i.name == "Text box opacity").element.rect
    s = top.s
    r = pygame.Rect(s(SAMPLE.x), s(SAMPLE.y), s(SAMPLE.w), s(SAMPLE.h))
    assert (r.left, r.right) == (sl.left, sl.right)  # the sliders' column

    def under_the_text():  # the sample's lower half: no text there, only box and what is under it
        game.draw()
        canvas = game.window.subsurface(game.view.rect)
        return {tuple(canvas.get_at((x, y)))[:3]
                for x in range(r.x + s(30), r.right - s(30), 3)
                for y in range(r.centery + s(30), r.bottom - s(30), 7)}

    for opacity in (0.0, 1.0):
        game.prefs.box_opacity = opacity
        game.apply_prefs()
        game.ui.dirty = True
        step(game)
        if opacity == 0.0:
            clear = under_the_text()
        else:
            full = under_the_text()
    bright = lambda cs: max(sum(c) for c in cs)  # noqa: E731
    assert bright(clear) - bright(full) > 150  # what lies under shows through a clear box
    assert len(full) <= 2  # an opaque box hides it
