"""Chapter cards `card 1` .. `card 9`, 1920x1080 (art/cards).

Each card: a dark, textured ground (paper fibres, ink wash), the chapter's kanji
numeral large in a crimson brush with flying-white, an ink splash behind it, a
motif of the chapter in brush strokes at the sides and the bottom, and a calm
dark band across the middle (x 400-1520, y 400-760) where the engine draws the
chapter's title with `centered`.
"""
import math
import random
from svg import Doc, smooth, poly
import brush as K
import backgrounds as B
from game.scene.canvas import CANVAS  # noqa: E402

W, H = CANVAS
GROUND = "#0b0608"
RED = [(0, "#e0283a"), (55, "#b0121f"), (100, "#5a0410")]
WHITE_INK = [(0, "#f4f2ee"), (100, "#b8bcc8")]

TITLES = {1: "The Promise", 2: "Hueco Mundo", 3: "The Cold Captain", 4: "The Vasto Lorde", 5: "Five Years",
          6: "The Head Captain's Refusal", 7: "Her Last Words", 8: "Chishioyaiba", 9: "The Vow"}


def ground(d, rnd, tint="#1a0c10"):
    d.rect(0, 0, W, H, d.lin([(0, tint), (55, "#0e0709"), (100, "#050304")], 0, 0, 30, 100))
    # ink wash: large soft blots
    for _ in range(5):
        x, y, r = rnd.uniform(0, W), rnd.uniform(0, H), rnd.uniform(250, 520)
        d.circle(x, y, r, d.rad([(0, "#2a1218", 0.55), (60, "#2a1218", 0.2), (100, "#2a1218", 0)], x, y, r, user=True))
    # paper fibres
    dd = []
    for _ in range(170):
        x, y = rnd.uniform(-20, W), rnd.uniform(0, H)
        l = rnd.uniform(20, 90)
        a = rnd.uniform(-0.5, 0.5)
        dd.append("M%.0f %.0fq%.0f %.0f %.0f %.0f" % (x, y, l / 2 * math.cos(a), l / 2 * math.sin(a) + rnd.uniform(-6, 6), l * math.cos(a), l * math.sin(a)))
    d.path("".join(dd), stroke="#d8c8c0", stroke_width=1, opacity=0.06)
    dd = []
    for _ in range(260):
        x, y, s = rnd.uniform(0, W), rnd.uniform(0, H), rnd.uniform(0.8, 2.2)
        dd.append("M%.0f %.0fh%.1fv%.1fh-%.1fZ" % (x, y, s, s, s))
    d.path("".join(dd), "#e8d8d0", opacity=0.07)


def calm_band(d):
    d.rect(0, 380, W, 400, d.lin([(0, "#000000", 0), (30, "#000000", 0.5), (70, "#000000", 0.5), (100, "#000000", 0)]))


def numeral(d, n, rnd):
    x, y, s = 960 - 175, 40, 350
    K.splash(d, 960, 215, 200, "#3a0812", rnd, opacity=0.9)
    K.splash(d, 1000, 230, 120, "#52101a", rnd, spatter=10, opacity=0.6)
    # a soft shadow under the ink, then the ink
    K.kanji(d, n, x + 6, y + 8, s, "#000000", seed=n, opacity=0.5)
    K.kanji(d, n, x, y, s, d.lin(RED, 0, 0, 100, 100), dry=GROUND, seed=n)
    # the seal: a small red square with the numeral cut out of it, lower right of the kanji
    sx, sy = 1150, 300
    d.rect(sx, sy, 64, 64, "#b0121f", rx=6)
    K.kanji(d, n, sx + 10, sy + 10, 44, "#f0e0d8", width=11, seed=n + 20)


def rule(d, rnd):
    K.stroke(d, [(700, 724), (960, 716), (1220, 722)], 7, d.lin(RED, 0, 0, 100, 0), "harai", GROUND, rnd, opacity=0.85)


# ---------------------------------------------------------------- motifs ----
def camellia_flower(d, x, y, r, petal, centre="#e8c060", rot=0, op=1.0):
    for i in range(5):
        a = math.radians(rot + i * 72 - 90)
        px, py = x + r * 0.45 * math.cos(a), y + r * 0.45 * math.sin(a)
        d.open_g("translate(%.0f,%.0f) rotate(%.0f)" % (px, py, math.degrees(a) + 90), opacity=op)
        d.path(smooth([(0, r * 0.45), (r * 0.5, 0), (r * 0.38, -r * 0.5), (0, -r * 0.6), (-r * 0.38, -r * 0.5), (-r * 0.5, 0)]), petal, stroke="#2a0a10", stroke_width=2)
        d.close_g()
    d.circle(x, y, r * 0.22, centre, opacity=op)
    dd = "".join("M%.0f %.0fl%.0f %.0f" % (x, y, r * 0.3 * math.cos(math.radians(i * 40)), r * 0.3 * math.sin(math.radians(i * 40))) for i in range(9))
    d.path(dd, stroke=centre, stroke_width=2, opacity=op)


