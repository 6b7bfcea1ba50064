"""The parser's statement registry (game/script/parser/core.py): each keyword is
registered once, beside its handler, and the walker, the list of keywords a speaker
cannot be, and the did-you-mean of an unknown statement all read that one registry."""
from __future__ import annotations

import pytest

from game.script import parser as P
from game.script.parser import core


def _parse(text: str) -> P.Parser:
    p = P.Parser("t.rpy", text)
    p.stmts = p.parse()  # type: ignore[attr-defined]
    return p


def test_a_keyword_cannot_be_registered_twice() -> None:
    with pytest.raises(ValueError, match="'show' is registered twice"):
        core.statement("show")(lambda self, cur, line: None)
    assert core.HANDLERS["show"] is P.Parser.show_stmt


def test_every_handler_is_a_parser_method_and_every_fast_path_has_a_handler() -> None:
    for kw, handler in core.HANDLERS.items():
        assert getattr(P.Parser, handler.__name__) is handler, kw
    assert set(core.FAST) <= set(core.HANDLERS)
    assert core.CONTINUED_BY == {"if": ("elif", "else")}


def test_statements_are_the_registered_keywords_but_light() -> None:
    assert P.STATEMENTS == set(core.HANDLERS) - {"light"}
    assert P.STATEMENTS | set(P.UNSUPPORTED) == core.NOT_SPEAKERS


@pytest.mark.parametrize("kw", sorted(P.STATEMENTS - {"if", "elif", "else", "while", "menu",
                                                       "label"}))
def test_a_keyword_before_a_string_is_its_statement_not_a_say(kw: str) -> None:
    p = _parse(f'label start:\n    {kw} "x"\n')
    assert not any(type(s).__name__ == "Say" for s in p.stmts[0].block)  # type: ignore


def test_light_before_a_string_is_a_say_line() -> None:
    p = _parse('label start:\n    light "Who turned the lights off?"\n')
    (say,) = p.stmts[0].block  # type: ignore[attr-defined]
    assert (say.who, say.text) == ("light", "Who turned the lights off?")


def test_an_unknown_statement_suggests_a_registered_one() -> None:
    p = _parse("label start:\n    shwo kaori\n")
    (d,) = p.rep.diagnostics
    assert d.code == "E211" and "unknown statement 'shwo' (did you mean 'show'?)" in d.message


def test_elif_without_if_is_reported_by_its_registered_handler() -> None:
    p = _parse('label start:\n    elif x:\n        "y"\n')
    assert [d.code for d in p.rep.diagnostics] == ["E203"]


def test_every_way_a_say_line_is_read_makes_the_same_node_and_id() -> None:
    # the lexer's whole-line match, a Line (the tab), Ren'Py's grammar (triple quotes,
    # a temporary attribute) and a menu caption: one say builder
    p = _parse('define e = Character("E", image="e")\n'
               'label a:\n    e sad "Hi [[there]."\n'
               'label b:\n\te sad "Hi [[there]."\n'
               'label c:\n    e sad """Hi [[there]."""\n'
               'label d:\n    e sad @ happy "Hi [[there]."\n'
               'label f:\n    menu:\n        e sad "Hi [[there]."\n        "Go":\n'
               '            pass\n')
    says = [s.block[0] for s in p.stmts[1:5]] + [p.stmts[5].block[0].caption]
    assert {(s.who, s.who_name, s.attributes, s.text, s.with_, s.ident) for s in says} == {
        ("e", None, ("sad",), "Hi [[there].", None, None)}
    assert {s.sid.split(":", 1)[1] for s in says} == {says[0].sid.split(":", 1)[1]}
    assert [len(p.speakers["e"]), len(p.say_attrs["e", ("sad",)])] == [5, 5]
