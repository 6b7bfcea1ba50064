"""End to end, in a real window: Xvfb and xdotool drive the game as a player would.

From a fresh data folder (holding only the reader's chapter unlocks, since a
first-time reader cannot pick chapter 3): start, accept the content note, open
Chapters, pick chapter 3, advance five lines, quick save, quit; start again,
Continue, and find the same line, in the game's own state ($VN_STATE_FILE) and
in a screenshot that is not blank."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import Any, Callable

import pytest

ROOT = Path(__file__).resolve().parents[2]
TIMEOUT = 20.0

pytestmark = pytest.mark.skipif(
    not (shutil.which("Xvfb") and shutil.which("xdotool") and shutil.which("import")),
    reason="the window test needs Xvfb, xdotool and ImageMagick's import"
           " (apt-get install xvfb xdotool imagemagick; .ci/run installs them)")


def free_display() -> int:
    for n in range(140, 400):
        if not Path(f"/tmp/.X{n}-lock").exists() and \
                not Path(f"/tmp/.X11-unix/X{n}").exists():
            return n
    raise RuntimeError("no free X display number")


@pytest.fixture
def xserver():
    n = free_display()
    proc = subprocess.Popen(["Xvfb", f":{n}", "-screen", "0", "1280x720x24", "-nolisten",
                             "tcp"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    sock = Path(f"/tmp/.X11-unix/X{n}")
    deadline = time.monotonic() + 10
    while not sock.exists():
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            pytest.skip(f"Xvfb could not start on :{n}")
        time.sleep(0.05)
    wm = None
    if shutil.which("openbox"):  # a window manager, as a player has: fullscreen goes via it
        wm = subprocess.Popen(["openbox"], env=dict(os.environ, DISPLAY=f":{n}"),
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(0.5)
    yield f":{n}"
    if wm is not None:
        wm.terminate()
        wm.wait(5)
    proc.terminate()  # by its own pid
    try:
        proc.wait(5)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


class Player:
    """The game in the window, and the hands that play it."""

    def __init__(self, display: str, data: Path, tmp: Path, size: str = "1280x720",
                 args: tuple[str, ...] = ()) -> None:
        self.display = display
        self.state_file = tmp / "state.json"
        self.state_file.unlink(missing_ok=True)
        env = {k: v for k, v in os.environ.items() if k != "SDL_VIDEO_X11_WMCLASS"}
        # no SDL_VIDEO_X11_WMCLASS: the game names its window class itself
        self.env = dict(env, DISPLAY=display, SDL_VIDEODRIVER="x11", SDL_AUDIODRIVER="dummy",
                        VN_STATE_FILE=str(self.state_file),
                        VN_CACHE_DIR=str(tmp / "cache"), PYGAME_HIDE_SUPPORT_PROMPT="1")
        self.log = open(tmp / "game.log", "ab")
        self.proc = subprocess.Popen([sys.executable, "-m", "game", "--data-dir", str(data),
                                      "--size", size, *args], cwd=ROOT, env=self.env,
                                     stdout=self.log, stderr=subprocess.STDOUT)
        out = self.xdo("search", "--sync", "--onlyvisible", "--class", "scarsrundeep",
                       timeout=TIMEOUT)
        if not out.split():
            self.close()
            raise AssertionError("no window of class scarsrundeep appeared")
        self.window = out.split()[0]
        self.xdo("windowfocus", "--sync", self.window)

    def xdo(self, *args: str, timeout: float = 10.0) -> str:
        r = subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True,
                           timeout=timeout)
        return r.stdout

    def key(self, *names: str) -> None:
        for n in names:
            self.xdo("key", "--clearmodifiers", n)
            time.sleep(0.08)

    def click(self, x: int, y: int) -> None:
        self.xdo("mousemove", "--window", self.window, str(x), str(y))
        self.xdo("click", "1")

    def geometry(self) -> tuple[int, int]:
        out = self.xdo("getwindowgeometry", "--shell", self.window)
        v = dict(line.split("=", 1) for line in out.split() if "=" in line)
        return int(v["WIDTH"]), int(v["HEIGHT"])

    def state(self) -> dict[str, Any]:
        try:
            return json.loads(self.state_file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}

    def wait(self, pred: Callable[[dict[str, Any]], bool], what: str,
             poke: Callable[[], None] | None = None) -> dict[str, Any]:
        deadline = time.monotonic() + TIMEOUT
        while time.monotonic() < deadline:
            st = self.state()
            if st and pred(st):
                return st
            if self.proc.poll() is not None:
                break
            if poke is not None:
                poke()
            time.sleep(0.1)
        raise AssertionError(f"waited for {what}; the game shows {self.state()}"
                             f" (running: {self.proc.poll() is None})")

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(5)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.log.close()


def seed_unlocks(data: Path) -> None:
    from game.userdata.persistent import Persistent

    p = Persistent()
    for label in ("promise", "hueco_mundo", "cold_captain"):
        p.unlock(label)
    p.save(data / "persistent.json")


def colours_in(png: Path) -> int:
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    import pygame

    img = pygame.image.load(str(png))
    w, h = img.get_size()
    return len({tuple(img.get_at((x, y)))[:3] for x in range(0, w, 16)
                for y in range(0, h, 16)})


def test_play_save_quit_continue(xserver, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    seed_unlocks(data)
    started = time.monotonic()

    game = Player(xserver, data, tmp_path)
    try:
        game.wait(lambda s: s.get("menu") == "title" and s.get("focus") == "Start",
                  "the title screen")
        game.key("Return")  # Start
        game.wait(lambda s: s.get("menu") == "content_note", "the content note")
        game.key("Return")  # Continue
        game.wait(lambda s: s.get("screen") == "game" and s.get("menu") is None
                  and s.get("state") == "say", "the first line")
        game.key("Escape")
        game.wait(lambda s: s.get("menu") == "game_menu", "the game menu")
        game.key(*["Down"] * 5)
        game.wait(lambda s: s.get("focus") == "Chapters", "focus on Chapters")
        game.key("Return")
        game.wait(lambda s: s.get("menu") == "chapters", "the chapters")
        game.key("Right", "Right")
        game.wait(lambda s: s.get("focus") == "chapter:3", "focus on chapter 3")
        game.key("Return")
        game.wait(lambda s: s.get("menu") == "confirm", "the question")
        game.key("Left", "Return")
        st = game.wait(lambda s: s.get("chapter") == "cold_captain" and s.get("menu") is None
                       and s.get("state") == "say", "chapter 3")
        for _ in range(5):
            line = st["line_id"]
            st = game.wait(lambda s, line=line: s.get("line_id") != line
                           and s.get("state") in ("say", "menu"),
                           "the next line", poke=lambda: game.key("space"))
            time.sleep(0.2)
        saved_line, saved_text = st["line_id"], st["text"]
        x, y = st["quick"]["Q.Save"]
        game.click(x, y)
        deadline = time.monotonic() + TIMEOUT
        while not (data / "saves" / "quick.json").exists():
            assert time.monotonic() < deadline, "no quick save was written"
            time.sleep(0.1)
        doc = json.loads((data / "saves" / "quick.json").read_text(encoding="utf-8"))
        assert doc["line"] == saved_text
        game.key("Escape")
        game.wait(lambda s: s.get("menu") == "game_menu", "the game menu")
        game.key(*["Down"] * 10)
        game.wait(lambda s: s.get("focus") == "Quit", "focus on Quit")
        game.key("Return")
        game.wait(lambda s: s.get("menu") == "confirm", "the quit question")
        game.key("Left", "Return")
        game.proc.wait(TIMEOUT)
        assert game.proc.returncode == 0
    finally:
        game.close()

    again = Player(xserver, data, tmp_path)
    try:
        again.wait(lambda s: s.get("menu") == "title" and s.get("focus") == "Continue",
                   "the title with Continue")
        again.key("Return")
        st = again.wait(lambda s: s.get("screen") == "game" and s.get("state") == "say",
                        "the saved line")
        assert st["line_id"] == saved_line
        assert st["text"] == saved_text
        time.sleep(0.5)  # the line is drawn whole at once; let a frame land
        shot = tmp_path / "continued.png"
        subprocess.run(["import", "-window", "root", str(shot)], env=again.env, check=True,
                       timeout=TIMEOUT)
        blank = tmp_path / "blank.png"
        subprocess.run(["convert", "-size", "1280x720", "xc:black", str(blank)], check=True,
                       timeout=TIMEOUT) if shutil.which("convert") else None
        assert colours_in(shot) > 20, "the screenshot is blank"
        if blank.exists():
            assert shot.read_bytes() != blank.read_bytes()
    finally:
        again.close()
    assert time.monotonic() - started < 90


def test_fullscreen_twice_restores_the_window_size(xserver, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    game = Player(xserver, data, tmp_path, size="1000x600")
    try:
        game.wait(lambda s: s.get("menu") == "title", "the title screen")
        assert game.geometry() == (1000, 600)
        for k, expect in (("f", (1280, 720)), ("F11", (1000, 600)),
                          ("alt+Return", (1280, 720)), ("alt+Return", (1000, 600))):
            game.key(k)
            deadline = time.monotonic() + 5
            while game.geometry() != expect and time.monotonic() < deadline:
                time.sleep(0.1)
            assert game.geometry() == expect, (k, game.geometry())
        assert game.geometry() == (1000, 600)
    finally:
        game.close()


def _focus(game: Player, name: str, key: str = "Down") -> None:
    """Press `key` one at a time (each seen to move the focus) until `name` has it."""
    for _ in range(30):
        now = game.state().get("focus")
        if now == name:
            return
        game.key(key)
        game.wait(lambda s, now=now: s.get("focus") != now, f"the focus to leave {now}")
    raise AssertionError(f"{key} never reached {name}; the game shows {game.state()}")


def test_gallery_and_music_room_from_the_title(xserver, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    from game.userdata.persistent import Persistent

    p = Persistent()
    p.add_to("cgs", "cg lap")  # one CG seen, so a tile opens
    p.save(data / "persistent.json", force=True)
    game = Player(xserver, data, tmp_path)
    try:
        game.wait(lambda s: s.get("menu") == "title" and s.get("focus") == "Start",
                  "the title screen")
        _focus(game, "Gallery")
        game.key("Return")
        st = game.wait(lambda s: s.get("menu") == "gallery", "the gallery")
        assert st["unlocked"] == ["cg lap"]
        _focus(game, "cg:cg lap", "Tab")
        game.key("Return")
        st = game.wait(lambda s: s.get("menu") == "cg_viewer", "the CG, full screen")
        assert st["image"] == "cg lap"
        game.key("Escape")
        game.wait(lambda s: s.get("menu") == "gallery", "back in the gallery")
        game.key("Escape")
        game.wait(lambda s: s.get("menu") == "title", "back at the title")
        _focus(game, "Music Room")
        game.key("Return")
        st = game.wait(lambda s: s.get("menu") == "music_room", "the music room")
        assert st["titles"][0] != "???"  # the title theme is heard at the title
        game.wait(lambda s: s.get("focus") == "track:1", "focus on the first track")
        game.key("Return")
        game.wait(lambda s: s.get("playing") == "title.ogg", "the first track playing")
        game.key("Escape")
        game.wait(lambda s: s.get("menu") == "title", "back at the title again")
        time.sleep(0.3)
        shot = tmp_path / "title-again.png"
        subprocess.run(["import", "-window", "root", str(shot)], env=game.env, check=True,
                       timeout=TIMEOUT)
        assert colours_in(shot) > 20, "the title is blank"
    finally:
        game.close()


@pytest.mark.skipif(not shutil.which("openbox"), reason="the close button needs a"
                    " window manager (openbox) to ask the window to close")
def _reading_one_line_in(game: Player) -> dict:
    """From the title, Start and read on past the first line (reading not yet saved);
    the game's state at the line reached."""
    game.wait(lambda s: s.get("menu") == "title", "the title screen")
    game.key("Return")  # Start
    st = game.wait(lambda s: s.get("screen") == "game" and s.get("state") == "say"
                   and s.get("menu") is None, "the first line")
    line = st["line_id"]
    return game.wait(lambda s: s.get("line_id") != line and s.get("state") in ("say", "menu"),
                     "the next line", poke=lambda: game.key("space"))


