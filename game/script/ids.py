"""Stable ids: how a statement is named in saves, live reload and translations.

A statement's id is `label:crc32` of its content in hex (`start:1a2b3c4d`), with
`.N` for the Nth statement of the same content within the label (`start:1a2b3c4d.2`).
It names what a line says, not where it is, so adding lines elsewhere leaves it
alone (tests/story/test_stable_ids.py). The parser makes save ids with it and the
translation layer makes a say line's translation id with it (its content without
sprite attributes). This is the one place the recipe is written.

(Ren'Py's own `label_md5` names for tl/ files are another scheme, in
game/i18n/renpy_tl.py.)
"""
from __future__ import annotations

import zlib
from typing import Final

_crc32: Final = zlib.crc32


def content_key(content: str, start: int = 0) -> int:
    """The crc32 an id is made of; `start` is the crc32 of a prefix of the content
    worked out before (crc32 continues: content_key(b, content_key(a)) is the key of
    a + b)."""
    return _crc32(content.encode("utf-8", "surrogatepass"), start)


def stable_id(prefix: str, counts: dict[int, int], content: str, start: int = 0) -> str:
    """The id of the next statement with this content under the label `prefix` names
    (`label:`); `counts` (key -> how many so far) belongs to that label and is
    updated. `start` is content_key of the content's beginning when that is known
    (so `stable_id(p, c, "", key)` is the id of a content whose key is `key`)."""
    key = _crc32(content.encode("utf-8", "surrogatepass"), start)
    n = counts.get(key, 0) + 1
    counts[key] = n
    return f"{prefix}{key:08x}" if n == 1 else f"{prefix}{key:08x}.{n}"
