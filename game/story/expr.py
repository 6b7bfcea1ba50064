"""Story expressions against the story's variables: evaluation and `$` statements."""
from __future__ import annotations

from typing import Any

from ..script.evaluate import EvalError, binop, evaluate, subscript
from ..script.values import UnstorableValue, check_value

__all__ = ["EvalError", "Scope"]


class Scope:
    """Variables (state, saved) over constants (define, not saved)."""

    __slots__ = ("variables", "constants", "host")

    def __init__(self, variables: dict[str, Any], constants: dict[str, Any],
                 host: Any = None) -> None:
        self.variables = variables
        self.constants = constants
        self.host = host  # Ren'Py's library and persistent data (see library.py)

    def lookup(self, name: str) -> Any:
        if name.startswith("persistent.") and self.host is not None:
            return self.host.persistent_get(name[11:])  # [persistent.x] in text
        if name in self.variables:
            return self.variables[name]
        if name in self.constants:
            return self.constants[name]
        if name == "_return":
            return None  # no call has returned a value yet
        raise EvalError(f"'{name}' has no value yet (give it one with default)")

    def eval(self, code: tuple) -> Any:
        return evaluate(code, self.lookup, self.host)

    def run(self, code: tuple) -> None:
        """Run the checked code of a `$` line."""
        for stmt in code[1]:
            kind = stmt[0]
            if kind == "set":
                self._store(stmt[1], self.eval(stmt[2]))
            elif kind == "aug":
                current = self.eval(stmt[1])
                self._store(stmt[1], binop(stmt[2], current, self.eval(stmt[3])))
            elif kind == "expr":
                self.eval(stmt[1])

    def _store(self, target: tuple, value: Any) -> None:
        kind = target[0]
        if kind == "tuple":
            if not isinstance(value, list) or len(value) != len(target[1]):
                n = len(target[1])
                raise EvalError(f"{n} names are set from "
                                + (f"{len(value)} values" if isinstance(value, list)
                                   else "one value") + f"; give {n}")
            for t, v in zip(target[1], value):
                self._store(t, v)
            return
        if kind == "pers":
            check_storable(value)
            if self.host is None:
                raise EvalError("persistent data can only be set while the story runs")
            self.host.persistent_set(target[1], value)
            return
        if kind == "n":
            check_storable(value)
            self.variables[target[1]] = value
            return
        container = self.eval(target[1])
        key = self.eval(target[2])
        if isinstance(container, list):
            old = subscript(container, key)  # raises a clear error when out of range
        elif isinstance(container, dict):
            if not isinstance(key, str):
                raise EvalError("dict keys must be text, so that saves keep them exactly")
            old = container.get(key, _ABSENT)
        else:
            raise EvalError("only items of lists and dicts can be assigned")
        container[key] = value
        root = target
        while root[0] != "n":  # the variable the item belongs to: checked as a whole,
            root = root[1]  # so that a list put inside itself is caught
        try:
            check_storable(self.eval(root))
        except EvalError:
            if old is _ABSENT:
                del container[key]
            else:
                container[key] = old
            raise


_ABSENT: Any = object()


def check_storable(value: Any) -> None:
    """EvalError unless a save can hold `value` (see game.script.values)."""
    try:
        check_value(value)
    except UnstorableValue as exc:
        raise EvalError(str(exc)) from None
