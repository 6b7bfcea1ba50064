"""Ren'Py's ATL, the part we draw, read into the plain steps of game/scene/transform.py.

Honoured: position, zoom, alpha and rotate properties (and xalign/align/pos/anchor/
offset/xcenter, which set them), the linear/ease/easein/easeout warpers, pause,
repeat, `block:` (flattened; a repeat in it loops it), and other transforms named on a
line. Anything else (parallel, choice, on, contains, function, other properties...)
is shown at its end state, or left out, with one warning per kind and file (`warn`).
Values are literals or a transform's parameters: no Python is ever run.
"""
from __future__ import annotations

import ast
import math
import re
from collections.abc import Callable
from typing import Any, Final

from ..scene.transform import BUILTIN, MAX_SECONDS, MAX_STEPS, MAX_ZOOM, WARPERS, _run

Warn = Callable[[str, int, int, int, str], None]  # key, lineno, col, length, message
PARAM: Final = "$"  # ["$", name]: a transform's parameter, bound when it is used

_TOKEN: Final = re.compile(
    r"\s*(\(|\[|[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|[A-Za-z_]\w*(?:\.\w+)*"
    r"|\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'|:|,|\S)")
# prop -> what it sets: ("x" for a number, "xy" for a pair) and the properties set
_PROPS: Final[dict[str, tuple[str, Any]]] = {
    "xpos": ("x", ("xpos",)), "ypos": ("x", ("ypos",)),
    "xanchor": ("x", ("xanchor",)), "yanchor": ("x", ("yanchor",)),
    "xalign": ("x", ("xpos", "xanchor")), "yalign": ("x", ("ypos", "yanchor")),
    "xoffset": ("x", ("xoffset",)), "yoffset": ("x", ("yoffset",)),
    "zoom": ("x", ("zoom",)), "xzoom": ("x", ("xzoom",)), "yzoom": ("x", ("yzoom",)),
    "alpha": ("x", ("alpha",)), "rotate": ("x", ("rotate",)),
    "align": ("xy", (("xpos", "xanchor"), ("ypos", "yanchor"))),
    "pos": ("xy", (("xpos",), ("ypos",))), "anchor": ("xy", (("xanchor",), ("yanchor",))),
    "offset": ("xy", (("xoffset",), ("yoffset",))),
    "xcenter": ("c", ("xpos", "xanchor")), "ycenter": ("c", ("ypos", "yanchor")),
    "xycenter": ("cxy", (("xpos", "xanchor"), ("ypos", "yanchor"))),
}
_ALIGN: Final = frozenset({"xalign", "yalign", "align"})
_SKIP: Final = object()  # a value left out (warned)
_END_STATE: Final = frozenset({"parallel", "choice", "on"})
_IGNORED: Final = frozenset({"contains", "function", "time", "event", "warp"})


def tokens(text: str) -> list[str]:
    out: list[str] = []
    i = 0
    while i < len(text):
        m = _TOKEN.match(text, i)
        if m is None or not m.group(1):
            break
        tok = m.group(1)
        i = m.end()
        if tok in "([":  # a bracketed value, kept whole
            depth, j = 1, i
            while j < len(text) and depth:
                depth += (text[j] in "([") - (text[j] in ")]")
                j += 1
            tok = text[m.start(1):j]
            i = j
        elif tok.startswith("#"):
            break
        out.append(tok)
    return out


def literal(tok: str, params: frozenset[str]) -> Any:
    """A value: a number, a pair, None, or a parameter; raises ValueError otherwise."""
    if tok in params:
        return [PARAM, tok]
    v = ast.literal_eval(tok)
    if isinstance(v, tuple):
        v = list(v)
    return v


def _number(v: Any) -> bool:
    return (isinstance(v, (int, float)) and not isinstance(v, bool)
            and math.isfinite(v)) or (isinstance(v, list) and v[:1] in ([PARAM], [EXPR]))


EXPR: Final = "="  # ["=", source]: arithmetic on a transform's parameters, bound on use
_OP: Final = frozenset("+-*/%")


def _operand(tok: str) -> bool:
    return tok[:1] == "(" or _is_number(tok) or bool(re.fullmatch(r"[A-Za-z_]\w*", tok))


def value_tokens(toks: list[str], i: int) -> int:
    """Where the value starting at toks[i] ends: Ren'Py reads a property's value as a
    simple expression, so `0.5 + 0.1`, `1.0/2`, `x * 2` and `0.5 -0.1` are one value."""
    k = i + 1
    while k < len(toks):
        t = toks[k]
        if t in _OP:
            k2 = k + 1
            if k2 < len(toks) and toks[k2] == t and t in "*/":  # `//`, `**`
                k2 += 1
            if k2 < len(toks) and _operand(toks[k2]):
                k = k2 + 1
                continue
            break
        if t[:1] in "+-" and _is_number(t):  # `0.5 -0.1`: a binary minus, as in Ren'Py
            k += 1
            continue
        break
    return k


