"""Backgrounds, 1920x1080.  Painterly-flat: soft gradients, thin dark outlines only
on near objects, light from the upper left (or from the named light source)."""
import math
import random
from svg import Doc, INK, smooth, poly

BW, BH = 1920, 1080


def crescent(d, mx, my, R, thick, fill, rot=-30, **a):
    """Thin crescent moon: circle of radius R minus the same circle shifted by thick."""
    o = thick
    h = math.sqrt(R * R - (o / 2) ** 2)
    p1 = (o / 2, -h)
    p2 = (o / 2, h)
    # go round the outer circle the long way via its left, come back along the inner circle
    dd = "M%.1f %.1f A%.1f %.1f 0 1 0 %.1f %.1f A%.1f %.1f 0 0 1 %.1f %.1fZ" % (p1[0], p1[1], R, R, p2[0], p2[1], R, R, p1[0], p1[1])
    d.open_g("translate(%d,%d) rotate(%d)" % (mx, my, rot))
    d.path(dd, fill, **a)
    d.close_g()


def glow(d, x, y, r, col, op=0.6):
    d.circle(x, y, r, d.rad([(0, col, op), (40, col, op * 0.45), (100, col, 0)], x, y, r, user=True))


def sky(d, stops):
    d.rect(0, 0, BW, BH, d.lin(stops, 0, 0, 0, 100))


def vignette(d, op=0.55, col="#000000"):
    d.rect(0, 0, BW, BH, d.rad([(0, col, 0), (62, col, 0), (100, col, op)], 960, 540, 1150, user=True))


