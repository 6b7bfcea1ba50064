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


# ---------------------------------------------------------------------------
# Hands, second generation: a palm, a thumb and four separate fingers with
# knuckle bends, drawn from the back of the hand.  Same local frame as hand():
# the wrist at (0, 0), the fingers along +y, the thumb on the -x side.
# A finger is a tube through its joints (knuckle, middle joint, last joint,
# tip); creases mark the bends, nails sit at the tips.  The gradients are aimed
# in screen space so the light stays at the upper left however the hand turns.

#   name: (fingers index..pinky as joint lists, thumb joints, thumb in front?)
_F = {
    "relax": ([[(-13, 40), (-15, 61), (-15, 74), (-12, 84)], [(-4, 43), (-5, 67), (-4, 81), (-1, 91)],
               [(5, 42), (6, 64), (7, 77), (9, 86)], [(13, 38), (15, 55), (16, 65), (16, 73)]],
              [(-12, 8), (-22, 24), (-26, 40), (-22, 52)], True),
    "spread": ([[(-13, 40), (-17, 60), (-19, 73), (-18, 82)], [(-4, 43), (-5, 66), (-5, 80), (-3, 89)],
                [(5, 42), (7, 63), (9, 76), (10, 84)], [(13, 38), (17, 54), (19, 64), (20, 71)]],
               [(-12, 8), (-25, 24), (-30, 37), (-30, 47)], True),
    "clutch": ([[(-13, 40), (-19, 57), (-20, 67), (-16, 73)], [(-4, 43), (-5, 62), (-4, 72), (-1, 78)],
                [(5, 42), (8, 60), (9, 70), (7, 76)], [(13, 38), (19, 51), (20, 59), (17, 64)]],
               [(-12, 8), (-22, 20), (-27, 32), (-27, 42)], False),
    "tuck": ([[(-13, 40), (-15, 60), (-14, 71), (-10, 77)], [(-4, 43), (-5, 65), (-4, 77), (0, 84)],
              [(5, 42), (6, 62), (7, 73), (10, 79)], [(13, 38), (15, 53), (16, 62), (17, 68)]],
             [(-12, 8), (-22, 22), (-25, 36), (-22, 46)], False),
}
_FIST = [(-13, 40), (-4, 43), (5, 42), (13.5, 38)]
_FW = [6.0, 6.4, 6.0, 5.1]  # half widths of index..pinky at the knuckle


def _aim(ang, flip, wx=1.0, wy=1.0):
    """Gradient coordinates (in %) running along the screen direction (wx, wy)
    inside a group rotated by ang degrees (and mirrored if flip)."""
    a = math.radians(-ang)
    lx = wx * math.cos(a) - wy * math.sin(a)
    ly = wx * math.sin(a) + wy * math.cos(a)
    if flip:
        lx = -lx
    n = math.hypot(lx, ly) or 1.0
    lx, ly = lx / n * 50, ly / n * 50
    return 50 - lx, 50 - ly, 50 + lx, 50 + ly


def _finger(d, pts, w0, fill, sw, crease, nail=True, nail_col=None, under=None):
    """One finger along pts (knuckle first), tapering from w0 to 0.8*w0."""
    n = len(pts)
    ws = [w0 * (1 - 0.2 * i / (n - 1)) for i in range(n)]
    # start the tube a little inside the palm so the palm hides its base
    x0, y0 = pts[0]
    x1, y1 = pts[1]
    L = math.hypot(x1 - x0, y1 - y0) or 1.0
    base = (x0 - (x1 - x0) / L * 8, y0 - (y1 - y0) / L * 8)
    ol = tube([base] + list(pts), [ws[0]] + ws)
    # round the tip: replace the two end corners by a cap point
    k = len(ol) // 2
    tx, ty = pts[-1]
    px, py = pts[-2]
    L = math.hypot(tx - px, ty - py) or 1.0
    cap = (tx + (tx - px) / L * ws[-1] * 0.9, ty + (ty - py) / L * ws[-1] * 0.9)
    ol = ol[:k - 1] + [ol[k - 1][:2], cap, ol[k][:2]] + ol[k + 1:]
    d.shape(ol, fill, INK, sw)
    for i in range(1, n - 1):  # creases at the bends
        (ax, ay), (bx, by) = pts[i - 1], pts[i + 1]
        L = math.hypot(bx - ax, by - ay) or 1.0
        nx, ny = -(by - ay) / L, (bx - ax) / L
        cx, cy = pts[i]
        w = ws[i] * 0.55
        d.line([(cx - nx * w, cy - ny * w + 1), (cx, cy + 1.8), (cx + nx * w, cy + ny * w + 1)], crease, 1.1)
    if nail:
        L = math.hypot(tx - px, ty - py) or 1.0
        ux, uy = (tx - px) / L, (ty - py) / L
        nx, ny = -uy, ux
        w = ws[-1] * 0.62
        c0 = (tx - ux * 7, ty - uy * 7)
        d.shape([(c0[0] + nx * w, c0[1] + ny * w), (tx + nx * w + ux * 2.5, ty + ny * w + uy * 2.5), (tx + ux * 4.5, ty + uy * 4.5),
                 (tx - nx * w + ux * 2.5, ty - ny * w + uy * 2.5), (c0[0] - nx * w, c0[1] - ny * w)], "#f9e2d8", "#c99a8a", 0.8)
        if nail_col:
            d.shape([(tx + nx * w * 1.1, ty + ny * w * 1.1), (tx + ux * 5, ty + uy * 5), (tx - nx * w * 1.1, ty - ny * w * 1.1), (tx + ux * 1.5, ty + uy * 1.5)],
                    nail_col, under, 0.8)


