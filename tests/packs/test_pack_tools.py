"""`art template` and `art check`: the images the story shows, the template written
from our art, the check's report, its suggestions and its exit status."""
from __future__ import annotations

import os
from pathlib import Path

import pygame
import pytest

from game.commands.art import BG, SPRITE, check_pack, story_images
from game.assets.packs import load_pack
from game.cli import main
from game.project import load_project
from pack_harness import GREEN, MAGENTA, init, png_header, save_image, save_svg

TINY = '''\
define k = Character("Kaori", image="kaori")

label start:
    scene bg room
    show kaori sad at left
    k smile "Hello."
    menu:
        "Stay":
            show kaori sad
        "Go":
            hide kaori
    k smile "Again."
    scene black
    return
'''


@pytest.fixture(scope="module")
def program():  # noqa: ANN201
    init()
    return load_project()


@pytest.fixture(scope="module")
def template(program, tmp_path_factory: pytest.TempPathFactory) -> Path:  # noqa: ANN001
    out = tmp_path_factory.mktemp("template")
    assert main(["art", "template", str(out)]) == 0
    return out


@pytest.fixture
def tiny_story(tmp_path: Path) -> Path:
    d = tmp_path / "story"
    d.mkdir()
    (d / "script.rpy").write_text(TINY, encoding="utf-8")
    for name in ("kaori sad", "kaori smile"):
        save_svg(d / "images" / f"{name}.svg", (60, 100), "#445566")
    save_svg(d / "images" / "bg room.svg", (192, 108), "#112233")
    return d


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    status = main(list(argv))
    return status, capsys.readouterr().out


# -- which images the story shows ------------------------------------------------------
def test_story_images_follow_say_attributes_and_branches(tiny_story: Path) -> None:
    uses = story_images(load_project(tiny_story, use_cache=False))
    assert list(uses) == ["bg room", "black", "kaori sad", "kaori smile", "title"]
    assert uses["bg room"].kind == BG and uses["kaori smile"].kind == SPRITE
    lines = [p.line for p in uses["kaori smile"].places]
    assert lines == [6, 12]  # `k smile` after show, and again after the menu (on "Stay")
    assert [p.line for p in uses["kaori sad"].places] == [5, 9]
    assert uses["kaori sad"].positions == {"left"}
    assert uses["title"].places[0].path == "title screen"


def test_story_images_of_our_story(program) -> None:  # noqa: ANN001
    uses = story_images(program)
    ours = {" ".join(n) for n in program.images.files}
    assert set(uses) <= ours  # every name the story shows has art
    assert len(uses) == 72  # 10 backgrounds, 9 chapter cards, 20 CGs, 32 sprites, the title
    assert sum(u.kind == BG for u in uses.values()) == 40
    k = uses["kaori belly sad"]
    assert any(p.path.endswith("01_promise.rpy") and p.chapter == "1. The Promise"
               for p in k.places)
    # `i worried "..."` with izumo on stage shows izumo worried: a say attribute
    places = [(p.path, p.line) for p in uses["izumo worried"].places]
    assert ("story/01_promise.rpy", 23) in places


# -- template --------------------------------------------------------------------------
def test_template_writes_every_image_at_its_shown_size(program, template: Path) -> None:
    init()
    pngs = sorted(p.relative_to(template).as_posix() for p in template.rglob("*.png"))
    assert len(pngs) == 72
    assert "sprites/kaori belly sad.png" in pngs and "bg/bg forest.png" in pngs
    assert "gui/title.png" in pngs
    bg = pygame.image.load(str(template / "bg" / "bg forest.png"))
    assert bg.get_size() == (1920, 1080)
    k = pygame.image.load(str(template / "sprites" / "kaori belly sad.png"))
    assert k.get_size() == (600, 1000)
    assert k.get_at((0, 0)).a == 0  # a transparent surround
    assert k.get_at((300, 990)).a == 255  # standing on the bottom edge
    readme = (template / "README.md").read_text(encoding="utf-8")
    assert "| `kaori belly sad` | `sprites/kaori belly sad.png` | 600x1000 |" \
        " bottom centre (0.5, 1.0)" \
        in readme
    assert "story/01_promise.rpy:16" in readme and "1. The Promise" in readme
    assert "| `bg forest` | `bg/bg forest.png` | 1920x1080 | covers the canvas" in readme


def test_template_loads_back_as_a_complete_pack(program, template: Path,  # noqa: ANN001
                                                capsys: pytest.CaptureFixture[str]) -> None:
    pack = load_pack(template)
    assert pack.problems == [] and pack.name == "My art pack"
    assert len(pack.replaces(program.images)) == 72
    status, out = run(capsys, "art", "check", str(template))
    assert status == 0
    assert "Replaces 72 of 72 images the story shows" in out
    assert "Lacks none: the pack is complete." in out
    assert "0 errors, 0 warnings." in out


