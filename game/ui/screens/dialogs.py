"""Questions asked over the screen: confirm (yes/no) and the content note."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pygame

from ..theme import BRIGHT_RED, INK, PANEL, RED
from ..widgets import draw_text
from .base import SNAPSHOT, TITLE_ART, Menu

if TYPE_CHECKING:
    from ..host import Host


class Confirm(Menu):
    """A yes/no question; Esc, B or a right click answer no. The focused answer is
    outlined from the start, so Enter visibly means that one."""

    name = "confirm"
    backdrop = SNAPSHOT
    modal = True

    def __init__(self, game: Host, message: str, yes: Callable[[], None], *,
                 yes_text: str = "Yes", no_text: str = "No",
                 no: Callable[[], None] | None = None) -> None:
        super().__init__(game)
        self.message = message
        self.yes, self.no = yes, no
        self.yes_text, self.no_text = yes_text, no_text
        self.focus_name = "no"  # the safe answer is where the focus starts

    PANEL_RECT = (460, 340, 1000, 400)

    def build(self) -> None:
        x, y, w, h = self.PANEL_RECT
        self.button((x + w / 2 - 330, y + h - 120, 300, 76), self.yes_text, self._yes,
                    cls="@dialog", name="yes")
        self.button((x + w / 2 + 30, y + h - 120, 300, 76), self.no_text, self._no,
                    cls="@dialog", name="no")
        assert self.focus is not None
        self.focus.shown = True  # a question shows which answer Enter gives

    def _yes(self) -> None:
        self.game.ui.close(self)
        self.yes()

    def _no(self) -> None:
        self.game.ui.close(self)
        if self.no is not None:
            self.no()

    def back(self) -> None:
        self._no()

    def draw_under(self, canvas: pygame.Surface) -> None:
        r = self.r(*self.PANEL_RECT)
        pygame.draw.rect(canvas, PANEL, r)
        pygame.draw.rect(canvas, RED, r, max(1, self.s(3)))
        pygame.draw.rect(canvas, BRIGHT_RED, (r.x, r.y, r.w, self.s(8)))
        draw_text(canvas, self.message, (r.x + self.s(60), r.y + self.s(70)),
                  size=self.s(40), color=INK, family="serif", width=r.w - self.s(120),
                  align="center", max_lines=4)

    def describe(self) -> dict[str, Any]:
        return {"menu": self.name, "message": self.message}


class ContentNote(Menu):
    """The story's content note (game.toml's [content_note]): shown before the very
    first Start, and from About."""

    name = "content_note"
    backdrop = TITLE_ART

    def __init__(self, game: Host, then: Callable[[], None] | None = None) -> None:
        super().__init__(game)
        self.then = then
        self.focus_name = "begin"

    PANEL_RECT = (360, 200, 1200, 680)

    def build(self) -> None:
        x, y, w, h = self.PANEL_RECT
        if self.then is not None:
            # "Begin": "Continue" is the title's word for loading the latest save
            self.button((x + w / 2 - 380, y + h - 130, 360, 80), "Begin", self._accept,
                        cls="@dialog", name="begin")
            self.button((x + w / 2 + 20, y + h - 130, 360, 80), "Back", self.back,
                        cls="@dialog", name="back")
        else:
            self.button((x + w / 2 - 180, y + h - 130, 360, 80), "Close", self.back,
                        cls="@dialog", name="begin")

    def _accept(self) -> None:
        g = self.game
        g.prefs.content_note_seen = True
        g.save_prefs()
        g.ui.close(self)
        if self.then is not None:
            self.then()

    def draw_under(self, canvas: pygame.Surface) -> None:
        from ..widgets import shade

        shade(canvas, color=(4, 1, 3, 190))
        r = self.r(*self.PANEL_RECT)
        pygame.draw.rect(canvas, PANEL, r)
        pygame.draw.rect(canvas, RED, r, max(1, self.s(3)))
        pygame.draw.rect(canvas, BRIGHT_RED, (r.x, r.y, r.w, self.s(8)))
        y = draw_text(canvas, "Content note", (r.x + self.s(80), r.y + self.s(60)),
                      size=self.s(56), color=(255, 255, 255), family="serif", bold=True)
        note = getattr(getattr(self.game.program, "story_files", None), "content_note", "")
        draw_text(canvas, note or "", (r.x + self.s(80), y + self.s(30)), size=self.s(36),
                  color=INK, family="serif", width=r.w - self.s(160), line_gap=1.3)


def ask_main_menu(game: Host) -> None:
    if game.session is None:
        game.to_title()
        return
    if game.session.replay is not None:  # a replay keeps nothing: it just ends
        game.end_replay()
        return
    game.ui.open(Confirm(game, "Return to the main menu? Anything unsaved will be lost.",
                         game.to_title))


def ask_quit(game: Host) -> None:
    message = ("Quit the game? Your place will be kept in an autosave."
               if game.session is not None and game.session.replay is None
               else "Quit the game?")
    dialog = Confirm(game, message, game.quit)
    dialog.quitting = True  # type: ignore[attr-defined]  # the close button's second press
    game.ui.open(dialog)
