"""`call screen NAME` where the screen is a set of buttons (a character select, a map
with a Jump per place or an imagemap's hotspots with alt text, a yes/no with
Return(True)/Return(False)): played as a menu of those buttons, with a warning. The
screen language itself is never run; a screen we cannot read this way (buttons built
in a `for` loop, actions that are Python) is skipped as before.

Screens are read from every file before any is parsed, since a game calls in
script.rpy the screen it writes in screens.rpy. Only literal actions count: Jump("x")
and Call("x") to a label the game has, Return(literal) and Start().
"""
from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Final

if TYPE_CHECKING:  # pragma: no cover
    from .lexer import Line
    from .parser.core import ParserCore

_SCREEN_RE: Final = re.compile(r"([ \t]*)screen\s+([A-Za-z_]\w*)")
_BUTTON_RE: Final = re.compile(r"(textbutton|imagebutton|hotspot)\b(.*)$")
_STR: Final = r"""("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')"""
_TEXT_RE: Final = re.compile(r"\s*(?:_\(\s*)?" + _STR)
_IMAGE_RE: Final = re.compile(r"\b(alt|idle|auto)\s+(?:_\(\s*)?" + _STR)
_ACTION_RE: Final = re.compile(r"\baction\s+(.*)$")
_TARGET_RE: Final = re.compile(r"\b(Jump|Call)\(\s*[\"']([A-Za-z_][\w.]*)[\"']\s*\)")
_RETURN_RE: Final = re.compile(r"\bReturn\(\s*([^()]*?)\s*\)")
_START_RE: Final = re.compile(r"\bStart\(\s*\)")
MAX_BUTTONS: Final = 50  # a screen with more is not a menu a player would read


@dataclass(frozen=True, slots=True)
class Button:
    """One button: its words, and "jump"/"call" a label or "return" a value's source."""

    text: str
    kind: str
    target: str


def _literal(src: str) -> Any:
    try:
        return ast.literal_eval(src)
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        return _NO


_NO: Final = object()


def _alt_text(value: str) -> str:
    from ._renpy_compat import _alt_text as alt

    # images/vena_choice_idle.png, gui/start_%s.png: "vena choice", "start"
    value = re.sub(r"[_ -]*(?:%s|idle|hover|insensitive)(?=\.\w+$|$)", "", value.strip())
    return alt(value) or "(a button)"


def _button(lines: list[tuple[int, str]], kind: str, first: str) -> Button | None:  # noqa: C901
    """The button whose first line's rest is `first` and whose block is `lines`."""
    joined = [first] + [s for _i, s in lines]
    text = None
    if kind == "textbutton":
        m = _TEXT_RE.match(first)
        if m is None:
            return None  # words from a variable: not something we can show
        value = _literal(m.group(1))
        if not isinstance(value, str):
            return None
        text = value
    else:
        found: dict[str, str] = {}
        for s in joined:
            for m in _IMAGE_RE.finditer(s):
                value = _literal(m.group(2))
                if isinstance(value, str):
                    found.setdefault(m.group(1), value)
        if "alt" in found:
            text = found["alt"]
        elif kind == "hotspot":  # an imagemap's area: only its alt text names it
            return None
        elif "idle" in found or "auto" in found:
            text = _alt_text(found.get("idle") or found["auto"])
        else:
            return None
    for s in joined:
        m = _ACTION_RE.search(s)
        if m is None:
            continue
        action = m.group(1)
        t = _TARGET_RE.search(action)
        if t is not None:
            return Button(text, t.group(1).lower(), t.group(2))
        if _START_RE.search(action):
            return Button(text, "jump", "start")
        r = _RETURN_RE.search(action)
        if r is not None:
            src = r.group(1) or "None"
            value = _literal(src)
            if not (value is None or isinstance(value, (bool, int, float, str))):
                return None  # a variable, or a value a save would not keep exactly
            return Button(text, "return", src)
        return None
    return None


def scan(text: str) -> dict[str, tuple[Button, ...]]:
    """Every top-level `screen NAME` of a file with the buttons it holds."""
    out: dict[str, tuple[Button, ...]] = {}
    lines = text.splitlines()
    n = len(lines)
    i = 0
    while i < n:
        m = _SCREEN_RE.match(lines[i])
        i += 1
        if m is None:
            continue
        body: list[tuple[int, str]] = []  # (indent, text without indent)
        top = len(m.group(1))
        while i < n and (not lines[i].strip()
                         or len(lines[i]) - len(lines[i].lstrip()) > top):
            s = lines[i].strip()
            if s and not s.startswith("#"):
                body.append((len(lines[i]) - len(lines[i].lstrip()), s))
            i += 1
        buttons: list[Button] = []
        for k, (indent, s) in enumerate(body):
            b = _BUTTON_RE.match(s)
            if b is None:
                continue
            block = []
            for indent2, s2 in body[k + 1:]:
                if indent2 <= indent:
                    break
                block.append((indent2, s2))
            got = _button(block, b.group(1), b.group(2))
            if got is not None:
                buttons.append(got)
        if buttons and len(buttons) <= MAX_BUTTONS:
            out[m.group(2)] = tuple(buttons)
    return out


