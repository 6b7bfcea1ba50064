"""The other sprites: Chishioyaiba, the Quinta Espada, Yamamoto, the Vasto Lorde Hollow.

Also the pieces the action CGs (cgs_action.py) reuse: limbs, open hands, claws,
the numerals 5 and 一 drawn as paths, three-quarter heads of the Espada and of
Chishioyaiba, and her blade of blood.

Sprites are drawn in the shared 600x1000 frame (the Hollow 700x1000): the head in
"head space" scaled 0.84 about the neck (eyes at y~198, chin ~266, shoulders ~326),
the body straight in canvas coordinates.  Sprites carry no scene light: light from
the upper left, neutral colours; the engine tints them by the scene.
"""
import math
import random
from svg import Doc, INK, sym, smooth
import face as F
import pose as P
import cgfig as G
from chars import CX, OUT, W, H, head_skin, face_layer, hair_lock

HEAD_T = "translate(300,284) scale(0.84) translate(-300,-334)"

BLOOD = [(0, "#ff6b78"), (22, "#c8142c"), (62, "#760414"), (100, "#2a0006")]
BLOOD_PAL = {"hi": "#f45c6a", "mid": "#d02a3e", "sh": "#9a1024", "deep": "#5a0010", "blush": "#ff8a9a"}
BLOOD_INK = "#3c0008"


# ------------------------------------------------------------ pieces ---
def _unit(dx, dy):
    L = math.hypot(dx, dy) or 1.0
    return dx / L, dy / L


def tube_round(pts, widths):
    """Outline of a limb or finger along a centre line, with a rounded end."""
    left, right = [], []
    n = len(pts)
    for i, (x, y) in enumerate(pts):
        a = pts[max(i - 1, 0)]
        b = pts[min(i + 1, n - 1)]
        ux, uy = _unit(b[0] - a[0], b[1] - a[1])
        w = widths[i]
        left.append((x - uy * w, y + ux * w))
        right.append((x + uy * w, y - ux * w))
    ux, uy = _unit(pts[-1][0] - pts[-2][0], pts[-1][1] - pts[-2][1])
    tip = (pts[-1][0] + ux * widths[-1] * 0.9, pts[-1][1] + uy * widths[-1] * 0.9)
    return left + [tip] + list(reversed(right))


def limb(d, pts, widths, fill, sw=OUT, stroke=INK, **a):
    d.shape(tube_round(pts, widths), fill, stroke, sw, **a)


def skin_fill(d, S):
    return d.lin([(0, S["hi"]), (60, S["mid"]), (100, S["sh"])], 0, 0, 100, 100)


def rot_deg(dx, dy):
    """The rotation (SVG degrees) that turns local +y into the direction (dx, dy)."""
    return math.degrees(math.atan2(-dx, dy))


def open_hand(d, x, y, ang, sc=1.0, S=None, spread=1.0, curl=0.0, flip=False, sw=2.4, claws=None, thumb=1.0):
    """An open hand seen from the back: wrist at (x, y), fingers along local +y
    rotated by ang degrees, the thumb on the local -x side (flip mirrors).
    spread fans the fingers, curl hooks the tips.  claws: a bone fill for long
    claws on the fingertips (the Hollow)."""
    S = S or F.SKIN
    d.open_g("translate(%.1f,%.1f) rotate(%.1f) scale(%.3f,%.3f)" % (x, y, ang, -sc if flip else sc, sc))
    fill = skin_fill(d, S)
    for kx, L, a0, wd in ((-12, 30, -0.2, 5.0), (-4, 35, -0.06, 5.3), (5, 33, 0.07, 5.1), (13, 26, 0.2, 4.4)):
        a = a0 * spread * 1.6
        p0 = (kx, 30)
        p1 = (p0[0] + math.sin(a) * L * 0.55, p0[1] + math.cos(a) * L * 0.55)
        a2 = a - curl * 0.9 * (1 if kx < 0 else -1) * 0.3
        L2 = L * 0.5 * (1 - 0.45 * curl)
        p2 = (p1[0] + math.sin(a2) * L2, p1[1] + math.cos(a2) * L2)
        limb(d, [p0, p1, p2], [wd, wd * 0.9, wd * 0.75], fill, sw * 0.85)
        if claws:
            ux, uy = _unit(p2[0] - p1[0], p2[1] - p1[1])
            tip = (p2[0] + ux * 26 - uy * 6 * curl, p2[1] + uy * 26 + ux * 6 * curl)
            d.shape([(p2[0] - uy * wd, p2[1] + ux * wd), (tip[0], tip[1], 0), (p2[0] + uy * wd, p2[1] - ux * wd)], claws, INK, sw * 0.7)
        else:
            d.line([(p1[0] - 1, p1[1] - 2), (p1[0] + 1, p1[1] + 2)], S["deep"], 1.2, opacity=0.6)
    palm = [(-16, -2), (16, -2), (19, 14), (18, 32), (8, 37), (-4, 37), (-15, 34), (-18, 16)]
    d.shape(palm, fill, INK, sw)
    d.line([(-6, 8), (-8, 26)], S["deep"], 1.3, opacity=0.6)
    d.line([(6, 8), (7, 26)], S["deep"], 1.3, opacity=0.6)
    if thumb:
        at = -(0.75 * spread + 0.25)
        t0 = (-15, 12)
        t1 = (t0[0] + math.sin(at) * 16, t0[1] + math.cos(at) * 16)
        t2 = (t1[0] + math.sin(at + 0.5) * 13 * thumb, t1[1] + math.cos(at + 0.5) * 13 * thumb)
        limb(d, [(-10, 6), t0, t1, t2], [7, 6.5, 5.5, 4.4], fill, sw * 0.85)
        if claws:
            ux, uy = _unit(t2[0] - t1[0], t2[1] - t1[1])
            d.shape([(t2[0] - uy * 4, t2[1] + ux * 4), (t2[0] + ux * 18, t2[1] + uy * 18, 0), (t2[0] + uy * 4, t2[1] - ux * 4)], claws, INK, sw * 0.7)
    d.close_g()


def fist(d, x, y, ang, sc=1.0, S=None, sw=2.4):
    """A fist round a grip: the grip runs along local +y through (0, 0), the
    finger bands stacked along it, the back of the hand at local -x."""
    S = S or F.SKIN
    d.open_g("translate(%.1f,%.1f) rotate(%.1f) scale(%.3f)" % (x, y, ang, sc))
    fill = skin_fill(d, S)
    d.shape([(-22, -14), (-6, -24), (12, -22), (20, -10), (21, 8), (16, 22), (0, 26), (-16, 20), (-24, 4)], fill, INK, sw)
    for yy in (-12, -2, 8, 17):
        d.line([(4, yy), (19, yy + 2)], S["deep"], 1.6)
    d.shape([(-12, -20), (4, -26), (16, -20), (10, -12), (-4, -12)], S["mid"], INK, sw * 0.85)
    d.line([(-18, -6), (-6, -2), (-10, 12)], S["deep"], 1.2, opacity=0.6)
    d.close_g()


def five(d, x, y, h, col="#0c0a10", sw=None, **a):
    """The numeral 5 as a brush-like stroke path, top-left corner at (x, y)."""
    w = 0.62 * h
    s = sw or 0.16 * h
    p = ("M%.1f %.1f L%.1f %.1f L%.1f %.1f C%.1f %.1f %.1f %.1f %.1f %.1f C%.1f %.1f %.1f %.1f %.1f %.1f"
         % (x + w, y, x + 0.1 * w, y + 0.02 * h, x + 0.02 * w, y + 0.44 * h,
            x + 0.35 * w, y + 0.33 * h, x + w, y + 0.36 * h, x + w, y + 0.68 * h,
            x + w, y + 1.02 * h, x + 0.25 * w, y + 1.06 * h, x - 0.05 * w, y + 0.86 * h))
    d.path(p, stroke=col, stroke_width=s, stroke_linecap="round", stroke_linejoin="round", **a)


def ichi(d, x, y, w, col="#0c0a10", thick=1.0, **a):
    """The kanji 一 as a brush stroke: a pressed start, a slight arch, a pressed end."""
    k = w / 100.0
    t = k * thick
    pts = [(x, y + 3 * t), (x + 6 * k, y - 6 * t), (x + 16 * k, y - 4 * t), (x + 50 * k, y - 4 * t), (x + 86 * k, y - 8 * t), (x + 96 * k, y - 5 * t),
           (x + 101 * k, y + 4 * t), (x + 92 * k, y + 8 * t), (x + 50 * k, y + 6 * t), (x + 14 * k, y + 9 * t), (x + 4 * k, y + 10 * t)]
    d.shape(pts, col, **a)


def drip(d, x, y, L, w=6, col="#9a0a1e", edge=BLOOD_INK):
    d.shape([(x - w / 2, y), (x + w / 2, y), (x + w * 0.3, y + L * 0.8), (x + w * 0.7, y + L), (x, y + L + w * 0.9), (x - w * 0.7, y + L), (x - w * 0.3, y + L * 0.8)],
            col, stroke=edge, sw=1.2)
    d.ellipse(x - w * 0.25, y + L + w * 0.1, w * 0.2, w * 0.3, "#ffb0b8", opacity=0.7)


def drop(d, x, y, r, col="#b0142a", edge=BLOOD_INK, ang=0):
    d.open_g("translate(%.1f,%.1f) rotate(%.1f)" % (x, y, ang))
    d.shape([(0, -r * 2.2), (r, -r * 0.2), (r * 0.7, r * 0.8), (0, r), (-r * 0.7, r * 0.8), (-r, -r * 0.2)], col, edge, 1.1)
    d.close_g()


