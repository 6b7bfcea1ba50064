"""Key art: the title (art/gui/title.svg) and the ending (`bg ending`), 1920x1080.

The title is its own composition, not sprites: Izumo in silhouette from behind on
a ridge of white sand, his blade drawn and dripping, the great crescent, and
Kaori's face in profile formed in the blood-red sky above him, eyes closed, her
hair streaming into drifting petals of blood.  The left third stays dark for the
menu.  No text.

The ending: the desert after everything, blood-lit and still; the crescent low in
a red sky, a single blade standing in the sand with a strip of white haori tied to
its hilt, a fallen white camellia at its foot, petals of blood drifting.  The
middle of the sky stays calm for the engine's centered text.
"""
import math
import random
from svg import Doc, INK, smooth, poly
import backgrounds as B
import brush as K
import backgrounds as bkg
from game.scene.canvas import CANVAS  # noqa: E402

W, H = CANVAS


def petals(d, rnd, n, box, col="#c8102a", size=(3, 9), op=(0.5, 0.95)):
    dd = []
    for _ in range(n):
        x, y = rnd.uniform(box[0], box[2]), rnd.uniform(box[1], box[3])
        r = rnd.uniform(*size)
        a = rnd.uniform(0, 2 * math.pi)
        c, s = math.cos(a), math.sin(a)
        pts = [(0, 0), (r, -r * 0.6), (r * 2.4, 0), (r, r * 0.6)]
        P = [(x + px * c - py * s, y + px * s + py * c) for px, py in pts]
        dd.append(smooth([P[0] + (0,), P[1], P[2] + (0,), P[3]]))
    d.path("".join(dd), col, opacity=sum(op) / 2)


