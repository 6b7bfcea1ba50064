"""A layeredimage's `if`/`elif`/`else` layers: chosen when the image is shown, by
story expressions read from the state at that moment (no Python runs), so that a load
or a rollback shows the same layers."""
from __future__ import annotations

from pathlib import Path

from story_harness import run_events, sources_of

from game.script.loader import load_story
from game.story import events as E

DEGRADED = Path(__file__).resolve().parents[1] / "script" / "degraded"


def _layers(restore: bool) -> list[tuple[str, list]]:
    prog = load_story(sources_of(DEGRADED / "layered.rpy", DEGRADED))
    return [(ev.image, ev.layers) for ev in run_events(prog, [], restore=restore)
            if isinstance(ev, E.Show)]


def test_the_first_branch_whose_condition_holds_is_drawn() -> None:
    for restore in (False, True):
        (_, a), (_, b), (_, c), (_, d), (e_image, e), (f_image, f) = _layers(restore)
        # sad False, mood "calm": no tears, the `else` (pass) draws nothing
        assert a == ["augustina_base", "augustina_dress", "augustina_eyes_open"]
        assert b[-1] == b[2] and "augustina_tears" not in b
        # sad, mood "shy": tears, then the blush, over the glasses
        assert c[-3:] == ["augustina_glasses", "augustina_tears", "augustina_blush"]
        # mood "cross": the frown file (a layer image of its own), not the blush
        assert d[-2] == "augustina_tears" and d[-1].startswith("layer_")
        assert "augustina_blush" not in d and "augustina_talking" not in d
        # `aug jeans "e"`: the say line's attribute changes the outfit layer, and the
        # conditions are read again (no longer sad)
        assert e_image == "augustina jeans closed"
        assert e[:2] == ["augustina_base", "augustina_outfit_jeans"]
        assert e[-1] == d[-1] and "augustina_tears" not in e
        assert (f_image, f) == ("phase", ["phase_base"])


def test_an_at_line_is_the_image_transform() -> None:
    prog = load_story(sources_of(DEGRADED / "layered.rpy", DEGRADED))
    assert prog.image_transforms["phase"] == [["set", {"zoom": 0.4, "yoffset": 100}]]