def _player_past_the_content_note(xserver, tmp_path) -> tuple[Player, Path]:
    data = tmp_path / "data"
    data.mkdir()
    (data / "preferences.json").write_text('{"content_note_seen": true}', encoding="utf-8")
    return Player(xserver, data, tmp_path), data


def test_the_close_button_asks_when_reading_would_be_lost(xserver, tmp_path):
    game, _data = _player_past_the_content_note(xserver, tmp_path)
    try:
        _reading_one_line_in(game)
        game.key("alt+F4")  # openbox asks the window to close, as its X button does
        st = game.wait(lambda s: s.get("menu") == "confirm", "the quit question")
        assert "Quit the game?" in st["message"]
        assert game.proc.poll() is None
        game.key("Escape")  # no: still reading
        game.wait(lambda s: s.get("menu") is None and s.get("screen") == "game",
                  "the reading again")
        assert game.proc.poll() is None
        game.key("alt+F4")
        game.wait(lambda s: s.get("menu") == "confirm", "the quit question again")
        game.key("Left", "Return")  # yes
        game.proc.wait(TIMEOUT)
        assert game.proc.returncode == 0
    finally:
        game.close()


def _voice_available() -> bool:
    try:
        from game.audio.speech import NoSpeechEngine, Pyttsx3Engine
    except ImportError:
        return False
    try:
        Pyttsx3Engine()
    except NoSpeechEngine:
        return False
    return True


