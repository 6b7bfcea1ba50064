"""Chapter thumbnails: each chapter's first frame, rendered headless at thumbnail size
(a Screen fed by Runtime.start_at_chapter) and cached as PNG in the data folder."""
from __future__ import annotations

import hashlib
import logging
from pathlib import Path
from typing import Any, Final

import pygame

from ..project.cache_dirs import code_version

log = logging.getLogger("game")
SIZE: Final = (384, 216)
FOLDER: Final = "chapter-thumbnails"


class ChapterThumbs:
    def __init__(self, program: Any, packs: list, data_root: Path,
                 disk_cache: str | None = None) -> None:
        self.program = program
        self.packs = packs
        self.folder = Path(data_root) / FOLDER
        self.disk_cache = disk_cache
        self._mem: dict[str, pygame.Surface | None] = {}
        self._queue: list[str] = []
        self._images: Any = None

    def _key(self, label: str) -> str:
        packs = "|".join(str(getattr(p, "root", p)) for p in self.packs)
        h = hashlib.sha1(f"{getattr(self.program, 'source_hash', '')}|{packs}|{SIZE}|"
                         f"{label}|{code_version()}".encode("utf-8", "surrogatepass")
                         ).hexdigest()[:20]
        return f"{label}-{h}.png"

    def get(self, label: str) -> pygame.Surface | None:
        """The thumbnail if made (from memory or disk); else queue it and return None."""
        if label in self._mem:
            return self._mem[label]
        path = self.folder / self._key(label)
        if path.is_file():
            try:
                from ..render.decode import load_image

                self._mem[label] = load_image(str(path), expect=SIZE)
                return self._mem[label]
            except Exception as exc:  # a damaged cache file is made again
                log.warning("chapter thumbnail %s: %s", path.name, exc)
        if label not in self._queue:
            self._queue.append(label)
        return None

    @property
    def pending(self) -> bool:
        return bool(self._queue)

    def work(self) -> bool:
        """Render one queued thumbnail; True if one was made."""
        if not self._queue:
            return False
        label = self._queue.pop(0)
        try:
            surf = self.render(label)
        except Exception as exc:  # the chapter list still shows, without this picture
            log.warning("chapter %s: no thumbnail (%r)", label, exc)
            self._mem[label] = None
            return True
        self._mem[label] = surf
        try:
            from ..render.png import png_bytes
            from ..userdata import atomic_write

            atomic_write(self.folder / self._key(label), png_bytes(surf))
        except Exception as exc:
            log.warning("chapter thumbnail not cached: %s", exc)
        return True

    def render(self, label: str) -> pygame.Surface:
        from ..assets.art import ArtSource
        from ..render.images import ImageStore
        from ..render.screen import ENDED, MENU, PAUSE, SAY, Screen
        from ..render.view import View
        from ..story.play import play
        from ..story.runtime import Runtime
        from ..story.state import CONTINUE

        view = View(SIZE)
        if self._images is None:
            self._images = ImageStore(ArtSource(self.program.images, list(self.packs)),
                                      view.scale, threaded=False, disk_cache=self.disk_cache)
        from ..render.look import look_of

        screen = Screen(self._images, look=look_of(self.program))
        screen.instant = True
        images = self._images

        def settle() -> None:
            for _ in range(1000):
                screen.update(1.0)
                if screen.state in (SAY, MENU, PAUSE, ENDED) or not screen.timeline:
                    break

        def arrived(rt: Runtime) -> str | None:
            settle()
            scene = screen.display.scene
            found = images.source.find(scene) if scene else None
            return "arrived" if (found is not None and not found.is_color) or \
                rt.waiting != CONTINUE else None

        # the chapter's first picture: its opening card (a title on black) is passed
        # over until a background image is on stage, within its first few lines
        if play(Runtime(self.program), on_events=screen.feed, check=arrived, limit=12,
                chapter=label).why is None:
            settle()  # the story ended: the last events are shown settled
        surf = pygame.Surface(view.size)
        screen.draw(surf, 0.0, hide_ui=True)
        if surf.get_size() != SIZE:
            surf = pygame.transform.smoothscale(surf, SIZE)
        return surf

    def forget(self) -> None:
        """The art changed: make them again."""
        self._mem.clear()
        self._queue.clear()
        self._images = None

    def set_packs(self, packs: list) -> None:
        if [id(p) for p in packs] != [id(p) for p in self.packs]:
            self.packs = list(packs)
            self.forget()

    def close(self) -> None:
        if self._images is not None:
            self._images.close()
