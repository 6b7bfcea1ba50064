"""Posed figure parts for the CGs: three-quarter heads (Izumo, Kaori), hands,
sleeves and cloth folds drawn straight into a 1920x1080 composition.

A head is drawn in "head space" facing +x (to the viewer's right), eye line at
y=0, crown at y=-110, chin at y=+92 (the size of the sprites' head space), then
placed with translate/rotate/scale.  flip=True mirrors it to face left.  The
gradients are aimed in world space so that the light stays at the upper left
whatever the head's rotation.
"""
import math
from svg import INK
import face as F
from face import SKIN
import chars as C

OUT = 3.0


class Head:
    """A drawing context for one head: transform and world-aimed gradients."""

    def __init__(self, d, x, y, sc, rot=0.0, flip=False):
        self.d, self.x, self.y, self.sc, self.rot, self.flip = d, x, y, sc, rot, flip

    def open(self):
        fx = -1 if self.flip else 1
        self.d.open_g("translate(%.1f,%.1f) rotate(%.1f) scale(%.3f,%.3f)" % (self.x, self.y, self.rot, self.sc * fx, self.sc))

    def close(self):
        self.d.close_g()

    def grad(self, stops, wx=1.0, wy=1.0):
        """A % gradient running along the world direction (wx, wy) (light first)."""
        a = math.radians(-self.rot)
        lx = wx * math.cos(a) - wy * math.sin(a)
        ly = wx * math.sin(a) + wy * math.cos(a)
        if self.flip:
            lx = -lx
        n = math.hypot(lx, ly) or 1
        lx, ly = lx / n * 50, ly / n * 50
        return self.d.lin(stops, 50 - lx, 50 - ly, 50 + lx, 50 + ly)

    def world(self, px, py):
        """Head-space point -> world point."""
        fx = -1 if self.flip else 1
        a = math.radians(self.rot)
        x, y = px * self.sc * fx, py * self.sc
        return (self.x + x * math.cos(a) - y * math.sin(a), self.y + x * math.sin(a) + y * math.cos(a))


SKIN3 = [(0, SKIN["hi"]), (55, SKIN["mid"]), (100, "#e0ab96")]


def face_outline(fem):
    k = 0.94 if fem else 1.0
    pts = [(0, -110), (52, -98), (78, -64), (84, -24), (83, 4), (91, 28, 0), (83, 38), (86, 52), (81, 62), (74 * k, 78 * k), (50 * k, 92 * k), (18, 90 * k),
           (-18, 72 * k), (-46, 42), (-64, 8), (-78, -30), (-66, -82), (-36, -104)]
    if not fem:
        pts[9] = (76, 80)
        pts[10] = (54, 96)
        pts[11] = (20, 94)
    return pts


def neck(h, fem, length=190):
    d = h.d
    w0, w1 = (-34, 30) if fem else (-40, 36)
    d.shape([(w0, 50), (w1, 70), (w1 + 6, length, 0), (w0 - 6, length, 0)], h.grad(SKIN3), INK, OUT)
    d.shape([(w0 + 2, 62), (w1 - 2, 80), (w1, 104), (w0 + 1, 98)], SKIN["sh"], opacity=0.45)


def head_skin(h, fem, ear=True):
    d = h.d
    if ear:
        d.shape([(-46, -8), (-30, -14), (-24, 14), (-30, 38), (-44, 40), (-54, 16)], SKIN["mid"], INK, 2.4)
        d.line([(-38, 0), (-34, 18), (-40, 30)], SKIN["deep"], 1.8)
    d.shape(face_outline(fem), h.grad(SKIN3), INK, OUT)
    # cel shadow under the jaw / back of the cheek
    d.shape([(-44, 36), (-14, 60), (24, 78), (50, 86), (20, 84), (-18, 66)], SKIN["sh"], opacity=0.6)
    # nose shadow and nostril
    d.line([(80, 30), (86, 36)], SKIN["deep"], 2)
    d.ellipse(74, 12, 3, 7, "#ffffff", opacity=0.45)