def blood_blade(d, gx, gy, dx, dy, L, width=16, grip=40, glow=True):
    """Chishioyaiba's blade of blood: from the grip centre (gx, gy) along the
    direction (dx, dy), a slightly curved, glossy katana of liquid blood."""
    ux, uy = _unit(dx, dy)
    nx, ny = -uy, ux  # the edge side
    P_ = lambda t, o: (gx + ux * t + nx * o, gy + uy * t + ny * o)
    bend = L * 0.05
    spine = [P_(20, -width * 0.5), P_(L * 0.5, -width * 0.45 - bend), P_(L * 0.92, -width * 0.2 - bend * 0.6)]
    edge = [P_(L * 0.85, width * 0.35 - bend * 0.7), P_(L * 0.5, width * 0.55 - bend), P_(20, width * 0.5)]
    tip = P_(L, -bend * 0.3)
    if glow:
        cx_, cy_ = P_(L * 0.55, 0)
        d.ellipse(cx_, cy_, L * 0.6, width * 2.2, d.rad([(0, "#ff3040", 0.35), (100, "#ff3040", 0)]),
                  transform="rotate(%.1f %.1f %.1f)" % (math.degrees(math.atan2(uy, ux)), cx_, cy_))
    blade = [(spine[0][0], spine[0][1], 0)] + spine[1:] + [(tip[0], tip[1], 0)] + edge[:-1] + [(edge[-1][0], edge[-1][1], 0)]
    d.shape(blade, d.lin([(0, "#ff7a86"), (35, "#e0203a"), (80, "#8a0618"), (100, "#4a0010")], 0, 0, 100, 100), INK, 2.6)
    # the hard glossy edge and the dark spine
    d.line([P_(26, width * 0.3), P_(L * 0.5, width * 0.38 - bend), P_(L * 0.9, width * 0.1 - bend * 0.5)], "#ffd0d6", 2.6, opacity=0.9)
    d.line([P_(30, -width * 0.25), P_(L * 0.5, -width * 0.22 - bend), P_(L * 0.85, -width * 0.08 - bend * 0.6)], "#5a0010", 2, opacity=0.8)
    # the grip: a clot of darker blood with a rough guard
    g0, g1 = P_(-grip, 0), P_(18, 0)
    limb(d, [g0, g1], [width * 0.42, width * 0.46], d.lin([(0, "#a0142a"), (100, "#3c0008")], 0, 0, 100, 100), 2.4)
    gd = [P_(14, -width * 1.1), P_(22, -width * 0.6), P_(20, width * 0.6), P_(12, width * 1.2), P_(8, 0)]
    d.shape(gd, "#7a0616", INK, 2.2)
    # drops running off the edge
    for t in (0.3, 0.55, 0.78):
        x, y = P_(L * t, width * 0.5 - bend)
        drip(d, x, y, 10 + 14 * t, 4.5)


# -------------------------------------------------------- sprite frame ---
def figure2(d, back_hair, body_fn, head_fn, front=None, head_t=HEAD_T):
    """Layers: back hair (head space) / body (canvas) / head, face, front hair / front."""
    d.open_g(head_t)
    back_hair(d)
    d.close_g()
    body_fn(d)
    d.open_g(head_t)
    head_fn(d)
    d.close_g()
    if front:
        front(d)


# ------------------------------------------------------- CHISHIOYAIBA ---
CHI_IRIS = ("#ff2a40", "#ffe8a0", "#fff6e0", "#ffffff")
CHI_FACES = {
    "calm": {"brow": (-2, 2), "mouth": "soft_smile", "lid_in": 0.36, "lid_out": 0.3, "sclera": [(0, "#14000a"), (100, "#520014")], "lid_col": BLOOD_PAL["mid"],
             "pupil": False, "iris": 0.24, "look": (-3, 0)},
    "laughing": {"brow": (-6, -8), "eye": "happy", "mouth": "none"},
}
# the laugh throws her head back: tilted to her right and foreshortened, chin up
LAUGH_T = HEAD_T + " translate(300,330) rotate(-17) scale(1,0.88) translate(-300,-352)"


def ribbon(d, spine, w0, fill, sw=OUT, hl=None, tip_drip=True):
    """A flowing lock of liquid hair: a smooth spine, tapering from w0 to a point."""
    n = len(spine)
    widths = [w0 * (1 - 0.92 * (i / (n - 1)) ** 1.2) for i in range(n)]
    d.shape(tube_round(spine, widths), fill, INK, sw)
    if hl:
        off = [(x - w * 0.35, y - w * 0.35) for (x, y), w in zip(spine[:-1], widths[:-1])]
        d.line(off, hl, max(2.0, w0 * 0.12), opacity=0.55)
    if tip_drip:
        x, y = spine[-1]
        drip(d, x, y, 14 + w0 * 0.4, max(4, w0 * 0.18))


# the locks of her hair, head space: (spine, width); they rise and stream to her left
CHI_LOCKS = [
    ([(330, 120), (400, 70), (470, 50), (530, 10), (590, -10)], 34),
    ([(370, 160), (450, 150), (520, 176), (580, 160), (640, 176)], 40),
    ([(380, 220), (450, 270), (500, 350), (560, 390), (630, 450)], 44),
    ([(370, 290), (430, 390), (480, 470), (500, 580), (570, 690)], 50),
    ([(230, 240), (200, 320), (186, 410), (150, 490), (126, 560)], 36),
    ([(240, 140), (190, 104), (150, 118), (100, 92)], 26),
]


def chi_back_hair(d):
    g = d.lin(BLOOD, 0, 0, 100, 100)
    for spine, w in CHI_LOCKS:
        ribbon(d, spine, w, g, hl="#ff9aa6")
    # the mass behind the head
    d.shape([(300, 80), (370, 92), (410, 150), (414, 250), (392, 330), (300, 346), (214, 330), (190, 250), (194, 150), (236, 92)], g, INK, OUT)
    d.shape([(380, 120), (404, 200), (400, 300), (370, 330), (380, 230)], "#3c0008", opacity=0.45)


def chi_front_hair(d, laugh=False):
    g = d.lin(BLOOD, 20, 0, 80, 100)
    # cap, parted off-centre; bangs swept to her left (viewer right)
    d.shape([(290, 86), (364, 94), (400, 140), (404, 200, 0), (376, 172), (310, 150), (240, 168), (200, 200, 0), (206, 140), (236, 100)], g, INK, OUT)
    for a, b, t, bend in (((206, 150), (244, 112), (226, 250), -6), ((236, 116), (282, 102), (290, 214), 6), ((278, 104), (326, 104), (350, 196), 10),
                          ((320, 106), (370, 120), (402, 200), 12), ((360, 124), (400, 150), (440, 236), 10)):
        hair_lock(d, a, b, t, bend, g)
    # one long lock over her right shoulder (viewer left), dripping
    d.shape([(214, 160), (236, 200), (234, 290), (222, 400), (230, 500, 0), (200, 430), (196, 330), (194, 230)], g, INK, OUT)
    d.line([(210, 220), (212, 320), (208, 420)], "#ffb0b8", 2.6, opacity=0.6)
    d.line([(226, 126), (262, 104), (300, 98)], "#ffc0c8", 4, opacity=0.8)
    drip(d, 230, 498, 34, 7)
    drip(d, 440, 234, 22, 6)


def chi_body(d):
    g = d.lin(BLOOD, 10, 0, 90, 100)
    S = BLOOD_PAL
    hl = "#ffd0d6"
    # ---- her left arm (viewer right), held out with the palm up, fingers curling
    limb(d, [(378, 336), (410, 372), (440, 408), (466, 428), (492, 416), (520, 392), (540, 362)], [20, 18, 15, 13, 14, 12, 10.5], g)
    d.line([(392, 348), (436, 396)], hl, 2.4, opacity=0.6)
    drip(d, 468, 444, 40, 7)
    drip(d, 482, 438, 22, 5)
    # ---- the dress: from the waist, flaring and sweeping to her right, dissolving into drips
    dress = [(262, 470), (346, 466), (376, 540), (402, 630), (432, 730), (458, 820), (470, 872, 0), (444, 860), (424, 892), (398, 866), (364, 904), (330, 874),
             (292, 914), (254, 880), (208, 900), (162, 862), (104, 884, 0), (128, 800), (170, 700), (212, 610), (240, 540)]
    d.shape(dress, g, INK, OUT)
    for pts, col, op in (([(262, 500), (290, 620), (270, 760), (226, 880), (214, 760), (236, 620)], "#ff5a6c", 0.45),
                         ([(342, 520), (380, 640), (420, 780), (400, 870), (360, 760), (334, 640)], "#4a0010", 0.5),
                         ([(222, 590), (186, 700), (140, 840), (134, 800), (170, 690)], "#ff8a96", 0.5)):
        d.shape(pts, col, opacity=op)
    d.line([(300, 500), (310, 640), (300, 800)], "#5a0010", 2.2, opacity=0.7)
    d.line([(246, 560), (210, 680), (170, 800)], hl, 3, opacity=0.6)
    # the hem melts into long drips and falling drops: no feet, she floats
    for x, y, L, w in ((424, 890, 40, 8), (364, 902, 56, 9), (292, 912, 38, 8), (208, 898, 50, 8), (140, 872, 30, 7), (330, 874, 24, 6), (460, 868, 22, 6)):
        drip(d, x, y, L, w, "#8a0818")
    for x, y, r in ((364, 984, 5), (208, 972, 4.5), (292, 976, 3.5), (424, 956, 3.5), (140, 930, 3)):
        drop(d, x, y, r, "#9a0a1e")
    # ---- torso, a little twisted: her right shoulder (viewer left) lower
    torso = [(284, 280), (318, 278), (332, 300), (374, 312), (396, 338), (384, 384), (382, 414), (352, 478), (262, 482), (226, 416), (220, 386), (206, 344), (228, 314),
             (270, 300)]
    d.shape(torso, g, INK, OUT)
    d.shape([(330, 330), (380, 350), (380, 410), (350, 470), (330, 440)], "#4a0010", opacity=0.45)
    d.line([(222, 340), (240, 400), (252, 470)], hl, 3, opacity=0.7)
    # the bodice: darker blood from a sweetheart neckline to the waist; collarbones above
    d.shape([(226, 386), (250, 372), (276, 382), (300, 402, 0), (324, 380), (352, 368), (384, 380), (384, 414), (352, 478), (262, 482), (226, 418)],
            d.lin([(0, "#b0142a"), (60, "#5a0410"), (100, "#2a0006")], 0, 0, 100, 100), INK, 2.4)
    d.line([(250, 380), (276, 392), (298, 408)], "#ff9aa6", 2.2, opacity=0.7)
    d.line([(262, 330), (290, 340)], "#5a0010", 2, opacity=0.7)
    d.line([(312, 338), (344, 328)], "#5a0010", 2, opacity=0.7)
    # a thin girdle of darker blood at the waist where the dress gathers
    d.shape([(258, 464), (352, 460), (358, 486), (300, 494), (254, 490)], d.lin([(0, "#b01428"), (100, "#4a0010")]), INK, 2.4)
    # ---- her right arm (viewer left): lowered, the fist holding the blade of blood
    blood_blade(d, 150, 552, -0.42, 0.91, 320, 17, glow=False)
    limb(d, [(228, 338), (210, 372), (192, 420), (178, 460), (168, 490), (160, 518), (156, 536)], [20, 18, 15, 12.5, 13.5, 12, 10.5], g)
    d.line([(214, 356), (186, 430), (168, 500)], hl, 2.4, opacity=0.6)
    fist(d, 150, 552, 24, 1.0, S)


