"""The action CGs of chapter 8, 1920x1080, under the red sky of Hueco Mundo:

- cg stab         Chishioyaiba dashes in and drives her blade of blood through the
                  Espada's gut, wrenching him sideways; Izumo small in the distance,
                  kneeling with Kaori.
- cg beheading    the moment after the slash: Izumo standing, his blade swung down,
                  a red arc through the air, the Espada's headless body toppling in
                  silhouette; Izumo glaring down.
- cg chishioyaiba Izumo kneeling beside Kaori's body where she lies in the pool, his
                  hand on her hair; the woman of blood rising from the pool behind
                  him, offset to the right.
- cg vow laugh    chapter 9: Izumo standing in front, blade drawn and bloodied,
                  growling; the woman of blood floating behind him over his
                  shoulder, laughing; Kaori's body in the pool in the mid-ground.

The scenes carry their own light: blood-lit from above, crimson shadows.  Everything
that matters sits above y 790 (the text box covers the rest).  Figures are built from
the sprites' pieces (chars2: limbs, hands, three-quarter heads; cgfig: Izumo's and
Kaori's heads) so the line weight and palette stay the game's.
"""
import math
import random
from svg import Doc, INK, smooth, poly
import face as F
import cgfig as G
import pose as P
import chars2 as C2
import backgrounds as B
from chars2 import limb, open_hand, fist, drip, drop, five
from game.scene.canvas import CANVAS  # noqa: E402

CW, CH = CANVAS
OUT = 3.0

# cloth and skin as they look under the red sky: lit pink-red from above, crimson shadows
RWHITE = [(0, "#fff0ee"), (45, "#f2bcb8"), (100, "#9a3444")]
RWHITE2 = [(0, "#f0c4c2"), (100, "#7a2434")]
RBLACK = [(0, "#5a2a36"), (50, "#2e121a"), (100, "#120608")]
RSKIN = {"hi": "#ffe0d2", "mid": "#f4b8a8", "sh": "#c87878", "deep": "#8a3c44", "blush": "#f08080"}
KA_HAIR = [(0, "#5a4a7c"), (35, "#2a2040"), (100, "#0c0810")]
IZ_HAIR = [(0, "#5a3a48"), (40, "#2a1a24"), (100, "#100a0e")]


# ------------------------------------------------------------ ground ---
def crescent(d, x, y, R, thick, fill, rot=-30):
    h = math.sqrt(R * R - (thick / 2) ** 2)
    p1, p2 = (thick / 2, -h), (thick / 2, h)
    dd = "M%.1f %.1f A%.1f %.1f 0 1 0 %.1f %.1f A%.1f %.1f 0 0 1 %.1f %.1fZ" % (p1[0], p1[1], R, R, p2[0], p2[1], R, R, p1[0], p1[1])
    d.open_g("translate(%d,%d) rotate(%d)" % (x, y, rot))
    d.path(dd, fill)
    d.close_g()


def glow(d, x, y, r, col, op=0.6):
    d.circle(x, y, r, d.rad([(0, col, op), (40, col, op * 0.45), (100, col, 0)], x, y, r, user=True))


def dead_tree(d, x, y, h, rnd, col):
    d.path("".join(poly(s) for s in B.tree_segments(x, y, h, rnd)), col)


def red_desert(d, horizon=600, seed=3, moon=(1560, 160), trees=((170, 150), (1780, 120), (640, 80))):
    """Hueco Mundo under the red sky: the light falls from above, blood-red; the
    white sand turns rust, its hollows deep crimson."""
    rnd = random.Random(seed)
    d.rect(0, 0, CW, CH, d.lin([(0, "#14000a"), (30, "#48060e"), (70, "#9a121e"), (100, "#d8402e")], 0, 0, 0, horizon, user=True))
    glow(d, 960, -120, 900, "#ff3a3a", 0.35)
    if moon:
        glow(d, moon[0], moon[1], 200, "#ff8070", 0.35)
        crescent(d, moon[0], moon[1], 70, 26, "#ffd8c8", -25)
    # torn streaks of dark cloud
    for y0, op in ((120, 0.35), (230, 0.25), (330, 0.2)):
        dd = []
        for _ in range(3):
            x0 = rnd.uniform(-200, 1600)
            L = rnd.uniform(400, 800)
            dd.append(smooth([(x0, y0), (x0 + L * 0.3, y0 - 14), (x0 + L, y0 - 4, 0), (x0 + L * 0.6, y0 + 8), (x0 + L * 0.2, y0 + 12)]))
        d.path("".join(dd), "#2a0008", opacity=op)
    # far dunes, dead quartz trees in silhouette, nearer dunes lit from above
    d.path(smooth([(-50, CH, 0), (-50, horizon), (400, horizon - 30), (900, horizon - 8), (1400, horizon - 36), (1970, horizon - 10), (1970, CH, 0)]),
           d.lin([(0, "#8a2430"), (100, "#4a0a14")]))
    for x, h in trees:
        dead_tree(d, x, horizon + 10, h, rnd, "#3a0610")
    d.path(smooth([(-50, CH, 0), (-50, horizon + 40), (600, horizon + 10), (1200, horizon + 46), (1970, horizon + 20), (1970, CH, 0)]),
           d.lin([(0, "#c85850"), (25, "#9a2e34"), (100, "#3a0610")], 0, horizon, 0, CH, user=True))
    d.path("".join("M%d %dQ%d %d %d %d" % (x, y, x + 80, y - 8, x + 160, y) for x, y in [(rnd.uniform(0, 1800), rnd.uniform(horizon + 60, 1060)) for _ in range(22)]),
           stroke="#5a1018", stroke_width=2.5, opacity=0.5)


def red_light(d, op=0.55, vignette=True):
    """The scene's light over everything: red from above, the dark closing in below.
    (Each full-canvas layer costs nanosvg about 15-35 ms: vignette=False saves one.)"""
    d.rect(0, 0, CW, CH, d.lin([(0, "#ff2a2a", 0.14), (50, "#a00010", 0.04), (100, "#1a0004", 0.5)], 0, 0, 0, 100))
    if vignette:
        d.rect(0, 0, CW, CH, d.rad([(0, "#000000", 0), (62, "#000000", 0), (100, "#0a0002", op)], 960, 480, 1150, user=True))


def rim(d, pts, w=3.2, op=0.75):
    """The red light from above catching the top edge of a figure."""
    d.line(pts, "#ff9a90", w, opacity=op)


