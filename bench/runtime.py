"""Runtime speed: step the whole real story headless, on every menu path.

Loads story/ with game.project.load_project(), then plays it through a Runtime with
no presenter: once taking the first choice at every menu, then once down each
path through the menus (every choice at every menu). Prints statements per second
and the total time, next to a baseline measured in the same run: a bare Python
loop over the same number of statements doing one dict lookup each (by_sid).

Target: the whole story, on every path, well under a second.
"""
from __future__ import annotations

import gc
import os
import statistics
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from game.project import load_project  # noqa: E402
from game.script.program import Program  # noqa: E402
from game.story.runtime import Runtime  # noqa: E402
from game.story.play import play  # noqa: E402

RUNS = 7


class _Counting(Runtime):
    """A Runtime that counts the statements it runs (used once, outside the timing)."""

    executed = 0

    def _exec(self, i, s, scope):  # type: ignore[no-untyped-def]
        _Counting.executed += 1
        return super()._exec(i, s, scope)


def _play(prog: Program, path: tuple[int, ...], runtime: type[Runtime] = Runtime
          ) -> tuple[int, list[tuple[int, ...]]]:
    """Play one run: the choices in `path` (as written), then the first offered.
    Returns the events seen and, at the first menu past `path`, the longer paths."""
    events = 0
    taken = 0
    more: list[tuple[int, ...]] = []

    def count(evs: list) -> None:
        nonlocal events
        events += len(evs)

    def pick(rt: Runtime) -> int:
        nonlocal taken, more
        offered = rt.state.choices
        if taken < len(path):
            k = path[taken]
        else:
            k = offered[0]
            if not more:
                more = [path + (c,) for c in offered]
        taken += 1
        return k

    play(runtime(prog), pick, on_events=count)
    return events, more


def _all_paths(prog: Program) -> list[tuple[int, ...]]:
    """The first-choice path, then every path through the menus."""
    paths = [()]
    todo = [()]
    seen = {()}
    while todo:
        path = todo.pop()
        _e, more = _play(prog, path)
        for p in more:
            if p not in seen:
                seen.add(p)
                todo.append(p)
    finished = sorted(p for p in seen if not any(q[:len(p)] == p and q != p for q in seen))
    return paths + finished


def _play_all(prog: Program, paths: list[tuple[int, ...]],
              runtime: type[Runtime] = Runtime) -> int:
    events = 0
    for path in paths:
        events += _play(prog, path, runtime)[0]
    return events


def _baseline(prog: Program, n: int) -> None:
    """n dict lookups in a bare loop: what stepping n statements cannot beat."""
    sids = [s.sid for s in prog.statements]
    by_sid = prog.by_sid
    k = len(sids)
    j = 0
    for _ in range(n):
        by_sid[sids[j]]
        j += 1
        if j == k:
            j = 0


def main() -> int:
    t0 = time.perf_counter()
    prog = load_project(use_cache=False)
    load_t = time.perf_counter() - t0
    paths = _all_paths(prog)
    _Counting.executed = 0
    events = _play_all(prog, paths, _Counting)
    executed = _Counting.executed
    play_times, base_times = [], []
    for run in range(RUNS + 1):  # the first is a warm-up
        gc.collect()
        t0 = time.perf_counter()
        _play_all(prog, paths)
        t_play = time.perf_counter() - t0
        gc.collect()
        t0 = time.perf_counter()
        _baseline(prog, executed)
        t_base = time.perf_counter() - t0
        if run:
            play_times.append(t_play)
            base_times.append(t_base)
    play_t = statistics.median(play_times)
    base_t = statistics.median(base_times)
    print(f"story: {len(prog.statements):,} statements; {len(paths)} runs (first choice,"
          f" then every menu path); {executed:,} statements run, {events:,} events"
          f" (median of {RUNS} after a warm-up; load {load_t * 1000:.0f} ms, not counted)")
    print(f"baseline (a dict lookup per statement): {base_t * 1000:8.2f} ms"
          f"  ({executed / base_t:,.0f} statements/s)")
    print(f"runtime, every run:                     {play_t * 1000:8.2f} ms"
          f"  ({executed / play_t:,.0f} statements/s)")
    print(f"ratio runtime/baseline: {play_t / base_t:.1f}x;  whole story on every path in"
          f" {play_t * 1000:.1f} ms: {'well under' if play_t < 0.25 else 'NOT well under'}"
          " a second")
    return 0


if __name__ == "__main__":
    sys.exit(main())
