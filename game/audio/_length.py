"""How long an audio file plays, read from its headers without decoding it.

The music stream (pygame.mixer.music) cannot tell its length; the player needs it
only to end a looping track at the seam when something is queued after it.
"""
from __future__ import annotations

import struct
from typing import Final

_TAIL: Final = 65536  # an Ogg page is at most ~64 KiB: the last one lies in this tail


def audio_length(path: str) -> float | None:
    """Seconds of audio in an Ogg Vorbis/Opus or WAV file, or None if unknown."""
    try:
        with open(path, "rb") as f:
            head = f.read(4096)
            if head[:4] == b"OggS":
                f.seek(0, 2)
                size = f.tell()
                f.seek(max(0, size - _TAIL))
                return _ogg_length(head, f.read())
            if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
                return _wav_length(head)
    except OSError:
        return None
    return None


def _ogg_length(head: bytes, tail: bytes) -> float | None:
    at = tail.rfind(b"OggS")
    if at < 0 or len(tail) < at + 14:
        return None
    granule = struct.unpack_from("<q", tail, at + 6)[0]
    if granule < 0:
        return None
    v = head.find(b"\x01vorbis")
    if v >= 0 and len(head) >= v + 16:
        rate = struct.unpack_from("<I", head, v + 12)[0]
        return granule / rate if rate else None
    o = head.find(b"OpusHead")
    if o >= 0 and len(head) >= o + 12:
        pre_skip = struct.unpack_from("<H", head, o + 10)[0]
        return max(0, granule - pre_skip) / 48000.0  # Opus granules count 48 kHz samples
    return None


def _wav_length(head: bytes) -> float | None:
    pos, byte_rate = 12, 0
    while pos + 8 <= len(head):
        cid, size = head[pos:pos + 4], struct.unpack_from("<I", head, pos + 4)[0]
        if cid == b"fmt " and pos + 20 <= len(head):
            byte_rate = struct.unpack_from("<I", head, pos + 16)[0]
        elif cid == b"data":
            return size / byte_rate if byte_rate else None
        pos += 8 + size + (size & 1)
    return None
