"""Event CGs and the title key art, 1920x1080.  Built from the same pieces as the
sprites and backgrounds (merged into one SVG) so the style stays identical."""
import random
from svg import Doc, INK, smooth
import backgrounds as B
import chars as C
import chars2 as C2


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
def kiss():
    """Redrawn in cgs_grief.py (chapter 4: Lieutenant Izumo kisses his captain)."""
    import cgs_grief
    return cgs_grief.kiss()


# ------------------------------------------------------- LAST WORDS ----
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
