"""The audio presenter on a recording device with a hand-driven clock: which calls,
when, with which fades."""
from __future__ import annotations

import logging

from audio_harness import Presenting, Rig

from game.audio.mixer import AudioPlayer
from game.scene.model import ChannelState, Soundscape
from game.script.loader import load_story
from game.story import events as E

SCRIPT = """\
label start:
    play music "a.ogg" fadein 1.0
    play ambient "wind.ogg"
    "One."
    play sound "hit.ogg"
    play music "b.ogg" fadeout 2.0 fadein 0.5
    "Two."
    queue music "c.ogg" noloop
    stop ambient fadeout 1.0
    "Three."
    play audio "x.ogg"
    play audio "y.ogg"
    play sound "thud.ogg"
    "Four."
    stop music
    "End."
"""


def test_a_script_drives_the_mixer_in_order_with_its_fades() -> None:
    rig = Rig(lengths={"b.ogg": 10.0})
    rt = Presenting(load_story([("t.rpy", SCRIPT)]), rig.player)
    rt.start()
    assert rig.timed() == [(0.0, "play", "music", "a.ogg", True, 1.0),
                           (0.0, "play", "ambient", "wind.ogg", True, 0.0)]
    rig.tick(1.0)
    rt.advance()
    # the old track fades out for 2 s; the new one starts after, with its fade-in
    assert rig.timed() == [(1.0, "play", "sound", "hit.ogg", False, 0.0),
                           (1.0, "fadeout", "music", 2.0)]
    rig.tick(1.9)
    assert rig.timed() == []
    rig.tick(0.1)
    assert rig.timed() == [(3.0, "play", "music", "b.ogg", True, 0.5)]
    rig.tick(2.0)
    rt.advance()  # at 5.0: b loops on the device; c waits for the end of b's loop (13.0)
    assert rig.timed() == [(5.0, "fadeout", "ambient", 1.0)]
    rig.tick(7.9)
    assert rig.timed() == []
    rig.tick(0.1)
    assert rig.timed() == [(13.0, "stop", "music"), (13.0, "play", "music", "c.ogg", False, 0.0)]
    rt.advance()
    # audio overlaps; a new sound replaces the one playing on the sound channel
    assert rig.take() == [("play", "audio", "x.ogg", False, 0.0),
                          ("play", "audio", "y.ogg", False, 0.0),
                          ("stop", "sound"),
                          ("play", "sound", "thud.ogg", False, 0.0)]
    rt.advance()
    assert rig.take() == [("stop", "music")]
    rig.tick(5.0)
    assert rig.take() == []


def test_a_noloop_track_hands_over_to_the_queue_when_it_ends() -> None:
    rig = Rig()
    p = rig.player
    p.handle(E.Play("music", ("intro.ogg",), loop=False))
    p.handle(E.Queue("music", ("main.ogg",), loop=True, fadein=0.0))
    assert rig.take() == [("play", "music", "intro.ogg", False, 0.0)]
    rig.tick(3.0)
    assert rig.take() == []
    rig.device.finish("music")
    rig.tick(0.1)
    assert rig.take() == [("play", "music", "main.ogg", True, 0.0)]
    assert p.playing("music") == "main.ogg"


def test_a_list_of_files_plays_in_turn_and_loops_as_a_group() -> None:
    rig = Rig()
    rig.player.handle(E.Play("music", ("a.ogg", "b.ogg")))
    assert rig.take() == [("play", "music", "a.ogg", False, 0.0)]
    for name in ("b.ogg", "a.ogg", "b.ogg"):
        rig.device.finish("music")
        rig.tick(0.1)
        assert rig.take() == [("play", "music", name, False, 0.0)]


def test_queue_on_an_idle_channel_plays_at_once() -> None:
    rig = Rig()
    rig.player.handle(E.Queue("ambient", ("wind.ogg",), loop=True, fadein=1.5))
    assert rig.take() == [("play", "ambient", "wind.ogg", True, 1.5)]


