"""Fixtures for the interface tests: a small story, a fresh data folder, a fake audio
player, and the Game on the dummy display driven with events and a fake clock."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from ui_harness import STORY, make_game, note_read, small_program  # noqa: E402,F401


class FakeAudio:
    """Records what the game asks of the audio player."""

    def __init__(self) -> None:
        self.events: list[Any] = []
        self.volumes: tuple | None = None
        self.skipping = False
        self.skip_changes: list[bool] = []

    def handle(self, ev: Any) -> None:
        self.events.append(ev)

    def prepare(self, evs: Any) -> None:
        pass

    def update(self, now: float) -> None:
        pass

    def set_volumes(self, music: float, sound: float, ambient: float | None = None,
                    mute: bool = False, voice: float | None = None) -> None:
        self.volumes = (music, sound, ambient, mute)
        self.voice_volume = voice

    def close(self) -> None:
        pass


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def audio() -> FakeAudio:
    return FakeAudio()


@pytest.fixture
def game(data_dir: Path, audio: FakeAudio) -> Any:
    """The small story at its title screen, the content note already read."""
    note_read(data_dir)
    g = make_game(data_dir, prog=small_program(), audio=audio)
    yield g
    g.voicing.close()  # a test that spoke: its worker and folder go
    g.images.close()


@pytest.fixture
def new_game(data_dir: Path, audio: FakeAudio) -> Any:
    """Makes more Games on the same data folder (a second start of the game)."""
    made: list[Any] = []

    def make(**kw: Any) -> Any:
        g = make_game(data_dir, prog=small_program(), audio=audio, **kw)
        made.append(g)
        return g
    yield make
    for g in made:
        g.images.close()
