"""Every image from disk goes through one header and limit check before decoding
(issue 11, families 2 and 9): save thumbnails, the chapter-thumbnail cache, the raster
cache, art-pack images and previews. Packs that raise or hang fall back to our art.

Fuzzers (each example under a SIGALRM bound): image headers from arbitrary bytes
behind each format's signature (150), pack.toml as arbitrary text (60) and as
structured mutations of a good pack.toml (80). Fixed hostile cases: 24.
"""
from __future__ import annotations

import os
import struct
import zlib
from pathlib import Path

import pygame
import pytest
from hypothesis import given
from hypothesis import strategies as st

from fuzz_harness import bounded, fuzz_settings
from game.assets import imageinfo
from game.assets.art import ArtSource, ImageFile, svg_size
from game.assets.imageinfo import ImageRefused, read_checked
from game.assets.packs import discover_packs, load_pack
from game.render.decode import load_image
from game.render.images import BG, SPRITE, ImageStore
from game.script.images import ImageIndex
from pack_harness import init, save_image, save_svg


@pytest.fixture(autouse=True)
def _display() -> None:
    init()


def png_header(w: int, h: int, body: bytes = b"") -> bytes:
    """A PNG whose header declares w x h, followed by a little all-zero data."""
    ihdr = struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0, 0)

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + \
            struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + \
        chunk(b"IDAT", body or zlib.compress(b"\0" * 200_000)) + chunk(b"IEND", b"")


BOMB = png_header(23200, 23200)


# -- one gate --------------------------------------------------------------------------
@pytest.mark.parametrize("data, name, why", [
    (BOMB, "bomb.png", "pixels on a side"),
    (png_header(8100, 8100), "big.png", "megapixels"),
    (png_header(8192, 8), "thin.png", "32 times"),
    (png_header(0, 5), "empty.png", "empty"),
    (b"<svg width=\".\" height=\"10\"/>", "dot.svg", "no usable width"),
    (b'<svg width="' + b"9" * 400 + b'" height="10"/>', "long.svg", "no usable|on a side"),
    (b'<svg width="1e999" height="10"/>', "inf.svg", "no usable"),
    (b'<svg width="-5" height="10"/>', "neg.svg", "no usable"),
    (b'<svg width="8192" height="8"/>', "thin.svg", "32 times"),
    (b'<svg width="100" height="100">' + b"<path d='M0 0'/>" * 200_000 + b"</svg>",
     "paths.svg", "elements"),
    (b"\xff\xd8" + b"\0" * 3_000_000, "nojpeg.jpg", "JPEG"),
    (b"", "zero.png", "empty"),
])
def test_the_gate_refuses_before_decoding(tmp_path: Path, data: bytes, name: str,
                                          why: str) -> None:
    p = tmp_path / name
    p.write_bytes(data)
    with bounded(5):
        with pytest.raises(ImageRefused, match=why):
            load_image(str(p))
        assert svg_size(str(p)) is None or name.endswith(".png") or why != "no usable"


def test_the_gate_refuses_a_fifo_and_a_folder(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "fifo.png")
    (tmp_path / "dir.png").mkdir()
    with bounded(5):
        for n in ("fifo.png", "dir.png"):
            with pytest.raises(ImageRefused, match="regular file"):
                read_checked(str(tmp_path / n))


def test_the_scaled_size_is_checked_too(tmp_path: Path) -> None:
    p = save_image(tmp_path / "wide.png", (1000, 40), (255, 0, 0))  # within 32:1? no: 25:1
    with pytest.raises(ImageRefused, match="drawn at"):
        load_image(str(p), (25_000, 1000))
    assert load_image(str(p)).get_size() == (1000, 40)


