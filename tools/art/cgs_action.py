"""The action CGs of chapter 8, 1920x1080, under the red sky of Hueco Mundo:

- cg stab         Chishioyaiba dashes in and drives her blade of blood through the
                  Espada's gut, wrenching him sideways; Izumo small in the distance,
                  kneeling with Kaori.
- cg beheading    the moment after the slash: Izumo standing, his blade swung down,
                  a red arc through the air, the Espada's headless body toppling in
                  silhouette; Izumo glaring down.
- cg chishioyaiba Izumo kneeling with Kaori's body in his arms, the woman of blood
                  rising from the pool behind him.

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
from chars2 import limb, open_hand, fist, drip, drop, five

CW, CH = 1920, 1080
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
    segs = []

    def branch(x0, y0, ang, length, width, depth):
        x1, y1 = x0 + length * math.cos(ang), y0 + length * math.sin(ang)
        nx, ny = -math.sin(ang) * width / 2, math.cos(ang) * width / 2
        w2 = width * 0.55
        mx, my = -math.sin(ang) * w2 / 2, math.cos(ang) * w2 / 2
        segs.append([(x0 + nx, y0 + ny), (x1 + mx, y1 + my), (x1 - mx, y1 - my), (x0 - nx, y0 - ny)])
        if depth > 0:
            for da in (-0.5 - rnd.random() * 0.3, 0.45 + rnd.random() * 0.3):
                branch(x1, y1, ang + da, length * (0.62 + rnd.random() * 0.15), w2, depth - 1)
    branch(x, y, -math.pi / 2 + rnd.uniform(-0.1, 0.1), h * 0.4, h * 0.13, 3)
    d.path("".join(poly(s) for s in segs), col)


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


def red_light(d, op=0.55):
    """The scene's light over everything: red from above, the dark closing in below."""
    d.rect(0, 0, CW, CH, d.lin([(0, "#ff2a2a", 0.14), (50, "#a00010", 0.04), (100, "#1a0004", 0.5)], 0, 0, 0, 100))
    d.rect(0, 0, CW, CH, d.rad([(0, "#000000", 0), (62, "#000000", 0), (100, "#0a0002", op)], 960, 480, 1150, user=True))


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
    """Far away: Izumo kneeling on the sand with Kaori's body across his lap.
    (x, y): his knees on the ground; k: scale (1 = about 170 px tall kneeling)."""
    S = lambda px, py: (x + px * k, y + py * k)
    pool(d, x + 40 * k, y + 6 * k, 150 * k, 20 * k, random.Random(5))
    wht = d.lin(RWHITE, 0, 0, 100, 100)
    blk = d.lin(RBLACK, 0, 0, 100, 100)
    # his haori spread on the sand, his kneeling body bent over her
    d.shape([S(-70, 0), S(-60, -60), S(-30, -120), S(0, -150), S(30, -120), S(20, -40), S(60, 0)], wht, INK, 2)
    d.shape([S(-20, -130), S(10, -140), S(30, -100), S(30, -40), S(-30, -30), S(-34, -90)], blk, INK, 2)
    d.shape([S(-22, -60), S(30, -60), S(30, -50), S(-22, -48)], "#b0283a")
    # Kaori across his lap: white haori, her dark hair hanging
    d.shape([S(0, -50), S(60, -44), S(150, -30), S(160, -10), S(60, -14), S(0, -20)], wht, INK, 2)
    d.shape([S(-10, -40), S(-30, -20), S(-26, 0), S(-8, -10), S(4, -30)], d.lin(KA_HAIR), INK, 1.6)
    d.circle(*S(-4, -44), 9 * k, "#f4b8a8", stroke=INK, stroke_width=1.6)
    # his head bowed low over her
    d.circle(*S(16, -148), 16 * k, "#f0b0a0", stroke=INK, stroke_width=2)
    d.path(smooth([S(-4, -158), S(10, -172), S(36, -166), S(40, -146), S(28, -150), S(14, -140), S(0, -140)]), d.lin(IZ_HAIR), stroke=INK, stroke_width=2)


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
    # the torso, leaning forward into the dash
    d.shape([(900, 392), (948, 400), (972, 440), (960, 500), (920, 560), (860, 590), (800, 580), (830, 520), (850, 460), (866, 420)], g, INK, OUT)
    d.shape([(930, 430), (960, 460), (940, 520), (900, 560), (920, 500)], "#4a0010", opacity=0.45)
    d.line([(880, 420), (860, 480), (830, 540)], "#ffd0d6", 3, opacity=0.6)


