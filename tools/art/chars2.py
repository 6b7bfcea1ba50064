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
from svg import Doc, INK, sym, smooth
import face as F
import pose as P
import cgfig as G
from chars import CX, OUT, W, H, head_skin, face_layer, hair_lock

HEAD_T = "translate(300,284) scale(0.84) translate(-300,-334)"

BLOOD = [(0, "#ff6b78"), (30, "#d0182e"), (75, "#86061a"), (100, "#3c0008")]
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


def ichi(d, x, y, w, col="#0c0a10", **a):
    """The kanji 一 as a brush stroke: a pressed start, a slight arch, a pressed end."""
    k = w / 100.0
    pts = [(x, y + 3 * k), (x + 6 * k, y - 6 * k), (x + 16 * k, y - 4 * k), (x + 50 * k, y - 4 * k), (x + 86 * k, y - 8 * k), (x + 96 * k, y - 5 * k),
           (x + 101 * k, y + 4 * k), (x + 92 * k, y + 8 * k), (x + 50 * k, y + 6 * k), (x + 14 * k, y + 9 * k), (x + 4 * k, y + 10 * k)]
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
LAUGH_T = HEAD_T + " translate(300,330) rotate(-13) scale(1,0.93) translate(-300,-346)"


def chi_back_hair(d):
    g = d.lin(BLOOD, 0, 0, 100, 100)
    # liquid hair streaming up and out to her left (viewer right), as if under water
    pts = [(300, 80), (360, 64), (420, 34), (490, 6), (560, -14, 0), (530, 46), (572, 84), (640, 96, 0), (590, 146), (566, 214), (610, 292), (650, 372, 0),
           (596, 368), (566, 450), (600, 560), (606, 700, 0), (552, 610), (506, 520), (470, 440), (430, 370), (300, 336), (214, 346), (178, 410), (150, 500),
           (124, 570, 0), (126, 476), (110, 410), (84, 372, 0), (118, 306), (146, 236), (148, 166), (180, 110), (232, 84)]
    d.shape(pts, g, INK, OUT)
    # light on the upper left strands, shadow in the body of the mass
    d.shape([(170, 130), (150, 220), (136, 300), (150, 380), (176, 300), (190, 210)], "#ff8a96", opacity=0.4)
    d.shape([(470, 120), (540, 150), (560, 260), (580, 380), (560, 500), (580, 620), (520, 520), (480, 400), (470, 300), (440, 200)], "#3c0008", opacity=0.4)
    for pts_ in ([(380, 60), (460, 30), (530, 10)], [(420, 140), (520, 120), (600, 110)], [(470, 220), (540, 300), (610, 360)], [(480, 380), (540, 480), (580, 620)]):
        d.line(pts_, "#ff9aa6", 3, opacity=0.55)
    for x, y, L in ((606, 700, 60), (650, 372, 34), (124, 570, 44), (84, 372, 26)):
        drip(d, x, y, L, 9)


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
    limb(d, [(378, 336), (438, 410), (470, 430), (520, 392), (540, 362)], [20, 16, 15, 12, 11], g)
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
    d.shape([(236, 392), (262, 424), (298, 420), (300, 452), (262, 458), (238, 432)], "#ff8a96", opacity=0.45)
    d.shape([(330, 330), (380, 350), (380, 410), (350, 470), (330, 440)], "#4a0010", opacity=0.45)
    d.line([(300, 404), (304, 470)], "#5a0010", 2.2)
    d.line([(222, 340), (240, 400), (252, 470)], hl, 3, opacity=0.7)
    # a thin girdle of darker blood at the waist where the dress gathers
    d.shape([(258, 464), (352, 460), (358, 486), (300, 494), (254, 490)], d.lin([(0, "#b01428"), (100, "#4a0010")]), INK, 2.4)
    # ---- her right arm (viewer left): lowered, the fist holding the blade of blood
    blood_blade(d, 150, 552, -0.42, 0.91, 320, 17)
    limb(d, [(228, 338), (196, 400), (176, 462), (160, 510), (156, 536)], [19, 16, 14, 12, 11], g)
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
    "stabbed": {"brow": (-12, 5), "mouth": "gasp", "lid_in": 0.42, "lid_out": 0.5, "iris": 0.15, "look": (0, 3), "mark": "#2aa88a"},
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


