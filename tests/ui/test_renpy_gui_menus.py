"""A Ren'Py project's gui/main_menu.png behind the title menu and gui/game_menu.png
behind the game menu (Esc while reading), instead of our title art and blurred scene."""
from __future__ import annotations

from pathlib import Path

import pygame

from game.project import load_project
from ui_harness import key, make_game, note_read, step

MAIN = (150, 20, 30)
GAME = (20, 30, 150)


def _png(path: Path, color: tuple[int, int, int]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    surf = pygame.Surface((320, 180))
    surf.fill(color)
    pygame.image.save(surf, str(path))


def test_renpy_menu_backgrounds(tmp_path: Path, audio) -> None:
    pygame.display.init()
    story = tmp_path / "story"
    _png(story / "gui" / "main_menu.png", MAIN)
    _png(story / "gui" / "game_menu.png", GAME)
    (story / "script.rpy").write_text(
        'define gui.text_color = "#ffffff"\nlabel start:\n    "A line."\n    return\n',
        encoding="utf-8")
    data = note_read(tmp_path / "data")
    g = make_game(data, prog=load_project(story, use_cache=False), audio=audio)
    try:
        step(g, 3)
        c = g.window.get_at((g.window.get_width() - 4, 4))
        assert (c.r, c.g, c.b) == MAIN  # the title menu's backdrop
        g.new_game()
        step(g, 30)
        key(g, pygame.K_ESCAPE)
        step(g, 3)
        c = g.window.get_at((g.window.get_width() - 4, 4))
        assert (c.r, c.g, c.b) == GAME  # the game menu's
    finally:
        g.images.close()


NVL_STORY = """\
define e = Character("Eileen", kind=nvl)
label start:
    e "First line of the page."
    e "Second line of the page."
    e "Third line of the page."
    return
"""


def _page(g) -> list[str]:
    nvl = g.session.screen.box.nvl
    return [e.say.text for e in nvl.entries] if nvl is not None else []


def test_the_nvl_page_rolls_back_and_forward_in_the_window(tmp_path: Path, audio) -> None:
    from ui_harness import advance_line

    story = tmp_path / "story"
    story.mkdir()
    (story / "script.rpy").write_text(NVL_STORY, encoding="utf-8")
    data = note_read(tmp_path / "data")
    g = make_game(data, prog=load_project(story, use_cache=False), audio=audio)
    try:
        g.new_game()
        step(g, 30, dt=0.5)
        assert _page(g) == ["First line of the page."]
        advance_line(g)
        advance_line(g)
        assert _page(g) == ["First line of the page.", "Second line of the page.",
                            "Third line of the page."]
        g.session.roll_back()
        step(g, 3)
        assert _page(g) == ["First line of the page.", "Second line of the page."]
        g.session.roll_forward()
        step(g, 3)
        assert len(_page(g)) == 3
    finally:
        g.images.close()
