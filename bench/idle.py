"""Idle CPU of the real window waiting on a complete line: `python -m game --chapter 1`
under Xvfb (or the dummy driver when Xvfb is missing) reaches the first line and waits;
after a settling time, CPU is read from /proc/PID/stat over 5 s. Baseline in the same
run: a bare pygame window polling its events every 40 ms.

Target: under 2% of a core.      Run: .venv/bin/python bench/idle.py [--seconds 5]
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import textwrap
import time

from _window import ROOT

TARGET_PCT = 2.0
BASELINE = textwrap.dedent("""
    import time, pygame
    pygame.display.init()
    w = pygame.display.set_mode((1280, 720))
    w.fill((0, 0, 0)); pygame.display.flip()
    while True:
        for ev in pygame.event.get():
            if ev.type == pygame.QUIT:
                raise SystemExit
        time.sleep(0.04)
""")


def cpu_seconds(pid: int) -> float:
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    ticks = int(fields[11]) + int(fields[12])  # utime + stime (fields 14, 15)
    return ticks / os.sysconf("SC_CLK_TCK")


def measure(cmd: list[str], env: dict[str, str], settle: float, seconds: float) -> float:
    p = subprocess.Popen(cmd, env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                         stderr=subprocess.DEVNULL)
    try:
        time.sleep(settle)
        if p.poll() is not None:
            raise SystemExit(f"{' '.join(cmd)} exited early with status {p.returncode}")
        c0, t0 = cpu_seconds(p.pid), time.perf_counter()
        time.sleep(seconds)
        c1, t1 = cpu_seconds(p.pid), time.perf_counter()
        return 100 * (c1 - c0) / (t1 - t0)
    finally:
        p.terminate()
        try:
            p.wait(timeout=5)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait()


def free_display() -> int:
    n = 90
    while os.path.exists(f"/tmp/.X11-unix/X{n}") or os.path.exists(f"/tmp/.X{n}-lock"):
        n += 1
    return n


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seconds", type=float, default=5.0)
    ap.add_argument("--settle", type=float, default=6.0,
                    help="seconds for the game to start and type its first line")
    args = ap.parse_args()
    env = dict(os.environ, SDL_AUDIODRIVER="dummy", PYGAME_HIDE_SUPPORT_PROMPT="1")
    xvfb = None
    tmp = tempfile.mkdtemp()
    try:
        if shutil.which("Xvfb"):
            n = free_display()
            xvfb = subprocess.Popen(["Xvfb", f":{n}", "-screen", "0", "1280x720x24",
                                     "-nolisten", "tcp"], stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL)
            time.sleep(1.0)
            env.update(DISPLAY=f":{n}", SDL_VIDEODRIVER="x11")
            where = f"Xvfb :{n}"
        else:
            env.update(SDL_VIDEODRIVER="dummy")
            where = "the dummy driver (no Xvfb)"
        env["VN_CACHE_DIR"] = os.path.join(tmp, "cache")
        game = [sys.executable, "-m", "game", "--chapter", "1"]
        helptext = subprocess.run([sys.executable, "-m", "game", "play", "--help"], cwd=ROOT,
                                  capture_output=True, text=True).stdout
        if "--data-dir" in helptext:
            game += ["--data-dir", os.path.join(tmp, "data")]
        ours = measure(game, env, args.settle, args.seconds)
        base = measure([sys.executable, "-c", BASELINE], env, 2.0, args.seconds)
    finally:
        if xvfb is not None:
            xvfb.terminate()
            xvfb.wait(timeout=5)
        shutil.rmtree(tmp, ignore_errors=True)
    print(f"idle.py: the window waiting on its first line, on {where}, {args.seconds:g} s")
    print(f"  python -m game --chapter 1:   {ours:.2f}% of a core")
    print(f"  bare pygame 40 ms poll loop:  {base:.2f}% of a core"
          + (f"  (ratio {ours / base:.2f})" if base > 0 else ""))
    print(f"  target < {TARGET_PCT:g}%  {'OK' if ours < TARGET_PCT else 'OVER TARGET'}")
    return 0 if ours < TARGET_PCT else 1


if __name__ == "__main__":
    raise SystemExit(main())
