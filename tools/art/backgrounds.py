"""Backgrounds, 1920x1080.  Painterly-flat: soft gradients, thin dark outlines only
on near objects, light from the upper left (or from the named light source)."""
import math
import random
from svg import Doc, INK, smooth, poly
from game.scene.canvas import CANVAS  # noqa: E402

BW, BH = CANVAS


def crescent(d, mx, my, R, thick, fill, rot=-30, **a):
    """Thin crescent moon: circle of radius R minus the same circle shifted by thick."""
    o = thick
    h = math.sqrt(R * R - (o / 2) ** 2)
    p1 = (o / 2, -h)
    p2 = (o / 2, h)
    # go round the outer circle the long way via its left, come back along the inner circle
    dd = "M%.1f %.1f A%.1f %.1f 0 1 0 %.1f %.1f A%.1f %.1f 0 0 1 %.1f %.1fZ" % (p1[0], p1[1], R, R, p2[0], p2[1], R, R, p1[0], p1[1])
    d.open_g("translate(%d,%d) rotate(%d)" % (mx, my, rot))
    d.path(dd, fill, **a)
    d.close_g()


def glow(d, x, y, r, col, op=0.6):
    d.circle(x, y, r, d.rad([(0, col, op), (40, col, op * 0.45), (100, col, 0)], x, y, r, user=True))


def sky(d, stops):
    d.rect(0, 0, BW, BH, d.lin(stops, 0, 0, 0, 100))


def vignette(d, op=0.55, col="#000000"):
    """Dark edges.  The middle (where the gradient is clear anyway) is a hole in the
    path (evenodd), so nanosvg does not rasterise the radial gradient there."""
    hole = ellipse_hole(960, 540, 1150 * 0.62, 1150 * 0.62)
    d.path("M0 0H%dV%dH0Z" % (BW, BH) + hole, d.rad([(0, col, 0), (62, col, 0), (100, col, op)], 960, 540, 1150, user=True), fill_rule="evenodd")


def ellipse_hole(cx, cy, rx, ry):
    return "M%.1f %.1fA%.1f %.1f 0 1 0 %.1f %.1fA%.1f %.1f 0 1 0 %.1f %.1fZ" % (cx - rx, cy, rx, ry, cx + rx, cy, rx, ry, cx - rx, cy)


# ------------------------------------------------------ PERSPECTIVE ----
class Cam:
    """One-point perspective: a camera at the origin looking down +Z, X right, Y down
    (metres).  Every floor, wall and ceiling line is built from 3-D points and
    projected, so all depth lines meet at the one vanishing point (vx, vy)."""

    def __init__(self, vx=960, vy=440, f=1000):
        self.vx, self.vy, self.f = vx, vy, f

    def p(self, X, Y, Z):
        return (self.vx + self.f * X / Z, self.vy + self.f * Y / Z)

    def P(self, pts):
        return [self.p(*q) for q in pts]

    def quad(self, d, pts, fill, **a):
        d.path(poly(self.P(pts)), fill, **a)

    def segs(self, segs):
        """3-D segments -> one path string."""
        out = []
        for a_, b_ in segs:
            (x0, y0), (x1, y1) = self.p(*a_), self.p(*b_)
            out.append("M%.1f %.1fL%.1f %.1f" % (x0, y0, x1, y1))
        return "".join(out)

    def polyline(self, pts):
        return poly(self.P(pts), False)

    def box(self, d, x0, x1, y0, y1, z0, z1, front, top=None, side=None, stroke=None, sw=2):
        """An axis-aligned box; draws the faces the camera sees (side, top, front)."""
        a = dict(stroke=stroke, stroke_width=sw if stroke else None, stroke_linejoin="round")
        if side is not None:
            if x0 > 0:
                self.quad(d, [(x0, y0, z0), (x0, y0, z1), (x0, y1, z1), (x0, y1, z0)], side, **a)
            elif x1 < 0:
                self.quad(d, [(x1, y0, z0), (x1, y0, z1), (x1, y1, z1), (x1, y1, z0)], side, **a)
        if top is not None and y0 > 0:
            self.quad(d, [(x0, y0, z0), (x1, y0, z0), (x1, y0, z1), (x0, y0, z1)], top, **a)
        self.quad(d, [(x0, y0, z0), (x1, y0, z0), (x1, y1, z0), (x0, y1, z0)], front, **a)

    def grain(self, o, U, V, n, rnd, wob=0.04, steps=10, frac=(0.0, 1.0)):
        """Wood grain on the plane o + u*U + v*V (u, v in 0..1): n wavy lines along U."""
        out = []
        for k in range(n):
            v0 = (k + rnd.uniform(0.2, 0.8)) / n
            ph, fr = rnd.uniform(0, 6.3), rnd.uniform(2, 5)
            u0, u1 = frac[0] + rnd.uniform(0, 0.2), frac[1] - rnd.uniform(0, 0.2)
            pts = []
            for i in range(steps + 1):
                u = u0 + (u1 - u0) * i / steps
                v = v0 + wob * math.sin(u * fr * math.pi + ph) / n * 3
                pts.append(tuple(o[j] + u * U[j] + v * V[j] for j in range(3)))
            out.append(self.polyline(pts))
        return "".join(out)

    def speckle(self, o, U, V, n, rnd, size=0.012):
        """Plaster speckle: n tiny flecks on the plane o + u*U + v*V."""
        out = []
        for _ in range(n):
            u, v = rnd.random(), rnd.random()
            x, y = self.p(*(o[j] + u * U[j] + v * V[j] for j in range(3)))
            z = o[2] + u * U[2] + v * V[2]
            s = max(0.8, self.f * size / z)
            out.append("M%.1f %.1fh%.1fv%.1fh%.1fZ" % (x, y, s, s, -s))
        return "".join(out)


def lamp_glow(d, x, y, r, col, op):
    d.circle(x, y, r, d.rad([(0, col, op), (25, col, op * 0.6), (60, col, op * 0.2), (100, col, 0)], x, y, r, user=True))


