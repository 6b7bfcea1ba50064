"""Help (F1): the keys, mouse and gamepad buttons, drawn from the binding tables
(game/ui/keymap.py and hands.py), so it says what the keys really do."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pygame

from ...render.fonts import font
from ...scene.canvas import CANVAS_H
from ..i18n import _
from ..keymap import help_sections
from ..theme import BRIGHT_RED, DIM_INK, INK
from ..widgets import draw_text, wrap
from .page import CONTENT_X, Page

if TYPE_CHECKING:
    from ..host import Host

COL_X = (CONTENT_X + 40, CONTENT_X + 720)
COL_W = 640
KEY_W = 250
TOP = 120
BOTTOM = CANVAS_H - 30  # canvas px: nothing is drawn below this
SIZE = 22
MIN_SIZE = 16  # below this the keys are hard to read: the text size shrinks no further
HEADING = 32
# which sections go in which column (about as tall as each other)
COLUMNS = (("Reading", "Anywhere"), ("Menus", "Gamepad", "Mouse"))


class HelpScreen(Page):
    name = "help"
    heading = "Help"

    def __init__(self, game: Host) -> None:
        super().__init__(game)
        self.sections = dict(help_sections())
        self._fit: dict[float, int] = {}  # canvas scale -> the text size that fits

    def column_bottom(self, names: tuple[str, ...], size: int) -> int:
        """Where a column of sections ends, in canvas px, at text size `size` (the
        words wrap as they are drawn, in the reader's language)."""
        s = self.s
        y = s(TOP)
        for name in names:
            y = self._section(None, name, s(COL_X[0]), y, size)
        return y

    def text_size(self) -> int:
        """The largest text size (at most SIZE) at which every column fits above
        BOTTOM: a long translation or a small window must not push rows out."""
        if self.scale not in self._fit:
            size = SIZE
            while size > MIN_SIZE and max(self.column_bottom(c, size)
                                          for c in COLUMNS) > self.s(BOTTOM):
                size -= 1
            self._fit[self.scale] = size
        return self._fit[self.scale]

    def _section(self, canvas: pygame.Surface | None, name: str, x: int, y: int,
                 size: int) -> int:
        """Draw one section at (x, y), or only measure it if canvas is None; returns
        the y below it."""
        s = self.s
        rows = self.sections.get(name, [])
        y = _text(canvas, name, (x, y), size=s(HEADING * size / SIZE),
                  color=(255, 255, 255), family="serif", bold=True)
        if canvas is not None:
            pygame.draw.line(canvas, BRIGHT_RED, (x, y), (x + s(COL_W), y), max(1, s(2)))
        y += s(8)
        for keys, what in rows:
            y1 = _text(canvas, keys, (x, y), size=s(size), color=INK, bold=True,
                       width=s(KEY_W - 14), line_gap=1.1)
            y2 = _text(canvas, what, (x + s(KEY_W), y), size=s(size), color=DIM_INK,
                       width=s(COL_W - KEY_W), line_gap=1.1)
            y = max(y1, y2) + s(4)
        return y + s(22 * size / SIZE)

    def draw_content(self, canvas: pygame.Surface) -> None:
        size = self.text_size()
        for x, names in zip(COL_X, COLUMNS):
            y = self.s(TOP)
            for name in names:
                y = self._section(canvas, name, self.s(x), y, size)

    def describe(self) -> dict[str, Any]:
        return {"menu": self.name,
                "sections": {k: [list(r) for r in v] for k, v in self.sections.items()},
                "text_size": self.text_size(),
                "bottom": max(self.column_bottom(c, self.text_size()) for c in COLUMNS)}


def _text(canvas: pygame.Surface | None, text: str, pos: tuple[int, int], *, size: int,
          color: Any, family: str = "sans", bold: bool = False, width: int | None = None,
          line_gap: float = 1.25) -> int:
    """draw_text, or (with no canvas) only the y it would end at."""
    if canvas is not None:
        return draw_text(canvas, text, pos, size=size, color=color, family=family,
                         bold=bold, width=width, line_gap=line_gap)
    f = font(family, size, bold, False)
    lines = wrap(_(text), f, width) if width else [text]
    return pos[1] + len(lines) * round(f.get_linesize() * line_gap)