def chi_arm_front(d):
    """Her raised left hand (viewer right), palm up, fingers curling like a call."""
    S = BLOOD_PAL
    open_hand(d, 540, 362, 200, 1.15, S, spread=1.1, curl=0.55, flip=True)
    drip(d, 552, 372, 26, 5)


def chishioyaiba(expr):
    d = Doc(W, H)
    laugh = expr == "laughing"
    ht = LAUGH_T if laugh else HEAD_T

    def head(d):
        head_skin(d, True, ears=False, pal=BLOOD_PAL)
        if laugh:
            # the throat, visible under the raised chin
            d.shape([(272, 300), (328, 300), (322, 330), (278, 330)], BLOOD_PAL["sh"], opacity=0.5)
            face_layer(d, True, CHI_FACES[expr], CHI_IRIS, "#4a0010", eye_y=222, mouth_y=274)
            F.mouth(d, CX, 272, "laugh", 1.35)
        else:
            face_layer(d, True, CHI_FACES[expr], CHI_IRIS, "#4a0010")
        chi_front_hair(d, laugh)

    def front(d):
        chi_arm_front(d)
        if laugh:  # the ringing of her laugh: arcs spreading from her open mouth
            for i, r in enumerate((130, 175, 222)):
                for s in (-1, 1):
                    a0, a1 = math.radians(-50), math.radians(30)
                    pts = [(282 + s * r * math.cos(a0 + (a1 - a0) * k / 4), 176 + r * math.sin(a0 + (a1 - a0) * k / 4)) for k in range(5)]
                    d.line(pts, "#ffb0ba", 5 - i * 1.2, opacity=0.8 - i * 0.2)

    figure2(d, chi_back_hair, chi_body, head, front, ht)
    return d


# ------------------------------------------------------ QUINTA ESPADA ---
ESP_HAIR = [(0, "#e8eef8"), (45, "#9aa8c8"), (100, "#4a5678")]
ESP_IRIS = ("#7a5a08", "#ffe060", "#1a1000", "#fff4b0")
ESP_SKIN = {"hi": "#fbeee4", "mid": "#ecd6c8", "sh": "#c8a89c", "deep": "#9a7a70", "blush": "#e88a8a"}
ESP_WHITE = [(0, "#ffffff"), (55, "#e6e6ee"), (100, "#a8aabd")]
ESP_WHITE2 = [(0, "#e6e6ee"), (100, "#9a9cb0")]
ESP_FACES = {
    "grin": {"brow": (8, -4), "mouth": "grin", "lid_in": 0.3, "lid_out": 0.12, "iris": 0.18, "mark": "#2aa88a", "look": (-2, 0)},
    "pain": {"brow": (-10, 6), "eye": "squeeze", "mouth": "pain", "sweat": True, "mark": "#2aa88a"},
    "ears": {"brow": (-13, 8), "eye": "squeeze", "mouth": "scream", "sweat": True, "mark": "#2aa88a"},
    "stabbed": {"brow": (-14, 8), "mouth": "gasp", "lid_in": 0.12, "lid_out": 0.2, "iris": 0.13, "look": (0, 4), "mark": "#2aa88a", "sweat": True},
    "down": {"brow": (-14, 8), "mouth": "gasp", "lid_in": 0.46, "lid_out": 0.56, "iris": 0.13, "look": (0, 5), "mark": "#2aa88a", "sweat": True},
    "back": {"brow": (8, -3), "mouth": "grin", "lid_in": 0.28, "lid_out": 0.1, "iris": 0.2, "mark": "#2aa88a", "look": (-3, 0)},
}


def mouth2(d, cx, my, kind, k=1.0):
    """Mouths the face module lacks: a scream and a dying gasp."""
    X = lambda dx: cx + dx * k
    Y = lambda dy: my + dy * k
    if kind == "scream":
        d.shape([(X(-26), Y(-2), 0), (X(-10), Y(-9)), (X(10), Y(-9)), (X(26), Y(-2), 0), (X(16), Y(18)), (X(0), Y(24)), (X(-16), Y(18))], F.MOUTH_IN, INK, 2.6)
        d.shape([(X(-22), Y(-2), 0), (X(0), Y(-6)), (X(22), Y(-2), 0), (X(0), Y(3))], "#f6f1ea", INK, 1.4)
        d.shape([(X(-14), Y(16)), (X(0), Y(13)), (X(14), Y(16)), (X(0), Y(21))], "#f6f1ea", INK, 1.4)
    elif kind == "gasp":
        d.shape([(X(-13), Y(0), 0), (X(0), Y(-5)), (X(13), Y(0), 0), (X(8), Y(11)), (X(-8), Y(11))], F.MOUTH_IN, INK, 2.4)
        d.shape([(X(-9), Y(-1)), (X(0), Y(-3)), (X(9), Y(-1)), (X(0), Y(2))], "#f6f1ea")


def esp_back_hair(d):
    g = d.lin(ESP_HAIR, 0, 0, 100, 100)
    d.shape([(CX, 96), (360, 100), (404, 150), (412, 230), (420, 300, 0), (380, 270), (CX, 260), (220, 270), (180, 300, 0), (188, 230), (196, 150), (240, 100)], g, INK, OUT)


def esp_front_hair(d, expr):
    g = d.lin(ESP_HAIR, 20, 0, 80, 100)
    for a, b, t, bend in (((206, 160), (230, 120), (170, 120), -6), ((370, 120), (396, 160), (436, 118), 6), ((240, 104), (300, 90), (232, 40), -6),
                          ((300, 90), (360, 104), (384, 40), 6), ((270, 96), (330, 94), (300, 22), 0), ((200, 200), (210, 150), (168, 196), -4),
                          ((390, 150), (400, 200), (436, 192), 4)):
        hair_lock(d, a, b, t, bend, g)
    d.shape([(CX, 90), (362, 100), (396, 140), (400, 196, 0), (372, 170), (CX, 150), (228, 170), (200, 196, 0), (204, 140), (240, 100)], g, INK, OUT)
    for a, b, t, bend in (((268, 150), (296, 150), (286, 226), 6), ((300, 150), (326, 152), (318, 214), 4)):
        hair_lock(d, a, b, t, bend, g)
    d.line([(232, 122), (266, 104), (298, 98)], "#ffffff", 4, opacity=0.8)
    # hollow-mask fragment on his left jaw (viewer right): bone with teeth
    bone = d.lin([(0, "#ffffff"), (60, "#ecebe2"), (100, "#b4b2a4")], 0, 0, 100, 100)
    d.shape([(352, 236), (390, 204), (398, 250), (386, 292), (360, 316), (338, 322), (340, 296, 0), (350, 290), (362, 262, 0)], bone, INK, OUT)
    teeth = "".join("M%d %dL%d %dL%d %dZ" % (x, y, x - 11, y + 4, x + 1, y + 10) for x, y in ((362, 250), (358, 262), (352, 274), (346, 286)))
    d.path(teeth, "#ffffff", stroke=INK, stroke_width=1.6, stroke_linejoin="round")
    d.line([(376, 226), (384, 280)], "#8a1a2a", 3)
    if expr == "down":  # dying: blood from the mouth, down the chin
        F.blood_trickle(d, [(CX - 6, 302), (CX - 10, 318), (CX - 8, 336), (CX - 12, 352)], 4.5)
    if expr in ("pain", "ears", "stabbed"):
        F.blood_trickle(d, [(CX - 14, 300), (CX - 16, 316), (CX - 14, 334)], 3.5)
    if expr in ("pain", "ears"):
        for s_ in (-1, 1):  # strain marks at the temples
            d.line([(CX + s_ * 90, 168), (CX + s_ * 104, 160)], "#6a2a3a", 2.4)
            d.line([(CX + s_ * 92, 180), (CX + s_ * 110, 182)], "#6a2a3a", 2.4)


def esp_head(expr):
    def head(d):
        head_skin(d, False, pal=ESP_SKIN)
        e = dict(ESP_FACES[expr])
        e["lid_col"] = ESP_SKIN["mid"]
        m = e.get("mouth")
        if m in ("scream", "gasp"):
            e["mouth"] = "none"
        face_layer(d, False, e, ESP_IRIS, "#6a7698")
        if m in ("scream", "gasp"):
            mouth2(d, CX, 296, m)
        esp_front_hair(d, expr)
    return head


def esp_chest(d, wg):
    """The open jacket's front over his chest: its shade, the bare chest with the hollow
    hole and the Quinta's 5 tattooed above it, the black lapel edges, the folded
    collar and the sash (shared by the standing poses and `espada down`)."""
    d.shape([(350, 300), (420, 330), (436, 430), (416, 640), (330, 630), (320, 560)], "#8a8ca0", opacity=0.3)
    outer = smooth([(270, 300, 0), (330, 300, 0), (320, 420), (300, 566, 0), (280, 420)])
    hole = "M300 430 A24 28 0 1 0 300 486 A24 28 0 1 0 300 430Z"
    d.path(outer + hole, d.lin([(0, ESP_SKIN["hi"]), (60, ESP_SKIN["mid"]), (100, ESP_SKIN["sh"])], 0, 0, 100, 100), stroke=INK, stroke_width=2.6, fill_rule="evenodd")
    d.path("M300 424 A30 34 0 1 0 300 492 A30 34 0 1 0 300 424Z" + hole, "#3a2a30", fill_rule="evenodd", opacity=0.35)
    # the Quinta's 5, tattooed on his chest above the hole
    five(d, 288, 332, 46, "#121018")
    for s in (-1, 1):
        d.shape([(CX + s * 28, 300, 0), (CX + s * 40, 300, 0), (CX + s * 6, 576, 0), (CX, 568, 0)], "#1c1a22", INK, 1.6, sm=False)
    d.shape([(252, 240), (276, 226), (276, 296, 0), (244, 300, 0)], wg, INK, 2.6)
    d.shape([(348, 240), (324, 226), (324, 296, 0), (356, 300, 0)], d.lin([(0, "#e6e6ee"), (100, "#a8aabd")]), INK, 2.6)
    d.shape([(188, 610, 0), (412, 610, 0), (414, 648, 0), (186, 648, 0)], d.lin([(0, "#3a3846"), (100, "#0c0b10")]), INK, OUT)