# ------------------------------------------------------------ HOME ----
def home(mood):
    """Their room: eight tatami, shoji on the back wall, the tokonoma on the left,
    fusuma on the right, a board ceiling; a low table with two cups, cushions, an
    andon lamp, and her sword on its stand.  One vanishing point at (960, 440)."""
    night = mood == "night"
    d = Doc(BW, BH)
    rnd = random.Random(5)
    c = Cam(960, 430, 1250)
    FL, CE, XW, ZB = 1.45, -1.25, 2.7, 6.4     # floor, ceiling, side walls, back wall
    KAMOI = FL - 1.8                            # the lintel over the shoji and doors
    if night:
        P = dict(plaster=("#3a4058", "#262a3c"), plaster_side=("#2c3046", "#161824"), wood=("#2c2428", "#141014"), woodl="#3e343a",
                 ceil=("#1a1a24", "#0c0c12"), tatami=("#4c5a50", "#2a322c"), heri="#0c0e10", shoji=("#c8d8f4", "#7e92bc"), lat="#1e2230",
                 fusuma=("#59607a", "#3a3e52"), light="#d8e6ff", lamp="#ffc870", sky="#0a0e1c")
    else:
        P = dict(plaster=("#c89a6a", "#9a6e4a"), plaster_side=("#a87a52", "#6e4a32"), wood=("#6a4028", "#3a2214"), woodl="#8a5a38",
                 ceil=("#5a3a26", "#2e1c12"), tatami=("#c8b070", "#8a7440"), heri="#2a1a0e", shoji=("#ffe2b0", "#f0a868"), lat="#4a2c18",
                 fusuma=("#e0c898", "#b89870"), light="#ffd8a0", lamp="#ffd890", sky="#ff9a50")
    wood = d.lin([(0, P["wood"][0]), (100, P["wood"][1])], 0, 0, 100, 0)
    # ---- ceiling: boards and battens running back to the vanishing point
    c.quad(d, [(-XW, CE, 0.6), (XW, CE, 0.6), (XW, CE, ZB), (-XW, CE, ZB)], d.lin([(0, P["ceil"][1]), (100, P["ceil"][0])]))
    xs = [-XW + i * 0.45 for i in range(13)]
    d.path(c.segs([((x, CE, 0.6), (x, CE, ZB)) for x in xs]), stroke=P["wood"][1], stroke_width=7, opacity=0.85)
    d.path(c.segs([((x + 0.05, CE, 0.6), (x + 0.05, CE, ZB)) for x in xs]), stroke=P["woodl"], stroke_width=2, opacity=0.5)
    # ---- side walls (plaster) and the floor
    c.quad(d, [(-XW, CE, 0.6), (-XW, CE, ZB), (-XW, FL, ZB), (-XW, FL, 0.6)], d.lin([(0, P["plaster_side"][1]), (100, P["plaster_side"][0])], 0, 0, 100, 0))
    c.quad(d, [(XW, CE, 0.6), (XW, CE, ZB), (XW, FL, ZB), (XW, FL, 0.6)], d.lin([(0, P["plaster_side"][0]), (100, P["plaster_side"][1])], 0, 0, 100, 0))
    c.quad(d, [(-XW, FL, 0.6), (XW, FL, 0.6), (XW, FL, ZB), (-XW, FL, ZB)], d.lin([(0, P["tatami"][0]), (100, P["tatami"][1])], 0, 100, 0, 0))
    # tatami: rows 0.9 deep of 1.8-wide mats, offset each row (no four corners meet)
    weave = []
    z = ZB
    while z - 0.9 > 0.6:
        weave.append(((-XW, FL, z - 0.45), (XW, FL, z - 0.45)))
        z -= 0.9
    rows, joints = [], []
    z, k = ZB, 0
    while z > 0.7:
        z1 = max(0.6, z - 0.9)
        rows.append(((-XW, FL, z1), (XW, FL, z1)))
        x = -XW + (0.9 if k % 2 else 0.0)
        while x < XW - 0.01:
            if x > -XW + 0.01:
                joints.append(((x, FL, z1), (x, FL, z)))
            x += 1.8
        z, k = z1, k + 1
    # the weave: fine lines along the mats, closer together with depth
    lines = []
    for i in range(150):
        zz = ZB - (ZB - 0.7) * i / 150.0
        lines.append(((-XW, FL, zz), (XW, FL, zz)))
    d.path(c.segs(lines), stroke="#000000", stroke_width=1.1, opacity=0.12)
    d.path(c.segs(joints), stroke=P["heri"], stroke_width=3, opacity=0.5)
    d.path(c.segs(rows), stroke=P["heri"], stroke_width=9, opacity=0.9)
    d.path(c.segs([((-XW, FL, z - 0.06), (XW, FL, z - 0.06)) for (_, _, z), _ in rows]), stroke="#ffffff", stroke_width=1.5, opacity=0.12)
    # ---- back wall: plaster ends, shoji in the middle, the transom above
    c.quad(d, [(-XW, CE, ZB), (XW, CE, ZB), (XW, FL, ZB), (-XW, FL, ZB)], d.lin([(0, P["plaster"][0]), (100, P["plaster"][1])]))
    d.path(c.speckle((-XW, CE, ZB), (2 * XW, 0, 0), (0, FL - CE, 0), 260, rnd), "#000000", opacity=0.18)
    d.path(c.speckle((-XW, CE, 0.8), (0, 0, ZB - 0.8), (0, FL - CE, 0), 160, rnd, 0.008) + c.speckle((XW, CE, 0.8), (0, 0, ZB - 0.8), (0, FL - CE, 0), 160, rnd, 0.008),
           "#000000", opacity=0.15)
    S0, S1 = -1.45, 2.25  # the shoji span; the tokonoma is recessed into the back wall left of it
    sh = d.lin([(0, P["shoji"][0]), (100, P["shoji"][1])], 0, 0, 30, 100)
    c.quad(d, [(S0, KAMOI, ZB), (S1, KAMOI, ZB), (S1, FL, ZB), (S0, FL, ZB)], sh)
    if night:
        # the moon behind the paper, and a pine bough's shadow
        mx, my = c.p(1.3, KAMOI + 0.45, ZB)
        lamp_glow(d, mx, my, 230, "#f4f8ff", 0.9)
        d.circle(mx, my, 34, "#ffffff", opacity=0.55)
        d.path(smooth([(mx + 260, my - 40), (mx + 140, my + 10), (mx + 20, my + 30), (mx - 110, my + 90), (mx - 200, my + 100)], False), stroke="#3a4664", stroke_width=10, opacity=0.6)
        for bx, by, r in ((mx + 200, my - 20, 60), (mx + 40, my + 40, 70), (mx - 120, my + 100, 60), (mx - 60, my + 60, 40)):
            d.path("".join("M%.0f %.0fl%.0f %.0f" % (bx, by, r * math.cos(a), r * 0.5 * math.sin(a)) for a in [i * 0.35 + 2.2 for i in range(9)]), stroke="#3a4664", stroke_width=3, opacity=0.55)
    else:
        mx, my = c.p(0.1, KAMOI + 0.9, ZB)
        lamp_glow(d, mx, my, 360, "#fff0c0", 0.8)
    # lattice: 4 panels, each with 3 columns and 6 rows of paper
    lat = []
    for i in range(13):
        x = S0 + (S1 - S0) * i / 12
        lat.append(((x, KAMOI, ZB), (x, FL, ZB)))
    for j in range(1, 8):
        y = KAMOI + (FL - KAMOI - 0.25) * j / 7
        lat.append(((S0, y, ZB), (S1, y, ZB)))
    d.path(c.segs(lat), stroke=P["lat"], stroke_width=3)
    frames = [((S0 + (S1 - S0) * i / 4, KAMOI, ZB), (S0 + (S1 - S0) * i / 4, FL, ZB)) for i in range(5)]
    d.path(c.segs(frames), stroke=P["wood"][1], stroke_width=9)
    c.quad(d, [(S0, FL - 0.25, ZB), (S1, FL - 0.25, ZB), (S1, FL, ZB), (S0, FL, ZB)], P["wood"][1], opacity=0.9)  # koshi board
    # transom (ranma): a band of wave openwork above the lintel
    RT = KAMOI - 0.45
    c.quad(d, [(S0, RT, ZB), (S1, RT, ZB), (S1, KAMOI, ZB), (S0, KAMOI, ZB)], P["wood"][1])
    waves = []
    for i in range(8):
        x0 = S0 + (S1 - S0) / 8 * i
        for k_ in range(3):
            r = 0.2 - k_ * 0.06
            pts = [(x0 + 0.25 + r * math.cos(a), KAMOI - 0.02 - r * math.sin(a) * 1.0, ZB) for a in [math.pi * q / 8 for q in range(9)]]
            waves.append(c.polyline(pts))
    d.path("".join(waves), stroke=P["shoji"][1], stroke_width=3, opacity=0.8)
    # posts and the lintel
    for x in (-XW + 0.06, S0 - 0.06, S1 + 0.06, XW - 0.06):
        c.box(d, x - 0.07, x + 0.07, CE, FL, ZB - 0.14, ZB, wood)
    c.quad(d, [(-XW, KAMOI - 0.1, ZB - 0.02), (XW, KAMOI - 0.1, ZB - 0.02), (XW, KAMOI, ZB - 0.02), (-XW, KAMOI, ZB - 0.02)], P["wood"][1])
    # the lintel running along both side walls, and the ceiling moulding
    for x in (-XW, XW):
        c.quad(d, [(x, KAMOI - 0.1, 0.6), (x, KAMOI - 0.1, ZB), (x, KAMOI, ZB), (x, KAMOI, 0.6)], P["wood"][1])
        c.quad(d, [(x, CE, 0.6), (x, CE, ZB), (x, CE + 0.06, ZB), (x, CE + 0.06, 0.6)], P["wood"][1])
        c.quad(d, [(x, FL - 0.06, 0.6), (x, FL - 0.06, ZB), (x, FL, ZB), (x, FL, 0.6)], P["wood"][1])
    d.path(c.grain((-XW, KAMOI - 0.1, 0.6), (0, 0, ZB - 0.6), (0, 0.1, 0), 3, rnd) + c.grain((XW, KAMOI - 0.1, 0.6), (0, 0, ZB - 0.6), (0, 0.1, 0), 3, rnd),
           stroke=P["woodl"], stroke_width=1.2, opacity=0.6)
    # ---- the tokonoma: an alcove in the back wall left of the shoji, a raised floor,
    # a hanging scroll (an ink crescent over dunes) and a vase with a camellia branch
    T0, T1, TZ = -XW, S0 - 0.12, ZB + 0.55
    TF = FL - 0.16
    c.quad(d, [(T0, KAMOI + 0.05, ZB), (T1, KAMOI + 0.05, ZB), (T1, FL, ZB), (T0, FL, ZB)], "#000000")
    c.quad(d, [(T0, KAMOI + 0.05, TZ), (T1, KAMOI + 0.05, TZ), (T1, TF, TZ), (T0, TF, TZ)], d.lin([(0, P["plaster"][0]), (100, P["plaster"][1])]))
    c.quad(d, [(T0, KAMOI + 0.05, ZB), (T0, KAMOI + 0.05, TZ), (T0, TF, TZ), (T0, TF, ZB)], P["plaster_side"][1])
    c.quad(d, [(T0, TF, ZB), (T1, TF, ZB), (T1, TF, TZ), (T0, TF, TZ)], P["woodl"])
    c.quad(d, [(T0, TF, ZB), (T1, TF, ZB), (T1, FL, ZB), (T0, FL, ZB)], P["wood"][1])
    d.path(c.speckle((T0, KAMOI, TZ), (T1 - T0, 0, 0), (0, TF - KAMOI, 0), 60, rnd, 0.01), "#000000", opacity=0.2)
    sx0, sx1 = T0 + 0.3, T1 - 0.3
    c.quad(d, [(sx0, KAMOI + 0.2, TZ), (sx1, KAMOI + 0.2, TZ), (sx1, TF - 0.35, TZ), (sx0, TF - 0.35, TZ)], "#e8e0c8" if not night else "#7a8098", stroke=INK, stroke_width=1.5)
    c.quad(d, [(sx0 - 0.04, KAMOI + 0.16, TZ), (sx1 + 0.04, KAMOI + 0.16, TZ), (sx1 + 0.04, KAMOI + 0.22, TZ), (sx0 - 0.04, KAMOI + 0.22, TZ)], P["wood"][1])
    c.quad(d, [(sx0 - 0.04, TF - 0.37, TZ), (sx1 + 0.04, TF - 0.37, TZ), (sx1 + 0.04, TF - 0.32, TZ), (sx0 - 0.04, TF - 0.32, TZ)], P["wood"][1])
    ink = [(sx0 + 0.03 + (sx1 - sx0 - 0.06) * q / 9, TF - 0.6 - 0.1 * math.sin(q * 0.9), TZ) for q in range(10)]
    d.path(c.polyline(ink), stroke="#2a2a34", stroke_width=3, opacity=0.7)
    cx_, cy_ = c.p((sx0 + sx1) / 2 + 0.08, KAMOI + 0.55, TZ)
    crescent(d, cx_, cy_, 13, 5, "#2a2a34", rot=-30, opacity=0.75)
    vx_, vy_ = c.p(T1 - 0.3, TF, ZB + 0.3)
    d.path(smooth([(vx_ - 8, vy_), (vx_ - 11, vy_ - 26), (vx_ - 4, vy_ - 40, 0), (vx_ + 4, vy_ - 40, 0), (vx_ + 11, vy_ - 26), (vx_ + 8, vy_)]), d.lin([(0, "#8a9ab8"), (100, "#2a3248")], 0, 0, 100, 0), stroke=INK, stroke_width=1.5)
    d.path(smooth([(vx_, vy_ - 40), (vx_ - 6, vy_ - 80), (vx_ - 30, vy_ - 106)], False) + smooth([(vx_ - 4, vy_ - 70), (vx_ + 18, vy_ - 96)], False), stroke="#2a1a10", stroke_width=3)
    for fx, fy in ((vx_ - 30, vy_ - 108), (vx_ + 18, vy_ - 98)):
        camellia(d, fx, fy, 10, "#c8182a", "#3a0008", 10)
    for lx_, ly_ in ((vx_ - 16, vy_ - 92), (vx_ + 8, vy_ - 84), (vx_ - 4, vy_ - 60)):
        d.ellipse(lx_, ly_, 8, 3.5, "#1e3a22")
    c.quad(d, [(T0, KAMOI - 0.05, ZB), (T1, KAMOI - 0.05, ZB), (T1, KAMOI + 0.05, ZB), (T0, KAMOI + 0.05, ZB)], P["wood"][1])
    # ---- a tansu chest against the left wall: drawers, iron handles
    tw = d.lin([(0, P["woodl"]), (100, P["wood"][0])], 0, 0, 100, 0)
    c.box(d, -XW, -XW + 0.45, FL - 1.0, FL, 3.9, 5.1, P["wood"][1], top=P["woodl"], side=tw, stroke=INK, sw=1.5)
    dr = [((-XW + 0.45, FL - 1.0 + 0.25 * k, 3.9), (-XW + 0.45, FL - 1.0 + 0.25 * k, 5.1)) for k in range(1, 4)] + [((-XW + 0.45, FL - 1.0, 4.5), (-XW + 0.45, FL - 0.5, 4.5))]
    d.path(c.segs(dr), stroke=INK, stroke_width=2)
    hd = []
    for k in range(4):
        for zz in ((4.2, 4.8) if k < 2 else (4.5,)):
            hx, hy = c.p(-XW + 0.46, FL - 1.0 + 0.25 * k + 0.12, zz)
            hd.append("M%.1f %.1fh%.1f" % (hx - 5, hy, 10))
    d.path("".join(hd), stroke="#1a1a1a", stroke_width=3, stroke_linecap="round")
    # ---- fusuma on the right wall, an ink landscape across them
    FZ0, FZ1 = 2.6, 5.8
    c.quad(d, [(XW - 0.01, KAMOI, FZ0), (XW - 0.01, KAMOI, FZ1), (XW - 0.01, FL - 0.06, FZ1), (XW - 0.01, FL - 0.06, FZ0)], d.lin([(0, P["fusuma"][1]), (100, P["fusuma"][0])], 0, 0, 100, 0))
    mnt = [(XW - 0.02, KAMOI + 0.7 - 0.35 * abs(math.sin(q * 0.55)) - 0.1 * math.sin(q * 1.7), FZ0 + (FZ1 - FZ0) * q / 16) for q in range(17)]
    d.path(c.polyline(mnt), stroke="#1a1a26", stroke_width=3, opacity=0.45)
    mnt2 = [(XW - 0.02, KAMOI + 1.0 - 0.2 * abs(math.sin(q * 0.8 + 1)), FZ0 + (FZ1 - FZ0) * q / 16) for q in range(17)]
    d.path(c.polyline(mnt2), stroke="#1a1a26", stroke_width=2, opacity=0.3)
    fr = [((XW - 0.02, KAMOI, z), (XW - 0.02, FL - 0.06, z)) for z in [FZ0 + (FZ1 - FZ0) * i / 4 for i in range(5)]]
    d.path(c.segs(fr), stroke=P["wood"][1], stroke_width=7)
    for i in range(4):
        z = FZ0 + (FZ1 - FZ0) * (i + (0.85 if i % 2 == 0 else 0.15)) / 4
        hx, hy = c.p(XW - 0.02, KAMOI + 0.95, z)
        d.ellipse(hx, hy, 3 + 12 / z, 6 + 30 / z, "#1a1410", stroke="#8a7040", stroke_width=1.5)
    # ---- light on the floor
    if night:
        c.quad(d, [(S0, FL, ZB), (S1, FL, ZB), (S1 + 0.6, FL, ZB - 2.6), (S0 + 0.6, FL, ZB - 2.6)],
               d.lin([(0, P["light"], 0.3), (100, P["light"], 0)], 0, 0, 0, 100))
    else:
        c.quad(d, [(S0, FL, ZB), (S1, FL, ZB), (S1 + 1.2, FL, ZB - 3.2), (S0 + 1.2, FL, ZB - 3.2)],
               d.lin([(0, P["light"], 0.45), (100, P["light"], 0)], 0, 0, 0, 100))
    # ---- her sword on its stand by the right wall, the blue hilt
    c.box(d, 1.9, 2.5, FL - 0.28, FL, 5.3, 5.45, P["wood"][1], top=P["woodl"], side=P["wood"][1])
    for x in (1.95, 2.45):
        c.box(d, x - 0.03, x + 0.03, FL - 0.5, FL - 0.28, 5.35, 5.4, P["wood"][1])
    sa, sb = c.p(1.85, FL - 0.46, 5.36), c.p(2.6, FL - 0.5, 5.36)
    d.path("M%.1f %.1fL%.1f %.1f" % (sa + sb), stroke="#101018", stroke_width=7, stroke_linecap="round")
    hb = c.p(1.72, FL - 0.45, 5.36)
    d.path("M%.1f %.1fL%.1f %.1f" % (sa + hb), stroke="#3a5a98", stroke_width=7, stroke_linecap="round")
    # ---- the low table with two cups, and two cushions
    c.quad(d, [(-0.95, FL, 3.5), (0.95, FL, 3.5), (0.95, FL, 4.75), (-0.95, FL, 4.75)], "#000000", opacity=0.28)  # the table's shadow on the mats
    c.box(d, -0.75, -0.67, FL - 0.3, FL, 3.9, 3.98, P["wood"][1])
    c.box(d, 0.67, 0.75, FL - 0.3, FL, 3.9, 3.98, P["wood"][1])
    c.box(d, -0.8, 0.8, FL - 0.35, FL - 0.3, 3.6, 4.6, P["wood"][1], top=d.lin([(0, P["woodl"]), (100, P["wood"][0])], 0, 0, 100, 0), stroke=INK, sw=2)
    d.path(c.grain((-0.8, FL - 0.35, 3.6), (1.6, 0, 0), (0, 0, 1.0), 6, rnd, 0.06, 12), stroke=P["wood"][1], stroke_width=1.2, opacity=0.45)
    for cx_, cz in ((-0.3, 4.0), (0.35, 4.2)):
        x, y = c.p(cx_, FL - 0.35, cz)
        s = c.f * 0.045 / cz
        d.path(smooth([(x - s, y - s * 1.3, 0), (x + s, y - s * 1.3, 0), (x + s * 0.7, y, 0), (x - s * 0.7, y, 0)]), d.lin([(0, "#f0e8d8"), (100, "#9a8a78")], 0, 0, 100, 0), stroke=INK, stroke_width=1.5)
        d.ellipse(x, y - s * 1.3, s, s * 0.3, "#5a6a4a", stroke=INK, stroke_width=1)
    cush = "#3a4a78" if night else "#8a2a30"
    for x0, z0 in ((-1.65, 3.8), (1.0, 3.8)):
        c.quad(d, [(x0 - 0.05, FL, z0 - 0.05), (x0 + 0.7, FL, z0 - 0.05), (x0 + 0.7, FL, z0 + 0.72), (x0 - 0.05, FL, z0 + 0.72)], "#000000", opacity=0.25)
        c.box(d, x0, x0 + 0.65, FL - 0.08, FL, z0, z0 + 0.65, d.lin([(0, cush), (100, "#1a1420")], 0, 0, 0, 100), top=cush, stroke=INK, sw=1.5)
    # ---- the andon lamp, right, lit
    LX, LZ = 1.75, 3.5
    lx, ly = c.p(LX, FL - 0.55, LZ)
    lamp_glow(d, lx, ly, 520 if not night else 460, P["lamp"], 0.42 if night else 0.5)
    c.quad(d, [(LX - 0.5, FL, LZ - 0.6), (LX + 0.6, FL, LZ - 0.6), (LX + 0.6, FL, LZ + 0.8), (LX - 0.5, FL, LZ + 0.8)],
           d.rad([(0, P["lamp"], 0.35), (100, P["lamp"], 0)], 50, 50, 50))
    paper = d.lin([(0, "#fff8e0"), (50, "#ffd890"), (100, "#d08a40")], 0, 0, 100, 0)
    c.box(d, LX - 0.17, LX + 0.17, FL - 0.85, FL - 0.2, LZ - 0.17, LZ + 0.17, paper, side=d.lin([(0, "#b07038"), (100, "#6a3a18")], 0, 0, 100, 0), stroke=INK, sw=2)
    fr = []
    for yy in (FL - 0.85, FL - 0.52, FL - 0.2):
        fr.append(((LX - 0.17, yy, LZ - 0.17), (LX + 0.17, yy, LZ - 0.17)))
    fr.append(((LX, FL - 0.85, LZ - 0.17), (LX, FL - 0.2, LZ - 0.17)))
    d.path(c.segs(fr), stroke="#3a2010", stroke_width=3)
    for x in (LX - 0.16, LX + 0.16):
        c.box(d, x - 0.02, x + 0.02, FL - 0.2, FL, LZ - 0.17, LZ - 0.13, "#1e0e08")
    c.box(d, LX - 0.2, LX + 0.2, FL - 0.9, FL - 0.85, LZ - 0.2, LZ + 0.2, "#2a160c", stroke=INK, sw=1.5)
    if night:
        d.rect(0, 0, BW, BH, d.lin([(0, "#0a1030", 0.35), (100, "#0a1030", 0.1)]))
    else:
        d.rect(0, 0, BW, BH, d.lin([(0, "#ff9040", 0.12), (100, "#401000", 0.12)], 0, 0, 100, 0))
    vignette(d, 0.6 if night else 0.45)
    return d


