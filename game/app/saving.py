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
        g = self.game
        try:
            data = g.saves.load(slot)
        except SaveError as exc:
            from ..ui.notices import for_player

            log.warning("slot %s: %s", slot, exc)
            g.toast(for_player(str(exc), g.saves.folder).capitalize(), error=True)
            return False
        from .session import Session

        session = Session(g)
        try:
            session.load(data)
        except Exception as exc:  # a save this script cannot place: say so, go on
            log.warning("slot %s could not be resumed: %r", slot, exc)
            g.toast(_("Slot {slot} could not be resumed: {problem}").format(slot=slot,
                                                                           problem=exc))
            return False
        g.session = session
        g.ui.close_all()
        g.state_changed()
        return True

    def continue_latest(self) -> bool:
        g = self.game
        info = g.saves.latest()
        if info is None:
            g.toast("There is no save to continue.")
            return False
        return self.load_slot(info.slot)

    def _save_fields(self) -> dict[str, Any]:
        """What a save holds besides the slot: the state, where the reader is, a picture."""
        g = self.game
        s = g.session
        assert s is not None
        _line_id, text, who = s.current_line()
        ch = s.chapter()
        return dict(chapter=ch.title if ch else None, line=text, who=who,
                    thumbnail_png=self.thumbnail_png(), history=s.history_json(),
                    story_hash=getattr(g.program, "source_hash", ""))

    def save_slot(self, slot: str, quiet: bool = False, name: str | None = None) -> bool:
        g = self.game
        s = g.session
        if s is None:
            return False
        if s.replay is not None:
            g.toast("Saving is off during a replay.")
            return False
        try:
            g.saves.save(slot, s.runtime.snapshot(), name=name, **self._save_fields())
        except SaveError as exc:
            g.toast(str(exc).capitalize())
            return False
        s.mark_saved()
        g.persistent_changed()
        if not quiet:
            g.toast("Saved." if slot != QUICK else "Quick saved.")
        return True

    def autosave(self, why: str) -> None:
        g = self.game
        s = g.session
        if s is None or s.finished or s.replay is not None:
            return
        try:
            g.saves.autosave(s.runtime.snapshot(), **self._save_fields())
        except SaveError as exc:
            log.warning("autosave (%s) failed: %s", why, exc)
            g.toast(_("Autosave failed: {problem}").format(problem=exc))
        g.persistent_changed()

    def quick_save(self) -> None:
        self.save_slot(QUICK)

    def quick_load(self) -> None:
        """Load the quick save, asking first if reading done since the last save or load
        would be lost."""
        g = self.game
        if not g.saves.info(QUICK).exists:
            g.toast("There is no quick save yet.")
            return
        if g.unsaved_progress():
            from ..ui.screens.dialogs import Confirm

            if g.ui.top is None or g.ui.top.name != "confirm":
                g.ui.open(Confirm(g, "Quick load? What you read since your last"
                                  " save will be lost.", self._quick_load))
            return
        self._quick_load()

    def _quick_load(self) -> None:
        if self.load_slot(QUICK):
            self.game.toast("Quick loaded.")

    def stage_frame(self) -> pygame.Surface:
        """The current game picture without the interface, at the canvas size."""
        g = self.game
        surf = pygame.Surface(g.view.size)
        if g.session is not None:
            g.session.screen.draw(surf, g.clock() - g.started, hide_ui=True)
        return surf

    def thumbnail_png(self) -> bytes | None:
        try:
            small = pygame.transform.smoothscale(self.stage_frame(), THUMBNAIL_SIZE)
            return png_bytes(small)
        except Exception as exc:  # no thumbnail is better than no save
            log.warning("thumbnail failed: %r", exc)
            return None

    def screenshot(self) -> None:
        g = self.game
        folder = g.data.screenshots
        from datetime import datetime

        name = datetime.now().strftime("screenshot-%Y%m%d-%H%M%S.png")
        path = folder / name
        n = 2
        while path.exists():
            path = folder / name.replace(".png", f"-{n}.png")
            n += 1
        try:
            folder.mkdir(parents=True, exist_ok=True)
            pygame.image.save(g.window.subsurface(g.view.rect), str(path))
        except Exception as exc:
            g.toast(_("The screenshot could not be saved: {problem}").format(problem=exc))
            return
        g.toast(_("Screenshot saved: {name}").format(name=path.name))