# ------------------------------------------------------------ HOME ----
def home(mood):
    night = mood == "night"
    d = Doc(BW, BH)
    P = {
        "ceil": ("#141826", "#0a0c14") if night else ("#3a2418", "#1e120c"),
        "wall": ("#2a3046", "#1a1e2e") if night else ("#9a6a44", "#6a4430"),
        "shoji": ("#b8cce8", "#6a80a8") if night else ("#ffd9a0", "#f0a060"),
        "wood": ("#2a2430", "#120e16") if night else ("#5a3420", "#2a160c"),
        "tatami": ("#4a5a52", "#1e2622") if night else ("#b09a5a", "#6a5630"),
        "lamp": "#ffc870",
    }
    VX, VY = 960, 470
    L, R, T, B = 380, 1540, 150, 720  # back wall
    # ceiling, side walls, floor
    d.path(poly([(0, 0), (BW, 0), (R, T), (L, T)]), d.lin([(0, P["ceil"][1]), (100, P["ceil"][0])]))
    d.path(poly([(0, 0), (L, T), (L, B), (0, BH)]), d.lin([(0, P["wall"][0]), (100, P["wall"][1])], 0, 0, 100, 0))
    d.path(poly([(BW, 0), (R, T), (R, B), (BW, BH)]), d.lin([(0, P["wall"][1]), (100, P["wall"][0])], 0, 0, 100, 0))
    d.path(poly([(L, B), (R, B), (BW, BH), (0, BH)]), d.lin([(0, P["tatami"][0]), (100, P["tatami"][1])]))
    # ceiling beams
    beams = "".join("M%d 0L%.1f %d" % (x, VX + (x - VX) * 0.32 + 0, T) for x in range(-400, 2400, 260))
    d.path(beams, stroke=P["wood"][1], stroke_width=10, opacity=0.8)
    # tatami borders (dark cloth edges) in perspective
    lines = []
    for x in (L, 770, 1150, R):
        fx = VX + (x - VX) * (BH - VY) / (B - VY)
        lines.append("M%d %dL%.1f %d" % (x, B, fx, BH))
    for y in (B, 800, 930):
        t = (y - VY) / (B - VY)
        lines.append("M%.1f %dL%.1f %d" % (VX + (L - VX) * t, y, VX + (R - VX) * t, y))
    d.path("".join(lines), stroke="#1a120c" if not night else "#0a0e0c", stroke_width=7, opacity=0.9)
    # weave sheen
    d.path("".join("M%.1f %dL%.1f %d" % (VX + (L - VX) * ((y - VY) / (B - VY)), y, VX + (R - VX) * ((y - VY) / (B - VY)), y) for y in range(735, 1080, 18)),
           stroke="#ffffff", stroke_width=1.2, opacity=0.05)
    # back wall: four shoji panels between dark posts
    d.rect(L, T, R - L, B - T, d.lin([(0, P["wall"][0]), (100, P["wall"][1])]))
    sx0, sx1, sy0, sy1 = L + 60, R - 60, T + 40, B - 20
    d.rect(sx0, sy0, sx1 - sx0, sy1 - sy0, d.lin([(0, P["shoji"][0]), (100, P["shoji"][1])], 0, 0, 30, 100))
    grid = []
    for i in range(1, 16):
        x = sx0 + (sx1 - sx0) * i / 16
        grid.append("M%.1f %dL%.1f %d" % (x, sy0, x, sy1))
    for j in range(1, 9):
        y = sy0 + (sy1 - sy0) * j / 9
        grid.append("M%d %.1fL%d %.1f" % (sx0, y, sx1, y))
    d.path("".join(grid), stroke=P["wood"][0], stroke_width=4)
    for x in (sx0, sx0 + (sx1 - sx0) / 4, sx0 + (sx1 - sx0) / 2, sx0 + 3 * (sx1 - sx0) / 4, sx1):
        d.rect(x - 8, sy0 - 6, 16, sy1 - sy0 + 12, d.lin([(0, P["wood"][0]), (100, P["wood"][1])], 0, 0, 100, 0))
    d.rect(sx0 - 10, sy0 - 14, sx1 - sx0 + 20, 16, P["wood"][1])
    d.rect(sx0 - 10, sy1 - 2, sx1 - sx0 + 20, 18, P["wood"][1])
    # posts and lintel of the room
    for x in (L - 10, R - 14):
        d.rect(x, T - 10, 24, B - T + 30, d.lin([(0, P["wood"][0]), (100, P["wood"][1])], 0, 0, 100, 0))
    d.rect(L - 20, T - 16, R - L + 40, 26, P["wood"][1])
    if night:
        # a pine branch shadow and the moon's disc seen through the paper
        glow(d, 1260, 300, 180, "#eaf2ff", 0.55)
        d.circle(1260, 300, 46, "#f4f8ff", opacity=0.7)
        d.path(smooth([(1540, 240), (1400, 270), (1300, 330), (1180, 350), (1120, 400)], False), stroke="#3a4a6a", stroke_width=14, opacity=0.55, stroke_linecap="round")
        for bx, by in ((1420, 250), (1300, 320), (1190, 350)):
            d.ellipse(bx, by + 20, 70, 26, "#3a4a6a", opacity=0.45)
        # moonlight falling through the shoji onto the tatami
        d.path(poly([(sx0 + 300, sy1), (sx1 - 80, sy1), (sx1 + 240, BH), (sx0 + 120, BH)]), d.lin([(0, "#cfe0ff", 0.35), (100, "#cfe0ff", 0.02)]))
        d.path("".join("M%d %dL%d %d" % (x, sy1 + 4, x + (x - 700) * 0.5, BH) for x in range(820, 1470, 82)), stroke="#0e1420", stroke_width=6, opacity=0.35)
    else:
        # sunset through the paper
        glow(d, 1200, 380, 520, "#ffb060", 0.5)
        d.path(poly([(sx0 + 200, sy1), (sx1 - 40, sy1), (sx1 + 300, BH), (sx0 + 40, BH)]), d.lin([(0, "#ffd090", 0.35), (100, "#ffd090", 0.03)]))
    # tokonoma on the left wall: a hanging ink-wash scroll
    d.path(poly([(120, 260), (300, 230), (300, 640), (120, 700)]), "#d8d0bc" if not night else "#56607a", stroke=INK, stroke_width=2)
    d.path(smooth([(140, 520), (180, 420), (210, 470), (250, 380), (290, 480), (290, 560), (140, 610)]), "#4a4a52" if not night else "#2a3048", opacity=0.6)
    d.path(poly([(100, 240), (320, 206), (320, 222), (100, 256)]), P["wood"][1])
    # low table with a cup, centre-left
    d.path(poly([(560, 850), (1000, 850), (1040, 900), (520, 900)]), d.lin([(0, "#5a3020"), (100, "#2a140c")]), stroke=INK, stroke_width=2.5)
    d.path(poly([(530, 900), (1030, 900), (1030, 930), (530, 930)]), "#1e0e08", stroke=INK, stroke_width=2.5)
    for x in (545, 1000):
        d.rect(x, 930, 20, 70, "#1a0c06", stroke=INK, stroke_width=2)
    d.path(smooth([(760, 840), (800, 840), (796, 870, 0), (764, 870, 0)]), d.lin([(0, "#e8e0d0"), (100, "#8a8070")], 0, 0, 100, 0), stroke=INK, stroke_width=2)
    # andon lamp, right foreground
    lx, ly = 1560, 780
    lamp_op = 0.45 if night else 0.7
    glow(d, lx, ly - 60, 520 if not night else 380, P["lamp"], lamp_op)
    d.rect(lx - 70, ly - 150, 140, 200, d.lin([(0, "#fff4d0"), (60, "#ffd890"), (100, "#e0a050")], 0, 0, 100, 0), stroke=INK, stroke_width=3)
    d.path("M%d %dL%d %dM%d %dL%d %dM%d %dL%d %d" % (lx - 70, ly - 80, lx + 70, ly - 80, lx - 70, ly - 10, lx + 70, ly - 10, lx, ly - 150, lx, ly + 50), stroke="#3a2010", stroke_width=4)
    d.rect(lx - 82, ly - 164, 164, 16, "#2a160c", stroke=INK, stroke_width=2)
    d.rect(lx - 82, ly + 50, 164, 18, "#2a160c", stroke=INK, stroke_width=2)
    for x in (lx - 76, lx + 64):
        d.rect(x, ly + 68, 12, 70, "#1e0e08", stroke=INK, stroke_width=2)
    d.ellipse(lx, ly + 150, 200, 30, "#000000", opacity=0.3)
    if night:
        d.rect(0, 0, BW, BH, "#0a1030", opacity=0.25)
    vignette(d, 0.6 if night else 0.45)
    return d


