"""Event CGs, 1920x1080 (the title key art is drawn in keyart.py).  Built from the same pieces as the
sprites and backgrounds (merged into one SVG) so the style stays identical."""
import math
import random
from svg import Doc, INK, smooth, poly
import backgrounds as B
import chars as C
import chars2 as C2
import cgfig as G
import face as F


def merge(dst, src, transform, prefix, opacity=None):
    """Paste the drawing of Doc src into dst under a transform (gradient ids renamed)."""
    ren = lambda s: s.replace('id="g', 'id="%sg' % prefix).replace("url(#g", "url(#%sg" % prefix)
    dst.defs.extend(ren(x) for x in src.defs)
    op = ' opacity="%s"' % opacity if opacity is not None else ""
    dst.body.append('<g transform="%s"%s>' % (transform, op))
    dst.body.extend(ren(x) for x in src.body)
    dst.body.append("</g>")
    dst.npaths += src.npaths


OUT = 3.0


def rim_shape(d, pts, fill, rim, rim_w=4, closed=True):
    d.path(smooth(pts, closed), fill, stroke=INK, stroke_width=3, stroke_linejoin="round")


# ------------------------------------------------------------- KISS ----
def forest_light(d):
    """A cheap night forest for the CG: trunks in mist (each layer one path),
    torn foliage, soft shafts of moonlight from the upper left."""
    rnd = random.Random(12)
    B.sky(d, [(0, "#0c141c"), (50, "#1e2e34"), (100, "#2a3a3a")])
    B.glow(d, 980, 330, 700, "#b8d4d4", 0.35)
    for col, op, wmin, n in (("#4a5e62", 0.55, 24, 12), ("#24343a", 0.85, 50, 7)):
        dd = []
        for _ in range(n):
            x = rnd.uniform(-40, 1960)
            w = rnd.uniform(wmin, wmin * 1.8)
            dd.append(smooth([(x - w / 2, 1100, 0), (x - w * 0.45, 500), (x - w * 0.4, -20, 0), (x + w * 0.4, -20, 0), (x + w * 0.45, 500), (x + w / 2, 1100, 0)]))
        d.path("".join(dd), col, opacity=op)
        d.rect(0, 420, 1920, 500, d.lin([(0, "#9ab4b4", 0), (50, "#9ab4b4", 0.2), (100, "#9ab4b4", 0)]))
    # the nearest trunks, left and right, scored by the Hollow's claws
    for x0, w in ((40, 210), (1760, 200)):
        d.path(smooth([(x0 - 20, 1100, 0), (x0 + 10, 600), (x0, -20, 0), (x0 + w, -20, 0), (x0 + w - 20, 600), (x0 + w + 10, 1100, 0)]),
               d.lin([(0, "#2a3436"), (60, "#0c1214"), (100, "#050708")], 0, 0, 100, 0), stroke=INK, stroke_width=3)
    d.path("".join(smooth([(110 + i * 24, 520 + i * 12, 0), (124 + i * 24, 600 + i * 12), (142 + i * 24, 700 + i * 12, 0), (132 + i * 24, 610 + i * 12)]) for i in range(3)),
           "#c8d4c4", stroke="#3a2a20", stroke_width=1.5, opacity=0.85)
    # torn foliage hanging from the top, one path
    dd = []
    for x in range(-60, 2000, 170):
        y = rnd.uniform(40, 170)
        dd.append(smooth([(x - 120, -20), (x + 170, -20), (x + 120, y * 0.6), (x + 90, y), (x + 40, y * 0.7), (x, y + 30), (x - 40, y * 0.6), (x - 90, y * 0.9)]))
    d.path("".join(dd), d.lin([(0, "#1e3a2a"), (100, "#0a1610")]), stroke=INK, stroke_width=2)
    d.path(smooth([(-100, 1100, 0), (-100, 900), (500, 880), (1100, 900), (1600, 870), (2020, 900), (2020, 1100, 0)]), d.lin([(0, "#1e2a22"), (100, "#080c0a")]))
    # shafts of moonlight from the upper left
    d.path(poly([(380, -10), (560, -10), (1240, 1080), (900, 1080)]) + poly([(760, -10), (840, -10), (1460, 1080), (1300, 1080)]),
           d.lin([(0, "#e0f4f0", 0.2), (100, "#e0f4f0", 0)]))