def arithmetic(src: str, params: frozenset[str]) -> tuple[Any, str | None]:
    """(value, None) for arithmetic on numbers (our safe evaluator: no Python runs),
    ([EXPR, src], None) when it reads the transform's parameters, else (None, the names
    it reads that are not parameters, or "" when it is not arithmetic we read)."""
    from .evaluate import EvalError, evaluate
    from .pyexpr import ExprError, compile_expression

    try:
        comp = compile_expression(src)
    except ExprError:
        return None, ""
    if comp.calls or comp.writes:
        return None, ""
    if comp.reads:
        other = sorted(comp.reads - params)
        return (None, ", ".join(other)) if other else ([EXPR, src], None)

    def no_names(name: str) -> Any:
        raise EvalError(name)
    try:
        v = evaluate(comp.code, no_names)
    except (EvalError, ArithmeticError, ValueError, TypeError, RecursionError, MemoryError):
        return None, ""
    if isinstance(v, tuple):
        v = list(v)
    return v, None


class ATLReader:
    """Reads ATL blocks of one file; `warn` is given each thing degraded."""

    def __init__(self, warn: Warn, known: Callable[[str], list | None] | None = None,
                 read: Callable[[list[str], int, int], None] | None = None) -> None:
        self.warn = warn
        self.known = known or (lambda name: None)
        # given the story variables a value reads (then read when the sprite is shown);
        # None: such a value is left out with a warning
        self.read = read

    def props(self, toks: list[str], lineno: int, col: int, params: frozenset[str],
              out: dict[str, Any]) -> list[str]:
        """Reads `prop value` pairs into out; returns what is left (not a property)."""
        i = 0
        while i < len(toks):
            name = toks[i]
            spec = _PROPS.get(name)
            if spec is None:
                if re.fullmatch(r"[a-z_]+", name) and i + 1 < len(toks) \
                        and name not in WARPERS and name not in BUILTIN \
                        and self.known(name) is None and name not in ("pause", "repeat"):
                    self.warn("atl prop " + name, lineno, col, len(name),
                              f"the ATL property '{name}' is not supported yet and is"
                              " ignored")
                    i += 2
                    continue
                return toks[i:]
            if i + 1 >= len(toks):
                self.warn("atl value", lineno, col, len(name),
                          f"the ATL property '{name}' has no value; ignored")
                return []
            kind, sets = spec
            v, i = self.value(name, kind, toks, i + 1, params, lineno, col)
            if v is _SKIP:
                continue
            if kind in ("x", "c") and _number(v):
                if name in ("zoom", "xzoom", "yzoom") and not isinstance(v, list) \
                        and abs(v) > MAX_ZOOM:
                    self.warn("atl zoom", lineno, col, len(name),
                              f"zoom {v:g} is drawn at {MAX_ZOOM:g} at most")
                    v = math.copysign(MAX_ZOOM, v)
                if name in _ALIGN and not isinstance(v, list):
                    v = float(v)  # an alignment is a fraction: `yalign 1` is the bottom
                out[sets[0]] = v
                if len(sets) > 1:
                    out[sets[1]] = v if kind == "x" else 0.5
            elif kind in ("xy", "cxy") and isinstance(v, list) and len(v) == 2 \
                    and v[0] != PARAM and all(_number(x) for x in v):
                if name in _ALIGN:
                    v = [float(x) if not isinstance(x, list) else x for x in v]
                for vv, names in zip(v, sets):
                    out[names[0]] = vv
                    if len(names) > 1:
                        out[names[1]] = vv if kind == "xy" else 0.5
            else:
                self.warn("atl value", lineno, col, len(name),
                          f"the value of '{name}' is not a number we can read without"
                          " running Python; ignored")
        return []

    def value(self, name: str, kind: str, toks: list[str], i: int, params: frozenset[str],
              lineno: int, col: int) -> tuple[Any, int]:
        """The value of property `name` starting at toks[i] and where it ends; _SKIP
        when it reads story variables where we cannot (warned)."""
        end = value_tokens(toks, i)
        src = "".join(toks[i:end])
        try:
            return literal(src, params), end
        except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
            v, reads = arithmetic(src, params)
        if reads and self.read is not None and kind in ("x", "c"):
            self.read(reads.split(", "), lineno, col)
            return [EXPR, src], end  # read from the story's state when the sprite is shown
        if reads:
            self.warn("atl variable", lineno, col, len(name),
                      f"'{name} {src}' reads the story's variables ({reads}), which"
                      " a transform here cannot; ignored (the default is used)")
            return _SKIP, end
        return v, end

    def block(self, items: list | None, params: frozenset[str] = frozenset(),
              depth: int = 0) -> list:
        """The steps of an ATL block (a `show x:` block or a transform's body)."""
        steps: list = []
        if not items or depth > 20:
            return steps
        for item in items:
            if len(steps) >= MAX_STEPS:
                self.warn("atl long", item[0] if type(item) is tuple else item.lineno, 1, 1,
                          f"an ATL block is cut at {MAX_STEPS} steps")
                break
            if type(item) is tuple:  # a string on its own line: a displayable
                self.warn("atl contains", item[0], item[1] + 1, 1,
                          "an image inside ATL is not supported yet; the shown image is"
                          " kept")
                continue
            if self.line(item, params, depth, steps):
                break  # a repeat: nothing after it runs
        return steps

    def line(self, line: Any, params: frozenset[str], depth: int, steps: list) -> bool:  # noqa: C901
        """Adds one ATL statement's steps; True after a repeat."""
        text, lineno, col = line.text, line.lineno, line.col
        toks = tokens(text)
        if not toks:
            return False
        head = toks[0]
        if toks[-1] == ":" and head in ("block", "parallel", "choice", "on", "contains"):
            inner = self.block(line.block, params, depth + 1)
            if head == "block":
                if any(st[0] == "repeat" for st in inner):
                    steps.append(["mark"])
                    steps.extend(inner)
                    return True
                steps.extend(inner)
                return False
            if head == "contains":
                self.warn("atl contains", lineno, col, len(head),
                          "'contains' in ATL is not supported yet; the shown image is kept")
                return False
            if head == "on" and not any(t in ("show", "start", "replace") for t in toks[1:]):
                return False  # on hide/hover/...: never shown here
            if head == "choice" and steps and steps[-1][:1] == ["choice"]:
                return False  # one choice of a run is taken: the first
            self.warn("atl " + head, lineno, col, len(head),
                      f"'{head}' in ATL is not supported yet; shown at its end state")
            end, _ = _run([s for s in inner if s[0] != "mark"], {}, math.inf)
            if end:
                steps.append(["set", dict(end)])
            if head == "choice":
                steps.append(["choice"])
            return False
        if head in _IGNORED:
            self.warn("atl " + head, lineno, col, len(head),
                      f"'{head}' in ATL is not supported yet and is left out")
            return False
        if head in ("pass", "animation"):
            return False
        if head == "repeat":
            count = 0
            if len(toks) > 1:
                try:
                    count = max(0, int(literal(toks[1], frozenset())))
                except (ValueError, SyntaxError, TypeError):
                    count = 0
            steps.append(["repeat", count])
            return True
        if head == "pause" or _is_number(head):
            src = "".join(toks[1:value_tokens(toks, 1)]) if head == "pause" and len(toks) > 1 \
                else "".join(toks[:value_tokens(toks, 0)])
            secs = self.seconds(src, params, lineno, col)
            steps.append(["pause", secs])
            return False
        warper = head
        if head not in WARPERS:
            family = next((w for w in ("easein", "easeout", "ease") if head.startswith(w + "_")),
                          None)
            if family is not None and len(toks) > 1:
                self.warn("atl warper " + head, lineno, col, len(head),
                          f"the warper '{head}' is drawn as '{family}'")
                warper = family
        if warper in WARPERS and len(toks) > 1:
            stop = value_tokens(toks, 1)
            secs = self.seconds("".join(toks[1:stop]), params, lineno, col)
            target: dict[str, Any] = {}
            rest = self.props(toks[stop:], lineno, col, params, target)
            for child in line.block or ():
                if type(child) is not tuple:
                    self.props(tokens(child.text), child.lineno, child.col, params, target)
            self.leftover(rest, lineno, col)
            steps.append(["tween", warper, secs, target])
            return False
        # properties and transforms named on the line, in order
        props: dict[str, Any] = {}
        rest = toks
        while rest:
            rest = self.props(rest, lineno, col, params, props)
            if not rest:
                break
            named = BUILTIN.get(rest[0])
            other = self.known(rest[0]) if named is None else None
            if named is not None or other is not None:
                if props:
                    steps.append(["set", props])
                    props = {}
                steps.extend([["set", dict(named)]] if named is not None else other or [])
                rest = rest[1:]
                continue
            self.leftover(rest, lineno, col)
            break
        if props:
            steps.append(["set", props])
        return False

    def seconds(self, tok: str, params: frozenset[str], lineno: int, col: int) -> Any:
        try:
            v = literal(tok, params)
        except (ValueError, SyntaxError, TypeError, MemoryError, RecursionError):
            v = arithmetic(tok, params)[0]
        if isinstance(v, list) and v[:1] in ([PARAM], [EXPR]):
            return v
        if not _number(v):
            self.warn("atl value", lineno, col, len(tok),
                      f"the duration '{tok}' is not a number we can read without running"
                      " Python; taken as 0")
            return 0.0
        return max(0.0, min(MAX_SECONDS, float(v)))

    def leftover(self, rest: list[str], lineno: int, col: int) -> None:
        if rest:
            self.warn("atl other", lineno, col, 1,
                      f"ATL we cannot read ('{' '.join(rest)[:40]}') is left out")