# -------------------------------------------------------- BARRACKS ----
def camellia(d, x, y, r, fill, stroke, rot=0):
    pts = []
    for i in range(10):
        a = math.radians(rot + i * 36 - 90)
        rr = r if i % 2 == 0 else r * 0.62
        pts.append((x + rr * math.cos(a), y + rr * math.sin(a)))
    d.path(smooth(pts), fill, stroke=stroke, stroke_width=4)
    d.circle(x, y, r * 0.3, "#e8c860", stroke=stroke, stroke_width=3)
    d.path("".join("M%.1f %.1fL%.1f %.1f" % (x, y, x + r * 0.55 * math.cos(math.radians(rot + i * 72 - 90)), y + r * 0.55 * math.sin(math.radians(rot + i * 72 - 90))) for i in range(5)),
           stroke=stroke, stroke_width=2.5, opacity=0.7)


def barracks():
    d = Doc(BW, BH)
    sky(d, [(0, "#5a8ac8"), (60, "#a8c8e8"), (100, "#e8eef4")])
    for cx_, cy_, w in ((360, 140, 300), (1300, 90, 420), (1700, 200, 260)):
        d.path(smooth([(cx_ - w / 2, cy_ + 20), (cx_ - w / 3, cy_ - 20), (cx_, cy_ - 40), (cx_ + w / 3, cy_ - 24), (cx_ + w / 2, cy_ + 20)]), "#ffffff", opacity=0.7)
    # far roofs
    d.path(poly([(0, 330), (300, 290), (700, 300), (1100, 280), (1500, 300), (1920, 280), (1920, 420), (0, 420)]), "#7a8aa8", opacity=0.6)
    # main building: roof
    d.path(smooth([(-40, 300), (400, 250, 0), (1520, 250, 0), (1960, 300), (1960, 380, 0), (-40, 380, 0)]), d.lin([(0, "#4a4e5e"), (100, "#22242e")]), stroke=INK, stroke_width=3)
    d.path("".join("M%d 262L%d 376" % (x, x + (x - 960) * 0.05) for x in range(0, 1920, 40)), stroke="#15161c", stroke_width=3, opacity=0.7)
    d.rect(-10, 372, 1940, 18, "#1a1410")
    # white walls with dark timber
    d.rect(0, 390, 1920, 330, d.lin([(0, "#f4f0e6"), (100, "#c8c2b4")]))
    d.rect(0, 390, 1920, 60, "#000000", opacity=0.18)
    for x in range(60, 1920, 300):
        d.rect(x, 390, 26, 330, d.lin([(0, "#4a3020"), (100, "#24160c")], 0, 0, 100, 0), stroke=INK, stroke_width=2)
    d.rect(0, 520, 1920, 18, "#3a2418")
    # sliding doors (shoji) in two bays
    for x in (390, 990):
        d.rect(x, 560, 300, 160, "#ece6d6", stroke="#3a2418", stroke_width=6)
        d.path("".join("M%d 560L%d 720" % (x + i * 50, x + i * 50) for i in range(1, 6)) + "M%d 640L%d 640" % (x, x + 300), stroke="#5a3a24", stroke_width=3)
    # engawa (wooden veranda) in perspective
    d.path(poly([(0, 720), (1920, 720), (1920, 800), (0, 800)]), d.lin([(0, "#a8764a"), (100, "#6a4428")]), stroke=INK, stroke_width=3)
    d.path("".join("M0 %dL1920 %d" % (y, y) for y in (740, 760, 780)), stroke="#4a2c18", stroke_width=2, opacity=0.6)
    d.path(poly([(0, 800), (1920, 800), (1920, 840), (0, 840)]), "#2a1a10")
    for x in range(100, 1920, 300):
        d.rect(x, 800, 22, 50, "#1e120a")
    # the Sixth Division banner: a camellia on deep indigo
    bx, by = 1400, 420
    d.path(poly([(bx, by), (bx + 220, by), (bx + 220, by + 420), (bx + 110, by + 380), (bx, by + 420)]), d.lin([(0, "#3a4a8a"), (100, "#1a2248")], 0, 0, 100, 100), stroke=INK, stroke_width=3)
    d.rect(bx - 20, by - 14, 260, 16, "#2a1a10", stroke=INK, stroke_width=2)
    camellia(d, bx + 110, by + 150, 70, "#f4f4f8", "#10142a", 10)
    d.path("M%d %dL%d %d" % (bx + 30, by + 260, bx + 190, by + 260), stroke="#c8c8e0", stroke_width=4)
    # gravel courtyard, raked
    d.rect(0, 840, 1920, 240, d.lin([(0, "#c8c4b8"), (100, "#9a968a")]))
    d.path("".join("M0 %dC600 %d 1300 %d 1920 %d" % (y, y - 10, y + 10, y) for y in range(870, 1080, 22)), stroke="#ffffff", stroke_width=2, opacity=0.35)
    d.path("".join("M0 %dC600 %d 1300 %d 1920 %d" % (y + 4, y - 6, y + 14, y + 4) for y in range(870, 1080, 22)), stroke="#6a665c", stroke_width=2, opacity=0.3)
    # shadows cast from upper left
    d.path(poly([(0, 840), (700, 840), (400, 1080), (0, 1080)]), "#2a2a40", opacity=0.18)
    # a pine in the right foreground
    d.path(smooth([(1760, 1080), (1780, 900), (1740, 700), (1800, 520), (1880, 420), (1900, 440), (1830, 560), (1790, 720), (1830, 900), (1840, 1080)]),
           d.lin([(0, "#5a3a2a"), (100, "#2a1810")], 0, 0, 100, 0), stroke=INK, stroke_width=3)
    for px, py, w in ((1760, 430, 220), (1860, 520, 200), (1700, 600, 180), (1900, 360, 160)):
        d.path(smooth([(px - w / 2, py + 20), (px - w / 4, py - 30), (px + w / 4, py - 40), (px + w / 2, py + 10), (px + w / 4, py + 40), (px - w / 4, py + 40)]),
               d.lin([(0, "#4a7a48"), (100, "#1e3a22")]), stroke=INK, stroke_width=2.5)
    vignette(d, 0.35)
    return d


