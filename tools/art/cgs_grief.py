"""The story's tender and tragic CGs (1920x1080):

    cg lap, cg lap kido, cg lap stop,      chapter 2, Hueco Mundo: her head in his lap
    cg lap smile, cg lap remember          (in all of them the Quinta Espada far off, watching);
    cg lap fading, cg lap gone             chapter 7 on the kido path: the last glow, then she goes limp
    cg last words, cg last words gone      chapter 7: she fades in his arms, then goes limp
    cg last words remember                 chapter 2 (held): he closes his eyes and remembers
    cg kiss                                chapter 4: the forest, Lieutenant Izumo kisses his captain
    cg collapse, cg collapse vow           chapter 9, red sky: he crumples beside her body, then glares

Variants of one CG share one drawing function; only the parts the variant
names change (her face and hand, the kido glow, his head), so the images
differ inside one bounded region (tests/render/test_cg_layout.py).
Faces and hands sit above y 790 (the text box covers the rest).
Figures are about 7.3 heads tall (see cgbody.py); H is the head height in px.
"""
import math
import random
from svg import Doc, INK, smooth, poly
import cgfig as G
import cgbody as K
import chars as C
from cgbody import lerp, add
from game.scene.canvas import CANVAS  # noqa: E402

OUT = 3.0
CRIMSON = [(0, "#c42a3c"), (100, "#6a0c18")]
KA_HAIR = [(0, "#4a5a8c"), (35, "#232a48"), (100, "#0c0e1c")]
IZ_HAIR = [(0, "#4a3e4c"), (40, "#2a2230"), (100, "#120e14")]


# -------------------------------------------------------------- scenery ---
def desert(d, red=False, seed=4):
    """Hueco Mundo seen from close: black (or blood-red) sky, the crescent at
    the upper right, where every night scene has it (bg hueco mundo, its red sky), far dunes with dead quartz trees, the dome of Las Noches
    far away, and the white (or rust) sand the figures kneel on."""
    rnd = random.Random(seed)
    if red:
        K.sky(d, [(0, "#1a0204"), (45, "#5a0610"), (80, "#a81a22"), (100, "#d8402e")])
        # the moon at the upper right, where bg hueco mundo red has it
        K.glow(d, 1480, 150, 300, "#ffd0b0", 0.3)
        K.crescent(d, 1480, 150, 78, 30, d.lin([(0, "#fff0e0"), (100, "#f0a080")]), rot=-35)
        far = d.lin([(0, "#8a2a24"), (100, "#5a1614")])
        near = d.lin([(0, "#c06a54"), (60, "#9a4034"), (100, "#5a1a18")], 0, 0, 0, 100)
        tree = ("#e8b8a8", "#7a3430")
        dome = "#3a0a0c"
    else:
        K.sky(d, [(0, "#000000"), (55, "#06060c"), (100, "#1c1c2a")])
        K.glow(d, 1640, 150, 300, "#dfe6ff", 0.28)
        K.crescent(d, 1640, 150, 78, 30, d.lin([(0, "#ffffff"), (100, "#c8d0ee")]), rot=-35)
        far = d.lin([(0, "#8c90a4"), (100, "#54586e")])
        near = d.lin([(0, "#e6e8f0"), (50, "#d0d2de"), (100, "#9a9eb2")], 0, 0, 0, 100)
        tree = ("#f0f0f6", "#8a8ea4")
        dome = "#24242e"
    # Las Noches: a low dome and towers on the horizon, far right
    d.path(smooth([(1380, 452, 0), (1420, 420), (1500, 400), (1580, 420), (1620, 452, 0)]) + poly([(1440, 430), (1446, 360), (1452, 430)]) +
           poly([(1548, 425), (1556, 340), (1564, 425)]) + poly([(1596, 440), (1600, 390), (1604, 440)]), dome, opacity=0.85)
    K.dune_band(d, 445, 10, far, rnd, 5)
    for x, h in ((1180, 120), (1760, 150), (90, 110), (560, 80)):
        K.quartz_tree(d, x, 470, h, rnd, tree, 1.2, 0.8)
    K.dune_band(d, 500, 18, near, rnd, 4)
    # ripples in the sand, lit from the upper left
    dd = []
    for _ in range(22):
        x, y = rnd.uniform(-50, 1850), rnd.uniform(540, 1060)
        w = rnd.uniform(80, 200) * (0.6 + (y - 500) / 900)
        dd.append("M%.0f %.0fQ%.0f %.0f %.0f %.0f" % (x, y, x + w / 2, y - 7, x + w, y))
    d.path("".join(dd), stroke="#7a2a22" if red else "#a0a4b8", stroke_width=2.2, opacity=0.55)


def light(d, red=False):
    """Cold moonlight from the upper right, the moon's side (blood light under the red sky), and the dark closing in."""
    if red:
        d.rect(0, 0, 1920, 1080, d.lin([(0, "#ff8060", 0.10), (45, "#ff8060", 0), (100, "#200004", 0.45)], 0, 0, 100, 70))
    else:
        d.rect(0, 0, 1920, 1080, d.lin([(0, "#dfe6ff", 0.10), (45, "#dfe6ff", 0), (100, "#000010", 0.40)], 100, 0, 0, 70))
    K.vignette(d, 0.6)


def espada_far(d, x, y, k=1.0):
    """The Quinta Espada far off, watching: a small standing figure (about 200*k px),
    white jacket and hakama, hands in his pockets, pale spiky hair, a grin, the
    bone along his jaw.  (x, y): his feet on the sand."""
    S = lambda px, py, *c: (x + px * k, y + py * k) + c
    wht = d.lin([(0, "#ffffff"), (55, "#e6e6ee"), (100, "#9a9cb2")], 0, 0, 100, 0)
    hair = d.lin([(0, "#f4f6fc"), (50, "#aab6d2"), (100, "#5a6688")], 0, 0, 100, 100)
    d.ellipse(x + 30 * k, y + 2 * k, 60 * k, 7 * k, "#000000", opacity=0.35)
    # hakama legs apart, black sandals
    d.shape([S(-24, -86), S(24, -86), S(32, -4), S(8, -2), S(1, -52), S(-7, -2), S(-32, -4)], wht, INK, 1.8)
    d.shape([S(-34, -4), S(-6, -4), S(-4, 2), S(-36, 2)], "#1a1820", sm=False)
    d.shape([S(6, -4), S(34, -4), S(36, 2), S(4, 2)], "#1a1820", sm=False)
    # the long white jacket, its tails to the knees, the black sash
    d.shape([S(-30, -156), S(30, -156), S(38, -90), S(40, -56), S(12, -62), S(-12, -62), S(-40, -56), S(-38, -90)], wht, INK, 1.8)
    d.shape([S(-33, -98), S(33, -98), S(33, -90), S(-33, -90)], "#1a1820", sm=False)
    # the open collar: bare chest, the hollow hole
    d.shape([S(-9, -156), S(9, -156), S(2, -118, 0), S(-2, -118, 0)], d.lin(K.SKIN3), INK, 1.2)
    d.circle(*S(0, -132), 3.2 * k, "#0c0a10")
    d.shape([S(-16, -162), S(16, -162), S(14, -150), S(-14, -150)], wht, INK, 1.4)   # the stand collar
    # arms hanging, the hands in his pockets
    d.shape([S(-28, -158), S(-38, -140), S(-44, -112), S(-40, -98, 0), S(-28, -100, 0), S(-26, -130)], wht, INK, 1.6)
    d.shape([S(28, -158), S(38, -140), S(44, -112), S(40, -98, 0), S(28, -100, 0), S(26, -130)], wht, INK, 1.6)
    # the head, cocked a little: face, the grin, the bone at his jaw, the pale spikes
    hx, hy = 2, -177
    d.shape([S(hx - 13, hy - 6), S(hx, hy - 15), S(hx + 13, hy - 6), S(hx + 13, hy + 4), S(hx + 8, hy + 13), S(hx, hy + 16), S(hx - 8, hy + 13), S(hx - 13, hy + 4)],
            d.lin(K.SKIN3), INK, 1.6)
    d.shape([S(hx - 9, hy + 5, 0), S(hx, hy + 8), S(hx + 9, hy + 5, 0), S(hx + 6, hy + 11), S(hx - 6, hy + 11)], "#ffffff", INK, 1.1)
    d.line([S(hx - 7, hy + 8), S(hx + 7, hy + 8)], "#3a2a30", 0.9)
    d.shape([S(hx - 14, hy), S(hx - 7, hy + 11), S(hx - 2, hy + 16), S(hx - 9, hy + 15), S(hx - 15, hy + 8)], "#ecebe2", INK, 1.1)
    for ex in (-5, 6):
        d.line([S(hx + ex - 3, hy - 2), S(hx + ex + 3, hy - 3)], "#a07a10", 1.8)
    spikes = []
    for i, a in enumerate(range(150, 400, 16)):
        r = (29, 18)[i % 2] * (0.85 if i < 3 or i > 12 else 1.0)
        ar = math.radians(a + 8)
        spikes.append(S(hx + math.cos(ar) * r, hy - 3 + math.sin(ar) * r, 0))
    spikes += [S(hx + 14, hy + 2, 0), S(hx + 9, hy - 6), S(hx + 2, hy - 3), S(hx - 5, hy - 8), S(hx - 14, hy + 2, 0)]   # the bangs
    d.shape(spikes, hair, INK, 1.5, sm=False)
    d.line([S(hx - 10, hy - 16), S(hx + 2, hy - 20)], "#ffffff", 1.6, opacity=0.8)


