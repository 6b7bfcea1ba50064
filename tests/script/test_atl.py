"""ATL read into plain steps (game/script/atl.py) and played as data
(game/scene/transform.py): what a sprite's properties are at a given time."""
from __future__ import annotations

import json
import math

import pytest

from game.scene import transform as T
from game.script.errors import ScriptError
from game.script.loader import load_story
from game.story.runtime import Runtime


def _prog(src: str):
    return load_story([("t.rpy", src)])


def test_builtin_positions_are_ren_pys() -> None:
    prog = _prog("label start:\n    show a at top\n    show a at offscreenleft, default\n")
    assert T.sprite_state([prog.transforms["top"]], 0)["ypos"] == 0.0
    s = T.sprite_state([prog.transforms["offscreenleft"], prog.transforms["default"]], 0)
    assert (s["xpos"], s["xanchor"]) == (0.5, 0.5)  # the later transform wins


def test_a_block_with_repeat_loops_after_what_comes_before() -> None:
    prog = _prog("transform bob:\n    yoffset 5\n    linear 1.0 yoffset 0\n"
                 "    block:\n        linear 1.0 yoffset 10\n        linear 1.0 yoffset 0\n"
                 "        repeat\nlabel start:\n    show a at bob\n")
    steps = prog.transforms["bob"]
    at = lambda t: T.state_at(steps, t)["yoffset"]  # noqa: E731
    assert at(0.5) == round(2.5)  # ints stay pixels
    assert at(2.0) == 10 and at(3.0) == 0 and at(4.0) == 10 and at(1000.5) == 5
    assert not T.finished(steps, 1e6)


def test_ease_families_follow_ren_pys_warpers() -> None:
    steps = [["set", {"xpos": 0.0}], ["tween", "easeout", 1.0, {"xpos": 1.0}]]
    assert math.isclose(T.state_at(steps, 0.5)["xpos"], 1 - math.cos(math.pi / 4))
    steps[1][1] = "ease"
    assert math.isclose(T.state_at(steps, 0.5)["xpos"], 0.5)


def test_a_repeat_of_no_time_ends_at_once_and_counts_are_kept() -> None:
    assert T.state_at([["set", {"alpha": 0.3}], ["repeat", 0]], 1e12)["alpha"] == 0.3
    assert T.finished([["set", {"alpha": 0.3}], ["repeat", 0]], 0)
    twice = [["set", {"xpos": 0.0}], ["tween", "linear", 1.0, {"xpos": 1.0}], ["repeat", 2]]
    assert T.state_at(twice, 1.5)["xpos"] == 0.5
    assert T.state_at(twice, 50)["xpos"] == 1.0 and T.finished(twice, 2.0)


def test_huge_zoom_and_long_blocks_are_bounded() -> None:
    body = "".join(f"    pause 0.1\n" for _ in range(T.MAX_STEPS + 50))
    prog = _prog("transform t:\n    zoom 1e300\n" + body + "label start:\n    show a at t\n")
    steps = prog.transforms["t"]
    assert len(steps) <= T.MAX_STEPS + 1
    assert T.sprite_state([steps], 0)["zoom"] == T.MAX_ZOOM
    assert any("zoom" in w.message for w in prog.warnings)
    assert any("cut at" in w.message for w in prog.warnings)


def test_the_sprite_keeps_its_transform_in_the_state_and_a_save() -> None:
    prog = _prog("label start:\n    show a:\n        xalign 0.0\n        linear 2.0 xalign 1.0\n"
                 "    \"one\"\n    show a\n    \"two\"\n    show a at left\n    \"three\"\n")
    rt = Runtime(prog)
    rt.start()
    sp = rt.state.stage.sprite("a")
    assert sp is not None and T.state_at(sp.transform[0], 1.0)["xpos"] == 0.5
    back = json.loads(json.dumps(rt.state.stage.to_json()))
    assert type(rt.state.stage).from_json(back) == rt.state.stage
    rt.advance()
    assert rt.state.stage.sprite("a").transform == sp.transform  # `show a` keeps it
    rt.advance()
    assert rt.state.stage.sprite("a").transform is None  # a plain position again


def test_zorder_orders_sprites_and_scene_keeps_its_transform() -> None:
    prog = _prog("label start:\n    scene bg at Transform(zoom=2.0)\n"
                 "    show a zorder 2\n    show b\n    show c zorder 1\n    \"one\"\n"
                 "    scene bg:\n        linear 1.0 alpha 0.0\n    \"two\"\n")
    rt = Runtime(prog)
    rt.start()
    stage = rt.state.stage
    assert [s.tag for s in stage.sprites] == ["b", "c", "a"]
    assert T.sprite_state(stage.scene_transform, 0)["zoom"] == 2.0
    assert type(stage).from_json(json.loads(json.dumps(stage.to_json()))) == stage
    rt.advance()
    assert T.sprite_state(rt.state.stage.scene_transform, 0.5)["alpha"] == 0.5


def test_an_inline_transform_with_commas_is_one_item_of_the_at_list() -> None:
    prog = _prog("label start:\n    show a at Transform(xalign=0.5, alpha=0.5), top\n"
                 "    \"one\"\n")
    rt = Runtime(prog)
    rt.start()
    tf = rt.state.stage.sprite("a").transform
    assert tf is not None and len(tf) == 2
    s = T.sprite_state(tf, 0)
    assert (s["alpha"], s["xpos"], s["ypos"]) == (0.5, 0.5, 0.0)


