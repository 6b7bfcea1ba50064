"""Ren'Py's MoveTransition family and ImageDissolve as the loader reads them: each
built-in name is a kind of its own with Ren'Py's time (no warning, strict too);
MoveTransition(...) is the built-in it matches; ImageDissolve keeps its mask when the
story has it and warns (a dissolve) when it does not."""
from __future__ import annotations

import pytest

from game.scene.moves import NAMED_MOVES, SPRITE_MOVES, SpriteMove, move_kind
from game.script.ast import Transition
from game.script.errors import ScriptError
from game.script.images import ImageIndex
from game.script.loader import load_story

NAMES = ["move", "ease", "moveinright", "moveinleft", "moveintop", "moveinbottom",
         "moveoutright", "moveoutleft", "moveouttop", "moveoutbottom", "easeinright",
         "easeinleft", "easeintop", "easeinbottom", "easeoutright", "easeoutleft",
         "easeouttop", "easeoutbottom", "zoomin", "zoomout", "zoominout"]


def _load(body: str, images: ImageIndex | None = None, strict: bool = False):
    src = 'image bg a = "#203040"\nimage eileen = "#c03030"\nlabel start:\n' + body \
        + '    "Done."\n    return\n'
    return load_story([("t.rpy", src)], images=images, strict=strict)


def test_every_builtin_name_is_known() -> None:
    assert sorted(NAMED_MOVES) == sorted(NAMES)


@pytest.mark.parametrize("name", NAMES)
@pytest.mark.parametrize("strict", [False, True])
def test_a_builtin_move_loads_without_a_warning(name, strict) -> None:
    prog = _load(f"    scene bg a\n    show eileen at right with {name}\n", strict=strict)
    assert prog.warnings == []
    t = prog.transitions[name]
    assert t == Transition(name, duration=0.5)
    assert t.describe() == name


def test_the_families_move_as_renpy_defines_them() -> None:
    assert SPRITE_MOVES["move"] == SpriteMove("linear")
    assert SPRITE_MOVES["easeinleft"] == SpriteMove("ease", enter="left")
    assert SPRITE_MOVES["moveouttop"] == SpriteMove("linear", leave="top")
    assert SPRITE_MOVES["zoominout"] == SpriteMove("linear", enter="zoom", leave="zoom")
    assert move_kind("ease", None, "bottom") == "easeoutbottom"
    # both sides: a kind of our own, which no script can name after `with`
    assert move_kind("linear", "left", "right") == "moveinleft_outright"
    assert SPRITE_MOVES["easeinzoom_outtop"] == SpriteMove("ease", enter="zoom", leave="top")


@pytest.mark.parametrize("src,kind,seconds", [
    ("MoveTransition(0.75)", "move", 0.75),
    ("MoveTransition(1.0, enter=offscreenright)", "moveinright", 1.0),
    ("MoveTransition(0.3, leave=offscreentop, time_warp=_warper.ease)", "easeouttop", 0.3),
])
def test_move_transition_calls_are_the_builtin_they_match(src, kind, seconds) -> None:
    prog = _load(f"    scene bg a\n    show eileen with {src}\n")
    assert prog.warnings == []
    assert prog.transitions[src] == Transition(kind, duration=seconds)


def test_a_move_transition_with_both_sides_draws_both() -> None:
    src = "MoveTransition(0.5, enter=offscreenright, leave=offscreenleft)"
    prog = _load(f"    scene bg a\n    show eileen with {src}\n")
    assert prog.warnings == []
    assert prog.transitions[src] == Transition("moveinright_outleft", duration=0.5)
    # our own kinds are not transitions a script may name
    with pytest.raises(ScriptError, match="unknown transition 'moveinright_outleft'"):
        _load("    scene bg a\n    show eileen with moveinright_outleft\n")


def test_a_move_transition_with_parts_we_do_not_draw_warns() -> None:
    src = "MoveTransition(0.5, enter=offscreenright, enter_time_warp=_warper.easein_quad)"
    prog = _load(f"    scene bg a\n    show eileen with {src}\n")
    assert prog.transitions[src].kind == "moveinright"
    assert [w.message for w in prog.warnings] == [
        f"the transition '{src}' is drawn as moveinright: only offscreen sides and the"
        " ease warper are honoured"]


def test_image_dissolve_keeps_its_mask_when_the_story_has_it() -> None:
    images = ImageIndex({("eye",): "/art/eye.png"})
    prog = _load('    scene bg a with ImageDissolve("eye.png", 1.5, 16)\n', images)
    assert prog.warnings == []
    t = prog.transitions['ImageDissolve("eye.png", 1.5, 16)']
    assert (t.kind, t.image, t.duration, t.ramp) == ("imagedissolve", "eye", 1.5, 16)


def test_image_dissolve_by_image_name_and_default_ramp() -> None:
    images = ImageIndex({("mask", "circle"): "/art/mask circle.png"})
    prog = _load('    scene bg a with ImageDissolve("mask circle", 0.5)\n', images)
    t = prog.transitions['ImageDissolve("mask circle", 0.5)']
    assert (t.image, t.ramp) == ("mask circle", 5) and prog.warnings == []


def test_image_dissolve_reversed() -> None:
    images = ImageIndex({("eye",): "/art/eye.png"})
    src = 'ImageDissolve("eye.png", 1.0, 8, reverse=True)'
    prog = _load(f"    scene bg a with {src}\n", images)
    t = prog.transitions[src]
    assert prog.warnings == [] and t.reverse and t.kind == "imagedissolve"
    assert t.describe() == "ImageDissolve('eye', 1, 8, reverse=True)"


def test_image_dissolve_without_its_mask_is_a_dissolve_with_a_warning() -> None:
    prog = _load('    scene bg a with ImageDissolve("eye.png", 1.0, 8)\n')
    assert prog.transitions['ImageDissolve("eye.png", 1.0, 8)'] == \
        Transition("dissolve", duration=1.0)
    assert [w.message for w in prog.warnings] == [
        "ImageDissolve's mask 'eye' is not among the story's images; shown as a dissolve"]


def test_a_defined_transition_class_is_a_constant_with_uses() -> None:
    images = ImageIndex({("eye",): "/art/eye.png"})
    src = ('    scene bg a with eye_open\n    show eileen with slow_wipe\n'
           '    show eileen at left with glide\n')
    head = ('define eye_open = ImageDissolve("eye.png", 1.0, 8)\n'
            'define slow_wipe = CropMove(2.0, "wipeleft")\n'
            'define glide = MoveTransition(1.0, time_warp=_warper.ease)\n')
    prog = load_story([("t.rpy", head + 'image bg a = "#203040"\nimage eileen = "#c03030"\n'
                        'label start:\n' + src + '    "Done."\n')], images=images)
    assert prog.warnings == []
    assert prog.transitions["eye_open"] == Transition("imagedissolve", duration=1.0,
                                                      image="eye", ramp=8)
    assert prog.transitions["slow_wipe"] == Transition("wipeleft", duration=2.0)
    assert prog.transitions["glide"] == Transition("ease", duration=1.0)


def test_a_defined_image_dissolve_without_its_mask_warns_where_it_is_used() -> None:
    prog = load_story([("t.rpy", 'define eye_open = ImageDissolve("eye.png", 1.0)\n'
                        'label start:\n    with eye_open\n    "Done."\n')])
    assert prog.transitions["eye_open"] == Transition("dissolve", duration=1.0)
    assert [(w.line, w.message) for w in prog.warnings] == [
        (3, "ImageDissolve's mask 'eye' is not among the story's images; shown as a"
            " dissolve")]
