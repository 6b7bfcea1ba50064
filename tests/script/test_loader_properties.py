"""Arbitrary text given to the loader raises nothing but ScriptError."""
from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from game.script.errors import ScriptError
from game.script.loader import load_story
from game.story.runtime import Runtime
from game.story.state import CHOICE, ENDED

FRAGMENTS = [
    "label ", "start", "jump ", "call ", "return", "menu", "if ", "elif ", "else", "while ",
    "define ", "default ", "image ", "scene ", "show ", "hide ", "with ", "play ", "queue ",
    "stop ", "music ", "sound ", "pause", "window ", "pass", "$ ", "extend ", "centered ",
    "narrator ", "e ", "k ", "x", "y", " = ", "+= 1", "Character(", "Dissolve(", "Fade(",
    "_(", ")", "(", "[", "]", "[[", "]]", "{", "}", "{{", "}}", "{b}", "{/b}", "{w=0.5}",
    "{color=#fff}", "{p}", "[x]", '"', '"text"', "'", "\\", '\\"', ":", "\n", "\n    ",
    "\n        ", "\t", " ", "#", "# comment", " at ", "left", " behind ", " as ",
    "fade", "dissolve", "None", "True", "1", "0.5", "-", "**", "*", "//", "%", ",",
    " if ", " and ", " not ", "\r\n", "\x00", "\ufeff", "é", "🙂", "fadein ", "loop",
    "if_changed", "screen", "python:", "init python:", "transform", "nvl", ".", "__import__",
    "lambda", "10**10**10", "'a'*99999999", "\x0c",
]
rpyish = st.lists(st.sampled_from(FRAGMENTS), max_size=40).map("".join)


def _load(text: str) -> None:
    try:
        prog = load_story([("fuzz.rpy", text)])
    except ScriptError as exc:
        assert exc.errors, "a ScriptError must carry at least one error"
        for d in exc.diagnostics:
            assert d.line >= 1 and d.col >= 1 and d.code
            d.format()
        return
    # What loads must also play without crashing (runtime errors are story errors).
    from game.story.runtime import StoryRuntimeError

    try:
        rt = Runtime(prog)
        rt.start()
        for _ in range(200):
            if rt.waiting == ENDED:
                break
            rt.choose(rt.state.choices[0]) if rt.waiting == CHOICE else rt.advance()
    except StoryRuntimeError:
        pass


@settings(max_examples=200, deadline=None)
@given(st.text())
@example("")
@example('label start:\n    "unterminated')
@example("label start:\n\tpass")
@example("label start:\n    $ x = (1,\n")
def test_arbitrary_text(text: str) -> None:
    _load(text)


@settings(max_examples=300, deadline=None)
@given(rpyish)
@example('label start:\n    $ x = 10**10**10\n')
@example('default x = 0\nlabel start:\n    while True:\n        $ x += 1\n')
@example('label start:\n    menu:\n        "a" if 1/0:\n            pass\n')
def test_renpy_ish_text(text: str) -> None:
    _load(text)


@settings(max_examples=200, deadline=None)
@given(st.lists(rpyish, min_size=1, max_size=3))
def test_several_files(texts: list[str]) -> None:
    try:
        load_story([(f"f{i}.rpy", t) for i, t in enumerate(texts)])
    except ScriptError:
        pass
