"""Text that used to break the renderer (issue 11, family 6): a 100,000-character word
and 200,000 combining marks lay out in time linear in their length (bounded by the
harness, not timed), huge sizes are capped, and a text the font cannot draw shows as
plain text or a note instead of crashing the window. Hostile inputs: 7."""
from __future__ import annotations

import pygame
import pytest

from fuzz_harness import bounded
from game.render import text as T
from game.render.text import MAX_FONT_PX, UNDRAWABLE, Typewriter, layout
from render_harness import init_display, line, play


@pytest.fixture(autouse=True)
def _fonts() -> None:
    init_display()


@pytest.mark.parametrize("text", ["x" * 100_000, "a" + "\u0301" * 200_000,
                                  "word " * 5_000])
def test_huge_lines_lay_out_and_type(text: str) -> None:
    with bounded(60):
        lay = layout(text, 1000, max_height=300)
        assert lay.count == len(text.rstrip(" ")) or lay.count == len(text)
        tw = Typewriter(lay, 40.0)
        tw.finish()
        assert tw.complete


def test_a_long_word_breaks_to_fit() -> None:
    lay = layout("x" * 5000, 600)
    assert len(lay.lines) > 1 and all(ln.surface.get_width() < 2000 for ln in lay.lines)


def test_size_is_capped_whatever_the_text_asks() -> None:
    lay = layout("{size=+5000}A{/size}", 1000)
    assert lay.height < MAX_FONT_PX * 2


def test_a_text_the_font_cannot_draw_falls_back(monkeypatch) -> None:
    real = T._render_word

    def refuse(w, family, shadow):  # noqa: ANN001
        if "{" not in w.text and "boom" in w.text:
            raise pygame.error("Text has zero width")
        return real(w, family, shadow)
    monkeypatch.setattr(T, "_render_word", refuse)
    lay = layout("{b}boom{/b}", 800)  # plain text fails too: the note is shown
    assert lay.count == len(UNDRAWABLE)


def test_the_screen_survives_a_huge_say(screen) -> None:
    with bounded(60):
        play(screen, [line("y" * 50_000, who="Kaori")])
        surf = pygame.Surface((640, 360))
        screen.draw(surf, 0.0)
