"""Posed bodies for the CGs: hands with fingers, arms in sleeves that hang by
gravity, cloth helpers, and the cheap scenery the CGs stand in (sky, dunes,
blood pools).  Everything is drawn straight into a 1920x1080 Doc in world
coordinates; sizes are given in head units (H = the height of a head in px).

Proportions used (an adult about 7.3 heads tall): shoulder width 2 H (man)
or 1.7 H (woman), upper arm 1.45 H, forearm 1.25 H, hand 0.8 H, torso from the
base of the neck to the hip joint 2.6 H, thigh 1.9 H, shin 1.8 H.
"""
import math
import random
from svg import INK, smooth, poly
from face import SKIN

OUT = 3.0
SKIN3 = [(0, SKIN["hi"]), (55, SKIN["mid"]), (100, "#e0ab96")]
BLACK = [(0, "#3a3846"), (45, "#22202b"), (100, "#111017")]
WHITE = [(0, "#ffffff"), (50, "#eceef4"), (100, "#b4b8ca")]
WHITE_SH = [(0, "#dcdee8"), (100, "#9498ae")]
BLOOD = [(0, "#d0182e"), (55, "#86061a"), (100, "#3c0008")]
BLOOD_HI = "#ff6b78"
FOLD_W = "#a4a8bc"   # fold line on white cloth
FOLD_B = "#46445a"   # fold line on black cloth


# ---------------------------------------------------------------- geometry --
def add(a, b, k=1.0):
    return (a[0] + b[0] * k, a[1] + b[1] * k)


def lerp(a, b, t):
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def unit(a, b):
    dx, dy = b[0] - a[0], b[1] - a[1]
    n = math.hypot(dx, dy) or 1.0
    return (dx / n, dy / n)


def normal(a, b):
    ux, uy = unit(a, b)
    return (-uy, ux)


def polar(p, ang, r):
    a = math.radians(ang)
    return (p[0] + r * math.cos(a), p[1] + r * math.sin(a))


def offset_line(pts, widths, side=1):
    """Points offset from a centre line by widths along the normals (side +1/-1)."""
    out = []
    n = len(pts)
    for i, p in enumerate(pts):
        a = pts[max(i - 1, 0)]
        b = pts[min(i + 1, n - 1)]
        nx, ny = normal(a, b)
        out.append((p[0] + nx * widths[i] * side, p[1] + ny * widths[i] * side))
    return out


def tube(pts, widths, cap_start=False, cap_end=True):
    """Closed outline of a limb along a centre line with half widths; round caps."""
    L = offset_line(pts, widths, 1)
    R = offset_line(pts, widths, -1)
    shape = list(L)
    if cap_end:
        u = unit(pts[-2], pts[-1])
        shape.append(add(pts[-1], u, widths[-1] * 0.9))
    shape += list(reversed(R))
    if cap_start:
        u = unit(pts[1], pts[0])
        shape.append(add(pts[0], u, widths[0] * 0.9))
    return shape


