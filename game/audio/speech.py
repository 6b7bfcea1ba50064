"""Text to speech for self-voicing: a worker thread renders each request to a WAV
file with the system's voice (pyttsx3: eSpeak NG on Linux, SAPI5 on Windows,
NSSpeechSynthesizer on macOS), and the mixer plays it on a channel of its own.

The frame loop never waits: `say()` only records the newest request (a newer one
cancels an older one, rendered or not), and `poll()`, called every frame, starts
what the worker has finished. Without an engine the reason is reported once and
nothing else happens."""
from __future__ import annotations

import contextlib
import io
import logging
import os
import queue
import shutil
import subprocess
import tempfile
import threading
from collections.abc import Callable
from typing import Any, Final, Protocol

log = logging.getLogger("game.audio")

NO_ENGINE_HINT: Final = ("Self-voicing needs a text-to-speech voice and none was found"
                         " ({why}). On Debian or Ubuntu: sudo apt-get install espeak-ng")


class NoSpeechEngine(Exception):
    """No voice can be had on this machine; the message says why."""


class SpeechEngine(Protocol):
    def render(self, text: str, path: str) -> None:
        """Speak `text` into the WAV file `path` (blocking; called on the worker)."""


class Pyttsx3Engine:
    """pyttsx3, rendering to files (save_to_file), never to the speakers itself, so the
    game's mixer plays the speech, lowers the music under it and can cut it short."""

    def __init__(self) -> None:
        try:
            import pyttsx3
        except ImportError:
            raise NoSpeechEngine("the pyttsx3 package is not installed") from None
        try:
            self._engine: Any = pyttsx3.init()
        except Exception as exc:  # noqa: BLE001 - OSError (no libespeak-ng), RuntimeError...
            raise NoSpeechEngine(f"pyttsx3 found no voice: {exc}") from None

    def render(self, text: str, path: str) -> None:
        # pyttsx3's eSpeak driver prints "Audio saved to ..." for every file
        with contextlib.redirect_stdout(io.StringIO()):
            self._engine.save_to_file(text, path)
            self._engine.runAndWait()
        if _has_sound(path):
            return
        # pyttsx3 2.99's eSpeak driver writes the file before adding the last samples,
        # so a text shorter than its one-second buffer ("History") comes out empty:
        # eSpeak NG's own command says it instead, where it is installed.
        espeak = shutil.which("espeak-ng")
        if espeak is not None:
            subprocess.run([espeak, "-w", path, "--", text], capture_output=True,
                           timeout=30, check=False)
        if not _has_sound(path):
            raise OSError(f"the voice wrote no sound for {text[:40]!r}")


def _has_sound(path: str) -> bool:
    """The WAV exists and holds more than its 44-byte header."""
    return os.path.exists(path) and os.path.getsize(path) > 44


