"""Control flow: labels, jump, call, return, pass, if/elif/else, while, menu, pause."""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .. import _nodes as N
from .. import _renpy_compat as compat
from .. import ast as A
from ..cursor import Cursor
from ..lexer import Line, SayItem
from ..pyexpr import ExprError, compile_expression
from ._fast import CHOICE, COND, FastPaths
from .core import LABEL, WRITE, ParserCore, skip_brackets, statement


class FlowStatements(ParserCore):
    """The control flow statements of Parser."""

    if TYPE_CHECKING:  # (the say area's: a menu's caption)
        def say_item(self, item: SayItem) -> A.Say: ...

    @statement("label", fast=FastPaths.fast_label)
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
        if src is None or tree is None:  # (src is None only when tree is)
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
        if src is None or not isinstance(tree, pyast.Call):  # (src is None: tree is)
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

    @statement("jump", fast=FastPaths.fast_jump)
    def jump_stmt(self, cur: Cursor, line: Line) -> A.Stmt | None:
        return self.jump_call(cur, line, "jump")

    @statement("call")
    def call_stmt(self, cur: Cursor, line: Line) -> A.Stmt | None:
        return self.jump_call(cur, line, "call")

    def jump_call(self, cur: Cursor, line: Line, kind: str) -> A.Stmt | None:
        col = cur.at()
        if cur.keyword("expression"):
            return self.jump_call_expression(cur, line, kind)
        if kind == "call" and cur.keyword("screen"):
            from .._screens import call_screen

            menu = call_screen(self, cur, line)
            if menu is not None:
                return menu
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

    @statement("return")
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

    @statement("pass", fast=FastPaths.fast_pass)
    def pass_stmt(self, cur: Cursor, line: Line) -> A.Stmt | None:
        self.expect_eol(cur, "'pass'")
        return N.Pass(self.loc(line), self.sid("pass"))

    @statement("if", continued_by=("elif", "else"))
    def if_chain(self, chain: list[Line]) -> A.Stmt | None:
        branches: list[tuple[A.Code | None, str | None, tuple[A.Stmt, ...]]] = []
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

    @statement("elif", "else")
    def orphan_branch(self, cur: Cursor, line: Line) -> A.Stmt | None:
        kw = cur.s[:cur.i]
        self.err(line, line.col, f"'{kw}' without a matching 'if' before it",
                 len(kw), code="E203")
        return None

    @statement("while")
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

    @statement("menu")
    def menu_stmt(self, cur: Cursor, line: Line) -> A.Stmt | None:  # noqa: C901
        name = compat.label_name(self, cur)
        nvl = False
        cur.ws()
        if cur.s.startswith("(", cur.i) and cur.s.rstrip().endswith(":"):
            from .._nvl import menu_arguments

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
            if type(child) is not Line:  # a say line the lexer matched whole
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
                skip_brackets(ccur)
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

    @statement("pause")
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
