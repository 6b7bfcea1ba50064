"""In the game: advancing, rollback, history, skip, auto, hide, quick menu, the end."""
from __future__ import annotations

import pygame

from ui_harness import advance_line, center_of, click, key, press, step


def start(game, chapter=None):
    if chapter is None:
        press(game, "Start")
    else:
        game.new_game(chapter)
    step(game, 10, dt=0.5)
    return game.session


def to_menu(game):
    s = game.session
    for _ in range(20):
        if s.screen.state == "menu":
            return
        advance_line(game)
    raise AssertionError("no menu")


def test_space_click_and_enter_advance(game):
    s = start(game)
    assert s.current_line()[1] == "Line one of chapter one."
    advance_line(game)
    assert s.current_line()[1] == "Line two of chapter one."
    step(game, 10, dt=0.5)
    click(game, (640, 300))
    step(game, 10, dt=0.5)
    assert s.current_line()[1] == "Line three of chapter one."


def test_rollback_across_a_menu_restores_stage_and_variables(game):
    s = start(game)
    to_menu(game)
    key(game, pygame.K_RETURN)  # "Be brave": brave = True, scene bg forest
    step(game, 10, dt=0.5)
    assert s.runtime.state.variables["brave"] is True
    assert s.screen.display.scene == "bg forest"
    key(game, pygame.K_PAGEUP)  # back to the menu
    assert s.screen.state == "menu"
    assert s.runtime.state.variables["brave"] is False
    assert s.screen.display.scene == "bg home night"
    game.handle(pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=1))  # wheel up: further
    step(game)
    assert s.current_line()[1] == "Line three of chapter one."
    assert s.runtime.state.variables["count"] == 2
    game.handle(pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=-1))  # wheel down: forward
    step(game)
    assert s.screen.state == "menu"
    key(game, pygame.K_DOWN)
    key(game, pygame.K_RETURN)  # choose differently this time
    step(game, 10, dt=0.5)
    assert s.current_line()[1] == "I stay."
    assert s.runtime.state.variables["brave"] is False


def test_rollback_many_steps(game):
    s = start(game, "two")
    for _ in range(5):
        advance_line(game)
    for _ in range(5):
        assert s.roll_back()
    assert s.current_line()[1] == "Chapter two, line one."
    assert not s.roll_back()  # nothing before the chapter start


def test_gamepad_shoulders_roll_back_and_forward(game):
    s = start(game)
    advance_line(game)
    game.handle(pygame.event.Event(pygame.CONTROLLERBUTTONDOWN, button=pygame.
                                   CONTROLLER_BUTTON_LEFTSHOULDER, instance_id=0))
    step(game)
    assert s.current_line()[1] == "Line one of chapter one."
    game.handle(pygame.event.Event(pygame.CONTROLLERBUTTONDOWN, button=pygame.
                                   CONTROLLER_BUTTON_RIGHTSHOULDER, instance_id=0))
    step(game)
    assert s.current_line()[1] == "Line two of chapter one."
    game.handle(pygame.event.Event(pygame.CONTROLLERBUTTONDOWN,
                                   button=pygame.CONTROLLER_BUTTON_B, instance_id=0))
    step(game)
    assert game.describe()["menu"] == "game_menu"


def test_history_lists_lines_and_rolls_back_to_one(game):
    s = start(game)
    advance_line(game)
    advance_line(game)
    game.reading.quick_press("History")
    d = game.describe()
    assert d["menu"] == "history" and d["entries"] == 3
    h = game.ui.top
    assert [e.who for e in h.entries] == ["Kaori", "Kaori", "Izumo"]
    assert h.entries[2].color == "#e0485a"
    assert game.describe()["focus"] == "line:2"
    key(game, pygame.K_UP)
    key(game, pygame.K_UP)
    assert game.describe()["focus"] == "line:0"
    key(game, pygame.K_RETURN)
    assert game.ui.top is None
    assert s.current_line()[1] == "Line one of chapter one."


def test_history_click_on_a_line_rolls_back(game):
    s = start(game)
    advance_line(game)
    advance_line(game)
    game.reading.quick_press("History")
    click(game, center_of(game, "line:1"))
    assert game.ui.top is None
    assert s.current_line()[1] == "Line two of chapter one."


def test_history_scrolls_by_wheel_keys_and_drag(game):
    start(game, "two")
    for _ in range(5):
        advance_line(game)
    game.reading.quick_press("History")
    h = game.ui.top
    h.area = lambda: h.r(560, 140, 1300, 160)  # a small window onto the lines
    h.scroll = None  # at the bottom, as on opening
    game.ui.rebuild()
    bottom = h.scroll
    assert bottom > 0
    game.handle(pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=1))
    assert h.scroll < bottom
    key(game, pygame.K_END)
    assert h.scroll == bottom
    key(game, pygame.K_HOME)
    assert h.scroll == 0
    x, y = center_of(game, "line:0")
    game.handle(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=(x, y), button=1))
    game.handle(pygame.event.Event(pygame.MOUSEMOTION, pos=(x, y - 60), rel=(0, -60),
                                   buttons=(1, 0, 0)))
    game.handle(pygame.event.Event(pygame.MOUSEBUTTONUP, pos=(x, y - 60), button=1))
    assert h.scroll > 0 and game.ui.top is h  # a drag scrolls, it does not roll back