def spray(d, x, y, ang, spread, length, n, rnd, size=1.0):
    """A spray of blood from (x, y) towards ang (degrees): curved streaks and drops."""
    for i in range(n):
        a = math.radians(ang + rnd.uniform(-spread, spread))
        L = length * rnd.uniform(0.4, 1.0)
        bend = rnd.uniform(-0.25, 0.25)
        pts = []
        for k in range(4):
            t = k / 3
            aa = a + bend * t
            pts.append((x + math.cos(aa) * L * t, y + math.sin(aa) * L * t + 40 * t * t * size))
        w = rnd.uniform(5, 11) * size
        d.shape(C2.tube_round(pts, [w, w * 0.8, w * 0.5, w * 0.25]), d.lin([(0, "#e0203a"), (100, "#6a0412")]), "#2a0006", 1.4)
        ex, ey = pts[-1]
        for j in range(2):
            dx = math.cos(a) * (20 + j * 26) * size
            drop(d, ex + dx, ey + j * 10 * size, rnd.uniform(3, 6) * size, "#c01028", "#2a0006", math.degrees(a) + 90)


def pool(d, x, y, rx, ry, rnd, op=1.0):
    d.ellipse(x, y, rx * 1.1, ry * 1.3, d.rad([(0, "#3a0008", 0.9 * op), (70, "#6a0410", 0.6 * op), (100, "#6a0410", 0)]))
    pts = []
    for i in range(14):
        a = 2 * math.pi * i / 14
        k = rnd.uniform(0.8, 1.05)
        pts.append((x + rx * k * math.cos(a), y + ry * k * math.sin(a)))
    d.shape(pts, d.lin([(0, "#9a0a1e"), (60, "#5a0410"), (100, "#2a0006")]), "#1a0004", 2, opacity=op)
    d.ellipse(x - rx * 0.2, y - ry * 0.35, rx * 0.45, ry * 0.16, "#ff6a70", opacity=0.35 * op)


# ------------------------------------------------------------ figures ---
def izumo_kaori_far(d, x, y, k):
    """Far away: Izumo kneeling on the sand, bent over Kaori's body lying beside him.
    (x, y): his knees on the ground; k: scale (1 = about 170 px tall kneeling)."""
    S = lambda px, py, *c: (x + px * k, y + py * k) + c
    pool(d, x + 80 * k, y + 4 * k, 190 * k, 18 * k, random.Random(5))
    wht = d.lin(RWHITE, 0, 0, 100, 100)
    blk = d.lin(RBLACK, 0, 0, 100, 100)
    hair = d.lin(IZ_HAIR, 0, 0, 100, 100)
    # his haori spread on the sand behind him
    d.shape([S(-20, -134), S(-50, -90), S(-80, -20), S(-96, 2), S(10, 4), S(0, -60), S(10, -120)], wht, INK, 2)
    # the kneeling legs and the bent back in black
    d.shape([S(-40, -40), S(40, -44), S(70, -20), S(60, 2), S(-50, 4)], blk, INK, 2)
    d.shape([S(-26, -128), S(8, -142), S(40, -126), S(52, -90), S(40, -44), S(-30, -40), S(-34, -90)], blk, INK, 2)
    d.shape([S(-30, -52), S(42, -56), S(44, -44), S(-30, -40)], "#b0283a")
    # his arm reaching down to her where she lies beside him
    d.shape([S(30, -118), S(60, -92), S(84, -44), S(72, -38), S(40, -84)], wht, INK, 1.8)
    d.circle(*S(80, -36), 5 * k, "#f0b0a0", stroke=INK, stroke_width=1.4)
    # his head bowed low over her, spiky hair falling forward
    d.circle(*S(50, -128), 14 * k, "#f0b0a0", stroke=INK, stroke_width=2)
    d.shape([S(34, -124, 0), S(30, -138), S(22, -146, 0), S(36, -146), S(46, -148), S(60, -144), S(66, -134), S(66, -118, 0), S(58, -128), S(48, -126),
             S(40, -118, 0)], hair, INK, 2)
    # Kaori on her back on the sand beside his knees: her hair fanned, white haori, black hakama legs
    d.shape([S(78, -24), S(70, -10), S(80, 2), S(100, 0), S(98, -22)], d.lin(KA_HAIR), INK, 1.6)
    d.shape([S(104, -26), S(150, -32), S(196, -24), S(204, -8), S(150, -2), S(104, -6)], wht, INK, 2)
    d.shape([S(192, -22), S(236, -14), S(250, -4), S(236, 0), S(196, -6)], blk, INK, 2)
    d.shape([S(150, -33), S(170, -40), S(190, -30)], blk, INK, 1.4)   # the curve of the child
    d.circle(*S(94, -14), 10 * k, "#f4b8a8", stroke=INK, stroke_width=1.6)


def chi_dash(d, rnd):
    """Chishioyaiba in full flight from the left, leaning into the thrust; her dress
    and hair stream behind her and break into drops."""
    g = d.lin(C2.BLOOD, 0, 0, 100, 100)
    gd = d.lin([(0, "#e0283e"), (60, "#8a0618"), (100, "#3c0008")], 0, 0, 100, 100)
    # the liquid trail of her body, thinning into drops behind her
    d.shape([(880, 450), (820, 560), (740, 610), (620, 640), (500, 660), (420, 690, 0), (520, 626), (470, 618), (600, 580), (540, 560), (680, 520),
             (720, 460), (800, 420)], gd, INK, OUT)
    d.line([(800, 470), (700, 560), (560, 620)], "#ff8a96", 4, opacity=0.5)
    for x0, y0 in ((470, 640), (420, 610), (380, 680), (350, 640), (460, 700), (320, 690)):
        drop(d, x0, y0, rnd.uniform(4, 8), "#b01028", C2.BLOOD_INK, -100)
    # her far arm reaching ahead to claw his shoulder and wrench him
    limb(d, [(905, 412), (1010, 372), (1100, 372), (1170, 392)], [17, 15, 13, 11], gd)
    open_hand(d, 1172, 392, -100, 1.05, C2.BLOOD_PAL, spread=0.9, curl=0.7)
    # the torso, leaning forward into the dash: a long line from the neck to the hips
    d.shape([(884, 392), (918, 400), (946, 428), (958, 458), (940, 496), (890, 540), (830, 590), (770, 630), (712, 646), (694, 614), (730, 560), (780, 500),
             (830, 446), (862, 410)], g, INK, OUT)
    # the bodice, darker, from the bust to the hips
    d.shape([(904, 452), (930, 446), (956, 462), (940, 496), (890, 540), (830, 590), (770, 630), (714, 646), (700, 616), (760, 566), (830, 510), (876, 474)],
            d.lin([(0, "#8a0a1e"), (60, "#4a0410"), (100, "#1a0004")], 0, 0, 100, 100), INK, 2.4)
    d.line([(904, 456), (930, 450), (952, 464)], "#ff9aa6", 2.2, opacity=0.7)
    d.line([(880, 410), (856, 450), (830, 500)], "#ffd0d6", 3, opacity=0.6)


