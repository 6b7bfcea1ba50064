"""The runtime never imports pygame: it loads and plays where importing pygame fails."""
from __future__ import annotations

import subprocess
import sys
import textwrap

from story_harness import ROOT

SCRIPT = textwrap.dedent('''
    import sys

    class NoPygame:
        def find_spec(self, name, path=None, target=None):
            if name.startswith("pygame"):
                raise ImportError(f"{name} is blocked for this test")
            return None

    sys.meta_path.insert(0, NoPygame())
    for name in [m for m in sys.modules if m.startswith("pygame")]:
        del sys.modules[name]
    try:
        import pygame  # noqa: F401
    except ImportError:
        pass
    else:
        raise SystemExit("the blocker did not block pygame")

    import game.story.runtime
    import game.script.loader
    import game.project
    from game.cli import main

    status = main(["transcript", "--events"])
    loaded = sorted(m for m in sys.modules if m.startswith("pygame"))
    print("STATUS", status, "PYGAME", loaded)
''')


def test_runtime_imports_and_plays_without_pygame() -> None:
    run = subprocess.run([sys.executable, "-c", SCRIPT], cwd=ROOT, capture_output=True,
                         text=True, timeout=60)
    assert run.returncode == 0, run.stderr
    lines = run.stdout.splitlines()
    assert lines[-1] == "STATUS 0 PYGAME []"
    assert len(lines) > 50
    assert any(line.startswith("Izumo: ") for line in lines)
