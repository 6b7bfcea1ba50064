"""A cache of loaded stories, keyed by the content of every input, so that a second
start skips the parse. Stored with marshal as plain tuples and lists (never pickle:
nothing in the file can name code to run); a damaged or stale file is just parsed
again.
"""
from __future__ import annotations

import dataclasses
import hashlib
import marshal
import os
import tempfile
from typing import Any, Final

from . import __version__
from .script import ast as A
from .script.errors import Diagnostic
from .script.loader import load_story
from .script.program import Program, flatten

FORMAT: Final = 1
_NODES: Final = (A.Label, A.Say, A.Choice, A.Menu, A.If, A.While, A.Jump, A.Call, A.Return,
                 A.Pass, A.Pause, A.Window, A.Python, A.Define, A.Default, A.ImageDef,
                 A.Scene, A.Show, A.Hide, A.With, A.Play, A.Queue, A.Stop, A.CharacterDef,
                 A.Transition, Diagnostic)
_INDEX: Final = {cls: i for i, cls in enumerate(_NODES)}
_FIELDS: Final = [tuple(f.name for f in dataclasses.fields(cls)) for cls in _NODES]


def cache_dir() -> str | None:
    """Where cached stories live: $SCARS_CACHE_DIR, else the user cache folder."""
    d = os.environ.get("SCARS_CACHE_DIR")
    if d == "":
        return None
    if d:
        return d
    try:
        import platformdirs

        return platformdirs.user_cache_dir("scars-run-deep", appauthor=False)
    except Exception:  # pragma: no cover - platformdirs is a dependency
        return None


def _key(sources: list[tuple[str, str]], kwargs: dict[str, Any]) -> str:
    h = hashlib.sha256()
    h.update(f"{__version__}|{FORMAT}|".encode())
    for path, text in sources:
        h.update(path.encode("utf-8", "surrogatepass") + b"\0")
        h.update(text.encode("utf-8", "surrogatepass") + b"\0")
    images = kwargs.get("images")
    audio = kwargs.get("audio")
    extra = (sorted(images.files.items()) if images else None,
             sorted(audio.files) if audio else None, kwargs.get("strict"),
             kwargs.get("start"), kwargs.get("title"), list(kwargs.get("chapters", ())),
             kwargs.get("chapters_where"))
    h.update(repr(extra).encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:40]


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


def _encode(prog: Program) -> bytes:
    data = {
        "files": [(f.path, _enc(f.statements)) for f in prog.files],
        "characters": _enc(prog.characters),
        "constants": _enc(prog.constants),
        "defaults": [d.sid for d in prog.defaults],
        "transitions": _enc(prog.transitions),
        "warnings": _enc(prog.warnings),
        "variables": sorted(prog.variables),
        "images": _enc(prog.images.files),
        "hash": prog.source_hash,
    }
    return marshal.dumps((FORMAT, data))


def _decode(blob: bytes, kwargs: dict[str, Any]) -> Program:
    fmt, data = marshal.loads(blob)
    if fmt != FORMAT:
        raise ValueError("old cache format")
    files = [A.ScriptFile(path, _dec(stmts)) for path, stmts in data["files"]]
    prog = Program(images=kwargs["images"], audio=kwargs["audio"], files=files,
                   title=kwargs.get("title", "Untitled"), start=kwargs.get("start", "start"))
    for name, value in _dec(data["images"]).items():
        prog.images.files[name] = value
    prog.images._index()
    prog.characters = _dec(data["characters"])
    prog.constants = _dec(data["constants"])
    prog.transitions = _dec(data["transitions"])
    prog.warnings = _dec(data["warnings"])
    prog.variables = set(data["variables"])
    prog.source_hash = data["hash"]
    flatten(prog, files)
    for i in range(len(prog.statements) - 1, -1, -1):
        s = prog.statements[i]
        if type(s) is A.Label:
            prog.labels[s.name] = i
    prog.defaults = [prog.statements[prog.by_sid[sid]] for sid in data["defaults"]]
    from .script.program import Chapter

    prog.chapters = [Chapter(n, label, title)
                     for n, (label, title) in enumerate(kwargs.get("chapters", ()), 1)]
    return prog


def cached_load(sources: list[tuple[str, str]], **kwargs: Any) -> Program:
    """load_story, through the cache when there is one. Errors are never cached."""
    d = cache_dir()
    if d is None:
        return load_story(sources, **kwargs)
    from .script.images import AudioIndex, ImageIndex

    kwargs.setdefault("images", ImageIndex())
    kwargs.setdefault("audio", AudioIndex())
    key = _key(sources, kwargs)
    path = os.path.join(d, f"story-{key}.marshal")
    try:
        with open(path, "rb") as f:
            blob = f.read()
        return _decode(blob, kwargs)
    except FileNotFoundError:
        pass
    except Exception:  # damaged or stale: parse again and overwrite
        pass
    prog = load_story(sources, **kwargs)
    try:
        os.makedirs(d, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".story-", dir=d)
        with os.fdopen(fd, "wb") as f:
            f.write(_encode(prog))
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
        _prune(d, keep=os.path.basename(path))
    except OSError:
        pass  # a read-only cache folder only costs speed
    return prog


def _prune(d: str, keep: str, limit: int = 4) -> None:
    entries = [e for e in os.scandir(d) if e.name.startswith("story-") and e.name != keep]
    entries.sort(key=lambda e: e.stat().st_mtime, reverse=True)
    for e in entries[limit - 1:]:
        try:
            os.remove(e.path)
        except OSError:
            pass
