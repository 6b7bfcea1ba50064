"""Two CGs built from the sprites' drawings, 1920x1080:

- cg espada over  chapter 2, "The Quinta Espada was standing over the poor girl's corpse
                  with a wide grin on his face": a low shot across Tsukino's covered body
                  lying in her blood in the foreground, the Espada standing right behind
                  it (the `espada grin` sprite), the night desert and the moon behind.

Chapter 4's fight, in the night forest (bg forest's drawing, its moon at the upper right):

- cg vasto wind   "let it take his blood where it would": Lieutenant Izumo's blade
                  bleeds (his zanpakuto fights with his own blood) and the blood leaves
                  it in a ribbon that Kaori's wind, sweeping from her raised blade,
                  carries up and round toward the Hollow; the Hollow still whole.
- cg vasto        "tearing apart the Hollow quickly": the same frame a moment later: the
                  ribbon has broken into crescent blades of blood riding the wind, and
                  they have cut the Hollow apart (`hollow torn`: its forearm flung off,
                  gashes, the mask split).

The figures are the sprites' own drawings (the Hollow at the left, Izumo between it
and Kaori, as on the stand-between path), merged and dimmed into the night; the wind
and the blood glow over them.  Everything that matters is above y 790.
"""
import math
import random

from svg import Doc, INK
import chars as C
import chars2 as C2
import backgrounds as B
import cgbody as K
from cgs_action import merge
from game.scene.canvas import CANVAS  # noqa: E402

CW, CH = CANVAS
HOLLOW_T = "translate(-20,176) scale(0.91)"
IZUMO_T = "translate(690,150) scale(0.93)"
KAORI_T = "translate(1336,166) scale(0.91)"


def at(t, x, y):
    """A sprite-space point under one of the transforms above, in CG pixels."""
    tx, ty, s = {"h": (-20, 176, 0.91), "i": (690, 150, 0.93), "k": (1336, 166, 0.91)}[t]
    return tx + x * s, ty + y * s


def ribbon(d, pts, w0, w1, fill, op=1.0, stroke=None):
    """A tapering band along pts, w0 wide at the start, w1 at the end."""
    n = len(pts)
    widths = [w0 + (w1 - w0) * k / (n - 1) for k in range(n)]
    left = K.offset_line(pts, widths, 1)
    right = K.offset_line(pts, widths, -1)
    d.shape(left + list(reversed(right)), fill, stroke, 2.2 if stroke else None, opacity=op)


def blood_crescent(d, x, y, R, rot, rnd):
    """A crescent blade of blood in flight (its points trailing), with a glow and drops."""
    K.glow(d, x, y, R * 1.5, "#ff3040", 0.35)
    K.crescent(d, x, y, R, R * 0.38, d.lin([(0, "#ff7a86"), (40, "#d0182e"), (100, "#5a0010")], 0, 0, 100, 100), rot,
               stroke=C2.BLOOD_INK, stroke_width=2.2)
    for _ in range(4):
        a = math.radians(rot + 180 + rnd.uniform(-40, 40))
        r = R * rnd.uniform(1.0, 1.8)
        C2.drop(d, x + r * math.cos(a), y + r * math.sin(a), rnd.uniform(2.5, 5), "#c01028", C2.BLOOD_INK, rot + 90)


def wind(d, strands, op=0.5):
    """Her wind: pale translucent bands with a bright core line."""
    for pts, w in strands:
        ribbon(d, pts, w, 2, "#dff2ff", op * 0.55)
        d.line(pts, "#f4fbff", 2.4, opacity=op)


