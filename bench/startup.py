"""Start-up time: `python -m game` to its first drawn frame (SCARS_EXIT_AFTER_FIRST_FRAME=1
makes it print the moment and exit there), against a baseline that imports pygame and pygame_gui, opens the
display, makes a UIManager, draws one frame and exits. Median of several runs each,
in the same run; SDL dummy drivers; a fresh data dir (--data-dir, when the game has it)
and a raster cache (SCARS_CACHE_DIR) warmed by one run first, as a second start has.

Target: ratio at most 1.5.       Run: .venv/bin/python bench/startup.py [--runs N]
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time

from _window import ROOT, verdict

TARGET = 1.5
BASELINE = textwrap.dedent("""
    import pygame, pygame_gui
    pygame.display.init()
    pygame.font.init()
    window = pygame.display.set_mode((1280, 720))
    ui = pygame_gui.UIManager((1280, 720))
    ui.update(0.016)
    window.fill((0, 0, 0))
    ui.draw_ui(window)
    pygame.display.flip()
    import time
    print(f"first-frame {time.time():.6f}", flush=True)
    pygame.quit()
""")


def _env(cache: str) -> dict[str, str]:
    env = dict(os.environ)
    # a player's Python keeps compiled bytecode (pygame_gui's is in site-packages);
    # ours goes to a temporary prefix so that the source tree stays clean
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = os.path.join(os.path.dirname(cache), "pycache")
    env.update(SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy", PYGAME_HIDE_SUPPORT_PROMPT="1",
               SCARS_EXIT_AFTER_FIRST_FRAME="1", SCARS_CACHE_DIR=cache)
    return env


def _time(cmd: list[str], env: dict[str, str]) -> float:
    """Seconds from starting the process to its first drawn frame, which both programs
    announce on stdout ("first-frame <epoch>") right after their first flip; what
    either does after that (shutting down) is not part of the measure."""
    t0 = time.time()
    p = subprocess.run(cmd, env=env, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                       timeout=120)
    if p.returncode != 0:
        sys.stderr.write(p.stderr.decode(errors="replace")[-2000:])
        raise SystemExit(f"{' '.join(cmd)} failed with status {p.returncode}")
    for line in p.stdout.decode(errors="replace").splitlines():
        if line.startswith("first-frame "):
            return float(line.split()[1]) - t0
    raise SystemExit(f"{' '.join(cmd)} drew no frame (no 'first-frame' line on stdout)")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    args = ap.parse_args()
    py = sys.executable
    helptext = subprocess.run([py, "-m", "game", "play", "--help"], cwd=ROOT,
                              capture_output=True, text=True).stdout
    has_data_dir = "--data-dir" in helptext
    with tempfile.TemporaryDirectory() as tmp:
        cache = os.path.join(tmp, "cache")
        env = _env(cache)

        def game_cmd(k: int) -> list[str]:
            cmd = [py, "-m", "game"]
            if has_data_dir:
                cmd += ["--data-dir", os.path.join(tmp, f"data{k}")]  # fresh each run
            return cmd

        _time(game_cmd(-1), env)  # warms the raster cache
        _time([py, "-c", BASELINE], env)
        game, base = [], []
        for k in range(args.runs):
            base.append(_time([py, "-c", BASELINE], env))
            game.append(_time(game_cmd(k), env))
    g, b = statistics.median(game), statistics.median(base)
    ratio = g / b
    print("startup.py: process start to first drawn frame (dummy SDL, warm raster cache"
          f"{', fresh --data-dir' if has_data_dir else ', no --data-dir option yet'})")
    print(f"  python -m game:                 {g * 1000:.0f} ms (median of {args.runs}; "
          f"min {min(game) * 1000:.0f}, max {max(game) * 1000:.0f})")
    print(f"  pygame+pygame_gui baseline:     {b * 1000:.0f} ms (median of {args.runs}; "
          f"min {min(base) * 1000:.0f}, max {max(base) * 1000:.0f})")
    print(f"  ratio {ratio:.2f} (target <= {TARGET})  {verdict(ratio, TARGET)}")
    if ratio > TARGET:
        print("  where the time goes: SCARS_EXIT_AFTER_FIRST_FRAME=1 SDL_VIDEODRIVER=dummy "
              "python -X importtime -m game 2>&1 | sort -t'|' -k2 -n | tail")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