# -------------------------------------------------------- BARRACKS ----
def camellia(d, x, y, r, fill, stroke, rot=0):
    """The camellia crest: five broad rounded petals round a ring of stamens."""
    dd = []
    for i in range(5):
        a = math.radians(rot + i * 72 - 90)
        px, py = x + r * 0.5 * math.cos(a), y + r * 0.5 * math.sin(a)
        rr = r * 0.52
        dd.append(smooth([(px + rr * math.cos(a + q * math.pi / 4) * (1.0 if q % 8 in (7, 0, 1) else 0.9), py + rr * math.sin(a + q * math.pi / 4) * (1.0 if q % 8 in (7, 0, 1) else 0.9)) for q in range(8)]))
    d.path("".join(dd), fill, stroke=stroke, stroke_width=max(1.2, r * 0.05))
    d.circle(x, y, r * 0.34, "#e8c860", stroke=stroke, stroke_width=max(1, r * 0.03))
    d.path("".join("M%.1f %.1fL%.1f %.1f" % (x, y, x + r * 0.32 * math.cos(math.radians(rot + i * 40)), y + r * 0.32 * math.sin(math.radians(rot + i * 40))) for i in range(9)),
           stroke=stroke, stroke_width=max(1, r * 0.025), opacity=0.7)


def kanji_six(d, x, y, size, fill, **a):
    import brush
    brush.kanji(d, 6, x, y, size, fill, **a)


def sky_clouds(d, rnd, hz, col="#ffffff", shade="#9aaed0", n=7, op=0.8):
    """Cloud banks as soft-edged puffs (radial gradients) with a flat, shaded base;
    smaller and flatter towards the horizon."""
    for i in range(n):
        t = i / (n - 1.0)
        y = 70 + (hz - 170) * t ** 1.3
        w = rnd.uniform(380, 760) * (1.15 - 0.55 * t)
        x = rnd.uniform(0, 1920)
        k = rnd.randint(4, 6)
        for j in range(k):
            px = x - w / 2 + w * (j + 0.5) / k + rnd.uniform(-20, 20)
            r = w / k * rnd.uniform(0.8, 1.25)
            py = y - r * 0.25 * math.sin(math.pi * (j + 0.5) / k)
            d.ellipse(px, py, r, r * (0.55 - 0.25 * t), d.rad([(0, col, op), (55, col, op * 0.75), (100, col, 0)]))
        d.ellipse(x, y + w * 0.03, w * 0.55, w * (0.05 - 0.02 * t), d.rad([(0, shade, op * 0.8), (100, shade, 0)]))


def bush(d, x, y, r, rnd, flower=None, dark="#142a18", light="#3a6a3a"):
    """A rounded shrub (camellia): a dark mass, then clusters of pointed leaves lit
    from the upper left, and flowers."""
    d.path(smooth([(x - r, y), (x - r * 0.9, y - r * 0.6), (x - r * 0.4, y - r * 1.05), (x + r * 0.3, y - r * 1.0), (x + r * 0.9, y - r * 0.55), (x + r, y)]), dark)
    lv = [[], []]
    for _ in range(90):
        a = rnd.uniform(math.pi, 2 * math.pi)
        rr = r * math.sqrt(rnd.random())
        px, py = x + rr * math.cos(a) * 0.95, y + rr * math.sin(a) * 0.95
        ang = rnd.uniform(0, 2 * math.pi)
        l = rnd.uniform(10, 17) * r / 150
        ca, sa = math.cos(ang), math.sin(ang)
        tip = (px + l * ca, py + l * sa)
        side = (-sa * l * 0.35, ca * l * 0.35)
        mid = (px + l * 0.5 * ca, py + l * 0.5 * sa)
        lit = (px - x) + (py - y) * 1.2 < -r * 0.2
        lv[0 if lit else 1].append("M%.0f %.0fQ%.0f %.0f %.0f %.0fQ%.0f %.0f %.0f %.0fZ" % (px, py, mid[0] + side[0], mid[1] + side[1], tip[0], tip[1], mid[0] - side[0], mid[1] - side[1], px, py))
    d.path("".join(lv[1]), "#24442a", stroke="#0a140c", stroke_width=0.8)
    d.path("".join(lv[0]), light, stroke="#0a140c", stroke_width=0.8)
    if flower:
        for _ in range(8):
            a = rnd.uniform(math.pi * 1.05, math.pi * 1.95)
            rr = r * rnd.uniform(0.3, 0.85)
            camellia(d, x + rr * math.cos(a), y + rr * math.sin(a), r * 0.09, flower, "#3a0810", rnd.uniform(0, 60))


def barracks():
    """The Sixth Division's courtyard, looking down its length: verandas and
    pillars on both sides, a raked-gravel yard and stepping stones, the gate at the
    far end hung with the camellia curtain, and the division's banner (camellia
    and 六) on its pole.  Morning light from the upper left.  One vanishing point."""
    d = Doc(BW, BH)
    rnd = random.Random(6)
    c = Cam(960, 470, 1250)
    G, EN, EV, XF, XE = 1.6, 1.1, -1.9, 5.2, 3.9   # ground, veranda floor, eave, facade, veranda edge
    Z0, ZF = 3.0, 40.0
    d.rect(0, 0, BW, 600, d.lin([(0, "#4a78b8"), (75, "#9ec0e4"), (100, "#dfe8f0")]))
    sky_clouds(d, rnd, 470)
    # far Seireitei: white walls and roofs beyond the gate
    d.path(poly([(0, 470)] + [(x, 470 - 30 - 20 * abs(math.sin(x * 0.013)) - (25 if 700 < x < 1250 else 0)) for x in range(0, 1921, 60)] + [(1920, 470)]), "#8e9ab4", opacity=0.7)
    d.path(poly([(840, 420), (880, 300), (900, 300), (940, 420)]), "#8e9ab4", opacity=0.6)  # a far tower
    # roofs of Seireitei beyond the wall
    for X0, w_, Z_ in ((-9, 5, 40), (7, 6, 44), (-1, 4, 52)):
        c.quad(d, [(X0 - w_, -0.8, Z_), (X0 + w_, -0.8, Z_), (X0 + w_ - 1.5, -2.6, Z_), (X0 - w_ + 1.5, -2.6, Z_)], "#6a7088", opacity=0.85)
    # ground: gravel and its raked lines (along the yard, to the vanishing point)
    c.quad(d, [(-XE, G, Z0 - 2), (XE, G, Z0 - 2), (XE, G, ZF), (-XE, G, ZF)], d.lin([(0, "#cfc8b8"), (100, "#9a9488")], 0, 0, 0, 100))
    rake = [((x, G, Z0 - 2), (x, G, ZF)) for x in [i * 0.22 - XE for i in range(int(2 * XE / 0.22) + 1)]]
    d.path(c.segs(rake), stroke="#8a8478", stroke_width=1.4, opacity=0.3)
    d.path(c.segs([((x + 0.06, G, z0), (x + 0.06, G, ZF)) for (x, _, z0), _ in rake]), stroke="#ffffff", stroke_width=1.2, opacity=0.25)
    d.path(c.speckle((-XE, G, Z0 - 1.5), (2 * XE, 0, 0), (0, 0, 6), 500, rnd, 0.02) + c.speckle((-XE, G, 7), (2 * XE, 0, 0), (0, 0, 20), 300, rnd, 0.02), "#5a564e", opacity=0.45)
    # stepping stones up the middle, their raked rings
    for i, z in enumerate((3.2, 4.4, 5.7, 7.1, 8.7, 10.4, 12.3, 14.4, 16.8, 19.5)):
        x = 0.35 * math.sin(i * 1.3)
        r = 0.38 + 0.06 * math.sin(i * 2.1)
        pts = [(x + r * math.cos(a) * (1 + 0.1 * math.sin(3 * a + i)), G, z + r * 0.8 * math.sin(a)) for a in [q * math.pi / 8 for q in range(16)]]
        d.path(smooth(c.P(pts)), d.lin([(0, "#a8a49c"), (100, "#5a5850")]), stroke="#3a3832", stroke_width=1.5)
        ring = [(x + (r + 0.12) * math.cos(a), G, z + (r + 0.12) * 0.8 * math.sin(a)) for a in [q * math.pi / 8 for q in range(16)]]
        d.path(smooth(c.P(ring)), stroke="#7a7468", stroke_width=1.2, opacity=0.5)
    # ---- the two buildings
    for side in (-1, 1):
        lit = side > 0  # the sun is at the upper left: the right-hand facades are lit
        plaster = d.lin([(0, "#f6f2e8"), (100, "#d4ccbc")]) if lit else d.lin([(0, "#c8c2b6"), (100, "#9a9488")])
        timber = "#4a3020" if lit else "#2a1c12"
        Xf, Xe = side * XF, side * XE
        # facade wall and its white upper band
        c.quad(d, [(Xf, -2.45, Z0 - 2), (Xf, -2.45, ZF), (Xf, EN, ZF), (Xf, EN, Z0 - 2)], plaster)
        d.path(c.speckle((Xf, EV, Z0 - 2), (0, 0, 20), (0, EN - EV, 0), 160, rnd, 0.015), "#000000", opacity=0.12)
        # shoji bays between the posts
        posts = [Z0 - 2 + 2.6 * k for k in range(16)]
        bays = []
        for z0, z1 in zip(posts, posts[1:]):
            bays.append(poly(c.P([(Xf, -0.9, z0 + 0.1), (Xf, -0.9, z1 - 0.1), (Xf, EN, z1 - 0.1), (Xf, EN, z0 + 0.1)])))
        d.path("".join(bays), "#ece4d0" if lit else "#b8b0a0")
        lat = []
        for z0, z1 in zip(posts, posts[1:]):
            for q in range(1, 4):
                z = z0 + (z1 - z0) * q / 4
                lat.append(((Xf, -0.9, z), (Xf, EN, z)))
            for yy in (-0.35, 0.2, 0.7):
                lat.append(((Xf, yy, z0 + 0.1), (Xf, yy, z1 - 0.1)))
        d.path(c.segs(lat), stroke=timber, stroke_width=2, opacity=0.8)
        d.path(c.segs([((Xf, -0.95, Z0 - 2), (Xf, -0.95, ZF)), ((Xf, -1.05, Z0 - 2), (Xf, -1.05, ZF))]), stroke=timber, stroke_width=5)
        # veranda floor and its edge
        c.quad(d, [(Xf, EN, Z0 - 2), (Xf, EN, ZF), (Xe, EN, ZF), (Xe, EN, Z0 - 2)], d.lin([(0, "#b07a4a"), (100, "#6a4426")], 0, 0, 100, 0) if lit else d.lin([(0, "#6a4426"), (100, "#8a5c36")], 0, 0, 100, 0))
        boards = [((Xe + (Xf - Xe) * q / 6, EN, Z0 - 2), (Xe + (Xf - Xe) * q / 6, EN, ZF)) for q in range(1, 6)]
        d.path(c.segs(boards), stroke="#3a2414", stroke_width=1.5, opacity=0.6)
        c.quad(d, [(Xe, EN, Z0 - 2), (Xe, EN, ZF), (Xe, G, ZF), (Xe, G, Z0 - 2)], "#2a1a10")
        # posts along the veranda edge, beams, the deep eave and its rafters
        for z in posts:
            x0, x1 = (Xe - 0.12, Xe) if side < 0 else (Xe, Xe + 0.12)
            c.box(d, x0, x1, EV, G, z, z + 0.12, d.lin([(0, "#6a4428"), (100, "#2a180c")], 0, 0, 100, 0) if lit else "#2a1a10", side="#1e120a")
        c.quad(d, [(Xe, EV - 0.25, Z0 - 2), (Xe, EV - 0.25, ZF), (Xe, EV, ZF), (Xe, EV, Z0 - 2)], "#2a1a10")
        # the deep eave: its underside (soffit) and rafters, the fascia, and the thin
        # strip of tiled roof seen above the eave line, up to the ridge
        XV, YV, YT = side * (XE - 0.7), -2.25, -2.45
        c.quad(d, [(XV, YV, Z0 - 2), (XV, YV, ZF), (Xf, YT, ZF), (Xf, YT, Z0 - 2)], d.lin([(0, "#3a2a1e"), (100, "#1e140c")]))
        raf = [((XV, YV, z), (Xf, YT, z)) for z in [Z0 - 2 + 0.6 * k for k in range(64)]]
        d.path(c.segs(raf), stroke="#5a4634", stroke_width=3, opacity=0.7)
        c.quad(d, [(XV, YV - 0.3, Z0 - 2), (XV + side * 3.5, YV - 2.2, Z0 - 2), (XV + side * 3.5, YV - 2.2, ZF), (XV, YV - 0.3, ZF)], d.lin([(0, "#4a5062"), (100, "#2a2c36")]))
        tiles = [((XV, YV - 0.3, z), (XV + side * 3.5, YV - 2.2, z)) for z in [Z0 - 2 + 0.3 * k for k in range(130)]]
        d.path(c.segs(tiles), stroke="#1a1c24", stroke_width=1.5, opacity=0.6)
        c.quad(d, [(XV, YV - 0.3, Z0 - 2), (XV, YV - 0.3, ZF), (XV, YV, ZF), (XV, YV, Z0 - 2)], "#1e1610")
        d.path(c.segs([((XV, YV - 0.3, Z0 - 2), (XV, YV - 0.3, ZF))]), stroke="#8a90a0", stroke_width=3, opacity=0.6)
    # shadow of the left eave on the yard
    c.quad(d, [(-XE, G, Z0 - 2), (-XE + 1.4, G, Z0 - 2), (-XE + 1.4, G, ZF), (-XE, G, ZF)], "#2a2a44", opacity=0.22)
    # ---- the gate at the far end: white walls, dark posts, a two-tier tiled roof, the
    # camellia curtain hung across the opening, steps up to it
    GZ = 26.0
    c.quad(d, [(-XE, -0.6, GZ + 0.5), (XE, -0.6, GZ + 0.5), (XE, G, GZ + 0.5), (-XE, G, GZ + 0.5)], "#e4ded0")
    c.quad(d, [(-XE, -0.6, GZ + 0.5), (XE, -0.6, GZ + 0.5), (XE, -0.45, GZ + 0.5), (-XE, -0.45, GZ + 0.5)], "#3a3e4c")
    c.box(d, -2.2, 2.2, -2.2, G, GZ, GZ + 0.6, "#ece6d8", stroke="#2a2220", sw=1.5)
    c.quad(d, [(-1.4, -1.3, GZ - 0.01), (1.4, -1.3, GZ - 0.01), (1.4, G, GZ - 0.01), (-1.4, G, GZ - 0.01)], "#201814")
    for x in (-1.5, 1.4):
        c.box(d, x, x + 0.1, -2.2, G, GZ - 0.06, GZ, "#2a1a10")
    c.quad(d, [(-1.4, -1.3, GZ - 0.03), (1.4, -1.3, GZ - 0.03), (1.4, -0.15, GZ - 0.03), (-1.4, -0.15, GZ - 0.03)], d.lin([(0, "#34448a"), (100, "#1a2250")]))
    d.path(c.segs([((x, -1.3, GZ - 0.03), (x, -0.15, GZ - 0.03)) for x in (-0.7, 0.0, 0.7)]), stroke="#10163a", stroke_width=1.5)
    cx_, cy_ = c.p(0, -0.75, GZ)
    camellia(d, cx_, cy_, 24, "#f4f4f8", "#10142a", 10)
    for k in range(3):
        c.box(d, -1.8 + 0.15 * k, 1.8 - 0.15 * k, G - 0.1 * (k + 1), G - 0.1 * k, GZ - 0.9 + 0.3 * k, GZ, "#b8b4a8", top="#d8d4c8", stroke="#6a665c", sw=1)
    for y_, w_, h_ in ((-2.2, 3.2, 0.7), (-3.1, 2.4, 0.6)):
        c.quad(d, [(-w_, y_, GZ - 0.6), (w_, y_, GZ - 0.6), (w_ - 0.9, y_ - h_, GZ + 0.2), (-w_ + 0.9, y_ - h_, GZ + 0.2)], d.lin([(0, "#5a6070"), (100, "#2a2c38")]), stroke=INK, stroke_width=1.5)
        c.quad(d, [(-w_, y_, GZ - 0.6), (w_, y_, GZ - 0.6), (w_, y_ + 0.12, GZ - 0.6), (-w_, y_ + 0.12, GZ - 0.6)], "#1a1410")
        d.path(c.segs([((x, y_, GZ - 0.6), (x * (w_ - 0.9) / w_, y_ - h_, GZ + 0.2)) for x in [-w_ + 0.2 * k for k in range(int(2 * w_ / 0.2) + 1)]]), stroke="#1e2028", stroke_width=1.2, opacity=0.7)
    c.box(d, -1.5, 1.5, -3.2, -3.1, GZ - 0.1, GZ, "#e8e2d4")
    # ---- a stone lantern on the right, a camellia bush further down the yard
    LX, LZ = 2.6, 8.0
    c.quad(d, [(LX - 0.2, G, LZ), (LX + 0.2, G, LZ + 0.3), (LX + 1.6, G, LZ - 0.6), (LX + 1.3, G, LZ - 0.9)], "#2a2a44", opacity=0.25)
    c.quad(d, [(-1.9, G, 8.0), (-1.86, G, 8.0), (-0.2, G, 6.6), (-0.26, G, 6.6)], "#2a2a44", opacity=0.3)
    c.box(d, LX - 0.15, LX + 0.15, 0.6, G, LZ, LZ + 0.3, "#8a8880", side="#5a5850")
    c.box(d, LX - 0.3, LX + 0.3, 0.4, 0.6, LZ - 0.1, LZ + 0.4, "#9a9890", top="#b8b6ae", side="#6a6860")
    c.box(d, LX - 0.22, LX + 0.22, -0.05, 0.4, LZ, LZ + 0.3, "#6a6860", side="#4a4840")
    lx, ly = c.p(LX, 0.2, LZ)
    d.rect(lx - 12, ly - 12, 24, 22, "#2a2420")
    d.path(poly(c.P([(LX - 0.45, -0.05, LZ - 0.2), (LX + 0.45, -0.05, LZ - 0.2), (LX, -0.5, LZ)])), "#8a8880", stroke="#3a3830", stroke_width=1.5)
    # the flowering bush stands down the yard by the right veranda, behind the lantern
    # (x ~1120-1250): out of the left sprite's place, where it read as part of his
    # costume, and clear of the banner and of the right sprite
    BZ = 15.0
    bx, by = c.p(2.7, G, BZ)
    bush(d, bx, by, 150 * 6.5 / BZ, rnd, "#f4f4f8")
    # ---- the Sixth's banner: a tall nobori on its pole, the camellia and 六
    PX, PZ = -1.9, 8.0
    top, bot = c.p(PX, -2.7, PZ), c.p(PX, G, PZ)
    d.path("M%.1f %.1fL%.1f %.1f" % (top + bot), stroke="#2a1a10", stroke_width=9)
    bw = c.f * 0.85 / PZ
    x0, y0 = top[0] + 5, top[1] + 20
    bh = c.f * 3.1 / PZ
    d.path(poly([(x0, y0), (x0 + bw, y0 + 6), (x0 + bw + 4, y0 + bh * 0.55), (x0 + bw - 6, y0 + bh), (x0, y0 + bh)]), d.lin([(0, "#34448a"), (100, "#141a3e")], 0, 0, 100, 0), stroke=INK, stroke_width=2.5)
    d.path("M%.1f %.1fL%.1f %.1f" % (x0 - 4, y0, x0 + bw + 4, y0 + 6), stroke="#2a1a10", stroke_width=7)
    d.path("".join("M%.1f %.1fL%.1f %.1f" % (x0, y0 + bh * t, x0 + bw, y0 + bh * t + 4) for t in (0.08, 0.92)), stroke="#c8c8e0", stroke_width=3)
    camellia(d, x0 + bw / 2, y0 + bh * 0.27, bw * 0.34, "#f4f4f8", "#10142a", 10)
    kanji_six(d, x0 + bw * 0.18, y0 + bh * 0.5, bw * 0.64, "#f0f0f6", width=16)
    d.path(smooth([(x0 + bw * 0.7, y0 + 20), (x0 + bw * 0.8, y0 + bh * 0.5), (x0 + bw * 0.7, y0 + bh * 0.95)], False), stroke="#000000", stroke_width=bw * 0.18, opacity=0.15)
    # morning haze at the far end, light from the upper left
    d.rect(0, 300, BW, 260, d.lin([(0, "#e8eef4", 0), (60, "#e8eef4", 0.25), (100, "#e8eef4", 0)]))
    d.path(poly([(0, 0), (900, 0), (0, 700)]), d.lin([(0, "#fff4e0", 0.18), (100, "#fff4e0", 0)], 0, 0, 50, 50))  # sunlight from the upper left
    vignette(d, 0.35)
    return d