def esp_torso(d, wg, slouch=0):
    """Jacket, open chest with the hollow hole and the 5, sash, hakama.
    slouch lifts his left shoulder (viewer right) and drops the right."""
    d.shape([(196, 620), (404, 620), (432, 1000, 0), (168, 1000, 0)], wg, INK, OUT)
    for x0, x1 in ((250, 232), (300, 300), (350, 372)):
        d.line([(x0, 650), (x1, 1000)], "#a8aabd", 2.4, sm=False)
    jk = [(256, 252), (344, 252 - slouch * 0.5), (424, 314 - slouch), (444, 420), (420, 660, 0), (320, 650), (300, 560, 0), (280, 650), (180, 660, 0), (156, 430),
          (170, 356 + slouch)]
    d.shape(jk, wg, INK, OUT)
    esp_chest(d, wg)


def esp_hilt(d, x=210, y=628, ang=-62):
    d.open_g("translate(%d,%d) rotate(%d)" % (x, y, ang))
    d.shape([(-8, -14), (8, -14), (8, 14), (-8, 14)], "#1c1a22", INK, 2, sm=False)
    d.shape([(10, -20, 0), (20, -22, 0), (20, 22, 0), (10, 20, 0)], "#c9a75a", INK, 2, sm=False)
    d.shape([(20, -9, 0), (112, -8, 0), (116, 0), (112, 8, 0), (20, 9, 0)], d.lin([(0, "#2aa88a"), (100, "#0e4a3c")], 0, 0, 0, 100), INK, 2.4)
    d.path("".join("M%d -8L%d 8M%d -8L%d 8" % (x0, x0 + 12, x0 + 12, x0) for x0 in range(28, 100, 16)), stroke="#0a0a10", stroke_width=2)
    d.close_g()


def esp_body_grin(d):
    wg = d.lin(ESP_WHITE, 0, 0, 100, 100)
    wg2 = d.lin(ESP_WHITE2, 0, 0, 100, 100)
    esp_torso(d, wg, slouch=14)
    esp_hilt(d)
    # the arms' shadows on the jacket, so white reads against white
    for pts in ([(196, 320), (216, 336), (204, 460), (196, 600), (180, 650), (178, 470)], [(404, 316), (426, 336), (440, 450), (428, 600), (408, 648), (412, 460)]):
        d.shape(pts, "#8a8ca0", opacity=0.4)
    # his right arm (viewer left) hangs loose past the hilt, fingers hooked
    limb(d, [(214, 304), (178, 352), (160, 440), (150, 540), (146, 648)], [30, 30, 27, 25, 23], wg)
    d.line([(166, 430), (156, 530), (156, 628)], "#a8aabd", 2.2)
    d.shape([(124, 638), (170, 644), (168, 676, 0), (126, 672, 0)], "#ececf2", INK, 2.4)
    open_hand(d, 146, 668, 4, 1.2, ESP_SKIN, spread=0.7, curl=0.7, flip=True)
    # his left arm (viewer right) bent, the shoulder hunched, the hand shoved into the slit of his hakama
    limb(d, [(384, 286), (434, 316), (462, 410), (460, 520), (430, 620), (414, 660)], [30, 30, 28, 26, 24, 22], wg2)
    d.line([(452, 400), (466, 480)], "#8a8ca0", 2.2)
    d.line([(444, 560), (420, 630)], "#8a8ca0", 2)
    d.shape([(384, 648), (420, 640), (442, 652), (440, 678, 0), (420, 668), (394, 674, 0)], wg, INK, 2.6)


def esp_body_ears(d):
    wg = d.lin(ESP_WHITE, 0, 0, 100, 100)
    wg2 = d.lin(ESP_WHITE2, 0, 0, 100, 100)
    esp_torso(d, wg)
    esp_hilt(d)
    # both arms flung up, elbows out, forearms rising to the sides of his head
    limb(d, [(222, 300), (172, 318), (128, 326), (156, 298), (192, 272), (214, 258)], [30, 28, 27, 25, 22, 20], wg)
    limb(d, [(378, 300), (428, 318), (472, 326), (444, 298), (408, 272), (386, 258)], [30, 28, 27, 25, 22, 20], wg2)
    d.line([(150, 318), (128, 320)], "#a8aabd", 2.2)
    d.line([(452, 318), (472, 320)], "#8a8ca0", 2.2)


def esp_hands_ears(d):
    """Both hands clamped over his ears, fingers spread and digging into his hair."""
    for s in (-1, 1):
        X = lambda x: CX + s * (x - CX)
        d.shape([(X(196), 262), (X(222), 242), (X(236), 262), (X(210), 282)], "#ececf2", INK, 2.4)
        open_hand(d, X(218), 256, s * 170, 1.25, ESP_SKIN, spread=0.8, curl=0.3, flip=s < 0, thumb=0.7)


def esp_body_stabbed(d):
    """Down on one knee and doubled over: his right hand (viewer left) clutching
    the wound through his gut, the left braced on his raised knee; blood."""
    wg = d.lin(ESP_WHITE, 0, 0, 100, 100)
    wg2 = d.lin(ESP_WHITE2, 0, 0, 100, 100)
    # blood pooling on the ground under him
    d.ellipse(300, 992, 260, 28, d.rad([(0, "#7a0616"), (70, "#a0142a", 0.9), (100, "#a0142a", 0)]))
    # the kneeling leg (viewer left): straight down to the knee on the ground
    d.shape([(176, 690), (302, 690), (300, 820), (284, 1000, 0), (150, 1000, 0), (156, 830)], wg, INK, OUT)
    d.line([(200, 740), (190, 990)], "#a8aabd", 2.2)
    d.line([(256, 740), (250, 990)], "#a8aabd", 2.2)
    # the raised knee (viewer right): thigh forward, shin down
    d.shape([(300, 686), (400, 676), (458, 730), (488, 790), (478, 836), (470, 1000, 0), (356, 1000, 0), (370, 860), (350, 800), (320, 760)], wg2, INK, OUT)
    d.line([(400, 720), (460, 790)], "#8a8ca0", 2.2)
    d.line([(410, 860), (404, 990)], "#8a8ca0", 2.2)
    # the torso, bent forward, shoulders hunched up round the bowed head
    d.shape([(186, 430), (300, 414), (414, 430), (444, 480), (430, 570), (420, 700, 0), (180, 700, 0), (170, 570), (156, 480)], wg, INK, OUT)
    d.shape([(330, 440), (424, 460), (424, 560), (410, 690), (340, 690)], "#8a8ca0", opacity=0.3)
    d.shape([(178, 646, 0), (422, 646, 0), (424, 682, 0), (176, 682, 0)], d.lin([(0, "#3a3846"), (100, "#0c0b10")]), INK, OUT)
    esp_hilt(d, 200, 668, -40)
    # the wound: a ragged stain spreading from his gut over the sash, running down
    stain = [(300, 574), (330, 570), (350, 590), (356, 620), (352, 652), (338, 676), (330, 704), (312, 690), (296, 700), (280, 706), (272, 680), (254, 660),
             (248, 626), (256, 596), (276, 580)]
    d.shape(stain, d.lin([(0, "#c41c30"), (60, "#8e0f1c"), (100, "#5a0410")], 0, 0, 100, 100), "#4a0610", 1.4, opacity=0.95)
    d.ellipse(304, 618, 14, 18, "#3a0208")
    for pts, w in (([(330, 700), (334, 760), (330, 820), (334, 870)], 8), ([(282, 702), (278, 760), (282, 830)], 7), ([(306, 690), (308, 740)], 5)):
        F.blood_trickle(d, pts, w)
    # his right arm (viewer left) coming across to clutch the wound
    limb(d, [(198, 446), (164, 510), (168, 572), (214, 606), (250, 612)], [30, 28, 26, 24, 22], wg)
    d.line([(172, 500), (170, 560)], "#a8aabd", 2.2)
    d.shape([(232, 592), (262, 596), (262, 630, 0), (230, 628, 0)], "#ececf2", INK, 2.4)
    open_hand(d, 262, 612, -80, 1.2, ESP_SKIN, spread=0.55, curl=0.55)
    for x, y, L in ((300, 640, 26), (318, 630, 18)):
        drip(d, x, y, L, 6, "#a0142a", "#4a0610")
    # his left arm (viewer right) braced on the raised knee
    limb(d, [(404, 446), (444, 520), (464, 600), (462, 690)], [30, 28, 26, 22], wg2)
    d.line([(452, 540), (462, 640)], "#8a8ca0", 2.2)
    d.shape([(440, 680), (484, 680), (482, 708, 0), (442, 708, 0)], "#ececf2", INK, 2.4)
    open_hand(d, 462, 704, -8, 1.2, ESP_SKIN, spread=0.6, curl=0.4, flip=True)


STABBED_T = "translate(300,470) rotate(12) scale(0.84) translate(-300,-300)"


DOWN_T = "translate(300,676) rotate(-17) scale(0.86) translate(-300,-640)"  # the slumped upper body: the sash on the ground
DOWN_HEAD_T = DOWN_T + " translate(300,300) rotate(-16) translate(-300,-276) " + HEAD_T


def _down_pt(x, y):
    """Where a point of the upright upper body lands on the canvas under DOWN_T."""
    a = math.radians(-17)
    x, y = (x - 300) * 0.86, (y - 640) * 0.86
    return 300 + x * math.cos(a) - y * math.sin(a), 676 + x * math.sin(a) + y * math.cos(a)