def gentian(d, x, y, s, fill="#4a7ad0", op=1.0):
    """The Fourth's gentian: a bell of five pointed petals on a stem."""
    d.open_g("translate(%.0f,%.0f) scale(%.2f)" % (x, y, s), opacity=op)
    K.stroke(d, [(0, 0), (4, 60), (0, 120)], 6, "#2a5a3a", "harai")
    d.path(smooth([(-30, -70, 0), (-18, -40), (-22, 0), (0, 8), (22, 0), (18, -40), (30, -70, 0), (14, -50), (0, -76, 0), (-14, -50)]), d.lin([(0, "#8ab4ff"), (100, "#2a4a9a")], 0, 0, 100, 100), stroke="#101830", stroke_width=2)
    d.close_g()


def petals(d, rnd, n, box, col="#c8102a", op=(0.5, 0.95)):
    for _ in range(n):
        x, y = rnd.uniform(box[0], box[2]), rnd.uniform(box[1], box[3])
        r = rnd.uniform(6, 14)
        d.open_g("translate(%.0f,%.0f) rotate(%.0f)" % (x, y, rnd.uniform(0, 360)))
        d.path(smooth([(0, 0, 0), (r, -r * 0.6), (r * 2.4, 0, 0), (r, r * 0.6)]), col, opacity=rnd.uniform(*op))
        d.close_g()


def drips(d, x, y, lengths, rnd, col="#b0121f"):
    for i, l in enumerate(lengths):
        xx = x + i * rnd.uniform(10, 20)
        K.stroke(d, [(xx, y), (xx + rnd.uniform(-2, 2), y + l)], rnd.uniform(5, 8), col, "tome")
        d.circle(xx, y + l + 4, rnd.uniform(5, 8), col)


