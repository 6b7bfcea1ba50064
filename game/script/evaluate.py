"""Evaluates checked expression code (see pyexpr). Pure; no Python is ever exec'd.

Values are plain data (None, bool, int, float, str, list, dict with str keys),
plus the CharacterDef and Transition values that only `define` can make.
"""
from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any, Final

from ._methods import MUTATING, MethodError, call_method, set_items
from .ast import CharacterDef, LightDef, Transition
from .errors import did_you_mean
from .values import MAX_NODES, UnstorableValue, check_value

MAX_SEQUENCE: Final = 1_000_000
MAX_EXPONENT: Final = 10_000
CHARACTER_KEYWORDS: Final = frozenset({
    "color", "who_color", "what_color", "image", "who_prefix", "who_suffix",
    "what_prefix", "what_suffix", "kind", "name"})


class EvalError(Exception):
    """A story expression failed: a clear message for the writer."""


Lookup = Callable[[str], Any]


def _type(v: Any) -> str:
    return {bool: "a bool", int: "a number", float: "a number", str: "text", list: "a list",
            dict: "a dict", type(None): "None"}.get(type(v), type(v).__name__)


def _check_size(v: Any) -> Any:
    if isinstance(v, (str, list)) and len(v) > MAX_SEQUENCE:
        raise EvalError("the result is too large")
    if isinstance(v, float) and not math.isfinite(v):
        raise EvalError("the result is not a finite number")
    if isinstance(v, int) and not isinstance(v, bool) and v.bit_length() > 4096:
        raise EvalError("the number is too large")
    return v


