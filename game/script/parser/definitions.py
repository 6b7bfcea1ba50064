"""Definitions: define, default, `$`, image, layeredimage and transform (characters
and transitions are defines: `define e = Character(...)`)."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any, Final

from .. import _nodes as N
from .. import _renpy_compat as compat
from .. import _staging, layered
from .. import ast as A
from ..cursor import Cursor
from ..lexer import Line
from ._fast import FastPaths
from .core import AUDIO, READ, ParserCore, statement

LIGHT_NAMESPACE: Final = "light"  # `define light.NAME = Light(...)`, `light NAME`
# `$ e = Character(...)` / `$ flash = Fade(...)` in an init block: a define
_CHARACTER_DOLLAR: Final = re.compile(
    r"([A-Za-z][A-Za-z0-9_]*)\s*=\s*((?:Character|Dissolve|Fade|Pixellate|CropMove|PushMove"
    r"|ImageDissolve|AlphaDissolve|MoveTransition|MultipleTransition|Pause)\s*\(.*)$")


class DefinitionStatements(ParserCore):
    """The definitions of Parser."""

    if TYPE_CHECKING:  # (the staging area's)
        def image_name(self, cur: Cursor) -> tuple[str, ...]: ...

    @statement("define")
    def define_stmt(self, cur: Cursor, line: Line) -> A.Stmt | None:
        return self.define_default(cur, line, "define")

    @statement("default")
    def default_stmt(self, cur: Cursor, line: Line) -> A.Stmt | None:
        return self.define_default(cur, line, "default")

    def define_default(self, cur: Cursor, line: Line, kind: str) -> A.Stmt | None:  # noqa: C901
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
                    return got
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
            return made
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

    def audio_define(self, cur: Cursor, line: Line, col: int) -> Any:
        """`define audio.NAME = "file"`: NAME plays that file (`play music NAME`): its
        Define; any other value is skipped as before (NOT_HANDLED)."""
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

    @statement("$", fast=FastPaths.fast_python)
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
            from .._screens import character_call

            said = character_call(self, line, src)
            if said is not None:
                self.no_block(line, "'$'")
                return said
        if "renpy." in src:
            from .. import _renpy_library

            node = _renpy_library.statement(self, line, col, src)
            if node is not _renpy_library.NOT_HANDLED:
                self.no_block(line, "'$'")
                return node
        comp = self.compile(line, col, src, statement=True)
        self.no_block(line, "'$'")
        if comp is None:
            return None
        self.note_expr(comp, self.loc(line, col))
        return N.Python(self.loc(line), self.sid("$|" + src), comp.code, src)

    @statement("image")
    def image_stmt(self, cur: Cursor, line: Line) -> A.Stmt | None:
        words = self.image_name(cur)
        if not words:
            self.err(line, cur.col, "expected an image name after 'image'", code="E280")
            return None
        value: str | None  # (the file or colour to show)
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
            shown = _staging.image_value(self, line, cur.s[save:].strip())
            if shown is not None and not self.compat.strict:
                value, tf, layers = shown
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

    def image_layers(self, line: Line, words: tuple[str, ...], layers: list) -> None:
        """A Composite's files: drawn as a layered image's layers."""
        layered.composite(self, line, words, layers)

    @statement("layeredimage")
    def layeredimage_stmt(self, cur: Cursor, line: Line) -> A.Stmt | None:
        layered.layeredimage_stmt(self, line)
        return None

    @statement("transform")
    def transform_stmt(self, cur: Cursor, line: Line) -> A.Stmt | None:
        _staging.transform_stmt(self, line)
        return None