def _is_number(tok: str) -> bool:
    return bool(re.fullmatch(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?", tok))


def bind(steps: list, values: dict[str, Any]) -> list:
    """The steps with each parameter replaced by its value (numbers only; a missing or
    non-number value leaves the property out)."""
    def val(v: Any) -> Any:
        if isinstance(v, list) and v[:1] == [PARAM]:
            x = values.get(v[1])
            return x if _number(x) and not isinstance(x, list) else None
        if isinstance(v, list) and v[:1] == [EXPR]:
            if not _names(v[1]) <= values.keys():  # story variables: read when shown
                return [EXPR, v[1], {k: x for k, x in values.items()
                                     if _number(x) and not isinstance(x, list)}]
            x = _bound(v[1], values)
            return x if _number(x) and not isinstance(x, list) else None
        return v

    out: list[list[Any]] = []
    for st in steps:
        kind = st[0]
        if kind == "set":
            out.append(["set", {k: val(v) for k, v in st[1].items() if val(v) is not None}])
        elif kind == "tween":
            secs = val(st[2])
            out.append(["tween", st[1], max(0.0, min(MAX_SECONDS, float(secs or 0.0))),
                        {k: val(v) for k, v in st[3].items() if val(v) is not None}])
        elif kind == "pause":
            secs = val(st[1])
            out.append(["pause", max(0.0, min(MAX_SECONDS, float(secs or 0.0)))])
        elif kind != "choice":
            out.append(list(st))
    return out


def _names(src: str) -> set[str]:
    from .pyexpr import ExprError, compile_expression

    try:
        return compile_expression(src).reads
    except ExprError:
        return set()


def _bound(src: str, values: dict[str, Any], lookup: Callable[[str], Any] | None = None
           ) -> Any:
    """Arithmetic on parameters (see `arithmetic`) with their values, and on the story's
    variables through `lookup`; None if it fails or is not a number."""
    from .evaluate import EvalError, evaluate
    from .pyexpr import ExprError, compile_expression

    def get(name: str) -> Any:
        x = values[name] if name in values or lookup is None else lookup(name)
        if not _number(x) or isinstance(x, list):
            raise EvalError(name)
        return x
    try:
        x = evaluate(compile_expression(src).code, get)
    except (ExprError, EvalError, ArithmeticError, ValueError, TypeError, RecursionError,
            MemoryError):
        return None
    return x if _number(x) and not isinstance(x, list) else None


def has_reads(transforms: list) -> bool:
    """Whether any step of these transforms reads the story's variables."""
    for steps in transforms:
        for st in steps:
            props = st[1] if st[0] == "set" else st[3] if st[0] == "tween" else None
            if props and any(isinstance(v, list) for v in props.values()):
                return True
    return False


def read_values(transforms: list, lookup: Callable[[str], Any]) -> list:
    """The transforms with each value that reads the story's variables worked out from
    them now (as Ren'Py evaluates a transform's expressions when it is shown); a value
    that fails or is not a number leaves its property at its default."""
    def val(v: Any) -> Any:
        if isinstance(v, list) and v[:1] == [EXPR]:
            return _bound(v[1], v[2] if len(v) > 2 else {}, lookup)
        return v

    out = []
    for steps in transforms:
        new = []
        for st in steps:
            if st[0] == "set":
                new.append(["set", {k: x for k, v in st[1].items()
                                    if (x := val(v)) is not None}])
            elif st[0] == "tween":
                new.append(["tween", st[1], st[2], {k: x for k, v in st[3].items()
                                                    if (x := val(v)) is not None}])
            else:
                new.append(st)
        out.append(new)
    return out


def transform_call(src: str) -> tuple[str, list[Any], dict[str, Any]] | None:
    """`name`, `name(1, x=2)` or `Transform(xalign=0.5)` as (name, args, keywords) of
    literal values; None when it is not that."""
    try:
        node = ast.parse(src.strip(), mode="eval").body
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    if isinstance(node, ast.Name):
        return node.id, [], {}
    if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
        return None
    try:
        args = [ast.literal_eval(a) for a in node.args]
        kws = {k.arg: ast.literal_eval(k.value) for k in node.keywords if k.arg}
    except (ValueError, SyntaxError, TypeError, RecursionError, MemoryError):
        return None
    if len(kws) != len(node.keywords):
        return None
    return node.func.id, args, kws