def hand2(d, x, y, ang, kind="relax", flip=False, sc=1.0, skin=None, sw=2.6, blood=False):
    """A hand with a palm, a thumb and four jointed fingers, seen from the back.
    kind: relax (hanging, loosely curled), spread (reaching down, fingers
    apart), clutch (fingers spread and hooked, digging in), tuck (fingers
    wrapped over an arm, the thumb behind), fist (clenched), grip (a fist round
    a bar that runs along local x at y~52: draw the bar first).
    sw is the outline width on screen; blood=True reddens the nails."""
    S = skin or SKIN
    lw = sw / sc
    _open(d, x, y, ang, flip, sc)
    g = _aim(ang, flip)
    pal = d.lin([(0, S["hi"]), (55, S["mid"]), (100, S["sh"])], *g)
    fin = d.lin([(0, S["hi"]), (70, S["mid"]), (100, S["sh"])], *g)
    crease = S["deep"]
    nail_col = "#b3142a" if blood else None
    palm = [(-13, 0, 0), (-16, 14), (-18, 30), (-17, 42), (-8, 46), (4, 46), (14, 42), (17, 30), (16, 14), (13, 0, 0)]
    if kind in ("fist", "grip"):
        th = [(-12, 8), (-22, 26), (-20, 44), (-9, 55)] if kind == "fist" else [(-12, 8), (-23, 28), (-21, 48), (-10, 60)]
        # folded fingers: the first phalanges, rounded at the middle knuckles
        for (fx, fy), w in list(zip(_FIST, _FW))[::-1]:
            L = 17 if kind == "fist" else 19
            d.shape([(fx - w, fy - 6), (fx + w, fy - 6), (fx + w + 0.6, fy + L - 4), (fx + w * 0.6, fy + L + 1), (fx, fy + L + 2.4),
                     (fx - w * 0.6, fy + L + 1), (fx - w - 0.6, fy + L - 4)], fin, INK, lw * 0.85)
            d.line([(fx - w * 0.6, fy + L - 3), (fx, fy + L - 1.2), (fx + w * 0.6, fy + L - 3)], crease, 1.1)
        d.shape(palm, pal)
        d.line(palm[:5], INK, lw)
        d.line(palm[6:], INK, lw)
        for (fx, fy), w in zip(_FIST, _FW):  # knuckle bumps
            d.line([(fx - w * 0.5, fy - 1), (fx, fy - 2.6), (fx + w * 0.5, fy - 1)], S["hi"], 1.6, opacity=0.9)
        d.line([(-6, 10), (-7, 34)], crease, 1.1, opacity=0.55)
        d.line([(5, 10), (6, 33)], crease, 1.1, opacity=0.55)
        d.shape(_thumb(th, 6.2), fin, INK, lw * 0.9)
        d.line([th[1], (th[1][0] + 3, th[1][1] + 3)], crease, 1.1)
        d.close_g()
        return
    fingers, th, front = _F[kind]
    if not front:
        d.shape(_thumb(th, 6.0), fin, INK, lw * 0.9)
    for pts, w in list(zip(fingers, _FW))[::-1]:
        _finger(d, pts, w, fin, lw * 0.85, crease, nail=kind != "tuck", nail_col=nail_col, under="#6e0814" if blood else None)
    d.shape(palm, pal)
    d.line(palm[:5], INK, lw)
    d.line(palm[6:], INK, lw)
    for pts, w in zip(fingers, _FW):  # knuckles and tendons
        kx, ky = pts[0]
        d.line([(kx - w * 0.45, ky - 1), (kx, ky - 2.6), (kx + w * 0.45, ky - 1)], crease, 1.1, opacity=0.6)
    d.line([(-7, 12), (-10, 36)], crease, 1.1, opacity=0.45)
    d.line([(4, 12), (5, 36)], crease, 1.1, opacity=0.45)
    if front:
        d.shape(_thumb(th, 6.2), fin, INK, lw * 0.9)
        tx, ty = th[-1]
        px, py = th[-2]
        L = math.hypot(tx - px, ty - py) or 1.0
        ux, uy = (tx - px) / L, (ty - py) / L
        d.shape([(tx - ux * 8 - uy * 3.2, ty - uy * 8 + ux * 3.2), (tx - uy * 3.4, ty + ux * 3.4), (tx + ux * 3.5, ty + uy * 3.5),
                 (tx + uy * 3.4, ty - ux * 3.4), (tx - ux * 8 + uy * 3.2, ty - uy * 8 - ux * 3.2)], "#f9e2d8", "#c99a8a", 0.8)
        if nail_col:
            d.shape([(tx - uy * 3.6, ty + ux * 3.6), (tx + ux * 5, ty + uy * 5), (tx + uy * 3.6, ty - ux * 3.6), (tx + ux * 1.5, ty + uy * 1.5)], nail_col, "#6e0814", 0.8)
        d.line([th[2], (th[2][0] + 4, th[2][1] + 1)], crease, 1.1)
    d.close_g()


def _thumb(th, w):
    ol = tube(th, [w * 1.35, w, w * 0.9, w * 0.8])
    k = len(ol) // 2
    tx, ty = th[-1]
    px, py = th[-2]
    L = math.hypot(tx - px, ty - py) or 1.0
    cap = (tx + (tx - px) / L * w * 0.75, ty + (ty - py) / L * w * 0.75)
    return ol[:k - 1] + [ol[k - 1][:2], cap, ol[k][:2]] + ol[k + 1:]
