"""The headless presenter: one line per line of dialogue, as the reader finally sees it."""
from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from ..script.texttags import plain
from . import events as E

if TYPE_CHECKING:
    from .runtime import Runtime

MAX_INTERACTIONS: Final = 200_000  # lines and menus one headless play goes through
RANDOM_REVISITS: Final = 50  # a menu met again in the same state, choosing at random


class LoopGuard:
    """Stops a headless play (transcript, capture) that would never end: a menu the
    story comes back to in exactly the same state while the first choice is taken
    for the reader (a 'try again' menu), or more than MAX_INTERACTIONS lines."""

    def __init__(self) -> None:
        self.count = 0
        self._menus: dict[str, int] = {}

    def stop(self, rt: Runtime, default_choice: bool, *,
             random_choice: bool = False) -> str | None:
        """Why to stop before the next step, or None to go on."""
        self.count += 1
        if self.count > MAX_INTERACTIONS:
            return (f"stopped after {MAX_INTERACTIONS} lines and menus; the story seems to"
                    " go round forever on this path (choose another with --choose)")
        if (default_choice or random_choice) and rt.waiting == "choice":
            state = rt.state.to_json()
            # the same state comes back forever only if renpy.random's does too; at
            # random, a menu met often in the same story state is counted
            for key in ("seen", "trail", "labels_seen") + (("rng",) if random_choice else ()):
                state.pop(key, None)
            key = json.dumps(state, sort_keys=True, ensure_ascii=False)
            n = self._menus[key] = self._menus.get(key, 0) + 1
            if n > 1 and not random_choice:
                return ("this menu comes back exactly as before: taking the first choice"
                        " would go round forever, so the play stops here (choose another"
                        " path with --choose)")
            if n > RANDOM_REVISITS:
                return (f"this menu came back exactly as before {RANDOM_REVISITS} times while"
                        " choosing at random, so the play stops here (try another seed:"
                        " --choose random:N)")
        return None


def _flat(text: str) -> str:
    """Plain text on one line: a line break inside a line ({p}, \\n) prints as a space."""
    return plain(text).replace("\n", " ")


class Transcript:
    """Prints `Name: text`, narration bare, `> choice`, and with `events` the staging."""

    def __init__(self, write: Callable[[str], None], events: bool = False) -> None:
        self.write = write
        self.events = events
        self._pending: str | None = None

    def flush(self) -> None:
        if self._pending is not None:
            self.write(self._pending)
            self._pending = None

    def feed(self, evs: list[E.Event]) -> None:
        for ev in evs:
            self.handle(ev)

    def _line(self, ev: E.Say) -> str:
        text = _flat(ev.text)
        return f"{ev.who}: {text}" if ev.who is not None and ev.kind == "say" else text

    def _stage(self, text: str) -> None:
        if self.events:
            self.flush()
            self._pending = f"[{text}]"

    def handle(self, ev: E.Event) -> None:  # noqa: C901
        t = type(ev)
        if t is E.Say:
            assert isinstance(ev, E.Say)
            if ev.extend and self._pending is not None:
                self._pending += _flat(ev.text)
                return
            self.flush()
            self._pending = self._line(ev)
        elif t is E.Menu:
            assert isinstance(ev, E.Menu)
            if ev.caption is not None:
                self.handle(ev.caption)
            self.flush()
        elif t is E.Chose:
            assert isinstance(ev, E.Chose)
            self.flush()
            self.write(f"> {_flat(ev.text)}")
        elif t is E.Input:
            assert isinstance(ev, E.Input)
            self.flush()
            self.write(_flat(ev.prompt))
        elif t is E.Entered:
            assert isinstance(ev, E.Entered)
            self.flush()
            self.write(f'> "{_flat(ev.text)}"')
        elif t is E.End:
            self.flush()
        elif not self.events:
            return
        elif t is E.Scene:
            assert isinstance(ev, E.Scene)
            lit = f"; light {ev.light.name}" if ev.light is not None else ""
            self._stage((f"scene {ev.image}" if ev.image else "scene") + lit)
        elif t is E.Light:
            assert isinstance(ev, E.Light)
            self._stage(f"light {ev.light.name if ev.light is not None else 'None'}")
        elif t is E.Show:
            assert isinstance(ev, E.Show)
            extra = f" as {ev.tag}" if ev.tag != ev.image.split(" ", 1)[0] else ""
            extra += f" at {ev.at}" if ev.at else ""
            extra += f" behind {', '.join(ev.behind)}" if ev.behind else ""
            what = f'text "{ev.text}"' if ev.text is not None else ev.image
            self._stage(f"show {what}{extra}")
        elif t is E.NvlClear:
            self._stage("nvl clear")
        elif t is E.Hide:
            self._stage(f"hide {ev.tag}")  # type: ignore[union-attr]
        elif t is E.With:
            assert isinstance(ev, E.With)
            what = f"with {ev.transition.describe() if ev.transition else 'None'}"
            if ev.clause and self._pending is not None and self._pending.startswith("["):
                self._pending = self._pending[:-1] + f" {what}]"
            else:
                self._stage(what)
        elif t is E.Play:
            assert isinstance(ev, E.Play)
            self._stage(f"play {ev.channel} {' '.join(ev.files)}"
                        + (f" fadein {ev.fadein}" if ev.fadein else "")
                        + (f" fadeout {ev.fadeout}" if ev.fadeout else ""))
        elif t is E.Queue:
            assert isinstance(ev, E.Queue)
            self._stage(f"queue {ev.channel} {' '.join(ev.files)}")
        elif t is E.Stop:
            assert isinstance(ev, E.Stop)
            self._stage(f"stop {ev.channel}" + (f" fadeout {ev.fadeout}"
                                                 if ev.fadeout else ""))
        elif t is E.Pause:
            assert isinstance(ev, E.Pause)
            self._stage("pause" + (f" {ev.seconds}" if ev.seconds is not None else ""))
        elif t is E.Window:
            self._stage(f"window {ev.mode}")  # type: ignore[union-attr]
        elif t is E.Notice:
            self._stage(f"notice {ev.text}")  # type: ignore[union-attr]
