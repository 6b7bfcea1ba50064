"""The safe subset of Python (game/script/pyexpr.py, game/script/evaluate.py)."""
from __future__ import annotations

import ast
import time
from pathlib import Path

import pytest

from game.script import evaluate as ev_module
from game.script import pyexpr
from game.script.ast import CharacterDef, Transition
from game.script.evaluate import EvalError, evaluate
from game.script.pyexpr import ExprError, compile_expression, compile_statement
from game.story.expr import Scope

NAMES = {"a": 7, "b": 2, "s": "hi", "xs": [1, 2, 3], "d": {"k": "v", "n": 1},
         "t": True, "f": False, "z": 0, "none": None}

# Each is valid Python too: Python's own eval, with no builtins but these, is the oracle.
SAME_AS_PYTHON = [
    "1 + 2 * 3", "a - b", "a / b", "a // b", "a % b", "-a", "+a", "a ** b", "2 ** -1",
    "1.5 * 2", "a > b > 1", "1 < a < b", "a == 7 != b", "a >= 7", "b <= 1",
    "t and s", "f and s", "f or s", "z or none", "t and f or a", "not t", "not z",
    "2 in xs", "9 not in xs", "'k' in d", "'h' in s", "none is None", "a is not None",
    "s if t else a", "s if f else a", "[a, b, s]", "(a, b)", "{'x': a, 'y': [b]}",
    "xs[0]", "xs[-1]", "d['k']", "d['n'] + a", "s + ' there'", "s * 3", "xs + [4]",
    "[0] * 3", "len(xs)", "len(s)", "len(d)", "min(a, b)", "max(xs)", "abs(-a)",
    "int('42')", "int(3.9)", "str(a)", "str(None)", "str(t)", "_('Izumo')", "[[1], [2]][1][0]",
    "xs == [1, 2, 3]", "d != {}", "'%'", "True", "None", "1e3", "0x1f", "'\\u00e9'",
]


def _python(src: str):
    builtins = {"len": len, "min": min, "max": max, "abs": abs, "int": int, "str": str,
                "_": lambda x: x}
    return eval(src, {"__builtins__": builtins}, dict(NAMES))  # the oracle, not the code


def _ours(src: str):
    values = {k: (list(v) if isinstance(v, list) else dict(v) if isinstance(v, dict) else v)
              for k, v in NAMES.items()}

    def lookup(name: str):
        if name in values:
            return values[name]
        raise EvalError(f"unknown {name}")

    return evaluate(compile_expression(src).code, lookup)


@pytest.mark.parametrize("src", SAME_AS_PYTHON)
def test_allowed_expressions_evaluate_as_python_does(src: str) -> None:
    got, want = _ours(src), _python(src)
    if isinstance(want, tuple):
        want = list(want)  # tuples are lists in story data, so saves keep them
    assert got == want and type(got) is type(want)


def test_and_or_short_circuit() -> None:
    # The right side is never evaluated, so the failing lookup is never made.
    assert _ours("f and missing") is False
    assert _ours("t or missing") is True
    assert _ours("missing if f else 1") == 1


def test_reads_and_writes_are_reported() -> None:
    c = compile_statement("x = a + b; d['k'] = s; n += 1")
    assert c.reads >= {"a", "b", "d", "s"}
    assert c.writes == {"x"}
    assert c.updates == {"n"}  # `n += 1` reads n first: it does not declare it
    assert compile_statement("n = 0; n += 1").writes == {"n"}


def test_statements_assign_and_augment() -> None:
    variables = {"n": 1, "xs": [1, 2], "d": {}}
    scope = Scope(variables, {"limit": 10})
    scope.run(compile_statement("n += 4; xs[0] = n * 2; d['who'] = 'k'; m = limit - n").code)
    assert variables == {"n": 5, "xs": [10, 2], "d": {"who": "k"}, "m": 5}


