"""Saving and loading a reading, thumbnails and screenshots: the part of the window
that writes to the user data folder (the game's `saving` controller)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pygame

from .._log import get_logger
from ..render.png import png_bytes
from ..ui.i18n import _
from ..userdata.saves import QUICK, THUMBNAIL_SIZE, SaveError

if TYPE_CHECKING:
    from . import Game

log = get_logger("game")


class Saving:
    """The game's save, load, quick save/load, autosave, thumbnail and screenshot."""

    def __init__(self, game: Game) -> None:
        self.game = game

    def load_slot(self, slot: str) -> bool:
        try:
            data = self.game.saves.load(slot)
        except SaveError as exc:
            from ..ui.notices import for_player

            log.warning("slot %s: %s", slot, exc)
            self.game.toast(for_player(str(exc), self.game.saves.folder).capitalize(), error=True)
            return False
        from .session import Session

        session = Session(self.game)
        try:
            session.load(data)
        except Exception as exc:  # a save this script cannot place: say so, go on
            log.warning("slot %s could not be resumed: %r", slot, exc)
            self.game.toast(_("Slot {slot} could not be resumed: {problem}").format(slot=slot,
                                                                            problem=exc))
            return False
        self.game.session = session
        self.game.ui.close_all()
        self.game.state_changed()
        return True

    def continue_latest(self) -> bool:
        info = self.game.saves.latest()
        if info is None:
            self.game.toast("There is no save to continue.")
            return False
        return self.load_slot(info.slot)

    def _save_fields(self) -> dict[str, Any]:
        """What a save holds besides the slot: the state, where the reader is, a picture."""
        s = self.game.session
        assert s is not None
        _line_id, text, who = s.current_line()
        ch = s.chapter()
        return dict(chapter=ch.title if ch else None, line=text, who=who,
                    thumbnail_png=self.thumbnail_png(), history=s.history_json(),
                    story_hash=getattr(self.game.program, "source_hash", ""))

    def save_slot(self, slot: str, quiet: bool = False, name: str | None = None) -> bool:
        s = self.game.session
        if s is None:
            return False
        if s.replay is not None:
            self.game.toast("Saving is off during a replay.")
            return False
        try:
            self.game.saves.save(slot, s.runtime.snapshot(), name=name, **self._save_fields())
        except SaveError as exc:
            self.game.toast(str(exc).capitalize())
            return False
        s.mark_saved()
        self.game.persistent_changed()
        if not quiet:
            self.game.toast("Saved." if slot != QUICK else "Quick saved.")
        return True

    def autosave(self, why: str) -> None:
        s = self.game.session
        if s is None or s.finished or s.replay is not None:
            return
        try:
            self.game.saves.autosave(s.runtime.snapshot(), **self._save_fields())
        except SaveError as exc:
            log.warning("autosave (%s) failed: %s", why, exc)
            self.game.toast(_("Autosave failed: {problem}").format(problem=exc))
        self.game.persistent_changed()

    def quick_save(self) -> None:
        self.save_slot(QUICK)

    def quick_load(self) -> None:
        """Load the quick save, asking first if reading done since the last save or load
        would be lost."""
        if not self.game.saves.info(QUICK).exists:
            self.game.toast("There is no quick save yet.")
            return
        if self.game.unsaved_progress():
            from ..ui.screens.dialogs import Confirm

            if self.game.ui.top is None or self.game.ui.top.name != "confirm":
                self.game.ui.open(Confirm(self.game, "Quick load? What you read since your last"
                                     " save will be lost.", self._quick_load))
            return
        self._quick_load()

    def _quick_load(self) -> None:
        if self.load_slot(QUICK):
            self.game.toast("Quick loaded.")

    def stage_frame(self) -> pygame.Surface:
        """The current game picture without the interface, at the canvas size."""
        surf = pygame.Surface(self.game.view.size)
        if self.game.session is not None:
            self.game.session.screen.draw(surf, self.game.clock() - self.game.started, hide_ui=True)
        return surf

    def thumbnail_png(self) -> bytes | None:
        try:
            small = pygame.transform.smoothscale(self.stage_frame(), THUMBNAIL_SIZE)
            return png_bytes(small)
        except Exception as exc:  # no thumbnail is better than no save
            log.warning("thumbnail failed: %r", exc)
            return None

    def screenshot(self) -> None:
        folder = self.game.data.screenshots
        from datetime import datetime

        name = datetime.now().strftime("screenshot-%Y%m%d-%H%M%S.png")
        path = folder / name
        n = 2
        while path.exists():
            path = folder / name.replace(".png", f"-{n}.png")
            n += 1
        try:
            folder.mkdir(parents=True, exist_ok=True)
            pygame.image.save(self.game.window.subsurface(self.game.view.rect), str(path))
        except Exception as exc:
            self.game.toast(_("The screenshot could not be saved: {problem}").format(problem=exc))
            return
        self.game.toast(_("Screenshot saved: {name}").format(name=path.name))
