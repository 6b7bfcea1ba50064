"""The parser's side of Ren'Py's transforms: `transform NAME(params):` statements,
`define NAME = Transform(...)`, and the `at A, B` list and ATL block of show."""
from __future__ import annotations

import ast
import json
from typing import TYPE_CHECKING, Any, Final

from . import _renpy_compat as compat
from .atl import _PROPS, ATLReader, literal
from .lexer import Line

if TYPE_CHECKING:
    from .parser.core import ParserCore


def reader(p: ParserCore) -> ATLReader:
    def warn(key: str, lineno: int, col: int, length: int, message: str) -> None:
        if p.compat.strict:  # lint --strict: what we would degrade is an error
            p.rep.error(lineno, col, message, length=length, code="E216")
        else:
            compat.degrade(p, key, lineno, col, length, message)

    def known(name: str) -> list | None:
        d = p.atl_defs.get(name)
        return d[2] if d is not None and not d[0] else None

    def read(names: list[str], lineno: int, col: int) -> None:
        from .parser.core import READ

        for name in names:  # checked by the loader as any other read
            p.refs.append((READ, name, (p.path, lineno, col), len(name), None))

    return ATLReader(warn, known, read)


def transform_stmt(p: ParserCore, line: Line) -> None:
    """`transform NAME:` / `transform NAME(a, b=1.0):` with an ATL block."""
    text = line.text
    head = text[len("transform"):].strip()
    if not head.endswith(":"):
        p.err(line, line.col, "expected ':' after the transform's name", len(text),
              code="E215")
        return
    head = head[:-1].strip()
    name, _, rest = head.partition("(")
    name = name.strip()
    params: list[str] = []
    defaults: dict[str, Any] = {}
    if rest:
        try:
            fn = ast.parse(f"def f({rest.rstrip()[:-1]}): pass").body[0]
            assert isinstance(fn, ast.FunctionDef)
            a = fn.args
            params = [x.arg for x in a.posonlyargs + a.args + a.kwonlyargs]
            pos = a.posonlyargs + a.args
            for arg, d in zip(pos[len(pos) - len(a.defaults):], a.defaults):
                defaults[arg.arg] = ast.literal_eval(d)
            for arg, kd in zip(a.kwonlyargs, a.kw_defaults):
                if kd is not None:
                    defaults[arg.arg] = ast.literal_eval(kd)
        except (SyntaxError, ValueError, AssertionError, RecursionError, MemoryError):
            compat.degrade(p, "transform params", line.lineno, line.col, len(text),
                           f"the parameters of transform '{name}' are not ones we can"
                           " read; it is used without them")
            params, defaults = [], {}
    if not name.isidentifier():
        p.err(line, line.col, "expected a transform's name", len(text), code="E215")
        return
    steps = reader(p).block(line.block, frozenset(params))
    p.atl_defs[name] = (params, defaults, steps)


def transform_define(p: ParserCore, line: Line, name: str, src: str) -> bool:
    """`define NAME = Transform(xalign=0.5, zoom=2)`: a transform of properties."""
    if not src.startswith("Transform("):
        return False
    try:
        node = ast.parse(src, mode="eval").body
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return False
    if not isinstance(node, ast.Call) or node.args:
        return False
    toks: list[str] = []
    for kw in node.keywords:
        if kw.arg is None:
            return False
        toks += [kw.arg, ast.unparse(kw.value)]
    props: dict[str, Any] = {}
    reader(p).props(toks, line.lineno, line.col, frozenset(), props)
    p.atl_defs[name] = ([], {}, [["set", props]])
    return True


def inline_transform(p: ParserCore, line: Line, col: int, src: str) -> str | None:
    """`at Transform(xalign=.2)`: its props as a JSON step list, or None."""
    try:
        node = ast.parse(src, mode="eval").body
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
            and node.func.id == "Transform") or node.args:
        return None
    toks: list[str] = []
    for kw in node.keywords:
        if kw.arg is None or kw.arg not in _PROPS:
            compat.degrade(p, "atl prop " + str(kw.arg), line.lineno, col, len(src),
                           f"the Transform property '{kw.arg}' is not supported yet and"
                           " is ignored")
            continue
        toks += [kw.arg, ast.unparse(kw.value)]
    props: dict[str, Any] = {}
    reader(p).props(toks, line.lineno, col, frozenset(), props)
    return json.dumps([["set", props]])


