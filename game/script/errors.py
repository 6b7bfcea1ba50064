"""Diagnostics that speak to the writer: path:line:col, the line, a caret."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Iterable

ERROR: Final = "error"
WARNING: Final = "warning"
SHOWN: Final = 120  # characters of a long line shown around the problem
MAX_PER_LINE: Final = 10  # diagnostics kept for one line; the rest are counted


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One problem found in a script, with the place it was found."""

    path: str
    line: int  # 1-based
    col: int  # 1-based
    message: str
    severity: str = ERROR
    source_line: str = ""
    length: int = 1
    code: str = "E000"
    offset: int = 0  # characters of the line cut before source_line (a long line)

    def format(self) -> str:
        head = f"{self.path}:{self.line}:{self.col}: {self.severity}: {self.message}"
        if not self.source_line:
            return head
        number = str(self.line)
        pad = " " * len(number)
        col = self.col - self.offset
        length = max(1, min(self.length, len(self.source_line) - col + 1))
        caret = " " * (col - 1) + "^" * length
        return f"{head}\n   {number} | {self.source_line}\n   {pad} | {caret}"

    def __str__(self) -> str:
        return self.format()


class ScriptError(Exception):
    """Raised when a story cannot be loaded; carries every error found."""

    def __init__(self, diagnostics: Iterable[Diagnostic]) -> None:
        self.diagnostics: list[Diagnostic] = list(diagnostics)
        super().__init__(self.format())

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.severity == ERROR]

    def format(self) -> str:
        return "\n".join(d.format() for d in self.diagnostics)

    def __str__(self) -> str:
        return self.format()


class StoryRuntimeError(Exception):
    """A failure while the story runs, located like a load error (raised by
    game.story.runtime; defined here so that the window can catch it without
    importing the runtime before a reading starts)."""

    def __init__(self, diagnostic: Diagnostic) -> None:
        super().__init__(diagnostic.format())
        self.diagnostic = diagnostic


class Reporter:
    """Collects diagnostics for one file so that all of them are reported together."""

    def __init__(self, path: str, lines: list[str]) -> None:
        self.path = path
        self.lines = lines
        self.diagnostics: list[Diagnostic] = []
        self._per_line: dict[int, int] = {}

    def source(self, line: int) -> str:
        if 1 <= line <= len(self.lines):
            return self.lines[line - 1].rstrip("\r\n").replace("\t", " ")
        return ""

    def add(self, line: int, col: int, message: str, *, length: int = 1,
            code: str = "E000", severity: str = ERROR) -> None:
        count = self._per_line.get(line, 0) + 1
        self._per_line[line] = count
        if count > MAX_PER_LINE:
            if count == MAX_PER_LINE + 1:
                self.diagnostics.append(Diagnostic(
                    self.path, line, 1, f"more than {MAX_PER_LINE} problems on this line;"
                    " the rest are not listed", WARNING, "", 1, "W001"))
            return
        raw = self.lines[line - 1] if 1 <= line <= len(self.lines) else ""
        col = max(1, min(col, len(raw) + 1))
        offset = 0
        if len(raw) > SHOWN:  # a window around the column, not a copy of the whole line
            start = max(0, min(col - 1 - SHOWN // 2, len(raw) - SHOWN))
            piece = raw[start:start + SHOWN]
            raw = ("\u2026" if start else "") + piece + \
                ("\u2026" if start + SHOWN < len(raw) else "")
            offset = start - 1 if start else 0
        src = raw.rstrip("\r\n").replace("\t", " ")
        length = max(1, min(length, len(src) - (col - offset) + 1)) if src else 1
        self.diagnostics.append(
            Diagnostic(self.path, line, col, message, severity, src, length, code, offset))

    def error(self, line: int, col: int, message: str, *, length: int = 1,
              code: str = "E000") -> None:
        self.add(line, col, message, length=length, code=code)

    def warning(self, line: int, col: int, message: str, *, length: int = 1,
                code: str = "W000") -> None:
        self.add(line, col, message, length=length, code=code, severity=WARNING)


_suggestions: dict[tuple[str, int, int], str] = {}


def did_you_mean(word: str, candidates: Iterable[str]) -> str:
    """' (did you mean 'x'?)' for the closest candidate, or ''."""
    pool = list(candidates)
    key = (word, len(pool), hash(tuple(pool)))
    hit = _suggestions.get(key)
    if hit is None:
        hit = _suggestions[key] = _did_you_mean(word, pool)
        if len(_suggestions) > 4096:
            _suggestions.clear()
    return hit


def _did_you_mean(word: str, pool: list[str]) -> str:
    import difflib

    match = difflib.get_close_matches(word, pool, n=1, cutoff=0.6)
    if not match:
        lowered = {c.lower(): c for c in pool}
        if word.lower() in lowered:
            match = [lowered[word.lower()]]
    return f" (did you mean '{match[0]}'?)" if match else ""