# ---------------------------------------------------------------- heads ---
def izumo_head(d, x, y, sc, rot, e, flip=False):
    return G.head(d, "izumo", x, y, sc, rot, e, flip=flip)


def kaori_head(d, x, y, sc, rot, e, flip=False):
    return G.head(d, "kaori", x, y, sc, rot, e, flip=flip)


# ------------------------------------------------------------------ LAP ---
HIP = (740, 640)   # Izumo bends forward about his hips


def leaned(p, lean):
    """A point of the upright kneeling Izumo, with his torso bent forward by lean degrees."""
    a = math.radians(lean)
    x, y = p[0] - HIP[0], p[1] - HIP[1]
    return (HIP[0] + x * math.cos(a) - y * math.sin(a), HIP[1] + x * math.sin(a) + y * math.cos(a))


def izumo_kneel(d, far_arm=None, lean=0.0):
    """Captain Izumo kneeling (seiza), three-quarter front, turned a little to
    the right, leaning over his lap.  Head about (760, 300), shoulders
    y 420-435, crimson obi y 600, knees at y 760, on the sand at y 790.
    far_arm(d) draws his right arm (viewer left) between the body and the front.
    lean: degrees his torso bends forward about the hips (see leaned())."""
    blk = d.lin(K.BLACK, 0, 0, 100, 100)
    wht = d.lin(K.WHITE, 0, 0, 100, 100)
    wsh = d.lin(K.WHITE_SH, 0, 0, 100, 100)
    # the haori behind him, its tail spread on the sand
    d.shape([(640, 404), (580, 470), (548, 600), (500, 740), (430, 800, 0), (640, 812), (900, 808), (980, 796, 0), (930, 700), (900, 520), (850, 430)],
            wsh, INK, OUT)
    d.line([(560, 640), (500, 780)], K.FOLD_W, 2.2)
    d.line([(930, 640), (950, 780)], K.FOLD_W, 2.0)
    # hakama over the folded legs, the knees towards us
    d.shape([(640, 600), (842, 610), (900, 680), (930, 760), (900, 796), (760, 804), (600, 798), (570, 760), (590, 680)], blk, INK, OUT)
    d.line([(700, 640), (680, 790)], K.FOLD_B, 2.2)
    d.line([(790, 640), (820, 790)], K.FOLD_B, 2.2)
    d.line([(600, 740), (650, 770)], K.FOLD_B, 2.0)
    d.open_g("rotate(%.1f,%d,%d)" % (lean, HIP[0], HIP[1]))
    # torso in the black kimono
    d.shape([(712, 388), (770, 392), (852, 430), (866, 490), (850, 560), (846, 620), (636, 612), (626, 540), (612, 470), (622, 424)], blk, INK, OUT)
    d.shape([(800, 450), (850, 470), (846, 610), (790, 606)], "#0c0b10", opacity=0.4)
    # the V of skin, the white juban collar and the black lapels
    d.shape([(720, 390, 0), (768, 394, 0), (752, 470, 0)], d.lin(K.SKIN3), INK, 2)
    for a_, b_ in (((716, 390), (748, 486)), ((772, 394), (752, 480))):
        d.line([a_, b_], "#f3f1ef", 6)
    d.line([(700, 392), (752, 520), (770, 604)], INK, 2.4)
    d.line([(788, 396), (756, 500)], INK, 2.4)
    # crimson obi
    d.shape([(632, 584), (846, 594, 0), (848, 636, 0), (634, 628, 0)], d.lin(CRIMSON), INK, OUT)
    d.line([(640, 606), (844, 614)], "#3a0008", 1.8, opacity=0.6)
    # haori front panels falling either side of the chest onto his lap
    d.shape([(700, 388), (640, 410), (612, 470), (604, 600), (596, 720), (640, 756), (668, 640), (676, 500), (714, 410)], wht, INK, OUT)
    d.shape([(780, 392), (850, 424), (880, 520), (892, 640), (920, 756), (862, 760), (842, 640), (812, 480), (772, 410)], d.lin(K.WHITE, 0, 0, 100, 100), INK, OUT)
    d.line([(650, 470), (640, 700)], K.FOLD_W, 2.0)
    d.line([(858, 520), (884, 730)], K.FOLD_W, 2.0)
    # the crimson hilt at his left hip
    d.open_g("translate(840,610) rotate(-48)")
    d.shape([(0, -9, 0), (104, -8, 0), (108, 0), (104, 8, 0), (0, 9, 0)], d.lin([(0, "#b0283a"), (100, "#5a0a14")]), INK, 2.2)
    d.path("".join("M%d -8L%d 8M%d -8L%d 8" % (x0, x0 + 11, x0 + 11, x0) for x0 in range(8, 96, 15)), stroke="#e8c8a0", stroke_width=1.8)
    d.shape([(-8, -20, 0), (4, -20, 0), (4, 20, 0), (-8, 20, 0)], "#c9a75a", INK, 2, sm=False)
    d.close_g()
    d.close_g()
    if far_arm:
        far_arm(d)


def tabi(d, heel, ang, sc=1.0):
    """A foot in a white tabi sock, seen from the side: heel at `heel`, toes along ang."""
    d.open_g("translate(%.1f,%.1f) rotate(%.1f) scale(%.2f)" % (heel[0], heel[1], ang, sc))
    d.shape([(-6, -14), (14, -18), (36, -14), (54, -8), (62, 0), (56, 8), (30, 10), (4, 10), (-8, 2)], d.lin([(0, "#ffffff"), (100, "#b8bccc")]), INK, 2.4)
    d.line([(46, -8), (50, 6)], "#9a9eb2", 1.6)     # the split between the big toe and the others
    d.line([(-4, 8), (30, 10), (54, 7)], "#6a6e84", 1.8, opacity=0.7)   # the sole
    d.close_g()