def test_v_turns_self_voicing_on_and_lines_are_spoken(xserver, tmp_path):
    """V on the title, then the first line: speech is asked for with the speaker and
    the words (and, where the machine has a voice, rendered); Shift+A opens the
    Accessibility screen, where the focused button is spoken."""
    data = tmp_path / "data"
    data.mkdir()
    voice = _voice_available()
    game = Player(xserver, data, tmp_path)
    try:
        game.wait(lambda s: s.get("menu") == "title" and s.get("focus") == "Start",
                  "the title screen")
        game.key("v")
        st = game.wait(lambda s: s.get("voicing", {}).get("on") is True,
                       "self-voicing on")
        assert st["voicing"]["said"] == "Self-voicing on. Start"
        if voice:  # the machine's own voice made a WAV of it
            game.wait(lambda s: s["voicing"]["rendered"] >= 1, "the speech rendered")
        else:
            game.wait(lambda s: s["voicing"]["problem"], "the no-voice notice")
        game.key("Return")  # Start
        game.wait(lambda s: s.get("menu") == "content_note", "the content note")
        game.key("Return")
        st = game.wait(lambda s: s.get("screen") == "game" and s.get("state") == "say"
                       and s.get("menu") is None and s.get("text"), "the first line")
        expect = f"{st['who']}. {st['text']}" if st.get("who") else st["text"]
        game.wait(lambda s: s["voicing"]["said"] == " ".join(expect.split()),
                  "the first line spoken")
        game.key("shift+a")
        game.wait(lambda s: s.get("menu") == "accessibility"
                  and s["voicing"]["said"] == "Accessibility. Return",
                  "the Accessibility screen and its focused button spoken")
        game.key("Down")
        game.wait(lambda s: s.get("focus") == "nav:History"
                  and s["voicing"]["said"] == "History", "the next button spoken")
        shot = tmp_path / "accessibility.png"
        subprocess.run(["import", "-window", "root", str(shot)], env=game.env, check=True,
                       timeout=TIMEOUT)
        assert colours_in(shot) > 20
        game.key("v")
        game.wait(lambda s: s["voicing"]["on"] is False
                  and s["voicing"]["said"] == "Self-voicing off.", "self-voicing off")
        prefs = json.loads((data / "preferences.json").read_text(encoding="utf-8"))
        assert prefs["self_voicing"] is False
    finally:
        game.close()


def test_sigterm_quits_as_quit_does_without_asking(xserver, tmp_path):
    """A logout or `kill` sends SIGTERM: the game leaves at once with an autosave of the
    reading, not a quit question nobody will answer (SDL would turn it into a close)."""
    game, data = _player_past_the_content_note(xserver, tmp_path)
    try:
        st = _reading_one_line_in(game)
        game.proc.terminate()
        assert game.proc.wait(TIMEOUT) == 0
        autos = sorted((data / "saves").glob("auto*.json"))
        assert autos, "no autosave on SIGTERM"
        doc = json.loads(autos[-1].read_text(encoding="utf-8"))
        assert st["line_id"] in json.dumps(doc)
    finally:
        game.close()