def esp_body_down(d):
    """Collapsed on the ground, dying: sitting slumped in a pool of his own
    blood, the legs fallen out to the side, the upper body sagging over, his
    right hand (viewer left) braced on the ground, his left clutching the hole
    in his gut (canvas; everything above y 710)."""
    wg = d.lin(ESP_WHITE, 0, 0, 100, 100)
    wg2 = d.lin(ESP_WHITE2, 0, 0, 100, 100)
    # the pool spreading round him, a lit rim at its back edge
    d.path("M40 700 C40 676 180 664 320 666 C470 668 592 678 590 698 C588 716 470 724 330 724 C190 724 40 720 40 700Z",
           d.rad([(0, "#3a0008"), (55, "#6a0614"), (100, "#8a0c1e")]), stroke="#1e0004", stroke_width=2.4)
    d.path("M120 690 C180 678 300 674 430 678 C380 684 240 686 120 690Z", "#e84a5e", opacity=0.55)  # the sky's light on its surface
    d.line([(470, 712), (540, 708)], "#e84a5e", 2, opacity=0.5)
    # the legs, fallen out to the viewer's right: the lower one along the ground, the upper one bent
    limb(d, [(330, 676), (450, 682), (556, 690)], [34, 27, 20], wg2)
    d.line([(380, 688), (540, 694)], "#8a8ca0", 2.2)
    limb(d, [(344, 640), (456, 626), (526, 684)], [36, 28, 20], wg)
    d.line([(380, 628), (452, 618)], "#b8bacb", 2)
    d.line([(470, 640), (512, 680)], "#8a8ca0", 2.2)
    for x, y, a in ((572, 690, -84), (538, 700, -30)):  # his black sandals' soles
        d.open_g("translate(%d,%d) rotate(%d)" % (x, y, a))
        d.ellipse(0, 0, 9, 17, "#1c1a22", stroke=INK, stroke_width=2.2)
        d.close_g()
    # the braced arm (viewer left) behind the body: down from the shoulder to the hand flat on the ground
    sx, sy = _down_pt(196, 318)
    ex, ey = _down_pt(150, 470)
    limb(d, [(sx, sy), (ex - 34, ey + 10), (104, 600), (96, 652)], [30, 28, 26, 23], wg)
    d.line([(ex - 50, ey), (112, 620)], "#a8aabd", 2.2)
    d.shape([(72, 640), (120, 642), (120, 668, 0), (72, 666, 0)], "#ececf2", INK, 2.4)
    d.shape([(30, 700), (60, 690), (110, 688), (120, 698), (70, 704)], "#2a0006", opacity=0.7)  # the hand's shadow in the blood
    open_hand(d, 100, 664, 64, 1.1, ESP_SKIN, spread=0.9, curl=0.15)
    # the upper body, sagging over to the left
    d.open_g(DOWN_HEAD_T)
    esp_back_hair(d)
    d.close_g()
    d.open_g(DOWN_T)
    jk = [(256, 252), (344, 246), (424, 300), (444, 420), (420, 660, 0), (320, 650), (300, 560, 0), (280, 650), (180, 660, 0), (156, 430), (170, 346)]
    d.shape(jk, wg, INK, OUT)
    esp_chest(d, wg)
    esp_hilt(d, 214, 628, -40)
    # the wound through his gut, soaking the jacket's front and the sash
    stain = [(300, 540), (334, 536), (356, 560), (364, 600), (356, 640), (340, 666), (312, 660), (290, 668), (264, 660), (248, 630), (250, 590), (268, 556)]
    d.shape(stain, d.lin([(0, "#c41c30"), (60, "#8e0f1c"), (100, "#5a0410")], 0, 0, 100, 100), "#4a0610", 1.4, opacity=0.95)
    d.ellipse(306, 590, 14, 18, "#3a0208")
    d.close_g()
    for pts, w in (([(312, 670), (318, 684), (314, 696)], 7), ([(276, 668), (272, 688)], 6)):
        F.blood_trickle(d, pts, w)
    # the clutching arm (viewer right): elbow out, the forearm back across, the hand pressed to the wound
    sx, sy = _down_pt(404, 306)
    hx, hy = _down_pt(330, 590)
    limb(d, [(sx, sy), (sx + 36, sy + 70), (sx + 62, sy + 150), (hx + 64, hy + 6), (hx + 16, hy)], [28, 26, 24, 22, 20], wg2)
    d.line([(sx + 34, sy + 60), (sx + 56, sy + 140)], "#8a8ca0", 2.2)
    d.line([(sx + 46, sy + 156), (sx + 60, sy + 166)], "#8a8ca0", 2)  # the crease inside the elbow
    d.shape([(hx + 4, hy - 18), (hx + 32, hy - 14), (hx + 30, hy + 18, 0), (hx + 2, hy + 16, 0)], "#ececf2", INK, 2.4)
    open_hand(d, hx + 2, hy, 80, 1.16, ESP_SKIN, spread=0.55, curl=0.6, flip=True)
    for x, y, L in ((hx - 20, hy + 14, 24), (hx - 2, hy + 20, 16)):
        drip(d, x, y, L, 6, "#a0142a", "#4a0610")
    d.open_g(DOWN_HEAD_T)
    esp_head("down")(d)
    d.close_g()


def esp_back_view(d):
    """Walking away: his back to us in the same open white coat (its back seam,
    the folded collar lying on the shoulders, the black sash round the waist
    with its ends hanging behind), the left arm swinging, the right hand in the
    hakama; the head turned over his left shoulder (viewer left) in a
    three-quarter back view: the back of his spiky hair, a sliver of cheek, the
    bone jaw, one eye and the corner of the grin (canvas)."""
    wg = d.lin(ESP_WHITE, 0, 0, 100, 100)
    wg2 = d.lin(ESP_WHITE2, 0, 0, 100, 100)
    # the hakama, a stride: the near leg's hem swung back
    d.shape([(196, 620), (404, 620), (440, 1000, 0), (170, 1000, 0)], wg, INK, OUT)
    for x0, x1 in ((244, 222), (300, 310), (352, 384)):
        d.line([(x0, 650), (x1, 1000)], "#a8aabd", 2.4, sm=False)
    d.shape([(300, 660), (316, 1000, 0), (430, 1000, 0), (400, 640)], "#8a8ca0", opacity=0.25)
    # the coat's back, flaring a little at its hem
    back = [(246, 258), (354, 258), (428, 312), (446, 420), (436, 540), (446, 676, 0), (300, 668), (154, 676, 0), (164, 540), (154, 430), (172, 312)]
    d.shape(back, wg, INK, OUT)
    d.shape([(350, 300), (426, 320), (442, 430), (432, 540), (440, 668), (330, 662), (326, 420)], "#8a8ca0", opacity=0.28)
    d.line([(300, 292), (302, 608)], "#a8aabd", 2.4)  # the back seam
    d.line([(300, 628), (300, 668)], "#a8aabd", 2.2)  # the vent below the sash
    d.line([(224, 350), (252, 420), (262, 520)], "#b8bacb", 2)  # shoulder blades, folds
    d.line([(378, 350), (350, 420), (342, 520)], "#8a8ca0", 2)
    d.line([(190, 560), (176, 664)], "#b8bacb", 2)
    d.line([(414, 560), (428, 664)], "#8a8ca0", 2)
    # the sash round the waist, the knot's ends hanging behind
    d.shape([(164, 600, 0), (436, 600, 0), (440, 640, 0), (160, 640, 0)], d.lin([(0, "#3a3846"), (100, "#0c0b10")]), INK, OUT)
    d.shape([(330, 606), (356, 604), (362, 630), (336, 636)], "#1c1a22", INK, 2.2)  # the knot
    d.shape([(338, 630), (358, 628), (372, 700), (364, 756, 0), (348, 750), (344, 700)], d.lin([(0, "#3a3846"), (100, "#0c0b10")]), INK, 2.4)
    d.shape([(352, 630), (366, 630), (392, 690), (392, 738, 0), (378, 732), (364, 690)], d.lin([(0, "#2a2834"), (100, "#08070b")]), INK, 2.4)
    esp_hilt(d, 404, 628, -118)  # worn at his right hip: seen from behind, on the viewer's right
    # the arms: his left (viewer left) swinging back a little, the right (viewer right) into the hakama;
    # their shadows on the coat first, so white reads against white
    for pts in ([(196, 320), (218, 336), (204, 460), (196, 600), (182, 650), (180, 470)], [(404, 316), (426, 336), (440, 450), (428, 600), (408, 648), (412, 460)]):
        d.shape(pts, "#8a8ca0", opacity=0.4)
    limb(d, [(208, 292), (172, 336), (154, 430), (146, 530), (150, 630)], [30, 30, 27, 25, 23], wg)
    d.line([(166, 420), (158, 520), (160, 612)], "#a8aabd", 2.2)
    d.shape([(126, 622), (174, 626), (172, 658, 0), (128, 654, 0)], "#ececf2", INK, 2.4)
    P.hand(d, 150, 650, 2, "hang", flip=True, sc=1.2, skin=ESP_SKIN)
    limb(d, [(392, 292), (432, 336), (452, 430), (446, 540), (426, 640)], [30, 30, 28, 26, 24], wg2)
    d.line([(452, 420), (452, 520)], "#8a8ca0", 2.2)
    d.shape([(398, 628), (450, 632), (446, 666, 0), (400, 660, 0)], wg, INK, 2.6)
    # the neck from behind, and the coat's collar folded down over the shoulders
    d.shape([(268, 196), (330, 196), (336, 268, 0), (264, 268, 0)], d.lin([(0, ESP_SKIN["mid"]), (100, ESP_SKIN["sh"])], 0, 0, 100, 0), INK, 2.4)
    d.shape([(264, 230), (336, 230), (336, 268), (264, 268)], ESP_SKIN["deep"], opacity=0.35)
    d.shape([(236, 262), (262, 250), (300, 256), (338, 250), (364, 262), (372, 284, 0), (330, 286), (300, 294), (270, 286), (228, 284, 0)], wg, INK, 2.6)
    d.line([(246, 276), (300, 284), (354, 276)], "#a8aabd", 1.8)
    # the head, turned over his left shoulder toward the viewer's left
    d.open_g("translate(296,182) rotate(-6) translate(-296,-182)")
    # the sliver of his face: cheek, brow, nose tip, the grin's corner, the chin
    skin = d.lin([(0, ESP_SKIN["hi"]), (60, ESP_SKIN["mid"]), (100, ESP_SKIN["sh"])], 0, 0, 100, 100)
    face = [(248, 128), (224, 148), (214, 176, 0), (218, 186), (208, 206), (200, 222, 0), (208, 226), (210, 238), (206, 252, 0), (216, 262), (214, 272), (228, 290),
            (256, 300), (282, 290), (290, 240), (280, 170)]
    d.shape(face, skin, INK, OUT)
    d.shape([(272, 200), (286, 236), (282, 288), (256, 298), (262, 250)], ESP_SKIN["sh"], opacity=0.5)
    # the eye seen from the side: lashes, a wedge of white, the gold iris looking back at the viewer's left
    d.shape([(216, 190, 0), (236, 186), (242, 196, 0), (232, 202), (218, 198)], "#fffdf8", INK, 1.8)
    d.ellipse(224, 194, 5.4, 6.4, d.lin([(0, ESP_IRIS[1]), (100, ESP_IRIS[0])], 0, 0, 0, 100))
    d.ellipse(223, 194, 2.2, 3.4, ESP_IRIS[2])
    d.line([(214, 188), (226, 183), (244, 190)], INK, 3.6)
    d.line([(214, 174), (232, 166), (250, 172)], "#6a7698", 4.4)  # the brow, drawn down: the sneer
    d.line([(226, 204), (228, 222), (224, 240)], "#2aa88a", 4.2)  # the green mark under his eye
    # the grin at the edge of the face, teeth showing, cut by the bone of his jaw
    d.shape([(206, 246, 0), (222, 250), (240, 244, 0), (234, 256), (216, 260)], F.MOUTH_IN, INK, 2)
    d.shape([(210, 248), (236, 246), (232, 251), (212, 252)], "#ffffff")
    d.line([(238, 244), (246, 238)], INK, 2.2)
    bone = d.lin([(0, "#ffffff"), (60, "#ecebe2"), (100, "#b4b2a4")], 0, 0, 100, 100)
    d.shape([(214, 262), (236, 262), (262, 272), (286, 270), (280, 292), (256, 302), (228, 292), (212, 276)], bone, INK, 2.6)
    d.path("".join("M%d %dL%d %dL%d %dZ" % (x, y, x + 5, y - 9, x + 10, y) for x, y in ((222, 270), (236, 272), (250, 276), (264, 276))),
           "#ffffff", stroke=INK, stroke_width=1.3, stroke_linejoin="round")
    # the ear, then the back of his head: the hair from behind, spiking up and out, the nape
    d.shape([(282, 196), (298, 190), (302, 214), (296, 238), (284, 242)], ESP_SKIN["mid"], INK, 2.2)
    d.line([(290, 202), (294, 218), (288, 230)], ESP_SKIN["deep"], 1.6)
    g = d.lin(ESP_HAIR, 0, 0, 100, 100)
    for a, b, t, bend in (((250, 112), (290, 92), (246, 34), -6), ((286, 90), (330, 90), (304, 14), 2), ((326, 92), (372, 112), (384, 34), 6),
                          ((366, 112), (398, 150), (446, 110), 6), ((392, 160), (404, 206), (448, 194), 4), ((238, 122), (256, 104), (206, 102), -4),
                          ((396, 214), (390, 250), (426, 268), 4), ((336, 248), (366, 240), (362, 292), 3), ((296, 246), (330, 250), (314, 300), 2)):
        hair_lock(d, a, b, t, bend, g)
    head = [(244, 126), (266, 100), (300, 90), (346, 96), (384, 122), (404, 168), (404, 214), (390, 246), (356, 258), (320, 256), (300, 250, 0), (304, 222), (300, 188),
            (290, 166), (268, 160), (254, 176, 0), (236, 160)]
    d.shape(head, g, INK, OUT)
    d.line([(340, 130), (362, 180), (356, 230)], "#6a7698", 2.2)  # locks drawn to the crown
    d.line([(310, 120), (330, 170), (330, 236)], "#8a96b8", 2)
    d.line([(262, 118), (300, 100), (344, 104)], "#ffffff", 4, opacity=0.8)
    for a, b, t, bend in (((236, 150), (254, 138), (222, 186), -3), ((256, 160), (276, 164), (248, 202), -3)):  # locks falling over his brow
        hair_lock(d, a, b, t, bend, g)
    d.close_g()


