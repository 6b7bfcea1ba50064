"""History: the last lines read, names in their colours; scroll by wheel, keys or drag;
click a line (or Enter on it) to roll back to it."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pygame

from ...render.fonts import font
from ...scene.canvas import CANVAS_W
from .. import hands as H
from ..theme import DIM_INK, FAINT_INK, INK, RED
from ..widgets import Focusable, draw_text, wrap
from .page import CONTENT_X, Page

if TYPE_CHECKING:
    from ..host import Host

# x, y, w, h in canvas px; the hint below clears the edge
AREA = (CONTENT_X + 30, 140, CANVAS_W - CONTENT_X - 90, 860)
NAME_W = 270
TEXT_SIZE, NAME_SIZE = 30, 30
DRAG_SLOP = 8


class HistoryScreen(Page):
    name = "history"
    heading = "History"

    def __init__(self, game: Host) -> None:
        super().__init__(game)
        s = game.session
        self.entries = s.rollback.entries() if s is not None else []
        self.scroll = None  # pixels from the top; None: at the bottom
        self._blocks: list[tuple[int, int, int]] = []  # (index, top, height) canvas-scaled
        self._items: list[Focusable] = []
        self.hover: int | None = None  # the entry under the mouse
        self._drag: tuple[int, int] | None = None  # (start y, start scroll)
        self._dragged = False
        if self.entries:
            self.focus_name = f"line:{len(self.entries) - 1}"

    def area(self) -> pygame.Rect:
        return self.r(*AREA)

    def build_content(self) -> None:
        s = self.s
        a = self.area()
        f = font("serif", s(TEXT_SIZE))
        y = 0
        self._blocks = []
        self._lines: list[list[str]] = []
        for k, e in enumerate(self.entries):
            lines = wrap(e.text, f, a.w - s(NAME_W) - s(40))
            h = len(lines) * f.get_linesize() + s(26)
            self._blocks.append((k, y, h))
            self._lines.append(lines)
            y += h
        self._total = y
        self._items = []
        rb = self.game.session.rollback if self.game.session is not None else None
        for k, top, h in self._blocks:
            ok = rb is not None and rb.can_go_to(k)
            item = Focusable(None, (lambda k=k: self.roll_to(k)) if ok else None,
                             rect=pygame.Rect(a.x, a.y + top, a.w, h), name=f"line:{k}")
            self._items.append(item)
            assert self.focus is not None
            self.focus.add(item)
        self._clamp()
        self._place()

    def _max_scroll(self) -> int:
        return max(0, self._total - self.area().h)

    def _clamp(self) -> None:
        if self.scroll is None:
            self.scroll = self._max_scroll()
        self.scroll = max(0, min(self._max_scroll(), self.scroll))

    def _place(self) -> None:
        a = self.area()
        for item, (_k, top, h) in zip(self._items, self._blocks):
            item.rect = pygame.Rect(a.x, a.y + top - (self.scroll or 0), a.w, h)

    def scroll_by(self, dy: int) -> None:
        self.scroll = (self.scroll or 0) + dy
        self._clamp()
        self._place()
        self.game.ui.dirty = True

    def _reveal_focus(self) -> None:
        cur = self.focus.current if self.focus else None
        if cur is None or cur.element is not None:
            return
        a = self.area()
        if cur.area.top < a.top:
            self.scroll_by(cur.area.top - a.top)
        elif cur.area.bottom > a.bottom:
            self.scroll_by(cur.area.bottom - a.bottom)

    def roll_to(self, k: int) -> None:
        g = self.game
        if g.session is not None and g.session.roll_to(k):
            g.ui.close_all()

    # -- input ---------------------------------------------------------------------
    def action(self, action: str) -> bool:
        page = self.area().h - self.s(60)
        if action == H.PAGE_PREV:
            self.scroll_by(-page)
        elif action == H.PAGE_NEXT:
            self.scroll_by(page)
        elif action == H.HOME:
            self.scroll_by(-10 ** 9)
        elif action == H.END:
            self.scroll_by(10 ** 9)
        elif action in (H.UP, H.DOWN) and self.focus is not None:
            self.focus.action(action)
            self._reveal_focus()
        else:
            return super().action(action)
        return True

    def event(self, ev: pygame.event.Event) -> bool:
        a = self.area()
        off = self.layer.offset if self.layer else (0, 0)
        if ev.type == pygame.MOUSEWHEEL:
            self.scroll_by(-ev.y * self.s(90))
            return True
        pos = getattr(ev, "pos", None)
        if pos is None:
            return False
        pos = (pos[0] - off[0], pos[1] - off[1])
        if ev.type == pygame.MOUSEBUTTONDOWN and ev.button == 1 and a.collidepoint(pos):
            self._drag = (pos[1], self.scroll or 0)
            self._dragged = False
            return True
        if ev.type == pygame.MOUSEMOTION and self._drag is None:
            hover = next((k for k, it in enumerate(self._items)
                          if a.collidepoint(pos) and it.area.collidepoint(pos)), None)
            if hover != self.hover:
                self.hover = hover
                self.game.ui.dirty = True
            return False
        if ev.type == pygame.MOUSEMOTION and self._drag is not None:
            dy = pos[1] - self._drag[0]
            if abs(dy) > DRAG_SLOP:
                self._dragged = True
            if self._dragged:
                self.scroll = self._drag[1] - dy
                self._clamp()
                self._place()
                self.game.ui.dirty = True
            return True
        if ev.type == pygame.MOUSEBUTTONUP and ev.button == 1 and self._drag is not None:
            self._drag = None
            if not self._dragged:
                for item in self._items:
                    if item.area.collidepoint(pos) and item.activate is not None:
                        item.activate()
                        break
            return True
        return False

    # -- drawing -------------------------------------------------------------------
    def draw_content(self, canvas: pygame.Surface) -> None:
        s = self.s
        a = self.area()
        if not self.entries:
            draw_text(canvas, "Nothing read yet.", (a.x, a.y), size=s(32), color=FAINT_INK,
                      family="serif")
            return
        clip = canvas.get_clip()
        canvas.set_clip(a)
        f = font("serif", s(TEXT_SIZE))
        fn = font("sans", s(NAME_SIZE - 2), bold=True)
        rb = self.game.session.rollback if self.game.session is not None else None
        for (k, top, h), lines in zip(self._blocks, self._lines):
            y = a.y + top - (self.scroll or 0)
            if y + h < a.top or y > a.bottom:
                continue
            e = self.entries[k]
            if k == self.hover:  # what a click would go back to
                band = pygame.Rect(a.x, max(a.top, y), a.w, min(a.bottom, y + h) - max(a.top, y))
                pygame.draw.rect(canvas, (58, 18, 28) if rb is not None and rb.can_go_to(k)
                                 else (34, 20, 24), band, border_radius=s(6))
                pygame.draw.rect(canvas, RED, (a.x, band.y, s(5), band.h))
            if e.who and y + s(4) >= a.top and y + s(4) + fn.get_linesize() <= a.bottom:
                try:
                    color = pygame.Color(e.color) if e.color else pygame.Color(INK)
                except ValueError:
                    color = pygame.Color(INK)
                img = fn.render(e.who, True, color)
                canvas.blit(img, (a.x + s(NAME_W) - img.get_width(), y + s(4)))
            ink = INK if rb is None or rb.can_go_to(k) else DIM_INK
            ly = y
            for line in lines:
                if ly >= a.top and ly + f.get_linesize() <= a.bottom:  # whole lines only
                    canvas.blit(f.render(line, True, ink), (a.x + s(NAME_W) + s(30), ly))
                ly += f.get_linesize()
        canvas.set_clip(clip)
        # the scroll bar
        if self._total > a.h:
            bar = pygame.Rect(a.right + s(20), a.y, s(8), a.h)
            pygame.draw.rect(canvas, (40, 20, 26), bar)
            th = max(s(40), a.h * a.h // self._total)
            ty = a.y + (a.h - th) * (self.scroll or 0) // max(1, self._max_scroll())
            pygame.draw.rect(canvas, RED, (bar.x, ty, bar.w, th))
        draw_text(canvas, "Click a line, or press Enter on it, to go back to it.",
                  (a.x, a.bottom + s(14)), size=s(24), color=DIM_INK)

    def describe(self) -> dict[str, Any]:
        return {"menu": self.name, "entries": len(self.entries), "scroll": self.scroll}