def chi_dash_head(d):
    locks = [([(-60, -60), (-160, -90), (-260, -70), (-360, -110), (-460, -90)], 40),
             ([(-70, -10), (-170, 10), (-280, -10), (-380, 30), (-500, 20)], 46),
             ([(-60, 40), (-150, 80), (-250, 80), (-340, 130), (-440, 150)], 40),
             ([(-40, -100), (-120, -160), (-220, -170), (-300, -220)], 30)]
    C2.chi_head3q(d, 930, 320, 0.62, 14, {"brow": (8, -6), "mouth": "grin", "mouth_sc": 0.62, "lid_in": 0.3, "lid_out": 0.1, "iris": 0.2, "neck": 150}, locks=locks)


def espada_stab(d, rnd):
    """The Espada run through, jerked back and sideways off his feet."""
    wg = d.lin(RWHITE, 0, 0, 100, 100)
    wg2 = d.lin(RWHITE2, 0, 0, 100, 100)
    S = RSKIN
    # hakama legs buckling, feet dragged out to the right
    d.shape([(1220, 690), (1370, 700), (1440, 800), (1520, 900), (1560, 1000), (1440, 1010), (1380, 900), (1320, 820), (1270, 860), (1240, 960), (1260, 1080, 0),
             (1120, 1080, 0), (1150, 930), (1190, 800)], wg2, INK, OUT)
    d.line([(1260, 740), (1200, 900), (1190, 1060)], "#9a5a64", 2.4)
    d.line([(1340, 740), (1440, 880), (1500, 980)], "#9a5a64", 2.4)
    # his flung-back arm (left, far): elbow high, fingers clawing the air
    limb(d, [(1400, 372), (1470, 320), (1530, 250), (1560, 200)], [26, 24, 22, 19], wg2)
    open_hand(d, 1562, 196, 200, 1.2, S, spread=1.2, curl=0.6)
    # the coat: torso arched back, tails flying
    d.shape([(1250, 370), (1330, 350), (1410, 366), (1420, 440), (1400, 540), (1390, 640), (1430, 740), (1360, 720), (1330, 700), (1250, 700), (1200, 740),
             (1214, 640), (1230, 540), (1230, 440)], wg, INK, OUT)
    d.shape([(1360, 380), (1410, 380), (1410, 540), (1390, 700), (1350, 690), (1370, 540)], "#7a2434", opacity=0.35)
    # the open chest, the hollow hole, the 5
    d.shape([(1282, 380), (1330, 372), (1324, 470), (1300, 560, 0), (1280, 470)], d.lin([(0, S["hi"]), (100, S["sh"])]), INK, 2.4)
    d.path("M1306 470 A14 17 0 1 0 1306 504 A14 17 0 1 0 1306 470Z", "#3a0a10", stroke=INK, stroke_width=2)
    five(d, 1292, 400, 30, "#120608")
    d.shape([(1224, 600, 0), (1400, 596, 0), (1402, 626, 0), (1222, 632, 0)], d.lin([(0, "#3a2a30"), (100, "#0c0608")]), INK, OUT)
    # his near arm: the hand clutching at the blade where it enters him
    limb(d, [(1250, 392), (1196, 450), (1184, 520), (1214, 570)], [27, 25, 23, 20], wg)
    d.shape([(1192, 556), (1232, 562), (1228, 590, 0), (1188, 584, 0)], "#ffe8e6", INK, 2.2)
    open_hand(d, 1216, 580, -20, 1.15, S, spread=0.5, curl=0.8)
    # head thrown back, screaming, blood from his mouth
    C2.esp_head3q(d, 1330, 270, 0.6, 28, {"brow": (-14, 8), "mouth": "scream", "lid_in": 0.0, "lid_out": 0.0, "iris": 0.13, "look": (4, -3),
                                          "mark": "#2aa88a", "blood_mouth": True, "neck": 170})
    d.shape([(1260, 350), (1300, 336), (1340, 346), (1336, 384), (1264, 388)], wg, INK, 2.4)  # collar


