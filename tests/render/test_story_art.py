"""Every image the story names exists in art/, a character's sprites share one canvas,
and the title key art is there."""
from __future__ import annotations

import os
from collections import defaultdict

import pytest

from game.assets.art import svg_size
from game.project import load_project
from game.script import ast as A
from game.script.program import Program
from render_harness import ROOT

ART = ROOT / "art"


@pytest.fixture(scope="module")
def program() -> Program:
    return load_project(str(ROOT / "story"), use_cache=False)


def named_images(prog: Program) -> dict[tuple[str, ...], str]:
    """Each image a scene, show or say-with-attributes names, resolved as the runtime
    resolves it, with where it is named."""
    out: dict[tuple[str, ...], str] = {}
    current: dict[str, tuple[str, ...]] = {}
    for s in prog.statements:
        where = f"{s.loc[0]}:{s.loc[1]}"
        if isinstance(s, A.Scene) and s.image:
            current.clear()
            out.setdefault(prog.images.resolve(s.image), where)
        elif isinstance(s, A.Show):
            tag = s.as_ or s.image[0]
            name = prog.images.resolve(s.image, current.get(tag))
            current[tag] = name
            out.setdefault(name, where)
        elif isinstance(s, A.Say) and s.attributes and s.who in prog.characters:
            tag = prog.characters[s.who].image
            assert tag, f"{where}: attributes on a speaker with no image"
            name = prog.images.resolve((tag, *s.attributes), current.get(tag))
            current[tag] = name
            out.setdefault(name, where)
    return out


def test_every_image_the_story_names_exists_in_art(program) -> None:
    named = named_images(program)
    assert len(named) >= 20
    missing = []
    for name, where in sorted(named.items()):
        path = program.images.files.get(name)
        if path is None:
            missing.append(f"{where}: {' '.join(name)}")
        elif not path.startswith("#"):
            assert os.path.isfile(path), path
            assert os.path.abspath(path).startswith(str(ART)), path
    assert not missing, "images the story names but art/ lacks:\n" + "\n".join(missing)


def test_the_story_uses_backgrounds_sprites_and_cgs(program) -> None:
    tags = {n[0] for n in named_images(program)}
    assert {"bg", "cg", "kaori", "izumo", "chishioyaiba"} <= tags


def test_every_sprite_of_a_character_has_the_same_canvas() -> None:
    by_tag: dict[str, set[tuple[int, int] | None]] = defaultdict(set)
    for f in (ART / "sprites").iterdir():
        if f.suffix == ".svg":
            by_tag[f.stem.split()[0]].add(svg_size(str(f)))
    assert by_tag
    for tag, sizes in by_tag.items():
        assert len(sizes) == 1 and None not in sizes, (tag, sizes)
        (w, h), = sizes
        assert h >= 900 and h > w, (tag, w, h)  # tall, about 1000 px


def test_backgrounds_and_cgs_are_full_canvas() -> None:
    for folder in ("bg", "cg"):
        for f in (ART / folder).glob("*.svg"):
            assert svg_size(str(f)) == (1920, 1080), f.name


def test_the_title_key_art_exists() -> None:
    title = ART / "gui" / "title.svg"
    assert title.is_file()
    assert svg_size(str(title)) == (1920, 1080)


def test_every_art_file_is_listed_in_the_readme() -> None:
    readme = (ART / "README.md").read_text(encoding="utf-8")
    for f in ART.rglob("*.svg"):
        assert f"`{f.relative_to(ART).as_posix()}`" in readme, f.name