def test_arithmetic_in_property_values_is_evaluated_safely() -> None:
    """Ren'Py reads a property's value as a simple expression: constant arithmetic is
    worked out when the script loads, arithmetic on a transform's parameters when it is
    used; a story variable is not read yet (the default, with a warning)."""
    prog = _prog("default x_var = 0.3\nimage a = \"#fff\"\n"
                 "transform tr(x=0.5):\n    xpos x + 0.1\n    zoom 1.0/2\n"
                 "transform tr2:\n    xalign x_var\n    ypos 0.5 -0.1\n"
                 "    linear 2 // 2 xpos 0.2 * 2 alpha 1 - 0.25\n"
                 "label start:\n    show a at Transform(xpos=0.5 + 0.1, yoffset=-(4 * 5))\n"
                 "    show a at tr(0.25)\n    show a at tr\n    show a at tr2\n"
                 "    show a:\n        xoffset 10 * 3 ypos 2 ** 3\n")
    assert prog.transforms["Transform(xpos=0.5 + 0.1, yoffset=-(4 * 5))"] == [
        ["set", {"xpos": 0.6, "yoffset": -20}]]
    assert T.sprite_state([prog.transforms["tr(0.25)"]], 0)["xpos"] == 0.35
    assert T.sprite_state([prog.transforms["tr"]], 0)["xpos"] == 0.6
    assert T.sprite_state([prog.transforms["tr"]], 0)["zoom"] == 0.5
    # `linear 2 // 2`: a duration is a simple expression too
    steps = prog.transforms["tr2"]
    assert steps[0] == ["set", {"xpos": ["=", "x_var"], "xanchor": ["=", "x_var"]}]
    assert steps[1] == ["set", {"ypos": 0.4}]
    assert steps[-1] == ["tween", "linear", 1.0, {"xpos": 0.4, "alpha": 0.75}]
    show = [s for s in prog.statements if type(s).__name__ == "Show"][-1]
    assert json.loads(show.atl) == [["set", {"xoffset": 30, "ypos": 8}]]
    assert prog.warnings == []
    # `xalign x_var` is read from the story's state each time the sprite is shown
    evs = [ev for ev in Runtime(prog).start() if type(ev).__name__ == "Show"]
    assert evs and evs[0].transform == [[["set", {"xpos": 0.6, "yoffset": -20}]]]


def test_a_story_variable_in_a_transform_is_read_when_shown() -> None:
    prog = _prog('default x_var = 0.3\nimage a = "#fff"\n'
                 "transform slot(dy=10):\n    xalign x_var\n    yoffset dy + x_var * 100\n"
                 'label start:\n    show a at slot\n    "One."\n    $ x_var = 0.7\n'
                 '    show a at slot(5)\n    "Two."\n    show a:\n        xpos x_var / 2\n'
                 '    "Three."\n')
    assert prog.warnings == []
    rt = Runtime(prog)
    shows = [ev for ev in rt.start() if type(ev).__name__ == "Show"]
    shows += [ev for ev in rt.advance() if type(ev).__name__ == "Show"]
    shows += [ev for ev in rt.advance() if type(ev).__name__ == "Show"]
    first, second, third = (T.sprite_state(ev.transform, 0) for ev in shows)
    assert (first["xpos"], first["xanchor"], first["yoffset"]) == (0.3, 0.3, 40.0)
    assert (second["xpos"], second["yoffset"]) == (0.7, 75.0)
    assert third["xpos"] == 0.35
    # an unknown variable is the loader's error, as anywhere else
    with pytest.raises(ScriptError, match="unknown variable 'y_var'"):
        _prog('image a = "#fff"\nlabel start:\n    show a:\n        xalign y_var\n')


def test_an_alignment_is_a_fraction_even_when_written_as_a_whole_number() -> None:
    """`yalign 1` is the bottom edge in Ren'Py (align is always a fraction), not one
    pixel from the top as `ypos 1` would be."""
    prog = _prog('image a = "#fff"\ntransform low:\n    yalign 1 xalign 0\n'
                 "transform corner:\n    align (1, 0)\nlabel start:\n    show a at low\n"
                 "    show a at corner\n")
    s = T.sprite_state([prog.transforms["low"]], 0)
    assert (s["ypos"], s["yanchor"], s["xpos"]) == (1.0, 1.0, 0.0)
    assert all(type(s[k]) is float for k in ("ypos", "yanchor", "xpos", "xanchor"))
    s = T.sprite_state([prog.transforms["corner"]], 0)
    assert (s["xpos"], s["ypos"]) == (1.0, 0.0) and type(s["xpos"]) is float


def test_an_image_atl_block_may_name_its_file_in_single_quotes() -> None:
    prog = _prog("image Asha Default:\n    'asha/asha_default.png'\n    yalign 1 zoom 0.85\n"
                 "label start:\n    show Asha Default\n")
    assert prog.warnings == []
    assert prog.images.files[("asha", "default")] == "asha/asha_default.png"
    assert prog.image_transforms["asha default"] == [
        ["set", {"ypos": 1.0, "yanchor": 1.0, "zoom": 0.85}]]


def test_an_at_image_wears_its_transforms() -> None:
    prog = _prog('transform lifted:\n    yoffset -40\n'
                 'image s normal = At("shark", own_fn("s"), Transform(zoom=.35, yoffset=50))\n'
                 'image s sad = At("shark", lifted, right)\nlabel start:\n    show s normal\n'
                 "    show s sad\n")
    assert prog.images.files[("s", "normal")] == "shark"
    assert prog.image_transforms["s normal"] == [["set", {"zoom": 0.35, "yoffset": 50}]]
    s = T.sprite_state([prog.image_transforms["s sad"]], 0)
    assert (s["yoffset"], s["xpos"], s["xanchor"]) == (-40, 1.0, 1.0)
    assert [w.message for w in prog.warnings] == [
        "the transform 'own_fn('s')' is not supported yet (a function of the game's own"
        " Python?) and is left out"]