def esp_torso(d, wg):
    """Jacket, open chest with the hollow hole and the 5, sash, hakama."""
    d.shape([(196, 620), (404, 620), (432, 1000, 0), (168, 1000, 0)], wg, INK, OUT)
    for x0, x1 in ((250, 232), (300, 300), (350, 372)):
        d.line([(x0, 650), (x1, 1000)], "#a8aabd", 2.4, sm=False)
    jk = [(256, 252), (344, 252), (424, 314), (444, 420), (420, 660, 0), (320, 650), (300, 560, 0), (280, 650), (180, 660, 0), (156, 430), (172, 356)]
    d.shape(jk, wg, INK, OUT)
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
    esp_torso(d, wg)
    esp_hilt(d)
    # his right arm (viewer left) hangs loose past the hilt, fingers hooked
    limb(d, [(214, 296), (180, 340), (160, 430), (150, 530), (146, 640)], [30, 30, 27, 25, 23], wg)
    d.line([(166, 420), (156, 520), (156, 620)], "#a8aabd", 2.2)
    d.shape([(124, 630), (170, 636), (168, 668, 0), (126, 664, 0)], "#ececf2", INK, 2.4)
    open_hand(d, 146, 660, 4, 1.2, ESP_SKIN, spread=0.7, curl=0.7, flip=True)
    # his left arm (viewer right) bent, the hand shoved into the slit of his hakama
    limb(d, [(384, 296), (432, 330), (462, 420), (460, 520), (430, 620), (414, 660)], [30, 30, 28, 26, 24, 22], wg2)
    d.line([(452, 400), (466, 480)], "#8a8ca0", 2.2)
    d.line([(444, 560), (420, 630)], "#8a8ca0", 2)
    d.shape([(384, 648), (420, 640), (442, 652), (440, 678, 0), (420, 668), (394, 674, 0)], wg, INK, 2.6)


def esp_body_ears(d):
    wg = d.lin(ESP_WHITE, 0, 0, 100, 100)
    wg2 = d.lin(ESP_WHITE2, 0, 0, 100, 100)
    esp_torso(d, wg)
    esp_hilt(d)
    # both arms flung up, elbows out, forearms rising to the sides of his head
    limb(d, [(222, 300), (170, 320), (126, 330), (150, 290), (186, 246), (206, 226)], [30, 28, 27, 25, 22, 20], wg)
    limb(d, [(378, 300), (430, 320), (474, 330), (450, 290), (414, 246), (394, 226)], [30, 28, 27, 25, 22, 20], wg2)
    d.line([(150, 318), (128, 320)], "#a8aabd", 2.2)
    d.line([(452, 318), (472, 320)], "#8a8ca0", 2.2)


def esp_hands_ears(d):
    """Both hands clamped over his ears, fingers spread and digging into his hair."""
    for s in (-1, 1):
        X = lambda x: CX + s * (x - CX)
        d.shape([(X(188), 240), (X(214), 216), (X(226), 236), (X(202), 262)], "#ececf2", INK, 2.4)
        open_hand(d, X(214), 234, s * 150, 1.3, ESP_SKIN, spread=0.9, curl=0.35, flip=s > 0)


