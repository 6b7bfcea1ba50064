"""Save and Load: pages of six slots with a thumbnail, the date and time, the chapter
and the line; a page of autosaves and the quick save; delete with a confirm."""
from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING, Any

import pygame

from ...render.decode import load_image
from ...userdata.saves import AUTO_SLOTS, PAGES, QUICK, SLOTS_PER_PAGE, SlotInfo, slot_name
from .. import hands as H
from ..i18n import _
from ..theme import DAMAGED, DIM_INK, FAINT_INK, FRAME, INK, TILE
from ..widgets import draw_text
from .page import CONTENT_X, Page

if TYPE_CHECKING:
    from ..host import Host

log = logging.getLogger("game")
GRID_X, GRID_Y = CONTENT_X + 40, 150
CELL_W, CELL_H, GAP_X, GAP_Y = 424, 372, 22, 26
THUMB_W, THUMB_H = 384, 216
THUMB_MAX_SIDE = 2048  # a save's picture larger than this is refused, not decoded
PAGE_Y = 960
PAGE_KEYS: tuple[str, ...] = ("auto", "quick", *(str(n) for n in range(1, PAGES + 1)))


class SaveLoadScreen(Page):
    def __init__(self, game: Host, saving: bool) -> None:
        super().__init__(game)
        self.saving = saving
        self.heading = "Save" if saving else "Load"
        self.name = "save" if saving else "load"
        self.page: str = game.slot_page
        if self.page not in PAGE_KEYS or (saving and self.page == "auto"):
            self.page = "1"
        self.infos: list[SlotInfo] = []
        self.rects: dict[str, pygame.Rect] = {}
        self._thumbs: dict[tuple[str, float], pygame.Surface | None] = {}

    # -- data ----------------------------------------------------------------------
    def slots(self) -> list[str]:
        if self.page == "auto":
            return list(AUTO_SLOTS)
        if self.page == "quick":
            return [QUICK]
        n = int(self.page)
        return [slot_name(n, k) for k in range(1, SLOTS_PER_PAGE + 1)]

    def refresh(self) -> None:
        saves = self.game.saves
        if self.page == "auto":
            self.infos = saves.autosaves()  # newest first
        else:
            self.infos = [saves.info(s) for s in self.slots()]

    # -- building ------------------------------------------------------------------
    def build_content(self) -> None:
        self.refresh()
        self.rects = {}
        for k, info in enumerate(self.infos):
            col, row = k % 3, k // 3
            x = GRID_X + col * (CELL_W + GAP_X)
            y = GRID_Y + row * (CELL_H + GAP_Y)
            usable = (info.exists and not info.damaged) if not self.saving else \
                self.page != "auto"
            b = self.button((x, y, CELL_W, CELL_H), "", lambda i=info: self.pick(i),
                            cls="@slot", name=f"slot:{info.slot}", enabled=usable
                            or info.exists)
            self.rects[info.slot] = pygame.Rect(b.get_abs_rect())
            if info.exists:
                self.button((x + CELL_W - 132, y + CELL_H - 52, 120, 42), "Delete",
                            lambda i=info: self.ask_delete(i), cls="@small",
                            name=f"delete:{info.slot}")
        for k, key in enumerate(PAGE_KEYS):
            text = {"auto": "Auto", "quick": "Quick"}.get(key, key)
            w = 110 if key in ("auto", "quick") else 64
            x = GRID_X + (0 if k == 0 else 120 if k == 1 else 250 + (k - 2) * 72)
            enabled = not (self.saving and key == "auto")
            b = self.button((x, PAGE_Y, w, 56), text, lambda key=key: self.goto(key),
                            cls="@nav", name=f"page:{key}", enabled=enabled)
            if key == self.page:
                b.select()

    def goto(self, key: str) -> None:
        self.page = key
        self.game.slot_page = key
        self.focus_name = f"page:{key}"
        self.game.ui.rebuild()

    # -- acting --------------------------------------------------------------------
    def pick(self, info: SlotInfo) -> None:
        from .dialogs import Confirm

        g = self.game
        if self.saving:
            if info.exists and not info.damaged:
                g.ui.open(Confirm(g, "Save over this slot?", lambda: self._ask_name(info)))
            else:
                self._ask_name(info)
            return
        if not info.exists:
            return
        if info.damaged:
            from ..notices import why_in_words

            g.toast(_("This save cannot be loaded: {why}. Its file, {name} in {folder}, is"
                      " left as it is.").format(why=why_in_words(info.problem or ""),
                                                name=f"{info.slot}.json",
                                                folder=g.saves.folder),
                    error=True)
            return
        if g.session is not None:
            g.ui.open(Confirm(g, "Load this save? Anything unsaved will be lost.",
                              lambda: g.load_slot(info.slot)))
        else:
            g.load_slot(info.slot)

    def _ask_name(self, info: SlotInfo) -> None:
        """The save's name, typed by the player (optional), then the save."""
        from .save_name import SaveName

        self.focus_name = f"slot:{info.slot}"
        self.game.ui.open(SaveName(self.game, lambda name: self._save(info.slot, name),
                                   text=info.name or ""))

    def _save(self, slot: str, name: str | None = None) -> None:
        self.focus_name = f"slot:{slot}"
        if self.game.save_slot(slot, name=name):
            self._thumbs.clear()
        self.game.ui.rebuild()

    def ask_delete(self, info: SlotInfo) -> None:
        from .dialogs import Confirm

        g = self.game

        def delete() -> None:
            g.saves.delete(info.slot)
            self._thumbs.clear()
            self.focus_name = f"slot:{info.slot}"
            g.ui.rebuild()
        g.ui.open(Confirm(g, "Delete this save? This cannot be undone.", delete))

    def action(self, action: str) -> bool:
        if action in (H.PAGE_PREV, H.PAGE_NEXT):
            keys = [k for k in PAGE_KEYS if not (self.saving and k == "auto")]
            i = keys.index(self.page) + (1 if action == H.PAGE_NEXT else -1)
            self.goto(keys[i % len(keys)])
            return True
        if action == H.DELETE and self.focus is not None:
            cur = self.focus.current
            if cur is not None and cur.name.startswith("slot:"):
                slot = cur.name[5:]
                info = next((i for i in self.infos if i.slot == slot), None)
                if info is not None and info.exists:
                    self.ask_delete(info)
                return True
        return super().action(action)

    # -- drawing -------------------------------------------------------------------
    def _thumb(self, info: SlotInfo) -> pygame.Surface | None:
        if info.thumbnail is None:
            return None
        try:
            key = (str(info.thumbnail), os.stat(info.thumbnail).st_mtime)
        except OSError:
            return None
        if key not in self._thumbs:
            try:
                img = load_image(str(info.thumbnail), max_side=THUMB_MAX_SIDE)
                self._thumbs[key] = pygame.transform.smoothscale(
                    img, (self.s(THUMB_W), self.s(THUMB_H)))
            except Exception as exc:  # a damaged picture: the slot shows without it
                log.warning("thumbnail %s: %s", info.thumbnail, exc)
                self._thumbs[key] = None
        return self._thumbs[key]

    def draw_content(self, canvas: pygame.Surface) -> None:
        s = self.s
        sub = {"auto": "Autosaves", "quick": "Quick save"}.get(
            self.page, _("Page {n}").format(n=self.page))
        draw_text(canvas, sub, (s(GRID_X), s(70)), size=s(34), color=DIM_INK,
                  family="serif")

    def draw_over(self, canvas: pygame.Surface) -> None:
        s = self.s
        for info in self.infos:
            r = self.rects.get(info.slot)
            if r is None:
                continue
            tr = pygame.Rect(r.x + (r.w - s(THUMB_W)) // 2, r.y + s(18), s(THUMB_W),
                             s(THUMB_H))
            thumb = self._thumb(info) if info.exists else None
            if thumb is not None:
                canvas.blit(thumb, tr)
            else:
                pygame.draw.rect(canvas, TILE, tr)
            pygame.draw.rect(canvas, FRAME, tr, max(1, s(1)))
            tx, ty, tw = tr.x, tr.bottom + s(12), tr.w
            if not info.exists:
                label = "Auto" if info.slot.startswith("auto") else (
                    "Quick" if info.slot == QUICK else _("Slot {n}").format(n=info.slot))
                draw_text(canvas, _("empty"), (tr.x, tr.centery - s(18)), size=s(28),
                          color=FAINT_INK, width=tw, align="center")
                draw_text(canvas, label, (tx, ty), size=s(24), color=FAINT_INK)
                continue
            when = info.saved_at.strftime("%d %b %Y, %H:%M") if info.saved_at else ""
            if info.damaged:
                draw_text(canvas, "Damaged save", (tx, ty), size=s(28), color=DAMAGED,
                          bold=True)
                from ..notices import why_in_words

                draw_text(canvas, why_in_words(info.problem or "").capitalize(),
                          (tx, ty + s(36)), size=s(20),
                          color=DAMAGED, width=tw - s(130), max_lines=3)
                if not thumb:
                    draw_text(canvas, "\u2715", (tr.x, tr.y + tr.h // 2 - s(40)),
                              size=s(64), color=DAMAGED, width=tw, align="center")
                continue
            draw_text(canvas, when, (tx, ty), size=s(22), color=DIM_INK)
            if info.name:  # the player's name for it, then where it is
                draw_text(canvas, info.name, (tx, ty + s(30)), size=s(24),
                          color=(255, 255, 255), bold=True, width=tw, max_lines=1)
                draw_text(canvas, info.chapter or "", (tx, ty + s(62)), size=s(21),
                          color=INK, width=tw - s(130), max_lines=2, line_gap=1.1)
                continue
            draw_text(canvas, info.chapter or "", (tx, ty + s(30)), size=s(24),
                      color=(255, 255, 255), bold=True, width=tw, max_lines=1)
            line = (f"{info.who}: " if info.who else "") + (info.line or "")
            draw_text(canvas, line, (tx, ty + s(62)), size=s(21), color=INK,
                      width=tw - s(130), max_lines=2, line_gap=1.1)

    def describe(self) -> dict[str, Any]:
        return {"menu": self.name, "page": self.page,
                "slots": [{"slot": i.slot, "exists": i.exists, "damaged": i.damaged,
                           "name": i.name}
                          for i in self.infos]}

