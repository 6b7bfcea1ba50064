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

W, H = 1920, 1080


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
    # the crescent low at the upper left, pale and red-haloed
    B.glow(d, 420, 300, 420, "#ff6050", 0.22)
    B.glow(d, 420, 300, 170, "#ffe0d0", 0.3)
    B.crescent(d, 420, 300, 96, 36, d.lin([(0, "#fff4ee"), (100, "#e8b0a8")]), rot=-28)
    # faint strata of cloud across the moon and the horizon
    d.path("".join("M%d %dq%d -10 %d 0" % (x, y, w / 2, w) for x, y, w in ((120, 340, 520), (300, 372, 400), (980, 540, 700), (1300, 580, 560), (200, 600, 500))),
           stroke="#3a0610", stroke_width=6, stroke_linecap="round", opacity=0.6)
    # Las Noches, far and small on the horizon at the right
    d.path(poly([(1560, hz), (1560, hz - 40), (1600, hz - 40), (1606, hz - 120), (1640, hz - 124), (1650, hz - 40), (1740, hz - 40), (1750, hz - 64), (1790, hz - 60), (1796, hz)]), "#3a0a10", opacity=0.8)
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
    bx, by = 1420, 820
    d.path(poly([(bx, by), (bx + 500, by + 70), (bx + 520, by + 90), (bx + 10, by + 16)]), "#1a0406", opacity=0.55)  # its long shadow
    d.open_g("translate(%d,%d) rotate(6)" % (bx, by))
    d.path(poly([(-9, 0), (9, 0), (9, -250), (0, -262), (-9, -250)]), d.lin([(0, "#ffe8e0"), (45, "#c89890"), (100, "#5a2a2a")], 0, 0, 100, 0), stroke=INK, stroke_width=2)
    d.path("M-2 -8L-2 -250", stroke="#ffffff", stroke_width=2, opacity=0.6)
    d.path(smooth([(-34, -252), (0, -262), (34, -252), (30, -270), (0, -278), (-30, -270)]), "#c9a75a", stroke=INK, stroke_width=2)
    d.rect(-9, -380, 18, 112, d.lin([(0, "#6a8ab8"), (100, "#1e3058")], 0, 0, 100, 0), stroke=INK, stroke_width=2)
    d.path("".join("M-9 %dL9 %dM9 %dL-9 %d" % (y, y + 14, y, y + 14) for y in range(-372, -280, 18)), stroke="#dfe6ff", stroke_width=1.5, opacity=0.8)
    d.path(smooth([(6, -350), (60, -340), (130, -330), (200, -344), (160, -316), (100, -312), (40, -322), (4, -330)]), d.lin([(0, "#ffffff"), (100, "#c8a8a8")], 0, 0, 100, 0), stroke=INK, stroke_width=1.5)
    d.close_g()
    d.path(smooth([(bx - 40, by + 4), (bx, by - 6), (bx + 40, by + 4), (bx, by + 12)]), "#5a1a1a", opacity=0.7)  # sand heaped at the blade
    # a white camellia fallen at its foot
    import cards
    cards.camellia_flower(d, bx - 70, by + 20, 30, d.lin([(0, "#ffffff"), (100, "#c8a8b0")], 0, 0, 100, 100), "#e8c060", 20)
    # petals of blood drifting on the wind, across from the left
    petals(d, rnd, 40, (0, 80, 1920, 900), "#c8102a", (3, 8))
    petals(d, rnd, 16, (900, 500, 1920, 1000), "#e02a3a", (5, 12))
    # red light from above, deep shadow at the foot
    d.rect(0, 0, W, H, d.lin([(0, "#ff2020", 0.05), (60, "#000000", 0), (100, "#000000", 0.5)]))
    B.vignette(d, 0.7)
    return d


# ------------------------------------------------------------- TITLE ----
def kaori_profile(d, x, y, sc, fill, rim, op=1.0):
    """Her face in profile facing left, eyes closed, hair streaming right."""
    d.open_g("translate(%d,%d) scale(%.2f)" % (x, y, sc), opacity=op)
    hair = [(40, -240), (140, -220), (260, -160), (380, -120), (520, -140), (470, -80), (600, -40), (460, -10), (560, 80), (400, 60), (440, 170), (300, 110), (280, 240),
            (170, 160), (90, 220), (70, 120), (110, 30), (110, -100), (70, -190)]
    d.path(smooth(hair), fill, opacity=0.85)
    face = [(40, -242), (-30, -226), (-70, -182), (-82, -122), (-78, -98), (-96, -52), (-114, -20, 0), (-92, -8), (-88, 6), (-99, 18, 0), (-86, 30), (-90, 42, 0), (-74, 58),
            (-80, 80), (-62, 100), (-22, 110), (-30, 170), (-40, 270), (60, 270), (74, 160), (110, 40), (120, -100), (100, -200)]
    d.path(smooth(face), fill, stroke=rim, stroke_width=3)
    # closed eye and brow (looking down, at peace)
    d.path(smooth([(-72, -84), (-56, -76), (-38, -80)], False), stroke="#1a0206", stroke_width=4, stroke_linecap="round")
    d.path("".join("M%d %dl%d %d" % (px, py, dx, dy) for px, py, dx, dy in ((-66, -80, -4, 10), (-56, -76, -2, 12), (-46, -78, 0, 11))), stroke="#1a0206", stroke_width=2.5, stroke_linecap="round")
    d.path(smooth([(-80, -120), (-60, -128), (-32, -122)], False), stroke="#2a0408", stroke_width=5, stroke_linecap="round")
    # hair over the brow and the temple
    d.path(smooth([(40, -244), (-40, -232), (-84, -170), (-60, -150), (-20, -188), (20, -150), (40, -90), (80, -30), (100, -150)]), fill, stroke=rim, stroke_width=2)
    # her hair streams into brush strokes and then petals
    for i, (ax, ay) in enumerate(((300, -140), (420, -80), (360, 40), (260, 160), (460, 120))):
        K.stroke(d, [(ax, ay), (ax + 140, ay - 20 + i * 10), (ax + 300, ay + 10), (ax + 430, ay - 30)], 26 - i * 3, fill, "harai", opacity=0.6)
    d.close_g()


