"""The interface's own strings, collected from the ui layer's source for the catalogue.

Screens pass their words as plain literals to a few drawing calls (draw_text, button,
label, Confirm, toast...), and the ui layer translates them in one place (game/ui/i18n.py)
as they are drawn, so no screen is rewritten. This finds those literals: every string
constant in game/ui/ that reads as words shown to a player (not a docstring, not a
comparison, not a keyword such as cls= or name=). Read with the standard library's `ast`.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Final

UI_DIR: Final = Path(__file__).resolve().parent.parent / "ui"
# outside game/ui, the window's own words (game/app/: the skip and auto indicators, the
# toasts of saving and live reload)
EXTRA_FILES: Final = ("app/__init__.py", "app/live_reload.py", "app/reading.py", "app/saving.py",
                      "app/session.py")
_NOT_SHOWN_KWARGS: Final = frozenset({"cls", "name", "family", "align", "object_id",
                                      "class_id", "focus_name", "kind"})
_WORDS_RE: Final = re.compile(r"^[A-Z\u201c\u2190-\u21ff\u25a0-\u25ff][^\n]*[a-z\u2026.?!]")


def _shown(text: str) -> bool:
    """Whether a literal reads as words a player sees."""
    if not _WORDS_RE.match(text) or text.startswith(("@", "#")) or text != text.strip():
        return False
    if " " not in text and ("_" in text or re.search(r"\.[a-z0-9]{2,4}$", text)):
        return False  # an identifier, a file name
    return len(text) <= 300


class _Collector(ast.NodeVisitor):
    def __init__(self, path: str) -> None:
        self.path = path
        self.found: list[tuple[str, int]] = []
        self._skip: set[int] = set()

    def _docstring(self, node: ast.AST) -> None:
        body = getattr(node, "body", None)
        if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
            self._skip.add(id(body[0].value))

    def visit_Module(self, node: ast.Module) -> None:
        self._docstring(node)
        self.generic_visit(node)

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self._docstring(node)
        self.generic_visit(node)

    def visit_FunctionDef(self, node: ast.FunctionDef) -> None:
        self._docstring(node)
        a = node.args
        for arg in [*a.posonlyargs, *a.args, *a.kwonlyargs, a.vararg, a.kwarg]:
            if arg is not None and arg.annotation is not None:
                self._skip.update(id(n) for n in ast.walk(arg.annotation))
        if node.returns is not None:
            self._skip.update(id(n) for n in ast.walk(node.returns))
        self.generic_visit(node)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        self._skip.update(id(n) for n in ast.walk(node.annotation))
        self.generic_visit(node)

    def visit_Compare(self, node: ast.Compare) -> None:
        for n in ast.walk(node):
            self._skip.add(id(n))

    def visit_JoinedStr(self, node: ast.JoinedStr) -> None:
        for n in ast.walk(node):  # an f-string's pieces are not whole sentences
            self._skip.add(id(n))

    def visit_Subscript(self, node: ast.Subscript) -> None:
        for n in ast.walk(node.slice):
            self._skip.add(id(n))
        self.generic_visit(node)

    def visit_Call(self, node: ast.Call) -> None:
        f = node.func
        fname = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
        if fname == "_" and node.args and isinstance(node.args[0], ast.Constant) \
                and isinstance(node.args[0].value, str):  # marked: a format string too
            self.found.append((node.args[0].value, node.lineno))
            self._skip.add(id(node.args[0]))
        if fname in ("getLogger", "debug", "info", "warning", "error", "exception",
                     "getattr", "setattr", "hasattr", "get", "startswith", "endswith",
                     "open_page", "make_page", "_set", "_flip", "environ"):
            for a in node.args:
                if fname in ("open_page", "make_page") or not isinstance(a, ast.Call):
                    for n in ast.walk(a):
                        self._skip.add(id(n))
        for kw in node.keywords:
            if kw.arg in _NOT_SHOWN_KWARGS:
                for n in ast.walk(kw.value):
                    self._skip.add(id(n))
        self.generic_visit(node)

    def visit_Constant(self, node: ast.Constant) -> None:
        if isinstance(node.value, str) and id(node) not in self._skip and _shown(node.value):
            self.found.append((node.value, node.lineno))


def collect(ui_dir: Path = UI_DIR) -> list[tuple[str, str, int]]:
    """(text, file, line) for each string the interface shows, first place first."""
    out: list[tuple[str, str, int]] = []
    seen: set[str] = set()
    paths = sorted(ui_dir.rglob("*.py")) + [ui_dir.parent / f for f in EXTRA_FILES]
    for path in paths:
        try:
            tree = ast.parse(path.read_text(encoding="utf-8"))
        except (OSError, SyntaxError, ValueError):  # pragma: no cover - our own code
            continue
        c = _Collector(str(path))
        c.visit(tree)
        rel = path.relative_to(ui_dir.parent.parent).as_posix()
        for text, line in c.found:
            if text not in seen:
                seen.add(text)
                out.append((text, rel, line))
    return out
