"""Draws the stage: the background covering the canvas, then sprites in order at
Ren'Py's positions, standing on the bottom edge, in the scene's light."""
from __future__ import annotations

from typing import Final

import pygame

from ..scene.model import Sprite, Stage
from ..scene.canvas import CANVAS, DEFAULT_POSITION, POSITIONS
from ..scene.transform import BG_DEFAULTS, MAX_ZOOM, sprite_state
from .images import BG, SPRITE, ImageStore


def sprite_rect(size: tuple[int, int], at: str, canvas: tuple[int, int],
                offset: tuple[int, int] = (0, 0)) -> pygame.Rect:
    xpos, xanchor, ypos, yanchor = POSITIONS.get(at, POSITIONS[DEFAULT_POSITION])
    w, h = size
    x = round(canvas[0] * xpos - w * xanchor) + offset[0]
    y = round(canvas[1] * ypos - h * yanchor) + offset[1]
    return pygame.Rect(x, y, w, h)


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
        surf.fill((0, 0, 0))
        size = surf.get_size()
        if stage.scene:
            bg = self.images.get(stage.scene, BG)
            if stage.scene_transform:
                self._draw_transformed(surf, bg, Sprite("", stage.scene,
                                       transform=stage.scene_transform),
                                       (clock or {}).get("", 1e9), (0, 0), centred=True)
            else:
                surf.blit(bg, bg.get_rect(center=(size[0] // 2, size[1] // 2)))
        light = stage.light
        for sp in stage.sprites:
            if sp.text is not None:
                self._draw_text(surf, sp, clock)
                continue
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
                self._draw_transformed(surf, img, sp, t, off)
                continue
            rect = sprite_rect(img.get_size(), at, size, off)
            if f is not None and f.anchor is not None and at not in ("truecenter",):
                # a pack's anchor: the point of the image that is the character's
                # bottom centre; it goes where that point of an image placed at the
                # default anchor (0.5, 1.0) would be, so [0.5, 1.0] changes nothing.
                xa, ya = f.anchor
                rect.x += round(img.get_width() * (0.5 - xa))
                rect.y += round(img.get_height() * (1.0 - ya))
            surf.blit(img, rect)

    def _layered(self, layers: list) -> pygame.Surface:
        """A layeredimage's layers drawn on each other (each scaled to the first's size,
        as Ren'Py's layers share one canvas)."""
        key = (tuple(layers), self.images.scale)
        img = self._texts.get(key)
        if img is None:
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

    def _draw_text(self, surf: pygame.Surface, sp: Sprite,
                   clock: dict[str, float] | None) -> None:
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
            self._draw_transformed(surf, img, sp, (clock or {}).get(sp.tag, 1e9), (0, 0))
        else:
            surf.blit(img, sprite_rect(img.get_size(), sp.at, surf.get_size()))

    def _draw_transformed(self, surf: pygame.Surface, img: pygame.Surface, sp: Sprite,
                          t: float, off: tuple[int, int], centred: bool = False) -> None:
        """A sprite wearing Ren'Py transforms: zoomed, turned, faded, then placed.
        centred: a background (covering the canvas) whose default place is the middle."""
        p = sprite_state(sp.transform or [], t, BG_DEFAULTS if centred else None)
        s = self.images.scale
        xz = p["zoom"] * p["xzoom"]
        yz = p["zoom"] * p["yzoom"]
        if p["alpha"] <= 0 or xz == 0 or yz == 0:
            return
        if (xz, yz) != (1.0, 1.0):
            w, h = zoomed_size(img.get_size(), xz, yz, surf.get_size())
            if w < 1 or h < 1:
                return
            img = pygame.transform.smoothscale(img, (w, h))
            if xz < 0 or yz < 0:
                img = pygame.transform.flip(img, xz < 0, yz < 0)
        if p["rotate"]:
            img = pygame.transform.rotate(img, -float(p["rotate"]))  # Ren'Py: clockwise
        if p["alpha"] < 1.0:
            img = img.copy()
            img.set_alpha(round(255 * p["alpha"]))
        cw, ch = surf.get_size()
        w, h = img.get_size()

        def place(v: float, whole: float, unit: float) -> float:
            return v * unit if isinstance(v, int) else v * whole  # int: pixels

        x = place(p["xpos"], cw, s) - place(p["xanchor"], w, 1.0) + p["xoffset"] * s
        y = place(p["ypos"], ch, s) - place(p["yanchor"], h, 1.0) + p["yoffset"] * s
        surf.blit(img, (round(x) + off[0], round(y) + off[1]))
