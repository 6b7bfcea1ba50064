"""The safe subset of Python used in `$`, `if`, `while`, guards, `define` and `default`.

Source text is parsed with Python's own parser, checked node by node against an
allow-list, and turned into small nested tuples ("code") that the story runtime
evaluates itself. Nothing here or there ever hands script text to eval or exec.
"""
from __future__ import annotations

import ast
import math
from dataclasses import dataclass, field
from typing import Any, Final

from ._methods import METHODS
from .values import MAX_INT_BITS, text_problem

ALLOWED_CALLS: Final = frozenset(
    {"Character", "_", "len", "min", "max", "abs", "int", "str", "set", "Dissolve", "Fade",
     "Light"})
DEFINE_ONLY_CALLS: Final = frozenset({"Character", "Dissolve", "Fade", "Light"})
CONSTANTS: Final = {"True": True, "False": False, "None": None}

_BINOPS: Final = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/",
                  ast.FloorDiv: "//", ast.Mod: "%", ast.Pow: "**"}
_CMPOPS: Final = {ast.Eq: "==", ast.NotEq: "!=", ast.Lt: "<", ast.LtE: "<=", ast.Gt: ">",
                  ast.GtE: ">=", ast.In: "in", ast.NotIn: "not in", ast.Is: "is",
                  ast.IsNot: "is not"}
# Ren'Py's library functions that give a value (see game/story/library.py); those with
# an effect (renpy.pause, renpy.jump, ...) are statements, see _renpy_library.
LIBRARY_CALLS: Final = frozenset({
    "renpy.random.randint", "renpy.random.choice", "renpy.random.random",
    "renpy.random.uniform", "renpy.random.shuffle", "renpy.has_label",
    "renpy.seen_label", "renpy.seen_audio", "renpy.seen_image"})
# Attributes a story may read: a Character's name (`[e.name]`, `$ n = e.name`).
ATTRIBUTES: Final = frozenset({"name"})
RETURN_NAME: Final = "_return"  # what `return EXPR` gives the caller
_UNSUPPORTED: Final = {
    ast.Attribute: "attribute access ('.')",
    ast.Lambda: "lambda",
    ast.ListComp: "a list comprehension", ast.SetComp: "a set comprehension",
    ast.DictComp: "a dict comprehension", ast.GeneratorExp: "a generator expression",
    ast.Await: "await", ast.Yield: "yield", ast.YieldFrom: "yield",
    ast.JoinedStr: "an f-string", ast.FormattedValue: "an f-string",
    ast.NamedExpr: "the ':=' operator", ast.Starred: "'*' unpacking",
    ast.Slice: "a slice ('[i:j]')",
    ast.Import: "import", ast.ImportFrom: "import",
    ast.FunctionDef: "def", ast.AsyncFunctionDef: "def", ast.ClassDef: "class",
    ast.Return: "return inside '$'", ast.Delete: "del", ast.For: "a for loop",
    ast.While: "a while loop inside '$' (use the while statement)",
    ast.If: "if inside '$' (use the if statement)", ast.With: "a with block",
    ast.Raise: "raise", ast.Try: "try", ast.Assert: "assert", ast.Global: "global",
    ast.Nonlocal: "nonlocal", ast.AnnAssign: "an annotation",
    ast.BitAnd: "the '&' operator", ast.BitOr: "the '|' operator",
    ast.BitXor: "the '^' operator", ast.LShift: "the '<<' operator",
    ast.RShift: "the '>>' operator", ast.MatMult: "the '@' operator",
    ast.Invert: "the '~' operator",
}