# -------------------------------------------------- RELIEF STATION ----
def relief():
    """The Fourth Division's ward: a long hall in one-point perspective, polished
    boards, beds in rows under tall paper windows on the left (daylight falling in
    stripes across the floor), medicine cabinets on the right, paper lanterns, and
    the division's banner on the far wall: the gentian and 四."""
    d = Doc(BW, BH)
    rnd = random.Random(8)
    c = Cam(960, 450, 1250)
    FL, CE, XW, ZB = 1.55, -1.7, 3.4, 17.0
    wood_l, wood_d = "#a0784e", "#5a3e24"
    # ceiling boards and cross beams
    c.quad(d, [(-XW, CE, 1), (XW, CE, 1), (XW, CE, ZB), (-XW, CE, ZB)], d.lin([(0, "#6a5a44"), (100, "#b8a88a")]))
    d.path(c.segs([((x, CE, 1), (x, CE, ZB)) for x in [-XW + 0.4 * i for i in range(18)]]), stroke="#4a3c2c", stroke_width=2, opacity=0.5)
    # side walls: plaster above, windows (left) and cabinets (right) below
    c.quad(d, [(-XW, CE, 1), (-XW, CE, ZB), (-XW, FL, ZB), (-XW, FL, 1)], d.lin([(0, "#e8eee2"), (100, "#c4d0c0")], 0, 0, 100, 0))
    c.quad(d, [(XW, CE, 1), (XW, CE, ZB), (XW, FL, ZB), (XW, FL, 1)], d.lin([(0, "#a8b8a8"), (100, "#cad6c8")], 0, 0, 100, 0))
    d.path(c.speckle((-XW, CE, 1.5), (0, 0, ZB - 1.5), (0, FL - CE, 0), 200, rnd, 0.01) + c.speckle((XW, CE, 1.5), (0, 0, ZB - 1.5), (0, FL - CE, 0), 200, rnd, 0.01), "#3a4a3a", opacity=0.15)
    # floor: long boards running to the vanishing point, staggered joints, grain
    c.quad(d, [(-XW, FL, 1), (XW, FL, 1), (XW, FL, ZB), (-XW, FL, ZB)], d.lin([(0, "#8a6a44"), (100, "#c8a070")], 0, 0, 0, 100))
    bx = [-XW + 0.3 * i for i in range(int(2 * XW / 0.3) + 1)]
    d.path(c.segs([((x, FL, 1), (x, FL, ZB)) for x in bx]), stroke="#4a3420", stroke_width=1.5, opacity=0.55)
    joints = []
    for i, x in enumerate(bx[:-1]):
        z = 1.5 + (i * 1.37) % 2.4
        while z < ZB:
            joints.append(((x, FL, z), (x + 0.3, FL, z)))
            z += 2.4
    d.path(c.segs(joints), stroke="#4a3420", stroke_width=1.2, opacity=0.5)
    d.path(c.grain((-XW, FL, 1.2), (0, 0, 8), (2 * XW, 0, 0), 22, rnd, 0.05, 8), stroke="#6a4a2c", stroke_width=1, opacity=0.35)
    # the back wall, its banner: the gentian and 四 on white
    c.quad(d, [(-XW, CE, ZB), (XW, CE, ZB), (XW, FL, ZB), (-XW, FL, ZB)], d.lin([(0, "#eef4ea"), (100, "#c8d6c6")]))
    x0, y0 = c.p(-0.75, CE + 0.25, ZB)
    x1, y1 = c.p(0.75, FL - 0.6, ZB)
    d.rect(x0 - 6, y0 - 6, x1 - x0 + 12, 8, "#3a2a1a")
    d.path(poly([(x0, y0), (x1, y0), (x1, y1), ((x0 + x1) / 2, y1 - 10), (x0, y1)]), d.lin([(0, "#ffffff"), (100, "#d8e2da")], 0, 0, 100, 0), stroke="#3a4a3e", stroke_width=2)
    bw = x1 - x0
    gentian_crest(d, (x0 + x1) / 2, y0 + bw * 0.42, bw * 0.36)
    import brush
    brush.kanji(d, 4, x0 + bw * 0.22, y0 + bw * 0.85, bw * 0.56, "#1a2a20", width=15)
    # back-wall doorway either side of the banner
    for sx in (-1, 1):
        c.quad(d, [(sx * 1.5, FL - 2.0, ZB), (sx * 2.6, FL - 2.0, ZB), (sx * 2.6, FL, ZB), (sx * 1.5, FL, ZB)], "#dfe8da", stroke="#5a4a34", stroke_width=3)
        d.path(c.segs([((sx * (1.5 + 0.275 * k), FL - 2.0, ZB), (sx * (1.5 + 0.275 * k), FL, ZB)) for k in range(1, 4)] + [((sx * 1.5, FL - 2.0 + 0.4 * k, ZB), (sx * 2.6, FL - 2.0 + 0.4 * k, ZB)) for k in range(1, 5)]),
               stroke="#7a6a50", stroke_width=1.5)
    # posts and cross beams every two metres
    zs = [2.0 + 2.0 * k for k in range(8)]
    for z in zs:
        c.quad(d, [(-XW, CE, z), (XW, CE, z), (XW, CE + 0.22, z), (-XW, CE + 0.22, z)], d.lin([(0, wood_l), (100, wood_d)]))
    # left wall: tall paper windows between the posts, bright with daylight
    for z0, z1 in zip(zs, zs[1:]):
        c.quad(d, [(-XW + 0.01, CE + 0.5, z0 + 0.15), (-XW + 0.01, CE + 0.5, z1 - 0.15), (-XW + 0.01, FL - 0.8, z1 - 0.15), (-XW + 0.01, FL - 0.8, z0 + 0.15)], d.lin([(0, "#ffffff"), (100, "#e0f4e0")]))
        lat = [((-XW + 0.01, CE + 0.5, z0 + 0.15 + (z1 - z0 - 0.3) * q / 4), (-XW + 0.01, FL - 0.8, z0 + 0.15 + (z1 - z0 - 0.3) * q / 4)) for q in range(1, 4)]
        lat += [((-XW + 0.01, CE + 0.5 + (FL - 0.8 - CE - 0.5) * q / 5, z0 + 0.15), (-XW + 0.01, CE + 0.5 + (FL - 0.8 - CE - 0.5) * q / 5, z1 - 0.15)) for q in range(1, 5)]
        d.path(c.segs(lat), stroke="#8a7a60", stroke_width=2)
        # the light each window throws across the floor
        c.quad(d, [(-XW, FL, z0 + 0.15), (-XW, FL, z1 - 0.15), (-XW + 2.6, FL, z1 + 0.25), (-XW + 2.6, FL, z0 + 0.55)], d.lin([(0, "#fffff0", 0.45), (100, "#fffff0", 0)], 0, 0, 100, 0))
    # right wall: cabinets of small drawers near, sliding doors further on
    for z0, z1 in zip(zs[:3], zs[1:4]):
        c.quad(d, [(XW - 0.01, CE + 0.6, z0 + 0.12), (XW - 0.01, CE + 0.6, z1 - 0.12), (XW - 0.01, FL, z1 - 0.12), (XW - 0.01, FL, z0 + 0.12)], d.lin([(0, "#8a6440"), (100, "#5a3e24")], 0, 0, 100, 0))
        grid = [((XW - 0.02, CE + 0.6 + (FL - CE - 0.6) * q / 7, z0 + 0.12), (XW - 0.02, CE + 0.6 + (FL - CE - 0.6) * q / 7, z1 - 0.12)) for q in range(1, 7)]
        grid += [((XW - 0.02, CE + 0.6, z0 + 0.12 + (z1 - z0 - 0.24) * q / 5), (XW - 0.02, FL, z0 + 0.12 + (z1 - z0 - 0.24) * q / 5)) for q in range(1, 5)]
        d.path(c.segs(grid), stroke="#2a1a0e", stroke_width=2)
        knobs = []
        for q in range(7):
            for r in range(5):
                kx, ky = c.p(XW - 0.03, CE + 0.6 + (FL - CE - 0.6) * (q + 0.5) / 7, z0 + 0.12 + (z1 - z0 - 0.24) * (r + 0.5) / 5)
                knobs.append("M%.1f %.1fh3v3h-3Z" % (kx, ky))
        d.path("".join(knobs), "#d8c080")
    for z0, z1 in zip(zs[3:], zs[4:]):
        c.quad(d, [(XW - 0.01, CE + 0.6, z0 + 0.12), (XW - 0.01, CE + 0.6, z1 - 0.12), (XW - 0.01, FL, z1 - 0.12), (XW - 0.01, FL, z0 + 0.12)], "#e4ecdc", stroke="#6a5a40", stroke_width=2)
    for z in zs:
        for x in (-XW, XW):
            x0_, x1_ = (x, x + 0.14) if x < 0 else (x - 0.14, x)
            c.box(d, x0_, x1_, CE, FL, z - 0.07, z + 0.07, d.lin([(0, wood_l), (100, wood_d)], 0, 0, 100, 0), side=wood_d)
    # a folding screen between the first two beds on the left
    sz = zs[3]
    pts = []
    for k in range(5):
        pts.append((-XW + 0.2 + 0.45 * k, FL - 1.5, sz + (0.12 if k % 2 else -0.12)))
    for k in range(4):
        a_, b_ = pts[k], pts[k + 1]
        c.quad(d, [a_, b_, (b_[0], FL - 0.05, b_[2]), (a_[0], FL - 0.05, a_[2])], d.lin([(0, "#f4f6ee"), (100, "#b8c8b4")], 0, 0, 100, 0) if k % 2 == 0 else "#a8b8a4", stroke="#4a3a26", stroke_width=2)
    # beds: low wooden frames with white futons and green covers, heads to the left wall
    for z in reversed(zs[:-1]):
        zc = z + 1.0
        c.quad(d, [(-XW + 2.1, FL, zc - 0.5), (-XW + 2.5, FL, zc - 0.35), (-XW + 2.5, FL, zc + 0.6), (-XW + 2.1, FL, zc + 0.5)], "#3a2410", opacity=0.3)
        c.box(d, -XW + 0.1, -XW + 2.1, FL - 0.35, FL, zc - 0.5, zc + 0.5, d.lin([(0, "#8a6440"), (100, "#4a3020")]), top="#7a5a3a", side="#3a2414")
        c.box(d, -XW + 0.15, -XW + 2.05, FL - 0.5, FL - 0.35, zc - 0.45, zc + 0.45, d.lin([(0, "#ffffff"), (100, "#c8d4d0")]), top="#f4f8f4", side="#b8c4c0")
        c.box(d, -XW + 0.7, -XW + 2.05, FL - 0.56, FL - 0.5, zc - 0.46, zc + 0.46, d.lin([(0, "#7ab89a"), (100, "#3a6a54")]), top=d.lin([(0, "#9ad0b4"), (100, "#5a9a7a")], 0, 0, 100, 0), side="#2a5a44")
        px, py = c.p(-XW + 0.4, FL - 0.56, zc)
        d.ellipse(px, py, 150 / zc, 60 / zc, "#ffffff", stroke="#8a9a94", stroke_width=1)
    for z in reversed(zs[2:-1]):
        zc = z + 1.0
        c.box(d, XW - 2.1, XW - 0.1, FL - 0.35, FL, zc - 0.5, zc + 0.5, d.lin([(0, "#8a6440"), (100, "#4a3020")]), top="#7a5a3a", side="#3a2414")
        c.box(d, XW - 2.05, XW - 0.15, FL - 0.5, FL - 0.35, zc - 0.45, zc + 0.45, d.lin([(0, "#ffffff"), (100, "#c8d4d0")]), top="#f4f8f4", side="#b8c4c0")
        c.box(d, XW - 2.05, XW - 0.7, FL - 0.56, FL - 0.5, zc - 0.46, zc + 0.46, d.lin([(0, "#7ab89a"), (100, "#3a6a54")]), top=d.lin([(0, "#9ad0b4"), (100, "#5a9a7a")], 0, 0, 100, 0), side="#2a5a44")
    # a brazier with a steaming kettle in the aisle, and a tray of medicine bowls by a bed
    c.box(d, 0.55, 1.05, FL - 0.35, FL, 5.2, 5.7, d.lin([(0, "#5a5048"), (100, "#2a2420")]), top="#3a302a", side="#201a16", stroke=INK, sw=1.5)
    kx, ky = c.p(0.8, FL - 0.35, 5.45)
    kr = c.f * 0.16 / 5.45
    d.path(smooth([(kx - kr, ky), (kx - kr * 0.9, ky - kr * 0.8), (kx, ky - kr * 1.1), (kx + kr * 0.9, ky - kr * 0.8), (kx + kr, ky)]), d.lin([(0, "#4a4440"), (100, "#141210")], 0, 0, 100, 0), stroke=INK, stroke_width=1.5)
    d.path("M%.0f %.0fq%.0f %.0f %.0f 0" % (kx - kr * 0.7, ky - kr * 0.9, kr * 0.7, -kr * 0.9, kr * 1.4), stroke="#1a1614", stroke_width=3)
    d.path(smooth([(kx + 4, ky - kr * 1.2), (kx - 6, ky - kr * 2), (kx + 8, ky - kr * 2.8), (kx - 2, ky - kr * 3.6)], False), stroke="#ffffff", stroke_width=5, opacity=0.35, stroke_linecap="round")
    c.box(d, -1.25, -0.75, FL - 0.05, FL, 4.4, 4.75, "#6a4a2a", top="#8a6440", stroke=INK, sw=1)
    for bxx in (-1.13, -0.98, -0.85):
        bx_, by_ = c.p(bxx, FL - 0.05, 4.55)
        r_ = c.f * 0.05 / 4.55
        d.path(smooth([(bx_ - r_, by_ - r_ * 0.5, 0), (bx_ + r_, by_ - r_ * 0.5, 0), (bx_ + r_ * 0.6, by_, 0), (bx_ - r_ * 0.6, by_, 0)]), "#e8e4d8", stroke=INK, stroke_width=1)
        d.ellipse(bx_, by_ - r_ * 0.5, r_, r_ * 0.25, "#6a8a4a")
    # paper lanterns hanging from the beams, and the ward's green healing light
    for z in zs[1::2]:
        for x in (-1.2, 1.2):
            lx, ly = c.p(x, CE + 0.9, z)
            tx, ty = c.p(x, CE + 0.22, z)
            r = 1250 * 0.18 / z
            d.path("M%.1f %.1fL%.1f %.1f" % (tx, ty, lx, ly - r), stroke="#2a1a10", stroke_width=1.5)
            lamp_glow(d, lx, ly, r * 4, "#fff4c8", 0.35)
            d.ellipse(lx, ly, r * 0.8, r, d.lin([(0, "#fffbe8"), (100, "#e8c890")], 0, 0, 100, 0), stroke="#6a4a2a", stroke_width=1.2)
            d.path("M%.1f %.1fh%.1fM%.1f %.1fh%.1f" % (lx - r * 0.7, ly - r * 0.5, r * 1.4, lx - r * 0.7, ly + r * 0.5, r * 1.4), stroke="#b89060", stroke_width=1)
    lamp_glow(d, 960, 500, 700, "#c8ffd8", 0.25)
    motes = []
    for _ in range(40):
        x, y, r = rnd.uniform(200, 1700), rnd.uniform(250, 780), rnd.uniform(1.5, 4)
        motes.append("M%.0f %.0fl%.1f %.1fl%.1f %.1fl%.1f %.1fZ" % (x, y - r, r, r, -r, r, -r, -r))
    d.path("".join(motes), "#eaffee", opacity=0.8)
    vignette(d, 0.3, "#0a2a1a")
    return d


