"""The layering, executable: imports in game/ go downward only, no package reaches into
another package's `_private` modules, and pygame stays in the presenters.

Every import counts, at module level, inside functions and under `if TYPE_CHECKING:` (a
type-only import is still a dependency a reader has to follow). The checker is tested on
small synthetic trees below, so it is known to fail even while the real tree is clean.
"""
from __future__ import annotations

import ast
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Final


GAME: Final = Path(__file__).resolve().parent.parent / "game"

# The layer of each package (the README's "The code"); a package imports only packages
# of its own layer or lower. Subpackages and modules belong to their package's layer.
LAYER: Final[Mapping[str, int]] = {
    "game.scene": 1,      # stage model and transform maths, pure data
    "game.script": 2,     # text -> AST
    "game.story": 3,      # the runtime (never imports pygame)
    "game.assets": 4,     # art packs, image info, finding files on disk
    "game.i18n": 4,       # translations
    "game.userdata": 4,   # the player's data: saves, prefs, persistent
    "game.project": 4,    # the project on disk: the story's files, the caches
    "game.render": 5,     # pygame drawing
    "game.audio": 5,      # the mixer
    "game.ui": 6,         # pygame_gui menus and screens
    "game.app": 7,        # the window app: the loop and its controllers
    "game.commands": 8,   # commands, above everything
    "game.cli": 9,        # only parses arguments and calls a command
    "game.__main__": 9,   # python -m game: the cli
}
# Process-wide helpers every layer may use (matched exactly, not as packages): the
# package's own __init__ (version, app id), logging and memory settings.
SHARED: Final = frozenset({"game", "game._log", "game._memory"})

# Where pygame (and pygame_gui) may be imported, with why.
PYGAME_ALLOWED: Final[Mapping[str, str]] = {
    "game.render": "draws",
    "game.audio.backend": "the mixer backend",
    "game.audio.speech": "plays the rendered voice on a mixer channel of its own",
    "game.ui": "pygame_gui menus and input",
    "game.app": "the window and its loop",
    "game.commands.capture": "drives the window headless to take screenshots",
    "game.commands.art": "art template/check draw and measure surfaces",
    "game.commands.dist": "turns the PNG icon into each platform's icon",
}
PYGAME: Final = frozenset({"pygame", "pygame_gui"})



@dataclass(frozen=True)
class Violation:
    path: str      # the importing file, relative to the tree's parent
    line: int
    importer: str
    imported: str
    rule: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.importer} imports {self.imported}: {self.rule}"


@dataclass(frozen=True)
class Rules:
    layer: Mapping[str, int]
    shared: frozenset[str]
    pygame_allowed: Mapping[str, str]


HOUSE_RULES: Final = Rules(LAYER, SHARED, PYGAME_ALLOWED)
NOT_PLACED: Final = "not in the layer table: add its package to LAYER"
PYGAME_OUTSIDE: Final = ("pygame outside render, audio's backend, ui, the app and the listed "
                         "commands")


def _within(name: str, package: str) -> bool:
    return name == package or name.startswith(package + ".")


def _longest(name: str, table: Mapping[str, object]) -> str | None:
    found = [key for key in table if _within(name, key)]
    return max(found, key=len) if found else None


def modules(root: Path) -> dict[str, Path]:
    """Module name -> file, for every .py under the package directory `root`."""
    found = {}
    for path in sorted(root.rglob("*.py")):
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def imports(path: Path, name: str, known: Mapping[str, Path]) -> Iterator[tuple[int, str]]:
    """(line, imported module) for every import in the file, wherever it is written.
    `from pkg import mod` names the module pkg.mod when that is a module of the tree."""
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"), str(path))):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            for alias in node.names:
                sub = f"{module}.{alias.name}"
                yield node.lineno, sub if sub in known else module


def _layer(name: str, rules: Rules) -> int | None:
    if name in rules.shared:
        return 0
    key = _longest(name, rules.layer)
    return None if key is None else rules.layer[key]


def _private_owner(name: str) -> str | None:
    """The package a private module belongs to (game.script for game.script._fast)."""
    parts = name.split(".")
    for i, part in enumerate(parts):
        if part.startswith("_") and not part.startswith("__"):
            return ".".join(parts[:i])
    return None


def check(root: Path, rules: Rules = HOUSE_RULES) -> list[Violation]:
    """Every broken rule in the package tree at `root` (a directory such as game/)."""
    known = modules(root)
    top = root.name
    found = []
    for name, path in known.items():
        where = str(path.relative_to(root.parent))
        me = name
        my_layer = _layer(me, rules)
        if my_layer is None:
            found.append(Violation(where, 1, me, "-", NOT_PLACED))
        for line, imported in imports(path, name, known):
            head = imported.split(".")[0]
            if head in PYGAME:
                if _longest(me, rules.pygame_allowed) is None:
                    found.append(Violation(where, line, me, head, PYGAME_OUTSIDE))
                continue
            if head != top:
                continue
            other = imported
            owner = _private_owner(imported)
            if owner is not None and owner != top and not _within(name, owner):
                found.append(Violation(where, line, me, other,
                                       f"private module of {owner}, imported from outside it"))
            their_layer = _layer(other, rules)
            if my_layer is not None and their_layer is not None and their_layer > my_layer:
                found.append(Violation(where, line, me, other, f"upward import (layer "
                                       f"{my_layer} imports layer {their_layer})"))
    return found


