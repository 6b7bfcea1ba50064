"""End to end (issue 15), in a real window under Xvfb: the game plays a copy of our story
(--story DIR); a script file is edited while it runs and Shift+R shows the new text at
once, at the same line. An edit that breaks the script shows the error screen with its
place (a screenshot is kept) while the old story plays on; fixing it and pressing
Shift+R again applies the fix. With --watch, saving the file is enough."""
from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

from test_window import ROOT, TIMEOUT, Player, colours_in, xserver  # noqa: F401

FIRST = "Night had settled over the house when the news came."
SECOND = "Tsukino is in Hueco Mundo, Izumo... I have to go..."
SCRIPT = "01_promise.rpy"


def copy_story(tmp: Path) -> Path:
    """Our story in a temporary folder, art and audio beside it as game.toml expects."""
    story = tmp / "story"
    shutil.copytree(ROOT / "story", story)
    for name in ("art", "audio"):
        os.symlink(ROOT / name, tmp / name)
    return story


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def start(display: str, tmp: Path, *args: str) -> tuple[Player, Path]:
    story = copy_story(tmp)
    data = tmp / "data"
    data.mkdir()
    (data / "preferences.json").write_text('{"content_note_seen": true}', encoding="utf-8")
    game = Player(display, data, tmp, args=("--story", str(story), *args))
    game.wait(lambda s: s.get("menu") == "title" and s.get("focus") == "Start",
              "the title screen")
    game.key("Return")
    game.wait(lambda s: s.get("text") == FIRST and s.get("menu") is None, "the first line",
              poke=lambda: game.key("space"))
    return game, story


def test_shift_r_shows_an_edit_and_an_error_with_its_place(xserver, tmp_path) -> None:
    game, story = start(xserver, tmp_path)
    script = story / SCRIPT
    try:
        before = game.state()
        edited = FIRST.replace("came.", "came, late and quiet.")
        edit(script, FIRST, edited)
        game.key("shift+r")
        st = game.wait(lambda s: s.get("text") == edited, "the edited line")
        assert st["reloads"] == 1 and st["screen"] == "game" and st.get("menu") is None
        assert st["chapter"] == before["chapter"] == "promise"

        edit(script, edited + '"', edited)  # the closing quote deleted: line 19 is broken
        game.key("shift+r")
        st = game.wait(lambda s: s.get("menu") == "reload_error", "the error screen")
        assert f"{SCRIPT}:19:" in st["message"] and "unterminated string" in st["message"]
        assert edited in st["message"] and "^" in st["message"]
        time.sleep(0.5)  # let the frame land
        shot = tmp_path / "reload_error.png"
        subprocess.run(["import", "-window", "root", str(shot)], env=game.env, check=True,
                       timeout=TIMEOUT)
        assert colours_in(shot) > 8, "the screenshot is blank"
        if os.environ.get("VN_KEEP_SHOTS"):  # to look at it by eye
            shutil.copy(shot, os.environ["VN_KEEP_SHOTS"])

        game.key("Escape")  # keep reading: the story as it was before the broken edit
        st = game.wait(lambda s: s.get("menu") is None and s.get("text") == SECOND,
                       "the old story's next line", poke=lambda: game.key("space"))
        assert st["reloads"] == 1

        edit(script, edited, edited + '"')  # fixed, and the current line reworded
        fixed = SECOND.replace("I have to go...", "I have to go, now...")
        edit(script, SECOND, fixed)
        game.key("shift+r")
        st = game.wait(lambda s: s.get("text") == fixed, "the fixed story")
        assert st["reloads"] == 2 and st.get("menu") is None
    finally:
        game.close()
    assert game.proc.returncode in (0, -15)


def test_watch_reloads_a_saved_file(xserver, tmp_path) -> None:
    game, story = start(xserver, tmp_path, "--watch")
    try:
        edited = FIRST.replace("Night", "That night")
        edit(story / SCRIPT, FIRST, edited)  # no key pressed
        st = game.wait(lambda s: s.get("text") == edited, "the saved edit")
        assert st["reloads"] == 1
    finally:
        game.close()


FIRST_FR = "La nuit était tombée sur la maison quand la nouvelle arriva."


def test_shift_r_shows_an_edited_translation_while_playing_in_french(xserver, tmp_path
                                                                     ) -> None:
    """A translator's loop: the game plays in French (--lang fr), fr.po is edited and
    Shift+R shows the new French at the same line; a damaged edit keeps the French read
    before."""
    story = copy_story(tmp_path)
    data = tmp_path / "data"
    data.mkdir()
    (data / "preferences.json").write_text('{"content_note_seen": true}', encoding="utf-8")
    game = Player(xserver, data, tmp_path, args=("--story", str(story), "--lang", "fr"))
    po = story / "translations" / "fr.po"
    try:
        game.wait(lambda s: s.get("menu") == "title" and s.get("focus") == "Start",
                  "the title screen")
        game.key("Return")
        game.wait(lambda s: s.get("text") == FIRST_FR and s.get("menu") is None,
                  "the first line in French", poke=lambda: game.key("space"))
        edited = FIRST_FR.replace("arriva.", "arriva, tard.")
        edit(po, f'msgstr "{FIRST_FR}"', f'msgstr "{edited}"')
        game.key("shift+r")
        st = game.wait(lambda s: s.get("text") == edited, "the edited translation")
        assert st["reloads"] == 1 and st.get("menu") is None

        edit(po, f'msgstr "{edited}"', f'msgstr "{edited}')  # the closing quote lost
        game.key("shift+r")
        st = game.wait(lambda s: s.get("reloads") == 2, "the reload with a damaged .po")
        assert st["text"] == edited and st.get("menu") is None  # the French from before
    finally:
        game.close()
    assert game.proc.returncode in (0, -15)
