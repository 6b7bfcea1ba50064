"""Transitions between two rendered stages: dissolve, fade through a colour, flash,
the vpunch/hpunch shakes, and Ren'Py's CropMove/PushMove families (wipes, slides,
slideaways, pushes, irises), pixellate, blinds, squares, Pause, ImageDissolve (pixels
change in the order of a mask's brightness) and the MoveTransition family (sprites
glide, game/render/glide.py). A click finishes one at once.

Calm (the reader's "reduce motion and flashes"): a shake shows the new scene still, a
slide, push or sprite move becomes a dissolve, and a flash, or a fade through a bright colour,
becomes a dissolve of the same length: no frame is lighter than the two scenes it goes
between."""
from __future__ import annotations

import math
from typing import TYPE_CHECKING, Final

import pygame

from ..scene.moves import SPRITE_MOVES
from .glide import draw_glide
from .stage import Placed

# Ren'Py's CropMove and PushMove modes drawn by _move
MOVES = frozenset(f"{k}{d}" for k in ("wipe", "slide", "slideaway", "push")
                  for d in ("left", "right", "up", "down"))

if TYPE_CHECKING:  # an annotation only: the first frame needs no parser
    from ..script.ast import Transition


class TransitionPlayer:
    """glide: for a sprite move, (the new background, the old stage's sprites, the new
    stage's); mask: for ImageDissolve, its image. Without them those are dissolves."""

    def __init__(self, transition: Transition, old: pygame.Surface, new: pygame.Surface,
                 scale: float = 1.0, *, calm: bool = False,
                 glide: tuple[pygame.Surface, list[Placed], list[Placed]] | None = None,
                 mask: pygame.Surface | None = None) -> None:
        self.t = transition
        self.old = old
        self.new = new
        self.scale = scale
        self.elapsed = 0.0
        self.duration = max(transition.total, 1e-6)
        self.color = pygame.Color(transition.color)
        self._veil: pygame.Surface | None = None
        self.kind = transition.kind
        if calm:
            self.kind = calm_kind(transition.kind, self.color)
        self.glide = glide
        if self.kind in SPRITE_MOVES and glide is None:
            self.kind = "dissolve"
        self._mask: pygame.Surface | None = None
        self._work: tuple[pygame.Surface, ...] | None = None
        if self.kind == "imagedissolve":
            if mask is None:
                self.kind = "dissolve"
            else:
                self._mask = brightness(mask, new.get_size())

    @property
    def done(self) -> bool:
        return self.elapsed >= self.duration

    def update(self, dt: float) -> None:
        self.elapsed = min(self.duration, self.elapsed + dt)

    def finish(self) -> None:
        self.elapsed = self.duration

    def draw(self, dest: pygame.Surface, pos: tuple[int, int] = (0, 0)) -> None:  # noqa: C901
        kind = self.kind
        p = self.elapsed / self.duration
        if self.done:
            dest.blit(self.new, pos)
            return
        if kind == "dissolve":
            dest.blit(self.old, pos)
            self.new.set_alpha(round(255 * p))
            dest.blit(self.new, pos)
            self.new.set_alpha(None)
        elif kind in ("fade", "flash"):
            t = self.elapsed
            out_t, hold, in_t = self.t.out_time, self.t.hold, self.t.in_time
            if t < out_t:
                base, a = self.old, t / out_t
            elif t < out_t + hold:
                base, a = self.old, 1.0
            else:
                base, a = self.new, 1.0 - ((t - out_t - hold) / in_t if in_t > 0 else 1.0)
            dest.blit(base, pos)
            if self._veil is None or self._veil.get_size() != self.new.get_size():
                self._veil = pygame.Surface(self.new.get_size())  # once, not every frame
                self._veil.fill(self.color)
            veil = self._veil
            veil.set_alpha(round(255 * max(0.0, min(1.0, a))))
            dest.blit(veil, pos)
        elif kind in ("vpunch", "hpunch"):
            # Ren'Py's punch: a quick decaying shake of the new scene
            amp = 24 * self.scale * (1 - p)
            off = round(amp * math.sin(self.elapsed * 2 * math.pi * 16))
            dest.fill((0, 0, 0), pygame.Rect(pos, self.new.get_size()))
            dx, dy = (0, off) if kind == "vpunch" else (off, 0)
            dest.blit(self.new, (pos[0] + dx, pos[1] + dy))
        elif kind in ("irisin", "irisout"):
            self._iris(dest, pos, p)
        elif kind in MOVES:
            self._move(dest, pos, p)
        elif kind in SPRITE_MOVES and self.glide is not None:
            bg, old_sprites, new_sprites = self.glide
            draw_glide(dest, SPRITE_MOVES[kind], bg, old_sprites, new_sprites, p, pos)
        elif kind == "imagedissolve" and self._mask is not None:
            self._image_dissolve(dest, pos, p, self._mask)
        elif kind == "pixellate":
            # Ren'Py's Pixellate: the old scene coarsens, then the new one sharpens
            src, k = (self.old, p * 2) if p < 0.5 else (self.new, (1 - p) * 2)
            block = max(1, round(2 ** (5 * k) * self.scale))
            w, h = src.get_size()
            small = pygame.transform.scale(src, (max(1, w // block), max(1, h // block)))
            dest.blit(pygame.transform.scale(small, (w, h)), pos)
        elif kind in ("blinds", "squares"):
            dest.blit(self.old, pos)
            w, h = self.new.get_size()
            cell = max(2, round(64 * self.scale) if kind == "squares" else round(h / 8))
            rows = range(0, h, cell)
            cols = range(0, w, cell) if kind == "squares" else (0,)
            cw = cell if kind == "squares" else w
            for y in rows:
                for x in cols:
                    # each cell opens from its top edge (squares: from its centre)
                    if kind == "blinds":
                        r = pygame.Rect(x, y, cw, max(0, round(cell * p)))
                    else:
                        side = round(cell * p)
                        r = pygame.Rect(x + (cell - side) // 2, y + (cell - side) // 2,
                                        side, side)
                    if r.w and r.h:
                        dest.blit(self.new, (pos[0] + r.x, pos[1] + r.y), r)
        else:  # pause: the old scene until the end
            dest.blit(self.old, pos)

    def _move(self, dest: pygame.Surface, pos: tuple[int, int], p: float) -> None:
        """CropMove and PushMove: one scene's edge crosses the screen."""
        kind = self.t.kind
        w, h = self.new.get_size()
        direction = next(d for d in ("left", "right", "up", "down") if kind.endswith(d))
        dx, dy = {"left": (-1, 0), "right": (1, 0), "up": (0, -1), "down": (0, 1)}[direction]
        ox, oy = round(dx * w * p), round(dy * h * p)  # how far the move has gone
        if kind.startswith("wipe"):  # the new scene uncovered behind a moving edge
            dest.blit(self.old, pos)
            r = pygame.Rect(0, 0, w, h)
            if dx:
                r.width = abs(ox)
                r.x = 0 if dx > 0 else w - abs(ox)
            else:
                r.height = abs(oy)
                r.y = 0 if dy > 0 else h - abs(oy)
            dest.blit(self.new, (pos[0] + r.x, pos[1] + r.y), r)
        elif kind.startswith("slideaway"):  # the old scene leaves, the new one behind it
            dest.blit(self.new, pos)
            dest.blit(self.old, (pos[0] + ox, pos[1] + oy))
        elif kind.startswith("slide"):  # the new scene comes in over the old one
            dest.blit(self.old, pos)
            dest.blit(self.new, (pos[0] + ox - dx * w, pos[1] + oy - dy * h))
        else:  # push: the new scene pushes the old one out
            dest.blit(self.old, (pos[0] + ox, pos[1] + oy))
            dest.blit(self.new, (pos[0] + ox - dx * w, pos[1] + oy - dy * h))

    def _image_dissolve(self, dest: pygame.Surface, pos: tuple[int, int], p: float,
                        mask: pygame.Surface) -> None:
        """Ren'Py's ImageDissolve: a pixel changes when the mask's brightness there is
        reached, bright first, over `ramp` levels: new * a + old * (1 - a), with each
        level's a set in the mask's palette."""
        ramp = max(1, self.t.ramp)
        level = p * (256 + ramp) - 256  # a pixel of brightness b shows (b + level) / ramp
        alphas = [max(0, min(255, round(255 * (b + level) / ramp))) for b in range(256)]
        if self.t.reverse:  # dark pixels first
            alphas.reverse()
        if self._work is None:  # made once: three screens of pixels, not three a frame
            self._work = tuple(pygame.Surface(self.new.get_size()) for _ in range(3))
        weights, frame, back = self._work
        # the palette turns the mask's levels into weights; an 8-bit surface is blitted
        # to 32 bits first, as multiplying by it directly is several times slower
        mask.set_palette([(a, a, a) for a in alphas])
        weights.blit(mask, (0, 0))
        frame.blit(self.new, (0, 0))
        frame.blit(weights, (0, 0), special_flags=pygame.BLEND_RGB_MULT)
        mask.set_palette([(255 - a, 255 - a, 255 - a) for a in alphas])
        weights.blit(mask, (0, 0))
        back.blit(self.old, (0, 0))
        back.blit(weights, (0, 0), special_flags=pygame.BLEND_RGB_MULT)
        frame.blit(back, (0, 0), special_flags=pygame.BLEND_RGB_ADD)
        dest.blit(frame, pos)

    def _iris(self, dest: pygame.Surface, pos: tuple[int, int], p: float) -> None:
        w, h = self.new.get_size()
        opening = self.t.kind == "irisout"  # irisout: the new scene grows from the centre
        k = p if opening else 1 - p
        inner, outer = (self.new, self.old) if opening else (self.old, self.new)
        dest.blit(outer, pos)
        r = pygame.Rect(0, 0, round(w * k), round(h * k))
        r.center = (w // 2, h // 2)
        if r.w and r.h:
            dest.blit(inner, (pos[0] + r.x, pos[1] + r.y), r)


def brightness(image: pygame.Surface, size: tuple[int, int]) -> pygame.Surface:
    """An image's brightness at `size`, as an 8-bit surface whose pixel values are the
    brightness 0-255 (its palette then says what each level is drawn as)."""
    if image.get_size() != size:
        scaler = pygame.transform.smoothscale if image.get_bitsize() >= 24 \
            else pygame.transform.scale
        image = scaler(image, size)
    gray = pygame.transform.grayscale(image)
    levels = pygame.image.tobytes(gray, "RGBX")[0::4]  # the red byte: all three are equal
    mask = pygame.image.frombytes(levels, size, "P")
    mask.set_palette([(b, b, b) for b in range(256)])
    return mask


BRIGHT: Final = 128  # a fade colour whose lightest channel passes this is a flash


def calm_kind(kind: str, color: pygame.Color) -> str:
    """What a transition becomes when the reader asked for no motion and no flashes."""
    if kind in ("vpunch", "hpunch"):
        return "still"  # drawn as the new scene (the shake's length is kept)
    if kind.startswith(("slide", "push")) or kind in SPRITE_MOVES:
        return "dissolve"  # whole scenes, or sprites, sliding across the screen are motion
    if kind == "flash" or (kind == "fade" and max(color.r, color.g, color.b) > BRIGHT):
        return "dissolve"
    return kind
