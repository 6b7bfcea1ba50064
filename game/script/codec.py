"""The story cache's codec: a loaded story (Program) to bytes and back.

Stored with marshal as plain tuples and lists (never pickle: nothing in the data can
name code to run). Statements are stored by kind, one column per field, and rebuilt
with the fast node constructors of _nodes.py. A decoded story is checked before it
is returned. Reading, writing and signing the files is game/project's story cache.
"""
from __future__ import annotations

import dataclasses
import marshal
from array import array
from collections import deque
from collections.abc import Iterable
from operator import attrgetter
from typing import TYPE_CHECKING, Any, Final

from . import _nodes as N
from . import ast as A
from .errors import Diagnostic
from .program import Chapter, Program
from .values import check_value

if TYPE_CHECKING:
    from .images import AudioIndex, ImageIndex

FORMAT: Final = 7  # 3: signed (HMAC-SHA256 of the marshal data, first 32 bytes); 4: lights;
# 5: a menu's nvl flag; 6: Ren'Py's library (input, notify, restart; label parameters,
# call arguments, a menu's set); 7: transforms and layered images
_NODES: Final = (A.Label, A.Say, A.Choice, A.Menu, A.If, A.While, A.Jump, A.Call, A.Return,
                 A.Pass, A.Pause, A.Window, A.Python, A.Define, A.Default, A.ImageDef,
                 A.Scene, A.Show, A.Hide, A.With, A.Play, A.Queue, A.Stop, A.CharacterDef,
                 A.Transition, Diagnostic, A.Light, A.LightDef, A.Input, A.Notify,
                 A.Restart)
_INDEX: Final = {cls: i for i, cls in enumerate(_NODES)}
_FIELDS: Final = [tuple(f.name for f in dataclasses.fields(cls)) for cls in _NODES]


def _enc(v: Any) -> Any:
    """Nodes become [class index, *fields]; only blocks are walked into."""
    t = type(v)
    idx = _INDEX.get(t)
    if idx is not None:
        if t is A.Label or t is A.While or t is A.Choice:
            fields = [getattr(v, f) for f in _FIELDS[idx]]
            k = _FIELDS[idx].index("block")
            fields[k] = tuple(map(_enc, fields[k]))
            return [idx, *fields]
        if t is A.Menu:
            return [idx, v.loc, v.sid, _enc(v.caption) if v.caption else None,
                    tuple(map(_enc, v.choices))]
        if t is A.If:
            return [idx, v.loc, v.sid, tuple((c, src, tuple(map(_enc, b)))
                                             for c, src, b in v.branches)]
        return [idx, *(getattr(v, f) for f in _FIELDS[idx])]
    if t is tuple:
        return tuple(_enc(x) for x in v)
    if t is dict:
        return {k: _enc(x) for k, x in v.items()}
    if t is list:
        return [-1, *(_enc(x) for x in v)]
    return v


def _dec(v: Any) -> Any:
    t = type(v)
    if t is list:
        idx = v[0]
        if idx == -1:
            return [_dec(x) for x in v[1:]]
        cls = _NODES[idx]
        if cls is A.Label:
            return cls(v[1], v[2], v[3], tuple(map(_dec, v[4])))
        if cls is A.While:
            return cls(v[1], v[2], v[3], v[4], tuple(map(_dec, v[5])))
        if cls is A.Choice:
            return cls(v[1], v[2], v[3], tuple(map(_dec, v[4])), v[5])
        if cls is A.Menu:
            return cls(v[1], v[2], _dec(v[3]) if v[3] else None, tuple(map(_dec, v[4])))
        if cls is A.If:
            return cls(v[1], v[2], tuple((c, src, tuple(map(_dec, b))) for c, src, b in v[3]))
        return cls(*v[1:])
    if t is tuple:
        return tuple(_dec(x) for x in v)
    if t is dict:
        return {k: _dec(x) for k, x in v.items()}
    return v


# Statements are stored in the program's flat order, by kind, one column per field (a
# column of locs, one of sids, ...), so a load builds each kind's nodes with one
# `map` over its columns and needs no flatten. Blocks are lists of flat indices.
_STMT_KINDS: Final = (A.Say, A.Label, A.Menu, A.If, A.While, A.Jump, A.Call, A.Return,
                      A.Pass, A.Pause, A.Window, A.Python, A.Define, A.Default, A.ImageDef,
                      A.Scene, A.Show, A.Hide, A.With, A.Play, A.Queue, A.Stop, A.Light,
                      A.Input, A.Notify, A.Restart)
