"""The story stopped with an error: what and where (file:line:col, the line, a caret),
and the ways on, as Ren'Py's error screen offers them: roll back, reload the script,
or go to the title. The reading was autosaved first."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pygame

from ..theme import BRIGHT_RED, DIM_INK, INK, PANEL, RED
from ..widgets import draw_text
from .base import SNAPSHOT, Menu

if TYPE_CHECKING:
    from ..host import Host

MAX_SHOWN_CHARS = 2000  # of the message; a diagnostic's line is already a short window


class StoryError(Menu):
    """Shown over the last picture of the story when a statement fails."""

    name = "story_error"
    backdrop = SNAPSHOT
    modal = True
    heading = "The story stopped with an error"

    PANEL_RECT = (160, 120, 1600, 840)

    def __init__(self, game: Host, diagnostic: Any, *, can_roll_back: bool,
                 can_reload: bool, saved: str | None) -> None:
        super().__init__(game)
        self.diagnostic = diagnostic  # game.script.errors.Diagnostic
        self.report = diagnostic.format()[:MAX_SHOWN_CHARS]
        self.can_roll_back = can_roll_back
        self.can_reload = can_reload
        self.saved = saved
        self.focus_name = "rollback" if can_roll_back else "title"

    def build(self) -> None:
        x, y, w, h = self.PANEL_RECT
        bx, by = x + 80, y + h - 130
        if self.can_roll_back:
            self.button((bx, by, 420, 80), "Roll back", self.game.error_roll_back,
                        cls="@dialog", name="rollback")
        if self.can_reload:
            self.button((bx + 470, by, 420, 80), "Reload the script", self.game.error_reload,
                        cls="@dialog", name="reload")
        self.button((bx + 940, by, 420, 80), "Main menu", self.game.error_to_title,
                    cls="@dialog", name="title")

    def back(self) -> None:
        (self.game.error_roll_back if self.can_roll_back else self.game.error_to_title)()

    def draw_under(self, canvas: pygame.Surface) -> None:
        from ..widgets import shade

        shade(canvas, color=(4, 1, 3, 200))
        r = self.r(*self.PANEL_RECT)
        pygame.draw.rect(canvas, PANEL, r)
        pygame.draw.rect(canvas, RED, r, max(1, self.s(3)))
        pygame.draw.rect(canvas, BRIGHT_RED, (r.x, r.y, r.w, self.s(8)))
        y = draw_text(canvas, self.heading,
                      (r.x + self.s(60), r.y + self.s(50)), size=self.s(48),
                      color=(255, 255, 255), family="serif", bold=True)
        y = self._draw_report(canvas, r.x + self.s(60), y + self.s(30), r.w - self.s(120))
        if self.saved:
            draw_text(canvas, self.saved, (r.x + self.s(60), y + self.s(24)), size=self.s(26),
                      color=DIM_INK, family="sans", width=r.w - self.s(120), max_lines=2)

    def _draw_report(self, canvas: pygame.Surface, x: int, y: int, width: int) -> int:
        """file:line:col and the message, then the line with a caret under the place."""
        from ...render.fonts import font

        d = self.diagnostic
        head = f"{d.path}:{d.line}:{d.col}: {d.severity}: {d.message}"
        y = draw_text(canvas, head[:MAX_SHOWN_CHARS], (x, y), size=self.s(30), color=INK,
                      family="sans", width=width, max_lines=6)
        if not d.source_line:
            return y
        f = font("sans", max(10, self.s(28)))
        prefix = f"{d.line} |  "
        line = d.source_line
        col = max(0, min(len(line), d.col - d.offset - 1))
        try:
            surf = f.render(prefix + line, True, INK)
            cx = f.size(prefix + line[:col])[0]
            cw = max(self.s(10), f.size(line[col:col + max(1, d.length)])[0])
        except pygame.error:
            return y
        y += self.s(16)
        canvas.blit(surf, (x, y), area=pygame.Rect(0, 0, width, surf.get_height()))
        y += surf.get_height()
        if cx < width:
            pygame.draw.rect(canvas, BRIGHT_RED, (x + cx, y, min(cw, width - cx),
                                                  max(2, self.s(5))))
            caret = f.render("^", True, BRIGHT_RED)
            canvas.blit(caret, (x + cx, y + self.s(4)))
        return y + self.s(40)

    def describe(self) -> dict[str, Any]:
        return {"menu": self.name, "message": self.report}
