"""Ren'Py projects as the launcher makes them and writers fill them.

What is not story code (screens, styles, Python blocks, `define config.*`, ...) is
skipped with one warning per kind and file, saying how many were skipped; say lines
are read in the whole of Ren'Py's say grammar; Character() keywords we cannot honour
are dropped with a warning. `strict` (lint --strict) keeps every skip an error.

The parser calls in here only for lines its own grammar does not know, so plain
scripts never pay for any of it.
"""
from __future__ import annotations

import ast
import re
from typing import TYPE_CHECKING, Any, Final

from ..scene.transform import BUILTIN, PLAIN_POSITIONS
from . import _nodes as N
from .errors import did_you_mean

if TYPE_CHECKING:
    from .lexer import Line
    from .parser.core import ParserCore

NOT_HANDLED: Final = object()  # "the parser's own code reports this line"
SKIP_CODE: Final = "W700"
DEGRADE_CODE: Final = "W701"

# first word -> why a statement of that kind is skipped
SKIPPED: Final = {
    "screen": "screens are built into this engine",
    "style": "styles come from the engine's theme",
    "translate": "translations are not supported yet",
    "testcase": "testcases are not run",
    "testsuite": "testcases are not run",
    "camera": "the camera statement is not supported",
    "rpy": "rpy statements change nothing here",
    "python": "scripts run no arbitrary Python (in a label, its lines that are in the"
              " subset '$' takes run; a name another line sets is set to None)",
    "init python": "scripts run no arbitrary Python",
    "python early": "scripts run no arbitrary Python",
    "init offset": "init offsets order Python code, which is skipped",
    "init": "only 'init:' blocks of definitions are read",
}
# `define NS.x` / `default NS.x`: what each namespace is for
NAMESPACES: Final = {
    "config": "Ren'Py's configuration does not apply here (config.name is the title when"
              " there is no game.toml)",
    "gui": "the window reads only the gui colours, fonts, text sizes and menu"
           " backgrounds it draws with; the rest of the look is the engine's",
    "build": "building distributions is Ren'Py's launcher's job",
    "preferences": "preferences are the player's, set in Preferences",
    "_preferences": "preferences are the player's, set in Preferences",
}
# Other namespaces of Ren'Py's own that projects define into (skipped with a warning).
RENPY_NAMESPACES: Final = frozenset({
    "audio", "persistent", "achievement", "bubble", "director", "layeredimage", "style",
    "layout", "renpy", "store", "ui", "im", "iap", "updater", "_console", "nvl",
    "character", "define", "ease", "gamepad", "voice", "music", "sound"})
# What Ren'Py's Character() takes and we honour (the rest warn once and are ignored).
HONOURED: Final = frozenset({
    "name", "color", "who_color", "what_color", "image", "who_prefix", "who_suffix",
    "what_prefix", "what_suffix", "kind"})
# Ren'Py's characters that `kind=` may name, and the kind each gives
CHARACTER_KINDS: Final = {"adv": "adv", "narrator": "adv", "nvl": "nvl",
                          "nvl_narrator": "nvl"}
_KIND_RE: Final = re.compile(r"(\bkind\s*=\s*)(adv|narrator|nvl|nvl_narrator)\b(?!\s*[.(\[])")
# Other keywords Ren'Py's Character() takes, and the prefixes of the style properties
# it passes on (who_bold=, what_size=, window_background=, show_side_image=...); a
# keyword that is none of these but close to one we honour is a typo, and an error.
RENPY_CHARACTER: Final = frozenset({
    "dynamic", "condition", "interact", "advance", "mode", "callback", "ctc",
    "ctc_pause", "ctc_timedpause", "ctc_position", "screen", "voice_tag", "retain",
    "statement_name", "afm", "multiple", "clear", "type", "predict", "slow_abortable",
    "all_at_once", "with_none", "bold", "italic", "underline", "strikethrough", "size",
    "font", "outlines", "outline_scaling", "kerning", "drop_shadow", "drop_shadow_color",
    "antialias", "hinting", "text_align", "justify", "layout", "min_width", "xalign",
    "yalign", "xpos", "ypos", "xanchor", "yanchor", "xoffset", "yoffset", "xsize",
    "ysize", "xmaximum", "ymaximum", "xminimum", "yminimum", "background", "foreground",
    "slow_cps", "slow_cps_multiplier", "black_color", "first_indent", "rest_indent",
    "line_spacing", "line_leading", "language", "emoji_font", "adjust_spacing"})
CHARACTER_PREFIXES: Final = ("who_", "what_", "window_", "show_", "namebox_", "cb_",
                             "ctc_", "side_image", "image_")
