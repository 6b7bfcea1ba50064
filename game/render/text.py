"""Styled text: Ren'Py text tags laid out, word-wrapped and revealed a character at a time.

Layout happens once per line of dialogue; each frame only blits whole line surfaces
(and one clipped partial line) so typing costs almost nothing.
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from itertools import accumulate
from typing import Final

import pygame

from ..script.texttags import Tag, TagError, plain, tokenize
from .fonts import font, project_font
from .palette import INK

log = logging.getLogger("game.render")
SHADOW: Final = (0, 0, 0)
MAX_WORD: Final = 200  # characters; a longer run without spaces is broken into pieces
LONGEST_WHOLE: Final = 48  # a wider-than-the-box run this long stays whole on its line
EXACT_ENDS: Final = 64  # words up to this long measure each prefix (kerning included)
MAX_FONT_PX: Final = 1000  # {size} draws no larger, whatever a text asks
UNDRAWABLE: Final = "(this line cannot be drawn)"
_WORD_RE: Final = re.compile(r"[^ ]+ *| +")


def plain_or_note(text: str) -> str:
    """What to draw instead of text that failed: its plain words, or a note."""
    try:
        return re.sub(r"[{}]", "", plain(text))
    except Exception:  # noqa: BLE001 - any failure here means: show the note
        return UNDRAWABLE


@dataclass(frozen=True)
class Style:
    bold: bool = False
    italic: bool = False
    underline: bool = False
    strike: bool = False
    color: tuple[int, int, int] = INK
    size: int = 36
    cps: float | None = None  # absolute characters per second, None = the reader's
    cps_mult: float = 1.0
    alpha: float = 1.0  # {alpha}: the text's opacity
    family: str | None = None  # {font}: a font file of the project
    kern: int = 0  # {k=N}: px added after each letter (may be negative)


@dataclass
class _Word:
    text: str
    style: Style
    start: int  # index of its first character in the whole text
    pad: int = 0  # {space=N}: an empty word this many px wide
    vpad: int = 0  # {vspace=N}: its line this many px taller


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


def _parse(text: str, base: Style) -> tuple[list[_Word | str], dict[int, float | None],  # noqa: C901
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
            elif t.name == "font" and t.arg:
                found = project_font(t.arg)
                if found is not None:
                    kw["family"] = found
            elif t.name == "alpha" and t.arg:
                a = t.arg
                was = kw.get("alpha", base.alpha)
                v = was * float(a[1:]) if a[0] == "*" else (
                    was + float(a) if a[0] in "+-" else float(a))
                kw["alpha"] = min(1.0, max(0.0, v))
            elif t.name == "k" and t.arg:  # px at our 36 px text, as {space=N} is
                kw["kern"] = round(float(t.arg) * base.size / 36)
            elif t.name == "cps" and t.arg:
                if t.arg.startswith("*"):
                    kw["cps_mult"] = float(t.arg[1:])
                    kw["cps"] = None
                else:
                    kw["cps"] = float(t.arg)
                    kw["cps_mult"] = 1.0
        kw["size"] = max(8, min(size, MAX_FONT_PX))
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
            if tok.name in ("space", "vspace"):  # px at our 36 px text, as {size=N} is
                px = int(tok.arg or 0) * base.size // 36
                if tok.name == "vspace":
                    words.append("\n")
                    words.append(_Word("", current, idx, vpad=px))
                else:
                    words.append(_Word("", current, idx, pad=px))
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
            for m in _WORD_RE.finditer(part):  # a word and the spaces after it
                i, j = m.span()
                while j - i > MAX_WORD:  # an overlong word breaks, as Ren'Py breaks it
                    words.append(_Word(part[i:i + MAX_WORD], current, idx + i))
                    i += MAX_WORD
                words.append(_Word(part[i:j], current, idx + i))
            idx += len(part)
    return words, waits, speeds, fast, nw


def _font(st: Style, family: str) -> pygame.font.Font:
    return font(st.family or family, st.size, st.bold, st.italic)


def _width(f: pygame.font.Font, text: str, kern: int) -> int:
    """text's width in f, with {k}'s px after each letter."""
    return max(0, f.size(text)[0] + kern * len(text))


def _kerned(f: pygame.font.Font, text: str, color: tuple[int, int, int], kern: int,
            ends: list[int]) -> pygame.Surface:
    """text drawn letter by letter, each `kern` px further than the font puts it."""
    out = pygame.Surface((max(1, max(ends, default=0), f.size(text)[0]), f.get_height()),
                         pygame.SRCALPHA)
    for k, ch in enumerate(text):
        x = (ends[k - 1] if k else 0)
        out.blit(f.render(ch, True, color), (max(0, x), 0))
    return out


def _render_word(w: _Word, family: str, shadow: bool) -> tuple[pygame.Surface, list[int]]:
    f = _font(w.style, family)
    f.underline = w.style.underline
    f.strikethrough = w.style.strike
    kern = w.style.kern
    try:
        if len(w.text) <= EXACT_ENDS:
            ends = [f.size(w.text[:k + 1])[0] for k in range(len(w.text))]
        else:  # by glyph advances: linear in the word's length (kerning aside)
            ends = list(accumulate((m[4] if m else 0) for m in f.metrics(w.text)))
        if kern:
            ends = [max(0, e + kern * (k + 1)) for k, e in enumerate(ends)]

        def draw(color: tuple[int, int, int]) -> pygame.Surface:
            return _kerned(f, w.text, color, kern, ends) if kern else \
                f.render(w.text, True, color)

        body = draw(w.style.color)
        if shadow:
            sh = draw(SHADOW)
            out = pygame.Surface((body.get_width() + 2, body.get_height() + 2), pygame.SRCALPHA)
            sh.set_alpha(200)
            out.blit(sh, (2, 2))
            out.blit(body, (0, 0))
            body = out
        if w.style.alpha < 1.0:  # {alpha}: the word (and its shadow) fainter
            body = body.convert_alpha() if pygame.display.get_surface() else body
            body.set_alpha(round(255 * w.style.alpha))
    finally:
        f.underline = False
        f.strikethrough = False
    return body, ends


def _split_to_width(w: _Word, f: pygame.font.Font, width: int, x: int) -> list[_Word]:
    """A word too wide for a line, in pieces that each fit (the first in the `width - x`
    left on the current line when that holds at least a few characters), measured by
    glyph advances: linear in the word's length."""
    out: list[_Word] = []
    room = width - x if width - x > width // 4 else width
    start, run = 0, 0
    for k, m in enumerate(f.metrics(w.text)):
        adv = (m[4] if m else 0) + w.style.kern
        if run + adv > room and k > start:
            out.append(_Word(w.text[start:k], w.style, w.start + start))
            start, run, room = k, 0, width
        run += adv
    out.append(_Word(w.text[start:], w.style, w.start + start))
    return out


