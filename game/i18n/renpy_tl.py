"""A Ren'Py project's tl/LANG/ translations, matched to our lines where they can be.

Ren'Py names a dialogue translation `label_md5`: the label the line is under, and the
first 8 hex digits of the md5 of the line's code (`who attrs "what" [id X] [with W]`,
as renpy/translation/__init__.py and Say.get_code in renpy/ast.py write it, with
`_1`, `_2`... for repeats); an `id` clause names it outright. We compute the same
names for our say lines. `translate LANG strings:` blocks (old/new) match menu
choices, character names, chapter titles and the interface's words by their text.
What matches nothing is reported, never guessed. The files are read with our own
.rpy lexer; no Ren'Py code runs.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

from ..script import ast as A
from ..script.cursor import unescape
from ..script.errors import Reporter
from ..script.lexer import SAY_RE, Line, read_blocks
from .lines import UI, Unit, translation_ids
from .translation import format_problem, tag_problem

_TRANSLATE_RE: Final = re.compile(r"translate\s+(\w+)\s+(\w+)\s*:$")
MAX_TL_BYTES: Final = 8 * 1024 * 1024


def encode_say_string(s: str) -> str:
    """Ren'Py's encode_say_string (renpy/translation/__init__.py)."""
    s = s.replace("\\", "\\\\").replace("\n", "\\n").replace('"', '\\"')
    s = re.sub(r"(?<= ) ", "\\ ", s)
    return '"' + s + '"'


def say_code(s: A.Say, *, interact: bool = True) -> str:
    """The canonical code of a say line, as Ren'Py's Say.get_code writes it."""
    rv: list[str] = []
    if s.who is not None:
        rv.append(s.who)
    elif s.who_name is not None:
        rv.append('"' + s.who_name + '"')  # (Ren'Py keeps the expression as written)
    rv.extend(s.attributes)
    rv.append(encode_say_string(s.text))
    if not interact:
        rv.append("nointeract")
    if s.ident:
        rv += ["id", s.ident]
    if s.with_:
        rv += ["with", s.with_]
    return " ".join(rv)


def renpy_ids(program: Any) -> dict[str, str]:
    """Ren'Py's translation identifier -> our line's save id, for every say line."""
    taken: set[str] = set()
    out: dict[str, str] = {}

    def unique(label: str | None, digest: str) -> str:
        base = digest if label is None else label.replace(".", "_") + "_" + digest
        ident, i = base, 0
        while ident in taken:
            i += 1
            ident = f"{base}_{i}"
        taken.add(ident)
        return ident

    for s in program.statements:
        says: list[tuple[A.Say, bool]] = []
        if type(s) is A.Say:
            says = [(s, True)]
        elif type(s) is A.Menu and s.caption is not None:
            says = [(s.caption, False)]  # a caption is said without waiting
        for say, interact in says:
            label = say.sid.rpartition(":")[0]
            label = None if label.startswith("file:") else label
            digest = hashlib.md5((say_code(say, interact=interact) + "\r\n")
                                 .encode("utf-8", "surrogatepass")).hexdigest()[:8]
            ident = unique(label, digest)
            out[ident] = say.sid
            if say.ident:
                out[say.ident] = say.sid
    return out


@dataclass
class TlLanguage:
    """What one tl/LANG/ folder gave: (context, source) -> translation, like a .po's
    entries, and what could not be matched (path, line, why)."""

    lang: str
    strings: dict[tuple[str, str], str] = field(default_factory=dict)
    unmatched: list[tuple[str, int, str]] = field(default_factory=list)
    files: set[str] = field(default_factory=set)
    dialogue: int = 0
    old_new: int = 0


def tl_languages(story_dir: Path) -> list[str]:
    d = Path(story_dir) / "tl"
    if not d.is_dir():
        return []
    return sorted(p.name for p in d.iterdir() if p.is_dir() and p.name != "None"
                  and re.fullmatch(r"[A-Za-z][A-Za-z0-9_]{0,31}", p.name))


