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
    """Redrawn in cgs_grief.py (chapter 4: Lieutenant Izumo kisses his captain)."""
    import cgs_grief
    return cgs_grief.kiss()


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


IMAGES = [("cg", "cg kiss", kiss), ("cg", "cg last words", last_words)]
