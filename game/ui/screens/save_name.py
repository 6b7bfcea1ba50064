"""The name of a save, typed by the player as it is saved: optional. Enter saves with
the name, Esc saves without one; the slot then shows it."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pygame

from ...render.fonts import font
from ...userdata.saves import MAX_NAME, clean_name, typeable
from ..theme import BRIGHT_RED, DIM_INK, FAINT_INK, INK, PANEL, RED
from ..widgets import draw_text
from .base import SNAPSHOT, Menu

if TYPE_CHECKING:
    from ..host import Host

PANEL_RECT = (410, 300, 1100, 480)
FIELD = (470, 470, 980, 84)
TEXT_SIZE = 40


class SaveName(Menu):
    """A one-line text field over the Save screen."""

    name = "save_name"
    backdrop = SNAPSHOT
    modal = True
    takes_text = True  # keys type (the interface passes them to text_event)

    def __init__(self, game: Host, save: Callable[[str | None], None],
                 text: str = "") -> None:
        super().__init__(game)
        self.save = save
        self.text = clean_name(text) or ""
        self.focus_name = "save"

    def build(self) -> None:
        x, y, w, h = PANEL_RECT
        self.button((x + w / 2 - 360, y + h - 116, 340, 76), "Save", self.accept,
                    cls="@dialog", name="save")
        self.button((x + w / 2 + 20, y + h - 116, 340, 76), "No name",
                    self.no_name, cls="@dialog", name="no name")
        try:
            pygame.key.start_text_input()
            pygame.key.set_text_input_rect(self.r(*FIELD))
        except (pygame.error, AttributeError):
            pass

    # -- typing --------------------------------------------------------------------
    def text_event(self, ev: pygame.event.Event) -> bool:
        if ev.type == pygame.TEXTINPUT:
            self.type(ev.text)
            return True
        k = ev.key
        if k in (pygame.K_RETURN, pygame.K_KP_ENTER):
            cur = self.focus.current if self.focus is not None else None
            if cur is not None and cur.name == "no name" and self.focus.shown:  # type: ignore[union-attr]
                self.no_name()
            else:
                self.accept()
        elif k == pygame.K_ESCAPE:
            self.no_name()
        elif k == pygame.K_BACKSPACE:
            self.text = self.text[:-1]
        elif k == pygame.K_TAB and self.focus is not None:
            self.focus.action("prev" if ev.mod & pygame.KMOD_SHIFT else "next")
        self.game.ui.dirty = True
        return True

    def type(self, text: str) -> None:
        """Add typed text (control characters and the like are dropped)."""
        self.text = typeable(self.text + text)[:MAX_NAME]
        self.game.ui.dirty = True

    # -- answers -------------------------------------------------------------------
    def _close(self) -> None:
        try:
            pygame.key.stop_text_input()
        except (pygame.error, AttributeError):
            pass
        self.game.ui.close(self)

    def accept(self) -> None:
        self._close()
        self.save(clean_name(self.text))

    def no_name(self) -> None:
        self._close()
        self.save(None)

    def back(self) -> None:
        self.no_name()

    # -- drawing -------------------------------------------------------------------
    def draw_under(self, canvas: pygame.Surface) -> None:
        s = self.s
        r = self.r(*PANEL_RECT)
        pygame.draw.rect(canvas, PANEL, r)
        pygame.draw.rect(canvas, RED, r, max(1, s(3)))
        pygame.draw.rect(canvas, BRIGHT_RED, (r.x, r.y, r.w, s(8)))
        draw_text(canvas, "Name this save (optional)", (r.x + s(60), r.y + s(50)),
                  size=s(44), color=(255, 255, 255), family="serif", bold=True)
        draw_text(canvas, "Type a name, then Enter. Esc saves without one.",
                  (r.x + s(60), r.y + s(116)), size=s(26), color=DIM_INK)
        f = self.r(*FIELD)
        pygame.draw.rect(canvas, (0, 0, 0), f)
        pygame.draw.rect(canvas, BRIGHT_RED, f, max(1, s(2)))
        fnt = font("sans", s(TEXT_SIZE))
        inner = f.w - s(40)
        shown = self.text
        while shown and fnt.size(shown + "|")[0] > inner:  # the end stays in view
            shown = shown[1:]
        if self.text:
            draw_text(canvas, shown, (f.x + s(20), f.y + s(16)), size=s(TEXT_SIZE), color=INK)
            cx = f.x + s(20) + fnt.size(shown)[0] + s(3)
        else:  # the cursor at the start, the placeholder clear of it
            cx = f.x + s(20)
            draw_text(canvas, "no name", (cx + s(16), f.y + s(16)), size=s(TEXT_SIZE),
                      color=FAINT_INK)
        pygame.draw.rect(canvas, INK, (cx, f.y + s(16), max(1, s(3)), s(TEXT_SIZE + 8)))
        draw_text(canvas, f"{len(self.text)}/{MAX_NAME}", (f.right - s(150), f.bottom + s(8)),
                  size=s(22), color=FAINT_INK, width=s(150), align="right")

    def describe(self) -> dict[str, Any]:
        return {"menu": self.name, "typed": self.text}
