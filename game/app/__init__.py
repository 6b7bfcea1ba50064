"""The window and its loop: input -> menus or the session (runtime -> screen, audio).

When nothing moves the loop sleeps, waking for input or the blink of the 'next'
marker, as Ren'Py redraws only when the screen changes. The menus (game/ui/) are
drawn by pygame_gui only while one is open and something in it changed.
"""
from __future__ import annotations

import json
import os
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pygame

from .._log import get_logger
from .._memory import resume_collection
from ..assets.art import ArtSource
from ..project import identity_of
from ..project.cache_dirs import raster_cache_dir, set_cache_root
from ..render.images import BG, ImageStore
from ..render.view import View
from ..script.errors import StoryRuntimeError
from ..ui import hands as H
from ..ui import keymap as KM
from ..ui.interface import Interface
from ..ui.overlay import QuickMenu, Toasts, draw_indicator, draw_the_end
from ..userdata import DataDir, atomic_write
from ..userdata.persistent import Persistent
from ..userdata.prefs import Preferences
from ..userdata.saves import SaveStore
from .live_reload import LiveReload
from .reading import Reading
from .saving import Saving

if TYPE_CHECKING:  # imported where a reading starts: the title's first frame needs none
    import argparse

    from ..render.screen import Screen
    from ..story import events as E
    from .session import Session

log = get_logger("game")
TITLE_MUSIC = "title.ogg"
FPS = 60
# pygame-ce's event.wait polls every millisecond (about 3% of a core), so when
# nothing moves the loop sleeps in short naps between polls instead.
IDLE_NAP_S = 0.04
TITLE_FADE_S = 0.8
DEFAULT_SIZE = (1280, 720)
ICON_PATH = Path(__file__).resolve().parent.parent / "icon.png"  # made by tools/make_icon.py
# SDL's drivers that draw nowhere: used only when asked for (tests, capture)
HEADLESS_DRIVERS = ("offscreen", "dummy", "evdev")
NO_DISPLAY = (
    "error: there is no display to open the game's window on ({why}).\n"
    "  - On a desktop, start the game from a terminal inside your graphical session.\n"
    "  - Over ssh, connect with X forwarding (ssh -X) or set DISPLAY (X11) or"
    " WAYLAND_DISPLAY.\n"
    "  - Or read the story in this terminal: ./play.sh --text")


def parse_size(text: str) -> tuple[int, int]:
    try:
        w, h = text.lower().split("x")
        size = int(w), int(h)
    except ValueError:
        size = None
    if size is None or size[0] < 160 or size[1] < 90:
        import argparse  # its error type, for the command line: only when it is bad

        raise argparse.ArgumentTypeError(
            f"size must look like 1280x720, not {text!r}" if size is None
            else "the window must be at least 160x90")
    return size


def fit_to_display(size: tuple[int, int], desktop: tuple[int, int] | None) -> tuple[int, int]:
    """A window size no larger than the desktop (keeping its shape), at least 160x90."""
    w, h = size
    if desktop and desktop[0] > 0 and desktop[1] > 0 and (w > desktop[0] or h > desktop[1]):
        k = min(desktop[0] / w, desktop[1] / h)
        w, h = int(w * k), int(h * k)
    return max(160, w), max(90, h)


def headless_by_accident(driver: str, asked: str | None) -> bool:
    """Whether SDL fell back to a driver that draws nowhere when nobody asked for one
    (no X11 or Wayland display: the window would never appear)."""
    return driver in HEADLESS_DRIVERS and (asked or "").lower() != driver


