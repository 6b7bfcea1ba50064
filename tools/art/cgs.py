"""Event CGs and the title key art, 1920x1080.  Built from the same pieces as the
sprites and backgrounds (merged into one SVG) so the style stays identical."""
import math
import random
import re
from svg import Doc, INK, smooth, poly
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


def rim_shape(d, pts, fill, rim, rim_w=4, closed=True):
    d.path(smooth(pts, closed), fill, stroke=INK, stroke_width=3, stroke_linejoin="round")


# ------------------------------------------------------------- KISS ----
def kiss():
    d = B.forest()
    # moonlit gap behind the pair
    B.glow(d, 960, 400, 520, "#e8f8ff", 0.75)
    B.glow(d, 960, 420, 240, "#ffffff", 0.6)
    dark = d.lin([(0, "#2a3040"), (100, "#0a0c12")], 0, 0, 100, 100)
    darkk = d.lin([(0, "#2c3450"), (100, "#0c0e18")], 0, 0, 100, 100)
    haori = d.lin([(0, "#e8f0f8"), (50, "#8a98b0"), (100, "#2a3040")], 0, 0, 100, 0)
    haori_k = d.lin([(0, "#2a3040"), (50, "#8a98b0"), (100, "#dce6f4")], 0, 0, 100, 0)
    # Kaori's long hair, blown by the wind (behind everything)
    hair = d.lin([(0, "#3a4a7a"), (100, "#0a0c1c")], 0, 0, 100, 100)
    d.path(smooth([(1000, 300), (1070, 280), (1150, 330), (1260, 420), (1400, 460), (1520, 520), (1400, 540), (1460, 620), (1300, 600), (1240, 700), (1150, 760), (1060, 640)]),
           hair, stroke=INK, stroke_width=3)
    for pts in ([(1100, 340), (1250, 440), (1440, 500)], [(1110, 400), (1220, 520), (1380, 580)], [(1080, 460), (1160, 600), (1200, 720)]):
        d.path(smooth(pts, False), stroke="#6a7aaa", stroke_width=3, opacity=0.7)
    # Kaori's body (facing left), haori
    d.path(smooth([(1000, 480), (1080, 500), (1160, 600), (1200, 800), (1230, 1100, 0), (880, 1100, 0), (900, 800), (940, 560)]), haori_k, stroke=INK, stroke_width=3)
    d.path(smooth([(960, 500), (1030, 520), (1060, 700), (1040, 1100, 0), (930, 1100, 0), (930, 700)]), darkk, stroke=INK, stroke_width=3)
    # Izumo's body (facing right), haori
    d.path(smooth([(880, 470), (800, 490), (700, 600), (660, 820), (640, 1100, 0), (1000, 1100, 0), (980, 800), (940, 560)]), haori, stroke=INK, stroke_width=3)
    d.path(smooth([(900, 490), (840, 520), (820, 700), (840, 1100, 0), (960, 1100, 0), (960, 700)]), dark, stroke=INK, stroke_width=3)
    # heads in profile, foreheads close, lips meeting at x~960
    skin = d.lin([(0, "#f6d8c4"), (100, "#b88a7a")], 0, 0, 100, 100)
    skin_k = d.lin([(0, "#c09080"), (100, "#f4dcd0")], 0, 0, 100, 100)
    # Izumo head (tilted slightly down-right)
    iz = [(800, 330), (830, 270), (890, 250), (940, 280), (958, 330), (972, 366, 0), (960, 380), (964, 398), (956, 410), (958, 424), (944, 446), (904, 460), (880, 500, 0), (840, 490, 0), (830, 430), (800, 400)]
    d.path(smooth(iz), skin, stroke=INK, stroke_width=3)
    # Kaori head (tilted up-left)
    ka = [(1120, 330), (1090, 280), (1030, 262), (990, 290), (976, 330), (962, 360, 0), (972, 376), (966, 396), (974, 406), (970, 420), (984, 442), (1020, 456), (1040, 500, 0), (1080, 494, 0), (1090, 430), (1116, 396)]
    d.path(smooth(ka), skin_k, stroke=INK, stroke_width=3)
    # closed eyes
    d.path(smooth([(912, 330), (926, 338), (940, 334)], False), stroke=INK, stroke_width=4, stroke_linecap="round")
    d.path(smooth([(1010, 334), (996, 342), (984, 338)], False), stroke=INK, stroke_width=4, stroke_linecap="round")
    d.path("M940 334L946 340M984 338L978 344", stroke=INK, stroke_width=2.5)
    # blush
    d.ellipse(912, 372, 20, 8, "#f08a8a", opacity=0.45)
    d.ellipse(1014, 376, 20, 8, "#f08a8a", opacity=0.45)
    # Izumo hair
    ih = d.lin([(0, "#4a3e4c"), (100, "#100c12")], 0, 0, 100, 100)
    d.path(smooth([(790, 380, 0), (770, 320), (760, 250, 0), (810, 270), (820, 220, 0), (860, 240), (900, 200, 0), (920, 240), (960, 230, 0), (952, 280), (968, 310, 0), (930, 300), (920, 340, 0),
                   (890, 300), (860, 320), (850, 380), (830, 440, 0), (810, 400)]), ih, stroke=INK, stroke_width=3)
    d.path(smooth([(850, 240), (900, 222)], False), stroke="#8a7a92", stroke_width=4, opacity=0.7)
    # Kaori hair (bangs and the crown)
    d.path(smooth([(1130, 380, 0), (1140, 300), (1110, 250), (1050, 240), (1000, 258), (976, 300, 0), (1000, 296), (990, 340, 0), (1020, 300), (1040, 330, 0), (1050, 296), (1080, 320),
                   (1090, 380), (1100, 460, 0), (1120, 430)]), hair, stroke=INK, stroke_width=3)
    d.path(smooth([(1040, 256), (1100, 262)], False), stroke="#8ea2d8", stroke_width=4, opacity=0.7)
    # his arm around her back, her hand on his shoulder
    d.path(smooth([(760, 620), (860, 640), (1000, 640), (1110, 620), (1140, 650), (1110, 690), (990, 700), (850, 700), (740, 680)]), haori, stroke=INK, stroke_width=3)
    d.path(smooth([(1110, 612), (1150, 620), (1160, 660), (1130, 690), (1100, 670)]), skin, stroke=INK, stroke_width=2.5)
    d.path(smooth([(1040, 520), (960, 520), (880, 500), (850, 520), (880, 550), (960, 560), (1040, 570)]), haori_k, stroke=INK, stroke_width=3)
    d.path(smooth([(880, 496), (846, 498), (834, 520), (852, 544), (880, 540)]), skin_k, stroke=INK, stroke_width=2.5)
    # wind: petals of torn leaves swirling (her wind, his blood: a few red drops)
    rnd = random.Random(3)
    for _ in range(18):
        x, y = rnd.uniform(500, 1500), rnd.uniform(150, 900)
        d.open_g("translate(%.0f,%.0f) rotate(%.0f)" % (x, y, rnd.uniform(0, 180)))
        red = rnd.random() < 0.3
        d.path(smooth([(0, 0, 0), (9, -5), (22, 0, 0), (9, 5)]), "#b81c2c" if red else "#3a6a48", opacity=0.9)
        d.close_g()
    for pts in ([(400, 300), (700, 250), (1000, 220), (1300, 240)], [(500, 820), (800, 760), (1200, 780), (1600, 720)]):
        d.path(smooth(pts, False), stroke="#dff4ff", stroke_width=3, opacity=0.35)
    B.vignette(d, 0.6)
    return d


