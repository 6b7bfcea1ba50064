"""Helpers shared by the script and story tests: loading, playing, exploring paths."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Callable, Iterator

from game.script.loader import load_story
from game.script.program import Program
from game.story import events as E
from game.story.play import STOPPED_BY_CHOOSER, play
from game.story.runtime import Runtime
from game.story.transcript import Transcript

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
STORY_DIR = ROOT / "story"
SEED = Path("/work/shared/seed/the-scars-run-deep.txt")


def sources_of(path: Path, base: Path) -> list[tuple[str, str]]:
    """(path relative to base, text) for a .rpy file or every .rpy in a folder, sorted."""
    files = sorted(path.rglob("*.rpy")) if path.is_dir() else [path]
    return [(f.relative_to(base).as_posix(), f.read_text(encoding="utf-8")) for f in files]


def load_case(path: Path, base: Path) -> Program:
    return load_story(sources_of(path, base))


def choose_line(path: Path) -> list[int]:
    """The 1-based picks from a first-line comment `# choose: 2,1` (first file of a folder)."""
    first = sorted(path.rglob("*.rpy"))[0] if path.is_dir() else path
    head = first.read_text(encoding="utf-8").split("\n", 1)[0]
    if not head.startswith("# choose:"):
        return []
    body = head.split(":", 1)[1].strip()
    return [int(x) for x in body.split(",")] if body else []


def _pick(rt: Runtime, picks: list[int]) -> int:
    """The choice index for the next 1-based pick among those offered; a pick given as
    -index-1 (see as_written) is that choice index as written."""
    offered = rt.state.choices
    k = picks.pop(0) if picks else 1
    if k < 0:
        assert -k - 1 in offered, f"choice {-k - 1} is not offered"
        return -k - 1
    assert 1 <= k <= len(offered), f"pick {k} but only {len(offered)} choices offered"
    return offered[k - 1]


def as_written(path: tuple[int, ...]) -> list[int]:
    """Picks that take these choice indices (0-based, as written, as explore yields)."""
    return [-k - 1 for k in path]


def run_events(program: Program, picks: list[int], *, restore: bool = False,
               max_steps: int = 100_000) -> list[E.Event]:
    """Every event start/advance/choose return on one run. With `restore`, the state is
    saved to JSON text and loaded into a fresh Runtime between every step; what restore
    itself re-presents (Sync, the current line again) is not collected."""
    picks = list(picks)
    evs: list[E.Event] = []
    played = play(Runtime(program), lambda rt: _pick(rt, picks), on_events=evs.extend,
                  limit=max_steps, relay=roundtrip if restore else None)
    assert played.why is None, "the story did not end"
    return evs


def transcript_of(evs: list[E.Event], *, events: bool = True) -> list[str]:
    out: list[str] = []
    tr = Transcript(out.append, events=events)
    tr.feed(evs)
    tr.flush()
    return out


def play_straight(program: Program, picks: list[int], *, events: bool = True) -> list[str]:
    """The transcript of one run, from the return values of start/advance/choose."""
    return transcript_of(run_events(program, picks), events=events)


def play_restoring(program: Program, picks: list[int], *, events: bool = True) -> list[str]:
    """As play_straight, saving to JSON and loading into a new Runtime between steps."""
    return transcript_of(run_events(program, picks, restore=True), events=events)


def roundtrip(rt: Runtime) -> Runtime:
    """A fresh Runtime holding rt's state after state -> JSON text -> state; the
    persistent data (not part of a save: the game keeps it) goes through JSON too."""
    text = json.dumps(rt.state.to_json())
    fresh = Runtime(rt.program)
    fresh.persistent = json.loads(json.dumps(rt.persistent))
    fresh.restore(json.loads(text))
    return fresh


def load_real_story() -> Program:
    from game.project import load_project

    return load_project(STORY_DIR, use_cache=False)


def explore(program: Program, on_step: Callable[[Runtime], None] | None = None,
            limit: int = 10_000) -> Iterator[tuple[tuple[int, ...], list[E.Event]]]:
    """Every menu path (choice indices as written) with all events of its run, depth first.

    Each path is replayed from a fresh Runtime so nothing leaks between paths; on_step
    sees the runtime after start and after every advance or choice.
    """
    todo: list[tuple[int, ...]] = [()]
    count = 0
    while todo:
        path = todo.pop()
        count += 1
        assert count <= limit, "too many paths"
        evs: list[E.Event] = []
        taken = 0

        def follow(rt: Runtime, path: tuple[int, ...] = path) -> int | None:
            nonlocal taken
            if taken == len(path):  # a new menu: its paths are explored later
                todo.extend(path + (c,) for c in reversed(rt.state.choices))
                return None
            taken += 1
            return path[taken - 1]

        def step(rt: Runtime) -> None:
            if on_step is not None:
                on_step(rt)

        played = play(Runtime(program), follow, on_events=evs.extend, check=step,
                      limit=100_000)
        assert played.why in (None, STOPPED_BY_CHOOSER), f"path {path} does not end"
        if played.why is None:
            step(played.runtime)
            yield path, evs