def esp_body_stabbed(d):
    """Doubled over on one knee, both hands over the wound through his gut."""
    wg = d.lin(ESP_WHITE, 0, 0, 100, 100)
    wg2 = d.lin(ESP_WHITE2, 0, 0, 100, 100)
    # blood pooling on the ground under him
    d.ellipse(300, 990, 250, 30, d.rad([(0, "#7a0616"), (70, "#a0142a", 0.9), (100, "#a0142a", 0)]))
    # his left leg (viewer right): the knee down, thigh falling back to the ground
    d.shape([(300, 700), (420, 690), (460, 800), (470, 1000, 0), (330, 1000, 0), (320, 840)], wg2, INK, OUT)
    d.line([(400, 740), (430, 980)], "#8a8ca0", 2.2)
    # his right leg (viewer left): the knee raised towards us, the shin down to the ground
    d.shape([(180, 700), (310, 690), (312, 780), (260, 820), (232, 830), (236, 1000, 0), (130, 1000, 0), (134, 860), (150, 780)], wg, INK, OUT)
    d.ellipse(216, 800, 60, 34, wg, stroke=INK, stroke_width=2.4)
    d.line([(170, 860), (168, 990)], "#a8aabd", 2.2)
    # the bent torso, foreshortened, shoulders hunched up round the bowed head
    d.shape([(196, 420), (300, 402), (404, 420), (440, 470), (430, 560), (420, 700, 0), (180, 700, 0), (170, 560), (162, 470)], wg, INK, OUT)
    d.shape([(330, 430), (420, 450), (424, 560), (410, 690), (340, 690)], "#8a8ca0", opacity=0.3)
    d.shape([(180, 640, 0), (420, 640, 0), (422, 676, 0), (178, 676, 0)], d.lin([(0, "#3a3846"), (100, "#0c0b10")]), INK, OUT)
    esp_hilt(d, 206, 660, -40)
    # the wound: blood soaking the jacket round it, running down over the sash and hakama
    d.shape([(250, 560), (300, 540), (360, 556), (380, 620), (366, 700), (330, 760), (300, 740), (270, 770), (240, 700), (230, 620)],
            d.lin([(0, "#c41c30"), (60, "#8e0f1c"), (100, "#5a0410")]), opacity=0.92)
    for pts in ([(336, 740), (340, 800), (338, 860)], [(276, 760), (272, 820), (276, 900)], [(300, 740), (302, 780)]):
        F.blood_trickle(d, pts, 7)
    # both arms in to the wound
    limb(d, [(200, 440), (164, 500), (176, 570), (230, 600), (262, 604)], [30, 28, 26, 24, 22], wg)
    limb(d, [(400, 440), (440, 500), (430, 580), (380, 628), (350, 640)], [30, 28, 26, 24, 22], wg2)
    open_hand(d, 262, 602, -75, 1.2, ESP_SKIN, spread=0.6, curl=0.5)
    open_hand(d, 350, 640, 65, 1.2, ESP_SKIN, spread=0.6, curl=0.5, flip=True)
    for x, y in ((300, 640), (322, 668), (286, 676)):
        F.blood_smear(d, x, y, 12, 8, 0.3)
    for x, y, L in ((300, 690, 24), (322, 700, 34), (270, 694, 20)):
        drip(d, x, y, L, 6, "#a0142a", "#4a0610")


STABBED_T = "translate(300,470) rotate(12) scale(0.84) translate(-300,-300)"


