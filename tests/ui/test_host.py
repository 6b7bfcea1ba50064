"""The menus reach the game through one narrow door, game/ui/host.py's `Host`: every
member a screen uses is listed there, nothing listed goes unused, and the window's Game
(and its reading, as `ReadingView`) provides each member with the same signature.
That game/ui never imports game.app is tests/test_layers.py's to check."""
from __future__ import annotations

import ast
import inspect
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from game.app import Game
from game.app.session import Session
from game.ui.host import Host, ReadingView

UI = Path(__file__).resolve().parents[2] / "game" / "ui"


def members(protocol: type) -> set[str]:
    """The attributes and methods a protocol lists (its own, not Protocol's)."""
    names = set(protocol.__dict__.get("__annotations__", {}))
    names |= {n for n, v in vars(protocol).items()
              if not n.startswith("_") and (callable(v) or isinstance(v, property))}
    return names


def _is_self_game(node: ast.AST) -> bool:
    return isinstance(node, ast.Attribute) and node.attr == "game" and \
        isinstance(node.value, ast.Name) and node.value.id == "self"


def _is_game(node: ast.AST, names: set[str]) -> bool:
    return _is_self_game(node) or (isinstance(node, ast.Name) and node.id in names)


def game_uses(source: str) -> Iterator[str]:
    """Names read or set on the game in a module: `self.game.x`, `game.x` (a parameter
    named game), `g.x` after `g = self.game`, and getattr/setattr/hasattr(game, "x")."""
    tree = ast.parse(source)
    for fn in ast.walk(tree):
        if not isinstance(fn, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)):
            continue
        names = {"game"} if any(a.arg == "game" for a in fn.args.args) else set()
        for n in ast.walk(fn):
            if isinstance(n, ast.Assign) and len(n.targets) == 1 and \
                    isinstance(n.targets[0], ast.Name) and (
                    _is_self_game(n.value) or (isinstance(n.value, ast.Name)
                                               and n.value.id in names)):
                names.add(n.targets[0].id)

        for n in ast.walk(fn):
            if isinstance(n, ast.Attribute) and _is_game(n.value, names):
                yield n.attr
            elif isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and \
                    n.func.id in ("getattr", "setattr", "hasattr") and len(n.args) >= 2 \
                    and _is_game(n.args[0], names) and isinstance(n.args[1], ast.Constant):
                yield str(n.args[1].value)


def ui_uses() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for path in sorted(UI.rglob("*.py")):
        for name in game_uses(path.read_text(encoding="utf-8")):
            found.setdefault(name, []).append(path.relative_to(UI.parent).as_posix())
    return found


def test_the_finder_sees_every_way_a_screen_reaches_the_game() -> None:
    source = (
        "class S:\n"
        "    def a(self):\n"
        "        self.game.toast('x')\n"
        "        g = self.game\n"
        "        g.ui.open(1)\n"
        "        h = g\n"
        "        h.prefs.mute = True\n"
        "        return getattr(self.game, 'thumbs', None)\n"
        "def b(game, other):\n"
        "    other.not_the_game()\n"
        "    return lambda: game.quit()\n")
    assert sorted(set(game_uses(source))) == ["prefs", "quit", "thumbs", "toast", "ui"]


def test_every_member_a_screen_uses_is_in_the_host_protocol() -> None:
    unlisted = {n: where for n, where in ui_uses().items() if n not in members(Host)}
    assert unlisted == {}, "add these to game/ui/host.py's Host (or stop using them)"


def test_every_member_of_the_host_protocol_is_used_by_a_screen() -> None:
    unused = members(Host) - set(ui_uses())
    assert unused == set(), "remove these from game/ui/host.py's Host"


def _parameters(fn: Any) -> list[tuple[str, Any, Any]]:
    return [(p.name, p.kind, p.default) for p in inspect.signature(fn).parameters.values()]


def _same_signatures(protocol: type, cls: type) -> list[str]:
    wrong = []
    for name in sorted(members(protocol)):
        want = inspect.getattr_static(protocol, name, None)
        have = inspect.getattr_static(cls, name, None)
        if callable(want) and not isinstance(want, property):
            if not callable(have):
                wrong.append(f"{name}: not a method of {cls.__name__}")
            elif _parameters(have) != _parameters(want):
                wrong.append(f"{name}: {inspect.signature(have)} is not "
                             f"{inspect.signature(want)}")
    return wrong


@pytest.mark.parametrize("protocol, cls", [(Host, Game), (ReadingView, Session)])
def test_the_app_provides_each_method_with_the_protocol_s_signature(protocol: type,
                                                                    cls: type) -> None:
    assert _same_signatures(protocol, cls) == []


def test_the_game_and_its_reading_are_what_the_menus_expect(game: Any) -> None:
    assert isinstance(game, Host)
    assert game.session is None
    game.new_game()
    assert isinstance(game.session, ReadingView)

