"""Decoded images at the size they are shown, loaded ahead on a worker thread.

Rasterising an SVG background takes 60-140 ms, far more than a frame, so the
window predicts what the next statements show and `prefetch`es it; the worker
decodes off the main thread (SDL_image releases the GIL). Decoded rasters are also
kept as PNG in a disk cache, which loads in a fifth of the time. The in-memory
cache is bounded by bytes (least recently used goes first).
"""
from __future__ import annotations

import os
import queue
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Final

import pygame

from .._log import get_logger
from ..assets.art import ArtSource, ImageFile, svg_size
from ..project.cache_dirs import code_version
from ..scene.canvas import CANVAS, SPRITE_HEIGHT
from .palette import BRIGHT_RED, DARK_RED

if TYPE_CHECKING:  # the title screen needs neither; a reading imports them
    from ..scene.model import Light

log = get_logger("game.render")

BG, SPRITE = "bg", "sprite"
# Decoded surfaces kept in memory, least recently used dropped first: at 1920x1080
# about seven backgrounds and their sprites, at 1280x720 seventeen (the prefetch brings
# the next ones; the raster cache on disk makes a re-decode quick).
CACHE_BUDGET: Final = 64 * 1024 * 1024


def _nbytes(surf: pygame.Surface) -> int:
    """What a surface holds in pixels, as the cache counts it (4 bytes a pixel)."""
    return surf.get_width() * surf.get_height() * 4


def cover_size(src: tuple[int, int], dest: tuple[int, int]) -> tuple[int, int]:
    """The size that covers dest keeping src's aspect ratio (no distortion)."""
    sw, sh = max(1, src[0]), max(1, src[1])
    k = max(dest[0] / sw, dest[1] / sh)
    return max(1, round(sw * k)), max(1, round(sh * k))