# ------------------------------------------------------------ ENDING ----
def ending():
    d = Doc(W, H)
    rnd = random.Random(9)
    hz = 660
    d.rect(0, 0, W, H, d.lin([(0, "#0a0204"), (35, "#2a040a"), (58, "#6a0c16"), (62, "#8a1a1c"), (100, "#2a0608")]))
    # the crescent low at the upper right, pale and red-haloed, where every night scene has
    # its moon; the land below is drawn mirrored (the blade at the left, its shadow falling
    # away from the moon), the crescent itself is not, so its lit side matches the others
    # (clear of the credits' widest lines, which reach x ~1550)
    B.glow(d, W - 290, 300, 420, "#ff6050", 0.22)
    B.glow(d, W - 290, 300, 170, "#ffe0d0", 0.3)
    B.textured_crescent(d, W - 290, 300, 96, 36, "#fff4ee", "#e0a098", -28, "#c08078", "#ffffff", random.Random(8), "#2a0408")
    d.open_g("translate(%d,0) scale(-1,1)" % W)
    # faint strata of cloud across the moon and the horizon
    for x, y, w in ((290, 336, 520), (430, 372, 400), (1330, 540, 700), (1600, 590, 560), (450, 606, 500)):
        d.ellipse(x, y, w / 2, 9, d.rad([(0, "#2a0208", 0.7), (100, "#2a0208", 0)]))
    # Las Noches, far and small on the horizon at the right
    B.las_noches(d, 1680, hz + 4, 240, "#4a0c12", 0.75)
    # far dunes, then the plain, lit from the red sky
    d.path(smooth([(-50, hz + 40, 0), (-50, hz + 4), (400, hz - 16), (900, hz + 6), (1400, hz - 10), (1970, hz + 8), (1970, hz + 40, 0)]), "#5a1a1e")
    d.path(smooth([(-50, H + 20, 0), (-50, hz + 20), (600, hz + 10), (1200, hz + 30), (1970, hz + 16), (1970, H + 20, 0)]),
           d.lin([(0, "#a04438"), (30, "#7a2a26"), (100, "#2a0a0c")]))
    # sand ripples in perspective (closer = wider apart)
    dd = []
    for i in range(18):
        t = (i + 1) / 18.0
        y = hz + 30 + (H - hz) * t ** 1.8
        x0 = rnd.uniform(-200, 400)
        while x0 < W:
            w = rnd.uniform(160, 320) * (0.4 + t)
            dd.append("M%.0f %.0fq%.0f %.0f %.0f 0" % (x0, y + rnd.uniform(-6, 6), w / 2, -6 * (0.4 + t), w))
            x0 += w + rnd.uniform(40, 200)
    d.path("".join(dd), stroke="#c86050", stroke_width=2, opacity=0.35)
    d.path("".join(dd), stroke="#1a0406", stroke_width=2, opacity=0.3, transform="translate(0,4)")
    # the blade in the sand (right third): her sword, the blue hilt; a strip of white haori on it
    bx, by = 1570, 820   # (mirrored: x 350, left of the credits' widest lines)
    d.path(poly([(bx, by), (bx + 500, by + 70), (bx + 520, by + 90), (bx + 10, by + 16)]), "#1a0406", opacity=0.55)  # its long shadow
    d.open_g("translate(%d,%d) rotate(6)" % (bx, by))
    # the blade, point buried, a gentle katana curve, the edge catching the red sky
    d.path(smooth([(-8, -250, 0), (9, -250, 0), (8, -120), (5, 0, 0), (-7, 0, 0), (-6, -120)]), d.lin([(0, "#ffe8e0"), (45, "#c89890"), (100, "#5a2a2a")], 0, 0, 100, 0), stroke=INK, stroke_width=2)
    d.path(smooth([(6, -246), (6, -120), (3, -4)], False), stroke="#ffffff", stroke_width=2, opacity=0.6)
    d.rect(-10, -262, 20, 12, "#c9a75a", stroke=INK, stroke_width=1.5)  # habaki
    d.ellipse(0, -266, 30, 7, d.lin([(0, "#d8b86a"), (100, "#6a5020")], 0, 0, 100, 0), stroke=INK, stroke_width=2)  # the round guard, edge on
    d.rect(-9, -384, 18, 114, d.lin([(0, "#6a8ab8"), (100, "#1e3058")], 0, 0, 100, 0), stroke=INK, stroke_width=2, rx=4)
    d.path("".join("M-9 %dL9 %dM9 %dL-9 %d" % (y, y + 14, y, y + 14) for y in range(-376, -284, 18)), stroke="#dfe6ff", stroke_width=1.5, opacity=0.8)
    d.ellipse(0, -386, 10, 5, "#c9a75a", stroke=INK, stroke_width=1.5)
    # a strip of her white haori tied round the hilt, fluttering out on the wind
    top = [(4 + 34 * q, -350 - 9 * math.sin(q * 1.3) + 7 * q) for q in range(7)]
    bot = [(4 + 34 * q + 3, -350 - 9 * math.sin(q * 1.3 + 0.6) + 7 * q + 22 - 2.6 * q) for q in range(7)]
    top[-1] = top[-1] + (0,)
    bot[-1] = (top[-1][0] + 14, top[-1][1] + 12, 0)
    d.path(smooth(top + list(reversed(bot))), d.lin([(0, "#ffffff"), (100, "#d8b8b8")], 0, 0, 100, 0), stroke=INK, stroke_width=1.5)
    d.path("".join("M%.0f %.0fL%.0f %.0f" % (top[q][0] + 6, top[q][1] + 4, bot[q][0], bot[q][1] - 4) for q in (2, 4, 6)), stroke="#a08890", stroke_width=1.5, opacity=0.7)
    d.path(smooth([(-10, -356), (10, -362), (12, -330), (-10, -326)]), "#f4eeee", stroke=INK, stroke_width=1.5)  # the knot
    d.close_g()
    d.path(smooth([(bx - 40, by + 4), (bx, by - 6), (bx + 40, by + 4), (bx, by + 12)]), "#5a1a1a", opacity=0.7)  # sand heaped at the blade
    # a white camellia fallen at its foot
    import cards
    cards.camellia_flower(d, bx - 70, by + 20, 30, d.lin([(0, "#ffffff"), (100, "#c8a8b0")], 0, 0, 100, 100), "#e8c060", 20)
    # petals of blood drifting on the wind, across from the left
    petals(d, rnd, 40, (0, 80, 1920, 900), "#c8102a", (3, 8))
    petals(d, rnd, 16, (900, 500, 1920, 1000), "#e02a3a", (5, 12))
    d.close_g()
    # red light from above, deep shadow at the foot
    d.rect(0, 0, W, H, d.lin([(0, "#ff2020", 0.05), (60, "#000000", 0), (100, "#000000", 0.5)]))
    B.vignette(d, 0.7)
    return d


