"""The commands, above everything else: each module runs one `scars-run-deep COMMAND`
through its cmd_COMMAND(args) (game/cli.py parses the arguments and calls it).

transcript.py  `transcript` (headless, printed) and `play --text` (the text player)
lint.py        `lint`: errors, warnings, statistics
chapters.py    `chapters`
coverage.py    `coverage`: many random plays, lines never reached
capture.py     `capture`: a PNG of every line and menu, and index.html
art.py         `art template` and `art check` for artists
dist.py        `dist`: a standalone build with PyInstaller
translate.py   `translate update`, and the translation `--lang` asks for
"""
from __future__ import annotations

from typing import Any


def parse_choose(text: str | None) -> Any:
    """--choose 2,1,3 (1-based picks in turn) or random[:SEED] (a random.Random)."""
    if not text:
        return []
    if text == "random" or text.startswith("random:"):
        import random

        seed = text.partition(":")[2]
        if seed and not seed.isdigit():
            raise SystemExit(f"error: --choose random:SEED takes a whole number; got {seed!r}")
        return random.Random(int(seed) if seed else 0)
    out = []
    for part in text.split(","):
        part = part.strip()
        if not part.isdigit() or int(part) < 1:
            raise SystemExit(f"error: --choose takes 1-based numbers like 2,1,3; got {part!r}")
        out.append(int(part))
    return out
