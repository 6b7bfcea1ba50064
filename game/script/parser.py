"""Logical lines to statements. Cross-file checks are left to the loader.

Each parse records the references it must check once every file is read
(speakers, labels, images, audio, positions, transitions, variables) in
`Parser.refs` (say lines' speakers in `speakers` and `say_attrs`, by name), so one
pass over the story can name what is missing.

Speed: say lines arrive from the lexer already matched and are turned into nodes
inline in `block`; the common shapes of other statements go through the fast paths
in _fast.py; nodes are built by _nodes.py. Whatever path a line takes, the result
(nodes, ids, references, diagnostics) is what the general code makes of it.
"""
from __future__ import annotations

import json
import re
import sys
import zlib
from typing import Final

from ..scene import canvas as scene_canvas
from ..scene import channels as scene_channels
from . import _nodes as N
from . import ast as A
from . import _renpy_compat as compat
from . import _layered, _staging
from . import texttags
# (the refs kinds live in _fast, which this module imports; SPEAKER and SAY_ATTRS are
# kept here for anything that names them)
from ._fast import (AUDIO, CHOICE, COND, FAST, IMAGE, IMAGE_STOP, LABEL, LIGHT,  # noqa: F401
                    POSITION, READ, SAY_ATTRS, SLOW, SPEAKER, TRANSITION, UPDATE, WRITE,
                    FastPaths)
from ._cursor import Cursor, unescape
from .errors import Reporter, did_you_mean
from .lexer import Item, Line, SayItem, read_blocks
from .pyexpr import Compiled, ExprError, compile_expression, compile_statement

STATEMENTS: Final = frozenset({
    "label", "jump", "call", "return", "define", "default", "image", "scene", "show", "hide",
    "with", "play", "queue", "stop", "menu", "if", "elif", "else", "while", "pass", "pause",
    "window", "voice", "$", "transform", "layeredimage"})
UNSUPPORTED: Final = {
    "screen": "screens are built into this engine",
    "style": "styles come from the engine's theme",
    "init": "scripts run no Python, so there is nothing to initialise",
    "python": "scripts run no arbitrary Python; use '$' with simple assignments",
    "nvl": "only 'nvl clear' is supported (the NVL page shows when an NVL character"
           " speaks)",
    "translate": "translations are not supported",
    "camera": "the camera statement is not supported",
    "testcase": "testcases are not supported",
    "rpy": "rpy statements are not supported",
    "onlayer": "layers are not supported",
}
CHANNELS: Final = frozenset(scene_channels.CHANNELS)
POSITIONS: Final = tuple(scene_canvas.POSITIONS)
SPECIAL_SPEAKERS: Final = frozenset({"extend", "centered", "narrator"})
LIGHT_NAMESPACE: Final = "light"  # `define light.NAME = Light(...)`, `light NAME`

# A say line's speaker is never one of these (`show "x"` is a show statement).
_SAY_KEYWORDS: Final = STATEMENTS | frozenset(UNSUPPORTED) | {"menu"}
_crc32: Final = zlib.crc32
# `$ e = Character(...)` / `$ flash = Fade(...)` in an init block: a define
_CHARACTER_DOLLAR: Final = re.compile(
    r"([A-Za-z][A-Za-z0-9_]*)\s*=\s*((?:Character|Dissolve|Fade|Pixellate|CropMove|PushMove"
    r"|ImageDissolve|AlphaDissolve|MoveTransition|MultipleTransition|Pause)\s*\(.*)$")
_NOT_VARIABLES: Final = frozenset({"_return", "persistent"})  # [_return], [persistent.x]
_WORD_RE: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_NARRATION_CRC: Final = _crc32(b"say|None|None||")
_Say: Final = N.Say


def _pos(item: Item) -> tuple[int, int]:
    """Line number and 1-based column of a block item."""
    if type(item) is tuple:
        return item[0], item[1] + 1
    return item.lineno, item.indent + 1  # type: ignore[union-attr]


