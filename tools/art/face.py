"""Faces: eyes, brows, mouths, tears, blood — the only layer that changes
between expressions of one character."""
from svg import INK

SKIN = {"hi": "#fbe6d6", "mid": "#f2cdb5", "sh": "#d9a08c", "deep": "#b97a6c", "blush": "#f08a8a"}


def eye(d, ex, ey, w, h, s, iris, ex_=None):
    """One anime eye. s=+1: viewer-left eye (inner corner at +x), s=-1 right eye.
    iris: (dark, light, pupil, glint).  ex_: expression dict."""
    e = ex_ or {}
    state = e.get("eye", "open")
    lid_in, lid_out = e.get("lid_in", 0.0), e.get("lid_out", 0.0)
    look_x, look_y = e.get("look", (0, 0))
    sw = e.get("lash_w", 1.0)
    O = (ex - s * w / 2, ey + 2)
    I = (ex + s * w / 2, ey + 3)
    if state == "happy":  # closed, curved up  ^
        d.line([(O[0], ey + 4), (ex - s * w * 0.05, ey - h * 0.32), (I[0], ey + 5)], INK, 4.5 * sw)
        d.line([(O[0] - s * 2, ey + 3), (O[0] - s * 9, ey - 1)], INK, 3)
        return
    if state == "closed":  # calm closed, curved down
        d.line([(O[0], ey), (ex, ey + h * 0.28), (I[0], ey + 1)], INK, 4.5 * sw)
        d.line([(O[0] + s * 2, ey + 2), (O[0] - s * 6, ey + 7)], INK, 2.5)
        return
    if state == "squeeze":  # shut tight  > <
        d.line([(O[0], ey - h * 0.3), (I[0] - s * 4, ey + 1, 0), (O[0] + s * 2, ey + h * 0.35)], INK, 4.5, sm=False)
        return
    # open eye ---------------------------------------------------------
    top = [O, (ex - s * w * 0.22, ey - h * 0.5), (ex + s * w * 0.22, ey - h * 0.48), I]
    bot = [I, (ex + s * w * 0.18, ey + h * 0.42), (ex - s * w * 0.2, ey + h * 0.40), O]
    white = [(O[0], O[1], 0)] + top[1:3] + [(I[0], I[1], 0)] + bot[1:3]
    d.shape(white, d.lin(e.get("sclera", [(0, "#cfc6d3"), (45, "#fbf8f6"), (100, "#ffffff")])))
    # iris
    irx = w * e.get("iris", 0.27)
    iry = h * 0.44 * e.get("iris_h", 1.0)
    icx, icy = ex + s * w * 0.04 + look_x, ey + h * 0.04 + look_y
    d.ellipse(icx, icy, irx, iry, d.lin([(0, iris[0]), (55, iris[0]), (100, iris[1])]), stroke=INK, stroke_width=1.5)
    if e.get("pupil", True):
        d.ellipse(icx, icy - iry * 0.05, irx * 0.45, iry * 0.55, iris[2])
    # iris lower glow
    d.ellipse(icx, icy + iry * 0.45, irx * 0.7, iry * 0.35, iris[3], opacity=0.55)
    if e.get("lid_low"):  # the lower lid pushed up (a squint: fierce or tired)
        dl = e["lid_low"] * h
        d.shape([(I[0] + s * 2, I[1] + 1, 0), (ex + s * w * 0.18, ey + h * 0.42 - dl), (ex - s * w * 0.2, ey + h * 0.40 - dl), (O[0] - s * 3, O[1] + 1, 0),
                 (ex - s * w * 0.2, ey + h * 0.8), (ex + s * w * 0.2, ey + h * 0.8)], e.get("lid_col", SKIN["mid"]))
    # lowered lid (skin cover) + lash line
    dyi, dyo = lid_in * h, lid_out * h
    if dyi or dyo:
        lash = [(O[0], O[1] + dyo * 0.15), (top[1][0], top[1][1] + dyo), (top[2][0], top[2][1] + dyi), (I[0], I[1] + dyi * 0.1)]
        cover = [(O[0] - s * 3, O[1] - 2, 0), (ex - s * w * 0.2, ey - h * 0.75), (ex + s * w * 0.2, ey - h * 0.75), (I[0] + s * 2, I[1] - 2, 0)] + list(reversed(lash[1:3]))
        d.shape(cover, e.get("lid_col", SKIN["mid"]))
        top = lash
    wing = (O[0] - s * w * 0.16, O[1] - h * 0.28 + (dyo * 0.3 if dyo else 0))
    up = [(p[0], p[1] - 3.2 * sw) for p in top]
    dn = [(p[0], p[1] + 1.2) for p in top]
    lashp = [(wing[0], wing[1], 0)] + up[:3] + [(I[0] + s * 2, I[1], 0)] + list(reversed(dn[1:3])) + [(O[0], O[1] + 2)]
    d.shape(lashp, INK)
    # lower lash
    if e.get("lid_low"):
        dl = e["lid_low"] * h
        d.line([(ex - s * w * 0.46, ey + h * 0.22), (ex - s * w * 0.05, ey + h * 0.44 - dl), (ex + s * w * 0.42, ey + h * 0.30 - dl * 0.6)], "#3a2228", 2.4)
        d.line([(ex - s * w * 0.3, ey + h * 0.62), (ex + s * w * 0.2, ey + h * 0.58)], SKIN["deep"], 1.4, opacity=0.7)  # the crease under it
    else:
        d.line([(ex - s * w * 0.38, ey + h * 0.36), (ex - s * w * 0.05, ey + h * 0.46), (ex + s * w * 0.25, ey + h * 0.40)], "#5a3a40", 1.8)
    if e.get("mark"):  # arrancar eye marking
        d.shape([(ex - s * w * 0.1, ey + h * 0.5), (ex + s * w * 0.02, ey + h * 0.5), (ex - s * w * 0.08, ey + h * 1.9, 0)], e["mark"], stroke=INK, sw=1.2)
    # glints (light from upper-left: same side on both eyes)
    if e.get("glint", True):
        d.circle(icx - irx * 0.38, icy - iry * 0.28 + (min(dyi, dyo) * 0.6), irx * 0.3, "#ffffff")
        d.circle(icx + irx * 0.4, icy + iry * 0.35, irx * 0.14, "#ffffff", opacity=0.9)


