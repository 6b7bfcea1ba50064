"""How the C allocator gives memory back to the system.

Decoded images are large (a 1920x1080 background is 8 MB) and come and go as scenes
change. glibc's malloc serves blocks of 128 KB or more from their own mappings, but it
raises that threshold to the size of the first such block freed, after which images
come from the heap, where freed space stays with the process: a capture of the whole
story at 1920x1080 peaked 20-30 MB higher for it. A fixed threshold keeps every block
of MMAP_THRESHOLD or more in its own mapping, unmapped when freed; two arenas keep the
image worker's frees from growing heaps of their own. Elsewhere (macOS, Windows, musl)
nothing is changed.

And cyclic garbage collection waits for the window's first frame (pause_collection).
"""
from __future__ import annotations

import gc
import sys
from typing import Final

M_MMAP_THRESHOLD: Final = -3  # glibc's malloc.h
M_ARENA_MAX: Final = -8
MMAP_THRESHOLD: Final = 1 << 20  # bytes: a 512x512 RGBA surface and up
ARENA_MAX: Final = 2

_tuned = False
_paused = False


def pause_collection() -> None:
    """No cyclic garbage collection until resume_collection (a start of the game): its
    imports and the title's first frame make ~35,000 objects and next to no cyclic
    garbage (~50 objects), which the collections would walk over and over (~5% of the
    start's time)."""
    global _paused
    if gc.isenabled():
        gc.disable()
        _paused = True


def resume_collection() -> None:
    """After the first frame: what the start made is frozen (never walked again, as a
    loaded story is: game/script/loader.py; else the first collection would walk all of
    it) and collection goes on. Nothing if pause_collection did not pause it."""
    global _paused
    if _paused:
        _paused = False
        gc.freeze()
        gc.enable()


def tune_malloc() -> bool:
    """Set the threshold and arenas (once); True where glibc accepted them."""
    global _tuned
    if _tuned:
        return True
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes  # here: importing it costs a few ms, and the title need not wait

        mallopt = ctypes.CDLL(None).mallopt
    except (OSError, AttributeError):  # not glibc
        return False
    mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
    _tuned = mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD) == 1
    if _tuned:
        mallopt(M_ARENA_MAX, ARENA_MAX)
    return _tuned
