"""Plays the story in a terminal: Enter continues, a number chooses. For a quick read,
or for anyone who would rather not open a window."""
from __future__ import annotations

import sys

from .script.texttags import plain
from .story import events as E
from .story.runtime import Runtime, StoryRuntimeError
from .story.state import CHOICE, ENDED


class _Printer:
    def handle(self, ev: E.Event) -> None:
        if isinstance(ev, E.Say):
            text = plain(ev.text)
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


def play_text(program, chapter: str | None = None) -> int:
    rt = Runtime(program, [_Printer()])
    try:
        rt.start_at_chapter(chapter) if chapter else rt.start()
        while rt.waiting != ENDED:
            try:
                answer = input("> " if rt.waiting == CHOICE else "").strip()
            except EOFError:
                return 0
            if rt.waiting == CHOICE:
                offered = rt.state.choices
                if answer.isdigit() and 1 <= int(answer) <= len(offered):
                    rt.choose(offered[int(answer) - 1])
                else:
                    print(f"Choose 1 to {len(offered)}.")
            else:
                rt.advance()
    except StoryRuntimeError as exc:
        print(exc.diagnostic.format(), file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 0
    return 0