def chi_dash_head(d):
    locks = [([(-60, -60), (-160, -90), (-260, -70), (-360, -110), (-460, -90)], 40),
             ([(-70, -10), (-170, 10), (-280, -10), (-380, 30), (-500, 20)], 46),
             ([(-60, 40), (-150, 80), (-250, 80), (-340, 130), (-440, 150)], 40),
             ([(-40, -100), (-120, -160), (-220, -170), (-300, -220)], 30)]
    C2.chi_head3q(d, 930, 320, 0.62, 14, {"brow": (8, -6), "mouth": "grin", "mouth_sc": 0.62, "lid_in": 0.3, "lid_out": 0.1, "iris": 0.2, "neck": 150}, locks=locks)


def espada_stab(d, rnd):
    """The Espada run through, jerked back and sideways: the torso curled round
    the blade, head thrown back, one arm flung up, the knees giving way."""
    wg = d.lin(RWHITE, 0, 0, 100, 100)
    wg2 = d.lin(RWHITE2, 0, 0, 100, 100)
    S = RSKIN
    # hakama legs buckling: the near knee folding forward, the far foot dragged out
    d.shape([(1300, 630), (1372, 630), (1424, 700), (1450, 790), (1434, 880), (1440, 990), (1350, 996), (1360, 880), (1366, 800), (1320, 720)], wg2, INK, OUT)
    d.shape([(1236, 640), (1300, 650), (1290, 720), (1246, 790), (1262, 880), (1284, 1000), (1190, 1010), (1170, 900), (1160, 800), (1196, 700)], wg, INK, OUT)
    d.line([(1236, 700), (1200, 790), (1222, 960)], "#9a5a64", 2.2)
    d.line([(1350, 690), (1410, 780), (1396, 960)], "#9a5a64", 2.2)
    # the coat tails flung out behind him
    d.shape([(1340, 600), (1400, 620), (1480, 700), (1560, 760), (1520, 780), (1450, 760), (1380, 720)], wg2, INK, OUT)
    # his flung arm (left, far): elbow high, fingers clawing the air
    limb(d, [(1394, 388), (1456, 340), (1510, 280), (1540, 226)], [24, 22, 20, 17], wg2)
    d.shape([(1520, 246), (1562, 232), (1566, 210, 0), (1524, 222, 0)], "#ffe8e6", INK, 2.2)
    import cgbody as K
    K.hand(d, (1544, 224), -64, 92, curl=(0.62, 0.68, 0.7, 0.75), spread=0.9, thumb=(0.7, 0.6), skin=S, flip=True)   # clawing the air
    # the torso curled round the blade: shoulders thrown right, hips pushed left
    torso = [(1262, 372), (1312, 352), (1372, 362), (1404, 400), (1400, 470), (1376, 540), (1362, 600), (1370, 650), (1230, 654), (1238, 600), (1236, 540),
             (1234, 470), (1240, 410)]
    d.shape(torso, wg, INK, OUT)
    d.shape([(1340, 380), (1400, 410), (1392, 480), (1366, 560), (1360, 640), (1330, 640), (1344, 540), (1360, 460)], "#7a2434", opacity=0.35)
    # the open chest: skin, the hollow hole, the 5
    d.shape([(1290, 372), (1332, 366), (1330, 440), (1312, 520, 0), (1292, 440)], d.lin([(0, S["hi"]), (100, S["sh"])]), INK, 2.4)
    d.path("M1314 448 A12 15 0 1 0 1314 478 A12 15 0 1 0 1314 448Z", "#3a0a10", stroke=INK, stroke_width=2)
    five(d, 1302, 382, 28, "#120608")
    for pts in ([(1286, 370), (1312, 520)], [(1336, 364), (1312, 520)]):
        d.line(pts, "#120608", 3)
    d.shape([(1232, 596, 0), (1370, 590, 0), (1374, 622, 0), (1230, 628, 0)], d.lin([(0, "#3a2a30"), (100, "#0c0608")]), INK, OUT)
    # blood soaking the coat round the wound
    d.shape([(1238, 530), (1270, 520), (1300, 540), (1290, 590), (1256, 600), (1238, 580)], "#a00c22", opacity=0.85)
    F.blood_trickle(d, [(1262, 596), (1258, 640), (1262, 700)], 7)
    F.blood_trickle(d, [(1284, 596), (1290, 650), (1286, 690)], 5)
    # his near arm: the hand clutching at the blade where it enters him
    limb(d, [(1256, 390), (1206, 446), (1190, 500), (1206, 540)], [24, 22, 20, 18], wg)
    d.shape([(1186, 526), (1224, 530), (1222, 556, 0), (1184, 552, 0)], "#ffe8e6", INK, 2.2)
    open_hand(d, 1206, 550, -30, 1.1, S, spread=0.5, curl=0.8)
    # head thrown back, screaming, blood from his mouth
    h = C2.esp_head3q(d, 1330, 262, 0.6, 28, {"brow": (-20, -12), "lid_in": 0.0, "lid_out": 0.0, "iris": 0.11, "look": (1, 0),
                                              "mark": "#2aa88a", "blood_mouth": True, "neck": 170})
    gasp(h)
    d.shape([(1272, 348), (1306, 334), (1346, 340), (1350, 376), (1278, 384)], wg, INK, 2.4)  # the stand collar
    rim(d, [(1350, 362), (1396, 374), (1456, 326), (1510, 262)])
    rim(d, [(1246, 384), (1212, 420), (1190, 470)], 2.6, 0.6)