def her_sword(d, hilt, ang, length=330, red=False):
    """Kaori's zanpakuto dropped in the sand: steel blade, gold tsuba, blue-wrapped hilt."""
    d.open_g("translate(%.1f,%.1f) rotate(%.1f)" % (hilt[0], hilt[1], ang))
    steel = [(0, "#ffffff"), (50, "#c8d0e0"), (100, "#7a8298")] if not red else [(0, "#ffe0d8"), (50, "#d0a0a0"), (100, "#7a4a50")]
    d.shape([(0, -5, 0), (length * 0.8, -6), (length, 0, 0), (length * 0.8, 4), (0, 5, 0)], d.lin(steel, 0, 0, 0, 100), INK, 2)
    d.line([(10, -1), (length * 0.85, -2)], "#ffffff", 1.4, opacity=0.7)
    d.shape([(-6, -14, 0), (2, -14, 0), (2, 14, 0), (-6, 14, 0)], "#c9a75a", INK, 1.8, sm=False)
    d.shape([(-6, -7, 0), (-84, -6, 0), (-88, 0), (-84, 6, 0), (-6, 7, 0)], d.lin([(0, "#b8dcf2"), (100, "#4e7aa8")], 0, 0, 0, 100), INK, 2)
    d.path("".join("M%d -6L%d 6M%d -6L%d 6" % (x0, x0 - 10, x0 - 10, x0) for x0 in range(-14, -80, -13)), stroke="#24324e", stroke_width=1.6)
    d.close_g()


def kaori_throat(d, dx=0, dy=0, outline=True):
    """Her throat and the white collar of her juban, for the lying Kaori; drawn again
    without outline over the end of the head's neck."""
    P = lambda x, y: (x + dx, y + dy)
    d.shape([P(888, 604), P(930, 626), P(960, 640), P(930, 664), P(890, 640)], d.lin(K.SKIN3), INK if outline else None, 2)
    d.line([P(936, 630), P(980, 660), P(1040, 700)], "#f3f1ef", 5)


def kaori_lying(d, variant, hand_fn=None):
    """Kaori on her back across the sand to the right, her head raised on his
    lap at (830, 628): white haori spread under her, blood soaked into it."""
    blk = d.lin(K.BLACK, 0, 0, 100, 100)
    wht = d.lin(K.WHITE, 0, 0, 100, 100)
    wsh = d.lin(K.WHITE_SH, 0, 0, 100, 100)
    # her haori spread on the sand beneath her, soaked where the pool is
    d.shape([(900, 690), (1000, 716), (1200, 744), (1400, 752), (1620, 748), (1780, 776), (1640, 806), (1400, 812), (1150, 806), (960, 790), (900, 740)],
            wsh, INK, OUT)
    K.stain(d, [(960, 770), (1150, 790), (1350, 798), (1300, 810), (1080, 806), (960, 792)], 0.85)
    # legs in the black hakama: the far leg straight, the near knee raised
    d.shape([(1290, 690), (1479, 716), (1722, 744), (1740, 776, 0), (1533, 782), (1300, 770)], blk, INK, OUT)
    tabi(d, (1730, 760), -8)
    d.shape([(1290, 664), (1407, 628), (1515, 612), (1560, 640), (1704, 736), (1695, 774, 0), (1614, 778), (1542, 706), (1488, 782, 0), (1326, 774)], blk, INK, OUT)
    tabi(d, (1706, 754), -60)
    d.line([(1326, 680), (1506, 650)], K.FOLD_B, 2.2)
    d.line([(1560, 680), (1677, 744)], K.FOLD_B, 2.0)
    d.line([(1371, 740), (1506, 700)], K.FOLD_B, 2.0)
    # torso: the throat, black kimono, the high white obi and the gentle curve of the child
    d.shape([(880, 606), (930, 628), (990, 628), (1060, 622), (1118, 620), (1164, 602), (1214, 592), (1262, 602), (1298, 634), (1318, 680), (1320, 730),
             (1200, 756), (1060, 744), (960, 730), (900, 700)], blk, INK, OUT)
    kaori_throat(d)
    # six months: the rounded belly under the high obi, lit along its top
    d.shape([(1140, 644), (1180, 614), (1230, 606), (1276, 622), (1300, 662), (1250, 654), (1196, 644)], "#4a4858", opacity=0.55)
    d.line([(1150, 614), (1200, 598), (1250, 602), (1288, 626)], "#8a88a0", 3, opacity=0.9)                # light on the curve
    d.line([(1190, 640), (1240, 676), (1280, 720)], K.FOLD_B, 2.0)
    d.shape([(1070, 622), (1114, 624, 0), (1120, 750, 0), (1078, 748, 0)], d.lin([(0, "#ffffff"), (100, "#b9c0d4")], 0, 0, 100, 0), INK, OUT)
    # the white haori over her shoulder and side
    d.shape([(930, 640), (968, 650), (1000, 700), (1060, 740), (1200, 756), (1330, 746), (1350, 776), (1150, 796), (980, 780), (920, 720)], wht, INK, OUT)
    d.line([(990, 720), (1080, 770)], K.FOLD_W, 2.0)
    # the wound under her breast, soaked through the kimono; blood down her side
    K.stain(d, [(990, 640), (1040, 630), (1068, 650), (1060, 706), (1010, 716), (980, 690)], 0.95)
    K.stain(d, [(1130, 700), (1190, 716), (1230, 756), (1150, 764)], 0.8)
    K.trickle(d, [(1030, 716), (1036, 744), (1032, 770)], 7)
    K.stain(d, [(940, 650), (975, 660), (990, 700), (950, 716), (930, 690)], 0.8)       # her shoulder
    K.stain(d, [(1240, 700), (1300, 690), (1330, 740), (1270, 760)], 0.75)             # her hip
    K.stain(d, [(1380, 752), (1480, 756), (1460, 790), (1380, 790)], 0.7)              # the haori's hem in the pool
    # her near arm: in 'smile' raised to his wrist to stop the kido; else resting on the child
    if hand_fn:
        hand_fn(d)


LEAN_LAP = 12
ESPADA_LAP = (1330, 520)   # his feet, far off on the dunes (lap)
ESPADA_LW = (1500, 532)    # (last words)


