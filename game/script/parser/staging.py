"""Staging: scene, show, hide, with, window and light; image names, `at` lists and
`with` transitions."""
from __future__ import annotations

import json
import re
import zlib
from typing import Final

from ...scene import canvas as scene_canvas
from .. import _nodes as N
from .. import _renpy_compat as compat
from .. import _staging
from .. import ast as A
from ..cursor import Cursor
from ..lexer import Line
from ..pyexpr import ExprError, compile_expression
from ._fast import IMAGE_STOP, FastPaths
from .core import IMAGE, LIGHT, POSITION, TRANSITION, ParserCore, skip_brackets, statement

POSITIONS: Final = tuple(scene_canvas.POSITIONS)


class StagingStatements(ParserCore):
    """The staging statements of Parser."""

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
                skip_brackets(cur)
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

    @statement("scene", fast=FastPaths.fast_scene)
    def scene_stmt(self, cur: Cursor, line: Line) -> A.Stmt | None:
        col = cur.at()
        save = cur.i
        expr = None
        if cur.keyword("expression") or cur.keyword("image"):
            expr = cur.string()  # `scene expression "bg.png"`: a file as the background
            if expr is None:
                cur.i = save
        if expr is None and self.reject_special(cur, line, "scene"):
            return None
        words = self.image_name(cur) if expr is None else self.file_image(line, expr, None)
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

    @statement("show", fast=FastPaths.fast_show)
    def show_stmt(self, cur: Cursor, line: Line) -> A.Stmt | None:  # noqa: C901
        col = cur.at()
        text = expr = None
        save = cur.i
        if cur.keyword("expression") or cur.keyword("image"):
            # `show expression "file.png" as x` (`image` is Ren'Py's other spelling)
            expr = cur.string()
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
            words = self.file_image(line, expr, as_)
            as_ = words[0]
        if text is None:
            self.refs.append((IMAGE, words, (self.path, line.lineno, col),
                              len(" ".join(words)), None))
        atl_steps = _staging.show_atl(self, line) if atl else None
        if not atl:
            self.no_block(line, "'show'")
        return N.Show(self.loc(line), self.sid(
            f"show|{' '.join(words)}|{at}|{','.join(behind)}|{as_}|{with_}|{text}"),
            words, at, tuple(behind), as_, with_, atl_steps, zorder, text)

    def file_image(self, line: Line, expr: str, tag: str | None) -> tuple[str, ...]:
        """`show expression "file.png"`: an image of its own, named after the file,
        under the tag it is shown as."""
        stem = re.sub(r"[^A-Za-z0-9_]+", "_", expr.rsplit("/", 1)[-1].rsplit(".", 1)[0])
        words = (tag or stem.lower() or "expression", "file_" + stem.lower()
                 + f"_{zlib.crc32(expr.encode('utf-8', 'surrogatepass')):08x}")
        self.images.append(N.ImageDef(self.loc(line), self.sid("image|" + " ".join(words)),
                                      words, expr))
        return words

    @statement("hide", fast=FastPaths.fast_hide)
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

    @statement("with")
    def with_stmt(self, cur: Cursor, line: Line) -> A.Stmt | None:
        ok, src = self.transition_ref(line, cur.at(), cur.rest())
        if not ok or src is None:
            return None
        return N.With(self.loc(line), self.sid("with|" + src), src)

    @statement("window")
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

    @statement("light", speaker_ok=True)
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


def _with_source(cur: Cursor, line: Line) -> str:
    """The transition after `with`, up to the end of the line; Ren'Py's `show x with
    dissolve:` ends in the colon of an ATL block, which is left for the statement."""
    src = cur.rest().rstrip()
    if src.endswith(":") and line.block:
        src = src[:-1].rstrip()
        cur.i = len(cur.s.rstrip()) - 1
    return src
