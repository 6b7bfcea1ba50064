"""NVL pages, side images and a Ren'Py project's gui look, in pixels (headless).

The stories are small Ren'Py projects written into a temporary folder and played by the
runtime; the frames come from the same Screen the window uses."""
from __future__ import annotations

import os
from pathlib import Path

import pygame
import pytest

from game.assets.art import ArtSource
from game.project import load_project
from game.render import nvl as V
from game.render import textbox as T
from game.render.images import ImageStore
from game.render.look import Look, inside, look_of
from game.render.screen import MENU, Screen
from game.story.runtime import Runtime
from render_harness import H, SCALE, W, count_of, frame, init_display, play, rect_of, rgb

BG = (40, 120, 60)
SIDE_HAPPY = (250, 200, 40)
SIDE_PLAIN = (60, 120, 250)
TEXTBOX = (20, 40, 160)
NAMEBOX = (200, 40, 200)
NAME_GREEN = (64, 255, 64)
TEXT_GOLD = (255, 224, 160)


def s(v: float) -> int:
    return round(v * SCALE)


def _png(path: Path, size: tuple[int, int], color: tuple[int, int, int]) -> None:
    init_display()
    path.parent.mkdir(parents=True, exist_ok=True)
    surf = pygame.Surface(size, pygame.SRCALPHA)
    surf.fill((*color, 255))
    pygame.image.save(surf, str(path))


def _project(tmp_path: Path, script: str, *, gui: bool = False, side: bool = False) -> Path:
    (tmp_path / "script.rpy").write_text(script, encoding="utf-8")
    if side:
        _png(tmp_path / "images" / "side eileen happy.png", (240, 240), SIDE_HAPPY)
        _png(tmp_path / "images" / "side eileen.png", (240, 240), SIDE_PLAIN)
    if gui:
        _png(tmp_path / "gui" / "textbox.png", (1280, 185), TEXTBOX)
        _png(tmp_path / "gui" / "namebox.png", (168, 39), NAMEBOX)
        _png(tmp_path / "gui" / "main_menu.png", (1280, 720), (90, 10, 10))
    return tmp_path


def _near(a: tuple[int, int, int], b: tuple[int, int, int], tol: int = 6) -> bool:
    """Equal but for alpha blending's rounding (an opaque PNG blits within a few)."""
    return all(abs(x - y) <= tol for x, y in zip(a, b))


def _screen(prog) -> Screen:
    init_display()
    images = ImageStore(ArtSource(prog.images), SCALE, threaded=False)
    return Screen(images, cps=0, look=look_of(prog))


def _lines(story: Path, n: int) -> tuple[Screen, Runtime]:
    """Play the story's first n lines (advancing past the first n-1) into a Screen."""
    prog = load_project(story, use_cache=False)
    screen = _screen(prog)
    rt = Runtime(prog)
    play(screen, rt.start())
    for _ in range(n - 1):
        play(screen, rt.advance())
    return screen, rt


NVL_STORY = """\
define e = Character("Eileen", color="#ff4040", kind=nvl)
image bg park = "#28783c"
label start:
    scene bg park
    e "First line of the page."
    "Narration, Ren'Py's narrator in the text box."
    e "Second line of the page."
    nvl clear
    e "A new page."
    menu (nvl=True):
        "Stay":
            e "Stayed."
        "Go":
            e "Gone."
    return
"""


def _rows_with_ink(shot: pygame.Surface, x0: int, x1: int) -> list[int]:
    """y of the rows holding light text pixels between x0 and x1."""
    out = []
    for y in range(H):
        for x in range(x0, x1, 2):
            c = shot.get_at((x, y))
            if c.r > 200 and c.g > 200 and c.b > 200:
                out.append(y)
                break
    return out


def test_the_nvl_page_is_a_translucent_full_screen_window(tmp_path: Path) -> None:
    screen, _ = _lines(_project(tmp_path, NVL_STORY), 1)
    shot = frame(screen)
    corner = rgb(shot, W - 5, H - 5)  # no text box: the page's dark veil over the park
    assert corner != BG and sum(corner) < sum(BG) * 0.6 and corner[1] > corner[0]
    # the speaker's name in its colour, right aligned before the text column
    name = rect_of(shot, (255, 64, 64), tol=12)
    assert name is not None and abs(name.right - s(V.NAME_RIGHT)) <= s(6)
    assert name.top < s(V.TOP + 60)


def test_lines_of_a_page_stack_and_nvl_clear_starts_a_new_one(tmp_path: Path) -> None:
    story = _project(tmp_path, NVL_STORY)
    screen, _ = _lines(story, 3)  # e, narration (text box), e again: two on the page
    shot = frame(screen)
    rows = _rows_with_ink(shot, s(V.TEXT_X), s(V.TEXT_X + 600))
    assert rows and rows[0] < s(V.TOP + 70)  # the first entry on top
    assert any(y > s(V.TOP + V.ENTRY_H) for y in rows)  # the second one below it
    assert max(rows) < s(V.TOP + 2 * V.ENTRY_H + 40)
    screen, _ = _lines(story, 4)  # after nvl clear: only the new line, at the top
    rows = _rows_with_ink(frame(screen), s(V.TEXT_X), s(V.TEXT_X + 600))
    assert rows and max(rows) < s(V.TOP + V.ENTRY_H)


