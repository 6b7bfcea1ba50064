"""Reading a file a stranger may have planted: regular files only, bounded in size,
without blocking on a FIFO. Used by the data folder, game.toml, art packs and scripts.
"""
from __future__ import annotations

import os
import stat
from pathlib import Path


class FileRefused(OSError):
    """A data file that is not read: not a regular file, or larger than its limit
    (`too_large`, which makes it a damaged file rather than an unreadable one)."""

    def __init__(self, message: str, *, too_large: bool = False) -> None:
        super().__init__(message)
        self.too_large = too_large

    def __str__(self) -> str:
        return str(self.args[0])


def read_limited(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most `limit` bytes. Opening does not block (a
    FIFO planted in its place is refused, not waited on); a folder, device or FIFO
    raises FileRefused, as does a file over the limit; a missing one FileNotFoundError."""
    path = Path(path)
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0) \
        | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise FileRefused(f"{path.name} is not a regular file")
        if st.st_size > limit:
            raise FileRefused(f"{path.name} is {st.st_size} bytes, over the"
                              f" {limit // (1024 * 1024)} MB a file of this kind may be",
                              too_large=True)
        chunks: list[bytes] = []
        got = 0
        while got <= limit:
            chunk = os.read(fd, min(1 << 20, limit + 1 - got))
            if not chunk:
                break
            chunks.append(chunk)
            got += len(chunk)
        if got > limit:
            raise FileRefused(f"{path.name} is over the {limit // (1024 * 1024)} MB a file"
                              " of this kind may be", too_large=True)
        return b"".join(chunks)
    finally:
        os.close(fd)
