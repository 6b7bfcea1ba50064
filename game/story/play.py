"""The one loop that plays a story without a reader: the transcript, capture, coverage,
the chapter thumbnails and the tests all drive a Runtime through `play`."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from . import events as E
from .runtime import Runtime
from .state import CHOICE, ENDED, INPUT, START

# a chooser gets the runtime at a menu and gives the choice to take (an index as
# written, one of rt.state.choices), or None to stop the play there
Chooser = Callable[[Runtime], "int | None"]
STOPPED_BY_CHOOSER = "the chooser stopped the play"


def first_choice(rt: Runtime) -> int:
    return rt.state.choices[0]


@dataclass
class Played:
    why: str | None  # why the play stopped before the end; None: it ended
    runtime: Runtime  # the runtime it stopped in (a relay may have replaced the first)
    steps: int  # advances, choices and inputs taken


def play(rt: Runtime, choose: Chooser = first_choice, *,
         on_events: Callable[[list[E.Event]], None] | None = None,
         answer: Callable[[E.Input], str | None] | None = None,
         check: Callable[[Runtime], str | None] | None = None,
         limit: int | None = None, chapter: str | int | None = None,
         relay: Callable[[Runtime], Runtime] | None = None) -> Played:
    """Play until the story ends or something says stop.

    A runtime that has not started is started (at `chapter` if given). Every batch of
    events (the start's, then each step's) goes to `on_events`. At a menu `choose`
    picks; at a renpy.input `answer` gives the text (None, or no `answer`: its
    default). Before each step `check` may return why to stop (a loop guard, a frame
    limit); after `limit` steps the play stops. `relay` may hand the play to another
    runtime before each step (the tests save and load there)."""
    if rt.waiting == START and rt.state.position is None:
        evs = rt.start_at_chapter(chapter) if chapter is not None else rt.start()
        if on_events is not None:
            on_events(evs)
    steps = 0
    while True:
        if relay is not None:
            rt = relay(rt)
        waiting = rt.waiting
        if waiting == ENDED:
            return Played(None, rt, steps)
        if limit is not None and steps >= limit:
            return Played(f"stopped after {limit} steps", rt, steps)
        if check is not None:
            why = check(rt)
            if why is not None:
                return Played(why, rt, steps)
        if waiting == CHOICE:
            k = choose(rt)
            if k is None:
                return Played(STOPPED_BY_CHOOSER, rt, steps)
            evs = rt.choose(k)
        elif waiting == INPUT:
            asked = rt.current_event()
            text = answer(asked) if answer is not None and isinstance(asked, E.Input) \
                else None
            evs = rt.enter(text)
        else:
            evs = rt.advance()
        steps += 1
        if on_events is not None:
            on_events(evs)