_KIND_OF: Final = {cls: k for k, cls in enumerate(_STMT_KINDS)}
_KIND_FIELDS: Final = [tuple(f.name for f in dataclasses.fields(cls)) for cls in _STMT_KINDS]
_BLOCKS: Final = (A.Label, A.Menu, A.If, A.While)
_KIND_SET: Final = frozenset(_STMT_KINDS)


def _ints(values: Any) -> bytes:
    return array("i", values).tobytes()


def _unints(blob: bytes) -> array:
    a = array("i")
    a.frombytes(blob)
    return a


def _encode_statements(stmts: list[A.Stmt]) -> dict[int, tuple]:
    pos = {id(s): i for i, s in enumerate(stmts)}

    def block(b: tuple[A.Stmt, ...]) -> list[int]:
        return [pos[id(s)] for s in b]

    by_kind: dict[int, list[int]] = {}
    for i, s in enumerate(stmts):
        by_kind.setdefault(_KIND_OF[type(s)], []).append(i)
    out: dict[int, tuple] = {}
    for k, idx in by_kind.items():
        cls = _STMT_KINDS[k]
        nodes = [stmts[i] for i in idx]
        if cls in _BLOCKS:
            rows: list[tuple] = []
            for v in nodes:
                if cls is A.Label:
                    rows.append((v.loc, v.sid, v.name, block(v.block),  # type: ignore
                                 v.params))  # type: ignore[attr-defined]
                elif cls is A.While:
                    rows.append((v.loc, v.sid, v.condition, v.condition_src,  # type: ignore
                                 block(v.block)))  # type: ignore[attr-defined]
                elif cls is A.If:
                    rows.append((v.loc, v.sid, [(c, src, block(b))
                                                for c, src, b in v.branches]))  # type: ignore
                else:
                    cap = v.caption  # type: ignore[attr-defined]
                    rows.append((v.loc, v.sid, None if cap is None else tuple(
                        getattr(cap, f) for f in _KIND_FIELDS[0]),
                        [(ch.text, ch.condition, ch.condition_src, block(ch.block), ch.loc)
                         for ch in v.choices], v.nvl, v.set_))  # type: ignore[attr-defined]
            out[k] = (_ints(idx), rows)
        else:
            cols = [[getattr(v, f) for v in nodes] for f in _KIND_FIELDS[k]]
            out[k] = (_ints(idx), cols)
    return out


def _decode_statements(n: int, kinds: dict[int, tuple]) -> list[A.Stmt]:
    stmts: list[Any] = [None] * n
    put = stmts.__setitem__
    compound: list[tuple[int, int, tuple]] = []
    for k, (idx_blob, data) in kinds.items():
        cls = _STMT_KINDS[k]
        idx = _unints(idx_blob)
        if cls in _BLOCKS:
            compound.extend(zip(idx, [k] * len(idx), data))
        else:
            deque(map(put, idx, map(N.BY_CLASS[cls], *data)), maxlen=0)
    # parents come before their blocks in flat order: build from the end
    compound.sort(reverse=True)
    for i, k, row in compound:
        cls = _STMT_KINDS[k]
        if cls is A.Label:
            loc, sid, name, b, params = row
            stmts[i] = N.Label(loc, sid, name, tuple([stmts[j] for j in b]), params)
        elif cls is A.While:
            loc, sid, cond, src, b = row
            stmts[i] = N.While(loc, sid, cond, src, tuple([stmts[j] for j in b]))
        elif cls is A.If:
            loc, sid, branches = row
            stmts[i] = N.If(loc, sid, tuple((c, src, tuple([stmts[j] for j in b]))
                                            for c, src, b in branches))
        else:
            loc, sid, cap, choices, nvl, set_ = row
            stmts[i] = N.Menu(loc, sid, None if cap is None else N.Say(*cap), tuple(
                N.Choice(text, cond, src, tuple([stmts[j] for j in b]), cloc)
                for text, cond, src, b, cloc in choices), nvl, set_)
    return stmts


