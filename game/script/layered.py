"""Ren'Py's `layeredimage NAME:` read statically: `always` layers, `group`s of
`attribute`s (one shown per group, the `default` one unless another is asked for),
lone `attribute`s, and properties (an image transform). `if`/`elif`/`else` layers
are chosen when the image is shown, their conditions checked story expressions (our
safe evaluator: no Python runs); Ren'Py redraws them whenever a condition changes,
we at each `show`. Layers name images (`"eileen_base"`) or files."""
from __future__ import annotations

import ast
import zlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from . import _nodes as N
from . import _staging
from .atl import tokens

if TYPE_CHECKING:
    from .lexer import Line
    from .parser.core import ParserCore


def _string(text: str) -> str | None:
    try:
        v = ast.literal_eval(text.strip())
    except (ValueError, SyntaxError, TypeError, RecursionError, MemoryError):
        return None
    return v if isinstance(v, str) else None


def _text(item: Any) -> str:
    """A block item's text (a line such as `attribute a "f.png"` reads as a say line)."""
    if type(item) is tuple:
        m = item[2]
        return m.string[m.start():m.end()].strip()
    return item.text


def _is_string(item: Any) -> bool:
    return _text(item)[:1] in "\"'`"


def _layer_of(item: Any) -> str | None:
    """The layer a line or its block names: `attribute a "f.png"` or a quoted child."""
    if _is_string(item):
        return _string(_text(item))
    toks = tokens(_text(item))
    for t in toks[1:]:
        if t[:1] in "\"'":
            return _string(t)
    for child in getattr(item, "block", None) or ():
        if _is_string(child):
            return _string(_text(child))
    return None


def layeredimage_stmt(p: ParserCore, line: Line) -> None:  # noqa: C901
    toks = tokens(line.text)
    if len(toks) < 3 or toks[-1] != ":":
        p.err(line, line.col, "expected 'layeredimage NAME:'", len(line.text), code="E285")
        return
    name = " ".join(toks[1:-1]).lower()
    base = name.replace(" ", "_")
    spec: dict[str, Any] = {"always": [], "groups": [], "attributes": [], "conditions": []}
    props: list = []
    for item in line.block or ():
        if _is_string(item):
            continue
        words = tokens(_text(item))
        head = words[0] if words else ""
        if head == "always":
            layer = _layer_of(item)
            if layer:
                spec["always"].append(layer)
        elif head == "group" and len(words) > 1:
            group = words[1]
            attrs = []
            for child in getattr(item, "block", None) or ():
                if _is_string(child):
                    continue
                cw = tokens(_text(child))
                if cw[:1] == ["attribute"] and len(cw) > 1:
                    attrs.append([cw[1], _layer_of(child) or f"{base}_{group}_{cw[1]}",
                                  "default" in cw[2:]])
            spec["groups"].append([group, attrs])
        elif head == "attribute" and len(words) > 1:
            spec["attributes"].append([words[1], _layer_of(item) or f"{base}_{words[1]}",
                                       "default" in words[2:]])
        elif head in ("if", "elif", "else") and type(item) is not tuple:
            _condition(p, item, head, spec["conditions"])
        elif head == "at" and type(item) is not tuple:
            props.extend(_at_property(p, item))
        elif type(item) is not tuple:
            props.extend(_staging.reader(p).block([item]))
    p.layered[name] = spec
    if props:
        p.image_transforms[name] = props
    # one image that has every attribute, so that `show NAME attrs` is known
    every = [a for _, attrs in spec["groups"] for a, _, _ in attrs] + \
        [a for a, _, _ in spec["attributes"]]
    first = next(iter(spec["always"] + [a[1] for a in spec["attributes"]]), "#00000000")
    words_t = tuple(name.split()) + tuple(dict.fromkeys(w.lower() for w in every))
    p.images.append(N.ImageDef(p.loc(line), p.sid("layeredimage|" + name), words_t,
                               first if "." in first or first.startswith("#") else "#00000000"))
    # layers given as files become images of their own
    for layer in spec["always"] + [a[1] for _, attrs in spec["groups"] for a in attrs] + \
            [a[1] for a in spec["attributes"]] + \
            [layer for chain in spec["conditions"] for _, layer in chain]:
        if "." in layer:
            key = (layer_name(layer),)
            p.images.append(N.ImageDef(p.loc(line), p.sid("layer|" + layer), key, layer))


