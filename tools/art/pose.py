"""Arms and hands for the standing sprites: each character has a pose.

Hands are drawn in a local frame: the wrist at (0, 0), the fingers along +y,
the thumb on the -x side (mirror with flip).  A handful of strokes suggest the
fingers, the thumb and the knuckles.  Light stays at the upper left: the
gradient is fixed in the local frame, so hands rotated a lot get a plain
flat shade (shade=False) or a gradient chosen by the caller.
"""
import math
from svg import INK
from face import SKIN

SKIN_G = [(0, SKIN["hi"]), (60, SKIN["mid"]), (100, "#e7b8a0")]


def tube(pts, widths):
    """Outline of a limb (sleeve) along a centre polyline with half-widths."""
    left, right = [], []
    n = len(pts)
    for i, (x, y) in enumerate(pts):
        if i == 0:
            dx, dy = pts[1][0] - x, pts[1][1] - y
        elif i == n - 1:
            dx, dy = x - pts[i - 1][0], y - pts[i - 1][1]
        else:
            dx, dy = pts[i + 1][0] - pts[i - 1][0], pts[i + 1][1] - pts[i - 1][1]
        L = math.hypot(dx, dy) or 1.0
        nx, ny = -dy / L, dx / L
        w = widths[i]
        left.append((x + nx * w, y + ny * w))
        right.append((x - nx * w, y - ny * w))
    left[-1] = left[-1] + (0,)
    right[-1] = right[-1] + (0,)
    return left + list(reversed(right))


def _open(d, x, y, ang, flip, sc):
    d.open_g("translate(%.1f,%.1f) rotate(%.1f) scale(%.3f,%.3f)" % (x, y, ang, -sc if flip else sc, sc))


def hand(d, x, y, ang, kind="hang", flip=False, sc=1.0, skin=None, sw=2.4):
    """kind: hang (relaxed, fingers loosely curled, thumb in front),
    grip (back of the hand, fingers wrapped round a bar crossing at y~44),
    flat (back of the hand, fingers together and laid over something),
    claw (loose, the fingers a little apart and hooked)."""
    S = skin or SKIN
    g = [(0, S["hi"]), (60, S["mid"]), (100, S.get("sh2", "#e7b8a0") if skin is None else S["sh"])]
    _open(d, x, y, ang, flip, sc)
    fill = d.lin(g, 0, 0, 100, 100)
    ln = S["deep"]
    if kind == "hang":
        d.shape([(-15, -2), (16, -2), (21, 16), (23, 34), (21, 50), (14, 61), (5, 67), (-5, 64), (-10, 50), (-14, 32), (-16, 14)], fill, INK, sw)
        d.line([(12, 36), (13, 50), (10, 58)], ln, 1.6)
        d.line([(4, 38), (5, 56), (2, 64)], ln, 1.6)
        d.line([(-3, 40), (-4, 58)], ln, 1.5)
        # thumb lying in front of the index finger
        d.shape([(-13, 6), (-21, 18), (-22, 32), (-17, 43, 0), (-11, 37), (-8, 20)], S["mid"], INK, sw * 0.85)
        d.line([(-19, 28), (-14, 31)], ln, 1.3)
    elif kind == "claw":
        d.shape([(-15, -2), (15, -2), (19, 14), (20, 30), (24, 44), (22, 58), (15, 60), (13, 48), (9, 58), (6, 70), (0, 72), (-2, 60), (-6, 66), (-11, 64),
                 (-10, 48), (-14, 34), (-16, 14)], fill, INK, sw)
        d.line([(11, 34), (13, 48)], ln, 1.6)
        d.line([(3, 36), (3, 58)], ln, 1.6)
        d.line([(-4, 38), (-5, 56)], ln, 1.5)
        d.shape([(-12, 10), (-24, 22), (-28, 36), (-22, 42, 0), (-16, 32), (-9, 24)], S["mid"], INK, sw * 0.85)
    elif kind == "grip":
        # back of the hand
        d.shape([(-16, -2), (16, -2), (22, 14), (23, 34), (-21, 36), (-20, 16)], fill, INK, sw)
        # four curled fingers wrapped over the bar, the middle one lowest
        for fx, fy, fw in ((-15, 34, 10), (-4, 37, 11), (7, 37, 11), (17, 33, 9)):
            d.shape([(fx - fw / 2, fy - 4), (fx + fw / 2, fy - 4), (fx + fw / 2 + 1, fy + 12), (fx, fy + 19), (fx - fw / 2 - 1, fy + 12)], S["mid"], INK, sw * 0.8)
        d.line([(-14, 30), (-3, 32), (8, 32), (18, 28)], S["hi"], 2.2, opacity=0.8)
        # knuckle tendons
        d.line([(-6, 8), (-8, 26)], ln, 1.3, opacity=0.7)
        d.line([(6, 8), (8, 26)], ln, 1.3, opacity=0.7)
        # thumb wrapped round the near side
        d.shape([(-17, 6), (-27, 20), (-28, 36), (-22, 46, 0), (-16, 38), (-14, 22)], S["mid"], INK, sw * 0.85)
    elif kind == "flat":
        d.shape([(-15, -2), (15, -2), (19, 16), (20, 34), (18, 52), (12, 62), (4, 66), (-5, 64), (-12, 56), (-15, 38), (-16, 16)], fill, INK, sw)
        d.line([(11, 36), (12, 56)], ln, 1.5)
        d.line([(3, 38), (4, 62)], ln, 1.5)
        d.line([(-5, 38), (-6, 58)], ln, 1.5)
        d.line([(-12, 30), (-2, 34), (8, 33), (17, 30)], ln, 1.3, opacity=0.6)
        d.shape([(-13, 6), (-22, 18), (-24, 30), (-19, 36, 0), (-14, 28)], S["mid"], INK, sw * 0.85)
    d.close_g()
