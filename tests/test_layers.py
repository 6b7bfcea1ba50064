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

import pytest

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

# PROVISIONAL: today's module -> its name in the target layout, while the moves of issue
# 12 land. Delete each entry once its module has moved (the test says which).
PROVISIONAL: Final[Mapping[str, str]] = {
}

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

# Violations on main when this test was written, as (importer, imported) in target names.
# This list must end EMPTY: the test fails on a violation not listed here and on a listed
# one that no longer occurs, so it shrinks as the fixes of issue 12 land.
KNOWN_VIOLATIONS: Final[frozenset[tuple[str, str]]] = frozenset({
    ("game.i18n.renpy_tl", "game.script._cursor"),
    ("game.story.stage_images", "game.script._layered"),
})


@dataclass(frozen=True)
class Violation:
    path: str      # the importing file, relative to the tree's parent
    line: int
    importer: str  # target names (PROVISIONAL applied)
    imported: str
    rule: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.importer} imports {self.imported}: {self.rule}"


@dataclass(frozen=True)
class Rules:
    layer: Mapping[str, int]
    shared: frozenset[str]
    provisional: Mapping[str, str]
    pygame_allowed: Mapping[str, str]


HOUSE_RULES: Final = Rules(LAYER, SHARED, PROVISIONAL, PYGAME_ALLOWED)
NOT_PLACED: Final = "not in the layer table: add its package to LAYER (or a move to PROVISIONAL)"
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


def _target(name: str, rules: Rules) -> str:
    key = _longest(name, rules.provisional)
    return name if key is None else rules.provisional[key] + name[len(key):]


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
        me = _target(name, rules)
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
            other = _target(imported, rules)
            owner = _private_owner(imported)
            if owner is not None and owner != top and not _within(name, owner):
                found.append(Violation(where, line, me, other,
                                       f"private module of {owner}, imported from outside it"))
            their_layer = _layer(other, rules)
            if my_layer is not None and their_layer is not None and their_layer > my_layer:
                found.append(Violation(where, line, me, other, f"upward import (layer "
                                       f"{my_layer} imports layer {their_layer})"))
    return found


def against_known(found: list[Violation], known: frozenset[tuple[str, str]]) -> list[str]:
    """What is wrong with `found` given the violations still allowed: new ones, and
    allowed ones that no longer occur."""
    new = [str(v) for v in found if (v.importer, v.imported) not in known]
    gone = known - {(v.importer, v.imported) for v in found}
    return new + [f"{pair!r} no longer occurs: remove it from KNOWN_VIOLATIONS in "
                  "tests/test_layers.py" for pair in sorted(gone)]


def test_game_follows_the_layers() -> None:
    wrong = against_known(check(GAME), KNOWN_VIOLATIONS)
    assert not wrong, "the layering (LAYER above):\n" + "\n".join(wrong)


def test_provisional_names_are_still_there() -> None:
    known = modules(GAME)
    moved = [old for old in PROVISIONAL if old not in known]
    assert not moved, f"moved: delete from PROVISIONAL in tests/test_layers.py: {moved}"


# -- the checker itself, on small trees ---------------------------------------------------

TINY: Final = Rules(
    layer={"pkg.low": 1, "pkg.mid": 2, "pkg.top": 3},
    shared=frozenset({"pkg", "pkg._log"}),
    provisional={"pkg.loose": "pkg.top.loose"},
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


def test_provisional_names_place_loose_modules(tmp_path: Path) -> None:
    # pkg/loose.py counts as pkg.top.loose: it may use pygame and import down, and
    # importing it from below is upward.
    root = _tree(tmp_path, {"loose.py": "import pygame\nfrom pkg.low import x\n",
                            "low/model.py": "from pkg import loose\n"})
    assert _said(check(root, TINY)) == ["pkg/low/model.py:1: pkg.low.model imports "
                                        "pkg.top.loose: upward import (layer 1 imports layer 3)"]


def test_a_module_outside_the_table_fails(tmp_path: Path) -> None:
    root = _tree(tmp_path, {"stray.py": ""})
    assert _said(check(root, TINY)) == [
        "pkg/stray.py:1: pkg.stray imports -: not in the layer table: add its package to "
        "LAYER (or a move to PROVISIONAL)"]


@pytest.mark.parametrize("pair", sorted(KNOWN_VIOLATIONS))
def test_known_violations_name_target_modules(pair: tuple[str, str]) -> None:
    # Entries use target names, so a move that keeps a violation keeps its entry.
    importer, imported = pair
    assert _layer(importer, HOUSE_RULES) is not None, importer
    assert imported in PYGAME or _layer(imported, HOUSE_RULES) is not None or \
        _private_owner(imported) is not None, imported


def test_known_violations_must_still_occur_and_nothing_else() -> None:
    found = [Violation("pkg/a.py", 3, "pkg.low", "pkg.top", "upward import")]
    assert against_known(found, frozenset({("pkg.low", "pkg.top")})) == []
    assert against_known(found, frozenset()) == [
        "pkg/a.py:3: pkg.low imports pkg.top: upward import"]
    assert against_known([], frozenset({("pkg.low", "pkg.top")})) == [
        "('pkg.low', 'pkg.top') no longer occurs: remove it from KNOWN_VIOLATIONS in "
        "tests/test_layers.py"]


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