def esp_hair3q(h, spikes=True):
    d = h.d
    g = h.grad(ESP_HAIR)
    if spikes:
        for a, b, t, bend in (((-84, -30), (-96, -80), (-140, -70), -4), ((-80, 10), (-94, -30), (-132, 10), -4), ((-70, 40), (-84, 0), (-100, 70), -2),
                              ((-90, -80), (-60, -116), (-110, -140), 2), ((-56, -112), (-10, -124), (-40, -168), -4), ((-12, -124), (40, -118), (22, -170), 4),
                              ((34, -118), (76, -96), (92, -150), 6)):
            C_lock(d, a, b, t, bend, g)
    d.shape([(-4, -128), (48, -120), (86, -88), (96, -44, 0), (64, -60), (10, -66), (-40, -40), (-66, 10, 0), (-86, -20), (-88, -80), (-52, -116)], g, INK, OUT)
    for a, b, t, bend in (((-24, -84), (14, -102), (0, -14), -4), ((8, -100), (46, -98), (36, -20), 4), ((44, -96), (80, -80), (78, -8), 5)):
        C_lock(d, a, b, t, bend, g)
    d.line([(-60, -96), (-24, -116), (16, -118)], "#ffffff", 4, opacity=0.8)


def C_lock(d, a, b, t, bend, g):
    hair_lock(d, a, b, t, bend, g)


def esp_mask3q(h):
    """The bone fragment along his near jaw, with its row of teeth."""
    d = h.d
    bone = h.grad([(0, "#ffffff"), (60, "#ecebe2"), (100, "#b4b2a4")])
    d.shape([(-50, 40), (-26, 62), (6, 82), (30, 92), (50, 98), (40, 108), (10, 108), (-22, 94), (-48, 68)], bone, INK, OUT)
    d.path("".join("M%d %dL%d %dL%d %dZ" % (x, y, x + 5, y - 10, x + 10, y) for x, y in ((-24, 64), (-10, 72), (4, 80), (18, 86), (32, 92))),
           "#ffffff", stroke=INK, stroke_width=1.4, stroke_linejoin="round")
    d.line([(-36, 72), (10, 96)], "#8a1a2a", 3)


def esp_head3q(d, x, y, sc, rot, e, flip=True):
    """The Espada's head in three-quarter view (cgfig's head space), facing left
    by default so the mask on his left jaw is on the near side."""
    h = G.Head(d, x, y, sc, rot, flip)
    h.open()
    g = h.grad(ESP_HAIR)
    d.shape([(-20, -126), (40, -118), (84, -86), (96, -40), (70, -60), (0, -60), (-70, 30), (-96, 60, 0), (-100, 10), (-112, -40), (-90, -100)], g, INK, OUT)
    G.neck(h, False, e.get("neck", 190))
    G.head_skin(h, False)
    e2 = dict(e)
    m = e2.pop("mouth", None)
    G.eyes(h, False, e2, ESP_IRIS, "#6a7698")
    if m in ("scream", "gasp"):
        mouth2(d, 58, 62, m, 0.8)
    elif m:
        F.mouth(d, 58, 60, m, 0.62)
    if e.get("blood_mouth"):
        F.blood_trickle(d, [(62, 68), (56, 80), (50, 96), (46, 112)], 3.5)
    esp_mask3q(h)
    esp_hair3q(h)
    h.close()
    return h


def espada(expr):
    d = Doc(W, H)
    if expr in ("grin", "pain"):  # the head cocked a little towards the hunched shoulder
        figure2(d, esp_back_hair, esp_body_grin, esp_head(expr), head_t=HEAD_T + " translate(300,330) rotate(5) translate(-300,-330)")
    elif expr == "ears":
        figure2(d, esp_back_hair, esp_body_ears, esp_head(expr), esp_hands_ears)
    elif expr == "stabbed":
        figure2(d, esp_back_hair, esp_body_stabbed, esp_head(expr), head_t=STABBED_T)
    elif expr == "down":  # lifted so the hand on the ground and the pool stay above the text box
        d.open_g("translate(0,-18)")
        esp_body_down(d)
        d.close_g()
    elif expr == "back":  # walking away, his back to us, grinning over his shoulder
        esp_back_view(d)
    return d


# --------------------------------------------------------- YAMAMOTO ---
YAMA_SKIN = {"hi": "#ecc8aa", "mid": "#d6a88a", "sh": "#a87460", "deep": "#7a4c40", "blush": "#d08080"}
YAMA_HAND = dict(YAMA_SKIN, hi="#f0d0b4")
BEARD = [(0, "#ffffff"), (50, "#d8d8e0"), (100, "#8a8a9c")]
HAORI = [(0, "#ffffff"), (55, "#eeeef2"), (100, "#c4c6d6")]
HAORI2 = [(0, "#f4f4f8"), (100, "#b0b2c4")]
BLACK = [(0, "#3a3846"), (45, "#22202b"), (100, "#111017")]