def esp_back_body(d):
    """Seen from behind, walking away: broad white back, sash, his right hand in
    his hakama, the left arm hanging."""
    wg = d.lin(ESP_WHITE, 0, 0, 100, 100)
    wg2 = d.lin(ESP_WHITE2, 0, 0, 100, 100)
    d.shape([(196, 620), (404, 620), (432, 1000, 0), (168, 1000, 0)], wg, INK, OUT)
    for x0, x1 in ((240, 226), (300, 304), (356, 380)):
        d.line([(x0, 650), (x1, 1000)], "#a8aabd", 2.4, sm=False)
    d.shape([(250, 262), (350, 262), (426, 316), (444, 420), (420, 660, 0), (180, 660, 0), (156, 430), (174, 318)], wg, INK, OUT)
    # the seam down the back, shoulder blades and folds, a tall stand collar
    d.line([(300, 290), (300, 640)], "#a8aabd", 2.4)
    d.line([(220, 360), (250, 420), (262, 520)], "#b8bacb", 2)
    d.line([(380, 360), (350, 420), (340, 520)], "#8a8ca0", 2)
    d.shape([(350, 300), (424, 320), (440, 430), (420, 640), (340, 640)], "#8a8ca0", opacity=0.28)
    d.shape([(250, 236), (350, 236), (356, 296, 0), (244, 296, 0)], wg, INK, 2.6)
    d.shape([(188, 610, 0), (412, 610, 0), (414, 648, 0), (186, 648, 0)], d.lin([(0, "#3a3846"), (100, "#0c0b10")]), INK, OUT)
    esp_hilt(d, 392, 630, -122)
    # his left arm (viewer left) hangs; the right (viewer right) sinks into the hakama
    limb(d, [(214, 300), (180, 340), (160, 430), (150, 530), (146, 640)], [30, 30, 27, 25, 23], wg)
    d.line([(166, 420), (156, 520), (156, 620)], "#a8aabd", 2.2)
    d.shape([(124, 630), (170, 636), (168, 668, 0), (126, 664, 0)], "#ececf2", INK, 2.4)
    P.hand(d, 146, 660, 4, "hang", flip=False, sc=1.2, skin=ESP_SKIN)
    limb(d, [(386, 300), (432, 340), (452, 430), (444, 540), (426, 640)], [30, 30, 28, 26, 24], wg2)
    d.line([(452, 420), (452, 520)], "#8a8ca0", 2.2)
    d.shape([(398, 628), (450, 632), (446, 666, 0), (400, 660, 0)], wg, INK, 2.6)


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
    d.shape([(-50, 20), (-22, 30), (14, 50), (46, 64), (64, 86), (40, 100), (0, 90), (-34, 70), (-54, 44)], bone, INK, OUT)
    d.path("".join("M%d %dL%d %dL%d %dZ" % (x, y, x + 6, y - 12, x + 12, y) for x, y in ((-16, 36), (-2, 44), (12, 52), (26, 60), (40, 67))),
           "#ffffff", stroke=INK, stroke_width=1.5, stroke_linejoin="round")
    d.line([(-36, 48), (10, 76)], "#8a1a2a", 3)


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
    if expr in ("grin", "pain"):
        figure2(d, esp_back_hair, esp_body_grin, esp_head(expr))
    elif expr == "ears":
        figure2(d, esp_back_hair, esp_body_ears, esp_head(expr), esp_hands_ears)
    elif expr == "stabbed":
        figure2(d, esp_back_hair, esp_body_stabbed, esp_head(expr), head_t=STABBED_T)
    elif expr == "back":
        esp_back_body(d)
        esp_head3q(d, 282, 196, 0.78, -6, dict(ESP_FACES["back"], neck=150))
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
    d.shape([(288, 700), (314, 700), (316, 860), (312, 1000, 0), (290, 1000, 0), (286, 860)], wood, INK, OUT)
    d.line([(294, 760), (293, 880), (295, 990)], "#a88a6a", 2.4, opacity=0.7)
    d.line([(306, 820), (310, 832)], INK, 1.6)
    # his arms in the black kimono sleeves, coming forward to the cane
    for s in (-1, 1):
        X = lambda x: CX + s * (x - CX)
        d.shape([(X(204), 370), (X(170), 420), (X(160), 520), (X(176), 640), (X(210), 720), (X(262), 742, 0), (X(272), 700), (X(240), 640), (X(226), 540), (X(236), 440)],
                blk, INK, OUT)
        d.line([(X(186), 460), (X(190), 600)], "#3e3c4c", 2.2)
        d.shape([(X(200), 700), (X(256), 720), (X(262), 744, 0), (X(214), 736)], "#0c0b10", opacity=0.6)
    # the haori draped over his shoulders, empty sleeves hanging at his sides
    for s in (-1, 1):
        X = lambda x: CX + s * (x - CX)
        side = [(X(258), 318), (X(206), 344), (X(150), 370), (X(122), 420), (X(104), 560), (X(96), 760), (X(90), 1000, 0), (X(150), 1000, 0), (X(152), 760),
                (X(148), 560), (X(168), 440), (X(218), 380), (X(250), 348)]
        d.shape(side, wl if s < 0 else wr, INK, OUT)
        d.line([(X(132), 450), (X(120), 640), (X(118), 900)], "#a9abbd" if s < 0 else "#8a8ca0", 2.2)
        # the empty sleeve: a limp rectangle of cloth hanging from the shoulder
        sl = [(X(150), 372), (X(110), 390), (X(72), 430), (X(58), 560), (X(60), 690, 0), (X(116), 700, 0), (X(118), 560), (X(124), 440)]
        d.shape(sl, wl if s < 0 else wr, INK, OUT)
        d.line([(X(84), 470), (X(76), 640)], "#a9abbd" if s < 0 else "#8a8ca0", 2)
        d.shape([(X(60), 690, 0), (X(116), 700, 0), (X(112), 688), (X(66), 680)], "#8a8ca0", opacity=0.5)
    # the First Division's 一, on the hanging sleeve at his right (viewer left)
    d.shape([(66, 560, 0), (116, 560, 0), (116, 620, 0), (68, 620, 0)], "#fbfbfd", "#6a6a7a", 1.6, sm=False)
    ichi(d, 70, 590, 42, "#121018")
    # hands stacked on the knob: his right grips, his left rests over it
    d.shape([(278, 676), (300, 662), (324, 676), (322, 712), (280, 712)], wood, INK, 2.6)
    P.hand(d, 258, 706, -100, "grip", sc=1.45, skin=YAMA_HAND)
    P.hand(d, 344, 682, 100, "flat", flip=True, sc=1.45, skin=YAMA_HAND)


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
    beard = [(236, 250), (262, 280), (300, 286), (338, 280), (364, 250), (380, 300), (374, 420), (352, 540), (330, 640), (318, 700), (322, 800), (312, 880),
             (300, 960, 0), (288, 880), (278, 800), (282, 700), (268, 640), (244, 540), (224, 420), (218, 300)]
    d.shape(beard, bg, INK, OUT)
    for pts in ([(252, 320), (262, 480), (284, 640)], [(300, 330), (300, 520), (300, 660)], [(344, 320), (338, 480), (316, 640)], [(300, 740), (300, 900)]):
        d.line(pts, "#9a9aac", 2)
    cord = d.lin([(0, "#9a6ac8"), (100, "#3e1a5e")], 0, 0, 100, 100)
    for k in range(3):
        y0 = 684 + k * 14
        d.shape([(276, y0), (324, y0 - 3), (326, y0 + 9), (274, y0 + 12)], cord, INK, 1.8)
    d.line([(322, 700), (340, 730), (336, 770)], "#6a3a98", 3.2)
    d.line([(322, 700), (350, 724), (356, 758)], "#6a3a98", 3.2)
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