# ------------------------------------------------------------- TITLE ----
def kaori_profile(d, x, y, k, op=1.0):
    """Her face in profile, facing left and a little down, eyes closed, made of blood:
    it glows brightest at the brow and fades at the throat; her hair streams to the
    right in brush strokes that break into petals.  (x, y) = the eye, k px per unit
    (the face is about 110 units from crown to chin)."""
    d.open_g("translate(%d,%d) scale(%.2f) rotate(8)" % (x, y, k), opacity=op)
    face_fill = d.lin([(0, "#ff5060", 0.95), (45, "#c8102a", 0.85), (80, "#6a0010", 0.55), (100, "#3a0008", 0)], 0, 0, 40, 100)
    hair_fill = d.lin([(0, "#8a0a18", 0.95), (60, "#4a0410", 0.85), (100, "#2a0008", 0.2)], 0, 0, 100, 60)
    # hair behind: a mass over the crown and down the back, streaming right
    d.path(smooth([(-22, -44), (-6, -60), (24, -66), (52, -56), (76, -38), (110, -30), (150, -36), (196, -30), (170, -16), (214, -2), (168, 4), (200, 26), (150, 22), (170, 52),
                   (120, 36), (110, 70), (80, 46), (52, 84), (30, 60), (24, 30), (12, -10), (-4, -34)]), hair_fill)
    for i, (ax, ay, ln, w) in enumerate(((60, -52, 170, 3.2), (76, -34, 210, 4), (90, -14, 190, 3.6), (84, 8, 170, 3.2), (70, 30, 150, 2.8), (50, 54, 120, 2.4), (100, -44, 150, 2), (110, 0, 160, 2))):
        K.stroke(d, [(ax - 20, ay + 2), (ax + ln * 0.3, ay - 12 + i * 2), (ax + ln * 0.6, ay + 10 - i), (ax + ln, ay - 8 + i * 3)], w, "#c0142a", "harai", opacity=0.8, n=60, blob=False)
    # the face and throat
    face = [(30, -60), (4, -56), (-12, -48), (-22, -36), (-27, -22), (-28, -9), (-25, -2), (-29, 6), (-34, 14), (-38, 20, 0), (-31, 24), (-30, 28), (-33, 31, 0), (-29.5, 34),
            (-32, 37.5, 0), (-27, 41), (-28.5, 46), (-25, 52), (-18, 56), (-15, 70), (-14, 92, 0), (26, 92, 0), (22, 64), (18, 44), (20, 20), (26, -20), (40, -46)]
    d.path(smooth(face), face_fill)
    d.path(smooth([(-28, -9), (-25, -2), (-29, 6), (-34, 14), (-38, 20)], False), stroke="#ffb0b8", stroke_width=0.8, opacity=0.8)
    d.path(smooth([(-12, -48), (-22, -36), (-27, -22), (-28, -9)], False), stroke="#ffb0b8", stroke_width=0.8, opacity=0.7)
    # closed eye, lashes, brow; the line of the lips
    d.path(smooth([(-24, -1), (-18, 2), (-10, 1)], False), stroke="#2a0006", stroke_width=1.3, stroke_linecap="round")
    d.path("M-22 1l-2 3M-18 2.4l-1.2 3.4M-14 2.2l-0.4 3.4", stroke="#2a0006", stroke_width=0.9, stroke_linecap="round")
    d.path(smooth([(-26, -10), (-18, -13), (-8, -11)], False), stroke="#3a0008", stroke_width=1.6, stroke_linecap="round")
    d.path("M-30.5 34.2Q-27 35 -24 34", stroke="#3a0008", stroke_width=0.9, stroke_linecap="round")
    # hair over the brow and temple, falling past the cheek
    d.path(smooth([(-22, -44), (-8, -58), (20, -62), (40, -48), (30, -30), (16, -22), (8, -8), (10, 14), (4, 30), (0, 8), (-4, -20), (-14, -34)]), hair_fill)
    d.path("M-10 -50Q6 -40 6 -16M6 -56Q24 -44 24 -22M20 -62Q40 -50 38 -30", stroke="#5a0410", stroke_width=1.4, opacity=0.6)
    d.close_g()