class Speaker:
    """Renders speech on a worker thread; plays the newest request on the main thread.

    `play(path)` starts a WAV and returns whether it could (False: no sound device);
    `stop()` silences it; `busy()` tells whether it still sounds. The defaults use the
    pygame mixer's speech channel (see SpeechChannel)."""

    def __init__(self, make_engine: Callable[[], SpeechEngine] = Pyttsx3Engine,
                 channel: Any = None) -> None:
        self.make_engine = make_engine
        self.channel = channel if channel is not None else SpeechChannel()
        self.problem: str | None = None  # why there is no voice, once known
        self.requested: list[str] = []  # every text asked for, newest last (tests, state)
        self.rendered = 0  # WAVs the engine made
        self.played = 0  # of those, started on the channel
        self._gen = 0
        self._want: tuple[int, str] | None = None
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._done: queue.Queue[tuple[int, str | None, str | None]] = queue.Queue()
        self._thread: threading.Thread | None = None
        self._closed = False
        self._pending = 0  # requests not yet answered by the worker
        self._dir: str | None = None

    # -- main thread ---------------------------------------------------------------
    def say(self, text: str) -> None:
        """Speak `text` as soon as it is rendered, cutting off what speaks now."""
        text = " ".join(text.split())
        if not text or self._closed:
            return
        self.requested.append(text)
        del self.requested[:-50]
        self.channel.stop()
        with self._lock:
            self._gen += 1
            if self._want is None:  # else the older request is dropped, never answered
                self._pending += 1
            self._want = (self._gen, text)
        self._start()
        self._wake.set()

    def cancel(self) -> None:
        """Silence now; drop what is being rendered."""
        with self._lock:
            self._gen += 1
            if self._want is not None:
                self._pending -= 1
            self._want = None
        self.channel.stop()

    def poll(self) -> str | None:
        """Start the newest finished WAV; returns a problem to report (once) or None."""
        report = None
        while True:
            try:
                gen, path, problem = self._done.get_nowait()
            except queue.Empty:
                break
            with self._lock:
                current = gen == self._gen
            if problem is not None:
                if self.problem is None:
                    self.problem = report = problem
                continue
            if path is None:
                continue
            self.rendered += 1
            if current and self.channel.play(path):
                self.played += 1
            with contextlib.suppress(OSError):
                os.remove(path)  # the channel has it in memory
        return report

    @property
    def speaking(self) -> bool:
        """Sounding now, or about to (the music is lowered meanwhile)."""
        with self._lock:
            waiting = self._want is not None or (self._pending > 0 and self.problem is None)
        return waiting or not self._done.empty() or self.channel.busy()

    def wait(self, timeout: float = 10.0) -> bool:
        """Block until the worker has answered every request (tests only; poll() then
        starts what it made)."""
        import time

        end = time.monotonic() + timeout
        while time.monotonic() < end:
            with self._lock:
                if self._pending == 0 and self._want is None:
                    return True
            time.sleep(0.01)
        return False

    def close(self) -> None:
        self._closed = True
        self.cancel()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(2.0)
        if self._dir is not None:
            shutil.rmtree(self._dir, ignore_errors=True)

    # -- worker --------------------------------------------------------------------
    def _start(self) -> None:
        if self._thread is None:
            self._dir = tempfile.mkdtemp(prefix="vn-speech-")
            self._thread = threading.Thread(target=self._work, name="speech", daemon=True)
            self._thread.start()

    def _work(self) -> None:
        engine: SpeechEngine | None = None
        failed: str | None = None
        while not self._closed:
            self._wake.wait()
            self._wake.clear()
            while True:
                with self._lock:
                    job, self._want = self._want, None
                if job is None or self._closed:
                    break
                gen, text = job
                if engine is None and failed is None:
                    try:
                        engine = self.make_engine()
                    except NoSpeechEngine as exc:
                        failed = NO_ENGINE_HINT.format(why=exc)
                        log.warning("%s", failed)
                self._done.put(self._render(engine, failed, gen, text))
                with self._lock:
                    self._pending = max(0, self._pending - 1)

    def _render(self, engine: SpeechEngine | None, failed: str | None, gen: int,
                text: str) -> tuple[int, str | None, str | None]:
        if engine is None:
            return gen, None, failed
        assert self._dir is not None
        path = os.path.join(self._dir, f"line-{gen}.wav")
        try:
            engine.render(text, path)
            return gen, path, None
        except Exception as exc:  # noqa: BLE001 - one line unspoken, never a crash
            log.warning("speech failed for %.40r: %s", text, exc)
            return gen, None, None


class SpeechChannel:
    """The mixer channel set aside for self-voicing (backend.SPEECH_CHANNEL), at full
    volume whatever the sliders say; nothing plays if the mixer is not open."""

    def __init__(self) -> None:
        self._sound: Any = None

    def _channel(self) -> Any:
        import pygame

        from .backend import SPEECH_CHANNEL

        if not pygame.mixer.get_init():
            return None
        return pygame.mixer.Channel(SPEECH_CHANNEL)

    def play(self, path: str) -> bool:
        import pygame

        try:
            ch = self._channel()
            if ch is None:
                return False
            self._sound = pygame.mixer.Sound(path)
            ch.play(self._sound)
            return True
        except (pygame.error, OSError) as exc:
            log.warning("speech not played: %s", exc)
            return False

    def stop(self) -> None:
        import pygame

        try:
            ch = self._channel()
            if ch is not None:
                ch.stop()
        except pygame.error:
            pass

    def busy(self) -> bool:
        import pygame

        try:
            ch = self._channel()
            return bool(ch is not None and ch.get_busy())
        except pygame.error:
            return False
