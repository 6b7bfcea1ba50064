"""An edit broke the script: where (file:line:col, the line, a caret), over the story
that keeps playing as it was before the edit, until a reload succeeds."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .story_error import StoryError

if TYPE_CHECKING:
    from ..host import Host


class ReloadError(StoryError):
    """Shown when a live reload (Shift+R, or --watch) finds an error in the script."""

    name = "reload_error"
    heading = "The edited script has an error"

    def __init__(self, game: Host, diagnostic: Any, *, more: int = 0) -> None:
        note = ("The game plays on with the story as it was before the edit. Fix the"
                " script and save: with --watch it reloads by itself, or press Shift+R.")
        if more:
            note = (f"{more} more error{'s' if more != 1 else ''} (python -m game lint"
                    " lists them). " + note)
        super().__init__(game, diagnostic, can_roll_back=False, can_reload=True, saved=note)
        self.more = more
        self.focus_name = "keep"

    def build(self) -> None:
        x, y, w, h = self.PANEL_RECT
        bw, gap = 560, 60
        bx, by = x + (w - 2 * bw - gap) // 2, y + h - 130
        self.button((bx, by, bw, 80), "Keep reading", self.back, cls="@dialog",
                    name="keep")
        self.button((bx + bw + gap, by, bw, 80), "Reload (Shift+R)",
                    self.game.reload_story, cls="@dialog", name="reload")

    def back(self) -> None:
        """Play on in the story as it was; the error stays until a reload fixes it."""
        self.game.ui.close(self)

    def describe(self) -> dict[str, Any]:
        return {"menu": self.name, "message": self.report, "more": self.more}
