"""The menus, one module each: title, dialogs (confirm, content note), game menu,
save/load (and a save's name), preferences, history, chapters, art packs, about, and
the extras: gallery, music room, help."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from ..host import Host


def make_page(game: Host, name: str) -> Any:
    """A page by its navigation name ("Save", "Load", "Preferences", ...)."""
    if name in ("Save", "Load"):
        from .saveload import SaveLoadScreen

        return SaveLoadScreen(game, saving=name == "Save")
    if name == "Preferences":
        from .preferences import PreferencesScreen

        return PreferencesScreen(game)
    if name == "History":
        from .history import HistoryScreen

        return HistoryScreen(game)
    if name == "Chapters":
        from .chapters import ChapterSelect

        return ChapterSelect(game)
    if name == "Art":
        from .art import ArtScreen

        return ArtScreen(game)
    if name == "Gallery":
        from .gallery import Gallery

        return Gallery(game)
    if name == "Music Room":
        from .music_room import MusicRoom

        return MusicRoom(game)
    if name == "Help":
        from .help import HelpScreen

        return HelpScreen(game)
    if name == "Accessibility":
        from .accessibility import AccessibilityScreen

        return AccessibilityScreen(game)
    if name == "About":
        from .about import AboutScreen

        return AboutScreen(game)
    raise KeyError(name)


def open_page(game: Host, name: str, replacing: Any = None) -> None:
    """Open a page from the navigation; Main Menu and Quit ask first in a game."""
    from .dialogs import ask_main_menu, ask_quit

    if name == "Main Menu":
        ask_main_menu(game)
        return
    if name == "Quit":
        ask_quit(game)
        return
    page = make_page(game, name)
    if replacing is not None and replacing in game.ui.stack:
        k = game.ui.stack.index(replacing)
        del game.ui.stack[k:]
    game.ui.open(page)
