"""The stage (background, sprites in drawing order, the scene's light, the text window)
and the audio channels, as plain data with Ren'Py's rules for scene/show/hide/play/
queue/stop.

The runtime keeps one of each in its state; the window keeps its own copies to
draw transitions from the old stage to the new.
"""
from __future__ import annotations

import copy
from dataclasses import dataclass, field
from typing import Any, Final

from .canvas import DEFAULT_POSITION
from .channels import LASTING

PERSISTENT_CHANNELS: Final = frozenset(LASTING)  # what a save restores


@dataclass(frozen=True)
class Light:
    """The light a scene casts on its sprites (backgrounds and CGs are drawn lit).

    A sprite's colours are multiplied by `color` blended with white by `strength`
    (1.0: by the colour itself, as Ren'Py's TintMatrix; 0.0: unchanged)."""

    name: str
    color: str  # "#rrggbb"
    strength: float = 1.0

    def multiplier(self) -> tuple[int, int, int]:
        """What each channel (0-255) is multiplied by, out of 255."""
        c = self.color.lstrip("#")
        k = max(0.0, min(1.0, self.strength))
        r, g, b = (round(255 * (1 - k) + int(c[i:i + 2], 16) * k) for i in (0, 2, 4))
        return r, g, b

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "color": self.color, "strength": self.strength}

    @classmethod
    def from_json(cls, d: Any) -> Light | None:
        if not isinstance(d, dict):
            return None
        return cls(str(d["name"]), str(d["color"]), float(d.get("strength", 1.0)))


@dataclass
class Sprite:
    tag: str
    image: str  # full image name, e.g. "kaori sad"
    at: str = DEFAULT_POSITION
    # the transforms it wears, as plain steps (game/scene/transform.py); None: at's
    transform: list | None = None
    zorder: int = 0  # Ren'Py's zorder: higher is drawn later; ties keep show order
    text: str | None = None  # `show text "..."`: drawn words, not an image
    # a layeredimage or Composite: the images drawn, bottom to top, each a name, or
    # [name, x, y] at an offset in art pixels after ["", w, h], the canvas's size
    layers: list | None = None

    def to_json(self) -> dict[str, Any]:
        d: dict[str, Any] = {"tag": self.tag, "image": self.image, "at": self.at}
        if self.transform is not None:
            d["transform"] = self.transform
        if self.zorder:
            d["zorder"] = self.zorder
        if self.text is not None:
            d["text"] = self.text
        if self.layers is not None:
            d["layers"] = [list(e) if isinstance(e, (list, tuple)) else e
                           for e in self.layers]
        return d

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Sprite:
        tf = d.get("transform")
        z = d.get("zorder", 0)
        return cls(str(d["tag"]), str(d["image"]), str(d.get("at", DEFAULT_POSITION)),
                   tf if isinstance(tf, list) else None,
                   z if isinstance(z, int) and not isinstance(z, bool) else 0,
                   d["text"] if isinstance(d.get("text"), str) else None,
                   _layers(d["layers"]) if isinstance(d.get("layers"), list) else None)


def _layers(raw: list) -> list:
    """A sprite's layers from JSON: names, and [name, x, y] entries with whole
    numbers (anything else read as its name)."""
    out: list = []
    for e in raw:
        if isinstance(e, list) and len(e) == 3 and all(
                isinstance(n, int) and not isinstance(n, bool) for n in e[1:]):
            out.append([str(e[0]), e[1], e[2]])
        else:
            out.append(str(e))
    return out