def encode(prog: Program) -> bytes:
    """The story as bytes (marshal); raises KeyError or ValueError for something
    marshal cannot store."""
    stmts = prog.statements
    pos = {id(s): i for i, s in enumerate(stmts)}
    label_names = sorted(set(prog.label_of))
    name_index = {name: k for k, name in enumerate(label_names)}
    data = {
        "n": len(stmts),
        "statements": _encode_statements(stmts),
        "next": _ints(prog.next),
        "branches": prog.branches,
        "labels": prog.labels,
        "label_names": label_names,
        "label_of": _ints([name_index[name] for name in prog.label_of]),
        "files": [(f.path, [pos[id(s)] for s in f.statements]) for f in prog.files],
        "characters": _enc(prog.characters),
        "constants": _enc(prog.constants),
        "defaults": [pos[id(d)] for d in prog.defaults],
        "transitions": _enc(prog.transitions),
        "warnings": _enc(prog.warnings),
        "variables": sorted(prog.variables),
        "images": _enc(prog.images.files),
        "hash": prog.source_hash,
        "transforms": prog.transforms,
        "image_transforms": prog.image_transforms,
        "layered": prog.layered,
        "image_layers": prog.image_layers,
    }
    return marshal.dumps((FORMAT, data))


def decode(blob: bytes, *, images: ImageIndex, audio: AudioIndex, title: str = "Untitled",
           start: str = "start", chapters: Iterable[tuple[str, str]] = ()) -> Program:
    """The story `encode` made, checked (see _check); raises ValueError (or another
    exception of marshal's) on data of another format or a malformed story."""
    fmt, data = marshal.loads(blob)
    if fmt != FORMAT:
        raise ValueError("old cache format")
    stmts = _decode_statements(data["n"], data["statements"])
    files = [A.ScriptFile(path, tuple([stmts[i] for i in top])) for path, top in data["files"]]
    prog = Program(images=images, audio=audio, files=files, title=title, start=start)
    prog.statements = stmts
    prog.next = _unints(data["next"]).tolist()
    prog.branches = data["branches"]
    prog.labels = data["labels"]
    prog.label_of = list(map(data["label_names"].__getitem__, _unints(data["label_of"])))
    prog.by_sid = dict(zip(map(attrgetter("sid"), stmts), range(len(stmts))))
    for name, value in _dec(data["images"]).items():
        prog.images.files[name] = value
    prog.images._index()
    prog.characters = _dec(data["characters"])
    prog.constants = _dec(data["constants"])
    prog.transitions = _dec(data["transitions"])
    prog.warnings = _dec(data["warnings"])
    prog.variables = set(data["variables"])
    prog.source_hash = data["hash"]
    prog.transforms = data["transforms"]
    prog.image_transforms = data["image_transforms"]
    prog.layered = data["layered"]
    prog.image_layers = data["image_layers"]
    prog.defaults = [stmts[i] for i in data["defaults"]]
    prog.chapters = [Chapter(n, label, chapter_title)
                     for n, (label, chapter_title) in enumerate(chapters, 1)]
    _check(prog)
    return prog


def _check(prog: Program) -> None:
    """Invariants of a decoded story, checked before it is used: the cheap ones (kinds
    of statement, every index in range, characters, images, bounded constants), beside
    the signature that only this folder's key makes. Raises on a violation."""
    stmts = prog.statements
    n = len(stmts)
    if not set(map(type, stmts)) <= _KIND_SET:
        raise ValueError("malformed statement")
    nxt = prog.next
    if len(nxt) != n or len(prog.label_of) != n or (n and (min(nxt) < -1 or max(nxt) >= n)):
        raise ValueError("malformed flow")
    for i, targets in prog.branches.items():
        if not (0 <= i < n) or any(not (-1 <= j < n) for j in targets):
            raise ValueError("malformed branches")
    if any(not (0 <= i < n) for i in prog.labels.values()):
        raise ValueError("malformed labels")
    if any(not isinstance(c, A.CharacterDef) for c in prog.characters.values()):
        raise ValueError("malformed characters")
    for name, value in prog.images.files.items():
        if type(name) is not tuple or type(value) is not str:
            raise ValueError("malformed images")
    check_value(prog.constants, opaque=(A.CharacterDef, A.Transition, A.LightDef))