# ------------------------------------------------------- LAST WORDS ----
def last_words():
    d = B.hueco("blood")
    # Izumo kneeling, centre, crying over her
    merge(d, C.izumo("crying"), "translate(620,120) scale(0.98)", "iz")
    # Kaori across his lap, head resting at his knees, body to the right
    KT = "translate(820,1160) rotate(-96) scale(0.9)"
    merge(d, C.kaori("wounded"), KT, "ka")
    # her legs continue past the sprite's bottom edge, off the right of the frame
    d.open_g(KT)
    d.rect(199, 996, 202, 420, d.lin([(0, "#3a3846"), (100, "#111017")], 0, 0, 100, 0))
    d.rect(199, 996, 64, 420, d.lin([(0, "#ffffff"), (100, "#c4c6d6")], 0, 0, 100, 0), stroke=INK, stroke_width=3)
    d.rect(337, 996, 64, 420, d.lin([(0, "#f4f4f8"), (100, "#b8bacb")], 0, 0, 100, 0), stroke=INK, stroke_width=3)
    d.path("M263 996L263 1416M337 996L337 1416", stroke=INK, stroke_width=3)
    d.ellipse(300, 1080, 60, 40, "#8e0f1c", opacity=0.8)
    d.close_g()
    # blood soaking her haori and the sand beneath them
    d.path(smooth([(700, 1080, 0), (760, 1010), (1000, 990), (1400, 1000), (1800, 1020), (1920, 1080, 0)]), d.lin([(0, "#8e0f1c", 0.7), (100, "#3a0008", 0.9)]))
    rnd = random.Random(9)
    for _ in range(14):
        x, y = rnd.uniform(660, 1000), rnd.uniform(380, 860)
        d.ellipse(x, y, 3, 7, "#d8efff", opacity=0.6)
    B.vignette(d, 0.55)
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