def eyes(h, fem, e, iris, brow_col):
    """Near eye (larger) at x=4, far eye (foreshortened) at x=60."""
    d = h.d
    ew, eh = (44, 30) if fem else (40, 25)
    near, far = (6, 0), (62, -1)
    for (ex, ey), s, k in ((near, 1, 1.0), (far, -1, 0.58)):
        w = ew * k
        st = e.get("eye", "open")
        if st == "closed_soft":  # calm closed eye: a curved lash line with lashes
            d.line([(ex - s * w / 2, ey - 2), (ex, ey + eh * 0.3), (ex + s * w / 2, ey + 1)], INK, 4.2)
            for t in (0.15, 0.4):
                px = ex - s * w / 2 + s * w * t
                d.line([(px, ey + eh * 0.16 + 1), (px - s * 5, ey + eh * 0.16 + 8)], INK, 1.8)
            d.line([(ex - s * w / 2 + 1, ey - 2), (ex - s * w / 2 - s * 7, ey - 6)], INK, 2.6)
        else:
            F.eye(d, ex, ey, w, eh, s, iris, dict(e, iris=e.get("iris", 0.27) / k * (0.85 if k < 1 else 1)))
        bi, bo = e.get("brow", (0, 0))
        F.brow(d, ex, ey, w, eh, s, bi, bo, brow_col, 4.0 if fem else 5.2, lift=16)


def blush(h, op=0.4):
    d = h.d
    for x, y, r in ((8, 34, 20), (66, 30, 10)):
        d.ellipse(x, y, r, r * 0.45, d.rad([(0, SKIN["blush"], op), (100, SKIN["blush"], 0)]))
    d.line([(0, 32), (-4, 38)], "#e07070", 1.4, opacity=0.6)
    d.line([(10, 32), (6, 38)], "#e07070", 1.4, opacity=0.6)


# ------------------------------------------------------------- hair ---
IZ_HAIR = C.IZUMO_HAIR
KA_HAIR = C.KAORI_HAIR


def izumo_back(h):
    d = h.d
    d.shape([(-20, -126), (40, -118), (84, -86), (96, -40), (70, -60), (0, -60), (-70, 30), (-96, 60, 0), (-100, 10), (-112, -40), (-90, -100)],
            h.grad(IZ_HAIR), INK, OUT)


def izumo_front(h):
    d = h.d
    hg = h.grad(IZ_HAIR)
    lock = lambda a, b, t, bend, fill=hg, sw=2.6: C.hair_lock(d, a, b, t, bend, fill, sw)
    # spikes at the back and the crown, breaking the silhouette
    for a, b, t, bend in (((-84, -20), (-96, -70), (-128, -58), -4), ((-80, 20), (-92, -20), (-118, 20), -4), ((-64, 40), (-82, 10), (-90, 70), -2),
                          ((-90, -80), (-60, -112), (-104, -128), 2), ((-56, -112), (-10, -124), (-44, -156), -4), ((-10, -124), (40, -118), (20, -158), 4),
                          ((36, -118), (76, -96), (82, -138), 6)):
        lock(a, b, t, bend)
    # cap over the skull
    d.shape([(-4, -128), (48, -120), (86, -88), (96, -44, 0), (64, -58), (10, -62), (-44, -30), (-70, 16, 0), (-86, -20), (-88, -80), (-52, -116)], hg, INK, OUT)
    # bangs falling over the forehead, pointed, towards the face
    for a, b, t, bend in (((-30, -80), (10, -100), (-14, -10), -6), ((0, -96), (40, -100), (22, -14), 4), ((30, -100), (66, -90), (54, -12), 6),
                          ((56, -92), (88, -70), (88, -14), 6), ((76, -76), (96, -50), (104, -4), 4), ((-52, -60), (-26, -84), (-36, 30), -4)):
        lock(a, b, t, bend)
    # sheen, light from the upper left
    d.line([(-60, -96), (-24, -116), (16, -118)], "#8a7a92", 4, opacity=0.7)
    # the blood-red streak
    lock((12, -104), (30, -104), (30, -20), 5, d.lin([(0, "#c0283a"), (100, "#5a0a14")]), 2.2)


