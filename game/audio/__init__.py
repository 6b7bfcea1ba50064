"""Sound: the audio presenter and the pygame.mixer device behind it."""
from __future__ import annotations

from .backend import AudioFileError, Backend, init_mixer
from .mixer import AudioPlayer

__all__ = ["AudioFileError", "AudioPlayer", "Backend", "init_mixer"]