def binop(op: str, a: Any, b: Any) -> Any:  # noqa: C901
    try:
        if op == "+":
            return _check_size(a + b)
        if op == "-":
            return _check_size(a - b)
        if op == "*":
            for seq, n in ((a, b), (b, a)):
                if isinstance(seq, (str, list)) and isinstance(n, int):
                    if n * len(seq) > MAX_SEQUENCE:
                        raise EvalError("the result is too large")
            return _check_size(a * b)
        if op == "/":
            return _check_size(a / b)
        if op == "//":
            return _check_size(a // b)
        if op == "%":
            if isinstance(a, str):
                raise EvalError("'%' formatting of text is not supported; use [name] in text")
            return _check_size(a % b)
        if op == "**":
            if isinstance(b, (int, float)) and abs(b) > MAX_EXPONENT:
                raise EvalError("the exponent is too large")
            if isinstance(a, (int, float)) and isinstance(b, (int, float)) and \
                    abs(a) > 1 and b > 0 and math.log2(abs(a)) * b > 4096:
                raise EvalError("the number is too large")
            return _check_size(a ** b)
    except ZeroDivisionError:
        raise EvalError("division by zero") from None
    except (TypeError, ValueError, OverflowError) as exc:
        raise EvalError(f"cannot apply '{op}' to {_type(a)} and {_type(b)}") from exc
    raise EvalError(f"unknown operator {op}")  # pragma: no cover


def _compare(op: str, a: Any, b: Any) -> bool:
    try:
        if op == "==":
            return a == b
        if op == "!=":
            return a != b
        if op == "<":
            return a < b
        if op == "<=":
            return a <= b
        if op == ">":
            return a > b
        if op == ">=":
            return a >= b
        if op == "in":
            return a in b
        if op == "not in":
            return a not in b
        if op == "is":
            return a is b
        if op == "is not":
            return a is not b
    except TypeError as exc:
        raise EvalError(f"cannot compare {_type(a)} and {_type(b)} with '{op}'") from exc
    raise EvalError(f"unknown comparison {op}")  # pragma: no cover


def _number(v: Any, what: str) -> float:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise EvalError(f"{what} must be a number, not {_type(v)}")
    return float(v)


def as_set(args: list[Any], kwargs: dict[str, Any]) -> list[Any]:
    """set() / set(items) / {a, b}: saves are JSON, so a set is kept as a list in the
    order items came, without duplicates; add/discard/remove/in/len keep set meaning."""
    if len(args) > 1 or kwargs:
        raise EvalError("set() takes at most one list, text or dict")
    items = args[0] if args else []
    if not isinstance(items, (list, str, dict)):
        raise EvalError(f"set() takes a list, text or dict, not {_type(items)}")
    try:
        return set_items(items)
    except MethodError as exc:
        raise EvalError(str(exc)) from None


def _call(fname: str, args: list[Any], kwargs: dict[str, Any]) -> Any:  # noqa: C901
    try:
        if fname == "_":
            if len(args) != 1 or kwargs:
                raise EvalError("_() takes one string")
            return args[0]
        if fname == "len":
            return len(*args, **kwargs)
        if fname == "set":
            return as_set(args, kwargs)
        if fname in ("min", "max"):
            if kwargs:
                raise EvalError(f"{fname}() takes no keyword arguments here")
            return (min if fname == "min" else max)(*args)
        if fname == "abs":
            return abs(*args, **kwargs)
        if fname == "int":
            return _check_size(int(*args, **kwargs))
        if fname == "str":
            if len(args) != 1 or kwargs:
                raise EvalError("str() takes one value")
            v = args[0]
            return "True" if v is True else "False" if v is False else str(v)
        if fname == "Character":
            return character(args, kwargs)
        if fname == "Dissolve":
            if len(args) != 1 or kwargs:
                raise EvalError("Dissolve() takes one duration in seconds")
            t = _number(args[0], "Dissolve's duration")
            if t < 0:
                raise EvalError("Dissolve's duration cannot be negative")
            return Transition("dissolve", duration=t)
        if fname == "Fade":
            return fade(args, kwargs)
        if fname == "Light":
            return light(args, kwargs)
    except EvalError:
        raise
    except (TypeError, ValueError, OverflowError) as exc:
        raise EvalError(f"{fname}(): {exc}") from None
    raise EvalError(f"calling '{fname}' is not allowed")


def fade(args: list[Any], kwargs: dict[str, Any]) -> Transition:
    color = kwargs.pop("color", "#000000")
    for k in kwargs:
        raise EvalError(f"Fade() has no keyword '{k}' here (only color=)")
    if len(args) not in (1, 3):
        raise EvalError("Fade() takes out, hold and in times: Fade(0.5, 1.0, 0.5)")
    times = [_number(a, "Fade's time") for a in args]
    if any(t < 0 for t in times):
        raise EvalError("Fade's times cannot be negative")
    if len(times) == 1:
        times = [times[0], 0.0, times[0]]
    return Transition("fade", out_time=times[0], hold=times[1], in_time=times[2],
                      color=normalize_color(color))


def light(args: list[Any], kwargs: dict[str, Any]) -> LightDef:
    """Light("#rrggbb", strength=1.0, scenes=["bg ...", ...])."""
    names = ("color", "strength", "scenes")
    for k in kwargs:
        if k not in names:
            raise EvalError(f"Light() has no keyword '{k}' (it takes color, strength and"
                            " scenes=[...])")
    if len(args) > 2:
        raise EvalError("Light() takes a colour and a strength: Light(\"#8ea2d8\", 0.45)")
    values = dict(zip(names, args))
    for k, v in kwargs.items():
        if k in values:
            raise EvalError(f"Light() was given {k} twice")
        values[k] = v
    if "color" not in values:
        raise EvalError("Light() needs a colour, e.g. Light(\"#8ea2d8\", 0.45)")
    strength = _number(values.get("strength", 1.0), "Light's strength")
    if not 0.0 <= strength <= 1.0:
        raise EvalError("Light's strength is between 0.0 (no tint) and 1.0 (the colour)")
    scenes = values.get("scenes", [])
    if isinstance(scenes, str) or not isinstance(scenes, (list, tuple)) or \
            not all(isinstance(x, str) for x in scenes):
        raise EvalError("scenes= takes a list of background names, e.g."
                        " scenes=[\"bg home night\"]")
    return LightDef(normalize_color(values["color"]), strength,
                    tuple(" ".join(x.lower().split()) for x in scenes))


def normalize_color(color: Any) -> str:
    if not isinstance(color, str) or not color.startswith("#") or \
            len(color) not in (4, 5, 7, 9):
        raise EvalError(f"a colour must look like \"#rrggbb\", not {color!r}")
    body = color[1:]
    try:
        int(body, 16)
    except ValueError:
        raise EvalError(f"a colour must look like \"#rrggbb\", not {color!r}") from None
    if len(body) in (3, 4):
        body = "".join(c * 2 for c in body)
    return "#" + body.lower()


def character(args: list[Any], kwargs: dict[str, Any]) -> CharacterDef:
    if len(args) > 1:
        raise EvalError("Character() takes the name and keyword arguments")
    name = args[0] if args else kwargs.pop("name", None)
    if name is not None and not isinstance(name, str):
        raise EvalError("a Character's name must be text or None")
    for k in kwargs:
        if k not in CHARACTER_KEYWORDS:
            hint = did_you_mean(k, CHARACTER_KEYWORDS, any_case=False)
            raise EvalError(f"Character() keyword '{k}' is not supported{hint}")
    color = kwargs.get("who_color", kwargs.get("color"))
    what = kwargs.get("what_color")
    image = kwargs.get("image")
    if image is not None and not isinstance(image, str):
        raise EvalError("image= must be an image tag, e.g. image=\"eileen\"")
    kind = kwargs.get("kind", "adv")
    if kind not in ("adv", "nvl"):
        raise EvalError("kind= may only be adv or nvl here")
    for key in ("who_prefix", "who_suffix", "what_prefix", "what_suffix"):
        if key in kwargs and not isinstance(kwargs[key], str):
            raise EvalError(f"{key}= must be text")
    return CharacterDef(
        name=name,
        color=normalize_color(color) if color is not None else None,
        what_color=normalize_color(what) if what is not None else None,
        image=image.lower() if image else None,
        who_prefix=kwargs.get("who_prefix", ""), who_suffix=kwargs.get("who_suffix", ""),
        what_prefix=kwargs.get("what_prefix", ""), what_suffix=kwargs.get("what_suffix", ""),
        kind=kind)


def evaluate(code: tuple, lookup: Lookup, host: Any = None) -> Any:  # noqa: C901
    """The value of checked expression code; raises EvalError on a failure. `host`
    answers Ren'Py's library calls and persistent data (the story runtime's; None
    while the script loads, when they have no value yet)."""
    kind = code[0]
    if kind == "c":
        return code[1]
    if kind == "n":
        return lookup(code[1])
    if kind == "b":
        return binop(code[1], evaluate(code[2], lookup, host), evaluate(code[3], lookup, host))
    if kind == "u":
        v = evaluate(code[2], lookup, host)
        if code[1] == "not":
            return not v
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            raise EvalError(f"cannot apply unary '{code[1]}' to {_type(v)}")
        return -v if code[1] == "-" else +v
    if kind == "and":
        v = True
        for part in code[1]:
            v = evaluate(part, lookup, host)
            if not v:
                return v
        return v
    if kind == "or":
        v = False
        for part in code[1]:
            v = evaluate(part, lookup, host)
            if v:
                return v
        return v
    if kind == "cmp":
        left = evaluate(code[1], lookup, host)
        for op, right_code in code[2]:
            right = evaluate(right_code, lookup, host)
            if not _compare(op, left, right):
                return False
            left = right
        return True
    if kind == "if":
        return evaluate(code[2] if evaluate(code[1], lookup, host) else code[3], lookup, host)
    if kind == "list":
        out = [evaluate(e, lookup, host) for e in code[1]]
        return _check_size(out)
    if kind == "dict":
        d: dict[str, Any] = {}
        for k_code, v_code in code[1]:
            k = evaluate(k_code, lookup, host)
            if not isinstance(k, str):
                raise EvalError("dict keys must be text, so that saves keep them exactly")
            d[k] = evaluate(v_code, lookup, host)
        return d
    if kind == "sub":
        container = evaluate(code[1], lookup, host)
        key = evaluate(code[2], lookup, host)
        return subscript(container, key)
    if kind == "call":
        args = [evaluate(a, lookup, host) for a in code[2]]
        kwargs = {k: evaluate(v, lookup, host) for k, v in code[3]}
        return _call(code[1], args, kwargs)
    if kind == "meth":
        obj = evaluate(code[1], lookup, host)
        args = [evaluate(a, lookup, host) for a in code[3]]
        kwargs = {k: evaluate(v, lookup, host) for k, v in code[4]}
        try:
            before = len(obj) if isinstance(obj, (list, dict)) else 0
            out = call_method(obj, code[2], args, kwargs)
            if code[2] in MUTATING and isinstance(obj, (list, dict)):
                _check_grown(obj, before, args, kwargs)
            return out
        except MethodError as exc:
            raise EvalError(str(exc)) from None
        except UnstorableValue as exc:
            raise EvalError(str(exc)) from None
    if kind == "attr":
        obj = evaluate(code[1], lookup, host)
        if isinstance(obj, CharacterDef) and code[2] == "name":
            return obj.name
        raise EvalError(f"{_type(obj)} has no attribute '{code[2]}' here")
    if kind == "lib" or kind == "pers":
        if host is None:
            what = code[1] if kind == "lib" else "persistent." + code[1]
            raise EvalError(f"{what} has no value before the story runs (use default"
                            " or $ instead of define)")
        if kind == "pers":
            return host.persistent_get(code[1])
        args = [evaluate(a, lookup, host) for a in code[2]]
        kwargs = {k: evaluate(v, lookup, host) for k, v in code[3]}
        return host.call(code[1], args, kwargs)
    raise EvalError(f"unknown expression kind {kind!r}")  # pragma: no cover


# id(list or dict) -> (items it holds, at most; its length then): what methods added to
# a value, so that each call checks only what it adds (a whole check when the count
# passes the bound, or when the value changed in another way)
_SIZES: dict[int, tuple[int, int]] = {}


def _check_grown(obj: list | dict, before: int, args: list[Any],
                 kwargs: dict[str, Any]) -> None:
    """After a method changed obj (`before` its length then): bounded like any stored
    value, at a cost in proportion to what was added."""
    added = 0
    for v in (*args, *kwargs.values()):
        if isinstance(v, (list, dict)) and _reaches(v, obj):
            raise UnstorableValue(f"the {type(obj).__name__} contains itself, so no save can"
                                  " write it out")
        added += check_value(v)
    known = _SIZES.get(id(obj))
    if known is not None and known[1] == before and known[0] + added <= MAX_NODES:
        count = known[0] + added
    else:
        count = check_value(obj)  # the whole value, counted again
    if len(_SIZES) > 10_000:
        _SIZES.clear()
    _SIZES[id(obj)] = (count, len(obj))


def _reaches(v: Any, target: Any) -> bool:
    """Whether target is v or inside it (a walk bounded like check_value's)."""
    todo = [v]
    n = 0
    while todo:
        x = todo.pop()
        if x is target:
            return True
        n += 1
        if n > MAX_NODES:
            return False  # check_value refuses it as too large
        if isinstance(x, list):
            todo.extend(y for y in x if isinstance(y, (list, dict)))
        elif isinstance(x, dict):
            todo.extend(y for y in x.values() if isinstance(y, (list, dict)))
    return False


def subscript(container: Any, key: Any) -> Any:
    if isinstance(container, list):
        if isinstance(key, bool) or not isinstance(key, int):
            raise EvalError(f"a list index must be a whole number, not {_type(key)}")
        try:
            return container[key]
        except IndexError:
            raise EvalError(f"list index {key} is out of range (length {len(container)})") \
                from None
    if isinstance(container, dict):
        try:
            return container[key]
        except (KeyError, TypeError):
            raise EvalError(f"the dict has no key {key!r}") from None
    raise EvalError(f"only lists and dicts can be indexed, not {_type(container)}")