def brow(d, ex, ey, w, h, s, dy_in, dy_out, col, thick=5.0, lift=18):
    y0 = ey - h * 0.5 - lift
    outer = (ex - s * w * 0.6, y0 + dy_out + 6)
    mid = (ex - s * w * 0.05, y0 - 3 + (dy_in + dy_out) * 0.4)
    inner = (ex + s * w * 0.5, y0 + dy_in)
    up = [outer, (mid[0], mid[1] - thick * 0.5), (inner[0], inner[1] - thick * 0.5)]
    dn = [(inner[0] + s * 1, inner[1] + thick * 0.5), (mid[0], mid[1] + thick * 0.5)]
    d.shape([(outer[0], outer[1], 0)] + up[1:] + dn, col, stroke=INK, sw=1.2)


MOUTH_IN = "#6e1e2a"


def mouth(d, cx, my, kind, scale=1.0):
    k = scale
    X = lambda dx: cx + dx * k
    Y = lambda dy: my + dy * k
    if kind == "neutral":
        d.line([(X(-11), Y(0)), (X(0), Y(1.5)), (X(10), Y(-0.5))], "#7a3b3b", 2.6)
    elif kind == "flat":
        d.line([(X(-9), Y(0)), (X(9), Y(0))], "#7a3b3b", 2.4, sm=False)
    elif kind == "smile":
        d.line([(X(-15), Y(-4)), (X(-6), Y(2.5)), (X(6), Y(2.5)), (X(15), Y(-4))], "#7a3b3b", 2.8)
        d.line([(X(-4), Y(8)), (X(4), Y(8))], SKIN["sh"], 2)
    elif kind == "open_smile":  # a tender smile, lips parted: reads at game size where a line would not
        d.shape([(X(-21), Y(-5), 0), (X(-8), Y(-1)), (X(8), Y(-1)), (X(21), Y(-5), 0), (X(12), Y(9)), (X(0), Y(13)), (X(-12), Y(9))], MOUTH_IN, stroke=INK, sw=2.4)
        d.shape([(X(-15), Y(-2.5), 0), (X(0), Y(0)), (X(15), Y(-2.5), 0), (X(8), Y(3)), (X(-8), Y(3))], "#fbf4f4")
        d.shape([(X(-8), Y(9)), (X(0), Y(6)), (X(8), Y(9)), (X(0), Y(12))], "#c0505a")
        d.line([(X(-22), Y(-10)), (X(-26), Y(-4)), (X(-24), Y(1))], SKIN["sh"], 2.2)  # the near cheek lifted
    elif kind == "soft_smile":
        d.line([(X(-11), Y(-2)), (X(0), Y(3)), (X(11), Y(-2))], "#7a3b3b", 2.5)
    elif kind == "frown":
        d.line([(X(-10), Y(3)), (X(0), Y(-1)), (X(10), Y(3))], "#7a3b3b", 2.5)
    elif kind == "open_worry":
        d.shape([(X(-9), Y(1)), (X(0), Y(-3)), (X(9), Y(1)), (X(5), Y(7)), (X(-5), Y(7))], MOUTH_IN, stroke=INK, sw=2)
    elif kind == "cry":
        d.shape([(X(-16), Y(2), 0), (X(-6), Y(-5)), (X(6), Y(-5)), (X(16), Y(2), 0), (X(9), Y(14)), (X(-9), Y(14))], MOUTH_IN, stroke=INK, sw=2.4)
        d.shape([(X(-7), Y(11)), (X(0), Y(6)), (X(7), Y(11)), (X(0), Y(13.5))], "#c0505a")
        d.shape([(X(-12), Y(-1)), (X(0), Y(-4)), (X(12), Y(-1)), (X(0), Y(1))], "#f4eeee")
    elif kind == "grit":
        pts = [(X(-20), Y(0), 0), (X(-8), Y(-6)), (X(8), Y(-6)), (X(20), Y(0), 0), (X(10), Y(8)), (X(-10), Y(8))]
        d.shape(pts, "#f2eeee", stroke=INK, sw=2.6)
        d.line([(X(-19), Y(1)), (X(0), Y(0)), (X(19), Y(1))], "#7a6f78", 1.5)
        for dx in (-10, -3, 4, 11):
            d.line([(X(dx), Y(-5)), (X(dx), Y(6))], "#7a6f78", 1.3, sm=False)
    elif kind == "laugh":
        pts = [(X(-26), Y(-6), 0), (X(0), Y(-4)), (X(26), Y(-6), 0), (X(16), Y(20)), (X(0), Y(28)), (X(-16), Y(20))]
        d.shape(pts, MOUTH_IN, stroke=INK, sw=2.6)
        d.shape([(X(-12), Y(20)), (X(0), Y(13)), (X(12), Y(20)), (X(0), Y(26))], "#c0505a")
        d.shape([(X(-23), Y(-5), 0), (X(0), Y(-3)), (X(23), Y(-5), 0), (X(12), Y(1)), (X(-12), Y(1))], "#fbf4f4")
    elif kind == "grin":  # cruel cheek-to-cheek grin
        pts = [(X(-40), Y(-14), 0), (X(-20), Y(2)), (X(0), Y(5)), (X(20), Y(2)), (X(40), Y(-14), 0), (X(22), Y(14)), (X(0), Y(19)), (X(-22), Y(14))]
        d.shape(pts, "#f6f1ea", stroke=INK, sw=2.8)
        d.line([(X(-36), Y(-9)), (X(-18), Y(5.5)), (X(0), Y(9)), (X(18), Y(5.5)), (X(36), Y(-9))], "#3a2a30", 2.2)
        teeth = "".join("M%.1f %.1fL%.1f %.1f" % (X(dx), Y(abs(dx) * -0.28 + 0), X(dx), Y(abs(dx) * -0.12 + 15)) for dx in (-28, -19, -10, 0, 10, 19, 28))
        d.path(teeth, stroke="#3a2a30", stroke_width=1.6)
    elif kind == "pain":
        pts = [(X(-20), Y(2), 0), (X(-8), Y(-4)), (X(8), Y(-6)), (X(22), Y(-2), 0), (X(12), Y(9)), (X(-10), Y(9))]
        d.shape(pts, "#f2eeee", stroke=INK, sw=2.6)
        d.line([(X(-19), Y(2)), (X(0), Y(1)), (X(20), Y(-1))], "#6a2f3a", 2.2)
        for dx in (-10, -2, 7, 14):
            d.line([(X(dx), Y(-4)), (X(dx), Y(8))], "#9a8f98", 1.2, sm=False)
    elif kind == "yell":  # a long scream: wide open, both rows of teeth, tongue
        pts = [(X(-24), Y(-4), 0), (X(-10), Y(-9)), (X(10), Y(-9)), (X(24), Y(-4), 0), (X(18), Y(18)), (X(0), Y(26)), (X(-18), Y(18))]
        d.shape(pts, MOUTH_IN, stroke=INK, sw=2.6)
        d.shape([(X(-13), Y(20)), (X(0), Y(12)), (X(13), Y(20)), (X(0), Y(24.5))], "#c0505a")
        d.shape([(X(-21), Y(-4), 0), (X(0), Y(-8)), (X(21), Y(-4), 0), (X(12), Y(0)), (X(-12), Y(0))], "#f6f0f0")
        d.shape([(X(-16), Y(16), 0), (X(0), Y(19)), (X(16), Y(16), 0), (X(8), Y(21)), (X(-8), Y(21))], "#e8e0e2")
    elif kind == "blurt":  # "I'm sorry, Captain!": open, eager, a little lopsided
        X = lambda dx: cx + dx * k * 1.25
        Y = lambda dy: my + dy * k * 1.25
        pts = [(X(-14), Y(-2), 0), (X(0), Y(-5)), (X(14), Y(-3), 0), (X(9), Y(11)), (X(0), Y(14)), (X(-9), Y(10))]
        d.shape(pts, MOUTH_IN, stroke=INK, sw=2.4)
        d.shape([(X(-7), Y(10)), (X(0), Y(6)), (X(7), Y(10)), (X(0), Y(12.5))], "#c0505a")
        d.shape([(X(-11), Y(-2)), (X(0), Y(-4)), (X(11), Y(-2)), (X(0), Y(0.5))], "#f4eeee")
    elif kind == "shout":  # a fierce battle cry: squared, teeth bared top and bottom
        pts = [(X(-17), Y(-4), 0), (X(0), Y(-3)), (X(17), Y(-4), 0), (X(12), Y(9), 0), (X(0), Y(11)), (X(-12), Y(9), 0)]
        d.shape(pts, MOUTH_IN, stroke=INK, sw=2.3)
        d.shape([(X(-15), Y(-3.5), 0), (X(0), Y(-2.5)), (X(15), Y(-3.5), 0), (X(11), Y(0.5), 0), (X(-11), Y(0.5), 0)], "#f6f0f0")
        d.shape([(X(-10), Y(8), 0), (X(0), Y(6)), (X(10), Y(8), 0), (X(0), Y(10.5))], "#ece4e6")
    elif kind == "roar":  # a battle cry through bared teeth: wide, the corners dragged down, both rows of teeth
        pts = [(X(-20), Y(3), 0), (X(-11), Y(-5)), (X(0), Y(-6.5)), (X(11), Y(-5)), (X(20), Y(3), 0), (X(13), Y(14)), (X(0), Y(16)), (X(-13), Y(14))]
        d.shape(pts, MOUTH_IN, stroke=INK, sw=2.5)
        d.shape([(X(-17), Y(1), 0), (X(-10), Y(-4)), (X(0), Y(-5.2)), (X(10), Y(-4)), (X(17), Y(1), 0), (X(9), Y(1.4)), (X(0), Y(0.4)), (X(-9), Y(1.4))], "#f6f0f0")
        d.shape([(X(-12), Y(12.6), 0), (X(0), Y(14.6)), (X(12), Y(12.6), 0), (X(8), Y(9.4)), (X(0), Y(8.6)), (X(-8), Y(9.4))], "#ece4e6")
        for dx in (-6, 0, 6):
            d.line([(X(dx), Y(-4.6)), (X(dx * 1.05), Y(0.8))], "#b8aab0", 1, sm=False)
        for sx in (-1, 1):  # strain at the corners
            d.line([(X(sx * 23), Y(0)), (X(sx * 26), Y(8))], SKIN["deep"], 1.6)
    elif kind == "pant":  # out of breath: open, round, the tongue low in it
        X = lambda dx: cx + dx * k * 1.3
        Y = lambda dy: my + dy * k * 1.3
        pts = [(X(-11), Y(0), 0), (X(-5), Y(-5)), (X(5), Y(-5)), (X(11), Y(0), 0), (X(7), Y(10)), (X(0), Y(12.5)), (X(-7), Y(10))]
        d.shape(pts, MOUTH_IN, stroke=INK, sw=2.3)
        d.shape([(X(-6), Y(10)), (X(0), Y(5.5)), (X(6), Y(10)), (X(0), Y(11.8))], "#c0505a")
        d.shape([(X(-8), Y(-2)), (X(0), Y(-4)), (X(8), Y(-2)), (X(0), Y(-0.6))], "#f4eeee")
    elif kind == "pained_smile":
        d.line([(X(-13), Y(-1)), (X(-4), Y(3)), (X(5), Y(2.5)), (X(13), Y(-2))], "#7a3b3b", 2.5)
        d.line([(X(-3), Y(7)), (X(3), Y(7))], SKIN["sh"], 1.8)


