"""Ren'Py's {alpha} text tag: text drawn fainter, absolute or relative."""
from __future__ import annotations

import pygame
import pytest

from game.render.text import layout
from game.script import texttags
from render_harness import init_display


def _brightest(text: str) -> int:
    init_display()
    lay = layout(text, 800, size=40, color=(255, 255, 255), shadow=False)
    dest = pygame.Surface((820, 200))
    dest.fill((0, 0, 0))
    lay.draw(dest, (0, 0))
    return max(dest.get_at((x, y)).r for x in range(0, 800, 2) for y in range(0, 60))


def test_alpha_makes_text_fainter() -> None:
    full = _brightest("Solid words")
    half = _brightest("{alpha=0.5}Solid words{/alpha}")
    fainter = _brightest("{alpha=0.5}{alpha=*0.5}Solid words{/alpha}{/alpha}")
    assert full > 240
    assert 100 < half < 160
    assert 40 < fainter < 90


@pytest.mark.parametrize("tag", ["{alpha=0.5}", "{alpha=*0.5}", "{alpha=-0.25}",
                                 "{alpha=+.1}"])
def test_alpha_values_are_accepted(tag: str) -> None:
    assert texttags.check(tag + "x{/alpha}") == []


@pytest.mark.parametrize("tag", ["{alpha}", "{alpha=half}", "{alpha=0.5.5}"])
def test_bad_alpha_values_say_how(tag: str) -> None:
    problems = texttags.check(tag + "x{/alpha}")
    assert problems and "{alpha} needs an opacity" in str(problems[0])