class Game:
    """One window: the title screen, the menus and a reading of the story. Its
    controllers: `saving` (saves, loads, screenshots), `reading` (the reader's input while
    a reading shows) and `session` (the reading itself, or None at the title)."""

    def __init__(self, program: Any, *, size: tuple[int, int] | None = None,
                 fullscreen: bool | None = None, packs: list | None = None,
                 audio: Any = None, data_dir: str | os.PathLike[str] | None = None,
                 fresh: bool = False, clock: Callable[[], float] | None = None,
                 lang: str | None = None) -> None:
        self.program = program
        self.clock = clock or time.perf_counter
        self.identity = identity_of(program)  # game.toml's title and id
        self.data = DataDir(Path(data_dir) if data_dir is not None else None, fresh=fresh,
                            game_id=self.identity.id)
        self.toasts = Toasts()
        self.prefs, problem = Preferences.load(self.data.prefs_path)
        self._report(problem)
        self.persistent, problem = Persistent.load(self.data.persistent_path)
        self._report(problem)
        self.saves = SaveStore(self.data.saves, self.identity.save_id)
        if fullscreen is None:
            fullscreen = self.prefs.fullscreen
        self.fullscreen = fullscreen
        if size is None:  # the size the window had when the game last closed
            size = fit_to_display(self.prefs.window_size or DEFAULT_SIZE, _desktop_size())
        self.windowed_size = size
        self.windowed_pos: tuple[int, int] | None = None  # where it was before fullscreen
        self.window = self._open_window(size, fullscreen)
        self.view = View(self.window.get_size())
        self.cli_packs = list(packs or [])  # --art: always on, above the chosen ones
        self.chosen_packs: list = []
        self.source = ArtSource(program.images, list(self.cli_packs))
        self.images = ImageStore(self.source, self.view.scale, disk_cache=raster_cache_dir())
        self.audio = audio
        from ..ui.voicing import SelfVoicing

        self.voicing = SelfVoicing(self)  # V; speaks only while the preference is on
        # opening the audio device takes a while: it is done after the first frame
        self.audio_factory: Callable[[], Any] | None = None
        self.session: Session | None = None
        from ..ui.language import Language

        self.language = Language(self)
        if lang is not None:
            self.prefs.language = lang
        if self.prefs.language:  # (--lang is kept as the preference)
            self.language.set(self.prefs.language, save=lang is not None)
        self.ui = Interface(self)
        self.saving = Saving(self)
        self.reading = Reading(self)
        self.quick = QuickMenu(self.reading.quick_press)
        self.pads = H.Gamepads()
        self.running = True
        self.stop_requested = False  # set by a termination signal (run_app)
        self.dirty = True
        self.started = self.clock()
        self.frames = 0
        self.first_frame_at: float | None = None
        self._title_alpha = 0.0
        self._title_art: pygame.Surface | None = None
        self._state_file = os.environ.get("VN_STATE_FILE") or None
        self._last_state: str | None = None
        self.thumbs: Any = None  # chapter thumbnails, made when Chapters first opens
        self.reloader = LiveReload(self)  # Shift+R, and --watch
        self.cg_thumbs: Any = None  # the gallery's, made when it first opens
        self.slot_page = "1"  # the Save/Load screens' page, kept while the window is open
        if self.prefs.art_packs:
            self.set_packs(self.prefs.art_packs, save=False)
        self._layout()
        self.apply_volumes()

    # -- window ------------------------------------------------------------------------
    def _open_window(self, size: tuple[int, int], fullscreen: bool) -> pygame.Surface:
        pygame.display.set_caption(self.identity.title)
        _set_icon()
        if fullscreen:
            return pygame.display.set_mode((0, 0), pygame.FULLSCREEN)
        return pygame.display.set_mode(size, pygame.RESIZABLE)

    def toggle_fullscreen(self) -> None:
        self.set_fullscreen(not self.fullscreen)

    def set_fullscreen(self, on: bool) -> None:
        if on != self.fullscreen:
            self.fullscreen = on
            if not on:
                self.window = _restore_window(self.windowed_size, self.windowed_pos)
            else:
                self.windowed_size = self.window.get_size()
                self.windowed_pos = _window_position()
                self.window = self._open_window(self.windowed_size, True)
            self.resized(self.window.get_size())
        if self.prefs.fullscreen != on:
            self.prefs.fullscreen = on
            self.save_prefs()

    def resized(self, size: tuple[int, int]) -> None:
        self.window = pygame.display.get_surface()
        self.view = View(self.window.get_size())
        if not self.fullscreen:
            self.windowed_size = self.window.get_size()
        self._layout()

    def _layout(self) -> None:
        v = self.view
        if self.session is not None:
            self.session.screen.rescale(v.scale)
        else:
            self.images.set_scale(v.scale)
        self._title_art = None
        if self.first_frame_at is not None:  # else asked for after the first frame
            self.images.prefetch([("title", BG)])
        self.ui.resize(v.size, v.scale, v.rect.topleft)
        self.quick.layout(v.size, v.scale)
        if self.session is not None:
            self.session.screen.box.set_reserve(self.quick.height)
        self.dirty = True

    # -- data --------------------------------------------------------------------------
    def _report(self, problem: str | None) -> None:
        """A problem the files' checks found: the full text to the log, plain words
        (and where the damaged file was kept) to the player."""
        if problem:
            from ..ui.notices import for_player

            log.warning("%s", problem)
            self.toast(for_player(problem, self.data.root), error=True)

    def toast(self, text: str, error: bool = False) -> None:
        self.toasts.add(text, error)
        self.dirty = True

    def save_prefs(self) -> None:
        try:
            self.prefs.save(self.data.prefs_path)
        except OSError as exc:
            from ..ui.i18n import _

            self.toast(_("The preferences could not be saved: {problem}").format(
                problem=exc.strerror or exc))

    def persistent_changed(self) -> None:
        try:
            self.persistent.save(self.data.persistent_path)
        except OSError as exc:
            log.warning("persistent data not saved: %s", exc)

    def apply_volumes(self) -> None:
        p = self.prefs
        duck = self.voicing.duck  # lower while self-voicing speaks
        if self.audio is not None:
            self.audio.set_volumes(p.music_volume * duck, p.sound_volume,
                                   p.ambient_volume * duck, p.mute, voice=p.voice_volume)

    def apply_prefs(self) -> None:
        """Preferences take effect at once and are saved at once."""
        if self.audio is not None and bool(getattr(self.audio, "mono", False)) \
                != self.prefs.mono_audio and self.audio_factory is None:
            self.reopen_audio()
        self.apply_volumes()
        self.ui.contrast(self.prefs.high_contrast)
        if self.session is not None:
            self._style_screen(self.session.screen)
        if self.fullscreen != self.prefs.fullscreen:
            self.set_fullscreen(self.prefs.fullscreen)
        self.save_prefs()
        self.dirty = True

    def _style_screen(self, screen: Screen) -> None:
        p = self.prefs
        screen.cps = float(p.text_cps)
        screen.transitions_enabled = p.transitions
        from ..render.fonts import DYSLEXIC
        from ..render.textbox import BoxStyle

        style = BoxStyle(high_contrast=p.high_contrast, text_scale=p.text_size,
                         family=DYSLEXIC if p.dyslexic_font else "serif",
                         line_spacing=p.line_spacing, opacity=p.box_opacity)
        screen.set_style(style)
        screen.reduce_motion = p.reduce_motion

    def make_screen(self) -> Screen:
        from ..render.look import look_of
        from ..render.screen import Screen
        from ..render.textbox import BoxStyle

        screen = Screen(self.images, style=BoxStyle(), on_audio=self._audio_event,
                        on_notice=self.toast, transitions=self.prefs.transitions,
                        on_shown=self.voicing.shown, look=look_of(self.program))
        self._style_screen(screen)
        screen.rescale(self.view.scale)
        screen.box.set_reserve(self.quick.height)  # the text stays clear of the quick menu
        return screen

    def _audio_event(self, ev: E.Event) -> None:
        from ..userdata.extras import note_heard

        if note_heard(self.persistent, ev, self.program):
            self.persistent_changed()
        if self.audio is not None:
            self.audio.handle(ev)

    # -- art packs ---------------------------------------------------------------------
    def available_packs(self) -> list:
        from ..assets.packs import discover_packs

        return discover_packs(self.data.art_packs)

    def set_packs(self, names: list[str], save: bool = True) -> None:
        """Use the packs of the art-packs folder named (folder names), in this order."""
        found = {p.root.name: p for p in self.available_packs()}
        missing = [n for n in names if n not in found]
        if missing:
            self.toast("Art pack not found: " + ", ".join(missing))
        self.chosen_packs = [found[n] for n in names if n in found]
        self.prefs.art_packs = [p.root.name for p in self.chosen_packs]
        self._use_packs()
        if save:
            self.save_prefs()

    def reload_packs(self) -> None:
        """F5: read every pack in use from disk again."""
        from ..assets.packs import load_pack

        self.cli_packs = [load_pack(p.root) for p in self.cli_packs]
        found = {p.root.name: p for p in self.available_packs()}
        self.chosen_packs = [found[p.root.name] for p in self.chosen_packs
                             if p.root.name in found]
        self._use_packs()
        n = len(self.cli_packs) + len(self.chosen_packs)
        problems = sum(len(p.problems) for p in [*self.cli_packs, *self.chosen_packs])
        from ..ui.i18n import _

        if not problems:
            self.toast(_("Art packs reloaded ({n} in use)").format(n=n))
        else:
            self.toast((_("Art packs reloaded ({n} in use, 1 problem in the log)")
                        if problems == 1 else
                        _("Art packs reloaded ({n} in use, {problems} problems in the log)"))
                       .format(n=n, problems=problems))

    def _use_packs(self) -> None:
        self.source.packs = [*self.cli_packs, *self.chosen_packs]
        self.images.clear()
        self._title_art = None
        if self.first_frame_at is not None:
            self.images.prefetch([("title", BG)])
        if self.session is not None:
            self.session.screen._composite = None
        if self.thumbs is not None:
            self.thumbs.forget()
        self.ui.forget_backdrop()
        self.dirty = True

    # -- the story ---------------------------------------------------------------------
    def new_game(self, chapter: str | None = None) -> None:
        """Start (or start at a chapter), after the story's content note the first time
        (a story without one starts at once)."""
        files = getattr(self.program, "story_files", None)
        if not self.prefs.content_note_seen and getattr(files, "content_note", None):
            from ..ui.screens.dialogs import ContentNote

            self.ui.open(ContentNote(self, then=lambda: self.begin(chapter)))
            return
        self.begin(chapter)

    def begin(self, chapter: str | None = None, replay: bool = False) -> None:
        from .session import Session

        self.session = Session(self, replay=chapter if replay else None)
        self.ui.close_all()
        self.session.start(chapter)
        self.state_changed()

    def replay(self, chapter: str) -> None:
        """Replay a chapter from its start with a fresh state (from the chapter list)."""
        self.begin(chapter, replay=True)

    def end_replay(self) -> None:
        """A replay reached its end: back to the chapter list, from the title."""
        from ..ui.screens import open_page

        self.to_title()
        open_page(self, "Chapters")

    def story_finished(self) -> None:
        self.persistent.finish()
        self.persistent_changed()

    def to_title(self) -> None:
        from ..ui.screens.title import TitleMenu

        self.session = None
        if self.audio is not None:
            self.audio.skipping = False
        self.ui.replace_all(TitleMenu(self))
        self.play_title_music()
        self.dirty = True

    def _open_audio(self) -> None:
        factory, self.audio_factory = self.audio_factory, None
        try:
            self.audio = factory() if factory is not None else None
        except Exception as exc:  # no sound is better than no game
            log.warning("audio unavailable: %r", exc)
            self.audio = None
        if self.audio is None:
            return
        self.audio.mono = self.prefs.mono_audio
        self.apply_volumes()
        if self.session is None:
            self.play_title_music()
        else:  # a chapter started before the device opened: catch its audio up
            self.audio.handle(self.session.runtime.sync())

    def reopen_audio(self) -> None:
        """Mono audio switched: the device is opened again in the new channel count,
        and what the story (or the title) plays starts again on it."""
        from ..audio.mixer import AudioPlayer, init_mixer

        old = self.audio
        if old is not None:
            old.close()
        mono = self.prefs.mono_audio
        self.audio_factory = lambda: AudioPlayer(self.program.audio.find) \
            if init_mixer(mono=mono) else None
        self._open_audio()
        if self.audio is not None:
            self.audio.mono = mono

    def play_title_music(self) -> None:
        if self.audio is not None and self.program.audio.find(TITLE_MUSIC):
            from ..story import events as E

            self.audio.handle(E.Sync())
            self._audio_event(E.Play("music", (TITLE_MUSIC,), 1.5, None, True))

    def unsaved_progress(self) -> bool:
        """Whether closing or loading now would lose reading done since the last save
        or load (a finished reading or the title loses nothing)."""
        s = self.session
        return s is not None and not s.finished and s.unsaved_progress()

    # what the menus ask of the saving controller
    def load_slot(self, slot: str) -> bool:
        return self.saving.load_slot(slot)

    def save_slot(self, slot: str, quiet: bool = False, name: str | None = None) -> bool:
        return self.saving.save_slot(slot, quiet=quiet, name=name)

    def continue_latest(self) -> bool:
        return self.saving.continue_latest()

    def close_pressed(self) -> None:
        """The window's close button: asks as Quit does, unless nothing would be lost
        (or the question is already showing: a second press means it)."""
        from ..ui.screens.dialogs import ask_quit

        top = self.ui.top
        if not self.unsaved_progress() or (top is not None and top.name == "confirm"
                                           and getattr(top, "quitting", False)):
            self.quit()
            return
        ask_quit(self)

    def open_help(self) -> None:
        """F1: the Help page (once: pressed again on it, it closes)."""
        from ..ui.screens.help import HelpScreen

        top = self.ui.top
        if top is not None and top.name == "help":
            top.back()
            return
        if self.session is not None and not self.ui.is_open:
            self.session.stop_skipping()
            self.session.auto = False
        self.ui.open(HelpScreen(self))

    def quit(self) -> None:
        """Leave the game: autosave a reading in progress, keep what is remembered
        (the window's size among it)."""
        if self.session is not None and not self.session.finished:
            self.saving.autosave("quit")
        self.persistent_changed()
        self.voicing.close()
        w, h = self.windowed_size
        if (self.prefs.window_width, self.prefs.window_height) != (w, h):
            self.prefs.window_width, self.prefs.window_height = w, h
            self.save_prefs()
        self.running = False

    # -- pictures ----------------------------------------------------------------------
    def frame_copy(self) -> pygame.Surface:
        """The picture on screen now (for a dialog's backdrop), without a quick-menu
        button lit by the pointer: it would stay lit under the dialog."""
        if self.quick.hover is not None and not self.ui.is_open and self.session is not None:
            self.quick.hover = None
            self.draw()
        return self.window.subsurface(self.view.rect).copy()

    def draw_game_frame(self, canvas: pygame.Surface) -> None:
        if self.session is not None:
            self.session.screen.draw(canvas, self.clock() - self.started, hide_ui=True)
        else:
            self.draw_title_art(canvas)

    def gui_background(self, kind: str, size: tuple[int, int]) -> pygame.Surface | None:
        """A Ren'Py project's gui/main_menu.png ("main_menu") or gui/game_menu.png
        ("game_menu") at `size`, when it has one and no title art of ours."""
        if not getattr(self.program, "loaded", True):
            return None  # the story loads after the first frame; the title redraws then
        import weakref

        from ..render.look import gui_surface, look_of

        look = getattr(self, "_look", None)  # weak: a live reload lets the old story go
        if look is None or look[0]() is not self.program:
            look = self._look = (weakref.ref(self.program), look_of(self.program))
        path = look[1].main_menu if kind == "main_menu" else look[1].game_menu
        if path is None or self.program.images.known(("title",)):
            return None
        return gui_surface(path, size)  # type: ignore[no-any-return]

    def draw_title_art(self, canvas: pygame.Surface) -> None:
        canvas.fill((5, 3, 8))
        renpy = self.gui_background("main_menu", canvas.get_size())
        if renpy is not None:
            canvas.blit(renpy, (0, 0))
            return
        art = self._title_art
        if art is None and self._image_ready("title", BG):
            art = self._title_art = self.images.get("title", BG)
        if art is not None:
            if self._title_alpha < 1.0:
                art = art.copy()
                art.set_alpha(round(255 * self._title_alpha))
            canvas.blit(art, art.get_rect(center=canvas.get_rect().center))

    def title_art_settled(self) -> bool:
        """The title art is loaded and has finished fading in."""
        if self.gui_background("main_menu", (1, 1)) is not None:
            return True  # a Ren'Py project's own gui/main_menu.png, drawn at once
        return self._title_art is not None and self._title_alpha >= 1.0

    def _image_ready(self, name: str, kind: str) -> bool:
        """Whether the worker has decoded an image (so get() will not block). Nothing is
        asked of the worker before the first frame: the title art fades in from nothing,
        and decoding it would only compete with building that frame."""
        if self.first_frame_at is None and self.images.threaded:
            return False
        return self.images.ready(name, kind)

    # -- state for tests -----------------------------------------------------------------
    def describe(self) -> dict[str, Any]:
        d: dict[str, Any] = {"screen": "game" if self.session is not None else "title"}
        d.update(self.ui.describe())
        s = self.session
        if s is not None:
            line_id, text, who = s.current_line()
            ch = s.chapter()
            d.update(line_id=line_id, text=text, who=who,
                     chapter=ch.label if ch else None, waiting=s.runtime.waiting,
                     state=s.screen.state, skipping=s.skipping, auto=s.auto,
                     ended=s.finished)
            ox, oy = self.view.rect.topleft  # where the quick-menu buttons are, in the window
            d["quick"] = {n: [r.centerx + ox, r.centery + oy]
                          for n, r in self.quick.rects.items()}
        if self.reloader.count:
            d["reloads"] = self.reloader.count
        d["voicing"] = self.voicing.describe()
        return d

    def state_changed(self) -> None:
        """Write what is showing to $VN_STATE_FILE (for the end-to-end test)."""
        self.dirty = True
        if not self._state_file:
            return
        text = json.dumps(self.describe(), ensure_ascii=False, sort_keys=True)
        if text == self._last_state:
            return
        self._last_state = text
        try:
            atomic_write(Path(self._state_file), text.encode("utf-8"))
        except OSError as exc:
            log.warning("state file: %s", exc)

    # -- input -------------------------------------------------------------------------
    def handle(self, ev: pygame.event.Event) -> None:
        """One input event; a story error it leads to shows the error screen."""
        try:
            self._handle(ev)
        except StoryRuntimeError as exc:
            self.story_error(exc)

    def _handle(self, ev: pygame.event.Event) -> None:  # noqa: C901
        t = ev.type
        if t == pygame.QUIT:  # the window's close button
            self.close_pressed()
            return
        if t in (pygame.VIDEORESIZE, pygame.WINDOWSIZECHANGED):
            self.resized(pygame.display.get_surface().get_size())
            return
        if t in (pygame.WINDOWEXPOSED, pygame.WINDOWRESTORED):
            self.dirty = True
            return
        if t in (pygame.JOYDEVICEADDED, pygame.CONTROLLERDEVICEADDED):
            self.pads.added(ev)
            return
        if t == pygame.KEYDOWN and not self.ui.typing:
            k = ev.key
            anywhere = KM.anywhere_action(ev)
            if anywhere == KM.FULLSCREEN or (
                    k == pygame.K_KP_ENTER and ev.mod & pygame.KMOD_ALT):
                self.toggle_fullscreen()
                return
            if anywhere == KM.RELOAD_ART:
                self.reload_packs()
                return
            if anywhere == KM.RELOAD_STORY:
                self.reloader.reload()
                return
            if anywhere == KM.HELP:
                self.open_help()
                return
            if anywhere == KM.VOICING:
                self.voicing.toggle()  # V, as in Ren'Py
                return
            if anywhere == KM.ACCESSIBILITY:
                self.open_accessibility()  # Shift+A, as in Ren'Py
                return
        action = None
        if t in (pygame.CONTROLLERBUTTONDOWN, pygame.JOYBUTTONDOWN, pygame.JOYHATMOTION):
            if t != pygame.CONTROLLERBUTTONDOWN and self.pads.has_controller:
                return
            action = H.pad_action(ev)
            if action is None:
                return
        if self.ui.is_open:
            if action is not None:
                if action in (H.ROLL_BACK, H.ROLL_FORWARD):
                    action = H.PAGE_PREV if action == H.ROLL_BACK else H.PAGE_NEXT
                self.ui.action(action)
            else:
                self.ui.handle(ev)
            self.dirty = self.dirty or self.ui.dirty
            return
        if self.session is not None:
            if action is not None:
                self.reading.game_action(action)
            else:
                self.reading.game_event(ev)

    def open_accessibility(self) -> None:
        """The Accessibility screen (once: Shift+A on it again does nothing)."""
        if self.ui.find("accessibility") is None:
            from ..ui.screens.accessibility import AccessibilityScreen

            if self.session is not None:
                self.session.stop_skipping()
                self.session.auto = False
            self.ui.open(AccessibilityScreen(self))

    # -- loop --------------------------------------------------------------------------
    def tick(self, dt: float) -> None:
        """Step time by `dt`; a story error on the way shows the error screen."""
        try:
            self._tick(dt)
        except StoryRuntimeError as exc:
            self.story_error(exc)

    # -- a story that fails ------------------------------------------------------------
    def story_error(self, exc: StoryRuntimeError) -> None:
        """A statement failed (a tampered variable, a script's own bug): the reading is
        put back at the last line the reader saw and autosaved there, then the error
        screen shows where and why, and offers rollback, reload and the title."""
        from ..ui.screens.story_error import StoryError

        log.error("%s", exc.diagnostic.format())
        s = self.session
        saved = None
        can_back = False
        if s is not None:
            snap = s.rollback.current()
            if snap is not None:
                try:
                    s.runtime.restore(snap)
                    can_back = True
                except Exception as exc2:  # noqa: BLE001 - the screen still offers the title
                    log.warning("the last line could not be restored: %r", exc2)
            if can_back:
                slot = self.saves.next_autosave_slot()
                self.saving.autosave("error")
                if self.saves.info(slot).exists:
                    saved = (f"The reading was autosaved at the last line shown ({slot}"
                             " on the Load screen's Autosaves).")
        self.ui.open(StoryError(self, exc.diagnostic, can_roll_back=can_back,
                                can_reload=self._story_dir() is not None, saved=saved))
        self.dirty = True

    def _story_dir(self) -> Any:
        files = getattr(self.program, "story_files", None)
        if files is None and hasattr(self.program, "_program"):
            files = getattr(self.program._program, "story_files", None)
        return getattr(files, "story_dir", None)

    def error_roll_back(self) -> None:
        """Back to the last line shown, as it was (the statement after it failed)."""
        self.ui.close_all()
        s = self.session
        snap = s.rollback.current() if s is not None else None
        if s is None or snap is None:
            self.to_title()
            return
        try:
            s.present(s.runtime.restore(snap), settle=True)
        except StoryRuntimeError as exc:
            self.story_error(exc)

    def error_reload(self) -> None:
        """Read the script again (after the writer fixed it) and go on from the last
        line shown, as Shift+R does (game/app/live_reload.py); if it still has errors, they
        show with their place and the reading stays where it was."""
        self.ui.close_all()
        self.reloader.reload()

    def reload_story(self) -> None:
        """Read the story again and play on in it (the reload error's button, as Shift+R)."""
        self.reloader.reload()

    def error_to_title(self) -> None:
        self.ui.close_all()
        self.to_title()

    def _tick(self, dt: float) -> None:
        self.reloader.tick(dt)
        if self.toasts.update(dt):
            self.dirty = True
        if self.ui.update(dt):
            self.dirty = True
        if self._wants_title_art():
            if self._title_art is None:
                if self._image_ready("title", BG):
                    self.dirty = self.ui.dirty = True
            elif self._title_alpha < 1.0:
                self._title_alpha = min(1.0, self._title_alpha + dt / TITLE_FADE_S)
                self.dirty = self.ui.dirty = True
        s = self.session
        if s is not None and not self.ui.is_open:
            s.tick(dt)
            self.quick.active = {n for n, on in (("Skip", s.skipping), ("Auto", s.auto)) if on}
            self.quick.disabled = set() if s.rollback.can_back else {"Back"}
        if self.audio is not None:
            self.audio.update(self.clock())
        self.voicing.update()

    def _wants_title_art(self) -> bool:
        top = self.ui.top
        return (top.backdrop == "title") if top is not None else self.session is None

    def busy(self) -> bool:
        s = self.session
        return self.dirty or self.ui.dirty or self.toasts.active or (
            s is not None and not self.ui.is_open and s.animating()) or (
            self._wants_title_art() and (self._title_art is None or self._title_alpha < 1.0))

    def draw(self, only_marker: bool = False) -> None:
        r = self.view.rect
        if r.size != self.window.get_size() and not only_marker:
            self.window.fill((0, 0, 0))
        canvas = self.window.subsurface(r)
        now = self.clock() - self.started
        s = self.session
        if self.ui.is_open:
            self.ui.draw(canvas)
        elif s is not None:
            s.screen.draw(canvas, now, hide_ui=s.hide_ui)
            if not s.hide_ui and not s.finished:
                self.quick.draw(canvas)
                if s.skipping:
                    draw_indicator(canvas, self.view.scale, "Skipping  \u25b8\u25b8")
                elif s.auto:
                    draw_indicator(canvas, self.view.scale, "Auto-forward")
            if s.credits is not None:
                s.credits.draw(canvas)
            elif s.finished:
                draw_the_end(canvas, self.view.scale, s.ended_for)
        else:
            self.draw_title_art(canvas)
        if self.toasts.active:
            self.toasts.draw(canvas, self.view.scale)
        marker = s.screen.box.marker_rect if s is not None else None
        if only_marker and marker is not None:
            pygame.display.update(marker.move(r.topleft))  # the blink: a few pixels
        else:
            pygame.display.flip()
        self.frames += 1
        if self.first_frame_at is None:
            self.first_frame_at = time.perf_counter()
            resume_collection()  # paused by cli.main for the start
            if os.environ.get("VN_EXIT_AFTER_FIRST_FRAME"):  # bench/startup.py
                print(f"first-frame {time.time():.6f}", flush=True)
                self.running = False
            else:
                self._after_first_frame()
        self.dirty = False

    def _after_first_frame(self) -> None:
        """What the first frame did not wait for: the allocator's setting, the title
        art, gamepads, the story and the audio device."""
        from .._memory import tune_malloc

        tune_malloc()  # before the story's images: freed surfaces are given back
        self.images.prefetch([("title", BG)])  # decoded while the story loads
        self.pads.start()
        self._finish_loading()
        if self.audio_factory is not None:
            self._open_audio()

    def _finish_loading(self) -> None:
        """Load the story now that the first frame is up (see LazyProgram)."""
        get = getattr(self.program, "get", None)
        if get is not None:
            get()
            self.source.base = self.program.images

    def pump(self, dt: float = 1 / 60) -> None:
        """Handle queued events, step time by `dt` and draw (tests drive this with a
        fake clock)."""
        for ev in pygame.event.get():
            self.handle(ev)
        self.tick(dt)
        if self.dirty or self.busy():
            self.draw()

    def run(self) -> None:
        clock = pygame.time.Clock()
        last = time.perf_counter()
        blink = -1
        while self.running:
            if self.stop_requested:  # SIGTERM/SIGINT: leave as Quit does, without asking
                self.quit()
                break
            events = pygame.event.get()
            if not events and not self.busy():
                time.sleep(IDLE_NAP_S)
                events = pygame.event.get()
            for ev in events:
                self.handle(ev)
                if not self.running:
                    break
            now = time.perf_counter()
            dt = min(now - last, 0.1)
            last = now
            self.tick(dt)
            s = self.session
            b = int((now - self.started) * 2)
            blinked = (s is not None and not self.ui.is_open and b != blink
                       and s.screen.box.marker_visible(now))
            if blinked:
                blink = b
            if self.busy():
                self.draw()
                clock.tick(FPS)
            elif blinked:
                self.draw(only_marker=True)
            if events:
                self.state_changed()
        self.images.close()
        if self.thumbs is not None:
            self.thumbs.close()
        if getattr(self, "cg_thumbs", None) is not None:
            self.cg_thumbs.close()


