"""Kill -9 at random moments of saving (issue 11): a child process saves slots, the
quick slot, autosaves, preferences and persistent data in a loop and is killed with
SIGKILL, again and again. After each kill, as the game starts again: no file is
damaged, no completed save is lost, no temporary file is left, and no slot is torn
(its JSON names a picture that exists and belongs to the same save).

Figures (printed with -s): KILLS kills, each followed by a check of every file.
"""
from __future__ import annotations

import json
import os
import random
import signal
import time
from pathlib import Path

import pytest

from game.userdata.persistent import Persistent
from game.userdata.prefs import Preferences
from game.userdata.saves import SaveStore
from game.userdata import DataDir

KILLS = 120
SLOTS = ("1-1", "1-2", "quick")

def _save_forever(root: Path, n: int, out: int) -> None:
    """The child: save in a loop, reporting each completed write on `out`."""
    from game.story.state import StoryState

    def say(text: str) -> None:
        os.write(out, text.encode() + b"\n")

    data = DataDir(root)
    store = SaveStore(data.saves, "a-game")
    say("ready")
    while True:
        n += 1
        state = StoryState(variables={"n": n, "pad": "x" * (n * 7919 % 7000)}).to_json()
        png = b"\x89PNG\r\n\x1a\n" + json.dumps({"n": n}).encode() + b"\0" * (n % 5000)
        if n % 4 == 3:
            info = store.autosave(state, chapter="c", line=str(n), who=None,
                                  thumbnail_png=png)
        else:
            info = store.save(SLOTS[n % 4], state, chapter="c", line=str(n), who=None,
                              thumbnail_png=png if n % 5 else None)
        say(f"save {info.slot} {n}")
        Preferences(text_cps=n % 500).save(data.prefs_path)
        say("prefs")
        Persistent(unlocked=["a"], seen={f"s{k}" for k in range(n % 300)}).save(
            data.persistent_path, force=True)
        say("persistent")


def _run_until_killed(root: Path, start: int, rng: random.Random) -> list[str]:
    """Fork a child that saves (the modules are imported already, so a kill can land
    anywhere in its writes), let it run a random while, kill -9 it; its report."""
    r, w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child never returns to pytest
        try:
            os.close(r)
            _save_forever(root, start, w)
        finally:
            os._exit(1)
    os.close(w)
    with os.fdopen(r, "rb") as reader:
        first = reader.readline()
        assert first == b"ready\n", first
        time.sleep(rng.uniform(0.0, 0.06))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        return reader.read().decode().splitlines()


def _check(root: Path, done: dict[str, int]) -> int:
    """Open the data folder as the game does and check every file; returns how many."""
    data = DataDir(root)
    store = SaveStore(data.saves, "a-game")
    files = 0
    for p in [*root.iterdir(), *data.saves.iterdir()]:
        files += 1
        assert not p.name.endswith(".tmp"), f"temporary file left: {p.name}"
        assert ".damaged-" not in p.name, p.name
    named: set[str] = set()
    for slot in [*SLOTS, *(f"auto-{k}" for k in range(1, 7))]:
        info = store.info(slot)
        if slot in done:
            assert info.exists, f"the completed save of {slot} is lost"
        if not info.exists:
            continue
        assert not info.damaged, f"{slot}: {info.problem}"
        doc = store.load(slot)
        n = doc["state"]["variables"]["n"]
        assert n >= done.get(slot, 0), f"{slot} went back from save {done[slot]} to {n}"
        if doc["thumbnail"] is not None:
            named.add(doc["thumbnail"])
            assert info.thumbnail is not None, f"{slot}: its picture is missing (torn)"
            pic = info.thumbnail.read_bytes()
            assert json.loads(pic[8:].split(b"\0")[0]) == {"n": n}, f"{slot} is torn"
    pictures = {p.name for p in data.saves.glob("*.png")}
    assert pictures == named, f"pictures no save names: {sorted(pictures - named)}"
    prefs, problem = Preferences.load(data.prefs_path)
    assert problem is None, problem
    persistent, problem = Persistent.load(data.persistent_path)
    assert problem is None, problem
    if "prefs" in done:
        assert data.prefs_path.exists()
    return files


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork and SIGKILL (POSIX)")
def test_kill_nine_while_saving_never_damages_loses_or_tears(tmp_path: Path) -> None:
    rng = random.Random(11)
    root = tmp_path / "data"
    done: dict[str, int] = {}
    n = 0
    checked = 0
    mid_save = 0
    for _ in range(KILLS):
        lines = _run_until_killed(root, n, rng)
        for line in lines:
            kind, *rest = line.split()
            if kind == "save":
                done[rest[0]] = int(rest[1])
                n = max(n, int(rest[1]))
            else:
                done[kind] = 1
        mid_save += bool(lines) and not lines[-1].startswith("persistent")
        checked += _check(root, done)
    print(f"\nkill test: {KILLS} kills, {checked} files checked, {n} saves made,"
          f" {mid_save} kills between a save and the persistent write")
    assert n >= KILLS // 4  # the kills landed among the saves, not only at start-up