def gasp(h):
    """Over the Espada's three-quarter head: the gasp of the run-through (mouth torn
    open, blood welling over the lip and down the chin), the whites round
    the shrunken irises, a bead of sweat."""
    d = h.d
    h.open()
    d.shape([(44, 52, 0), (56, 46), (70, 48, 0), (74, 64), (66, 82), (54, 84), (44, 70)], "#3a0a10", INK, 2.6)
    d.shape([(47, 52, 0), (57, 48), (69, 50, 0), (66, 55), (50, 56)], "#f6f1ea")   # the upper teeth
    d.shape([(50, 76), (58, 70), (68, 74), (62, 82), (52, 82)], "#b0122a")          # blood welling in the mouth
    d.shape([(52, 82), (62, 82), (60, 96), (56, 110), (52, 96)], "#b0122a", "#4a0610", 1.2)
    d.path("M60 84Q70 96 64 118", stroke="#8a0a1e", stroke_width=3)
    for ex, ey, w in ((6, 0, 22), (62, -1, 13)):   # the whites shown all round: a wide stare
        d.ellipse(ex, ey, w, w * 0.62, "none", stroke=INK, stroke_width=1.6)
    d.shape([(30, -58), (35, -46), (30, -40), (25, -46)], "#dff1ff", "#6f9ccc", 1)   # a bead of sweat on the brow
    h.close()


def stab_ground(d):
    red_desert(d, 610, moon=(1650, 150))


def cg_stab():
    d = Doc(CW, CH)
    rnd = random.Random(8)
    stab_ground(d)
    # far away on the left: Izumo still kneeling with her
    izumo_kaori_far(d, 250, 700, 0.9)
    d.rect(0, 560, 700, 200, d.lin([(0, "#c03038", 0), (50, "#c03038", 0.25), (100, "#c03038", 0)]))
    # the blade: behind him first (its point out of his back), then his body over it
    C2.blood_blade(d, 1060, 548, 1, 0.02, 500, 26)
    espada_stab(d, rnd)
    # blood bursting out of his back and round the blade at the front
    spray(d, 1380, 556, -12, 35, 260, 9, rnd, 1.2)
    spray(d, 1236, 556, 160, 30, 110, 4, rnd, 0.8)
    # the part of the blade between her fist and his body, in front
    C2.blood_blade(d, 1060, 548, 1, 0.02, 182, 26, glow=False)
    d.ellipse(1240, 554, 16, 30, d.lin([(0, "#e0203a"), (100, "#5a0010")]), stroke=INK, stroke_width=2)
    chi_dash(d, rnd)
    # her blade arm, thrusting, the fist at the grip
    g = d.lin(C2.BLOOD, 0, 0, 100, 100)
    limb(d, [(930, 420), (980, 480), (1030, 530), (1058, 544)], [18, 16, 14, 12], g)
    fist(d, 1060, 548, -90, 1.25, C2.BLOOD_PAL)
    chi_dash_head(d)
    # speed lines of her dash
    d.path("".join(smooth([(x0, y0), (x0 + L * 0.5, y0 - 4), (x0 + L, y0)], False) for x0, y0, L in
                   ((380, 380, 300), (300, 450, 380), (420, 520, 260), (340, 560, 200), (520, 300, 200))), stroke="#ffb0b0", stroke_width=3, opacity=0.35)
    red_light(d)
    return d



# --------------------------------------------------------- BEHEADING ---
def izumo_rage_eyes(h, down=False):
    """Over a cgfig head: the shadow across his eyes and the red glow of his irises
    (down: the irises low under heavy lids, glaring down)."""
    d = h.d
    h.open()
    d.shape([(-40, -34), (90, -40), (96, 6), (60, 14), (20, 12), (-40, 10)], d.lin([(0, "#2a0a14", 0.0), (40, "#2a0a14", 0.55), (100, "#2a0a14", 0.0)], 0, 0, 0, 100))
    for ex, ey, r in (((10, 6, 6), (65, 5, 4)) if down else ((8, 2, 6), (63, 1, 4))):
        d.circle(ex, ey, r * 2.6, d.rad([(0, "#ff3040", 0.7), (100, "#ff3040", 0)]))
        d.circle(ex, ey, r, "#ff4050")
    h.close()


def katana(d, gx, gy, dx, dy, L, blood=True):
    """Izumo's zanpakuto: steel blade from the guard at (gx, gy) along (dx, dy)."""
    ux, uy = C2._unit(dx, dy)
    nx, ny = -uy, ux
    P_ = lambda t, o: (gx + ux * t + nx * o, gy + uy * t + ny * o)
    blade = [P_(0, -8), P_(L * 0.6, -9), P_(L * 0.97, -5), P_(L, 2), P_(L * 0.9, 7), P_(L * 0.5, 8), P_(0, 7)]
    d.shape([(x, y, 0) for x, y in blade], d.lin([(0, "#ffffff"), (45, "#e0c8cc"), (100, "#7a5a66")], 0, 0, 100, 100), INK, 2.6, sm=False)
    d.line([P_(6, -2), P_(L * 0.95, -1)], "#ffffff", 2.4, opacity=0.8)
    if blood:
        d.shape([P_(L * 0.45, 8), P_(L * 0.6, -4), P_(L * 0.9, -3), P_(L * 0.97, 3), P_(L * 0.8, 8)], "#b0102a", opacity=0.9)
        for t in (0.6, 0.8, 0.97):
            x, y = P_(L * t, 8)
            drip(d, x, y, 12 + 12 * t, 4.5)
    # guard and the crimson-wrapped hilt behind it
    g0, g1 = P_(-4, -20), P_(-4, 20)
    d.shape([P_(0, -22), P_(-10, -22), P_(-10, 22), P_(0, 22)], "#c9a75a", INK, 2, sm=False)
    limb(d, [P_(-10, 0), P_(-120, 0)], [10, 10], d.lin([(0, "#e0405a"), (100, "#5a0a14")]), 2.4)
    d.path("".join("M%.1f %.1fL%.1f %.1f" % (P_(-20 - k * 16, -9) + P_(-32 - k * 16, 9)) for k in range(6)), stroke="#e8c8a0", stroke_width=2)


