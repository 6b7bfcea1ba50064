"""The sound device, behind a small interface the player drives (tests drive a fake).

Which pygame API plays what, and why:

- music: ``pygame.mixer.music``. It streams (decodes as it plays), so a 90-second
  track costs a few hundred KiB instead of the ~16 MB a decoded ``Sound`` would take,
  and ``play(loops=-1)`` loops inside the decoder: gapless at the seam (SDL_mixer also
  honours LOOPSTART/LOOPLENGTH tags in Ogg files). Only one stream exists, which is
  why only music uses it.
- ambient, sound, voice: ``Sound`` objects on reserved ``Channel`` 0, 1 and 2. A
  looping ``Sound`` is sample-exact at the seam too, and ambient loops and effects are
  short (wind: 20 s, ~3.5 MB decoded). Decoded sounds are kept in a cache bounded
  by bytes (least recently used go first).
- audio: ``Sound.play()`` on the unreserved channels, so several overlap.

Volumes: music uses ``mixer.music.set_volume``; the others use each ``Sound``'s own
volume, never the channel's, because SDL_mixer's channel fades overwrite the
channel volume while they run (a slider moved during a fade would be lost).
Queues and "fade the old track out, then start the new one" are timed by the player
(``AudioPlayer.update``), not here: SDL_mixer blocks the caller if music is started
or freed while a fade-out runs, so every start here halts the channel first.
"""
from __future__ import annotations

import logging
from collections import OrderedDict
from typing import Final, Protocol

from ..scene.channels import AMBIENT, MUSIC, SOUND, VOICE
from ._length import audio_length

log = logging.getLogger("game.audio")

FREQUENCY: Final = 44100
SAMPLE_SIZE: Final = -16  # signed 16-bit
CHANNELS: Final = 2
BUFFER: Final = 1024  # frames: ~23 ms of latency
VOICES: Final = 16  # mixer channels: 3 reserved + 13 for the overlapping `audio` channel
CACHE_BYTES: Final = 48 * 1024 * 1024
_RESERVED: Final = {AMBIENT: 0, SOUND: 1, VOICE: 2}
SPEECH_CHANNEL: Final = len(_RESERVED)  # self-voicing's own (game/audio/speech.py)

_warned_no_device = False


class AudioFileError(Exception):
    """A file that cannot be read or decoded."""


class Backend(Protocol):
    """What the player asks of a sound device. Channels: music, ambient, sound, voice,
    audio (overlapping one-shots). Groups (for volume): music, sound, ambient."""

    def play(self, channel: str, path: str, loop: bool, fadein: float) -> None:
        """Start `path` now on `channel` (halting what plays there, except on `audio`).
        Raises AudioFileError if the file cannot be used."""

    def fadeout(self, channel: str, seconds: float) -> None: ...

    def stop(self, channel: str) -> None: ...

    def busy(self, channel: str) -> bool: ...

    def set_volume(self, group: str, volume: float) -> None: ...

    def length(self, path: str) -> float | None:
        """Seconds `path` lasts, if known."""

    def close(self) -> None: ...


def _warn_no_device(reason: object) -> None:
    global _warned_no_device
    if not _warned_no_device:
        _warned_no_device = True
        log.warning("no audio device (%s); the game plays silent", reason)


def init_mixer(mono: bool | None = None) -> bool:
    """Open the sound device (44.1 kHz, 16-bit stereo, 1024-frame buffer; `mono`: one
    channel, so SDL mixes every sound's left and right together for both ears; None:
    as it is open already, else stereo).

    True if the mixer is ready (also if it already was); False, with one warning
    logged, if there is no usable device.
    """
    try:
        import pygame

        want = 1 if mono else CHANNELS
        now = pygame.mixer.get_init()
        if now is not None and mono is not None and now[2] != want:  # mono was switched
            pygame.mixer.quit()
            now = None
        if now is None:
            if mono:  # no device-side change allowed: SDL mixes in mono, then copies it
                pygame.mixer.init(FREQUENCY, SAMPLE_SIZE, 1, BUFFER, allowedchanges=0)
            else:
                pygame.mixer.init(FREQUENCY, SAMPLE_SIZE, CHANNELS, BUFFER)
        if pygame.mixer.get_init() is None:
            raise RuntimeError("mixer did not start")
        pygame.mixer.set_num_channels(max(VOICES, pygame.mixer.get_num_channels()))
        pygame.mixer.set_reserved(len(_RESERVED) + 1)  # + self-voicing's
        return True
    except Exception as exc:  # pygame.error, ImportError, NotImplementedError, ...
        _warn_no_device(exc)
        return False


