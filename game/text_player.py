"""Plays the story in a terminal: Enter continues, a number chooses, and a few words
save, load and quit. For a quick read, or for anyone who would rather not open a
window. Saves go to the same quick slot the window's Q.Save uses."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Callable

from .script.texttags import plain
from .story import events as E
from .story.runtime import Runtime, StoryRuntimeError
from .story.state import CHOICE, ENDED, INPUT

HELP = ("Enter: next line   1, 2, ...: choose   s: save   l: load the save   "
        "h: this help   q: quit")


class _Printer:
    def __init__(self) -> None:
        self.last: tuple[str | None, str] | None = None  # (who, text) of the last line

    def handle(self, ev: E.Event) -> None:
        if isinstance(ev, E.Say):
            text = plain(ev.text)
            self.last = (ev.who if ev.kind == "say" else None, text)
            if ev.extend:
                print(text)
            else:
                print(f"\n{ev.who}: {text}" if ev.who and ev.kind == "say" else f"\n{text}")
        elif isinstance(ev, E.Menu):
            if ev.caption:
                self.handle(ev.caption)
            for n, ch in enumerate(ev.choices, 1):
                print(f"  {n}. {plain(ch.text)}")
        elif isinstance(ev, E.End):
            print("\n- The End -")


def play_text(program: Any, chapter: str | None = None, data_dir: str | None = None,
              ask: Callable[[str], str] = input, translation: Any = None) -> int:
    from .project import identity_of

    ui = getattr(translation, "ui", None) or {}  # the note in the reader's language
    note = getattr(getattr(program, "story_files", None), "content_note", None)
    if note:  # game.toml's [content_note]
        print(ui.get("Content note", "Content note") + "\n\n" + ui.get(note, note) + "\n")
    print(HELP)
    try:
        if ask("Press Enter to begin, or q and Enter to quit. ").strip().lower() in (
                "q", "quit"):
            return 0
    except (EOFError, KeyboardInterrupt):
        return 0
    printer = _Printer()
    rt = Runtime(program, [printer])
    rt.translation = translation  # (game/i18n: --lang)
    saves = _Saves(data_dir, identity_of(program))
    try:
        rt.start_at_chapter(chapter) if chapter else rt.start()
        while rt.waiting != ENDED:
            if rt.waiting == INPUT:  # renpy.input: the typed line, Enter for the default
                asked = rt.current_event()
                try:
                    text = ask(f"{asked.prompt} [{asked.default}] ")  # type: ignore[union-attr]
                except EOFError:
                    return 0
                rt.enter(text if text.strip() else None)
                continue
            try:
                answer = ask("> " if rt.waiting == CHOICE else "").strip()
            except EOFError:
                return 0
            word = answer.lower()
            if word in ("q", "quit", "exit"):
                print("Goodbye. (s saves your place before you quit.)"
                      if not saves.saved else "Goodbye.")
                return 0
            if word in ("h", "help", "?"):
                print(HELP)
                continue
            if word in ("s", "save"):
                saves.save(rt, printer.last)
                continue
            if word in ("l", "load"):
                saves.load(rt)
                continue
            if rt.waiting == CHOICE:
                offered = rt.state.choices
                if answer.isdigit() and 1 <= int(answer) <= len(offered):
                    rt.choose(offered[int(answer) - 1])
                else:
                    print(f"Choose 1 to {len(offered)} (h for help).")
            elif answer:
                print(f"Unknown command {answer!r}. {HELP}")
            else:
                rt.advance()
    except StoryRuntimeError as exc:
        print(exc.diagnostic.format(), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 0
    return 0


class _Saves:
    """The quick slot of the user data folder, as the window's Q.Save and Q.Load."""

    def __init__(self, data_dir: str | None, game: Any) -> None:
        self.data_dir = data_dir
        self.game = game  # the story's GameIdentity: its data folder, its saves' name
        self.saved = False

    def _store(self) -> Any:
        from .saves import SaveStore
        from .userdata import DataDir

        data = DataDir(Path(self.data_dir) if self.data_dir else None, game_id=self.game.id)
        return SaveStore(data.saves, self.game.save_id)

    def save(self, rt: Runtime, last: tuple[str | None, str] | None) -> None:
        from .saves import QUICK, SaveError

        try:
            self._store().save(QUICK, rt.snapshot(), chapter=None,
                               line=last[1] if last else None, who=last[0] if last else None,
                               thumbnail_png=None)
        except (SaveError, OSError) as exc:
            print(f"The game could not be saved: {exc}")
            return
        self.saved = True
        print("Saved (the quick save slot; the window's Q.Load opens it too).")

    def load(self, rt: Runtime) -> None:
        from .saves import QUICK, SaveError

        try:
            data = self._store().load(QUICK)
            rt.restore(data["state"])
        except (SaveError, OSError, KeyError, ValueError) as exc:
            print(f"There is no save to load ({exc}).")
            return
        print("Loaded.")
        ev = rt.current_event()
        if ev is not None:
            _Printer().handle(ev)