def lap(variant=""):
    """Chapter 2.  Izumo kneels, three-quarter front, bowed over Kaori, whose
    head lies in his lap; her body stretched on the sand to the right,
    matted with blood.  variant: '' | 'kido' (green light from his hand over
    her wound) | 'smile' (she stops his hand, looks up and smiles; his tears fall;
    the Quinta Espada looks on from far off) | 'remember' (the smile, his eyes closed) |
    'stop' (the kido's light, her eyes open and her hand on his wrist: "only to have
    Kaori stop him") | 'fading' (chapter 7 on the kido path: the last faint glow on his
    hand, her eyes heavy) | 'gone' (she has gone limp in his lap: eyes closed, her head
    rolled aside, her hand slipped from the child to the sand; his eyes shut)."""
    d = Doc(*CANVAS)
    desert(d)
    remember = variant == "remember"
    if remember:   # the smile, held, while he closes his eyes
        variant = "smile"
    stop = variant == "stop"
    glow = "kido" if variant in ("kido", "stop") else "faint" if variant == "fading" else None
    # the Quinta Espada looks on from far off in every variant: he never leaves the scene,
    # so he must not blink in and out between frames of one framing
    espada_far(d, ESPADA_LAP[0], ESPADA_LAP[1], 0.95)
    wht = d.lin(K.WHITE, 0, 0, 100, 100)
    wsh = d.lin(K.WHITE_SH, 0, 0, 100, 100)
    hg = d.lin(KA_HAIR, 0, 0, 60, 100)
    d.open_g("translate(-150,-172) scale(1.14)")   # the figures, the pool clear of the text box
    K.blood_pool(d, 1120, 784, 520, 58, seed=7)
    her_sword(d, (1604, 598), 8, 220)

    def far_arm(d):
        # his right arm, viewer left: down along his side, the hand under her head
        K.sleeve(d, leaned((626, 430), LEAN_LAP), (620, 590), (700, 648), 28, 38, wsh, droop=(0.1, 1))
        C.crest(d, 606, 520, 18, "four")   # the Fourth's crest on his sleeve: the gentian and 四
        K.hand(d, (706, 648), 4, 112, curl=(0.35, 0.35, 0.4, 0.45), spread=0.25, thumb=(0.2, 0.2))

    izumo_kneel(d, far_arm, LEAN_LAP)
    # her long hair spilling over his lap to the sand, in strands
    d.shape([(800, 600), (760, 640), (736, 700), (730, 770), (752, 806, 0), (772, 760), (784, 712), (806, 676), (830, 660)], hg, INK, OUT)
    d.shape([(820, 640), (806, 690), (806, 750), (820, 800, 0), (838, 750), (844, 700), (852, 664)], hg, INK, 2.4)
    d.line([(762, 690), (752, 780)], "#4a5a8c", 2.4, opacity=0.8)

    def her_hand(d):
        if variant == "gone":   # slipped from the child, fallen open on the sand
            K.sleeve(d, (960, 690), (1000, 746), (1026, 770), 24, 30, wht, droop=(0.2, 1))
            K.hand(d, (1032, 772), -4, 104, curl=(0.15, 0.2, 0.25, 0.3), spread=0.2, thumb=(0.1, 0.4), blood=0.4)
        elif variant in ("smile", "stop"):
            K.sleeve(d, (960, 690), (1050, 736), (1030, 676), 24, 30, wht)
            K.hand(d, (1024, 664), -112, 104, curl=(0.45, 0.5, 0.55, 0.6), spread=0.2, thumb=(0.3, 0.3), flip=True)
        else:
            K.sleeve(d, (960, 690), (1060, 740), (1150, 712), 24, 30, wht)
            K.hand(d, (1154, 704), -22, 104, curl=(0.2, 0.25, 0.3, 0.35), spread=0.15, thumb=(0.15, 0.2), blood=0.4)

    kaori_lying(d, variant)
    # her face, turned up to him
    ke = {"brow": (-8, 2), "mouth": "open_worry", "lid_in": 0.42, "lid_out": 0.5, "look": (-3, -3), "blush": 0.25, "neck": 120, "bangs": 0.78}
    if variant == "kido":
        ke.update({"eye": "closed_soft", "brow": (-10, 4)})
    elif variant == "stop":   # eyes open on him, pleading
        ke.update({"lid_in": 0.2, "lid_out": 0.26, "brow": (-14, 5), "look": (-4, -4)})
    elif variant == "fading":
        ke.update({"lid_in": 0.58, "lid_out": 0.62, "brow": (-6, 2)})
    elif variant == "gone":
        ke.update({"eye": "closed_soft", "brow": (-2, 1), "mouth": "open_worry", "blush": 0})
    elif variant == "smile":   # parted lips and lifted cheeks: the smile reads at 1280x720
        ke.update({"mouth": "open_smile", "mouth_scale": 1.1, "mouth_at": (56, 58), "lid_in": 0.3, "lid_out": 0.36, "brow": (-7, 1), "blush": 0.55})
    kh = kaori_head(d, 830, 626, 0.70, -80 if variant == "gone" else -98, ke)
    kaori_throat(d, outline=False)
    m = kh.world(36, 64) if variant == "smile" else kh.world(50, 66)   # from the corner of her mouth
    K.trickle(d, [m, add(m, (6, 10)), add(m, (10, 24)), add(m, (12, 38))], 4.5)
    # his near arm reaching over her, the hand on her wound
    wrist = (996, 640)
    K.sleeve(d, leaned((846, 436), LEAN_LAP), (946, 570), wrist, 26, 34, wht, droop=(-0.1, 1))
    K.hand(d, wrist, 22, 116, curl=(0.3, 0.3, 0.35, 0.4), spread=0.4, thumb=(0.45, 0.2), blood=0.6)
    her_hand(d)
    if glow == "faint":   # the last glow of his kido, fading on his hand at her wound
        d.circle(1040, 650, 120, d.rad([(0, "#e0ffd8", 0.55), (30, "#7cf090", 0.3), (70, "#2ab04a", 0.08), (100, "#2ab04a", 0)]))
        rnd = random.Random(17)
        dd = []
        for _ in range(9):
            x, y = 1040 + rnd.uniform(-90, 90), 630 + rnd.uniform(-90, 20)
            s_ = rnd.uniform(2, 4)
            dd.append(poly([(x, y - s_), (x + s_ * 0.6, y), (x, y + s_), (x - s_ * 0.6, y)]))
        d.path("".join(dd), "#d8ffd0", opacity=0.55)
    if glow == "kido":
        d.circle(1060, 660, 210, d.rad([(0, "#f0ffe8", 0.9), (22, "#8cf59a", 0.6), (55, "#2ab04a", 0.22), (100, "#2ab04a", 0)]))
        rnd = random.Random(9)
        dd = []
        for _ in range(26):
            a = rnd.uniform(0, 2 * math.pi)
            r = rnd.uniform(40, 220)
            x, y = 1060 + r * math.cos(a), 650 + r * 0.55 * math.sin(a) - rnd.uniform(0, 80)
            s_ = rnd.uniform(3, 7)
            dd.append(poly([(x, y - s_), (x + s_ * 0.6, y), (x, y + s_), (x - s_ * 0.6, y)]))
        d.path("".join(dd), "#d8ffd0", opacity=0.9)
        d.path(smooth([(950, 580), (1060, 540), (1170, 580)], False) + smooth([(930, 720), (1060, 760), (1190, 720)], False),
               stroke="#a8ffb0", stroke_width=3, opacity=0.5)
    if stop:   # her hand on his wrist, over the light: it stops him
        her_hand(d)
    # his head, bowed over her
    ie = {"brow": (-12, 6), "mouth": "cry", "lid_in": 0.3, "lid_out": 0.45, "look": (3, 5), "blush": 0.3, "neck": 130,
          "tears": [[(2, 12), (-2, 30), (2, 48)], [(60, 10), (64, 28)]]}
    if variant == "kido":
        ie.update({"brow": (-4, 8), "mouth": "grit", "tears": [[(2, 12), (-2, 30)]]})
    elif variant == "stop":   # stopped mid-kido: he looks at her, stricken
        ie.update({"brow": (-14, 6), "mouth": "open_worry", "lid_in": 0.2, "lid_out": 0.3, "tears": [[(2, 12), (-2, 30), (2, 48)]]})
    elif variant == "gone":
        ie.update({"eye": "closed_soft", "brow": (-14, 8), "mouth": "cry"})
    elif variant == "smile":
        ie.update({"tears": [[(2, 12), (-2, 30), (2, 48), (-2, 66)], [(60, 10), (64, 28), (60, 46)]]})
    if remember:
        ie.update({"eye": "closed_soft", "brow": (-8, 4), "mouth": "cry"})
    izumo_head(d, *leaned((758, 318), LEAN_LAP), 0.74, 22 + LEAN_LAP, ie)
    if glow == "kido":  # the healing light from below on his face
        hx, hy = leaned((758, 318), LEAN_LAP)
        d.circle(hx + 30, hy + 60, 130, d.rad([(0, "#9cf7a8", 0.28), (100, "#9cf7a8", 0)]))
    if variant == "smile":
        for x, y, r in ((850, 430, 6), (852, 480, 5), (852, 530, 4.5)):
            K.tear_drop(d, x, y, r)
    d.close_g()
    light(d)
    return d


# ----------------------------------------------------------- LAST WORDS ---
LEAN_LW = 6