def hollow():
    d = Doc(HW, H)
    cx = HW // 2
    bg = d.lin(HOLLOW_BODY, 0, 0, 100, 100)
    bone = d.lin(BONE, 0, 0, 100, 100)
    S = HOLLOW_SKIN
    # crouched legs: thighs spread, knees out, shins down to the ground
    d.shape([(270, 600), (180, 650), (110, 760), (120, 860), (150, 1000, 0), (250, 1000, 0), (230, 860), (250, 780), (320, 700)], bg, INK, OUT)
    d.shape([(430, 600), (520, 650), (590, 760), (580, 860), (550, 1000, 0), (450, 1000, 0), (470, 860), (450, 780), (380, 700)], bg, INK, OUT)
    for s in (-1, 1):  # bone knee guards
        X = lambda x: cx + s * (x - cx)
        d.shape([(X(110), 740), (X(150), 720), (X(168), 770), (X(130), 800)], bone, INK, 2.4)
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
    # arms: his right (viewer left) raised, claws high and forward; his left thrust low and out
    limb(d, [(200, 310), (110, 300), (60, 230), (70, 160)], [34, 30, 26, 22], bg)
    limb(d, [(500, 320), (590, 380), (620, 470), (600, 540)], [34, 30, 26, 22], bg)
    d.line([(110, 290), (74, 236)], "#6a6478", 3, opacity=0.7)
    # bone pauldrons with spikes, over the hunched shoulders
    for s in (-1, 1):
        X = lambda x: cx + s * (x - cx)
        d.shape([(X(260), 270), (X(190), 252), (X(130), 200, 0), (X(160), 290), (X(160), 340), (X(230), 330)], bone, INK, 2.6)
    open_hand(d, 70, 164, 190, 1.9, S, spread=1.3, curl=0.7, claws=bone, sw=2.6)
    open_hand(d, 600, 536, -10, 2.0, S, spread=1.3, curl=0.6, claws=bone, flip=True, sw=2.6)
    # the neck bent forward and the mask lunging low at us
    d.shape([(310, 240), (390, 240), (400, 300, 0), (300, 300, 0)], bg, INK, OUT)
    hollow_mask(d, cx, 250, 1.25, -4)
    return d


SPRITES = {"chishioyaiba calm": lambda: chishioyaiba("calm"), "chishioyaiba laughing": lambda: chishioyaiba("laughing"),
           "espada grin": lambda: espada("grin"), "espada pain": lambda: espada("pain"), "espada ears": lambda: espada("ears"),
           "espada stabbed": lambda: espada("stabbed"), "espada back": lambda: espada("back"),
           "yamamoto stern": lambda: yamamoto("stern"), "hollow": hollow}