def izumo_standing_cut(d):
    """Izumo after the downstroke: three-quarter view facing right, legs apart,
    both hands on the hilt at his right hip, the blade low towards the fallen."""
    wg = d.lin(RWHITE, 0, 0, 100, 100)
    wg2 = d.lin(RWHITE2, 0, 0, 100, 100)
    blk = d.lin(RBLACK, 0, 0, 100, 100)
    # the haori billowing out behind him from the swing
    d.shape([(650, 340), (560, 420), (470, 560), (380, 720), (300, 860), (360, 880), (420, 960), (520, 940), (600, 1000), (700, 900), (720, 700), (700, 480)],
            wg2, INK, OUT)
    d.line([(560, 480), (460, 700), (380, 860)], "#9a4a58", 2.4)
    d.line([(640, 520), (580, 760), (560, 960)], "#9a4a58", 2.2)
    # hakama: the back leg braced out to the left, the front leg bent forward
    d.shape([(640, 620), (800, 620), (860, 760), (940, 900), (960, 1080, 0), (820, 1080, 0), (800, 900), (730, 780), (680, 880), (600, 1080, 0),
             (480, 1080, 0), (580, 860), (620, 720)], blk, INK, OUT)
    d.line([(720, 660), (700, 800)], "#5a3a44", 2.4)
    d.line([(780, 680), (860, 860), (880, 1060)], "#5a3a44", 2.4)
    # the torso in the black shihakusho, leaning into the cut
    d.shape([(660, 350), (740, 332), (800, 350), (830, 420), (820, 520), (810, 620), (650, 630), (640, 520), (630, 430)], blk, INK, OUT)
    d.shape([(712, 340), (760, 336), (740, 420), (726, 452, 0), (712, 410)], d.lin([(0, RSKIN["hi"]), (100, RSKIN["sh"])]), INK, 2)
    for pts in ([(700, 340), (728, 456)], [(770, 338), (728, 456)]):
        d.line(pts, INK, 12)
        d.line(pts, "#f6e4e2", 6)
    d.shape([(644, 580, 0), (816, 570, 0), (818, 612, 0), (646, 624, 0)], d.lin([(0, "#e0405a"), (100, "#6a0c18")]), INK, OUT)
    # haori over the shoulders, its front edge and the near sleeve
    d.shape([(656, 346), (700, 338), (660, 460), (650, 640), (620, 700), (610, 560), (624, 420)], wg, INK, OUT)


def blood_fist(d, x, y, sc=1.0, ang=-60):
    """Kaori's blood over one of his fists (as on the sprites after her death):
    smears across the knuckles, a drop falling."""
    d.open_g("translate(%.1f,%.1f) rotate(%.1f) scale(%.3f)" % (x, y, ang, sc))
    d.shape([(-20, -12), (-4, -22), (10, -20), (4, -10), (-12, -2)], "#9a0c20", opacity=0.85)
    d.shape([(-22, 4), (-10, 0), (2, 8), (-8, 16), (-18, 14)], "#8a0a1c", opacity=0.8)
    d.shape([(12, -16), (18, -8), (14, 2), (8, -6)], "#b0122a", opacity=0.85)
    d.close_g()
    drip(d, x - 4 * sc, y + 20 * sc, 18 * sc, 4 * sc)


def blood_sleeve(d, pts):
    """Her blood soaked into the front of a sleeve near the cuff."""
    import cgbody as K
    K.stain(d, pts, 0.92)


def izumo_cut_arms(d):
    """Both arms inside the haori sleeves, forward to the hilt at his right hip;
    the wide sleeves hang from the forearms; her blood on the cuffs and hands."""
    import cgbody as K
    wg = d.lin(RWHITE, 0, 0, 100, 100)
    wg2 = d.lin(RWHITE2, 0, 0, 100, 100)
    blk = d.lin(RBLACK, 0, 0, 100, 100)
    # the far arm (his left) reaching across the body to the pommel end of the hilt
    K.sleeve(d, (690, 372), (756, 482), (866, 586), 26, 46, wg2, fold="#7a2434", droop=(0, 1), cuff_w=28, inside="#2a0a12")
    limb(d, [(852, 578), (874, 592), (888, 600)], [17, 16, 15], blk)
    blood_sleeve(d, [(838, 560), (866, 570), (876, 604), (860, 628), (836, 618), (830, 590)])
    # his sword, low and forward, the blood running off it
    katana(d, 960, 640, 0.86, 0.5, 330)
    fist(d, 900, 614, -60, 1.25, RSKIN)
    blood_fist(d, 900, 614, 1.2)
    # the near arm (his right), the sleeve's bag swept back and hanging
    K.sleeve(d, (800, 364), (858, 474), (916, 596), 28, 54, wg, fold="#9a4a58", droop=(-0.35, 0.94), cuff_w=30, inside="#2a0a12")
    limb(d, [(906, 590), (926, 610), (936, 620)], [18, 17, 16], blk)
    blood_sleeve(d, [(896, 566), (930, 580), (940, 612), (918, 632), (892, 624), (884, 594)])
    fist(d, 944, 630, -60, 1.25, RSKIN)
    blood_fist(d, 944, 630, 1.2)