def read_tl(story_dir: Path, lang: str, program: Any,
            story_units: list[Unit] | None = None) -> TlResult:
    """Match tl/LANG/*.rpy to the program's lines."""
    res = TlLanguage(lang)
    folder = Path(story_dir) / "tl" / lang
    if not folder.is_dir():
        return res
    by_renpy = renpy_ids(program)
    tids = translation_ids(program)
    says = _says_by_sid(program)
    if story_units is None:
        from .catalog import all_units

        story_units = all_units(program)
    # what Ren'Py translates as strings: choices, captions, names, titles, the interface
    captions = {tids[s.caption.sid] for s in program.statements
                if type(s) is A.Menu and s.caption is not None}
    by_text: dict[str, list[Unit]] = {}
    for u in story_units:
        if u.context == UI or u.context in captions or "/choice" in u.context \
                or u.context.startswith(("character:", "chapter:")):
            by_text.setdefault(u.text, []).append(u)
    for path in sorted(folder.rglob("*.rpy")):
        rel = path.relative_to(story_dir).as_posix()
        try:
            raw = path.read_bytes()
            if len(raw) > MAX_TL_BYTES:
                res.unmatched.append((rel, 1, "file too large to read"))
                continue
            text = raw.decode("utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            res.unmatched.append((rel, 1, f"cannot be read ({exc})"))
            continue
        lines = text.splitlines()
        items = read_blocks(lines, Reporter(rel, lines), frozenset())
        for item in items:
            if type(item) is tuple or not isinstance(item, Line):
                res.unmatched.append((rel, item[0] if type(item) is tuple else 1,
                                      "a line outside any translate block"))
                continue
            m = _TRANSLATE_RE.match(item.text)
            if m is None or m.group(1) != lang:
                res.unmatched.append((rel, item.lineno, f"not a 'translate {lang}' block"))
                continue
            res.files.add(rel)
            if m.group(2) == "strings":
                _strings_block(res, rel, item, by_text)
            elif m.group(2) in ("python", "style"):
                res.unmatched.append((rel, item.lineno, f"'translate {lang} {m.group(2)}'"
                                      " blocks run code or styles; not read"))
            else:
                _dialogue_block(res, rel, item, m.group(2), by_renpy, tids, says)
    return res


TlResult = TlLanguage


def _says_by_sid(program: Any) -> dict[str, A.Say]:
    out: dict[str, A.Say] = {}
    for s in program.statements:
        if type(s) is A.Say:
            out[s.sid] = s
        elif type(s) is A.Menu and s.caption is not None:
            out[s.caption.sid] = s.caption
    return out


def _dialogue_block(res: TlLanguage, rel: str, item: Line, ident: str,
                    by_renpy: dict[str, str], tids: dict[str, str],
                    says: dict[str, A.Say]) -> None:
    res.dialogue += 1
    sid = by_renpy.get(ident) or by_renpy.get(ident.replace(".", "_"))
    if sid is None:
        res.unmatched.append((rel, item.lineno, f"dialogue {ident}: no line of the story"
                              " has this Ren'Py id (its line changed or is gone)"))
        return
    said: list[str] = []  # the raw text of each say line in the block
    others = []
    for b in item.block:
        if type(b) is tuple:
            said.append(b[2].group(5))
            continue
        # a menu caption's translation ends with `nointeract`, which our say lines lack
        m = SAY_RE.match(b.text[:-len(" nointeract")]) \
            if b.text.endswith(" nointeract") else None
        if m is not None:
            said.append(m.group(3))
        else:
            others.append(b)
    if len(said) != 1 or others:
        why = ("it says nothing" if not said else
               "it says several lines" if len(said) > 1 else "it runs other statements")
        res.unmatched.append((rel, item.lineno, f"dialogue {ident}: {why}; only a block"
                              " that translates one line by one line is read"))
        return
    text = unescape(said[0])
    src = says[sid]
    why = tag_problem(src.text, text)
    if why is not None:
        res.unmatched.append((rel, item.lineno, f"dialogue {ident}: {why}"))
        return
    res.strings[(tids[sid], src.text)] = text


def _strings_block(res: TlLanguage, rel: str, item: Line,
                   by_text: dict[str, list[Unit]]) -> None:
    old: tuple[int, str] | None = None
    for b in item.block:
        if type(b) is not tuple or b[2].group(2) not in ("old", "new") or b[2].group(3):
            res.unmatched.append((rel, b[0] if type(b) is tuple else b.lineno,
                                  "expected old \"...\" / new \"...\" pairs"))
            old = None
            continue
        lineno, _indent, m = b
        if m.group(2) == "old":
            old = (lineno, unescape(m.group(5)))
            continue
        if old is None:
            res.unmatched.append((rel, lineno, "a 'new' line without its 'old' line"))
            continue
        res.old_new += 1
        source = old[1]
        matches = by_text.get(source)
        if not matches:
            res.unmatched.append((rel, old[0], f"string {source[:50]!r} is not in the"
                                  " story or the interface"))
        else:
            new_text = unescape(m.group(5))
            why = format_problem(source, new_text) if matches[0].context == UI \
                else tag_problem(source, new_text)
            if why is not None:
                res.unmatched.append((rel, lineno, f"string {source[:50]!r}: {why}"))
            else:
                for u in matches:
                    res.strings[(u.context, u.text)] = new_text
        old = None
