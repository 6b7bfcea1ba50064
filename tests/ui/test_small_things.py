"""The smaller rough edges: questions show their focused answer and Enter gives it,
Quit asks everywhere, the content note's "Begin", a toast for quick load, the card's
marker waiting for its subtitle, history's hover and whole lines, the quick menu clear
of the text in a tiny window, --text with a note, help, save and quit, --help, and
the README."""
from __future__ import annotations

from pathlib import Path

import pygame

from game.cli import build_parser
from game.story import events as E
from ui_harness import advance_line, key, make_game, note_read, press, small_program, step

ROOT = Path(__file__).resolve().parents[2]


def start(game):
    press(game, "Start")
    step(game, 10, dt=0.5)
    assert game.session is not None


def test_quit_from_the_title_asks_and_enter_gives_the_focused_answer(game):
    press(game, "Quit")
    d = game.describe()
    assert d["menu"] == "confirm" and d["focus"] == "no"
    assert game.ui.focus.shown  # the focused answer is outlined from the start
    key(game, pygame.K_RETURN)
    assert game.running and game.describe()["menu"] == "title"
    press(game, "Quit")
    key(game, pygame.K_LEFT)
    assert game.describe()["focus"] == "yes"
    key(game, pygame.K_RETURN)
    assert not game.running


def test_the_focus_ring_is_drawn_on_a_question(game):
    press(game, "Quit")
    step(game, 2)
    game.draw()
    item = next(i for i in game.ui.focus.items if i.name == "no")
    r = item.area.inflate(round(8 * game.view.scale), round(8 * game.view.scale))
    assert tuple(game.window.get_at((r.centerx, r.top)))[:3] == (255, 255, 255)


def test_the_content_note_button_says_begin(data_dir, audio):
    g = make_game(data_dir, prog=small_program(), audio=audio)
    try:
        press(g, "Start")
        assert g.describe()["menu"] == "content_note"
        item = next(i for i in g.ui.focus.items if i.name == "begin")
        assert item.element.text == "Begin"
        key(g, pygame.K_RETURN)
        step(g, 5, dt=0.5)
        assert g.session is not None
    finally:
        g.images.close()


def test_quick_load_says_so(game):
    start(game)
    game.reading.quick_press("Q.Save")
    advance_line(game)
    game.reading.quick_press("Q.Load")
    press(game, "yes")  # a line read since the quick save: asked first
    assert any(t.text == "Quick loaded." for t in game.toasts.items)


def test_a_cards_marker_waits_for_its_subtitle():
    pygame.font.init()
    from game.render.textbox import TextBox

    box = TextBox(0.5)
    box.show(E.Say(None, "{size=+16}Chapter One{/size}{p}The Promise", "c:1",
                   kind="centered"), cps=0)
    box.update(5.0)
    assert box.typer is not None and box.typer.waiting_click
    assert not box.marker_visible(0.0)  # not under "Chapter One" alone
    box.click()
    box.update(5.0)
    assert box.complete and box.marker_visible(0.0)
    box.show(E.Say("k", "Wait{p}for it.", "k:1", kind="say"), cps=0)
    box.update(5.0)
    assert box.marker_visible(0.0)  # a line's {p} still shows it


def _history(game, lines=8):
    start(game)
    for _ in range(lines):
        s = game.session
        if s.screen.state == "menu":
            s.choose(0)
            step(game, 5, dt=0.5)
        else:
            advance_line(game)
    key(game, pygame.K_ESCAPE)
    press(game, "History")
    step(game, 3)
    return game.ui.top


def test_history_highlights_the_line_under_the_mouse(game):
    top = _history(game)
    item = top._items[-1]
    ox, oy = game.view.rect.topleft
    pos = (item.area.centerx + ox, item.area.centery + oy)
    game.handle(pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0)))
    step(game, 2)
    assert top.hover == len(top._items) - 1
    game.draw()
    a = top.area()
    y = max(a.top, item.area.top) + 3
    assert tuple(game.window.get_at((a.x + 2 + ox, y + oy)))[:3] == (168, 22, 40)