def last_words(variant=""):
    """Chapter 7.  Closer: Izumo kneels and holds Kaori gathered against his
    chest, her legs on the sand to the right; his head bowed to hers, crying.
    '' : she looks up at him, her hand on his cheek, her other hand on the child.
    'remember' : the same, his eyes closed (chapter 2 on the path where he holds her).
    'gone' : she has gone limp: eyes closed, head fallen back over his arm,
    the hand dropped from his cheek, the other slipped from the child."""
    d = Doc(*CANVAS)
    desert(d, seed=5)
    gone = variant == "gone"
    espada_far(d, ESPADA_LW[0], ESPADA_LW[1], 0.95)   # he watches throughout (see lap)
    blk = d.lin(K.BLACK, 0, 0, 100, 100)
    wht = d.lin(K.WHITE, 0, 0, 100, 100)
    wsh = d.lin(K.WHITE_SH, 0, 0, 100, 100)
    hg = d.lin(KA_HAIR, 0, 0, 60, 100)
    d.open_g("translate(-43,-182) scale(1.18)")   # close on the two of them, the pool clear of the text box
    K.blood_pool(d, 980, 790, 420, 50, seed=11)

    def far_arm(d):
        # his right arm (viewer left) reaches round behind her shoulders, the hand cradling her head
        K.sleeve(d, leaned((626, 430), LEAN_LW), (626, 580), (744, 556), 28, 40, wsh, droop=(0.05, 1))
        C.crest(d, 606, 512, 18, "four")   # the Fourth's crest on his sleeve: the gentian and 四
        K.hand(d, (750, 552), -12, 110, curl=(0.45, 0.45, 0.5, 0.55), spread=0.3, thumb=(0.3, 0.3))

    izumo_kneel(d, far_arm, LEAN_LW)
    # ---- Kaori, gathered against him
    # legs on the sand to the right, knees drawn up a little (hakama)
    d.shape([(900, 660), (1060, 640), (1150, 652), (1330, 740), (1340, 790, 0), (1100, 800), (930, 800)], blk, INK, OUT)
    tabi(d, (1300, 764), -24)
    d.line([(1000, 670), (1140, 680)], K.FOLD_B, 2.2)
    d.line([(1120, 700), (1300, 770)], K.FOLD_B, 2.0)
    # her haori falling from her back onto the sand, soaked at the hem
    d.shape([(880, 500), (940, 560), (980, 660), (1040, 760), (1000, 806), (900, 806), (860, 700)], wht, INK, OUT)
    K.stain(d, [(930, 760), (1020, 770), (1000, 804), (910, 804)], 0.85)
    # torso, half turned to him: black kimono, high white obi, the curve of the child
    d.shape([(780, 520), (850, 506), (896, 530), (924, 600), (944, 670), (960, 740), (900, 770), (830, 750), (800, 670), (776, 600)], blk, INK, OUT)
    d.line([(904, 630), (934, 700), (936, 750)], "#5a5870", 2.4, opacity=0.8)
    d.shape([(788, 612), (906, 598, 0), (918, 644, 0), (794, 658, 0)], d.lin([(0, "#ffffff"), (100, "#b9c0d4")], 0, 0, 0, 100), INK, OUT)
    d.shape([(786, 516), (816, 510, 0), (808, 574, 0)], d.lin(K.SKIN3), INK, 2)
    d.line([(788, 518), (808, 574), (818, 604)], "#f3f1ef", 5)
    # the haori's near side over her shoulder
    d.shape([(846, 506), (896, 526), (934, 596), (956, 676), (930, 680), (904, 606), (858, 540)], wht, INK, OUT)
    # blood: the wound under her breast soaked through, and the obi's edge
    K.stain(d, [(812, 560), (862, 552), (884, 576), (876, 606), (826, 610)], 0.95)
    K.stain(d, [(860, 650), (914, 646), (934, 700), (880, 712)], 0.8)
    # ---- her head and hands
    if gone:
        # hair hanging from her fallen-back head
        d.shape([(700, 480), (682, 540), (678, 620), (690, 690, 0), (712, 640), (722, 580), (750, 530)], hg, INK, OUT)
        d.line([(692, 550), (692, 640)], "#4a5a8c", 2.2, opacity=0.8)
        kh = kaori_head(d, 752, 512, 0.70, -112, {"eye": "closed_soft", "brow": (-2, 2), "mouth": "open_worry", "neck": 140, "bangs": 0.78})
        # blood from the corner of her mouth runs back along the jaw towards her ear
        K.trickle(d, [kh.world(60, 68), kh.world(46, 80), kh.world(28, 86), kh.world(10, 84)], 4.5)
        # her near arm slipped from the child, the hand fallen open on the sand
        K.sleeve(d, (884, 540), (930, 600), (950, 634), 22, 26, wht, droop=(0.2, 1))
        K.hand(d, (954, 640), 80, 98, curl=(0.2, 0.25, 0.3, 0.35), spread=0.15, thumb=(0.1, 0.4), blood=0.3)
    else:
        d.shape([(770, 440), (736, 490), (726, 560), (738, 630, 0), (758, 580), (776, 520)], hg, INK, OUT)
        kaori_head(d, 806, 470, 0.70, -30, {"brow": (-6, 2), "mouth": "open_worry", "lid_in": 0.46, "lid_out": 0.52, "look": (-3, -3), "blush": 0.35,
                                            "neck": 130, "blood_mouth": True}, flip=True)
        # her near hand resting on the child
        K.sleeve(d, (884, 540), (930, 650), (870, 690), 22, 26, wht, droop=(0.1, 1))
        K.hand(d, (862, 690), 200, 100, curl=(0.15, 0.2, 0.25, 0.3), spread=0.15, thumb=(0.2, 0.2), flip=True, blood=0.3)
    # his near arm round her back, the hand holding her shoulder to him
    K.sleeve(d, leaned((846, 436), LEAN_LW), (976, 486), (944, 508), 28, 40, wht, droop=(0.1, 1))
    K.hand(d, (936, 512), 160, 112, curl=(0.3, 0.35, 0.4, 0.45), spread=0.3, thumb=(0.3, 0.1), flip=True)
    # his head bowed to hers, crying
    ie = {"brow": (-12, 6), "mouth": "cry", "lid_in": 0.3, "lid_out": 0.5, "look": (4, 5), "blush": 0.3, "neck": 130,
          "tears": [[(2, 12), (-2, 30), (2, 48), (-2, 64)], [(60, 10), (64, 28), (60, 46)]]}
    if gone:
        ie.update({"eye": "closed_soft", "brow": (-14, 8), "mouth": "cry"})
    elif variant == "remember":   # "He closed his eyes, and remembered.": she still looks up at him
        ie.update({"eye": "closed_soft", "brow": (-10, 6)})
    izumo_head(d, *leaned((744, 318), LEAN_LW), 0.74, 30 + LEAN_LW * 0.5, ie)
    for x, y, r in ((790, 424, 5.5), (794, 450, 4.5)):
        K.tear_drop(d, x, y, r)
    d.close_g()
    light(d)
    return d


# ------------------------------------------------------------- COLLAPSE ---
def kaori_dead(d, wht, hg):
    """Kaori's body lying on her back in the pool (collapse's coordinates: her head
    at (900, 672), her feet at x ~1800): eyes closed for ever, blood at the mouth."""
    # ---- Kaori's body, lying on her back to the right of him
    d.open_g("translate(70,44)")
    kaori_lying(d, "")
    K.sleeve(d, (960, 690), (1060, 740), (1150, 712), 24, 30, wht)
    K.hand(d, (1154, 704), -22, 104, curl=(0.2, 0.25, 0.3, 0.35), spread=0.15, thumb=(0.15, 0.2), blood=0.5)
    d.close_g()
    # her hair fanned on the sand, her face turned up, eyes closed for ever
    d.shape([(880, 640), (820, 650), (770, 690), (760, 740), (800, 764), (860, 756), (900, 730), (940, 700)], hg, INK, OUT)
    d.line([(800, 700), (790, 740)], "#4a5a8c", 2.2, opacity=0.8)
    d.line([(840, 690), (840, 750)], "#070812", 2.0, opacity=0.8)
    kh = kaori_head(d, 900, 672, 0.70, -92, {"eye": "closed_soft", "brow": (-2, 1), "mouth": "flat", "neck": 120, "bangs": 0.78})
    kaori_throat(d, 70, 44, outline=False)
    m = kh.world(70, 66)
    K.trickle(d, [m, add(m, (6, 10)), add(m, (10, 24)), add(m, (12, 40))], 4.5)
    return kh


