"""Live reload speed: Shift+R on our story while it plays, from the key to the frame that
shows the edited line, against a cold load of the same story measured in the same run.

A copy of story/ and art/ is made in a temporary folder (audio/ linked beside them, as
game.toml expects). The cold load is a fresh Python process importing the loader and
loading that copy without the parse cache (what a start pays for the story). The reload
is the real window's (headless): a Game started as the game starts (the story from the
parse cache, so the first reload is the parser's first use in the process), 60 lines
into the story (skipped to, so that rollback holds them all); each round edits the file
that line is in (the line's own text, or a line added elsewhere), then times
`LiveReload.reload()` and one drawn frame. A last round changes a background's file
(mtime) to time a reload that re-reads art.

Target: every script-edit reload under 100 ms (the first one included).
Run: .venv/bin/python bench/reload.py [--rounds N]
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _window import ROOT, headless, verdict

TARGET_MS = 100.0
READ_LINES = 60  # interactions read before the reloads (rollback keeps them all)
COLD = ("import time; t = time.perf_counter();"
        " from game.project import load_project;"
        " load_project({story!r}, use_cache=False);"
        " print((time.perf_counter() - t) * 1000)")


def copy_story(dest: Path) -> Path:
    story = dest / "story"
    shutil.copytree(os.path.join(ROOT, "story"), story)
    shutil.copytree(os.path.join(ROOT, "art"), dest / "art")  # a round touches a file
    os.symlink(os.path.join(ROOT, "audio"), dest / "audio")
    return story


def cold_loads(story: Path, runs: int, env: dict[str, str]) -> list[float]:
    out = []
    for _ in range(runs):
        r = subprocess.run([sys.executable, "-c", COLD.format(story=str(story))],
                           cwd=ROOT, env=env, capture_output=True, text=True, check=True)
        out.append(float(r.stdout.strip().splitlines()[-1]))
    return out


def edit_current_line(game, k: int, in_place: bool) -> None:
    """Edit the script the reader is in: the current line's text, or a new line at the
    end of that file."""
    rt = game.session.runtime
    stmt = rt.program.statements[rt.program.by_sid[rt.state.position]]
    path, line, _col = stmt.loc
    p = Path(path)
    lines = p.read_text(encoding="utf-8").split("\n")
    if in_place:
        text = lines[line - 1]
        cut = text.rstrip().rfind('"')
        lines[line - 1] = text[:cut] + f" ({k})" + text[cut:]
    else:
        lines.append(f'    "A line added in round {k}."')
    p.write_text("\n".join(lines), encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--rounds", type=int, default=10)
    args = ap.parse_args()
    headless()
    with tempfile.TemporaryDirectory() as tmp:
        tmp_p = Path(tmp)
        story = copy_story(tmp_p)
        cache = tmp_p / "cache"
        os.environ["VN_CACHE_DIR"] = str(cache)
        env = dict(os.environ, PYTHONDONTWRITEBYTECODE="0")
        cold_loads(story, 1, env)  # bytecode written once, as an installed game has it
        cold = cold_loads(story, 5, env)

        import pygame

        from game.app import Game
        from game.project import load_project

        pygame.display.init()
        pygame.font.init()
        data = tmp_p / "data"
        data.mkdir()
        (data / "preferences.json").write_text('{"content_note_seen": true}',
                                               encoding="utf-8")
        subprocess.run([sys.executable, "-c", "from game.project import load_project;"
                        f" load_project({str(story)!r})"], cwd=ROOT, env=env, check=True)
        t0 = time.perf_counter()
        program = load_project(story)  # as the game starts: from the parse cache
        warm_ms = (time.perf_counter() - t0) * 1000
        game = Game(program, size=(1280, 720), data_dir=data)
        game.prefs.skip_unseen = True
        game.new_game()
        s = None
        for _ in range(20000):  # skip READ_LINES lines in: a rollback as a writer has it
            game.pump(0.05)
            s = game.session
            if s is None:
                continue
            say = s.screen.last_say
            if len(s.rollback) >= READ_LINES:  # read on to a line over a scene
                s.stop_skipping()
                if s.screen.state == "say" and say is not None and say.kind != "centered":
                    break
            if s.screen.state == "menu":
                s.choose(0)
            elif len(s.rollback) >= READ_LINES:
                if s.screen.state == "say":
                    s.proceed()
            elif not s.skipping:
                s.toggle_skip()
        assert s is not None and len(s.rollback) >= READ_LINES, "the story ran short"
        for _ in range(3):
            game.pump(0.1)
            game.images.wait_idle()
        line_before = game.session.current_line()[1]
        times = []
        for k in range(args.rounds):
            edit_current_line(game, k, in_place=k % 2 == 0)
            t0 = time.perf_counter()
            ok = game.reloader.reload()
            game.draw()
            times.append((time.perf_counter() - t0) * 1000)
            assert ok, game.describe()
        line_after = game.session.current_line()[1]
        bg = game.session.screen.display.scene
        f = game.source.find(bg) if bg else None
        art_ms = None
        if f is not None and not f.is_color:
            os.utime(f.path)  # the file "changed": the reload must decode it again
            t0 = time.perf_counter()
            game.reloader.reload()
            game.draw()
            art_ms = (time.perf_counter() - t0) * 1000
            os.utime(f.path)  # the same file's decoding alone, for comparison
            game.images.forget(lambda name: name == bg)
            t0 = time.perf_counter()
            game.images.get(bg, "bg")
            decode_ms = (time.perf_counter() - t0) * 1000
        game.images.close()
        pygame.quit()

    cold_ms = statistics.median(cold)
    first, med, worst = times[0], statistics.median(times[1:]), max(times)
    print(f"story: {len(program.statements)} statements; {READ_LINES}+ lines read, at"
          f" {line_before[:50]!r}")
    print(f"  after the edits: {line_after[-60:]!r}")
    print(f"cold load (fresh process, no parse cache), median of {len(cold)}:"
          f" {cold_ms:7.1f} ms   (the game's start from the parse cache: {warm_ms:.1f} ms)")
    print(f"reload (Shift+R to the drawn frame): first {first:6.1f} ms (the parser's first"
          f" use in the process), then median {med:6.1f} ms of {len(times) - 1};"
          f" worst {worst:6.1f} ms")
    if art_ms is not None:
        print(f"reload with a changed background ({bg}): {art_ms:6.1f} ms"
              f"   (decoding that file alone: {decode_ms:.1f} ms)")
    print(f"ratio reload/cold load: {med / cold_ms:.2f}   target: under {TARGET_MS:.0f} ms"
          f"  {verdict(max(med, worst) / TARGET_MS, 1.0)}")
    return 0 if worst < TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
