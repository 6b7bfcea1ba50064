"""renpy.input in the window: a box over the scene takes typed text; Enter gives it to
the story, which goes on with it; a load lands on the box again."""
from __future__ import annotations

import pygame

from game.script.loader import load_story
from ui_harness import make_game, play_until, step

SCRIPT = '''define e = Character("Eileen")
label start:
    "Before the question."
    $ name = renpy.input("What is your name?", default="Sylvie", length=8).strip()
    e "Hello, [name]."
    return
'''


def _to_the_question(g) -> None:
    s = g.session
    play_until(g, lambda: s.screen.state == "say")
    for _ in range(50):
        if g.ui.describe()["menu"] == "input":
            return
        s.proceed()
        step(g, 2)
    raise AssertionError(f"no input box; {g.describe()}")


def _typed(g, text: str) -> None:
    for ch in text:
        g.handle(pygame.event.Event(pygame.TEXTINPUT, text=ch))
    step(g)


def test_typing_a_name_in_the_box(data_dir, tmp_path) -> None:
    g = make_game(data_dir, prog=load_story([("script.rpy", SCRIPT)]), title=False)
    try:
        g.begin()
        s = g.session
        _to_the_question(g)
        d = g.ui.describe()
        assert d["prompt"] == "What is your name?" and d["text"] == "Sylvie"
        g.ui.top.entry.set_text("")
        _typed(g, "Kaori Izumo")  # 11 characters: the box keeps length=8
        assert g.ui.describe()["text"] == "Kaori Iz"
        g.draw()
        pygame.image.save(pygame.display.get_surface(), str(tmp_path / "input.png"))
        g.handle(pygame.event.Event(pygame.KEYDOWN, key=pygame.K_RETURN, mod=0, unicode="\r",
                                    scancode=0))
        play_until(g, lambda: s.screen.state == "say" and s.screen.last_say is not None
                   and "Hello" in s.screen.last_say.text)
        assert s.screen.last_say.text == "Hello, Kaori Iz."
        assert s.runtime.state.variables["name"] == "Kaori Iz"
        assert not g.ui.is_open
    finally:
        pygame.display.quit()


def test_a_restored_state_at_the_input_asks_again(data_dir) -> None:
    g = make_game(data_dir, prog=load_story([("script.rpy", SCRIPT)]), title=False)
    try:
        g.begin()
        s = g.session
        _to_the_question(g)
        snap = s.runtime.snapshot()
        assert snap["waiting"] == "input"
        g.ui.top.submit()
        step(g, 4)
        s.load({"state": snap, "history": []})
        step(g, 2)
        assert g.ui.describe()["menu"] == "input"
    finally:
        pygame.display.quit()