def espada_falling(d, rnd):
    """The Espada's headless body in his white Arrancar coat, on its knees and
    pitching forward; the neck hidden in the fountain of red; his silver-haired
    head turning away in the air.  Not gory: no wound is drawn."""
    wg = d.lin(RWHITE, 0, 0, 100, 100)
    wg2 = d.lin(RWHITE2, 0, 0, 100, 100)
    fold = "#9a4a58"
    S = RSKIN
    pool(d, 1320, 800, 240, 24, rnd, 0.9)
    # the coat tails spread on the sand behind the knees
    d.shape([(1150, 800), (1170, 760), (1220, 720), (1250, 690), (1300, 700), (1290, 760), (1330, 806), (1230, 810)], wg2, INK, OUT)
    d.line([(1180, 790), (1230, 740)], fold, 2.2)
    # the kneeling legs in the white hakama: thigh forward, shin flat on the sand
    d.shape([(1250, 690), (1330, 672), (1390, 700), (1420, 760), (1424, 800), (1300, 806), (1260, 780)], wg2, INK, OUT)
    d.line([(1300, 700), (1380, 740), (1400, 796)], fold, 2.2)
    # the far arm hanging limp to the sand, in its white sleeve
    limb(d, [(1470, 472), (1496, 580), (1504, 680), (1506, 752)], [24, 22, 20, 18], wg2)
    open_hand(d, 1506, 760, 0, 1.0, S, spread=0.3, curl=0.5)
    # the torso pitching forward: the hips over the knees, the shoulders out over the sand
    torso = [(1240, 700), (1250, 620), (1280, 556), (1320, 500), (1370, 470), (1416, 452), (1470, 456), (1500, 490), (1470, 540), (1410, 610), (1360, 680),
             (1320, 720)]
    d.shape(torso, wg, INK, OUT)
    d.shape([(1500, 490), (1470, 540), (1410, 610), (1360, 680), (1330, 700), (1380, 610), (1440, 530)], "#7a2434", opacity=0.35)
    d.line([(1300, 560), (1340, 620), (1350, 690)], fold, 2.2)
    d.line([(1380, 500), (1400, 560)], fold, 2.0)
    # the black sash at his waist
    d.shape([(1244, 660, 0), (1330, 620, 0), (1356, 664, 0), (1262, 706, 0)], d.lin([(0, "#3a2a30"), (100, "#0c0608")]), INK, 2.4)
    # blood run down his back from the neck
    F.blood_trickle(d, [(1430, 470), (1400, 520), (1384, 580)], 7)
    F.blood_trickle(d, [(1456, 476), (1446, 530)], 5)
    d.line([(1256, 610), (1290, 540), (1330, 494), (1376, 468), (1416, 454)], "#ffd0cc", 3.5, opacity=0.7)
    # the near arm hanging in its sleeve, the hand trailing on the ground
    limb(d, [(1340, 500), (1322, 590), (1334, 690), (1346, 748)], [26, 24, 22, 20], wg)
    d.line([(1316, 600), (1328, 700)], fold, 2.0)
    open_hand(d, 1346, 756, 5, 1.05, S, spread=0.4, curl=0.6)
    # the fountain from the neck: red arcs and drops, hiding the cut
    d.ellipse(1436, 454, 40, 26, d.rad([(0, "#e0203a", 0.95), (70, "#a00c22", 0.9), (100, "#a00c22", 0)]))
    spray(d, 1416, 452, -60, 40, 230, 8, rnd, 1.3)
    spray(d, 1420, 456, -100, 25, 150, 4, rnd, 1.0)
    # the head, turning away in the air: the back of his silver hair, the bone of his mask at the jaw
    hair = d.lin([(0, "#f4d0d4"), (50, "#b07a8a"), (100, "#4a2438")], 0, 0, 100, 100)
    d.open_g("translate(1640,230) rotate(30)")
    for a in (-160, -125, -90, -55, -20):
        ar = math.radians(a)
        d.shape([(math.cos(ar - 0.3) * 36, math.sin(ar - 0.3) * 40), (math.cos(ar) * 74, math.sin(ar) * 78, 0), (math.cos(ar + 0.3) * 36, math.sin(ar + 0.3) * 40)],
                hair, INK, 2.4)
    d.shape([(-40, -24), (-10, -46), (30, -40), (46, -8), (40, 26), (18, 52), (-10, 50), (-34, 30), (-46, 4)], hair, INK, OUT)
    d.shape([(4, 30), (40, 20), (30, 50), (6, 56)], "#f0e0d8", INK, 2)
    d.line([(-36, -22), (-8, -42), (28, -36)], "#ffe8e8", 3, opacity=0.7)
    d.close_g()
    for k in range(7):
        drop(d, 1600 - k * 30, 300 + k * 22 + rnd.uniform(-10, 10), rnd.uniform(4, 8), "#c01028", "#2a0006", 60)


def beheading_ground(d):
    red_desert(d, 640, seed=5, moon=(1300, 120), trees=((120, 160), (1780, 140), (1000, 70)))   # the moon at the upper right, as in bg hueco mundo red


def cg_beheading():
    d = Doc(CW, CH)
    rnd = random.Random(11)
    beheading_ground(d)
    espada_falling(d, rnd)
    # the arc of the cut: a crescent of red light from above his head down through the neck
    arc = [(560, 150), (900, 140), (1220, 240), (1440, 420), (1580, 620, 0), (1390, 436), (1160, 290), (880, 206), (600, 190, 0)]
    d.shape(arc, d.lin([(0, "#ff6a6a", 0.0), (30, "#ff3040", 0.75), (70, "#ff1030", 0.95), (100, "#ff8080", 0.2)], 0, 0, 100, 0))
    d.line([(620, 172), (900, 170), (1190, 262), (1416, 436), (1556, 610)], "#ffe0e0", 4, opacity=0.8)
    izumo_standing_cut(d)
    G.head(d, "izumo", 748, 262, 0.6, 24, {"brow": (12, -4), "mouth": "grit", "lid_in": 0.55, "lid_out": 0.25, "iris": 0.22, "pupil": False, "look": (5, 9),
                                          "neck": 125})
    izumo_rage_eyes(G.Head(d, 748, 262, 0.6, 24), down=True)
    izumo_cut_arms(d)
    rim(d, [(560, 430), (620, 370), (660, 348)])
    rim(d, [(790, 352), (836, 420), (876, 494)])
    rim(d, [(806, 376), (852, 464), (900, 556)], 2.6, 0.6)
    red_light(d)
    return d


# --------------------------------------------------- CHISHIOYAIBA CG ---
def chi_rising(d):
    """The woman of blood rising out of the pool, towering behind him: her body
    pours down into the pool as a column; one hand reaches over him, the other
    holds her blade low."""
    g = d.lin(C2.BLOOD, 0, 0, 100, 100)
    gd = d.lin([(0, "#e0283e"), (60, "#8a0618"), (100, "#3c0008")], 0, 0, 100, 100)
    # the column pouring down into the pool, with runnels
    d.shape([(1320, 420), (1430, 420), (1470, 520), (1520, 640), (1600, 740), (1700, 800), (1400, 812), (1120, 800), (1220, 730), (1270, 620), (1290, 520)],
            gd, INK, OUT)
    for pts in ([(1320, 470), (1290, 600), (1220, 760)], [(1420, 470), (1470, 620), (1580, 760)], [(1370, 500), (1380, 650), (1360, 790)]):
        d.line(pts, "#ff8a96", 3, opacity=0.45)
    d.line([(1440, 460), (1500, 600), (1620, 740)], "#3c0008", 3, opacity=0.5)
    # her left arm (viewer right) held out, the blade of blood hanging from it
    C2.blood_blade(d, 1600, 470, 0.42, 0.9, 280, 20)
    limb(d, [(1440, 290), (1510, 350), (1560, 420), (1594, 458)], [18, 16, 14, 12], g)
    fist(d, 1600, 470, -25, 1.2, C2.BLOOD_PAL)
    # the torso: shoulders, bust, a narrow waist flaring into the column
    d.shape([(1340, 262), (1400, 258), (1448, 286), (1452, 330), (1436, 380), (1420, 430), (1440, 470), (1310, 476), (1326, 420), (1316, 370), (1300, 320), (1306, 282)],
            g, INK, OUT)
    d.shape([(1410, 280), (1450, 320), (1430, 400), (1436, 460), (1406, 420), (1416, 350)], "#4a0010", opacity=0.45)
    d.line([(1316, 300), (1322, 360)], "#ffd0d6", 3, opacity=0.6)
    d.path(smooth([(1324, 346), (1350, 362), (1378, 352)], False) + smooth([(1384, 352), (1410, 364), (1436, 350)], False), stroke="#5a0010", stroke_width=2.2, opacity=0.7)