def test_an_adv_line_between_hides_the_page_and_shows_the_text_box(tmp_path: Path) -> None:
    screen, _ = _lines(_project(tmp_path, NVL_STORY), 2)
    shot = frame(screen)
    assert rgb(shot, W - 5, s(200)) == BG  # no veil over the scene
    assert rgb(shot, 5, H - 5) != BG  # the text box


def test_an_nvl_menu_lists_its_choices_under_the_page(tmp_path: Path) -> None:
    screen, rt = _lines(_project(tmp_path, NVL_STORY), 4)
    play(screen, rt.advance())
    assert screen.state == MENU and isinstance(screen.menu, V.NvlChoices)
    menu = screen.menu
    shot = frame(screen)
    assert rgb(shot, W - 5, H - 5) != BG  # still the page's veil
    first, second = menu.rects
    assert first.top >= s(V.TOP + V.ENTRY_H) - 2  # under the page's one entry
    assert second.top > first.top and first.left >= s(V.BUTTON_X - 30)
    assert menu.at(second.center) == 1
    assert _rows_with_ink(shot, first.left, first.right)  # the choice text is drawn


SIDE_STORY = """\
define e = Character("Eileen", image="eileen")
define l = Character("Lucy")
image bg park = "#28783c"
label start:
    scene bg park
    e "No attributes: the plain side image."
    e happy "Happy."
    e "Still happy: the attributes are remembered."
    l "Lucy has no image tag: no side image."
    return
"""


def _side_color(shot: pygame.Surface) -> tuple[int, int, int]:
    return rgb(shot, s(40), H - s(40))


def test_side_images_follow_the_say_attributes(tmp_path: Path) -> None:
    story = _project(tmp_path, SIDE_STORY, side=True)
    screen, rt = _lines(story, 1)
    assert _side_color(frame(screen)) == SIDE_PLAIN
    assert screen.last_say is not None and screen.last_say.side_image == "side eileen"
    play(screen, rt.advance())
    assert _side_color(frame(screen)) == SIDE_HAPPY
    play(screen, rt.advance())
    assert _side_color(frame(screen)) == SIDE_HAPPY
    play(screen, rt.advance())
    shot = frame(screen)
    assert _side_color(shot) not in (SIDE_HAPPY, SIDE_PLAIN)
    assert screen.last_say is not None and screen.last_say.side_image is None


def test_the_text_moves_right_of_a_side_image(tmp_path: Path) -> None:
    screen, _ = _lines(_project(tmp_path, SIDE_STORY, side=True), 1)
    side = rect_of(frame(screen), SIDE_PLAIN, tol=4)
    assert side is not None and side.left == 0 and side.bottom == H
    assert screen.box._text_x() >= side.right


GUI_STORY = """\
define e = Character("Eileen")
define gui.text_color = "#ffe0a0"
define gui.accent_color = "#40ff40"
define gui.text_size = 30
image bg park = "#28783c"
label start:
    scene bg park
    e "The project's own text box, name box and colours."
    return
"""


def test_the_gui_textbox_namebox_and_colours_are_used(tmp_path: Path) -> None:
    screen, _ = _lines(_project(tmp_path, GUI_STORY, gui=True), 1)
    shot = frame(screen)
    assert _near(rgb(shot, W - 30, H - 20), TEXTBOX)
    assert _near(rgb(shot, s(T.NAME_X) + 6, s(T.NAME_Y) + 6), NAMEBOX)
    assert count_of(shot, NAME_GREEN, tol=10) > 30  # gui.accent_color names Eileen
    assert count_of(shot, TEXT_GOLD, tol=10) > 100  # gui.text_color
    assert screen.box.lay is not None
    # gui.text_size 30 at 1280 wide is 45 canvas px, scaled to the window
    assert screen.box.lay.base_size == round(45 * SCALE)


def test_without_a_gui_folder_the_engine_look_stays(tmp_path: Path) -> None:
    screen, _ = _lines(_project(tmp_path, GUI_STORY), 1)
    shot = frame(screen)
    assert not _near(rgb(shot, W - 30, H - 20), TEXTBOX)
    assert screen.box.look.textbox is None and screen.box.look.text_color == "#ffe0a0"


def test_gui_files_outside_the_project_are_refused(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    _png(outside / "textbox.png", (10, 10), TEXTBOX)
    story = tmp_path / "story"
    story.mkdir()
    (story / "gui").mkdir()
    os.symlink(outside / "textbox.png", story / "gui" / "textbox.png")
    assert inside(story, "gui/textbox.png", (".png",)) is None  # a link pointing out
    assert inside(story, "../elsewhere/textbox.png", (".png",)) is None
    assert inside(story, str(outside / "textbox.png"), (".png",)) is None
    (story / "script.rpy").write_text(
        'define gui.text_font = "../elsewhere/f.ttf"\nlabel start:\n    "Hi."\n',
        encoding="utf-8")
    prog = load_project(story, use_cache=False)
    assert "gui.text_font" not in prog.constants
    assert any("outside the project folder" in w.message for w in prog.warnings)
    look = look_of(prog)
    assert look.textbox is None and look.text_font is None


def test_renpys_own_font_names_use_our_bundled_copy(tmp_path: Path) -> None:
    (tmp_path / "script.rpy").write_text(
        'define gui.text_font = "DejaVuSans.ttf"\nlabel start:\n    "Hi."\n', encoding="utf-8")
    look = look_of(load_project(tmp_path, use_cache=False))
    assert look.text_font is not None and look.text_font.endswith("game/fonts/DejaVuSans.ttf")
    assert Look().plain and not look.plain