def show_atl(p: ParserCore, line: Line) -> str | None:
    """A show statement's ATL block, as JSON steps (None when it has none)."""
    steps = reader(p).block(line.block)
    return json.dumps(steps) if steps else None


def bind_args(params: list[str], defaults: dict[str, Any], args: list[Any],
              kws: dict[str, Any]) -> dict[str, Any] | None:
    values = dict(defaults)
    if len(args) > len(params):
        return None
    values.update(zip(params, args))
    for k, v in kws.items():
        if k not in params:
            return None
        values[k] = v
    return values


__all__ = ["transform_stmt", "transform_define", "show_atl", "inline_transform",
           "bind_args", "literal"]


def _first_string(node: ast.AST) -> str | None:
    """The first file name (a string literal) inside an expression, depth first."""
    for sub in ast.walk(node):
        if isinstance(sub, ast.Constant) and isinstance(sub.value, str) \
                and not sub.value.startswith("#"):
            return sub.value
    return None


def image_value(p: ParserCore, line: Line, src: str) -> tuple | None:
    """`image x = Solid(...)`, `Transform("f.png", zoom=2)`, `At("f", Transform(...))`,
    `Animation(...)`, `im.*(...)`, `Movie(...)`, `Composite(...)`: (the file or colour to
    show, an image transform), with a warning where we show less than Ren'Py; None when
    it is none of these."""
    try:
        node = ast.parse(src.strip(), mode="eval").body
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None
    if not isinstance(node, ast.Call):
        return None
    fname = ast.unparse(node.func)

    def warn(kind: str, why: str) -> None:
        compat.degrade(p, "image " + kind, line.lineno, line.col, 5, why)

    if fname == "Solid" and node.args and isinstance(node.args[0], ast.Constant) \
            and isinstance(node.args[0].value, str) and node.args[0].value.startswith("#"):
        return node.args[0].value, None, None
    if fname == "Transform" and node.args and isinstance(node.args[0], ast.Constant) \
            and isinstance(node.args[0].value, str):
        props = _transform_props(p, line, node.keywords, warn)
        return node.args[0].value, [["set", props]] if props else None, None
    if fname == "At" and node.args and isinstance(node.args[0], ast.Constant) \
            and isinstance(node.args[0].value, str) and not node.keywords:
        return node.args[0].value, _at_steps(p, line, node.args[1:], warn), None
    if fname == "Movie":
        warn("Movie", "movies are not played; a Movie image is shown as black")
        return "#000000", None, None
    first = _first_string(node)
    if first is None:
        return None
    if fname in ("Composite", "LiveComposite") and len(node.args) >= 3:
        layers = composite_layers(node)
        if layers is not None:
            return first, None, layers
    if fname in ("Animation", "anim.Filmstrip", "ConditionSwitch", "ShowingSwitch"):
        warn(fname, f"'{fname}' is shown as its first image")
        return first, None, None
    if fname.startswith("im.") or fname in ("Composite", "LiveComposite", "Fixed",
                                             "Frame", "Flatten", "AlphaMask"):
        warn(fname, f"'{fname}' is shown as its first file, '{first[:60]}', without its"
             " changes")
        return first, None, None
    return None


def _transform_props(p: ParserCore, line: Line, keywords: list[ast.keyword],
                     warn: Any) -> dict[str, Any]:
    """Transform(...)'s keywords as ATL properties; one we do not support warns and is
    left out."""
    toks: list[str] = []
    for kw in keywords:
        if kw.arg is None or kw.arg not in _PROPS:
            warn("prop " + str(kw.arg), f"the Transform property '{kw.arg}' is not"
                 " supported yet and is ignored")
            continue
        toks += [kw.arg, ast.unparse(kw.value)]
    props: dict[str, Any] = {}
    reader(p).props(toks, line.lineno, line.col, frozenset(), props)
    return props


