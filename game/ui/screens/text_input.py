"""renpy.input in the window: the prompt over the scene, a line to type in, and OK.
Enter or OK gives the text to the story; the box holds at most the input's length."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pygame
import pygame_gui
from pygame_gui.core import ObjectID

from ...story import events as E
from ..theme import BRIGHT_RED, INK, PANEL, RED
from ..widgets import draw_text
from .base import SNAPSHOT, Menu

if TYPE_CHECKING:
    from ..host import Host

MAX_LENGTH = 1_000  # as the runtime keeps (story/runtime.py MAX_INPUT)


class TextInput(Menu):
    """Asks for a line of text; typing goes to the entry, Enter answers."""

    name = "input"
    backdrop = SNAPSHOT
    modal = True
    takes_text = True  # the interface gives it keys and text (text_event), not focus actions

    PANEL_RECT = (360, 330, 1200, 420)

    def __init__(self, game: Host, ask: E.Input, answer: Callable[[str], None]) -> None:
        super().__init__(game)
        self.ask = ask
        self.answer = answer
        self.entry: pygame_gui.elements.UITextEntryLine | None = None
        self.text = ask.default  # kept across a rebuild (a resize)
        self.focus_name = "ok"

    def build(self) -> None:
        x, y, w, h = self.PANEL_RECT
        self.entry = pygame_gui.elements.UITextEntryLine(
            self.r(x + 80, y + 165, w - 160, 80), self.layer, initial_text=self.text,
            object_id=ObjectID(class_id="@dialog"))
        self.entry.set_text_length_limit(self.ask.length or MAX_LENGTH)
        self.entry.focus()
        self.entry.edit_position = len(self.text)  # typing goes on after the default
        self.button((x + w / 2 - 150, y + h - 130, 300, 76), "OK", self.submit,
                    cls="@dialog", name="ok")

    def submit(self) -> None:
        text = self.entry.get_text() if self.entry is not None else self.text
        self.game.ui.close(self)
        self.answer(text)

    def back(self) -> None:
        """Esc: the story needs an answer; the default text is put back."""
        if self.entry is not None:
            self.entry.set_text(self.ask.default)

    def text_event(self, ev: pygame.event.Event) -> bool:
        """A key or typed text (the interface's one way in for menus that take text,
        as the save-name prompt): Enter answers, the rest edits the line."""
        if ev.type == pygame.KEYDOWN and ev.key in (pygame.K_RETURN, pygame.K_KP_ENTER):
            self.submit()
            return True
        if ev.type == pygame.KEYDOWN and ev.key == pygame.K_ESCAPE:
            self.back()
            return True
        if self.layer is not None:
            self.layer.process_events(ev)
        if self.entry is not None:
            self.text = self.entry.get_text()
        return True

    def draw_under(self, canvas: pygame.Surface) -> None:
        r = self.r(*self.PANEL_RECT)
        pygame.draw.rect(canvas, PANEL, r)
        pygame.draw.rect(canvas, RED, r, max(1, self.s(3)))
        pygame.draw.rect(canvas, BRIGHT_RED, (r.x, r.y, r.w, self.s(8)))
        draw_text(canvas, self.ask.prompt, (r.x + self.s(60), r.y + self.s(60)),
                  size=self.s(40), color=INK, family="serif", width=r.w - self.s(120),
                  align="center", max_lines=2)

    def describe(self) -> dict[str, Any]:
        return {"menu": self.name, "prompt": self.ask.prompt,
                "text": self.entry.get_text() if self.entry is not None else self.text}