def chi_rising_hand(d):
    """Her right arm reaching forward, the hand laid on his shoulder, dripping."""
    g = d.lin(C2.BLOOD, 0, 0, 100, 100)
    limb(d, [(1316, 290), (1262, 316), (1210, 324), (1170, 316)], [18, 16, 14, 12], g)
    open_hand(d, 1168, 316, 30, 1.2, C2.BLOOD_PAL, spread=0.8, curl=0.5)
    for x, y, L in ((1200, 340, 26), (1250, 334, 20)):
        drip(d, x, y, L, 6)


def chi_rising_head(d):
    locks = [([(-40, -90), (-40, -200), (0, -300), (-20, -380)], 40),
             ([(-80, -40), (-160, -140), (-180, -240), (-260, -320)], 44),
             ([(-90, 20), (-200, -20), (-280, -100), (-380, -120)], 40),
             ([(-70, 60), (-170, 120), (-260, 120), (-340, 180)], 36),
             ([(20, -110), (100, -200), (200, -230), (260, -300)], 34)]
    C2.chi_head3q(d, 1372, 160, 0.72, 10, {"brow": (-2, 2), "mouth": "soft_smile", "lid_in": 0.4, "lid_out": 0.3, "iris": 0.24, "look": (2, 4), "neck": 140},
                  flip=True, locks=locks)


def izumo_kneeling_back(d):
    """Izumo kneeling, bent over her: the haori pooling round him, the torso,
    his far arm coming down to her."""
    wg = d.lin(RWHITE, 0, 0, 100, 100)
    wg2 = d.lin(RWHITE2, 0, 0, 100, 100)
    blk = d.lin(RBLACK, 0, 0, 100, 100)
    d.shape([(716, 300), (660, 350), (600, 480), (550, 630), (470, 770), (620, 800), (800, 800), (960, 790), (900, 690), (870, 540), (850, 330)], wg2, INK, OUT)
    d.line([(640, 420), (580, 620), (540, 770)], "#9a4a58", 2.2)
    d.line([(700, 470), (680, 640), (690, 780)], "#9a4a58", 2.2)
    # kneeling thighs forward under her
    d.shape([(670, 560), (820, 560), (960, 640), (990, 720), (940, 770), (700, 780), (630, 720)], blk, INK, OUT)
    # torso bent forward over her
    d.shape([(706, 302), (772, 288), (846, 302), (872, 380), (866, 500), (860, 600), (694, 610), (682, 500), (688, 380)], blk, INK, OUT)
    d.shape([(806, 300), (864, 330), (866, 460), (856, 590), (820, 590)], "#0a0406", opacity=0.4)
    d.shape([(686, 556, 0), (866, 548, 0), (868, 590, 0), (688, 600, 0)], d.lin([(0, "#e0405a"), (100, "#6a0c18")]), INK, OUT)
    # the haori's front edge down his far side
    d.shape([(708, 300), (740, 292), (712, 420), (702, 600), (676, 626), (674, 480), (688, 360)], wg, INK, OUT)
    # his far arm (his right): the wide haori sleeve from the shoulder, the forearm to her
    d.shape([(696, 306), (724, 316), (740, 420), (736, 520), (706, 566), (672, 520), (672, 420)], wg, INK, OUT)
    d.line([(690, 360), (686, 500)], "#9a4a58", 2)
    limb(d, [(708, 530), (738, 562), (764, 582)], [15, 13, 11], blk)


def izumo_collar(d):
    d.shape([(756, 292), (808, 290), (786, 360), (772, 384, 0), (760, 350)], d.lin([(0, RSKIN["hi"]), (100, RSKIN["sh"])]), INK, 2)
    for pts in ([(744, 294), (774, 386)], [(818, 292), (774, 386)]):
        d.line(pts, INK, 11)
        d.line(pts, "#f6e4e2", 5)


CHI_KAORI = "translate(372,170) scale(0.72)"   # collapse's drawing of her body, beside him


def kaori_beside(d):
    """Kaori's body lying on her back in the pool beside him, her head by his knees."""
    import cgs_grief as CG
    d.open_g(CHI_KAORI)
    CG.her_sword(d, (1356, 606), -3, 260, red=True)
    wht = d.lin([(0, "#fff2ee"), (50, "#ecdcd8"), (100, "#a88a8c")], 0, 0, 100, 100)
    CG.kaori_dead(d, wht, d.lin(CG.KA_HAIR, 0, 0, 60, 100))
    d.close_g()


def izumo_reach(d):
    """His near arm reaching down to her, the hand laid on her hair;
    his far hand on his thigh."""
    import cgbody as K
    wg = d.lin(RWHITE, 0, 0, 100, 100)
    open_hand(d, 764, 584, -40, 0.95, RSKIN, spread=0.4, curl=0.6)
    # her blood on his far hand and cuff, and down the front of the far sleeve
    d.shape([(752, 578), (772, 574), (786, 592), (780, 612), (762, 606)], "#9a0c20", opacity=0.8)
    d.shape([(790, 604), (800, 616), (792, 630), (784, 618)], "#9a0c20", opacity=0.8)
    K.stain(d, [(734, 546), (764, 566), (770, 586), (748, 590), (730, 570)])
    K.stain(d, [(676, 500), (712, 506), (728, 540), (708, 566), (680, 548)])
    K.sleeve(d, (846, 316), (906, 470), (930, 576), 30, 40, wg, fold="#9a4a58", droop=(0, 1))
    K.stain(d, [(890, 520), (930, 528), (956, 572), (940, 600), (906, 590), (884, 556)])
    K.hand(d, (934, 584), 72, 100, curl=(0.3, 0.35, 0.4, 0.45), spread=0.35, thumb=(0.3, 0.2), skin=RSKIN, blood=0.9, flip=True)
    F.blood_trickle(d, [(936, 590), (930, 620), (934, 650)], 5)


def chishioyaiba_ground(d):
    red_desert(d, 620, seed=9, moon=(1640, 170), trees=((150, 170), (1800, 130), (560, 80)))
    glow(d, 1140, 300, 600, "#ff2030", 0.35)


