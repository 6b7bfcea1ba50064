"""The interface's words in the reader's language: one `_()` every drawing call uses.

Screens keep writing their words as English literals (they double as the names tests
and code use); draw_text, Menu.button and Menu.label, the quick menu and the toasts
pass what they show through `_()`. `translate update` collects those literals
(game/i18n/ui_strings.py) into the catalogue's "ui" entries.
"""
from __future__ import annotations

_strings: dict[str, str] = {}
generation = 0  # bumped when the language changes: cached layouts redo themselves


def use(strings: dict[str, str] | None) -> None:
    """Show the interface with `strings` (English literal -> translation); None: as
    written."""
    global _strings, generation
    _strings = dict(strings or {})
    generation += 1


def _(text: str) -> str:
    """`text` in the reader's language (itself when untranslated)."""
    return _strings.get(text, text) if _strings else text