def cg_stab():
    d = Doc(CW, CH)
    rnd = random.Random(8)
    red_desert(d, 610, moon=(1650, 150))
    # far away on the left: Izumo still kneeling with her
    izumo_kaori_far(d, 250, 700, 0.9)
    d.rect(0, 560, 700, 200, d.lin([(0, "#c03038", 0), (50, "#c03038", 0.25), (100, "#c03038", 0)]))
    # the blade: behind him first (its point out of his back), then his body over it
    C2.blood_blade(d, 1060, 560, 1, 0.06, 520, 26)
    espada_stab(d, rnd)
    # blood bursting out of his back and round the blade at the front
    spray(d, 1420, 596, -10, 35, 260, 9, rnd, 1.2)
    spray(d, 1250, 592, 150, 30, 110, 4, rnd, 0.8)
    d.ellipse(1252, 592, 26, 34, d.lin([(0, "#e0203a"), (100, "#5a0010")]), stroke=INK, stroke_width=2)
    # the part of the blade between her fist and his body, in front
    C2.blood_blade(d, 1060, 560, 1, 0.06, 200, 26, glow=False)
    chi_dash(d, rnd)
    # her blade arm, thrusting, the fist at the grip
    g = d.lin(C2.BLOOD, 0, 0, 100, 100)
    limb(d, [(930, 420), (980, 490), (1030, 540), (1058, 556)], [18, 16, 14, 12], g)
    fist(d, 1060, 560, -90, 1.25, C2.BLOOD_PAL)
    chi_dash_head(d)
    # speed lines of her dash
    d.path("".join(smooth([(x0, y0), (x0 + L * 0.5, y0 - 4), (x0 + L, y0)], False) for x0, y0, L in
                   ((380, 380, 300), (300, 450, 380), (420, 520, 260), (340, 560, 200), (520, 300, 200))), stroke="#ffb0b0", stroke_width=3, opacity=0.35)
    red_light(d)
    return d



# --------------------------------------------------------- BEHEADING ---
def izumo_rage_eyes(h):
    """Over a cgfig head: the shadow across his eyes and the red glow of his irises."""
    d = h.d
    h.open()
    d.shape([(-40, -34), (90, -40), (96, 6), (60, 14), (20, 12), (-40, 10)], d.lin([(0, "#2a0a14", 0.0), (40, "#2a0a14", 0.55), (100, "#2a0a14", 0.0)], 0, 0, 0, 100))
    for ex, ey, r in ((8, 2, 6), (63, 1, 4)):
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
    d.shape([(790, 346), (820, 360), (800, 470), (820, 640), (790, 660), (780, 520)], wg2, INK, OUT)


def izumo_cut_arms(d):
    wg = d.lin(RWHITE, 0, 0, 100, 100)
    blk = d.lin(RBLACK, 0, 0, 100, 100)
    # the far arm (his left) reaching across to the pommel end of the hilt
    limb(d, [(680, 370), (720, 470), (790, 560), (860, 600)], [24, 22, 18, 15], blk)
    # his sword, low and forward, the blood running off it
    katana(d, 960, 640, 0.86, 0.5, 330)
    # both hands on the hilt
    fist(d, 900, 614, -60, 1.25, RSKIN)
    limb(d, [(800, 370), (850, 460), (900, 560), (940, 620)], [26, 24, 20, 16], blk)
    # the near haori sleeve, swung out and back by the cut
    d.shape([(780, 350), (840, 380), (880, 460), (900, 520), (860, 540), (800, 520), (760, 470)], wg, INK, OUT)
    d.shape([(860, 530), (900, 520), (930, 560), (890, 580)], "#4a1a24", opacity=0.7)
    fist(d, 944, 630, -60, 1.25, RSKIN)


