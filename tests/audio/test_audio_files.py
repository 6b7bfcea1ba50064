"""The audio files themselves: each one in audio/ decodes, and each one the story
names is there."""
from __future__ import annotations

from pathlib import Path

import pytest

from game.project import load_project
from game.script import ast as A
from game.script.images import AUDIO_EXTENSIONS

AUDIO_DIR = Path(__file__).resolve().parents[2] / "audio"
FILES = sorted(p for p in AUDIO_DIR.rglob("*") if p.suffix.lower() in AUDIO_EXTENSIONS) \
    if AUDIO_DIR.is_dir() else []
NO_AUDIO = "audio/ holds no audio files yet (the score is rendered by tools/music)"


def decode(path: Path) -> tuple[int, int, float]:
    """(frames, channels, peak) of the whole file."""
    try:
        import soundfile
    except ImportError:  # soundfile is a tools-only dependency; pygame decodes too
        soundfile = None
    if soundfile is not None:
        data, _rate = soundfile.read(str(path), dtype="float32", always_2d=True)
        return data.shape[0], data.shape[1], float(abs(data).max()) if data.size else 0.0
    import numpy as np
    import pygame

    if pygame.mixer.get_init() is None:
        pygame.mixer.init(44100, -16, 2, 1024)
    arr = pygame.sndarray.array(pygame.mixer.Sound(str(path)))
    return arr.shape[0], arr.shape[1] if arr.ndim > 1 else 1, float(np.abs(arr).max()) / 32768


@pytest.mark.skipif(not FILES, reason=NO_AUDIO)
@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_audio_file_decodes(path: Path) -> None:
    frames, channels, peak = decode(path)
    assert frames > 0 and channels in (1, 2)
    assert peak > 0, f"{path.name} is all silence"


@pytest.mark.skipif(not FILES, reason=NO_AUDIO)
def test_every_audio_file_the_story_names_exists() -> None:
    program = load_project(use_cache=False)
    named = {(name, f"{s.loc[0]}:{s.loc[1]}") for s in program.statements
             if isinstance(s, (A.Play, A.Queue)) for name in s.files}
    assert named, "the story plays nothing?"
    missing = sorted(f"{where}: {name}" for name, where in named
                     if program.audio.find(name) is None)
    assert missing == [], "audio files the story names but audio/ lacks:\n" + "\n".join(missing)