@pytest.mark.parametrize("src, what", [
    ("renpy.x", "attribute access"),
    ("().__class__", "attribute access"),
    ("xs.__class__", "attribute access"),
    ("xs.__len__()", "the method '__len__' is not supported"),
    ("a.b.c", "attribute access"),
    ("renpy.exports.eval('1')", "calling 'renpy.exports.eval' is not allowed"),
    ("renpy.pause(1)", "calling 'renpy.pause' is not allowed"),
    ("lambda: 1", "lambda"),
    ("[i for i in xs]", "list comprehension"),
    ("{i: i for i in xs}", "dict comprehension"),
    ("(i for i in xs)", "generator expression"),
    ("f'{a}'", "f-string"),
    ("(y := 1)", ":="),
    ("xs[0:2]", "slice"),
    ("xs[::-1]", "slice"),
    ("{i for i in xs}", "set comprehension"),
    ("a | b", "'|'"),
    ("a & b", "'&'"),
    ("~a", "'~'"),
    ("a << 2", "'<<'"),
    ("__import__('os')", "calling '__import__' is not allowed"),
    ("open('f')", "calling 'open' is not allowed"),
    ("eval('1')", "calling 'eval' is not allowed"),
    ("exec('1')", "calling 'exec' is not allowed"),
    ("getattr(a, 'x')", "calling 'getattr' is not allowed"),
    ("(lambda: 1)()", "named function"),
    ("xs[0]()", "named function"),
    ("__builtins__", "reserved"),
    ("_secret", "reserved"),
    ("len(*xs)", "unpacking"),
    ("dict(**d)", "calling 'dict'"),
    ("b'bytes'", "bytes literals"),
    ("1j", "complex literals"),
    ("Character('x')", "define statement"),
    ("Dissolve(1)", "define statement"),
    ("await a", "await"),
    ("a +", "invalid Python"),
    ("x\x00", "null"),
])
def test_unsafe_expressions_are_refused_naming_the_construct(src: str, what: str) -> None:
    with pytest.raises(ExprError) as info:
        compile_expression(src)
    assert what in info.value.message


@pytest.mark.parametrize("src, what", [
    ("import os", "import"),
    ("from os import path", "import"),
    ("del x", "del"),
    ("for i in xs: pass", "for loop"),
    ("while 1: pass", "while loop"),
    ("def f(): pass", "def"),
    ("class C: pass", "class"),
    ("global x", "global"),
    ("x: int = 1", "annotation"),
    ("a, *b = 1, 2", "unpacking"),
    ("True = 1", "assign"),
    ("len = 3", "built-in"),
    ("with a: pass", "with block"),
    ("raise a", "raise"),
    ("try:\n pass\nexcept: pass", "try"),
    ("x = Character('k')", "define statement"),
    ("a.b = 1", "attribute access"),
])
def test_unsafe_statements_are_refused(src: str, what: str) -> None:
    with pytest.raises(ExprError) as info:
        compile_statement(src)
    assert what in info.value.message


def test_define_may_build_characters_and_transitions() -> None:
    ch = evaluate(compile_expression(
        "Character(_('Kaori'), color='#9FD3FF', image='Kaori', what_prefix='\"')",
        define=True).code, lambda n: None)
    assert ch == CharacterDef("Kaori", color="#9fd3ff", image="kaori", what_prefix='"')
    assert evaluate(compile_expression("Character(None)", define=True).code,
                    lambda n: None).name is None
    fade = evaluate(compile_expression("Fade(0.5, 1, 0.5, color='#fff')", define=True).code,
                    lambda n: None)
    assert fade == Transition("fade", out_time=0.5, hold=1.0, in_time=0.5, color="#ffffff")
    assert evaluate(compile_expression("Dissolve(2)", define=True).code,
                    lambda n: None) == Transition("dissolve", duration=2.0)


@pytest.mark.parametrize("src, what", [
    ("Character('k', colour='#fff')", "did you mean 'color'"),
    ("Character('k', color='red')", "colour"),
    ("Character('k', kind='vn')", "adv or nvl"),
    ("Character(1)", "name"),
    ("Dissolve(-1)", "negative"),
    ("Dissolve('x')", "number"),
    ("Fade(1, 2)", "out, hold and in"),
    ("Fade(1, color='#ggg')", "colour"),
])
def test_bad_define_calls_are_eval_errors(src: str, what: str) -> None:
    with pytest.raises(EvalError, match=what):
        evaluate(compile_expression(src, define=True).code, lambda n: None)


TOO_BIG = [
    "10 ** 100000", "2 ** 5000", "9 ** 9 ** 9", "(-3) ** 99999", "2.0 ** 5000",
    "'a' * 10 ** 7", "10 ** 7 * 'a'", "[0] * 10 ** 7", "[0, 1] * 600000",
    "'ab' * 600000", "int('9' * 2000)", "int('9' * 5000)", "1e308 * 10",
    "len('x' * 999999 + 'x' * 999999)",
]


@pytest.mark.parametrize("src", TOO_BIG)
def test_huge_results_are_refused_quickly(src: str) -> None:
    start = time.perf_counter()
    with pytest.raises(EvalError):
        _ours(src)
    assert time.perf_counter() - start < 1.0


