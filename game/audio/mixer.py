"""The audio presenter: turns Play/Queue/Stop/Sync events into sound, as Ren'Py would.

Channels, as Ren'Py's:
- music: one track, loops by default; a new Play replaces it (the old one fades out
  first if the Play has a fadeout, then the new one starts with its fadein).
- ambient: a second looping channel (wind), with music's rules.
- sound, voice: one-shot, noloop by default; a new file replaces the previous one.
- audio: overlapping one-shots; several play at once.

The player keeps its own model of each channel (what plays, what comes after it)
and times queues and fades from the clock that `update(now)` passes every frame,
so tests can drive it with a fake clock and a fake backend.

While the reader skips, effects are dropped and music/ambient only record what
the story wants; when skipping stops, that last wanted state is played.
"""
from __future__ import annotations

import logging
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Final

from ..scene.channels import CHANNELS, LASTING, ONE_SHOT, OVERLAPPING
from ..scene.model import Soundscape
from ..story import events as E
from .backend import AudioFileError, Backend, init_mixer

__all__ = ["AudioPlayer", "init_mixer"]

log = logging.getLogger("game.audio")

DEFAULT_FADEOUT: Final = 0.0  # Ren'Py's config.fade_music: a Play without fadeout cuts
CATCH_UP_FADE: Final = 0.5  # seconds, out and in, when a skip or a Sync changes the track


@dataclass
class _Wanted:
    """What the story says a lasting channel plays (mirrors scene.model.ChannelState)."""

    files: list[str]
    loop: bool = True
    queue: list[str] = field(default_factory=list)
    fadein: float = 0.0  # for a start that was held back (see AudioPlayer._settling)


@dataclass
class _Channel:
    """What one channel of the device is doing, as the player drives it."""

    name: str | None = None  # file playing (as the script names it), None if idle
    looping: bool = False  # `name` was started as a device-side (gapless) loop
    started: float = 0.0
    length: float | None = None
    ends_at: float | None = None  # a device loop must stop at this seam
    upcoming: list[tuple[str, float]] = field(default_factory=list)  # (file, fadein)
    loop_group: list[str] = field(default_factory=list)  # cycled when upcoming runs out
    fading_until: float | None = None  # the old file fades out; nothing starts before


