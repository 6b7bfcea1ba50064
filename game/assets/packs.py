"""Art packs: folders of images that replace ours, image by image.

A pack is a folder of images named as Ren'Py's images folder names them
(`kaori sad.png`, `bg/bg hueco mundo.jpg`), in PNG, JPEG, WEBP or SVG, with an
optional `pack.toml`:

    name = "Watercolour"
    author = "A. Painter"
    description = "Every character in soft watercolour."
    preview = "preview.png"          # optional; else the title or a sprite

    [images."kaori sad"]
    file = "k/sad_v2.png"            # optional; default: the file named "kaori sad.*"
    anchor = [0.5, 1.0]              # the point of the image that stands on the stage
    zoom = 1.1                       # relative to the height our sprites are shown at
    offset = [0, 20]                 # canvas pixels (the canvas is 1920x1080)

A pack comes from a stranger, so it is data and nothing else: nothing in it is
run, nothing outside its folder is read (`..`, absolute paths and symbolic
links that lead out are refused), an image whose header declares more than 8192
pixels a side or 64 megapixels is refused before it is decoded, and a file whose
content does not match its extension is refused. Every problem is kept in
`ArtPack.problems` (and `diagnostics`) and logged once; the image it concerns
falls back to our art. Loading never raises.

Pure Python: no pygame. The renderer decodes what `ArtPack.find` returns.
"""
from __future__ import annotations

import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Final

from ..script.errors import Diagnostic
from ..script.images import ImageIndex
from ._pack_loader import (
    ERROR,
    IMAGE_KEYS,
    MAX_FILES,
    MAX_PROBLEMS,
    MAX_ZOOM,
    PACK_FORMATS,
    PACK_TOML,
    TOP_KEYS,
    WARNING,
    PackLoader,
    _printable,
    sniff,
)
from .art import ImageFile

log = logging.getLogger("game.assets.packs")

PACKS_FOLDER: Final = "art-packs"  # in the user data folder
MAX_PACKS: Final = 200  # pack folders looked at in the art-packs folder
__all__ = ["ArtPack", "load_pack", "load_packs", "discover_packs",
           "user_packs_dir", "sniff", "ERROR", "WARNING", "PACK_TOML", "PACK_FORMATS",
           "TOP_KEYS", "IMAGE_KEYS", "MAX_FILES", "MAX_ZOOM"]




@dataclass
class ArtPack:
    """A folder of images that replace ours; see the module docstring."""

    name: str
    author: str
    description: str
    root: Path
    images: dict[tuple[str, ...], ImageFile] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)
    # each problem: its path is as shown to the artist (relative to the pack's parent
    # folder), line 0 when it is about a whole file; severity "error" (refused or
    # unreadable) or "warning"
    diagnostics: list[Diagnostic] = field(default_factory=list)
    preview_file: ImageFile | None = None
    # image name -> the file's path relative to root, for messages and `art check`
    sources: dict[tuple[str, ...], str] = field(default_factory=dict)

    def find(self, name: tuple[str, ...]) -> ImageFile | None:
        """The pack's file for an image name, or None (our art is used)."""
        return self.images.get(tuple(name))

    def replaces(self, index: ImageIndex) -> list[str]:
        """The names this pack has that the story's art has too, sorted."""
        return sorted(" ".join(n) for n in self.images if n in index.files)

    def preview(self) -> ImageFile | None:
        """A picture for the Art screen: `preview` in pack.toml or preview.png at the
        root; else the pack's title art, a sprite, a CG or a background."""
        if self.preview_file is not None:
            return self.preview_file
        names = sorted(self.images)
        for want in (lambda n: n == ("title",),
                     lambda n: n[0] not in ("bg", "cg", "title"),
                     lambda n: n[0] == "cg",
                     lambda n: True):
            for n in names:
                if want(n):
                    return self.images[n]
        return None

    @property
    def errors(self) -> list[Diagnostic]:
        return [p for p in self.diagnostics if p.severity == ERROR]

    @property
    def warnings(self) -> list[Diagnostic]:
        return [p for p in self.diagnostics if p.severity == WARNING]

    def _problem(self, code: str, path: str, level: str, message: str,
                 line: int | None = None, col: int | None = None) -> None:
        if len(self.diagnostics) >= MAX_PROBLEMS:
            if len(self.diagnostics) == MAX_PROBLEMS:
                p = Diagnostic(self.root.name, 0, 0, f"over {MAX_PROBLEMS} problems;"
                               " the rest are not listed", WARNING, code="A001")
                self.diagnostics.append(p)
                self.problems.append(p.format())
                log.warning("art pack %r: %s", self.name, p.format())
            return
        if len(message) > 500:  # a message quoting a stranger's text stays readable
            message = message[:499] + "\u2026"
        p = Diagnostic(path, line or 0, col or 0, message, level, code=code)
        self.diagnostics.append(p)
        self.problems.append(p.format())
        log.warning("art pack %r: %s", self.name, p.format())


# -- loading ---------------------------------------------------------------------------
def load_packs(dirs: Iterable[str | os.PathLike[str]]) -> list[ArtPack]:
    """Load packs in stack order: the first given wins where two have an image."""
    return [load_pack(d) for d in dirs]


def user_packs_dir(data_dir: str | os.PathLike[str]) -> Path:
    """The art-packs folder inside the user data folder `data_dir`."""
    return Path(data_dir) / PACKS_FOLDER


def discover_packs(folder: str | os.PathLike[str]) -> list[ArtPack]:
    """Every subfolder of the art-packs folder as a pack, sorted by name.

    folder is the art-packs folder itself, or the user data folder that holds it.
    A missing folder has no packs.
    """
    base = Path(folder)
    if (base / PACKS_FOLDER).is_dir():
        base = base / PACKS_FOLDER
    try:
        subs = [p for p in base.iterdir() if p.is_dir() and not p.name.startswith(".")]
    except OSError:
        return []
    packs = [load_pack(p, explicit=False) for p in sorted(subs)[:MAX_PACKS]]
    packs.sort(key=lambda p: (p.name.casefold(), p.root.name))
    return packs


def load_pack(path: str | os.PathLike[str], *, explicit: bool = True) -> ArtPack:
    """Read a pack folder. Never raises: problems land in `.problems` and the log.
    A pack found in the art-packs folder (`explicit=False`) that is a symbolic link is
    refused: what a stranger drops there must not lead elsewhere on the disk (a folder
    given by hand, `--art DIR`, may be a link)."""
    given = Path(path)
    try:
        root = given.resolve(strict=True)
    except (OSError, RuntimeError, ValueError):
        root = given.absolute()
    label = _printable(given.name or str(given))[:200]
    pack = ArtPack(label, "", "", root)
    if given.is_symlink() and not explicit:
        pack._problem("A101", label, ERROR, "is a symbolic link; a pack in the art-packs"
                      " folder must be a folder of its own. It is not used")
        return pack
    if not root.is_dir():
        pack._problem("A102", label, ERROR, "no such folder; the art pack is not used")
        return pack
    try:
        PackLoader(pack, label).run()
    except Exception as exc:  # noqa: BLE001 - loading a pack never raises
        pack.images.clear()
        pack.sources.clear()
        pack.preview_file = None
        pack._problem("A103", label, ERROR, f"could not be read ({type(exc).__name__});"
                      " the art pack is not used")
    return pack

