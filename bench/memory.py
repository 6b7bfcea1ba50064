"""Peak memory over a capture of the whole story at 1920x1080, with the bounded image
cache (ImageStore's byte budget). Prints the process's peak resident set
(getrusage ru_maxrss) against a baseline measured in the same process before the
capture (pygame imported, display open, story loaded), and Python's own peak
allocations (tracemalloc; pygame's pixel buffers are not Python allocations).

Target: peak at most 150 MB.     Run: .venv/bin/python bench/memory.py [--size WxH]
"""
from __future__ import annotations

import argparse
import resource
import tempfile
import time
import tracemalloc

from _window import headless, load_story, verdict

TARGET_MB = 150.0


def maxrss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KB on Linux


def current_rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * resource.getpagesize() / 2 ** 20


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", default="1920x1080")
    args = ap.parse_args()
    size = tuple(int(v) for v in args.size.lower().split("x"))
    headless()
    import pygame

    from game.commands.capture import capture

    pygame.display.init()
    pygame.font.init()
    pygame.display.set_mode((1, 1))
    program = load_story()
    base = current_rss_mb()
    tracemalloc.start()
    t0 = time.perf_counter()
    with tempfile.TemporaryDirectory() as out:
        entries = capture(program, out, size=size)
    secs = time.perf_counter() - t0
    _cur, py_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    peak = maxrss_mb()
    print(f"memory.py: capture of the whole story at {size[0]}x{size[1]} "
          f"({len(entries)} screens in {secs:.1f} s)")
    print(f"  baseline RSS before the capture:  {base:.0f} MB (pygame, display, story)")
    print(f"  peak RSS (ru_maxrss):             {peak:.0f} MB  "
          f"(+{peak - base:.0f} MB; ratio to baseline {peak / base:.2f})")
    print(f"  Python allocations peak:          {py_peak / 2 ** 20:.1f} MB (tracemalloc)")
    print(f"  target <= {TARGET_MB:g} MB  {verdict(peak, TARGET_MB)}")
    return 0 if peak <= TARGET_MB else 1


if __name__ == "__main__":
    raise SystemExit(main())