def tears(d, pts_list):
    for pts in pts_list:
        # a stream: pts along the cheek; width tapering
        left = [(x - 3.2 + i * 0.2, y) for i, (x, y) in enumerate(pts)]
        right = [(x + 3.2 - i * 0.2, y) for i, (x, y) in reversed(list(enumerate(pts)))]
        d.shape(left + right, "#cfe9ff", stroke="#6f9ccc", sw=1.2, opacity=0.85)
        x, y = pts[-1]
        d.shape([(x, y - 4), (x + 5, y + 5), (x, y + 10), (x - 5, y + 5)], "#d8efff", stroke="#6f9ccc", sw=1.2)
        d.line([(pts[0][0] - 1, pts[0][1] + 4), (pts[1][0] - 1, pts[1][1])], "#ffffff", 1.5)


def blush(d, cx, y, dx, r=16, op=0.35):
    for s in (-1, 1):
        d.ellipse(cx + s * dx, y, r, r * 0.45, d.rad([(0, SKIN["blush"], op), (100, SKIN["blush"], 0)]))
        d.line([(cx + s * dx - 6, y - 2), (cx + s * dx - 10, y + 3)], "#e07070", 1.4, opacity=0.6)
        d.line([(cx + s * dx + 2, y - 2), (cx + s * dx - 2, y + 3)], "#e07070", 1.4, opacity=0.6)


