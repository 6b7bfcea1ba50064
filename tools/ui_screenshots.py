"""Renders every screen of the interface to PNG (headless), for a person to look at:
    .venv/bin/python tools/ui_screenshots.py OUT_DIR [WxH]"""
from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "ui")]

import pygame  # noqa: E402

from ui_harness import advance_line, key, make_game, press, shot, step  # noqa: E402


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/ui-shots")
    size = tuple(int(v) for v in (sys.argv[2] if len(sys.argv) > 2 else "1280x720").split("x"))
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="ui-shots-"))
    try:
        g = make_game(tmp / "data", size=size)  # type: ignore[arg-type]
        step(g, 90)
        shot(g, str(out / "01-title.png"))
        press(g, "Start")
        shot(g, str(out / "02-content-note.png"))
        press(g, "begin")
        for _ in range(6):
            advance_line(g)
        step(g, 20, dt=0.2)
        shot(g, str(out / "03-game.png"))
        g.session.toggle_skip()  # type: ignore[union-attr]
        step(g, 1)
        g.session.stop_skipping()  # type: ignore[union-attr]
        g.session.auto = True  # type: ignore[union-attr]
        step(g, 1)
        shot(g, str(out / "04-game-auto.png"))
        g.session.auto = False  # type: ignore[union-attr]
        key(g, pygame.K_ESCAPE)
        shot(g, str(out / "05-game-menu.png"))
        press(g, "Save")
        press(g, "slot:1-1")
        step(g, 5)
        shot(g, str(out / "06-save-name.png"))
        press(g, "no name")  # the save-name prompt (extras13)
        step(g, 5)
        shot(g, str(out / "06-save.png"))
        press(g, "nav:Load")
        # a damaged slot beside the good one
        (tmp / "data" / "saves" / "1-2.json").write_text("{ not json", encoding="utf-8")
        g.ui.rebuild()
        step(g, 5)
        shot(g, str(out / "07-load-damaged.png"))
        press(g, "delete:1-1")
        shot(g, str(out / "08-confirm-delete.png"))
        key(g, pygame.K_ESCAPE)
        press(g, "nav:Preferences")
        shot(g, str(out / "09-preferences.png"))
        press(g, "nav:History")
        step(g, 3)
        shot(g, str(out / "10-history.png"))
        press(g, "nav:Chapters")
        step(g, 40)
        shot(g, str(out / "11-chapters.png"))
        key(g, pygame.K_ESCAPE)
        key(g, pygame.K_ESCAPE)
        step(g, 3)
        shot(g, str(out / "12-back-in-game.png"))
        g.session.hide_ui = True  # type: ignore[union-attr]
        step(g, 2)
        shot(g, str(out / "13-hidden-ui.png"))
        g.session.hide_ui = False  # type: ignore[union-attr]
        key(g, pygame.K_ESCAPE)
        press(g, "Main Menu")
        shot(g, str(out / "14-confirm-main-menu.png"))
        press(g, "yes")
        step(g, 60)
        press(g, "Art")
        shot(g, str(out / "15-art.png"))
        key(g, pygame.K_ESCAPE)
        press(g, "About")
        shot(g, str(out / "16-about.png"))
        key(g, pygame.K_ESCAPE)
        step(g, 60)
        shot(g, str(out / "17-title-with-save.png"))
        # the end: start at the last chapter and skip to the end
        g.prefs.skip_unseen = True
        g.new_game("the_vow")
        for _ in range(3000):
            s = g.session
            if s is None or s.finished:
                break
            if s.screen.state == "menu":
                s.choose(0)
            s.skip_toggled = True
            step(g, dt=0.05)
        step(g, 60, dt=0.05)
        shot(g, str(out / "18-the-end.png"))
        # the extras, every CG unlocked: the gallery's thumbnails, one CG opened, the music room
        for name in sorted(p.stem for p in (ROOT / "art" / "cg").glob("*.svg")):
            g.persistent.add_to("cgs", name)
        g.to_title()
        step(g, 60)
        shot(g, str(out / "19-title-finished.png"))
        press(g, "Gallery")
        for _ in range(40):
            step(g)
        shot(g, str(out / "20-gallery.png"))
        key(g, pygame.K_RETURN)
        step(g, 10)
        shot(g, str(out / "21-gallery-open.png"))
        key(g, pygame.K_ESCAPE)
        step(g, 3)
        key(g, pygame.K_ESCAPE)
        step(g, 3)
        press(g, "Music Room")
        step(g, 5)
        shot(g, str(out / "22-music-room.png"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("\n".join(sorted(str(p) for p in out.glob("[0-9]*.png"))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