def mask_shards(d, rnd):
    """The shattered Vasto Lorde mask, drifting apart and dissolving into motes."""
    for x, y, r, a, op in ((380, 300, 70, 20, 0.75), (520, 200, 44, -30, 0.6), (1480, 260, 80, -15, 0.7), (1640, 420, 50, 40, 0.55),
                           (300, 520, 40, 70, 0.5), (1380, 130, 34, 10, 0.45)):
        d.open_g("translate(%d,%d) rotate(%d)" % (x, y, a), opacity=op)
        pts = [(-r, -r * 0.3, 0), (-r * 0.2, -r * 0.7, 0), (r * 0.5, -r * 0.5, 0), (r, 0, 0), (r * 0.3, r * 0.6, 0), (-r * 0.5, r * 0.4, 0)]
        d.shape(pts, d.lin([(0, "#ffffff"), (100, "#a8acb8")], 0, 0, 100, 100), INK, 2.4, sm=False)
        d.line([(-r * 0.6, -r * 0.1), (r * 0.1, r * 0.1), (r * 0.5, r * 0.4)], "#b81c2c", 5)
        d.close_g()
    dd = []
    for _ in range(40):
        x = rnd.choice((rnd.uniform(200, 700), rnd.uniform(1300, 1800)))
        y = rnd.uniform(80, 640)
        r = rnd.uniform(2, 6)
        dd.append(poly([(x, y - r), (x + r, y), (x, y + r), (x - r, y)]))
    d.path("".join(dd), "#f0f4ff", opacity=0.7)


