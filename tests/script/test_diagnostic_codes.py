"""Every diagnostic code is declared once in game.script.errors.CODES, is used, and
means one thing (Yarn Spinner's numbered diagnostics: a code a writer can look up)."""
from __future__ import annotations

import ast
import re
from collections import defaultdict
from pathlib import Path

import game
from game.script import errors
from game.script.errors import CODES, Diagnostic, Reporter, ScriptError

GAME = Path(game.__file__).parent
ROOT = Path(__file__).resolve().parents[2]
CODE = re.compile(r"^[EWRA]\d{3}$")

# Codes raised from several places with differently worded messages: a phrase that
# names the one kind of problem, one of which every site's message contains (a message
# computed elsewhere shows as <expression>). A code used with a message that matches
# none means two things: give the new meaning its own code in CODES.
KINDS: dict[str, tuple[str, ...]] = {
    "E202": ("unexpected '",),
    "E210": ("not supported",),
    "E215": ("transform's name",),
    "E232": ("parameters", "story variables cannot start with '_'",
             "default is nested too deeply"),
    "E236": ("arguments", "argument is nested too deeply"),
    "E252": ("expected a choice",),
    "E323": ("needs a number",),
    "E324": ("unexpected '",),
    "E508": ("define {}:", "default {}:"),
    "E509": ("'{}' has two defaults", "is both defined and defaulted"),
    "E514": ("transition",),
    "E517": ("define {}: a light", "define {}: a Light"),
    "W520": ("missing audio file",),
    "W521": ("missing image",),
    "W700": ("skipped",),
    # Ren'Py code read in a simpler form: what is ignored, kept or skipped, and why
    "W701": ("ignored", "<message>", "the later definition is kept", "is skipped"),
    "W703": ("transform", "<why>"),  # <why>: position_warning's 'shown at center'
    "A250": ("cannot be read",),
    "A258": ("{}; refused",),
}


def _template(e: ast.expr) -> str:
    """A message's literal text with {} for what is filled in."""
    if isinstance(e, ast.Constant) and isinstance(e.value, str):
        return e.value
    if isinstance(e, ast.JoinedStr):
        return "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in e.values)
    if isinstance(e, ast.BinOp):
        return _template(e.left) + _template(e.right)
    if isinstance(e, ast.IfExp):
        return _template(e.body) + " | " + _template(e.orelse)
    return f"<{ast.unparse(e)}>"


def _is_code(node: ast.AST) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str) \
        and bool(CODE.match(node.value))


def _has_text(e: ast.expr) -> bool:
    return isinstance(e, ast.JoinedStr) or any(
        isinstance(n, ast.Constant) and isinstance(n.value, str) and not _is_code(n)
        and n.value not in (errors.ERROR, errors.WARNING, "note", "") for n in ast.walk(e))


def _message(call: ast.Call) -> str:
    args = call.args
    name = getattr(call.func, "attr", getattr(call.func, "id", ""))
    if name == "Diagnostic" and len(args) > 3:
        return _template(args[3])
    for a in args:
        if _has_text(a):
            return _template(a)
    kw = {k.arg: k.value for k in call.keywords}
    for key in ("message", "msg"):
        if key in kw:
            return _template(kw[key])
    named = [a for a in args if re.search(r"(message|msg|why|what)$", ast.unparse(a))]
    return _template(named[0]) if named else "<?>"