def test_game_follows_the_layers() -> None:
    wrong = [str(v) for v in check(GAME)]
    assert not wrong, "the layering (LAYER above):\n" + "\n".join(wrong)


# -- the checker itself, on small trees ---------------------------------------------------

TINY: Final = Rules(
    layer={"pkg.low": 1, "pkg.mid": 2, "pkg.top": 3},
    shared=frozenset({"pkg", "pkg._log"}),
    pygame_allowed={"pkg.top": "draws"},
)


def _tree(tmp_path: Path, files: Mapping[str, str]) -> Path:
    root = tmp_path / "pkg"
    for rel, text in {"__init__.py": "", "_log.py": "", "low/__init__.py": "",
                      "mid/__init__.py": "", "top/__init__.py": "", **files}.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    return root


def _said(found: list[Violation]) -> list[str]:
    return [str(v) for v in found]


def test_a_clean_tree_passes(tmp_path: Path) -> None:
    root = _tree(tmp_path, {
        "low/_fast.py": "",
        "low/model.py": "from . import _fast\nfrom pkg import _log\nimport pkg\n",
        "mid/runtime.py": "from pkg.low.model import x\nfrom ..low import model\n",
        "top/view.py": "import pygame\nfrom pkg.mid import runtime\n",
    })
    assert check(root, TINY) == []


def test_an_upward_import_fails_with_file_line_and_rule(tmp_path: Path) -> None:
    root = _tree(tmp_path, {"low/model.py": "import os\n\n\ndef f():\n"
                                            "    from pkg.mid import runtime\n",
                            "mid/runtime.py": ""})
    assert _said(check(root, TINY)) == ["pkg/low/model.py:5: pkg.low.model imports "
                                        "pkg.mid.runtime: upward import (layer 1 imports layer 2)"]


def test_a_relative_upward_import_fails(tmp_path: Path) -> None:
    root = _tree(tmp_path, {"mid/runtime.py": "from ..top import view\n", "top/view.py": ""})
    assert _said(check(root, TINY)) == ["pkg/mid/runtime.py:1: pkg.mid.runtime imports "
                                        "pkg.top.view: upward import (layer 2 imports layer 3)"]


def test_a_private_module_of_another_package_fails(tmp_path: Path) -> None:
    root = _tree(tmp_path, {"low/_fast.py": "", "low/deep/__init__.py": "from .. import _fast\n",
                            "top/view.py": "from pkg.low import _fast\nimport pkg.low._fast\n"})
    rule = "private module of pkg.low, imported from outside it"
    assert _said(check(root, TINY)) == [
        f"pkg/top/view.py:1: pkg.top.view imports pkg.low._fast: {rule}",
        f"pkg/top/view.py:2: pkg.top.view imports pkg.low._fast: {rule}"]


def test_pygame_in_a_lower_layer_fails(tmp_path: Path) -> None:
    root = _tree(tmp_path, {"mid/story.py": "def draw():\n    import pygame.display\n"
                                            "    from pygame_gui import UIManager\n"})
    assert _said(check(root, TINY)) == [
        f"pkg/mid/story.py:2: pkg.mid.story imports pygame: {PYGAME_OUTSIDE}",
        f"pkg/mid/story.py:3: pkg.mid.story imports pygame_gui: {PYGAME_OUTSIDE}"]


def test_a_module_outside_the_table_fails(tmp_path: Path) -> None:
    root = _tree(tmp_path, {"stray.py": ""})
    assert _said(check(root, TINY)) == [
        "pkg/stray.py:1: pkg.stray imports -: not in the layer table: add its package to "
        "LAYER"]


def test_the_house_rules_on_a_small_game(tmp_path: Path) -> None:
    # The real tables: pygame in the runtime, the runtime reaching into the parser's
    # private modules, and the runtime importing the player's data (a higher layer).
    root = tmp_path / "game"
    for rel, text in {"__init__.py": "", "_log.py": "", "userdata/__init__.py": "", "userdata/saves.py": "from game import _log\n",
                      "script/__init__.py": "", "script/_fast.py": "",
                      "script/parser/__init__.py": "from .. import _fast\n",
                      "story/__init__.py": "",
                      "story/runtime.py": "import pygame\nfrom game.script._fast import f\n"
                                          "from game.userdata import saves\n",
                      "ui/__init__.py": "import pygame_gui\nfrom game.userdata import saves\n"}.items():
        (root / rel).parent.mkdir(parents=True, exist_ok=True)
        (root / rel).write_text(text)
    assert _said(check(root)) == [
        "game/story/runtime.py:1: game.story.runtime imports pygame: pygame outside render, "
        "audio's backend, ui, the app and the listed commands",
        "game/story/runtime.py:2: game.story.runtime imports game.script._fast: private module of "
        "game.script, imported from outside it",
        "game/story/runtime.py:3: game.story.runtime imports game.userdata.saves: upward import "
        "(layer 3 imports layer 4)"]
