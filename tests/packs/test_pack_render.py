"""Packs on stage, checked by pixels at 640x360: what they replace is drawn, our art
everywhere else; stacking; odd-sized sprites on the bottom edge; pack.toml placement;
and every bad pack leaves the game drawing our art."""
from __future__ import annotations

import logging
import os
from pathlib import Path

import pygame
import pytest

from game.assets.packs import load_pack, load_packs
from game.commands.capture import capture
from game.project import load_project
from game.scene.model import Light
from pack_harness import (CYAN, GREEN, H, MAGENTA, ORANGE, SCALE, W, bbox_of, corrupt_png,
                          count_of, init, jpeg_header, near, png_header, render, same_region,
                          save_image, save_svg, webp_header)

SPRITES = [("izumo neutral", "left"), ("kaori sad", "right")]
LEFT_HALF = pygame.Rect(0, 0, W // 2, H)
SPRITE_H = round(1000 * SCALE)  # our sprites' height on this canvas


@pytest.fixture(scope="module")
def program():  # noqa: ANN201
    init()
    return load_project()


@pytest.fixture(scope="module")
def ours(program) -> pygame.Surface:  # noqa: ANN001
    return render(program, [], "bg forest", SPRITES)


def two_replacements(root: Path) -> Path:
    """kaori sad as a flat magenta 300x2000 sprite, bg forest as flat green."""
    save_image(root / "sprites" / "kaori sad.png", (300, 2000), MAGENTA)
    save_image(root / "bg" / "bg forest.jpg", (1920, 1080), GREEN, alpha=False)
    return root


def test_two_replacements_and_ours_everywhere_else(program, ours, tmp_path: Path) -> None:
    pack = load_pack(two_replacements(tmp_path / "pack"))
    assert pack.problems == []
    got = render(program, [pack], "bg forest", SPRITES)
    # the pack's sprite stands at the right; the pack's background shows around it
    assert count_of(got, MAGENTA) > 1000
    assert count_of(ours, MAGENTA) == 0
    assert near(got.get_at((W // 2, 20)), GREEN)
    # Izumo is ours: his pixels (where ours differs from the flat green) are unchanged
    izumo = pygame.Rect(20, 60, 150, 290)
    differs = sum(1 for y in range(izumo.top, izumo.bottom, 4)
                  for x in range(izumo.left, izumo.right, 4)
                  if not near(got.get_at((x, y)), GREEN))
    assert differs > 800
    for x, y in ((100, 90), (60, 200), (100, 250)):  # face, haori, kimono
        assert got.get_at((x, y)) == ours.get_at((x, y)), (x, y)
    # an image the pack lacks is ours, pixel for pixel
    assert same_region(render(program, [pack], "bg home night", [("izumo smile", "left")]),
                       render(program, [], "bg home night", [("izumo smile", "left")]),
                       pygame.Rect(0, 0, W, H))


def test_odd_sized_sprite_stands_on_the_bottom_edge_at_our_height(program,
                                                                  tmp_path: Path) -> None:
    pack = load_pack(two_replacements(tmp_path / "pack"))
    for at, check in (("center", lambda r: abs(r.centerx - W // 2) <= 1),
                      ("left", lambda r: r.left <= 1),
                      ("right", lambda r: r.right >= W - 1)):
        got = render(program, [pack], "bg forest", [("kaori sad", at)])
        r = bbox_of(got, MAGENTA)
        assert r.bottom == H, (at, r)
        # 2000 px tall -> our 1000 px; 300 wide -> 150 (less its 2 px transparent margins)
        assert abs(r.height - (SPRITE_H - round(2 * 2000 / 2000 * SPRITE_H / 1000))) <= 2, r
        assert abs(r.width - round(150 * SCALE)) <= 2, r
        assert check(r), (at, r)


def test_svg_sprite_from_a_pack_is_drawn_at_our_height(program, tmp_path: Path) -> None:
    save_svg(tmp_path / "kaori sad.svg", (40, 100), "#00ffff")
    got = render(program, [load_pack(tmp_path)], "bg forest", [("kaori sad", "center")])
    r = bbox_of(got, CYAN)  # (its edges are antialiased)
    assert H - 1 <= r.bottom <= H and abs(r.height - SPRITE_H) <= 2
    assert abs(r.width - round(SPRITE_H * 0.4)) <= 2


def test_pack_toml_zoom_anchor_offset(program, tmp_path: Path) -> None:
    save_image(tmp_path / "k" / "wide.png", (600, 1000), MAGENTA, alpha=False)
    (tmp_path / "pack.toml").write_text('[images."kaori sad"]\nfile = "k/wide.png"\n'
                                        "zoom = 0.5\noffset = [30, -60]\n")
    got = render(program, [load_pack(tmp_path)], "bg forest", [("kaori sad", "center")])
    r = bbox_of(got, MAGENTA)
    assert abs(r.height - SPRITE_H * 0.5) <= 1
    assert r.bottom == H - 20 and abs(r.centerx - (W // 2 + 10)) <= 1
    # the default anchor, given explicitly, changes nothing even at the edges
    (tmp_path / "pack.toml").write_text('[images."kaori sad"]\nfile = "k/wide.png"\n'
                                        "anchor = [0.5, 1.0]\n")
    got = render(program, [load_pack(tmp_path)], "bg forest", [("kaori sad", "left")])
    r = bbox_of(got, MAGENTA)
    assert r.left == 0 and r.bottom == H
    # feet at 80 % of the height: the bottom fifth hangs below the edge
    (tmp_path / "pack.toml").write_text('[images."kaori sad"]\nfile = "k/wide.png"\n'
                                        "anchor = [0.5, 0.8]\n")
    got = render(program, [load_pack(tmp_path)], "bg forest", [("kaori sad", "center")])
    r = bbox_of(got, MAGENTA)
    assert r.bottom == H and abs(r.height - SPRITE_H * 0.8) <= 2


def test_background_of_another_shape_covers_without_distortion(program,
                                                               tmp_path: Path) -> None:
    # a square: scaled to cover 640 px wide, so a 640x640 square, middle third shown
    s = pygame.Surface((900, 900))
    s.fill(GREEN)
    s.fill(MAGENTA, pygame.Rect(300, 300, 300, 300))  # the middle third, square
    pygame.image.save(s, str(tmp_path / "bg forest.png"))
    got = render(program, [load_pack(tmp_path)], "bg forest")
    r = bbox_of(got, MAGENTA)
    assert abs(r.width - r.height) <= 2 and abs(r.width - W / 3) <= 2
    assert abs(r.centerx - W // 2) <= 1 and abs(r.centery - H // 2) <= 1


def test_stacking_the_first_pack_wins(program, tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    save_image(a / "kaori sad.png", (300, 1000), ORANGE)
    save_image(b / "kaori sad.png", (300, 1000), MAGENTA)
    save_image(b / "bg forest.png", (1920, 1080), GREEN, alpha=False)
    got = render(program, load_packs([str(a), str(b)]), "bg forest", [("kaori sad", "center")])
    assert count_of(got, ORANGE) > 1000 and count_of(got, MAGENTA) == 0
    assert near(got.get_at((10, 10)), GREEN)  # b still gives what a lacks
    got = render(program, load_packs([str(b), str(a)]), "bg forest", [("kaori sad", "center")])
    assert count_of(got, MAGENTA) > 1000 and count_of(got, ORANGE) == 0


def _symlink_out(root: Path) -> None:
    outside = save_image(root.parent / "outside.png", (300, 1000), MAGENTA)
    os.symlink(outside, root / "kaori sad.png")


BAD_PACKS = {
    "traversal": (lambda r: (save_image(r.parent / "secret.png", (300, 1000), MAGENTA),
                             (r / "pack.toml").write_text(
                                 '[images."kaori sad"]\nfile = "../secret.png"\n')),
                  "leads out of the pack folder"),
    "absolute": (lambda r: (save_image(r.parent / "secret.png", (300, 1000), MAGENTA),
                            (r / "pack.toml").write_text(
                                f'[images."kaori sad"]\nfile = "{r.parent / "secret.png"}"\n'
                            )), "absolute paths are refused"),
    "symlink": (_symlink_out, "symbolic link that leads outside"),
    "oversize png": (lambda r: (r / "kaori sad.png").write_bytes(png_header(20000, 10)),
                     "over 8192 pixels"),
    "oversize jpeg": (lambda r: (r / "kaori sad.jpg").write_bytes(jpeg_header(9000, 9000)),
                      "over 8192 pixels"),
    "oversize webp": (lambda r: (r / "kaori sad.webp").write_bytes(webp_header(8000, 8100)),
                      "megapixels"),
    "text as png": (lambda r: (r / "kaori sad.png").write_text("hello"), "is text"),
    "wrong extension": (lambda r: (save_image(r / "x.png", (300, 1000), MAGENTA).rename(
        r / "kaori sad.jpg")), "is a PNG image named .jpg"),
    "empty pack": (lambda r: None, "the pack is empty"),
    "bad toml": (lambda r: (save_image(r / "k.png", (300, 1000), MAGENTA),
                            (r / "pack.toml").write_text(
                                '[images."kaori sad"]\nfile = "k.png"\nzoom = "huge"\n')),
                 "zoom must be a number"),
    "toml syntax": (lambda r: (r / "pack.toml").write_text('name = "unterminated\n'),
                    "pack.toml:1:"),
}


@pytest.mark.parametrize("case", sorted(BAD_PACKS))
def test_bad_pack_says_why_and_the_game_draws_our_art(program, ours, tmp_path: Path,
                                                      case: str) -> None:
    build, needle = BAD_PACKS[case]
    root = tmp_path / "pack"
    root.mkdir()
    build(root)
    pack = load_pack(root)
    assert any(needle in p for p in pack.problems), pack.problems
    assert pack.find(("kaori", "sad")) is None
    got = render(program, [pack], "bg forest", SPRITES)
    assert count_of(got, MAGENTA) == 0
    assert same_region(got, ours, pygame.Rect(0, 0, W, H))


def test_corrupt_png_with_a_valid_header_falls_back_at_decode(
        program, ours, tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / "kaori sad.png").write_bytes(corrupt_png(300, 1000))
    pack = load_pack(tmp_path)
    assert pack.find(("kaori", "sad")) is not None  # only decoding can tell
    with caplog.at_level(logging.WARNING, logger="game.render"):
        got = render(program, [pack], "bg forest", SPRITES)
    assert same_region(got, ours, pygame.Rect(0, 0, W, H))
    warned = [r.getMessage() for r in caplog.records if r.name == "game.render"]
    assert len(warned) == 1 and "kaori sad" in warned[0] and "cannot be read" in warned[0]


def test_truncated_jpeg_does_not_stop_the_game(program, tmp_path: Path) -> None:
    save_image(tmp_path / "full.jpg", (1920, 1080), GREEN, alpha=False)
    data = (tmp_path / "full.jpg").read_bytes()
    (tmp_path / "full.jpg").unlink()
    (tmp_path / "bg forest.jpg").write_bytes(data[:len(data) // 3])
    got = render(program, [load_pack(tmp_path)], "bg forest", SPRITES)
    assert got.get_size() == (W, H)  # drawn: whatever libjpeg recovered, or ours


def test_capture_with_a_pack(program, tmp_path: Path) -> None:
    """The whole window, headless: chapter 1 shows kaori belly sad from the pack, in
    the night's light as our own sprites are."""
    root = tmp_path / "pack"
    save_image(root / "kaori belly sad.png", (300, 2000), MAGENTA)
    save_image(root / "bg home night.jpg", (1920, 1080), GREEN, alpha=False)
    out = tmp_path / "shots"
    entries = capture(program, str(out), size=(W, H), packs=[load_pack(root)], limit=6)
    shots = [pygame.image.load(str(out / e["file"])) for e in entries]
    night = program.lights[program.scene_lights["bg home night"]]
    mult = Light("night", night.color, night.strength).multiplier()
    lit = tuple(round(c * m / 255) for c, m in zip(MAGENTA, mult))
    with_kaori = [s for s in shots if count_of(s, lit) > 1000]
    assert with_kaori, "no screen shows the pack's kaori belly sad"
    assert all(near(s.get_at((W // 2, 10)), GREEN) for s in with_kaori)
    plain = capture(program, str(tmp_path / "plain"), size=(W, H), limit=6)
    assert len(plain) == len(entries)
    for e in plain:
        assert count_of(pygame.image.load(str(tmp_path / "plain" / e["file"])), lit) == 0