# Ren'Py's own transforms that name a place: shown at the nearest position we have.
RENPY_POSITIONS: Final = frozenset(BUILTIN) - PLAIN_POSITIONS
# Names in Ren'Py's own store: a `$` line touching one changes Ren'Py, not the story.
RENPY_STORE: Final = frozenset({
    "renpy", "config", "gui", "style", "preferences", "_preferences", "persistent",
    "build", "store", "ui", "im", "achievement", "layout", "menu", "nvl_menu",
    "quick_menu", "_window", "_window_auto", "_rollback", "_skipping",
    "_dismiss_pause", "_game_menu_screen", "_confirm_quit", "suppress_overlay",
    "save_name", "_history", "_history_list", "main_menu", "_quit_slot",
    "_autosave", "mouse_visible", "default_mouse", "adv", "nvl", "narrator"})
# Assignment targets in Python text we skip (a variable read later came from there).
_ASSIGNED_RE: Final = re.compile(r"(?m)^\s*([A-Za-z_]\w*)\s*(?:\+|-|\*|/)?=(?!=)")
_BLOCK_DEFINE_RE: Final = re.compile(
    r"(?m)^(?:define|default)\s+(?:[-+]?\d+\s+)?([A-Za-z_]\w*)\s*=")
_BLOCK_TRANSFORM_RE: Final = re.compile(r"(?m)^transform\s+([A-Za-z_]\w*)")
_INIT_RE: Final = re.compile(r"init(?:\s+([-+]?\d+))?(?:\s+(python|offset)\b)?\s*(:?)")
_TRANSFORM_NAME_RE: Final = re.compile(r"transform\s+([A-Za-z_]\w*)")
_DEFINE_NAME_RE: Final = re.compile(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*")

# Say grammar: who (a name, or a string), attributes (words, `-word`, `@ words`), the
# text (any of Ren'Py's quotes, triple ones too, no space needed), then clauses.
_WORD: Final = re.compile(r"\s*([A-Za-z_]\w*)")
_ATTR: Final = re.compile(r"\s*(-?[A-Za-z0-9_]\w*|@)")
_STRING: Final = re.compile(
    r'\s*(?:"""((?:[^"\\]|\\.|"(?!""))*)"""|\'\'\'((?:[^\'\\]|\\.|\'(?!\'\'))*)\'\'\''
    r'|"((?:[^"\\]|\\.)*)"|\'((?:[^\'\\]|\\.)*)\'|`((?:[^`\\]|\\.)*)`)', re.S)
_BLANK_LINES: Final = re.compile(r"\n[ \t]*\n\s*")
_CLAUSE_WORDS: Final = frozenset({"with", "id", "nointeract"})


def lenient_error(message: str) -> bool:
    """Whether a safe-subset error is about Python we do not run (attribute access, a
    call, a lambda...), which a Ren'Py project may skip, rather than a mistake or a
    limit (invalid Python, nesting, sizes, NUL, define-only calls), which stays an
    error."""
    if message.startswith("invalid Python") or "too" in message or "null" in message:
        return False
    return ("is not supported" in message or "is not allowed in story" in message
            or message.startswith("only calls of") or message == "unsupported comparison"
            or "is reserved" in message)


def _parse(src: str, mode: str = "exec") -> ast.AST | None:
    """Python's parse of src, or None (a syntax error, or too deep to parse)."""
    try:
        return ast.parse(src.strip(), mode=mode)
    except (SyntaxError, RecursionError, ValueError, MemoryError):
        return None


class Compat:
    """What one file's parse skipped and degraded, and whether that is allowed."""

    __slots__ = ("strict", "skipped", "warned", "rejected", "transforms", "assigned",
                 "global_label", "gui", "in_init", "screens", "labels",
                 "characters")

    def __init__(self) -> None:
        self.strict = False
        # kind -> [count, lineno, col, length, why]
        self.skipped: dict[str, list[Any]] = {}
        self.warned: set[str] = set()
        self.rejected: set[str] = set()  # names whose definition was an error
        self.transforms: set[str] = set()  # names of skipped transform statements
        self.assigned: set[str] = set()  # names set by skipped Python
        self.global_label = ""  # the label that `label .x` and `jump .x` belong to
        self.gui: dict[str, Any] = {}  # honoured `define gui.*` values (see _gui.py)
        self.in_init = False  # reading an `init:` block
        # every file's screens (`call screen` as a menu) and labels: see _screens.py
        self.screens: dict[str, Any] = {}
        self.labels: frozenset[str] = frozenset()
        self.characters: frozenset[str] = frozenset()


def note_skip(p: ParserCore, kind: str, lineno: int, col: int, length: int, why: str) -> None:
    entry = p.compat.skipped.get(kind)
    if entry is None:
        p.compat.skipped[kind] = [1, lineno, col, length, why]
    else:
        entry[0] += 1


def degrade(p: ParserCore, key: str, lineno: int, col: int, length: int, message: str) -> None:
    """A warning given once per `key` and file: what we do instead of what Ren'Py does."""
    if key in p.compat.warned:
        return
    p.compat.warned.add(key)
    p.rep.warning(lineno, col, message, length=length, code=DEGRADE_CODE)


def report_skips(p: ParserCore) -> None:
    """One warning per kind skipped in this file, at the first, with how many."""
    for kind, (n, lineno, col, length, why) in p.compat.skipped.items():
        what = f"'{kind}'" if not kind.startswith("'") else kind
        more = f" ({n} in this file, the first here)" if n > 1 else ""
        p.rep.warning(lineno, col, f"skipped {what}: {why}{more}", length=length,
                      code=SKIP_CODE)


def _python_text(line: Line) -> str:
    """The source of a line and its block, for spotting what skipped Python assigns."""
    out = [line.text]
    stack = list(line.block or [])
    while stack:
        item = stack.pop()
        if type(item) is tuple:
            continue
        out.append(item.text)  # type: ignore[union-attr]
        stack.extend(item.block or [])  # type: ignore[union-attr]
    return "\n".join(out)


def other_statement(p: ParserCore, kw: str, line: Line) -> Any:  # noqa: C901
    """A statement the parser's grammar does not know: a say line in Ren'Py's full
    grammar, something skipped with a warning, or NOT_HANDLED (an error)."""
    text = line.text
    if not line.opens or text[:1] in "\"'`":
        say = say_statement(p, line)
        if say is not None:
            return say
    if kw == "nvl":
        from ._nvl import nvl_statement

        return nvl_statement(p, line)
    kind = kw
    if kw == "init":
        m = _INIT_RE.match(text)
        if m is not None and m.group(2) is None and m.group(3) and line.opens:
            return init_block(p, line)
        kind = f"init {m.group(2)}" if m is not None and m.group(2) else "init"
    elif kw == "python" and re.match(r"python\s+early\b", text):
        kind = "python early"
    if kind in SKIPPED:
        if p.compat.strict:
            if kind == "python" and p.label and not p.label.startswith("file:") \
                    and _plain_python(line):
                return python_block(p, line)[0]  # `$` lines in a block: no skip at all
            return NOT_HANDLED
        if kind == "python" and p.label and not p.label.startswith("file:"):
            stmts, whole = python_block(p, line)
            if whole:
                return stmts  # every line is one a `$` line may hold: run as such
            note_skip(p, kind, line.lineno, line.col, len(kw), SKIPPED[kind])
            return stmts
        if kind.endswith("python") or kind == "python early":
            body = _python_text(line)
            p.compat.assigned.update(_ASSIGNED_RE.findall(body))
            if "gui.init" in body:
                from ._gui import python_text

                python_text(p, line, body)
        elif kind == "transform":
            m = _TRANSFORM_NAME_RE.match(text)
            if m:
                p.compat.transforms.add(m.group(1))
        note_skip(p, kind, line.lineno, line.col, len(kw), SKIPPED[kind])
        return None
    if p.compat.strict or not kw:
        return NOT_HANDLED
    from .parser import STATEMENTS

    if did_you_mean(kw, STATEMENTS):  # a typo of ours, not a statement of a project's
        return NOT_HANDLED
    if line.block and any(type(c) is not tuple and c.text.startswith("label ")  # type: ignore[union-attr]
                          for c in line.block):
        # a block holding a label is script (Ren'Py's tutorial wraps its examples so)
        note_skip(p, f"'{kw}' statement with a label", line.lineno, line.col, len(kw),
                  "not a statement of Ren'Py's language (a creator-defined statement?);"
                  " its block holds a label, so the block is read as script")
        return p.block(line.block) or None
    if line.block:  # names its block defines, so that their uses degrade, not fail
        body = _python_text(line)
        p.compat.assigned.update(_BLOCK_DEFINE_RE.findall(body))
        p.compat.transforms.update(_BLOCK_TRANSFORM_RE.findall(body))
    note_skip(p, f"'{kw}' statement", line.lineno, line.col, len(kw),
              "not a statement of Ren'Py's language (a creator-defined statement?),"
              " skipped with its block")
    return None


def python_block(p: ParserCore, line: Line) -> tuple[Any, bool]:
    """A `python:` block inside a label: its lines in the safe subset (and Ren'Py's
    library calls we read) run as `$` lines; a name another line sets is set to None,
    so that the story goes on; everything else is skipped. Also whether every line
    was one a `$` line may hold (then nothing was skipped)."""
    from . import _renpy_library
    from .pyexpr import ExprError, compile_statement

    out: list[Any] = []
    whole = True
    for item in line.block or []:
        if type(item) is tuple or item.block:  # type: ignore[union-attr]
            whole = False
            continue  # a say-like line or a compound statement: skipped
        src = item.text  # type: ignore[union-attr]
        if "renpy." in src:
            node = _renpy_library.statement(p, item, item.col, src)  # type: ignore[arg-type, union-attr]
            if node is not _renpy_library.NOT_HANDLED:
                if type(node) is tuple:
                    out.extend(node)
                elif node is not None:
                    out.append(node)
                continue
        try:
            comp = compile_statement(src)
            if comp.reads & RENPY_STORE or comp.writes & RENPY_STORE:
                raise ExprError("Ren'Py's own settings do not apply here")
        except ExprError:
            whole = False
            comp = None
            tree = _parse(src)
            if tree is None:
                continue
            _function_call(p, item, tree)  # type: ignore[arg-type]
            body = tree.body[0] if len(tree.body) == 1 else None  # type: ignore[attr-defined]
            if isinstance(body, ast.Assign) and len(body.targets) == 1 \
                    and isinstance(body.targets[0], ast.Name) \
                    and not body.targets[0].id.startswith("_") \
                    and body.targets[0].id not in RENPY_STORE:
                try:
                    comp = compile_statement(f"{body.targets[0].id} = None")
                except ExprError:
                    comp = None
        if comp is None:
            continue
        loc = (p.path, item.lineno, item.col)  # type: ignore[union-attr]
        p.note_expr(comp, loc)
        out.append(N.Python(loc, p.sid("$|" + src), comp.code, src))
    return tuple(out) or None, whole


def _plain_python(line: Line) -> bool:
    """Whether every line of a `python:` block is one a `$` line takes as it is."""
    from .pyexpr import ExprError, compile_statement

    for item in line.block or []:
        if type(item) is tuple or item.block or "renpy." in item.text:  # type: ignore
            return False
        try:
            comp = compile_statement(item.text)  # type: ignore[union-attr]
        except ExprError:
            return False
        if comp.reads & RENPY_STORE or comp.writes & RENPY_STORE:
            return False
    return True


def _function_call(p: ParserCore, line: Line, tree: ast.Module) -> bool:
    """`$ f(...)` / `$ x = f(...)` with f the game's own function (defined in Python
    that is skipped): a warning naming it, once per function and file."""
    body = tree.body[0] if len(tree.body) == 1 else None
    value = body.value if isinstance(body, (ast.Expr, ast.Assign)) else None
    if isinstance(value, ast.Call):
        from .pyexpr import dotted_name

        name = dotted_name(value.func)
        if name and name.split(".", 1)[0] not in RENPY_STORE:
            degrade(p, "call " + name, line.lineno, line.col, len(name),
                    f"'{name}()' is not a function scripts may call (a function of the"
                    " game's own Python, which is skipped?); the call is skipped")
            return True
    return False


def init_block(p: ParserCore, line: Line) -> Any:
    """`init:` / `init N:` holding definitions: read as if at the top of the file."""
    was, p.compat.in_init = p.compat.in_init, True
    try:
        stmts = p.block(line.block or [])
    finally:
        p.compat.in_init = was
    return stmts or None


def skip_python_line(p: ParserCore, line: Line, src: str) -> Any:
    """A `$` line outside the safe subset: skipped with a warning, unless strict (False).
    `$ name = renpy.input(...)` gives the name its default= (or "") instead: the
    Compiled assignment is returned."""
    if p.compat.strict:
        return False
    tree = _parse(src)
    if tree is None:  # a mistake Ren'Py rejects too
        return False
    if _function_call(p, line, tree) and isinstance(tree.body[0], ast.Expr):  # type: ignore[arg-type, attr-defined]
        return True  # named in its own warning
    note_skip(p, "$ python", line.lineno, line.col, 1,
              "this '$' line is outside the Python that scripts may run (a name it"
              " sets is set to None, so that the story goes on)")
    body = tree.body[0] if len(tree.body) == 1 else None  # type: ignore[attr-defined]
    if isinstance(body, ast.Assign) and len(body.targets) == 1 \
            and isinstance(body.targets[0], ast.Name) \
            and not body.targets[0].id.startswith("_") \
            and body.targets[0].id not in RENPY_STORE:
        from .pyexpr import ExprError, compile_statement

        try:
            return compile_statement(f"{body.targets[0].id} = None")
        except ExprError:
            pass
    p.compat.assigned.update(_ASSIGNED_RE.findall(src))
    return True


def renpy_store_line(p: ParserCore, line: Line, src: str, comp: Any) -> bool:
    """A `$` line that reads or sets Ren'Py's own store (`$ quick_menu = False`):
    skipped with a warning, unless strict."""
    if p.compat.strict or (comp.reads.isdisjoint(RENPY_STORE)
                           and comp.writes.isdisjoint(RENPY_STORE)
                           and comp.updates.isdisjoint(RENPY_STORE)):
        return False
    note_skip(p, "$ renpy", line.lineno, line.col, 1,
              "this '$' line changes Ren'Py's own settings, which do not apply here")
    return True


def skip_value(p: ParserCore, line: Line, what: str, src: str) -> bool:
    """`define x = SomePythonCall(...)` outside the safe subset: skipped with a warning,
    unless strict (or unless it is not Python at all, which Ren'Py rejects too). Uses
    of the name then degrade rather than fail."""
    if p.compat.strict or _parse(src, "eval") is None:
        return False
    kind, name = what.split(" ", 1)
    p.compat.assigned.add(name)
    note_skip(p, f"{kind} (Python value)", line.lineno, line.col, len(kind),
              "the value is outside the Python that scripts may run; uses of the name"
              " degrade")
    return True


def skip_image(p: ParserCore, line: Line, kind: str) -> bool:
    """`image x:` (ATL) or `image x = Transform(...)`: skipped with a warning (the image
    is then missing, itself a warning), unless strict."""
    if p.compat.strict:
        return False
    note_skip(p, kind, line.lineno, line.col, 5,
              "only images given as a file name or a colour are supported yet" if kind ==
              "image =" else "an image's ATL block needs an image in quotes inside it")
    return True


def dotted_define(p: ParserCore, line: Line, kind: str, name_col: int) -> Any:
    """`define config.name = ...`, `default preferences.x = ...`: skipped, one warning
    per namespace and file. The gui values the window honours are kept (_gui.py)."""
    if kind == "define" and line.text[len(kind):].lstrip().startswith("gui."):
        from ._gui import gui_define

        if gui_define(p, line):
            return None
    if p.compat.strict:
        return NOT_HANDLED
    text = line.text
    body = text[len(kind):].lstrip()
    m = re.match(r"[-+]?\d+\s+", body)
    if m:
        body = body[m.end():]
    dm = _DEFINE_NAME_RE.match(body)
    dotted = dm.group(0) if dm else ""
    ns = dotted.split(".", 1)[0]
    if not ns:
        return NOT_HANDLED
    if ns not in NAMESPACES and ns not in RENPY_NAMESPACES:
        if "Light(" in body:
            return NOT_HANDLED
        # a named store of the project's own (a plugin's `define discord.app_id`):
        # Ren'Py accepts it; it feeds the project's Python, which is skipped too (a
        # Light() there is a mistyped light., which stays an error)
        p.compat.assigned.add(ns)
        note_skip(p, f"{kind} NAME.*", line.lineno, name_col, len(dotted),
                  "named stores (define NAME.x) are not supported yet; uses of them"
                  " degrade")
        return None
    why = NAMESPACES.get(ns, "Ren'Py's named stores are not supported yet")
    note_skip(p, f"{kind} {ns}.*", line.lineno, name_col, len(dotted) or 1, why)
    return None


def label_name(p: ParserCore, cur: Any) -> str | None:
    """A label name as Ren'Py writes it: `name`, `.local` (in the latest global label)
    or `parent.local`; None if there is none."""
    cur.ws()
    if cur.char("."):
        local = cur.word()
        if local is None:
            return None
        return f"{p.compat.global_label}.{local}"
    name = cur.word()
    if name is None:
        return None
    if cur.s.startswith(".", cur.i):
        save = cur.i
        cur.i += 1
        local = cur.word()
        if local is None:
            cur.i = save
            return name
        return f"{name}.{local}"
    return name


# -- say ------------------------------------------------------------------------------
def _string_at(s: str, i: int) -> tuple[str, bool, int] | None:
    """(raw text, triple-quoted?, end) of a string starting at i (after spaces)."""
    m = _STRING.match(s, i)
    if m is None:
        return None
    for g in range(1, 6):
        raw = m.group(g)
        if raw is not None:
            return raw, g <= 2, m.end()
    return None  # pragma: no cover


def say_statement(p: ParserCore, line: Line) -> Any:  # noqa: C901
    """A say line in Ren'Py's whole grammar, or None if the line is not one."""
    s = line.text
    i = 0
    who = who_name = None
    attrs: list[str] = []
    temporary = False
    got = _string_at(s, i)
    if got is None:
        m = _WORD.match(s, i)
        if m is None:
            return None
        who, i = m.group(1), m.end()
        while True:
            got = _string_at(s, i)
            if got is not None:
                break
            am = _ATTR.match(s, i)
            if am is None:
                return None
            if am.group(1) == "@":
                temporary = True
            elif not temporary:
                attrs.append(am.group(1))
            i = am.end()
    else:
        raw, _triple, end = got
        nxt = _string_at(s, end)
        if nxt is not None:
            who_name, got = raw, nxt
    raw, triple, i = got
    with_src = None
    with_col = 0
    ident = None
    while True:
        m = _WORD.match(s, i)
        if m is None:
            break
        word = m.group(1)
        if word == "with":
            start = m.end()
            tail = s[start:]
            cut = re.search(r"\s(?:id\s+\w+|nointeract)\s*(?:$|\s)", tail)
            with_src = (tail[:cut.start()] if cut else tail).strip()
            with_col = line.col + start + len(tail) - len(tail.lstrip())
            i = start + cut.start() if cut else len(s)
        elif word == "id":
            im = _WORD.match(s, m.end())
            if im is None:
                return None
            ident = im.group(1)
            i = im.end()
        elif word == "nointeract":
            i = m.end()
        else:
            return None
    rest = s[i:].strip()
    if rest.startswith("("):  # Ren'Py's say arguments, e.g. (multiple=2)
        degrade(p, "say arguments", line.lineno, line.col + s.index("(", i), 1,
                "say arguments such as (multiple=2) are ignored: the line is shown on"
                " its own")
        rest = ""
    if rest:
        return None
    if who is not None:
        from .parser import STATEMENTS, UNSUPPORTED

        if who in STATEMENTS or who in UNSUPPORTED or who == "menu":
            return None
    if temporary:
        degrade(p, "say @", line.lineno, line.col + s.index("@"), 1,
                "temporary attributes (after '@') are not shown yet: the sprite keeps"
                " its look for the line")
    return make_says(p, line, who, who_name, tuple(attrs), raw, triple, with_src,
                      with_col, ident)


def make_says(p: ParserCore, line: Line, who: str | None, who_name: str | None,
               attrs: tuple[str, ...], raw: str, triple: bool, with_src: str | None,
               with_col: int, ident: str | None = None) -> Any:
    """The say nodes of a line read here (who_name and raw as written in their
    quotes): a monologue is one line for each paragraph."""
    if triple:
        parts = [t for t in _BLANK_LINES.split(raw.strip()) if t.strip()]
    else:
        parts = [raw]
    with_ = None
    if with_src:  # any transition, not only a name (the parser's say grammar's)
        ok, with_ = p.transition_ref(line, with_col, with_src)
        if not ok:
            return None
    attrs_s = "".join(" " + a for a in attrs)
    last = len(parts) - 1
    out = [p.say(line.lineno, line.col, line.col + 1, who, attrs_s, who_name,
                 part.strip() if triple else part, with_ if k == last else None,
                 ident if not last else None,  # (Ren'Py: no id on a monologue)
                 paragraph=k, with_noted=True)
           for k, part in enumerate(parts)]
    if not out:
        return None
    return out[0] if len(out) == 1 else tuple(out)


# -- Character() --------------------------------------------------------------------
def character_source(p: ParserCore, line: Line, col: int, src: str) -> str:  # noqa: C901
    """`Character(...)` with the keywords we cannot honour dropped, each with a
    warning once per keyword and file. Other sources come back unchanged."""
    tree = _parse(src, "eval")
    if tree is None:
        return src
    call = tree.body  # type: ignore[attr-defined]
    if not (isinstance(call, ast.Call) and isinstance(call.func, ast.Name)
            and call.func.id == "Character"):
        return src
    if p.compat.strict:  # only Ren'Py's kind names are read; every other keyword checks
        # (in place, so that the columns of errors after it stay the writer's)
        return _KIND_RE.sub(lambda m: m.group(1) + repr(CHARACTER_KINDS[m.group(2)]), src)
    from .pyexpr import ExprError, compile_expression

    kept = []
    dropped: list[str] = []
    renamed = False
    for kw in call.keywords:
        why = None
        if kw.arg is None:
            why = "'**'"
        elif kw.arg not in HONOURED:
            if kw.arg not in RENPY_CHARACTER and not kw.arg.startswith(CHARACTER_PREFIXES) \
                    and did_you_mean(kw.arg, HONOURED):
                kept.append(kw)  # a typo: evaluating it says which keyword was meant
                continue
            why = kw.arg
        elif kw.arg == "kind":
            if isinstance(kw.value, ast.Constant) and kw.value.value in ("adv", "nvl"):
                kept.append(kw)
                continue
            if isinstance(kw.value, ast.Name) and kw.value.id in CHARACTER_KINDS:
                kw.value = ast.Constant(CHARACTER_KINDS[kw.value.id])
                kept.append(kw)
                renamed = True
                continue
            why = "kind (only adv, nvl and their narrators are kinds here: the text box" \
                  " is used)"
        else:
            try:
                compile_expression(ast.unparse(kw.value), define=True)
            except ExprError as exc:
                if lenient_error(exc.message):
                    why = f"{kw.arg} (its value is outside the Python scripts may run)"
        if why is None:
            kept.append(kw)
        else:
            dropped.append(why)
    changed = renamed or len(kept) != len(call.keywords)
    new = [d for d in dropped if ("Character " + d) not in p.compat.warned]
    if new:
        p.compat.warned.update("Character " + d for d in new)
        p.rep.warning(line.lineno, col, "Character() keywords not supported yet are"
                      " ignored (each named once per file): " + ", ".join(new),
                      length=9, code=DEGRADE_CODE)
    if not changed:
        return src
    call.keywords = kept
    return ast.unparse(call)


def position_warning(name: str, transforms: set[str]) -> str | None:
    """For `at NAME` that is not one of our positions: a warning when Ren'Py would have
    it (its own transforms, or a transform the project defines and we skip)."""
    if name in RENPY_POSITIONS:
        return f"Ren'Py's '{name}' transform is not supported yet; shown at center"
    if name in transforms:
        return f"'{name}' is a skipped transform; shown at center"
    fname = name.split("(", 1)[0].strip()
    if fname in RENPY_MOTIONS and name.rstrip().endswith(")") and _parse(name, "eval"):
        return f"Ren'Py's '{fname}(...)' is not supported yet; shown without it"
    return None


# Ren'Py's older functions that move or change a sprite (`at Move((0, 0), (1, 0), 2.0)`)
RENPY_MOTIONS: Final = frozenset({
    "Move", "Pan", "Zoom", "FactorZoom", "SizeZoom", "Revolve", "Motion", "RotoZoom",
    "Position", "Alpha", "At"})


def lenient_transition(p: ParserCore, line: Line, col: int, src: str) -> tuple | None:
    """Ren'Py's transition classes: CropMove, PushMove, Pixellate, Pause, ImageDissolve
    and MoveTransition drawn as they are; MultipleTransition as a fade, AlphaDissolve
    and others as a dissolve, with a warning (None when strict, or when the source does not
    parse)."""
    if p.compat.strict or _parse(src, "eval") is None:
        return None
    from .transition_calls import transition_value

    value, why = transition_value(src)
    if value is not None:
        if why:
            degrade(p, "with " + src.split("(", 1)[0].strip(), line.lineno, col, len(src),
                    why)
        return ("v", value)
    degrade(p, "with " + src.split("(", 1)[0].strip(), line.lineno, col, len(src),
            f"the transition '{src.strip()}' is not supported yet; shown as a dissolve")
    return ("n", "dissolve")


_TRANSITION_CLASS: Final = re.compile(
    r"(?:CropMove|PushMove|Pixellate|Pause|ImageDissolve|AlphaDissolve|MoveTransition"
    r"|MultipleTransition)\s*\(")


def transition_define(p: ParserCore, line: Line, name: str, col: int, src: str) -> Any:
    """`define iris = ImageDissolve("iris.png", 1.0, 8)` (or CropMove, MoveTransition...):
    the transition as a constant, as `with` would read it inline; None when strict or
    not one of these."""
    if p.compat.strict or not _TRANSITION_CLASS.match(src):
        return None
    made = lenient_transition(p, line, col, src)
    if made is None:
        return None
    from .ast import Transition

    value = made[1] if made[0] == "v" else Transition("dissolve", duration=0.5)
    stmt = N.Define(p.loc(line), p.sid(f"define|{name}"), name, ("c", value), src)
    p.defines.append(stmt)
    p.no_block(line, "'define'")
    return stmt


def skip_clause(p: ParserCore, line: Line, col: int, length: int, kw: str, why: str) -> bool:
    """A show clause we cannot honour (`zorder`, `onlayer`, `at` with arguments):
    ignored with a warning once per kind and file, unless strict."""
    if p.compat.strict:
        return False
    degrade(p, f"show {kw}", line.lineno, col, length, f"'{kw}' is ignored: {why}")
    return True


def choice_arguments(p: ParserCore, line: Line, col: int) -> bool:
    """`"Go to the cafe" (disabled=True) if x:`: arguments for a custom choice screen,
    which Ren'Py's own screen ignores too; ignored with a warning, unless strict."""
    if p.compat.strict:
        return False
    degrade(p, "menu choice arguments", line.lineno, col, 1,
            "arguments after a menu choice are for a custom choice screen; they are"
            " ignored and the choice is shown as usual")
    return True


def skip_special(p: ParserCore, line: Line, kw: str, special: str) -> bool:
    """`show screen x`, `hide screen x`, `call screen x`, `show layer ...`: skipped with
    a warning, unless strict."""
    if p.compat.strict:
        return False
    note_skip(p, f"{kw} {special}", line.lineno, line.col, len(kw),
              "the label is named by Python outside what scripts may run"
              if special == "expression" else
              "the image is named by Python outside what scripts may run (Ren'Py's"
              " 'image' here means 'expression')" if special == "image" else
              "screens and layers are built into this engine")
    return True


def lenient_condition(p: ParserCore, line: Line, src: str, fallback: str) -> Any:
    """A condition outside the safe subset (`if tutorial.move_before:`): taken as
    `fallback` (False for if/elif/while, True for a menu choice's guard) with a
    warning once per file, unless strict or not Python at all."""
    if p.compat.strict or _parse(src, "eval") is None:
        return None
    from .pyexpr import compile_expression

    degrade(p, "condition " + fallback, line.lineno, line.col, len(line.text),
            f"a condition outside the Python scripts may run is taken as {fallback}"
            + (" (the choice is offered)" if fallback == "True" else "")
            + "; this warning is given once per file")
    return compile_expression(fallback)


def scene_extras(p: ParserCore, cur: Any, line: Line) -> None:
    """`scene bg onlayer l` / `scene bg zorder n`: the clause is ignored with a
    warning, unless strict (then the parser reports it)."""
    if p.compat.strict:
        return
    while True:
        cur.ws()
        save = cur.i
        if cur.keyword("at") or cur.keyword("onlayer") or cur.keyword("zorder"):
            kw = cur.s[save:cur.i]
            degrade(p, f"scene {kw}", line.lineno, line.col + save, len(kw),
                    f"'{kw}' after scene is ignored")
            while True:
                if cur.word() is None and cur.number() is None:
                    break
                if cur.char("("):
                    depth = 1
                    while cur.i < len(cur.s) and depth:
                        depth += (cur.s[cur.i] in "([{") - (cur.s[cur.i] in ")]}")
                        cur.i += 1
                if not cur.char(","):
                    break
            continue
        cur.i = save
        return


# Ren'Py's text tags that we do not draw yet: removed (their text kept) with a warning.
# A tag Ren'Py does not know either ({bold}) stays an error, as in Ren'Py.
RENPY_TAGS: Final = frozenset({
    "a", "alpha", "alt", "art", "clear", "done", "font", "image", "noalt",
    "outlinecolor", "plain", "rb", "rt", "shader", "space", "vspace", "#"})
_TAG_RE: Final = re.compile(r"\{\{|\{(/?)([A-Za-z_#][^}=]*)(=[^}]*)?\}")


def clean_tags(p: ParserCore, lineno: int, col: int, text: str) -> str | None:
    """`text` without Ren'Py's tags we do not draw ({image}, {rb}, {shader}, ...), each
    named in a warning once per file; {a=...} (a link: its text
    shown, never opened) and {#...} (a comment) go without one. None if there are none,
    or when strict."""
    if p.compat.strict:
        return None
    from .texttags import PAIRED, SINGLE, close_open

    dropped: list[tuple[str, int]] = []

    def sub(m: re.Match[str]) -> str:
        if m.group(0) == "{{":
            return "{{"
        name = m.group(2).strip()
        if name == "font" and m.group(3) and _outside(m.group(3)[1:].strip()):
            degrade(p, "tag {font} outside", lineno, col + m.start(), len(m.group(0)),
                    "{font} names a file outside the project folder, which is never read;"
                    " the text keeps the story's font")
        if name in PAIRED or name in SINGLE or (
                name not in RENPY_TAGS and not name.startswith("#")):
            return m.group(0)
        dropped.append((name, m.start()))
        if name == "image" and not m.group(1) and m.group(3):
            return _alt_text(m.group(3)[1:])
        if name == "rt":  # ruby text: after the words it annotates, in brackets
            return ")" if m.group(1) else "("
        return ""

    out = _TAG_RE.sub(sub, text)
    closed = close_open(out)  # Ren'Py closes tags left open at the string's end
    if closed is not None:
        out = closed
    elif not dropped:
        return None
    for name, at in dropped:
        if name == "a" or name.startswith("#"):
            continue  # Ren'Py's meaning here: a link shown as its text; a comment, unseen
        shown = "{#...}" if name.startswith("#") else "{" + name + "}"
        if name == "rt":
            degrade(p, "tag " + shown, lineno, col + at, len(shown),
                    "ruby text ({rt}) is shown in brackets after the text it annotates")
            continue
        if name == "image":
            degrade(p, "tag " + shown, lineno, col + at, len(shown),
                    "the text tag '{image}' is not drawn inline yet: the image's name is"
                    " shown instead, as alt text")
            continue
        degrade(p, "tag " + shown, lineno, col + at, len(shown),
                f"the text tag '{shown}' is not supported yet and is left out"
                " (its text is kept)")
    return out


def _outside(path: str) -> bool:
    """A file name that leads out of the project folder (absolute, or through '..')."""
    return path.startswith(("/", "\\")) or re.match(r"[A-Za-z]:", path) is not None \
        or ".." in re.split(r"[/\\]", path)


def _alt_text(value: str) -> str:
    """`{image=gui/heart_red.png}` as text: "heart red" (its file name, as words)."""
    stem = re.split(r"[/\\]", value.strip().strip("\"'"))[-1]
    stem = re.sub(r"\.(png|jpe?g|webp|gif|svg|avif)$", "", stem, flags=re.I)
    return re.sub(r"[_\s]+", " ", stem).strip().replace("{", "{{").replace("[", "[[")