@dataclass
class Stage:
    """Background and sprites, bottom to top, the light on the sprites, plus the text
    window's mode."""

    scene: str | None = None
    sprites: list[Sprite] = field(default_factory=list)
    window: str = "auto"
    light: Light | None = None
    scene_transform: list | None = None  # `scene bg at t` / with ATL

    def sprite(self, tag: str) -> Sprite | None:
        for s in self.sprites:
            if s.tag == tag:
                return s
        return None

    def set_scene(self, image: str | None, light: Light | None = None,
                  transform: list | None = None) -> None:
        """Ren'Py's scene: a new background, no sprites, and the background's light."""
        self.scene = image
        self.sprites = []
        self.light = light
        self.scene_transform = transform

    def show(self, tag: str, image: str, at: str | None = None,
             behind: tuple[str, ...] = (), transform: list | None = None,
             zorder: int | None = None, text: str | None = None,
             layers: list | None = None) -> Sprite:
        """Ren'Py's show: same tag replaces in place (keeping position unless given);
        a new tag goes on top, or just below the lowest of `behind`."""
        old = self.sprite(tag)
        if old is not None:
            old.image = image
            old.text = text
            old.layers = layers
            if at is not None:
                old.at = at
            if transform is not None:
                old.transform = transform or None
            if zorder is not None:
                old.zorder = zorder
            if behind:
                self.sprites.remove(old)
                self._insert(old, behind)
            self._order()
            return old
        new = Sprite(tag, image, at or DEFAULT_POSITION, transform or None, zorder or 0, text,
                     layers)
        self._insert(new, behind)
        self._order()
        return new

    def _order(self) -> None:
        """Ren'Py draws by zorder, and in the order shown within one zorder."""
        if any(s.zorder for s in self.sprites):
            self.sprites.sort(key=lambda s: s.zorder)

    def _insert(self, sprite: Sprite, behind: tuple[str, ...]) -> None:
        positions = [i for i, s in enumerate(self.sprites) if s.tag in behind]
        if positions:
            self.sprites.insert(min(positions), sprite)
        else:
            self.sprites.append(sprite)

    def hide(self, tag: str) -> bool:
        s = self.sprite(tag)
        if s is None:
            return False
        self.sprites.remove(s)
        return True

    def copy(self) -> Stage:
        return copy.deepcopy(self)

    def to_json(self) -> dict[str, Any]:
        d = {"scene": self.scene, "sprites": [s.to_json() for s in self.sprites],
             "window": self.window,
             "light": self.light.to_json() if self.light else None}
        if self.scene_transform is not None:
            d["scene_transform"] = self.scene_transform
        return d

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Stage:
        tf = d.get("scene_transform")
        return cls(d.get("scene"), [Sprite.from_json(s) for s in d.get("sprites", [])],
                   str(d.get("window", "auto")), Light.from_json(d.get("light")),
                   tf if isinstance(tf, list) else None)


@dataclass
class ChannelState:
    files: list[str]
    loop: bool = True
    queue: list[str] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"files": list(self.files), "loop": self.loop, "queue": list(self.queue)}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> ChannelState:
        return cls([str(f) for f in d.get("files", [])], bool(d.get("loop", True)),
                   [str(f) for f in d.get("queue", [])])


@dataclass
class Soundscape:
    """What each lasting channel (music, ambient) plays, for saves and chapter starts."""

    channels: dict[str, ChannelState] = field(default_factory=dict)

    def playing(self, channel: str) -> list[str] | None:
        st = self.channels.get(channel)
        return list(st.files) if st else None

    def play(self, channel: str, files: list[str], loop: bool) -> None:
        if channel in PERSISTENT_CHANNELS:
            self.channels[channel] = ChannelState(list(files), loop)

    def queue(self, channel: str, files: list[str], loop: bool) -> None:
        if channel not in PERSISTENT_CHANNELS:
            return
        st = self.channels.get(channel)
        if st is None:
            self.channels[channel] = ChannelState(list(files), loop)
        else:
            st.queue.extend(files)
            st.loop = loop

    def stop(self, channel: str) -> None:
        self.channels.pop(channel, None)

    def copy(self) -> Soundscape:
        return copy.deepcopy(self)

    def to_json(self) -> dict[str, Any]:
        return {k: v.to_json() for k, v in sorted(self.channels.items())}

    @classmethod
    def from_json(cls, d: dict[str, Any]) -> Soundscape:
        return cls({str(k): ChannelState.from_json(v) for k, v in d.items()})
