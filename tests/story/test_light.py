"""Scene light at the story layer: named lights, bound to backgrounds, changed by the
`light` statement; plain data in the stage (saves, rollback, chapter starts); reported
by the transcript; mistakes reported where they are written."""
from __future__ import annotations

import json

import pytest

from game.scene.model import Light, Stage
from game.script.errors import ScriptError
from game.script.images import ImageIndex
from game.script.loader import load_story
from game.story import events as E
from game.story.play import play
from game.story.runtime import Runtime
from game.story.state import StoryState
from game.story.transcript import Transcript

IMAGES = ImageIndex({("bg", "room", "night"): "#102040", ("bg", "room", "day"): "#c0c0c0",
                     ("bg", "desert", "red"): "#600000", ("kaori", "sad"): "#ffffff",
                     ("kaori", "smile"): "#ffffff"})

SCRIPT = '''\
define light.night = Light("#8ea2d8", 0.45, scenes=["bg room night"])
define light.blood = Light("#e03028", strength=0.6, scenes=["bg desert red"])
label start:
    scene bg room night
    show kaori sad
    "At night."
    light blood with dissolve
    "Red."
    light None
    "Plain."
    light night
    "Night again."
    scene bg room day
    show kaori smile
    "By day."
    scene bg desert red
    "Under the red sky."
    return
'''

NIGHT = Light("night", "#8ea2d8", 0.45)
BLOOD = Light("blood", "#e03028", 0.6)


def _load(text: str = SCRIPT):
    return load_story([("s.rpy", text)], images=IMAGES)


def _lights_by_line(prog) -> list[tuple[str, Light | None]]:
    rt = Runtime(prog)
    out = []
    evs = rt.start()
    while not isinstance(evs[-1], E.End):
        say = [e for e in evs if isinstance(e, E.Say)][-1]
        out.append((say.text, rt.state.stage.light))
        evs = rt.advance()
    return out


def test_a_background_casts_its_light_and_the_light_statement_changes_it() -> None:
    assert _lights_by_line(_load()) == [
        ("At night.", NIGHT), ("Red.", BLOOD), ("Plain.", None), ("Night again.", NIGHT),
        ("By day.", None), ("Under the red sky.", BLOOD)]


def test_events_carry_the_light_and_the_transcript_reports_it() -> None:
    lines: list[str] = []
    tr = Transcript(lines.append, events=True)
    rt = Runtime(_load())
    evs = rt.start()
    tr.feed(evs)
    assert E.Scene("bg room night", NIGHT) in evs
    evs = rt.advance()
    tr.feed(evs)
    assert evs[:2] == [E.Light(BLOOD), evs[1]] and isinstance(evs[1], E.With)
    play(rt, on_events=tr.feed)
    assert "[scene bg room night; light night]" in lines
    assert "[light blood with dissolve]" in lines
    assert "[light None]" in lines
    assert "[scene bg room day]" in lines


def test_the_light_is_plain_data_in_the_stage_and_survives_a_save() -> None:
    st = Stage()
    st.set_scene("bg x", BLOOD)
    assert Stage.from_json(json.loads(json.dumps(st.to_json()))) == st
    st.set_scene("bg y")
    assert st.light is None
    rt = Runtime(_load())
    rt.start()
    rt.advance()  # "Red."
    saved = json.loads(json.dumps(rt.snapshot()))
    other = Runtime(_load())
    evs = other.restore(saved)
    assert isinstance(evs[0], E.Sync)
    assert evs[0].stage.light == BLOOD
    assert other.state.stage.light == BLOOD
    assert StoryState.from_json(saved).stage.light == BLOOD


def test_a_save_from_before_lights_takes_the_light_of_its_scene() -> None:
    rt = Runtime(_load())
    rt.start()
    saved = rt.snapshot()
    saved["version"] = 1
    del saved["stage"]["light"]
    other = Runtime(_load())
    other.restore(saved)
    assert other.state.stage.light == NIGHT