def gentian_crest(d, x, y, r, fill="#3a6ac0", stroke="#10203a"):
    """The Fourth's crest: a gentian, five pointed petals round, five leaves between."""
    dd = []
    for i in range(5):
        a = math.radians(-90 + i * 72)
        c_, s_ = math.cos(a), math.sin(a)
        pts = [(0, 0), (0.22, 0.25), (0.18, 0.7), (0, 1.0), (-0.18, 0.7), (-0.22, 0.25)]
        P = [(x + r * (px * -s_ + py * c_), y + r * (px * c_ + py * s_)) for px, py in pts]
        dd.append(smooth([P[0] + (0,), P[1], P[2], P[3] + (0,), P[4], P[5]]))
    lv = []
    for i in range(5):
        a = math.radians(-54 + i * 72)
        c_, s_ = math.cos(a), math.sin(a)
        pts = [(0.2, 0), (0.12, 0.45), (0, 0.78), (-0.12, 0.45), (-0.2, 0)]
        P = [(x + r * (px * -s_ + py * c_), y + r * (px * c_ + py * s_)) for px, py in pts]
        lv.append(smooth([P[0], P[1], P[2] + (0,), P[3], P[4]]))
    d.path("".join(lv), "#3a7a4a", stroke=stroke, stroke_width=max(1, r * 0.03))
    d.path("".join(dd), d.lin([(0, "#8ab4ff"), (100, fill)], 0, 0, 100, 100), stroke=stroke, stroke_width=max(1, r * 0.03))
    d.circle(x, y, r * 0.12, "#f0e0a0", stroke=stroke, stroke_width=max(1, r * 0.02))


# ------------------------------------------------ FIRST DIVISION ----
def office():
    """The First Division's hall: vast, dim and austere.  Two rows of great pillars
    run to the one vanishing point over a polished floor that mirrors them; shafts
    of light fall from high windows on the left; at the far end a dais of three
    steps under a huge scroll with 一 in black ink, flanked by dark red banners."""
    d = Doc(BW, BH)
    rnd = random.Random(10)
    c = Cam(960, 420, 1250)
    FL, CE, XW, ZB = 1.6, -5.5, 8.0, 34.0
    # ceiling coffers, walls, floor
    c.quad(d, [(-XW, CE, 2), (XW, CE, 2), (XW, CE, ZB), (-XW, CE, ZB)], d.lin([(0, "#050406"), (100, "#1e1618")]))
    c.quad(d, [(-XW, CE, 2), (-XW, CE, ZB), (-XW, FL, ZB), (-XW, FL, 2)], d.lin([(0, "#0e0a0c"), (100, "#2a2024")], 0, 0, 100, 0))
    c.quad(d, [(XW, CE, 2), (XW, CE, ZB), (XW, FL, ZB), (XW, FL, 2)], d.lin([(0, "#221a1c"), (100, "#0a0808")], 0, 0, 100, 0))
    c.quad(d, [(-XW, FL, 2), (XW, FL, 2), (XW, FL, ZB), (-XW, FL, ZB)], d.lin([(0, "#0c0808"), (100, "#2e2220")], 0, 100, 0, 0))
    beams = [((x, CE, 2), (x, CE, ZB)) for x in (-6, -4, -2, 0, 2, 4, 6)] + [((-XW, CE, z), (XW, CE, z)) for z in range(4, 34, 3)]
    d.path(c.segs(beams), stroke="#2e2426", stroke_width=5)
    # floorboards and their sheen
    d.path(c.segs([((x * 0.5, FL, 2), (x * 0.5, FL, ZB)) for x in range(-16, 17)]), stroke="#000000", stroke_width=1.5, opacity=0.55)
    d.path(c.grain((-XW, FL, 3), (0, 0, 20), (2 * XW, 0, 0), 20, rnd, 0.05, 8), stroke="#4a3830", stroke_width=1, opacity=0.3)
    # the back wall and the dais
    c.quad(d, [(-XW, CE, ZB), (XW, CE, ZB), (XW, FL, ZB), (-XW, FL, ZB)], d.lin([(0, "#1a1416"), (100, "#2e2420")]))
    for k, (w, z0) in enumerate(((4.2, ZB - 4.0), (3.6, ZB - 3.2), (3.0, ZB - 2.4))):
        y0 = FL - 0.22 * (k + 1)
        c.box(d, -w, w, y0, y0 + 0.22, z0, ZB, d.lin([(0, "#3a2a22"), (100, "#1a1210")]), top=d.lin([(0, "#4a3628"), (100, "#2a1e18")], 0, 100, 0, 0), stroke="#0a0606", sw=1.5)
    # the great scroll with 一, lit from above
    x0, y0 = c.p(-1.5, CE + 0.8, ZB)
    x1, y1 = c.p(1.5, FL - 1.2, ZB)
    lamp_glow(d, (x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) * 1.4, "#ffd8a0", 0.3)
    d.rect(x0 - 8, y0 - 10, x1 - x0 + 16, 12, "#2a1a10")
    d.rect(x0, y0, x1 - x0, y1 - y0, d.lin([(0, "#f0e6d0"), (100, "#b8a888")], 0, 0, 100, 100), stroke="#3a2a1a", stroke_width=3)
    d.rect(x0 - 8, y1 - 4, x1 - x0 + 16, 12, "#2a1a10")
    import brush
    brush.stroke(d, [(x0 + (x1 - x0) * 0.1, y0 + (y1 - y0) * 0.42), (x0 + (x1 - x0) * 0.5, y0 + (y1 - y0) * 0.39), (x0 + (x1 - x0) * 0.9, y0 + (y1 - y0) * 0.41)], (x1 - x0) * 0.15, "#100a0a", "tome", "#d8ccb0", rnd)
    d.rect(x1 - (x1 - x0) * 0.2, y1 - (y1 - y0) * 0.2, (x1 - x0) * 0.09, (x1 - x0) * 0.09, "#a01018")
    # banners either side of the scroll: dark red, to the floor
    for sx in (-1, 1):
        bx0, by0 = c.p(sx * 2.6 - 0.45, CE + 0.6, ZB - 0.05)
        bx1, by1 = c.p(sx * 2.6 + 0.45, FL - 0.9, ZB - 0.05)
        d.path(poly([(bx0, by0), (bx1, by0), (bx1, by1), ((bx0 + bx1) / 2, by1 - 12), (bx0, by1)]), d.lin([(0, "#6a1018"), (100, "#2a0408")], 0, 0, 100, 0), stroke="#0a0204", stroke_width=2)
        d.circle((bx0 + bx1) / 2, by0 + (bx1 - bx0) * 0.8, (bx1 - bx0) * 0.28, "none", stroke="#c8a060", stroke_width=2)
    # high windows on the left wall; their shafts of light cross the hall
    shafts, pools = [], []
    for z in range(6, 32, 4):
        c.quad(d, [(-XW + 0.01, CE + 0.4, z), (-XW + 0.01, CE + 0.4, z + 1.4), (-XW + 0.01, CE + 1.6, z + 1.4), (-XW + 0.01, CE + 1.6, z)], "#d8c8a8", opacity=0.75)
        d.path(c.segs([((-XW + 0.01, CE + 0.4, z + 0.47), (-XW + 0.01, CE + 1.6, z + 0.47)), ((-XW + 0.01, CE + 0.4, z + 0.93), (-XW + 0.01, CE + 1.6, z + 0.93))]), stroke="#2a2024", stroke_width=3)
        # from the window down and to the right, onto the floor
        fx = -XW + (FL - CE - 1.0) * 0.9
        shafts.append(poly(c.P([(-XW, CE + 0.4, z), (-XW, CE + 0.4, z + 1.4), (fx + 1.2, FL, z + 1.4), (fx, FL, z)])))
        pools.append(poly(c.P([(fx - 0.4, FL, z - 0.1), (fx + 1.6, FL, z - 0.1), (fx + 1.8, FL, z + 1.5), (fx - 0.2, FL, z + 1.5)])))
    d.path("".join(shafts), d.lin([(0, "#ffe8c0", 0.24), (100, "#ffe8c0", 0.05)], 0, 0, 0, 100))
    d.path("".join(pools), "#ffdcaa", opacity=0.16)
    # two rows of pillars, far to near, with their reflections in the floor
    for z in range(29, 4, -4):
        for sx in (-1, 1):
            x = sx * 4.8
            r = 0.45
            lit = d.lin([(0, "#5a443a"), (30, "#3a2a24"), (100, "#0e0a0a")], 0, 0, 100, 0)
            c.box(d, x - r, x + r, CE, FL, z - r, z + r, lit, side="#120c0c" if sx < 0 else "#2a1e1a")
            ax, ay = c.p(x - r, FL, z - r)
            bx_, by_ = c.p(x + r, FL, z - r)
            h = (by_ - c.p(x, CE, z - r)[1]) * 0.45
            d.rect(ax, ay, bx_ - ax, h, d.lin([(0, "#4a3830", 0.45), (100, "#4a3830", 0)]))
            c.box(d, x - r - 0.12, x + r + 0.12, FL - 0.3, FL, z - r - 0.12, z + r + 0.12, "#1a1210", top="#2a1e18", side="#0e0808")
            if z < 14:  # the grain of the nearer pillars
                d.path(c.grain((x - r, CE, z - r), (0, FL - CE - 0.3, 0), (2 * r, 0, 0), 6, rnd, 0.05, 10), stroke="#000000", stroke_width=1.5, opacity=0.35)
                d.path(c.segs([((x - r, CE, z - r), (x - r, FL - 0.3, z - r))]), stroke="#8a6a58", stroke_width=2, opacity=0.4)
    # dust in the light, and the dark
    motes = []
    for _ in range(50):
        x, y, r_ = rnd.uniform(100, 1500), rnd.uniform(150, 800), rnd.uniform(1, 2.5)
        motes.append("M%.0f %.0fh%.1fv%.1fh-%.1fZ" % (x, y, r_, r_, r_))
    d.path("".join(motes), "#ffe8c0", opacity=0.5)
    vignette(d, 0.75)
    return d