def espada_falling(d, rnd):
    """The Espada's body in silhouette, on its knees and toppling, headless; his
    head a dark shape spinning away.  No detail: a silhouette, a fountain of red."""
    sil = d.lin([(0, "#3a0a12"), (100, "#12020a")], 0, 0, 100, 100)
    rim = "#ff6a70"
    body = [(1200, 470), (1290, 440), (1350, 470), (1390, 560), (1400, 650), (1440, 730), (1500, 790), (1460, 800), (1380, 780), (1300, 790), (1200, 790),
            (1160, 760), (1180, 700), (1170, 620), (1170, 540)]
    d.shape(body, sil, INK, OUT)
    d.line([(1210, 470), (1286, 444), (1346, 470)], rim, 3, opacity=0.8)
    # the arms hanging limp, one trailing to the sand
    limb(d, [(1200, 490), (1150, 580), (1130, 680), (1120, 770)], [22, 20, 18, 15], sil)
    limb(d, [(1340, 480), (1400, 560), (1440, 640)], [22, 20, 17], sil)
    d.line([(1190, 500), (1140, 600)], rim, 2.4, opacity=0.6)
    # the fountain from the neck: red arcs and drops, no wound drawn
    spray(d, 1260, 446, -70, 40, 230, 8, rnd, 1.3)
    spray(d, 1270, 450, -110, 25, 150, 4, rnd, 1.0)
    # the head, turning in the air, a dark silhouette of spiky hair
    d.open_g("translate(1560,250) rotate(35)")
    d.shape([(-40, -30), (-10, -52), (30, -44), (48, -10), (40, 30), (10, 46), (-30, 36), (-48, 6)], sil, INK, OUT)
    for a in range(-150, 40, 38):
        ar = math.radians(a)
        d.shape([(math.cos(ar - 0.25) * 40, math.sin(ar - 0.25) * 40), (math.cos(ar) * 78, math.sin(ar) * 78, 0), (math.cos(ar + 0.25) * 40, math.sin(ar + 0.25) * 40)],
                sil, INK, 2.4)
    d.shape([(10, 20), (44, 10), (52, 34), (30, 50)], "#d8d0c4", INK, 2, opacity=0.8)  # the bone of his mask catching the light
    d.close_g()
    for k in range(7):
        drop(d, 1500 - k * 36, 300 + k * 22 + rnd.uniform(-10, 10), rnd.uniform(4, 8), "#c01028", "#2a0006", 60)
    pool(d, 1300, 800, 220, 24, rnd, 0.9)


def cg_beheading():
    d = Doc(CW, CH)
    rnd = random.Random(11)
    red_desert(d, 640, seed=5, moon=(380, 150), trees=((120, 160), (1780, 140), (1000, 70)))
    espada_falling(d, rnd)
    # the arc of the cut: a crescent of red light from above his head down through the neck
    arc = [(560, 150), (900, 150), (1200, 260), (1420, 440), (1560, 640, 0), (1360, 440), (1140, 300), (880, 210), (600, 190, 0)]
    d.shape(arc, d.lin([(0, "#ff6a6a", 0.0), (30, "#ff3040", 0.75), (70, "#ff1030", 0.95), (100, "#ff8080", 0.2)], 0, 0, 100, 0))
    d.line([(620, 172), (900, 176), (1180, 276), (1400, 450), (1540, 620)], "#ffe0e0", 4, opacity=0.8)
    izumo_standing_cut(d)
    G.head(d, "izumo", 744, 250, 0.6, 18, {"brow": (12, -4), "mouth": "grit", "lid_in": 0.4, "lid_out": 0.1, "iris": 0.22, "pupil": False, "look": (3, 3),
                                          "neck": 150})
    izumo_rage_eyes(G.Head(d, 744, 250, 0.6, 18))
    izumo_cut_arms(d)
    red_light(d)
    return d


# --------------------------------------------------- CHISHIOYAIBA CG ---
def chi_rising(d):
    """The woman of blood rising out of the pool, towering behind him: her body a
    column of blood that pours back into the pool, arms spread, blade low."""
    g = d.lin(C2.BLOOD, 0, 0, 100, 100)
    gd = d.lin([(0, "#e0283e"), (60, "#8a0618"), (100, "#3c0008")], 0, 0, 100, 100)
    # the column pouring down into the pool, with runnels
    d.shape([(1270, 470), (1440, 470), (1490, 600), (1540, 720), (1620, 790), (1380, 800), (1160, 790), (1220, 720), (1250, 600)], gd, INK, OUT)
    for pts in ([(1300, 520), (1280, 640), (1240, 760)], [(1400, 520), (1440, 640), (1500, 760)], [(1350, 560), (1350, 700), (1340, 780)]):
        d.line(pts, "#ff8a96", 3, opacity=0.45)
    # her left arm (viewer right) held out, the blade of blood hanging from it
    C2.blood_blade(d, 1640, 480, 0.35, 0.94, 300, 20)
    limb(d, [(1430, 300), (1520, 370), (1590, 430), (1630, 470)], [20, 18, 15, 13], g)
    fist(d, 1640, 480, -20, 1.2, C2.BLOOD_PAL)
    # the torso
    d.shape([(1320, 250), (1390, 250), (1440, 290), (1440, 380), (1420, 470), (1300, 480), (1270, 380), (1270, 300)], g, INK, OUT)
    d.shape([(1400, 280), (1440, 320), (1430, 440), (1400, 470), (1410, 380)], "#4a0010", opacity=0.45)
    d.line([(1290, 300), (1290, 400)], "#ffd0d6", 3, opacity=0.6)
    # her right arm reaching forward over him, the hand open above his head
    limb(d, [(1290, 290), (1200, 300), (1110, 280), (1040, 250)], [19, 17, 15, 12], g)
    open_hand(d, 1040, 250, 110, 1.3, C2.BLOOD_PAL, spread=1.0, curl=0.45, flip=True)
    for x, y in ((1060, 300), (1090, 296), (1120, 300)):
        drip(d, x, y, 30, 6)


