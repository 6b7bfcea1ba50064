"""Scene light in pixels: sprites take the light of their scene (backgrounds do not),
our art and a pack's alike, cached per (image, light), tweened by a transition."""
from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.assets.art import ArtSource
from game.assets.packs import load_pack
from game.render.images import ImageStore
from game.render.screen import Screen
from game.scene.model import Light
from game.script.images import ImageIndex
from game.story import events as E
from render_harness import SCALE, H, W, dissolve, frame, init_display, line, play, rgb

WHITE = (255, 255, 255)
BG = (40, 40, 40)
NIGHT = Light("night", "#8ea2d8", 0.45)
BLOOD = Light("blood", "#e03028", 0.6)
CENTER = (W // 2, H - 20)  # a pixel of a sprite at center (frames hide the text box)
BG_PIXEL = (10, 10)


def _white_art(folder: Path) -> ImageIndex:
    init_display()
    folder.mkdir(parents=True, exist_ok=True)
    surf = pygame.Surface((300, 800), pygame.SRCALPHA)
    surf.fill((*WHITE, 255))
    path = folder / "ghost.png"
    pygame.image.save(surf, str(path))
    return ImageIndex({("bg", "a"): "#%02x%02x%02x" % BG, ("ghost",): str(path)})


@pytest.fixture
def white_screen(tmp_path):
    index = _white_art(tmp_path / "art")
    s = Screen(ImageStore(ArtSource(index), SCALE, threaded=False))
    yield s
    s.images.close()


def _lit(screen: Screen, light: Light | None) -> tuple[tuple[int, int, int], tuple]:
    play(screen, [E.Scene("bg a", light), E.Show("ghost", "ghost", "center"), line()])
    shot = frame(screen, hide_ui=True)
    return rgb(shot, *CENTER), rgb(shot, *BG_PIXEL)


def test_without_light_a_white_sprite_stays_white(white_screen) -> None:
    sprite, bg = _lit(white_screen, None)
    assert sprite == WHITE and bg == BG


def test_night_light_turns_a_white_sprite_blue_and_leaves_the_background(white_screen
                                                                         ) -> None:
    (r, g, b), bg = _lit(white_screen, NIGHT)
    assert b > g > r and b >= 230 and r <= 215
    assert bg == BG  # backgrounds are drawn lit already


def test_blood_light_turns_a_white_sprite_red(white_screen) -> None:
    (r, g, b), bg = _lit(white_screen, BLOOD)
    assert r > 230 and g < 160 and b < 160
    assert bg == BG


def test_the_light_statement_relights_the_sprites_on_stage(white_screen) -> None:
    _lit(white_screen, NIGHT)
    play(white_screen, [E.Light(BLOOD), line("Red.")])
    r, g, b = rgb(frame(white_screen, hide_ui=True), *CENTER)
    assert r > g and r > b
    play(white_screen, [E.Light(None), line("Plain.")])
    assert rgb(frame(white_screen, hide_ui=True), *CENTER) == WHITE


def test_a_light_change_with_dissolve_tweens_between_the_two_lights(white_screen) -> None:
    _lit(white_screen, None)
    white_screen.feed([E.Light(BLOOD), dissolve(1.0), line("Red.")])
    white_screen.update(0.0)
    white_screen.update(0.5)
    assert white_screen.transition is not None
    r, g, b = rgb(frame(white_screen, hide_ui=True), *CENTER)
    _, g_end, _ = Light.multiplier(BLOOD)
    assert g_end < g < 255  # halfway between white and red
    white_screen.update(1.0)
    white_screen.update(1.0)
    assert rgb(frame(white_screen, hide_ui=True), *CENTER)[1] <= g_end + 2


def test_the_lit_sprite_is_made_once_per_image_and_light(white_screen) -> None:
    store = white_screen.images
    a = store.lit("ghost", NIGHT)
    assert store.lit("ghost", NIGHT) is a
    assert store.lit("ghost", BLOOD) is not a
    assert store.lit("ghost", Light("again", "#8ea2d8", 0.45)) is a  # same colour, same tint
    assert store.get("ghost", "sprite").get_at((5, 5))[:3] == WHITE  # the unlit one kept


def test_a_pack_sprite_is_lit_the_same_way(tmp_path) -> None:
    index = _white_art(tmp_path / "art")
    pack_dir = tmp_path / "pack"
    pack_dir.mkdir()
    surf = pygame.Surface((150, 400), pygame.SRCALPHA)
    surf.fill((255, 255, 255, 255))
    pygame.image.save(surf, str(pack_dir / "ghost.png"))
    pack = load_pack(pack_dir)
    assert pack.problems == []
    screen = Screen(ImageStore(ArtSource(index, [pack]), SCALE, threaded=False))
    try:
        assert screen.images.source.find("ghost").pack == pack.name
        (r, g, b), _ = _lit(screen, NIGHT)
        assert b > r
        (r, g, b), _ = _lit(screen, BLOOD)
        assert r > g and r > b
    finally:
        screen.images.close()


def test_transparent_pixels_stay_transparent_under_a_light(tmp_path) -> None:
    init_display()
    surf = pygame.Surface((300, 800), pygame.SRCALPHA)
    surf.fill((0, 0, 0, 0))
    surf.fill((255, 255, 255, 255), pygame.Rect(100, 0, 100, 800))
    path = tmp_path / "thin.png"
    pygame.image.save(surf, str(path))
    index = ImageIndex({("bg", "a"): "#%02x%02x%02x" % BG, ("thin",): str(path)})
    screen = Screen(ImageStore(ArtSource(index), SCALE, threaded=False))
    try:
        play(screen, [E.Scene("bg a", BLOOD), E.Show("thin", "thin", "center"), line()])
        shot = frame(screen, hide_ui=True)
        assert rgb(shot, W // 2 - 60, H - 20) == BG  # beside the stripe: background
        r, g, b = rgb(shot, W // 2, H - 20)
        assert r > g
    finally:
        screen.images.close()
