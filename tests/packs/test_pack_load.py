"""Loading art packs: names, pack.toml, stacking, discovery, and every refusal.

Each bad case gives one clear problem naming the file and why, and the image it
concerns is not in the pack (so our art is drawn instead). Loading never raises.
"""
from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from game.assets.art import ArtSource
from game.assets.packs import (ArtPack, discover_packs, load_pack, load_packs, sniff,
                               user_packs_dir)
from game.script.images import ImageIndex
from pack_harness import (GREEN, MAGENTA, WEBP_1X1, corrupt_png, init, jpeg_header,
                          png_header, save_image, save_svg, webp_header)


@pytest.fixture(autouse=True)
def _pygame() -> None:
    init()


def only_problem(pack: ArtPack, *needles: str) -> str:
    """The pack has exactly one problem, and it contains every needle."""
    assert len(pack.problems) == 1, pack.problems
    text = pack.problems[0]
    for n in needles:
        assert n in text, text
    return text


# -- a good pack ----------------------------------------------------------------------
def test_images_are_named_as_renpy_names_files(tmp_path: Path) -> None:
    save_image(tmp_path / "kaori sad.png", (60, 100), MAGENTA)
    save_image(tmp_path / "bg" / "bg hueco mundo.jpg", (192, 108), GREEN, alpha=False)
    (tmp_path / "sprites").mkdir()
    (tmp_path / "sprites" / "hollow.webp").write_bytes(WEBP_1X1)
    save_svg(tmp_path / "deep" / "er" / "izumo smile.svg", (60, 100), "#ff00ff")
    (tmp_path / "README.md").write_text("notes for me")
    (tmp_path / ".DS_Store").write_bytes(b"\0\1\2")
    pack = load_pack(tmp_path)
    assert pack.problems == []
    assert sorted(pack.images) == [("bg", "hueco", "mundo"), ("hollow",), ("izumo", "smile"),
                                   ("kaori", "sad")]
    f = pack.find(("kaori", "sad"))
    assert f is not None and f.name == "kaori sad" and f.pack == pack.name
    assert Path(f.path) == (tmp_path / "kaori sad.png").resolve()
    assert f.zoom is None and f.anchor is None and f.offset == (0, 0)
    assert pack.find(("kaori", "smile")) is None
    assert pack.name == tmp_path.name and pack.author == "" and pack.root == tmp_path.resolve()


def test_pack_toml_names_the_pack_and_places_an_image(tmp_path: Path) -> None:
    save_image(tmp_path / "k" / "sad_v2.png", (60, 100), MAGENTA)
    save_image(tmp_path / "izumo smile.png", (60, 100), GREEN)
    (tmp_path / "pack.toml").write_text('''
name = "Watercolour"
author = "A. Painter"
description = "Soft."

[images."kaori sad"]
file = "k/sad_v2.png"
anchor = [0.5, 1.0]
zoom = 1.1
offset = [0, 20]

[images."izumo smile"]
zoom = 0.9
''', encoding="utf-8")
    pack = load_pack(tmp_path)
    assert pack.problems == []
    assert (pack.name, pack.author, pack.description) == ("Watercolour", "A. Painter", "Soft.")
    f = pack.find(("kaori", "sad"))
    assert f is not None and f.path.endswith("sad_v2.png")
    assert (f.zoom, f.anchor, f.offset) == (1.1, (0.5, 1.0), (0, 20))
    assert pack.find(("izumo", "smile")).zoom == 0.9
    assert ("sad_v2",) not in pack.images  # the file is kaori sad, not an image of its own
    assert pack.sources[("kaori", "sad")] == "k/sad_v2.png"


def test_replaces_counts_the_names_our_story_has(tmp_path: Path) -> None:
    for name in ("kaori sad", "bg forest", "somebody else"):
        save_image(tmp_path / f"{name}.png", (20, 20), GREEN)
    index = ImageIndex({("kaori", "sad"): "a.svg", ("bg", "forest"): "b.svg",
                        ("izumo", "smile"): "c.svg"})
    assert load_pack(tmp_path).replaces(index) == ["bg forest", "kaori sad"]


def test_preview_prefers_the_named_preview_then_a_sprite(tmp_path: Path) -> None:
    save_image(tmp_path / "bg forest.png", (20, 20), GREEN)
    save_image(tmp_path / "kaori sad.png", (20, 20), MAGENTA)
    pack = load_pack(tmp_path)
    assert pack.preview() is not None and pack.preview().name == "kaori sad"
    save_image(tmp_path / "preview.png", (20, 20), GREEN)
    pack = load_pack(tmp_path)
    assert ("preview",) not in pack.images
    assert pack.preview() is not None and pack.preview().path.endswith("preview.png")
    assert load_pack(tmp_path / "nothing").preview() is None


