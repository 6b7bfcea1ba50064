"""`play --text` plays the story in a terminal: Enter continues, a number chooses, and a
few words save, load and quit. For a quick read, or for anyone who would rather not open
a window. Saves go to the same quick slot the window's Q.Save uses. `transcript` plays it
headless, printing every line (play_headless)."""
from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..script.texttags import plain
from ..story import events as E
from ..story.runtime import Runtime, StoryRuntimeError
from ..story.state import CHOICE, ENDED, INPUT

if TYPE_CHECKING:
    import argparse

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

    def feed(self, evs: list[E.Event]) -> None:
        for ev in evs:
            self.handle(ev)


def play_text(program: Any, chapter: str | None = None, data_dir: str | None = None,  # noqa: C901
              ask: Callable[[str], str] = input, translation: Any = None) -> int:
    from ..project import identity_of

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
    rt = Runtime(program)
    rt.translation = translation  # (game/i18n: --lang)
    saves = _Saves(data_dir, identity_of(program))
    try:
        printer.feed(rt.start_at_chapter(chapter) if chapter else rt.start())
        while rt.waiting != ENDED:
            if rt.waiting == INPUT:  # renpy.input: the typed line, Enter for the default
                asked = rt.current_event()
                try:
                    text = ask(f"{asked.prompt} [{asked.default}] ")  # type: ignore[union-attr]
                except EOFError:
                    return 0
                printer.feed(rt.enter(text if text.strip() else None))
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
                saves.load(rt, printer)
                continue
            if rt.waiting == CHOICE:
                offered = rt.state.choices
                if answer.isdigit() and 1 <= int(answer) <= len(offered):
                    printer.feed(rt.choose(offered[int(answer) - 1]))
                else:
                    print(f"Choose 1 to {len(offered)} (h for help).")
            elif answer:
                print(f"Unknown command {answer!r}. {HELP}")
            else:
                printer.feed(rt.advance())
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
        from ..userdata import DataDir
        from ..userdata.saves import SaveStore

        data = DataDir(Path(self.data_dir) if self.data_dir else None, game_id=self.game.id)
        return SaveStore(data.saves, self.game.save_id)

    def save(self, rt: Runtime, last: tuple[str | None, str] | None) -> None:
        from ..userdata.saves import QUICK, SaveError

        try:
            self._store().save(QUICK, rt.snapshot(), chapter=None,
                               line=last[1] if last else None, who=last[0] if last else None,
                               thumbnail_png=None)
        except (SaveError, OSError) as exc:
            print(f"The game could not be saved: {exc}")
            return
        self.saved = True
        print("Saved (the quick save slot; the window's Q.Load opens it too).")

    def load(self, rt: Runtime, printer: _Printer) -> None:
        from ..userdata.saves import QUICK, SaveError

        try:
            data = self._store().load(QUICK)
            rt.restore(data["state"])
        except (SaveError, OSError, KeyError, ValueError) as exc:
            print(f"There is no save to load ({exc}).")
            return
        print("Loaded.")
        ev = rt.current_event()
        if ev is not None:
            printer.handle(ev)


# -- the command line ------------------------------------------------------------------
def play_headless(program, write: Callable[[str], None], *, chapter: str | None = None,
                  choose: Any = (), events: bool = False,
                  warn: Callable[[str], None] | None = None,
                  inputs: Sequence[str] = (), translation: Any = None) -> int:
    """Play to the end printing a transcript; returns an exit status. `choose` is a
    list of 1-based picks (then the first choice) or a random.Random; `inputs` answer
    renpy.input in turn (then its default)."""
    from ..project import source_line_reader
    from ..story.play import play
    from ..story.transcript import LoopGuard, Transcript

    out = Transcript(write, events=events)
    rt = Runtime(program, source_lines=source_line_reader())
    rt.translation = translation

    rng = None if isinstance(choose, (list, tuple)) else choose
    picks = [] if rng is not None else list(choose)
    answers = list(inputs)
    guard = LoopGuard()

    def pick(rt: Runtime) -> int:
        offered = rt.state.choices
        k = rng.randint(1, len(offered)) if rng is not None else picks.pop(0) if picks else 1
        if k > len(offered):
            out.flush()
            raise SystemExit(f"error: --choose {k}: this menu offers only"
                             f" {len(offered)} choices")
        return offered[k - 1]

    try:
        if chapter is not None and program.chapter(chapter) is None:
            names = ", ".join(f"{c.number} ({c.label})" for c in program.chapters)
            raise SystemExit(f"error: no chapter {chapter!r}; chapters: {names or 'none'}")
        why = play(rt, pick, chapter=chapter, on_events=out.feed,
                   answer=lambda _asked: answers.pop(0) if answers else None,
                   check=lambda rt: guard.stop(rt, default_choice=not picks and rng is None,
                                               random_choice=rng is not None)).why
        if why is not None:
            out.flush()
            print(f"note: {why}", file=sys.stderr)
            return 1
    except StoryRuntimeError as exc:
        out.flush()
        print(exc.diagnostic.format(), file=sys.stderr)
        return 1
    out.flush()
    return 0


def _story_and_translation(args: argparse.Namespace) -> tuple[Any, Any] | None:
    """The story of --story and the translation of --lang (None when there is none, or
    when it is damaged: reported, and the story plays as written); None if --lang names
    no language the story has."""
    from ..project import load_project

    program = load_project(args.story)
    if not args.lang:
        return program, None
    from .translate import translation_for

    translation = translation_for(program, args.lang)
    if translation is None:
        return None
    return program, translation or None


def cmd_transcript(args: argparse.Namespace) -> int:
    from . import parse_choose

    found = _story_and_translation(args)
    if found is None:
        return 1
    program, translation = found
    return play_headless(program, print, chapter=args.chapter,
                         choose=parse_choose(args.choose), events=args.events,
                         inputs=args.input, translation=translation)


def cmd_play_text(args: argparse.Namespace) -> int:
    """`play --text`: the text player."""
    found = _story_and_translation(args)
    if found is None:
        return 1
    program, translation = found
    return play_text(program, chapter=args.chapter, data_dir=args.data_dir,
                     translation=translation)