def chi_rising_head(d):
    locks = [([(-40, -90), (-40, -200), (0, -300), (-20, -380)], 40),
             ([(-80, -40), (-160, -140), (-180, -240), (-260, -320)], 44),
             ([(-90, 20), (-200, -20), (-280, -100), (-380, -120)], 40),
             ([(-70, 60), (-170, 120), (-260, 120), (-340, 180)], 36),
             ([(20, -110), (100, -200), (200, -230), (260, -300)], 34)]
    C2.chi_head3q(d, 1350, 170, 0.72, 12, {"brow": (-2, 2), "mouth": "soft_smile", "lid_in": 0.4, "lid_out": 0.3, "iris": 0.24, "look": (2, 4), "neck": 140},
                  flip=True, locks=locks)


def kaori_in_arms(d):
    """Kaori's body across his lap: the head fallen back over his arm, hair to the
    sand, one hand dropped; white haori over black, blood on her side."""
    wg = d.lin(RWHITE, 0, 0, 100, 100)
    wg2 = d.lin(RWHITE2, 0, 0, 100, 100)
    blk = d.lin(RBLACK, 0, 0, 100, 100)
    # her legs to the left on the sand, her haori spread under them
    d.shape([(720, 640), (600, 660), (470, 690), (330, 720), (250, 760), (260, 800), (400, 790), (560, 760), (720, 740)], wg2, INK, OUT)
    d.shape([(720, 650), (600, 670), (470, 700), (360, 730), (300, 770), (380, 770), (500, 750), (640, 730), (720, 716)], blk, INK, OUT)
    d.line([(640, 690), (470, 725), (350, 752)], "#5a3a44", 2.2)
    # the torso across his lap, the soft curve of the child under the high obi
    d.shape([(960, 560), (900, 590), (840, 610), (760, 630), (700, 660), (700, 720), (790, 720), (880, 690), (960, 640), (1000, 600)], blk, INK, OUT)
    d.shape([(800, 626), (740, 646), (700, 680), (720, 716), (780, 712), (800, 680)], "#7a5a6a", opacity=0.35)
    d.shape([(830, 606), (860, 600), (880, 680), (850, 692)], d.lin([(0, "#fff0ee"), (100, "#c08a94")]), INK, 2.4)  # obi
    d.shape([(1000, 560), (960, 600), (900, 640), (880, 700), (840, 720), (900, 730), (980, 680), (1030, 600)], wg, INK, OUT)  # haori over her shoulder
    F.blood_smear(d, 780, 660, 40, 20, 0.2)
    F.blood_smear(d, 900, 640, 24, 16, 0.3, 0.8)
    F.blood_trickle(d, [(790, 680), (786, 720), (790, 760)], 7)
    # her dropped hand hanging to the sand
    limb(d, [(960, 640), (960, 700), (950, 760)], [14, 12, 10], blk)
    d.shape([(940, 744), (966, 744), (962, 770, 0), (938, 768, 0)], "#f6e4e2", INK, 2)
    P.hand(d, 950, 766, 0, "hang", sc=1.05, skin=RSKIN)


