"""The reader's accessibility choices, by pixels: reduced motion and flashes (no white
frame, no shake), the dyslexia-friendly font, line spacing, text-box opacity, and
high-contrast choices."""
from __future__ import annotations

import pygame
import pytest

from game.render import textbox as T
from game.render.fonts import DYSLEXIC, FONT_DIR, font
from game.script.ast import Transition
from game.story import events as E
from render_harness import BG_A, BG_B, H, RED, W, frame, line, play, rect_of, rgb

CENTER = (W // 2, H // 3)
FLASH = Transition("flash", out_time=0.1, hold=0.0, in_time=0.5, color="#ffffff")
LONG = ("A line long enough to wrap over three lines of the text box, so that the"
        " spacing between them can be measured, and then a few more words to be sure"
        " of it, whatever the font.")


def _flash_frames(screen, calm: bool) -> list[tuple[int, int, int]]:
    screen.reduce_motion = calm
    play(screen, [E.Scene("bg a"), line("Before.")])
    screen.feed([E.Scene("bg b"), E.With(FLASH), line("After.")])
    got = []
    for _ in range(40):  # 0.6 s at 60 fps, and a little after
        screen.update(1 / 60)
        got.append(rgb(frame(screen, hide_ui=True), *CENTER))
    return got


def test_a_flash_is_white_without_reduce_flashes(screen) -> None:
    assert (255, 255, 255) in _flash_frames(screen, calm=False)


def test_reduce_flashes_makes_a_flash_a_dissolve_with_no_light_frame(screen) -> None:
    frames = _flash_frames(screen, calm=True)
    for c in frames:  # never lighter than the lighter of the two scenes, channel by channel
        assert all(v <= max(a, b) + 2 for v, a, b in zip(c, BG_A, BG_B)), c
    assert frames[-1] == BG_B
    mids = [c for c in frames if c not in (BG_A, BG_B)]
    assert mids, "it still changes over time (a dissolve), not in a cut"


def test_reduce_flashes_also_calms_a_fade_through_white(screen) -> None:
    screen.reduce_motion = True
    play(screen, [E.Scene("bg a"), line("Before.")])
    screen.feed([E.Scene("bg b"), E.With(Transition("fade", out_time=0.3, hold=0.1,
                                                    in_time=0.3, color="#f0f0f0")),
                 line("After.")])
    for _ in range(50):
        screen.update(1 / 60)
        c = rgb(frame(screen, hide_ui=True), *CENTER)
        assert all(v <= max(a, b) + 2 for v, a, b in zip(c, BG_A, BG_B)), c


@pytest.mark.parametrize("kind", ["hpunch", "vpunch"])
def test_reduce_motion_keeps_the_picture_still_in_a_punch(screen, kind) -> None:
    screen.reduce_motion = True
    play(screen, [E.Scene("bg a"), E.Show("ra", "ra one", "center"), line()])
    still = rect_of(frame(screen, hide_ui=True), RED)
    screen.feed([E.With(Transition(kind, duration=0.5)), line("Ow.")])
    for _ in range(12):
        screen.update(1 / 60)
        assert rect_of(frame(screen, hide_ui=True), RED) == still


def _styled(screen, **kw) -> None:
    screen.box.set_style(T.BoxStyle(**kw))


def test_the_dyslexia_friendly_font_is_the_one_drawn(screen) -> None:
    assert font(DYSLEXIC, 30).name == "OpenDyslexic"
    assert (FONT_DIR / "OpenDyslexic-Regular.otf").is_file()
    text = "Quiet words"
    widths = {}
    for family in ("serif", DYSLEXIC):
        _styled(screen, family=family)
        play(screen, [E.Scene("bg a"), line(text)])
        lay = screen.box.lay
        size = lay.base_size
        # the line is as wide as OpenDyslexic (or DejaVu Serif) draws the words
        expect = pygame.font.Font(str(FONT_DIR / ("OpenDyslexic-Regular.otf"
                                                  if family == DYSLEXIC else
                                                  "DejaVuSerif.ttf")), size).size(text)[0]
        assert abs(lay.lines[0].ends[-1] - expect) <= 2
        widths[family] = lay.lines[0].ends[-1]
    assert widths["serif"] != widths[DYSLEXIC]
    # the choices wear it too
    _styled(screen, family=DYSLEXIC)
    play(screen, [E.Scene("bg a"), E.Menu(None, (E.Choice(0, "Stay"),), "m")])
    assert screen.menu is not None and screen.menu.family == DYSLEXIC


def test_line_spacing_moves_the_lines_apart(screen) -> None:
    gaps = {}
    for spacing in (1.0, 1.5):
        _styled(screen, line_spacing=spacing, text_scale=0.8)
        play(screen, [E.Scene("bg a"), line(LONG)])
        lines = screen.box.lay.lines
        assert len(lines) >= 2
        gaps[spacing] = lines[1].y - lines[0].y
    assert gaps[1.5] == pytest.approx(gaps[1.0] * 1.5, abs=2)


def test_the_text_box_opacity_is_the_readers(screen) -> None:
    alphas = {}
    for o in (0.0, 0.4, 1.0):
        _styled(screen, opacity=o)
        play(screen, [E.Scene("bg a"), line("Hello.")])
        surf = screen.box.box_surface()
        h = surf.get_height()
        alphas[o] = (surf.get_at((10, h // 2)).a, surf.get_at((10, h - 1)).a)
    assert alphas[0.0] == (0, 0)
    assert alphas[0.4][0] < alphas[1.0][0] and alphas[1.0][1] == 255
    # and the scene shows through accordingly
    _styled(screen, opacity=0.0)
    play(screen, [E.Scene("bg a"), line("Hi.")])
    assert rgb(frame(screen), 8, H - 30) == BG_A


def test_high_contrast_choices_are_black_and_the_focused_one_yellow(screen) -> None:
    _styled(screen, high_contrast=True)
    play(screen, [E.Scene("bg a"), E.Menu(None, (E.Choice(0, "Go"), E.Choice(1, "Stay")),
                                          "m")])
    shot = frame(screen)
    r0, r1 = screen.menu.rects
    assert rgb(shot, r0.x + 12, r0.centery) == (255, 230, 0)  # focused
    assert rgb(shot, r1.x + 12, r1.centery) == (0, 0, 0)
    _styled(screen, high_contrast=False)
    play(screen, [E.Scene("bg a"), E.Menu(None, (E.Choice(0, "Go"), E.Choice(1, "Stay")),
                                          "m")])
    shot = frame(screen)
    assert rgb(shot, r1.x + 12, r1.centery) != (0, 0, 0)


def test_line_spacing_looks_the_same_in_the_dyslexia_friendly_font(screen) -> None:
    """OpenDyslexic declares a line height far taller than its letters: the step between
    lines, measured against the letters' own height, is the standard font's."""
    for spacing in (1.0, 2.0):
        ratio = {}
        for family in ("serif", DYSLEXIC):
            _styled(screen, family=family, line_spacing=spacing, text_scale=0.8)
            play(screen, [E.Scene("bg a"), line(LONG)])
            lay = screen.box.lay
            assert len(lay.lines) >= 2
            step = lay.lines[1].y - lay.lines[0].y
            ink = font(family, lay.base_size).render("\u00c9\u00c0\u00c7gjpyq|", True,
                                                     (255, 255, 255)).get_bounding_rect().h
            ratio[family] = step / ink
        assert ratio[DYSLEXIC] == pytest.approx(ratio["serif"], rel=0.06), (spacing, ratio)