def _desktop_size() -> tuple[int, int] | None:
    """The size of the first display, or None on a driver that draws nowhere."""
    if pygame.display.get_driver() in HEADLESS_DRIVERS:
        return None
    try:
        sizes = pygame.display.get_desktop_sizes()
    except pygame.error:
        return None
    return tuple(sizes[0]) if sizes else None  # type: ignore[return-value]


def _set_icon() -> None:
    try:
        pygame.display.set_icon(pygame.image.load(str(ICON_PATH)))
    except (pygame.error, OSError) as exc:  # the snake is better than no window
        log.warning("window icon: %s", exc)


def _window_position() -> tuple[int, int] | None:
    try:
        return tuple(pygame.display.get_window_position())  # type: ignore[return-value]
    except (pygame.error, AttributeError):
        return None


def _restore_window(size: tuple[int, int], pos: tuple[int, int] | None) -> pygame.Surface:
    """Leave fullscreen for a window of `size` at `pos`. Without a GL framebuffer SDL
    keeps the fullscreen size (the window manager 'forcibly resized' it), so the size
    is set again on the window itself."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)
        surf = pygame.display.set_mode(size, pygame.RESIZABLE)
    if surf.get_size() != tuple(size) or pos is not None:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)
                win = pygame.Window.from_display_module()
            if win.size != tuple(size):
                win.size = size
            if pos is not None:
                win.position = pos
            pygame.event.pump()  # pygame remakes the display surface on the size event
        except (pygame.error, AttributeError) as exc:
            log.warning("window size not restored: %s", exc)
        surf = pygame.display.get_surface()
    return surf


def _stop_on_signals(game: Game) -> None:
    """SIGTERM (a logout, `kill`) and Ctrl+C quit as Quit does, autosaving, without the
    close button's question. SDL would turn them into a window close (which asks)."""
    import signal

    def stop(_sig: int, _frame: object) -> None:
        game.stop_requested = True

    for name in ("SIGTERM", "SIGINT", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), stop)