def cg_chishioyaiba():
    d = Doc(CW, CH)
    rnd = random.Random(21)
    chishioyaiba_ground(d)
    pool(d, 980, 790, 780, 66, rnd)
    # she rises close behind him, a head taller than a standing man
    her = "translate(1130,470) scale(1.12) translate(-1380,-440)"
    d.open_g(her)
    chi_rising(d)
    chi_rising_head(d)
    d.close_g()
    kaori_beside(d)
    izumo_kneeling_back(d)
    G.head(d, "izumo", 798, 248, 0.6, 28, {"brow": (-12, 6), "mouth": "cry", "lid_in": 0.15, "lid_out": 0.4, "look": (3, 5), "blush": 0.3,
                                          "tears": [[(0, 12), (-4, 30), (0, 48), (-4, 68)], [(58, 10), (62, 28), (58, 46), (62, 62)]], "neck": 100})
    izumo_collar(d)
    rim(d, [(650, 370), (690, 310), (740, 292)])
    rim(d, [(820, 296), (862, 312), (900, 360)], 2.8, 0.65)
    izumo_reach(d)
    d.open_g(her)
    chi_rising_hand(d)
    d.close_g()
    # his tears falling on her
    for x, y, r in ((846, 350, 6), (852, 400, 5), (856, 446, 4)):
        d.shape([(x, y - r * 1.8), (x + r, y), (x, y + r), (x - r, y)], "#e8f0ff", stroke="#8a6a8a", sw=1.2)
    # drops of blood drifting up round her
    for _ in range(26):
        x, y = rnd.uniform(900, 1750), rnd.uniform(40, 700)
        if 1000 < x < 1260 and y < 300:
            continue
        drop(d, x, y, rnd.uniform(3, 7), "#c01028", C2.BLOOD_INK, 180)
    red_light(d)
    return d


# ---------------------------------------------------------- VOW LAUGH ---
def merge(dst, src, transform):
    """Paste the drawing of Doc src into dst under a transform (gradient ids renamed)."""
    prefix = "m%d" % len(dst.defs)
    ren = lambda t: t.replace('id="g', 'id="%sg' % prefix).replace("url(#g", "url(#%sg" % prefix)
    dst.defs.extend(ren(x) for x in src.defs)
    dst.body.append('<g transform="%s">' % transform)
    dst.body.extend(ren(x) for x in src.body)
    dst.body.append("</g>")
    dst.npaths += src.npaths


def vow_ground(d):
    red_desert(d, 600, seed=13, moon=(1560, 150), trees=((110, 150), (1810, 120), (1180, 80)))


VOW_KAORI = "translate(690,196) scale(0.62)"   # Kaori's body (collapse's drawing) in the mid-ground, right
VOW_IZUMO = "translate(620,-100) scale(1.16) translate(-560,0)"   # the beheading figure, nearer


def vow_kaori(d):
    """Her body in the pool, mid-ground right, as in bg hueco mundo red."""
    import cgs_grief as CG
    import cgbody as K
    d.open_g(VOW_KAORI)
    K.blood_pool(d, 1280, 790, 640, 70, seed=13)
    CG.her_sword(d, (1356, 606), -3, 260, red=True)
    wht = d.lin([(0, "#fff2ee"), (50, "#ecdcd8"), (100, "#a88a8c")], 0, 0, 100, 100)
    CG.kaori_dead(d, wht, d.lin(CG.KA_HAIR, 0, 0, 60, 100))
    d.close_g()


def growl(h):
    """Over a cgfig head (no mouth drawn): a growl, the lips drawn back from both rows
    of clenched teeth, snarl lines beside the nose and at the corner."""
    d = h.d
    h.open()
    d.shape([(42, 58, 0), (52, 50), (68, 49), (82, 53, 0), (80, 66), (64, 72), (48, 68)], "#4a1018", INK, 2.4)
    d.shape([(45, 57, 0), (54, 52), (68, 51), (80, 54, 0), (78, 60, 0), (64, 60), (48, 61, 0)], "#f6f0f0")
    d.shape([(49, 66, 0), (64, 64), (78, 63, 0), (76, 67), (64, 70), (52, 69)], "#ece4e6")
    d.path("".join("M%d 52L%d 61M%d 63L%d 69" % (x, x, x + 3, x + 3) for x in (52, 59, 66, 73)), stroke="#8a7a80", stroke_width=1.3)
    d.line([(48, 44), (56, 38), (66, 40)], "#9a4a48", 2.2)   # the lip curled back under the nose
    d.line([(40, 56), (36, 64)], "#9a4a48", 2.0)
    d.line([(84, 40), (88, 50)], "#9a4a48", 1.8)
    h.close()


def cg_vow_laugh():
    """Chapter 9: 'He remembered the conversation with the Head Captain and growled,
    the woman behind him and laughing darkly.'  Izumo stands in the foreground, his
    bloodied blade drawn low, teeth bared in a growl, eyes burning; Chishioyaiba
    floats behind him over his right shoulder (the viewer's left), head thrown
    back, laughing, the ringing of her laugh spreading; Kaori's body lies in the
    pool in the mid-ground to the right."""
    d = Doc(CW, CH)
    vow_ground(d)
    vow_kaori(d)
    # the woman of blood, floating behind him and to his side: the laughing sprite
    merge(d, C2.chishioyaiba("laughing"), "translate(90,10) scale(0.94)")
    # Izumo, nearer: standing, the blade drawn low and bloodied
    d.open_g(VOW_IZUMO)
    izumo_standing_cut(d)
    e = {"brow": (16, -6), "lid_in": 0.42, "lid_out": 0.06, "iris": 0.2, "pupil": False, "look": (2, 0), "neck": 125}
    G.head(d, "izumo", 742, 262, 0.66, 4, e)
    h = G.Head(d, 742, 262, 0.66, 4)
    izumo_rage_eyes(h)
    growl(h)
    izumo_cut_arms(d)
    rim(d, [(560, 430), (620, 370), (660, 348)])
    rim(d, [(790, 352), (836, 420), (876, 494)])
    d.close_g()
    # drops of blood drifting up round her
    rnd = random.Random(31)
    for _ in range(18):
        x, y = rnd.uniform(60, 640), rnd.uniform(60, 700)
        drop(d, x, y, rnd.uniform(3, 6), "#c01028", C2.BLOOD_INK, 180)
    red_light(d, vignette=False)
    return d


IMAGES = [("cg", "cg stab", cg_stab), ("cg", "cg beheading", cg_beheading), ("cg", "cg chishioyaiba", cg_chishioyaiba),
          ("cg", "cg vow laugh", cg_vow_laugh)]


def backdrop(name):
    """The CG without its figures (ground, sky and light only): the tests compare
    it with the CG to find where the figures and the action sit."""
    d = Doc(CW, CH)
    {"cg stab": stab_ground, "cg beheading": beheading_ground, "cg chishioyaiba": chishioyaiba_ground, "cg vow laugh": vow_ground}[name](d)
    red_light(d, vignette=name != "cg vow laugh")
    return d