def raised_arm(d, S, E, W, fill, blk):
    """An arm raised to the head: the haori's wide sleeve fallen back round the
    upper arm, its bag hanging from the elbow; the black kimono sleeve on the
    forearm up to the wrist."""
    K.arm_tube(d, [E, lerp(E, W, 0.5), W], [22, 20, 18], blk)
    d.line([lerp(E, W, 0.15), lerp(E, W, 0.85)], K.FOLD_B, 2.0)
    K.sleeve(d, S, lerp(S, E, 0.5), add(E, K.unit(S, E), 16), 28, 46, fill, fold="#8a6a70", droop=(0, 1), cuff_w=34, inside="#1a0a10")


def collapse(variant=""):
    """Chapter 9, under the red sky.  Kaori's body lies in her blood on the
    rust sand; Izumo has crumpled onto his knees beside her head, bent double,
    his fingers dug into his scalp, blood running from under his nails.
    'vow': the same, his head raised, eyes burning red, glaring out of the frame."""
    d = Doc(*CANVAS)
    desert(d, red=True, seed=9)
    vow = variant == "vow"
    blk = d.lin(K.BLACK, 0, 0, 100, 100)
    wht = d.lin([(0, "#fff2ee"), (50, "#ecdcd8"), (100, "#a88a8c")], 0, 0, 100, 100)   # white cloth under red light
    wsh = d.lin([(0, "#dcc6c4"), (100, "#8a6a70")], 0, 0, 100, 100)
    hg = d.lin(KA_HAIR, 0, 0, 60, 100)
    d.open_g("translate(-120,-199) scale(1.18)")   # the figures, the pool clear of the text box
    K.blood_pool(d, 1280, 790, 640, 70, seed=13)
    her_sword(d, (1356, 606), -3, 260, red=True)
    K.blood_pool(d, 760, 800, 260, 36, seed=14, op=0.95)
    kaori_dead(d, wht, hg)

    # ---- Izumo, crumpled on his knees, bent double, facing right -------------
    d.open_g("translate(-150,0)")
    # the haori spread round him on the sand
    d.shape([(600, 470), (500, 520), (420, 620), (330, 740), (280, 800, 0), (520, 812), (780, 806), (840, 790, 0), (760, 740), (700, 560)], wsh, INK, OUT)
    d.line([(420, 660), (360, 790)], "#8a6a70", 2.2)
    d.line([(500, 640), (480, 800)], "#8a6a70", 2.0)
    # hakama: hips on the heels, knees on the sand
    d.shape([(470, 790, 0), (470, 700), (520, 650), (640, 660), (760, 720), (800, 770), (780, 800), (600, 806)], blk, INK, OUT)
    d.line([(560, 700), (760, 780)], K.FOLD_B, 2.2)
    d.line([(520, 720), (560, 800)], K.FOLD_B, 2.0)
    if vow:
        # risen out of the bow: sitting up on his heels, the back straight over the hips,
        # the black kimono from the shoulders to the obi, the haori hanging from his shoulders
        d.shape([(556, 476), (610, 458), (700, 458), (752, 480), (760, 560), (730, 640), (700, 690), (520, 694), (516, 620), (536, 540)], blk, INK, OUT)
        d.shape([(700, 470), (752, 490), (756, 560), (726, 640), (700, 684), (690, 560)], "#0c0b10", opacity=0.4)
        d.shape([(514, 640), (700, 636, 0), (704, 680, 0), (516, 688, 0)], d.lin(CRIMSON), INK, OUT)
        d.line([(524, 662), (700, 658)], "#3a0008", 1.8, opacity=0.6)
        # the haori's shoulders and front panels falling onto his lap
        d.shape([(600, 458), (548, 470), (510, 540), (492, 640), (470, 740), (530, 760), (548, 660), (560, 560), (606, 480)], wht, INK, OUT)
        d.shape([(706, 458), (762, 476), (790, 560), (796, 660), (820, 756), (760, 762), (744, 660), (724, 560), (700, 478)], wht, INK, OUT)
        d.line([(520, 580), (500, 720)], "#a88a8c", 2.0)
        d.line([(770, 580), (790, 730)], "#a88a8c", 2.0)
    else:
        # the back, bowed over his knees: black kimono, the crimson obi at the waist
        d.shape([(500, 680), (520, 580), (580, 500), (660, 470), (730, 490), (780, 540), (770, 610), (720, 660), (640, 690), (560, 700)], blk, INK, OUT)
        d.shape([(498, 640), (560, 650, 0), (640, 676), (630, 700, 0), (560, 690), (500, 676, 0)], d.lin(CRIMSON), INK, OUT)
        # the haori over his bowed back, its crest (the Fourth's gentian and 四) turned to the sky
        d.shape([(740, 490), (700, 466), (640, 462), (570, 490), (510, 560), (470, 650), (460, 720), (520, 700), (560, 620), (620, 560), (700, 530), (760, 540)],
                wht, INK, OUT)
        d.line([(700, 480), (600, 520), (530, 620)], "#a88a8c", 2.0)
        C.crest(d, 606, 556, 36, "four")   # the gentian's three bells over leaves, 四 at its heart
        d.circle(606, 556, 36, "#b05a58", opacity=0.22)   # the red light on it, like the cloth round it
    if vow:
        hx, hy, rot = 628, 374, -4
        e = {"brow": (14, -4), "mouth": "grit", "lid_in": 0.36, "lid_out": 0.08, "iris": 0.22, "pupil": False, "look": (-5, -1), "neck": 130}
        near_wr_h, far_wr_h = (-76, 44), (84, -6)
    else:
        hx, hy, rot = 820, 606, 96
        e = {"eye": "squeeze", "brow": (-6, 10), "mouth": "cry", "neck": 150, "blush": 0.2}
        near_wr_h, far_wr_h = (-40, 70), (70, -70)
    # his far arm: elbow on the sand, the hand clutching the far side of his head
    h = G.Head(d, hx, hy, 0.74, rot)
    far_wr = h.world(*far_wr_h)
    if vow:  # the arms raised: the wide sleeve slid back to the elbow, the black kimono sleeve on the forearm
        raised_arm(d, (736, 482), (868, 452), far_wr, wsh, blk)   # the elbow out to the side, the forearm up to the head
    else:
        K.sleeve(d, (740, 520), (840, 740), far_wr, 26, 30, wsh, fold="#8a6a70", droop=(0, 1))
    K.hand(d, far_wr, rot - 80 if vow else rot - 150, 108, curl=(0.5, 0.55, 0.6, 0.65), spread=0.5, thumb=(0.5, 0.3), blood=0.9, flip=not vow)
    h = izumo_head(d, hx, hy, 0.74, rot, e)
    if vow:  # eyes burning: a red glow on the irises
        for px, py, r in ((6, 2, 9), (62, 0, 6)):
            wx, wy = h.world(px, py)
            d.circle(wx, wy, r * 2.6, d.rad([(0, "#ff3040", 0.7), (100, "#ff3040", 0)]))
            d.circle(wx, wy, r * 0.55, "#ff4050")
        # the kimono's collar round the base of his lifted neck, the haori's band over it
        nb = h.world(0, 140)
        d.shape([(nb[0] - 60, nb[1] - 4), (nb[0] - 30, nb[1] - 14), (nb[0] + 4, nb[1] + 24, 0), (nb[0] + 34, nb[1] - 12), (nb[0] + 62, nb[1] + 2),
                 (nb[0] + 80, nb[1] + 60), (nb[0] - 90, nb[1] + 60)], blk, INK, OUT)
        d.line([(nb[0] - 30, nb[1] - 10), (nb[0] + 4, nb[1] + 30), (nb[0] + 34, nb[1] - 8)], "#f3f1ef", 5)
        d.shape([(nb[0] - 66, nb[1] - 2), (nb[0] - 40, nb[1] - 12), (nb[0] - 10, nb[1] + 40), (nb[0] - 40, nb[1] + 64), (nb[0] - 96, nb[1] + 60)], wht, INK, OUT)
        d.shape([(nb[0] + 40, nb[1] - 10), (nb[0] + 66, nb[1]), (nb[0] + 90, nb[1] + 60), (nb[0] + 50, nb[1] + 66), (nb[0] + 20, nb[1] + 36)], wht, INK, OUT)
    # blood from his scalp where the nails dug in, down his brow and temples
    for pts in ([(-40, -70), (-44, -30), (-40, 10), (-44, 40)], [(40, -96), (50, -60), (56, -24)], [(-70, -40), (-74, 0), (-70, 30)]):
        K.trickle(d, [h.world(*p) for p in pts], 5.5)
    # his near arm: the elbow down at his knee, the hand dug into the hair over his ear
    near_wr = h.world(*near_wr_h)
    if vow:
        raised_arm(d, (566, 484), (420, 458), near_wr, wht, blk)
    else:
        K.sleeve(d, (700, 540), (780, 756), near_wr, 26, 26, wht, fold="#a88a8c", droop=(0, 1))
    K.hand(d, near_wr, rot - 104 if vow else rot - 130, 112, curl=(0.5, 0.55, 0.6, 0.65), spread=0.6, thumb=(0.6, 0.3), blood=0.9, flip=True)
    # drops of blood falling from his fingers and scalp
    for x, y in ((860, 700), (880, 740), (760, 760)) if not vow else ((800, 620), (880, 600), (760, 680)):
        d.shape([(x, y - 8), (x + 4, y), (x, y + 5), (x - 4, y)], "#b0122a", stroke="#4a0610", sw=1)
    d.close_g()
    d.close_g()
    light(d, red=True)
    return d