def kaori_front(h, ornament=True, bangs=1.0):
    d = h.d
    hg = h.grad(KA_HAIR)
    d.shape([(-4, -124), (50, -116), (86, -86), (94, -40, 0), (64, -58), (10, -66), (-40, -40), (-64, 0, 0), (-84, -30), (-84, -84), (-50, -114)], hg, INK, OUT)
    # straight, sharp bangs
    k = bangs
    for a, b, t, bend in (((-24, -86), (14, -104), (-2, -14), -3), ((6, -102), (44, -100), (26, -8), 2), ((36, -100), (70, -88), (58, -12), 3),
                          ((62, -90), (90, -64), (90, -18), 3)):
        t = (a[0] + (t[0] - a[0]) * k, a[1] + (t[1] - a[1]) * k)
        C.hair_lock(d, a, b, t, bend, hg)
    # long lock in front of the ear, down past the chin
    lock = [(-50, -60), (-30, -40), (-24, 40), (-14, 130), (-4, 190, 0), (-34, 140), (-50, 60), (-60, -10)]
    if k < 1:  # a lying head: the lock falls back with the bangs
        lock = [(p[0], p[1] if p[1] <= 40 else 40 + (p[1] - 40) * k) + tuple(p[2:]) for p in lock]
    d.shape(lock, hg, INK, OUT)
    d.line([(-66, -96), (-30, -116), (14, -116)], "#8ea2d8", 4, opacity=0.75)
    if ornament:  # the silver wind-feather clip, at the back of her head
        for ang in (150, 185, 220):
            d.open_g("translate(-62,-92) rotate(%d)" % ang)
            d.shape([(0, 0, 0), (14, -8), (34, -4), (44, 0, 0), (34, 5), (14, 8)], d.lin([(0, "#ffffff"), (100, "#9ab8d8")]), INK, 1.8)
            d.close_g()
        d.circle(-62, -92, 6, "#6fa8d8", stroke=INK, stroke_width=1.6)


def head(d, who, x, y, sc, rot, e, flip=False, back=None):
    """A whole three-quarter head with neck.  back: function(h) drawn first."""
    fem = who == "kaori"
    h = Head(d, x, y, sc, rot, flip)
    h.open()
    if back:
        back(h)
    if not fem:
        izumo_back(h)
    neck(h, fem, e.get("neck", 190))
    head_skin(h, fem)
    if e.get("blush"):
        blush(h, e["blush"])
    if fem:
        eyes(h, True, e, C.KAORI_IRIS, "#1c2036")
    else:
        eyes(h, False, e, C.IZUMO_IRIS, "#1e1820")
    m = e.get("mouth")
    if m == "kiss":
        d.line([(78, 60), (84, 62)], "#7a3b3b", 2.4)
    elif m:
        F.mouth(d, *e.get("mouth_at", (64, 62)), m, e.get("mouth_scale", 0.78))
    if e.get("tears"):
        tears(d, e["tears"])
    if e.get("blood_mouth"):
        F.blood_trickle(d, [(70, 64), (62, 74), (52, 84), (40, 94)], 3.5)
    if fem:
        kaori_front(h, bangs=e.get("bangs", 1.0))
    else:
        izumo_front(h)
    h.close()
    return h


# ------------------------------------------------------------- hands ---
def hand(d, x, y, rot, sc=1.0, flip=False, curl=0.0):
    """A hand seen from the back, fingers together, wrist at (x, y), fingers
    along +x after rotation, thumb on the +y side (flip: on the -y side)."""
    fy = -1 if flip else 1
    d.open_g("translate(%.1f,%.1f) rotate(%.1f) scale(%.3f,%.3f)" % (x, y, rot, sc, sc * fy))
    c = curl * 10
    pts = [(0, -13), (22, -17), (46, -15), (62, -10 + c * 0.3), (72, -2 + c), (70, 6 + c), (58, 12 + c * 0.6), (40, 15), (30, 16), (40, 26), (36, 31), (18, 26), (0, 13)]
    d.shape(pts, d.lin(SKIN3, 0, 0, 100, 100), INK, 2.4)
    d.line([(42, -6), (62, -3 + c * 0.6)], SKIN["deep"], 1.5)
    d.line([(42, 4), (62, 6 + c * 0.8)], SKIN["deep"], 1.5)
    d.close_g()


def tears(d, streams, op=0.8):
    """Tapered, wavy streams of tears (head space) with a drop at the end."""
    for pts in streams:
        n = len(pts)
        left = [(x - 3.4 * (1 - i / n * 0.6), y) for i, (x, y) in enumerate(pts)]
        right = [(x + 3.4 * (1 - i / n * 0.6), y) for i, (x, y) in reversed(list(enumerate(pts)))]
        d.shape(left + right, "#d4ecff", stroke="#7fa8d4", sw=1.1, opacity=op)
        x, y = pts[-1]
        d.shape([(x, y - 3), (x + 4.5, y + 5), (x, y + 9), (x - 4.5, y + 5)], "#e4f4ff", stroke="#7fa8d4", sw=1.1)
        d.line([(pts[0][0] - 1, pts[0][1] + 3), (pts[1][0] - 1, pts[1][1])], "#ffffff", 1.4)
