"""The window and its loop: input -> runtime -> presenters (screen, audio).

When nothing moves the loop sleeps in pygame.event.wait, waking only for input
or the blink of the 'next' marker, as Ren'Py redraws only when the screen changes.
"""
from __future__ import annotations

import argparse
import logging
import os
import time
from typing import Any

import pygame

from .assets.art import ArtSource
from .render.images import ImageStore
from .render.screen import ENDED, MENU, PAUSE, PLAYING, SAY, Screen
from .render.textbox import BoxStyle
from .render.view import View
from .story import events as E
from .story.runtime import Runtime
from .story.state import CHOICE, CONTINUE, ENDED as RT_ENDED, START

log = logging.getLogger("game")
TITLE = "The Scars Run Deep"
FPS = 60
# pygame-ce's event.wait polls every millisecond (about 3% of a core), so when
# nothing moves the loop sleeps in short naps between polls instead.
IDLE_NAP_S = 0.04


def parse_size(text: str) -> tuple[int, int]:
    try:
        w, h = text.lower().split("x")
        size = int(w), int(h)
    except ValueError:
        raise argparse.ArgumentTypeError(f"size must look like 1280x720, not {text!r}")
    if size[0] < 160 or size[1] < 90:
        raise argparse.ArgumentTypeError("the window must be at least 160x90")
    return size


def raster_cache_dir() -> str | None:
    d = os.environ.get("SCARS_CACHE_DIR")
    if d == "":
        return None
    if d:
        return os.path.join(d, "raster")
    try:
        import platformdirs

        return os.path.join(platformdirs.user_cache_dir("scars-run-deep", appauthor=False),
                            "raster")
    except Exception:  # pragma: no cover
        return None