def test_skip_stops_at_unseen_text(game):
    s = start(game)
    key(game, pygame.K_TAB)
    step(game, 5)
    assert not s.skipping  # nothing has been read before
    assert s.current_line()[1] == "Line one of chapter one."


def test_skip_runs_through_seen_text_and_stops_at_a_menu(game, new_game):
    start(game)
    to_menu(game)
    game.quit()  # lines read are remembered
    g2 = new_game()
    press(g2, "Start")
    s = g2.session
    g2.handle(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_LCTRL, mod=0, unicode="",
                                 scancode=0))
    step(g2, 30)
    assert s.screen.state == "menu" and not s.skipping
    assert g2.audio.skipping is False


def test_skip_unseen_preference_skips_new_text_too(game):
    s = start(game)
    game.prefs.skip_unseen = True
    key(game, pygame.K_TAB)
    step(game, 30)
    assert s.screen.state == "menu" and not s.skipping


def test_skip_after_choices_keeps_skipping(game):
    s = start(game)
    game.prefs.skip_unseen = True
    game.prefs.skip_after_choices = True
    key(game, pygame.K_TAB)
    step(game, 30)
    assert s.screen.state == "menu"
    key(game, pygame.K_RETURN)
    assert s.skipping
    step(game, 40)
    assert s.runtime.state.label in ("two", "three") or s.finished


def test_skipping_tells_the_audio(game, audio):
    s = start(game)
    game.prefs.skip_unseen = True
    key(game, pygame.K_TAB)
    s.tick(0.0)
    assert audio.skipping is True


def test_auto_forward_after_the_preference_time(game):
    s = start(game)
    game.prefs.auto_forward = 2.0
    key(game, pygame.K_a)
    assert s.auto
    line = s.current_line()[1]  # typed out already
    step(game, 35, dt=0.05)  # 1.75 s: not yet
    assert s.current_line()[1] == line
    step(game, 10, dt=0.05)
    assert s.current_line()[1] != line
    key(game, pygame.K_a)
    assert not s.auto


def test_hide_interface_with_h_and_middle_click(game):
    s = start(game)
    key(game, pygame.K_h)
    assert s.hide_ui
    key(game, pygame.K_SPACE)  # any key shows it again, without advancing
    assert not s.hide_ui
    assert s.current_line()[1] == "Line one of chapter one."
    click(game, (640, 300), button=2)
    assert s.hide_ui
    click(game, (640, 300))
    assert not s.hide_ui


def test_screenshot_key_saves_a_png(game, data_dir):
    start(game)
    key(game, pygame.K_s)
    shots = list((data_dir / "screenshots").glob("*.png"))
    assert len(shots) == 1
    assert pygame.image.load(str(shots[0])).get_size() == (1280, 720)


def test_quick_menu_buttons_by_mouse(game):
    s = start(game)
    advance_line(game)
    r = game.quick.rects["Back"]
    ox, oy = game.view.rect.topleft
    click(game, (r.centerx + ox, r.centery + oy))
    assert s.current_line()[1] == "Line one of chapter one."
    r = game.quick.rects["Prefs"]
    click(game, (r.centerx + ox, r.centery + oy))
    assert game.describe()["menu"] == "preferences"
    key(game, pygame.K_ESCAPE)
    r = game.quick.rects["Auto"]
    click(game, (r.centerx + ox, r.centery + oy))
    assert s.auto and "Auto" in game.quick.active


def test_game_menu_main_menu_asks_first(game):
    start(game)
    key(game, pygame.K_ESCAPE)
    assert game.describe()["menu"] == "game_menu"
    press(game, "Main Menu")
    assert game.describe()["menu"] == "confirm"
    key(game, pygame.K_ESCAPE)
    assert game.describe()["menu"] == "game_menu" and game.session is not None
    press(game, "Main Menu")
    press(game, "yes")
    assert game.session is None and game.describe()["menu"] == "title"


def test_game_menu_quit_asks_then_autosaves(game, data_dir):
    start(game)
    advance_line(game)
    click(game, (640, 300), button=3)
    press(game, "Quit")
    press(game, "yes")
    assert not game.running
    latest = game.saves.latest()
    assert latest is not None and latest.line == "Line two of chapter one."


def test_the_end_then_the_title(game, data_dir):
    s = start(game, "three")
    advance_line(game)
    step(game, 4, dt=0.5)  # the last line types out
    key(game, pygame.K_SPACE)
    step(game, 10, dt=0.5)
    assert s.finished
    assert game.persistent.finished
    step(game, 20, dt=0.5)
    assert game.session is None and game.describe()["menu"] == "title"


def test_the_end_click_returns_to_the_title_at_once(game):
    s = start(game, "three")
    advance_line(game)
    step(game, 4, dt=0.5)
    key(game, pygame.K_SPACE)
    step(game, 3, dt=0.5)
    assert s.finished
    key(game, pygame.K_SPACE)
    assert game.session is None