def kiss():
    d = Doc(1920, 1080)
    forest_light(d)
    rnd = random.Random(3)
    mask_shards(d, rnd)
    blk = d.lin(C.BLACK, 0, 0, 100, 100)
    wht = d.lin([(0, "#ffffff"), (50, "#e6e8f0"), (100, "#a4a8bc")], 0, 0, 100, 100)
    hg = d.lin(C.KAORI_HAIR, 0, 0, 100, 100)
    # Kaori's long hair streaming to the right in her own wind
    d.shape([(1020, 300), (1120, 270), (1240, 320), (1380, 380), (1540, 420), (1700, 400), (1620, 460), (1760, 520), (1580, 540), (1660, 620), (1460, 600),
             (1500, 700), (1320, 650), (1220, 700), (1150, 620)], hg, INK, OUT)
    d.line([(1180, 340), (1400, 420), (1620, 450)], "#6a7aaa", 3, opacity=0.7)
    d.line([(1200, 420), (1380, 520), (1560, 560)], "#6a7aaa", 3, opacity=0.6)
    # her haori flaring behind her, lifted by the wind
    d.shape([(1150, 640), (1300, 660), (1440, 720), (1600, 760), (1520, 820), (1620, 900), (1480, 920), (1400, 1080, 0), (1100, 1080, 0)], wht, INK, OUT)
    d.line([(1300, 700), (1460, 780)], "#a9abbd", 2.4)
    d.line([(1260, 760), (1400, 900)], "#a9abbd", 2.4)
    # ---- Izumo (left, facing right): black shihakusho, no haori -------------
    d.shape([(790, 515), (690, 535), (610, 600), (570, 740), (560, 900), (560, 1080, 0), (1000, 1080, 0), (990, 860), (960, 680), (900, 560)], blk, INK, OUT)
    d.shape([(630, 630), (596, 800), (600, 1080, 0), (680, 1080, 0), (650, 860)], "#4a4858", opacity=0.35)  # moonlit back
    for pts in ([(800, 530), (860, 600), (900, 720)], [(880, 560), (900, 640), (900, 720)]):
        d.line(pts, INK, 14)
        d.line(pts, "#f3f1ef", 7)
    # the lieutenant's armband on his near arm, and his blood-red hilt
    d.shape([(578, 700), (650, 690, 0), (656, 760, 0), (572, 772)], "#eef0f4", INK, 2.4)
    B.camellia(d, 614, 730, 16, "#b8c0d8", "#2a3048", 0)
    d.open_g("translate(600,1000) rotate(-150)")
    d.shape([(0, -11, 0), (130, -10, 0), (134, 0), (130, 10, 0), (0, 11, 0)], d.lin([(0, "#c42a3c"), (100, "#5a0a14")]), INK, 2.4)
    d.path("".join("M%d -10L%d 10M%d -10L%d 10" % (x0, x0 + 12, x0 + 12, x0) for x0 in range(8, 120, 16)), stroke="#e8c8a0", stroke_width=2)
    d.close_g()
    # ---- Kaori (right, facing left): white captain's haori over black -------
    # her raised near arm: upper arm up behind their heads, the wide sleeve
    # falling back and lifted by the wind
    d.shape([(1130, 600), (1210, 560), (1230, 460), (1190, 380), (1130, 360), (1120, 420), (1150, 480), (1120, 560)], blk, INK, OUT)
    d.shape([(1160, 620), (1220, 520), (1250, 430), (1330, 470), (1450, 440), (1400, 540), (1460, 600), (1320, 640), (1240, 690)], wht, INK, OUT)
    d.shape([(1250, 430), (1330, 470), (1450, 440), (1380, 500), (1300, 500)], "#2a2834", opacity=0.8)
    d.shape([(990, 545), (1100, 555), (1190, 600), (1240, 740), (1260, 1080, 0), (930, 1080, 0), (940, 840), (950, 660)], blk, INK, OUT)
    d.shape([(1040, 560), (1130, 570), (1200, 620), (1250, 760), (1270, 1080, 0), (1140, 1080, 0), (1120, 820), (1080, 660)], wht, INK, OUT)
    d.line([(1150, 700), (1190, 900), (1200, 1070)], "#a9abbd", 2.4)
    d.shape([(950, 660), (1030, 560), (1066, 600), (990, 740)], wht, INK, OUT)  # the far lapel of the haori
    d.line([(1000, 560), (1010, 640), (990, 700)], INK, 12)
    d.line([(1000, 560), (1010, 640), (990, 700)], "#f3f1ef", 6)
    # her far hand on his back
    G.hand(d, 700, 640, 200, 1.1, curl=0.4)
    # the faces, close: her lifted to his, eyes closed
    G.head(d, "kaori", 1050, 400, 1.18, 14, {"eye": "closed_soft", "brow": (-6, 2), "mouth": "kiss", "blush": 0.5, "neck": 150}, flip=True)
    G.head(d, "izumo", 860, 360, 1.25, 12, {"eye": "closed_soft", "brow": (-5, 3), "mouth": "kiss", "blush": 0.45, "neck": 150})
    # her near hand, come round behind his head, in the hair at his nape
    G.hand(d, 808, 452, 226, 1.1, flip=True, curl=0.6)
    # his arm round her waist, his hand spread on her back
    d.shape([(590, 740), (680, 860), (820, 900), (1000, 880), (1180, 820), (1200, 870), (1020, 960), (820, 980), (640, 930), (560, 840)], blk, INK, OUT)
    d.line([(700, 900), (860, 930), (1000, 910)], "#3e3c4c", 2.4)
    G.hand(d, 1170, 830, -30, 1.15, curl=0.3)
    # torn leaves whirling in her wind, a few drops of his blood among them
    for _ in range(22):
        x, y = rnd.uniform(250, 1750), rnd.uniform(100, 980)
        if 700 < x < 1200 and 250 < y < 600:
            continue
        d.open_g("translate(%.0f,%.0f) rotate(%.0f) scale(%.2f)" % (x, y, rnd.uniform(0, 180), rnd.uniform(0.9, 1.6)))
        red = rnd.random() < 0.2
        d.path(smooth([(0, 0, 0), (9, -6), (24, 0, 0), (9, 6)]), "#b81c2c" if red else "#4a7a50", stroke=INK, stroke_width=1.2)
        d.close_g()
    d.path(smooth([(300, 260), (700, 200), (1000, 150), (1400, 180)], False) + smooth([(1300, 900), (1550, 760), (1800, 700)], False),
           stroke="#dff4ff", stroke_width=3, opacity=0.3)
    B.vignette(d, 0.6)
    return d


