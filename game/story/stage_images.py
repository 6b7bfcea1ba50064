"""Which image a `scene`, a `show` or a say line's attributes (`k sad "..."`) puts on
stage, given what the tag shows now: written once, for the runtime, its look-ahead
(the Prepare event) and the art tools' static walk (game/project/story_images.py)."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..script import ast as A
from ..script.layered import choose as choose_layers
from ..script.program import Program

Name = tuple[str, ...]  # an image name as words: ("k", "happy")


def scene_image(prog: Program, s: A.Scene) -> str | None:
    """The background `scene` shows (None: `scene` alone, black)."""
    return " ".join(prog.images.resolve(s.image)) if s.image else None


def show_tag(s: A.Show) -> str:
    return s.as_ or s.image[0]


Test = Callable[[Any], Any]  # a layeredimage `if` condition's code -> its value


def show_image(prog: Program, s: A.Show, current: Name | None,
               test: Test | None = None) -> tuple[str, list | None]:
    """The image `show` puts up for its tag, which shows `current` now (None: not on
    stage), and a layeredimage's layers (its attributes pick them, and `test` its `if`
    conditions; without it only `else` layers) or an image's own."""
    spec = prog.layered.get(s.image[0])
    if spec is not None:
        attrs, layers = choose_layers(spec, s.image[1:], (current or ())[1:], test)
        return " ".join((s.image[0], *attrs)), layers
    image = " ".join(prog.images.resolve(s.image, current))
    return image, prog.image_layers.get(image)


def speaker_tag(prog: Program, who: str | None) -> str | None:
    """The image tag a speaker's say attributes change (Character(image=...))."""
    ch = prog.characters.get(who) if who else None
    return ch.image if ch is not None and ch.image else None


def attribute_image(prog: Program, tag: str, attributes: tuple[str, ...],
                    current: Name) -> str:
    """The sprite a say line's attributes turn `tag` (showing `current`) into."""
    return " ".join(prog.images.resolve((tag, *attributes), current))


def attribute_layers(prog: Program, image: str, attributes: tuple[str, ...],
                     test: Test | None = None) -> tuple[str, list] | None:
    """What a say line's attributes turn a layeredimage sprite showing `image` into (its
    attributes and layers); None when the sprite is not a layeredimage."""
    words = image.split()
    spec = prog.layered.get(words[0]) if words else None
    if spec is None:
        return None
    attrs, layers = choose_layers(spec, attributes, tuple(words[1:]), test)
    return " ".join((words[0], *attrs)), layers
