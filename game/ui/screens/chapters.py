"""Chapters: in order, with a thumbnail of each one's first frame; locked ones greyed
(a chapter unlocks when first reached, all of them once the story is finished)."""
from __future__ import annotations

from typing import Any

import pygame

from ..theme import DIM_INK, FAINT_INK, INK
from ..thumbs import SIZE, ChapterThumbs
from ..widgets import draw_text
from .page import CONTENT_X, Page

GRID_X, GRID_Y = CONTENT_X + 40, 140
CELL_W, CELL_H, GAP_X, GAP_Y = 424, 290, 22, 12


class ChapterSelect(Page):
    name = "chapters"
    heading = "Chapters"

    def __init__(self, game: Any) -> None:
        super().__init__(game)
        if game.thumbs is None:
            from ..._cache import raster_cache_dir

            game.thumbs = ChapterThumbs(game.program, game.source.packs, game.data.root,
                                        raster_cache_dir())
        game.thumbs.set_packs(game.source.packs)
        self.thumbs: ChapterThumbs = game.thumbs
        self.rects: list[pygame.Rect] = []
        self._grey: dict[str, pygame.Surface] = {}

    def unlocked(self, label: str) -> bool:
        labels = [c.label for c in self.game.program.chapters]
        return self.game.persistent.is_unlocked(label, labels)

    def build_content(self) -> None:
        self.rects = []
        for k, ch in enumerate(self.game.program.chapters):
            col, row = k % 3, k // 3
            x = GRID_X + col * (CELL_W + GAP_X)
            y = GRID_Y + row * (CELL_H + GAP_Y)
            ok = self.unlocked(ch.label)
            b = self.button((x, y, CELL_W, CELL_H), "", lambda c=ch: self.pick(c),
                            cls="@slot", name=f"chapter:{ch.number}", enabled=ok)
            self.rects.append(pygame.Rect(b.get_abs_rect()))
            self.thumbs.get(ch.label)
        if self.focus_name is None:
            self.focus_name = "chapter:1"

    def pick(self, ch: Any) -> None:
        from .dialogs import Confirm

        g = self.game
        if not self.unlocked(ch.label):
            return
        if g.session is not None:
            g.ui.open(Confirm(g, f"Start chapter {ch.number}, \u201c{ch.title}\u201d?"
                              " Anything unsaved will be lost.",
                              lambda: g.new_game(ch.label)))
        else:
            g.new_game(ch.label)

    def update(self, dt: float) -> bool:
        return self.thumbs.work()

    def draw_over(self, canvas: pygame.Surface) -> None:
        s = self.s
        for ch, r in zip(self.game.program.chapters, self.rects):
            ok = self.unlocked(ch.label)
            tr = pygame.Rect(r.x + (r.w - s(SIZE[0])) // 2, r.y + s(16), s(SIZE[0]),
                             s(SIZE[1]))
            thumb = self.thumbs.get(ch.label)
            if thumb is not None:
                if thumb.get_size() != tr.size:
                    thumb = pygame.transform.smoothscale(thumb, tr.size)
                if not ok:
                    thumb = self._greyed(ch.label, thumb)
                canvas.blit(thumb, tr)
            else:
                pygame.draw.rect(canvas, (24, 12, 16), tr)
                if ok:
                    draw_text(canvas, "\u2026", (tr.x, tr.y + tr.h // 2 - s(20)),
                              size=s(30), color=FAINT_INK, width=tr.w, align="center")
            if not ok:
                draw_text(canvas, "Locked", (tr.x, tr.y + tr.h // 2 - s(22)), size=s(34),
                          color=DIM_INK, bold=True, width=tr.w, align="center")
            pygame.draw.rect(canvas, (70, 30, 38), tr, max(1, s(1)))
            draw_text(canvas, f"{ch.number}. {ch.title}", (tr.x, tr.bottom + s(10)),
                      size=s(26), color=INK if ok else FAINT_INK, family="serif",
                      bold=ok, width=tr.w, max_lines=1)

    def _greyed(self, label: str, thumb: pygame.Surface) -> pygame.Surface:
        if label not in self._grey:
            g = pygame.transform.grayscale(thumb)
            veil = pygame.Surface(g.get_size(), pygame.SRCALPHA)
            veil.fill((0, 0, 0, 190))
            g.blit(veil, (0, 0))
            self._grey[label] = g
        return self._grey[label]

    def describe(self) -> dict[str, Any]:
        return {"menu": self.name, "unlocked": [c.label for c in self.game.program.chapters
                                                if self.unlocked(c.label)]}