def motif(d, n, rnd):
    red = d.lin(RED, 0, 0, 100, 100)
    white = d.lin(WHITE_INK, 0, 0, 100, 100)
    if n == 1:  # the promise: a crescent for "tonight", the red thread of fate, her camellia
        B.glow(d, 1620, 230, 200, "#dfe6ff", 0.25)   # the moon at the upper right, as in every night scene
        B.crescent(d, 1620, 230, 80, 30, white, rot=-30)
        K.stroke(d, [(-20, 900), (300, 860), (560, 930), (700, 880), (640, 830), (600, 900), (900, 960), (1300, 900), (1600, 960), (1940, 880)], 6, red, "harai", n=160)
        camellia_flower(d, 1640, 940, 70, d.lin([(0, "#f4f4f8"), (100, "#b8bccc")], 0, 0, 100, 100))
        K.stroke(d, [(1700, 1000), (1760, 1040), (1840, 1050)], 10, "#2a4a2a", "harai")
    elif n == 2:  # Hueco Mundo: the crescent, white dunes, a dead quartz tree
        B.glow(d, 1600, 220, 260, "#dfe6ff", 0.3)
        B.textured_crescent(d, 1600, 220, 100, 38, "#ffffff", "#b8bcc8", -25, "#9aa0b8", "#ffffff", rnd, "#1a1e30")
        B.las_noches(d, 600, 858, 200, "#3a3e50", 0.9)
        d.path(smooth([(-50, 1100, 0), (-50, 860), (300, 820), (700, 870), (1100, 830), (1500, 880), (1970, 820), (1970, 1100, 0)]), d.lin([(0, "#c8cad6"), (100, "#4a4c5a")]))
        d.path(smooth([(-50, 1100, 0), (-50, 940), (500, 910), (1000, 960), (1400, 920), (1970, 960), (1970, 1100, 0)]), d.lin([(0, "#f4f4f8"), (100, "#8a8ea0")]))
        d.path("".join("M%d %dq60 -8 120 0" % (rnd.uniform(0, 1800), rnd.uniform(960, 1060)) for _ in range(16)), stroke="#8a8ea0", stroke_width=2, opacity=0.7)
        B.quartz_tree2(d, 1640, 900, 460, rnd, "#f4f4f8", "#8a8ea0")
    elif n == 3:  # the cold captain: her wind in white brush sweeps, frost flakes, her camellia crest, her feather
        for i, (y0, w) in enumerate(((840, 16), (900, 11), (960, 20), (1010, 9))):
            K.stroke(d, [(-40, y0 + 30), (400, y0 - 40 - i * 10), (900, y0 + 10), (1400, y0 - 50), (1960, y0 - 10)], w, white, "harai", GROUND, rnd, opacity=0.5 + 0.1 * i, n=120)
        K.stroke(d, [(1380, 360), (1560, 260), (1760, 300), (1800, 420), (1700, 460)], 9, white, "harai", GROUND, rnd, opacity=0.45)
        flakes = []
        for _ in range(70):
            x, y, r = rnd.uniform(40, 1880), rnd.uniform(40, 1040), rnd.uniform(2, 5)
            if 380 < y < 780 and 420 < x < 1500:
                continue
            flakes.append("M%.0f %.0fl%.1f %.1fl%.1f %.1fl%.1f %.1fZ" % (x, y - r, r * 0.7, r, -r * 0.7, r, -r * 0.7, -r))
        d.path("".join(flakes), "#e8f0ff", opacity=0.7)
        camellia_flower(d, 300, 250, 120, d.lin([(0, "#ffffff"), (100, "#aab4d0")], 0, 0, 100, 100), "#c8d8f0", 8)
        B.glow(d, 300, 250, 220, "#dfe8ff", 0.15)
        # a feather, her hair clip
        d.open_g("translate(1640,900) rotate(-30)")
        d.path(smooth([(0, -120), (26, -60), (20, 40), (0, 90), (-20, 40), (-26, -60)]), d.lin([(0, "#f4f8ff"), (100, "#8a9ac0")], 0, 0, 100, 0), stroke="#1a1e30", stroke_width=2)
        d.path("M0 -110L0 110" + "".join("M0 %dl%d -14" % (y, s_ * 22) for y in range(-80, 60, 16) for s_ in (-1, 1)), stroke="#4a5a80", stroke_width=1.6)
        d.close_g()
    elif n == 4:  # the Vasto Lorde: its horned mask, cracked; claw marks
        d.open_g("translate(1600,820) rotate(-12) scale(1.1)")
        d.path(smooth([(-95, 0), (-105, -60), (-150, -150), (-176, -262, 0), (-118, -168), (-70, -104), (0, -116), (70, -104), (118, -168), (176, -262, 0), (150, -150), (105, -60),
                       (95, 0), (72, 66), (34, 104), (-34, 104), (-72, 66)]), d.lin([(0, "#ffffff"), (60, "#d0d2dc"), (100, "#7a7e90")], 0, 0, 100, 100), stroke="#1a1218", stroke_width=4)
        d.path(poly([(-78, -34), (-22, -22), (-30, 8), (-70, 0)]) + poly([(78, -34), (22, -22), (30, 8), (70, 0)]), "#0a0608")
        d.circle(-44, -12, 7, "#ff3040")
        d.circle(44, -12, 7, "#ff3040")
        d.path(poly([(-56, 48), (56, 48), (44, 74), (-44, 74)]), "#0a0608")
        d.path("".join("M%d 48L%d 74" % (x, x * 0.9) for x in range(-44, 50, 11)), stroke="#e8e8ee", stroke_width=5)
        d.path("M-50 -30L-60 30L-56 84M50 -30L60 30L56 84", stroke="#b0121f", stroke_width=7, stroke_linecap="round", opacity=0.9)
        d.path("M14 -112L2 -60L24 -28L8 10", stroke="#1a1218", stroke_width=3, stroke_linejoin="round", fill="none")
        d.close_g()
        for i in range(3):
            K.stroke(d, [(120 + i * 80, 620 + i * 30), (220 + i * 80, 800 + i * 30), (330 + i * 80, 1040)], 22, red, "harai", GROUND, rnd)
        B.glow(d, 1600, 840, 300, "#ff3040", 0.12)
    elif n == 5:  # five years: the camellia and the gentian together, petals of five springs
        K.stroke(d, [(560, 1060), (760, 1000), (960, 1030), (1180, 990), (1380, 1050)], 10, "#2a4a2a", "harai", GROUND, rnd)
        camellia_flower(d, 850, 930, 96, d.lin([(0, "#ffffff"), (100, "#aab4d0")], 0, 0, 100, 100), "#e8c060", 10)
        gentian(d, 1090, 960, 1.7)
        B.glow(d, 960, 930, 300, "#ffe0c0", 0.12)
        for box in ((80, 80, 520, 1040), (1400, 80, 1840, 1040)):
            for _ in range(12):
                x, y = rnd.uniform(box[0], box[2]), rnd.uniform(box[1], box[3])
                r = rnd.uniform(14, 26)
                d.open_g("translate(%.0f,%.0f) rotate(%.0f)" % (x, y, rnd.uniform(0, 360)))
                d.path(smooth([(0, 0, 0), (r * 0.6, -r * 0.5), (r * 1.4, -r * 0.3), (r * 1.6, 0.2 * r), (r * 0.8, r * 0.5)]), "#f4d8e0", opacity=rnd.uniform(0.45, 0.85))
                d.close_g()
    elif n == 6:  # the refusal: the Head Captain's gnarled staff with fire at its foot; his doors shut, 一 on them, struck through
        wood = d.lin([(0, "#9a7050"), (50, "#5a3a24"), (100, "#1e120a")], 0, 0, 100, 0)
        d.path(smooth([(300, 1090), (312, 900), (296, 760), (314, 600), (300, 430), (316, 260), (306, 150), (336, 150), (346, 262), (330, 430), (344, 600), (326, 760), (342, 900), (336, 1090)]), wood, stroke="#0e0806", stroke_width=3)
        for ky in (300, 520, 700, 880):
            d.ellipse(322 + (ky % 3) * 3, ky, 20, 9, "#4a2e1a", stroke="#0e0806", stroke_width=2)
        d.path(smooth([(290, 150), (300, 100), (322, 84), (346, 98), (354, 144), (322, 160)]), wood, stroke="#0e0806", stroke_width=3)
        # Ryujin Jakka's fire rising round its foot: red outer tongues, orange, a yellow core
        for layer, (cols, wmul, hmul, op) in enumerate(((("#ff5020", "#8a0c06"), 1.0, 1.0, 0.75), (("#ffa040", "#c83010"), 0.65, 0.75, 0.85), (("#fff0a0", "#ffb040"), 0.35, 0.5, 0.9))):
            g = d.lin([(0, cols[0]), (100, cols[1])], 0, 0, 0, 100)
            for i in range(7):
                x = 150 + i * 55 + rnd.uniform(-10, 10)
                h = rnd.uniform(180, 320) * hmul
                w = rnd.uniform(46, 70) * wmul
                curl = rnd.uniform(-40, 40)
                d.path(smooth([(x - w, 1090, 0), (x - w * 0.7, 1090 - h * 0.4), (x - w * 0.2 + curl * 0.5, 1090 - h * 0.8), (x + curl, 1090 - h, 0), (x + w * 0.3 + curl * 0.4, 1090 - h * 0.6),
                               (x + w * 0.8, 1090 - h * 0.3), (x + w, 1090, 0)]), g, opacity=op)
        petals(d, rnd, 26, (100, 560, 640, 900), "#ffa040", (0.4, 0.9))
        # the First Division's great doors, shut
        d.rect(1440, 420, 380, 640, d.lin([(0, "#2a1a14"), (100, "#0a0606")], 0, 0, 100, 0), stroke="#050303", stroke_width=4)
        d.rect(1627, 420, 6, 640, "#050303")
        for y in (470, 1000):
            d.rect(1440, y, 380, 16, "#3a2418")
        for x in (1600, 1660):
            d.circle(x, 740, 12, "#6a5030", stroke="#1a1008", stroke_width=2)
        K.kanji(d, 1, 1470, 410, 320, "#d8ccb8", GROUND, seed=66, width=15, opacity=0.85)
        K.stroke(d, [(1420, 520), (1630, 760), (1860, 1000)], 34, red, "harai", GROUND, rnd, opacity=0.9)
    elif n == 7:  # her last words: a white camellia fallen whole into blood
        d.ellipse(960, 960, 420, 70, d.rad([(0, "#5a0410"), (70, "#8e0f1c", 0.9), (100, "#8e0f1c", 0)]))
        d.path(smooth([(640, 960), (800, 920), (1000, 916), (1220, 930), (1300, 970), (1100, 1000), (820, 996)]), d.lin([(0, "#b0182a"), (100, "#4a0410")]), opacity=0.85)
        camellia_flower(d, 960, 940, 80, d.lin([(0, "#ffffff"), (100, "#b8bccc")], 0, 0, 100, 100), "#e8c060", 20)
        d.path(smooth([(1010, 990), (1040, 1000), (1020, 970)]), "#b0121f", opacity=0.7)
        # a single tear falling towards it, and the rings where a tear has already struck
        K.stroke(d, [(1010, 60), (1004, 240), (998, 330)], 4, "#d8efff", "harai", opacity=0.35, blob=False)
        d.path(smooth([(990, 770, 0), (1004, 808), (998, 826), (982, 826), (976, 808)]), d.lin([(0, "#ffffff"), (100, "#8ab0d8")], 0, 0, 100, 100), stroke="#6f9ccc", stroke_width=1.5, opacity=0.9)
        for rr, op in ((60, 0.5), (110, 0.3), (170, 0.18)):
            d.ellipse(1040, 960, rr, rr * 0.16, "none", stroke="#ff8090", stroke_width=2, opacity=op)
        petals(d, rnd, 14, (1200, 700, 1800, 1040), "#e8e8f0", (0.3, 0.7))
    elif n == 8:  # Chishioyaiba: the blade of blood, her hair of blood, drops in the air
        d.open_g("translate(1560,620) rotate(-58)")
        d.path(smooth([(-480, 0, 0), (-40, -22), (380, -12), (480, 0, 0), (380, 12), (-40, 20)]), d.lin([(0, "#ff5a6a"), (50, "#c8102a"), (100, "#4a0008")], 0, 0, 0, 100), stroke="#2a0006", stroke_width=3)
        d.path("M-440 -2L420 -4", stroke="#ffb0b8", stroke_width=3, opacity=0.7)
        d.close_g()
        # the woman of blood, floating at the left: hair streaming up and back, a dress
        # that melts into drips, one arm reaching out
        fig = d.lin([(0, "#ff4050", 0.95), (50, "#b0101e", 0.9), (100, "#4a0008", 0.3)], 0, 0, 30, 100)
        for i in range(7):
            K.stroke(d, [(300, 250 + i * 6), (250 - i * 20, 180 - i * 10), (170 - i * 25, 220 + i * 12), (90 - i * 20, 160 + i * 30)], 14 - i, "#a00c1c", "harai", opacity=0.7)
        d.circle(310, 260, 44, fig)
        d.path(smooth([(296, 300), (326, 300), (330, 330), (380, 352), (394, 420), (362, 500), (400, 640), (450, 790), (380, 800), (330, 860), (290, 820), (230, 880), (214, 790),
                       (244, 640), (262, 500), (238, 420), (250, 352), (292, 330)]), fig)
        for i in range(3):
            K.stroke(d, [(280 + i * 6, 240), (240 - i * 10, 360), (220 - i * 14, 520 + i * 30), (196 - i * 10, 640 + i * 40)], 16 - i * 3, "#8a0a16", "harai", opacity=0.8)
        d.path(smooth([(380, 360), (460, 400), (540, 420), (600, 416), (604, 430), (540, 440), (456, 428), (386, 400)]), fig)  # her arm, out towards the blade
        drips(d, 250, 820, [60, 120, 40, 90], rnd, "#8a0a16")
        d.path("M296 254q6 -3 12 0M318 254q6 -3 12 0", stroke="#ffd0d8", stroke_width=2.5, stroke_linecap="round")  # glowing eyes
        petals(d, rnd, 30, (500, 780, 1500, 1060), "#c8102a")
        drips(d, 1220, 780, [60, 110, 40], rnd)
    elif n == 9:  # the vow: fingernail gouges dripping blood, the crescent turned red
        B.glow(d, 1620, 220, 260, "#ff2030", 0.3)
        B.crescent(d, 1620, 220, 100, 38, red, rot=-25)
        for i in range(4):
            x0 = 90 + i * 70
            K.stroke(d, [(x0, 80 + i * 20), (x0 + 30, 400), (x0 + 50, 760 - i * 30)], 26 - i * 3, red, "harai", GROUND, rnd)
            drips(d, x0 + 40, 700 - i * 30, [rnd.uniform(40, 160)], rnd)
        for i in range(4):
            x0 = 1820 - i * 70
            K.stroke(d, [(x0, 620 + i * 20), (x0 - 30, 840), (x0 - 50, 1060)], 22 - i * 3, red, "harai", GROUND, rnd, opacity=0.85)
        petals(d, rnd, 20, (500, 800, 1400, 1060), "#c8102a")


def card(n):
    d = Doc(W, H)
    rnd = random.Random(100 + n)
    ground(d, rnd)
    motif(d, n, rnd)
    calm_band(d)
    numeral(d, n, rnd)
    rule(d, rnd)
    B.vignette(d, 0.65)
    return d


IMAGES = [("cards", "card %d" % n, (lambda n=n: card(n))) for n in range(1, 10)]