# -------------------------------------------------- RELIEF STATION ----
def relief():
    d = Doc(BW, BH)
    VX, VY = 960, 480
    L, R, T, B = 520, 1400, 200, 640
    d.rect(0, 0, BW, BH, "#cfe0d4")
    d.path(poly([(0, 0), (BW, 0), (R, T), (L, T)]), d.lin([(0, "#8aa898"), (100, "#c8dccc")]))
    d.path(poly([(0, 0), (L, T), (L, B), (0, BH)]), d.lin([(0, "#e8f2ea"), (100, "#b4ccbc")], 0, 0, 100, 0))
    d.path(poly([(BW, 0), (R, T), (R, B), (BW, BH)]), d.lin([(0, "#a8c4b0"), (100, "#7a9a86")], 0, 0, 100, 0))
    d.rect(L, T, R - L, B - T, d.lin([(0, "#e4efe6"), (100, "#c4d8ca")]))
    d.path(poly([(L, B), (R, B), (BW, BH), (0, BH)]), d.lin([(0, "#c8b48a"), (100, "#8a7650")]))
    # floorboards
    d.path("".join("M%.1f %dL%.1f %d" % (VX + (x - VX) * (B - VY) / (BH - VY), B, x, BH) for x in range(-1200, 3200, 160)), stroke="#6a5a3a", stroke_width=2, opacity=0.5)
    # tall windows on the back wall, green-white light
    for x in (600, 860, 1120):
        d.rect(x, 250, 200, 300, d.lin([(0, "#ffffff"), (100, "#d4f4dc")]), stroke="#5a6a5e", stroke_width=5)
        d.path("M%d 250L%d 550M%d 400L%d 400" % (x + 100, x + 100, x, x + 200), stroke="#5a6a5e", stroke_width=4)
    # light shafts
    d.path(poly([(600, 550), (1320, 550), (1500, 1080), (340, 1080)]), d.lin([(0, "#f4fff4", 0.45), (100, "#f4fff4", 0)]))
    # futons in rows along the left and right (perspective)
    for (x0, y0, w, h) in ((140, 760, 460, 150), (330, 680, 330, 100), (1320, 760, 460, 150), (1260, 680, 330, 100)):
        d.path(smooth([(x0, y0, 0), (x0 + w, y0, 0), (x0 + w + 30, y0 + h, 0), (x0 - 30, y0 + h, 0)]), d.lin([(0, "#ffffff"), (100, "#c4d4e0")]), stroke=INK, stroke_width=2.5)
        d.path(smooth([(x0 + 10, y0 + h * 0.35), (x0 + w - 10, y0 + h * 0.35), (x0 + w + 20, y0 + h - 6), (x0 - 20, y0 + h - 6)]), d.lin([(0, "#9ac8b0"), (100, "#5a8a74")]), stroke=INK, stroke_width=2)
        d.ellipse(x0 + w * 0.2, y0 + h * 0.2, w * 0.12, h * 0.14, "#ffffff", stroke=INK, stroke_width=2)
    # folding screens (byobu) between beds
    for x0, y0, hh, n, sgn in ((40, 520, 300, 3, 1), (1640, 520, 300, 3, -1)):
        for i in range(n):
            xa = x0 + sgn * i * 80
            d.path(poly([(xa, y0 + (i % 2) * 10), (xa + sgn * 80, y0 + ((i + 1) % 2) * 10), (xa + sgn * 80, y0 + hh + ((i + 1) % 2) * 10), (xa, y0 + hh + (i % 2) * 10)]),
                   d.lin([(0, "#f4f8f2"), (100, "#b4c8b8")], 0, 0, 100, 0) if i % 2 == 0 else d.lin([(0, "#c4d8c8"), (100, "#94ac9c")], 0, 0, 100, 0), stroke="#3a4a3e", stroke_width=3)
    # Fourth Division emblem on the back wall: a stylised gentian (five narrow petals)
    gx, gy = 960, 230
    for i in range(5):
        a = math.radians(-90 + i * 72)
        d.open_g("translate(%d,%d) rotate(%.1f)" % (gx, gy, math.degrees(a) + 90))
        d.path(smooth([(0, 0, 0), (8, -14), (0, -34, 0), (-8, -14)]), "#4a8ac8", stroke=INK, stroke_width=1.5)
        d.close_g()
    # healing light: soft green glows
    glow(d, 500, 760, 260, "#8affb0", 0.45)
    glow(d, 1450, 760, 220, "#8affb0", 0.35)
    glow(d, 960, 420, 520, "#c8ffd8", 0.35)
    rnd = random.Random(4)
    for _ in range(26):
        x, y = rnd.uniform(300, 1700), rnd.uniform(300, 900)
        d.circle(x, y, rnd.uniform(2, 5), "#e8fff0", opacity=rnd.uniform(0.4, 0.9))
    vignette(d, 0.3, "#0a2a1a")
    return d


