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


def _ink(text: str) -> pygame.Rect:
    init_display()
    lay = layout(text, 900, size=36, color=(255, 255, 255), shadow=False)
    dest = pygame.Surface((920, 400))
    dest.fill((0, 0, 0))
    lay.draw(dest, (0, 0))
    mask = pygame.mask.from_threshold(dest, (255, 255, 255, 255), (120, 120, 120, 255))
    rects = mask.get_bounding_rects()
    return rects[0].unionall(rects[1:])


def test_space_and_vspace_open_gaps() -> None:
    plain_w = _ink("ab").width
    assert _ink("a{space=100}b").width >= plain_w + 95
    one = _ink("a{p}b").height
    assert _ink("a{vspace=80}b").height >= one + 75
    assert texttags.plain("a{space=9}b{vspace=9}c") == "a b\nc"


def test_space_counts_no_characters_for_the_typewriter() -> None:
    init_display()
    assert layout("a{space=50}b", 900).count == layout("ab", 900).count == 2


@pytest.mark.parametrize("tag", ["{space}", "{space=x}", "{vspace=-3}", "{space=99999}"])
def test_bad_gaps_say_how(tag: str) -> None:
    problems = texttags.check("a" + tag + "b")
    assert problems and "needs a gap in pixels" in str(problems[0])


def test_font_tags_use_project_fonts_only(tmp_path) -> None:
    import shutil

    from game.render import fonts

    init_display()
    (tmp_path / "fonts").mkdir()
    shutil.copy(fonts.FONT_DIR / "DejaVuSerif-Bold.ttf", tmp_path / "fonts" / "hand.ttf")
    outside = tmp_path.parent / f"{tmp_path.name}-outside.ttf"
    shutil.copy(fonts.FONT_DIR / "DejaVuSans.ttf", outside)
    fonts.set_project_root(tmp_path)
    try:
        assert fonts.project_font("fonts/hand.ttf") == str((tmp_path / "fonts" / "hand.ttf")
                                                          .resolve())
        assert fonts.project_font(f"../{outside.name}") is None
        assert fonts.project_font(str(outside)) is None
        assert fonts.project_font("DejaVuSans.ttf") == str(fonts.FONT_DIR / "DejaVuSans.ttf")
        plain_w = layout("Handwritten words", 900, size=36, family="sans").width
        hand_w = layout("{font=fonts/hand.ttf}Handwritten words{/font}", 900, size=36,
                        family="sans").width
        refused = layout(f"{{font=../{outside.name}}}Handwritten words{{/font}}", 900,
                         size=36, family="sans").width
        assert hand_w != plain_w and refused == plain_w
    finally:
        fonts.set_project_root(None)
