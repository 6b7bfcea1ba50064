"""Art: the art packs in the data folder's art-packs/, each with its name, author, how
many of our images it replaces and a preview; the choice is remembered. F5 reloads."""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

import pygame

from .. import hands as H
from ..i18n import _
from ..theme import DAMAGED, DIM_INK, FAINT_INK, FRAME, INK
from ..widgets import draw_text
from .page import CONTENT_X, Page

if TYPE_CHECKING:
    from ..host import Host

log = logging.getLogger("game")
LIST_X, LIST_Y, ROW_H, ROW_W = CONTENT_X + 40, 140, 180, 1300
PREVIEW = (300, 169)
PER_PAGE = 4


class ArtScreen(Page):
    name = "art"
    heading = "Art"

    def __init__(self, game: Host) -> None:
        super().__init__(game)
        self.first = 0
        self.packs: list = []
        self._previews: dict[str, pygame.Surface | None] = {}
        self.load()

    def load(self) -> None:
        g = self.game
        self.packs = [(p, True) for p in g.cli_packs] + [(p, False)
                                                        for p in g.available_packs()]
        self._previews.clear()

    def build_content(self) -> None:
        g = self.game
        chosen = [p.root.name for p in g.chosen_packs]
        self._rows: list[tuple[Any, bool, pygame.Rect]] = []
        shown = self.packs[self.first:self.first + PER_PAGE]
        for k, (pack, from_cli) in enumerate(shown):
            y = LIST_Y + k * (ROW_H + 16)
            if from_cli:
                b = self.button((LIST_X + ROW_W - 260, y + 20, 240, 56), "Always on",
                                None, cls="@toggle", name=f"pack:{pack.root}", enabled=False)
            else:
                on = pack.root.name in chosen
                b = self.button((LIST_X + ROW_W - 260, y + 20, 240, 56),
                                "In use \u2713" if on else "Use",
                                lambda p=pack: self.toggle(p), cls="@toggle",
                                name=f"pack:{pack.root}")
                if on:
                    b.select()
            self._rows.append((pack, from_cli, self.r(LIST_X, y, ROW_W, ROW_H)))
        y = 900
        if len(self.packs) > PER_PAGE:
            self.button((LIST_X, y, 200, 56), "\u25c2 Previous", lambda: self.move(-1),
                        cls="@nav", name="prev", enabled=self.first > 0)
            self.button((LIST_X + 220, y, 200, 56), "Next \u25b8", lambda: self.move(1),
                        cls="@nav", name="next",
                        enabled=self.first + PER_PAGE < len(self.packs))
        self.button((LIST_X + ROW_W - 260, y, 240, 56), "Reload (F5)", self.reload,
                    cls="@toggle", name="reload")

    def toggle(self, pack: Any) -> None:
        g = self.game
        names = [p.root.name for p in g.chosen_packs]
        if pack.root.name in names:
            names.remove(pack.root.name)
        else:
            names.append(pack.root.name)
        g.set_packs(names)
        self.focus_name = f"pack:{pack.root}"
        g.ui.rebuild()

    def move(self, d: int) -> None:
        self.first = max(0, min(self.first + d * PER_PAGE, max(0, len(self.packs) - 1)))
        self.game.ui.rebuild()

    def reload(self) -> None:
        self.game.reload_packs()
        self.load()
        self.game.ui.rebuild()

    def action(self, action: str) -> bool:
        if action in (H.PAGE_PREV, H.PAGE_NEXT):
            self.move(-1 if action == H.PAGE_PREV else 1)
            return True
        return super().action(action)

    def _preview(self, pack: Any) -> pygame.Surface | None:
        key = str(pack.root)
        if key not in self._previews:
            surf = None
            f = pack.preview()
            if f is not None and not f.is_color:
                try:
                    size = (self.s(PREVIEW[0]), self.s(PREVIEW[1]))
                    from ...render.decode import load_image

                    img = load_image(f.path, size if f.path.lower().endswith(".svg")
                                     else None)
                    w, h = img.get_size()
                    k = min(size[0] / max(1, w), size[1] / max(1, h))
                    surf = pygame.transform.smoothscale(
                        img, (max(1, round(w * k)), max(1, round(h * k))))
                except Exception as exc:  # the pack is listed without its picture
                    log.warning("art pack %s: no preview (%s)", pack.name, exc)
            self._previews[key] = surf
        return self._previews[key]

    def draw_content(self, canvas: pygame.Surface) -> None:
        s = self.s
        folder = self.game.data.art_packs
        if not self.packs:
            y = draw_text(canvas, "No art packs yet.", (s(LIST_X), s(LIST_Y)), size=s(34),
                          color=INK, family="serif")
        draw_text(canvas, _("Put pack folders in {folder}").format(folder=folder),
                  (s(LIST_X), s(985)),
                  size=s(22), color=FAINT_INK, width=s(1320), max_lines=1)
        index = self.game.program.images
        for pack, from_cli, r in self._rows:
            panel = pygame.Surface(r.size, pygame.SRCALPHA)
            panel.fill((20, 8, 12, 200))
            canvas.blit(panel, r)
            pygame.draw.rect(canvas, FRAME, r, max(1, s(1)))
            pr = pygame.Rect(r.x + s(14), r.y + s(15), s(PREVIEW[0]), s(PREVIEW[1]))
            pygame.draw.rect(canvas, (10, 4, 8), pr)
            img = self._preview(pack)
            if img is not None:
                canvas.blit(img, img.get_rect(center=pr.center))
            else:
                draw_text(canvas, "no preview", (pr.x, pr.centery - s(14)), size=s(22),
                          color=FAINT_INK, width=pr.w, align="center")
            x = pr.right + s(30)
            y = draw_text(canvas, pack.name or pack.root.name, (x, r.y + s(16)),
                          size=s(34), color=(255, 255, 255), family="serif", bold=True,
                          width=s(640), max_lines=1)
            by = _("by {author}").format(author=pack.author) if pack.author else \
                _("author unknown")
            n = len(pack.replaces(index))
            what = _("replaces {n} images").format(n=n) if n != 1 else _("replaces 1 image")
            y = draw_text(canvas, f"{by} \u00b7 {what}"
                          + (" \u00b7 " + _("from --art") if from_cli else ""), (x, y),
                          size=s(24), color=DIM_INK, width=s(640), max_lines=1)
            if pack.description:
                y = draw_text(canvas, pack.description, (x, y + s(4)), size=s(22),
                              color=INK, width=s(640), max_lines=2, line_gap=1.1)
            if pack.problems:
                k = len(pack.problems)
                draw_text(canvas, (_("{n} problems: {first}") if k != 1 else
                                   _("1 problem: {first}")).format(n=k,
                                                                  first=pack.problems[0]),
                          (x, r.bottom - s(40)), size=s(20), color=DAMAGED, width=s(900),
                          max_lines=1)

    def describe(self) -> dict[str, Any]:
        return {"menu": self.name, "packs": [p.root.name for p, _ in self.packs],
                "in_use": [p.root.name for p in self.game.chosen_packs]}
