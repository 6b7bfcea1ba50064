"""A cache of loaded stories, keyed by the content of every input, so that a second
start skips the parse. The story is encoded by game/script/codec.py (marshal, never
pickle); each file is signed with this cache folder's key, and a damaged, stale or
planted file is just parsed again.
"""
from __future__ import annotations

import hashlib
import hmac
import os
import tempfile
from typing import Any, Final

from .. import __version__
from ..assets.files import read_limited
from ..script.codec import FORMAT, decode, encode
from ..script.loader import load_story, paused_gc
from ..script.program import Program
from .cache_dirs import cache_dir, code_version, set_cache_root  # noqa: F401 (re-exported)

MAX_CACHE_BYTES: Final = 512 * 1024 * 1024


def _secret(d: str) -> bytes:
    """The key that signs this cache folder's files (made on first use, readable by
    the player only): a file planted in the folder, or damaged in it, fails the
    signature and is parsed again instead of trusted."""
    path = os.path.join(d, "cache-key")
    try:
        with open(path, "rb") as f:
            key = f.read(64)
        if len(key) == 32:
            return key
    except OSError:
        pass
    import secrets

    key = secrets.token_bytes(32)
    os.makedirs(d, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".cache-key-", dir=d)
    with os.fdopen(fd, "wb") as f:
        f.write(key)
    os.replace(tmp, path)
    return key


def _sign(key: bytes, blob: bytes) -> bytes:
    return hmac.new(key, blob, hashlib.sha256).digest()


def _key(sources: list[tuple[str, str]], kwargs: dict[str, Any]) -> str:
    h = hashlib.sha256()
    h.update(f"{__version__}|{FORMAT}|{code_version()}|".encode())
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


def cached_load(sources: list[tuple[str, str]], **kwargs: Any) -> Program:
    """load_story, through the cache when there is one. Errors are never cached."""
    d = cache_dir()
    if d is None:
        return load_story(sources, **kwargs)
    from ..script.images import AudioIndex, ImageIndex

    kwargs.setdefault("images", ImageIndex())
    kwargs.setdefault("audio", AudioIndex())
    key = _key(sources, kwargs)
    path = os.path.join(d, f"story-{key}.marshal")
    try:
        secret = _secret(d)
    except OSError:
        return load_story(sources, **kwargs)  # no signed cache without a key
    try:
        data = read_limited(path, MAX_CACHE_BYTES)
        sig, blob = data[:32], data[32:]
        if hmac.compare_digest(sig, _sign(secret, blob)):
            with paused_gc():
                return decode(blob, images=kwargs["images"], audio=kwargs["audio"],
                              title=kwargs.get("title", "Untitled"),
                              start=kwargs.get("start", "start"),
                              chapters=kwargs.get("chapters", ()))
    except FileNotFoundError:
        pass
    except Exception:  # damaged, stale or planted: parse again and overwrite
        pass
    prog = load_story(sources, **kwargs)
    try:
        blob = encode(prog)
    except (KeyError, ValueError):  # something marshal cannot store: do without a cache
        return prog
    try:
        os.makedirs(d, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".story-", dir=d)
        with os.fdopen(fd, "wb") as f:
            f.write(_sign(secret, blob) + blob)
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
