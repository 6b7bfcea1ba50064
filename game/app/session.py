"""One reading of the story in the window: the runtime, the screen that presents it,
rollback and history, skipping and auto-forward, autosaves at chapter starts.

The window (game/app/) owns the menus and the files; a Session only plays."""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import pygame

from ..render.screen import ENDED, MENU, PAUSE, PLAYING, SAY
from ..script.texttags import plain
from ..story import events as E
from ..story.rollback import HistoryEntry, Rollback
from ..story.runtime import LOOK_AHEAD, Runtime
from ..story.state import CHOICE, CONTINUE, INPUT, START

if TYPE_CHECKING:
    from . import Game

log = logging.getLogger("game")
END_CARD_SECONDS = 6.0


class Session:
    def __init__(self, game: Game, replay: str | None = None) -> None:
        self.game = game
        # a replay of one chapter (from the chapter list): no saves, no autosaves, and
        # it ends where the next chapter begins, back at the chapter list
        self.replay = replay
        self._saved_at: str | None = None  # the position when last saved or loaded
        self.program = game.program
        self.screen = game.make_screen()
        self.runtime = self.runtime_for(game.program)
        self.rollback = Rollback()
        self.skip_held = False  # Ctrl is down
        self.skip_toggled = False  # Tab
        self._skip_resume = False  # skipping waits through a menu (skip after choices)
        self.auto = False
        self._auto_wait = 0.0
        self.hide_ui = False
        self.ended_for = -1.0  # seconds since "The End" showed; <0 until the end
        self.credits: Any = None  # the CreditsRoll after the end, if the story has credits
        self._autosave_due = False
        self._shown_line: str | None = None
        self._recorded_line: str | None = None
        self._seen_merged()

    def _seen_merged(self) -> None:
        self.runtime.state.seen |= self.game.persistent.seen

    # -- starting ------------------------------------------------------------------
    def start(self, chapter: str | None = None) -> None:
        if chapter is not None:
            evs = self.runtime.start_at_chapter(chapter)
        else:
            # a new reading draws new renpy.random numbers (transcripts keep the first
            # seed, so that they repeat); a save keeps the generator where it was
            import os

            self.runtime.state.rng = int.from_bytes(os.urandom(8), "little")
            # a silent, empty stage first: the title theme stops as the story begins
            evs = [E.Sync(), *self.runtime.start()]
        self.present(evs)
        self.mark_saved()

    def mark_saved(self) -> None:
        """The reading as it is now is kept (saved, loaded or just begun)."""
        self._saved_at = self.runtime.state.position

    def unsaved_progress(self) -> bool:
        """Whether the reader moved on since the last save or load (a replay keeps
        nothing, so it has nothing to lose)."""
        return self.replay is None and self.runtime.state.position != self._saved_at

    def load(self, data: dict[str, Any]) -> None:
        """Resume a save (its "state" and "history")."""
        self.rollback.load_history(data.get("history", []))
        evs = self.runtime.restore(data["state"])
        self._seen_merged()
        self.rollback.retell(self.runtime.history_entry)  # in the reader's language
        self.present(evs, settle=True)
        self.mark_saved()

    def history_json(self) -> list:
        """The history for a save, as the story is written (a save holds no reader's
        language: loading tells it again in whichever language is chosen then)."""
        rt = self.runtime
        tr, rt.translation = rt.translation, None
        try:
            return [rt.history_entry(e).to_json() for e in self.rollback.entries()]
        finally:
            rt.translation = tr

    def relanguage(self) -> None:
        """The reader chose another language: the line or menu showing and the history
        are shown again in it (saves keep ids, so nothing else changes)."""
        self.runtime.translation = self.game.language.translation()
        self.rollback.retell(self.runtime.history_entry)
        ev = self.runtime.current_event()
        if ev is not None:
            self.present([ev], settle=True)

    # -- presenting ----------------------------------------------------------------
    def present(self, evs: list[E.Event], settle: bool = False) -> None:
        """Hand runtime events to the screen and the audio; `settle` shows the line at
        once, complete (a load or a rollback)."""
        if self.game.audio is not None:
            self.game.audio.prepare(evs)
        chapters = {c.label for c in self.program.chapters}
        for ev in evs:
            if isinstance(ev, E.LabelReached) and self.replay is not None and \
                    ev.label in chapters and ev.label != self.replay:
                self.game.end_replay()  # the next chapter begins: the replay is over
                return
            if isinstance(ev, E.LabelReached) and ev.label in chapters:
                if self.game.persistent.unlock(ev.label):
                    self.game.persistent_changed()
                self._autosave_due = True
            elif isinstance(ev, E.Say):
                self.game.persistent.mark_seen(ev.line_id)
        from ..userdata.extras import note_shown

        if note_shown(self.game.persistent, evs):
            self.game.persistent_changed()
        self.screen.feed(evs)
        if settle:
            was = self.screen.instant
            self.screen.instant = True
            self.screen.update(0.0)
            self.screen.instant = was
        self._auto_wait = 0.0
        self.game.dirty = True
        asked = next((ev for ev in evs if isinstance(ev, E.Input)), None)
        if asked is not None and self.runtime.waiting == INPUT:
            self._ask(asked)

    def _ask(self, asked: E.Input) -> None:
        """renpy.input: the text box over the scene (skipping stops to let the reader
        type)."""
        from ..ui.screens.text_input import TextInput

        self.stop_skipping()
        self.screen.update(0.0)  # the scene as it stands behind the question
        self.game.ui.open(TextInput(self.game, asked, self.enter))

    def enter(self, text: str) -> None:
        if self.runtime.waiting == INPUT:
            self.present(self.runtime.enter(text))

    def _record(self) -> None:
        """Remember the interaction now showing for rollback and history."""
        ev = self.runtime.current_event()
        if ev is None:
            return
        self.rollback.record(self.runtime.snapshot(), HistoryEntry.from_event(ev))

    def advance(self) -> None:
        if self.runtime.waiting in (CONTINUE, START):
            self.present(self.runtime.advance())

    def proceed(self) -> None:
        """Click/Space/Enter: finish what animates, else go on."""
        self.game.dirty = True
        if self.ended_for >= 0:
            self.game.to_title()
            return
        if self.screen.click():
            self.advance()

    def choose(self, k: int) -> None:
        menu = self.screen.menu
        if menu is None or self.runtime.waiting != CHOICE or not \
                0 <= k < len(menu.menu.choices):
            return
        index = menu.menu.choices[k].index
        self.present(self.runtime.choose(index))
        if self._skip_resume:
            self._skip_resume = False
            self.skip_toggled = True

    # -- skip and auto -------------------------------------------------------------
    @property
    def skipping(self) -> bool:
        return self.skip_held or self.skip_toggled

    def toggle_skip(self) -> None:
        self.skip_toggled = not self.skip_toggled
        self._skip_resume = False
        if self.skip_toggled:
            self.auto = False
        self.game.dirty = True

    def stop_skipping(self) -> None:
        self.skip_toggled = False
        self.skip_held = False
        self._skip_resume = False

    def toggle_auto(self) -> None:
        self.auto = not self.auto
        self._auto_wait = 0.0
        self.game.dirty = True

    # -- rollback ------------------------------------------------------------------
    def roll_back(self) -> bool:
        snap = self.rollback.back()
        if snap is None:
            return False
        self.stop_skipping()
        self.present(self.runtime.restore(snap), settle=True)
        return True

    def roll_forward(self) -> bool:
        snap = self.rollback.forward()
        if snap is None:
            return False
        self.present(self.runtime.restore(snap), settle=True)
        return True

    def roll_to(self, index: int) -> bool:
        snap = self.rollback.to(index)
        if snap is None:
            return False
        self.stop_skipping()
        self.present(self.runtime.restore(snap), settle=True)
        return True

    # -- time ----------------------------------------------------------------------
    def tick(self, dt: float) -> None:
        s = self.screen
        skipping = self.skipping and self.ended_for < 0
        s.instant = skipping
        audio = self.game.audio
        if audio is not None and audio.skipping != skipping:
            audio.skipping = skipping
        if s.update(dt):
            self.game.dirty = True
        if s.state == PLAYING and s.ready_for_runtime and \
                self.runtime.waiting in (CONTINUE, START):
            self.advance()  # a timed pause ended, or a restore landed on a label
            s.update(0.0)
        elif s.state == SAY and s.auto_nw and s.line_complete():
            self.advance()
            s.update(0.0)
        self._after_update(dt)

    def _after_update(self, dt: float) -> None:  # noqa: C901
        s = self.screen
        if s.state in (SAY, MENU):
            line = self.runtime.state.position
            if line != self._shown_line:
                self._shown_line = line
                self._record()
                self.game.state_changed()
            if self._autosave_due and s.ready_for_runtime and not self._on_card():
                self._autosave_due = False
                self.game.saving.autosave("chapter start")
        if s.state == ENDED and self.replay is not None:
            self.game.end_replay()  # the story's end: a replay adds no finish, no credits
            return
        if s.state == ENDED:
            if self.ended_for < 0:
                self.ended_for = 0.0
                self.stop_skipping()
                self.auto = False
                self.game.story_finished()
                self._roll_credits()
            else:
                self.ended_for += dt
                if self.credits is not None:
                    self.credits.update(dt)
                    if self.credits.done:
                        self.game.to_title()
                elif self.ended_for >= END_CARD_SECONDS:
                    self.game.to_title()
            self.game.dirty = True
            return
        if self.skipping:
            if s.state == SAY and s.line_complete() and not s.timeline:
                say = s.last_say
                if say is not None and (say.seen or self.game.prefs.skip_unseen):
                    self.advance()
                elif say is not None:
                    self.stop_skipping()
                    self.game.toast("Skipping stopped: this text is new to you.")
            elif s.state == PAUSE:
                self.advance()
            elif s.state == MENU:
                if self.skip_toggled and self.game.prefs.skip_after_choices:
                    self._skip_resume = True
                self.skip_toggled = False
                self.skip_held = False
            self.game.dirty = True
        elif self.auto and s.state == SAY and s.line_complete():
            self._auto_wait += dt
            if self._auto_wait >= self.game.prefs.auto_forward:
                self._auto_wait = 0.0
                self.advance()

    def _roll_credits(self) -> None:
        """The story's credits (game.toml's [credits]), with their music, if it has any."""
        credits = getattr(self.program, "credits", None)
        if credits is None:
            return
        from ..render.credits import CreditsRoll

        if self.runtime.translation is not None:
            credits = self.runtime.translation.credits(credits)
        self.credits = CreditsRoll(credits, self.game.images)
        audio = self.game.audio
        if audio is not None and credits.music:
            self.game._audio_event(E.Play("music", (credits.music,), 2.0, None, True))
    def _on_card(self) -> bool:
        """A chapter card (centered text on black) is showing: the chapter's autosave
        waits for the first line over its scene, the picture its thumbnail should hold."""
        say = self.screen.last_say
        return self.screen.state == SAY and say is not None and say.kind == "centered"

    def animating(self) -> bool:
        return self.screen.animating() or self.skipping or self.ended_for >= 0 or (
            self.auto and self.screen.state == SAY)

    # -- what is showing -----------------------------------------------------------
    def current_line(self) -> tuple[str | None, str | None, str | None]:
        """(line id, plain text, speaker) of what the reader is looking at."""
        s = self.screen
        if s.state == MENU and s.menu is not None:
            m = s.menu.menu
            text = plain(m.caption.text) if m.caption else " / ".join(
                plain(c.text) for c in m.choices)
            return m.line_id, text, m.caption.who if m.caption else None
        say = s.last_say
        if say is None:
            return self.runtime.state.position, None, None
        return say.line_id, plain(s.box.text or say.text), say.who

    def chapter(self) -> Any:
        """The chapter the reader is in (by position in the script), or None."""
        prog = self.program
        pos = self.runtime.state.position
        i = prog.by_sid.get(pos) if pos else None
        if i is None:
            return None
        best, best_i = None, -1
        for ch in prog.chapters:
            li = prog.labels.get(ch.label)
            if li is not None and best_i < li <= i:
                best, best_i = ch, li
        return best

    @property
    def finished(self) -> bool:
        return self.ended_for >= 0

    def key_down(self, ev: pygame.event.Event) -> None:
        if ev.key in (pygame.K_LCTRL, pygame.K_RCTRL):
            self.skip_held = True
            self.auto = False

    def key_up(self, ev: pygame.event.Event) -> None:
        if ev.key in (pygame.K_LCTRL, pygame.K_RCTRL):
            self.skip_held = False

    def runtime_for(self, program: Any) -> Runtime:
        """A runtime for this reading of `program` (a start, or a live reload)."""
        from ..project import source_line_reader  # an error shows its line

        runtime = Runtime(program, source_lines=source_line_reader())
        runtime.look_ahead = LOOK_AHEAD  # Prepare events: the screen loads images early
        runtime.translation = self.game.language.translation(program)
        runtime.persistent = self.game.persistent.variables  # `persistent.x`
        runtime.persistent_changed = lambda: setattr(self.game.persistent, "dirty", True)
        return runtime

    # -- live reload ---------------------------------------------------------------
    def swap_story(self, program: Any, runtime: Runtime, evs: list[E.Event]) -> None:
        """Play on in an edited story (game/app/live_reload.py): `runtime` has restored the
        reader's state in `program`, and `evs` re-present the stage, music and line."""
        self.program = program
        self.runtime = runtime
        self._seen_merged()
        self._shown_line = runtime.state.position  # rollback was rebased already
        if runtime.translation is not None:  # an edited catalogue: History in its words
            self.rollback.retell(runtime.history_entry)
        self.present(evs, settle=True)