def izumo_kneeling_holding(d):
    wg = d.lin(RWHITE, 0, 0, 100, 100)
    wg2 = d.lin(RWHITE2, 0, 0, 100, 100)
    blk = d.lin(RBLACK, 0, 0, 100, 100)
    # the haori pooling on the sand round him
    d.shape([(740, 300), (640, 360), (580, 500), (540, 640), (480, 760), (620, 790), (800, 790), (980, 780), (960, 700), (900, 560), (860, 380)], wg2, INK, OUT)
    d.line([(640, 420), (580, 620), (560, 760)], "#9a4a58", 2.2)
    # kneeling: the hakama thighs forward under her
    d.shape([(640, 560), (820, 560), (980, 620), (1010, 700), (960, 760), (700, 770), (600, 720)], blk, INK, OUT)
    # torso bent forward over her
    d.shape([(700, 300), (780, 286), (850, 310), (880, 400), (870, 520), (860, 600), (680, 610), (660, 500), (670, 380)], blk, INK, OUT)
    d.shape([(744, 292), (790, 290), (770, 370), (756, 394, 0), (744, 360)], d.lin([(0, RSKIN["hi"]), (100, RSKIN["sh"])]), INK, 2)
    for pts in ([(734, 296), (758, 396)], [(800, 292), (758, 396)]):
        d.line(pts, INK, 11)
        d.line(pts, "#f6e4e2", 5)
    d.shape([(676, 560, 0), (866, 552, 0), (868, 594, 0), (678, 604, 0)], d.lin([(0, "#e0405a"), (100, "#6a0c18")]), INK, OUT)
    d.shape([(700, 296), (740, 290), (700, 420), (690, 600), (650, 640), (640, 480), (660, 360)], wg, INK, OUT)
    d.shape([(820, 296), (860, 310), (860, 420), (880, 560), (850, 580), (830, 440)], wg2, INK, OUT)


def izumo_arms_holding(d):
    wg = d.lin(RWHITE, 0, 0, 100, 100)
    blk = d.lin(RBLACK, 0, 0, 100, 100)
    # his near arm cradling her shoulders: the sleeve under her, the hand on her far shoulder
    d.shape([(840, 320), (900, 380), (960, 470), (1010, 540), (1040, 590), (1000, 620), (940, 560), (870, 470), (820, 400)], wg, INK, OUT)
    limb(d, [(980, 540), (1020, 580), (1046, 570)], [16, 14, 12], blk)
    open_hand(d, 1046, 566, -70, 1.0, RSKIN, spread=0.5, curl=0.6)
    # his far hand holding hers over the child
    limb(d, [(700, 360), (700, 480), (760, 580), (810, 626)], [20, 18, 15, 12], blk)
    open_hand(d, 812, 628, -60, 0.95, RSKIN, spread=0.4, curl=0.5)


def cg_chishioyaiba():
    d = Doc(CW, CH)
    rnd = random.Random(21)
    red_desert(d, 620, seed=9, moon=None, trees=((150, 170), (1800, 130), (560, 80)))
    glow(d, 1350, 300, 560, "#ff2030", 0.35)
    pool(d, 980, 790, 760, 70, rnd)
    chi_rising(d)
    chi_rising_head(d)
    izumo_kneeling_holding(d)
    kaori_in_arms(d)
    # her head fallen back over his arm, eyes closed, hair hanging to the sand
    hg = d.lin(KA_HAIR, 0, 0, 40, 100)
    d.shape([(1010, 560), (1060, 620), (1080, 700), (1090, 770, 0), (1050, 720), (1020, 760, 0), (1010, 690), (980, 620)], hg, INK, OUT)
    G.head(d, "kaori", 1010, 560, 0.5, 110, {"eye": "closed_soft", "brow": (-6, 2), "mouth": "neutral", "blood_mouth": True, "neck": 150})
    izumo_arms_holding(d)
    G.head(d, "izumo", 790, 230, 0.6, 24, {"brow": (-12, 6), "mouth": "cry", "lid_in": 0.15, "lid_out": 0.35, "look": (3, 4),
                                          "tears": [[(0, 12), (-4, 30), (0, 48), (-4, 68)], [(58, 10), (62, 28), (58, 46), (62, 62)]], "neck": 150})
    # drops of blood drifting up round her
    for _ in range(26):
        x, y = rnd.uniform(1000, 1800), rnd.uniform(80, 700)
        drop(d, x, y, rnd.uniform(3, 7), "#c01028", C2.BLOOD_INK, 180)
    red_light(d)
    return d


IMAGES = [("cg", "cg stab", cg_stab), ("cg", "cg beheading", cg_beheading), ("cg", "cg chishioyaiba", cg_chishioyaiba)]
