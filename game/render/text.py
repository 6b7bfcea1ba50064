"""Styled text: Ren'Py text tags laid out, word-wrapped and revealed a character at a time.

Layout happens once per line of dialogue; each frame only blits whole line surfaces
(and one clipped partial line) so typing costs almost nothing.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Final

import pygame

from ..script.texttags import Tag, TagError, tokenize
from .fonts import font

SHADOW: Final = (0, 0, 0)


@dataclass(frozen=True)
class Style:
    bold: bool = False
    italic: bool = False
    underline: bool = False
    strike: bool = False
    color: tuple[int, int, int] = (240, 236, 232)
    size: int = 36
    cps: float | None = None  # absolute characters per second, None = the reader's
    cps_mult: float = 1.0


@dataclass
class _Word:
    text: str
    style: Style
    start: int  # index of its first character in the whole text


@dataclass
class Line:
    surface: pygame.Surface
    x: int
    y: int
    start: int
    ends: list[int]  # x (in the line surface) where each character ends

    @property
    def count(self) -> int:
        return len(self.ends)


@dataclass
class TextLayout:
    lines: list[Line] = field(default_factory=list)
    count: int = 0
    waits: dict[int, float | None] = field(default_factory=dict)
    speeds: dict[int, tuple[float | None, float]] = field(default_factory=dict)
    fast_index: int = 0
    no_wait: bool = False
    width: int = 0
    height: int = 0
    base_size: int = 36

    def draw(self, dest: pygame.Surface, pos: tuple[int, int], shown: int | None = None) -> None:
        """Blit the first `shown` characters (all when None)."""
        ox, oy = pos
        if shown is None:
            shown = self.count
        for line in self.lines:
            if line.start >= shown and line.count:
                break
            if line.start + line.count <= shown or not line.count:
                dest.blit(line.surface, (ox + line.x, oy + line.y))
            else:
                k = shown - line.start
                w = line.ends[k - 1] + 3  # + shadow
                dest.blit(line.surface, (ox + line.x, oy + line.y),
                          pygame.Rect(0, 0, w, line.surface.get_height()))

    def end_of(self, shown: int) -> tuple[int, int]:
        """Where the text ends after `shown` characters (for the 'next' marker)."""
        last = None
        for line in self.lines:
            if line.start > shown:
                break
            last = line
        if last is None:
            return 0, 0
        k = min(max(shown - last.start, 0), last.count)
        x = last.x + (last.ends[k - 1] if k else 0)
        return x, last.y + last.surface.get_height() // 2


def _rgb(value: str) -> tuple[int, int, int]:
    c = pygame.Color(value)
    return c.r, c.g, c.b


def _parse(text: str, base: Style) -> tuple[list[_Word | str], dict[int, float | None],
                                            dict[int, tuple[float | None, float]], int, bool]:
    """Words (with '\n' markers for breaks), waits, speed changes, fast index, no-wait."""
    try:
        tokens = tokenize(text)
    except TagError:
        tokens = [text]
    stack: list[Tag] = []
    words: list[_Word | str] = []
    waits: dict[int, float | None] = {}
    speeds: dict[int, tuple[float | None, float]] = {}
    fast = 0
    nw = False
    idx = 0

    def style() -> Style:
        s = base
        kw: dict = {}
        size = base.size
        for t in stack:
            if t.name == "b":
                kw["bold"] = True
            elif t.name == "i":
                kw["italic"] = True
            elif t.name == "u":
                kw["underline"] = True
            elif t.name == "s":
                kw["strike"] = True
            elif t.name == "color" and t.arg:
                kw["color"] = _rgb(t.arg)
            elif t.name == "size" and t.arg:
                a = t.arg
                size = size + int(a) if a[0] in "+-" else int(a) * base.size // 36
            elif t.name == "cps" and t.arg:
                if t.arg.startswith("*"):
                    kw["cps_mult"] = float(t.arg[1:])
                    kw["cps"] = None
                else:
                    kw["cps"] = float(t.arg)
                    kw["cps_mult"] = 1.0
        kw["size"] = max(8, size)
        return Style(**{**s.__dict__, **kw})

    current = base
    for tok in tokens:
        if isinstance(tok, Tag):
            if tok.name in ("w", "p"):
                waits[idx] = float(tok.arg) if tok.arg else None
                if tok.name == "p":
                    words.append("\n")
                continue
            if tok.name == "nw":
                nw = True
                continue
            if tok.name == "fast":
                fast = idx
                continue
            if tok.close:
                for k in range(len(stack) - 1, -1, -1):
                    if stack[k].name == tok.name:
                        del stack[k]
                        break
            else:
                stack.append(tok)
            current = style()
            if tok.name == "cps":
                speeds[idx] = (current.cps, current.cps_mult)
            continue
        parts = tok.split("\n")
        for n, part in enumerate(parts):
            if n:
                words.append("\n")
            i = 0
            while i < len(part):
                j = i
                while j < len(part) and part[j] != " ":
                    j += 1
                while j < len(part) and part[j] == " ":
                    j += 1
                words.append(_Word(part[i:j], current, idx + i))
                i = j
            idx += len(part)
    return words, waits, speeds, fast, nw


def _font(st: Style, family: str) -> pygame.font.Font:
    return font(family, st.size, st.bold, st.italic)


def _render_word(w: _Word, family: str, shadow: bool) -> tuple[pygame.Surface, list[int]]:
    f = _font(w.style, family)
    f.underline = w.style.underline
    f.strikethrough = w.style.strike
    try:
        body = f.render(w.text, True, w.style.color)
        if shadow:
            sh = f.render(w.text, True, SHADOW)
            out = pygame.Surface((body.get_width() + 2, body.get_height() + 2), pygame.SRCALPHA)
            sh.set_alpha(200)
            out.blit(sh, (2, 2))
            out.blit(body, (0, 0))
            body = out
        ends = [f.size(w.text[:k + 1])[0] for k in range(len(w.text))]
    finally:
        f.underline = False
        f.strikethrough = False
    return body, ends


def layout(text: str, width: int, *, size: int = 36, color: tuple[int, int, int] = (240, 236, 232),
           family: str = "serif", max_height: int | None = None, align: str = "left",
           shadow: bool = True, min_size: int = 12, line_spacing: float = 1.12) -> TextLayout:
    """Lay out `text` (with Ren'Py tags) within `width` px. Words never split; if the
    text is taller than max_height the font shrinks until it fits."""
    while True:
        lay = _layout_once(text, width, size, color, family, align, shadow, line_spacing)
        if max_height is None or lay.height <= max_height or size <= min_size:
            return lay
        size = max(min_size, int(size * 0.92))


def _layout_once(text: str, width: int, size: int, color: tuple[int, int, int], family: str,
                 align: str, shadow: bool, spacing: float) -> TextLayout:
    base = Style(color=color, size=size)
    words, waits, speeds, fast, nw = _parse(text, base)
    lines_words: list[list[_Word]] = [[]]
    x = 0
    widths: dict[int, int] = {}
    for w in words:
        if w == "\n":
            lines_words.append([])
            x = 0
            continue
        assert isinstance(w, _Word)
        f = _font(w.style, family)
        full = f.size(w.text)[0]
        ink = f.size(w.text.rstrip(" "))[0]
        widths[id(w)] = full
        if lines_words[-1] and x + ink > width:
            lines_words.append([])
            x = 0
        lines_words[-1].append(w)
        x += full
    lay = TextLayout(waits=waits, speeds=speeds, fast_index=fast, no_wait=nw, base_size=size)
    y = 0
    count = 0
    for lw in lines_words:
        fonts = [_font(w.style, family) for w in lw] or [font(family, size)]
        ascent = max(f.get_ascent() for f in fonts)
        h = max(max(f.get_linesize() for f in fonts), ascent - min(f.get_descent()
                                                                    for f in fonts))
        pieces = []
        lx = 0
        ends: list[int] = []
        for w, f in zip(lw, fonts):
            surf, wends = _render_word(w, family, shadow)
            pieces.append((surf, lx, ascent - f.get_ascent()))
            ends.extend(lx + e for e in wends)
            lx += widths[id(w)]
        ink_w = max([px + s.get_width() for s, px, _y in pieces] or [1])
        line_surf = pygame.Surface((max(1, ink_w), h + 3), pygame.SRCALPHA)
        for surf, px, py in pieces:
            line_surf.blit(surf, (px, py))
        start = lw[0].start if lw else count
        lx0 = 0
        if align == "center":
            lx0 = max(0, (width - (ends[-1] if ends else 0)) // 2)
        lay.lines.append(Line(line_surf, lx0, y, start, ends))
        count = start + len(ends)
        lay.width = max(lay.width, lx0 + ink_w)
        y += round(h * spacing)
    lay.count = max(count, sum(len(w.text) for w in words if isinstance(w, _Word)))
    lay.height = y
    return lay


class Typewriter:
    """Reveals a TextLayout at the reader's speed, honouring {cps}, {w}, {p}, {fast}."""

    def __init__(self, lay: TextLayout, cps: float) -> None:
        self.lay = lay
        self.cps = cps  # 0 = instant
        self.shown = lay.fast_index
        self._acc = 0.0
        self._passed: set[int] = set()
        self._timer: float | None = None
        self._speed: tuple[float | None, float] = (None, 1.0)
        for idx in sorted(lay.speeds):
            if idx <= self.shown:
                self._speed = lay.speeds[idx]
        if cps <= 0:
            self._run_to_wait()

    @property
    def complete(self) -> bool:
        return self.shown >= self.lay.count and self.shown not in self._blocking()

    @property
    def idle(self) -> bool:
        """Nothing will change until the reader clicks."""
        return self.complete or self.waiting_click

    @property
    def waiting_click(self) -> bool:
        """Stopped at a {w}/{p} that waits for a click (show the 'next' marker)."""
        return self.shown in self.lay.waits and self.shown not in self._passed and \
            self.lay.waits[self.shown] is None

    def _blocking(self) -> set[int]:
        return {i for i in self.lay.waits if i not in self._passed}

    def update(self, dt: float) -> bool:
        """Advance by dt seconds; True if more text is showing."""
        before = self.shown
        lay = self.lay
        while dt > 0 and (self.shown < lay.count or self.shown in self._blocking()):
            i = self.shown
            if i in lay.waits and i not in self._passed:
                t = lay.waits[i]
                if t is None:
                    break
                if self._timer is None:
                    self._timer = t
                used = min(dt, self._timer)
                self._timer -= used
                dt -= used
                if self._timer <= 1e-9:
                    self._passed.add(i)
                    self._timer = None
                continue
            if i in lay.speeds:
                self._speed = lay.speeds[i]
            cps = self._speed[0] if self._speed[0] is not None else self.cps * self._speed[1]
            if cps <= 0:
                self._run_to_wait()
                break
            self._acc += dt * cps
            dt = 0
            while self._acc >= 1 and self.shown < lay.count:
                j = self.shown
                if j in lay.waits and j not in self._passed:
                    self._acc = 0.0  # after the wait, typing starts afresh
                    break
                self.shown += 1
                self._acc -= 1
                if self.shown in lay.speeds:
                    break
        return self.shown != before

    def _run_to_wait(self) -> None:
        lay = self.lay
        while self.shown < lay.count:
            if self.shown in lay.waits and self.shown not in self._passed:
                if lay.waits[self.shown] is None:
                    return
                self._passed.add(self.shown)  # instant text skips timed waits
            self.shown += 1
        self._passed.update(i for i in lay.waits if i <= self.shown and lay.waits[i] is not None)

    def click(self) -> bool:
        """A click while typing: pass a {w}/{p} or show the rest up to the next one.
        Returns True if the click was used (the line was not complete)."""
        if self.complete:
            return False
        if self.shown in self.lay.waits and self.shown not in self._passed:
            self._passed.add(self.shown)
            self._timer = None
            if self.cps <= 0:
                self._run_to_wait()
            return True
        while self.shown < self.lay.count:
            if self.shown in self.lay.waits and self.shown not in self._passed:
                return True
            self.shown += 1
        return True

    def finish(self) -> None:
        """Everything at once (skip mode, capture)."""
        self._passed.update(self.lay.waits)
        self.shown = self.lay.count