# ----------------------------------------------------------------- KISS ---
def forest(d):
    """A night forest for the kiss: trunks in mist (each layer one path),
    torn foliage, moonlight from the upper left, the ground scarred by the fight."""
    rnd = random.Random(12)
    K.sky(d, [(0, "#0a1218"), (50, "#1a2a30"), (100, "#26363a")])
    K.glow(d, 420, 160, 700, "#c8e0e0", 0.35)
    for col, op, wmin, n in (("#40565a", 0.55, 26, 12), ("#22323a", 0.9, 56, 7)):
        dd = []
        for _ in range(n):
            x = rnd.uniform(-40, 1960)
            w = rnd.uniform(wmin, wmin * 1.8)
            dd.append(smooth([(x - w / 2, 1100, 0), (x - w * 0.45, 500), (x - w * 0.4, -20, 0), (x + w * 0.4, -20, 0), (x + w * 0.45, 500), (x + w / 2, 1100, 0)]))
        d.path("".join(dd), col, opacity=op)
        if col == "#40565a":
            d.rect(0, 380, 1920, 500, d.lin([(0, "#9ab4b4", 0), (50, "#9ab4b4", 0.22), (100, "#9ab4b4", 0)]))
    # the nearest trunks, left and right, the left one scored by the Hollow's claws
    for x0, w in ((30, 220), (1740, 210)):
        d.path(smooth([(x0 - 20, 1100, 0), (x0 + 10, 600), (x0, -20, 0), (x0 + w, -20, 0), (x0 + w - 20, 600), (x0 + w + 10, 1100, 0)]),
               d.lin([(0, "#2e3a3c"), (60, "#0c1214"), (100, "#050708")], 0, 0, 100, 0), stroke=INK, stroke_width=3)
    d.path("".join(smooth([(100 + i * 26, 420 + i * 12, 0), (116 + i * 26, 500 + i * 12), (136 + i * 26, 600 + i * 12, 0), (124 + i * 26, 510 + i * 12)]) for i in range(3)),
           "#c8d4c4", stroke="#3a2a20", stroke_width=1.5, opacity=0.85)
    # the canopy: hanging boughs of small pointed leaves, the moonlit ones lighter
    def leaves(n, ymax, size, seed):
        r2 = random.Random(seed)
        dd = []
        for _ in range(n):
            x = r2.uniform(-40, 1960)
            y = r2.uniform(-20, ymax) * (0.5 + 0.5 * abs(math.sin(x / 260.0)))
            a = math.radians(r2.uniform(40, 140))
            L = size * r2.uniform(0.7, 1.3)
            tip = (x + L * math.cos(a), y + L * math.sin(a))
            nx, ny = -math.sin(a) * L * 0.28, math.cos(a) * L * 0.28
            mid = (x + L * 0.45 * math.cos(a), y + L * 0.45 * math.sin(a))
            dd.append(smooth([(x, y, 0), (mid[0] + nx, mid[1] + ny), (tip[0], tip[1], 0), (mid[0] - nx, mid[1] - ny)]))
        return "".join(dd)
    d.rect(0, 0, 1920, 60, d.lin([(0, "#050a08"), (100, "#050a08", 0)]))
    d.path(leaves(260, 150, 46, 21), "#0e1c16", stroke="#050807", stroke_width=1.2)
    d.path(leaves(120, 120, 40, 22), "#24402e", stroke="#0a120e", stroke_width=1.2)
    d.path(leaves(50, 90, 34, 23), "#4a6e52", opacity=0.8)
    d.path(smooth([(-100, 1100, 0), (-100, 860), (500, 840), (1100, 860), (1600, 830), (2020, 860), (2020, 1100, 0)]), d.lin([(0, "#1e2a22"), (100, "#080c0a")]))
    d.path(poly([(300, -10), (480, -10), (1160, 1080), (820, 1080)]) + poly([(700, -10), (780, -10), (1400, 1080), (1240, 1080)]),
           d.lin([(0, "#e0f4f0", 0.18), (100, "#e0f4f0", 0)]))
    # the Vasto Lorde's mask, shattered, its shards dissolving into motes
    for x, y, r, a, op in ((300, 300, 60, 20, 0.7), (420, 170, 40, -30, 0.55), (1560, 230, 70, -15, 0.65), (1660, 420, 44, 40, 0.5), (250, 560, 36, 70, 0.45)):
        d.open_g("translate(%d,%d) rotate(%d)" % (x, y, a), opacity=op)
        pts = [(-r, -r * 0.3, 0), (-r * 0.2, -r * 0.7, 0), (r * 0.5, -r * 0.5, 0), (r, 0, 0), (r * 0.3, r * 0.6, 0), (-r * 0.5, r * 0.4, 0)]
        d.shape(pts, d.lin([(0, "#ffffff"), (100, "#a8acb8")], 0, 0, 100, 100), INK, 2.4, sm=False)
        d.line([(-r * 0.6, -r * 0.1), (r * 0.1, r * 0.1), (r * 0.5, r * 0.4)], "#b81c2c", 4)
        d.close_g()
    dd = []
    for _ in range(36):
        x = rnd.choice((rnd.uniform(150, 620), rnd.uniform(1380, 1800)))
        y = rnd.uniform(80, 700)
        r = rnd.uniform(2, 5)
        dd.append(poly([(x, y - r), (x + r, y), (x, y + r), (x - r, y)]))
    d.path("".join(dd), "#f0f4ff", opacity=0.7)


def kanji_six(d, x, y, s, col=INK, sw=3.0):
    """六 as brush strokes, centred at (x, y), s = height."""
    k = s / 100.0
    P = lambda a, b: (x + a * k, y + b * k)
    d.line([P(-4, -50), P(4, -36)], col, sw)
    d.line([P(-44, -20), P(44, -20)], col, sw)
    d.line([P(-12, 0), P(-26, 30), P(-42, 48)], col, sw)
    d.line([P(14, 2), P(30, 28), P(44, 46)], col, sw)


def camellia(d, x, y, r, fill, stroke, sw=1.6):
    pts = []
    for i in range(10):
        a = math.radians(i * 36 - 90)
        rr = r if i % 2 == 0 else r * 0.62
        pts.append((x + rr * math.cos(a), y + rr * math.sin(a)))
    d.path(smooth(pts), fill, stroke=stroke, stroke_width=sw)
    d.circle(x, y, r * 0.3, "#e8c860", stroke=stroke, stroke_width=sw * 0.8)


