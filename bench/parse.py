"""Story loading speed: lines per second for parse + checks of a 100,000-line story,
against reading and splitting the same file, measured in the same run.

Target: at least 250,000 lines a second (a Cython-compiled parser of a peer
visual-novel format reaches about 345,000 on this kind of machine).
"""
from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from bench._storygen import generate  # noqa: E402
from game.script.loader import load_story  # noqa: E402
from game.script import pyexpr  # noqa: E402
from game.script.images import AudioIndex, ImageIndex  # noqa: E402

# The art and audio a real game would have, so checks find them as they would.
IMAGES = ImageIndex({tuple(n.split()): n + ".svg" for n in (
    "bg hueco mundo", "kaori cold", "kaori sad", "izumo worried", "izumo rage")})
AUDIO = AudioIndex({"desolation.ogg": "desolation.ogg"})

LINES = 100_000
TARGET = 250_000


def main() -> int:
    text = generate(LINES)
    n_lines = text.count("\n")
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "big.rpy")
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        read_times, load_times = [], []
        for _ in range(5):
            t0 = time.perf_counter()
            with open(path, encoding="utf-8") as f:
                raw = f.read()
            raw.split("\n")
            read_times.append(time.perf_counter() - t0)
            pyexpr._cache.clear()  # a cold parse every time
            t0 = time.perf_counter()
            with open(path, encoding="utf-8") as f:
                raw = f.read()
            prog = load_story([("big.rpy", raw)], images=IMAGES, audio=AUDIO)
            load_times.append(time.perf_counter() - t0)
        cached = []
        from game.story_cache import cached_load
        with tempfile.TemporaryDirectory() as cache_dir:
            os.environ["SCARS_CACHE_DIR"] = cache_dir
            cached_load([("big.rpy", raw)], images=IMAGES, audio=AUDIO)
            for _ in range(3):
                t0 = time.perf_counter()
                cached_load([("big.rpy", raw)], images=IMAGES, audio=AUDIO)
                cached.append(time.perf_counter() - t0)
    read_t = statistics.median(read_times)
    load_t = statistics.median(load_times)
    rate = n_lines / load_t
    print(f"story: {n_lines:,} lines, {len(prog.statements):,} statements")
    print(f"read + split:   {read_t * 1000:8.1f} ms  ({n_lines / read_t:,.0f} lines/s)")
    print(f"load (parse + checks): {load_t * 1000:8.1f} ms  ({rate:,.0f} lines/s)")
    print(f"second start (cache):  {statistics.median(cached) * 1000:8.1f} ms")
    print(f"ratio load/read: {load_t / read_t:.1f}x;  target {TARGET:,} lines/s:"
          f" {'met' if rate >= TARGET else 'NOT met'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