# -- where images are loaded ----------------------------------------------------------
def test_a_bomb_in_the_raster_cache_is_ignored_and_the_art_decoded(tmp_path: Path) -> None:
    svg = save_svg(tmp_path / "art" / "bg x.svg", (160, 90), "#ff0000")
    index = ImageIndex({("bg", "x"): str(svg)})
    cache = tmp_path / "raster"
    store = ImageStore(ArtSource(index), 0.1, disk_cache=str(cache), threaded=False)
    size = store.target_size(ImageFile("bg x", str(svg)), BG)
    path = store._disk_path(ImageFile("bg x", str(svg)), size)
    os.makedirs(cache, exist_ok=True)
    Path(path).write_bytes(BOMB)
    with bounded(10):
        surf = store.get("bg x", BG)
    assert surf.get_size() == size and surf.get_at((5, 5))[0] > 240


def test_a_pack_sprite_8192x8_falls_back_to_our_art(tmp_path: Path) -> None:
    ours = save_svg(tmp_path / "art" / "kaori.svg", (50, 100), "#00ff00")
    pack_dir = tmp_path / "pack"
    pack_dir.mkdir()
    (pack_dir / "kaori.svg").write_text('<svg xmlns="http://www.w3.org/2000/svg"'
                                        ' width="8192" height="8"/>', encoding="utf-8")
    (pack_dir / "kaori happy.png").write_bytes(png_header(8192, 8))
    pack = load_pack(pack_dir)
    assert not pack.images and len(pack.errors) == 2
    # even if the file changes after the pack was read, the renderer refuses it
    pack.images[("kaori",)] = ImageFile("kaori", str(pack_dir / "kaori.svg"), "pack")
    store = ImageStore(ArtSource(ImageIndex({("kaori",): str(ours)}), [pack]), 1.0,
                       threaded=False)
    with bounded(10):
        surf = store.get("kaori", SPRITE)
    assert surf.get_size() == (50, 100)


def test_a_bomb_in_the_chapter_thumbnail_cache_is_made_again(tmp_path: Path) -> None:
    from game.ui.thumbs import ChapterThumbs

    class Prog:
        source_hash = "h"
    thumbs = ChapterThumbs(Prog(), [], tmp_path)
    thumbs.folder.mkdir(parents=True)
    (thumbs.folder / thumbs._key("one")).write_bytes(BOMB)
    assert thumbs.get("one") is None and thumbs.pending


# -- packs ------------------------------------------------------------------------------
def _pack(tmp_path: Path, toml: str | bytes | None = None) -> Path:
    d = tmp_path / "p"
    d.mkdir(exist_ok=True)
    save_image(d / "kaori sad.png", (20, 40), (255, 0, 0))
    if toml is not None:
        (d / "pack.toml").write_bytes(toml.encode() if isinstance(toml, str) else toml)
    return d


@pytest.mark.parametrize("toml, why", [
    ("a = " + "[" * 3000 + "]" * 3000, "too deeply"),
    ('name = "x\\u0000y\\u001b[31m"\nauthor = "\\u0007A"', None),
    ("".join(f'[images."x{k}"]\nzoom = 9\n' for k in range(30_000)), "over 200 problems"),
    ("[images.\"" + "k" * 100_000 + "\"]\nfile = 3\n", None),
])
def test_hostile_pack_toml_is_reported_and_bounded(tmp_path: Path, toml: str,
                                                   why: str | None) -> None:
    d = _pack(tmp_path, toml)
    with bounded(20):
        pack = load_pack(d)
    assert ("kaori", "sad") in pack.images
    assert all(c.isprintable() for c in pack.name + pack.author)
    assert all(len(p.message) <= 500 for p in pack.diagnostics)
    if why:
        assert any(why in p for p in pack.problems), pack.problems[:3]


def test_pack_toml_as_a_fifo_or_a_folder(tmp_path: Path) -> None:
    d = _pack(tmp_path)
    os.mkfifo(d / "pack.toml")
    with bounded(5):
        pack = load_pack(d)
    assert ("kaori", "sad") in pack.images and "not a regular file" in pack.problems[0]
    (d / "pack.toml").unlink()
    (d / "pack.toml").mkdir()
    with bounded(5):
        pack = load_pack(d)
    assert ("kaori", "sad") in pack.images


