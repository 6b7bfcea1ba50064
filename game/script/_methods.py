"""The methods a story may call on its values: an allow-list, each bounded in time and
memory (a result never passes MAX_SEQUENCE items or characters). Values stay plain
data: a method that would give a view or a tuple gives a list."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any, Final

MAX_SEQUENCE: Final = 1_000_000  # the same bound as evaluate's results


class MethodError(Exception):
    """A method call that is not allowed or failed; the message is for the writer."""


def _size(n: int) -> None:
    if n > MAX_SEQUENCE:
        raise MethodError("the result is too large")


def _text(v: Any, what: str) -> str:
    if not isinstance(v, str):
        raise MethodError(f"{what} must be text")
    return v


def _replace(s: str, old: Any, new: Any, count: int = -1) -> str:
    old, new = _text(old, "replace()'s first argument"), _text(new, "replace()'s second")
    n = s.count(old) if old else len(s) + 1
    if count >= 0:
        n = min(n, count)
    _size(len(s) + n * max(0, len(new) - len(old)))
    return s.replace(old, new, count)


def _join(s: str, items: Any) -> str:
    if not isinstance(items, list) or not all(isinstance(x, str) for x in items):
        raise MethodError("join() takes a list of texts")
    _size(sum(map(len, items)) + len(s) * max(0, len(items) - 1))
    return s.join(items)


def _pad(method: str) -> Callable[..., str]:
    def pad(s: str, width: Any, *rest: Any) -> str:
        if isinstance(width, bool) or not isinstance(width, int):
            raise MethodError(f"{method}() takes a whole number")
        _size(width)
        return getattr(s, method)(width, *rest)
    return pad


def _format(s: str, *args: Any, **kwargs: Any) -> str:
    for v in (*args, *kwargs.values()):
        if isinstance(v, (list, dict)):
            raise MethodError("format() takes text and numbers")
    import string

    for _lit, field, spec, _conv in string.Formatter().parse(s):
        if field is not None and ("." in field or "[" in field):
            raise MethodError("format() fields name an argument, not its attributes")
        digits = "".join(c for c in (spec or "") if c.isdigit())
        if digits and int(digits[:7]) > 10_000:
            raise MethodError("a format width or precision is too large")
    out = s.format(*args, **kwargs)
    _size(len(out))
    return out


def _split(s: str, sep: Any = None, maxsplit: int = -1) -> list[str]:
    if sep is not None:
        _text(sep, "split()'s separator")
    return s.split(sep, maxsplit)


def _extend(lst: list, items: Any) -> None:
    if not isinstance(items, list):
        raise MethodError("extend() takes a list")
    _size(len(lst) + len(items))
    lst.extend(items)


def _append(lst: list, item: Any) -> None:
    _size(len(lst) + 1)
    lst.append(item)


def _insert(lst: list, i: Any, item: Any) -> None:
    _size(len(lst) + 1)
    lst.insert(i, item)


def set_items(items: Any) -> list:
    """The items without duplicates, first seen first (a story's set is such a list)."""
    seen: set = set()
    out = []
    for x in items:
        if isinstance(x, (list, dict)):
            raise MethodError("a set holds text, numbers, True, False or None, not a list"
                              " or dict")
        if x not in seen:  # as Python's set: 1, 1.0 and True are one item
            seen.add(x)
            out.append(x)
    return out


def _add(lst: list, item: Any) -> None:
    """set.add on a set kept as a list: appended once."""
    if item not in lst:
        _size(len(lst) + 1)
        lst.append(item)


def _discard(lst: list, item: Any) -> None:
    while item in lst:
        lst.remove(item)


def _sort(lst: list, reverse: bool = False) -> None:
    lst.sort(reverse=bool(reverse))


def _update(d: dict, other: Any) -> None:
    if not isinstance(other, dict):
        raise MethodError("update() takes a dict")
    _size(len(d) + len(other))
    d.update(other)


def _setdefault(d: dict, key: Any, value: Any = None) -> Any:
    _key(key)
    return d.setdefault(key, value)


def _key(key: Any) -> None:
    if not isinstance(key, str):
        raise MethodError("dict keys must be text, so that saves keep them exactly")


STR_METHODS: Final[dict[str, Callable[..., Any]]] = {
    "upper": str.upper, "lower": str.lower, "title": str.title,
    "capitalize": str.capitalize, "swapcase": str.swapcase, "strip": str.strip,
    "lstrip": str.lstrip, "rstrip": str.rstrip, "startswith": str.startswith,
    "endswith": str.endswith, "find": str.find, "rfind": str.rfind, "count": str.count,
    "index": str.index, "isdigit": str.isdigit, "isalpha": str.isalpha,
    "isalnum": str.isalnum, "isspace": str.isspace, "islower": str.islower,
    "isupper": str.isupper, "split": _split, "join": _join, "replace": _replace,
    "format": _format, "zfill": _pad("zfill"), "center": _pad("center"),
    "ljust": _pad("ljust"), "rjust": _pad("rjust"),
}
LIST_METHODS: Final[dict[str, Callable[..., Any]]] = {
    "append": _append, "extend": _extend, "insert": _insert, "pop": list.pop,
    "remove": list.remove, "index": list.index, "count": list.count,
    "copy": list.copy, "clear": list.clear, "reverse": list.reverse, "sort": _sort,
    "add": _add, "discard": _discard,  # a set is kept as a list (see set_items)
}
DICT_METHODS: Final[dict[str, Callable[..., Any]]] = {
    "get": lambda d, k, default=None: d.get(k, default) if isinstance(k, str) else default,
    "keys": lambda d: list(d.keys()), "values": lambda d: list(d.values()),
    "items": lambda d: [[k, v] for k, v in d.items()], "pop": dict.pop,
    "setdefault": _setdefault, "update": _update, "copy": dict.copy, "clear": dict.clear,
}
# methods that change the value they are called on (the variable is checked after)
MUTATING: Final = frozenset({"append", "extend", "insert", "pop", "remove", "clear",
                             "reverse", "sort", "setdefault", "update", "add", "discard"})
METHODS: Final = frozenset(STR_METHODS) | frozenset(LIST_METHODS) | frozenset(DICT_METHODS)


def call_method(obj: Any, name: str, args: list[Any], kwargs: dict[str, Any]) -> Any:
    """obj.name(*args, **kwargs) if the allow-list has it for obj's type."""
    table = STR_METHODS if isinstance(obj, str) else LIST_METHODS if isinstance(obj, list) \
        else DICT_METHODS if isinstance(obj, dict) else None
    if table is None or name not in table:
        names: dict[type, str] = {str: "text", list: "a list", dict: "a dict"}
        what = names.get(type(obj), type(obj).__name__)
        raise MethodError(f"{what} has no method '{name}' here")
    try:
        out = table[name](obj, *args, **kwargs)
    except MethodError:
        raise
    except (TypeError, ValueError, IndexError, KeyError, OverflowError) as exc:
        raise MethodError(f"{name}(): {exc}") from None
    if isinstance(out, (str, list)):
        _size(len(out))
    return None if out is obj and name in MUTATING else out
