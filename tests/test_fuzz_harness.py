"""The fuzzers' harness catches what it promises to: a hang and a memory blow-up."""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from fuzz_harness import Hang, bounded

BLOW_UP = """
from fuzz_harness import EXAMPLE_MEGABYTES, Bloat, bounded
try:
    with bounded():
        hog = bytearray((EXAMPLE_MEGABYTES + 64) * 1024 * 1024)
        for i in range(0, len(hog), 4096):  # zero pages cost nothing until touched
            hog[i] = 1
        del hog
except Bloat as exc:
    print("caught:", exc)
"""


def test_a_hang_fails_the_example() -> None:
    with pytest.raises(Hang):
        with bounded(0.2):
            time.sleep(5)


def test_a_blow_up_fails_the_example() -> None:
    # in a child, so the memory it takes is given back to the system at once
    r = subprocess.run([sys.executable, "-c", BLOW_UP], capture_output=True, text=True,
                       cwd=Path(__file__).parent, timeout=120)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("caught: the example raised the peak memory by"), r.stdout


def test_an_honest_example_passes() -> None:
    with bounded():
        sum(range(1000))