def layout(text: str, width: int, *, size: int = 36, color: tuple[int, int, int] = INK,
           family: str = "serif", max_height: int | None = None, align: str = "left",
           shadow: bool = True, min_size: int = 12, line_spacing: float = 1.12) -> TextLayout:
    """Lay out `text` (with Ren'Py tags) within `width` px. Words never split; if the
    text is taller than max_height the font shrinks until it fits."""
    while True:
        try:
            if max_height is not None and size > min_size:  # measure first: drawing
                lay = _layout_once(text, width, size, color, family, align, shadow,
                                   line_spacing, draw=False)  # each size tried is costly
                if lay.height > max_height:
                    size = max(min_size, int(size * 0.92))
                    continue
            lay = _layout_once(text, width, size, color, family, align, shadow, line_spacing)
        except (pygame.error, ValueError, OverflowError, MemoryError) as exc:
            # text a font cannot draw (too wide a surface, a glyph SDL refuses): shown as
            # plain text, or at worst as a note, never a crash of the window
            log.warning("text cannot be drawn (%s): %.80r", exc, text)
            fallback = plain_or_note(text)
            if fallback == text:
                fallback = UNDRAWABLE
            return layout(fallback, width, size=size, color=color, family=family,
                          max_height=max_height, align=align, shadow=shadow,
                          min_size=min_size, line_spacing=line_spacing) \
                if text != UNDRAWABLE else TextLayout(base_size=size)
        if max_height is None or lay.height <= max_height or size <= min_size:
            return lay
        size = max(min_size, int(size * 0.92))


