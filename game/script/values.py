"""What a story variable may hold, checked in one place: by `$`, by `default`, by a
loaded save and by the loader for `define`.

A value is plain data (None, bool, int, float, str, list, dict with text keys) that a
save can write and read back exactly: finite numbers, text without NUL or lone
surrogates, and a bounded tree (no list that contains itself, no nesting deeper than
MAX_DEPTH, at most MAX_NODES items counted with repeats, so that shared structure
cannot double its way past what JSON can write). The walk is iterative: no input can
reach Python's recursion limit here.
"""
from __future__ import annotations

import math
from typing import Any, Final

MAX_DEPTH: Final = 64  # lists and dicts inside one another
MAX_NODES: Final = 200_000  # items in one value, each shared item counted each time
MAX_TEXT: Final = 1_000_000  # characters of text in one value, in all
MAX_INT_BITS: Final = 4096  # well under Python's int-to-text limit (4300 digits)


class UnstorableValue(ValueError):
    """A value a save could not keep; the message says why, for the writer."""


def text_problem(text: str) -> str | None:
    """Why `text` cannot be shown or saved (a NUL or a lone surrogate), or None."""
    if "\0" in text:
        return f"contains a NUL character (at character {text.index(chr(0)) + 1})"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        return f"contains a lone surrogate U+{ord(text[exc.start]):04X} (at character" \
               f" {exc.start + 1}), which no file can hold"
    return None


def check_value(value: Any, *, opaque: tuple[type, ...] = ()) -> int:  # noqa: C901
    """Raise UnstorableValue unless `value` is storable plain data (see the module
    docstring); return how many items it holds (each shared one counted each time).
    Instances of `opaque` (the loader's Character and Transition values in a `define`)
    are accepted as leaves."""
    nodes = 0
    chars = 0
    # (value, depth); a None marker closes the container on top of `open_ids`
    todo: list[Any] = [(value, 0)]
    open_ids: list[int] = []
    open_set: set[int] = set()
    while todo:
        item = todo.pop()
        if item is None:
            open_set.discard(open_ids.pop())
            continue
        v, depth = item
        nodes += 1
        if nodes > MAX_NODES:
            raise UnstorableValue(f"the value is too large (over {MAX_NODES} items, counting"
                                  " each shared list or dict each time it appears)")
        t = type(v)
        if v is None or t is bool:
            continue
        if t is int:
            if v.bit_length() > MAX_INT_BITS:
                raise UnstorableValue("the number is too large to save")
            continue
        if t is float:
            if not math.isfinite(v):
                raise UnstorableValue(f"{v!r} is not a finite number, so no save can hold it")
            continue
        if t is str:
            chars += len(v)
            if chars > MAX_TEXT:
                raise UnstorableValue(f"the value holds over {MAX_TEXT} characters of text")
            why = text_problem(v)
            if why:
                raise UnstorableValue(f"the text {why}")
            continue
        if t is list or t is dict:
            if id(v) in open_set:
                raise UnstorableValue(f"the {t.__name__} contains itself, so no save can"
                                      " write it out")
            if depth >= MAX_DEPTH:
                raise UnstorableValue(f"lists and dicts are nested over {MAX_DEPTH} deep")
            open_ids.append(id(v))
            open_set.add(id(v))
            todo.append(None)
            if t is list:
                todo.extend((x, depth + 1) for x in v)
            else:
                for k in v:
                    if type(k) is not str:
                        raise UnstorableValue("dict keys must be text, so that saves keep"
                                              " them exactly")
                    todo.append((k, depth + 1))
                todo.extend((x, depth + 1) for x in v.values())
            continue
        if opaque and isinstance(v, opaque):
            continue
        raise UnstorableValue(f"a {_kind(v)} cannot be stored in a story variable; only"
                              " text, numbers, booleans, None, lists and dicts can")
    return nodes


def _kind(v: Any) -> str:
    name = type(v).__name__
    return {"CharacterDef": "Character", "Transition": "transition"}.get(name, name)
