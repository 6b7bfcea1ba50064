"""Saving and loading a reading, thumbnails and screenshots: the part of the window
that writes to the user data folder (a mixin of game.app.Game)."""
from __future__ import annotations

from typing import Any

import pygame

from .._log import get_logger
from ..render._png import png_bytes
from ..userdata.saves import QUICK, THUMBNAIL_SIZE, SaveError
from .i18n import _

log = get_logger("game")


class SaveActions:
    """Game's save, load, quick save/load, autosave, thumbnail and screenshot."""

    def load_slot(self, slot: str) -> bool:
        try:
            data = self.saves.load(slot)
        except SaveError as exc:
            from .notices import for_player

            log.warning("slot %s: %s", slot, exc)
            self.toast(for_player(str(exc), self.saves.folder).capitalize(), error=True)
            return False
        from .session import Session

        session = Session(self)
        try:
            session.load(data)
        except Exception as exc:  # a save this script cannot place: say so, go on
            log.warning("slot %s could not be resumed: %r", slot, exc)
            self.toast(_("Slot {slot} could not be resumed: {problem}").format(slot=slot,
                                                                            problem=exc))
            return False
        self.session = session
        self.ui.close_all()
        self.state_changed()
        return True

    def continue_latest(self) -> bool:
        info = self.saves.latest()
        if info is None:
            self.toast("There is no save to continue.")
            return False
        return self.load_slot(info.slot)

    def _save_fields(self) -> dict[str, Any]:
        """What a save holds besides the slot: the state, where the reader is, a picture."""
        s = self.session
        assert s is not None
        _line_id, text, who = s.current_line()
        ch = s.chapter()
        return dict(chapter=ch.title if ch else None, line=text, who=who,
                    thumbnail_png=self.thumbnail_png(), history=s.history_json(),
                    story_hash=getattr(self.program, "source_hash", ""))

    def save_slot(self, slot: str, quiet: bool = False, name: str | None = None) -> bool:
        s = self.session
        if s is None:
            return False
        if s.replay is not None:
            self.toast("Saving is off during a replay.")
            return False
        try:
            self.saves.save(slot, s.runtime.snapshot(), name=name, **self._save_fields())
        except SaveError as exc:
            self.toast(str(exc).capitalize())
            return False
        s.mark_saved()
        self.persistent_changed()
        if not quiet:
            self.toast("Saved." if slot != QUICK else "Quick saved.")
        return True

    def autosave(self, why: str) -> None:
        s = self.session
        if s is None or s.finished or s.replay is not None:
            return
        try:
            self.saves.autosave(s.runtime.snapshot(), **self._save_fields())
        except SaveError as exc:
            log.warning("autosave (%s) failed: %s", why, exc)
            self.toast(_("Autosave failed: {problem}").format(problem=exc))
        self.persistent_changed()

    def quick_save(self) -> None:
        self.save_slot(QUICK)

    def quick_load(self) -> None:
        """Load the quick save, asking first if reading done since the last save or load
        would be lost."""
        if not self.saves.info(QUICK).exists:
            self.toast("There is no quick save yet.")
            return
        if self.unsaved_progress():
            from .screens.dialogs import Confirm

            if self.ui.top is None or self.ui.top.name != "confirm":
                self.ui.open(Confirm(self, "Quick load? What you read since your last"
                                     " save will be lost.", self._quick_load))
            return
        self._quick_load()

    def _quick_load(self) -> None:
        if self.load_slot(QUICK):
            self.toast("Quick loaded.")

    def stage_frame(self) -> pygame.Surface:
        """The current game picture without the interface, at the canvas size."""
        surf = pygame.Surface(self.view.size)
        if self.session is not None:
            self.session.screen.draw(surf, self.clock() - self.started, hide_ui=True)
        return surf

    def thumbnail_png(self) -> bytes | None:
        try:
            small = pygame.transform.smoothscale(self.stage_frame(), THUMBNAIL_SIZE)
            return png_bytes(small)
        except Exception as exc:  # no thumbnail is better than no save
            log.warning("thumbnail failed: %r", exc)
            return None

    def screenshot(self) -> None:
        folder = self.data.screenshots
        from datetime import datetime

        name = datetime.now().strftime("screenshot-%Y%m%d-%H%M%S.png")
        path = folder / name
        n = 2
        while path.exists():
            path = folder / name.replace(".png", f"-{n}.png")
            n += 1
        try:
            folder.mkdir(parents=True, exist_ok=True)
            pygame.image.save(self.window.subsurface(self.view.rect), str(path))
        except Exception as exc:
            self.toast(_("The screenshot could not be saved: {problem}").format(problem=exc))
            return
        self.toast(_("Screenshot saved: {name}").format(name=path.name))