def _at_property(p: ParserCore, item: Any) -> list:
    """`at Transform(zoom=0.4), lifted` in a layeredimage: the image's transform, read
    as At(...)'s are (a game's own transform functions left out with a warning)."""
    try:
        tree = ast.parse("(" + item.text[2:].strip() + ",)", mode="eval").body
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        tree = None
    if not isinstance(tree, ast.Tuple):
        p.err(item, item.col, "expected a position after 'at'", 2, code="E292")
        return []

    def warn(kind: str, why: str) -> None:
        from ._renpy_compat import degrade

        degrade(p, "image " + kind, item.lineno, item.col, 2, why)
    return _staging._at_steps(p, item, tree.elts, warn) or []


def _condition(p: ParserCore, item: Any, head: str, chains: list) -> None:
    """`if COND:` starts a chain of layers, `elif COND:`/`else:` continue it: at show
    time the first whose condition holds is drawn. A condition outside what scripts may
    run is taken as False, with a warning."""
    text = item.text
    src = text[len(head):].strip()
    if src.endswith(":"):
        src = src[:-1].strip()
    layer = next((_string(_text(c)) for c in item.block or () if _is_string(c)), None)
    code = None
    if head != "else":
        col = item.col + text.index(src, len(head)) if src else item.col
        comp = p.compile(item, col, src, fallback="False") if src else None
        if comp is None:
            if not src:
                p.err(item, item.col, f"'{head}' needs a condition", len(head),
                      code="E243")
            return
        p.note_expr(comp, p.loc(item, col))
        code = comp.code
    if head == "if" or not chains:
        chains.append([])
    if layer is not None:
        chains[-1].append([code, layer])
    else:  # no layer: nothing is drawn when this branch is taken
        chains[-1].append([code, ""])


def composite(p: ParserCore, line: Line, words: tuple[str, ...], layers: list) -> None:
    """A Composite's files become images of their own, and the image their layers:
    names (one canvas), or [name, x, y] after ["", w, h] (see
    _staging.composite_layers)."""
    for f in (e[0] if isinstance(e, list) else e for e in layers):
        if f:
            p.images.append(N.ImageDef(p.loc(line), p.sid("layer|" + f), (layer_name(f),), f))
    p.layered_files[" ".join(words)] = [
        [layer_name(e[0]) if e[0] else "", *e[1:]] if isinstance(e, list)
        else layer_name(e) for e in layers]


def layer_name(layer: str) -> str:
    """The image name a layer is drawn as (a file gets a name of its own)."""
    if "." not in layer:
        return layer.lower()
    return f"layer_{zlib.crc32(layer.encode('utf-8', 'surrogatepass')):08x}"


def choose(spec: dict[str, Any], want: tuple[str, ...], current: tuple[str, ...],
           test: Callable[[tuple], Any] | None = None) -> tuple[tuple[str, ...], list[str]]:
    """(the attributes shown, the layers' image names, bottom to top) for `show NAME
    want` when the sprite showed `current`: a group's attribute asked for replaces the
    group's other, others stay, `-attr` removes, defaults fill empty groups; then of
    each `if` chain the first layer whose condition `test` finds true."""
    remove = {w[1:] for w in want if w.startswith("-")}
    want_set = {w for w in want if not w.startswith("-")}
    keep = set(current) - remove
    chosen: list[str] = []
    layers = [layer_name(x) for x in spec["always"]]
    for _, attrs in spec["groups"]:
        names = [a for a, _, _ in attrs]
        pick = next((a for a in names if a in want_set), None) \
            or next((a for a in names if a in keep), None) \
            or next((a for a, _, d in attrs if d), None)
        if pick is not None:
            chosen.append(pick)
            layers.append(layer_name(next(f for a, f, _ in attrs if a == pick)))
    for a, f, d in spec["attributes"]:
        if a in want_set or a in keep or (d and a not in remove):
            chosen.append(a)
            layers.append(layer_name(f))
    for chain in spec.get("conditions", ()):
        for code, layer in chain:
            if code is None or (test is not None and test(code)):
                if layer:
                    layers.append(layer_name(layer))
                break
    return tuple(chosen), layers
