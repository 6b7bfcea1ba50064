"""A small Ren'Py-style visual novel engine (the game it plays is its story folder's)."""
from __future__ import annotations

__version__ = "0.1.0"
