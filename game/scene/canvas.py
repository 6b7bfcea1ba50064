"""The canvas every story is staged on, in its own pixels: its size, the height our
sprites stand, and the named places a sprite stands without a transform. One home for
these facts: the renderer, the art tools and the script's checks import them."""
from __future__ import annotations

from typing import Final

CANVAS_W: Final = 1920
CANVAS_H: Final = 1080
CANVAS: Final = (CANVAS_W, CANVAS_H)
SPRITE_HEIGHT: Final = 1000  # canvas px: the height our own sprites are drawn at
SPRITE_SIZE: Final = (600, SPRITE_HEIGHT)  # the canvas our sprites are drawn on (tools/art)

# name -> (xpos, xanchor, ypos, yanchor) as fractions, as Ren'Py's built-in transforms
# of those names; in the order messages list them.
POSITIONS: Final[dict[str, tuple[float, float, float, float]]] = {
    "left": (0.0, 0.0, 1.0, 1.0),
    "right": (1.0, 1.0, 1.0, 1.0),
    "center": (0.5, 0.5, 1.0, 1.0),
    "truecenter": (0.5, 0.5, 0.5, 0.5),
    "offscreenleft": (0.0, 1.0, 1.0, 1.0),
    "offscreenright": (1.0, 0.0, 1.0, 1.0),
}
DEFAULT_POSITION: Final = "center"
