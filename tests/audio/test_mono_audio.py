"""Mono audio (Accessibility): with the mixer opened in one channel, a sound that is
only in the left ear reaches the one channel both ears hear; in stereo the right ear
stays silent. Measured on SDL's disk driver, which writes the real mixed output."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import wave
from pathlib import Path

import numpy as np
import pytest

ROOT = Path(__file__).resolve().parents[2]
RATE = 44100

SCRIPT = """
import sys, time
import pygame
from game.audio.backend import init_mixer
assert init_mixer(mono=sys.argv[2] == "mono")
print(pygame.mixer.get_init()[2], flush=True)
pygame.mixer.Sound(sys.argv[1]).play()
time.sleep(0.8)
pygame.mixer.quit()
"""


def left_only_tone(path: Path, seconds: float = 0.5) -> None:
    t = np.arange(int(RATE * seconds)) / RATE
    left = (0.5 * 32767 * np.sin(2 * np.pi * 440 * t)).astype("<i2")
    frames = np.stack([left, np.zeros_like(left)], axis=1)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(2)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(frames.tobytes())


def play(tmp_path: Path, mode: str) -> tuple[int, np.ndarray]:
    tone = tmp_path / "left.wav"
    left_only_tone(tone)
    out = tmp_path / f"{mode}.raw"
    script = tmp_path / "play.py"
    script.write_text(textwrap.dedent(SCRIPT))
    env = {**os.environ, "PYGAME_HIDE_SUPPORT_PROMPT": "1", "PYTHONPATH": str(ROOT),
           "SDL_AUDIODRIVER": "disk", "SDL_DISKAUDIOFILE": str(out)}
    r = subprocess.run([sys.executable, str(script), str(tone), mode], cwd=ROOT, env=env,
                       capture_output=True, text=True, timeout=60)
    if r.returncode != 0 and "disk" in r.stderr.lower() and "not available" in r.stderr:
        pytest.skip("SDL has no disk audio driver here")
    assert r.returncode == 0, r.stderr
    channels = int(r.stdout.split()[0])
    pcm = np.frombuffer(out.read_bytes(), dtype="<i2").reshape(-1, channels)
    return channels, pcm.astype(np.float64)


def test_stereo_keeps_a_left_only_sound_out_of_the_right_ear(tmp_path) -> None:
    channels, pcm = play(tmp_path, "stereo")
    assert channels == 2
    assert np.abs(pcm[:, 0]).max() > 5000
    assert np.abs(pcm[:, 1]).max() == 0


def test_mono_plays_a_left_only_sound_for_both_ears(tmp_path) -> None:
    channels, pcm = play(tmp_path, "mono")
    assert channels == 1  # one signal, which the system sends to both ears
    # the left channel, mixed down with the silent right: about half its level
    assert 5000 < np.abs(pcm[:, 0]).max() < 0.5 * 32767 + 200