def _at_steps(p: ParserCore, line: Line, items: list[ast.expr], warn: Any) -> list | None:
    """At(image, T1, T2, ...)'s transforms as one image transform: Transform(...) of
    properties and named transforms; others (a game's own functions) are left out."""
    from ..scene.transform import BUILTIN

    steps: list = []
    for item in items:
        if isinstance(item, ast.Call) and ast.unparse(item.func) == "Transform" \
                and not item.args:
            props = _transform_props(p, line, item.keywords, warn)
            if props:
                steps.append(["set", props])
        elif isinstance(item, ast.Name) and item.id in BUILTIN:
            steps.append(["set", dict(BUILTIN[item.id])])
        elif isinstance(item, ast.Name) and p.atl_defs.get(item.id) is not None \
                and not p.atl_defs[item.id][0]:
            steps.extend(p.atl_defs[item.id][2])
        else:
            src = ast.unparse(item)
            warn("At " + src.split("(", 1)[0], f"the transform '{src[:60]}' is not"
                 " supported yet (a function of the game's own Python?) and is left out")
    return steps or None


MAX_COMPOSITE: Final = 8192  # canvas pixels each way, and each offset's reach


def _pair(v: Any) -> tuple[int, int] | None:
    """(x, y) from a literal pair of numbers within MAX_COMPOSITE, else None."""
    if not isinstance(v, (tuple, list)) or len(v) != 2:
        return None
    if not all(isinstance(n, (int, float)) and not isinstance(n, bool)
               and abs(n) <= MAX_COMPOSITE for n in v):
        return None
    return round(v[0]), round(v[1])


def composite_layers(node: ast.Call) -> list | None:
    """Composite((w, h), (x, y), "a.png", (x2, y2), "b.png", ...)'s layers: its files
    bottom to top; when any sits at an offset, ["", w, h] (the canvas) first and each
    file as [file, x, y]. None when the arguments are not literals we can place."""
    try:
        parts = [ast.literal_eval(a) for a in node.args[1:]]
    except (ValueError, SyntaxError, TypeError, RecursionError, MemoryError):
        return None
    try:
        size = _pair(ast.literal_eval(node.args[0]))
    except (ValueError, SyntaxError, TypeError, RecursionError, MemoryError):
        size = None  # (config.screen_width, ...): needed only for parts at offsets
    places = [_pair(pos) for pos in parts[0::2]]
    files = parts[1::2]
    if not files or len(places) != len(files) or None in places \
            or not all(isinstance(f, str) and f for f in files):
        return None
    if all(pos == (0, 0) for pos in places):
        return files  # layers sharing one canvas: drawn as Ren'Py does
    if size is None or size[0] < 1 or size[1] < 1:
        return None
    return [["", *size]] + [[f, *pos] for f, pos in zip(files, places)]  # type: ignore[misc]


def image_atl(p: ParserCore, line: Line) -> tuple[str, list | None] | None:
    """`image x:` with an ATL block: its first image (a file or an image's name in
    quotes) and its ATL as the image's transform; more images (an animation) warn."""
    block = line.block or []
    # an image in quotes: a line the lexer read as a say line, or one in single quotes
    found = [item for item in block if type(item) is not Line
             or (item.text[:1] in "\"'" and not item.block)]
    if not found:
        return None
    item = found[0]
    src = item.text if type(item) is Line else item[2].group(0)
    try:
        first = ast.literal_eval(src.strip())
    except (ValueError, SyntaxError, TypeError, RecursionError, MemoryError):
        return None
    if not isinstance(first, str):
        return None
    if len(found) > 1:
        compat.degrade(p, "image frames", line.lineno, line.col, 5,
                       "an image whose ATL shows several images is shown as its first")
    steps = reader(p).block([item for item in block if not any(item is f for f in found)])
    return first, steps or None
