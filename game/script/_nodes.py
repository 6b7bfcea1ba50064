"""Fast constructors for the frozen AST dataclasses.

A frozen dataclass's `__init__` sets each field through `object.__setattr__`,
which costs about twice what setting its slots directly does. The loader builds
tens of thousands of nodes, so the parser and the story cache build them here:
the same class, every slot set, so equality, hashing, repr and immutability are
exactly those of an instance made by calling the class.
"""
from __future__ import annotations

import dataclasses
from collections.abc import Callable
from typing import Any, Final

from . import ast as A


def _slot(cls: type, name: str) -> Any:
    for klass in cls.__mro__:
        d = klass.__dict__.get(name)
        if d is not None and hasattr(d, "__set__"):
            return d
    raise TypeError(f"{cls.__name__}.{name} is not a slot")  # pragma: no cover


def builder(cls: type) -> Callable[..., Any]:
    """A function taking the same arguments as `cls(...)` (defaults too)."""
    fields = dataclasses.fields(cls)
    if getattr(cls, "__post_init__", None) is not None:  # pragma: no cover
        raise TypeError(f"{cls.__name__} has __post_init__")
    env: dict[str, Any] = {"_new": object.__new__, "_cls": cls}
    params, body = [], ["    o = _new(_cls)"]
    for k, f in enumerate(fields):
        if f.default_factory is not dataclasses.MISSING:  # pragma: no cover
            raise TypeError(f"{cls.__name__}.{f.name} has a default factory")
        if f.default is not dataclasses.MISSING:
            env[f"_d{k}"] = f.default
            params.append(f"{f.name}=_d{k}")
        else:
            params.append(f.name)
        env[f"_s{k}"] = _slot(cls, f.name).__set__
        body.append(f"    _s{k}(o, {f.name})")
    body.append("    return o")
    src = f"def make({', '.join(params)}):\n" + "\n".join(body) + "\n"
    exec(src, env)  # field names come from the class itself, never from a script
    make = env["make"]
    make.__name__ = make.__qualname__ = f"make_{cls.__name__}"
    return make


Say: Final = builder(A.Say)
Label: Final = builder(A.Label)
Choice: Final = builder(A.Choice)
Menu: Final = builder(A.Menu)
If: Final = builder(A.If)
While: Final = builder(A.While)
Jump: Final = builder(A.Jump)
Call: Final = builder(A.Call)
Return: Final = builder(A.Return)
Pass: Final = builder(A.Pass)
Pause: Final = builder(A.Pause)
Window: Final = builder(A.Window)
Python: Final = builder(A.Python)
Define: Final = builder(A.Define)
Default: Final = builder(A.Default)
ImageDef: Final = builder(A.ImageDef)
Scene: Final = builder(A.Scene)
Show: Final = builder(A.Show)
Hide: Final = builder(A.Hide)
With: Final = builder(A.With)
Play: Final = builder(A.Play)
Queue: Final = builder(A.Queue)
Stop: Final = builder(A.Stop)
Light: Final = builder(A.Light)
Input: Final = builder(A.Input)
Notify: Final = builder(A.Notify)
Restart: Final = builder(A.Restart)

BY_CLASS: Final = {A.Say: Say, A.Label: Label, A.Choice: Choice, A.Menu: Menu, A.If: If,
                   A.While: While, A.Jump: Jump, A.Call: Call, A.Return: Return,
                   A.Pass: Pass, A.Pause: Pause, A.Window: Window, A.Python: Python,
                   A.Define: Define, A.Default: Default, A.ImageDef: ImageDef,
                   A.Scene: Scene, A.Show: Show, A.Hide: Hide, A.With: With, A.Play: Play,
                   A.Queue: Queue, A.Stop: Stop, A.Light: Light,
                   A.Input: Input, A.Notify: Notify, A.Restart: Restart}
