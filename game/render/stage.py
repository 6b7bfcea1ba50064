"""Draws the stage: the background covering the canvas, then sprites in order at
Ren'Py's positions, standing on the bottom edge, in the scene's light."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Final

import pygame

from ..scene.canvas import CANVAS, DEFAULT_POSITION, POSITIONS
from ..scene.model import Light, Sprite, Stage
from ..scene.transform import BG_DEFAULTS, MAX_ZOOM, sprite_state
from .images import BG, SPRITE, ImageStore


def sprite_rect(size: tuple[int, int], at: str, canvas: tuple[int, int],
                offset: tuple[int, int] = (0, 0)) -> pygame.Rect:
    xpos, xanchor, ypos, yanchor = POSITIONS.get(at, POSITIONS[DEFAULT_POSITION])
    w, h = size
    x = round(canvas[0] * xpos - w * xanchor) + offset[0]
    y = round(canvas[1] * ypos - h * yanchor) + offset[1]
    return pygame.Rect(x, y, w, h)


def _anchor_of(at: str) -> tuple[float, float]:
    """(xanchor, yanchor) of a plain position."""
    _xpos, xanchor, _ypos, yanchor = POSITIONS.get(at, POSITIONS["center"])
    return xanchor, yanchor


@dataclass
class Placed:
    """A sprite as drawn: its pixels, its top-left corner on the canvas, and its anchor
    as fractions of its size (where a zoom keeps it standing)."""

    tag: str
    img: pygame.Surface
    x: int
    y: int
    xanchor: float = 0.5
    yanchor: float = 1.0


MAX_COMPOSITE: Final = 8192  # a Composite's canvas, art pixels each way
MAX_SURFACE_SCREENS: Final = 4  # a zoomed image is never more pixels than 4 screens


def zoomed_size(size: tuple[int, int], xz: float, yz: float, screen: tuple[int, int]
                ) -> tuple[int, int]:
    """An image's size at a zoom, bounded (MAX_ZOOM each way, and at most
    MAX_SURFACE_SCREENS screens of pixels, keeping its shape) so no transform can make
    the window allocate gigabytes."""
    w = size[0] * min(abs(xz), MAX_ZOOM)
    h = size[1] * min(abs(yz), MAX_ZOOM)
    limit = MAX_SURFACE_SCREENS * max(1, screen[0] * screen[1])
    if w * h > limit:
        k = (limit / (w * h)) ** 0.5
        w, h = w * k, h * k
    return round(w), round(h)


class StageRenderer:
    """Composites a Stage into a surface the size of the scaled canvas."""

    def __init__(self, images: ImageStore) -> None:
        self.images = images
        self._texts: dict[tuple, pygame.Surface] = {}  # `show text` drawn, by (text, scale)

    @property
    def size(self) -> tuple[int, int]:
        s = self.images.scale
        return round(CANVAS[0] * s), round(CANVAS[1] * s)

    def render(self, stage: Stage, clock: dict[str, float] | None = None) -> pygame.Surface:
        surf = pygame.Surface(self.size)
        self.draw(surf, stage, clock)
        return surf

    def draw(self, surf: pygame.Surface, stage: Stage,
             clock: dict[str, float] | None = None) -> None:
        """clock: seconds since each sprite's transforms began, by tag (none: their
        end state... or start, for a transform that never ends)."""
        self.draw_scene(surf, stage, clock)
        for piece in self.pieces(stage, surf.get_size(), clock):
            surf.blit(piece.img, (piece.x, piece.y))

    def draw_scene(self, surf: pygame.Surface, stage: Stage,
                   clock: dict[str, float] | None = None) -> None:
        """The background alone, covering the canvas."""
        surf.fill((0, 0, 0))
        size = surf.get_size()
        if stage.scene:
            bg = self.images.get(stage.scene, BG)
            if stage.scene_transform:
                piece = self._transformed(size, bg, Sprite("", stage.scene,
                                          transform=stage.scene_transform),
                                          (clock or {}).get("", 1e9), (0, 0), centred=True)
                if piece is not None:
                    surf.blit(piece.img, (piece.x, piece.y))
            else:
                surf.blit(bg, bg.get_rect(center=(size[0] // 2, size[1] // 2)))

    def pieces(self, stage: Stage, size: tuple[int, int],
               clock: dict[str, float] | None = None) -> list[Placed]:
        """Each sprite as drawn, bottom to top: its pixels and where they go."""
        out: list[Placed] = []
        light = stage.light
        for sp in stage.sprites:
            piece = self._piece(sp, size, clock, light)
            if piece is not None:
                out.append(piece)
        return out

    def _piece(self, sp: Sprite, size: tuple[int, int], clock: dict[str, float] | None,
               light: Light | None) -> Placed | None:
        if sp.text is not None:
            return self._text_piece(sp, size, clock)
        img = self._layered(sp.layers) if sp.layers else \
            self.images.get(sp.image, SPRITE) if light is None \
            else self.images.lit(sp.image, light)
        if sp.layers and light is not None:
            img = img.copy()
            img.fill(light.multiplier(), special_flags=pygame.BLEND_RGB_MULT)
        f = self.images.source.find(sp.image)
        off = (0, 0)
        at = sp.at
        if f is not None and (f.offset != (0, 0)):
            s = self.images.scale
            off = (round(f.offset[0] * s), round(f.offset[1] * s))
        if sp.transform is not None:
            t = (clock or {}).get(sp.tag, 1e9)
            return self._transformed(size, img, sp, t, off)
        rect = sprite_rect(img.get_size(), at, size, off)
        if f is not None and f.anchor is not None and at not in ("truecenter",):
            # a pack's anchor: the point of the image that is the character's
            # bottom centre; it goes where that point of an image placed at the
            # default anchor (0.5, 1.0) would be, so [0.5, 1.0] changes nothing.
            xa, ya = f.anchor
            rect.x += round(img.get_width() * (0.5 - xa))
            rect.y += round(img.get_height() * (1.0 - ya))
        xa, ya = _anchor_of(at)
        return Placed(sp.tag, img, rect.x, rect.y, xa, ya)

    def _layered(self, layers: list) -> pygame.Surface:
        """A layeredimage's layers drawn on each other (each scaled to the first's size,
        as Ren'Py's layers share one canvas); a Composite's at their offsets on a canvas
        of its size (its first entry ["", w, h], see Sprite.layers)."""
        key = (tuple(tuple(e) if isinstance(e, list) else e for e in layers),
               self.images.scale)
        img = self._texts.get(key)
        if img is not None:
            return img
        if isinstance(layers[0], list):
            s = self.images.scale
            # bounded: a save's numbers must not make a huge surface
            w, h = (max(1, min(MAX_COMPOSITE, n)) for n in layers[0][1:3])
            img = pygame.Surface((round(w * s) or 1, round(h * s) or 1), pygame.SRCALPHA)
            for e in layers[1:]:
                name, x, y = e if isinstance(e, list) else (e, 0, 0)
                img.blit(self.images.get(name, SPRITE), (round(x * s), round(y * s)))
        else:
            base = self.images.get(layers[0], SPRITE)
            img = base.copy()
            for name in layers[1:]:
                top = self.images.get(name, SPRITE)
                if top.get_size() != img.get_size():
                    top = pygame.transform.smoothscale(top, img.get_size())
                img.blit(top, (0, 0))
        if len(self._texts) > 32:
            self._texts.clear()
        self._texts[key] = img
        return img

    def _text_piece(self, sp: Sprite, size: tuple[int, int],
                    clock: dict[str, float] | None) -> Placed | None:
        """`show text "..."`: the words, white on a shadow, as Ren'Py's Text would be."""
        from .text import layout

        s = self.images.scale
        key = (sp.text, s)
        img = self._texts.get(key)
        if img is None:
            width = round(CANVAS[0] * 0.8 * s)
            lay = layout(sp.text or "", width, size=max(8, round(44 * s)),
                         color=(255, 255, 255), family="sans", align="center")
            img = pygame.Surface((width, max(1, lay.height)), pygame.SRCALPHA)
            lay.draw(img, (0, 0))
            box = img.get_bounding_rect()
            img = img.subsurface(box).copy() if box.w and box.h else img
            if len(self._texts) > 32:
                self._texts.clear()
            self._texts[key] = img
        if sp.transform is not None:
            return self._transformed(size, img, sp, (clock or {}).get(sp.tag, 1e9), (0, 0))
        rect = sprite_rect(img.get_size(), sp.at, size)
        xa, ya = _anchor_of(sp.at)
        return Placed(sp.tag, img, rect.x, rect.y, xa, ya)

    def _transformed(self, size: tuple[int, int], img: pygame.Surface, sp: Sprite,
                     t: float, off: tuple[int, int], centred: bool = False) -> Placed | None:
        """A sprite wearing Ren'Py transforms: zoomed, turned, faded, then placed.
        centred: a background (covering the canvas) whose default place is the middle."""
        p = sprite_state(sp.transform or [], t, BG_DEFAULTS if centred else None)
        s = self.images.scale
        xz = p["zoom"] * p["xzoom"]
        yz = p["zoom"] * p["yzoom"]
        if p["alpha"] <= 0 or xz == 0 or yz == 0:
            return None
        if (xz, yz) != (1.0, 1.0):
            w, h = zoomed_size(img.get_size(), xz, yz, size)
            if w < 1 or h < 1:
                return None
            img = pygame.transform.smoothscale(img, (w, h))
            if xz < 0 or yz < 0:
                img = pygame.transform.flip(img, xz < 0, yz < 0)
        if p["rotate"]:
            img = pygame.transform.rotate(img, -float(p["rotate"]))  # Ren'Py: clockwise
        if p["alpha"] < 1.0:
            img = img.copy()
            img.set_alpha(round(255 * p["alpha"]))
        cw, ch = size
        w, h = img.get_size()

        def place(v: float, whole: float, unit: float) -> float:
            return v * unit if isinstance(v, int) else v * whole  # int: pixels

        ax, ay = place(p["xanchor"], w, 1.0), place(p["yanchor"], h, 1.0)
        x = place(p["xpos"], cw, s) - ax + p["xoffset"] * s
        y = place(p["ypos"], ch, s) - ay + p["yoffset"] * s
        return Placed(sp.tag, img, round(x) + off[0], round(y) + off[1],
                      ax / max(1, w), ay / max(1, h))