# ------------------------------------------------ FIRST DIVISION ----
def office():
    d = Doc(BW, BH)
    VX, VY = 960, 430
    d.rect(0, 0, BW, BH, d.lin([(0, "#0c0a0e"), (60, "#1a1620"), (100, "#0a080c")]))
    # far wall and dais
    d.rect(700, 230, 520, 330, d.lin([(0, "#2a2230"), (100, "#120e16")]))
    d.path(poly([(760, 560), (1160, 560), (1200, 610), (720, 610)]), "#2a1e1a", stroke=INK, stroke_width=2)
    d.path(poly([(900, 420), (1020, 420), (1030, 560), (890, 560)]), "#1a1210", stroke="#3a2a20", stroke_width=3)
    glow(d, 960, 380, 320, "#ffd8a0", 0.25)
    # high windows with light shafts from the upper left
    for x in (760, 900, 1040):
        d.rect(x, 260, 80, 110, "#c8b89a", opacity=0.5)
    d.path(poly([(760, 260), (880, 260), (700, 1080), (300, 1080)]), d.lin([(0, "#ffe8c0", 0.22), (100, "#ffe8c0", 0)]))
    d.path(poly([(1040, 260), (1120, 260), (1100, 1080), (820, 1080)]), d.lin([(0, "#ffe8c0", 0.14), (100, "#ffe8c0", 0)]))
    # floor: polished dark wood, reflections
    d.path(poly([(700, 610), (1220, 610), (BW, BH), (0, BH)]), d.lin([(0, "#2a2024"), (100, "#0e0a0c")]))
    d.path("".join("M%.1f 610L%d %d" % (VX + (x - VX) * 0.28, x, BH) for x in range(-1600, 3600, 200)), stroke="#000000", stroke_width=3, opacity=0.5)
    d.path("".join("M%.1f %dL%.1f %d" % (VX - (VX - 700) * ((y - VY) / (610 - VY)), y, VX + (1220 - VX) * ((y - VY) / (610 - VY)), y) for y in (650, 720, 820, 960)),
           stroke="#000000", stroke_width=2, opacity=0.4)
    # ceiling coffers
    d.path(poly([(0, 0), (BW, 0), (1220, 230), (700, 230)]), d.lin([(0, "#050406"), (100, "#1a1418")]))
    d.path("".join("M%d 0L%.1f 230" % (x, VX + (x - VX) * 0.27) for x in range(-600, 2600, 240)), stroke="#2a2024", stroke_width=6)
    # pillars receding in two rows
    for i, t in enumerate((1.0, 0.62, 0.42, 0.3)):
        for s in (-1, 1):
            xc = VX + s * (900 * t + 60)
            w = 120 * t
            top, bot = VY - (VY + 40) * t, VY + (BH - VY + 40) * t * 1.02
            shade = d.lin([(0, "#4a3a34"), (35, "#2a201e"), (100, "#0a0808")], 0, 0, 100, 0) if s < 0 else d.lin([(0, "#3a2c28"), (50, "#1a1414"), (100, "#060505")], 0, 0, 100, 0)
            d.rect(xc - w / 2, top, w, bot - top, shade, stroke=INK if t == 1.0 else None, stroke_width=3 if t == 1.0 else None)
            d.rect(xc - w / 2 - 8 * t, bot - 30 * t, w + 16 * t, 30 * t, "#1a1210")
            d.ellipse(xc, bot + 6, w * 0.8, 10 * t, "#000000", opacity=0.5)
    # red-black banners hanging between the nearest pillars
    for x in (300, 1560):
        d.path(poly([(x, 0), (x + 60, 0), (x + 60, 520), (x + 30, 490), (x, 520)]), d.lin([(0, "#5a1018"), (100, "#1e0408")]), stroke=INK, stroke_width=2)
    d.rect(0, 0, BW, BH, d.rad([(0, "#000000", 0), (55, "#000000", 0.1), (100, "#000000", 0.8)], 960, 480, 1100, user=True))
    return d