# ------------------------------------------------------- LAST WORDS ----
def hueco_close(d):
    """A cheap, close view of the desert: black sky, the crescent at the upper
    left (the light of the scene), far dunes and dead quartz trees."""
    rnd = random.Random(4)
    B.sky(d, [(0, "#000000"), (55, "#05050a"), (100, "#1a1a26")])
    B.glow(d, 330, 190, 330, "#dfe6ff", 0.32)
    B.crescent(d, 330, 190, 84, 32, d.lin([(0, "#ffffff"), (100, "#c8d0ee")]), rot=-35)
    B.dunes(d, 500, 14, d.lin([(0, "#8a8ea0"), (100, "#50546a")]), rnd, 5, 0.9)
    for x, h in ((1460, 170), (1780, 130), (120, 120), (620, 90)):
        B.quartz_tree(d, x, 530, h, rnd, 0.45, ("#e8e8f0", "#8a8ea0"), 1.4)
    B.dunes(d, 560, 24, d.lin([(0, "#d4d6e2"), (100, "#8e92a6")], 0, 0, 100, 100), rnd, 4)
    d.rect(0, 600, 1920, 480, d.lin([(0, "#e4e6ee", 0), (12, "#e4e6ee"), (60, "#c8cad8"), (100, "#8e92a6")], 0, 0, 0, 100))
    d.path("".join("M%d %dQ%d %d %d %d" % (x, y, x + 90, y - 8, x + 180, y) for x, y in [(rnd.uniform(0, 1800), rnd.uniform(660, 1060)) for _ in range(18)]),
           stroke="#9296aa", stroke_width=2.5, opacity=0.5)