def test_an_image_that_is_a_fifo_is_refused_without_waiting(tmp_path: Path) -> None:
    d = _pack(tmp_path)
    os.mkfifo(d / "kaori happy.png")
    with bounded(5):
        pack = load_pack(d)
    assert ("kaori", "happy") not in pack.images and ("kaori", "sad") in pack.images


def test_a_symlinked_pack_folder_in_art_packs_is_refused(tmp_path: Path) -> None:
    real = _pack(tmp_path)
    packs = tmp_path / "art-packs"
    packs.mkdir()
    (packs / "linked").symlink_to(real, target_is_directory=True)
    found = discover_packs(packs)
    assert len(found) == 1 and not found[0].images
    assert "symbolic link" in found[0].problems[0]


# -- fuzzers -----------------------------------------------------------------------------
SIGNATURES = [b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR", b"\xff\xd8\xff", b"RIFF\0\0\0\0WEBPVP8 ",
              b"RIFF\0\0\0\0WEBPVP8L", b"RIFF\0\0\0\0WEBPVP8X", b"GIF89a", b"BM",
              b"<svg ", b"<?xml version='1.0'?><svg width=", b""]


@fuzz_settings(150)
@given(sig=st.sampled_from(SIGNATURES), body=st.binary(max_size=300),
       ext=st.sampled_from(["png", "jpg", "webp", "gif", "bmp", "svg"]))
def test_fuzz_image_headers(tmp_path: Path, sig: bytes, body: bytes, ext: str) -> None:
    p = tmp_path / f"f.{ext}"
    p.write_bytes(sig + body)
    with bounded():
        try:
            img = read_checked(str(p))
        except ImageRefused:
            return
        assert img.size[0] * img.size[1] <= imageinfo.MAX_PIXELS
        try:
            load_image(str(p), (64, 64))
        except (ImageRefused, pygame.error):
            pass


GOOD_TOML = '''name = "Good"
author = "A"
description = "d"
preview = "kaori sad.png"

[images."kaori sad"]
file = "kaori sad.png"
anchor = [0.5, 1.0]
zoom = 1.1
offset = [0, 20]
'''


@fuzz_settings(60)
@given(text=st.text(max_size=400))
def test_fuzz_pack_toml_text(tmp_path: Path, text: str) -> None:
    d = _pack(tmp_path, text.encode("utf-8", "surrogatepass"))
    with bounded():
        pack = load_pack(d)
    assert isinstance(pack.problems, list)


TOML_VALUES = st.one_of(
    st.integers(), st.floats(allow_nan=False), st.text(max_size=20).map(repr),
    st.sampled_from(['"/etc/passwd"', '"../x.png"', '"\\u0000"', "[[[[1]]]]", "{a=1}",
                     '"preview.png"', "true", "[1, 2, 3]", "inf", "nan", '"k"' * 3,
                     "[" * 200 + "]" * 200]))


@fuzz_settings(80)
@given(data=st.data())
def test_fuzz_structured_pack_toml(tmp_path: Path, data: st.DataObject) -> None:
    lines = GOOD_TOML.split("\n")
    for _ in range(data.draw(st.integers(1, 4))):
        k = data.draw(st.integers(0, len(lines) - 1))
        line = lines[k]
        if "=" in line:
            key = line.split("=")[0].strip()
            lines[k] = f"{key} = {data.draw(TOML_VALUES)}"
        else:
            lines[k] = data.draw(st.sampled_from(['[images."x"]', "[images]", "[[images]]",
                                                 '[images."kaori sad".more]', "", "[a.b.c]"]))
    d = _pack(tmp_path, "\n".join(lines))
    with bounded():
        pack = load_pack(d)
    for f in pack.images.values():
        assert Path(f.path).resolve().is_relative_to(d.resolve())