class AudioPlayer:
    """Presenter for the audio events. Every method is a no-op if there is no device."""

    def __init__(self, resolve: Callable[[str], str | None],
                 backend: Backend | None = None, *,
                 default_fadeout: float = DEFAULT_FADEOUT) -> None:
        """`resolve` maps a script's file name to a path (e.g. program.audio.find).
        Without `backend`, the pygame mixer is opened (silent if it cannot be)."""
        self.resolve = resolve
        self.default_fadeout = default_fadeout
        if backend is None:
            from .backend import PygameBackend, init_mixer

            backend = PygameBackend() if init_mixer() else None
        self._backend = backend
        self._now = 0.0
        self._clock_started = False  # until the first update(), times count from 0
        self._chans: dict[str, _Channel] = {c: _Channel() for c in CHANNELS if c != OVERLAPPING}
        self._wanted: dict[str, _Wanted | None] = {c: None for c in LASTING}
        self._skipping = False
        # After a Sync, music/ambient settle at the next update(): a chapter start sends
        # the Sync (the audio before the chapter's label) and the label's own `play
        # music` in one go, and only the last of them should sound.
        self._settling = False
        # Lasting channels that an event soon after the coming Sync will set (see
        # prepare()): the Sync leaves them alone, so a chapter start never plays the
        # previous chapter's track for the second its opening transition lasts.
        self._hold_next: set[str] = set()
        self._held: set[str] = set()
        self._warned: set[str] = set()
        self._volumes = {"music": 1.0, "sound": 1.0, "ambient": 1.0}

    # -- public ------------------------------------------------------------------------
    @property
    def silent(self) -> bool:
        """True when there is no audio device: nothing will ever sound."""
        return self._backend is None

    @property
    def skipping(self) -> bool:
        return self._skipping

    @skipping.setter
    def skipping(self, value: bool) -> None:
        value = bool(value)
        was, self._skipping = self._skipping, value
        if was and not value:
            self._settling = False
            self._held.clear()
            try:
                for ch in LASTING:
                    self._catch_up(ch, CATCH_UP_FADE, CATCH_UP_FADE)
            except Exception as exc:
                self._device_failed(exc)

    def playing(self, channel: str) -> str | None:
        """The file (as the script names it) the channel plays or will start next."""
        st = self._chans.get(channel)
        if st is None:
            return None
        if st.name is not None:
            return st.name
        return st.upcoming[0][0] if st.fading_until is not None and st.upcoming else None

    def prepare(self, events: list[object] | tuple[object, ...]) -> None:
        """Look at a batch of events before they are handed over one by one (the window
        delays them behind transitions). If it holds a Sync followed by a Play, Queue
        or Stop of music or ambient, the Sync leaves that channel as it is and the
        later event decides. Call it with what Runtime.start_at_chapter() returns."""
        syncs = [k for k, ev in enumerate(events) if isinstance(ev, E.Sync)]
        if not syncs:
            return
        self._hold_next = {ev.channel for ev in events[syncs[-1] + 1:]
                           if isinstance(ev, (E.Play, E.Queue, E.Stop))
                           and ev.channel in LASTING}

    def handle(self, event: object) -> None:
        """Take a runtime event; anything but Play/Queue/Stop/Sync is ignored."""
        try:
            self._handle(event)
        except Exception as exc:  # the device failed under us: the story goes on
            self._device_failed(exc)

    def _handle(self, event: object) -> None:
        channel = getattr(event, "channel", None)
        if channel in self._held and isinstance(event, (E.Play, E.Queue, E.Stop)):
            self._held.discard(channel)
        if isinstance(event, E.Play):
            self._want_play(event.channel, list(event.files), event.loop, event.fadein)
            if self._live(event.channel):
                self._play(event.channel, list(event.files), event.fadein,
                           self.default_fadeout if event.fadeout is None else event.fadeout,
                           event.loop)
        elif isinstance(event, E.Queue):
            self._want_queue(event.channel, list(event.files), event.loop, event.fadein)
            if self._live(event.channel):
                self._queue(event.channel, list(event.files), event.loop, event.fadein)
        elif isinstance(event, E.Stop):
            if event.channel in LASTING:
                self._wanted[event.channel] = None
            if self._live(event.channel, stopping=True):
                self._stop(event.channel, self.default_fadeout if event.fadeout is None
                           else event.fadeout)
        elif isinstance(event, E.Sync):
            self.sync(event.audio)

    def sync(self, audio: Soundscape) -> None:
        """Make music and ambient what `audio` says, keeping a track that already
        plays; stop the one-shot channels. Music and ambient change at the next
        update(), after any Play/Stop that comes in the same frame."""
        for ch in LASTING:
            c = audio.channels.get(ch)
            self._wanted[ch] = _Wanted(list(c.files), c.loop, list(c.queue), CATCH_UP_FADE) \
                if c is not None and (c.files or c.queue) else None
        self._held, self._hold_next = self._hold_next, set()
        if self._backend is None:
            return
        try:
            for ch in (*ONE_SHOT, OVERLAPPING):
                self._stop(ch, 0.0)
        except Exception as exc:
            self._device_failed(exc)
        self._settling = not self._skipping

    def update(self, now: float) -> None:
        """Advance fades and queues to clock time `now` (seconds); call every frame."""
        if not self._clock_started:
            self._clock_started = True
            self._shift_times(now - self._now)
        self._now = now
        if self._backend is None:
            return
        try:
            self._advance(now)
        except Exception as exc:
            self._device_failed(exc)

    def _advance(self, now: float) -> None:
        if self._settling and not self._skipping:
            self._settling = False
            for ch in LASTING:
                if ch in self._held:
                    continue
                w = self._wanted[ch]
                self._catch_up(ch, w.fadein if w is not None else CATCH_UP_FADE,
                               CATCH_UP_FADE)
        for ch, st in self._chans.items():
            if st.fading_until is not None:
                if now >= st.fading_until:
                    st.fading_until = None
                    self._start_next(ch)
            elif st.name is not None:
                if st.ends_at is not None:
                    if now >= st.ends_at:
                        self._backend.stop(ch)
                        self._start_next(ch)
                elif not st.looping and not self._backend.busy(ch):
                    self._start_next(ch)

    def set_volumes(self, music: float, sound: float, ambient: float | None = None,
                    mute: bool = False, voice: float | None = None) -> None:
        """Channel volumes (0..1) and mute, applied at once, to what plays too.
        `audio` follows `sound`; ambient and voice follow sound when not given."""
        self._volumes = {"music": music, "sound": sound,
                         "ambient": sound if ambient is None else ambient,
                         "voice": sound if voice is None else voice}
        if self._backend is None:
            return
        try:
            for group, v in self._volumes.items():
                self._backend.set_volume(group, 0.0 if mute else min(1.0, max(0.0, v)))
        except Exception as exc:
            self._device_failed(exc)

    def stop_all(self) -> None:
        """Silence every channel at once and forget what the story wanted."""
        for ch in LASTING:
            self._wanted[ch] = None
        self._settling = False
        self._held.clear()
        if self._backend is None:
            return
        try:
            for ch in CHANNELS:
                self._stop(ch, 0.0)
        except Exception as exc:
            self._device_failed(exc)

    def close(self) -> None:
        """Stop everything and let go of the device's files."""
        backend = self._backend
        if backend is None:
            return
        self.stop_all()
        self._backend = None
        try:
            backend.close()
        except Exception:  # closing after pygame.quit(): nothing left to let go of
            pass

    def _shift_times(self, dt: float) -> None:
        """Move times taken before the first update() onto the caller's clock."""
        for st in self._chans.values():
            st.started += dt
            if st.fading_until is not None:
                st.fading_until += dt
            if st.ends_at is not None:
                st.ends_at += dt

    def _device_failed(self, exc: Exception) -> None:
        """A backend call raised (not a bad file: the device itself): go silent."""
        self._backend = None
        log.warning("the audio device failed (%s); the game plays on silent", exc)

    # -- the story's wishes (kept while skipping) -----------------------------------------
    def _want_play(self, ch: str, files: list[str], loop: bool, fadein: float) -> None:
        if ch in LASTING:
            self._wanted[ch] = _Wanted(files, loop, [], fadein)

    def _want_queue(self, ch: str, files: list[str], loop: bool, fadein: float) -> None:
        if ch not in LASTING:
            return
        w = self._wanted[ch]
        if w is None:
            self._wanted[ch] = _Wanted(files, loop, [], fadein)
        else:
            w.queue.extend(files)
            w.loop = loop

    def _live(self, ch: str, stopping: bool = False) -> bool:
        """Whether an event on `ch` acts on the device now."""
        if self._backend is None or ch not in CHANNELS:
            return False
        if ch in LASTING:
            return not (self._skipping or self._settling)
        return not self._skipping or stopping  # while skipping: effects only stop

    def _catch_up(self, ch: str, fadein: float, fadeout: float) -> None:
        """Bring a lasting channel to what the story wants; keep an unchanged track."""
        if self._backend is None:
            return
        want = self._wanted[ch]
        st = self._chans[ch]
        if want is None:
            if st.name is not None or st.fading_until is not None or st.upcoming:
                self._stop(ch, fadeout)
            return
        order = want.files + want.queue
        group = (want.queue or want.files) if want.loop else []
        current = self.playing(ch)
        if current is not None and current in order:
            rest = order[order.index(current) + 1:]
            if st.name is None:  # waiting for a fade-out to end: start from `current`
                st.upcoming = [(f, fadein) for f in order[order.index(current):]]
            else:
                st.upcoming = [(f, 0.0) for f in rest]
                self._follow_with(ch, st)
            st.loop_group = list(group)
            if st.name is not None and st.looping and group != [st.name] and not rest:
                self._end_at_seam(st)
            return
        self._play(ch, want.files, fadein, fadeout, want.loop)
        st.upcoming += [(f, 0.0) for f in want.queue]
        st.loop_group = list(group)

    # -- driving the device -------------------------------------------------------------
    def _play(self, ch: str, files: list[str], fadein: float, fadeout: float,
              loop: bool) -> None:
        if ch == OVERLAPPING:
            for f in files:
                self._start(ch, f, loop, fadein)
            return
        st = self._chans[ch]
        st.upcoming = [(files[0], fadein), *((f, 0.0) for f in files[1:])] if files else []
        st.loop_group = list(files) if loop else []
        if st.fading_until is not None:
            return  # the new files start when the old one has faded out
        if st.name is not None and fadeout > 0 and self._backend.busy(ch):
            self._backend.fadeout(ch, fadeout)
            st.name, st.ends_at = None, None
            st.fading_until = self._now + fadeout
            return
        if st.name is not None:
            self._backend.stop(ch)
            st.name = None
        self._start_next(ch)

    def _queue(self, ch: str, files: list[str], loop: bool, fadein: float) -> None:
        if ch == OVERLAPPING:
            self._play(ch, files, fadein, 0.0, loop)
            return
        st = self._chans[ch]
        idle = st.name is None and st.fading_until is None and not st.upcoming
        if idle or (st.name is not None and not st.looping and not self._backend.busy(ch)):
            if st.name is not None:  # ended, not yet noticed by update()
                st.name = None
            self._play(ch, files, fadein, 0.0, loop)
            return
        st.upcoming += [(files[0], fadein), *((f, 0.0) for f in files[1:])] if files else []
        st.loop_group = list(files) if loop else []
        self._follow_with(ch, st)

    def _follow_with(self, ch: str, st: _Channel) -> None:
        """Something must follow the device loop that plays: end it at its next seam."""
        if st.name is not None and st.looping and st.upcoming:
            self._end_at_seam(st)

    def _end_at_seam(self, st: _Channel) -> None:
        if st.length is None or st.length <= 0:
            st.ends_at = self._now  # length unknown: the next file starts now
            return
        played = max(0.0, self._now - st.started)
        st.ends_at = st.started + st.length * max(1, math.ceil(played / st.length - 1e-9))

    def _stop(self, ch: str, fadeout: float) -> None:
        if ch == OVERLAPPING:
            if fadeout > 0:
                self._backend.fadeout(ch, fadeout)
            else:
                self._backend.stop(ch)
            return
        st = self._chans[ch]
        st.upcoming, st.loop_group = [], []
        if st.fading_until is not None:
            return  # already fading out, and now nothing follows
        if st.name is not None:
            if fadeout > 0 and self._backend.busy(ch):
                self._backend.fadeout(ch, fadeout)
                st.fading_until = self._now + fadeout
            else:
                self._backend.stop(ch)
        st.name, st.ends_at, st.looping = None, None, False

    def _start_next(self, ch: str) -> None:
        """Start the next file of the channel's list (or its loop group), skipping files
        that cannot be played; go idle if none is left."""
        st = self._chans[ch]
        st.name, st.ends_at, st.looping = None, None, False
        tries = len(st.upcoming) + len(st.loop_group) + 1
        while tries > 0:
            tries -= 1
            if not st.upcoming:
                if not st.loop_group:
                    return
                st.upcoming = [(f, 0.0) for f in st.loop_group]
            name, fadein = st.upcoming.pop(0)
            device_loop = not st.upcoming and st.loop_group == [name]
            if self._start(ch, name, device_loop, fadein):
                st.name, st.looping, st.started = name, device_loop, self._now
                st.length = self._backend.length(self._path_of(name) or "") \
                    if device_loop else None
                return
        st.upcoming, st.loop_group = [], []  # nothing in the list can play

    def _start(self, ch: str, name: str, loop: bool, fadein: float) -> bool:
        path = self._path_of(name)
        if path is None:
            self._warn_once(name, f"audio file '{name}' not found; playing on without it")
            return False
        try:
            self._backend.play(ch, path, loop, fadein)
        except AudioFileError as exc:
            self._warn_once(name, f"audio file '{name}' cannot be played ({exc});"
                            " playing on without it")
            return False
        return True

    def _path_of(self, name: str) -> str | None:
        try:
            return self.resolve(name)
        except Exception:  # a resolver should not fail; treat it as "not found"
            return None

    def _warn_once(self, name: str, message: str) -> None:
        if name not in self._warned:
            self._warned.add(name)
            log.warning(message)
