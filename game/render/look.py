"""A Ren'Py project's own look, when it has one: the launcher's `gui/` images (text box,
name box, NVL window, main and game menu backgrounds) and its `define gui.*` colours,
fonts and text sizes (kept by the loader as constants `gui.NAME`, see script/_gui.py).

Files are taken only from inside the project folder: a name that leads outside it
(`../x`, an absolute path, a link pointing out) is refused with a warning.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from .._log import get_logger
from ..scene.canvas import CANVAS_W  # the canvas our sizes are given in

log = get_logger("game.render")  # logging imported on first use (start-up)

DEFAULT_DESIGN_W: Final = 1280  # gui.init(1280, 720): the launcher's size before 7.4
FONT_SUFFIXES: Final = (".ttf", ".otf", ".ttc")
IMAGE_SUFFIXES: Final = (".png", ".jpg", ".jpeg", ".webp")


@dataclass(frozen=True)
class Look:
    """What the window draws with; None everywhere is the engine's own look."""

    text_color: str | None = None
    name_color: str | None = None  # gui.accent_color: a speaker without a colour
    text_font: str | None = None  # an absolute path inside the project, or ours
    name_font: str | None = None
    interface_font: str | None = None
    text_size: int | None = None  # canvas px (1920 wide)
    name_size: int | None = None
    interface_size: int | None = None
    idle_color: str | None = None  # choice text, idle and hovered
    hover_color: str | None = None
    textbox: str | None = None  # image paths
    namebox: str | None = None
    nvl: str | None = None
    main_menu: str | None = None
    game_menu: str | None = None

    @property
    def plain(self) -> bool:
        return self == Look()


def inside(root: Path, name: str, suffixes: tuple[str, ...]) -> str | None:
    """`name` as a file inside `root` (resolved, links followed), or None with a warning
    when it leads outside it; None without one when it is simply not there."""
    if not name or "\0" in name or not name.lower().endswith(suffixes):
        return None
    try:
        base = root.resolve()
        if os.path.isabs(name) or name.startswith(("/", "\\")) or ".." in Path(name).parts:
            raise ValueError
        path = (base / name).resolve()
        path.relative_to(base)
    except (ValueError, OSError, RuntimeError):
        log.warning("the project's gui file %r is outside its folder; not used", name)
        return None
    return str(path) if path.is_file() else None


def _font(root: Path, name: Any) -> str | None:
    if not isinstance(name, str):
        return None
    found = inside(root, name, FONT_SUFFIXES)
    if found is not None:
        return found
    from .fonts import FONT_DIR

    ours = FONT_DIR / Path(name).name  # Ren'Py's own DejaVuSans.ttf: we bundle it too
    if "/" not in name and "\\" not in name and ours.is_file():
        return str(ours)
    return None


def look_of(program: Any) -> Look:
    """The look of the program's project folder (the engine's own when it has none)."""
    files = getattr(program, "story_files", None)
    root = getattr(files, "story_dir", None)
    consts: dict[str, Any] = getattr(program, "constants", {}) or {}
    if root is None:
        return Look()
    root = Path(root)
    from .fonts import set_project_root

    set_project_root(root)  # where {font=...} tags find their files
    design = consts.get("config.screen_width")
    k = CANVAS_W / (design if isinstance(design, int) and design > 0 else DEFAULT_DESIGN_W)

    def size(key: str) -> int | None:
        v = consts.get("gui." + key)
        return round(v * k) if isinstance(v, int) and not isinstance(v, bool) else None

    def color(key: str) -> str | None:
        v = consts.get("gui." + key)
        return v if isinstance(v, str) else None

    def image(name: str) -> str | None:
        return inside(root, name, IMAGE_SUFFIXES)

    def gui_image(key: str, default: str) -> str | None:
        v = consts.get("gui." + key)
        return image(v if isinstance(v, str) else default)

    return Look(
        text_color=color("text_color"), name_color=color("accent_color"),
        text_font=_font(root, consts.get("gui.text_font")),
        name_font=_font(root, consts.get("gui.name_text_font")),
        interface_font=_font(root, consts.get("gui.interface_text_font")),
        text_size=size("text_size"), name_size=size("name_text_size"),
        interface_size=size("interface_text_size"),
        idle_color=color("choice_button_text_idle_color") or color("idle_color"),
        hover_color=color("choice_button_text_hover_color") or color("hover_color"),
        textbox=image("gui/textbox.png"), namebox=image("gui/namebox.png"),
        nvl=image("gui/nvl.png"),
        main_menu=gui_image("main_menu_background", "gui/main_menu.png"),
        game_menu=gui_image("game_menu_background", "gui/game_menu.png"))


_SURFACES: dict[tuple[str, tuple[int, int]], Any] = {}


def gui_surface(path: str | None, size: tuple[int, int]) -> Any:
    """The gui image at `path` scaled to `size` (kept for the next frame), or None if it
    cannot be read (then the engine's own look is drawn)."""
    if path is None or size[0] <= 0 or size[1] <= 0:
        return None
    key = (path, size)
    if key in _SURFACES:
        return _SURFACES[key]
    import pygame

    try:
        raw = pygame.image.load(path)
        if raw.get_bitsize() not in (24, 32):  # paletted: smoothscale needs 24/32 bits
            rgba = pygame.Surface(raw.get_size(), pygame.SRCALPHA)
            rgba.blit(raw, (0, 0), special_flags=pygame.BLEND_RGBA_MAX)
            raw = rgba
        surf = pygame.transform.smoothscale(raw, size)
    except (pygame.error, OSError, ValueError, MemoryError) as exc:
        log.warning("the project's gui image %r cannot be read (%s)", path, exc)
        surf = None
    if len(_SURFACES) > 32:
        _SURFACES.clear()
    _SURFACES[key] = surf
    return surf
