"""A Backend that plays nothing and writes down what it was asked, for tests.

    clock = Clock()
    device = RecordingBackend(clock, lengths={"a.ogg": 60.0})
    player = AudioPlayer(lambda name: name, device)
    ...
    assert device.calls == [(0.0, "play", "music", "a.ogg", True, 2.0)]

Calls are tuples (time, verb, channel, ...): ("play", channel, path, loop, fadein),
("fadeout", channel, seconds), ("stop", channel), ("volume", group, volume).
A channel is busy from its play until `finish(channel)`, a stop, or the end of a
fade-out (when the player next asks after the fade's time).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .backend import AudioFileError


class Clock:
    """A hand-driven clock: `clock.t` seconds; `clock.advance(dt)` returns the new time."""

    def __init__(self, t: float = 0.0) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t

    def advance(self, dt: float) -> float:
        self.t = round(self.t + dt, 9)
        return self.t


class RecordingBackend:
    def __init__(self, clock: Callable[[], float] | None = None,
                 lengths: dict[str, float] | None = None,
                 broken: set[str] | frozenset[str] = frozenset()) -> None:
        self.clock = clock or (lambda: 0.0)
        self.lengths = dict(lengths or {})
        self.broken = set(broken)  # paths whose play raises AudioFileError
        self.calls: list[tuple[Any, ...]] = []
        self._busy: dict[str, float | None] = {}  # channel -> fade-out end, None: playing
        self.closed = False

    # -- test helpers ------------------------------------------------------------------
    def finish(self, channel: str) -> None:
        """The file on `channel` has played to its end."""
        self._busy.pop(channel, None)

    def take(self) -> list[tuple[Any, ...]]:
        """The calls so far without their times, and forget them."""
        out = [c[1:] for c in self.calls]
        self.calls.clear()
        return out

    # -- Backend -----------------------------------------------------------------------
    def play(self, channel: str, path: str, loop: bool, fadein: float) -> None:
        if path in self.broken:
            raise AudioFileError("not an audio file")
        self._log("play", channel, path, loop, fadein)
        self._busy[channel] = None

    def fadeout(self, channel: str, seconds: float) -> None:
        self._log("fadeout", channel, seconds)
        if channel in self._busy:
            self._busy[channel] = self.clock() + seconds

    def stop(self, channel: str) -> None:
        self._log("stop", channel)
        self._busy.pop(channel, None)

    def busy(self, channel: str) -> bool:
        if channel not in self._busy:
            return False
        end = self._busy[channel]
        if end is not None and self.clock() >= end:
            del self._busy[channel]
            return False
        return True

    def set_volume(self, group: str, volume: float) -> None:
        self._log("volume", group, volume)

    def length(self, path: str) -> float | None:
        return self.lengths.get(path)

    def close(self) -> None:
        self.closed = True

    def _log(self, *call: Any) -> None:
        self.calls.append((self.clock(), *call))
