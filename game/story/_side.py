"""Side images (Ren'Py's `image side eileen happy`, `Character(image="eileen")`): which
one shows beside a character's line, from the attributes of its sprite on stage or,
when it is not on stage, the attributes its say lines gave last."""
from __future__ import annotations

from ..script.program import Program
from .state import StoryState

SIDE: str = "side"


def remember(prog: Program, st: StoryState, tag: str, attrs: tuple[str, ...]) -> None:
    """A say line's attributes for a character not on stage: kept for its side image."""
    if SIDE in prog.images.by_tag:
        st.side[tag] = " ".join(attrs)


def side_image(prog: Program, st: StoryState, tag: str) -> str | None:
    """The side image for `tag` now: the `side TAG ...` image whose attributes are all
    among the wanted ones, the most specific first; None when there is none."""
    options = prog.images.by_tag.get(SIDE)
    if not options:
        return None
    sprite = st.stage.sprite(tag)
    if sprite is not None:
        wanted = set(sprite.image.split()[1:])
    else:
        wanted = set(st.side.get(tag, "").split())
    best: tuple[str, ...] | None = None
    for attrs in options:
        if not attrs or attrs[0] != tag or not set(attrs[1:]) <= wanted:
            continue
        if best is None or (len(attrs), attrs) > (len(best), best):
            best = attrs
    return " ".join((SIDE, *best)) if best is not None else None