def test_history_never_shows_half_a_line(game):
    top = _history(game, 10)
    from game.render.fonts import font

    f = font("serif", top.s(30))
    a = top.area()
    top.scroll = top._blocks[1][1] + f.get_linesize() // 2  # a line half above the top
    top._place()
    game.ui.dirty = True
    step(game)
    game.draw()
    ox, oy = game.view.rect.topleft
    band = pygame.Rect(a.x + ox, a.top + oy, a.w, f.get_linesize() // 2)
    ink = pygame.mask.from_threshold(game.window.subsurface(band), (240, 236, 232, 255),
                                     (60, 60, 60, 255))
    assert ink.count() == 0


def test_the_quick_menu_stays_clear_of_the_text_in_a_tiny_window(data_dir, audio):
    note_read(data_dir)
    g = make_game(data_dir, prog=small_program(), audio=audio, size=(320, 180))
    try:
        start(g)
        box = g.session.screen.box
        quick_top = min(r.top for r in g.quick.rects.values())
        text_bottom = box.s(box_text_y()) - box.grow + box.lay.height
        assert text_bottom <= quick_top
    finally:
        g.images.close()


def box_text_y() -> int:
    from game.render.textbox import TEXT_Y

    return TEXT_Y


def test_text_mode_shows_the_note_help_and_saves_and_quits(tmp_path, capsys):
    from game.commands.transcript import HELP, play_text

    answers = iter(["", "", "", "s", "q"])
    assert play_text(small_program(), data_dir=str(tmp_path), ask=lambda p: next(answers)) == 0
    out = capsys.readouterr().out
    # the story's own note (its game.toml's [content_note])
    assert "Content note" in out and "It shows nothing upsetting." in out and HELP in out
    assert "Saved" in out
    assert (tmp_path / "saves" / "quick.json").exists()
    answers = iter(["", "l", "h", "quit"])
    assert play_text(small_program(), data_dir=str(tmp_path), ask=lambda p: next(answers)) == 0
    out = capsys.readouterr().out
    assert "Loaded." in out and out.count(HELP) >= 2


def test_help_shows_the_play_options():
    text = build_parser().format_help()
    for opt in ("--size", "--fullscreen", "--text", "--chapter", "--data-dir", "--fresh"):
        assert opt in text


def test_the_readme_points_nowhere_a_clone_lacks():
    assert "../shared" not in (ROOT / "README.md").read_text(encoding="utf-8")


def test_play_sh_says_what_it_does_on_its_first_run():
    text = (ROOT / "tools" / "bootstrap.sh").read_text(encoding="utf-8")
    install = text.index("-m pip install")
    block = text[text.index('if [ ! -f "$stamp" ]'):install]  # the install, run once
    assert "echo" in block
    assert "half a minute" in text


def _hint_drawn(game, module, monkeypatch, pick):
    """(y, bottom, color) of the text `pick` chooses, as the screen draws it."""
    from game.render.fonts import font

    seen = []
    real = module.draw_text
    monkeypatch.setattr(module, "draw_text", lambda c, t, xy, *a, **k:
                        (seen.append((t, xy, k)), real(c, t, xy, *a, **k))[1])
    game.draw()
    t, (_x, y), k = next(e for e in seen if pick(e[0]))
    return y, y + font(k.get("family", "sans"), k["size"]).get_linesize(), k["color"]


def _clear_and_readable(game, y, bottom, color):
    from game.ui.theme import DIM_INK

    h = game.view.rect.h  # the canvas drawn on, in window pixels
    assert bottom <= h - round(24 * game.view.scale), (y, bottom, h)
    assert sum(color[:3]) >= sum(DIM_INK), color


def test_the_history_hint_clears_the_bottom_edge_and_reads(game, monkeypatch):
    from game.ui.screens import history

    _history(game, 10)
    _clear_and_readable(game, *_hint_drawn(game, history, monkeypatch,
                                           lambda t: t.startswith("Click a line")))


def test_the_chapters_locked_hint_clears_the_bottom_edge(game, monkeypatch):
    from game.ui.screens import chapters

    press(game, "Chapters")
    step(game, 2)
    game.ui.focus.focus("chapter:2")
    game.ui.focus.shown = True
    step(game)
    _clear_and_readable(game, *_hint_drawn(game, chapters, monkeypatch,
                                           lambda t: t.startswith("Chapter 2 is locked")))


def test_the_quick_menu_is_not_lit_under_the_quick_load_question(game):
    from game.ui.theme import BRIGHT_RED

    start(game)
    game.reading.quick_press("Q.Save")
    advance_line(game)
    r = game.quick.rects["Q.Load"]
    ox, oy = game.view.rect.topleft
    pos = (r.centerx + ox, r.centery + oy)
    game.handle(pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0)))
    step(game, 2)
    game.draw()

    def lit(surf):
        return sum(1 for x in range(r.left, r.right) for y in range(r.top, r.bottom)
                   if tuple(surf.get_at((x, y)))[:3] == tuple(BRIGHT_RED)[:3])

    assert lit(game.window.subsurface(game.view.rect)) > 0  # hovered before the question
    game.handle(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=1))
    step(game, 2)
    top = game.ui.top
    assert top is not None and top.name == "confirm"
    assert lit(game.ui._snapshots[id(top)]) == 0
    game.draw()
    assert lit(game.window.subsurface(game.view.rect)) == 0