def izumo_silhouette(d, x, y, sc, body, rim):
    """Izumo from behind, standing, looking up at her; haori flaring right, blade drawn low
    in his right hand (viewer's right), dripping.  (x, y) = between his feet."""
    d.open_g("translate(%d,%d) scale(%.2f)" % (x, y, sc))
    # blade first (behind the sleeve), held low and out to the right
    d.path(poly([(96, -300), (106, -306), (360, -40), (368, -20), (350, -30)]), d.lin([(0, "#f0e0e0"), (60, "#c83040"), (100, "#5a0810")], 0, 0, 100, 100), stroke=INK, stroke_width=2)
    d.path("M102 -300L358 -30", stroke="#ffffff", stroke_width=1.6, opacity=0.7)
    for i, l in enumerate((30, 60, 24)):
        K.stroke(d, [(364 + i * 4, -10 + i * 14), (364 + i * 4, -10 + i * 14 + l)], 5, "#c8102a", "tome")
    # hakama legs
    d.path(smooth([(-80, -300), (-96, -150), (-104, 0, 0), (-26, 0, 0), (-4, -140), (16, -140), (30, 0, 0), (106, 0, 0), (96, -150), (84, -300)]), body, stroke=rim, stroke_width=3)
    # the haori, flaring to the right in the wind
    d.path(smooth([(-96, -500), (-124, -380), (-130, -240, 0), (-40, -228), (60, -236), (190, -262, 0), (150, -330), (120, -420), (96, -500)]), body, stroke=rim, stroke_width=3)
    # wide sleeves: left hangs, right arm reaches to the hilt
    d.path(smooth([(-92, -500), (-130, -440), (-150, -330), (-132, -290), (-96, -300), (-90, -380)]), body, stroke=rim, stroke_width=3)
    d.path(smooth([(90, -500), (128, -440), (124, -330), (110, -296), (86, -310), (84, -400)]), body, stroke=rim, stroke_width=3)
    # the Fourth's 四 pale on the back of the haori, with the gentian above it
    K.kanji(d, 4, -36, -430, 72, "#3a2a30", width=14, seed=4)
    # neck and head, messy hair, one red lock
    d.path(smooth([(-18, -540), (18, -540), (22, -500), (-22, -500)]), body)
    d.path(smooth([(0, -640), (24, -632), (46, -648, 0), (42, -616), (62, -600, 0), (46, -584), (58, -560, 0), (36, -556), (30, -530, 0), (10, -540), (-10, -528, 0), (-24, -548),
                   (-50, -548, 0), (-44, -570), (-64, -586, 0), (-44, -600), (-52, -630, 0), (-26, -626)]), body, stroke=rim, stroke_width=3)
    K.stroke(d, [(-30, -620), (-44, -590), (-56, -556)], 7, "#a01020", "harai")
    d.close_g()


def title():
    d = Doc(W, H)
    rnd = random.Random(2)
    d.rect(0, 0, W, H, d.lin([(0, "#080204"), (45, "#1e0408"), (80, "#5a0810"), (100, "#2a0408")]))
    B.glow(d, 1500, 420, 760, "#c01020", 0.45)
    # the great crescent behind her
    B.glow(d, 1520, 300, 330, "#ffe8e0", 0.25)
    B.crescent(d, 1520, 300, 240, 80, d.lin([(0, "#fff6f0"), (100, "#e0a8a0")], 0, 0, 100, 100), rot=-20, opacity=0.95)
    # her face in the sky, made of blood
    kaori_profile(d, 1420, 380, 1.25, d.lin([(0, "#e0283a", 0.85), (60, "#8a0a18", 0.8), (100, "#3a0008", 0.5)], 0, 0, 100, 100), "#ff7080", 0.92)
    petals(d, rnd, 60, (1700, 60, 1920, 760), "#d0182e", (4, 10))
    petals(d, rnd, 40, (800, 60, 1920, 1000), "#a0101e", (3, 8))
    # the ridge of white sand, lit red, and the plain falling away
    d.path(smooth([(560, 1100, 0), (560, 960), (900, 900), (1200, 880), (1500, 920), (1970, 880), (1970, 1100, 0)]), d.lin([(0, "#e8b0a8"), (40, "#8a3a38"), (100, "#1a0406")]))
    d.path("".join("M%d %dq70 -8 140 0" % (rnd.uniform(700, 1800), rnd.uniform(930, 1060)) for _ in range(14)), stroke="#4a1014", stroke_width=2, opacity=0.5)
    # Izumo on the ridge, his back to us
    izumo_silhouette(d, 1120, 900, 1.15, d.lin([(0, "#1a0a0e"), (100, "#050204")], 0, 0, 100, 100), "#ff5060")
    # blood pooling from the blade's tip
    d.ellipse(1545, 915, 40, 8, "#7a0612", opacity=0.9)
    # darkness over the left third for the menu, and below
    d.rect(0, 0, W, H, d.lin([(0, "#050204", 0.97), (30, "#050204", 0.85), (48, "#050204", 0), (100, "#050204", 0)], 0, 0, 100, 0))
    d.rect(0, 860, W, 220, d.lin([(0, "#050204", 0), (100, "#050204", 0.7)]))
    B.vignette(d, 0.5)
    return d


IMAGES = [("bg", "bg ending", ending), ("gui", "title", title)]
