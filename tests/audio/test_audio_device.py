"""The player on the real pygame mixer: no device, a damaged file, and (with SDL's
disk driver) the sound it really makes during a fade-in and after a fade-out."""
from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
import wave
from pathlib import Path

import numpy as np
import pytest

from game.story import events as E

ROOT = Path(__file__).resolve().parents[2]
RATE = 44100


def run_python(code: str, **env: str) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, "PYGAME_HIDE_SUPPORT_PROMPT": "1", "PYTHONPATH": str(ROOT), **env}
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], cwd=ROOT,
                          env=full_env, capture_output=True, text=True, timeout=60)


def test_no_audio_device_plays_silent_and_logs_one_line() -> None:
    r = run_python("""
        import logging
        logging.basicConfig(format="LOG %(name)s %(levelname)s %(message)s")
        from game.audio import AudioPlayer, init_mixer
        from game.scene.model import ChannelState, Soundscape
        from game.story import events as E
        assert init_mixer() is False
        p = AudioPlayer(lambda n: "/nowhere/" + n)
        assert p.silent
        p.set_volumes(0.5, 0.5, 0.5, mute=True)
        p.handle(E.Play("music", ("a.ogg",), fadein=1.0))
        p.handle(E.Queue("music", ("b.ogg",), True, 0.0))
        p.handle(E.Play("sound", ("c.ogg",), loop=False))
        p.handle(E.Sync(audio=Soundscape({"music": ChannelState(["a.ogg"], True)})))
        p.skipping = True
        p.skipping = False
        for t in range(10):
            p.update(t * 0.1)
        p.handle(E.Stop("music", 1.0))
        p.stop_all()
        p.close()
        print("survived")
    """, SDL_AUDIODRIVER="no_such_driver")
    assert r.returncode == 0, r.stderr
    assert r.stdout.strip() == "survived"
    logged = [ln for ln in r.stderr.splitlines() if ln.startswith("LOG ")]
    assert len(logged) == 1, r.stderr
    assert logged[0].startswith("LOG game.audio WARNING no audio device")


@pytest.fixture
def real_player():
    """An AudioPlayer on pygame.mixer (SDL's dummy driver, from tests/conftest.py)."""
    import pygame

    from game.audio import AudioPlayer

    was_open = pygame.mixer.get_init() is not None
    files: dict[str, str] = {}
    player = AudioPlayer(files.get)
    assert not player.silent
    yield player, files
    player.close()
    if not was_open:
        pygame.mixer.quit()


def write_sine(path: Path, seconds: float, freq: float = 440.0, amp: float = 0.5) -> None:
    t = np.arange(int(seconds * RATE)) / RATE
    mono = (amp * 32767 * np.sin(2 * np.pi * freq * t)).astype("<i2")
    with wave.open(str(path), "wb") as w:
        w.setnchannels(2)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(np.repeat(mono, 2).tobytes())


def test_a_damaged_file_warns_once_and_the_game_goes_on(real_player, tmp_path, caplog) -> None:
    player, files = real_player
    bad = tmp_path / "x.ogg"
    bad.write_bytes(b"OggS but not really" + bytes(range(256)) * 8)
    good = tmp_path / "tone.wav"
    write_sine(good, 0.5)
    files.update({"x.ogg": str(bad), "tone.wav": str(good)})
    with caplog.at_level(logging.WARNING, logger="game.audio"):
        for channel in ("music", "ambient", "sound", "audio", "music"):
            player.handle(E.Play(channel, ("x.ogg",), loop=channel in ("music", "ambient")))
            player.update(0.0)
        player.handle(E.Play("music", ("missing.ogg",)))
        player.handle(E.Play("sound", ("tone.wav",), loop=False))
        player.handle(E.Play("music", ("x.ogg", "tone.wav")))
        player.update(0.1)
    warnings = [r.getMessage() for r in caplog.records if r.name == "game.audio"]
    assert len(warnings) == 2, warnings
    assert "'x.ogg' cannot be played" in warnings[0]
    assert "'missing.ogg' not found" in warnings[1]
    assert player.playing("music") == "tone.wav"
    assert player.playing("sound") == "tone.wav"