class ExprError(Exception):
    """A construct outside the safe subset; `col` is 0-based within the source."""

    def __init__(self, message: str, col: int = 0, length: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.col = col
        self.length = length


@dataclass(slots=True)
class Compiled:
    """Checked code and the names it touches."""

    code: tuple
    reads: set[str] = field(default_factory=set)
    writes: set[str] = field(default_factory=set)
    updates: set[str] = field(default_factory=set)  # `x += 1`: x must already exist
    cols: dict[str, int] = field(default_factory=dict)  # where each name first stands
    calls: set[str] = field(default_factory=set)


def _width(node: ast.AST) -> int:
    return max(1, (getattr(node, "end_col_offset", None) or 0) - node.col_offset)  # type: ignore[attr-defined]


def _unsupported(node: ast.AST) -> ExprError:
    what = _UNSUPPORTED.get(type(node), type(node).__name__)
    return ExprError(f"{what} is not supported in story expressions",
                     getattr(node, "col_offset", 0),
                     max(1, getattr(node, "end_col_offset", 1) - getattr(node, "col_offset", 0)))


class _Converter:
    def __init__(self, allow_define_calls: bool) -> None:
        self.allow_define_calls = allow_define_calls
        self.out = Compiled(())

    # node: Any, as mypy does not narrow through `t = type(node)`.
    def expr(self, node: Any) -> tuple:  # noqa: C901
        t = type(node)
        if t is ast.Constant:
            v = node.value
            if isinstance(v, float) and not math.isfinite(v):
                raise ExprError(f"{v!r} is not a finite number, so no save could hold it",
                                node.col_offset, _width(node))
            if isinstance(v, str) and text_problem(v):
                raise ExprError(f"this text {text_problem(v)}", node.col_offset,
                                _width(node))
            if isinstance(v, int) and v.bit_length() > MAX_INT_BITS:
                raise ExprError("this number is too large", node.col_offset, _width(node))
            if v is None or isinstance(v, (bool, int, float, str)):
                return ("c", v)
            raise ExprError(f"{type(v).__name__} literals are not supported",
                            node.col_offset)
        if t is ast.Name:
            name = node.id
            if name in CONSTANTS:
                return ("c", CONSTANTS[name])
            if name == RETURN_NAME:
                return ("n", name)  # set by `return`, never declared
            self._check_name(node, name)
            self.out.reads.add(name)
            self._place(node, name)
            return ("n", name)
        if t is ast.BinOp:
            op = _BINOPS.get(type(node.op))
            if op is None:
                raise _unsupported(node.op if hasattr(node.op, "col_offset") else node) \
                    if False else ExprError(
                        f"{_UNSUPPORTED.get(type(node.op), 'this operator')} is not supported"
                        " in story expressions", node.col_offset)
            return ("b", op, self.expr(node.left), self.expr(node.right))
        if t is ast.UnaryOp:
            if isinstance(node.op, ast.Not):
                return ("u", "not", self.expr(node.operand))
            if isinstance(node.op, ast.USub):
                return ("u", "-", self.expr(node.operand))
            if isinstance(node.op, ast.UAdd):
                return ("u", "+", self.expr(node.operand))
            raise ExprError(f"{_UNSUPPORTED.get(type(node.op), 'this operator')} is not"
                            " supported in story expressions", node.col_offset)
        if t is ast.BoolOp:
            kind = "and" if isinstance(node.op, ast.And) else "or"
            return (kind, tuple(self.expr(v) for v in node.values))
        if t is ast.Compare:
            ops = []
            for op, right in zip(node.ops, node.comparators):
                name = _CMPOPS.get(type(op))
                if name is None:  # pragma: no cover - every comparison op is listed
                    raise ExprError("unsupported comparison", node.col_offset)
                ops.append((name, self.expr(right)))
            return ("cmp", self.expr(node.left), tuple(ops))
        if t is ast.IfExp:
            return ("if", self.expr(node.test), self.expr(node.body), self.expr(node.orelse))
        if t in (ast.List, ast.Tuple):
            return ("list", tuple(self.expr(e) for e in node.elts))
        if t is ast.Set:  # `{a, b}` is set([a, b]): a list without duplicates
            self.out.calls.add("set")
            return ("call", "set", (("list", tuple(self.expr(e) for e in node.elts)),), ())
        if t is ast.Dict:
            items = []
            for k, v in zip(node.keys, node.values):
                if k is None:
                    raise ExprError("'**' unpacking is not supported in story expressions",
                                    v.col_offset)
                items.append((self.expr(k), self.expr(v)))
            return ("dict", tuple(items))
        if t is ast.Subscript:
            if isinstance(node.slice, ast.Slice):
                raise _unsupported(node.slice)
            return ("sub", self.expr(node.value), self.expr(node.slice))
        if t is ast.Call:
            return self.call(node)
        if t is ast.Attribute:
            if isinstance(node.value, ast.Name) and node.value.id == "persistent":
                return ("pers", node.attr)
            if node.attr in ATTRIBUTES and isinstance(node.value, ast.Name):
                return ("attr", self.expr(node.value), node.attr)
        raise _unsupported(node)

    def _place(self, node: ast.expr, name: str) -> None:
        """Remember the column of a name's first use (on the expression's first line),
        so that a message about it can point at it."""
        if name not in self.out.cols and getattr(node, "lineno", 1) == 1:
            self.out.cols[name] = node.col_offset

    def _check_name(self, node: ast.expr, name: str) -> None:
        if name.startswith("__") or (name.startswith("_") and name != "_"):
            raise ExprError(f"the name '{name}' is reserved; story variables cannot start"
                            " with '_'", node.col_offset, len(name))

    def _args(self, node: ast.Call) -> tuple[tuple, tuple]:
        args = []
        for a in node.args:
            if isinstance(a, ast.Starred):
                raise _unsupported(a)
            args.append(self.expr(a))
        kwargs = []
        for kw in node.keywords:
            if kw.arg is None:
                raise ExprError("'**' unpacking is not supported in story expressions",
                                kw.value.col_offset)
            kwargs.append((kw.arg, self.expr(kw.value)))
        return tuple(args), tuple(kwargs)

    def call(self, node: ast.Call) -> tuple:
        if isinstance(node.func, ast.Attribute):
            dotted = dotted_name(node.func)
            if dotted is not None and dotted in LIBRARY_CALLS:
                args, kwargs = self._args(node)
                self.out.calls.add(dotted)
                return ("lib", dotted, args, kwargs)
            if dotted is not None and dotted.split(".", 1)[0] == "renpy":
                raise ExprError(f"calling '{dotted}' is not allowed in story expressions",
                                node.func.col_offset, _width(node.func))
            if node.func.attr not in METHODS:
                raise ExprError(f"the method '{node.func.attr}' is not supported in story"
                                " expressions", node.func.col_offset, _width(node.func))
            obj = self.expr(node.func.value)
            args, kwargs = self._args(node)
            return ("meth", obj, node.func.attr, args, kwargs)
        if not isinstance(node.func, ast.Name):
            raise ExprError("only calls of a named function are supported",
                            node.col_offset)
        fname = node.func.id
        if fname not in ALLOWED_CALLS:
            allowed = ", ".join(sorted(ALLOWED_CALLS))
            raise ExprError(f"calling '{fname}' is not allowed in story expressions"
                            f" (allowed: {allowed})", node.func.col_offset, len(fname))
        if fname in DEFINE_ONLY_CALLS and not self.allow_define_calls:
            raise ExprError(f"{fname}() can only be used in a define statement",
                            node.func.col_offset, len(fname))
        args, kwargs = self._args(node)
        self.out.calls.add(fname)
        return ("call", fname, args, kwargs)

    def target(self, node: ast.AST) -> tuple:
        if isinstance(node, ast.Name):
            if node.id in CONSTANTS:
                raise ExprError(f"cannot assign to {node.id}", node.col_offset)
            self._check_name(node, node.id)
            if node.id in ALLOWED_CALLS:
                raise ExprError(f"cannot assign to the built-in '{node.id}'",
                                node.col_offset, len(node.id))
            self.out.writes.add(node.id)
            self._place(node, node.id)
            return ("n", node.id)
        if isinstance(node, ast.Subscript):
            if isinstance(node.slice, ast.Slice):
                raise _unsupported(node.slice)
            return ("sub", self.expr(node.value), self.expr(node.slice))
        if isinstance(node, (ast.Tuple, ast.List)):
            if any(isinstance(e, ast.Starred) for e in node.elts):
                raise ExprError("'*' unpacking is not supported in story expressions",
                                node.col_offset)
            return ("tuple", tuple(self.target(e) for e in node.elts))
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) \
                and node.value.id == "persistent":
            return ("pers", node.attr)
        raise _unsupported(node)

    def statement(self, node: ast.stmt) -> list[tuple]:
        if isinstance(node, ast.Assign):
            value = self.expr(node.value)
            return [("set", self.target(t), value) for t in node.targets]
        if isinstance(node, ast.AugAssign):
            op = _BINOPS.get(type(node.op))
            if op is None:
                raise ExprError(f"{_UNSUPPORTED.get(type(node.op), 'this operator')} is not"
                                " supported in story expressions", node.col_offset)
            before = set(self.out.writes)
            target = self.target(node.target)
            if isinstance(node.target, ast.Name) and node.target.id not in before:
                # an update reads the variable first: it is not a declaration of it
                self.out.writes.discard(node.target.id)
                self.out.updates.add(node.target.id)
            return [("aug", target, op, self.expr(node.value))]
        if isinstance(node, ast.Expr):
            return [("expr", self.expr(node.value))]
        if isinstance(node, ast.Pass):
            return []
        raise _unsupported(node)


