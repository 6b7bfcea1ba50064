"""Event CGs and the title key art, 1920x1080.  Built from the same pieces as the
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
    """Redrawn in cgs_grief.py (chapter 7: she fades in his arms)."""
    import cgs_grief
    return cgs_grief.last_words("")


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


# ------------------------------------------------------------ TITLE ----
def title():
    d = Doc(1920, 1080)
    d.rect(0, 0, 1920, 1080, d.lin([(0, "#050308"), (60, "#12060c"), (100, "#3a0610")], 0, 0, 40, 100))
    B.glow(d, 1500, 260, 420, "#e8eeff", 0.35)
    B.crescent(d, 1500, 260, 170, 60, d.lin([(0, "#ffffff"), (100, "#c8d0ee")]), rot=-30)
    B.glow(d, 1200, 1000, 700, "#b01020", 0.5)
    # a blood-red arc slicing the sky behind them
    d.path(smooth([(760, 1080), (980, 600), (1400, 260), (1920, 120), (1920, 150), (1420, 300), (1020, 640), (820, 1080)], True), d.lin([(0, "#ff3040", 0.0), (50, "#c81028", 0.8), (100, "#5a0010", 0.2)], 0, 0, 100, 0))
    merge(d, C.kaori("cold"), "translate(1000,110) scale(0.97)", "ka")
    merge(d, C.izumo("neutral"), "translate(1330,150) scale(0.95)", "iz")
    # darkness rising from the bottom and the left third for the menu
    d.rect(0, 0, 1920, 1080, d.lin([(0, "#050308", 0.95), (35, "#050308", 0.75), (55, "#050308", 0), (100, "#050308", 0)], 0, 0, 100, 0))
    d.rect(0, 700, 1920, 380, d.lin([(0, "#050308", 0), (100, "#050308", 0.85)]))
    rnd = random.Random(2)
    for _ in range(40):
        x, y = rnd.uniform(700, 1900), rnd.uniform(60, 1060)
        r = rnd.uniform(3, 9)
        d.open_g("translate(%.0f,%.0f) rotate(%.0f)" % (x, y, rnd.uniform(0, 360)))
        d.path(smooth([(0, 0, 0), (r, -r * 0.6), (r * 2.4, 0, 0), (r, r * 0.6)]), "#c81028", opacity=rnd.uniform(0.5, 0.95))
        d.close_g()
    return d


IMAGES = [("cg", "cg kiss", kiss), ("cg", "cg last words", last_words), ("cg", "cg chishioyaiba", chishio_cg), ("gui", "title", title)]
