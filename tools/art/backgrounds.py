"""Backgrounds, 1920x1080.  Painterly-flat: soft gradients, thin dark outlines only
on near objects, light from the upper left (or from the named light source)."""
import math
import random
from svg import Doc, INK, smooth, poly

BW, BH = 1920, 1080


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
    SX = 2.0
    sh = d.lin([(0, P["shoji"][0]), (100, P["shoji"][1])], 0, 0, 30, 100)
    c.quad(d, [(-SX, KAMOI, ZB), (SX, KAMOI, ZB), (SX, FL, ZB), (-SX, FL, ZB)], sh)
    if night:
        # the moon behind the paper, and a pine bough's shadow
        mx, my = c.p(0.9, KAMOI + 0.45, ZB)
        lamp_glow(d, mx, my, 150, "#f4f8ff", 0.8)
        d.path(smooth([(mx + 260, my - 40), (mx + 140, my + 10), (mx + 20, my + 30), (mx - 110, my + 90), (mx - 200, my + 100)], False), stroke="#3a4664", stroke_width=10, opacity=0.6)
        for bx, by, r in ((mx + 200, my - 20, 60), (mx + 40, my + 40, 70), (mx - 120, my + 100, 60), (mx - 60, my + 60, 40)):
            d.path("".join("M%.0f %.0fl%.0f %.0f" % (bx, by, r * math.cos(a), r * 0.5 * math.sin(a)) for a in [i * 0.35 + 2.2 for i in range(9)]), stroke="#3a4664", stroke_width=3, opacity=0.55)
    else:
        mx, my = c.p(-0.4, KAMOI + 0.9, ZB)
        lamp_glow(d, mx, my, 360, "#fff0c0", 0.8)
    # lattice: 4 panels, each with 3 columns and 6 rows of paper
    lat = []
    for i in range(13):
        x = -SX + 2 * SX * i / 12
        lat.append(((x, KAMOI, ZB), (x, FL, ZB)))
    for j in range(1, 8):
        y = KAMOI + (FL - KAMOI - 0.25) * j / 7
        lat.append(((-SX, y, ZB), (SX, y, ZB)))
    d.path(c.segs(lat), stroke=P["lat"], stroke_width=3)
    frames = [((-SX + 2 * SX * i / 4, KAMOI, ZB), (-SX + 2 * SX * i / 4, FL, ZB)) for i in range(5)]
    d.path(c.segs(frames), stroke=P["wood"][1], stroke_width=9)
    c.quad(d, [(-SX, FL - 0.25, ZB), (SX, FL - 0.25, ZB), (SX, FL, ZB), (-SX, FL, ZB)], P["wood"][1], opacity=0.9)  # koshi board
    # transom (ranma): a band of wave openwork above the lintel
    RT = KAMOI - 0.45
    c.quad(d, [(-SX, RT, ZB), (SX, RT, ZB), (SX, KAMOI, ZB), (-SX, KAMOI, ZB)], P["wood"][1])
    waves = []
    for i in range(8):
        x0 = -SX + 0.5 * i
        for k_ in range(3):
            r = 0.2 - k_ * 0.06
            pts = [(x0 + 0.25 + r * math.cos(a), KAMOI - 0.02 - r * math.sin(a) * 1.0, ZB) for a in [math.pi * q / 8 for q in range(9)]]
            waves.append(c.polyline(pts))
    d.path("".join(waves), stroke=P["shoji"][1], stroke_width=3, opacity=0.8)
    # posts and the lintel
    for x in (-XW + 0.06, -SX - 0.06, SX + 0.06, XW - 0.06):
        c.box(d, x - 0.07, x + 0.07, CE, FL, ZB - 0.14, ZB, wood)
    c.quad(d, [(-XW, KAMOI - 0.1, ZB - 0.02), (XW, KAMOI - 0.1, ZB - 0.02), (XW, KAMOI, ZB - 0.02), (-XW, KAMOI, ZB - 0.02)], P["wood"][1])
    # the lintel running along both side walls, and the ceiling moulding
    for x in (-XW, XW):
        c.quad(d, [(x, KAMOI - 0.1, 0.6), (x, KAMOI - 0.1, ZB), (x, KAMOI, ZB), (x, KAMOI, 0.6)], P["wood"][1])
        c.quad(d, [(x, CE, 0.6), (x, CE, ZB), (x, CE + 0.06, ZB), (x, CE + 0.06, 0.6)], P["wood"][1])
        c.quad(d, [(x, FL - 0.06, 0.6), (x, FL - 0.06, ZB), (x, FL, ZB), (x, FL, 0.6)], P["wood"][1])
    d.path(c.grain((-XW, KAMOI - 0.1, 0.6), (0, 0, ZB - 0.6), (0, 0.1, 0), 3, rnd) + c.grain((XW, KAMOI - 0.1, 0.6), (0, 0, ZB - 0.6), (0, 0.1, 0), 3, rnd),
           stroke=P["woodl"], stroke_width=1.2, opacity=0.6)
    # ---- the tokonoma: an alcove in the left wall with a scroll and a camellia
    TZ0, TZ1, TX = 4.2, 6.0, -XW - 0.7
    c.quad(d, [(-XW, KAMOI + 0.1, TZ0), (-XW, KAMOI + 0.1, TZ1), (-XW, FL, TZ1), (-XW, FL, TZ0)], "#000000", opacity=0.5)
    c.quad(d, [(TX, KAMOI + 0.1, TZ0), (TX, KAMOI + 0.1, TZ1), (TX, FL - 0.15, TZ1), (TX, FL - 0.15, TZ0)], d.lin([(0, P["plaster"][0]), (100, P["plaster"][1])]), opacity=0.85)
    c.quad(d, [(TX, KAMOI + 0.1, TZ1), (-XW, KAMOI + 0.1, TZ1), (-XW, FL - 0.15, TZ1), (TX, FL - 0.15, TZ1)], P["plaster_side"][1])
    c.quad(d, [(TX, FL - 0.15, TZ0), (-XW, FL - 0.15, TZ0), (-XW, FL - 0.15, TZ1), (TX, FL - 0.15, TZ1)], P["woodl"])
    c.quad(d, [(-XW, FL - 0.15, TZ0), (-XW, FL, TZ0), (-XW, FL, TZ1), (-XW, FL - 0.15, TZ1)], P["wood"][1])
    # the scroll: an ink crescent over dunes, hung on the alcove's back
    sz0, sz1 = 4.75, 5.45
    c.quad(d, [(TX + 0.01, KAMOI + 0.2, sz0), (TX + 0.01, KAMOI + 0.2, sz1), (TX + 0.01, FL - 0.45, sz1), (TX + 0.01, FL - 0.45, sz0)],
           "#e8e0c8" if not night else "#7a8098", stroke=INK, stroke_width=1.5)
    c.quad(d, [(TX + 0.01, KAMOI + 0.2, sz0 - 0.04), (TX + 0.01, KAMOI + 0.2, sz1 + 0.04), (TX + 0.01, KAMOI + 0.26, sz1 + 0.04), (TX + 0.01, KAMOI + 0.26, sz0 - 0.04)], P["wood"][1])
    ink = []
    for q in range(10):
        zz = sz0 + 0.06 + 0.58 * q / 9
        ink.append((TX + 0.01, FL - 0.7 - 0.12 * math.sin(q * 0.9), zz))
    d.path(c.polyline(ink), stroke="#2a2a34", stroke_width=3, opacity=0.7)
    ink2 = [(TX + 0.01, KAMOI + 0.5 + 0.08 * math.sin(q * 0.7) - q * 0.02, sz0 + 0.1 + 0.5 * q / 8) for q in range(9)]
    d.path(c.polyline(ink2), stroke="#2a2a34", stroke_width=2, opacity=0.5)
    # the vase with a camellia branch on the alcove floor
    vx_, vy_ = c.p(TX + 0.35, FL - 0.15, 5.6)
    d.path(smooth([(vx_ - 9, vy_), (vx_ - 12, vy_ - 30), (vx_ - 5, vy_ - 46, 0), (vx_ + 5, vy_ - 46, 0), (vx_ + 12, vy_ - 30), (vx_ + 9, vy_)]), d.lin([(0, "#8a9ab8"), (100, "#2a3248")], 0, 0, 100, 0), stroke=INK, stroke_width=1.5)
    d.path(smooth([(vx_, vy_ - 46), (vx_ + 8, vy_ - 90), (vx_ + 30, vy_ - 120)], False) + smooth([(vx_ + 6, vy_ - 80), (vx_ - 20, vy_ - 110)], False), stroke="#2a1a10", stroke_width=3)
    for fx, fy in ((vx_ + 30, vy_ - 122), (vx_ - 20, vy_ - 112)):
        camellia(d, fx, fy, 11, "#c8182a", "#3a0008", 10)
    for lx_, ly_ in ((vx_ + 18, vy_ - 100), (vx_ - 8, vy_ - 96), (vx_ + 4, vy_ - 70)):
        d.ellipse(lx_, ly_, 9, 4, "#1e3a22")
    # the alcove's front post
    c.box(d, -XW, -XW + 0.01, CE, FL, TZ0 - 0.12, TZ0, wood)
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
        c.quad(d, [(-SX, FL, ZB), (SX, FL, ZB), (SX + 0.6, FL, ZB - 2.6), (-SX + 0.6, FL, ZB - 2.6)],
               d.lin([(0, P["light"], 0.3), (100, P["light"], 0)], 0, 0, 0, 100))
    else:
        c.quad(d, [(-SX, FL, ZB), (SX, FL, ZB), (SX + 1.2, FL, ZB - 3.2), (-SX + 1.2, FL, ZB - 3.2)],
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
    sky(d, [(0, "#4a78b8"), (55, "#9ec0e4"), (100, "#e8eef2")])
    sky_clouds(d, rnd, 470)
    # far Seireitei: white walls and roofs beyond the gate
    d.path(poly([(0, 470)] + [(x, 470 - 30 - 20 * abs(math.sin(x * 0.013)) - (25 if 700 < x < 1250 else 0)) for x in range(0, 1921, 60)] + [(1920, 470)]), "#8e9ab4", opacity=0.7)
    d.path(poly([(840, 420), (880, 300), (900, 300), (940, 420)]), "#8e9ab4", opacity=0.6)  # a far tower
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
    # ---- the gate at the far end, its camellia curtain
    GZ = 26.0
    c.quad(d, [(-3.4, -2.6, GZ), (3.4, -2.6, GZ), (3.4, G, GZ), (-3.4, G, GZ)], "#e8e2d4")
    c.quad(d, [(-1.6, -1.4, GZ - 0.01), (1.6, -1.4, GZ - 0.01), (1.6, G, GZ - 0.01), (-1.6, G, GZ - 0.01)], "#3a2a20")
    c.quad(d, [(-1.6, -1.4, GZ - 0.02), (1.6, -1.4, GZ - 0.02), (1.6, -0.2, GZ - 0.02), (-1.6, -0.2, GZ - 0.02)], "#2a3a78")
    cx_, cy_ = c.p(0, -0.8, GZ)
    camellia(d, cx_, cy_, 22, "#f4f4f8", "#10142a", 10)
    d.path(c.segs([((x, -1.4, GZ - 0.02), (x, -0.2, GZ - 0.02)) for x in (-0.8, 0.8)]), stroke="#1a2248", stroke_width=1.5)
    d.path(poly(c.P([(-4.2, -2.4, GZ), (4.2, -2.4, GZ), (3.0, -3.4, GZ), (-3.0, -3.4, GZ)])), "#3a3e4c", stroke=INK, stroke_width=1.5)
    # ---- a stone lantern on the right, a camellia bush on the left
    LX, LZ = 2.6, 8.0
    c.box(d, LX - 0.15, LX + 0.15, 0.6, G, LZ, LZ + 0.3, "#8a8880", side="#5a5850")
    c.box(d, LX - 0.3, LX + 0.3, 0.4, 0.6, LZ - 0.1, LZ + 0.4, "#9a9890", top="#b8b6ae", side="#6a6860")
    c.box(d, LX - 0.22, LX + 0.22, -0.05, 0.4, LZ, LZ + 0.3, "#6a6860", side="#4a4840")
    lx, ly = c.p(LX, 0.2, LZ)
    d.rect(lx - 12, ly - 12, 24, 22, "#2a2420")
    d.path(poly(c.P([(LX - 0.45, -0.05, LZ - 0.2), (LX + 0.45, -0.05, LZ - 0.2), (LX, -0.5, LZ)])), "#8a8880", stroke="#3a3830", stroke_width=1.5)
    bx, by = c.p(-3.0, G, 6.5)
    bush(d, bx, by, 150, rnd, "#f4f4f8")
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
    d.rect(0, 0, BW, BH, d.lin([(0, "#fff4e0", 0.15), (50, "#fff4e0", 0), (100, "#101020", 0.2)], 0, 0, 100, 100))
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
    d = Doc(BW, BH)
    VX, VY = 960, 430
    d.rect(0, 0, BW, BH, d.lin([(0, "#0c0a0e"), (60, "#1a1620"), (100, "#0a080c")]))
    # far wall and dais
    d.rect(700, 230, 520, 330, d.lin([(0, "#2a2230"), (100, "#120e16")]))
    d.path(poly([(760, 560), (1160, 560), (1200, 610), (720, 610)]), "#2a1e1a", stroke=INK, stroke_width=2)
    d.path(poly([(900, 420), (1020, 420), (1030, 560), (890, 560)]), "#1a1210", stroke="#3a2a20", stroke_width=3)
    glow(d, 960, 380, 320, "#ffd8a0", 0.25)
    # high windows with light shafts from the upper left
    for x in (760, 900, 1040):
        d.rect(x, 260, 80, 110, "#c8b89a", opacity=0.5)
    d.path(poly([(760, 260), (880, 260), (700, 1080), (300, 1080)]), d.lin([(0, "#ffe8c0", 0.22), (100, "#ffe8c0", 0)]))
    d.path(poly([(1040, 260), (1120, 260), (1100, 1080), (820, 1080)]), d.lin([(0, "#ffe8c0", 0.14), (100, "#ffe8c0", 0)]))
    # floor: polished dark wood, reflections
    d.path(poly([(700, 610), (1220, 610), (BW, BH), (0, BH)]), d.lin([(0, "#2a2024"), (100, "#0e0a0c")]))
    d.path("".join("M%.1f 610L%d %d" % (VX + (x - VX) * 0.28, x, BH) for x in range(-1600, 3600, 200)), stroke="#000000", stroke_width=3, opacity=0.5)
    d.path("".join("M%.1f %dL%.1f %d" % (VX - (VX - 700) * ((y - VY) / (610 - VY)), y, VX + (1220 - VX) * ((y - VY) / (610 - VY)), y) for y in (650, 720, 820, 960)),
           stroke="#000000", stroke_width=2, opacity=0.4)
    # ceiling coffers
    d.path(poly([(0, 0), (BW, 0), (1220, 230), (700, 230)]), d.lin([(0, "#050406"), (100, "#1a1418")]))
    d.path("".join("M%d 0L%.1f 230" % (x, VX + (x - VX) * 0.27) for x in range(-600, 2600, 240)), stroke="#2a2024", stroke_width=6)
    # pillars receding in two rows
    for i, t in enumerate((1.0, 0.62, 0.42, 0.3)):
        for s in (-1, 1):
            xc = VX + s * (900 * t + 60)
            w = 120 * t
            top, bot = VY - (VY + 40) * t, VY + (BH - VY + 40) * t * 1.02
            shade = d.lin([(0, "#4a3a34"), (35, "#2a201e"), (100, "#0a0808")], 0, 0, 100, 0) if s < 0 else d.lin([(0, "#3a2c28"), (50, "#1a1414"), (100, "#060505")], 0, 0, 100, 0)
            d.rect(xc - w / 2, top, w, bot - top, shade, stroke=INK if t == 1.0 else None, stroke_width=3 if t == 1.0 else None)
            d.rect(xc - w / 2 - 8 * t, bot - 30 * t, w + 16 * t, 30 * t, "#1a1210")
            d.ellipse(xc, bot + 6, w * 0.8, 10 * t, "#000000", opacity=0.5)
    # red-black banners hanging between the nearest pillars
    for x in (300, 1560):
        d.path(poly([(x, 0), (x + 60, 0), (x + 60, 520), (x + 30, 490), (x, 520)]), d.lin([(0, "#5a1018"), (100, "#1e0408")]), stroke=INK, stroke_width=2)
    d.rect(0, 0, BW, BH, d.rad([(0, "#000000", 0), (55, "#000000", 0.1), (100, "#000000", 0.8)], 960, 480, 1100, user=True))
    return d


# ---------------------------------------------------- HUECO MUNDO ----
def quartz_tree(d, x, y, h, rnd, scale=1.0, col=("#ffffff", "#b8bcc8"), sw=2.5):
    g = d.lin([(0, col[0]), (100, col[1])], 0, 0, 100, 0)
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
        else:
            segs.append([(x1 + mx, y1 + my), (x1 + 18 * scale * math.cos(ang), y1 + 18 * scale * math.sin(ang)), (x1 - mx, y1 - my)])
    branch(x, y, -math.pi / 2 + rnd.uniform(-0.1, 0.1), h * 0.4, h * 0.13, 3)
    d.path("".join(poly(s) for s in segs), g, stroke=INK, stroke_width=sw, stroke_linejoin="round")


def dunes(d, y0, amp, col, rnd, n=6, op=1.0, stroke=None):
    pts = [(-100, 1100, 0)]
    for i in range(n + 1):
        x = -100 + i * 2120 / n
        pts.append((x, y0 + rnd.uniform(-amp, amp)))
    pts.append((2020, 1100, 0))
    d.path(smooth(pts), col, opacity=op, stroke=stroke, stroke_width=2 if stroke else None)


def hueco(kind):
    d = Doc(BW, BH)
    rnd = random.Random(7)
    red = kind == "red"
    close = kind == "blood"
    if red:
        sky(d, [(0, "#1a0004"), (40, "#6a0812"), (75, "#b81c24"), (100, "#e8603a")])
    else:
        sky(d, [(0, "#000000"), (70, "#06060a"), (100, "#14141c")])
    # stars are absent in Hueco Mundo; only the crescent
    mx, my = (1450, 230) if not close else (1500, 170)
    glow(d, mx, my, 260, "#ffd0c0" if red else "#dfe6ff", 0.35)
    crescent(d, mx, my, 90, 34, "#fff0e0" if red else "#f4f6ff", rot=-25)
    sand = (["#ffe0d4", "#e8a8a0", "#b06a6a"] if red else ["#ffffff", "#e4e6ee", "#b8bcc8"])
    far = "#a07078" if red else "#9498a8"
    hz = 640 if not close else 520
    dunes(d, hz - 20, 20, d.lin([(0, far), (100, sand[2])]), rnd, 5, 0.8)
    # far dead trees
    for x in (180, 520, 1180, 1720):
        quartz_tree(d, x, hz + 10, 160 + rnd.uniform(0, 80), rnd, 0.5, ("#e8e8f0", "#a0a4b4") if not red else ("#f4d0c8", "#a06060"), 1.5)
    dunes(d, hz + 40, 30, d.lin([(0, sand[1]), (100, sand[2])]), rnd, 4)
    # near tree
    quartz_tree(d, 300 if not close else 1700, hz + 260, 600 if not close else 720, rnd, 1.2, ("#ffffff", "#9ea2b4") if not red else ("#ffe8e0", "#b06868"), 3)
    dunes(d, hz + 180, 40, d.lin([(0, sand[0]), (100, sand[1])]), rnd, 3, stroke=None)
    # wind ripples in the sand
    d.path("".join("M%d %dQ%d %d %d %d" % (x, y, x + 80, y - 8, x + 160, y) for x, y in [(rnd.uniform(0, 1800), rnd.uniform(hz + 220, 1060)) for _ in range(26)]),
           stroke=sand[2], stroke_width=2.5, opacity=0.6)
    # shadow side of the dunes (light from the moon, upper right here)
    d.path(smooth([(-100, 1100, 0), (-100, hz + 260), (400, hz + 300), (900, 1100, 0)]), "#3a3a5a" if not red else "#5a1010", opacity=0.18)
    if close:
        # the bloodied sand where she falls
        d.ellipse(960, 930, 420, 90, d.rad([(0, "#6a0612"), (55, "#8e0f1c"), (85, "#b81c2c", 0.8), (100, "#b81c2c", 0)]))
        for _ in range(22):
            a = rnd.uniform(0, 2 * math.pi)
            r = rnd.uniform(380, 640)
            d.ellipse(960 + r * math.cos(a), 930 + r * 0.22 * math.sin(a), rnd.uniform(6, 22), rnd.uniform(3, 8), "#9a1020", opacity=0.85)
        d.path(smooth([(620, 930), (700, 880), (860, 862), (1000, 876), (1120, 860), (1300, 900), (1260, 960), (1100, 990), (900, 1000), (720, 980)]), d.lin([(0, "#b0182a"), (100, "#5a0410")]), stroke="#3a0008", stroke_width=2, opacity=0.9)
        d.path(smooth([(760, 900), (900, 884), (1100, 890), (1180, 920), (980, 950), (800, 940)]), "#4a0208", opacity=0.6)
        d.ellipse(880, 905, 90, 10, "#ff6070", opacity=0.35)
        # a broken sword stuck in the sand
        d.open_g("translate(1280,880) rotate(14)")
        d.path(poly([(-6, 0), (6, 0), (6, -150), (0, -180), (-6, -160)]), d.lin([(0, "#ffffff"), (100, "#8a90a0")], 0, 0, 100, 0), stroke=INK, stroke_width=2)
        d.rect(-24, -4, 48, 12, "#c9a75a", stroke=INK, stroke_width=2)
        d.rect(-7, 8, 14, 90, "#4e7aa8", stroke=INK, stroke_width=2)
        d.close_g()
    if red:
        d.rect(0, 0, BW, BH, d.lin([(0, "#ff2020", 0.0), (100, "#400000", 0.35)]))
    vignette(d, 0.7 if not red else 0.6)
    return d


# ---------------------------------------------------------- FOREST ----
def forest():
    d = Doc(BW, BH)
    rnd = random.Random(11)
    sky(d, [(0, "#0a1018"), (50, "#1a2a30"), (100, "#2a3a3a")])
    glow(d, 1300, 200, 600, "#a8c8c8", 0.35)
    # far trunks in mist
    for layer, (col, op, wmin, n) in enumerate((("#4a5e62", 0.6, 20, 14), ("#2a3a3e", 0.8, 40, 9), ("#10181a", 1.0, 90, 5))):
        xs = sorted(rnd.uniform(-50, 1970) for _ in range(n))
        for x in xs:
            if layer == 2 and 700 < x < 1300:
                continue
            w = rnd.uniform(wmin, wmin * 1.8)
            lean = rnd.uniform(-30, 30)
            g = d.lin([(0, col), (100, "#05080a")], 0, 0, 100, 0) if layer == 2 else col
            d.path(smooth([(x - w / 2, 1100, 0), (x - w / 2 + lean * 0.5, 600), (x - w * 0.4 + lean, -20, 0), (x + w * 0.4 + lean, -20, 0), (x + w / 2 + lean * 0.5, 600), (x + w / 2 + 20, 1100, 0)]),
                   g, opacity=op, stroke=INK if layer == 2 else None, stroke_width=3 if layer == 2 else None)
            if layer == 2:
                d.path(smooth([(x - w * 0.3, 1000), (x - w * 0.35 + lean * 0.4, 500), (x - w * 0.3 + lean * 0.9, 50)], False), stroke="#5a6e70", stroke_width=4, opacity=0.5)
        # mist band between layers
        d.rect(0, 500 + layer * 120, BW, 400, d.lin([(0, "#9ab4b4", 0), (50, "#9ab4b4", 0.22), (100, "#9ab4b4", 0)]))
    # the nearest trunk, left, scored by the Hollow's claws
    d.path(smooth([(40, 1100, 0), (70, 600), (50, -20, 0), (250, -20, 0), (220, 600), (260, 1100, 0)]), d.lin([(0, "#2a3436"), (60, "#0c1214"), (100, "#050708")], 0, 0, 100, 0), stroke=INK, stroke_width=3)
    d.path(smooth([(88, 1000), (96, 500), (80, 40)], False), stroke="#6a7e80", stroke_width=5, opacity=0.5)
    for i in range(3):
        d.path(smooth([(110 + i * 26, 520 + i * 12, 0), (126 + i * 26, 600 + i * 12), (146 + i * 26, 700 + i * 12, 0), (134 + i * 26, 610 + i * 12)]), "#c8d4c4", stroke="#3a2a20", stroke_width=1.5, opacity=0.9)
    # torn foliage hanging from the top
    for x in range(-60, 2000, 150):
        y = rnd.uniform(40, 200)
        pts = [(x - 120, -20), (x + 160, -20), (x + 120, y * 0.6), (x + 90, y), (x + 40, y * 0.7), (x, y + 30), (x - 40, y * 0.6), (x - 90, y * 0.9)]
        d.path(smooth(pts), d.lin([(0, "#1e3a2a"), (100, "#0a1610")]), stroke=INK, stroke_width=2)
    # ground
    d.path(smooth([(-100, 1100, 0), (-100, 900), (500, 870), (1100, 900), (1600, 860), (2020, 900), (2020, 1100, 0)]), d.lin([(0, "#1e2a22"), (100, "#080c0a")]))
    # torn leaves and broken branches on the ground
    for _ in range(30):
        x, y = rnd.uniform(0, 1920), rnd.uniform(900, 1070)
        a = rnd.uniform(0, 180)
        d.open_g("translate(%.0f,%.0f) rotate(%.0f)" % (x, y, a))
        d.path(smooth([(0, 0, 0), (10, -6), (24, 0, 0), (10, 6)]), "#2a4a30" if rnd.random() < 0.6 else "#5a4a2a", opacity=0.9)
        d.close_g()
    d.path(poly([(1400, 980), (1700, 940), (1704, 950), (1404, 992)]), "#2a1e14", stroke=INK, stroke_width=2)
    # moonlight shafts
    d.path(poly([(1180, -10), (1320, -10), (1000, 1080), (760, 1080)]), d.lin([(0, "#d8f0f0", 0.18), (100, "#d8f0f0", 0)]))
    d.path(poly([(1450, -10), (1520, -10), (1360, 1080), (1240, 1080)]), d.lin([(0, "#d8f0f0", 0.12), (100, "#d8f0f0", 0)]))
    d.rect(0, 860, BW, 220, d.lin([(0, "#b4c8c8", 0), (60, "#b4c8c8", 0.25), (100, "#b4c8c8", 0.1)]))
    vignette(d, 0.7)
    return d


BGS = {
    "bg home night": lambda: home("night"),
    "bg home evening": lambda: home("evening"),
    "bg squad six barracks": barracks,
    "bg relief station": relief,
    "bg first division office": office,
    "bg hueco mundo": lambda: hueco("plain"),
    "bg hueco mundo blood": lambda: hueco("blood"),
    "bg hueco mundo red": lambda: hueco("red"),
    "bg forest": forest,
}
