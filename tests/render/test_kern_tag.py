"""Ren'Py's {k=N} text tag: N px more (or fewer) between the letters inside it."""
from __future__ import annotations

import pygame
import pytest

from game.render.text import layout
from game.script import texttags
from render_harness import init_display


def _ink(text: str, width: int = 900) -> pygame.Rect:
    init_display()
    lay = layout(text, width, size=36, color=(255, 255, 255), shadow=False)
    dest = pygame.Surface((width + 20, 400))
    dest.fill((0, 0, 0))
    lay.draw(dest, (0, 0))
    mask = pygame.mask.from_threshold(dest, (255, 255, 255, 255), (120, 120, 120, 255))
    rects = mask.get_bounding_rects()
    return rects[0].unionall(rects[1:])


def test_kerning_spreads_and_tightens_the_letters_inside_it() -> None:
    plain = _ink("Wide letters").width
    spread = _ink("{k=4}Wide letters{/k}").width
    tight = _ink("{k=-1}Wide letters{/k}").width
    # 11 gaps between the 12 letters (the space is one of them), 4 px each
    assert plain + 40 <= spread <= plain + 48
    assert plain - 13 <= tight <= plain - 9
    # only inside the tag: the words after it sit where they would without it, shifted
    assert _ink("{k=4}ab{/k} cd").width == _ink("ab cd").width + 8


def test_kerned_text_reveals_and_wraps_by_its_kerned_width() -> None:
    init_display()
    lay = layout("{k=6}abc{/k}", 900, size=36, shadow=False)
    ends = lay.lines[0].ends
    plain = layout("abc", 900, size=36, shadow=False).lines[0].ends
    assert [e - p for e, p in zip(ends, plain)] == [6, 12, 18]
    # kerned words need more room, so they wrap sooner in the same width
    text = "some words to wrap here " * 3
    assert len(layout("{k=8}" + text + "{/k}", 500, size=36).lines) > \
        len(layout(text, 500, size=36).lines)


@pytest.mark.parametrize("tag", ["{k=4}", "{k=-1.5}", "{k=+2}", "{k=.5}", "{k=100}"])
def test_kerning_values_are_accepted(tag: str) -> None:
    assert texttags.check(tag + "x{/k}") == []


@pytest.mark.parametrize("tag", ["{k}", "{k=wide}", "{k=101}", "{k=1e9}"])
def test_bad_kerning_values_say_how(tag: str) -> None:
    problems = texttags.check(tag + "x{/k}")
    assert problems and "{k} needs pixels between letters" in str(problems[0])