_CHARACTER_CALL: Final = re.compile(r"Character\s*\(")  # a literal prefix: fast
_CHARACTER_LHS: Final = re.compile(r"[ \t]*(?:define\s+|\$\s*)([A-Za-z_]\w*)\s*=\s*(?:Dynamic)?$")
_LABEL_WORD: Final = re.compile(r"label\s+([A-Za-z_][\w.]*)")


def _at_line_start(text: str, start: int) -> str:
    return text[text.rfind("\n", 0, start) + 1:start]


def scan_all(sources: list[tuple[str, str]]) -> tuple[dict[str, tuple[Button, ...]],
                                                      frozenset[str], frozenset[str]]:
    """The screens of all files, the names of all their labels (when there are screens
    to check buttons against) and of the characters they define. Each search starts
    from a literal word, so that a long script without screens costs little."""
    screens: dict[str, tuple[Button, ...]] = {}
    labels: set[str] = set()
    characters: set[str] = {"narrator"}
    for _path, text in sources:
        if "screen" in text:
            screens.update(scan(text))
        if "Character" in text:
            for m in _CHARACTER_CALL.finditer(text):
                lhs = _CHARACTER_LHS.match(_at_line_start(text, m.start()))
                if lhs is not None:
                    characters.add(lhs.group(1))
    if screens:
        for _path, text in sources:
            for m in _LABEL_WORD.finditer(text):
                if not _at_line_start(text, m.start()).strip():
                    labels.add(m.group(1))
    return screens, frozenset(labels), frozenset(characters)


# `$ e("Hello.")`, `$ e(_("What would you like to see?"), interact=False)`
_CHARACTER_CALL_RE: Final = re.compile(
    r"([A-Za-z_]\w*)\s*\(\s*(?:_\(\s*" + _STR + r"\s*\)|" + _STR + r")\s*(?:,(.*))?\)\s*$")


def character_call(p: ParserCore, line: Line, src: str) -> Any:
    """`$ e("text", ...)`: Ren'Py's way of saying a line from Python, read as the say
    line `e "text"` (its keywords, such as interact=False, ignored with a warning);
    None when `src` is not a call of a character the game defines."""
    from ._renpy_compat import degrade, make_says

    if p.compat.strict:
        return None
    m = _CHARACTER_CALL_RE.match(src)
    if m is None or m.group(1) not in p.compat.characters:
        return None
    quoted = m.group(2) or m.group(3)
    if m.group(4) and m.group(4).strip():
        degrade(p, "character call arguments", line.lineno, line.col, 1,
                f"'$ {m.group(1)}(...)' is read as a say line; its other arguments (such as"
                " interact=False) are ignored")
    who = None if m.group(1) == "narrator" else m.group(1)
    return make_says(p, line, who, None, (), quoted[1:-1], False, None, 0)


def call_screen(p: ParserCore, cur: Any, line: Line) -> Any:
    """`call screen NAME(...)` as a menu of the screen's buttons, or None (skip it)."""
    if p.compat.strict:
        return None
    save = cur.i
    name = cur.word()
    cur.i = save
    menu = screen_menu(p, line, name or "", "call screen", 4)
    if menu is not None:
        cur.i = len(cur.s)
    return menu


def screen_menu(p: ParserCore, line: Line, name: str, how: str, length: int) -> Any:
    """The menu of screen `name`'s buttons, with a warning naming `how` it was called
    (`call screen`, `renpy.call_screen`), or None when it has no buttons we can read."""
    from . import _nodes as N
    from ._renpy_compat import degrade
    from .parser.core import LABEL

    buttons = p.compat.screens.get(name)
    if not buttons:
        return None
    labels = p.compat.labels
    usable = [b for b in buttons if b.kind == "return" or b.target in labels]
    if not usable:
        return None
    shown = f"call screen {name}" if how == "call screen" else f"{how}(\"{name}\")"
    degrade(p, f"call screen {name}", line.lineno, line.col, length,
            f"'{shown}' is played as a menu of its buttons (the screen itself"
            " is not drawn)")
    loc = p.loc(line)
    choices = []
    for b in usable:
        if b.kind == "jump":
            p.refs.append((LABEL, b.target, loc, 4, None))
            block: tuple = (N.Jump(loc, p.sid(f"jump|{b.target}"), b.target),)
        elif b.kind == "call":
            p.refs.append((LABEL, b.target, loc, 4, None))
            block = (N.Call(loc, p.sid(f"call|{b.target}"), b.target),)
        else:  # Ren'Py's Return(value) sets _return, as `return value` does here
            src = f"_return = {b.target}"
            code = ("block", (("set", ("n", "_return"), ("c", _literal(b.target))),))
            block = (N.Python(loc, p.sid("$|" + src), code, src),)
        text = b.text.replace("[", "[[")
        text = p.check_text(line.lineno, line.col, text) or text
        choices.append(N.Choice(text, None, None, block, loc))
    return N.Menu(loc, p.sid(f"menu|screen {name}"), None, tuple(choices))
