"""Brush strokes as filled paths (nanosvg has no <text> and no filters).

A stroke is a centre line (Catmull-Rom through the given points, a point given as
(x, y, 0) is a sharp corner) swept with a width that follows a brush profile: the
press at the start (a small bulge, the brush set down), a body that thins a little,
and an end that either stops with a press (`tome`), or lifts away to a point
(`harai`).  Dry-brush streaks ("flying white") cut back into the tail in the ground
colour.  Kanji numerals 一 .. 九 are stroke lists in a 100x100 box.
"""
import math
import random
from svg import poly


def _sample(pts, n=48):
    """Points along a Catmull-Rom spline through pts (sharp corners kept)."""
    P = [(float(p[0]), float(p[1])) for p in pts]
    sharp = [len(p) > 2 and p[2] == 0 for p in pts]
    if len(P) == 2:
        return [(P[0][0] + (P[1][0] - P[0][0]) * i / n, P[0][1] + (P[1][1] - P[0][1]) * i / n) for i in range(n + 1)]
    out = []
    segs = len(P) - 1
    per = max(4, n // segs)
    for i in range(segs):
        p1, p2 = P[i], P[i + 1]
        p0 = P[i - 1] if i > 0 and not sharp[i] else p1
        p3 = P[i + 2] if i + 2 < len(P) and not sharp[i + 1] else p2
        for k in range(per):
            t = k / per
            t2, t3 = t * t, t * t * t
            x = 0.5 * ((2 * p1[0]) + (-p0[0] + p2[0]) * t + (2 * p0[0] - 5 * p1[0] + 4 * p2[0] - p3[0]) * t2 + (-p0[0] + 3 * p1[0] - 3 * p2[0] + p3[0]) * t3)
            y = 0.5 * ((2 * p1[1]) + (-p0[1] + p2[1]) * t + (2 * p0[1] - 5 * p1[1] + 4 * p2[1] - p3[1]) * t2 + (-p0[1] + 3 * p1[1] - 3 * p2[1] + p3[1]) * t3)
            out.append((x, y))
    out.append(P[-1])
    return out


def _profile(t, end):
    """Width factor along the stroke (0..1)."""
    start = 1.0 + 0.35 * math.exp(-((t - 0.04) / 0.06) ** 2)  # the brush set down
    body = 0.86 + 0.14 * math.cos(t * math.pi * 1.3)
    if end == "harai":  # lifted away to a point
        tail = max(0.04, 1 - max(0.0, (t - 0.45) / 0.55) ** 1.4)
    elif end == "hook":
        tail = 1.0 if t < 0.85 else max(0.05, 1 - (t - 0.85) / 0.15)
    else:  # tome: pressed and stopped
        tail = 1.0 + 0.3 * math.exp(-((t - 0.93) / 0.06) ** 2)
    w = start * body * tail
    # round the very ends
    if t < 0.02:
        w *= 0.55 + 0.45 * t / 0.02
    if end == "tome" and t > 0.985:
        w *= 0.6
    return w


def stroke_outline(pts, width, end="tome", n=48):
    c = _sample(pts, n)
    m = len(c)
    L, R = [], []
    ph = (pts[0][0] * 7.3 + pts[0][1] * 3.1) % 6.28  # a fixed wobble per stroke
    for i, (x, y) in enumerate(c):
        a = c[max(0, i - 1)]
        b = c[min(m - 1, i + 1)]
        dx, dy = b[0] - a[0], b[1] - a[1]
        ln = math.hypot(dx, dy) or 1.0
        nx, ny = -dy / ln, dx / ln
        t = i / (m - 1)
        w = width * _profile(t, end) / 2
        wl = w * (1 + 0.06 * math.sin(t * 7 + ph) + 0.03 * math.sin(t * 17 + 2 * ph))
        wr = w * (1 + 0.05 * math.sin(t * 6 + 3 * ph) + 0.03 * math.sin(t * 19 + ph))
        L.append((x + nx * wl, y + ny * wl))
        R.append((x - nx * wr, y - ny * wr))
    return L + R[::-1], c


def stroke(d, pts, width, fill, end="tome", dry=None, rnd=None, n=48, blob=True, **a):
    """One brush stroke.  dry: ground colour for the flying-white streaks."""
    outline, c = stroke_outline(pts, width, end, n)
    from svg import smooth as _smooth
    d_ = _smooth(outline[::2] if len(outline) > 60 else outline)
    # the brush set down: an angled blob at the start (and at a pressed end)
    (x0, y0), (x1, y1) = c[0], c[min(3, len(c) - 1)]
    ang = math.degrees(math.atan2(y1 - y0, x1 - x0))
    blobs = "M%.1f %.1fa%.1f %.1f %.1f 1 0 %.1f %.1fa%.1f %.1f %.1f 1 0 %.1f %.1fZ" % (
        x0 - width * 0.42 * math.cos(math.radians(ang - 40)), y0 - width * 0.42 * math.sin(math.radians(ang - 40)),
        width * 0.5, width * 0.36, ang - 40, width * 0.84 * math.cos(math.radians(ang - 40)), width * 0.84 * math.sin(math.radians(ang - 40)),
        width * 0.5, width * 0.36, ang - 40, -width * 0.84 * math.cos(math.radians(ang - 40)), -width * 0.84 * math.sin(math.radians(ang - 40)))
    d.path(d_ + (blobs if blob else ""), fill, **a)
    if dry and rnd is not None:
        m = len(c)
        dd = []
        for k in range(5):
            off = rnd.uniform(-0.36, 0.36) * width
            t0 = rnd.uniform(0.4, 0.8)
            seg = c[int(t0 * (m - 1)):]
            if len(seg) < 3:
                continue
            pp = []
            for i, (x, y) in enumerate(seg):
                j = c.index((x, y))
                a_ = c[max(0, j - 1)]
                b_ = c[min(m - 1, j + 1)]
                dx, dy = b_[0] - a_[0], b_[1] - a_[1]
                ln = math.hypot(dx, dy) or 1.0
                pp.append((x - dy / ln * off, y + dx / ln * off))
            dd.append(poly(pp, False))
        d.path("".join(dd), stroke=dry, stroke_width=max(1.0, width * 0.04), stroke_linecap="round", opacity=0.8)


# Kanji numerals in a 100x100 box: (points, width factor, end)
KANJI = {
    1: [([(6, 54), (30, 50), (60, 49), (94, 51)], 1.15, "tome")],
    2: [([(22, 30), (50, 27), (78, 29)], 0.95, "tome"),
        ([(4, 74), (40, 70), (70, 70), (96, 72)], 1.1, "tome")],
    3: [([(18, 16), (50, 13), (80, 15)], 0.9, "tome"),
        ([(26, 49), (50, 47), (74, 48)], 0.85, "tome"),
        ([(4, 86), (40, 82), (70, 82), (96, 84)], 1.1, "tome")],
    4: [([(12, 16), (12, 90)], 0.85, "tome"),
        ([(12, 16), (86, 14, 0), (88, 90)], 0.85, "hook"),
        ([(40, 18), (39, 48), (27, 64)], 0.7, "harai"),
        ([(60, 18), (60, 50), (66, 58), (76, 58)], 0.7, "tome"),
        ([(14, 84), (86, 84)], 0.8, "tome")],
    5: [([(14, 12), (50, 10), (86, 12)], 0.85, "tome"),
        ([(48, 12), (44, 48), (38, 82)], 0.85, "tome"),
        ([(24, 44), (74, 42, 0), (70, 84)], 0.8, "tome"),
        ([(4, 86), (50, 83), (96, 85)], 1.05, "tome")],
    6: [([(44, 2), (56, 16)], 1.0, "tome"),
        ([(6, 34), (50, 31), (94, 33)], 1.0, "tome"),
        ([(38, 50), (32, 68), (12, 92)], 0.9, "harai"),
        ([(62, 52), (76, 68), (88, 86)], 0.95, "tome")],
    7: [([(4, 50), (50, 44), (96, 36)], 0.95, "tome"),
        ([(40, 6), (40, 62), (46, 84), (66, 88), (90, 84), (94, 66)], 0.95, "hook")],
    8: [([(40, 18), (36, 48), (24, 72), (4, 92)], 1.0, "harai"),
        ([(58, 16), (64, 46), (78, 72), (98, 88)], 1.05, "tome")],
    9: [([(44, 4), (44, 40), (34, 70), (8, 94)], 1.0, "harai"),
        ([(14, 38), (62, 34, 0), (60, 72), (66, 88), (86, 90), (96, 80), (96, 66)], 0.95, "hook")],
}


def kanji(d, num, x, y, size, fill, dry=None, seed=1, width=15.0, **a):
    """The numeral `num` drawn with its box's top left at (x, y), size px wide."""
    rnd = random.Random(seed)
    k = size / 100.0
    for pts, wf, end in KANJI[num]:
        P = [(x + p[0] * k, y + p[1] * k) + tuple(p[2:]) for p in pts]
        stroke(d, P, width * wf * k, fill, end, dry, rnd, **a)


def splash(d, cx, cy, r, fill, rnd, n=22, spatter=30, **a):
    """An ink splash: a lobed blot, runs and flung drops."""
    pts = []
    for i in range(n):
        ang = 2 * math.pi * i / n
        rr = r * (0.72 + 0.28 * rnd.random()) * (1.25 if rnd.random() < 0.15 else 1.0)
        pts.append((cx + rr * math.cos(ang), cy + rr * 0.8 * math.sin(ang)))
    from svg import smooth
    d.path(smooth(pts), fill, **a)
    dd = []
    for _ in range(spatter):
        ang = rnd.uniform(0, 2 * math.pi)
        dist = r * rnd.uniform(1.05, 2.1)
        s = rnd.uniform(2, 9) * (r / 200.0 + 0.5)
        x, y = cx + dist * math.cos(ang), cy + dist * 0.8 * math.sin(ang)
        dd.append("M%.1f %.1fa%.1f %.1f 0 1 0 %.1f 0a%.1f %.1f 0 1 0 %.1f 0Z" % (x - s, y, s, s, 2 * s, s, s, -2 * s))
    d.path("".join(dd), fill, **a)