# -------------------------------------------------------------------- hands --
def hand(d, wrist, ang, L, curl=(0.2, 0.2, 0.25, 0.3), spread=0.3, thumb=(0.3, 0.2), flip=False,
         thumb_front=True, skin=None, blood=0.0, sw=2.2, palm=False):
    """A hand with five fingers.  wrist: world point; ang: direction (deg) from
    the wrist to the middle knuckle; L: wrist to middle fingertip (about 0.8 H).
    curl: index, middle, ring, little finger (0 straight .. 1 into a fist);
    fingers curl towards the palm side (+y of the hand frame, or -y if flip).
    thumb: (angle out 0..1, bend 0..1); the thumb sits on the -y side.
    blood: 0..1 blood on the fingers."""
    fy = -1 if flip else 1
    d.open_g("translate(%.1f,%.1f) rotate(%.1f) scale(%.3f,%.3f)" % (wrist[0], wrist[1], ang, L / 100.0, fy * L / 100.0))
    S = skin or SKIN
    fill = d.lin(SKIN3 if skin is None else [(0, S["hi"]), (60, S["mid"]), (100, S["sh"])], 0, 0, 100, 100)
    dark = S["mid"]
    # fingers: base on the knuckle line x~48, length, half width, spread
    fingers = [(-15, 43, 6.6, -1.0), (-4.5, 50, 6.9, -0.3), (6, 46, 6.6, 0.35), (15.5, 36, 5.8, 1.0)]
    thumb_pts = None
    ta, tb = thumb
    tang = -42 - 38 * ta
    t0 = (10, -14)
    t1 = polar(t0, tang, 22)
    t2 = polar(t1, tang + 25 + 50 * tb, 17)
    t3 = polar(t2, tang + 35 + 80 * tb, 14)
    thumb_pts = [t0, t1, t2, t3]

    def draw_thumb():
        d.shape(tube(thumb_pts, [10, 8.4, 7.2, 6.2]), dark if not palm else fill, INK, sw)
        d.line([lerp(t1, t2, 0.9), lerp(t1, t2, 1.1)], S["deep"], 1.2)

    if not thumb_front:
        draw_thumb()
    order = list(range(4)) if not palm else list(range(3, -1, -1))
    for i in reversed(order):
        by, ln, w, sp = fingers[i]
        c = curl[i]
        base = (46, by)
        a0 = sp * spread * 14
        p1 = polar(base, a0 + c * 30, ln * 0.46)
        p2 = polar(p1, a0 + c * 95, ln * 0.32)
        p3 = polar(p2, a0 + c * 165, ln * 0.24)
        pts = [(38, by * 0.95), base, p1, p2, p3]
        d.shape(tube(pts, [w, w, w * 0.94, w * 0.86, w * 0.78]), fill, INK, sw)
        d.line([lerp(base, p1, 0.98), add(lerp(base, p1, 0.98), normal(base, p1), w * 0.6)], S["deep"], 1.1, opacity=0.8)
        if c > 0.05:
            d.line([lerp(p1, p2, 0.99), add(lerp(p1, p2, 0.99), normal(p1, p2), w * 0.5)], S["deep"], 1.1, opacity=0.8)
        if blood > 0 and (i + int(blood * 10)) % 2 == 0:
            d.shape(tube([p2, p3], [w * 0.9, w * 0.8]), "#9a0c20", opacity=min(1.0, 0.5 + blood * 0.5))
    # the palm / back of the hand (covers the finger roots)
    back = [(0, -15), (22, -19), (46, -21), (50, -6), (51, 8), (48, 21), (24, 18), (0, 14)]
    d.shape(back, fill)
    d.line([(0, -15), (22, -19), (46, -21), (49, -16)], INK, sw)
    d.line([(47, 20), (24, 18), (0, 14)], INK, sw)
    # tendons / palm crease
    if palm:
        d.line([(14, 12), (30, 0), (44, -6)], S["deep"], 1.3, opacity=0.7)
    else:
        for y in (-12, -2, 8):
            d.line([(14, y * 0.6), (40, y * 1.1)], S["sh"], 1.2, opacity=0.5)
    if blood > 0:  # blood run back from the knuckles over the back of the hand
        for y0, ln in ((-8, 26), (4, 18)):
            d.shape([(48, y0 - 3), (48 - ln, y0 - 1), (46 - ln - 4, y0 + 1), (48 - ln, y0 + 3), (48, y0 + 3)], "#9a0c20", opacity=min(1.0, 0.4 + 0.5 * blood))
    if thumb_front:
        draw_thumb()
    d.close_g()


# --------------------------------------------------------------- arms/cloth --
def arm_tube(d, pts, widths, fill, sw=OUT):
    d.shape(tube(pts, widths, cap_end=False), fill, INK, sw)


def sleeve(d, S, E, C, w, depth, fill, fold=FOLD_W, sw=OUT, droop=(0, 1), cuff_w=None, inside="#2a2834"):
    """A wide kimono/haori sleeve on an arm shoulder S, elbow E, cuff C: it
    wraps the arm (half width w) and its bag hangs by `depth` px in the
    direction droop (gravity).  The cuff opening is shown dark."""
    cw = cuff_w or w * 1.25
    up = offset_line([S, E, C], [w, w, cw], 1)
    dn = offset_line([S, E, C], [w, w, cw], -1)
    # which offset is "up" (against gravity)?
    if sum(p[1] for p in up) > sum(p[1] for p in dn):
        up, dn = dn, up
    gx, gy = droop
    bag0 = add(dn[2], (gx, gy), depth)
    mid = lerp(dn[1], dn[2], 0.45)
    bag1 = add(mid, (gx, gy), depth * 1.05)
    bag2 = add(lerp(dn[0], dn[1], 0.7), (gx, gy), depth * 0.55)
    pts = [up[0], up[1], (up[2][0], up[2][1], 0), (dn[2][0], dn[2][1]), bag0, bag1, bag2, dn[0]]
    d.shape(pts, fill, INK, sw)
    # cel shadow on the hanging bag (light from above)
    shade = "#000000" if fold == FOLD_B else "#7a7e98"
    d.shape([lerp(dn[0], dn[1], 0.5), dn[1], lerp(dn[1], dn[2], 0.6), lerp(dn[2], bag0, 0.55), lerp(bag0, bag1, 0.5), bag1, bag2],
            shade, opacity=0.28)
    # the dark opening at the cuff
    d.shape([up[2], lerp(up[2], dn[2], 0.5), dn[2], lerp(dn[2], bag0, 0.35), lerp(up[2], dn[2], 0.55)], inside, opacity=0.9)
    if fold:
        d.line([lerp(up[0], up[1], 0.6), lerp(dn[1], bag1, 0.5), lerp(bag1, bag0, 0.3)], fold, 2.0)
        d.line([lerp(up[1], up[2], 0.4), lerp(bag1, bag0, 0.6)], fold, 1.8)
    return pts


# -------------------------------------------------------------------- scene --
def sky(d, stops, x2=0, y2=100):
    d.rect(0, 0, 1920, 1080, d.lin(stops, 0, 0, x2, y2))


