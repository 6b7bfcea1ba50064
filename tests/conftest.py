"""Shared test setup. Runs before any test module imports pygame."""
from __future__ import annotations

import os
import sys
from pathlib import Path

# Headless SDL for every test, window tests included: set before pygame is imported.
os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "dummy"
os.environ["PYGAME_HIDE_SUPPORT_PROMPT"] = "1"

TESTS = Path(__file__).resolve().parent
if str(TESTS) not in sys.path:  # so test modules in subfolders can import story_harness
    sys.path.insert(0, str(TESTS))