def test_repeated_squaring_in_a_story_stops_with_an_error_not_a_hang() -> None:
    scope = Scope({"n": 3}, {})
    code = compile_statement("n = n * n").code
    start = time.perf_counter()
    with pytest.raises(EvalError, match="too large"):
        for _ in range(100):
            scope.run(code)
    assert time.perf_counter() - start < 1.0


def test_deep_nesting_is_a_script_error_not_a_crash() -> None:
    for src in ["(" * 1000 + "1" + ")" * 1000, "-" * 100_000 + "1", "not " * 50_000 + "a",
                "[" * 5000 + "]" * 5000]:
        with pytest.raises(ExprError):
            compile_expression(src)


def test_dict_keys_must_be_text() -> None:
    with pytest.raises(EvalError, match="dict keys must be text"):
        _ours("{1: 'one'}")
    with pytest.raises(EvalError, match="dict keys must be text"):
        _ours("{None: 1}")
    variables = {"d": {}}
    with pytest.raises(EvalError, match="dict keys must be text"):
        Scope(variables, {}).run(compile_statement("d[1] = 2").code)
    assert variables == {"d": {}}


@pytest.mark.parametrize("src, what", [
    ("xs[3]", "out of range"), ("xs['0']", "whole number"), ("xs[t]", "whole number"),
    ("d['nope']", "no key"), ("s[0]", "only lists and dicts"), ("a[0]", "only lists"),
    ("a / z", "division by zero"), ("a % z", "division by zero"), ("s - a", "cannot apply"),
    ("-s", "cannot apply"), ("s < a", "compare"), ("'%d' % a", "formatting"),
    ("int('x')", "int()"), ("missing", "unknown"),
])
def test_runtime_failures_are_eval_errors(src: str, what: str) -> None:
    with pytest.raises(EvalError, match=what):
        _ours(src)


# Saves are JSON, so a story's set is a list in first-seen order without duplicates;
# Python's own set (sorted, to compare) is the oracle for what it holds.
@pytest.mark.parametrize("src", [
    "set()", "set(xs + xs)", "{1, 2, 2, 1}", "{s, 'a', s}", "set('hello')", "set(d)",
    "set([1, 1.0, True, 'x'])", "{a, b, 7}",
])
def test_sets_are_lists_without_duplicates(src: str) -> None:
    got = _ours(src)
    want = eval(src, {"__builtins__": {"set": set}}, dict(NAMES))  # the oracle
    assert isinstance(got, list) and len(got) == len(set(map(repr, got))) == len(want)
    assert set(got) == want


def test_set_methods_keep_set_meaning() -> None:
    scope = Scope({}, {})
    for src in ("seen = set()", "seen.add('beach')", "seen.add('town')", "seen.add('beach')",
                "seen.discard('town')", "seen.discard('nowhere')", "seen.add(3)"):
        scope.run(compile_statement(src).code)
    assert scope.eval(compile_expression("seen").code) == ["beach", 3]
    assert scope.eval(compile_expression("'beach' in seen and len(seen) == 2").code)
    scope.run(compile_statement("seen.remove('beach')").code)
    with pytest.raises(EvalError, match="remove"):
        scope.run(compile_statement("seen.remove('beach')").code)


@pytest.mark.parametrize("src, what", [
    ("set(a)", "set\\(\\) takes a list, text or dict, not a number"),
    ("set(xs, xs)", "at most one"), ("{xs, 1}", "not a list or dict"),
    ("set([d])", "not a list or dict"), ("s.add('x')", "text has no method 'add'"),
])
def test_bad_sets_are_eval_errors(src: str, what: str) -> None:
    with pytest.raises(EvalError, match=what):
        _ours(src)


def test_only_plain_data_can_be_stored() -> None:
    k = CharacterDef("Kaori")
    scope = Scope({}, {"k": k, "slow": Transition("dissolve", 2.0)})
    for src in ["x = k", "x = [k]", "x = {'a': slow}"]:
        with pytest.raises(EvalError, match="cannot be stored"):
            scope.run(compile_statement(src).code)
    assert scope.variables == {}


def test_no_interpreter_entry_points_in_the_expression_modules() -> None:
    for module in (pyexpr, ev_module, __import__("game.story.expr", fromlist=["x"])):
        tree = ast.parse(Path(module.__file__).read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
                assert node.func.id not in {"eval", "exec", "compile", "__import__"}, \
                    module.__name__
