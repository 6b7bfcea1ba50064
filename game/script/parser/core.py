"""The parser's core: one file's state, the helpers every statement uses, the block
walker, and the registry of statement keywords.

Each grammar area (say.py, flow.py, definitions.py, staging.py, audio.py) is a part
of the Parser class (as ink splits its parser by grammar area) and registers its
statements where their handlers are written, with `@statement("show")`; the walker
here looks a line's first word up in that registry. A keyword is written once.

Speed: say lines arrive from the lexer already matched and go straight to the one
say builder (say.py); the common shapes of other statements go through the fast
paths in _fast.py; nodes are built by _nodes.py. Whatever path a line takes, the
result (nodes, ids, references, diagnostics) is what the general code makes of it.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final

from .. import _renpy_compat as compat
from .. import ast as A
from .. import texttags
from ..cursor import Cursor
from ..errors import Reporter, did_you_mean
from ..ids import stable_id
from ..lexer import Item, Line, read_blocks
from ..pyexpr import Compiled, ExprError, compile_expression, compile_statement

# The kinds of reference a parse records in `refs` for the loader to check once every
# file is read: (kind, name, loc, length to underline, extra).
SPEAKER, LABEL, IMAGE, AUDIO, POSITION, TRANSITION, READ, WRITE, SAY_ATTRS, UPDATE = range(10)
LIGHT: Final = 10  # `light NAME`: a light defined with `define light.NAME = Light(...)`
SLOW: Final = object()  # a fast path's "not a shape I know: use the general code"

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

# -- the keyword registry ------------------------------------------------------------
Handler = Callable[..., Any]
HANDLERS: Final[dict[str, Handler]] = {}  # keyword -> handler(parser, cursor, line)
FAST: Final[dict[str, Handler]] = {}  # keyword -> fast path(parser, line) (_fast.py)
CONTINUED_BY: Final[dict[str, tuple[str, ...]]] = {}  # `if` -> ("elif", "else")
# Words a say line's speaker is never (`show "x"` is a show statement): every
# registered keyword but the few that may also name a speaker, and UNSUPPORTED's.
NOT_SPEAKERS: Final[set[str]] = set(UNSUPPORTED)


def statement(*keywords: str, fast: Handler | None = None,
              continued_by: tuple[str, ...] = (),
              speaker_ok: bool = False) -> Callable[[Handler], Handler]:
    """Registers the decorated Parser method as the handler of `keywords`.

    fast: a fast path for the statement's common shapes (_fast.py), tried first.
    continued_by: words of following lines that belong to this statement (`elif`,
    `else`); the handler then takes the list of those lines instead.
    speaker_ok: the keyword may also be a say line's speaker (`light "..."`)."""
    def register(handler: Handler) -> Handler:
        for kw in keywords:
            if kw in HANDLERS:
                raise ValueError(f"the statement '{kw}' is registered twice")
            HANDLERS[kw] = handler
            if fast is not None:
                FAST[kw] = fast
            if continued_by:
                CONTINUED_BY[kw] = continued_by
            if not speaker_ok:
                NOT_SPEAKERS.add(kw)
        return handler
    return register


_WORD_RE: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_NOT_VARIABLES: Final = frozenset({"_return", "persistent"})  # [_return], [persistent.x]


def _pos(item: Item) -> tuple[int, int]:
    """Line number and 1-based column of a block item."""
    if type(item) is tuple:
        return item[0], item[1] + 1
    return item.lineno, item.indent + 1  # type: ignore[union-attr]


def skip_brackets(cur: Cursor) -> None:
    """Past the arguments of `at name(...)`, the '(' already read."""
    depth = 1
    s = cur.s
    while cur.i < len(s) and depth:
        c = s[cur.i]
        depth += (c in "([{") - (c in ")]}")
        cur.i += 1


class ParserCore:
    """One file's parse: its state, the helpers of every statement and the block
    walker. The grammar areas add the statements (see Parser)."""

    if TYPE_CHECKING:  # other areas' methods the walker and the helpers call
        def say(self, lineno: int, col: int, text_col: int, who: str | None,
                attrs_s: str | None, who_name: str | None, text: str, with_: str | None,
                ident: str | None, paragraph: int = 0, with_noted: bool = False
                ) -> A.Say: ...
        def say_line(self, line: Line) -> A.Stmt | None: ...
        def transition_ref(self, line: Line, col: int, src: str
                           ) -> tuple[bool, str | None]: ...  # staging.py
        def map_channel(self, line: Line, col: int, ch: str) -> str | None: ...  # audio.py

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
        self._speaker_info: dict[tuple[str, str | None], tuple] = {}
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
        self.layered: dict[str, dict] = {}  # layeredimage NAME -> its layers (layered.py)
        # Composite image -> its layers: image names, or [name, x, y] after ["", w, h]
        self.layered_files: dict[str, list[str | list]] = {}

    def parse(self) -> tuple[A.Stmt, ...]:
        if "\x00" in self.path:
            self.rep.error(1, 1, "file name contains a null character", code="E109")
        stmts = self.block(read_blocks(self.lines, self.rep, NOT_SPEAKERS))
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
        """The stable id (ids.py) of the next statement with this content."""
        return stable_id(self._sid_prefix, self._counts, content)

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
                    return skipped
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
    def block(self, lines: list[Item]) -> tuple[A.Stmt, ...]:  # noqa: C901
        out: list[A.Stmt] = []
        append = out.append
        word = _WORD_RE.match
        say = self.say
        kws = self._kw
        i, n = 0, len(lines)
        stmt: Any  # handlers return a Stmt, None, or a tuple of Stmts (a monologue)
        while i < n:
            line = lines[i]
            i += 1
            if type(line) is not Line:  # a say line the lexer matched whole: most lines
                lineno, indent, m = line  # (say_item, without a call: most lines)
                who, attrs_s, who_name, text, with_, ident = m.group(2, 3, 4, 5, 6, 7)
                append(say(lineno, indent + 1, m.start(5) + 1, who, attrs_s, who_name, text,
                           with_, ident))
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
            handler = HANDLERS.get(kw)
            if handler is None:
                stmt = self.unhandled(kw, line)
            elif kw in CONTINUED_BY:  # `if` and the `elif`/`else` lines after it
                words = CONTINUED_BY[kw]
                chain = [line]
                while i < n:
                    nxt = lines[i]
                    if type(nxt) is not Line or nxt.say or not nxt.text.startswith(words) \
                            or Cursor(nxt).word() not in words:
                        break
                    chain.append(nxt)
                    i += 1
                stmt = handler(self, chain)
            else:
                stmt = handler(self, Cursor(line, len(kw)), line)
            if stmt is not None:
                if type(stmt) is tuple:  # a monologue's lines, an init block's contents
                    out.extend(stmt)
                else:
                    append(stmt)
        return tuple(out)

    def unhandled(self, kw: str, line: Line) -> A.Stmt | None:
        """A line whose first word no grammar area registered: Ren'Py's (see
        _renpy_compat.py), unsupported, or unknown."""
        other = compat.other_statement(self, kw, line)
        if other is not compat.NOT_HANDLED:
            return other
        if kw in UNSUPPORTED:
            self.err(line, line.col, f"the '{kw}' statement is not supported: "
                     f"{UNSUPPORTED[kw]}", len(kw), code="E210")
            return None
        word = kw or line.text.split(" ", 1)[0]
        hint = did_you_mean(word, set(HANDLERS) | set(UNSUPPORTED)) if kw else ""
        self.err(line, line.col, f"unknown statement '{word}'{hint}", len(word), code="E211")
        return None