class PygameBackend:
    """pygame.mixer as a Backend. Call init_mixer() (successfully) first."""

    def __init__(self, cache_bytes: int = CACHE_BYTES) -> None:
        import pygame

        self._pg = pygame
        self._mixer = pygame.mixer
        freq, size, chans = pygame.mixer.get_init()
        self._bytes_per_second = freq * chans * (abs(size) // 8)
        self._channels = {name: pygame.mixer.Channel(i) for name, i in _RESERVED.items()}
        self._overlapping: list[object] = []  # Channels the `audio` channel is using
        self._volumes = {MUSIC: 1.0, SOUND: 1.0, AMBIENT: 1.0, VOICE: 1.0}
        self._cache: OrderedDict[tuple[str, str], tuple[object, int]] = OrderedDict()
        self._cache_bytes = cache_bytes
        self._cached = 0
        self._lengths: dict[str, float | None] = {}

    @staticmethod
    def group(channel: str) -> str:
        return channel if channel in (MUSIC, AMBIENT, VOICE) else SOUND

    # -- Backend -----------------------------------------------------------------------
    def play(self, channel: str, path: str, loop: bool, fadein: float) -> None:
        loops = -1 if loop else 0
        fade_ms = max(0, int(round(fadein * 1000)))
        if channel == MUSIC:
            music = self._mixer.music
            music.stop()  # halt first: loading over a fading track blocks in SDL_mixer
            try:
                music.load(path)
            except (self._pg.error, OSError) as exc:
                raise AudioFileError(str(exc)) from None
            music.set_volume(self._volumes[MUSIC])
            music.play(loops=loops, fade_ms=fade_ms)
            return
        sound = self._sound(self.group(channel), path)
        if channel == "audio":
            ch = sound.play(loops=loops, fade_ms=fade_ms)  # a free unreserved channel
            if ch is not None:
                self._overlapping = [c for c in self._overlapping if c.get_busy()]
                self._overlapping.append(ch)
            return
        ch = self._channels[channel]
        ch.stop()
        ch.set_volume(1.0)
        ch.play(sound, loops=loops, fade_ms=fade_ms)

    def fadeout(self, channel: str, seconds: float) -> None:
        ms = max(1, int(round(seconds * 1000)))
        if channel == MUSIC:
            self._mixer.music.fadeout(ms)
        else:
            for ch in self._voices(channel):
                ch.fadeout(ms)

    def stop(self, channel: str) -> None:
        if channel == MUSIC:
            self._mixer.music.stop()
        else:
            for ch in self._voices(channel):
                ch.stop()
            if channel == "audio":
                self._overlapping = []

    def busy(self, channel: str) -> bool:
        if channel == MUSIC:
            return bool(self._mixer.music.get_busy())
        return any(ch.get_busy() for ch in self._voices(channel))

    def set_volume(self, group: str, volume: float) -> None:
        volume = min(1.0, max(0.0, volume))
        self._volumes[group] = volume
        if group == MUSIC:
            self._mixer.music.set_volume(volume)
            return
        for (g, _path), (sound, _n) in self._cache.items():
            if g == group:
                sound.set_volume(volume)
        # a sound evicted from the cache may still be playing
        for name, ch in [*self._channels.items(), *(("audio", c) for c in self._overlapping)]:
            if self.group(name) == group:
                playing = ch.get_sound()
                if playing is not None:
                    playing.set_volume(volume)

    def length(self, path: str) -> float | None:
        if path not in self._lengths:
            self._lengths[path] = audio_length(path)
        return self._lengths[path]

    def close(self) -> None:
        try:
            self._mixer.music.stop()
            self._mixer.music.unload()
            for ch in [*self._channels.values(), *self._overlapping]:
                ch.stop()
        except self._pg.error:  # the mixer was already shut down
            pass
        self._overlapping = []
        self._cache.clear()
        self._cached = 0

    # -- helpers -----------------------------------------------------------------------
    def _voices(self, channel: str) -> list[object]:
        if channel == "audio":
            return list(self._overlapping)
        ch = self._channels.get(channel)
        return [ch] if ch is not None else []

    def _sound(self, group: str, path: str) -> object:
        """A decoded Sound with the group's volume; one per (group, file), cached."""
        key = (group, path)
        hit = self._cache.get(key)
        if hit is not None:
            self._cache.move_to_end(key)
            return hit[0]
        try:
            sound = self._mixer.Sound(path)
        except (self._pg.error, OSError) as exc:
            raise AudioFileError(str(exc)) from None
        sound.set_volume(self._volumes[group])
        size = int(sound.get_length() * self._bytes_per_second)
        self._lengths.setdefault(path, sound.get_length())
        self._cache[key] = (sound, size)
        self._cached += size
        while self._cached > self._cache_bytes and len(self._cache) > 1:
            _k, (_s, n) = self._cache.popitem(last=False)
            self._cached -= n
        return sound