def _scan() -> tuple[dict[str, list[str]], dict[str, list[tuple[str, str]]], list[str]]:
    """({code: [where used]}, {code: [(where, message template)]}, [calls without a code])."""
    used: dict[str, list[str]] = defaultdict(list)
    messages: dict[str, list[tuple[str, str]]] = defaultdict(list)
    uncoded: list[str] = []
    trees = {}
    aliases: dict[str, str] = {}  # SKIP_CODE = "W700"
    for p in sorted(GAME.rglob("*.py")):
        tree = ast.parse(p.read_text(encoding="utf-8"))
        trees[p] = tree
        for node in ast.walk(tree):
            if isinstance(node, (ast.Assign, ast.AnnAssign)) and _is_code(node.value):
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for t in targets:
                    if isinstance(t, ast.Name):
                        aliases[t.id] = node.value.value  # type: ignore[union-attr]
    for p, tree in trees.items():
        rel = p.relative_to(GAME.parent).as_posix()
        table: set[int] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name) \
                    and node.target.id == "_CODE_TABLE":
                table = {id(n) for n in ast.walk(node)}
        for node in ast.walk(tree):
            if _is_code(node) and id(node) not in table:
                used[node.value].append(f"{rel}:{node.lineno}")  # type: ignore[attr-defined]
            if not isinstance(node, ast.Call):
                continue
            given = [*node.args, *(k.value for k in node.keywords)]
            codes = [v.value for v in given if _is_code(v)]  # type: ignore[attr-defined]
            codes += [aliases[v.id] for v in given if isinstance(v, ast.Name)
                      and v.id in aliases]
            for c in codes:
                messages[c].append((f"{rel}:{node.lineno}", _message(node)))
            name = getattr(node.func, "attr", getattr(node.func, "id", ""))
            if name == "Diagnostic" and not codes and len(node.args) < 8 \
                    and not any(k.arg == "code" for k in node.keywords):
                uncoded.append(f"{rel}:{node.lineno}")
    return used, messages, uncoded


def test_each_code_is_declared_once() -> None:
    codes = [c for c, _ in errors._CODE_TABLE]
    twice = sorted({c for c in codes if codes.count(c) > 1})
    assert not twice, f"declared more than once in errors._CODE_TABLE: {twice}"
    bad = [c for c in codes if not CODE.match(c)]
    assert not bad, f"codes are a letter and three digits: {bad}"
    empty = [c for c, meaning in errors._CODE_TABLE if not meaning.strip()]
    assert not empty, f"codes without a meaning: {empty}"


def test_every_code_used_is_declared_and_every_declared_code_is_used() -> None:
    used, _messages, _ = _scan()
    unknown = {c: where for c, where in used.items() if c not in CODES}
    assert not unknown, f"codes used but not declared in errors.CODES: {unknown}"
    unused = sorted(set(CODES) - set(used))
    assert not unused, f"codes declared in errors.CODES but never used: {unused}"


def test_every_diagnostic_is_given_a_code() -> None:
    _used, _messages, uncoded = _scan()
    assert not uncoded, f"Diagnostic(...) without a code: {uncoded}"


def _mixed_kinds(messages: dict[str, list[tuple[str, str]]]) -> list[str]:
    """Sites whose code is raised elsewhere with a message of another kind."""
    wrong = []
    for code, sites in sorted(messages.items()):
        if len({t for _where, t in sites}) < 2:
            continue
        phrases = KINDS.get(code)
        for where, t in sites:
            if phrases is None or not any(ph in t for ph in phrases):
                wrong.append(f"{code} at {where}: {t!r}")
    return wrong


def test_each_code_means_one_thing() -> None:
    _used, messages, _ = _scan()
    assert set(KINDS) <= set(CODES), sorted(set(KINDS) - set(CODES))
    wrong = _mixed_kinds(messages)
    assert not wrong, ("a code raised with messages of different kinds (one code, one"
                       " meaning: declare a new code, or name the kind in KINDS):\n"
                       + "\n".join(wrong))


def test_a_code_with_two_meanings_is_caught() -> None:
    """E300 once meant both a bad expression and a bad 'window' statement; the check
    above fails on that, and passes on two sites of one kind."""
    src = ("def f(self, line, col, exc):\n"
           "    self.err(line, col + exc.col, exc.message, exc.length, code='E300')\n"
           "    self.err(line, col, \"expected 'window show'\", 4, code='E300')\n"
           "    self.err(line, col, exc.message, code='E300')\n")
    calls = [n for n in ast.walk(ast.parse(src)) if isinstance(n, ast.Call)]
    sites = [(f"x.py:{c.lineno}", _message(c)) for c in calls]
    assert sorted(t for _w, t in sites) == ["<exc.message>", "<exc.message>",
                                            "expected 'window show'"]
    assert len(_mixed_kinds({"E300": sites})) == 3
    one_kind = [s for s in sites if s[1] == "<exc.message>"]
    assert _mixed_kinds({"E300": one_kind}) == []


