"""The music room: the story's music tracks (game.toml's [[music]], with their titles),
each unlocked once heard; play, stop, previous and next, the playing one highlighted.
Leaving it gives the title its own music back."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pygame

from ...story import events as E
from ...userdata.extras import Track, story_tracks, track_unlocked
from .. import hands as H
from ..i18n import _
from ..theme import BRIGHT_RED, DIM_INK, FAINT_INK, INK
from ..widgets import draw_text
from .page import CONTENT_X, Page

if TYPE_CHECKING:
    from ..host import Host

LIST_X, LIST_Y, ROW_W, ROW_H, ROW_STEP = CONTENT_X + 40, 150, 900, 62, 70
CONTROLS_GAP = 40  # between the list and the buttons under it
FADE_S = 0.6


class MusicRoom(Page):
    name = "music_room"
    heading = "Music Room"

    def __init__(self, game: Host) -> None:
        super().__init__(game)
        self.tracks: list[Track] = story_tracks(game.program)
        self.playing: int | None = None
        self.changed = False  # the room played or stopped something: leaving restores

    def unlocked(self, t: Track) -> bool:
        return track_unlocked(self.game.persistent, t)

    def shown_title(self, t: Track) -> str:
        return _(t.title) if self.unlocked(t) else "???"

    # -- leaving -------------------------------------------------------------------
    def nav(self) -> list[tuple[str, Callable[[], None] | None]]:
        def leaving(on: Callable[[], None]) -> Callable[[], None]:
            return lambda: (self.leave(), on())
        return [(n, leaving(on) if on is not None and n != "Return" else on)
                for n, on in super().nav()]

    def back(self) -> None:
        self.leave()
        super().back()

    def leave(self) -> None:
        """The room's music stops; the title's plays again (in a reading, the scene's)."""
        if not self.changed:
            return
        self.playing = None
        self.changed = False
        g = self.game
        if g.session is None:
            g.play_title_music()
        elif g.audio is not None:
            g.audio.handle(g.session.runtime.sync())

    # -- building ------------------------------------------------------------------
    def build_content(self) -> None:
        for k, t in enumerate(self.tracks):
            ok = self.unlocked(t)
            b = self.button((LIST_X, LIST_Y + k * ROW_STEP, ROW_W, ROW_H),
                            f"{k + 1}.  {self.shown_title(t)}", lambda k=k: self.play(k),
                            cls="@toggle", name=f"track:{k + 1}", enabled=ok)
            if k == self.playing:
                b.select()
        x = LIST_X
        y = self.controls_y()
        for text, on, w in (("\u25c0\u25c0 Previous", lambda: self.skip(-1), 260),
                            ("\u25a0 Stop", self.stop, 200),
                            ("Next \u25b6\u25b6", lambda: self.skip(1), 260)):
            self.button((x, y, w, 60), text, on, cls="@toggle",
                        name=text.split()[-1].lower() if "Next" not in text else "next",
                        enabled=any(self.unlocked(t) for t in self.tracks))
            x += w + 24
        if self.focus_name is None:
            first = next((k for k, t in enumerate(self.tracks) if self.unlocked(t)), None)
            self.focus_name = f"track:{first + 1}" if first is not None else "nav:Return"

    def controls_y(self) -> int:
        return min(980, LIST_Y + len(self.tracks) * ROW_STEP + CONTROLS_GAP)

    # -- playing -------------------------------------------------------------------
    def play(self, k: int) -> None:
        if not (0 <= k < len(self.tracks)) or not self.unlocked(self.tracks[k]):
            return
        self.playing = k
        self.changed = True
        g = self.game
        if g.audio is not None:
            g.audio.handle(E.Play("music", (self.tracks[k].file,), FADE_S, FADE_S, True))
        else:
            g.toast("No sound device: the music cannot play.")
        self.focus_name = self.focus.current.name if self.focus and self.focus.current \
            else f"track:{k + 1}"
        g.ui.rebuild()

    def stop(self) -> None:
        if self.playing is None:
            return
        self.playing = None
        self.changed = True
        if self.game.audio is not None:
            self.game.audio.handle(E.Stop("music", FADE_S))
        self.focus_name = "stop"
        self.game.ui.rebuild()

    def skip(self, d: int) -> None:
        """The next (or previous) unlocked track after the playing one."""
        n = len(self.tracks)
        if not n:
            return
        k = self.playing if self.playing is not None else (-1 if d > 0 else 0)
        for _step in range(n):
            k = (k + d) % n
            if self.unlocked(self.tracks[k]):
                self.play(k)
                return

    def action(self, action: str) -> bool:
        if action in (H.PAGE_PREV, H.PAGE_NEXT):
            self.skip(1 if action == H.PAGE_NEXT else -1)
            return True
        return super().action(action)

    # -- drawing -------------------------------------------------------------------
    def draw_content(self, canvas: pygame.Surface) -> None:
        s = self.s
        heard = sum(1 for t in self.tracks if self.unlocked(t))
        text = (_("{heard} of {total} tracks unlocked").format(heard=heard, total=len(self.tracks))
                if self.tracks else
                "This story lists no music.")
        draw_text(canvas, text, (s(LIST_X), s(70)), size=s(34), color=DIM_INK,
                  family="serif")
        if self.game.audio is None:
            draw_text(canvas, "No sound device: the music cannot play.",
                      (s(LIST_X), s(self.controls_y() + 80)), size=s(26),
                      color=FAINT_INK)

    def draw_over(self, canvas: pygame.Surface) -> None:
        s = self.s
        if self.playing is not None:  # a bar and a note beside the playing track
            y = s(LIST_Y + self.playing * ROW_STEP)
            pygame.draw.rect(canvas, BRIGHT_RED, (s(LIST_X - 24), y, s(8), s(ROW_H)))
            draw_text(canvas, "\u266a playing", (s(LIST_X + ROW_W + 24), y + s(14)),
                      size=s(28), color=INK)

    def describe(self) -> dict[str, Any]:
        return {"menu": self.name,
                "playing": self.tracks[self.playing].file if self.playing is not None
                else None,
                "titles": [self.shown_title(t) for t in self.tracks]}