def test_stop_with_fadeout_then_play_waits_for_the_fade() -> None:
    rig = Rig()
    p = rig.player
    p.handle(E.Play("music", ("a.ogg",)))
    rig.take()
    p.handle(E.Stop("music", fadeout=3.0))
    p.handle(E.Play("music", ("b.ogg",), fadein=1.0))
    assert rig.take() == [("fadeout", "music", 3.0)]
    rig.tick(2.9)
    assert rig.take() == []
    rig.tick(0.1)
    assert rig.take() == [("play", "music", "b.ogg", True, 1.0)]


def test_volumes_and_mute_apply_at_once() -> None:
    rig = Rig()
    p = rig.player
    p.handle(E.Play("music", ("a.ogg",)))
    rig.take()
    p.set_volumes(0.5, 0.8)
    assert rig.take() == [("volume", "music", 0.5), ("volume", "sound", 0.8),
                          ("volume", "ambient", 0.8), ("volume", "voice", 0.8)]
    p.set_volumes(0.5, 0.8, ambient=0.3, mute=True)
    assert rig.take() == [("volume", "music", 0.0), ("volume", "sound", 0.0),
                          ("volume", "ambient", 0.0), ("volume", "voice", 0.0)]
    p.set_volumes(1.5, -1.0, ambient=0.3, voice=0.6)
    assert rig.take() == [("volume", "music", 1.0), ("volume", "sound", 0.0),
                          ("volume", "ambient", 0.3), ("volume", "voice", 0.6)]


def test_a_missing_or_broken_file_warns_once_and_play_goes_on(caplog) -> None:
    rig = Rig(resolve=lambda n: None if n == "gone.ogg" else n, broken={"bad.ogg"})
    p = rig.player
    with caplog.at_level(logging.WARNING, logger="game.audio"):
        for _ in range(3):
            p.handle(E.Play("sound", ("gone.ogg",), loop=False))
            p.handle(E.Play("music", ("bad.ogg",)))
            rig.tick(0.5)
        p.handle(E.Play("music", ("bad.ogg", "good.ogg")))
    warnings = [r.getMessage() for r in caplog.records if r.name == "game.audio"]
    assert len(warnings) == 2
    assert "gone.ogg" in warnings[0] and "not found" in warnings[0]
    assert "bad.ogg" in warnings[1]
    assert rig.take() == [("play", "music", "good.ogg", False, 0.0)]


def test_sync_keeps_an_unchanged_track_and_stops_effects() -> None:
    rig = Rig()
    p = rig.player
    p.handle(E.Play("music", ("a.ogg",)))
    p.handle(E.Play("ambient", ("wind.ogg",)))
    p.handle(E.Play("sound", ("hit.ogg",), loop=False))
    rig.take()
    p.handle(E.Sync(audio=Soundscape({"music": ChannelState(["a.ogg"], True)})))
    # the sound stops at once; at the next frame ambient fades out; music goes on
    assert rig.take() == [("stop", "sound"), ("stop", "audio")]
    rig.tick(0.1)
    assert rig.take() == [("fadeout", "ambient", 0.5)]
    p.handle(E.Sync(audio=Soundscape({"music": ChannelState(["b.ogg"], True)})))
    rig.tick(0.1)
    assert rig.take() == [("stop", "audio"), ("fadeout", "music", 0.5)]
    rig.tick(0.5)
    assert rig.take() == [("play", "music", "b.ogg", True, 0.5)]


def test_a_play_in_the_same_frame_as_a_sync_wins_with_its_own_fade() -> None:
    """A chapter start: the Sync holds the audio before the chapter's label, and the
    label's `play music` follows at once; only the latter sounds."""
    rig = Rig()
    p = rig.player
    p.handle(E.Play("music", ("title.ogg",)))
    rig.take()
    p.handle(E.Sync(audio=Soundscape({"music": ChannelState(["old.ogg"], True)})))
    p.handle(E.Play("music", ("new.ogg",), fadein=2.0))
    p.handle(E.Play("sound", ("hit.ogg",), loop=False))
    assert rig.take() == [("stop", "audio"), ("play", "sound", "hit.ogg", False, 0.0)]
    rig.tick(0.1)
    assert rig.take() == [("fadeout", "music", 0.5)]
    rig.tick(0.5)
    assert rig.take() == [("play", "music", "new.ogg", True, 2.0)]