def izumo_silhouette(d, x, y, sc, body, rim):
    """Izumo from behind, standing, looking up at her; his haori flaring right in the
    wind, the blade drawn low in his right hand (the viewer's right), dripping.
    (x, y) = between his feet; about 650 px tall at sc=1."""
    d.open_g("translate(%d,%d) scale(%.2f)" % (x, y, sc))
    # hakama: wide pleated legs, flaring to the ground
    d.path(smooth([(-78, -250), (-92, -130), (-118, -4, 0), (-34, 0, 0), (-14, -150), (14, -150), (34, 0, 0), (118, -4, 0), (92, -130), (78, -250)]), body)
    d.path("M-56 -230L-80 -6M-30 -230L-22 -150M26 -230L20 -150M54 -230L80 -6", stroke="#000000", stroke_width=3, opacity=0.55)
    # the haori: off the shoulders to the knee, its hem lifted to the right by the wind
    d.path(smooth([(-20, -548), (-64, -530), (-96, -506), (-108, -430), (-112, -330), (-122, -236, 0), (-50, -226), (30, -228), (120, -240), (210, -276, 0), (170, -318), (126, -380),
                   (108, -460), (94, -506), (62, -530), (20, -548)]), body)
    d.path("M-70 -420Q-80 -330 -96 -246M40 -430Q60 -330 90 -246", stroke="#000000", stroke_width=3, opacity=0.45)
    # left arm hanging a little out from the body, in its wide sleeve, the fist below it
    d.path(smooth([(-92, -508), (-124, -470), (-146, -390), (-170, -300), (-160, -286), (-128, -292), (-116, -350), (-108, -440)]), body)
    d.circle(-146, -280, 13, body)
    # right arm out and down to the hilt; the sleeve hangs from the forearm
    d.path(smooth([(92, -508), (128, -470), (158, -412), (182, -352), (170, -336), (146, -370), (116, -420), (100, -460)]), body)
    d.path(smooth([(120, -430), (160, -392), (196, -340), (206, -286), (170, -300), (140, -350)]), body)
    # the blade from his fist, low and out to the right, steel catching the red light
    d.path(poly([(188, -352), (198, -360), (446, -50), (452, -34), (436, -42)]), d.lin([(0, "#f8e8e8"), (55, "#d83848"), (100, "#5a0810")], 0, 0, 100, 100), stroke=INK, stroke_width=2)
    d.path("M194 -354L444 -40", stroke="#ffffff", stroke_width=1.6, opacity=0.7)
    d.path("M170 -330L190 -352", stroke="#b01828", stroke_width=12, stroke_linecap="round")  # the crimson-wrapped hilt
    d.ellipse(190, -354, 11, 5, "#2a1a10")
    d.circle(176, -344, 15, body)
    for i, l in enumerate((20, 34, 14)):
        K.stroke(d, [(448 + i * 3, -26 + i * 8), (448 + i * 3, -26 + i * 8 + l)], 4, "#c8102a", "tome")
    # the Fourth's 四 on the back of the haori, dark red on black
    K.kanji(d, 4, -38, -470, 76, "#5a0a14", width=14, seed=4, opacity=0.9)
    # neck and head: messy hair, one red lock over his left ear
    d.path(smooth([(-17, -566), (17, -566), (21, -536), (-21, -536)]), body)
    hair = [(0, -660), (18, -654), (34, -670, 0), (36, -644), (56, -642, 0), (46, -620), (60, -604, 0), (44, -594), (44, -572, 0), (26, -576), (14, -556, 0), (0, -570),
            (-14, -556, 0), (-26, -576), (-46, -572, 0), (-46, -594), (-62, -606, 0), (-48, -622), (-58, -644, 0), (-36, -644), (-34, -670, 0), (-16, -654)]
    d.path(smooth(hair), body)
    d.path(smooth([(-44, -620), (-52, -600), (-50, -578)], False), stroke="#b01828", stroke_width=6, stroke_linecap="round")
    # rim light from the red sky and the moon ahead of him: the top and the outer edges
    rims = [smooth([(-58, -644), (-36, -644), (-34, -670), (-16, -654), (0, -660), (18, -654), (34, -670), (36, -644), (56, -642)], False),
            smooth([(-64, -530), (-92, -508), (-124, -470), (-146, -390), (-170, -300)], False), smooth([(64, -530), (92, -508), (128, -470), (158, -412), (182, -352)], False),
            smooth([(196, -340), (206, -286)], False), smooth([(170, -318), (210, -276)], False), smooth([(-20, -548), (-64, -530)], False), smooth([(20, -548), (64, -530)], False)]
    d.path("".join(rims), stroke=rim, stroke_width=3, stroke_linecap="round", opacity=0.85)
    d.close_g()