def test_the_registry_is_what_writers_and_artists_read() -> None:
    for readme, kinds in (("story/README.md", "EWR"), ("art/README.md", "A")):
        text = (ROOT / readme).read_text(encoding="utf-8")
        assert errors.codes_markdown(kinds) in text, (
            f"{readme}'s list of codes is not errors.CODES; paste the output of python -c"
            f" 'from game.script.errors import codes_markdown as m; print(m(\"{kinds}\"))'")
    assert sum(errors.codes_markdown(k).count("\n") - 1 for k in ("EWR", "A")) == len(CODES)


def test_codes_reach_the_diagnostics() -> None:
    rep = Reporter("a.rpy", ["x"])
    rep.error(1, 1, "bad", code="E211")
    rep.warning(1, 1, "odd", code="W530")
    assert [d.code for d in rep.diagnostics] == ["E211", "W530"]
    assert all(d.code in CODES for d in ScriptError(rep.diagnostics).diagnostics)
    assert Diagnostic("a", 1, 1, "m", code="E211").code == "E211"


def test_one_did_you_mean() -> None:
    """Scripts, art packs and translations all suggest through errors.did_you_mean (or
    errors.closest): no other module asks difflib."""
    others = [p.relative_to(GAME.parent).as_posix() for p in sorted(GAME.rglob("*.py"))
              if "difflib" in p.read_text(encoding="utf-8") and p.name != "errors.py"]
    assert others == []
    assert errors.did_you_mean("kaory", ["kaori", "izumo"]) == " (did you mean 'kaori'?)"
    assert errors.did_you_mean("Kaori", ["kaori"]) == " (did you mean 'kaori'?)"
    assert errors.did_you_mean("KAORI_X", ["kaori_x"]) == " (did you mean 'kaori_x'?)"
    assert errors.did_you_mean("KAORI_X", ["kaori_x"], any_case=False) == ""
    assert errors.did_you_mean("zzz", ["kaori"]) == ""
    assert errors.did_you_mean("kaori sad", ["kaori sad2", "kaori sad3", "izumo"], n=2,
                               cutoff=0.75) == " (did you mean 'kaori sad3' or 'kaori sad2'?)"
    assert errors.closest("kaory", {"kaori": 1, "kaoru": 2, "izumo": 3}, n=2) == ["kaoru", "kaori"]
    assert errors.closest("abc", ["abd"], cutoff=0.9) == []


def test_one_type_for_a_whole_file_a_line_and_a_column() -> None:
    """Art packs and catalogues name a file (line 0) or a line without a column."""
    assert Diagnostic("p/x.png", 0, 0, "is empty", "error", code="A252").format() \
        == "p/x.png: error: is empty"
    assert Diagnostic("p/pack.toml", 3, 0, "odd", "warning", code="A225").format() \
        == "p/pack.toml:3: warning: odd"
    assert Diagnostic("a.rpy", 2, 5, "bad", source_line="    k x", length=1,
                      code="E211").format() == "a.rpy:2:5: error: bad\n   2 |     k x\n     |     ^"


def test_a_pack_reports_with_declared_codes(tmp_path: Path) -> None:
    from game.assets.packs import load_pack

    pack_dir = tmp_path / "pk"
    pack_dir.mkdir()
    (pack_dir / "pack.toml").write_text('nme = "x"\n[images."kaori sad"]\nfile = "/etc/x"\n')
    (pack_dir / "hollow.png").write_bytes(b"")
    (pack_dir / "x.gif").write_bytes(b"GIF89a")
    pack = load_pack(pack_dir)
    assert [(d.code, d.severity) for d in pack.diagnostics] == [
        ("A212", "error"), ("A221", "error"), ("A242", "warning"), ("A252", "error"),
        ("A225", "warning")]
    assert all(isinstance(d, Diagnostic) for d in pack.diagnostics)
    assert pack.problems[0] == "pk/pack.toml:1: error: unknown key 'nme' (did you mean" \
        " 'name'?)"