def glow(d, x, y, r, col, op=0.6):
    d.circle(x, y, r, d.rad([(0, col, op), (40, col, op * 0.45), (100, col, 0)]))


def crescent(d, mx, my, R, thick, fill, rot=-30, **a):
    d.open_g("translate(%.1f,%.1f) rotate(%.1f)" % (mx, my, rot))
    inner = R - thick
    d.path("M0 %s A%s %s 0 1 1 0 %s A%s %s 0 1 0 0 %s Z" % (-R, R, R, R, inner * 1.05, R, -R), fill, **a)
    d.close_g()


def vignette(d, op=0.55, col="#000000"):
    d.rect(0, 0, 1920, 1080, d.rad([(0, col, 0), (62, col, 0), (100, col, op)], 50, 45, 75))


def dune_band(d, y0, amp, fill, rnd, n=6, bottom=1080, stroke=None, sw=2):
    pts = [(-40, bottom, 0)]
    for i in range(n + 1):
        x = -40 + i * 2000 / n
        pts.append((x, y0 + rnd.uniform(-amp, amp)))
    pts.append((1960, bottom, 0))
    d.path(smooth(pts), fill, stroke=stroke, stroke_width=sw if stroke else None)


def quartz_tree(d, x, y, h, rnd, col=("#f0f0f6", "#8a8ea4"), sw=1.4, op=1.0):
    """A dead white tree of Hueco Mundo: a trunk and crooked branches, one path."""
    dd = []

    def branch(x0, y0, ang, length, width, depth):
        x1 = x0 + length * math.cos(math.radians(ang))
        y1 = y0 + length * math.sin(math.radians(ang))
        nx, ny = -math.sin(math.radians(ang)) * width, math.cos(math.radians(ang)) * width
        dd.append(poly([(x0 + nx, y0 + ny), (x1 + nx * 0.4, y1 + ny * 0.4), (x1 - nx * 0.4, y1 - ny * 0.4), (x0 - nx, y0 - ny)]))
        if depth > 0:
            for da in (-rnd.uniform(22, 40), rnd.uniform(22, 40)):
                branch(x1, y1, ang + da, length * rnd.uniform(0.55, 0.72), width * 0.55, depth - 1)
    branch(x, y, -90 + rnd.uniform(-6, 6), h * 0.45, h * 0.04, 3)
    d.path("".join(dd), d.lin([(0, col[0]), (100, col[1])], 0, 0, 100, 0), stroke=INK, stroke_width=sw, stroke_linejoin="round", opacity=op)


def blood_pool(d, cx, cy, rx, ry, seed=1, op=1.0, rim="#3c0008"):
    """A pool of blood lying on the ground: an irregular flat ellipse with a
    dark rim, a glossy highlight from the upper left and a few drops round it."""
    rnd = random.Random(seed)
    pts = []
    n = 14
    for i in range(n):
        a = 2 * math.pi * i / n
        k = rnd.uniform(0.78, 1.08)
        pts.append((cx + rx * k * math.cos(a), cy + ry * k * math.sin(a)))
    d.shape(pts, d.lin([(0, "#b0122a"), (45, "#7a0616"), (100, "#3c0008")], 0, 0, 60, 100), rim, 2, opacity=op)
    d.ellipse(cx - rx * 0.3, cy - ry * 0.35, rx * 0.35, ry * 0.14, "#ff6b78", opacity=0.28 * op)
    dd = []
    for _ in range(9):
        a = rnd.uniform(0, 2 * math.pi)
        r = rnd.uniform(1.08, 1.35)
        x, y = cx + rx * r * math.cos(a), cy + ry * r * math.sin(a)
        s = rnd.uniform(4, 11)
        dd.append(smooth([(x - s, y), (x, y - s * 0.4), (x + s, y), (x, y + s * 0.45)]))
    d.path("".join(dd), "#8e0a1e", opacity=0.9 * op)


def stain(d, pts, op=0.9):
    """Blood soaked into cloth: a darker wet patch."""
    d.shape(pts, d.rad([(0, "#6a0414", 0.95), (45, "#8a0a1c", 0.92), (78, "#b01428", 0.8), (100, "#c41c30", 0.15)], 45, 45, 62), opacity=op)


def trickle(d, pts, w=5.0):
    left = [(x - w / 2 * (1 - i / len(pts) * 0.5), y) for i, (x, y) in enumerate(pts)]
    right = [(x + w / 2 * (1 - i / len(pts) * 0.5), y) for i, (x, y) in reversed(list(enumerate(pts)))]
    d.shape(left + right, d.lin([(0, "#c0162c"), (100, "#6e0814")]), stroke="#4a0610", sw=1)
    x, y = pts[-1]
    d.ellipse(x, y + 2, w * 0.7, w * 0.9, "#8e0f1c")


def tear_drop(d, x, y, r):
    d.shape([(x, y - r * 1.9), (x + r, y), (x, y + r), (x - r, y)], "#dff1ff", stroke="#6f9ccc", sw=1.2)
    d.circle(x - r * 0.3, y - r * 0.1, r * 0.25, "#ffffff")