# ---------------------------------------------------- HUECO MUNDO ----
def quartz_tree(d, x, y, h, rnd, scale=1.0, col=("#ffffff", "#b8bcc8"), sw=2.5):
    g = d.lin([(0, col[0]), (100, col[1])], 0, 0, 100, 0)
    segs = []

    def branch(x0, y0, ang, length, width, depth):
        x1 = x0 + length * math.cos(ang)
        y1 = y0 + length * math.sin(ang)
        nx, ny = -math.sin(ang) * width / 2, math.cos(ang) * width / 2
        w2 = width * 0.55
        mx, my = -math.sin(ang) * w2 / 2, math.cos(ang) * w2 / 2
        segs.append([(x0 + nx, y0 + ny), (x1 + mx, y1 + my), (x1 - mx, y1 - my), (x0 - nx, y0 - ny)])
        if depth > 0:
            for da in (-0.5 - rnd.random() * 0.3, 0.45 + rnd.random() * 0.3):
                branch(x1, y1, ang + da, length * (0.62 + rnd.random() * 0.15), w2, depth - 1)
        else:
            segs.append([(x1 + mx, y1 + my), (x1 + 18 * scale * math.cos(ang), y1 + 18 * scale * math.sin(ang)), (x1 - mx, y1 - my)])
    branch(x, y, -math.pi / 2 + rnd.uniform(-0.1, 0.1), h * 0.4, h * 0.13, 3)
    d.path("".join(poly(s) for s in segs), g, stroke=INK, stroke_width=sw, stroke_linejoin="round")


def dunes(d, y0, amp, col, rnd, n=6, op=1.0, stroke=None):
    pts = [(-100, 1100, 0)]
    for i in range(n + 1):
        x = -100 + i * 2120 / n
        pts.append((x, y0 + rnd.uniform(-amp, amp)))
    pts.append((2020, 1100, 0))
    d.path(smooth(pts), col, opacity=op, stroke=stroke, stroke_width=2 if stroke else None)