def run_app(args: argparse.Namespace) -> int:
    from ..project import LazyProgram, load_project, story_identity

    os.environ.setdefault("SDL_VIDEO_X11_WMCLASS",  # cli.main sets it earlier
                          story_identity(getattr(args, "story", None)).window_class)
    # We draw in software anyway; without a GL framebuffer an idle blink of the 'next'
    # marker costs about half as much CPU (Mesa's threads stay asleep).
    os.environ.setdefault("SDL_FRAMEBUFFER_ACCELERATION", "0")
    if sys.platform.startswith("linux") and not any(
            os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY", "SDL_VIDEODRIVER")):
        # nothing to probe: SDL would only print a Wayland error and fall back to offscreen
        print(NO_DISPLAY.format(why="neither DISPLAY nor WAYLAND_DISPLAY is set"),
              file=sys.stderr)
        return 2
    try:
        pygame.display.init()
        driver = pygame.display.get_driver()
    except pygame.error as exc:
        driver = f"none: {exc}"
    if headless_by_accident(driver, os.environ.get("SDL_VIDEODRIVER")) or \
            driver.startswith("none"):
        print(NO_DISPLAY.format(why=f"SDL found only its '{driver}' driver"),
              file=sys.stderr)
        pygame.quit()
        return 2
    pygame.font.init()
    chapter = getattr(args, "chapter", None)
    if getattr(args, "data_dir", None) is not None:  # nothing is written outside it
        set_cache_root(Path(args.data_dir) / "cache")
    program: Any
    if chapter is None:
        program = LazyProgram(getattr(args, "story", None))  # loads after the first frame
    else:
        program = load_project(getattr(args, "story", None))
    if chapter is not None and program.chapter(chapter) is None:
        names = ", ".join(f"{c.number} ({c.label})" for c in program.chapters)
        print(f"error: no chapter {chapter!r}; chapters: {names or 'none'}")
        return 2
    packs = []
    if getattr(args, "art", None):
        from ..assets.packs import load_packs

        packs = load_packs(args.art)
        for p in packs:
            for problem in p.problems:
                print(f"warning: {problem}")
    def open_audio() -> Any:
        from ..audio.mixer import AudioPlayer, init_mixer

        return AudioPlayer(program.audio.find) if init_mixer(
            mono=game.prefs.mono_audio) else None

    size = getattr(args, "size", None)
    if size is not None:
        size = fit_to_display(size, _desktop_size())
    game = Game(program, size=size,
                fullscreen=True if getattr(args, "fullscreen", False) else None,
                packs=packs, data_dir=getattr(args, "data_dir", None),
                fresh=bool(getattr(args, "fresh", False)), lang=getattr(args, "lang", None))
    game.audio_factory = open_audio
    _stop_on_signals(game)
    game.reloader.watching = bool(getattr(args, "watch", False))
    if chapter is not None:
        from ..ui.screens.title import TitleMenu

        game.ui.open(TitleMenu(game))
        game.new_game(chapter)
    else:
        game.to_title()
    try:  # a story (or game.toml) that fails to load after the window opened raises
        game.run()  # ScriptError: cli.main reports it as it does before the window
    finally:
        if game.audio is not None:
            game.audio.close()
        pygame.quit()
    return 0
