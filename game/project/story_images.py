"""Which images a story shows, how, and where: `scene`, `show` and say attributes
(`k sad "..."`) resolved as the runtime resolves them (game/story/stage_images.py),
against what may be on stage at that point, over every branch. Pure: no pygame. Used
by game.commands.art.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Final

from ..scene.canvas import CANVAS, SPRITE_SIZE
from ..script import ast as A

TITLE_ART: Final = "title"  # the title screen's key art
BG, SPRITE = "bg", "sprite"


@dataclass
class Place:
    """Where the story shows an image."""

    path: str
    line: int
    chapter: str | None  # "3. The Cold Captain"

    def format(self) -> str:
        return f"{self.path}:{self.line}" if self.line else self.path


@dataclass
class ImageUse:
    """An image the story shows, how, and where."""

    name: str
    kind: str  # "bg" (scene, title) or "sprite" (show, say attributes)
    places: list[Place] = field(default_factory=list)
    positions: set[str] = field(default_factory=set)

    @property
    def chapters(self) -> list[str]:
        seen: list[str] = []
        for p in self.places:
            if p.chapter and p.chapter not in seen:
                seen.append(p.chapter)
        return seen


# -- which images the story shows ------------------------------------------------------
_Stage = dict[str, frozenset]  # tag -> the image names it may show (None: not on stage)


def story_images(program: Any, *, title: bool = True) -> dict[str, ImageUse]:  # noqa: C901
    """Every image the story can show, by name, in name order; `title` adds the title
    screen's key art. Pure: no pygame."""
    from ..script.program import END_OF_FILE, successors
    from ..story.stage_images import attribute_image, scene_image, show_image, show_tag, speaker_tag

    prog = program
    uses: dict[str, ImageUse] = {}
    chapter_of_label = {ch.label: f"{ch.number}. {ch.title}" for ch in prog.chapters}
    chapter_of_file: dict[str, str] = {}
    for ch in prog.chapters:
        i = prog.labels.get(ch.label)
        if i is not None:
            chapter_of_file.setdefault(prog.statements[i].loc[0], chapter_of_label[ch.label])

    def record(i: int, name: tuple[str, ...], kind: str, at: str | None = None) -> None:
        text = " ".join(name)
        use = uses.get(text)
        if use is None:
            use = uses[text] = ImageUse(text, kind)
        elif kind == BG:
            use.kind = BG  # shown as a scene anywhere: it must cover the canvas
        s = prog.statements[i]
        chapter = chapter_of_label.get(prog.label_of[i]) or chapter_of_file.get(s.loc[0])
        place = Place(s.loc[0], s.loc[1], chapter)
        if all((p.path, p.line) != (place.path, place.line) for p in use.places):
            use.places.append(place)
        if at:
            use.positions.add(at)

    def say(i: int, s: A.Say, stage: _Stage) -> _Stage:
        tag = speaker_tag(prog, s.who)
        if not s.attributes or tag is None or tag not in stage:
            return stage
        now: set = set()
        for cur in stage[tag]:
            if cur is None:
                now.add(None)
                continue
            resolved = tuple(attribute_image(prog, tag, s.attributes, cur).split())
            record(i, resolved, SPRITE)
            now.add(resolved)
        out = dict(stage)
        out[tag] = frozenset(now)
        return out

    def step(i: int, stage: _Stage) -> _Stage:
        s = prog.statements[i]
        match s:
            case A.Scene():
                name = scene_image(prog, s)
                if name:
                    record(i, tuple(name.split()), BG)
                return {}
            case A.Show():
                tag = show_tag(s)
                now = set()
                for cur in stage.get(tag, frozenset({None})):
                    resolved = tuple(show_image(prog, s, cur)[0].split())
                    record(i, resolved, SPRITE, s.at or ("center" if cur is None else None))
                    now.add(resolved)
                out = dict(stage)
                out[tag] = frozenset(now)
                return out
            case A.Hide():
                out = dict(stage)
                out.pop(s.tag, None)
                return out
            case A.Say():
                return say(i, s, stage)
            case A.Menu(caption=caption) if caption is not None:
                return say(i, caption, stage)
        return stage

    def join(a: _Stage, b: _Stage) -> _Stage:
        out: dict[str, frozenset] = {}
        for tag in set(a) | set(b):
            out[tag] = a.get(tag, frozenset({None})) | b.get(tag, frozenset({None}))
        return out

    start = prog.labels.get(prog.start)
    seeds = [start] if start is not None else []
    seeds += [prog.labels[ch.label] for ch in prog.chapters if ch.label in prog.labels]
    state_in: dict[int, _Stage] = {}
    work: list[int] = []
    for i in seeds:
        if i not in state_in:
            state_in[i] = {}
            work.append(i)
    while work:
        i = work.pop()
        out = step(i, state_in[i])
        for j in successors(prog, i):
            if j == END_OF_FILE or j is None:
                continue
            old = state_in.get(j)
            new = out if old is None else join(old, out)
            if new != old:
                state_in[j] = new
                work.append(j)
    for use in uses.values():
        use.places.sort(key=lambda p: (p.path, p.line))
    if title and TITLE_ART not in uses:
        uses[TITLE_ART] = ImageUse(TITLE_ART, BG, [Place("title screen", 0, None)])
    return dict(sorted(uses.items()))


def shown_size(program: Any, use: ImageUse, zoom: float | None = None) -> tuple[int, int]:
    """The canvas pixels an image fills: backgrounds the canvas; sprites our sprite's
    own size (its natural height, 1000 px)."""
    if use.kind == BG:
        return CANVAS
    ours = program.images.files.get(tuple(use.name.split()))
    size = _our_size(ours) if ours else None
    w, h = size or SPRITE_SIZE
    if zoom is not None:
        return round(w * zoom), round(h * zoom)
    return w, h


def _our_size(path: str) -> tuple[int, int] | None:
    if path.startswith("#"):
        return CANVAS
    from ..assets import imageinfo

    try:
        return imageinfo.image_size(path)
    except imageinfo.ImageRefused:
        return None


def is_colour(program: Any, name: str) -> bool:
    return program.images.files.get(tuple(name.split()), "").startswith("#")