def yama_body(d):
    blk = d.lin(BLACK, 0, 0, 100, 100)
    wl = d.lin(HAORI, 0, 0, 100, 100)
    wr = d.lin(HAORI2, 0, 0, 100, 100)
    # the haori's back and lining, seen behind him between its hanging sides
    d.shape([(190, 360), (410, 360), (470, 620), (480, 1000, 0), (120, 1000, 0), (130, 620)], "#cfd0dc", INK, OUT)
    # black shihakusho: torso, white collar, obi, hakama
    d.shape([(CX, 318), (336, 322), (398, 366), (404, 430), (386, 620), (392, 1000, 0), (208, 1000, 0), (214, 620), (196, 430), (202, 366), (264, 322)], blk, INK, OUT)
    d.shape([(CX + 8, 430), (390, 420), (380, 620), (CX + 40, 620)], "#0c0b10", opacity=0.45)
    for s in (-1, 1):
        d.shape([(CX + s * 26, 318, 0), (CX + s * 36, 322, 0), (CX + s * 6, 476, 0), (CX - s * 2, 460, 0)], "#f3f1ef", INK, 2, sm=False)
    d.shape([(214, 600, 0), (386, 600, 0), (388, 640, 0), (212, 640, 0)], d.lin([(0, "#5a5870"), (100, "#16141e")]), INK, OUT)
    for x0, x1 in ((260, 244), (312, 316), (356, 374)):
        d.line([(x0, 660), (x1, 1000)], "#3e3c4c", 2.5, sm=False)
    # the cane (his sealed staff), planted before his feet
    wood = d.lin([(0, "#8a6a4a"), (50, "#5a3e2a"), (100, "#2a1a12")], 0, 0, 100, 0)
    d.shape([(288, 670), (314, 670), (316, 860), (312, 1000, 0), (290, 1000, 0), (286, 860)], wood, INK, OUT)
    d.line([(294, 730), (293, 880), (295, 990)], "#a88a6a", 2.4, opacity=0.7)
    d.line([(306, 820), (310, 832)], INK, 1.6)
    # his arms in the black kimono sleeves, coming forward to the cane
    for s in (-1, 1):
        X = lambda x: CX + s * (x - CX)
        d.shape([(X(204), 370), (X(170), 420), (X(160), 520), (X(178), 620), (X(212), 690), (X(262), 712, 0), (X(272), 672), (X(240), 614), (X(226), 530), (X(236), 440)],
                blk, INK, OUT)
        d.line([(X(186), 460), (X(190), 590)], "#3e3c4c", 2.2)
        d.shape([(X(202), 672), (X(256), 692), (X(262), 714, 0), (X(214), 706)], "#0c0b10", opacity=0.6)
    # the haori draped over his shoulders, empty sleeves hanging at his sides
    for s in (-1, 1):
        X = lambda x: CX + s * (x - CX)
        side = [(X(258), 318), (X(206), 344), (X(150), 370), (X(122), 420), (X(104), 560), (X(96), 760), (X(90), 1000, 0), (X(150), 1000, 0), (X(152), 760),
                (X(148), 560), (X(168), 440), (X(218), 380), (X(250), 348)]
        d.shape(side, wl if s < 0 else wr, INK, OUT)
        d.line([(X(132), 450), (X(120), 640), (X(118), 900)], "#a9abbd" if s < 0 else "#8a8ca0", 2.2)
        # the empty sleeve: a limp rectangle of cloth hanging from the shoulder
        sl = [(X(150), 372), (X(104), 388), (X(56), 428), (X(38), 560), (X(40), 696, 0), (X(118), 706, 0), (X(120), 560), (X(126), 440)]
        d.shape(sl, wl if s < 0 else wr, INK, OUT)
        d.line([(X(70), 470), (X(60), 650)], "#a9abbd" if s < 0 else "#8a8ca0", 2)
        d.shape([(X(40), 696, 0), (X(118), 706, 0), (X(112), 692), (X(46), 684)], "#8a8ca0", opacity=0.5)
    # the First Division's 一, on the hanging sleeve at his right (viewer left)
    ichi(d, 46, 540, 66, "#121018", thick=1.9)
    # hands stacked on the knob: his right grips, his left rests over it
    d.shape([(278, 648), (300, 634), (324, 648), (322, 684), (280, 684)], wood, INK, 2.6)
    P.hand(d, 258, 678, -100, "grip", sc=1.45, skin=YAMA_HAND)
    P.hand(d, 344, 654, 100, "flat", flip=True, sc=1.45, skin=YAMA_HAND)


def yama_head(d):
    S = YAMA_SKIN
    sg = [(0, S["hi"]), (60, S["mid"]), (100, S["sh"])]
    d.shape([(CX - 28, 270), (CX + 28, 270), (CX + 27, 334, 0), (CX - 27, 334, 0)], d.lin(sg, 0, 0, 100, 0), INK, 2.4)
    for s in (-1, 1):
        d.shape([(CX + s * 80, 206), (CX + s * 98, 198), (CX + s * 104, 230), (CX + s * 94, 262), (CX + s * 78, 266)], S["mid"] if s < 0 else S["sh"], INK, 2.4)
    head = sym([(CX, 96), (352, 102), (386, 140), (392, 200), (386, 246), (372, 280), (348, 306), (322, 318), (CX, 322, 0)], CX)
    d.shape(head, d.lin(sg, 10, 0, 90, 100), INK, OUT)
    d.shape([(360, 130), (388, 190), (384, 250), (360, 300), (330, 316), (350, 270), (364, 220), (366, 170)], S["sh"], opacity=0.55)
    d.ellipse(262, 130, 34, 16, "#fff4e8", opacity=0.55)
    # the X scar on his brow
    d.line([(252, 120), (300, 176)], "#8a4a40", 4)
    d.line([(300, 118), (262, 172)], "#8a4a40", 4)
    for k in range(3):
        d.line([(258, 188 - k * 10), (300, 184 - k * 10), (342, 188 - k * 10)], S["deep"], 1.8, opacity=0.7)
    # closed stern eyes: heavy creased lids, long drooping white brows
    for s in (1, -1):
        ex = CX - s * 34
        d.line([(ex - s * 22, 228), (ex, 234), (ex + s * 20, 230)], INK, 4.5)
        d.line([(ex - s * 20, 240), (ex - s * 4, 244)], S["deep"], 2)
        d.line([(ex - s * 24, 220), (ex, 216), (ex + s * 18, 222)], S["deep"], 2)
        d.shape([(ex + s * 22, 206), (ex, 196), (ex - s * 26, 204), (ex - s * 44, 236), (ex - s * 50, 270, 0), (ex - s * 32, 232), (ex - s * 8, 214)], d.lin(BEARD), INK, 2)
    d.line([(CX + 4, 244), (CX + 8, 264), (CX, 270)], S["deep"], 2.4)
    # the long beard, bound near its end with a purple cord
    bg = d.lin(BEARD, 0, 0, 100, 100)
    beard = [(236, 250), (262, 280), (300, 286), (338, 280), (364, 250), (380, 300), (376, 400), (362, 480), (340, 540), (322, 580), (324, 620), (314, 680),
             (300, 730, 0), (286, 680), (276, 620), (278, 580), (260, 540), (238, 480), (224, 400), (218, 300)]
    d.shape(beard, bg, INK, OUT)
    for pts in ([(252, 320), (262, 440), (284, 560)], [(300, 330), (300, 480), (300, 570)], [(344, 320), (338, 440), (316, 560)], [(300, 620), (300, 710)]):
        d.line(pts, "#9a9aac", 2)
    cord = d.lin([(0, "#9a6ac8"), (100, "#3e1a5e")], 0, 0, 100, 100)
    for k in range(3):
        y0 = 578 + k * 13
        d.shape([(276, y0), (324, y0 - 3), (326, y0 + 9), (274, y0 + 12)], cord, INK, 1.8)
    d.line([(322, 592), (342, 620), (338, 660)], "#6a3a98", 3.2)
    d.line([(322, 592), (352, 614), (360, 648)], "#6a3a98", 3.2)
    d.shape([(CX, 276), (330, 272), (360, 290), (374, 330, 0), (340, 300), (CX, 292), (260, 300), (226, 330, 0), (240, 290), (270, 272)], bg, INK, 2.4)
    d.line([(266, 296), (300, 290), (334, 296)], "#4a3040", 2.4)


def yamamoto(expr):
    d = Doc(W, H)
    figure2(d, lambda d: None, yama_body, yama_head)
    return d


# ------------------------------------------------------------ HOLLOW ---
HW = 700
BONE = [(0, "#ffffff"), (55, "#ecebe2"), (100, "#a6a496")]
HOLLOW_BODY = [(0, "#4a4458"), (40, "#1e1a26"), (100, "#08060c")]
HOLLOW_SKIN = {"hi": "#4a4458", "mid": "#2a2434", "sh": "#0e0c14", "deep": "#6a6478"}


def hollow_mask(d, cx, cy, sc, rot=0):
    """The horned bone mask, lunging: drawn round its centre."""
    bone = d.lin(BONE, 0, 0, 100, 100)
    d.open_g("translate(%.1f,%.1f) rotate(%.1f) scale(%.3f)" % (cx, cy, rot, sc))
    for s in (-1, 1):
        d.shape([(s * 40, -70), (s * 92, -100), (s * 150, -170, 0), (s * 108, -84), (s * 60, -44)], bone, INK, 2.6)
    mask = sym([(0, -96), (46, -88), (74, -50), (76, 10), (60, 60), (30, 92), (0, 100, 0)], 0)
    d.shape(mask, bone, INK, OUT)
    d.shape([(54, -70), (74, -10), (60, 56), (30, 88), (50, 20), (56, -30)], "#a6a496", opacity=0.6)
    for s in (-1, 1):
        d.shape([(s * 10, -22), (s * 36, -44), (s * 62, -34, 0), (s * 50, -8), (s * 22, -6)], "#08060c", INK, 2)
        d.circle(s * 36, -24, 5.5, "#ffd040")
        d.circle(s * 36, -24, 14, d.rad([(0, "#ffd040", 0.6), (100, "#ffd040", 0)]))
    d.line([(0, -92), (0, -30)], "#b01828", 6)
    for s in (-1, 1):
        d.line([(s * 44, 4), (s * 66, 40)], "#b01828", 5)
    # the jaw open in a snarl
    d.shape([(-36, 30), (36, 30), (30, 86), (0, 94), (-30, 86)], "#1a0008", INK, 2.4)
    teeth = "".join("M%d 30L%d 50L%d 30Z" % (x, x + 4.5, x + 9) for x in range(-34, 30, 9))
    teeth += "".join("M%d %dL%d %dL%d %dZ" % (x, 86 - abs(x) * 0.2, x + 4.5, 68 - abs(x) * 0.2, x + 9, 86 - abs(x) * 0.2) for x in range(-28, 24, 9))
    d.path(teeth, "#ffffff", stroke=INK, stroke_width=1.3)
    d.close_g()