class Parser(FastPaths):
    """Parses one file. `statements` holds the result; `rep` the diagnostics."""

    def __init__(self, path: str, text: str) -> None:
        self.path = path
        self.lines = text.split("\n")
        self.rep = Reporter(path, self.lines)
        self.refs: list[tuple] = []
        # Speakers of say lines by name, and say attributes by (speaker, attributes),
        # with where each is used: checked once per name rather than once per line.
        self.speakers: dict[str, list[A.Loc]] = {}
        self.say_attrs: dict[tuple[str, tuple[str, ...]], list[tuple[A.Loc, int]]] = {}
        # per label: crc32 of a statement's content -> how many so far (for ids)
        self.counts: dict[str, dict[int, int]] = {}
        self.set_label("file:" + path)
        self._speaker_info: dict[tuple[str, str], tuple] = {}
        self._words: dict[str, tuple[str, ...]] = {}
        self._memo: dict[str, tuple] = {}  # see _fast.py
        self._kw: dict[str, str] = {}  # a statement line's text -> its first word
        self._transitions: dict[str, tuple] = {}  # a transition that compiled -> code
        self.labels: list[A.Label] = []
        self.defines: list[A.Define] = []
        self.defaults: list[A.Default] = []
        self.images: list[A.ImageDef] = []
        self.compat = compat.Compat()  # what Ren'Py projects need skipped or degraded
        # transform name (or `Transform(...)` source) -> (params, defaults, steps)
        self.atl_defs: dict[str, tuple[list[str], dict, list]] = {}
        self.image_transforms: dict[str, list] = {}  # `image x = Transform("f", zoom=2)`
        self.layered: dict[str, dict] = {}  # layeredimage NAME -> its layers (_layered.py)
        self.layered_files: dict[str, list[str]] = {}  # Composite image -> layer images

    def parse(self) -> tuple[A.Stmt, ...]:
        if "\x00" in self.path:
            self.rep.error(1, 1, "file name contains a null character", code="E109")
        stmts = self.block(read_blocks(self.lines, self.rep, _SAY_KEYWORDS))
        if self.compat.skipped:
            compat.report_skips(self)
        return stmts

    # -- helpers -----------------------------------------------------------------------
    def loc(self, line: Line, col: int | None = None) -> A.Loc:
        return (self.path, line.lineno, line.col if col is None else col)

    def set_label(self, label: str) -> None:
        """Ids are made within the latest label (see label_stmt)."""
        self.label = label
        counts = self.counts.get(label)
        if counts is None:
            counts = self.counts[label] = {}
        self._counts = counts
        self._sid_prefix = label + ":"

    def sid(self, content: str) -> str:
        """`label:crc32(content)` in hex, with `.N` for the Nth repeat within the label."""
        key = _crc32(content.encode("utf-8", "surrogatepass"))
        counts = self._counts
        n = counts.get(key, 0) + 1
        counts[key] = n
        return f"{self._sid_prefix}{key:08x}" if n == 1 else f"{self._sid_prefix}{key:08x}.{n}"

    def sid_key(self, key: int) -> str:
        """sid() of a content whose crc32 is `key` (worked out once per distinct line)."""
        counts = self._counts
        n = counts.get(key, 0) + 1
        counts[key] = n
        return f"{self._sid_prefix}{key:08x}" if n == 1 else f"{self._sid_prefix}{key:08x}.{n}"

    def err(self, line: Line, col: int, msg: str, length: int = 1, code: str = "E200") -> None:
        self.rep.error(line.lineno, col, msg, length=length, code=code)

    def no_block(self, line: Line, what: str) -> None:
        if line.block:
            lineno, col = _pos(line.block[0])
            self.rep.error(lineno, col, f"{what} takes no indented block", code="E201")

    def expect_eol(self, cur: Cursor, what: str) -> bool:
        if not cur.eol():
            extra = cur.s[cur.i:]
            self.err(cur.line, cur.col, f"unexpected '{extra}' after {what}", len(extra),
                     code="E202")
            return False
        return True

    def compile(self, line: Line, col: int, source: str, *, statement: bool = False,
                define: bool = False, skip_as: str | None = None,
                fallback: str | None = None) -> Compiled | None:
        try:
            if statement:
                comp = compile_statement(source)
                if compat.renpy_store_line(self, line, source, comp):
                    return None
                return comp
            return compile_expression(source, define=define)
        except ExprError as exc:
            lenient = compat.lenient_error(exc.message)
            if statement and lenient:
                skipped = compat.skip_python_line(self, line, source)
                if skipped is True:
                    return None
                if skipped:
                    return skipped  # type: ignore[no-any-return]
            if skip_as is not None and lenient \
                    and compat.skip_value(self, line, skip_as, source):
                return None
            if fallback is not None and lenient:
                comp = compat.lenient_condition(self, line, source, fallback)
                if comp is not None:
                    return comp
            lead = len(source) - len(source.lstrip())
            self.err(line, col + lead + exc.col, exc.message, exc.length, code="E300")
            return None

    def note_expr(self, comp: Compiled, loc: A.Loc) -> None:
        # sorted: sets iterate in an order that changes with each process's hash seed,
        # and two problems at one place must be reported in the same order every time
        path, line, col = loc
        cols = comp.cols
        for kind, names in ((READ, comp.reads), (WRITE, comp.writes), (UPDATE, comp.updates)):
            for name in sorted(names):
                at = cols.get(name)
                self.refs.append((kind, name, loc if at is None else (path, line, col + at),
                                  len(name), None))

    def check_text(self, lineno: int, col: int, text: str) -> str | None:
        """Report problems in a line's text tags and interpolations; the text with
        Ren'Py's tags we do not draw removed (with a warning), or None if unchanged."""
        cleaned = None
        if ("{" in text or "}" in text) and not texttags.tags_ok(text):
            cleaned = compat.clean_tags(self, lineno, col, text)
            if cleaned is not None:
                text = cleaned
        elif "{font=" in text:  # tags fine: only a font file outside the project warns
            compat.clean_tags(self, lineno, col, text)
        if ("{" in text or "}" in text) and not texttags.tags_ok(text):
            for problem in texttags.check(text):
                self.rep.error(lineno, col + problem.offset, problem.message,
                               length=problem.length, code="E400")
        # '[[' is a literal bracket; anything else starting with '[' is looked at
        if "[" in text and "[" in text.replace("[[", ""):
            try:
                for name, off in texttags.interpolation_names(text):
                    if name in _NOT_VARIABLES:
                        continue
                    self.refs.append((READ, name, (self.path, lineno, col + off + 1),
                                      len(name), None))
            except texttags.TagError as exc:
                self.rep.error(lineno, col + exc.offset, exc.message, length=exc.length,
                               code="E401")
        return cleaned

    # -- blocks --------------------------------------------------------------------------
    def block(self, lines: list[Item]) -> tuple[A.Stmt, ...]:
        out: list[A.Stmt] = []
        append = out.append
        word = _WORD_RE.match
        path = self.path
        speaker_info = self._speaker_info
        kws = self._kw
        i, n = 0, len(lines)
        while i < n:
            line = lines[i]
            i += 1
            if type(line) is tuple:  # say_item, inline (keep the two in step): most lines
                lineno, indent, m = line
                who, attrs_s, who_name, text, with_, ident = m.group(2, 3, 4, 5, 6, 7)
                loc = (path, lineno, indent + 1)
                if "\\" in text or "  " in text:
                    text = unescape(text)
                if "{" in text or "}" in text or "[" in text:
                    text = self.check_text(lineno, m.start(5) + 1, text) or text
                if who is not None:
                    info = speaker_info.get((who, attrs_s))
                    if info is None:
                        info = self._new_speaker_info(who, attrs_s)
                    who, attrs, crc, locs, uses, length = info
                    if locs is not None:
                        locs.append(loc)
                        if uses is not None:
                            uses.append((loc, length))
                    elif attrs and who != "narrator":
                        self.rep.error(lineno, indent + 2 + len(who),
                                       f"'{who}' takes no attributes", code="E220")
                else:
                    attrs = ()
                    if who_name is None:
                        crc = _NARRATION_CRC
                    else:
                        who_name = unescape(who_name)
                        crc = _crc32(f"say|None|{who_name}||".encode("utf-8", "surrogatepass"))
                if with_ is not None:
                    self.refs.append((TRANSITION, with_, loc, len(with_), None))
                key = _crc32(text.encode("utf-8", "surrogatepass"), crc)
                counts = self._counts  # (a label statement changes it)
                k = counts.get(key, 0) + 1
                counts[key] = k
                sid = f"{self._sid_prefix}{key:08x}" if k == 1 \
                    else f"{self._sid_prefix}{key:08x}.{k}"
                append(_Say(loc, sid, who, who_name, attrs, text, with_, ident))
                continue
            if line.say is not None:
                stmt = self.say_line(line)
                if stmt is not None:
                    append(stmt)
                    continue
            text = line.text
            kw = kws.get(text)  # (statement lines repeat: their first word is kept)
            if kw is None:
                if text.startswith("$"):
                    kw = "$"
                else:
                    # text starts after the indent, so the word is at 0 (no spaces to skip)
                    wm = word(text)
                    kw = wm.group(0) if wm is not None else ""
                kws[text] = kw
            fast = FAST.get(kw)
            if fast is not None:
                stmt = fast(self, line)
                if stmt is not SLOW:
                    if stmt is not None:
                        append(stmt)
                    continue
            cur = Cursor(line, len(kw))
            if kw == "if":
                chain = [line]
                while i < n and type(lines[i]) is not tuple and not lines[i].say and (
                        lines[i].text.startswith("elif") or lines[i].text.startswith("else")):
                    w = Cursor(lines[i]).word()
                    if w not in ("elif", "else"):
                        break
                    chain.append(lines[i])
                    i += 1
                stmt = self.if_chain(chain)
            elif kw in ("elif", "else"):
                self.err(line, line.col, f"'{kw}' without a matching 'if' before it",
                         len(kw), code="E203")
                continue
            else:
                handler = _HANDLERS.get(kw)
                stmt = handler(self, cur, line) if handler is not None \
                    else self.statement(kw, cur, line)
            if stmt is not None:
                if type(stmt) is tuple:  # a monologue's lines, an init block's contents
                    out.extend(stmt)
                else:
                    append(stmt)
        return tuple(out)

    def statement(self, kw: str, cur: Cursor, line: Line) -> A.Stmt | None:
        handler = _HANDLERS.get(kw)
        if handler is not None:
            return handler(self, cur, line)
        other = compat.other_statement(self, kw, line)
        if other is not compat.NOT_HANDLED:
            return other  # type: ignore[no-any-return]
        if kw in UNSUPPORTED:
            self.err(line, line.col, f"the '{kw}' statement is not supported: "
                     f"{UNSUPPORTED[kw]}", len(kw), code="E210")
            return None
        word = kw or line.text.split(" ", 1)[0]
        hint = did_you_mean(word, STATEMENTS | set(UNSUPPORTED) | {"light"}) if kw else ""
        self.err(line, line.col, f"unknown statement '{word}'{hint}", len(word), code="E211")
        return None

    # -- say ----------------------------------------------------------------------------
    def say_line(self, line: Line) -> A.Stmt | None:
        m = line.say
        assert m is not None
        who_attrs, who_name, text, with_, ident = m.groups()
        attrs: tuple[str, ...] = ()
        who = None
        text_col = line.col + m.start(3) - 1
        if who_attrs is not None:
            parts = who_attrs.split()
            who = parts[0]
            if who in STATEMENTS or who in UNSUPPORTED or who == "menu":
                return None
            attrs = tuple(parts[1:])
        elif who_name is not None:
            who_name = unescape(who_name)
        text = unescape(text)
        text = self.check_text(line.lineno, text_col + 1, text) or text
        loc = (self.path, line.lineno, line.col)
        if who is not None and who not in SPECIAL_SPEAKERS:
            self.speakers.setdefault(who, []).append(loc)
            if attrs:
                self.say_attrs.setdefault((who, attrs), []).append((loc, len(who_attrs)))
        elif who in ("centered", "extend") and attrs:
            self.err(line, line.col + len(who) + 1, f"'{who}' takes no attributes",
                     code="E220")
        if with_ is not None:
            self.refs.append((TRANSITION, with_, loc, len(with_), None))
        self.no_block(line, "a say statement")
        return N.Say(loc, self.sid(f"say|{who}|{who_name}|{' '.join(attrs)}|{text}"),
                     who, who_name, attrs, text, with_, ident)

    def say_item(self, item: SayItem) -> A.Say:
        """A say line from the lexer's fast path: exactly what say_line makes of it."""
        lineno, indent, m = item
        who, attrs_s, who_name, text, with_, ident = m.group(2, 3, 4, 5, 6, 7)
        loc = (self.path, lineno, indent + 1)
        if "\\" in text or "  " in text:  # (a single physical line has no newline)
            text = unescape(text)
        if "{" in text or "}" in text or "[" in text:
            text = self.check_text(lineno, m.start(5) + 1, text) or text
        if who is not None:
            info = self._speaker_info.get((who, attrs_s))
            if info is None:
                info = self._new_speaker_info(who, attrs_s)
            who, attrs, crc, locs, uses, length = info
            if locs is not None:
                locs.append(loc)
                if uses is not None:
                    uses.append((loc, length))
            elif attrs and who != "narrator":
                self.rep.error(lineno, indent + 2 + len(who), f"'{who}' takes no attributes",
                               code="E220")
        else:
            attrs = ()
            if who_name is None:
                crc = _NARRATION_CRC
            else:
                who_name = unescape(who_name)
                crc = _crc32(f"say|None|{who_name}||".encode("utf-8", "surrogatepass"))
        if with_ is not None:
            self.refs.append((TRANSITION, with_, loc, len(with_), None))
        # the id of f"say|{who}|{who_name}|{' '.join(attrs)}|{text}", its prefix's
        # crc32 known already
        key = _crc32(text.encode("utf-8", "surrogatepass"), crc)
        counts = self._counts
        k = counts.get(key, 0) + 1
        counts[key] = k
        sid = f"{self._sid_prefix}{key:08x}" if k == 1 else f"{self._sid_prefix}{key:08x}.{k}"
        return _Say(loc, sid, who, who_name, attrs, text, with_, ident)

    def _new_speaker_info(self, who: str, attrs_s: str) -> tuple:
        """For a say line's speaker and attributes as written: the attributes, the crc32
        of the start of its id, where to note its uses, and the length to underline."""
        key = (who, attrs_s)
        who = sys.intern(who)  # one string for every line the speaker says
        attrs = tuple(attrs_s.split())
        crc = _crc32(f"say|{who}|None|{' '.join(attrs)}|".encode("utf-8", "surrogatepass"))
        locs = uses = None
        if who not in SPECIAL_SPEAKERS:
            locs = self.speakers.setdefault(who, [])
            if attrs:
                uses = self.say_attrs.setdefault((who, attrs), [])
        info = (who, attrs, crc, locs, uses, len(who) + len(attrs_s))
        self._speaker_info[key] = info
        return info

    # -- control flow -------------------------------------------------------------------
    def label_stmt(self, cur: Cursor, line: Line) -> A.Stmt | None:
        name_col = cur.at()
        name = compat.label_name(self, cur)
        if name is None:
            self.err(line, name_col, "expected a label name after 'label'", code="E231")
            return None
        params: tuple = ()
        if cur.s.startswith("(", cur.i):
            pcol = cur.at()
            got = self.label_params(cur, line, pcol)
            if got is None:
                self.compat.rejected.add(name)  # its jumps and calls are not reported again
                return None
            params = got
        if not cur.char(":"):
            self.err(line, cur.col, "expected ':' after the label name", code="E233")
            self.compat.rejected.add(name)
            return None
        if not self.expect_eol(cur, "the label"):
            return None
        return self.label_body(line, name, params)

    def label_params(self, cur: Cursor, line: Line, col: int) -> tuple | None:
        """`(name, polite=True)` after a label's name: ((name, default code or None),
        ...); each name is a story variable the call sets."""
        import ast as pyast

        src = _bracketed(cur)
        tree = None
        if src is not None:
            try:
                tree = pyast.parse(f"def f{src}: pass").body[0]
            except (SyntaxError, ValueError, RecursionError, MemoryError):
                tree = None
        if tree is None:
            self.err(line, col, "expected parameters like (name, polite=True)", code="E232")
            return None
        a = tree.args  # type: ignore[attr-defined]
        if a.vararg or a.kwarg or a.kwonlyargs or a.posonlyargs:
            self.err(line, col, "label parameters are names, each with an optional default"
                     " (no *args, **kwargs)", len(src), code="E232")
            return None
        defaults = [None] * (len(a.args) - len(a.defaults)) + list(a.defaults)
        out = []
        for arg, default in zip(a.args, defaults):
            name = arg.arg
            if name.startswith("_"):
                self.err(line, col, f"the name '{name}' is reserved; story variables cannot"
                         " start with '_'", len(src), code="E232")
                return None
            code = None
            if default is not None:
                try:
                    default_src = pyast.unparse(default)
                except RecursionError:
                    self.err(line, col, "this default is nested too deeply", code="E232")
                    return None
                comp = self.compile(line, col, default_src)
                if comp is None:
                    return None
                self.note_expr(comp, self.loc(line, col))
                code = comp.code
            self.refs.append((WRITE, name, self.loc(line, col), len(src), None))
            out.append((name, code))
        return tuple(out)

    def call_args(self, cur: Cursor, line: Line) -> tuple[tuple, tuple] | None:
        """`("Eileen", polite=False)` after a call's label: (args, kwargs) code."""
        import ast as pyast

        col = cur.at()
        src = _bracketed(cur)
        tree = None
        if src is not None:
            try:
                tree = pyast.parse("f" + src, mode="eval").body
            except (SyntaxError, ValueError, RecursionError, MemoryError):
                tree = None
        if not isinstance(tree, pyast.Call):
            self.err(line, col, "expected arguments like (\"Eileen\", polite=False)",
                     code="E236")
            return None
        args, kwargs = [], []
        for node in [*tree.args, *tree.keywords]:
            if isinstance(node, pyast.Starred) or getattr(node, "arg", 0) is None:
                self.err(line, col, "'*' and '**' are not supported in call arguments",
                         len(src), code="E236")
                return None
            value = node.value if isinstance(node, pyast.keyword) else node
            try:
                value_src = pyast.unparse(value)
            except RecursionError:
                self.err(line, col, "this argument is nested too deeply", code="E236")
                return None
            comp = self.compile(line, col, value_src)
            if comp is None:
                return None
            self.note_expr(comp, self.loc(line, col))
            if isinstance(node, pyast.keyword):
                kwargs.append((node.arg, comp.code))
            else:
                args.append(comp.code)
        return tuple(args), tuple(kwargs)

    def label_body(self, line: Line, name: str, params: tuple = ()) -> A.Stmt:
        # Ids are made within the latest label; statements after its block fall
        # through from it, so they belong to it too.
        if "." not in name:  # the parent of local labels (`label .x:`) that follow
            self.compat.global_label = name
        self.set_label(name)
        block = self.block(line.block or [])
        stmt = N.Label((self.path, line.lineno, line.col), name, name, block, params)
        self.labels.append(stmt)
        return stmt

    def jump_stmt(self, cur: Cursor, line: Line) -> A.Stmt | None:
        return self.jump_call(cur, line, "jump")

    def call_stmt(self, cur: Cursor, line: Line) -> A.Stmt | None:
        return self.jump_call(cur, line, "call")

    def jump_call(self, cur: Cursor, line: Line, kind: str) -> A.Stmt | None:
        col = cur.at()
        if cur.keyword("expression"):
            return self.jump_call_expression(cur, line, kind)
        if kind == "call" and cur.keyword("screen"):
            from ._screens import call_screen

            menu = call_screen(self, cur, line)
            if menu is not None:
                return menu  # type: ignore[no-any-return]
            if compat.skip_special(self, line, "call", "screen"):
                return None
            self.err(line, col, "'call screen' is not supported: screens are built in", 6,
                     code="E210")
            return None
        tcol = cur.at()
        name = compat.label_name(self, cur)
        if name is None:
            self.err(line, col, f"expected a label name after '{kind}'", code="E235")
            return None
        args: tuple = ((), ())
        if kind == "call":
            cur.ws()
            if cur.s.startswith("(", cur.i):
                got = self.call_args(cur, line)
                if got is None:
                    return None
                args = got
            if cur.keyword("from"):
                cur.word()
        if not self.expect_eol(cur, f"the {kind} target"):
            return None
        self.no_block(line, f"'{kind}'")
        loc = (self.path, line.lineno, line.col)
        self.refs.append((LABEL, name, (self.path, line.lineno, tcol), len(name), None))
        if kind == "jump":
            return N.Jump(loc, self.sid(f"jump|{name}"), name)
        if args != ((), ()):
            return N.Call(loc, self.sid(f"call|{name}|{args!r}"), name, None, *args)
        return N.Call(loc, self.sid(f"call|{name}"), name)

    def jump_call_expression(self, cur: Cursor, line: Line, kind: str) -> A.Stmt | None:
        """`jump expression E`, `call expression E [pass (args)] [from x]`: the label is
        worked out when the statement runs (a missing one is an error there)."""
        col = cur.at()
        rest = cur.rest()
        m = re.search(r"\s+from\s+[A-Za-z_]\w*\s*$", rest) if kind == "call" else None
        if m:
            rest = rest[:m.start()]
        src, arg_src = rest, None
        if kind == "call":
            pm = re.search(r"\s+pass\s*(\(.*\))\s*$", rest)
            if pm:
                src, arg_src = rest[:pm.start()], pm.group(1)
        if not src.strip():
            self.err(line, col, f"expected an expression after '{kind} expression'",
                     code="E234")
            return None
        try:
            compile_expression(src)
        except ExprError as exc:
            if compat.lenient_error(exc.message) and \
                    compat.skip_special(self, line, kind, "expression"):
                return None
        comp = self.compile(line, col, src)
        if comp is None:
            return None
        self.note_expr(comp, self.loc(line, col))
        loc = self.loc(line)
        if kind == "jump":
            return N.Jump(loc, self.sid(f"jump expression|{src}"), src.strip(), comp.code)
        args: tuple = ((), ())
        if arg_src is not None:
            acur = Cursor(line, len(line.text) - len(arg_src))
            got = self.call_args(acur, line)
            if got is None:
                return None
            args = got
        return N.Call(loc, self.sid(f"call expression|{rest}"), src.strip(), comp.code, *args)

    def return_stmt(self, cur: Cursor, line: Line) -> A.Stmt | None:
        if not cur.eol():
            col = cur.at()
            src = cur.rest()
            comp = self.compile(line, col, src)
            if comp is None:
                return None
            self.note_expr(comp, self.loc(line, col))
            self.no_block(line, "'return'")
            return N.Return(self.loc(line), self.sid("return|" + src.strip()), comp.code)
        self.no_block(line, "'return'")
        return N.Return(self.loc(line), self.sid("return"))

    def pass_stmt(self, cur: Cursor, line: Line) -> A.Stmt | None:
        self.expect_eol(cur, "'pass'")
        return N.Pass(self.loc(line), self.sid("pass"))

    def if_chain(self, chain: list[Line]) -> A.Stmt | None:
        branches = []
        ok = True
        for idx, line in enumerate(chain):
            fast = COND.match(line.text)
            if fast is not None:
                src = fast.group(1)
                col = line.indent + fast.start(1) + 1
                comp = self.compile(line, col, src, fallback="False")
                block = self.block(line.block or [])
                if comp is None:
                    ok = False
                    continue
                self.note_expr(comp, (self.path, line.lineno, col))
                branches.append((comp.code, src.strip(), block))
                continue
            cur = Cursor(line)
            kw = cur.word()
            if kw == "else":
                if not cur.char(":") or not cur.eol():
                    self.err(line, line.col, "expected 'else:'", 4, code="E240")
                    ok = False
                if idx != len(chain) - 1:
                    nxt = chain[idx + 1]
                    self.err(nxt, nxt.col, "'elif' after 'else'", 4, code="E241")
                    ok = False
                branches.append((None, None, self.block(line.block or [])))
                continue
            col = cur.at()
            src = cur.until_colon()
            if src is None:
                self.err(line, line.col + len(line.text), f"expected ':' at the end of"
                         f" the '{kw}' line", code="E242")
                ok = False
                continue
            if not src.strip():
                self.err(line, col, f"'{kw}' needs a condition", code="E243")
                ok = False
                continue
            comp = self.compile(line, col, src, fallback="False")
            block = self.block(line.block or [])
            if comp is None:
                ok = False
                continue
            self.note_expr(comp, self.loc(line, col))
            branches.append((comp.code, src.strip(), block))
        if not ok:
            return None
        head = chain[0]
        return N.If(self.loc(head), self.sid("if|" + "|".join(
            b[1] or "else" for b in branches)), tuple(branches))

    def while_stmt(self, cur: Cursor, line: Line) -> A.Stmt | None:
        col = cur.at()
        src = cur.until_colon()
        if src is None or not src.strip():
            self.err(line, col, "expected 'while CONDITION:'", code="E244")
            return None
        comp = self.compile(line, col, src, fallback="False")
        block = self.block(line.block or [])
        if comp is None:
            return None
        self.note_expr(comp, self.loc(line, col))
        return N.While(self.loc(line), self.sid("while|" + src.strip()), comp.code,
                       src.strip(), block)

    def menu_stmt(self, cur: Cursor, line: Line) -> A.Stmt | None:
        name = compat.label_name(self, cur)
        nvl = False
        cur.ws()
        if cur.s.startswith("(", cur.i) and cur.s.rstrip().endswith(":"):
            from ._nvl import menu_arguments

            inner = cur.s.rstrip()[:-1].rstrip()
            if inner.endswith(")"):
                got = menu_arguments(self, line, line.col + cur.i, inner[cur.i + 1:-1])
                if got is not None:
                    nvl = got
                    cur.i = len(inner)
        if not cur.char(":") or not cur.eol():
            self.err(line, line.col, "expected 'menu:'", 4, code="E250")
            return None
        if name is not None:  # `menu name:` is also a label, as in Ren'Py
            if "." not in name:
                self.compat.global_label = name
            self.set_label(name)
        sid = self.sid(f"menu|{name}")
        set_code = None
        caption: A.Say | None = None
        choices: list[A.Choice] = []
        for child in line.block or []:
            if type(child) is tuple:
                if choices or caption is not None:
                    self.rep.error(child[0], child[1] + 1, "a menu's caption must come"
                                   " before its choices, and there can be only one",
                                   code="E251")
                    continue
                caption = self.say_item(child)
                continue
            if child.say is not None and not child.opens:
                if choices or caption is not None:
                    self.err(child, child.col, "a menu's caption must come before its"
                             " choices, and there can be only one", code="E251")
                    continue
                caption = self.say_line(child)  # type: ignore[assignment]
                if caption is None:
                    self.err(child, child.col, "expected a choice: \"text\":", code="E252")
                continue
            fast = CHOICE.match(child.text)
            if fast is not None and "  " not in fast.group(1):
                text, src = fast.group(1, 2)
                cond_code = cond_src = None
                if src is not None:
                    col = child.indent + fast.start(2) + 1
                    comp = self.compile(child, col, src, fallback="True")
                    if comp is None:
                        continue
                    self.note_expr(comp, (self.path, child.lineno, col))
                    cond_code, cond_src = comp.code, src.strip()
                text = self.check_text(child.lineno, child.indent + 2, text) or text
                block = self.block(child.block or [])
                choices.append(N.Choice(text, cond_code, cond_src, block,
                                        (self.path, child.lineno, child.indent + 1)))
                continue
            ccur = Cursor(child)
            if ccur.keyword("set"):
                col = ccur.at()
                src = ccur.rest()
                comp = self.compile(child, col, src) if src.strip() else None
                if comp is None:
                    if not src.strip():
                        self.err(child, col, "expected a list after 'set'", code="E253")
                    continue
                self.note_expr(comp, self.loc(child, col))
                set_code = comp.code
                continue
            text_col = ccur.col + 1
            if not child.opens and caption is None and not choices:
                said = compat.say_statement(self, child)  # Ren'Py's whole say grammar
                if isinstance(said, A.Say):
                    caption = said
                    continue
            text = ccur.string()
            if text is None:
                word = ccur.word() or child.text.split(" ", 1)[0]
                self.err(child, child.col, f"expected a choice like \"Go left\": in the"
                         f" menu, found '{word}'", len(word), code="E252")
                continue
            cond_code = cond_src = None
            acol = ccur.at()
            if ccur.s.startswith("(", ccur.i) and compat.choice_arguments(self, child, acol):
                ccur.char("(")
                _skip_brackets(ccur)
            if ccur.keyword("if"):
                col = ccur.at()
                src = ccur.until_colon()
                if src is None or not src.strip():
                    self.err(child, col, "expected a condition and ':' after 'if'",
                             code="E254")
                    continue
                comp = self.compile(child, col, src, fallback="True")
                if comp is None:
                    continue
                self.note_expr(comp, self.loc(child, col))
                cond_code, cond_src = comp.code, src.strip()
            elif not ccur.char(":") or not ccur.eol():
                self.err(child, ccur.col, "expected ':' after the choice text", code="E255")
                continue
            text = self.check_text(child.lineno, text_col, text) or text
            block = self.block(child.block or [])
            choices.append(N.Choice(text, cond_code, cond_src, block, self.loc(child)))
        if not choices:
            self.err(line, line.col, "this menu has no choices", 4, code="E256")
            return None
        menu = N.Menu(self.loc(line), sid, caption, tuple(choices), nvl, set_code)
        if name is None:
            return menu
        label = N.Label(self.loc(line), name, name, (menu,))
        self.labels.append(label)
        return label

    # -- definitions --------------------------------------------------------------------
    def define_stmt(self, cur: Cursor, line: Line) -> A.Stmt | None:
        return self.define_default(cur, line, "define")

    def default_stmt(self, cur: Cursor, line: Line) -> A.Stmt | None:
        return self.define_default(cur, line, "default")

    def define_default(self, cur: Cursor, line: Line, kind: str) -> A.Stmt | None:
        if cur.number() is not None:  # `define -2 x = ...` init priority
            pass
        name_col = cur.at()
        name = cur.word()
        if name is None:
            self.err(line, name_col, f"expected a name after '{kind}'", code="E260")
            return None
        if cur.char("."):
            if kind == "define" and name == "audio":
                got = self.audio_define(cur, line, name_col)
                if got is not compat.NOT_HANDLED:
                    return got  # type: ignore[no-any-return]
            if kind == "default" and name == "persistent":
                field = cur.word()
                if field is not None and cur.char("="):
                    # the value persistent.FIELD has until a play sets it: a constant
                    col = cur.at()
                    comp = self.compile(line, col, cur.rest())
                    self.no_block(line, "'default'")
                    if comp is None:
                        return None
                    stmt = N.Define(self.loc(line), self.sid(f"default|persistent.{field}"),
                                    f"persistent.{field}", comp.code, cur.rest())
                    self.defines.append(stmt)
                    return stmt
            if not (kind == "define" and name == LIGHT_NAMESPACE):
                skipped = compat.dotted_define(self, line, kind, name_col)
                if skipped is not compat.NOT_HANDLED:
                    return None
            dotted = name + "." + (cur.word() or "")
            if kind == "define" and name == LIGHT_NAMESPACE and len(dotted) > len(name) + 1:
                name = dotted  # `define light.night = Light(...)`: a named scene light
            else:
                self.err(line, name_col, f"'{kind} {dotted}': only story names and lights"
                         " (define light.NAME = Light(...)) can be defined (no namespaces"
                         " such as config. or persistent.)", len(dotted), code="E261")
                return None
        if name.startswith("_"):
            if not self.compat.strict:
                compat.note_skip(self, f"{kind} _*", line.lineno, name_col, len(name),
                                 "names starting with '_' belong to Ren'Py itself")
                return None
            self.err(line, name_col, f"the name '{name}' is reserved; story names cannot"
                     " start with '_'", len(name), code="E262")
            return None
        if not cur.char("="):
            self.err(line, cur.col, f"expected '=' after '{kind} {name}'", code="E263")
            return None
        col = cur.at()
        src = cur.rest()
        if not src:
            self.err(line, col, f"expected a value after '{kind} {name} ='", code="E264")
            return None
        if kind == "define" and name == "menu" and src.strip() == "nvl_menu":
            src = '"nvl_menu"'  # Ren'Py's NVL menus, read by the runtime (see _nvl.py)
        elif kind == "define" and src.strip() == "nvl_narrator":
            src = 'Character(None, kind="nvl")'  # `define narrator = nvl_narrator`
        return self.define_value(line, kind, name, col, src)

    def define_value(self, line: Line, kind: str, name: str, col: int,
                     src: str) -> A.Stmt | None:
        """`define NAME = src` / `default NAME = src`, the value at column col."""
        if kind == "define" and src.startswith("Transform(") and \
                _staging.transform_define(self, line, name, src):
            self.no_block(line, "'define'")
            return None
        if kind == "define" and (made := compat.transition_define(self, line, name, col,
                                                                  src)) is not None:
            return made  # type: ignore[no-any-return]
        if kind == "define" and "Character" in src:
            src = compat.character_source(self, line, col, src)
        comp = self.compile(line, col, src, define=(kind == "define"),
                            skip_as=f"{kind} {name}")
        self.no_block(line, f"'{kind}'")
        if comp is None:
            if name not in self.compat.assigned:
                self.compat.rejected.add(name)
            return None
        loc = self.loc(line)
        for ref in sorted(comp.reads):
            at = comp.cols.get(ref, 0)
            self.refs.append((READ, ref, self.loc(line, col + at), len(ref), None))
        if kind == "define":
            stmt = N.Define(loc, self.sid(f"define|{name}"), name, comp.code, src)
            self.defines.append(stmt)
        else:
            stmt = N.Default(loc, self.sid(f"default|{name}"), name, comp.code, src)
            self.defaults.append(stmt)
        return stmt

    def audio_define(self, cur: Cursor, line: Line, col: int) -> object:
        """`define audio.NAME = "file"`: NAME plays that file (`play music NAME`); any
        other value is skipped as before (NOT_HANDLED)."""
        save = cur.i
        name = cur.word()
        if name is not None and cur.char("="):
            fcol = cur.at()
            value = cur.string()
            if value is not None and cur.eol():
                self.no_block(line, "'define'")
                self.refs.append((AUDIO, value, (self.path, line.lineno, fcol),
                                  len(value) + 2, None))
                stmt = N.Define(self.loc(line), self.sid(f"define|audio.{name}"),
                                f"audio.{name}", ("c", value), repr(value))
                self.defines.append(stmt)
                return stmt
        cur.i = save
        return compat.NOT_HANDLED

    def voice_stmt(self, cur: Cursor, line: Line) -> A.Stmt | None:
        """`voice "file"`: the line's recorded voice, on the voice channel."""
        if cur.keyword("sustain"):
            if not self.compat.strict:
                compat.degrade(self, "voice sustain", line.lineno, line.col, 5,
                               "'voice sustain' changes nothing here: a voice plays to its"
                               " end unless the next voice replaces it")
            else:
                self.err(line, line.col, "'voice sustain' is not supported", 5, code="E210")
            return None
        files = self.audio_files(cur, line)
        if files is None or not self.expect_eol(cur, "the voice statement"):
            return None
        self.no_block(line, "'voice'")
        return N.Play(self.loc(line), self.sid(f"voice|{'|'.join(files)}"), "voice", files,
                      0.0, None, False, False)

    def python_stmt(self, cur: Cursor, line: Line) -> A.Stmt | None:
        col = cur.at()
        src = cur.rest()
        if not src:
            self.err(line, line.col, "expected a statement after '$'", code="E270")
            return None
        if self.compat.in_init or self.label.startswith("file:"):
            m = _CHARACTER_DOLLAR.match(src)
            if m:  # `$ e = Character(...)` or a transition in an init block: a define
                return self.define_value(line, "define", m.group(1), col + m.start(2),
                                         m.group(2))
        if "(" in src and self.compat.characters:
            from ._screens import character_call

            said = character_call(self, line, src)
            if said is not None:
                self.no_block(line, "'$'")
                return said  # type: ignore[no-any-return]
        if "renpy." in src:
            from . import _renpy_library

            node = _renpy_library.statement(self, line, col, src)
            if node is not _renpy_library.NOT_HANDLED:
                self.no_block(line, "'$'")
                return node  # type: ignore[no-any-return]
        comp = self.compile(line, col, src, statement=True)
        self.no_block(line, "'$'")
        if comp is None:
            return None
        self.note_expr(comp, self.loc(line, col))
        return N.Python(self.loc(line), self.sid("$|" + src), comp.code, src)

    def image_stmt(self, cur: Cursor, line: Line) -> A.Stmt | None:
        words = self.image_name(cur)
        if not words:
            self.err(line, cur.col, "expected an image name after 'image'", code="E280")
            return None
        if cur.char(":"):
            made = None if self.compat.strict else _staging.image_atl(self, line)
            if made is not None:
                value, tf = made
                if tf:
                    self.image_transforms[" ".join(words)] = tf
                stmt = N.ImageDef(self.loc(line), self.sid("image|" + " ".join(words)),
                                  words, value)
                self.images.append(stmt)
                return stmt
            if compat.skip_image(self, line, "image ATL"):
                return None
            self.err(line, line.col, "ATL image blocks are not supported: give the image a"
                     " file, e.g. image kaori sad = \"kaori sad.png\"", 5, code="E281")
            return None
        if not cur.char("="):
            self.err(line, cur.col, "expected '=' after the image name", code="E282")
            return None
        col = cur.at()
        save = cur.i
        value = cur.string()
        if value is None or not cur.eol():
            made = _staging.image_value(self, line, cur.s[save:].strip())
            if made is not None and not self.compat.strict:
                value, tf, layers = made
                cur.i = len(cur.s)
                if tf:
                    self.image_transforms[" ".join(words)] = tf
                if layers:
                    self.image_layers(line, words, layers)
        if (value is None or not cur.eol()) and compat.skip_image(self, line, "image ="):
            return None
        if value is None or not cur.eol():
            self.err(line, col, "only a file name or a colour string is supported here,"
                     " e.g. image bg sky = \"sky.png\" or image red = \"#c00\"",
                     max(1, len(line.text) - col + line.col), code="E283")
            return None
        stmt = N.ImageDef(self.loc(line), self.sid("image|" + " ".join(words)), words, value)
        self.images.append(stmt)
        return stmt

    def image_name(self, cur: Cursor) -> tuple[str, ...]:
        words: list[str] = []
        while True:
            save = cur.i
            w = cur.image_word()
            if w is None or w in IMAGE_STOP:
                cur.i = save
                break
            words.append(w.lower())
        return tuple(words)

    # -- staging ------------------------------------------------------------------------
    def with_clause(self, cur: Cursor, line: Line) -> tuple[bool, str | None]:
        if not cur.keyword("with"):
            return True, None
        col = cur.at()
        return self.transition_ref(line, col, _with_source(cur, line))

    def transition_ref(self, line: Line, col: int, src: str) -> tuple[bool, str | None]:
        code = self._transitions.get(src)
        if code is None:
            if not src:
                self.err(line, col, "expected a transition after 'with'", code="E290")
                return False, None
            lenient = None
            if "(" in src:
                try:
                    compile_expression(src, define=True)
                except ExprError as exc:
                    if compat.lenient_error(exc.message):
                        lenient = compat.lenient_transition(self, line, col, src)
            if lenient is not None:
                code = self._transitions[src] = lenient
            else:
                comp = self.compile(line, col, src, define=True)
                if comp is None:
                    return False, None
                code = self._transitions[src] = comp.code
        self.refs.append((TRANSITION, src, (self.path, line.lineno, col), len(src), code))
        return True, src

    def at_list(self, cur: Cursor, line: Line) -> str | None:
        """`at A, B(1), Transform(zoom=2)`: the items' source, joined by ', '."""
        items: list[str] = []
        while True:
            cur.ws()
            pcol = cur.at()
            start = cur.i
            word = cur.word()
            if word is None:
                self.err(line, pcol, "expected a position after 'at'", code="E292")
                return None
            if cur.char("("):
                _skip_brackets(cur)
            item = cur.s[start:cur.i].strip()
            if item.startswith("Transform(") and item not in self.atl_defs:
                steps = _staging.inline_transform(self, line, pcol, item)
                if steps is not None:
                    self.atl_defs[item] = ([], {}, json.loads(steps))
            items.append(item)
            self.refs.append((POSITION, item, (self.path, line.lineno, pcol), len(item), None))
            if not cur.char(","):
                break
        return ", ".join(items)

    def scene_stmt(self, cur: Cursor, line: Line) -> A.Stmt | None:
        col = cur.at()
        if self.reject_special(cur, line, "scene"):
            return None
        words = self.image_name(cur)
        at = None
        cur.ws()
        if words and cur.keyword("at"):
            at = self.at_list(cur, line)
            if at is None:
                return None
        compat.scene_extras(self, cur, line)  # Ren'Py's `scene x onlayer l`
        atl = None
        if words and cur.s.startswith(":", cur.i) and cur.s[cur.i + 1:].strip() == "":
            cur.i += 1
            atl = _staging.show_atl(self, line)
        ok, with_ = self.with_clause(cur, line)
        if ok and words and atl is None and cur.s.startswith(":", cur.i) \
                and cur.s[cur.i + 1:].strip() == "":  # `scene bg with fade:` and its ATL
            cur.i += 1
            atl = _staging.show_atl(self, line)
        if not ok or not self.expect_eol(cur, "the scene statement"):
            return None
        if words:
            self.refs.append((IMAGE, words, (self.path, line.lineno, col),
                              len(" ".join(words)), None))
        if atl is None:
            self.no_block(line, "'scene'")
        return N.Scene(self.loc(line), self.sid(f"scene|{' '.join(words)}|{with_}"),
                       words or None, with_, at, atl)

    def reject_special(self, cur: Cursor, line: Line, kw: str) -> bool:
        for special, why in (("screen", "screens are built in"),
                             ("layer", "layers are not supported"),
                             ("expression", "name the image instead"),
                             ("onlayer", "layers are not supported"),
                             ("image", "name the image instead")):
            cur.ws()
            save = cur.i
            if cur.keyword(special):
                if special == "image" and cur.eol():
                    cur.i = save  # `show image`: an image whose tag is "image"
                    continue
                if special != "expression" and compat.skip_special(self, line, kw, special):
                    return True
                if special == "expression" and not self.compat.strict:
                    compat.note_skip(self, f"{kw} expression", line.lineno, line.col, len(kw),
                                     "only a file name in quotes can be shown this way;"
                                     " other displayables are made by Python")
                    return True
                self.err(line, line.col + save, f"'{kw} {special}' is not supported:"
                         f" {why}", len(special), code="E210")
                return True
        return False

    def show_stmt(self, cur: Cursor, line: Line) -> A.Stmt | None:
        col = cur.at()
        text = expr = None
        save = cur.i
        if cur.keyword("expression"):
            expr = cur.string()  # `show expression "file.png" as x`: a file as an image
            if expr is None:
                cur.i = save
        if expr is None and self.reject_special(cur, line, "show"):
            return None
        save = cur.i
        if expr is None and cur.keyword("text"):
            text = cur.string()  # `show text "Chapter One" at truecenter`
            if text is None:
                cur.i = save
        words = ("text",) if text is not None else ("expression",) if expr is not None \
            else self.image_name(cur)
        if not words:
            self.err(line, col, "expected an image name after 'show'", code="E291")
            return None
        at = as_ = None
        behind: list[str] = []
        with_ = None
        atl = False
        zorder = None
        while not cur.eol():
            kcol = cur.at()
            if cur.keyword("at"):
                at = self.at_list(cur, line)
                if at is None:
                    return None
            elif cur.keyword("behind"):
                t = cur.word()
                if t is None:
                    self.err(line, cur.col, "expected a tag after 'behind'", code="E295")
                    return None
                behind.append(t)
                while cur.char(","):
                    t = cur.word()
                    if t:
                        behind.append(t)
            elif cur.keyword("as"):
                as_ = cur.word()
                if as_ is None:
                    self.err(line, cur.col, "expected a tag after 'as'", code="E296")
                    return None
            elif cur.keyword("with"):
                ok, with_ = self.transition_ref(line, cur.at(), _with_source(cur, line))
                if not ok:
                    return None
            elif cur.keyword("zorder"):
                z = cur.number()
                if z is None or z != int(z) or abs(z) > 1_000_000:
                    self.err(line, kcol, "expected a whole number after 'zorder'", 6,
                             code="E297")
                    return None
                zorder = int(z)
            elif cur.keyword("onlayer"):
                if not compat.skip_clause(self, line, kcol, 7, "onlayer",
                                          "layers are not supported"):
                    self.err(line, kcol, "layers are not supported", 7, code="E210")
                    return None
                cur.word()
            elif cur.char(":"):
                atl = True
            else:
                extra = cur.rest()
                self.err(line, kcol, f"unexpected '{extra}' in the show statement",
                         len(extra), code="E202")
                return None
        if expr is not None:
            # an image of its own, named after the file, under the tag it is shown as
            stem = re.sub(r"[^A-Za-z0-9_]+", "_", expr.rsplit("/", 1)[-1].rsplit(".", 1)[0])
            words = (as_ or stem.lower() or "expression", "file_" + stem.lower()
                     + f"_{zlib.crc32(expr.encode('utf-8', 'surrogatepass')):08x}")
            as_ = words[0]
            self.images.append(N.ImageDef(self.loc(line), self.sid("image|" + " ".join(words)),
                                          words, expr))
        if text is None:
            self.refs.append((IMAGE, words, (self.path, line.lineno, col),
                              len(" ".join(words)), None))
        atl_steps = _staging.show_atl(self, line) if atl else None
        if not atl:
            self.no_block(line, "'show'")
        return N.Show(self.loc(line), self.sid(
            f"show|{' '.join(words)}|{at}|{','.join(behind)}|{as_}|{with_}|{text}"),
            words, at, tuple(behind), as_, with_, atl_steps, zorder, text)

    def image_layers(self, line: Line, words: tuple[str, ...], layers: list) -> None:
        """A Composite's files: drawn as a layered image's layers."""
        _layered.composite(self, line, words, layers)

    def layeredimage_stmt(self, cur: Cursor, line: Line) -> A.Stmt | None:
        _layered.layeredimage_stmt(self, line)
        return None

    def transform_stmt(self, cur: Cursor, line: Line) -> A.Stmt | None:
        _staging.transform_stmt(self, line)
        return None

    def hide_stmt(self, cur: Cursor, line: Line) -> A.Stmt | None:
        col = cur.at()
        if self.reject_special(cur, line, "hide"):
            return None
        words = self.image_name(cur)
        if not words:
            self.err(line, col, "expected an image tag after 'hide'", code="E299")
            return None
        ok, with_ = self.with_clause(cur, line)
        if not ok or not self.expect_eol(cur, "the hide statement"):
            return None
        self.no_block(line, "'hide'")
        return N.Hide(self.loc(line), self.sid(f"hide|{words[0]}|{with_}"), words[0], with_)

    def with_stmt(self, cur: Cursor, line: Line) -> A.Stmt | None:
        ok, src = self.transition_ref(line, cur.at(), cur.rest())
        if not ok or src is None:
            return None
        return N.With(self.loc(line), self.sid("with|" + src), src)

    def window_stmt(self, cur: Cursor, line: Line) -> A.Stmt | None:
        col = cur.at()
        mode = cur.word()
        if mode not in ("show", "hide", "auto"):
            self.err(line, col, "expected 'window show', 'window hide' or 'window auto'",
                     len(mode or "x"), code="E302")
            return None
        if mode != "auto" and not cur.eol() and cur.peek_word() != "with":
            # Ren'Py's `window show dissolve`, `window hide None`: a transition
            ok, with_ = self.transition_ref(line, cur.at(), cur.rest())
        else:
            ok, with_ = self.with_clause(cur, line)
        if not ok or not self.expect_eol(cur, f"'window {mode}'"):
            return None
        return N.Window(self.loc(line), self.sid(f"window|{mode}|{with_}"), mode, with_)

    def light_stmt(self, cur: Cursor, line: Line) -> A.Stmt | None:
        """`light NAME [with T]` or `light None [with T]` (our own statement: Ren'Py
        tints with transforms). A say line by a speaker called `light` stays a say."""
        col = cur.at()
        name = cur.word()
        if name is None:
            self.err(line, col, "expected a light's name (define light.NAME = Light(...))"
                     " or None after 'light'", code="E330")
            return None
        ok, with_ = self.with_clause(cur, line)
        if not ok or not self.expect_eol(cur, "the light statement"):
            return None
        self.no_block(line, "'light'")
        if name != "None":
            self.refs.append((LIGHT, name, (self.path, line.lineno, col), len(name), None))
        return N.Light(self.loc(line), self.sid(f"light|{name}|{with_}"),
                       None if name == "None" else name, with_)

    def pause_stmt(self, cur: Cursor, line: Line) -> A.Stmt | None:
        col = cur.at()
        seconds = None
        if not cur.eol():
            save = cur.i
            seconds = cur.number()
            if seconds is None or not cur.eol():  # `pause (t * 2)`: worked out when run
                cur.i = save
                src = cur.rest()
                comp = self.compile(line, col, src)
                if comp is None:
                    return None
                self.note_expr(comp, self.loc(line, col))
                return N.Pause(self.loc(line), self.sid(f"pause|{src.strip()}"), None,
                               comp.code)
            if seconds < 0:
                self.err(line, col, "pause takes a number of seconds, e.g. pause 1.5",
                         max(1, len(line.text) - col + line.col), code="E310")
                return None
        if not self.expect_eol(cur, "the pause"):
            return None
        return N.Pause(self.loc(line), self.sid(f"pause|{seconds}"), seconds)

    # -- audio --------------------------------------------------------------------------
    def map_channel(self, line: Line, col: int, ch: str) -> str | None:
        """A channel a Ren'Py game registers (`play ambience ...`): played on the
        nearest of ours, with a warning; None (an error) when strict or a typo."""
        if ch in CHANNELS:
            return ch
        if self.compat.strict or not _WORD_RE.fullmatch(ch):
            self.err(line, col, f"unknown audio channel '{ch}'{did_you_mean(ch, CHANNELS)};"
                     " channels are " + ", ".join(sorted(CHANNELS)), max(1, len(ch)),
                     code="E320")
            return None
        low = ch.lower()
        ours = "music" if "music" in low or "bgm" in low else "voice" if "voice" in low \
            else "sound" if "sound" in low or "sfx" in low else "ambient"
        compat.degrade(self, "channel " + ch, line.lineno, col, len(ch),
                       f"the channel '{ch}' is not one of ours (a channel the game registers"
                       f" in Python?); it plays on '{ours}'")
        return ours

    def channel(self, cur: Cursor, line: Line, kw: str) -> str | None:
        col = cur.at()
        save = cur.i
        ch = cur.word()
        if ch is not None and ch not in CHANNELS and ch not in _AUDIO_CLAUSES \
                and cur.s[cur.i:cur.i + 1] in ("", " ", "\t"):
            rest = cur.s[cur.i:].split()
            if kw == "stop" or (rest and rest[0] not in _AUDIO_CLAUSES):
                return self.map_channel(line, col, ch)
        cur.i = save
        ch = cur.word()
        if ch is None or ch not in CHANNELS:
            shown = ch or ""
            hint = did_you_mean(shown, CHANNELS) if ch else ""
            self.err(line, col, f"unknown audio channel '{shown}'{hint}; channels are "
                     + ", ".join(sorted(CHANNELS)), max(1, len(shown)), code="E320")
            return None
        return ch

    def audio_files(self, cur: Cursor, line: Line) -> tuple[str, ...] | None:
        col = cur.at()
        files: list[str] = []
        if cur.char("["):
            while True:
                s = cur.string()
                if s is None:
                    s = cur.word()  # a name of Ren'Py's audio namespace
                if s is None:
                    break
                files.append(s)
                if not cur.char(","):
                    break
            if not cur.char("]"):
                self.err(line, cur.col, "expected ']' to close the list of files",
                         code="E321")
                return None
        else:
            s = cur.string()
            if s is not None:
                files.append(s)
            else:
                w = cur.word()
                if w is not None and w not in _AUDIO_CLAUSES:
                    files.append(w)  # Ren'Py's audio namespace: a bare name
        if not files:
            self.err(line, col, "expected an audio file, e.g. \"theme.ogg\"", code="E322")
            return None
        for f in files:
            self.refs.append((AUDIO, f, (self.path, line.lineno, col), len(f) + 2, None))
        return tuple(files)

    def play_stmt(self, cur: Cursor, line: Line) -> A.Stmt | None:
        ch = self.channel(cur, line, "play")
        if ch is None:
            return None
        files = self.audio_files(cur, line)
        if files is None:
            return None
        fadein, fadeout, loop, if_changed = 0.0, None, None, False
        while not cur.eol():
            kcol = cur.at()
            w = cur.word()
            if w in ("fadein", "fadeout", "volume"):
                v = cur.number()
                if v is None or v < 0:
                    self.err(line, cur.at(), f"'{w}' needs a number of seconds", code="E323")
                    return None
                if w == "fadein":
                    fadein = v
                elif w == "fadeout":
                    fadeout = v
            elif w in ("loop", "noloop"):
                loop = w == "loop"
            elif w == "if_changed":
                if_changed = True
            else:
                shown = w or cur.rest()
                self.err(line, kcol, f"unexpected '{shown}' in the play statement"
                         + did_you_mean(shown, _AUDIO_CLAUSES), len(shown), code="E324")
                return None
        if loop is None:
            loop = ch in ("music", "ambient")
        return N.Play(self.loc(line), self.sid(
            f"play|{ch}|{'|'.join(files)}|{fadein}|{fadeout}|{loop}|{if_changed}"),
            ch, files, fadein, fadeout, loop, if_changed)

    def queue_stmt(self, cur: Cursor, line: Line) -> A.Stmt | None:
        ch = self.channel(cur, line, "queue")
        if ch is None:
            return None
        files = self.audio_files(cur, line)
        if files is None:
            return None
        loop, fadein = None, 0.0
        while not cur.eol():
            kcol = cur.at()
            w = cur.word()
            if w in ("loop", "noloop"):
                loop = w == "loop"
            elif w in ("fadein", "volume"):
                v = cur.number()
                if v is None:
                    self.err(line, cur.at(), f"'{w}' needs a number", code="E323")
                    return None
                if w == "fadein":
                    fadein = v
            else:
                shown = w or cur.rest()
                self.err(line, kcol, f"unexpected '{shown}' in the queue statement",
                         len(shown), code="E324")
                return None
        if loop is None:
            loop = ch in ("music", "ambient")
        return N.Queue(self.loc(line), self.sid(f"queue|{ch}|{'|'.join(files)}|{loop}"),
                       ch, files, loop, fadein)

    def stop_stmt(self, cur: Cursor, line: Line) -> A.Stmt | None:
        ch = self.channel(cur, line, "stop")
        if ch is None:
            return None
        fadeout = None
        if cur.keyword("fadeout"):
            fadeout = cur.number()
            if fadeout is None or fadeout < 0:
                self.err(line, cur.at(), "'fadeout' needs a number of seconds", code="E323")
                return None
        if not self.expect_eol(cur, "the stop statement"):
            return None
        return N.Stop(self.loc(line), self.sid(f"stop|{ch}|{fadeout}"), ch, fadeout)


