"""The real story with the audio presenter on a recording device: chapter starts,
loads, rollbacks and skipping leave the right music playing, and an unchanged track
is never restarted."""
from __future__ import annotations

import json

import pytest
from audio_harness import Presenting, Rig, music_is, run_until, step

from game.project import load_project
from game.story import events as E
from game.story.runtime import Runtime


@pytest.fixture(scope="module")
def program():
    return load_project(use_cache=False)


def wanted(rt: Runtime, channel: str) -> str | None:
    files = rt.state.audio.playing(channel)
    return files[0] if files else None


def plays(calls: list[tuple], channel: str) -> list[str]:
    return [c[2] for c in calls if c[0] == "play" and c[1] == channel]


def touches(calls: list[tuple], channel: str) -> list[tuple]:
    return [c for c in calls if c[1] == channel]


def test_every_chapter_starts_with_its_own_music_only(program) -> None:
    for ch in program.chapters:
        rig = Rig()
        rt = Presenting(program, rig.player)
        rt.start_at_chapter(ch.label)
        rig.tick(3.0)
        calls = rig.take()
        for channel in ("music", "ambient"):
            want = wanted(rt, channel)
            assert rig.player.playing(channel) == want, (ch.label, channel)
            # the track of the chapter before is never started on the way
            assert plays(calls, channel) == ([want] if want else []), (ch.label, calls)


def test_a_chapter_start_keeps_a_track_that_already_plays(program) -> None:
    rig = Rig()
    Presenting(program, rig.player).start_at_chapter("cold_captain")
    rig.tick(3.0)
    assert rig.player.playing("music") == "memories.ogg"
    rig.take()
    # `five_years` opens with `play music "memories.ogg" if_changed`
    rt = Presenting(program, rig.player)
    rt.start_at_chapter("five_years")
    rig.tick(3.0)
    assert wanted(rt, "music") == "memories.ogg"
    assert touches(rig.take(), "music") == []


def test_loading_a_save_plays_the_music_of_that_point(program) -> None:
    rig = Rig()
    rt = Presenting(program, rig.player)
    rt.start()
    run_until(rt, lambda r: r.state.label == "hueco_mundo", rig)
    save = json.dumps(rt.snapshot())
    assert rig.player.playing("music") == "desolation.ogg"
    assert rig.player.playing("ambient") == "wind.ogg"
    run_until(rt, lambda r: r.state.label == "cold_captain", rig)
    rig.tick(5.0)
    assert rig.player.playing("music") == "memories.ogg"
    assert rig.player.playing("ambient") is None
    rig.take()

    loaded = Presenting(program, rig.player)
    loaded.restore(json.loads(save))
    rig.tick(1.0)
    calls = rig.take()
    assert ("fadeout", "music", 0.5) in calls
    assert ("play", "music", "desolation.ogg", True, 0.5) in calls
    assert ("play", "ambient", "wind.ogg", True, 0.5) in calls
    assert rig.player.playing("music") == "desolation.ogg"

    # loading the same save again changes nothing that plays
    Presenting(program, rig.player).restore(json.loads(save))
    rig.tick(1.0)
    calls = rig.take()
    assert touches(calls, "music") == [] and touches(calls, "ambient") == []


def test_rollback_within_a_scene_does_not_restart_the_music(program) -> None:
    rig = Rig()
    rt = Presenting(program, rig.player)
    rt.start()
    run_until(rt, lambda r: r.state.label == "hueco_mundo", rig)
    step(rt)
    earlier = rt.snapshot()
    for _ in range(3):
        step(rt)
        rig.tick(1.0)
    assert rt.state.label == "hueco_mundo"
    rig.take()
    rt.restore(earlier)
    rig.tick(1.0)
    calls = rig.take()
    assert touches(calls, "music") == [] and touches(calls, "ambient") == []
    assert rig.player.playing("music") == "desolation.ogg"


def test_rollback_into_an_earlier_scene_brings_its_music_back(program) -> None:
    rig = Rig()
    rt = Presenting(program, rig.player)
    rt.start()
    earlier = rt.snapshot()  # the promise: promise.ogg
    run_until(rt, music_is("desolation.ogg"), rig)
    rig.tick(3.0)
    rig.take()
    rt.restore(earlier)
    rig.tick(1.0)
    calls = rig.take()
    assert plays(calls, "music") == ["promise.ogg"]
    assert ("fadeout", "ambient", 0.5) in calls
    assert rig.player.playing("music") == "promise.ogg"
    assert rig.player.playing("ambient") is None


def test_skipping_drops_effects_and_lands_on_the_right_music(program) -> None:
    rig = Rig()
    rt = Presenting(program, rig.player)
    rt.start()
    rig.tick(1.0)
    rig.take()
    rig.player.skipping = True
    # skip through three chapters full of effects and music changes
    run_until(rt, lambda r: r.state.label == "last_words", rig)
    for _ in range(2):
        step(rt)
        rig.tick(0.1)
    assert rig.take() == []  # nothing started, stopped or faded while skipping
    rig.player.skipping = False
    rig.tick(1.0)
    calls = rig.take()
    assert plays(calls, "music") == [wanted(rt, "music")] == ["kaori.ogg"]  # her theme
    assert plays(calls, "ambient") == ["wind.ogg"]
    assert plays(calls, "sound") == [] and plays(calls, "audio") == []


def test_a_chapter_start_behind_a_transition_does_not_play_the_chapter_before(program) -> None:
    """The window hands events over after the opening `scene ... with fade`; prepare()
    lets the Sync leave the music to the chapter's own `play music`."""
    rig = Rig()
    rig.player.handle(E.Play("music", ("title.ogg",)))
    rig.take()
    rt = Runtime(program)
    evs = rt.start_at_chapter("hueco_mundo")
    rig.player.prepare(evs)
    audio = [ev for ev in evs if isinstance(ev, (E.Sync, E.Play, E.Queue, E.Stop))]
    assert isinstance(audio[0], E.Sync)
    rig.player.handle(audio[0])
    rig.tick(1.0)  # the fade runs; the title music goes on, promise.ogg never starts
    assert touches(rig.take(), "music") == []
    assert rig.player.playing("music") == "title.ogg"
    for ev in audio[1:]:
        rig.player.handle(ev)
    rig.tick(1.0)
    calls = rig.take()
    assert ("play", "music", "desolation.ogg", True, 2.0) in calls
    assert ("play", "ambient", "wind.ogg", True, 2.0) in calls
    assert plays(calls, "music") == ["desolation.ogg"]


def test_prepare_holds_nothing_when_the_chapter_keeps_the_music(program) -> None:
    rig = Rig()
    rig.player.handle(E.Play("music", ("title.ogg",)))
    rig.take()
    evs = Runtime(program).start_at_chapter("five_years")  # memories.ogg if_changed
    rig.player.prepare(evs)
    rig.player.handle(evs[0])
    rig.tick(1.0)
    assert plays(rig.take(), "music") == ["memories.ogg"]