def hollow(torn=False):
    """torn: chapter 4's fight ("tearing apart the Hollow quickly"): the raised arm cut
    off at the elbow and flung away, gashes of the blood blades across the body, the
    mask split and a horn broken off."""
    d = Doc(HW, H)
    cx = HW // 2
    bg = d.lin(HOLLOW_BODY, 0, 0, 100, 100)
    bone = d.lin(BONE, 0, 0, 100, 100)
    S = HOLLOW_SKIN
    # crouched legs: thighs spread, knees out, shins down to the ground
    d.shape([(270, 600), (180, 650), (110, 760), (120, 860), (150, 1000, 0), (250, 1000, 0), (230, 860), (250, 780), (320, 700)], bg, INK, OUT)
    d.shape([(430, 600), (520, 650), (590, 760), (580, 860), (550, 1000, 0), (450, 1000, 0), (470, 860), (450, 780), (380, 700)], bg, INK, OUT)
    for s in (-1, 1):  # bone spurs jutting from the bent knees
        X = lambda x: cx + s * (x - cx)
        d.shape([(X(112), 744), (X(76), 712, 0), (X(126), 724)], bone, INK, 2.4)
        d.line([(X(150), 700), (X(134), 760), (X(150), 820)], "#5a5468", 2.4, opacity=0.7)
    d.shape([(250, 590), (450, 590), (470, 720), (440, 690), (420, 790), (390, 720), (350, 830), (310, 720), (280, 790), (258, 690), (230, 730)], "#16121c", INK, OUT)
    # the hunched torso, leaning in, with the hollow hole
    torso = smooth([(cx, 270), (440, 270), (520, 300), (510, 380), (470, 470), (440, 560), (450, 620, 0), (250, 620, 0), (260, 560), (230, 470), (190, 380),
                    (180, 300), (260, 270)])
    hole = "M350 420 A40 44 0 1 0 350 508 A40 44 0 1 0 350 420Z"
    d.path(torso + hole, bg, stroke=INK, stroke_width=OUT, fill_rule="evenodd")
    d.path("M350 410 A50 54 0 1 0 350 518 A50 54 0 1 0 350 410Z" + hole, "#6a1020", fill_rule="evenodd", opacity=0.55)
    for k, y in enumerate((540, 566, 592)):
        for s in (-1, 1):
            d.line([(cx + s * 20, y), (cx + s * 60, y - 8), (cx + s * 74 - s * k * 4, y + 10)], "#d8d6cc", 5)
    # sinews: lit strokes on the upper left of the limbs and chest, dark on the right
    for pts, col in (([(226, 330), (250, 400), (262, 470)], "#6a6478"), ([(150, 680), (130, 760), (136, 840)], "#6a6478"), ([(470, 330), (456, 400), (440, 470)], "#000000"),
                     ([(552, 680), (572, 760), (566, 840)], "#000000"), ([(300, 640), (320, 700)], "#6a6478")):
        d.line(pts, col, 3, opacity=0.6)
    # arms: his right (viewer left) raised, claws high and forward; his left thrust low and out
    if torn:  # the raised arm cut through at the elbow: a stump; the forearm is flung away below
        limb(d, [(200, 310), (150, 312), (112, 300)], [36, 32, 28], bg)
        d.ellipse(112, 300, 12, 27, "#8a0a1c", stroke=INK, stroke_width=2.4, transform="rotate(-12 112 300)")
        d.ellipse(110, 300, 6, 15, "#e8d8c8", transform="rotate(-12 110 300)")   # the bone in the cut
    else:
        limb(d, [(200, 310), (150, 312), (108, 296), (78, 258), (64, 214), (70, 160)], [36, 32, 27, 24, 25, 21], bg)
    limb(d, [(500, 320), (548, 346), (590, 380), (614, 430), (616, 480), (600, 540)], [36, 32, 27, 24, 25, 21], bg)
    # bone bracers along the forearms
    for pts in ([(90, 262), (60, 240), (52, 196), (70, 176), (84, 214)], [(626, 432), (634, 480), (618, 530), (596, 520), (606, 470)]):
        if torn and pts[0][0] < 300:
            continue
        d.shape(pts, bone, INK, 2.4)
    if not torn:
        d.line([(110, 290), (74, 236)], "#6a6478", 3, opacity=0.7)
    d.line([(560, 380), (596, 470)], "#000000", 3, opacity=0.6)
    # bone pauldrons with spikes, over the hunched shoulders
    for s in (-1, 1):
        X = lambda x: cx + s * (x - cx)
        d.shape([(X(260), 270), (X(190), 252), (X(130), 200, 0), (X(160), 290), (X(160), 340), (X(230), 330)], bone, INK, 2.6)
    if not torn:
        open_hand(d, 70, 164, 190, 1.9, S, spread=1.3, curl=0.7, claws=bone, sw=2.6)
    open_hand(d, 600, 536, -10, 2.0, S, spread=1.3, curl=0.6, claws=bone, flip=True, sw=2.6)
    # the neck bent forward and the mask lunging low at us
    hollow_mask(d, cx, 316, 1.25, -4)
    if torn:
        hollow_wounds(d, bg, bone, S)
    return d


def gash(d, a, b, w, op=1.0):
    """A cut of a blood blade: a lens of raw red from a to b, dark lips, a lit edge."""
    (ax, ay), (bx, by) = a, b
    nx, ny = _unit(by - ay, ax - bx)
    mx, my = (ax + bx) / 2, (ay + by) / 2
    d.shape([(ax, ay, 0), (mx + nx * w, my + ny * w), (bx, by, 0), (mx - nx * w * 0.6, my - ny * w * 0.6)], "#b0122a", BLOOD_INK, 2.2, opacity=op)
    d.line([(ax, ay), (mx + nx * w * 0.3, my + ny * w * 0.3), (bx, by)], "#ff8a94", 1.6, opacity=0.8 * op)


def hollow_wounds(d, bg, bone, S):
    """The blood blades' work on the Hollow: gashes across the chest and thigh, the mask
    split through one eye, a shard of bone flying, the cut-off forearm with its
    claws spinning away, blood spraying from the cuts."""
    for a, b, w in (((214, 352), (468, 520), 12), ((262, 304), (492, 414), 9), ((300, 560), (446, 640), 8), ((440, 650), (560, 760), 9)):
        gash(d, a, b, w)
    # the mask split from the brow down through its left eye; a shard of bone flying
    d.line([(338, 214), (352, 262), (340, 300), (358, 352), (346, 420)], INK, 4)
    d.line([(342, 216), (356, 262), (344, 300), (362, 352)], "#b0122a", 2)
    d.open_g("translate(520,120) rotate(38)")
    d.shape([(0, 0), (50, -30), (108, -96, 0), (66, -20), (20, 16)], bone, INK, 2.6)
    d.close_g()
    d.shape([(432, 236), (452, 222), (462, 240)], "#b0122a", INK, 1.6)
    # the forearm flung up and away, end over end, trailing blood
    d.open_g("translate(-60,-20) rotate(-75 90 200)")
    limb(d, [(108, 296), (78, 258), (64, 214), (70, 160)], [27, 24, 25, 21], bg)
    d.shape([(90, 262), (60, 240), (52, 196), (70, 176), (84, 214)], bone, INK, 2.4)
    open_hand(d, 70, 164, 190, 1.9, S, spread=1.3, curl=0.7, claws=bone, sw=2.6)
    d.ellipse(106, 294, 11, 24, "#8a0a1c", stroke=INK, stroke_width=2.2, transform="rotate(-12 106 294)")
    d.close_g()
    rnd = random.Random(44)
    for x0, y0, dx, dy, n in ((112, 300, 1, -0.6, 9), (340, 440, -1, -0.4, 8), (470, 520, 1, -0.5, 7), (360, 600, 1, 0.1, 6)):
        for k in range(n):
            t = rnd.uniform(10, 120)
            drop(d, x0 + dx * t + rnd.uniform(-12, 12), y0 + dy * t + rnd.uniform(-14, 14), rnd.uniform(3, 7.5), "#c01028", BLOOD_INK,
                 math.degrees(math.atan2(dy, dx)) - 90)
    for x, y, L in ((300, 522, 40), (338, 540, 56), (420, 600, 34), (480, 520, 44)):
        drip(d, x, y, L, 6)


SPRITES = {"chishioyaiba calm": lambda: chishioyaiba("calm"), "chishioyaiba laughing": lambda: chishioyaiba("laughing"),
           "espada grin": lambda: espada("grin"), "espada pain": lambda: espada("pain"), "espada ears": lambda: espada("ears"),
           "espada stabbed": lambda: espada("stabbed"), "espada back": lambda: espada("back"),
           "espada down": lambda: espada("down"),
           "yamamoto stern": lambda: yamamoto("stern"), "hollow": hollow, "hollow torn": lambda: hollow(True)}


# ------------------------------------------- three-quarter heads for CGs ---
CHI_SKIN3 = [(0, "#ff8a96"), (50, "#d8263e"), (100, "#7a0618")]


def chi_head3q(d, x, y, sc, rot, e, flip=False, locks=None):
    """Chishioyaiba in three-quarter view (cgfig's head space: facing +x, eye line
    y=0, crown -110, chin +92).  locks: [(spine, width)] of hair streaming behind."""
    h = G.Head(d, x, y, sc, rot, flip)
    h.open()
    g = h.grad(BLOOD)
    for spine, w in locks or []:
        ribbon(d, spine, w, g, hl="#ff9aa6")
    d.shape([(-20, -126), (40, -118), (84, -86), (96, -40), (70, -60), (0, -60), (-70, 30), (-100, 80, 0), (-112, 10), (-118, -50), (-92, -104)], g, INK, OUT)
    d.shape([(-34, 50), (30, 70), (36, e.get("neck", 170), 0), (-40, e.get("neck", 170), 0)], h.grad(CHI_SKIN3), INK, OUT)
    d.shape(G.face_outline(True), h.grad(CHI_SKIN3), INK, OUT)
    d.shape([(-44, 36), (-14, 60), (24, 78), (50, 86), (20, 84), (-18, 66)], "#7a0618", opacity=0.6)
    d.line([(80, 30), (86, 36)], "#5a0010", 2)
    e2 = dict({"sclera": [(0, "#14000a"), (100, "#520014")], "lid_col": BLOOD_PAL["mid"], "pupil": False, "iris": 0.24}, **e)
    m = e2.pop("mouth", None)
    G.eyes(h, True, e2, CHI_IRIS, "#4a0010")
    if m:
        F.mouth(d, 60, 60, m, e.get("mouth_sc", 0.8))
    # cap and sharp bangs, one long lock before the ear
    d.shape([(-4, -124), (50, -116), (86, -86), (94, -40, 0), (64, -58), (10, -66), (-40, -40), (-64, 0, 0), (-84, -30), (-84, -84), (-50, -114)], g, INK, OUT)
    for a, b, t, bend in (((-24, -86), (14, -104), (-2, -14), -3), ((6, -102), (44, -100), (30, -6), 3), ((36, -100), (70, -88), (66, -4), 4),
                          ((62, -90), (90, -64), (100, -10), 4)):
        hair_lock(d, a, b, t, bend, g)
    d.shape([(-50, -60), (-30, -40), (-24, 40), (-20, 130), (-6, 200, 0), (-40, 140), (-52, 60), (-62, -10)], g, INK, OUT)
    d.line([(-66, -96), (-30, -116), (14, -116)], "#ffc0c8", 4, opacity=0.75)
    h.close()
    return h
