"""The story cache's codec (game/script/codec.py): a story survives encode -> decode
whole, and data of another format or a malformed story is refused, never used."""
from __future__ import annotations

import marshal
from pathlib import Path

import pytest

from game.script import codec
from game.script.images import AudioIndex, ImageIndex
from game.script.loader import load_story

ROOT = Path(__file__).resolve().parents[2]


def _story() -> list[tuple[str, str]]:
    return [(p.name, p.read_text(encoding="utf-8")) for p in sorted((ROOT / "story").glob("*.rpy"))]


def _decode(blob: bytes, **kw):
    return codec.decode(blob, images=ImageIndex(), audio=AudioIndex(), **kw)


def test_the_real_story_round_trips() -> None:
    prog = load_story(_story())
    again = _decode(codec.encode(prog), chapters=[("start", "One")])
    assert again.statements == prog.statements
    assert [f.statements for f in again.files] == [f.statements for f in prog.files]
    assert again.next == prog.next and again.branches == prog.branches
    assert again.labels == prog.labels and again.label_of == prog.label_of
    assert again.by_sid == prog.by_sid and again.characters == prog.characters
    assert again.constants == prog.constants and again.transitions == prog.transitions
    assert again.warnings == prog.warnings and again.variables == prog.variables
    assert again.defaults == prog.defaults and again.source_hash == prog.source_hash
    assert again.images.files == prog.images.files
    assert [(c.number, c.label, c.title) for c in again.chapters] == [(1, "start", "One")]


def test_another_format_is_refused() -> None:
    prog = load_story([("s.rpy", 'label start:\n    "Hi."\n')])
    fmt, data = marshal.loads(codec.encode(prog))
    assert fmt == codec.FORMAT
    with pytest.raises(ValueError, match="old cache format"):
        _decode(marshal.dumps((fmt - 1, data)))


@pytest.mark.parametrize("field, value, why", [
    ("labels", {"start": 10 ** 6}, "malformed labels"),
    ("next", b"\xff\xff\xff\x7f", "malformed flow"),
    ("branches", {0: [10 ** 6]}, "malformed branches"),
])
def test_a_malformed_story_is_refused(field: str, value: object, why: str) -> None:
    prog = load_story([("s.rpy", 'label start:\n    "Hi."\n    "Bye."\n')])
    fmt, data = marshal.loads(codec.encode(prog))
    data[field] = value
    with pytest.raises(ValueError, match=why):
        _decode(marshal.dumps((fmt, data)))
