"""The window's presenter: plays the runtime's events in order on a timeline.

The runtime runs ahead to the next line in one go; the screen then plays what
happened on the way (stage changes, transitions, pauses, audio cues) in order and
at their pace, before the line appears, as Ren'Py's statements block in turn.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Callable
from typing import Final

import pygame

from ..scene.model import Sprite, Stage
from ..scene.moves import SPRITE_MOVES
from ..scene.transform import all_finished
from ..story import events as E
from .choices import ChoiceMenu
from .images import BG, SPRITE, ImageStore
from .look import Look
from .nvl import NvlChoices, NvlPage
from .stage import StageRenderer
from .textbox import BOX, BoxStyle, TextBox
from .transitions import TransitionPlayer

AUDIO_EVENTS: Final = (E.Play, E.Queue, E.Stop)

# what the screen waits for
PLAYING, SAY, MENU, PAUSE, ENDED = "playing", "say", "menu", "pause", "ended"


class Screen:
    def __init__(self, images: ImageStore, *, cps: float = 40.0,
                 style: BoxStyle | None = None,
                 on_audio: Callable[[E.Event], None] | None = None,
                 on_notice: Callable[[str], None] | None = None,
                 transitions: bool = True,
                 on_shown: Callable[[E.Event], None] | None = None,
                 look: Look | None = None) -> None:
        self.images = images
        self.stage_renderer = StageRenderer(images)
        self.cps = cps
        self.box = TextBox(images.scale, style)
        if look is not None:
            self.box.look = look
        self.box.side_source = lambda name: self.images.get(name, SPRITE)
        self.on_audio = on_audio or (lambda ev: None)
        self.on_notice = on_notice or (lambda text: None)
        self.transitions_enabled = transitions
        self.reduce_motion = False  # no shakes, no flashes (the reader's choice)
        # told of each Say and Menu as it shows (self-voicing speaks them)
        self.on_shown = on_shown or (lambda ev: None)
        self.timeline: deque[E.Event] = deque()
        self.pending = Stage()  # what the statements so far have put on stage
        self.display = Stage()  # what is on screen
        self.transition: TransitionPlayer | None = None
        self.pause_left: float | None = None
        self.menu: ChoiceMenu | None = None
        self.state = PLAYING
        self.instant = False  # skipping or capturing: no waiting on anything
        self._composite: pygame.Surface | None = None
        self.auto_nw = False  # the line has {nw}: advance as soon as it is typed
        self.last_say: E.Say | None = None
        # animated transforms: when each sprite's began (by tag), on the clock `now`
        self.now = 0.0
        self._began: dict[str, tuple[str, float]] = {}

    # -- feeding -----------------------------------------------------------------------
    def feed(self, events: list[E.Event]) -> None:
        ahead: list[tuple[str, str]] = []
        if any(type(ev) is E.Prepare for ev in events):  # loaded ahead, never played
            for ev in events:
                if isinstance(ev, E.Prepare):
                    ahead.extend(ev.images)
            events = [ev for ev in events if type(ev) is not E.Prepare]
        self.timeline.extend(events)
        wanted = []
        for ev in events:
            if isinstance(ev, E.Scene) and ev.image:
                wanted.append((ev.image, BG))
            elif isinstance(ev, E.Show) and ev.text is None:
                wanted.append((ev.image, SPRITE))
            elif isinstance(ev, E.With) and ev.transition is not None \
                    and ev.transition.kind == "imagedissolve":
                wanted.append((ev.transition.image, BG))  # its mask
            elif isinstance(ev, E.Sync):
                st = ev.stage
                if st.scene:
                    wanted.append((st.scene, BG))
                wanted.extend((s.image, SPRITE) for s in st.sprites)
        if wanted or ahead:
            self.images.prefetch(wanted + ahead)  # what shows now first
        if self.state in (SAY, PAUSE) or (self.state == MENU and events):
            self.state = PLAYING

    def set_style(self, style: BoxStyle) -> None:
        """The reader's look for the text box and the choices showing now."""
        self.box.set_style(style)
        m = self.menu
        if m is not None and (m.family, m.high_contrast) != (style.family, style.high_contrast):
            m.family, m.high_contrast = style.family, style.high_contrast
            m.layout(self.stage_renderer.size, self._box_top())

    def rescale(self, scale: float) -> None:
        self.images.set_scale(scale)
        self.box.rescale(scale)
        self._composite = None
        if self.transition is not None:
            self.transition.finish()
        if self.menu is not None:
            self.menu.scale = scale
            self.menu.layout(self.stage_renderer.size, self._box_top())

    # -- stepping ----------------------------------------------------------------------
    def update(self, dt: float) -> bool:
        """Play the timeline forward by dt seconds; True if the picture changed."""
        changed = self.tick(dt)
        while True:
            if self.transition is not None:
                if self.instant or not self.transitions_enabled:
                    self.transition.finish()
                self.transition.update(dt)
                dt = 0.0
                changed = True
                if not self.transition.done:
                    return True
                self.transition = None
            if self.pause_left is not None:
                if self.instant:
                    self.pause_left = 0.0
                used = min(dt, self.pause_left)
                self.pause_left -= used
                dt -= used
                if self.pause_left > 1e-9:
                    return changed
                self.pause_left = None
                self.state = PLAYING
                return True
            if self.state != PLAYING or not self.timeline:
                break
            ev = self.timeline.popleft()
            changed = True
            self._apply(ev)
        if self.state == SAY:
            if self.instant:
                self.box.finish()
            if self.box.update(dt):
                changed = True
        return changed

    def _apply(self, ev: E.Event) -> None:  # noqa: C901
        t = type(ev)
        if t is E.Scene:
            self.pending.set_scene(ev.image, ev.light,  # type: ignore[union-attr]
                                   ev.transform)  # type: ignore[union-attr]
            self._hide_text()
        elif t is E.Light:
            self.pending.light = ev.light  # type: ignore[union-attr]
        elif t is E.Show:
            self.pending.show(ev.tag, ev.image, ev.at, ev.behind,  # type: ignore[union-attr]
                              ev.transform, ev.zorder, ev.text,  # type: ignore[union-attr]
                              ev.layers)  # type: ignore[union-attr]
        elif t is E.Hide:
            self.pending.hide(ev.tag)  # type: ignore[union-attr]
        elif t is E.With:
            self._with(ev)  # type: ignore[arg-type]
        elif t in AUDIO_EVENTS:
            self.on_audio(ev)
        elif t is E.Sync:
            self.pending = ev.stage.copy()  # type: ignore[union-attr]
            self.display = self.pending.copy()
            self._composite = None
            self.transition = None
            self.box.clear()
            self.on_audio(ev)
        elif t is E.Say:
            self._commit()
            self.menu = None
            self.box.show(ev, 0 if self.instant else self.cps)  # type: ignore[arg-type]
            self.last_say = ev  # type: ignore[assignment]
            self.auto_nw = bool(self.box.lay and self.box.lay.no_wait)
            self.state = SAY
            self.on_shown(ev)
        elif t is E.Menu:
            self._commit()
            assert isinstance(ev, E.Menu)
            if ev.caption is not None:
                self.box.show(ev.caption, 0)
            elif self.pending.window != "show":
                self.box.clear()
            if ev.nvl:  # the choices join the NVL page, which the menu draws
                self.box.clear()
                self.menu = NvlChoices(ev, self.images.scale, NvlPage(
                    self.images.scale, self.box.look, self.box.style.text_scale,
                    self.box.style.high_contrast))
            else:
                self.menu = ChoiceMenu(ev, self.images.scale, family=self.box.style.family,
                                       high_contrast=self.box.style.high_contrast)
            self.menu.layout(self.stage_renderer.size, self._box_top())
            self.state = MENU
            self.on_shown(ev)
        elif t is E.Chose:
            self.menu = None
            self.box.clear()
        elif t is E.Pause:
            self._commit()
            self._hide_text()
            secs = ev.seconds  # type: ignore[union-attr]
            if secs is None:
                self.state = PAUSE
            else:
                self.pause_left = secs
                self.state = PLAYING
        elif t is E.Window:
            self.pending.window = ev.mode  # type: ignore[union-attr]
            if ev.mode == "hide":  # type: ignore[union-attr]
                self.box.clear()
        elif t is E.End:
            self._commit()
            self.box.clear()
            self.state = ENDED
        elif t is E.Notice:
            self.on_notice(ev.text)  # type: ignore[union-attr]

    def _hide_text(self) -> None:
        if self.pending.window != "show":
            self.box.clear()

    def _box_top(self) -> int:
        return self.stage_renderer.size[1] - round(BOX.top * self.images.scale) \
            if self.box.say is not None else 0

    def _commit(self) -> None:
        """Changes not covered by a `with` appear at once at the next interaction."""
        if self.pending != self.display:
            self.display = self.pending.copy()
            self._composite = None
            self._clock()  # transforms begin when their sprite appears

    def _with(self, ev: E.With) -> None:
        if ev.transition is None or not self.transitions_enabled or self.instant:
            self._commit()
            return
        kind = ev.transition.kind
        glides = kind in SPRITE_MOVES and not self.reduce_motion
        old = self.composite()
        size = old.get_size()
        before = self.stage_renderer.pieces(self.display, size, self._clock()) \
            if glides else []
        self.display = self.pending.copy()
        self._composite = None
        clock = self._clock()
        new = self.composite()
        glide = None
        if glides:  # the new background alone, and where each sprite stands before/after
            bg = pygame.Surface(size)
            self.stage_renderer.draw_scene(bg, self.display, clock)
            glide = (bg, before, self.stage_renderer.pieces(self.display, size, clock))
        mask = None
        if kind == "imagedissolve" and self.images.source.find(ev.transition.image):
            mask = self.images.get(ev.transition.image, BG)  # else a plain dissolve
        self.transition = TransitionPlayer(ev.transition, old, new, self.images.scale,
                                           calm=self.reduce_motion, glide=glide, mask=mask)

    # -- input -------------------------------------------------------------------------
    def click(self) -> bool:
        """A click/Space/Enter: finish a transition or the typing. Returns True if the
        reader is now done with the line (the app should advance the runtime)."""
        if self.transition is not None:
            self.transition.finish()
            return False
        if self.state == PLAYING and self.pause_left is not None:
            self.pause_left = 0.0
            return False
        if self.state == SAY:
            if self.box.click():
                return False
            return True
        if self.state == PAUSE:
            return True
        return False

    @property
    def choice_menu(self) -> ChoiceMenu | None:
        """The choice menu, while it waits for the reader."""
        return self.menu if self.state == MENU else None

    @property
    def ready_for_runtime(self) -> bool:
        """Everything on the timeline is played and the reader is done with it."""
        return not self.timeline and self.transition is None and self.pause_left is None

    def line_complete(self) -> bool:
        return self.state == SAY and self.box.complete and self.transition is None

    # -- drawing -----------------------------------------------------------------------
    def composite(self) -> pygame.Surface:
        if self._composite is None:
            # reduce motion: every transform shown still, at its end (no ATL animation)
            clock = None if self.reduce_motion else self._clock()
            self._composite = self.stage_renderer.render(self.display, clock)
        return self._composite

    def _clock(self) -> dict[str, float]:
        """Seconds since each shown sprite's transforms began (a new transform, or a
        new sprite, starts again from 0)."""
        began = {}
        shown = list(self.display.sprites)
        if self.display.scene_transform is not None:
            shown.append(Sprite("", "", transform=self.display.scene_transform))
        for sp in shown:
            if sp.transform is None:
                continue
            key = repr(sp.transform)
            old = self._began.get(sp.tag)
            began[sp.tag] = old if old is not None and old[0] == key else (key, self.now)
        self._began = began
        return {tag: self.now - t0 for tag, (_, t0) in began.items()}

    def transforms_moving(self) -> bool:
        """Whether a shown sprite's transform still changes (so frames must be redrawn)."""
        if self.reduce_motion:
            return False
        shown = [(sp.tag, sp.transform) for sp in self.display.sprites]
        shown.append(("", self.display.scene_transform))
        return any(tf and not all_finished(
            tf, self.now - self._began.get(tag, ("", self.now))[1]) for tag, tf in shown)

    def tick(self, dt: float) -> bool:
        """Advance the transforms' clock; True if the stage must be drawn again."""
        was = self.transforms_moving()  # the last step to the end is drawn too
        self.now += dt
        if was or self.transforms_moving():
            self._composite = None
            return True
        return False

    def animating(self) -> bool:
        return self.transition is not None or self.pause_left is not None or \
            self.transforms_moving() or \
            (self.state == SAY and not self.box.idle) or \
            (self.state == PLAYING and bool(self.timeline))

    def draw(self, dest: pygame.Surface, now: float, *, hide_ui: bool = False) -> None:
        if self.transition is not None:
            self.transition.draw(dest)
        else:
            dest.blit(self.composite(), (0, 0))
        if hide_ui:
            return
        show_window = self.display.window == "show"
        if self.transition is None and (self.box.say is not None or show_window):
            self.box.draw(dest, now, show_window=show_window)
        if self.menu is not None and self.transition is None:
            self.menu.draw(dest)