def sweat(d, x, y, sc=1.0):
    d.shape([(x, y - 10 * sc), (x + 6 * sc, y + 4 * sc), (x, y + 9 * sc), (x - 6 * sc, y + 4 * sc)], "#e4f3ff", stroke="#7aa6d6", sw=1.4)


def blood_trickle(d, pts, w=4.0):
    left = [(x - w / 2 * (1 - i / len(pts) * 0.5), y) for i, (x, y) in enumerate(pts)]
    right = [(x + w / 2 * (1 - i / len(pts) * 0.5), y) for i, (x, y) in reversed(list(enumerate(pts)))]
    d.shape(left + right, d.lin([(0, "#b3142a"), (100, "#6e0814")]), stroke="#4a0610", sw=1)
    x, y = pts[-1]
    d.ellipse(x, y + 2, w * 0.7, w * 0.9, "#8e0f1c")


def blood_smear(d, cx, cy, rx, ry, rot=0, op=0.85):
    import math
    pts = []
    import random
    rnd = random.Random(int(cx * 7 + cy * 13))
    for i in range(9):
        a = 2 * math.pi * i / 9
        k = 0.75 + rnd.random() * 0.45
        x, y = rx * k * math.cos(a), ry * k * math.sin(a)
        c, s = math.cos(rot), math.sin(rot)
        pts.append((cx + x * c - y * s, cy + x * s + y * c))
    d.shape(pts, d.lin([(0, "#c41c30"), (100, "#7a0a18")], 0, 0, 100, 100), opacity=op)
