"""Chapters: in order, with a thumbnail of each one's first frame and its full title.
A locked chapter shows neither (no spoilers): only its number, "???" and what unlocks
it, said again on hover, focus or a click (a chapter unlocks when first reached, all
of them once the story is finished)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pygame

from ..i18n import _
from ..theme import BRIGHT_RED, DIM_INK, FAINT_INK, FRAME, INK, TILE
from ..thumbs import ChapterThumbs
from ..widgets import Focusable, draw_text, shade
from .page import CONTENT_X, Page

if TYPE_CHECKING:
    from ..host import Host

GRID_X, GRID_Y = CONTENT_X + 40, 120
CELL_W, CELL_H, GAP_X, GAP_Y = 424, 280, 22, 8
THUMB_W, THUMB_H, THUMB_TOP = 338, 190, 12  # the picture in a tile (SIZE scaled down)
TITLE_SIZE = 24
HINT_Y = 1000  # below the grid (ends at 976), clear of the window's edge
REPLAY_W, REPLAY_H = 132, 44  # the Replay button, over a thumbnail's top-right corner


class ChapterSelect(Page):
    name = "chapters"
    heading = "Chapters"

    def __init__(self, game: Host) -> None:
        super().__init__(game)
        if game.thumbs is None:
            from ...project.cache_dirs import raster_cache_dir

            game.thumbs = ChapterThumbs(game.program, game.source.packs, game.data.root,
                                        raster_cache_dir())
        game.thumbs.set_packs(game.source.packs)
        self.thumbs: ChapterThumbs = game.thumbs
        self.rects: list[pygame.Rect] = []
        self._scaled: dict[str, pygame.Surface] = {}
        self.hover: int | None = None  # the tile under the mouse
        self.replays: dict[int, pygame.Rect] = {}  # chapter number -> its Replay button
        self.replay_hover: int | None = None

    def unlocked(self, label: str) -> bool:
        labels = [c.label for c in self.game.program.chapters]
        return self.game.persistent.is_unlocked(label, labels)

    def build_content(self) -> None:
        self.rects = []
        self.replays = {}
        for k, ch in enumerate(self.game.program.chapters):
            col, row = k % 3, k // 3
            x = GRID_X + col * (CELL_W + GAP_X)
            y = GRID_Y + row * (CELL_H + GAP_Y)
            b = self.button((x, y, CELL_W, CELL_H), "", lambda c=ch: self.pick(c),
                            cls="@slot", name=f"chapter:{ch.number}")
            self.rects.append(pygame.Rect(b.get_abs_rect()))
            if self.unlocked(ch.label):
                self.thumbs.get(ch.label)  # a locked chapter's picture is never made
                tx = x + (CELL_W - THUMB_W) / 2 + THUMB_W - REPLAY_W - 8
                rr = self.r(tx, y + THUMB_TOP + 8, REPLAY_W, REPLAY_H)
                self.replays[ch.number] = rr
                assert self.focus is not None
                self.focus.add(Focusable(None, lambda c=ch: self.replay(c), rect=rr,
                                         name=f"replay:{ch.number}"))
        if self.focus_name is None:
            self.focus_name = "chapter:1"

    def shown_title(self, ch: Any) -> str:
        """The title on a tile: the full one, or "???" while locked."""
        return _("{n}. {title}").format(n=ch.number, title=_(ch.title) if self.unlocked(
            ch.label) else "???")

    def why_locked(self, ch: Any) -> str:
        """What unlocks a locked chapter, in a player's words."""
        return (_("Chapter {n} is locked: finish chapter {before} to unlock it.").format(
            n=ch.number, before=ch.number - 1) if ch.number > 1 else
            _("Chapter {n} is locked.").format(n=ch.number))

    def pick(self, ch: Any) -> None:
        from .dialogs import Confirm

        g = self.game
        if not self.unlocked(ch.label):
            g.toast(self.why_locked(ch))
            return
        if g.session is not None:
            g.ui.open(Confirm(g, _("Start chapter {n}, \u201c{title}\u201d? Anything unsaved"
                                   " will be lost.").format(n=ch.number, title=_(ch.title)),
                              lambda: g.new_game(ch.label)))
        else:
            g.new_game(ch.label)

    def replay(self, ch: Any) -> None:
        """Replay the chapter from its start, with a fresh state and nothing saved; at
        its end the chapter list comes back."""
        from .dialogs import Confirm

        g = self.game
        if not self.unlocked(ch.label):
            g.toast(self.why_locked(ch))
            return
        if g.unsaved_progress():
            g.ui.open(Confirm(g, _("Replay chapter {n}, \u201c{title}\u201d? Anything"
                                   " unsaved will be lost.").format(
                                       n=ch.number, title=_(ch.title)),
                              lambda: g.replay(ch.label)))
        else:
            g.replay(ch.label)

    def update(self, dt: float) -> bool:
        return self.thumbs.work()

    def event(self, ev: pygame.event.Event) -> bool:
        if ev.type in (pygame.MOUSEMOTION, pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP) \
                and self.layer is not None:
            pos = self.layer.calculate_scaled_mouse_position(ev.pos)
            on = next((n for n, r in self.replays.items() if r.collidepoint(pos)), None)
            if on != self.replay_hover:
                self.replay_hover = on
                self.game.ui.dirty = True
            if on is not None and ev.type != pygame.MOUSEMOTION:
                if ev.type == pygame.MOUSEBUTTONDOWN and ev.button == 1:
                    ch = next(c for c in self.game.program.chapters if c.number == on)
                    self.replay(ch)
                return True  # the tile beneath does not also take the click
        if ev.type == pygame.MOUSEMOTION and self.layer is not None:
            hover = next((k for k, r in enumerate(self.rects) if r.collidepoint(pos)), None)
            if hover != self.hover:
                self.hover = hover
                self.game.ui.dirty = True
        return super().event(ev)

    def _pointed(self) -> Any:
        """The chapter under the mouse, else the one the keyboard focus is on."""
        chapters = self.game.program.chapters
        if self.hover is not None and self.hover < len(chapters):
            return chapters[self.hover]
        cur = self.focus.current if self.focus is not None else None
        if cur is not None and self.focus is not None and self.focus.shown and \
                cur.name.startswith("chapter:"):
            n = int(cur.name.split(":")[1])
            return next((c for c in chapters if c.number == n), None)
        return None

    def draw_over(self, canvas: pygame.Surface) -> None:
        s = self.s
        for ch, r in zip(self.game.program.chapters, self.rects):
            ok = self.unlocked(ch.label)
            tr = pygame.Rect(r.x + (r.w - s(THUMB_W)) // 2, r.y + s(THUMB_TOP), s(THUMB_W),
                             s(THUMB_H))
            thumb = self._thumb(ch.label, tr.size) if ok else None
            if thumb is not None:
                canvas.blit(thumb, tr)
            else:
                pygame.draw.rect(canvas, TILE, tr)
                if ok:
                    draw_text(canvas, "\u2026", (tr.x, tr.y + tr.h // 2 - s(20)),
                              size=s(30), color=FAINT_INK, width=tr.w, align="center")
            if not ok:  # no picture, no title: what unlocks it
                y = draw_text(canvas, "Locked", (tr.x, tr.y + tr.h // 2 - s(44)),
                              size=s(34), color=DIM_INK, bold=True, width=tr.w,
                              align="center")
                hint = (_("Finish chapter {n} to unlock").format(n=ch.number - 1)
                        if ch.number > 1 else "")
                draw_text(canvas, hint, (tr.x, y - s(4)), size=s(22), color=FAINT_INK,
                          width=tr.w, align="center")
            pygame.draw.rect(canvas, FRAME, tr, max(1, s(1)))
            draw_text(canvas, self.shown_title(ch), (tr.x, tr.bottom + s(6)), size=s(TITLE_SIZE),
                      color=INK if ok else FAINT_INK, family="serif", bold=ok, width=tr.w,
                      max_lines=2, line_gap=1.05)
        for n, rr in self.replays.items():
            hot = n == self.replay_hover
            shade(canvas, rr, (60, 8, 16, 235) if hot else (6, 2, 4, 200))
            pygame.draw.rect(canvas, BRIGHT_RED if hot else (150, 60, 72), rr,
                             max(1, s(2)), border_radius=max(1, s(6)))
            draw_text(canvas, "\u21bb Replay", (rr.x, rr.y + (rr.h - s(26)) // 2 - s(2)),
                      size=s(22), color=INK, bold=True, width=rr.w, align="center")
        ch = self._pointed()
        if ch is not None and not self.unlocked(ch.label):
            draw_text(canvas, self.why_locked(ch), (s(GRID_X), s(HINT_Y)), size=s(24),
                      color=DIM_INK)

    def _thumb(self, label: str, size: tuple[int, int]) -> pygame.Surface | None:
        """The chapter's picture at the tile's size (scaled once)."""
        key = f"{label}@{size[0]}x{size[1]}"
        if key not in self._scaled:
            thumb = self.thumbs.get(label)
            if thumb is None:
                return None
            self._scaled[key] = (thumb if thumb.get_size() == size else
                                 pygame.transform.smoothscale(thumb, size))
        return self._scaled[key]

    def describe(self) -> dict[str, Any]:
        chapters = self.game.program.chapters
        return {"menu": self.name,
                "unlocked": [c.label for c in chapters if self.unlocked(c.label)],
                "titles": [self.shown_title(c) for c in chapters]}
