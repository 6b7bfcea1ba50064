"""Transitions between two rendered stages: dissolve, fade through a colour, flash,
and the vpunch/hpunch shakes. A click finishes one at once.

Calm (the reader's "reduce motion and flashes"): a shake shows the new scene still,
and a flash, or a fade through a bright colour, becomes a dissolve of the same length:
no frame is lighter than the two scenes it goes between."""
from __future__ import annotations

import math
from typing import TYPE_CHECKING, Final

import pygame

if TYPE_CHECKING:  # an annotation only: the first frame needs no parser
    from ..script.ast import Transition


class TransitionPlayer:
    def __init__(self, transition: Transition, old: pygame.Surface, new: pygame.Surface,
                 scale: float = 1.0, *, calm: bool = False) -> None:
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

    @property
    def done(self) -> bool:
        return self.elapsed >= self.duration

    def update(self, dt: float) -> None:
        self.elapsed = min(self.duration, self.elapsed + dt)

    def finish(self) -> None:
        self.elapsed = self.duration

    def draw(self, dest: pygame.Surface, pos: tuple[int, int] = (0, 0)) -> None:
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
        else:
            dest.blit(self.new, pos)


BRIGHT: Final = 128  # a fade colour whose lightest channel passes this is a flash


def calm_kind(kind: str, color: pygame.Color) -> str:
    """What a transition becomes when the reader asked for no motion and no flashes."""
    if kind in ("vpunch", "hpunch"):
        return "still"  # drawn as the new scene (the shake's length is kept)
    if kind == "flash" or (kind == "fade" and max(color.r, color.g, color.b) > BRIGHT):
        return "dissolve"
    return kind
