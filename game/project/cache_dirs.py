"""Where the caches live (stories, rasters) and the engine's code version that keys
them. Light: the window asks for these before the parser is imported."""
from __future__ import annotations

import os

from .. import __version__

_root: str | None = None  # set_cache_root: the cache folder inside --data-dir
_game_id = "untitled"  # use_game_id: names the user cache folder


def use_game_id(game_id: str) -> None:
    """The game (game.toml's id) whose user cache folder cache_dir gives."""
    global _game_id
    _game_id = game_id



def set_cache_root(folder: str | os.PathLike[str] | None) -> None:
    """Keep every cache (stories, rasters) in `folder`: the game's --data-dir/cache, so
    that it writes nothing outside the data folder it was given."""
    global _root
    _root = os.fspath(folder) if folder is not None else None


def cache_dir() -> str | None:
    """Where cached stories live: $VN_CACHE_DIR, else the folder set_cache_root gave,
    else the user cache folder."""
    d = os.environ.get("VN_CACHE_DIR")
    if d == "":
        return None
    if d:
        return d
    if _root is not None:
        return _root
    try:
        import platformdirs

        return platformdirs.user_cache_dir(_game_id, appauthor=False)
    except Exception:  # pragma: no cover - platformdirs is a dependency
        return None


_code: str | None = None


def code_version() -> str:
    """A digest of the engine's own code (every .py file of the game package): part of
    every cache key, so that a cache made by other code, whose checks may differ, is
    never used."""
    global _code
    if _code is None:
        import hashlib  # here: loading it (OpenSSL) costs the first frame 4 ms

        h = hashlib.sha256(__version__.encode())
        # game/, not game/project/: every module of the engine
        root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
        for dirpath, dirnames, filenames in os.walk(root):
            dirnames[:] = sorted(d for d in dirnames if d != "__pycache__")
            for fn in sorted(filenames):
                if fn.endswith(".py"):
                    path = os.path.join(dirpath, fn)
                    h.update(os.path.relpath(path, root).encode() + b"\0")
                    try:
                        with open(path, "rb") as f:
                            h.update(f.read())
                    except OSError:
                        pass
        _code = h.hexdigest()[:16]
    return _code


def raster_cache_dir() -> str | None:
    """Where decoded SVG rasters are cached: `raster/` in the cache folder."""
    d = cache_dir()
    return os.path.join(d, "raster") if d else None