def last_words():
    d = Doc(1920, 1080)
    hueco_close(d)
    blk = d.lin(C.BLACK, 0, 0, 100, 100)
    wht = d.lin([(0, "#ffffff"), (50, "#e6e8f0"), (100, "#a4a8bc")], 0, 0, 100, 100)
    wht_sh = d.lin([(0, "#d8dae6"), (100, "#8a8ea4")], 0, 0, 100, 100)
    blood = d.lin([(0, "#c41c30"), (60, "#8e0f1c"), (100, "#4a0410")], 0, 0, 100, 100)
    # the pool of her blood on the sand, spreading under both of them
    d.ellipse(1180, 930, 560, 105, d.rad([(0, "#5a0410"), (60, "#8e0f1c"), (88, "#b81c2c", 0.85), (100, "#b81c2c", 0)]))
    d.path(smooth([(760, 930), (900, 880), (1150, 866), (1400, 880), (1640, 900), (1600, 960), (1300, 990), (980, 986)]), blood, stroke="#3a0008", stroke_width=2, opacity=0.9)
    rnd = random.Random(21)
    for _ in range(10):
        a = rnd.uniform(0, 2 * math.pi)
        r = rnd.uniform(560, 700)
        d.ellipse(1180 + r * math.cos(a), 930 + r * 0.18 * math.sin(a), rnd.uniform(6, 18), rnd.uniform(3, 6), "#9a1020", opacity=0.85)

    # ---- Izumo, kneeling, seated on his heels, bent over her -----------
    # white haori pooling on the sand behind and around him
    d.shape([(800, 470), (700, 520), (610, 640), (540, 800), (470, 930), (430, 990, 0), (600, 1002), (800, 996), (960, 975), (1000, 940), (900, 900), (760, 760)], wht, INK, OUT)
    d.line([(640, 640), (560, 860), (520, 960)], "#a9abbd", 2.4)
    d.line([(720, 660), (680, 860), (660, 990)], "#a9abbd", 2.2)
    d.shape([(470, 930), (430, 990), (600, 1002), (520, 960)], "#9a9eb4", opacity=0.6)
    # black kimono: the bent back and chest
    d.shape([(800, 480), (860, 520), (900, 600), (905, 700), (880, 800), (760, 860, 0), (660, 850), (650, 740), (690, 600), (740, 510)], blk, INK, OUT)
    # hakama thigh, knee towards her
    d.shape([(690, 800), (860, 800), (1000, 830), (1050, 870), (1046, 930), (1000, 960), (760, 966), (650, 930)], blk, INK, OUT)
    d.line([(760, 850), (1000, 880)], "#3e3c4c", 2.4)
    # crimson obi at the bent waist
    d.shape([(700, 770), (880, 770, 0), (884, 812, 0), (700, 822, 0)], d.lin([(0, "#c42a3c"), (100, "#6a0c18")]), INK, OUT)
    # the back panel of the haori over his shoulders and back
    d.shape([(800, 466), (760, 480), (690, 560), (640, 700), (620, 800), (660, 860), (700, 760), (730, 620), (790, 530)], wht, INK, OUT)
    # his blood-red zanpakuto hilt at the hip, behind
    d.open_g("translate(660,800) rotate(200)")
    d.shape([(0, -10, 0), (120, -9, 0), (124, 0), (120, 9, 0), (0, 10, 0)], d.lin([(0, "#b0283a"), (100, "#5a0a14")]), INK, 2.4)
    d.path("".join("M%d -9L%d 9M%d -9L%d 9" % (x0, x0 + 12, x0 + 12, x0) for x0 in range(8, 110, 16)), stroke="#e8c8a0", stroke_width=2)
    d.shape([(-8, -22, 0), (4, -22, 0), (4, 22, 0), (-8, 22, 0)], "#c9a75a", INK, 2, sm=False)
    d.close_g()

    # Izumo's head, bowed over her, crying
    G.head(d, "izumo", 980, 395, 0.95, 35, {"brow": (-12, 6), "mouth": "cry", "lid_in": 0.12, "lid_out": 0.34, "look": (3, 4), "blush": 0.3,
                                           "tears": [[(0, 12), (-4, 30), (0, 48), (-4, 68)], [(58, 10), (62, 28), (58, 46), (62, 62)]], "neck": 170})
    # his near shoulder in the white haori, over the base of his neck, and the collar
    d.shape([(790, 474), (860, 470), (920, 500), (950, 556), (936, 620), (880, 606), (820, 548)], wht, INK, OUT)
    d.line([(850, 476), (905, 512), (930, 560)], INK, 15)
    d.line([(850, 476), (905, 512), (930, 560)], "#f3f1ef", 8)
    # ---- Kaori, across his lap -----------------------------------------
    # her haori spread on the sand beneath her, soaked at the edge
    d.shape([(1000, 790), (1200, 850), (1500, 880), (1920, 870, 0), (1920, 990, 0), (1500, 985), (1200, 965), (1040, 910)], wht_sh, INK, OUT)
    d.shape([(1200, 965), (1500, 985), (1800, 980), (1600, 930), (1380, 920)], "#8e0f1c", opacity=0.75)
    # hakama legs to the right edge, knees a little raised
    d.shape([(1440, 790), (1600, 780), (1760, 790), (1920, 810, 0), (1920, 910, 0), (1740, 900), (1480, 890)], blk, INK, OUT)
    d.line([(1540, 840), (1920, 862)], "#3e3c4c", 2.4)
    # his sleeve behind her head: his arm cradles her head and shoulders
    d.shape([(830, 520), (890, 560), (960, 660), (1010, 770), (1000, 880), (930, 920), (870, 830), (810, 700), (790, 600)], wht, INK, OUT)
    d.line([(860, 600), (930, 720), (950, 860)], "#a9abbd", 2.2)
    # her long hair spilling over his lap down to the sand
    hg = d.lin(C.KAORI_HAIR, 0, 0, 60, 100)
    d.shape([(830, 600), (800, 690), (830, 790), (860, 880), (880, 960), (930, 1000), (990, 1010, 0), (960, 950), (960, 870), (950, 790), (930, 720), (900, 660)], hg, INK, OUT)
    d.line([(830, 700), (870, 830), (920, 960)], "#4a5a8c", 3, opacity=0.8)
    d.line([(860, 690), (910, 820), (950, 940)], "#070812", 2.4, opacity=0.8)
    # her torso across his thigh: white haori over black, the soft curve of the child
    d.shape([(1010, 690), (1150, 716), (1250, 736), (1340, 726), (1430, 766), (1490, 800), (1490, 880), (1350, 866), (1200, 846), (1060, 826), (990, 790)], blk, INK, OUT)
    d.shape([(1010, 690), (1100, 700), (1160, 720), (1120, 760), (1060, 830), (990, 790), (980, 730)], wht, INK, OUT)  # haori at the shoulder
    d.shape([(1300, 860), (1400, 850), (1490, 880), (1500, 820), (1520, 890), (1400, 906)], wht_sh, INK, 2.4)
    d.shape([(1250, 734), (1300, 730, 0), (1296, 856, 0), (1240, 850, 0)], d.lin([(0, "#ffffff"), (100, "#b9c0d4")], 0, 0, 100, 0), INK, OUT)  # obi, high
    d.line([(1370, 740), (1420, 790), (1420, 850)], "#504e60", 2.2, opacity=0.8)
    d.line([(1000, 720), (1050, 740), (1090, 770)], INK, 13)
    d.line([(1000, 720), (1050, 740), (1090, 770)], "#f3f1ef", 7)
    F.blood_smear(d, 1180, 780, 44, 30, 0.4)
    F.blood_smear(d, 1350, 800, 40, 24, 0.3, 0.8)
    F.blood_trickle(d, [(1190, 800), (1196, 840), (1190, 880), (1194, 910)], 8)
    F.blood_trickle(d, [(1356, 816), (1362, 850), (1358, 890)], 6)
    # her other hand resting on the child
    G.hand(d, 1310, 760, 20, 0.8)
    # her head in the crook of his arm, tilted back, looking up at him, a faint smile
    G.head(d, "kaori", 915, 650, 0.92, -55, {"brow": (-8, 2), "mouth": "pained_smile", "lid_in": 0.3, "lid_out": 0.4, "look": (2, -4), "blush": 0.3,
                                            "blood_mouth": True, "neck": 170})
    # his hand holding her shoulder
    G.hand(d, 990, 770, 0, 1.0, curl=0.6)
    # her hand raised to his cheek: black sleeve on the forearm, the wide white
    # haori sleeve falling back from the elbow
    d.shape([(1030, 700), (1090, 680), (1130, 640), (1150, 700), (1160, 780), (1130, 800), (1100, 760), (1060, 740)], wht, INK, OUT)
    d.shape([(1040, 705), (1100, 650), (1080, 600), (1010, 532), (984, 550), (1040, 610), (1050, 650), (1020, 690)], blk, INK, OUT)
    d.shape([(1130, 760), (1160, 780), (1130, 800)], "#2a2834")
    G.hand(d, 1000, 540, 222, 0.85, flip=True, curl=0.3)
    # tears falling from his face towards hers
    for x, y, r in ((950, 528, 6), (948, 562, 5), (944, 590, 4)):
        d.shape([(x, y - r * 1.8), (x + r, y), (x, y + r), (x - r, y)], "#d8efff", stroke="#6f9ccc", sw=1.2)
    # cold moonlight from the upper left, and the dark closing in
    d.rect(0, 0, 1920, 1080, d.lin([(0, "#dfe6ff", 0.12), (40, "#dfe6ff", 0), (100, "#000010", 0.35)], 0, 0, 100, 60))
    B.vignette(d, 0.6)
    return d


# ----------------------------------------------------- CHISHIOYAIBA ----
def chishio_cg():
    d = B.hueco("red")
    B.glow(d, 1080, 520, 600, "#ff2030", 0.35)
    merge(d, C.izumo("rage"), "translate(380,140) scale(0.94)", "iz")
    merge(d, C2.chishioyaiba("laughing"), "translate(960,20) scale(1.06)", "ch")
    rnd = random.Random(5)
    for _ in range(30):
        x, y = rnd.uniform(200, 1800), rnd.uniform(80, 1000)
        r = rnd.uniform(3, 10)
        d.path(smooth([(x, y - r * 2), (x + r, y), (x, y + r), (x - r, y)]), "#c8102a", stroke="#3c0008", stroke_width=1.2, opacity=0.85)
    d.rect(0, 0, 1920, 1080, d.lin([(0, "#000000", 0), (80, "#200004", 0.2), (100, "#200004", 0.6)]))
    B.vignette(d, 0.6)
    return d


IMAGES = [("cg", "cg kiss", kiss), ("cg", "cg last words", last_words), ("cg", "cg chishioyaiba", chishio_cg)]