# ---------------------------------------------------- HUECO MUNDO ----
def tree_segments(x, y, h, rnd, tip=0.0):
    """A bare tree's trunk and three levels of forked branches as quads (and, with
    `tip`, a spike of that length on each last twig), for one path."""
    segs = []

    def branch(x0, y0, ang, length, width, depth):
        x1 = x0 + length * math.cos(ang)
        y1 = y0 + length * math.sin(ang)
        nx, ny = -math.sin(ang) * width / 2, math.cos(ang) * width / 2
        w2 = width * 0.55
        mx, my = -math.sin(ang) * w2 / 2, math.cos(ang) * w2 / 2
        segs.append([(x0 + nx, y0 + ny), (x1 + mx, y1 + my), (x1 - mx, y1 - my), (x0 - nx, y0 - ny)])
        if depth > 0:
            for da in (-0.5 - rnd.random() * 0.3, 0.45 + rnd.random() * 0.3):
                branch(x1, y1, ang + da, length * (0.62 + rnd.random() * 0.15), w2, depth - 1)
        elif tip:
            segs.append([(x1 + mx, y1 + my), (x1 + tip * math.cos(ang), y1 + tip * math.sin(ang)), (x1 - mx, y1 - my)])
    branch(x, y, -math.pi / 2 + rnd.uniform(-0.1, 0.1), h * 0.4, h * 0.13, 3)
    return segs


def quartz_tree(d, x, y, h, rnd, scale=1.0, col=("#ffffff", "#b8bcc8"), sw=2.5):
    g = d.lin([(0, col[0]), (100, col[1])], 0, 0, 100, 0)
    segs = tree_segments(x, y, h, rnd, tip=18 * scale)
    d.path("".join(poly(s) for s in segs), g, stroke=INK, stroke_width=sw, stroke_linejoin="round")


def dunes(d, y0, amp, col, rnd, n=6, op=1.0, stroke=None):
    pts = [(-100, 1100, 0)]
    for i in range(n + 1):
        x = -100 + i * 2120 / n
        pts.append((x, y0 + rnd.uniform(-amp, amp)))
    pts.append((2020, 1100, 0))
    d.path(smooth(pts), col, opacity=op, stroke=stroke, stroke_width=2 if stroke else None)


def textured_crescent(d, mx, my, R, thick, lit, shade, rot=-25, maria="#9aa0b8", rim="#ffffff", rnd=None, earth=None):
    """The crescent with texture: the unlit disc faintly seen, the lit crescent
    shaded across, darker maria and small craters inside it, a bright rim."""
    rnd = rnd or random.Random(3)
    if earth:
        d.circle(mx, my, R, earth, opacity=0.35)
    crescent(d, mx, my, R, thick, d.lin([(0, lit), (70, shade), (100, shade)], 0, 0, 100, 0), rot=rot)
    # maria and craters: only where the crescent is lit (inside the disc, outside the
    # inner disc that is shifted by `thick` along the crescent's axis)
    ca, sa = math.cos(math.radians(rot)), math.sin(math.radians(rot))
    spots = []
    for _ in range(60):
        ang = rnd.uniform(0, 2 * math.pi)
        rr = R * math.sqrt(rnd.uniform(0.2, 0.92))
        lx, ly = rr * math.cos(ang), rr * math.sin(ang)
        sz = rnd.uniform(0.03, 0.09) * R
        if (lx - thick) ** 2 + ly ** 2 < (R + sz * 1.4) ** 2 or lx * lx + ly * ly > (R - sz * 1.4) ** 2:
            continue
        x, y = mx + lx * ca - ly * sa, my + lx * sa + ly * ca
        spots.append("M%.1f %.1fa%.1f %.1f 0 1 0 %.1f 0a%.1f %.1f 0 1 0 %.1f 0Z" % (x - sz, y, sz, sz * 0.8, 2 * sz, sz, sz * 0.8, -2 * sz))
    d.path("".join(spots), maria, opacity=0.55)
    d.open_g("translate(%d,%d) rotate(%d)" % (mx, my, rot))
    h = math.sqrt(R * R - (thick / 2) ** 2)
    d.path("M%.1f %.1fA%.1f %.1f 0 1 0 %.1f %.1f" % (thick / 2, -h, R, R, thick / 2, h), stroke=rim, stroke_width=2.5, opacity=0.8)
    d.close_g()


def las_noches(d, x, y, w, col, op=0.8):
    """Las Noches on the horizon: a vast low dome and its towers, pale with distance."""
    h = w * 0.22
    dd = smooth([(x - w / 2, y, 0), (x - w * 0.42, y - h * 0.6), (x - w * 0.2, y - h * 0.95), (x, y - h), (x + w * 0.2, y - h * 0.95), (x + w * 0.42, y - h * 0.6), (x + w / 2, y, 0)])
    for tx, th, tw in ((-0.36, 1.9, 0.025), (-0.12, 2.6, 0.03), (0.1, 3.1, 0.035), (0.3, 2.2, 0.028), (0.44, 1.5, 0.02)):
        xx = x + tx * w
        dd += poly([(xx - tw * w, y - h * 0.5), (xx - tw * w * 0.8, y - h * th), (xx, y - h * th - tw * w * 1.2), (xx + tw * w * 0.8, y - h * th), (xx + tw * w, y - h * 0.5)])
    d.path(dd, col, opacity=op)
    d.path("M%.0f %.0fL%.0f %.0f" % (x - w * 0.42, y - h * 0.55, x + w * 0.42, y - h * 0.55), stroke="#000000", stroke_width=2, opacity=0.12)


def quartz_tree2(d, x, y, h, rnd, col, shade, sw=0.0, ink=INK):
    """A Hueco Mundo quartz tree: a white crystalline trunk forking into angular,
    tapering branches; one path, lit on the left."""
    segs = []

    def branch(x0, y0, ang, length, width, depth):
        x1, y1 = x0 + length * math.cos(ang), y0 + length * math.sin(ang)
        nx, ny = -math.sin(ang), math.cos(ang)
        w0, w1 = width / 2, width * 0.32
        segs.append(poly([(x0 + nx * w0, y0 + ny * w0), (x1 + nx * w1, y1 + ny * w1), (x1 - nx * w1, y1 - ny * w1), (x0 - nx * w0, y0 - ny * w0)]))
        if depth > 0:
            k = 2 if rnd.random() < 0.7 else 3
            for j in range(k):
                da = (-0.55 + 1.1 * j / (k - 1)) + rnd.uniform(-0.15, 0.15)
                branch(x1, y1, ang + da, length * rnd.uniform(0.55, 0.75), width * 0.62, depth - 1)
        else:
            tl = length * 0.5
            segs.append(poly([(x1 + nx * w1, y1 + ny * w1), (x1 + tl * math.cos(ang), y1 + tl * math.sin(ang)), (x1 - nx * w1, y1 - ny * w1)]))
    branch(x, y, -math.pi / 2 + rnd.uniform(-0.08, 0.08), h * 0.38, h * 0.09, 3)
    d.path("".join(segs), d.lin([(0, col), (60, shade), (100, shade)], 0, 0, 100, 0), stroke=ink if sw else None, stroke_width=sw or None, stroke_linejoin="round")


def kaori_fallen(d, x, y, s, pal):
    """Kaori lying on her back on the sand, head to the left, long blue-black hair
    fanned into the blood, white captain's haori spread under her, black kosode and
    hakama, the gentle curve of the child under a high obi, one arm flung out
    towards her broken sword; still.  (x, y) = her waist on the ground, s = pixels
    per metre."""
    k = s / 100.0  # local units: centimetres
    d.open_g("translate(%.1f,%.1f) scale(%.3f)" % (x, y, k))
    # the haori spread on the sand beneath her, its hem soaked
    d.path(smooth([(-96, -4), (-64, -20), (-10, -24), (40, -22), (78, -12), (100, 8), (50, 16), (-20, 18), (-84, 14)]), pal["haori_sh"], stroke=pal["ink"], stroke_width=1.5)
    d.path(smooth([(10, 14), (60, 10), (96, 8), (70, 18), (24, 20)]), pal["blood"], opacity=0.85)
    # her hair fanned out past her head into the pool, in strands
    d.path(smooth([(-82, -2), (-92, -22), (-114, -30), (-140, -28), (-160, -16), (-164, -2), (-148, 8), (-120, 12), (-92, 8)]), d.lin(pal["hair"], 0, 0, 100, 100), stroke=pal["ink"], stroke_width=1.2)
    d.path("M-96 -20Q-122 -26 -150 -20M-98 -10Q-128 -12 -158 -6M-96 0Q-124 4 -146 6", stroke="#6a7aaa" if pal["skin"] == "#f2cdb5" else "#6a3a5a", stroke_width=1.2, opacity=0.7)
    # hakama legs towards the right, one knee a little raised, a bare foot
    d.path(smooth([(6, -16), (40, -20), (62, -30), (84, -24), (110, -16), (130, -12), (132, -2), (104, 0), (70, 2), (30, 4), (4, 2)]), d.lin(pal["black"], 0, 0, 0, 100), stroke=pal["ink"], stroke_width=1.5)
    d.path("M40 -14Q70 -20 100 -10", stroke="#000000", stroke_width=1.2, opacity=0.5)
    d.path(smooth([(128, -14), (142, -12), (144, -4), (130, -2)]), pal["skin"], stroke=pal["ink"], stroke_width=1)
    # torso in the black kosode, the curve of the child rising under the high white obi
    d.path(smooth([(-72, -6), (-62, -18), (-36, -22), (-14, -24), (2, -32), (14, -26), (16, -6), (0, 2), (-40, 2), (-68, 0)]), d.lin(pal["black"], 0, 0, 0, 100), stroke=pal["ink"], stroke_width=1.5)
    d.path(smooth([(-18, -24, 0), (-8, -28), (-6, -6), (-18, -4, 0)]), pal["haori"], stroke=pal["ink"], stroke_width=1)  # obi
    # the white haori over her shoulder and near arm's sleeve
    d.path(smooth([(-72, -7), (-60, -21), (-34, -24), (-38, -10), (-58, -2)]), pal["haori"], stroke=pal["ink"], stroke_width=1.2)
    # blood soaking her side and the kosode
    d.path(smooth([(-44, -14), (-26, -20), (-10, -16), (-14, -4), (-34, -2)]), pal["blood"], opacity=0.9)
    # head on its side, turned to us, eyes closed
    d.path(smooth([(-92, -14), (-84, -27), (-70, -27), (-64, -16), (-68, -6), (-82, -4)]), pal["skin"], stroke=pal["ink"], stroke_width=1.2)
    d.path(smooth([(-94, -12), (-88, -31), (-70, -33), (-60, -22), (-70, -25), (-82, -21), (-90, -8)]), d.lin(pal["hair"], 0, 0, 100, 100))
    d.path("M-81 -15q3 2 6 0", stroke=pal["ink"], stroke_width=1.2)
    d.path("M-74 -9l2 1", stroke="#a01020", stroke_width=1.2)  # blood at the mouth
    # her near arm flung out on the sand, palm up, the sleeve fallen back
    d.path(smooth([(-52, -6), (-40, 2), (-24, 10), (-8, 16), (-10, 22), (-28, 18), (-46, 10), (-60, 2)]), pal["haori"], stroke=pal["ink"], stroke_width=1.2)
    d.path(smooth([(-8, 16), (2, 17), (10, 21), (0, 25), (-10, 22)]), pal["skin"], stroke=pal["ink"], stroke_width=1)
    d.close_g()