_LEADING: dict[tuple[str, int], float] = {}
_LEADING_SAMPLE = "\u00c9\u00c0\u00c7gjpyq|"  # accents above, descenders below


def leading(family: str, size: int = 40) -> float:
    """How much of `family`'s own line height a line steps, so that line spacing looks
    the same in every font: OpenDyslexic declares a line height far taller than its
    letters (1.49x the serif's at one size for 1.26x the ink), which made its lines
    look double-spaced. 1.0 for the standard fonts; never more. (Measured once per
    family and size: small sizes round differently.)"""
    if family in ("serif", "sans"):  # the standard: their own line height
        return 1.0
    got = _LEADING.get((family, size))
    if got is None:
        def ink_share(fam: str) -> float:
            f = font(fam, max(6, size))
            ink = f.render(_LEADING_SAMPLE, True, (255, 255, 255)).get_bounding_rect().h
            return ink / max(1, f.get_linesize())
        try:
            got = min(1.0, ink_share(family) / ink_share("serif"))
        except (pygame.error, OSError, KeyError, ValueError):
            got = 1.0  # an unreadable font: its own line height
        _LEADING[(family, size)] = got
    return got


def _layout_once(text: str, width: int, size: int, color: tuple[int, int, int], family: str,  # noqa: C901
                 align: str, shadow: bool, spacing: float, draw: bool = True) -> TextLayout:
    base = Style(color=color, size=size)
    words, waits, speeds, fast, nw = _parse(text, base)
    lines_words: list[list[_Word]] = [[]]
    x = 0
    widths: dict[int, int] = {}
    sizes: dict[tuple[str, Style], tuple[int, int]] = {}  # words repeat: measured once
    rendered: dict[tuple[str, Style], tuple[pygame.Surface, list[int]]] = {}  # drawn once
    for w in words:
        if w == "\n":
            lines_words.append([])
            x = 0
            continue
        assert isinstance(w, _Word)
        f = _font(w.style, family)
        if not w.text:  # {space} / {vspace}: a gap, nothing drawn
            widths[id(w)] = w.pad
            if lines_words[-1] and x + w.pad > width:
                lines_words.append([])
                x = 0
            lines_words[-1].append(w)
            x += w.pad
            continue
        key = (w.text, w.style)
        measured = sizes.get(key)
        if measured is None:
            full = _width(f, w.text, w.style.kern)
            ink = _width(f, w.text.rstrip(" "), w.style.kern) if w.text.endswith(" ") \
                else full
            measured = sizes[key] = (full, ink)
        full, ink = measured
        if ink > width and len(w.text.rstrip(" ")) > LONGEST_WHOLE:  # not a word: broken
            for piece in _split_to_width(w, f, width, x if lines_words[-1] else 0):
                p_full = _width(f, piece.text, piece.style.kern)
                if lines_words[-1] and x + p_full > width:
                    lines_words.append([])
                    x = 0
                widths[id(piece)] = p_full
                lines_words[-1].append(piece)
                x += p_full
            continue
        widths[id(w)] = full
        if lines_words[-1] and x + ink > width:
            lines_words.append([])
            x = 0
        lines_words[-1].append(w)
        x += full
    lay = TextLayout(waits=waits, speeds=speeds, fast_index=fast, no_wait=nw, base_size=size)
    spacing *= leading(family, size)
    y = 0
    count = 0
    for lw in lines_words:
        fonts = [_font(w.style, family) for w in lw] or [font(family, size)]
        ascent = max(f.get_ascent() for f in fonts)
        h = max(max(f.get_linesize() for f in fonts), ascent - min(f.get_descent()
                                                                    for f in fonts))
        y += sum(w.vpad for w in lw)  # {vspace}: the gap above this line
        if not draw:  # measuring only: the height is all that is wanted
            y += round(h * spacing)
            continue
        pieces = []
        lx = 0
        ends: list[int] = []
        for w, f in zip(lw, fonts):
            if not w.text:
                lx += widths[id(w)]
                continue
            drawn = rendered.get((w.text, w.style))
            if drawn is None:
                drawn = rendered[(w.text, w.style)] = _render_word(w, family, shadow)
            surf, wends = drawn
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
