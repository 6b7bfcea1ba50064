"""Start-up time: `python -m game` to its first drawn frame (VN_EXIT_AFTER_FIRST_FRAME=1
makes it print the moment and exit there), against a baseline that imports pygame and pygame_gui, opens the
display, makes a UIManager, draws one frame and exits. Median of several runs each,
in the same run; SDL dummy drivers; a fresh data dir (--data-dir, when the game has it)
and a raster cache (VN_CACHE_DIR) warmed by one run first, as a second start has.

With a built app (`python -m game dist OUT`: pass --built OUT/<name> or its program, or
build into dist/ at the repository root, where it is found), its start is timed in the
same run, beside the source tree's, against the same baseline.

Target: ratio at most 1.3 (from source).
Run: .venv/bin/python bench/startup.py [--runs N] [--built APP_DIR_OR_PROGRAM]
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

TARGET = 1.3
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
               VN_EXIT_AFTER_FIRST_FRAME="1", VN_CACHE_DIR=cache)
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


def find_built(given: str | None) -> str | None:
    """The built app's program: --built (the app folder or the program itself), else
    the first app in dist/ at the repository root (`python -m game dist dist`)."""
    exe_suffix = ".exe" if sys.platform == "win32" else ""
    if given:
        path = os.path.abspath(given)
        if os.path.isdir(path):
            path = os.path.join(path, os.path.basename(path.rstrip(os.sep)) + exe_suffix)
        if not (os.path.isfile(path) and os.access(path, os.X_OK)):
            raise SystemExit(f"--built: no program at {path}")
        return path
    dist = os.path.join(ROOT, "dist")
    if os.path.isdir(dist):
        for name in sorted(os.listdir(dist)):
            path = os.path.join(dist, name, name + exe_suffix)
            if os.path.isfile(path) and os.access(path, os.X_OK):
                return path
    return None


def _summary(label: str, times: list[float], runs: int) -> str:
    return (f"  {label:<32}{statistics.median(times) * 1000:.0f} ms (median of {runs}; "
            f"min {min(times) * 1000:.0f}, max {max(times) * 1000:.0f})")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--built", metavar="APP", default=None,
                    help="a built app's folder or program (default: found in dist/)")
    args = ap.parse_args()
    built = find_built(args.built)
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

        def built_cmd(k: int) -> list[str]:
            assert built is not None
            return [built, "--data-dir", os.path.join(tmp, f"built{k}")]

        _time(game_cmd(-1), env)  # warms the raster cache
        _time([py, "-c", BASELINE], env)
        if built:
            _time(built_cmd(-1), env)  # the first start of a frozen app reads it from disk
        game, base, frozen = [], [], []
        for k in range(args.runs):  # interleaved: the machine's load falls on all alike
            base.append(_time([py, "-c", BASELINE], env))
            game.append(_time(game_cmd(k), env))
            if built:
                frozen.append(_time(built_cmd(k), env))
    g, b = statistics.median(game), statistics.median(base)
    ratio = g / b
    print("startup.py: process start to first drawn frame (dummy SDL, warm raster cache"
          f"{', fresh --data-dir' if has_data_dir else ', no --data-dir option yet'})")
    print(_summary("python -m game:", game, args.runs))
    if built:
        print(_summary("built app:", frozen, args.runs) + f"  ratio "
              f"{statistics.median(frozen) / b:.2f}  ({built})")
    print(_summary("pygame+pygame_gui baseline:", base, args.runs))
    if not built:
        print("  (no built app: pass --built APP, or build one into dist/ with"
              " `python -m game dist dist`)")
    print(f"  ratio {ratio:.2f} from source (target <= {TARGET}); of the fastest runs"
          f" {min(game) / min(base):.2f}  {verdict(ratio, TARGET)}")
    if ratio > TARGET:
        print("  where the time goes: VN_EXIT_AFTER_FIRST_FRAME=1 SDL_VIDEODRIVER=dummy "
              "python -X importtime -m game 2>&1 | sort -t'|' -k2 -n | tail")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
