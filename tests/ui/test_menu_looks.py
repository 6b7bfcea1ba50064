"""How menus look over the game: their own backdrop (the scene blurred and darkened,
or the title art veiled), and sliders with a filled track, a light thumb, the value
written, and a click on the track that sets it."""
from __future__ import annotations

import json

import pygame

from game.ui.interface import soften
from game.ui.theme import RED
from ui_harness import click, key, press, step


def _edges(surf: pygame.Surface, rect: pygame.Rect) -> float:
    """Mean brightness difference between neighbouring pixels (how sharp a region is)."""
    total = n = 0
    for y in range(rect.top, rect.bottom, 3):
        for x in range(rect.left, rect.right - 1, 3):
            a, b = surf.get_at((x, y)), surf.get_at((x + 1, y))
            total += abs(sum(a[:3]) - sum(b[:3]))
            n += 1
    return total / max(1, n)


def _brightness(surf: pygame.Surface, rect: pygame.Rect) -> float:
    px = [surf.get_at((x, y)) for x in range(rect.left, rect.right, 5)
          for y in range(rect.top, rect.bottom, 5)]
    return sum(sum(p[:3]) for p in px) / (3 * len(px))


def test_soften_blurs_and_darkens():
    pic = pygame.Surface((320, 180))
    for x in range(0, 320, 2):
        pygame.draw.line(pic, (255, 255, 255), (x, 0), (x, 179))
    out = soften(pic)
    r = pygame.Rect(20, 20, 280, 140)
    assert _edges(out, r) < _edges(pic, r) / 20
    assert _brightness(out, r) < _brightness(pic, r) * 0.5


def test_menus_over_the_game_have_a_blurred_darkened_backdrop(game):
    press(game, "Start")
    step(game, 10, dt=0.5)
    game.draw()
    live = game.window.copy()
    key(game, pygame.K_ESCAPE)  # the game menu: a panel in the middle
    step(game, 3)
    menu = game.window.copy()
    behind = pygame.Rect(40, 80, 380, 560)  # the scene left of the panel
    assert _brightness(menu, behind) < _brightness(live, behind) * 0.6  # darkened
    # and blurred: the picture behind is the scene softened (soften is tested above)
    frame = pygame.Surface(game.view.size)
    game.draw_game_frame(frame)
    want = soften(frame)
    for x, y in ((60, 100), (200, 300), (400, 600), (1000, 150), (1200, 650)):
        a, b = menu.get_at((x, y)), want.get_at((x, y))
        assert max(abs(a[k] - b[k]) for k in range(3)) <= 2, (x, y)


def test_about_over_the_title_art_is_veiled(game):
    step(game, 90)
    game.draw()
    title = game.window.copy()
    press(game, "About")
    step(game, 3)
    about = game.window.copy()
    art = pygame.Rect(900, 300, 300, 300)  # the title art's bright part, right of the text
    assert _brightness(about, art) < _brightness(title, art) * 0.6


def _slider(game, name):
    return next(i for i in game.ui.focus.items if i.name == name).element


def test_a_click_on_the_track_sets_the_value(game, data_dir):
    press(game, "Preferences")
    sl = _slider(game, "Music volume")
    r = pygame.Rect(sl.get_abs_rect())
    thumb = sl.sliding_button.rect.w
    x = round(r.x + thumb / 2 + (r.w - thumb) * 0.25)
    click(game, (x, r.centery))
    assert game.prefs.music_volume == 0.25
    prefs = json.loads((data_dir / "preferences.json").read_text(encoding="utf-8"))
    assert prefs["music_volume"] == 0.25
    assert game.describe()["focus"] == "Music volume"


def test_the_track_is_filled_up_to_a_light_thumb(game):
    press(game, "Preferences")
    step(game, 3)
    game.draw()
    sl = _slider(game, "Music volume")
    r = pygame.Rect(sl.get_abs_rect())
    t = pygame.Rect(sl.sliding_button.get_abs_rect())
    shot = game.window
    filled = shot.get_at((r.x + (t.x - r.x) // 2, r.centery))[:3]
    empty = shot.get_at((t.right + (r.right - t.right) // 2, r.centery))[:3]
    knob = shot.get_at(t.center)[:3]
    assert filled == RED
    assert sum(empty) < 150
    assert min(knob) > 200  # a light thumb on the dark track