def test_rollback_snapshots_restore_the_light() -> None:
    rt = Runtime(_load())
    rt.start()
    rt.advance()
    red = rt.snapshot()
    rt.advance()  # light None
    assert rt.state.stage.light is None
    rt.restore(red)
    assert rt.state.stage.light == BLOOD
    rt.advance()
    assert rt.state.stage.light is None


def test_a_story_without_lights_has_none() -> None:
    prog = load_story([("s.rpy", "label start:\n    scene bg room night\n    \"Hi.\"\n")],
                      images=IMAGES)
    rt = Runtime(prog)
    assert E.Scene("bg room night", None) in rt.start()
    assert prog.lights == {} and prog.scene_lights == {}


def test_the_story_cache_keeps_lights(tmp_path, monkeypatch) -> None:
    from game.project.story_cache import cached_load

    monkeypatch.setenv("VN_CACHE_DIR", str(tmp_path))
    first = cached_load([("s.rpy", SCRIPT)], images=IMAGES)
    second = cached_load([("s.rpy", SCRIPT)], images=IMAGES)
    assert second.lights == first.lights
    assert second.scene_lights == {"bg room night": "night", "bg desert red": "blood"}
    assert _lights_by_line(second) == _lights_by_line(first)


@pytest.mark.parametrize("text, needle", [
    ('label start:\n    light nigth\n    "x"\n'
     'define light.night = Light("#000000")\n', "unknown light 'nigth' (did you mean"),
    ('define light.night = "#8ea2d8"\nlabel start:\n    "x"\n', "a light is made with Light"),
    ('define night = Light("#8ea2d8")\nlabel start:\n    "x"\n', "define light.night"),
    ('define light.a = Light("#8ea2d8", scenes=["bg room night"])\n'
     'define light.b = Light("#8ea2d8", scenes=["bg room night"])\nlabel start:\n    "x"\n',
     "already casts light.a"),
    ('define light.a = Light("#8ea2d8", 1.5)\nlabel start:\n    "x"\n', "between 0.0"),
    ('define light.a = Light("blue")\nlabel start:\n    "x"\n', "colour must look like"),
    ('define light.a = Light("#8ea2d8", scenes="bg room night")\nlabel start:\n    "x"\n',
     "scenes= takes a list"),
    ('define light.a = Light("#8ea2d8", glow=1)\nlabel start:\n    "x"\n', "no keyword 'glow'"),
    ('define mood.a = Light("#8ea2d8")\nlabel start:\n    "x"\n',
     "only story names and lights"),
    ('label start:\n    light\n    "x"\n', "expected a light's name"),
    ('label start:\n    $ x = Light("#fff")\n    "x"\n', "only be used in a define"),
])
def test_mistakes_with_lights_are_errors_at_their_place(text: str, needle: str) -> None:
    with pytest.raises(ScriptError) as exc:
        load_story([("s.rpy", text)], images=IMAGES)
    assert needle in str(exc.value)
    assert "s.rpy:" in str(exc.value)


def test_a_light_for_a_missing_background_is_a_missing_image_warning() -> None:
    prog = load_story([("s.rpy", 'define light.a = Light("#8ea2d8", scenes=["bg nowhere"])\n'
                                 'label start:\n    "x"\n')], images=IMAGES)
    assert [w.code for w in prog.warnings] == ["W521"]


def test_a_speaker_called_light_still_speaks() -> None:
    prog = load_story([("s.rpy", 'define light = Character("Light")\nlabel start:\n'
                                 '    light "Hello."\n')], images=IMAGES)
    evs = Runtime(prog).start()
    assert evs[-1].text == "Hello." and evs[-1].who == "Light"


def test_the_real_story_lights_its_night_and_blood_scenes() -> None:
    from story_harness import load_real_story

    prog = load_real_story()
    assert prog.scene_lights.get("bg home night") is not None
    assert prog.scene_lights.get("bg hueco mundo red") == "blood"
    r, g, b = Runtime(prog)._light(prog.scene_lights["bg home night"]).multiplier()
    assert b > r  # night is blue
    r, g, b = Runtime(prog)._light("blood").multiplier()
    assert r > g and r > b
