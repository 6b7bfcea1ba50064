"""Starting at a chapter gives exactly the variables, stage and audio that the
first-choice path from `start` has when it reaches that chapter's label."""
from __future__ import annotations

import copy
import json
from typing import Any

import pytest

from game.story import events as E
from game.story.play import play
from game.story.runtime import Runtime
from game.story.transcript import Transcript
from story_harness import load_real_story

PROGRAM = load_real_story()
CHAPTERS = PROGRAM.chapters


class Watching(Runtime):
    """A runtime that notes its state each time a label is reached, while it runs (the
    Label statement runs before its block, so this is the state on arrival)."""

    def __init__(self, program: Any) -> None:
        super().__init__(program)
        self.arrivals: dict[int, dict[str, Any]] = {}

    def _emit(self, ev: E.Event) -> None:
        super()._emit(ev)
        if isinstance(ev, E.LabelReached):
            self.arrivals[id(ev)] = copy.deepcopy(self.state.to_json())


class LabelWatcher:
    """The state on arrival at each label among the events it is fed, and a transcript."""

    def __init__(self) -> None:
        self.runtime: Watching | None = None
        self.at: dict[str, dict[str, Any]] = {}
        self.order: list[str] = []
        self.lines: list[str] = []
        self.transcript = Transcript(self.lines.append, events=True)
        self.mark: dict[str, int] = {}

    def handle(self, ev: E.Event) -> None:
        if isinstance(ev, E.LabelReached):
            assert self.runtime is not None
            self.order.append(ev.label)
            if ev.label not in self.at:
                self.transcript.flush()
                self.mark[ev.label] = len(self.lines)
                self.at[ev.label] = self.runtime.arrivals[id(ev)]
        if not isinstance(ev, E.Sync):
            self.transcript.handle(ev)

    def feed(self, evs: list[E.Event]) -> None:
        for ev in evs:
            self.handle(ev)


@pytest.fixture(scope="module")
def full_run() -> LabelWatcher:
    watcher = LabelWatcher()
    rt = Watching(PROGRAM)
    watcher.runtime = rt
    assert play(rt, on_events=watcher.feed).why is None
    watcher.transcript.flush()
    return watcher


def _essentials(state: dict[str, Any]) -> dict[str, Any]:
    return {"variables": state["variables"], "stage": state["stage"],
            "audio": state["audio"], "call_stack": state["call_stack"]}


def test_the_story_has_chapters_in_play_order(full_run: LabelWatcher) -> None:
    assert len(CHAPTERS) >= 9
    firsts = [full_run.order.index(ch.label) for ch in CHAPTERS]
    assert firsts == sorted(firsts)


@pytest.mark.parametrize("chapter", CHAPTERS, ids=lambda c: f"{c.number}-{c.label}")
def test_chapter_start_matches_the_first_choice_path(chapter, full_run: LabelWatcher) -> None:
    expected = full_run.at[chapter.label]
    watcher = LabelWatcher()
    rt = Watching(PROGRAM)
    watcher.runtime = rt
    returned = rt.start_at_chapter(chapter.number)
    watcher.feed(returned)
    # The first thing a presenter hears is a Sync of exactly that stage and audio.
    assert isinstance(returned[0], E.Sync)
    assert returned[0].stage.to_json() == expected["stage"]
    assert returned[0].audio.to_json() == expected["audio"]
    # Nothing of the chapters before was presented, and the chapter's label is reached.
    assert watcher.order[0] == chapter.label
    got = watcher.at[chapter.label]
    assert _essentials(got) == _essentials(expected)
    # And from there the chapter plays out exactly as in the full run.
    assert play(rt, on_events=watcher.feed).why is None
    watcher.transcript.flush()
    assert watcher.lines == full_run.lines[full_run.mark[chapter.label]:]


@pytest.mark.parametrize("chapter", CHAPTERS[:1] + CHAPTERS[-1:], ids=lambda c: c.label)
def test_chapter_by_label_is_the_same_as_by_number(chapter) -> None:
    a, b = Runtime(PROGRAM), Runtime(PROGRAM)
    assert a.start_at_chapter(chapter.label) == b.start_at_chapter(chapter.number)
    assert json.dumps(a.state.to_json(), sort_keys=True) == \
        json.dumps(b.state.to_json(), sort_keys=True)


def test_chapter_start_marks_nothing_before_it_as_seen() -> None:
    rt = Runtime(PROGRAM)
    rt.start_at_chapter(len(CHAPTERS))
    label = CHAPTERS[-1].label
    for sid in rt.state.seen:
        assert PROGRAM.label_of[PROGRAM.by_sid[sid]] == label


def test_unknown_chapter_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        Runtime(PROGRAM).start_at_chapter(len(CHAPTERS) + 1)
    with pytest.raises(KeyError):
        Runtime(PROGRAM).start_at_chapter("no_such_label")
