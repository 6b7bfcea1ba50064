"""A Composite's parts drawn at their offsets on a canvas of its size, placed as one
sprite."""
from __future__ import annotations

import pygame

from game.script.images import ImageIndex
from game.story import events as E
from render_harness import BLUE, H, RED, W, frame, line, make_screen, play, rect_of


def _block(path, size, color) -> str:
    surf = pygame.Surface(size, pygame.SRCALPHA)
    surf.fill((*color, 255))
    pygame.image.save(surf, str(path))
    return str(path)


def test_a_part_is_drawn_at_its_offset(tmp_path) -> None:
    make_screen(ImageIndex())  # a display for the PNGs
    index = ImageIndex({("bg", "a"): "#203040",
                        ("card",): _block(tmp_path / "card.png", (200, 400), RED),
                        ("badge",): _block(tmp_path / "badge.png", (40, 40), BLUE)})
    screen = make_screen(index)
    layers = [["", 300, 600], ["card", 0, 0], ["badge", 100, 160]]
    play(screen, [E.Scene("bg a"), E.Show("c", "badge card", "right", layers=layers),
                  line("Hi.")])
    shot = frame(screen, hide_ui=True)
    pygame.image.save(shot, str(tmp_path / "composite.png"))
    # the 300x600 canvas (150x300 at half scale) stands at the right edge
    left, top = W - 150, H - 300
    card, badge = rect_of(shot, RED), rect_of(shot, BLUE)
    assert badge == pygame.Rect(left + 50, top + 80, 20, 20)
    assert card is not None and card.topleft == (left, top) and card.size == (100, 200)
    screen.images.close()
