"""What a menu may ask of the game: the one door between game/ui and the window that
runs it (game/app/). Screens, the menu stack, the language and self-voicing hold a
`Host`, never the window's Game, so the interface imports nothing above its layer.

A member is listed here because a screen uses it (tests/ui/test_host.py checks both
ways: every use is listed, every listed member is used, and the Game is a Host)."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

if TYPE_CHECKING:
    import pygame

    from ..assets.art import ArtSource
    from ..assets.packs import ArtPack
    from ..project import GameIdentity
    from ..render.images import ImageStore
    from ..render.screen import Screen
    from ..story.rollback import Rollback
    from ..story.runtime import Runtime
    from ..userdata import DataDir
    from ..userdata.persistent import Persistent
    from ..userdata.prefs import Preferences
    from ..userdata.saves import SaveStore
    from .interface import Interface
    from .language import Language
    from .screens.gallery import CGThumbs
    from .thumbs import ChapterThumbs
    from .voicing import SelfVoicing


@runtime_checkable
class ReadingView(Protocol):
    """The reading in progress, as the menus see it."""

    replay: str | None  # the chapter being replayed (nothing is saved), or None
    screen: Screen  # the presenter: what shows (a line, a menu), for self-voicing
    rollback: Rollback  # History's entries
    runtime: Runtime  # the music room puts the scene's sound back

    @property
    def skipping(self) -> bool: ...

    def roll_to(self, index: int) -> bool:
        """Back (or forward) to a History entry."""
        ...

    def relanguage(self) -> None:
        """Show the line and the history again in the language just chosen."""
        ...


@runtime_checkable
class Host(Protocol):
    """The game, as the menus see it."""

    # -- what the game holds -----------------------------------------------------------
    program: Any  # the story (a Program, or a LazyProgram before it has loaded)
    identity: GameIdentity  # the story's title and ids (game.toml)
    prefs: Preferences
    persistent: Persistent
    saves: SaveStore
    data: DataDir
    images: ImageStore
    source: ArtSource  # the story's images and the art packs over them
    cli_packs: list[ArtPack]  # --art: always on
    chosen_packs: list[ArtPack]  # picked on the Art screen
    audio: Any  # the mixer's player, or None (no device, or not open yet)
    ui: Interface
    language: Language
    voicing: SelfVoicing
    thumbs: ChapterThumbs | None  # made when Chapters first opens
    cg_thumbs: CGThumbs | None  # made when the gallery first opens
    slot_page: str  # the Save/Load screens' page, kept while the window is open
    dirty: bool  # the window redraws

    @property
    def session(self) -> ReadingView | None:
        """The reading in progress; None at the title."""
        ...

    # -- telling the player ------------------------------------------------------------
    def toast(self, text: str, error: bool = False) -> None: ...
    def state_changed(self) -> None: ...

    # -- preferences and art packs -----------------------------------------------------
    def save_prefs(self) -> None: ...
    def apply_prefs(self) -> None: ...
    def apply_volumes(self) -> None: ...
    def available_packs(self) -> list[ArtPack]: ...
    def set_packs(self, names: list[str], save: bool = True) -> None: ...
    def reload_packs(self) -> None: ...

    # -- the story ---------------------------------------------------------------------
    def new_game(self, chapter: str | None = None) -> None: ...
    def continue_latest(self) -> bool: ...
    def replay(self, chapter: str) -> None: ...
    def end_replay(self) -> None: ...
    def to_title(self) -> None: ...
    def quit(self) -> None: ...
    def unsaved_progress(self) -> bool: ...
    def load_slot(self, slot: str) -> bool: ...
    def save_slot(self, slot: str, quiet: bool = False, name: str | None = None) -> bool: ...
    def play_title_music(self) -> None: ...
    def open_accessibility(self) -> None: ...

    # -- a story that fails ------------------------------------------------------------
    def error_roll_back(self) -> None: ...
    def error_reload(self) -> None: ...
    def error_to_title(self) -> None: ...
    def reload_story(self) -> None: ...

    # -- pictures under the menus ------------------------------------------------------
    def frame_copy(self) -> pygame.Surface: ...
    def draw_game_frame(self, canvas: pygame.Surface) -> None: ...
    def draw_title_art(self, canvas: pygame.Surface) -> None: ...
    def gui_background(self, kind: str, size: tuple[int, int]) -> pygame.Surface | None: ...
    def title_art_settled(self) -> bool: ...