def title():
    d = Doc(W, H)
    rnd = random.Random(2)
    d.rect(0, 0, W, H, d.lin([(0, "#080204"), (40, "#1a0408"), (75, "#5a0810"), (100, "#240408")]))
    B.glow(d, 1440, 460, 780, "#c01020", 0.45)
    # the great crescent, low behind her
    B.glow(d, 1560, 250, 330, "#ffe8e0", 0.28)
    bkg.textured_crescent(d, 1560, 250, 210, 74, "#fff6f0", "#e0a8a0", -24, "#c89088", "#ffffff", random.Random(5), "#2a0408")
    # her face in the sky, made of blood, looking down at him
    kaori_profile(d, 1420, 300, 4.4)
    petals(d, rnd, 70, (1500, 80, 1920, 700), "#d0182e", (4, 10))
    petals(d, rnd, 40, (800, 60, 1920, 1000), "#a0101e", (3, 8))
    # the ridge of sand, lit red, and the plain falling away
    d.path(smooth([(500, 1100, 0), (500, 990), (800, 920), (1100, 890), (1400, 905), (1700, 940), (1970, 900), (1970, 1100, 0)]), d.lin([(0, "#d89088"), (30, "#8a3a38"), (100, "#1a0406")]))
    d.path("".join("M%d %dq70 -8 140 0" % (rnd.uniform(700, 1800), rnd.uniform(950, 1060)) for _ in range(16)), stroke="#4a1014", stroke_width=2, opacity=0.5)
    # Izumo on the ridge, his back to us, looking up at her
    izumo_silhouette(d, 990, 905, 0.98, d.lin([(0, "#1e0c10"), (100, "#060204")], 0, 0, 100, 100), "#ff5a68")
    d.ellipse(1430, 905, 40, 7, "#7a0612", opacity=0.9)  # blood pooling under the blade's tip
    d.ellipse(1020, 908, 150, 14, "#000000", opacity=0.5)
    # darkness over the left third for the menu, and along the bottom
    d.rect(0, 0, W, H, d.lin([(0, "#050204", 0.97), (30, "#050204", 0.88), (46, "#050204", 0), (100, "#050204", 0)], 0, 0, 100, 0))
    d.rect(0, 880, W, 200, d.lin([(0, "#050204", 0), (100, "#050204", 0.7)]))
    B.vignette(d, 0.5)
    return d


IMAGES = [("bg", "bg ending", ending), ("gui", "title", title)]