def _bracketed(cur: Cursor) -> str | None:
    """The text from the '(' at the cursor to its matching ')' (strings inside are
    skipped), the cursor moved past it; None if it is not closed."""
    s = cur.s
    i = cur.i
    depth = 0
    quote = None
    while i < len(s):
        c = s[i]
        if quote:
            if c == "\\":
                i += 1
            elif c == quote:
                quote = None
        elif c in "\"'":
            quote = c
        elif c in "([{":
            depth += 1
        elif c in ")]}":
            depth -= 1
            if depth == 0:
                out = s[cur.i:i + 1]
                cur.i = i + 1
                return out
        i += 1
    return None


def _with_source(cur: Cursor, line: Line) -> str:
    """The transition after `with`, up to the end of the line; Ren'Py's `show x with
    dissolve:` ends in the colon of an ATL block, which is left for the statement."""
    src = cur.rest().rstrip()
    if src.endswith(":") and line.block:
        src = src[:-1].rstrip()
        cur.i = len(cur.s.rstrip()) - 1
    return src


def _skip_brackets(cur: Cursor) -> None:
    """Past the arguments of `at name(...)`, the '(' already read."""
    depth = 1
    s = cur.s
    while cur.i < len(s) and depth:
        c = s[cur.i]
        depth += (c in "([{") - (c in ")]}")
        cur.i += 1


_AUDIO_CLAUSES: Final = ("fadein", "fadeout", "loop", "noloop", "if_changed", "volume")

_HANDLERS: Final = {
    "label": Parser.label_stmt,
    "jump": Parser.jump_stmt,
    "call": Parser.call_stmt,
    "return": Parser.return_stmt,
    "pass": Parser.pass_stmt,
    "while": Parser.while_stmt,
    "menu": Parser.menu_stmt,
    "define": Parser.define_stmt,
    "default": Parser.default_stmt,
    "$": Parser.python_stmt,
    "image": Parser.image_stmt,
    "scene": Parser.scene_stmt,
    "show": Parser.show_stmt,
    "transform": Parser.transform_stmt,
    "layeredimage": Parser.layeredimage_stmt,
    "hide": Parser.hide_stmt,
    "with": Parser.with_stmt,
    "window": Parser.window_stmt,
    "pause": Parser.pause_stmt,
    "light": Parser.light_stmt,
    "play": Parser.play_stmt,
    "queue": Parser.queue_stmt,
    "stop": Parser.stop_stmt,
    "voice": Parser.voice_stmt,
}
