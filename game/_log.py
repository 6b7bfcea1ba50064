"""Loggers made when first used. Importing `logging` compiles regular expressions
(about 2 ms); the title screen logs nothing unless something fails, so the modules it
needs take their logger from here and the first frame does not wait for it."""
from __future__ import annotations

from typing import Any


class LazyLogger:
    """Stands for logging.getLogger(name); `logging` is imported by the first call."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __getattr__(self, attr: str) -> Any:
        import logging

        return getattr(logging.getLogger(self.name), attr)


def get_logger(name: str) -> Any:
    return LazyLogger(name)