def test_stacking_first_given_wins(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    save_image(a / "kaori sad.png", (20, 20), GREEN)
    save_image(b / "kaori sad.png", (20, 20), MAGENTA)
    save_image(b / "izumo smile.png", (20, 20), MAGENTA)
    packs = load_packs([str(a), str(b)])
    assert [p.name for p in packs] == ["a", "b"]
    source = ArtSource(ImageIndex({("kaori", "sad"): "ours.svg", ("hollow",): "h.svg"}), packs)
    assert source.find("kaori sad").pack == "a"
    assert source.find("izumo smile").pack == "b"
    assert source.find("hollow").pack is None


def test_discover_lists_subfolders_sorted_by_name(tmp_path: Path) -> None:
    folder = tmp_path / "data" / "art-packs"
    for sub, name in (("zz", "Alpha"), ("aa", "Omega"), ("mm", None)):
        save_image(folder / sub / "kaori sad.png", (20, 20), GREEN)
        if name:
            (folder / sub / "pack.toml").write_text(f'name = "{name}"\n')
    (folder / "stray.png").write_bytes(b"not a folder, not a pack")
    names = [p.name for p in discover_packs(folder)]
    assert names == ["Alpha", "mm", "Omega"]
    assert [p.name for p in discover_packs(tmp_path / "data")] == names  # the data folder
    assert discover_packs(tmp_path / "missing") == []
    assert user_packs_dir(tmp_path).name == "art-packs"


# -- refusals: files outside the pack -------------------------------------------------
def test_traversal_through_dotdot_in_pack_toml_is_refused(tmp_path: Path) -> None:
    save_image(tmp_path / "secret.png", (20, 20), GREEN)
    pack_dir = tmp_path / "pack"
    pack_dir.mkdir()
    (pack_dir / "pack.toml").write_text('[images."kaori sad"]\nfile = "../secret.png"\n')
    pack = load_pack(pack_dir)
    assert pack.find(("kaori", "sad")) is None
    assert any("pack.toml:2: error:" in p and "'..'" in p and "refused" in p
               for p in pack.problems), pack.problems
    # a '..' that stays inside is refused as well: no path may climb
    (pack_dir / "k").mkdir()
    save_image(pack_dir / "a.png", (20, 20), GREEN)
    (pack_dir / "pack.toml").write_text('[images."kaori sad"]\nfile = "k/../a.png"\n')
    assert load_pack(pack_dir).find(("kaori", "sad")) is None


def test_absolute_path_in_pack_toml_is_refused(tmp_path: Path) -> None:
    outside = save_image(tmp_path / "secret.png", (20, 20), GREEN)
    pack_dir = tmp_path / "pack"
    pack_dir.mkdir()
    (pack_dir / "pack.toml").write_text(f'[images."kaori sad"]\nfile = "{outside}"\n'
                                        '[images."hollow"]\nfile = "C:\\\\Windows\\\\x.png"\n')
    pack = load_pack(pack_dir)
    assert pack.images == {}
    errors = [p for p in pack.problems if "absolute paths are refused" in p]
    assert len(errors) == 2, pack.problems


def test_symlink_to_a_file_outside_is_refused(tmp_path: Path) -> None:
    outside = save_image(tmp_path / "secret.png", (20, 20), GREEN)
    pack_dir = tmp_path / "pack"
    pack_dir.mkdir()
    os.symlink(outside, pack_dir / "kaori sad.png")
    save_image(pack_dir / "real" / "izumo.png", (20, 20), GREEN)
    os.symlink(pack_dir / "real" / "izumo.png", pack_dir / "izumo smile.png")  # inside: fine
    pack = load_pack(pack_dir)
    only_problem(pack, "kaori sad.png: error:", "symbolic link", "outside the pack folder",
                 "refused")
    assert pack.find(("kaori", "sad")) is None
    assert pack.find(("izumo", "smile")) is not None


def test_symlinked_folder_outside_and_pack_toml_through_link_are_refused(
        tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    save_image(outside / "kaori sad.png", (20, 20), GREEN)
    pack_dir = tmp_path / "pack"
    pack_dir.mkdir()
    os.symlink(outside, pack_dir / "linked")
    (pack_dir / "pack.toml").write_text('[images."hollow"]\nfile = "linked/kaori sad.png"\n')
    pack = load_pack(pack_dir)
    assert pack.images == {}
    assert any("linked: error:" in p and "outside the pack folder" in p
               for p in pack.problems), pack.problems
    assert any("pack.toml:2: error:" in p and "symbolic link" in p and "outside" in p
               for p in pack.problems), pack.problems


# -- refusals: what the files hold ----------------------------------------------------
@pytest.mark.parametrize("filename,data,needle", [
    ("kaori sad.png", png_header(9000, 100), "9000x100"),
    ("kaori sad.png", png_header(8000, 8001), "megapixels"),
    ("kaori sad.jpg", jpeg_header(100, 8193), "100x8193"),
    ("kaori sad.webp", webp_header(10000, 10), "10000x10"),
    ("kaori sad.svg", b'<svg xmlns="http://www.w3.org/2000/svg" width="50000" height="50000">'
                      b'</svg>', "50000x50000"),
])
def test_oversize_images_are_refused_from_their_header(tmp_path: Path, filename: str,
                                                       data: bytes, needle: str) -> None:
    (tmp_path / filename).write_bytes(data)
    pack = load_pack(tmp_path)
    only_problem(pack, f"{filename}: error:", needle, "refused before decoding")
    assert pack.images == {}


def test_headers_are_read_right(tmp_path: Path) -> None:
    from game.assets.imageinfo import image_size

    for name, data, size in (("a.png", png_header(123, 45), (123, 45)),
                             ("a.jpg", jpeg_header(640, 480), (640, 480)),
                             ("a.webp", webp_header(300, 200), (300, 200))):
        (tmp_path / name).write_bytes(data)
        assert image_size(str(tmp_path / name)) == size


def test_wrong_extension_is_refused_with_the_right_name(tmp_path: Path) -> None:
    save_image(tmp_path / "real.png", (20, 20), GREEN)
    (tmp_path / "real.png").rename(tmp_path / "kaori sad.jpg")  # PNG bytes, .jpg name
    pack = load_pack(tmp_path)
    only_problem(pack, "kaori sad.jpg: error:", "is a PNG image named .jpg",
                 "rename it to 'kaori sad.png'")
    assert pack.images == {}


def test_text_file_named_png_is_refused(tmp_path: Path) -> None:
    (tmp_path / "kaori sad.png").write_text("I am a note, not an image\n")
    only_problem(load_pack(tmp_path), "kaori sad.png: error:", "is text, not a PNG image")


def test_garbage_and_empty_files_are_refused(tmp_path: Path) -> None:
    (tmp_path / "kaori sad.png").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "hollow.png").write_bytes(b"")
    pack = load_pack(tmp_path)
    assert pack.images == {}
    assert any("kaori sad.png: error: is not a PNG image" in p for p in pack.problems)
    assert any("hollow.png: error: is empty" in p for p in pack.problems)


def test_corrupt_png_with_a_good_header_loads_and_is_left_to_the_decoder(
        tmp_path: Path) -> None:
    """Its header is valid, so loading keeps it; the renderer falls back when decoding
    fails (see test_pack_render), and `art check` reports it."""
    (tmp_path / "kaori sad.png").write_bytes(corrupt_png(100, 200))
    pack = load_pack(tmp_path)
    assert pack.problems == [] and pack.find(("kaori", "sad")) is not None


def test_unreadable_file_is_reported(tmp_path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads every file")
    p = save_image(tmp_path / "kaori sad.png", (20, 20), GREEN)
    p.chmod(0)
    try:
        only_problem(load_pack(tmp_path), "kaori sad.png: error:", "cannot be read",
                     "ermission denied")
    finally:
        p.chmod(0o644)


def test_a_fifo_is_not_opened(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "kaori sad.png")
    only_problem(load_pack(tmp_path), "not a regular file")


def test_other_image_formats_are_reported_and_skipped(tmp_path: Path) -> None:
    (tmp_path / "kaori sad.psd").write_bytes(b"8BPS")
    pack = load_pack(tmp_path)
    assert any("kaori sad.psd: warning: PSD files are not read" in p for p in pack.problems)


def test_duplicate_names_keep_the_first(tmp_path: Path) -> None:
    save_image(tmp_path / "a" / "kaori sad.png", (20, 20), GREEN)
    save_image(tmp_path / "b" / "kaori sad.png", (20, 20), MAGENTA)
    pack = load_pack(tmp_path)
    only_problem(pack, "b/kaori sad.png: warning:", "using a/kaori sad.png")
    assert pack.find(("kaori", "sad")).path.endswith("a/kaori sad.png")


def test_empty_pack_is_allowed_and_reported(tmp_path: Path) -> None:
    (tmp_path / "pack.toml").write_text('name = "Nothing yet"\n')
    pack = load_pack(tmp_path)
    assert pack.name == "Nothing yet" and pack.images == {}
    only_problem(pack, "warning: the pack is empty")


def test_missing_folder(tmp_path: Path) -> None:
    only_problem(load_pack(tmp_path / "nope"), "nope: error: no such folder")


# -- a bad pack.toml --------------------------------------------------------------------
def test_toml_syntax_error_has_line_and_column_and_images_still_load(
        tmp_path: Path) -> None:
    save_image(tmp_path / "kaori sad.png", (20, 20), GREEN)
    (tmp_path / "pack.toml").write_text('name = "Mine"\nauthor = \n')
    pack = load_pack(tmp_path)
    text = only_problem(pack, "pack.toml:2:10: error:", "pack.toml is ignored")
    assert "(at line" not in text
    assert pack.name == tmp_path.name
    assert pack.find(("kaori", "sad")) is not None


def test_wrong_types_and_unknown_keys_with_did_you_mean(tmp_path: Path) -> None:
    save_image(tmp_path / "kaori sad.png", (20, 20), GREEN)
    save_image(tmp_path / "izumo smile.png", (20, 20), GREEN)
    (tmp_path / "pack.toml").write_text('''name = 7
autor = "Me"

[images."kaori sad"]
ancor = [0.5, 1.0]

[images."izumo smile"]
zoom = "big"
offset = [1.5, 2]
''')
    pack = load_pack(tmp_path)
    p = "\n".join(pack.problems)
    assert "pack.toml:1: error: name must be text in quotes, not the number 7" in p
    assert "pack.toml:2: error: unknown key 'autor' (did you mean 'author'?)" in p
    assert "pack.toml:5: error: unknown key 'images.\"kaori sad\".ancor' (did you mean" \
           " 'anchor'?)" in p
    assert "pack.toml:8: error: images.\"izumo smile\".zoom must be a number" in p
    assert "pack.toml:9: error: images.\"izumo smile\".offset must be two whole numbers" in p
    # an image whose settings are wrong falls back to our art, with a word saying so
    assert pack.images == {}
    assert "pack.toml:4: warning: 'kaori sad' falls back to our art" in p
    assert "pack.toml:7: warning: 'izumo smile' falls back to our art" in p


def test_pack_toml_file_that_does_not_exist_suggests_a_near_name(tmp_path: Path) -> None:
    save_image(tmp_path / "k" / "sad_v2.png", (20, 20), GREEN)
    (tmp_path / "pack.toml").write_text('[images."kaori sad"]\nfile = "k/sad_v3.png"\n')
    pack = load_pack(tmp_path)
    assert any("pack.toml:2: error:" in p and "no such file" in p
               and "did you mean 'k/sad_v2.png'" in p for p in pack.problems), pack.problems


def test_entry_without_a_file_or_a_named_file(tmp_path: Path) -> None:
    save_image(tmp_path / "bg forest.png", (20, 20), GREEN)
    (tmp_path / "pack.toml").write_text('[images."kaori sad"]\nzoom = 1.2\n')
    only_problem(load_pack(tmp_path), "pack.toml:1: error:", "gives no file =",
                 "'kaori sad.png'")


# -- logging and robustness ---------------------------------------------------------------
def test_each_problem_is_logged_once_as_a_warning(tmp_path: Path,
                                                  caplog: pytest.LogCaptureFixture) -> None:
    (tmp_path / "kaori sad.png").write_text("text")
    (tmp_path / "hollow.png").write_bytes(png_header(9999, 9999))
    with caplog.at_level(logging.WARNING, logger="game.assets.packs"):
        pack = load_pack(tmp_path)
    logged = [r for r in caplog.records if r.name == "game.assets.packs"]
    assert len(logged) == len(pack.problems) == 2
    assert all(r.levelno == logging.WARNING for r in logged)
    assert any("kaori sad.png" in r.getMessage() for r in logged)


def test_sniff() -> None:
    assert sniff(b"\x89PNG\r\n\x1a\nxxxx") == "PNG"
    assert sniff(b"\xff\xd8\xff\xe0") == "JPEG"
    assert sniff(WEBP_1X1) == "WEBP"
    assert sniff(b'\xef\xbb\xbf<?xml version="1.0"?>\n<svg width="1">') == "SVG"
    assert sniff(b"hello") == "text"
    assert sniff(bytes(range(256))) == ""


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(toml=st.text(max_size=200), data=st.binary(max_size=200))
def test_loading_never_raises(tmp_path: Path, toml: str, data: bytes) -> None:
    d = tmp_path / "fuzz"
    d.mkdir(exist_ok=True)
    (d / "pack.toml").write_text(toml, encoding="utf-8", errors="surrogatepass") \
        if "\ud800" not in toml else None
    (d / "kaori sad.png").write_bytes(data)
    (d / "hollow.svg").write_bytes(data)
    pack = load_pack(d)
    assert isinstance(pack.problems, list)