def hueco(kind):
    d = Doc(BW, BH)
    rnd = random.Random(7)
    red = kind == "red"
    close = kind == "blood"
    if red:
        sky(d, [(0, "#1a0004"), (40, "#6a0812"), (75, "#b81c24"), (100, "#e8603a")])
    else:
        sky(d, [(0, "#000000"), (70, "#06060a"), (100, "#14141c")])
    # stars are absent in Hueco Mundo; only the crescent
    mx, my = (1450, 230) if not close else (1500, 170)
    glow(d, mx, my, 260, "#ffd0c0" if red else "#dfe6ff", 0.35)
    crescent(d, mx, my, 90, 34, "#fff0e0" if red else "#f4f6ff", rot=-25)
    sand = (["#ffe0d4", "#e8a8a0", "#b06a6a"] if red else ["#ffffff", "#e4e6ee", "#b8bcc8"])
    far = "#a07078" if red else "#9498a8"
    hz = 640 if not close else 520
    dunes(d, hz - 20, 20, d.lin([(0, far), (100, sand[2])]), rnd, 5, 0.8)
    # far dead trees
    for x in (180, 520, 1180, 1720):
        quartz_tree(d, x, hz + 10, 160 + rnd.uniform(0, 80), rnd, 0.5, ("#e8e8f0", "#a0a4b4") if not red else ("#f4d0c8", "#a06060"), 1.5)
    dunes(d, hz + 40, 30, d.lin([(0, sand[1]), (100, sand[2])]), rnd, 4)
    # near tree
    quartz_tree(d, 300 if not close else 1700, hz + 260, 600 if not close else 720, rnd, 1.2, ("#ffffff", "#9ea2b4") if not red else ("#ffe8e0", "#b06868"), 3)
    dunes(d, hz + 180, 40, d.lin([(0, sand[0]), (100, sand[1])]), rnd, 3, stroke=None)
    # wind ripples in the sand
    d.path("".join("M%d %dQ%d %d %d %d" % (x, y, x + 80, y - 8, x + 160, y) for x, y in [(rnd.uniform(0, 1800), rnd.uniform(hz + 220, 1060)) for _ in range(26)]),
           stroke=sand[2], stroke_width=2.5, opacity=0.6)
    # shadow side of the dunes (light from the moon, upper right here)
    d.path(smooth([(-100, 1100, 0), (-100, hz + 260), (400, hz + 300), (900, 1100, 0)]), "#3a3a5a" if not red else "#5a1010", opacity=0.18)
    if close:
        # the bloodied sand where she falls
        d.ellipse(960, 930, 420, 90, d.rad([(0, "#6a0612"), (55, "#8e0f1c"), (85, "#b81c2c", 0.8), (100, "#b81c2c", 0)]))
        for _ in range(22):
            a = rnd.uniform(0, 2 * math.pi)
            r = rnd.uniform(380, 640)
            d.ellipse(960 + r * math.cos(a), 930 + r * 0.22 * math.sin(a), rnd.uniform(6, 22), rnd.uniform(3, 8), "#9a1020", opacity=0.85)
        d.path(smooth([(620, 930), (700, 880), (860, 862), (1000, 876), (1120, 860), (1300, 900), (1260, 960), (1100, 990), (900, 1000), (720, 980)]), d.lin([(0, "#b0182a"), (100, "#5a0410")]), stroke="#3a0008", stroke_width=2, opacity=0.9)
        d.path(smooth([(760, 900), (900, 884), (1100, 890), (1180, 920), (980, 950), (800, 940)]), "#4a0208", opacity=0.6)
        d.ellipse(880, 905, 90, 10, "#ff6070", opacity=0.35)
        # a broken sword stuck in the sand
        d.open_g("translate(1280,880) rotate(14)")
        d.path(poly([(-6, 0), (6, 0), (6, -150), (0, -180), (-6, -160)]), d.lin([(0, "#ffffff"), (100, "#8a90a0")], 0, 0, 100, 0), stroke=INK, stroke_width=2)
        d.rect(-24, -4, 48, 12, "#c9a75a", stroke=INK, stroke_width=2)
        d.rect(-7, 8, 14, 90, "#4e7aa8", stroke=INK, stroke_width=2)
        d.close_g()
    if red:
        d.rect(0, 0, BW, BH, d.lin([(0, "#ff2020", 0.0), (100, "#400000", 0.35)]))
    vignette(d, 0.7 if not red else 0.6)
    return d