def cg_vasto(torn=True):
    d = Doc(CW, CH)
    merge(d, B.forest(), "translate(0,0)")
    merge(d, C2.hollow(torn), HOLLOW_T)
    # Izumo (lieutenant, sword drawn): the blade runs with his own blood
    merge(d, C.izumo("rage", "blade", True), IZUMO_T)
    hilt, tip = at("i", 226, 595), at("i", 35, 849)
    along = lambda t: (hilt[0] + (tip[0] - hilt[0]) * t, hilt[1] + (tip[1] - hilt[1]) * t)
    d.line([along(0.08), along(0.96)], "#c8142c", 9, opacity=0.85)
    d.line([along(0.1), along(0.9)], "#ff8a94", 2, opacity=0.7)
    for t in (0.3, 0.55, 0.8):
        x, y = along(t)
        C2.drip(d, x + 3, y + 4, 14, 5)
    # a cut across the back of his gripping hand: the blood his blade feeds on
    hx, hy = at("i", 196, 535)
    d.line([(hx - 16, hy - 10), (hx + 10, hy + 8)], "#b0122a", 4.5)
    C2.drip(d, hx, hy + 6, 22, 5)
    merge(d, C.kaori("blade", "past blade"), KAORI_T)
    # the night over the figures, so they sit in the forest's light
    d.rect(0, 0, CW, CH, "#1c2a4e", opacity=0.28)
    rnd = random.Random(4)
    ktip = at("k", 122, 223)
    # her wind: from her raised blade, over his head and round toward the Hollow
    wind(d, [([ktip, (1300, 230), (1080, 150), (860, 160), (680, 240), (560, 380), (520, 520)], 26),
             ([(ktip[0] + 10, ktip[1] + 40), (1300, 330), (1180, 420), (1000, 520), (840, 560), (700, 520)], 18),
             ([(1520, 210), (1360, 150), (1140, 120), (900, 150), (700, 230)], 14)], 0.55)
    # his blood leaving the blade, lifted on the wind
    base = along(0.5)
    path = [base, (770, 700), (700, 600), (660, 470), (680, 330), (760, 220), (860, 170)]
    red = d.lin([(0, "#e0203a"), (60, "#a00c22"), (100, "#5a0010")], 0, 0, 100, 100)
    if not torn:   # a moment before: the ribbon still whole, swept up and round toward the Hollow
        path += [(780, 150), (660, 180), (560, 250)]
        ribbon(d, path, 5, 12, red, 0.95, C2.BLOOD_INK)
        for k in range(3):   # the first blades breaking off its end, flying at the Hollow
            blood_crescent(d, 500 - k * 50, 300 + k * 60, 52 - k * 6, 160 + k * 12, rnd)
    else:          # the ribbon broken into blades of blood, cutting through the Hollow
        ribbon(d, path[:5], 5, 9, red, 0.95, C2.BLOOD_INK)
        for x, y, R, rot in ((740, 200, 56, 176), (560, 260, 66, 196), (420, 420, 62, 150), (250, 300, 54, 206), (160, 560, 50, 140)):
            blood_crescent(d, x, y, R, rot, rnd)
        # the arcs the blades cut through the Hollow
        for pts in (((560, 250), (380, 380), (170, 560)), ((620, 420), (420, 470), (220, 600))):
            d.line(list(pts), "#ffd0d6", 3, opacity=0.7)
    # torn leaves in the wind
    for _ in range(14):
        x, y = rnd.uniform(450, 1500), rnd.uniform(120, 700)
        d.open_g("translate(%.0f,%.0f) rotate(%.0f)" % (x, y, rnd.uniform(0, 360)))
        d.shape([(0, 0, 0), (8, -4), (18, 0, 0), (8, 4)], "#5a8a6a", INK, 1)
        d.close_g()
    return d   # no vignette of its own: bg forest's already closes the edges (a full-canvas layer costs nanosvg 15-35 ms)


def cg_espada_over():
    import cgs_grief as CG
    d = Doc(CW, CH)
    CG.desert(d, seed=6)
    merge(d, C2.espada("grin"), "translate(700,40) scale(0.86)")
    # the near rise of sand she lies on: its crest hides his legs below the knee
    d.ellipse(1000, 668, 330, 26, "#2a2c40", opacity=0.35)   # his shadow on the crest, toward us
    K.dune_band(d, 676, 10, d.lin([(0, "#f4f5fa"), (30, "#d8dae6"), (100, "#9a9eb2")], 0, 0, 0, 100), random.Random(3), 4, stroke="#8e92a6", sw=2.5)
    K.blood_pool(d, 1010, 742, 420, 40, seed=5)
    pal = dict(ink="#120608", haori="#f4f4f8", haori_sh="#c8cad8", blood="#7a0612", black=[(0, "#3a3846"), (100, "#111017")],
               hair=[(0, "#4a5a8c"), (35, "#232a48"), (100, "#0c0e1c")], skin="#f2cdb5",
               cloth=[(0, "#3a3440"), (100, "#14121a")], crest="#c0c8e0")
    B.tsukino_covered(d, 1000, 712, 330, pal)
    for x, y, r in ((640, 760, 5), (700, 776, 4), (1380, 768, 6), (1430, 752, 4)):
        d.ellipse(x, y, r * 2, r * 0.7, "#7a0612", opacity=0.9)
    d.rect(0, 0, CW, CH, "#1c2a4e", opacity=0.2)   # the moonlight on him
    CG.light(d)
    return d


IMAGES = [("cg", "cg espada over", cg_espada_over), ("cg", "cg vasto wind", lambda: cg_vasto(False)), ("cg", "cg vasto", lambda: cg_vasto(True))]
