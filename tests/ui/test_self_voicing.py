"""Self-voicing (V): what is spoken for a line, a menu and the focused item, that the
speech never holds up a frame, that a newer line cuts an older one off, that the music
is lowered under it, and what happens without a voice. A fake engine writes real WAV
files; one test uses the machine's own voice when pyttsx3 and eSpeak NG are there."""
from __future__ import annotations

import threading
import wave
from pathlib import Path

import pygame
import pytest

from game.audio.speech import NoSpeechEngine, Pyttsx3Engine, Speaker
from game.story import events as E
from game.ui.voicing import DUCK, choice_words, line_words, menu_words
from ui_harness import advance_line, key, press, step


def write_wav(path: str, frames: int = 2205) -> None:
    with wave.open(path, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(22050)
        w.writeframes(b"\x10\x00" * frames)


class FakeEngine:
    """Renders every text to a short WAV and remembers it; `gate` holds a render."""

    def __init__(self, gate: threading.Event | None = None) -> None:
        self.texts: list[str] = []
        self.gate = gate

    def render(self, text: str, path: str) -> None:
        if self.gate is not None:
            assert self.gate.wait(10)
        self.texts.append(text)
        write_wav(path)


class FakeChannel:
    def __init__(self) -> None:
        self.played: list[bytes] = []
        self.sounding = False
        self.stops = 0

    def play(self, path: str) -> bool:
        self.played.append(Path(path).read_bytes())
        self.sounding = True
        return True

    def stop(self) -> None:
        self.stops += 1
        self.sounding = False

    def busy(self) -> bool:
        return self.sounding


def fake_voice(game, engine=None):
    engine = engine or FakeEngine()
    channel = FakeChannel()
    speakers: list[Speaker] = []

    def make() -> Speaker:
        sp = Speaker(make_engine=lambda: engine, channel=channel)
        speakers.append(sp)
        return sp
    game.voicing.make_speaker = make
    return engine, channel, speakers


def settle(game) -> None:
    """Let the worker answer, then a frame starts what it rendered."""
    sp = game.voicing.speaker
    assert sp is not None and sp.wait(10)
    step(game)


def start(game):
    press(game, "Start")
    step(game, 10, dt=0.5)
    return game.session


# -- the words -------------------------------------------------------------------------
def test_a_line_is_its_speaker_then_its_text_without_tags():
    say = E.Say("Kaori", "{b}Hold{/b} on, {i}Izumo{/i}.{w} Please{nw}", "l1")
    assert line_words(say) == "Kaori. Hold on, Izumo. Please"
    assert line_words(E.Say(None, "The wind {color=#f00}howls{/color}.", "l2",
                            kind="narration")) == "The wind howls."
    menu = E.Menu(E.Say("Kaori", "What now?", "m"), (E.Choice(0, "Be {b}brave{/b}"),
                                                     E.Choice(1, "Stay")), "m")
    assert menu_words(menu) == "Kaori. What now? 2 choices: 1. Be brave. 2. Stay."
    assert choice_words(menu, 1) == "Stay. Choice 2 of 2."


def test_the_spoken_words_around_a_menu_follow_the_reader_s_language():
    from game.i18n.catalog import read_catalog
    from game.i18n.translation import ui_strings, usable_strings
    from game.ui import i18n

    po = Path(__file__).resolve().parents[2] / "story" / "translations" / "fr.po"
    i18n.use(ui_strings(usable_strings("fr", read_catalog(po))[0]))
    try:
        menu = E.Menu(None, (E.Choice(0, "Rester"), E.Choice(1, "Partir")), "m")
        assert menu_words(menu) == "2 choix : 1. Rester. 2. Partir."
        assert choice_words(menu, 1) == "Partir. Choix 2 sur 2."
    finally:
        i18n.use(None)


# -- in the window ---------------------------------------------------------------------
def test_v_turns_it_on_says_so_and_speaks_each_line(game, data_dir):
    engine, channel, _ = fake_voice(game)
    start(game)
    assert game.voicing.speaker is None  # off: nothing is spoken, no engine is made
    key(game, pygame.K_v)
    assert game.prefs.self_voicing is True
    assert '"self_voicing": true' in (data_dir / "preferences.json").read_text()
    assert any(t.text == "Self-voicing on" for t in game.toasts.items)
    settle(game)
    assert engine.texts[-1] == "Self-voicing on. Kaori. Line one of chapter one."
    assert channel.played, "the rendered speech was played"
    advance_line(game)
    settle(game)
    assert engine.texts[-1] == "Kaori. Line two of chapter one."
    assert game.describe()["voicing"]["said"] == "Kaori. Line two of chapter one."
    key(game, pygame.K_v)
    settle(game)
    assert engine.texts[-1] == "Self-voicing off."
    assert game.prefs.self_voicing is False
    n = len(engine.texts)
    advance_line(game)
    settle(game)
    assert len(engine.texts) == n  # off: the next line is not spoken


def test_a_menu_is_read_then_the_focused_choice(game):
    engine, _channel, _ = fake_voice(game)
    game.prefs.self_voicing = True
    s = start(game)
    for _ in range(10):
        if s.screen.state == "menu":
            break
        advance_line(game)
    settle(game)
    assert engine.texts[-1] == "What now? 2 choices: 1. Be brave. 2. Stay."
    key(game, pygame.K_DOWN)
    settle(game)
    assert engine.texts[-1] == "Stay. Choice 2 of 2."


def test_the_focused_button_is_spoken_with_its_screen(game):
    engine, _channel, _ = fake_voice(game)
    key(game, pygame.K_v)  # on the title
    settle(game)
    assert engine.texts[-1] == "Self-voicing on. Start"
    key(game, pygame.K_DOWN)
    settle(game)
    assert engine.texts[-1] == game.ui.describe()["focus"]  # e.g. "Load"
    game.ui.focus.focus("Preferences")
    press(game, "Preferences")
    step(game, 3)
    settle(game)
    assert engine.texts[-1].startswith("Preferences. ")
    key(game, pygame.K_DOWN)
    settle(game)
    assert not engine.texts[-1].startswith("Preferences. ")  # same screen: no heading


def test_speech_never_blocks_a_frame_and_a_newer_line_cuts_the_older_off(game):
    gate = threading.Event()
    engine, channel, _ = fake_voice(game, FakeEngine(gate))
    game.prefs.self_voicing = True
    start(game)  # line one asked for; the engine is stuck on it
    advance_line(game)  # frames go on meanwhile; line two is asked for
    advance_line(game)  # and line three
    assert engine.texts == []
    gate.set()
    settle(game)
    step(game)
    # the stuck render ends, then only the newest line is rendered and played
    assert engine.texts[-1] == "Izumo. Line three of chapter one."
    assert "Kaori. Line two of chapter one." not in engine.texts
    assert len(channel.played) == 1


def test_the_music_is_lowered_while_speech_sounds(game, audio):
    _engine, channel, _ = fake_voice(game)
    start(game)
    music = game.prefs.music_volume
    assert audio.volumes[0] == pytest.approx(music)
    key(game, pygame.K_v)
    settle(game)
    assert channel.sounding
    assert audio.volumes[0] == pytest.approx(music * DUCK)
    assert audio.volumes[2] == pytest.approx(game.prefs.ambient_volume * DUCK)
    channel.sounding = False  # the speech ended
    step(game)
    assert audio.volumes[0] == pytest.approx(music)


def test_without_a_voice_the_player_is_told_once_and_the_game_goes_on(game):
    made = []

    def no_engine():
        made.append(1)
        raise NoSpeechEngine("the pyttsx3 package is not installed")
    game.voicing.make_speaker = lambda: Speaker(make_engine=no_engine, channel=FakeChannel())
    s = start(game)
    key(game, pygame.K_v)
    settle(game)
    problems = [t.text for t in game.toasts.items if "espeak-ng" in t.text]
    assert len(problems) == 1 and "pyttsx3 package is not installed" in problems[0]
    assert game.describe()["voicing"]["problem"] == problems[0]
    for _ in range(3):
        advance_line(game)
        settle(game)
    assert len([t for t in game.toasts.items if "espeak-ng" in t.text]) == 1
    assert made == [1]  # tried once, not for every line
    assert s.screen.state == "menu"  # three lines on: the reading went on unvoiced


def test_the_accessibility_screen_switches_it_too(game):
    engine, _channel, _ = fake_voice(game)
    key(game, pygame.K_a, pygame.KMOD_SHIFT)
    assert game.ui.top.name == "accessibility"
    press(game, "Self-voicing (V):Speak the text")
    settle(game)
    assert game.prefs.self_voicing is True
    assert engine.texts[-1].startswith("Self-voicing on. Accessibility. ")


def test_the_machines_own_voice_renders_a_wav(tmp_path):
    try:
        Pyttsx3Engine()
    except NoSpeechEngine as exc:
        pytest.skip(f"no voice on this machine: {exc}")
    channel = FakeChannel()
    sp = Speaker(channel=channel)
    try:
        sp.say("Kaori. The scars run deep.")
        assert sp.wait(30)
        sp.poll()
        assert sp.problem is None and sp.rendered == 1
        assert channel.played and channel.played[0][:4] == b"RIFF"
        assert len(channel.played[0]) > 10_000  # about a second of speech
        sp.say("History")  # one short word: pyttsx3's eSpeak driver alone writes no sound
        assert sp.wait(30)
        sp.poll()
        assert sp.rendered == 2 and len(channel.played[1]) > 5_000
    finally:
        sp.close()


def test_chapter_tiles_history_lines_and_save_slots_are_read_by_what_they_show(game):
    engine, _channel, _ = fake_voice(game)
    press(game, "Chapters")
    step(game, 2)
    key(game, pygame.K_v)
    settle(game)
    assert engine.texts[-1] == "Self-voicing on. Chapters. Chapter 1. One"
    game.ui.focus.focus("chapter:2")
    step(game)
    settle(game)
    assert engine.texts[-1] == "Chapter 2 is locked: finish chapter 1 to unlock it."
    key(game, pygame.K_ESCAPE)
    start(game)
    advance_line(game)
    settle(game)
    game.reading.quick_press("History")
    step(game, 2)
    settle(game)
    assert engine.texts[-1] == "History. Kaori. Line two of chapter one."
    key(game, pygame.K_ESCAPE)
    game.reading.quick_press("Save")
    step(game, 2)
    settle(game)
    assert engine.texts[-1] == "Save. Return"
    game.ui.focus.focus("slot:1-1")
    step(game)
    settle(game)
    assert engine.texts[-1] == "Slot 1-1, empty"
