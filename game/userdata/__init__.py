"""The player's data folder: where it is, atomic writes, and reading JSON that may be damaged.

Nothing here is ever deleted: a damaged file is moved aside beside itself
(`NAME.damaged-YYYYmmdd-HHMMSS`), and `--fresh` moves old data into a backup folder.
"""
from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any, Final

from .._log import get_logger
from ..assets.files import FileRefused, read_limited

__all__ = ["FileRefused", "read_limited", "atomic_write", "read_json", "parse_json",
           "dump_json", "remove_temporaries", "set_aside", "DataDir", "default_data_dir"]

PREFS_FILE: Final = "preferences.json"
PERSISTENT_FILE: Final = "persistent.json"
SAVES_DIR: Final = "saves"
ART_PACKS_DIR: Final = "art-packs"
SCREENSHOTS_DIR: Final = "screenshots"
STAMP_FORMAT: Final = "%Y%m%d-%H%M%S"
MAX_DATA_BYTES: Final = 32 * 1024 * 1024  # preferences and persistent data, at most
TEMP_SUFFIX: Final = ".tmp"  # atomic_write's temporary files: ".NAME.XXXXXXXX.tmp"

log = get_logger("game.data")


def default_data_dir(game_id: str) -> Path:
    """The user data folder platformdirs gives the game `game_id` (game.toml's id; not
    created here)."""
    import platformdirs  # only when no --data-dir was given

    return Path(platformdirs.user_data_dir(game_id, appauthor=False))


def atomic_write(path: Path, data: bytes) -> None:
    """Write `data` to `path` so that a crash leaves either the old file or the new one:
    a temporary file in the same folder, flushed and fsynced, then os.replace."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    _fsync_dir(path.parent)


def remove_temporaries(folder: Path) -> int:
    """Remove the temporary files an interrupted atomic_write left in `folder` (only
    this game writes there, and not while it starts); returns how many."""
    n = 0
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return 0
    for e in entries:
        if e.name.startswith(".") and e.name.endswith(TEMP_SUFFIX):
            try:
                if e.is_file(follow_symlinks=False):
                    os.unlink(e.path)
                    n += 1
            except OSError:
                pass
    return n


def _fsync_dir(folder: Path) -> None:
    """Make the rename itself durable where the platform allows it (not on Windows)."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _stamp() -> str:
    from datetime import datetime

    return datetime.now().strftime(STAMP_FORMAT)


def _free_name(base: Path) -> Path:
    """`base`, or `base-2`, `base-3`... whichever does not exist yet."""
    if not base.exists():
        return base
    n = 2
    while True:
        p = base.with_name(f"{base.name}-{n}")
        if not p.exists():
            return p
        n += 1


def set_aside(path: Path) -> Path:
    """Move a damaged file to `NAME.damaged-YYYYmmdd-HHMMSS` beside it; returns the new path."""
    path = Path(path)
    target = _free_name(path.with_name(f"{path.name}.damaged-{_stamp()}"))
    os.replace(path, target)
    return target


def parse_json(raw: bytes, expect: type = dict) -> tuple[Any, str | None]:
    """(data, None), or (None, what is wrong) for bytes that are not UTF-8 JSON of type
    `expect`."""
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        return None, f"not UTF-8 text ({exc.reason} at byte {exc.start})"
    if not text.strip():
        return None, "the file is empty"
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        return None, f"not valid JSON ({exc.msg} at line {exc.lineno}, column {exc.colno})"
    except RecursionError:
        return None, "not valid JSON (nested too deeply)"
    except ValueError as exc:  # e.g. a number longer than Python reads (4300 digits)
        return None, f"not usable JSON ({str(exc).split(';')[0]})"
    if not isinstance(data, expect):
        names = {dict: "a JSON object", list: "a JSON array"}
        return None, (f"expected {names.get(expect, expect.__name__)},"
                      f" found {_json_kind(data)}")
    return data, None


def _json_kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, list):
        return "a JSON array"
    if isinstance(value, dict):
        return "a JSON object"
    return type(value).__name__  # pragma: no cover - json gives no other types


def read_json(path: Path, expect: type = dict,
              limit: int = MAX_DATA_BYTES) -> tuple[Any | None, str | None]:
    """Read a JSON file of top-level type `expect` (an object unless told).

    Returns (data, None) when fine, (None, None) when the file is missing, and
    (None, problem) when it is damaged: the damaged file is then moved aside to
    `NAME.damaged-YYYYmmdd-HHMMSS` (never deleted) and a warning is logged.
    A file that exists but cannot be read (permissions) is reported, not moved.
    """
    path = Path(path)
    why: str | None = None
    try:
        raw = read_limited(path, limit)
    except FileNotFoundError:
        return None, None
    except FileRefused as exc:
        if not exc.too_large:
            problem = f"{path.name} could not be read: {exc}"
            log.warning("%s", problem)
            return None, problem
        raw, why = b"", str(exc)
    except OSError as exc:
        problem = f"{path.name} could not be read: {exc.strerror or exc}"
        log.warning("%s", problem)
        return None, problem
    data = None
    if why is None:
        data, why = parse_json(raw, expect)
    if why is None:
        return data, None
    try:
        moved = set_aside(path)
    except OSError as exc:
        problem = f"{path.name} is damaged ({why}) and could not be moved aside: {exc}"
    else:
        problem = f"{path.name} is damaged ({why}); it was kept as {moved.name}"
    log.warning("%s", problem)
    return None, problem


def dump_json(data: Any) -> bytes:
    """JSON as this game writes its data files: UTF-8, sorted keys, indented."""
    return (json.dumps(data, ensure_ascii=False, sort_keys=True, indent=2,
                       allow_nan=False) + "\n").encode("utf-8")


class DataDir:
    """The folder holding saves, preferences, persistent data, art packs and screenshots."""

    def __init__(self, root: Path | None = None, *, fresh: bool = False,
                 game_id: str | None = None) -> None:
        """`root`, else the user data folder of the game `game_id` (one of them is
        needed)."""
        if root is None and game_id is None:
            raise ValueError("DataDir needs a folder or the game's id")
        self.root = Path(root) if root is not None else default_data_dir(game_id or "")
        self.saves = self.root / SAVES_DIR
        self.prefs_path = self.root / PREFS_FILE
        self.persistent_path = self.root / PERSISTENT_FILE
        self.art_packs = self.root / ART_PACKS_DIR
        self.screenshots = self.root / SCREENSHOTS_DIR
        self.backup: Path | None = None  # where --fresh put the old data, if anywhere
        self.root.mkdir(parents=True, exist_ok=True)
        if fresh:
            self.backup = self._back_up()
        for folder in (self.saves, self.art_packs, self.screenshots):
            folder.mkdir(parents=True, exist_ok=True)
        remove_temporaries(self.root)  # of preferences and persistent data

    def _back_up(self) -> Path | None:
        """Move preferences, persistent data and saves into backup-YYYYmmdd-HHMMSS/."""
        old = [p for p in (self.prefs_path, self.persistent_path, self.saves) if p.exists()]
        if self.saves in old and self.saves.is_dir() and not any(self.saves.iterdir()):
            self.saves.rmdir()  # an empty folder is nothing to keep
            old.remove(self.saves)
        if not old:
            return None
        backup = _free_name(self.root / f"backup-{_stamp()}")
        backup.mkdir(parents=True)
        for p in old:
            os.replace(p, backup / p.name)
        log.info("--fresh: the earlier data was moved to %s", backup)
        return backup
