"""The data layer imports nothing of pygame: it can be used by tools and tests alone."""
from __future__ import annotations

import subprocess
import sys

from story_harness import ROOT

SCRIPT = """
import sys
import game.userdata, game.userdata.prefs, game.userdata.persistent, game.userdata.saves
import game.story.rollback
print(sorted(m for m in sys.modules if m.startswith("pygame")))
"""


def test_data_modules_do_not_import_pygame() -> None:
    run = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True,
                         text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == "[]"