def tsukino_covered(d, x, y, s, pal):
    """Tsukino's body, covered: a torn dark cloth over a still form, one pale hand
    out from under it, blood seeping into the sand, her lieutenant's armband
    (white, the camellia) dropped beside her.  (x, y) = centre on the ground."""
    k = s / 100.0
    d.open_g("translate(%.1f,%.1f) scale(%.3f)" % (x, y, k))
    d.ellipse(0, 6, 110, 16, pal["blood"], opacity=0.85)
    d.path(smooth([(-86, 4), (-70, -16), (-40, -22), (-10, -18), (20, -24), (60, -20), (86, -8), (96, 4), (70, 8), (40, 6), (20, 10), (-10, 8), (-50, 10)]), d.lin(pal["cloth"], 0, 0, 0, 100), stroke=pal["ink"], stroke_width=1.5)
    d.path("M-40 -20l10 14l6 -8l8 12M40 -22l-6 12l10 -2", stroke=pal["ink"], stroke_width=1.2, opacity=0.7)  # torn edges
    d.path(smooth([(-86, 2), (-100, 0), (-112, 6), (-100, 10), (-84, 8)]), pal["skin"], stroke=pal["ink"], stroke_width=1)
    d.path(smooth([(-60, -10), (-30, -16), (10, -14), (40, -18)], False), stroke="#ffffff", stroke_width=2, opacity=0.12)
    d.open_g("translate(-40,22) rotate(-18)")
    d.path(smooth([(-16, -5, 0), (16, -7, 0), (17, 5, 0), (-15, 6, 0)]), pal["haori"], stroke=pal["ink"], stroke_width=1)
    d.circle(0, 0, 4, pal["crest"])
    d.close_g()
    d.close_g()


def hueco(kind, bodies=False, with_trees=True, with_noches=True):
    """Hueco Mundo: white sand under a black sky (kind 'plain'), the same battlefield
    seen closer ('blood': the pool, the broken sword; with bodies=True Kaori lying
    in her blood centre-left and, a few yards of bare sand beyond her, Tsukino's
    covered body just left of the right sprite's place, both in the mid-ground above
    the text box), or that battlefield blood-lit under a red sky
    ('red': red light from above, deep crimson shadows, the sand turned rust).
    One vanishing point on the horizon."""
    d = Doc(BW, BH)
    rnd = random.Random(7)
    red = kind == "red"
    close = kind in ("blood", "red")
    hz = 520 if not close else 470
    c = Cam(960, hz, 1250)
    G = 1.6
    if red:
        P = dict(sky=[(0, "#080001"), (35, "#2a0206"), (70, "#7a0a10"), (100, "#c8281a")], moon=("#ffe0c8", "#d87058"), maria="#a03a30", earth="#3a0408", glow="#ff4028",
                 far="#5a1410", mid=("#8e3020", "#420c08"), near=("#b4462c", "#4a0e08"), ripple_hi="#d8643e", ripple_lo="#2a0204", shadow="#1a0002",
                 tree=("#f0a080", "#7a2a1c"), haze="#c83018", noches="#5a1410", blood="#3a0004", blood_hi="#9a0c16", star="#ffb0a0")
    else:
        P = dict(sky=[(0, "#000000"), (60, "#05050a"), (100, "#1c1e2a")], moon=("#ffffff", "#c4cae0"), maria="#8a92ac", earth="#1a1e30", glow="#dfe6ff",
                 far="#8a8ea2", mid=("#dcdee8", "#8e92a6"), near=("#ffffff", "#b4b8c8"), ripple_hi="#ffffff", ripple_lo="#7a7e94", shadow="#2a2c40",
                 tree=("#ffffff", "#9a9eb2"), haze="#c8ccdc", noches="#9a9eb4", blood="#7a0612", blood_hi="#d0283a", star="#e8ecff")
    sky(d, P["sky"])
    # stars, faint; fewer where the sky is red
    st = []
    for _ in range(160 if not red else 60):
        x, y, r = rnd.uniform(0, BW), rnd.uniform(0, hz - 60) ** 1.0, rnd.choice((0.8, 1, 1.2, 1.6, 2.2))
        if rnd.random() < 0.6 and y > hz * 0.6:
            continue
        st.append("M%.0f %.0fh%.1fv%.1fh-%.1fZ" % (x, y, r, r, r))
    d.path("".join(st), P["star"], opacity=0.55)
    # the crescent (between the centre and the right sprites' heads)
    mx, my = (1290, 170) if not close else (1300, 140)
    glow(d, mx, my, 300, P["glow"], 0.3)
    textured_crescent(d, mx, my, 96, 38, P["moon"][0], P["moon"][1], -30, P["maria"], "#ffffff" if not red else "#fff0e0", rnd, P["earth"])
    # haze on the horizon
    d.rect(0, hz - 140, BW, 180, d.lin([(0, P["haze"], 0), (100, P["haze"], 0.22 if not red else 0.35)]))
    # Las Noches, far away on the horizon, between the sprites' places (its towers
    # behind a side sprite's head read as spikes of a crown)
    if with_noches:
        las_noches(d, 1210 if not close else 960, hz + 2, 200 if not close else 220, P["noches"], 0.7)
    # far dunes, then the ground plane rolling towards us
    dunes_pts = lambda y0, amp, seed: [(-60, y0 + 60, 0)] + [(x, y0 - amp * (0.5 + 0.5 * math.sin(x * 0.004 + seed) * math.sin(x * 0.0017 + seed * 2))) for x in range(-60, 1990, 80)] + [(1990, y0 + 60, 0)]
    d.path(smooth(dunes_pts(hz + 4, 26, 1.0)), d.lin([(0, P["far"]), (100, P["mid"][1])]), opacity=0.95)
    d.path(smooth(dunes_pts(hz + 22, 22, 2.3) + [(1990, BH + 10, 0), (-60, BH + 10, 0)]), d.lin([(0, P["mid"][0]), (100, P["mid"][1])]))
    # the near ground: a broad, gently rolling plane, lit from the moon's side
    ground = [(-60, hz + 40)] + [(x, hz + 42 + 10 * math.sin(x * 0.003 + 0.5)) for x in range(40, 1990, 120)] + [(1990, hz + 44), (1990, BH + 10, 0), (-60, BH + 10, 0)]
    d.path(smooth(ground), d.lin([(0, P["near"][0]), (45, P["near"][0]), (100, P["near"][1])], 0, 0, 0, 100))
    # dunes in the middle distance: long low humps, the crest and the moon's side (right)
    # lit, the left flank in shadow
    for X0, Z, W_, Hh in ((-22, 42, 26, 2.2), (14, 34, 22, 1.6), (-2, 60, 30, 3.0), (30, 55, 24, 2.6)):
        n = 16
        top = [(X0 + W_ * (q / float(n) - 0.5), G - Hh * (math.sin(math.pi * q / n) ** 2) * (1 + 0.1 * math.sin(q * 1.3)), Z) for q in range(n + 1)]
        pts = c.P(top)
        ci = max(range(n + 1), key=lambda q: -top[q][1])
        cx_ = 100.0 * ci / n
        shade = mix(P["near"][0], P["mid"][1], 0.35)
        d.path(smooth(pts, False) + "Z", d.lin([(0, P["near"][0]), (max(0, cx_ - 25), shade), (cx_, mix(shade, P["near"][0], 0.5)), (min(100, cx_ + 8), P["near"][0]), (100, P["near"][0])], 0, 0, 100, 0))
        d.path(smooth(pts[max(0, ci - 2):ci + 5], False), stroke=P["ripple_hi"], stroke_width=2, opacity=0.6)
    # sand ripples in perspective: sinuous wind ripples, each a thin band of shadow under
    # a lit crest, tapering at both ends; closer together and fainter with distance
    bands, crests, far_r = [], [], []
    z = 2.2
    while z < 70:
        X = -24 + rnd.uniform(0, 2)
        while X < 24:
            L = rnd.uniform(1.2, 3.6) * (0.6 + z / 25)
            ph, fr = rnd.uniform(0, 6.3), rnd.uniform(1.2, 2.4)
            seg = [(X + L * q / 8, G, z + 0.12 * (0.6 + z / 30) * math.sin(fr * q / 8 * math.pi + ph) + 0.1 * math.sin(X * 0.7)) for q in range(9)]
            P2 = c.P(seg)
            if -40 < P2[0][0] < 1960 or -40 < P2[-1][0] < 1960:
                if z < 16:
                    th = max(1.5, 90.0 / z)
                    low = [(px, py + th * math.sin(math.pi * q / 8) ** 0.7) for q, (px, py) in enumerate(P2)]
                    bands.append(smooth(P2 + low[::-1][1:-1]))
                    crests.append(smooth(P2, False))
                else:
                    far_r.append(smooth(P2, False))
            X += L + rnd.uniform(0.4, 2.0) * (0.6 + z / 25)
        z *= 1.1 + rnd.uniform(-0.02, 0.03)
    d.path("".join(bands), P["ripple_lo"], opacity=0.32)
    d.path("".join(crests), stroke=P["ripple_hi"], stroke_width=1.6, opacity=0.7, stroke_linecap="round")
    d.path("".join(far_r), stroke=P["ripple_lo"], stroke_width=1.3, opacity=0.3, stroke_linecap="round")
    # bone-white rocks half buried in the sand
    for X, Z, r in ((-9.5, 6.0, 0.35), (-8.8, 6.4, 0.2), (11, 9.0, 0.4), (6.5, 16, 0.5)):
        x, y = c.p(X, G, Z)
        w = c.f * r / Z
        d.path(smooth([(x - w, y + w * 0.1, 0), (x - w * 0.7, y - w * 0.5), (x - w * 0.1, y - w * 0.8), (x + w * 0.6, y - w * 0.45), (x + w, y + w * 0.1, 0)]), d.lin([(0, P["tree"][0]), (100, P["tree"][1])], 0, 0, 100, 0), stroke="#3a3a4a" if not red else "#2a0404", stroke_width=1)
        d.ellipse(x - w * 0.9, y + w * 0.05, w * 0.9, w * 0.15, P["shadow"], opacity=0.35)
    # quartz trees in depth, each with its long shadow on the sand
    # They stand only between the sprites' places: nothing of a tree (nor its shadow)
    # is in x 0-600 or 1320-1920 above y 560, where the left and right sprites' heads
    # are (standing or kneeling); there a bare white tree read as a crown or a halo.
    # On the battlefield they are far and low (tops below y ~370), so the centre
    # sprite's head is clear too.
    if not close:
        trees = [(-1.4, 15, 5), (2.6, 24, 4.5), (-8, 45, 5.5), (11, 55, 5)]
    else:
        trees = [(-6.5, 40, 5), (5.5, 36, 4.5), (-11.5, 62, 5.5), (11, 52, 5)]
    if not with_trees:
        trees = []
    trnd = random.Random(71)  # their own stream: with or without them, the rest is the same
    for X, Z, hgt in sorted(trees, key=lambda t: -t[1]):
        bx, by = c.p(X, G, Z)
        hpx = c.f * hgt / Z
        sx_, sy_ = c.p(X - hgt * 0.8, G, Z + hgt * 0.4)
        d.path(poly([(bx - hpx * 0.03, by), (sx_, sy_), (sx_ + hpx * 0.02, sy_ + 2), (bx + hpx * 0.03, by + 2)]), P["shadow"], opacity=0.3)
        t = min(1.0, Z / 50.0)
        quartz_tree2(d, bx, by, hpx, trnd, mix(P["tree"][0], P["haze"], t * 0.5), mix(P["tree"][1], P["haze"], t * 0.5))
    if close:
        # the battlefield: Kaori in her blood pool centre-left (waist at X -1.05, 8 m
        # away), Tsukino a few yards beyond her on the right (X 2.25, 11 m), just left
        # of the right sprite's place, so the Espada there stands over her; clear sand
        # between them.  The figures are drawn at 0.85 and 0.9 of the camera's scale
        # (their drawings run long: hair fanned, an arm flung out).
        KX, KZ, TX, TZ = -1.05, 8.0, 2.25, 11.0
        sK, sT = c.f / KZ * 0.85, c.f / TZ * 0.9
        px, py = c.p(KX, G, KZ)
        PX_, PZ_, PR, PD = KX - 0.25, KZ + 0.2, 1.6, 1.45  # the pool: centre, half width, half depth
        pool = [(PX_ + PR * math.cos(a) * (1 + 0.12 * math.sin(3 * a) + 0.06 * math.sin(7 * a)), G, PZ_ + PD * math.sin(a) * (1 + 0.1 * math.cos(5 * a))) for a in [q * math.pi / 12 for q in range(24)]]
        d.path(smooth(c.P(pool)), d.lin([(0, P["blood_hi"]), (35, P["blood"]), (100, "#3a0006" if red else "#5a0410")], 0, 0, 0, 100), stroke="#1a0002", stroke_width=1.5, opacity=0.95)
        d.ellipse(px - 40, py - 18, 110, 7, "#ff8080" if not red else "#ff5030", opacity=0.3)  # the sky in the blood
        spat = []
        for _ in range(26):
            a = rnd.uniform(-2.6, 2.2)  # flung round the pool, more to the right
            r = rnd.uniform(1.04, 1.22)
            X, Z = PX_ + PR * r * math.cos(a), max(6.9, PZ_ + PD * r * 0.8 * math.sin(a))
            x, y = c.p(X, G, Z)
            rr = rnd.uniform(2, 6) * 7.5 / Z
            spat.append("M%.0f %.0fa%.1f %.1f 0 1 0 %.1f 0a%.1f %.1f 0 1 0 %.1f 0Z" % (x - rr, y, rr, rr * 0.5, 2 * rr, rr, rr * 0.5, -2 * rr))
        d.path("".join(spat), P["blood"], opacity=0.9)
        pal = dict(ink="#120608", haori="#f4f4f8" if not red else "#e8a898", haori_sh="#c8cad8" if not red else "#a85a50", blood=P["blood"], black=[(0, "#3a3846"), (100, "#111017")] if not red else [(0, "#4a1c1c"), (100, "#120406")],
                   hair=[(0, "#4a5a8c"), (35, "#232a48"), (100, "#0c0e1c")] if not red else [(0, "#5a2a44"), (40, "#2a1024"), (100, "#0c040c")], skin="#f2cdb5" if not red else "#e0907a",
                   cloth=[(0, "#3a3440"), (100, "#14121a")] if not red else [(0, "#4a1a1a"), (100, "#140406")], crest="#c0c8e0" if not red else "#c07060")
        # the snapped blade stuck in the sand just behind her
        bx, by = c.p(KX + 0.25, G, KZ + 2.4)
        k_ = 0.75
        d.path(poly([(bx - 4 * k_, by), (bx + 3 * k_, by), (bx + 12 * k_, by - 62 * k_), (bx + 4 * k_, by - 70 * k_), (bx + 2 * k_, by - 58 * k_)]), d.lin([(0, "#ffffff" if not red else "#ffc0a8"), (100, "#8a90a0" if not red else "#6a2018")], 0, 0, 100, 0), stroke=pal["ink"], stroke_width=1.5)
        if bodies:
            kaori_fallen(d, px, py, sK, pal)
        # the rest of her sword: the hilt and a stub of blade by her flung-out hand
        hx, hy = px + 0.5 * sK, py + 0.2 * sK
        d.path("M%.0f %.0fl%.0f %.0f" % (hx, hy, 34, -3), stroke="#dde2ee" if not red else "#e0a090", stroke_width=4, stroke_linecap="round")
        d.path("M%.0f %.0fl%.0f %.0f" % (hx, hy, -26, 3), stroke="#3a5a98" if not red else "#3a2a50", stroke_width=6, stroke_linecap="round")
        d.ellipse(hx + 2, hy, 3.5, 8, "#c9a75a")
        tx, ty = c.p(TX, G, TZ)
        if bodies:
            tsukino_covered(d, tx, ty, sT, pal)
        # footprints in the sand in front of her (where he will come)
        fp = []
        for q in range(7):
            x, y = c.p(-2.8 + q * 0.32, G, 6.4 + 0.15 * (q % 2))
            fp.append("M%.0f %.0fa%.1f %.1f 0 1 0 %.1f 0a%.1f %.1f 0 1 0 %.1f 0Z" % (x - 8, y, 8, 3, 16, 8, 3, -16))
        d.path("".join(fp), P["ripple_lo"], opacity=0.35)
    if red:
        # red light from above; the foreground falls into deep crimson shadow
        d.rect(0, 0, BW, BH, d.lin([(0, "#ff2010", 0.1), (45, "#ff2010", 0), (75, "#200002", 0.25), (100, "#0a0000", 0.6)]))
    vignette(d, 0.7 if not red else 0.75, "#000000" if not red else "#0a0000")
    return d


