"""Diagnostics that speak to the writer (or the artist): path:line:col, the line, a caret.

One Diagnostic type for scripts, the project's files, translations and art packs; every
code it carries is declared once in CODES below."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

ERROR: Final = "error"
WARNING: Final = "warning"
NOTE: Final = "note"  # art check: worth knowing, nothing wrong
SHOWN: Final = 120  # characters of a long line shown around the problem
MAX_PER_LINE: Final = 10  # diagnostics kept for one line; the rest are counted


@dataclass(frozen=True, slots=True)
class Diagnostic:
    """One problem found in a script (or a pack, a catalogue...), with the place it was
    found: line and col are 1-based; 0 when the problem is the whole file (or line)."""

    path: str
    line: int
    col: int
    message: str
    severity: str = ERROR
    source_line: str = ""
    length: int = 1
    code: str = ""  # one of CODES, always given (tests/script/test_diagnostic_codes.py)
    offset: int = 0  # characters of the line cut before source_line (a long line)

    def format(self) -> str:
        where = self.path
        if self.line:
            where += f":{self.line}" + (f":{self.col}" if self.col else "")
        head = f"{where}: {self.severity}: {self.message}"
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

    def add(self, line: int, col: int, message: str, *, code: str, length: int = 1,
            severity: str = ERROR) -> None:
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

    def error(self, line: int, col: int, message: str, *, code: str, length: int = 1) -> None:
        self.add(line, col, message, length=length, code=code)

    def warning(self, line: int, col: int, message: str, *, code: str, length: int = 1) -> None:
        self.add(line, col, message, length=length, code=code, severity=WARNING)


_suggestions: dict[tuple[str, int, int, int, float, bool], str] = {}


def closest(word: str, candidates: Iterable[str], *, n: int = 1, cutoff: float = 0.6,
            any_case: bool = False) -> list[str]:
    """Up to n candidates close to word, best first (difflib's ratio >= cutoff); with
    any_case, when none is close, the candidate that differs from word only in case."""
    import difflib

    pool = candidates if isinstance(candidates, list) else list(candidates)
    match = difflib.get_close_matches(word, pool, n=n, cutoff=cutoff)
    if not match and any_case:
        lowered = {c.lower(): c for c in pool}
        if word.lower() in lowered:
            match = [lowered[word.lower()]]
    return match


def did_you_mean(word: str, candidates: Iterable[str], *, n: int = 1, cutoff: float = 0.6,
                 any_case: bool = True) -> str:
    """' (did you mean 'x'?)' (or 'x' or 'y', up to n) for the closest candidates, or ''.
    The one "did you mean" of every message: scripts, art packs, translations."""
    pool = list(candidates)
    key = (word, len(pool), hash(tuple(pool)), n, cutoff, any_case)
    hit = _suggestions.get(key)
    if hit is None:
        match = closest(word, pool, n=n, cutoff=cutoff, any_case=any_case)
        hit = " (did you mean " + " or ".join(f"'{m}'" for m in match) + "?)" if match else ""
        _suggestions[key] = hit
        if len(_suggestions) > 4096:
            _suggestions.clear()
    return hit


# -- the codes ---------------------------------------------------------------------------
# Every code a diagnostic may carry, each declared once with what it means; a code means
# one thing (tests/script/test_diagnostic_codes.py checks both, and that each is used).
# E: an error (the story does not load), W: a warning (`lint --strict` reports some as
# errors, keeping their code), R: an error while the story runs, A: a problem in an art
# pack, of any severity (error, warning or note).
# 1xx the text of a file, 2xx statements, 3xx expressions, audio and staging clauses,
# 4xx text tags, 5xx the story as a whole (W52x files it lacks), 6xx the project's files
# and the text box, E7xx building, W7xx Ren'Py code skipped or read in a simpler form,
# 8xx translations; A1xx the pack folder, A2xx pack.toml and files, A3xx art check.
_CODE_TABLE: Final[tuple[tuple[str, str], ...]] = (
    ("E101", "a tab in the indentation"),
    ("E102", "a string that is never closed"),
    ("E103", "a bracket that is never closed"),
    ("E104", "a ':' line with no indented block after it"),
    ("E105", "an unexpected indent"),
    ("E106", "an unindent that matches no outer level"),
    ("E107", "blocks nested too deeply to read"),
    ("E108", "a NUL or lone surrogate written in a line's text"),
    ("E109", "a script's file name contains a NUL character"),
    ("E200", "a statement that cannot be read (the parser's default code)"),
    ("E201", "an indented block under a statement that takes none"),
    ("E202", "unexpected words at the end of a statement"),
    ("E203", "'elif' or 'else' without an 'if' before it"),
    ("E210", "a Ren'Py statement or clause that is not supported"),
    ("E211", "an unknown statement"),
    ("E215", "a transform statement without a name or ':'"),
    ("E216", "ATL that would be degraded, under lint --strict"),
    ("E220", "attributes given to a speaker that takes none"),
    ("E231", "'label' without a name"),
    ("E232", "label parameters that cannot be read"),
    ("E233", "a label without ':'"),
    ("E234", "'jump/call expression' without an expression"),
    ("E235", "'jump' or 'call' without a label name"),
    ("E236", "call arguments that cannot be read"),
    ("E240", "'else' written wrongly"),
    ("E241", "'elif' after 'else'"),
    ("E242", "an if/elif/while line without ':' at its end"),
    ("E243", "'if', 'elif' or 'while' without a condition"),
    ("E244", "'while' written wrongly"),
    ("E250", "'menu' written wrongly"),
    ("E251", "a menu caption after its choices, or two captions"),
    ("E252", "a line in a menu that is not a choice"),
    ("E253", "a menu's 'set' without a list"),
    ("E254", "a choice's 'if' without a condition and ':'"),
    ("E255", "a choice without ':' after its text"),
    ("E256", "a menu without choices"),
    ("E260", "'define' or 'default' without a name"),
    ("E261", "'define' or 'default' of a namespaced name (config., persistent., ...)"),
    ("E262", "a story name that starts with '_'"),
    ("E263", "'define' or 'default' without '='"),
    ("E264", "'define' or 'default' without a value"),
    ("E270", "'$' without a statement"),
    ("E280", "'image' without a name"),
    ("E281", "an ATL image block"),
    ("E282", "'image' without '='"),
    ("E283", "an image defined by something other than a file or a colour"),
    ("E284", "an image file name that cannot be used (absolute, '..', empty)"),
    ("E285", "'layeredimage' written wrongly"),
    ("E290", "'with' without a transition"),
    ("E291", "'show' without an image name"),
    ("E292", "'at' without a position"),
    ("E295", "'behind' without a tag"),
    ("E296", "'as' without a tag"),
    ("E297", "'zorder' without a whole number"),
    ("E299", "'hide' without an image tag"),
    ("E300", "an expression that cannot be read, or is outside the safe subset"),
    ("E301", "words after 'nvl clear'"),
    ("E302", "'window' not followed by show, hide or auto"),
    ("E310", "'pause' without a number of seconds"),
    ("E320", "an unknown audio channel"),
    ("E321", "a list of audio files without ']'"),
    ("E322", "an audio statement without a file"),
    ("E323", "an audio clause without its number"),
    ("E324", "unexpected words in a play or queue statement"),
    ("E330", "'light' without a light's name or None"),
    ("E400", "text tags that do not pair up"),
    ("E401", "a [name] in a line's text that cannot be read"),
    ("E501", "a label defined twice"),
    ("E502", "a constant (define) that the story changes"),
    ("E503", "an unknown variable"),
    ("E504", "a Character without an image tag given attributes"),
    ("E505", "an unknown position"),
    ("E506", "a jump or call to a label that does not exist"),
    ("E507", "a name defined twice"),
    ("E508", "a define or default whose value cannot be used"),
    ("E509", "a name given two defaults, or both defined and defaulted"),
    ("E510", "a chapter that names a label that does not exist"),
    ("E511", "no label to begin the story at"),
    ("E512", "a line spoken by a name that is not a Character"),
    ("E513", "an unknown character"),
    ("E514", "an unknown transition, or a value that is not one"),
    ("E515", "a transition whose value cannot be worked out"),
    ("E516", "a variable updated but never given a value"),
    ("E517", "a light defined outside the light namespace, or something else inside it"),
    ("E518", "a background given a second light"),
    ("E519", "an unknown light"),
    ("E600", "game.toml cannot be read or has a wrong value"),
    ("E601", "a script that is a symbolic link"),
    ("E602", "a script that cannot be read"),
    ("E603", "no such story folder"),
    ("E604", "no .rpy files in the story folder"),
    ("E605", "a script that is not UTF-8 text"),
    ("E700", "the game cannot be built for distribution"),
    ("W001", "more problems on one line than are listed"),
    ("W520", "a missing audio file"),
    ("W521", "a missing image"),
    ("W530", "a label or statement that can never be reached"),
    ("W601", "a line too long for the text box at the largest text size"),
    ("W700", "Ren'Py code skipped (not story code, or not supported yet)"),
    ("W701", "Ren'Py code read in a simpler form (degraded)"),
    ("W702", "a variable set only by skipped Python"),
    ("W703", "a position or transform whose arguments do not match; its defaults used"),
    ("W704", "a transition made only by skipped Python; shown as a dissolve"),
    ("W705", "a Character made only by skipped Python"),
    ("W706", "a constant (define) changed by the story, read as a default"),
    ("W707", "an ImageDissolve whose mask is not among the story's images; a dissolve"),
    ("W801", "a line without a translation"),
    ("W802", "a translation whose line is gone"),
    ("W803", "a translation whose text tags differ from its line's"),
    ("W804", "a translation catalogue that cannot be read"),
    ("W805", "a fuzzy translation"),
    ("W806", "two lines with one id"),
    ("R001", "an error while the story runs"),
    # art packs (game/assets/packs.py, `art check`): their messages name a file, not a line
    ("A001", "more problems in one pack than are listed"),
    ("A101", "a pack in the art-packs folder that is a symbolic link"),
    ("A102", "no such pack folder"),
    ("A103", "a pack that could not be read at all"),
    ("A104", "a pack with no images named as the game names them"),
    ("A201", "a pack.toml over 1 MB, or not a regular file"),
    ("A202", "a pack.toml that cannot be read"),
    ("A203", "a pack.toml that is not UTF-8 text"),
    ("A204", "a pack.toml nested too deeply"),
    ("A205", "a pack.toml that is not valid TOML"),
    ("A210", "an [images.\"...\"] table without a name"),
    ("A211", "an images entry that is not a table"),
    ("A212", "an unknown key in pack.toml"),
    ("A213", "a pack.toml value of the wrong kind or out of range"),
    ("A220", "a file setting that is not a file path"),
    ("A221", "a file setting with an absolute path"),
    ("A222", "a file setting that leads out of the pack through '..'"),
    ("A223", "a file setting that names no file in the pack"),
    ("A224", "an [images.\"...\"] table with no file to give"),
    ("A225", "an image that falls back to our art because of its errors"),
    ("A230", "a path that cannot be followed (a broken link, unreadable)"),
    ("A231", "a path that leads outside the pack folder"),
    ("A240", "a symbolic link to a folder, not read"),
    ("A241", "a pack with too many files"),
    ("A242", "an image format the game does not read from a pack"),
    ("A243", "a file with no name before its extension"),
    ("A244", "a file not used: pack.toml gives its image another file"),
    ("A245", "two files for one image; the first is used"),
    ("A250", "a file that cannot be read"),
    ("A251", "a file that is not a regular file"),
    ("A252", "an empty file"),
    ("A253", "a file too large"),
    ("A254", "a file whose extension is not PNG, JPEG, WEBP or SVG"),
    ("A255", "an image of another format than its extension says"),
    ("A256", "a text file named as an image"),
    ("A257", "a file that is not the image its extension says (damaged?)"),
    ("A258", "an image too large in pixels, refused before decoding"),
    ("A301", "an image the story never shows"),
    ("A302", "a file read under a plainer name"),
    ("A310", "an image that cannot be decoded"),
    ("A311", "an image that decodes to another size than its header declares"),
    ("A312", "a sprite without transparency"),
    ("A313", "a fully transparent image"),
    ("A314", "a sprite with no transparent pixels"),
    ("A320", "a background smaller than the canvas"),
    ("A321", "a sprite shorter than it is shown"),
    ("A322", "a background that is not 16:9, cropped"),
)
CODES: Final[dict[str, str]] = dict(_CODE_TABLE)


def codes_markdown(kinds: str = "EWR") -> str:
    """The codes whose letter is in kinds, as a Markdown table (story/README.md shows
    E, W and R; art/README.md shows A)."""
    rows = ["| code | meaning |", "|---|---|"]
    rows += [f"| {code} | {meaning} |" for code, meaning in _CODE_TABLE if code[0] in kinds]
    return "\n".join(rows)