class ImageStore:
    """Surfaces for image names, at the current display scale."""

    def __init__(self, source: ArtSource, scale: float = 1.0, *,
                 budget_bytes: int = CACHE_BUDGET, disk_cache: str | None = None,
                 threaded: bool = True) -> None:
        self.source = source
        self.scale = scale
        self.budget = budget_bytes
        self.disk_cache = disk_cache
        # (name, kind, scale), and for a sprite in a light (name, kind, scale, multiplier)
        self._cache: OrderedDict[tuple, pygame.Surface] = OrderedDict()
        self._bytes = 0
        self._raw: dict[tuple[str, str, float], pygame.Surface | Exception] = {}
        self._lock = threading.Lock()
        self._pending: set[tuple[str, str, float]] = set()
        self._warned: set[str] = set()
        self._queue: queue.Queue[tuple[str, str, float] | None] | None = None
        self._thread: threading.Thread | None = None
        self.threaded = threaded
        self.misses = 0  # images needed before the worker had them (hitches)

    # -- public ----------------------------------------------------------------------
    def set_scale(self, scale: float) -> None:
        if abs(scale - self.scale) > 1e-6:
            self.scale = scale
            self.clear()

    def clear(self) -> None:
        with self._lock:
            self._raw.clear()
        self._cache.clear()
        self._bytes = 0

    def forget(self, names: Callable[[str], bool]) -> int:
        """Drop what is decoded of the image names `names` picks (their files changed:
        a live reload), so that the next get() reads them again; how many names went."""
        with self._lock:
            raw = [k for k in self._raw if names(k[0])]
            for k in raw:
                del self._raw[k]
        gone = [k for k in self._cache if names(k[0])]
        for k in gone:
            surf = self._cache.pop(k)
            self._bytes -= surf.get_width() * surf.get_height() * 4
        return len({k[0] for k in [*raw, *gone]})

    def get(self, name: str, kind: str) -> pygame.Surface:
        """The surface for `name`, decoding now if the worker has not."""
        key = (name, kind, self.scale)
        surf = self._cache.get(key)
        if surf is not None:
            self._cache.move_to_end(key)
            return surf
        with self._lock:
            raw = self._raw.pop(key, None)
        if raw is None:
            self.misses += 1
            raw = self._decode(key)
        if isinstance(raw, Exception):
            surf = self.placeholder(name, kind, str(raw))
        else:
            if pygame.display.get_surface():
                self._make_room(_nbytes(raw))  # the copy comes within the budget
                raw = raw.convert_alpha()
            surf = raw
        self._remember(key, surf)
        return surf

    def lit(self, name: str, light: Light) -> pygame.Surface:
        """A sprite in a scene's light: its colours multiplied by the light's (alpha
        kept), made once per (image, light, scale) and kept with the other surfaces."""
        mult = light.multiplier()
        key = (name, SPRITE, self.scale, mult)
        surf = self._cache.get(key)
        if surf is not None:
            self._cache.move_to_end(key)
            return surf
        plain = self.get(name, SPRITE)
        self._make_room(_nbytes(plain), keep=(name, SPRITE, self.scale))
        surf = plain.copy()
        if mult != (255, 255, 255):
            surf.fill(mult, special_flags=pygame.BLEND_RGB_MULT)
        self._remember(key, surf)
        return surf

    def ready(self, name: str, kind: str) -> bool:
        """Whether get() would return at once (decoded already); if not, the image is
        queued for the worker, so asking again later is how to wait without blocking."""
        key = (name, kind, self.scale)
        if key in self._cache:
            return True
        with self._lock:
            if key in self._raw:
                return True
        if not self.threaded:
            return True  # get() decodes on the spot; there is nothing to wait for
        self.prefetch([(name, kind)])
        return False

    def prefetch(self, names: Iterable[tuple[str, str]]) -> None:
        """Start decoding these (name, kind) pairs on the worker thread."""
        if not self.threaded:
            return
        for name, kind in names:
            key = (name, kind, self.scale)
            if key in self._cache or key in self._pending:
                continue
            with self._lock:
                if key in self._raw:
                    continue
            self._pending.add(key)
            self._ensure_worker()
            assert self._queue is not None
            self._queue.put(key)

    @property
    def pending(self) -> int:
        """How many prefetched images the worker has still to decode."""
        return len(self._pending)

    def wait_idle(self, timeout: float = 10.0) -> None:
        """Block until queued prefetches are decoded (for capture and tests)."""
        if self._queue is not None:
            self._queue.join()

    def close(self) -> None:
        """Stop the worker: drop queued prefetches (quitting must not wait for them)
        and wait only for the image it is decoding."""
        if self._queue is not None:
            while True:
                try:
                    key = self._queue.get_nowait()
                except queue.Empty:
                    break
                if key is not None:
                    self._pending.discard(key)
                self._queue.task_done()
            self._queue.put(None)
            if self._thread is not None:
                self._thread.join(timeout=2)
            self._queue = None

    def natural_size(self, f: ImageFile) -> tuple[int, int] | None:
        if f.is_color:
            return CANVAS
        if f.path.lower().endswith(".svg"):
            return svg_size(f.path)
        try:
            from ..assets import imageinfo

            return imageinfo.image_size(f.path)
        except Exception:
            return None

    def target_size(self, f: ImageFile, kind: str) -> tuple[int, int] | None:
        """Pixels to decode `f` at: backgrounds cover the canvas; sprites stand as tall
        as ours (their own size for our art; packs are scaled to our height)."""
        s = self.scale
        nat = self.natural_size(f)
        if nat is None:
            return None
        if kind == BG:
            w, h = cover_size(nat, CANVAS)
            return max(1, round(w * s)), max(1, round(h * s))
        height = nat[1]
        if f.pack is not None:
            ours = self.source.ours(f.name)
            our_nat = self.natural_size(ours) if ours else None
            height = our_nat[1] if our_nat else SPRITE_HEIGHT
        if f.zoom is not None:  # relative to the height the sprite is shown at
            height = height * f.zoom
        k = height / max(1, nat[1])
        return max(1, round(nat[0] * k * s)), max(1, round(nat[1] * k * s))

    def placeholder(self, name: str, kind: str, why: str = "") -> pygame.Surface:
        """A labelled box of the right shape for a missing or unreadable image."""
        if name not in self._warned:
            self._warned.add(name)
            log.warning("image '%s' %s; drawing a placeholder", name, why or "is missing")
        s = self.scale
        if kind == BG:
            size = (round(CANVAS[0] * s), round(CANVAS[1] * s))
        else:
            size = (round(560 * s), round(SPRITE_HEIGHT * s))
        surf = pygame.Surface(size, pygame.SRCALPHA)
        surf.fill((40, 14, 20, 255) if kind == BG else (60, 20, 28, 200))
        w = max(2, round(6 * s))
        pygame.draw.rect(surf, BRIGHT_RED, surf.get_rect(), w)
        pygame.draw.line(surf, DARK_RED, (0, 0), size, max(1, w // 2))
        pygame.draw.line(surf, DARK_RED, (0, size[1]), (size[0], 0), max(1, w // 2))
        from .fonts import font

        f = font("sans", max(12, round(40 * s)), bold=True)
        label = f.render(name, True, (255, 235, 235))
        sub = font("sans", max(10, round(26 * s))).render("missing image", True,
                                                          (230, 170, 175))
        r = label.get_rect(center=(size[0] // 2, size[1] // 2))
        bg = r.union(sub.get_rect(midtop=(size[0] // 2, r.bottom + 4))).inflate(24, 16)
        pygame.draw.rect(surf, (20, 6, 10, 230), bg)
        surf.blit(label, r)
        surf.blit(sub, sub.get_rect(midtop=(size[0] // 2, r.bottom + 4)))
        return surf

    # -- internals -------------------------------------------------------------------
    def _remember(self, key: tuple, surf: pygame.Surface) -> None:
        self._cache[key] = surf
        self._bytes += _nbytes(surf)
        while self._bytes > self.budget and len(self._cache) > 1:
            _k, old = self._cache.popitem(last=False)
            self._bytes -= _nbytes(old)

    def _make_room(self, nbytes: int, keep: tuple | None = None) -> None:
        """Let go of the least recently used surfaces before a surface of `nbytes` is
        made, so that the process never holds the full budget and the new one at once
        (at 1920x1080 that is 8 MB more at the peak for every background)."""
        while self._cache and self._bytes + nbytes > self.budget:
            k = next(iter(self._cache))
            if k == keep:  # the surface being copied: the least recent only by accident
                if len(self._cache) == 1:
                    return
                self._cache.move_to_end(k)
                continue
            old = self._cache.pop(k)
            self._bytes -= _nbytes(old)

    def _ensure_worker(self) -> None:
        if self._thread is None or not self._thread.is_alive():
            self._queue = queue.Queue()
            self._thread = threading.Thread(target=self._work, name="image-loader",
                                            daemon=True)
            self._thread.start()

    def _work(self) -> None:
        q = self._queue
        assert q is not None
        while True:
            key = q.get()
            try:
                if key is None:
                    return
                if key[2] != self.scale:
                    continue
                raw = self._decode(key)
                with self._lock:
                    if key[2] == self.scale:
                        self._raw[key] = raw
            finally:
                if key is not None:
                    self._pending.discard(key)
                q.task_done()

    def _decode(self, key: tuple[str, str, float]) -> pygame.Surface | Exception:
        name, kind, _scale = key
        f = self.source.find(name)
        if f is None:
            return FileNotFoundError("is missing")
        try:
            return self._decode_file(f, kind)
        except Exception as exc:  # a damaged file must not stop the game
            ours = self.source.ours(name) if f.pack is not None else None
            log.warning("image '%s' from %s cannot be read (%s)", name, f.path, exc)
            if ours is not None:
                try:
                    return self._decode_file(ours, kind)
                except Exception as exc2:
                    return exc2
            return exc

    def _decode_file(self, f: ImageFile, kind: str) -> pygame.Surface:
        size = self.target_size(f, kind)
        if f.is_color:
            s = self.scale
            surf = pygame.Surface((round(CANVAS[0] * s), round(CANVAS[1] * s)))
            surf.fill(pygame.Color(f.path))
            return surf
        if size is None:
            raise ValueError("its size cannot be read")
        from ..assets.imageinfo import check_target  # imported by the first decode,
        from .decode import load_image
        from .png import save_png  # after the title's first frame

        check_target(size)
        cached = self._disk_path(f, size)
        if cached and os.path.exists(cached):
            try:  # a cache file is checked like any image, and must have the size
                return load_image(cached, expect=size)
            except Exception:
                pass
        if f.path.lower().endswith(".svg"):
            surf = load_image(f.path, size)
            if surf.get_size() != size:
                surf = pygame.transform.smoothscale(surf.convert_alpha()
                                                    if pygame.display.get_surface() else surf,
                                                    size)
        else:
            surf = load_image(f.path, size)
            if surf.get_size() != size:
                if surf.get_bitsize() < 24:
                    surf = surf.convert(32) if hasattr(surf, "convert") else surf
                surf = pygame.transform.smoothscale(surf, size)
        if cached:
            try:
                os.makedirs(os.path.dirname(cached), exist_ok=True)
                tmp = cached + f".{os.getpid()}.{threading.get_ident()}.tmp.png"
                save_png(surf, tmp)  # pygame.image.save would stall the window
                os.replace(tmp, cached)
            except Exception:
                pass
        return surf

    def _disk_path(self, f: ImageFile, size: tuple[int, int]) -> str | None:
        if not self.disk_cache or not f.path.lower().endswith(".svg"):
            return None
        try:
            st = os.stat(f.path)
        except OSError:
            return None
        import hashlib

        h = hashlib.sha1(f"{os.path.abspath(f.path)}|{st.st_mtime_ns}|{st.st_size}|"
                         f"{size}|{code_version()}".encode("utf-8", "surrogatepass")
                         ).hexdigest()[:24]
        return os.path.join(self.disk_cache, f"{h}.png")
