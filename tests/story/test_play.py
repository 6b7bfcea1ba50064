"""The one headless player loop (game/story/play.py)."""
from __future__ import annotations

from game.script.loader import load_story
from game.story import events as E
from game.story.play import STOPPED_BY_CHOOSER, play
from game.story.runtime import Runtime
from game.story.state import CHOICE, ENDED

SRC = '''label start:
    "One."
    $ name = renpy.input("Name?", default="Ann")
    "Hi [name]."
    menu:
        "Left":
            "Went left."
        "Right":
            "Went right."
    "Done."
'''


def _says(evs: list[E.Event]) -> list[str]:
    return [ev.text for ev in evs if isinstance(ev, E.Say)]


def test_plays_to_the_end_with_chooser_and_answers() -> None:
    evs: list[E.Event] = []
    asked: list[str] = []

    def answer(ev: E.Input) -> str:
        asked.append(ev.prompt)
        return "Bo"

    played = play(Runtime(load_story([("s.rpy", SRC)])), lambda rt: rt.state.choices[1],
                  on_events=evs.extend, answer=answer)
    assert played.why is None and played.runtime.waiting == ENDED
    assert asked == ["Name?"]
    assert _says(evs) == ["One.", "Hi Bo.", "Went right.", "Done."]
    assert isinstance(evs[-1], E.End)


def test_default_input_and_first_choice() -> None:
    evs: list[E.Event] = []
    play(Runtime(load_story([("s.rpy", SRC)])), on_events=evs.extend)
    assert _says(evs) == ["One.", "Hi Ann.", "Went left.", "Done."]


def test_stops_at_limit_check_and_chooser() -> None:
    prog = load_story([("s.rpy", SRC)])
    played = play(Runtime(prog), limit=1)
    assert played.why == "stopped after 1 steps" and played.steps == 1
    played = play(Runtime(prog), check=lambda rt: "menu" if rt.waiting == CHOICE else None)
    assert played.why == "menu" and played.runtime.waiting == CHOICE
    played = play(Runtime(prog), lambda rt: None)
    assert played.why == STOPPED_BY_CHOOSER


def test_relay_hands_the_play_on() -> None:
    prog = load_story([("s.rpy", SRC)])
    seen: list[Runtime] = []

    def relay(rt: Runtime) -> Runtime:
        fresh = Runtime(prog)
        fresh.restore(rt.snapshot())
        seen.append(fresh)
        return fresh

    evs: list[E.Event] = []
    played = play(Runtime(prog), on_events=evs.extend, relay=relay)
    assert played.why is None and played.runtime is seen[-1]
    assert _says(evs) == ["One.", "Hi Ann.", "Went left.", "Done."]