# -- check -----------------------------------------------------------------------------
def test_check_lists_replaced_and_lacking(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    save_image(tmp_path / "kaori belly sad.png", (600, 1000), MAGENTA)
    save_image(tmp_path / "bg forest.png", (1920, 1080), GREEN, alpha=False)
    status, out = run(capsys, "art", "check", str(tmp_path))
    assert status == 0
    assert "Replaces 2 of 72 images the story shows:" in out
    assert "  kaori belly sad" in out and "  bg forest" in out
    assert "Lacks 70 (our art is shown instead):" in out and "  izumo rage" in out
    assert "0 errors, 0 warnings." in out


def test_check_suggests_names_for_near_misses(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    for fn in ("kaori_sad.png", "izumo-smile.png", "kaori belly sadd.png", "bg forrest.png",
               "Izumo Rage.PNG",
               "kaori  past cold.png", "nobody at all.png"):
        save_image(tmp_path / fn, (600, 1000), MAGENTA)
    status, out = run(capsys, "art", "check", str(tmp_path))
    assert status == 0  # warnings only
    assert "kaori_sad.png: warning: image 'kaori_sad' is never shown by the story (did you" \
           " mean 'kaori belly sad'?" in out
    assert "izumo-smile.png: warning: image 'izumo-smile' is never shown by the story (did" \
           " you mean 'izumo smile'?" in out
    assert "kaori belly sadd.png: warning: image 'kaori belly sadd' is never shown by the" \
           " story (did you mean 'kaori belly sad' or 'kaori belly cold'?)" in out
    assert "bg forrest.png: warning: image 'bg forrest' is never shown by the story (did" \
           " you mean 'bg forest'?)" in out
    assert "nobody at all.png: warning: image 'nobody at all' is never shown by the story\n" \
        in out
    # Ren'Py lowercases names and splits on any spaces: these work, with a note
    assert "  izumo rage" in out.split("Lacks")[0] and "  kaori past cold" in out.split("Lacks")[0]
    assert "Izumo Rage.PNG: note: is read as 'izumo rage'" in out
    assert "'izumo rage.png' is the plain name" in out
    assert "kaori  past cold.png: note: is read as 'kaori past cold'" in out


def test_check_warns_about_images_too_small(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    save_image(tmp_path / "bg forest.png", (1280, 720), GREEN, alpha=False)
    save_image(tmp_path / "kaori belly sad.png", (300, 800), MAGENTA)
    save_image(tmp_path / "izumo smile.png", (300, 950), MAGENTA)  # over 90 %: fine
    save_svg(tmp_path / "izumo rage.svg", (30, 50), "#ff00ff")  # vectors scale
    status, out = run(capsys, "art", "check", str(tmp_path))
    assert status == 0
    assert "bg forest.png: warning: is 1280x720; it covers the 1920x1080 canvas scaled up" \
           " 1.50x" in out
    assert "kaori belly sad.png: warning: is 300x800; sprites are shown 1000 px tall" in out
    assert "izumo smile.png: warning" not in out
    assert "izumo rage.svg: warning: is " not in out  # (it does lack transparency)
    assert "0 errors, 3 warnings." in out


def test_check_notes_a_background_that_is_cropped(tmp_path: Path) -> None:
    save_image(tmp_path / "bg forest.png", (2000, 2000), GREEN, alpha=False)
    report = check_pack(load_project(), tmp_path)
    assert any(p.severity == "note" and "not 16:9: 44% of it is cut from the top and bottom"
               in p.message for p in report.findings), report.findings


def test_check_fails_on_errors_and_says_why(tmp_path: Path,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    save_image(tmp_path / "kaori belly sad.png", (600, 1000), MAGENTA)
    (tmp_path / "hollow.png").write_bytes(png_header(10000, 10))
    outside = save_image(tmp_path.parent / f"{tmp_path.name}-secret.png", (20, 20), GREEN)
    os.symlink(outside, tmp_path / "izumo smile.png")
    from pack_harness import corrupt_png

    (tmp_path / "espada grin.png").write_bytes(corrupt_png(600, 1000))
    (tmp_path / "pack.toml").write_text('name = "Mine"\n[images."izumo rage"]\n'
                                        'file = "../../etc/passwd"\nzom = 2\n')
    status, out = run(capsys, "art", "check", str(tmp_path))
    assert status == 1
    name = tmp_path.name
    assert f"{name}/hollow.png: error: is 10000x10; images over 8192 pixels on a side are" \
           " refused" in out
    assert f"{name}/izumo smile.png: error: is a symbolic link that leads outside the pack" \
           " folder; refused" in out
    assert f"{name}/espada grin.png: error: cannot be decoded" in out
    assert f"{name}/pack.toml:3: error: file = \"../../etc/passwd\": leads out of the pack" \
           " folder through '..'; refused" in out
    assert f"{name}/pack.toml:4: error: unknown key 'images.\"izumo rage\".zom' (did you mean" \
           " 'zoom'?)" in out
    assert "Replaces 1 of 72" in out  # only kaori belly sad: the rest fall back
    assert "  espada grin" in out.split("Lacks")[1]
    assert "5 errors," in out


def test_check_a_pack_with_a_broken_pack_toml(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    save_image(tmp_path / "kaori belly sad.png", (600, 1000), MAGENTA)
    (tmp_path / "pack.toml").write_text('name = "Mine"\n[images."kaori belly sad"\nzoom = 2\n')
    status, out = run(capsys, "art", "check", str(tmp_path))
    assert status == 1
    assert "pack.toml:2:" in out and "pack.toml is ignored" in out
    assert "Replaces 1 of 72" in out


def test_check_an_empty_pack_is_a_warning(tmp_path: Path,
                                          capsys: pytest.CaptureFixture[str]) -> None:
    status, out = run(capsys, "art", "check", str(tmp_path))
    assert status == 0
    assert "warning: the pack is empty" in out and "Replaces 0 of 72" in out


def test_check_against_another_story(tiny_story: Path, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    save_image(tmp_path / "pack" / "kaori smile.png", (60, 100), MAGENTA)
    status, out = run(capsys, "art", "check", str(tmp_path / "pack"), "--story",
                      str(tiny_story))
    assert status == 0
    assert "Replaces 1 of 4 images the story shows" in out  # black is optional
    assert "Lacks 3" in out


def test_art_needs_an_action(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["art"])
    assert "template" in capsys.readouterr().err
