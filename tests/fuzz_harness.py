"""Shared by the fuzzers: a time bound on each example, enforced by the harness (a
SIGALRM that fails the example), never a timing assertion; a memory bound (the
process's peak RSS may not climb by more than EXAMPLE_MEGABYTES during one example);
and hostile values."""
from __future__ import annotations

import resource
import signal
import sys
import threading
from contextlib import contextmanager
from typing import Any, Iterator

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

EXAMPLE_SECONDS = 10  # far above any honest example on a loaded 2-core machine
EXAMPLE_MEGABYTES = 256  # far above any honest example; a bomb or a blow-up passes it


class Hang(AssertionError):
    """An example ran past EXAMPLE_SECONDS: a hang, which the loaders promise not to."""


class Bloat(AssertionError):
    """An example raised the peak RSS by over EXAMPLE_MEGABYTES: memory unbounded."""


def _reset_peak() -> None:
    """Linux: start the high-water mark afresh at the current RSS, so an example is
    measured on its own and not hidden under an earlier, higher peak."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        pass


def _peak_mb() -> float:
    """The peak RSS: Linux's VmHWM (which _reset_peak resets; ru_maxrss is not reset and
    even carries a parent's peak across exec), else ru_maxrss."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


@contextmanager
def bounded(seconds: float = EXAMPLE_SECONDS) -> Iterator[None]:
    """Fail with Hang if the block runs longer than `seconds`, and with Bloat if it raised
    the process's peak memory by over EXAMPLE_MEGABYTES (main thread, POSIX)."""
    if threading.current_thread() is not threading.main_thread() \
            or not hasattr(signal, "setitimer"):
        yield
        return

    def alarm(_signum: int, _frame: Any) -> None:
        raise Hang(f"the example ran over {seconds} s")

    old = signal.signal(signal.SIGALRM, alarm)
    _reset_peak()
    before = _peak_mb()
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)
    grew = _peak_mb() - before
    if grew > EXAMPLE_MEGABYTES:
        raise Bloat(f"the example raised the peak memory by {grew:.0f} MB")


def fuzz_settings(n: int) -> settings:
    """`n` examples, no per-example timing (the machine is shared; `bounded` guards
    hangs instead), and no database so runs do not leave files behind."""
    return settings(max_examples=n, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow,
                                           HealthCheck.function_scoped_fixture,
                                           HealthCheck.data_too_large])


# Values a stranger puts where a field is expected.
HOSTILE_SCALARS: list[Any] = [
    None, True, False, 0, -1, 1.5, 10 ** 30, -(10 ** 30), "", "x", "\0", "\ud800",
    "a\x00b", "\udfff\ud800", "x" * 5000, [], {}, [[]], {"": None}, [None] * 3,
    "0001-01-01T00:00:00", "9999-12-31T23:59:59", "9999-12-31T23:59:59+14:00",
    "0001-01-01T00:00:00-14:00", "choice", "continue", "ended", "start",
]

json_scalars = st.none() | st.booleans() | st.integers() | st.text(max_size=30) \
    | st.floats(allow_nan=False, allow_infinity=False) | st.sampled_from(HOSTILE_SCALARS)
json_values = st.recursive(
    json_scalars,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=10), inner,
                                                                 max_size=5),
    max_leaves=25)


def paths_of(doc: Any, prefix: tuple = ()) -> list[tuple]:
    """Every path (of keys and indices) into a JSON document."""
    out = [prefix]
    if isinstance(doc, dict):
        for k, v in doc.items():
            out.extend(paths_of(v, prefix + (k,)))
    elif isinstance(doc, list):
        for k, v in enumerate(doc):
            out.extend(paths_of(v, prefix + (k,)))
    return out


def replace_at(doc: Any, path: tuple, value: Any) -> Any:
    """A copy of `doc` with the item at `path` replaced (or deleted if value is DELETE)."""
    if not path:
        return value
    head, rest = path[0], path[1:]
    if isinstance(doc, dict):
        out = dict(doc)
        if value is DELETE and not rest:
            out.pop(head, None)
        else:
            out[head] = replace_at(doc[head], rest, value)
        return out
    out = list(doc)
    if value is DELETE and not rest:
        del out[head]
    else:
        out[head] = replace_at(doc[head], rest, value)
    return out


DELETE: Any = object()


@st.composite
def mutated(draw: Any, doc: Any, max_changes: int = 3) -> Any:
    """`doc` with a few items replaced by hostile values or deleted (structure-aware)."""
    for _ in range(draw(st.integers(1, max_changes))):
        paths = paths_of(doc)
        path = draw(st.sampled_from(paths))
        value = draw(st.just(DELETE) | json_values) if path else draw(json_values)
        doc = replace_at(doc, path, value)
    return doc
