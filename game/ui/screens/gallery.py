"""The CG gallery: every CG of the story as a thumbnail, a locked tile (no picture, no
name) until the reader has seen it. A click shows it full screen; arrows or clicks step
through its variants, Esc goes back.

Thumbnails are rasterised small (never the full-size CG scaled down), one per frame,
and kept on disk by the image store's cache, so opening the gallery costs little."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

import pygame

from ...render.images import BG
from ...scene.canvas import CANVAS
from ...userdata.extras import CGEntry, cg_unlocked, story_cgs
from .. import hands as H
from ..i18n import _
from ..theme import DIM_INK, FAINT_INK, FRAME, INK, TILE
from ..widgets import draw_text, shade
from .base import Menu
from .page import CONTENT_X, Page

if TYPE_CHECKING:
    from ..host import Host

COLS, ROWS = 3, 3
GRID_X, GRID_Y = CONTENT_X + 40, 140
CELL_W, CELL_H, GAP_X, GAP_Y = 424, 284, 22, 14
THUMB_W, THUMB_H = 384, 216
THUMB_PX: Final = (384, 216)  # the size thumbnails are rasterised at (then scaled)
PAGE_X, PAGE_Y = GRID_X + 2 * (CELL_W + GAP_X), 52  # page buttons: top right
LOCKED_FILL: Final = TILE


class CGThumbs:
    """Small pictures of CGs, made at THUMB_PX by their own image store (rasterised at
    that size, cached on disk), one per `work()` call."""

    def __init__(self, game: Host) -> None:
        from ...assets.art import ArtSource
        from ...project.cache_dirs import raster_cache_dir
        from ...render.images import ImageStore

        self.store = ImageStore(ArtSource(game.program.images, list(game.source.packs)),
                                THUMB_PX[0] / CANVAS[0], threaded=False,
                                disk_cache=raster_cache_dir())
        self._mem: dict[str, pygame.Surface] = {}
        self._queue: list[str] = []
        self.made: list[str] = []  # names rasterised, in order (tests check locked ones)

    def get(self, name: str) -> pygame.Surface | None:
        if name in self._mem:
            return self._mem[name]
        if name not in self._queue:
            self._queue.append(name)
        return None

    def work(self) -> bool:
        if not self._queue:
            return False
        name = self._queue.pop(0)
        surf = self.store.get(name, BG)
        if surf.get_size() != THUMB_PX:
            surf = pygame.transform.smoothscale(surf, THUMB_PX)
        self._mem[name] = surf
        self.made.append(name)
        return True

    def close(self) -> None:
        self.store.close()


def thumbs_for(game: Host) -> CGThumbs:
    """The game's CG thumbnails, made when the gallery first opens (new if the art
    packs changed since)."""
    t = game.cg_thumbs
    packs = list(game.source.packs)
    if t is None or t.store.source.packs != packs or t.store.source.base is not \
            game.program.images:
        if t is not None:
            t.close()
        t = game.cg_thumbs = CGThumbs(game)
    return t


class Gallery(Page):
    name = "gallery"
    heading = "Gallery"

    def __init__(self, game: Host) -> None:
        super().__init__(game)
        self.entries: list[CGEntry] = story_cgs(game.program)
        self.thumbs = thumbs_for(game)
        self.page = 0
        self.rects: list[tuple[CGEntry, pygame.Rect]] = []
        self._scaled: dict[tuple[str, tuple[int, int]], pygame.Surface] = {}

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.entries) // (COLS * ROWS)))

    def shown(self) -> list[CGEntry]:
        n = COLS * ROWS
        return self.entries[self.page * n:(self.page + 1) * n]

    def unlocked(self, entry: CGEntry) -> list[str]:
        return cg_unlocked(self.game.persistent, entry)

    def build_content(self) -> None:
        self.rects = []
        for k, e in enumerate(self.shown()):
            col, row = k % COLS, k // COLS
            x = GRID_X + col * (CELL_W + GAP_X)
            y = GRID_Y + row * (CELL_H + GAP_Y)
            b = self.button((x, y, CELL_W, CELL_H), "", lambda e=e: self.pick(e),
                            cls="@slot", name=f"cg:{e.key}")
            self.rects.append((e, pygame.Rect(b.get_abs_rect())))
            ok = self.unlocked(e)
            if ok:
                self.thumbs.get(ok[0])  # a locked CG's picture is never made
        if self.pages > 1:
            for p in range(self.pages):
                b = self.button((PAGE_X + CELL_W - (self.pages - p) * 72, PAGE_Y, 64, 56),
                                str(p + 1),
                                lambda p=p: self.goto(p), cls="@nav", name=f"page:{p + 1}")
                if p == self.page:
                    b.select()
        if self.focus_name is None and self.entries:
            self.focus_name = f"cg:{self.entries[0].key}"

    def goto(self, page: int) -> None:
        self.page = page % self.pages
        shown = self.shown()
        self.focus_name = f"cg:{shown[0].key}" if shown else None
        self.game.ui.rebuild()

    def pick(self, entry: CGEntry) -> None:
        ok = self.unlocked(entry)
        if not ok:
            self.game.toast("Not seen yet: this picture unlocks when it shows in the story.")
            return
        self.focus_name = f"cg:{entry.key}"
        self.game.ui.open(CGViewer(self.game, ok))

    def action(self, action: str) -> bool:
        if action in (H.PAGE_PREV, H.PAGE_NEXT) and self.pages > 1:
            self.goto(self.page + (1 if action == H.PAGE_NEXT else -1))
            return True
        return super().action(action)

    def update(self, dt: float) -> bool:
        return self.thumbs.work()

    def _thumb(self, name: str, size: tuple[int, int]) -> pygame.Surface | None:
        key = (name, size)
        if key not in self._scaled:
            t = self.thumbs.get(name)
            if t is None:
                return None
            self._scaled[key] = t if t.get_size() == size else \
                pygame.transform.smoothscale(t, size)
        return self._scaled[key]

    def draw_content(self, canvas: pygame.Surface) -> None:
        s = self.s
        seen = sum(1 for e in self.entries if self.unlocked(e))
        text = (_("{seen} of {total} unlocked").format(seen=seen, total=len(self.entries))
                if self.entries else _("This story has no CGs."))
        if self.pages > 1:
            text += "  \u00b7  " + _("page {page} of {pages}").format(page=self.page + 1,
                                                                    pages=self.pages)
        draw_text(canvas, text, (s(GRID_X), s(70)), size=s(34), color=DIM_INK,
                  family="serif")

    def draw_over(self, canvas: pygame.Surface) -> None:
        s = self.s
        for e, r in self.rects:
            ok = self.unlocked(e)
            tr = pygame.Rect(r.x + (r.w - s(THUMB_W)) // 2, r.y + s(16), s(THUMB_W),
                             s(THUMB_H))
            thumb = self._thumb(ok[0], tr.size) if ok else None
            if thumb is not None:
                canvas.blit(thumb, tr)
            else:
                pygame.draw.rect(canvas, LOCKED_FILL, tr)
                if ok:  # being made
                    draw_text(canvas, "\u2026", (tr.x, tr.centery - s(20)), size=s(30),
                              color=FAINT_INK, width=tr.w, align="center")
                else:
                    draw_text(canvas, "Locked", (tr.x, tr.centery - s(22)), size=s(32),
                              color=DIM_INK, bold=True, width=tr.w, align="center")
            pygame.draw.rect(canvas, FRAME, tr, max(1, s(1)))
            if ok:
                pages = len(e.variants)
                label = _("{seen} of {n} pictures").format(seen=len(ok), n=pages) \
                    if pages > 1 else _("1 picture")
                if len(ok) == pages and pages > 1:
                    label = _("{n} pictures").format(n=pages)
                draw_text(canvas, label, (tr.x, tr.bottom + s(12)), size=s(24), color=INK,
                          width=tr.w, max_lines=1)
            else:
                draw_text(canvas, "Not seen yet", (tr.x, tr.bottom + s(12)), size=s(24),
                          color=FAINT_INK, width=tr.w, max_lines=1)

    def describe(self) -> dict[str, Any]:
        return {"menu": self.name, "page": self.page,
                "unlocked": [e.key for e in self.entries if self.unlocked(e)],
                "entries": [e.key for e in self.entries]}


class CGViewer(Menu):
    """One CG full screen; Right, Space, Enter or a click show its next variant (the
    last one goes back), Left the one before, Esc or a right click go back."""

    name = "cg_viewer"

    def __init__(self, game: Host, variants: list[str]) -> None:
        super().__init__(game)
        self.variants = list(variants)
        self.index = 0

    def build(self) -> None:
        self._prefetch()

    def _prefetch(self) -> None:
        nxt = self.variants[(self.index + 1) % len(self.variants)]
        self.game.images.prefetch([(nxt, BG)])

    def step(self, d: int) -> None:
        k = self.index + d
        if k >= len(self.variants):
            self.back()
            return
        self.index = max(0, k)
        self._prefetch()
        self.game.ui.dirty = True

    def action(self, action: str) -> bool:
        if action in (H.RIGHT, H.DOWN, H.CONFIRM, H.NEXT, H.PAGE_NEXT):
            self.step(1)
            return True
        if action in (H.LEFT, H.UP, H.PREV, H.PAGE_PREV):
            self.step(-1)
            return True
        return super().action(action)

    def event(self, ev: pygame.event.Event) -> bool:
        if ev.type == pygame.MOUSEBUTTONDOWN and ev.button == 1:
            self.step(1)
            return True
        if ev.type == pygame.MOUSEWHEEL:
            self.step(-1 if ev.y > 0 else 1)
            return True
        return ev.type in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP)

    def draw_under(self, canvas: pygame.Surface) -> None:
        canvas.fill((0, 0, 0))
        pic = self.game.images.get(self.variants[self.index], BG)
        canvas.blit(pic, pic.get_rect(center=canvas.get_rect().center))
        if len(self.variants) > 1:
            s = self.s
            text = f"{self.index + 1} / {len(self.variants)}"
            box = pygame.Rect(canvas.get_width() - s(170), canvas.get_height() - s(70),
                              s(140), s(48))
            shade(canvas, box, (0, 0, 0, 150))
            draw_text(canvas, text, (box.x, box.y + s(8)), size=s(28), color=INK,
                      width=box.w, align="center")

    def describe(self) -> dict[str, Any]:
        return {"menu": self.name, "image": self.variants[self.index],
                "page": self.index + 1, "pages": len(self.variants)}
