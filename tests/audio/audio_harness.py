"""Helpers for the audio tests: a player on a recording device, a hand-driven clock."""
from __future__ import annotations

from typing import Any, Callable

from game.audio.mixer import AudioPlayer
from game.audio.recording import Clock, RecordingBackend
from game.story.runtime import Runtime
from game.story.state import CHOICE, ENDED


class Rig:
    """An AudioPlayer on a RecordingBackend; names resolve to themselves."""

    def __init__(self, lengths: dict[str, float] | None = None,
                 resolve: Callable[[str], str | None] | None = None,
                 broken: set[str] | frozenset[str] = frozenset()) -> None:
        self.clock = Clock()
        self.device = RecordingBackend(self.clock, lengths, broken)
        self.player = AudioPlayer(resolve or (lambda name: name), self.device)
        self.player.update(self.clock.t)  # the first frame: the player's clock is ours

    def tick(self, dt: float = 0.0) -> None:
        """Let `dt` seconds pass (in 0.1 s frames) and run the player's update."""
        steps = max(1, round(dt / 0.1))
        for _ in range(steps):
            self.player.update(self.clock.advance(dt / steps))

    def take(self) -> list[tuple[Any, ...]]:
        return self.device.take()

    def timed(self) -> list[tuple[Any, ...]]:
        out = list(self.device.calls)
        self.device.calls.clear()
        return out


class Presenting:
    """A Runtime whose calls hand the events they return to a presenter, as the
    window's session does (the runtime itself only returns them)."""

    CALLS = frozenset({"start", "advance", "choose", "enter", "restore", "start_at_chapter"})

    def __init__(self, program: Any, presenter: Any) -> None:
        self.runtime = Runtime(program)
        self.presenter = presenter

    def __getattr__(self, name: str) -> Any:
        value = getattr(self.runtime, name)
        if name not in self.CALLS:
            return value

        def call(*args: Any, **kwargs: Any) -> Any:
            evs = value(*args, **kwargs)
            for ev in evs:
                self.presenter.handle(ev)
            return evs
        return call


def step(rt: Runtime) -> None:
    """One reader action: continue, or take the first offered choice."""
    if rt.waiting == CHOICE:
        rt.choose(rt.state.choices[0])
    else:
        rt.advance()


def run_until(rt: Runtime, done: Callable[[Runtime], bool], rig: Rig | None = None,
              limit: int = 10_000) -> None:
    """Step until `done(rt)`; a second of clock passes between steps if a rig is given."""
    for _ in range(limit):
        if done(rt):
            return
        assert rt.waiting != ENDED, "the story ended first"
        step(rt)
        if rig is not None:
            rig.tick(1.0)
    raise AssertionError("never reached")


def music_is(name: str | None) -> Callable[[Runtime], bool]:
    return lambda rt: rt.state.audio.playing("music") == ([name] if name else None)
