"""About: the game's own words (game.toml's [[about]]), the licences of the engine's fonts
and libraries, the version, the content note."""
from __future__ import annotations

from typing import Any

import pygame

from ... import __version__
from ..theme import DIM_INK, INK
from ..widgets import draw_text
from .page import CONTENT_X, Page

TEXT_X, TEXT_W = CONTENT_X + 40, 1300

# what the engine brings to every game (the game's own words come from its game.toml)
ENGINE_CREDITS = [
    ("Fonts", "DejaVu fonts (DejaVu Sans, DejaVu Serif): Bitstream Vera licence with"
     " DejaVu changes in the public domain; see game/fonts/LICENSE-DejaVu.txt."
     " OpenDyslexic: CC-BY 3.0 and Bitstream Vera licence; see"
     " game/fonts/LICENSE-OpenDyslexic.txt."),
    ("Libraries",
     "pygame-ce (GNU LGPL 2.1) with SDL 2 (zlib licence); pygame_gui (MIT licence);"
     " platformdirs (MIT licence); Babel (BSD licence). Python (PSF licence)."),
]


class AboutScreen(Page):
    name = "about"
    heading = "About"

    def build_content(self) -> None:
        if self._files() is not None and self._files().content_note:
            self.button((TEXT_X, 900, 380, 60), "Content note", self.note, cls="@toggle",
                        name="content note")

    def _files(self) -> Any:
        """The story's game.toml, read (None for a program made without one)."""
        return getattr(self.game.program, "story_files", None)

    def credits(self) -> list[tuple[str, str]]:
        """The title and version, the game's [[about]] sections, then the engine's."""
        files = self._files()
        return [(self.game.identity.title, f"A visual novel. Version {__version__}."),
                *(files.about if files is not None else []), *ENGINE_CREDITS]

    def note(self) -> None:
        from .dialogs import ContentNote

        self.game.ui.open(ContentNote(self.game))

    def draw_content(self, canvas: pygame.Surface) -> None:
        s = self.s
        y = s(150)
        for title, body in self.credits():
            y = draw_text(canvas, title, (s(TEXT_X), y), size=s(34), color=(255, 255, 255),
                          family="serif", bold=True)
            y = draw_text(canvas, body, (s(TEXT_X), y + s(4)), size=s(27), color=INK,
                          width=s(TEXT_W), line_gap=1.3) + s(26)
        try:
            sdl = ".".join(map(str, pygame.get_sdl_version()))
            draw_text(canvas, f"pygame-ce {pygame.version.ver}, SDL {sdl}",
                      (s(TEXT_X), s(990)), size=s(22), color=DIM_INK)
        except Exception:
            pass

    def describe(self) -> dict[str, Any]:
        return {"menu": self.name}