# ---------------------------------------------------------- FOREST ----
def forest():
    d = Doc(BW, BH)
    rnd = random.Random(11)
    sky(d, [(0, "#0a1018"), (50, "#1a2a30"), (100, "#2a3a3a")])
    glow(d, 1300, 200, 600, "#a8c8c8", 0.35)
    # far trunks in mist
    for layer, (col, op, wmin, n) in enumerate((("#4a5e62", 0.6, 20, 14), ("#2a3a3e", 0.8, 40, 9), ("#10181a", 1.0, 90, 5))):
        xs = sorted(rnd.uniform(-50, 1970) for _ in range(n))
        for x in xs:
            if layer == 2 and 700 < x < 1300:
                continue
            w = rnd.uniform(wmin, wmin * 1.8)
            lean = rnd.uniform(-30, 30)
            g = d.lin([(0, col), (100, "#05080a")], 0, 0, 100, 0) if layer == 2 else col
            d.path(smooth([(x - w / 2, 1100, 0), (x - w / 2 + lean * 0.5, 600), (x - w * 0.4 + lean, -20, 0), (x + w * 0.4 + lean, -20, 0), (x + w / 2 + lean * 0.5, 600), (x + w / 2 + 20, 1100, 0)]),
                   g, opacity=op, stroke=INK if layer == 2 else None, stroke_width=3 if layer == 2 else None)
            if layer == 2:
                d.path(smooth([(x - w * 0.3, 1000), (x - w * 0.35 + lean * 0.4, 500), (x - w * 0.3 + lean * 0.9, 50)], False), stroke="#5a6e70", stroke_width=4, opacity=0.5)
        # mist band between layers
        d.rect(0, 500 + layer * 120, BW, 400, d.lin([(0, "#9ab4b4", 0), (50, "#9ab4b4", 0.22), (100, "#9ab4b4", 0)]))
    # the nearest trunk, left, scored by the Hollow's claws
    d.path(smooth([(40, 1100, 0), (70, 600), (50, -20, 0), (250, -20, 0), (220, 600), (260, 1100, 0)]), d.lin([(0, "#2a3436"), (60, "#0c1214"), (100, "#050708")], 0, 0, 100, 0), stroke=INK, stroke_width=3)
    d.path(smooth([(88, 1000), (96, 500), (80, 40)], False), stroke="#6a7e80", stroke_width=5, opacity=0.5)
    for i in range(3):
        d.path(smooth([(110 + i * 26, 520 + i * 12, 0), (126 + i * 26, 600 + i * 12), (146 + i * 26, 700 + i * 12, 0), (134 + i * 26, 610 + i * 12)]), "#c8d4c4", stroke="#3a2a20", stroke_width=1.5, opacity=0.9)
    # torn foliage hanging from the top
    for x in range(-60, 2000, 150):
        y = rnd.uniform(40, 200)
        pts = [(x - 120, -20), (x + 160, -20), (x + 120, y * 0.6), (x + 90, y), (x + 40, y * 0.7), (x, y + 30), (x - 40, y * 0.6), (x - 90, y * 0.9)]
        d.path(smooth(pts), d.lin([(0, "#1e3a2a"), (100, "#0a1610")]), stroke=INK, stroke_width=2)
    # ground
    d.path(smooth([(-100, 1100, 0), (-100, 900), (500, 870), (1100, 900), (1600, 860), (2020, 900), (2020, 1100, 0)]), d.lin([(0, "#1e2a22"), (100, "#080c0a")]))
    # torn leaves and broken branches on the ground
    for _ in range(30):
        x, y = rnd.uniform(0, 1920), rnd.uniform(900, 1070)
        a = rnd.uniform(0, 180)
        d.open_g("translate(%.0f,%.0f) rotate(%.0f)" % (x, y, a))
        d.path(smooth([(0, 0, 0), (10, -6), (24, 0, 0), (10, 6)]), "#2a4a30" if rnd.random() < 0.6 else "#5a4a2a", opacity=0.9)
        d.close_g()
    d.path(poly([(1400, 980), (1700, 940), (1704, 950), (1404, 992)]), "#2a1e14", stroke=INK, stroke_width=2)
    # moonlight shafts
    d.path(poly([(1180, -10), (1320, -10), (1000, 1080), (760, 1080)]), d.lin([(0, "#d8f0f0", 0.18), (100, "#d8f0f0", 0)]))
    d.path(poly([(1450, -10), (1520, -10), (1360, 1080), (1240, 1080)]), d.lin([(0, "#d8f0f0", 0.12), (100, "#d8f0f0", 0)]))
    d.rect(0, 860, BW, 220, d.lin([(0, "#b4c8c8", 0), (60, "#b4c8c8", 0.25), (100, "#b4c8c8", 0.1)]))
    vignette(d, 0.7)
    return d


BGS = {
    "bg home night": lambda: home("night"),
    "bg home evening": lambda: home("evening"),
    "bg squad six barracks": barracks,
    "bg relief station": relief,
    "bg first division office": office,
    "bg hueco mundo": lambda: hueco("plain"),
    "bg hueco mundo blood": lambda: hueco("blood"),
    "bg hueco mundo red": lambda: hueco("red"),
    "bg forest": forest,
}
