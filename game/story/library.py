"""Ren'Py's library functions that give a value, answered from the story's own state:
no Python runs. The random numbers come from a small generator whose whole state is
one integer in the story state, so a rollback or a load replays the same numbers."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Final

from ..script.evaluate import EvalError
from ..script.values import UnstorableValue, check_value

if TYPE_CHECKING:
    from .runtime import Runtime

MASK: Final = (1 << 64) - 1


def next_random(state: int) -> tuple[int, int]:
    """SplitMix64: (the new state, a 64-bit random number)."""
    state = (state + 0x9E3779B97F4A7C15) & MASK
    z = state
    z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
    z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
    return state, z ^ (z >> 31)


def _int(v: Any, what: str) -> int:
    if isinstance(v, bool) or not isinstance(v, int):
        raise EvalError(f"{what} must be a whole number")
    return v


def _num(v: Any, what: str) -> float:
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise EvalError(f"{what} must be a number")
    return float(v)


class Library:
    """The `host` of story expressions while a Runtime runs them."""

    __slots__ = ("rt",)

    def __init__(self, rt: Runtime) -> None:
        self.rt = rt

    def _random(self) -> int:
        st = self.rt.state
        st.rng, value = next_random(st.rng)
        return value

    def call(self, name: str, args: list[Any], kwargs: dict[str, Any]) -> Any:  # noqa: C901
        short = name.rsplit(".", 1)[1]
        if kwargs:
            raise EvalError(f"{name}() takes no keyword arguments here")
        need = {"randint": 2, "choice": 1, "random": 0, "uniform": 2, "shuffle": 1,
                "has_label": 1, "seen_label": 1, "seen_audio": 1, "seen_image": 1}[short]
        if len(args) != need:
            raise EvalError(f"{name}() takes {need} argument{'s' if need != 1 else ''}")
        if short == "randint":
            lo, hi = _int(args[0], "randint's low"), _int(args[1], "randint's high")
            if hi < lo:
                raise EvalError(f"randint({lo}, {hi}): the high end is below the low")
            if hi - lo >= 1 << 62:
                raise EvalError("randint's range is too large")
            return lo + self._random() % (hi - lo + 1)
        if short == "random":
            return (self._random() >> 11) / float(1 << 53)
        if short == "uniform":
            low, high = _num(args[0], "uniform's low"), _num(args[1], "uniform's high")
            return low + (high - low) * ((self._random() >> 11) / float(1 << 53))
        if short == "choice":
            seq = args[0]
            if not isinstance(seq, (list, str)) or not seq:
                raise EvalError("choice() takes a list (or text) that is not empty")
            return seq[self._random() % len(seq)]
        if short == "shuffle":
            seq = args[0]
            if not isinstance(seq, list):
                raise EvalError("shuffle() takes a list")
            for i in range(len(seq) - 1, 0, -1):  # Fisher-Yates
                j = self._random() % (i + 1)
                seq[i], seq[j] = seq[j], seq[i]
            return None
        target = args[0]
        if not isinstance(target, str):
            raise EvalError(f"{name}() takes a name as text")
        if short == "has_label":
            return target in self.rt.program.labels
        if short == "seen_label":
            return target in self.rt.state.labels_seen
        return False  # seen_audio, seen_image: not tracked; never seen

    def persistent_get(self, name: str) -> Any:
        """persistent.NAME: what a play set, else its `default persistent.NAME`, else
        None, as in Ren'Py."""
        data = self.rt.persistent
        if name in data:
            return data[name]
        default = self.rt.program.constants.get("persistent." + name)
        if isinstance(default, (list, dict)):  # a copy the story may change in place
            import json

            data[name] = default = json.loads(json.dumps(default))
        return default

    def persistent_set(self, name: str, value: Any) -> None:
        try:
            check_value(value)
        except UnstorableValue as exc:
            raise EvalError(str(exc)) from None
        self.rt.persistent[name] = value
        if self.rt.persistent_changed is not None:
            self.rt.persistent_changed()