class Game:
    """One window playing one story."""

    def __init__(self, program: Any, *, size: tuple[int, int] = (1280, 720),
                 fullscreen: bool = False, packs: list | None = None,
                 audio: Any = None) -> None:
        self.program = program
        self.fullscreen = fullscreen
        self.windowed_size = size
        self.window = self._open_window(size, fullscreen)
        self.view = View(self.window.get_size())
        self.source = ArtSource(program.images, list(packs or []))
        self.images = ImageStore(self.source, self.view.scale, disk_cache=raster_cache_dir())
        self.audio = audio
        self.screen = Screen(self.images, style=BoxStyle(),
                             on_audio=self._audio_event, on_notice=self._notice)
        self.runtime = Runtime(program, [])
        self.running = True
        self.dirty = True
        self.started = time.perf_counter()
        self.frames = 0
        self.first_frame_at: float | None = None

    # -- window ------------------------------------------------------------------------
    def _open_window(self, size: tuple[int, int], fullscreen: bool) -> pygame.Surface:
        pygame.display.set_caption(TITLE)
        if fullscreen:
            return pygame.display.set_mode((0, 0), pygame.FULLSCREEN)
        return pygame.display.set_mode(size, pygame.RESIZABLE)

    def toggle_fullscreen(self) -> None:
        self.fullscreen = not self.fullscreen
        if not self.fullscreen:
            self.window = pygame.display.set_mode(self.windowed_size, pygame.RESIZABLE)
        else:
            self.windowed_size = self.window.get_size()
            self.window = self._open_window(self.windowed_size, True)
        self.resized(self.window.get_size())

    def resized(self, size: tuple[int, int]) -> None:
        self.window = pygame.display.get_surface()
        self.view = View(self.window.get_size())
        self.screen.rescale(self.view.scale)
        if not self.fullscreen:
            self.windowed_size = self.window.get_size()
        self.dirty = True

    # -- story -------------------------------------------------------------------------
    def start(self, chapter: str | None = None) -> None:
        if chapter is not None:
            evs = self.runtime.start_at_chapter(chapter)
        else:
            evs = self.runtime.start()
        if self.audio is not None:
            self.audio.prepare(evs)  # the chapter's music starts with its first fade
        self.screen.feed(evs)
        self._predict()

    def _predict(self) -> None:
        self.images.prefetch(self.runtime.predict())

    def advance(self) -> None:
        if self.runtime.waiting in (CONTINUE, START):
            self.screen.feed(self.runtime.advance())
            self._predict()
            self.dirty = True

    def choose(self, k: int) -> None:
        menu = self.screen.menu
        if menu is None or self.runtime.waiting != CHOICE:
            return
        index = menu.menu.choices[k].index
        self.screen.feed(self.runtime.choose(index))
        self._predict()
        self.dirty = True

    def _audio_event(self, ev: E.Event) -> None:
        if self.audio is not None:
            self.audio.handle(ev)

    def _notice(self, text: str) -> None:
        log.warning("%s", text)

    # -- input -------------------------------------------------------------------------
    def handle(self, ev: pygame.event.Event) -> None:
        if ev.type == pygame.QUIT:
            self.running = False
        elif ev.type in (pygame.VIDEORESIZE, pygame.WINDOWSIZECHANGED):
            self.resized(pygame.display.get_surface().get_size())
        elif ev.type in (pygame.WINDOWEXPOSED, pygame.WINDOWRESTORED):
            self.dirty = True
        elif ev.type == pygame.KEYDOWN:
            self.key(ev)
        elif ev.type == pygame.MOUSEBUTTONDOWN and ev.button == 1:
            self.primary(self.view.to_canvas_surface(ev.pos))
        elif ev.type == pygame.MOUSEMOTION and self.screen.menu is not None:
            k = self.screen.menu.at(self.view.to_canvas_surface(ev.pos))
            if k != self.screen.menu.hover:
                self.screen.menu.hover = k
                if k is not None:
                    self.screen.menu.focus = k
                self.dirty = True

    def key(self, ev: pygame.event.Event) -> None:
        k = ev.key
        if k in (pygame.K_f, pygame.K_F11) or (k == pygame.K_RETURN and ev.mod & pygame.KMOD_ALT):
            self.toggle_fullscreen()
            return
        menu = self.screen.menu
        if menu is not None and self.screen.state == MENU:
            if k in (pygame.K_UP, pygame.K_LEFT) or (k == pygame.K_TAB and ev.mod & pygame.KMOD_SHIFT):
                menu.move(-1)
            elif k in (pygame.K_DOWN, pygame.K_RIGHT, pygame.K_TAB):
                menu.move(1)
            elif k in (pygame.K_RETURN, pygame.K_KP_ENTER, pygame.K_SPACE):
                self.choose(menu.focus)
            elif pygame.K_1 <= k <= pygame.K_9 and k - pygame.K_1 < len(menu.menu.choices):
                self.choose(k - pygame.K_1)
            self.dirty = True
            return
        if k in (pygame.K_SPACE, pygame.K_RETURN, pygame.K_KP_ENTER):
            self.proceed()

    def primary(self, pos: tuple[int, int]) -> None:
        menu = self.screen.menu
        if menu is not None and self.screen.state == MENU:
            k = menu.at(pos)
            if k is not None:
                self.choose(k)
            return
        self.proceed()

    def proceed(self) -> None:
        """Click/Space/Enter: finish what animates, else go on to the next line."""
        self.dirty = True
        if self.screen.click():
            self.advance()

    # -- loop --------------------------------------------------------------------------
    def tick(self, dt: float) -> None:
        if self.screen.update(dt):
            self.dirty = True
        s = self.screen
        if s.state == PLAYING and s.ready_for_runtime and \
                self.runtime.waiting in (CONTINUE, START):
            self.advance()  # a timed pause ended, or a restore landed on a label
        elif s.state == SAY and s.auto_nw and s.line_complete():
            self.advance()
        if self.audio is not None:
            self.audio.update(time.perf_counter())

    def draw(self, only_marker: bool = False) -> None:
        r = self.view.rect
        if r.size != self.window.get_size() and not only_marker:
            self.window.fill((0, 0, 0))
        canvas = self.window.subsurface(r)
        self.screen.draw(canvas, time.perf_counter() - self.started)
        marker = self.screen.box.marker_rect
        if only_marker and marker is not None:
            pygame.display.update(marker.move(r.topleft))  # the blink: a few pixels
        else:
            pygame.display.flip()
        self.frames += 1
        if self.first_frame_at is None:
            self.first_frame_at = time.perf_counter()
            if os.environ.get("SCARS_EXIT_AFTER_FIRST_FRAME"):  # bench/startup.py
                self.running = False
        self.dirty = False

    def run(self) -> None:
        clock = pygame.time.Clock()
        last = time.perf_counter()
        blink = -1
        while self.running:
            busy = self.screen.animating() or self.dirty
            events = pygame.event.get()
            if not events and not busy:
                time.sleep(IDLE_NAP_S)
                events = pygame.event.get()
            for ev in events:
                self.handle(ev)
            now = time.perf_counter()
            dt = min(now - last, 0.1)
            last = now
            self.tick(dt)
            b = int((now - self.started) * 2)
            blinked = b != blink and self.screen.box.marker_visible(now)
            if blinked:
                blink = b
            if self.dirty or self.screen.animating():
                self.draw()
                clock.tick(FPS)
            elif blinked:
                self.draw(only_marker=True)
        self.images.close()


def run_app(args: argparse.Namespace) -> int:
    from .project import load_project

    os.environ.setdefault("SDL_VIDEO_X11_WMCLASS", "scarsrundeep")
    pygame.display.init()
    pygame.font.init()
    program = load_project(getattr(args, "story", None))
    audio = None
    try:
        from .audio.mixer import AudioPlayer, init_mixer

        if init_mixer():
            audio = AudioPlayer(program.audio.find)
    except ImportError:  # the audio module is optional while it is being built
        audio = None
    game = Game(program, size=getattr(args, "size", None) or (1280, 720),
                fullscreen=bool(getattr(args, "fullscreen", False)), audio=audio)
    game.start(getattr(args, "chapter", None))
    try:
        game.run()
    finally:
        if audio is not None:
            audio.close()
        pygame.quit()
    return 0