def dotted_name(node: ast.AST) -> str | None:
    """`renpy.random.randint` as text, or None if it is not names joined by dots."""
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    parts.append(node.id)
    return ".".join(reversed(parts))


def _parse(source: str, mode: str) -> ast.AST:
    if "\x00" in source:
        raise ExprError("null character in expression", source.index("\x00"))
    try:
        return ast.parse(source, mode=mode)
    except SyntaxError as exc:
        col = max(0, (exc.offset or 1) - 1) if (exc.lineno or 1) == 1 else 0
        msg = exc.msg or "invalid syntax"
        raise ExprError(f"invalid Python: {msg}", col) from None
    except (ValueError, RecursionError, MemoryError, OverflowError) as exc:
        raise ExprError(f"invalid Python: {exc}", 0) from None


_cache: dict[tuple[str, str, bool], Compiled] = {}


def _cached(key: tuple[str, str, bool], build: Any) -> Compiled:
    hit = _cache.get(key)
    if hit is None:
        hit = build()
        if len(_cache) > 20000:
            _cache.clear()
        _cache[key] = hit
    return hit


def _shift(out: Compiled, source: str) -> Compiled:
    """Name columns counted in `source` as given (it was parsed without its indent)."""
    lead = len(source) - len(source.lstrip())
    if lead:
        out.cols = {k: v + lead for k, v in out.cols.items()}
    return out


def compile_expression(source: str, *, define: bool = False) -> Compiled:
    """Check an expression; raise ExprError naming the first unsupported construct."""
    hit = _cache.get((source, "eval", define))
    if hit is not None:
        return hit

    def build() -> Compiled:
        tree = _parse(source.strip(), "eval")
        conv = _Converter(define)
        try:
            conv.out.code = conv.expr(tree.body)  # type: ignore[attr-defined]
        except RecursionError:
            raise ExprError("expression is nested too deeply", 0) from None
        return _shift(conv.out, source)

    return _cached((source, "eval", define), build)


def compile_statement(source: str) -> Compiled:
    """Check the Python after a `$`: assignments, augmented assignments, allowed calls."""
    hit = _cache.get((source, "exec", False))
    if hit is not None:
        return hit

    def build() -> Compiled:
        tree = _parse(source.strip(), "exec")
        conv = _Converter(False)
        code: list[tuple] = []
        try:
            for stmt in tree.body:  # type: ignore[attr-defined]
                code.extend(conv.statement(stmt))
        except RecursionError:
            raise ExprError("statement is nested too deeply", 0) from None
        conv.out.code = ("block", tuple(code))
        return _shift(conv.out, source)

    return _cached((source, "exec", False), build)