DISK_SCRIPT = """
    import sys, time
    from game.audio import AudioPlayer
    from game.story import events as E
    tone = sys.argv[1]
    p = AudioPlayer(lambda name: tone)
    assert not p.silent
    clock = time.monotonic
    t0 = clock()
    def run_for(seconds):
        end = clock() + seconds
        while clock() < end:
            p.update(clock() - t0)
            time.sleep(0.01)
    p.handle(E.Play("music", ("tone.wav",), fadein=1.0))
    run_for(1.4)
    p.handle(E.Stop("music", fadeout=0.3))
    run_for(0.9)
    p.close()
"""


def test_disk_output_ramps_up_in_a_fadein_and_is_silent_after_a_fadeout(tmp_path) -> None:
    tone = tmp_path / "tone.wav"
    write_sine(tone, 5.0)
    out = tmp_path / "out.raw"
    script = tmp_path / "play.py"
    script.write_text(textwrap.dedent(DISK_SCRIPT))
    full_env = {**os.environ, "PYGAME_HIDE_SUPPORT_PROMPT": "1", "PYTHONPATH": str(ROOT),
                "SDL_AUDIODRIVER": "disk", "SDL_DISKAUDIOFILE": str(out)}
    r = subprocess.run([sys.executable, str(script), str(tone)], cwd=ROOT, env=full_env,
                       capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stderr
    pcm = np.frombuffer(out.read_bytes(), dtype="<i2").reshape(-1, 2).astype(np.float64)
    level = np.abs(pcm).max(axis=1)
    onset = int(np.argmax(level > 0))  # the device writes silence until the play
    assert level.any() and onset < RATE, "the tone never sounded"

    def rms(a: float, b: float) -> float:
        seg = pcm[onset + int(a * RATE): onset + int(b * RATE)]
        return float(np.sqrt(np.mean(seg ** 2))) if len(seg) else 0.0

    full = 0.5 * 32767 / np.sqrt(2)
    start, later = rms(0.0, 0.2), rms(1.0, 1.2)
    assert later > 0.8 * full, (start, later, full)
    assert start < 0.3 * later, (start, later)
    tail = pcm[-int(0.2 * RATE):]
    assert len(pcm) > onset + int(1.8 * RATE)
    assert np.abs(tail).max() == 0, "sound after the fade-out ended"


def test_every_channel_sounds_on_the_real_mixer(real_player, tmp_path) -> None:
    import pygame

    player, files = real_player
    for name, seconds in (("a.wav", 3.0), ("b.wav", 3.0), ("fx.wav", 1.0)):
        write_sine(tmp_path / name, seconds)
        files[name] = str(tmp_path / name)
    device = player._backend
    player.set_volumes(0.5, 0.25, ambient=0.75)
    player.handle(E.Play("music", ("a.wav",), fadein=0.5))
    player.handle(E.Play("ambient", ("b.wav",), fadein=0.5))
    player.handle(E.Play("sound", ("fx.wav",), loop=False))
    for _ in range(3):
        player.handle(E.Play("audio", ("fx.wav",), loop=False))
    player.update(0.0)
    assert all(device.busy(ch) for ch in ("music", "ambient", "sound", "audio"))
    assert pygame.mixer.music.get_volume() == pytest.approx(0.5, abs=0.01)
    assert pygame.mixer.Channel(0).get_sound().get_volume() == pytest.approx(0.75, abs=0.01)
    assert pygame.mixer.Channel(1).get_sound().get_volume() == pytest.approx(0.25, abs=0.01)
    assert sum(pygame.mixer.Channel(i).get_busy() for i in range(3, 16)) == 3
    player.set_volumes(0.5, 0.25, ambient=0.75, mute=True)  # applies to what plays
    assert pygame.mixer.music.get_volume() == 0.0
    assert pygame.mixer.Channel(0).get_sound().get_volume() == 0.0
    player.stop_all()
    assert not any(device.busy(ch) for ch in ("music", "ambient", "sound", "audio"))


def test_lengths_come_from_the_file_headers(tmp_path) -> None:
    from game.audio._length import audio_length

    write_sine(tmp_path / "t.wav", 1.5)
    assert audio_length(str(tmp_path / "t.wav")) == pytest.approx(1.5)
    assert audio_length(str(tmp_path / "none.ogg")) is None
    (tmp_path / "junk.ogg").write_bytes(b"junk" * 100)
    assert audio_length(str(tmp_path / "junk.ogg")) is None
    soundfile = pytest.importorskip("soundfile")
    for path in sorted((ROOT / "audio").glob("*.ogg"))[:4]:
        assert audio_length(str(path)) == pytest.approx(soundfile.info(str(path)).duration,
                                                        abs=0.01)