def kiss():
    """Chapter 4, the forest at night after the fight.  Lieutenant Izumo (black
    shihakusho, no haori, the armband on his left upper arm) kisses Captain
    Kaori, holding her tightly; she holds him back, one hand in his hair.
    Medium shot, heads about 200 px: Kaori left facing right, Izumo right facing left."""
    d = Doc(*CANVAS)
    forest(d)
    rnd = random.Random(3)
    blk = d.lin(K.BLACK, 0, 0, 100, 100)
    wht = d.lin(K.WHITE, 0, 0, 100, 100)
    wsh = d.lin(K.WHITE_SH, 0, 0, 100, 100)
    hg = d.lin(KA_HAIR, 0, 0, 100, 100)
    # ---- her long hair, lifted behind her by her own wind
    d.shape([(820, 300), (740, 330), (640, 380), (520, 420), (400, 470), (470, 500), (360, 560), (500, 570), (420, 650), (560, 640), (520, 740),
             (640, 700), (700, 760), (760, 640), (800, 520)], hg, INK, OUT)
    d.line([(740, 360), (560, 440), (430, 500)], "#6a7aaa", 3, opacity=0.7)
    d.line([(720, 430), (580, 520), (470, 610)], "#6a7aaa", 3, opacity=0.6)
    # his far sleeve's cuff, behind her back (his arm round her)
    d.shape(K.tube([(600, 560), (640, 580), (676, 594)], [24, 24, 22]), blk, INK, OUT)
    # ---- Kaori's body: white haori over black, facing right
    d.shape([(760, 560), (840, 520), (930, 526), (1010, 580), (1040, 700), (1050, 1080, 0), (660, 1080, 0), (680, 800), (700, 640)], blk, INK, OUT)
    d.shape([(700, 590), (800, 540), (860, 560), (830, 700), (820, 1080, 0), (640, 1080, 0), (660, 800), (670, 660)], wht, INK, OUT)
    d.shape([(940, 540), (1000, 576), (1030, 680), (1040, 1080, 0), (960, 1080, 0), (970, 760), (960, 620)], wht, INK, OUT)
    d.line([(700, 700), (690, 1000)], K.FOLD_W, 2.2)
    d.line([(860, 528), (900, 600), (950, 700)], "#f3f1ef", 7)
    d.line([(860, 528), (900, 600), (950, 700)], INK, 1.6)
    # ---- Izumo: black shihakusho, no haori, facing left
    d.shape([(1000, 500), (1090, 480), (1180, 510), (1260, 560), (1300, 660), (1320, 1080, 0), (960, 1080, 0), (980, 760), (990, 600)], blk, INK, OUT)
    d.shape([(1230, 560), (1290, 620), (1310, 1080, 0), (1250, 1080, 0), (1260, 700)], "#4a4858", opacity=0.3)
    d.shape([(1060, 490), (1110, 488, 0), (1086, 580, 0)], d.lin(K.SKIN3), INK, 2)
    for pts in ([(1058, 490), (1084, 590), (1100, 680)], [(1112, 488), (1090, 580)]):
        d.line(pts, INK, 13)
        d.line(pts, "#f3f1ef", 7)
    # her near arm bent up between them, the hand laid on his chest
    K.sleeve(d, (780, 590), (836, 736), (990, 668), 30, 36, wht, droop=(0, 1))
    K.hand(d, (994, 664), -48, 136, curl=(0.25, 0.3, 0.35, 0.4), spread=0.3, thumb=(0.3, 0.2), flip=True)
    # his near (left) arm round her waist, over hers: the black sleeve from the shoulder,
    # the lieutenant's armband on the upper arm, the hand on her side
    sh, el, wr = (1254, 570), (1222, 760), (984, 726)
    K.sleeve(d, sh, el, wr, 40, 30, blk, fold=K.FOLD_B, droop=(0, 1), inside="#0a0a10")
    d.line([(1220, 590), (1208, 660), (1204, 730)], "#5a5870", 2.4)   # the inner edge of the upper arm, lit
    d.line([(1196, 724), (1100, 704), (1000, 690)], "#6a6884", 3, opacity=0.8)   # the moonlight along the top of the forearm
    ab = [lerp(sh, el, 0.2), lerp(sh, el, 0.5)]
    d.shape([add(ab[0], (-42, -6)), add(ab[0], (42, -2)), add(ab[1], (44, 2)), add(ab[1], (-42, 0))], "#f0f2f6", INK, 2.4)
    C.camellia(d, lerp(ab[0], ab[1], 0.5)[0] - 18, lerp(ab[0], ab[1], 0.5)[1], 18)   # the Sixth's red camellia
    kanji_six(d, lerp(ab[0], ab[1], 0.5)[0] + 18, lerp(ab[0], ab[1], 0.5)[1], 26, "#1a1218", 3)
    K.hand(d, wr, 188, 150, curl=(0.3, 0.35, 0.4, 0.45), spread=0.4, thumb=(0.4, 0.1))
    # ---- the heads: her face lifted to his, eyes closed
    kaori_head(d, 890, 382, 0.93, -12, {"eye": "closed_soft", "brow": (-6, 2), "mouth": "kiss", "blush": 0.55, "neck": 160})
    # her far hand round his neck, in the hair at the back of his head; her sleeve over his shoulder
    d.shape([(1150, 436), (1192, 440), (1226, 480), (1236, 530), (1200, 540), (1178, 500), (1160, 470)], wht, INK, OUT)
    d.line([(1190, 470), (1214, 520)], K.FOLD_W, 2.0)
    K.hand(d, (1166, 452), -118, 140, curl=(0.55, 0.6, 0.65, 0.7), spread=0.45, thumb=(0.2, 0.4), flip=True)
    izumo_head(d, 1046, 332, 0.99, -10, {"eye": "closed_soft", "brow": (-8, 4), "mouth": "kiss", "blush": 0.5, "neck": 150}, flip=True)
    # his far arm round her behind her: only the hand, spread on her back below her hair
    K.hand(d, (676, 592), 24, 140, curl=(0.4, 0.45, 0.5, 0.55), spread=0.35, thumb=(0.2, 0.3), flip=True)
    # torn leaves whirling in her wind, a few drops of his blood among them
    for _ in range(22):
        x, y = rnd.uniform(250, 1750), rnd.uniform(100, 760)
        if 640 < x < 1320 and 200 < y < 760:
            continue
        d.open_g("translate(%.0f,%.0f) rotate(%.0f) scale(%.2f)" % (x, y, rnd.uniform(0, 180), rnd.uniform(0.9, 1.6)))
        d.path(smooth([(0, 0, 0), (9, -6), (24, 0, 0), (9, 6)]), "#b81c2c" if rnd.random() < 0.2 else "#4a7a50", stroke=INK, stroke_width=1.2)
        d.close_g()
    d.path(smooth([(200, 260), (500, 200), (700, 160)], False) + smooth([(1400, 700), (1600, 620), (1800, 600)], False), stroke="#dff4ff", stroke_width=3, opacity=0.3)
    K.vignette(d, 0.7)
    return d


IMAGES = [
    ("cg", "cg lap", lambda: lap("")),
    ("cg", "cg lap kido", lambda: lap("kido")),
    ("cg", "cg lap smile", lambda: lap("smile")),
    ("cg", "cg lap remember", lambda: lap("remember")),
    ("cg", "cg lap stop", lambda: lap("stop")),
    ("cg", "cg lap fading", lambda: lap("fading")),
    ("cg", "cg lap gone", lambda: lap("gone")),
    ("cg", "cg last words", lambda: last_words("")),
    ("cg", "cg last words gone", lambda: last_words("gone")),
    ("cg", "cg last words remember", lambda: last_words("remember")),
    ("cg", "cg collapse", lambda: collapse("")),
    ("cg", "cg collapse vow", lambda: collapse("vow")),
    ("cg", "cg kiss", kiss),
]