def test_skipping_drops_effects_and_lands_on_the_last_music() -> None:
    rig = Rig()
    p = rig.player
    p.handle(E.Play("music", ("a.ogg",)))
    rig.take()
    p.skipping = True
    for ev in (E.Play("sound", ("hit.ogg",), loop=False), E.Play("audio", ("x.ogg",), loop=False),
               E.Play("music", ("b.ogg",), fadein=2.0), E.Play("ambient", ("wind.ogg",)),
               E.Play("sound", ("slash.ogg",), loop=False), E.Stop("ambient"),
               E.Play("music", ("c.ogg",)), E.Queue("sound", ("x.ogg",), loop=False, fadein=0)):
        p.handle(ev)
        rig.tick(0.1)
    assert rig.take() == []
    p.skipping = False
    assert rig.take() == [("fadeout", "music", 0.5)]
    rig.tick(0.5)
    assert rig.take() == [("play", "music", "c.ogg", True, 0.5)]


def test_skipping_back_to_the_same_music_does_not_restart_it() -> None:
    rig = Rig()
    p = rig.player
    p.handle(E.Play("music", ("a.ogg",)))
    rig.take()
    p.skipping = True
    p.handle(E.Stop("music", fadeout=1.0))
    p.handle(E.Play("music", ("b.ogg",)))
    p.handle(E.Play("music", ("a.ogg",)))
    p.skipping = False
    rig.tick(2.0)
    assert rig.take() == []
    assert p.playing("music") == "a.ogg"


def test_stop_all_and_close() -> None:
    rig = Rig()
    p = rig.player
    p.handle(E.Play("music", ("a.ogg",)))
    p.handle(E.Play("ambient", ("wind.ogg",)))
    rig.take()
    p.stop_all()
    assert ("stop", "music") in rig.take()
    p.close()
    assert rig.device.closed
    rig.take()
    p.handle(E.Play("music", ("a.ogg",)))  # after close: silent, no error
    p.update(99.0)
    assert rig.take() == []


def test_other_events_are_ignored() -> None:
    rig = Rig()
    for ev in (E.Say("k", "Hi.", "x:1"), E.Scene("bg"), E.End(), E.Pause(1.0)):
        rig.player.handle(ev)
    assert rig.take() == []


def test_a_device_that_fails_later_leaves_the_game_silent_not_crashed(caplog) -> None:
    rig = Rig()

    def broken(*_args: object) -> None:
        raise RuntimeError("mixer not initialized")

    rig.device.play = broken  # type: ignore[method-assign]
    with caplog.at_level(logging.WARNING, logger="game.audio"):
        rig.player.handle(E.Play("music", ("a.ogg",)))
        rig.player.handle(E.Play("music", ("b.ogg",)))
        rig.player.update(1.0)
        rig.player.close()
    assert rig.player.silent
    assert [r.getMessage() for r in caplog.records] == [
        "the audio device failed (mixer not initialized); the game plays on silent"]


def test_events_before_the_first_update_are_timed_on_the_callers_clock() -> None:
    """The window passes time.perf_counter(): a fade begun before its first frame
    still lasts its full length."""
    rig = Rig()
    p = AudioPlayer(lambda name: name, rig.device)
    p.handle(E.Play("music", ("a.ogg",)))
    p.handle(E.Play("music", ("b.ogg",), fadeout=2.0))
    rig.take()
    p.update(1000.0)
    p.update(1001.9)
    assert rig.take() == []
    p.update(1002.0)
    assert rig.take() == [("play", "music", "b.ogg", True, 0.0)]