# ---------------------------------------------------------- FOREST ----
def mix(c1, c2, t):
    a = [int(c1[i:i + 2], 16) for i in (1, 3, 5)]
    b = [int(c2[i:i + 2], 16) for i in (1, 3, 5)]
    return "#%02x%02x%02x" % tuple(int(a[i] + (b[i] - a[i]) * t) for i in range(3))


def forest():
    """A night forest where the Hollow was fought: a path running into the trees
    to the one vanishing point, trunks placed in depth (misty and pale far away,
    dark and barked near), a canopy torn open for the moonlight, ferns, a snapped
    trunk across the ground, claw marks scored into the nearest tree."""
    d = Doc(BW, BH)
    rnd = random.Random(11)
    c = Cam(960, 480, 1250)
    G = 1.6
    FOG, NEAR = "#5e7a80", "#0c1214"
    d.rect(0, 0, BW, 640, d.lin([(0, "#060a12"), (60, "#16242c"), (100, "#2e4246")]))
    lamp_glow(d, 1240, 160, 520, "#c8e0e0", 0.45)
    d.circle(1240, 160, 40, "#eef6f4", opacity=0.9)
    # ground: forest floor, the path into the trees
    c.quad(d, [(-40, G, 2), (40, G, 2), (40, G, 80), (-40, G, 80)], d.lin([(0, "#3a4a48"), (30, "#1e2824"), (100, "#0a0e0c")]))
    zs_ = [2.5 * 1.12 ** k for k in range(30) if 2.5 * 1.12 ** k < 60]
    mid = lambda z: 0.9 * math.sin(z * 0.22 + 0.5)
    path = [(mid(z) - 0.75 - 0.15 * math.sin(z * 1.3), G, z) for z in zs_]
    path += [(mid(z) + 0.75 + 0.15 * math.sin(z * 1.1 + 1), G, z) for z in reversed(zs_)]
    d.path(smooth(c.P(path)), d.lin([(0, "#5a6660"), (40, "#343e3a"), (100, "#1a201c")]), opacity=0.6)
    d.path(c.speckle((-6, G, 2.2), (12, 0, 0), (0, 0, 10), 600, rnd, 0.03), "#0a0e0c", opacity=0.5)
    d.path(c.speckle((-1, G, 2.2), (2, 0, 0), (0, 0, 10), 200, rnd, 0.02), "#9aa8a0", opacity=0.35)
    # the ground torn by the Hollow's claws: three furrows raked towards us beside the path
    for k in range(3):
        fx = -2.3 + k * 0.28
        pts = [(fx + 0.25 * q / 10, G, 11.5 - 4.3 * q / 10) for q in range(11)]
        top = c.P(pts)
        w_ = [max(1.0, 0.12 * c.f / pts[q][2] * math.sin(math.pi * (0.1 + 0.9 * q / 10))) for q in range(11)]
        d.path(smooth([(x_ - ww / 2, y_) for (x_, y_), ww in zip(top, w_)] + [(x_ + ww / 2, y_) for (x_, y_), ww in reversed(list(zip(top, w_)))]), "#050807", opacity=0.9)
        d.path(smooth([(x_ + ww / 2 + 2, y_) for (x_, y_), ww in zip(top, w_)], False), stroke="#7a7058", stroke_width=2.5, opacity=0.7)
    # trees, far to near
    trees = []
    for _ in range(46):
        X = rnd.uniform(-16, 16)
        Z = rnd.uniform(4, 45)
        if abs(X) < 2.2 + Z * 0.02:
            continue
        trees.append((X, Z, rnd.uniform(0.22, 0.5)))
    trees += [(-3.2, 3.4, 0.55), (2.9, 4.2, 0.5), (-2.6, 7, 0.4), (3.4, 9, 0.45)]
    trees.sort(key=lambda t: -t[1])
    for i, (X, Z, r) in enumerate(trees):
        t = min(1.0, max(0.0, (Z - 3.5) / 35.0)) ** 0.7
        col = mix(NEAR, FOG, t)
        bx, by = c.p(X, G, Z)
        w = c.f * 2 * r / Z
        lean = rnd.uniform(-0.04, 0.04) * (by + 60)
        pts = [(bx - w * 0.75, by + 4, 0), (bx - w * 0.5, by - w * 0.4), (bx - w * 0.45 + lean * 0.5, by - (by + 60) * 0.5), (bx - w * 0.4 + lean, -60, 0),
               (bx + w * 0.4 + lean, -60, 0), (bx + w * 0.45 + lean * 0.5, by - (by + 60) * 0.5), (bx + w * 0.5, by - w * 0.4), (bx + w * 0.8, by + 4, 0)]
        if t < 0.25:
            d.path(smooth(pts), d.lin([(0, mix("#3a4a4c", FOG, t)), (35, col), (100, "#030506")], 0, 0, 100, 0), stroke=INK, stroke_width=2)
            bark = []
            for k in range(int(3 + w / 14)):
                xx = bx - w * 0.4 + w * 0.8 * (k + 0.5) / int(3 + w / 14)
                y0 = rnd.uniform(-40, by * 0.3)
                bark.append(smooth([(xx + lean * (1 - y0 / by), y0), (xx + rnd.uniform(-4, 4) + lean * 0.5, (y0 + by) / 2), (xx + rnd.uniform(-3, 3), by - w * 0.3)], False))
            d.path("".join(bark), stroke="#000000", stroke_width=max(1.5, w * 0.03), opacity=0.45)
            d.path(smooth([(bx - w * 0.3 + lean, -40), (bx - w * 0.36 + lean * 0.5, by * 0.5), (bx - w * 0.4, by - w * 0.5)], False), stroke=mix("#7a9494", FOG, t), stroke_width=max(2, w * 0.06), opacity=0.5)
        else:
            d.path(smooth(pts), col)
        # a few bare branches reaching up and out from the upper trunk
        if t < 0.7:
            br = []
            for k in range(2 + (t < 0.3)):
                yb = rnd.uniform(0.05, 0.45) * by
                sgn = rnd.choice((-1, 1))
                xb = bx + lean * (1 - yb / by) + sgn * w * 0.35
                L = w * rnd.uniform(2.0, 3.5)
                ang = math.radians(-90 + sgn * rnd.uniform(35, 60))
                ex, ey = xb + L * math.cos(ang), yb + L * math.sin(ang)
                th = max(1.5, w * 0.12)
                br.append(poly([(xb, yb - th), (ex, ey), (xb, yb + th)]))
                mx_, my_ = (xb + ex) / 2, (yb + ey) / 2
                br.append(poly([(mx_, my_ - th * 0.4), (mx_ + sgn * L * 0.35, my_ - L * 0.15), (mx_, my_ + th * 0.4)]))
            d.path("".join(br), col)
        if i in (12, 26):
            d.rect(0, by - 60, BW, 120, d.lin([(0, FOG, 0), (50, FOG, 0.14), (100, FOG, 0)]))
    # mist along the ground in the distance
    d.rect(0, 380, BW, 220, d.lin([(0, "#8aa4a4", 0), (55, "#8aa4a4", 0.3), (100, "#8aa4a4", 0)]))
    # the snapped trunk lying across the ground on the right, its splintered end
    a0, a1 = (1.6, G - 0.3, 6.5), (7.5, G - 0.5, 9.5)
    b0, b1 = (1.6, G, 6.5), (7.5, G, 9.5)
    d.path(poly(c.P([a0, a1, b1, b0])), d.lin([(0, "#2a3230"), (100, "#0a0e0c")]), stroke=INK, stroke_width=2)
    sx, sy = c.p(*a0)
    d.path(poly([(sx, sy), (sx - 14, sy + 8), (sx - 8, sy + 20), (sx - 20, sy + 30), (sx - 4, sy + 40), (sx + 4, sy + 38)]), "#b8a888", stroke=INK, stroke_width=1.5)
    # ferns and undergrowth on both sides
    for _ in range(26):
        X = rnd.choice((-1, 1)) * rnd.uniform(2.0, 7)
        Z = rnd.uniform(3.0, 14)
        fx, fy = c.p(X, G, Z)
        sc = 380.0 / Z
        t = min(1.0, (Z - 3) / 14)
        col = mix("#2a4436", "#34484a", t)
        fr = []
        for k in range(5):
            ang = math.radians(-160 + k * 35 + rnd.uniform(-8, 8))
            tipx, tipy = fx + sc * math.cos(ang), fy + sc * 0.8 * math.sin(ang)
            fr.append("M%.0f %.0fQ%.0f %.0f %.0f %.0f" % (fx, fy, (fx + tipx) / 2, min(fy, tipy) - sc * 0.3, tipx, tipy))
        d.path("".join(fr), stroke=col, stroke_width=max(2, sc * 0.06), stroke_linecap="round", opacity=0.9)
    # the canopy, torn open above the path
    can = [(-20, -20, 0), (1940, -20, 0), (1940, 260), (1800, 200), (1700, 120), (1560, 90), (1420, 40), (1330, 70), (1180, 20), (1080, 60), (960, 10), (860, 70), (760, 50), (620, 110), (500, 90),
           (380, 190), (250, 170), (120, 260), (-20, 300)]
    d.path(smooth(can), "#060a0a")
    lv = []
    for k in range(150):
        q = rnd.uniform(0, len(can) - 4)
        j = int(q) + 2
        x = can[j][0] + (can[j + 1][0] - can[j][0]) * (q % 1) if j + 1 < len(can) else can[j][0]
        y = can[j][1] + (can[j + 1][1] - can[j][1]) * (q % 1) if j + 1 < len(can) else can[j][1]
        ang = rnd.uniform(0.3, 2.8)
        l = rnd.uniform(14, 30)
        tx, ty = x + l * math.cos(ang), y + l * math.sin(ang)
        nx, ny = -math.sin(ang) * l * 0.3, math.cos(ang) * l * 0.3
        lv.append("M%.0f %.0fQ%.0f %.0f %.0f %.0fQ%.0f %.0f %.0f %.0fZ" % (x, y, (x + tx) / 2 + nx, (y + ty) / 2 + ny, tx, ty, (x + tx) / 2 - nx, (y + ty) / 2 - ny, x, y))
    d.path("".join(lv), "#0a1210")
    # moonlight: shafts through the gap, falling on the path
    d.path(poly([(1180, 20), (1330, 40), (1080, 900), (820, 900)]) + poly([(900, 40), (980, 30), (700, 900), (560, 900)]), d.lin([(0, "#d8f0ec", 0.16), (100, "#d8f0ec", 0)]))
    # the nearest trunk, left, scored by the Hollow's claws
    d.path(smooth([(-40, 1100, 0), (60, 900), (110, 500), (90, -20, 0), (300, -20, 0), (290, 500), (310, 900), (380, 1100, 0)]), d.lin([(0, "#2a3436"), (55, "#0c1214"), (100, "#030506")], 0, 0, 100, 0), stroke=INK, stroke_width=3)
    d.path("".join(smooth([(x, -20), (x + 6, 400), (x - 4, 800), (x + 10, 1100)], False) for x in (130, 175, 220, 262)), stroke="#000000", stroke_width=4, opacity=0.5)
    d.path(smooth([(120, -20), (130, 500), (100, 1000)], False), stroke="#6a8080", stroke_width=6, opacity=0.45)
    for k in range(4):
        d.path(smooth([(150 + k * 30, 440 + k * 14, 0), (166 + k * 30, 520 + k * 14), (186 + k * 30, 640 + k * 14, 0), (174 + k * 30, 530 + k * 14)]), "#d8d0b8", stroke="#2a1e14", stroke_width=1.5)
    # leaves torn down in the fight
    lv = []
    for _ in range(40):
        x, y = rnd.uniform(0, 1920), rnd.uniform(650, 1060)
        a = rnd.uniform(0, 6.28)
        l = rnd.uniform(10, 18) * (y - 400) / 500
        tx, ty = x + l * math.cos(a), y + l * 0.5 * math.sin(a)
        lv.append("M%.0f %.0fQ%.0f %.0f %.0f %.0fQ%.0f %.0f %.0f %.0fZ" % (x, y, (x + tx) / 2, (y + ty) / 2 - l * 0.3, tx, ty, (x + tx) / 2, (y + ty) / 2 + l * 0.3, x, y))
    d.path("".join(lv), "#3a4a2a", opacity=0.8)
    vignette(d, 0.8)
    return d


BGS = {
    "bg home night": lambda: home("night"),
    "bg home evening": lambda: home("evening"),
    "bg squad six barracks": barracks,
    "bg relief station": relief,
    "bg first division office": office,
    "bg hueco mundo": lambda: hueco("plain"),
    "bg hueco mundo blood": lambda: hueco("blood", bodies=True),
    "bg hueco mundo red": lambda: hueco("red", bodies=True),
    "bg forest": forest,
}
