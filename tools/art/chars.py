"""Character sprites: one body per character, faces as swappable layers.

Every sprite is drawn in a 600x1000 frame (the Hollow 700x1000), feet of the
frame = bottom edge, character centre x=300 (cx).  Light from upper-left.
"""
from svg import Doc, INK, sym
import face as F
from face import SKIN
import pose as P
from game.scene.canvas import SPRITE_SIZE  # noqa: E402

_FING = {k: v[0] for k, v in P._F.items()}

W, H = SPRITE_SIZE  # the canvas each sprite is drawn on
CX = 300
OUT = 3.2  # outline width for sprites

BLACK = [(0, "#3a3846"), (45, "#22202b"), (100, "#111017")]
WHITE = [(0, "#ffffff"), (55, "#eeeef2"), (100, "#c4c6d6")]
SKIN_G = [(0, SKIN["hi"]), (60, SKIN["mid"]), (100, "#e7b8a0")]


def g_diag(d, stops):
    return d.lin(stops, 0, 0, 100, 100)


# ---------------------------------------------------------------- body ---
BELLY = (CX + 4, 614, 76, 90)  # the curve of her belly in body space: centre and radii (its lowest line at body y 706 = canvas y 685)


def belly_high(d):
    """Six months: the black kimono over the round belly under a high obi
    (drawn after the haori so its sides come forward over the haori's edges),
    modelled as cloth on a body: the sides bowing out, a broad soft light on
    its upper left, the folds pulled round it from the obi, the shade of its
    underside at the lower right, and the cloth falling straight from its
    lowest line to the hem (no closed outline at the bottom: not a sack).
    The obi is drawn over its top (body space)."""
    bx, by, rx, ry = BELLY
    k = BLACK
    # the kimono's front over the curve: from under the obi, out round the sides, then falling to the hem
    front = [(bx - rx * 0.84, 506, 0), (bx - rx * 0.94, by - ry * 0.4), (bx - rx * 1.0, by + ry * 0.2), (bx - rx * 0.9, by + ry * 0.66), (bx - rx * 0.74, by + ry * 0.98),
             (bx - rx * 0.7, 1000, 0), (bx + rx * 0.76, 1000, 0), (bx + rx * 0.8, by + ry * 0.98), (bx + rx * 0.94, by + ry * 0.66), (bx + rx * 1.02, by + ry * 0.2),
             (bx + rx * 0.96, by - ry * 0.4), (bx + rx * 0.86, 506, 0)]
    d.shape(front, d.lin([(0, "#2e2c3a"), (50, "#1e1c27"), (100, "#111017")], 0, 0, 100, 100), INK, OUT)
    # the light on the dome, soft-edged, its brightest spot high on the left
    d.ellipse(bx - 12, by - 4, rx * 0.8, ry * 0.86, d.rad([(0, "#8e8ca4", 0.85), (35, "#64627a", 0.7), (70, "#3c3a4c", 0.45), (100, "#2a2834", 0)], 36, 34, 68))
    # the shade of its underside, low on the right, and the shadow where the cloth leaves it
    d.shape([(bx + rx * 0.96, by - ry * 0.1), (bx + rx * 0.9, by + ry * 0.62), (bx + rx * 0.5, by + ry * 0.94), (bx - rx * 0.2, by + ry * 1.0), (bx - rx * 0.7, by + ry * 0.9),
             (bx - rx * 0.2, by + ry * 0.84), (bx + rx * 0.4, by + ry * 0.7), (bx + rx * 0.74, by + ry * 0.3)], "#0a090e", opacity=0.5)
    d.shape([(bx - rx * 0.72, by + ry * 0.98), (bx, by + ry * 1.06), (bx + rx * 0.78, by + ry * 0.98), (bx + rx * 0.74, by + ry * 1.3), (bx, by + ry * 1.34),
             (bx - rx * 0.68, by + ry * 1.26)], "#060509", opacity=0.45)
    # folds pulled from under the obi round the curve (lit on the left, dark on the right)
    for pts, col, op in ((((bx - rx * 0.3, 512), (bx - rx * 0.72, by - ry * 0.4), (bx - rx * 0.92, by + ry * 0.1)), "#b4b2c8", 0.7),
                         (((bx - rx * 0.1, 514), (bx - rx * 0.5, by - ry * 0.1), (bx - rx * 0.72, by + ry * 0.56)), "#a8a6bc", 0.5),
                         (((bx + rx * 0.5, 512), (bx + rx * 0.8, by - ry * 0.36), (bx + rx * 0.92, by + ry * 0.1)), "#06050a", 0.6),
                         (((bx + rx * 0.3, by + ry * 0.5), (bx + rx * 0.62, by + ry * 0.62), (bx + rx * 0.86, by + ry * 0.5)), "#06050a", 0.5)):
        d.line(list(pts), col, 2.2, opacity=op)
    d.line([(bx - rx * 0.84, by - ry * 0.6), (bx - rx * 0.94, by + ry * 0.1), (bx - rx * 0.84, by + ry * 0.62)], "#a4a2ba", 2.6, opacity=0.75)  # lit rim
    # the kimono's overlap, from under the obi down over the curve (bowed by it), then straight to the hem
    d.line([(bx + rx * 0.1, by - ry * 0.9), (bx + rx * 0.4, by - ry * 0.3), (bx + rx * 0.44, by + ry * 0.4), (bx + rx * 0.3, by + ry * 0.98)], "#0a090e", 3)
    d.line([(bx + rx * 0.12, by - ry * 0.88), (bx + rx * 0.44, by - ry * 0.3), (bx + rx * 0.48, by + ry * 0.3)], "#8a889e", 1.6, opacity=0.7)
    d.line([(bx + rx * 0.3, by + ry * 0.98), (bx + rx * 0.34, 1000)], "#0a090e", 3)
    # the cloth falling from its lowest line
    for x0, x1 in ((bx - 40, bx - 50), (bx - 6, bx - 4), (bx + 50, bx + 58)):
        d.line([(x0, by + ry * 1.02 + 6), (x1, 1000)], "#3e3c4c", 2.5, sm=False)


def body(d, p):
    """Shinigami captain body: black shihakusho, white haori, obi, hakama.
    p: dict with keys female, obi, obi2, hilt, haori (bool), belly"""
    fem = p.get("female", False)
    sh = 405 if fem else 420          # shoulder tip x (right side)
    sy = 378 if fem else 372          # shoulder y
    nk = 320 if fem else 324          # neck x right
    wx = 372 if fem else 384          # torso side at bottom
    # torso (black kimono)
    torso = sym([(CX, 322), (nk + 10, 326), (sh - 8, sy), (sh + 2, sy + 40), (wx, 600), (wx + 6, 1000, 0), (CX, 1000)], CX)
    d.shape(torso, g_diag(d, BLACK), INK, OUT)
    # chest / kimono fold shading (light from upper left: right side darker)
    d.shape([(CX + 8, 420), (sh - 30, 400), (wx - 4, 600), (CX + 40, 600)], "#0c0b10", opacity=0.45)
    # skin V of chest
    vb = 440 if fem else 452
    d.shape([(CX - 24, 318, 0), (CX + 24, 318, 0), (CX + 8, vb - 30), (CX, vb, 0), (CX - 8, vb - 30)], d.lin(SKIN_G), INK, 2)
    # white juban collar bands
    for s in (-1, 1):
        d.shape([(CX + s * 26, 318, 0), (CX + s * 36, 322, 0), (CX + s * 6, vb + 22, 0), (CX - s * 2, vb + 8, 0)], "#f3f1ef", INK, 2, sm=False)
    # black kimono collar (thick lapel) left over right
    for s in (1, -1):
        d.shape([(CX + s * 36, 322, 0), (CX + s * 54, 326, 0), (CX + s * 12, vb + 52, 0), (CX + s * 4, vb + 24, 0)], g_diag(d, BLACK), INK, 2, sm=False)
    # belly (pregnancy) — a soft round highlight under the obi
    if p.get("belly") is True:  # six months: a rounded front under the high obi, lit from the upper left
        d.ellipse(CX - 4, 668, 74, 92, d.rad([(0, "#5a5868", 0.95), (55, "#34323f", 0.7), (100, "#1a1820", 0)], 36, 32, 62))
        d.shape([(CX + 30, 600), (CX + 62, 650), (CX + 60, 720), (CX + 30, 762), (CX + 40, 700), (CX + 42, 650)], "#08070b", opacity=0.4)
        d.line([(CX - 60, 606), (CX - 70, 660), (CX - 56, 724)], "#6a6878", 2.2, opacity=0.8)
        d.line([(CX - 40, 750), (CX, 762), (CX + 38, 748)], "#08070b", 2.2, opacity=0.5)
        d.line([(CX - 40, 760), (CX - 60, 860)], "#3e3c4c", 2, opacity=0.8)
        d.line([(CX + 38, 758), (CX + 56, 860)], "#3e3c4c", 2, opacity=0.8)
    # obi
    oy = 560 if fem else 600
    if p.get("belly"):
        oy = 548
    high = p.get("belly") == "high"  # the "belly" pose: the curve drawn over the haori's edges, to read above the text box
    if high:
        oy = 494

    def obi():
        d.shape([(wx - 4, oy - 22, 0), (wx - 2, oy + 20, 0), (CX, oy + 26), (2 * CX - wx + 2, oy + 20, 0), (2 * CX - wx + 4, oy - 22, 0), (CX, oy - 16)],
                d.lin(p["obi"]), INK, OUT)
        d.line([(2 * CX - wx + 6, oy + 2), (CX, oy + 8), (wx - 6, oy + 2)], p.get("obi_line", "#00000055"[:7]), 2, opacity=0.5)
        if high:  # the obijime cord round the obi, knotted at the front
            d.line([(2 * CX - wx + 8, oy - 2), (CX - 30, oy + 2), (CX + 30, oy + 2), (wx - 8, oy - 2)], INK, 6.4)
            d.line([(2 * CX - wx + 8, oy - 2), (CX - 30, oy + 2), (CX + 30, oy + 2), (wx - 8, oy - 2)], "#6fa8d8", 3.8)
            d.line([(CX - 24, oy), (CX + 20, oy + 2)], "#d8eefc", 1.4, opacity=0.9)
            d.ellipse(CX + 4, oy + 3, 10, 7, "#4e88bc", stroke=INK, stroke_width=2)
            for x0, x1, y1 in ((CX + 2, CX - 4, 30), (CX + 8, CX + 14, 26)):
                d.line([(x0, oy + 9), (x1, oy + y1)], INK, 5)
                d.line([(x0, oy + 9), (x1, oy + y1)], "#6fa8d8", 3)
    if not high:
        obi()
    # hakama pleats
    for x0, x1 in ((CX - 40, CX - 56), (CX + 12, CX + 16), (CX + 60, CX + 82)):
        if high:  # the cloth falls from the curve's lowest line
            continue
        d.line([(x0, oy + 40), (x1, 1000)], "#3e3c4c", 2.5, sm=False)
    # haori front panels (white), both sides
    if p.get("haori", True):
        for s in (-1, 1):
            pan = [(CX + s * 40, 322), (CX + s * (sh - CX - 14), sy - 8), (CX + s * (sh - CX + 4), sy + 40), (CX + s * (wx - CX + 14), 700), (CX + s * (wx - CX + 20), 1000, 0),
                   (CX + s * (wx - CX - 38), 1000, 0), (CX + s * (wx - CX - 44), 700), (CX + s * 58, 440)]
            if high:  # the haori's edges fall straight; the curve comes forward over them
                pan[6:] = [(CX + s * 42, 840), (CX + s * 54, 720), (CX + s * 60, 620), (CX + s * 58, 520), (CX + s * 54, 440)]
            elif p.get("belly"):  # the haori parts round the rounded front
                pan[6:] = [(CX + s * (wx - CX - 34), 800), (CX + s * 64, 680), (CX + s * 62, 600), (CX + s * 56, 440)]
            col = g_diag(d, p.get("white", WHITE)) if s < 0 else d.lin(p.get("white2", [(0, "#f4f4f8"), (100, "#b8bacb")]), 0, 0, 100, 100)
            d.shape(pan, col, INK, OUT)
            # lapel fold line and a hem shadow
            if high:
                d.line([(CX + s * 70, 450), (CX + s * 82, 640), (CX + s * (wx - CX - 18), 995)], "#a9abbd", 2)
            elif p.get("belly"):
                d.line([(CX + s * 70, 450), (CX + s * 84, 640), (CX + s * 80, 720), (CX + s * (wx - CX - 18), 995)], "#a9abbd", 2)
            else:
                d.line([(CX + s * 62, 450), (CX + s * (wx - CX - 30), 700), (CX + s * (wx - CX - 26), 995)], "#a9abbd", 2)
    if high:
        belly_high(d)
        obi()
    return oy


def _white(d, p, s):
    if s < 0:
        return g_diag(d, p.get("white", WHITE))
    return d.lin(p.get("white2", [(0, "#f4f4f8"), (100, "#b0b2c4")]), 0, 0, 100, 100)


def sleeve_hang(d, p, s, swing=0, hand_kind="relax"):
    """A relaxed arm: the wide haori sleeve falls straight from the shoulder
    (swing shifts its hem), the black kimono sleeve and a hanging hand below.
    p["sleeve"] = "black" draws the wide sleeve as the shihakusho's own (no haori)."""
    fem = p.get("female", False)
    sh = 405 if fem else 420
    sy = 378 if fem else 372
    X = lambda x: CX + s * (x - CX)
    if hand_kind == "fist":
        P.hand2(d, X(sh + 20), 762, -s * 4, "fist", flip=s < 0, sc=1.08)
    else:
        P.hand2(d, X(sh + 20), 764, -s * 6, hand_kind, flip=s < 0, sc=1.08)
    black = p.get("sleeve") == "black"
    if black:  # the shihakusho's own wide sleeve, down to the wrist
        hs = [(X(sh - 6), sy - 6), (X(sh + 26), sy + 16), (X(sh + 46), 470), (X(sh + 62), 640), (X(sh + 62), 770, 0), (X(sh + 20), 782), (X(sh - 16), 772, 0),
              (X(sh - 24), 640), (X(sh - 28), 540), (X(sh - 20), 440)]
        d.shape(hs, g_diag(d, BLACK), INK, OUT)
        d.line([(X(sh + 14), 430), (X(sh + 36), 580), (X(sh + 40), 760)], "#4a4858", 2.2)
        d.line([(X(sh - 10), 520), (X(sh - 4), 740)], "#3a3846", 2)
        d.shape([(X(sh - 16), 772, 0), (X(sh + 66), 770, 0), (X(sh + 48), 786), (X(sh + 6), 788)], "#060508")
        return
    ks = P.tube([(X(sh + 6), 560), (X(sh + 20), 700), (X(sh + 22), 786)], [40, 32, 25])
    d.shape(ks, g_diag(d, BLACK), INK, OUT)
    d.line([(X(sh + 14), 680), (X(sh + 20), 770)], "#3e3c4c", 2.2)
    if p.get("haori", True):
        w = swing
        hs = [(X(sh - 6), sy - 6), (X(sh + 24), sy + 14), (X(sh + 50), 470), (X(sh + 80 + w), 630), (X(sh + 82 + w), 664, 0), (X(sh + 20 + w), 670), (X(sh - 30 + w), 654, 0),
              (X(sh - 32), 560), (X(sh - 20), 440)]
        d.shape(hs, g_diag(d, BLACK) if black else _white(d, p, s), INK, OUT)
        d.line([(X(sh + 14), 430), (X(sh + 34), 560), (X(sh + 38 + w), 654)], "#4a4858" if black else "#a9abbd", 2.2)
        d.line([(X(sh - 12), 500), (X(sh - 8 + w), 640)], "#3a3846" if black else "#c4c6d6", 2)
        d.shape([(X(sh - 26 + w), 656, 0), (X(sh + 78 + w), 666, 0), (X(sh + 56 + w), 676), (X(sh + w), 672)], "#0a090e" if black else "#2a2834")


def izumo_arms(d, p, hilt_fn):
    """Izumo: his right arm relaxed (viewer left), his left hand resting on
    the hilt at his hip, the elbow out and the sleeve hanging from the forearm."""
    sleeve_hang(d, p, -1, swing=6)
    hilt_fn(d)
    black = p.get("sleeve") == "black"
    # bent left arm (viewer right)
    d.shape([(420, 546), (446, 534), (452, 566), (424, 574)], g_diag(d, BLACK), INK, OUT)  # kimono cuff
    hs = [(414, 366), (444, 384), (468, 436), (486, 506), (502, 590), (500, 650, 0), (466, 664), (430, 654, 0), (422, 610), (430, 578, 0), (452, 560), (462, 532, 0),
          (446, 500), (420, 468), (404, 432)]
    d.shape(hs, g_diag(d, BLACK) if black else _white(d, p, 1), INK, OUT)
    fold, fold2, hem = ("#4a4858", "#3a3846", "#0a090e") if black else ("#a9abbd", "#c4c6d6", "#2a2834")
    d.line([(440, 420), (472, 470), (482, 520)], fold, 2.2)
    d.line([(480, 560), (486, 640)], fold, 2.2)
    d.line([(436, 600), (442, 648)], fold2, 2)
    d.shape([(430, 654, 0), (500, 650, 0), (486, 662), (446, 664)], hem)
    d.shape([(424, 578, 0), (454, 558, 0), (462, 534), (440, 548)], hem)
    if p.get("armband"):
        armband(d, 444, 436, -17, 0.9)
    grip_on(d, 352, 604, -62, 76, sc=1.02, flip=True)


def grip_on(d, hx, hy, axis, t, sc=1.0, flip=False, kind="grip"):
    """A gripping hand round a hilt whose axis leaves (hx, hy) at angle axis
    (degrees); the hand sits t px along it.  The bar lies along the hand's x."""
    import math
    a = math.radians(axis)
    bx, by = hx + math.cos(a) * t, hy + math.sin(a) * t
    ang = axis + 180 if not flip else axis + 180
    r = math.radians(ang)
    L = 52 * sc
    wx, wy = bx + L * math.sin(r), by - L * math.cos(r)
    P.hand2(d, wx, wy, ang, kind, flip=flip, sc=sc)


def kaori_arms(d, p, hilt_fn):
    """Kaori: arms folded over the high obi.  Two sleeves hang at her sides;
    her right forearm (from the viewer-left elbow) crosses higher, behind, and
    her hand grips her left upper arm; her left forearm crosses lower, in
    front, and that hand grips her right arm above the elbow.  Each forearm
    ends in its own haori cuff, black kimono cuff and hand."""
    wb = _white(d, p, -1)
    wa = _white(d, p, 1)
    # 1. the two hanging sleeves over the upper arms, from the shoulders
    A = [(204, 370), (168, 394), (150, 452), (142, 530), (138, 612), (146, 668, 0), (196, 672), (236, 660, 0), (226, 600), (214, 548), (226, 480), (226, 420)]
    d.shape(A, wb, INK, OUT)
    d.line([(164, 440), (156, 540), (160, 646)], "#c4c6d6", 2.2)
    d.line([(196, 610), (206, 664)], "#a9abbd", 2)
    d.shape([(146, 668, 0), (196, 672), (236, 660, 0), (214, 680), (160, 680)], "#2a2834")
    B = [(396, 370), (432, 394), (450, 452), (458, 530), (462, 612), (454, 672, 0), (404, 676), (364, 664, 0), (372, 610), (384, 556), (374, 480), (374, 420)]
    d.shape(B, wa, INK, OUT)
    d.line([(436, 440), (446, 540), (444, 646)], "#a9abbd", 2.2)
    d.line([(404, 614), (396, 668)], "#a9abbd", 2)
    d.shape([(454, 672, 0), (404, 676), (364, 664, 0), (386, 684), (440, 684)], "#2a2834")
    hilt_fn(d)  # the sword at her left hip, under the folded arms
    # 2. her right forearm, behind and higher: haori sleeve from the left elbow rising to the right
    d.shape(P.tube([(186, 548), (250, 530), (312, 510)], [30, 26, 23]), wb, INK, OUT)
    d.line([(214, 556), (262, 542), (300, 528)], "#b4b6c6", 2)
    d.shape(P.tube([(308, 512), (334, 503)], [17, 15]), g_diag(d, BLACK), INK, 2.6)  # kimono cuff
    # 3. her left forearm, in front and lower: from the right elbow across to the left
    d.shape([(300, 540), (330, 536), (370, 540), (398, 544), (400, 546)], "#1a1822", opacity=0.35)  # its shadow on the other arm
    d.shape(P.tube([(420, 578), (352, 570), (280, 566)], [32, 29, 25]), wa, INK, OUT)
    d.line([(402, 594), (340, 590), (292, 586)], "#a9abbd", 2)
    d.line([(400, 558), (330, 552)], "#ffffff", 2, opacity=0.8)
    d.shape(P.tube([(284, 566), (256, 566)], [18, 16]), g_diag(d, BLACK), INK, 2.6)  # kimono cuff
    # 4. the hands, each on the other upper arm
    P.hand2(d, 334, 500, -62, "tuck", flip=True, sc=0.98)
    P.hand2(d, 258, 566, 62, "tuck", flip=False, sc=0.98)
    if p.get("crest"):
        crest(d, 176, 470, 23, p["crest"])


def kaori_belly_arms(d, p, hilt_fn):
    """Kaori, six months: her right hand (viewer left) laid on the top of the
    curve, the forearm coming in under the wide sleeve that hangs from it; her
    left hand (viewer right) under the curve, cradling it from below, that
    forearm coming in low from the other sleeve (body space).  At home: no
    sword at her hip."""
    wb, wa = _white(d, p, -1), _white(d, p, 1)
    # the wide sleeve hanging from the upper arm and from the forearm bent across
    A = [(204, 370), (168, 394), (150, 452), (142, 530), (138, 612), (146, 668, 0), (196, 676), (238, 664, 0), (244, 628), (236, 596), (224, 560), (226, 480), (226, 420)]
    d.shape(A, wb, INK, OUT)
    d.line([(164, 440), (156, 540), (160, 646)], "#c4c6d6", 2.2)
    d.line([(200, 600), (210, 664)], "#a9abbd", 2)
    d.shape([(146, 668, 0), (196, 676), (238, 664, 0), (216, 684), (160, 684)], "#2a2834")
    # the other sleeve, hanging lower from the arm bent down and in
    B = [(396, 370), (432, 394), (450, 452), (460, 530), (466, 620), (460, 700, 0), (410, 708), (366, 694, 0), (362, 650), (372, 610), (380, 560), (374, 480), (374, 420)]
    d.shape(B, wa, INK, OUT)
    d.line([(436, 440), (448, 540), (446, 680)], "#a9abbd", 2.2)
    d.line([(398, 630), (392, 696)], "#a9abbd", 2)
    d.shape([(460, 700, 0), (410, 708), (366, 694, 0), (388, 716), (440, 714)], "#2a2834")
    # the right forearm's sleeve mouth, the black kimono cuff and the wrist
    d.shape(P.tube([(206, 570), (236, 584), (252, 592)], [27, 25, 23]), wb, INK, OUT)
    d.line([(214, 592), (244, 606)], "#a9abbd", 2)
    d.open_g("translate(252,592) rotate(26)")
    d.ellipse(0, 0, 10, 22, "#5a5c6e", stroke=INK, stroke_width=2.2)
    d.close_g()
    d.shape(P.tube([(250, 592), (266, 600)], [15, 13.5]), g_diag(d, BLACK), INK, 2.6)
    # the hand on the curve: fingers loosely open, following it down and in
    P.hand2(d, 266, 598, -52, "relax", flip=False, sc=1.0)
    d.line([(300, 676), (318, 686)], "#060509", 3, opacity=0.4)  # the fingers' shadow on the cloth
    # the left forearm coming in low from its sleeve, the hand under the curve, fingers round its underside
    d.shape(P.tube([(394, 640), (376, 662), (362, 676)], [25, 23, 21]), wa, INK, OUT)
    d.line([(392, 664), (374, 682)], "#a9abbd", 2)
    d.open_g("translate(362,676) rotate(-40)")
    d.ellipse(0, 0, 9, 20, "#5a5c6e", stroke=INK, stroke_width=2.2)
    d.close_g()
    d.shape(P.tube([(364, 676), (350, 686)], [14, 12.5]), g_diag(d, BLACK), INK, 2.6)
    d.shape([(344, 700), (300, 710), (270, 706), (300, 718), (344, 712)], "#060509", opacity=0.35)  # its shadow below the curve
    P.hand2(d, 352, 686, 78, "relax", flip=True, sc=0.98)
    if p.get("crest"):
        crest(d, 176, 470, 23, p["crest"])


def hilt(d, cols, x=372, y=612, ang=-62):
    """Zanpakuto hilt poking out at the hip (worn left = viewer right)."""
    d.open_g("translate(%d,%d) rotate(%d)" % (x, y, ang))
    d.shape([(-8, -14), (8, -14), (8, 14), (-8, 14)], "#1c1a22", INK, 2, sm=False)  # sheath mouth
    d.shape([(10, -22, 0), (22, -24, 0), (22, 24, 0), (10, 22, 0)], "#c9a75a", INK, 2, sm=False)  # tsuba
    d.shape([(22, -10, 0), (120, -9, 0), (124, 0), (120, 9, 0), (22, 10, 0)], d.lin([(0, cols[0]), (100, cols[1])], 0, 0, 0, 100), INK, 2.4)
    d.path("".join("M%d -9L%d 9M%d -9L%d 9" % (x0, x0 + 12, x0 + 12, x0) for x0 in range(30, 110, 16)), stroke=cols[2], stroke_width=2)
    d.shape([(120, -10, 0), (130, -9), (132, 0), (130, 9), (120, 10, 0)], "#c9a75a", INK, 2)
    d.close_g()


# ------------------------------------------------------ crests, kanji ---
# Kanji as brush strokes (nanosvg has no <text>): unit box -1..1.
KANJI = {
    "四": [[(-0.8, -0.66), (-0.8, 0.8)], [(-0.8, -0.66), (0.8, -0.66), (0.8, 0.8)], [(-0.24, -0.66), (-0.26, 0.02), (-0.52, 0.36)],
           [(0.22, -0.66), (0.22, 0.2), (0.52, 0.22)], [(-0.8, 0.72), (0.8, 0.72)]],
    "六": [[(-0.06, -0.94), (0.14, -0.66)], [(-0.88, -0.38), (0.88, -0.38)], [(-0.2, 0.02), (-0.42, 0.5), (-0.76, 0.84)], [(0.26, 0.04), (0.52, 0.48), (0.8, 0.82)]],
}


def kanji(d, ch, x, y, size, col=INK, sw=None):
    for st in KANJI[ch]:
        d.line([(x + px * size / 2, y + py * size / 2) for px, py in st], col, sw or size * 0.14, sm=False)


def gentian(d, x, y, r):
    """The Fourth Division's gentian (sasa-rindo), as the crest draws it: three
    blue-violet bell flowers fanned upward over a spray of narrow leaves."""
    import math
    bx, by = x, y + r * 0.08
    for ang in (150, 118, 90, 62, 30):  # leaves, fanned downward
        a = math.radians(ang)
        ux, uy = math.cos(a), math.sin(a)
        nx, ny = -uy, ux
        L, w = r * (0.74 if ang in (118, 62) else 0.66), r * 0.15
        d.shape([(bx, by, 0), (bx + ux * L * 0.45 + nx * w, by + uy * L * 0.45 + ny * w), (bx + ux * L, by + uy * L, 0),
                 (bx + ux * L * 0.45 - nx * w, by + uy * L * 0.45 - ny * w)], "#3f7a64", INK, 1.1)
    bell = [(-0.07, 0), (-0.15, -0.46), (-0.3, -0.84, 0), (-0.13, -0.74), (0, -0.94, 0), (0.13, -0.74), (0.3, -0.84, 0), (0.15, -0.46), (0.07, 0)]
    for ang in (-42, 0, 42):  # three bells
        a = math.radians(ang)
        c, sn = math.cos(a), math.sin(a)
        pts = [(bx + (px * c - py * sn) * r, by + (px * sn + py * c) * r) + tuple(p[2:]) for p in bell for px, py in [p[:2]]]
        d.shape(pts, d.lin([(0, "#9a8ae6"), (100, "#3a2a8a")], 0, 0, 100, 100), INK, 1.1)


def camellia(d, x, y, r):
    """The Sixth Division's camellia (tsubaki): five round red petals, gold stamens, two leaves."""
    import math
    for a in (math.radians(40), math.radians(140)):
        lx, ly = x + math.cos(a) * r * 1.05, y + math.sin(a) * r * 1.05
        d.shape([(x, y, 0), (x + math.cos(a - 0.5) * r * 0.75, y + math.sin(a - 0.5) * r * 0.75), (lx, ly, 0),
                 (x + math.cos(a + 0.5) * r * 0.75, y + math.sin(a + 0.5) * r * 0.75)], "#2f5a3a", INK, 1.2)
    for k in range(5):
        a = math.radians(-90 + k * 72)
        d.circle(x + math.cos(a) * r * 0.44, y + math.sin(a) * r * 0.44, r * 0.42, d.lin([(0, "#e83a4a"), (100, "#8a0a1e")], 0, 0, 100, 100),
                 stroke=INK, stroke_width=1.2)


def crest(d, x, y, r, kind):
    """A division crest on white cloth: the flower in an ink ring, the
    division's number in a white disc at its heart."""
    d.circle(x, y, r, "#fbfaf6", stroke=INK, stroke_width=1.6)
    d.circle(x, y, r - 3, "none", stroke=INK, stroke_width=0.8, opacity=0.6)
    if kind == "four":
        gentian(d, x, y, r * 0.86)
        k = 0.3
    else:
        camellia(d, x, y, r * 0.84)
        k = 0.36
    d.circle(x, y, r * k, "#fbfaf6", stroke=INK, stroke_width=1.0)
    kanji(d, "四" if kind == "four" else "六", x, y, r * k * 1.28, INK, r * 0.07)


def armband(d, x, y, ang, sc=1.0, kind="six"):
    """The lieutenant's badge: a white band round the upper arm, tied, with a
    wooden plate showing the division's flower and number."""
    d.open_g("translate(%.1f,%.1f) rotate(%.1f) scale(%.3f)" % (x, y, ang, sc))
    d.shape([(-44, -9), (-20, -13), (20, -13), (44, -9), (44, 9, 0), (20, 5), (-20, 5), (-44, 9, 0)], d.lin([(0, "#ffffff"), (100, "#b8bacb")]), INK, 2)
    d.shape([(40, -2), (52, 10), (48, 24, 0), (42, 12)], "#e6e6ee", INK, 1.6)  # the knot's tail
    d.shape([(-15, -26, 0), (15, -26, 0), (16, 26, 0), (-16, 26, 0)], d.lin([(0, "#e2b878"), (60, "#b8864a"), (100, "#7a5228")], 0, 0, 100, 100), INK, 2, sm=False)
    d.line([(-11, -22), (-10, 20)], "#f0d0a0", 1.2, opacity=0.7)
    (camellia if kind == "six" else gentian)(d, 0, -11, 9)
    kanji(d, "六" if kind == "six" else "四", 0, 12, 17, INK, 2.6)
    d.close_g()


HEAD_T = "translate(300,284) scale(0.84) translate(-300,-334)"
BODY_T = "translate(300,272) scale(1.1,1.0737) translate(-300,-322)"


def figure(d, back_hair, body_fn, head_fn, front=None, body_t=BODY_T, head_t=HEAD_T, arms=None):
    """Layers: back hair (head space) / body (body space) / arms (frame space,
    optional) / head+face+front hair / front (frame space, optional)."""
    d.open_g(head_t)
    back_hair(d)
    d.close_g()
    if body_t:
        d.open_g(body_t)
    body_fn(d)
    if body_t:
        d.close_g()
    if arms:
        arms(d)
    d.open_g(head_t)
    head_fn(d)
    d.close_g()
    if front:
        front(d)


# ---------------------------------------------------------------- head ---
def head_skin(d, fem, ears=True, jaw=1.0, pal=None):
    S = pal or SKIN
    skin_g = [(0, S["hi"]), (60, S["mid"]), (100, S["sh"])] if pal else SKIN_G
    chin = 312 if fem else 322
    half = [(CX, 122), (352, 130), (380, 166), (384, 206), (381, 244), (372, 272), (350, 300), (324, chin - 6), (CX, chin, 0)]
    if fem:
        half = [(CX, 124), (350, 132), (377, 166), (381, 206), (378, 240), (366, 268), (340, 294), (314, chin - 5), (CX, chin, 0)]
    # neck
    d.shape([(CX - 26, 270), (CX + 26, 270), (CX + 25, 334, 0), (CX - 25, 334, 0)], d.lin(skin_g, 0, 0, 100, 0), INK, 2.4)
    d.shape([(CX - 25, 292), (CX + 25, 292), (CX + 25, 318), (CX, 326), (CX - 24, 316)], S["sh"], opacity=0.7)
    if ears:
        for s in (-1, 1):
            ep = [(CX + s * 78, 212), (CX + s * 92, 206), (CX + s * 97, 226), (CX + s * 90, 252), (CX + s * 76, 258)]
            d.shape(ep, S["mid"] if s < 0 else S["sh"], INK, 2.4)
            d.line([(CX + s * 88, 218), (CX + s * 90, 236), (CX + s * 82, 246)], S["deep"], 1.6)
    d.shape(sym(half, CX), d.lin(skin_g, 10, 0, 90, 100), INK, OUT)
    # cel shadow on the right cheek / jaw (light from upper-left)
    d.shape([(366, 200), (381, 232), (370, 270), (345, 298), (318, chin - 8), (336, 284), (356, 252), (362, 220)], S["sh"], opacity=0.55)
    # nose
    d.line([(CX + 4, 246), (CX + 6, 262), (CX, 266)], S["deep"], 2.2)
    d.ellipse(CX - 4, 258, 3, 6, "#ffffff", opacity=0.4)
    return chin


def face_layer(d, fem, e, iris, brow_col, eye_y=232, eye_w=None, eye_h=None, mouth_y=None, brow_thick=None):
    ew = eye_w or (46 if fem else 42)
    eh = eye_h or (30 if fem else 24)
    my = mouth_y or (288 if fem else 294)
    if e.get("shade"):  # dark shadow over the upper face (rage)
        d.shape([(226, 175), (374, 175), (380, 230), (CX + 40, 252), (CX, 246), (CX - 40, 252), (222, 232)],
                d.lin([(0, "#2a1020", 0.75), (100, "#2a1020", 0)]))
    if e.get("blush"):
        F.blush(d, CX, 262, 46, op=e.get("blush_op", 0.4))
    for s, ex in ((1, CX - 34), (-1, CX + 34)):
        F.eye(d, ex, eye_y, ew, eh, s, iris, e)
        bi, bo = e.get("brow", (0, 0))
        F.brow(d, ex, eye_y, ew, eh, s, bi, bo, brow_col, brow_thick or (4.0 if fem else 5.5))
    F.mouth(d, CX, my, e.get("mouth", "neutral"))
    if e.get("tears"):
        F.tears(d, [[(CX - 40, eye_y + 14), (CX - 46, eye_y + 40), (CX - 50, eye_y + 66)],
                    [(CX + 28, eye_y + 14), (CX + 38, eye_y + 44), (CX + 40, eye_y + 70)]])
    if e.get("sweat"):
        F.sweat(d, CX + 66, 190, 1.1)
    if e.get("sweat2"):  # more beads: on the other temple and the cheek
        F.sweat(d, CX - 70, 176, 0.95)
        F.sweat(d, CX + 80, 262, 0.8)
        F.sweat(d, CX - 78, 238, 0.7)
    if e.get("red_eyes"):
        for s, ex in ((1, CX - 34), (-1, CX + 34)):
            d.circle(ex + s * 2, eye_y + 1, 4.5, "#ff3344")


def hair_lock(d, root_a, root_b, tip, bend, fill, sw=2.6, mid=None):
    """A pointed lock of hair from two root points to a sharp tip.
    bend: sideways bow of the lock in px."""
    ax, ay = root_a
    bx, by = root_b
    tx, ty = tip
    ma = ((ax + tx) / 2 + bend, (ay + ty) / 2)
    mb = ((bx + tx) / 2 + bend * 0.8, (by + ty) / 2)
    pts = [(ax, ay), ma, (tx, ty, 0), mb, (bx, by)]
    d.shape(pts, fill, INK, sw)


# ------------------------------------------------------------- IZUMO ---
IZUMO_IRIS = ("#4a1418", "#c4584c", "#1a0608", "#ff9a80")
IZUMO_HAIR = [(0, "#4a3e4c"), (40, "#2a2230"), (100, "#120e14")]


def izumo_back_hair(d):
    d.shape([(CX, 92), (360, 100), (398, 150), (404, 230), (394, 300, 0), (372, 270), (CX, 250), (228, 270), (206, 300, 0), (196, 230), (202, 150), (240, 100)],
            d.lin(IZUMO_HAIR, 0, 0, 100, 100), INK, OUT)


def izumo_front_hair(d):
    hg = d.lin(IZUMO_HAIR, 20, 0, 80, 100)
    # spikes breaking the silhouette
    for a, b, t, bend in (((200, 170), (214, 120), (180, 214), -6), ((390, 120), (404, 176), (424, 212), 6), ((250, 96), (300, 84), (236, 60), -4),
                          ((300, 84), (350, 96), (356, 62), 4), ((214, 120), (250, 96), (196, 92), -2), ((350, 96), (390, 122), (408, 96), 2),
                          ((208, 220), (200, 180), (196, 300), -4), ((392, 180), (402, 220), (412, 296), 4)):
        hair_lock(d, a, b, t, bend, hg)
    # cap over the skull
    d.shape([(CX, 86), (362, 96), (396, 140), (402, 196, 0), (372, 176), (CX, 160), (228, 176), (198, 196, 0), (204, 140), (240, 96)], hg, INK, OUT)
    # bangs (left to right), messy, pointed
    locks = [((206, 150), (246, 120), (214, 262), -8), ((232, 130), (276, 120), (246, 226), -6), ((262, 118), (304, 118), (270, 212), 4),
             ((290, 116), (330, 120), (312, 206), 6), ((318, 118), (356, 126), (340, 222), 8), ((346, 124), (386, 140), (372, 240), 10),
             ((370, 140), (398, 170), (392, 272), 8), ((250, 110), (300, 104), (228, 190), -14)]
    for a, b, t, bend in locks:
        hair_lock(d, a, b, t, bend, hg)
    # sheen (light from upper-left)
    d.line([(232, 128), (262, 108), (298, 102)], "#8a7a92", 4, opacity=0.7)
    d.line([(246, 140), (266, 124)], "#8a7a92", 3, opacity=0.6)
    # a single blood-red streak lock: his zanpakuto's mark
    hair_lock(d, (300, 118), (318, 118), (304, 196), 4, d.lin([(0, "#c0283a"), (100, "#5a0a14")]), 2.2)


IZUMO_FACES = {
    "neutral": {"brow": (2, 0), "mouth": "neutral", "lid_in": 0.12, "lid_out": 0.12},
    "worried": {"brow": (-9, 4), "mouth": "open_worry", "lid_out": 0.22, "sweat": True, "look": (0, 2)},
    "crying": {"brow": (-11, 5), "mouth": "cry", "lid_out": 0.3, "lid_in": 0.1, "tears": True, "look": (0, 3), "blush": True, "blush_op": 0.3},
    "rage": {"brow": (11, -3), "mouth": "grit", "lid_in": 0.34, "lid_out": 0.05, "iris": 0.2, "shade": True, "red_eyes": True, "pupil": False},
    "smile": {"brow": (-3, 1), "mouth": "smile", "eye": "happy", "blush": True, "blush_op": 0.3},
    "flustered": {"brow": (9, -3), "mouth": "blurt", "lid_in": 0.16, "iris": 0.3, "blush": True, "blush_op": 0.75, "sweat": True, "look": (0, 1)},
    "anguish": {"brow": (14, -2), "mouth": "yell", "eye": "squeeze", "tears": True, "shade": True},
    "panting": {"brow": (-6, 3), "mouth": "pant", "lid_in": 0.34, "lid_out": 0.4, "lid_low": 0.12, "look": (0, 1), "sweat": True, "sweat2": True,
                "blush": True, "blush_op": 0.4},
}
IZ_OBI = [(0, "#c42a3c"), (100, "#6a0c18")]
IZ_HILT = ("#b0283a", "#5a0a14", "#e8c8a0")
# poses -> the expressions the story uses with them
IZUMO_POSES = {
    "stand": ["neutral", "worried", "crying", "rage", "smile"],
    "kneeling": ["crying", "worried", "rage"],
    "blade": ["rage"],
    "bloodied": ["rage", "crying"],  # chapter 8, standing after her death: her blood on his hands, cuffs and sleeve fronts
    "anguish": ["anguish"],
    "lieutenant": ["neutral", "smile", "rage", "worried", "flustered", "panting"],
    "lieutenant blade": ["rage"],
}
KNEEL_LEAN = "translate(300,660) rotate(7) translate(-300,-660)"  # the upper body leans toward the viewer's right
KNEEL_HEAD_T = KNEEL_LEAN + " translate(298,434) rotate(4) scale(0.84) translate(-300,-334)"


def mirror(pts):
    return [(2 * CX - p[0], p[1]) + tuple(p[2:]) for p in pts]


def hand_pt(x, y, ang, flip, sc, lx, ly):
    """Where a hand2 local point lands on screen."""
    import math
    r = math.radians(ang)
    lx = -lx if flip else lx
    return (x + (lx * math.cos(r) - ly * math.sin(r)) * sc, y + (lx * math.sin(r) + ly * math.cos(r)) * sc)


def sleeve_fill(d, p, s=-1):
    if p.get("sleeve") == "black":
        return g_diag(d, BLACK), ("#4a4858", "#3a3846", "#0a090e")
    return _white(d, p, s), ("#a9abbd", "#c4c6d6", "#2a2834")


def katana(d, x, y, ang, L, cols, blood=False, edge="#eef3fa"):
    """A drawn katana: the tsuba at (x, y), the blade along ang (degrees) for L px,
    the wrapped hilt the other way.  Steel with a ridge line and a temper line."""
    d.open_g("translate(%.1f,%.1f) rotate(%.1f)" % (x, y, ang))
    sori = 10.0
    off = lambda t: -sori * (t / L) ** 2
    n = 8
    back = [(8 + (L - 40) * i / n, -7.4 + 1.4 * i / n + off(8 + (L - 40) * i / n)) for i in range(n + 1)]
    ed = [(8 + (L - 40) * i / n, 7.4 - 1.8 * i / n + off(8 + (L - 40) * i / n)) for i in range(n + 1)]
    tip = (L, off(L) - 2.5, 0)
    bl = back + [tip] + list(reversed(ed))
    d.shape(bl, d.lin([(0, "#7c8698"), (38, "#c2cad8"), (45, edge), (100, "#dfe6f0")], 0, 0, 0, 100), INK, 2.2)
    # ridge (shinogi) and the temper line (hamon)
    d.line([(p[0], p[1] + 3.2) for p in back[:-1]] + [(L - 34, off(L - 34) - 1.6), (L - 6, off(L - 6) - 1.6)], "#5e687a", 1.1, opacity=0.8)
    d.path("M" + " L".join("%.1f %.1f" % (8 + (L - 44) * i / 16, 2.4 + (1.0 if i % 2 else -0.6) + off(8 + (L - 44) * i / 16)) for i in range(17)), stroke="#ffffff", stroke_width=1.3, opacity=0.9)
    d.line([(14, -3.8 + off(14)), (L * 0.6, -3.6 + off(L * 0.6))], "#ffffff", 1.2, opacity=0.6)
    if blood is True:
        d.shape([(L * 0.42, 4.6 + off(L * 0.42)), (L * 0.6, 1 + off(L * 0.6)), (L * 0.8, 0 + off(L * 0.8)), (L - 16, -1 + off(L - 16)), (L - 8, 3 + off(L - 8)),
                 (L * 0.8, 5.2 + off(L * 0.8)), (L * 0.6, 5.4 + off(L * 0.6))], d.lin([(0, "#d0182e"), (100, "#6e0814")], 0, 0, 100, 0), opacity=0.92)
        d.shape([(L * 0.7, off(L * 0.7) - 2), (L * 0.76, off(L * 0.76) - 4.5), (L * 0.84, off(L * 0.84) - 3), (L * 0.78, off(L * 0.78))], "#9a0a1e", opacity=0.85)
    if blood is not True and blood:  # blood from the fraction `blood` of the length to the tip, ragged, both faces
        t0 = L * float(blood)
        segs = [(t0, L * 0.3, -0.6, 6.4), (L * 0.3 + 8, L * 0.6, 1.2, 6.2), (L * 0.6 + 7, L - 12, -2.6, 5.4)]
        for k, (a, b, y0, y1) in enumerate(segs):
            n2 = 6
            top = [(a + (b - a) * i / n2, y0 + (2.2 if (i + k) % 2 else -1.6) + off(a + (b - a) * i / n2)) for i in range(n2 + 1)]
            bot = [(a + (b - a) * i / n2, y1 - (1.4 if (i + k) % 3 == 0 else 0) + off(a + (b - a) * i / n2)) for i in reversed(range(n2 + 1))]
            d.shape(top + bot, d.lin([(0, "#d0182e"), (100, "#6e0814")], 0, 0, 100, 0), opacity=0.9)
        d.line([(t0 + 6, 3 + off(t0 + 6)), (L * 0.5, 3 + off(L * 0.5)), (L * 0.8, 2 + off(L * 0.8))], "#ff6b78", 1.1, opacity=0.7)
        for a, b in ((t0 + 30, t0 + 70), (L * 0.44, L * 0.52)):  # thin runs over the ridge
            d.line([(a, -4 + off(a)), (b, -3 + off(b))], "#9a0a1e", 2, opacity=0.85)
        d.shape([(t0 - 4, -6.8), (t0 + 24, -7.2), (t0 + 26, 7), (t0 - 4, 7.2)], "#7a0a18", opacity=0.8)  # pooled at the habaki
    # habaki, tsuba, hilt, pommel
    d.shape([(0, -7, 0), (12, -6.4, 0), (12, 6.4, 0), (0, 7, 0)], d.lin([(0, "#f0d890"), (100, "#9a7430")]), INK, 1.6, sm=False)
    d.shape([(-4, -17), (4, -17), (5, 0), (4, 17), (-4, 17), (-5, 0)], d.lin([(0, "#3a3440"), (100, "#120e16")]), INK, 2)
    d.line([(-1, -12), (-1, 12)], "#c9a75a", 1.6)
    d.shape([(-5, -8, 0), (-86, -7.4, 0), (-90, 0), (-86, 7.4, 0), (-5, 8, 0)], d.lin([(0, cols[0]), (100, cols[1])], 0, 0, 0, 100), INK, 2.2)
    d.path("".join("M%d -7L%d 7M%d -7L%d 7" % (x0, x0 - 10, x0 - 10, x0) for x0 in range(-12, -82, -13)), stroke=cols[2], stroke_width=1.7)
    d.shape([(-84, -8, 0), (-92, -7), (-95, 0), (-92, 7), (-84, 8, 0)], "#c9a75a", INK, 1.8)
    d.close_g()


def saya_mouth(d, x, y, ang, col="#1c1a22"):
    """An empty scabbard's mouth at the hip, the blade drawn."""
    d.open_g("translate(%d,%d) rotate(%d)" % (x, y, ang))
    d.shape([(-60, -8, 0), (8, -9, 0), (12, 0), (8, 9, 0), (-60, 8, 0)], d.lin([(0, "#3a3844"), (100, col)], 0, 0, 0, 100), INK, 2.2)
    d.shape([(2, -10, 0), (10, -9.4, 0), (10, 9.4, 0), (2, 10, 0)], "#c9a75a", INK, 1.6, sm=False)
    d.ellipse(12, 0, 3, 7, "#060508")
    d.close_g()


def saya_empty(d, x, y, ang, col="#1c1a22", cord="#a01e30"):
    """The empty scabbard at the hip (body space), longer than saya_mouth so it
    reads where the hilt used to stand: black lacquer poking up out of the obi,
    the gold ring at its mouth, the mouth open and dark (no blade in it), the
    loose crimson cord hanging from it."""
    d.open_g("translate(%d,%d) rotate(%d)" % (x, y, ang))
    d.shape([(-40, -8.6, 0), (78, -9.4, 0), (84, 0), (78, 9.4, 0), (-40, 8.6, 0)], d.lin([(0, "#4a4856"), (45, col), (100, "#08070b")], 0, 0, 0, 100), INK, 2.4)
    d.line([(-30, -4.4), (70, -5)], "#6a6878", 1.6, opacity=0.8)  # lacquer sheen
    d.shape([(16, -10.4, 0), (26, -10.4, 0), (26, 10.4, 0), (16, 10.4, 0)], "#c9a75a", INK, 1.6, sm=False)  # the kurigata knob
    d.shape([(74, -11, 0), (86, -10.4, 0), (86, 10.4, 0), (74, 11, 0)], d.lin([(0, "#f0d890"), (100, "#9a7430")]), INK, 1.8, sm=False)  # gold ring
    d.ellipse(87, 0, 4.6, 9.2, "#3a0a12", stroke=INK, stroke_width=1.6)  # the open mouth, empty
    d.ellipse(87.6, 0, 2.2, 5.4, "#050306")
    d.close_g()
    # the cord slipped loose from the knob, hanging
    import math
    a = math.radians(ang)
    kx, ky = x + math.cos(a) * 21, y + math.sin(a) * 21
    d.line([(kx, ky), (kx + 14, ky + 22), (kx + 10, ky + 56), (kx + 18, ky + 80)], INK, 5.2)
    d.line([(kx, ky), (kx + 14, ky + 22), (kx + 10, ky + 56), (kx + 18, ky + 80)], cord, 3.2)


BLOOD_HI, BLOOD, BLOOD_DK = "#d0182e", "#9a0a1e", "#5a0610"


def hand_blood(d, x, y, ang, flip=False, sc=1.0, kind="relax", amount=1.0):
    """Blood over a hand2 hand (same place, angle, mirror and scale): a smear
    over the back of the hand, streaks down the fingers, a drip off the wrist."""
    d.open_g("translate(%.1f,%.1f) rotate(%.1f) scale(%.3f,%.3f)" % (x, y, ang, -sc if flip else sc, sc))
    g = d.lin([(0, BLOOD_HI), (100, BLOOD_DK)], 0, 0, 100, 100)
    d.shape(_rough([(-14, 22), (-6, 12), (4, 18), (14, 26), (15, 40), (6, 44), (-4, 38), (-12, 42), (-16, 34)], 2.2, 11), g, opacity=0.7 * amount)
    d.shape(_rough([(2, 4), (10, 2), (12, 12), (6, 16)], 1.5, 5), BLOOD, opacity=0.6 * amount)
    fingers = _FING.get(kind)
    if fingers:
        for i in (0, 1, 3):  # streaks along three fingers
            a, b = fingers[i][0], fingers[i][1]
            d.line([(a[0], a[1] - 4), ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2), b], BLOOD, 4.6, opacity=0.85 * amount)
    d.shape(_rough([(-8, -8), (8, -10), (12, 0), (4, 6), (-4, 2), (-10, 4)], 1.6, 3), BLOOD, opacity=0.7 * amount)  # the wrist
    d.close_g()


def _rough(pts, k, seed):
    """A ragged outline: a jittered point between each pair of pts (seeded, so stable)."""
    import random
    rnd = random.Random(seed)
    out = []
    n = len(pts)
    for i in range(n):
        (ax, ay), (bx, by) = pts[i][:2], pts[(i + 1) % n][:2]
        out.append((ax, ay))
        out.append(((ax + bx) / 2 + rnd.uniform(-k, k), (ay + by) / 2 + rnd.uniform(-k, k), 0 if rnd.random() < 0.35 else 1))
    return out


def smear(d, pts, op=0.88, drips=()):
    """A wiped stain of blood on cloth with a ragged edge, light at the top
    left and dark at its lower edge; drips: (x, y, length) runs below it."""
    d.shape(_rough(pts, 5, int(pts[0][0] * 31 + pts[0][1] * 7)), d.lin([(0, BLOOD_HI), (70, BLOOD), (100, BLOOD_DK)], 0, 0, 60, 100), opacity=op)
    for x, y, L in drips:
        d.shape([(x - 2.6, y), (x + 2.6, y), (x + 1.6, y + L - 4), (x + 3.4, y + L), (x, y + L + 4), (x - 3.4, y + L), (x - 1.6, y + L - 4)], BLOOD, opacity=min(1, op + 0.05))


# ---- Izumo's arms, one function per pose (frame space, 600x1000) ------
def izumo_blade_arm(d, p, blood=True):
    """His right arm (viewer left): the elbow at his side, the forearm forward
    and across, the fist round the hilt; the blade falls down and out to the left."""
    fill, (fold, fold2, hem) = sleeve_fill(d, p)
    S = [(178, 318), (148, 334), (126, 390), (110, 470), (100, 560), (100, 640), (106, 668, 0), (164, 676), (214, 662, 0), (216, 604), (206, 560),
         (198, 546, 0), (172, 514, 0), (178, 480), (196, 430), (200, 380)]
    d.shape(S, fill, INK, OUT)
    d.line([(132, 400), (120, 520), (122, 650)], fold, 2.2)
    d.line([(176, 580), (186, 660)], fold2, 2)
    d.line([(136, 462), (158, 492), (172, 512)], fold, 2)
    d.shape([(106, 668, 0), (164, 676), (214, 662, 0), (196, 682), (126, 682)], hem)
    if p.get("crest"):
        crest(d, 146, 432, 23, p["crest"])
    # the black kimono cuff at the sleeve's mouth, then the wrist
    d.shape(P.tube([(180, 524), (198, 540)], [19, 17]), g_diag(d, BLACK), INK, 2.6)
    if blood:  # her blood and the Espada's on the front of the sleeve where he held her, and on its hem
        smear(d, [(176, 560), (206, 566), (214, 604), (208, 648), (186, 652), (178, 610)], 0.82, [(196, 650, 22)])
        smear(d, [(112, 600), (134, 592), (150, 620), (140, 660), (114, 656)], 0.7)
        smear(d, [(140, 664), (176, 668), (210, 664), (200, 676), (150, 678)], 0.85)
        d.shape(_rough([(172, 528), (186, 516), (200, 530), (194, 546)], 2, 9), BLOOD, opacity=0.55)
    katana(d, 226, 595, 126.9, 318, IZ_HILT, blood=0.05 if blood else False)
    P.hand2(d, 196, 535, -53.1, "grip", flip=False, sc=1.15)
    if blood:
        hand_blood(d, 196, 535, -53.1, False, 1.15, "grip")
        for t, L in ((44, 12), (100, 20), (138, 14), (236, 16)):  # drops hanging off the blade
            x, y = 226 - 0.6 * t + 0.8 * 5, 595 + 0.8 * t + 0.6 * 5
            d.shape([(x - 2.4, y - 2), (x + 2.4, y - 2), (x + 1.4, y + L - 5), (x + 3.6, y + L), (x, y + L + 4.5), (x - 3.6, y + L), (x - 1.4, y + L - 5)], BLOOD, INK, 0.8)
        for x, y, L in ((92, 760, 20), (70, 800, 14)):
            d.shape([(x, y, 0), (x + 4, y + L * 0.7), (x, y + L), (x - 4, y + L * 0.7)], "#9a0a1e", INK, 1)


def izumo_stand_blood(d):
    """Kaori's blood over izumo_arms (body space): the fronts and hems of both
    haori sleeves, the hanging arm's kimono cuff and hand, the bent arm's cuff
    and the hand on the hilt."""
    import math
    # the hanging sleeve (viewer left): its inner front, the outer side, the hem
    smear(d, [(208, 560), (186, 552), (174, 590), (182, 640), (204, 646), (210, 600)], 0.82, [(194, 644, 20)])
    smear(d, [(148, 600), (124, 596), (114, 630), (130, 650), (150, 640)], 0.7)
    smear(d, [(204, 660), (160, 664), (114, 668), (130, 676), (190, 674)], 0.85)
    # the kimono sleeve below it and the hand
    smear(d, [(176, 700), (152, 706), (146, 760), (162, 784), (182, 770)], 0.75)
    hand_blood(d, 160, 764, 6, True, 1.08, "relax", 0.9)
    # the bent arm (viewer right): the sleeve's front below the elbow, its hem, the cuff and the hand
    smear(d, [(432, 590), (452, 584), (462, 620), (456, 650), (436, 652), (428, 620)], 0.82, [(446, 652, 18)])
    smear(d, [(476, 600), (496, 598), (500, 640), (484, 656), (472, 630)], 0.7)
    smear(d, [(434, 654), (470, 660), (498, 652), (488, 664), (446, 666)], 0.85)
    d.shape(_rough([(424, 552), (444, 540), (452, 566), (430, 574)], 2, 13), BLOOD, opacity=0.7)
    a = math.radians(-62)
    bx, by = 352 + math.cos(a) * 76, 604 + math.sin(a) * 76
    r = math.radians(-62 + 180)
    L = 52 * 1.02
    hand_blood(d, bx + L * math.sin(r), by - L * math.cos(r), -62 + 180, True, 1.02, "grip")
    for x, y, L in ((452, 612, 14), (466, 640, 10)):  # drops running down the hilt's wrapping
        d.shape([(x - 2.4, y), (x + 2.4, y), (x + 1.4, y + L - 4), (x + 3.4, y + L), (x, y + L + 4), (x - 3.4, y + L), (x - 1.4, y + L - 4)], BLOOD, opacity=0.85)


def izumo_anguish_sleeves(d, p, blood=True):
    """Both arms raised to his head, elbows forward and out: the wide sleeves
    have slid down the forearms and hang from the elbows."""
    fill, (fold, fold2, hem) = sleeve_fill(d, p)
    S = [(180, 318), (146, 334), (118, 372), (100, 430), (92, 500), (90, 580), (96, 642, 0), (148, 654), (196, 640, 0), (194, 570), (186, 500), (172, 462), (184, 420), (196, 370)]
    for s, pts in ((-1, S), (1, mirror(S))):
        d.shape(pts, fill if s < 0 else _white(d, p, 1) if p.get("sleeve") != "black" else fill, INK, OUT)
        X = (lambda x: x) if s < 0 else (lambda x: 600 - x)
        d.line([(X(112), 440), (X(106), 540), (X(114), 636)], fold, 2.2)
        d.line([(X(160), 520), (X(170), 636)], fold2, 2)
        d.shape([(X(96), 642, 0), (X(148), 654), (X(196), 640, 0), (X(176), 662), (X(116), 662)], hem)
        # the sleeve opening at the elbow where the bare forearm rises
        d.open_g("translate(%d,438) rotate(%d)" % (X(148), -s * 14))
        d.ellipse(0, 0, 32, 17, "#060508" if p.get("sleeve") == "black" else "#5a5c6e", stroke=INK, stroke_width=2.4)
        d.close_g()
        if blood:  # where he held her: stains on the inner front of the sleeve and its hem
            smear(d, [(X(160), 472), (X(184), 484), (X(190), 530), (X(176), 560), (X(160), 548), (X(154), 510)], 0.8, [(X(172), 556, 30), (X(182), 540, 18)])
            smear(d, [(X(100), 586), (X(120), 578), (X(136), 606), (X(126), 628), (X(104), 622)], 0.7, [(X(116), 622, 16)])
            smear(d, [(X(142), 640), (X(166), 634), (X(192), 638), (X(186), 650), (X(150), 652)], 0.85)
    if p.get("crest"):
        crest(d, 126, 540, 22, p["crest"])


ANG_L = (206, 258, -166.0)  # wrist x, y, angle of his right hand on his head (viewer left)


def izumo_anguish_hands(d, p):
    """In front of the head: bare forearms up from the sleeves, hands clutching
    the sides of his head, fingers dug into the hair, blood from under the nails."""
    for s in (-1, 1):  # the scream: short strokes bursting from beside his head
        for (x0, y0), (x1, y1) in (((150, 118), (118, 100)), ((142, 160), (104, 158)), ((150, 202), (118, 218)), ((170, 78), (150, 52))):
            if s > 0:
                x0, x1 = 600 - x0, 600 - x1
            d.line([(x0, y0), (x1, y1)], INK, 3.2)
    for s in (-1, 1):
        X = (lambda x: x) if s < 0 else (lambda x: 600 - x)
        wx, wy, ang = ANG_L
        wx = X(wx)
        ang = ang if s < 0 else -ang
        flip = s > 0
        arm = P.tube([(X(146), 436), (X(166), 350), (wx + s * 1, wy - 14)], [22, 19, 15])
        d.shape(arm, d.lin([(0, SKIN["hi"]), (60, SKIN["mid"]), (100, SKIN["sh"])], 0, 0, 100, 0) if s < 0 else d.lin([(0, SKIN["mid"]), (100, SKIN["sh"])], 0, 0, 100, 0), INK, 2.8)
        d.line([(X(150), 420), (X(166), 360)], SKIN["deep"], 1.4, opacity=0.6)
        # bunched kimono cuff round the forearm above the sleeve
        d.shape([(X(126), 430), (X(130), 412), (X(162), 404), (X(170), 422), (X(150), 436)], g_diag(d, BLACK), INK, 2.2)
        d.line([(X(134), 420), (X(160), 414)], "#4a4858", 1.5)
        # the front lip of the fallen sleeve, in front of the forearm's root
        lip = [(X(114), 436, 0), (X(146), 446), (X(180), 430, 0), (X(178), 444), (X(148), 460), (X(116), 450)]
        d.shape(lip, "#2a2834" if p.get("sleeve") == "black" else "#f4f4f8", INK, 2.2)
        # her blood and the Espada's, dried on the forearm, soaked into the cuff and the sleeve's lip
        d.shape(_rough([(X(150), 428), (X(156), 380), (X(166), 330), (X(176), 298), (X(188), 300), (X(176), 350), (X(166), 400), (X(164), 428)], 2.5, 40 + s), BLOOD_DK, opacity=0.45)
        F.blood_trickle(d, [(wx - s * 4, wy - 8), (X(178), 302), (X(170), 340), (X(166), 372), (X(160), 400)], 3.6)
        F.blood_trickle(d, [(X(160), 340), (X(152), 370), (X(150), 396)], 2.6)
        d.shape([(X(128), 428), (X(132), 414), (X(160), 406), (X(168), 422), (X(150), 434)], BLOOD, opacity=0.75)
        d.line([(X(136), 418), (X(158), 412)], "#ff6b78", 1.4, opacity=0.8)
        smear(d, [(X(118), 440), (X(146), 448), (X(176), 436), (X(174), 446), (X(148), 458), (X(122), 452)])
        P.hand2(d, wx, wy, ang, "clutch", flip=flip, sc=1.18, blood=True)
        hand_blood(d, wx, wy, ang, flip, 1.18, "clutch")
        # blood running from under the nails, over the temple and the forehead
        # (from the fingertips in the scalp, inward and down over the brow; from under the palm down the temple)
        tx, ty = hand_pt(wx, wy, ang, flip, 1.18, -16, 75)
        F.blood_trickle(d, [(tx, ty + 2), (tx - s * 9, ty + 22), (tx - s * 14, ty + 52), (tx - s * 15, ty + 84)], 3.8)
        tx, ty = hand_pt(wx, wy, ang, flip, 1.18, -17, 30)
        F.blood_trickle(d, [(tx, ty), (tx - s * 5, ty + 18), (tx - s * 7, ty + 42)], 3.0)


def izumo_kneel_body(d, p):
    """On his knees, leaning forward over someone on the ground: the haori
    spread round him, the arms bent out at the elbows, both hands low in front
    over his lap (frame space)."""
    lt = p.get("sleeve") == "black"
    wfill = g_diag(d, BLACK) if lt else _white(d, p, -1)
    if not lt:  # the haori spreading on the ground round the knees
        cape = sym([(CX, 440), (420, 466), (452, 520), (476, 660), (520, 820), (576, 1000, 0), (CX, 1000, 0)], CX)
        d.shape(cape, d.lin([(0, "#ffffff"), (60, "#e4e5ee"), (100, "#b4b6c8")], 0, 0, 100, 100), INK, OUT)
        d.shape([(420, 480), (452, 520), (476, 660), (520, 820), (576, 1000, 0), (490, 1000, 0), (446, 800), (410, 620)], "#9a9cb2", opacity=0.35)
        d.line([(150, 760), (100, 900), (70, 990)], "#b4b6c8", 2.2)
        d.line([(450, 760), (500, 900), (530, 990)], "#9a9cb2", 2.2)
    # hakama over the knees: wide, the thighs coming toward us
    hak = sym([(CX, 628), (398, 628), (436, 690), (486, 800), (516, 920), (524, 1000, 0), (CX, 1000, 0)], CX)
    d.shape(hak, d.lin([(0, "#34323f"), (50, "#1c1a24"), (100, "#0e0d13")], 0, 0, 100, 100), INK, OUT)
    for x0, x1 in ((262, 190), (290, 280), (316, 334), (344, 424)):
        d.line([(x0, 650), (x1, 1000)], "#3e3c4c", 2.4)
    for s in (-1, 1):  # knees
        d.line([(CX + s * 70, 910), (CX + s * 130, 884), (CX + s * 196, 910)], "#4a4858", 2.4)
    d.open_g(KNEEL_LEAN)
    # torso (black kimono), short because he leans toward us
    torso = sym([(CX, 426), (330, 430), (404, 466), (418, 500), (410, 560), (402, 612, 0), (CX, 612)], CX)
    d.shape(torso, g_diag(d, BLACK), INK, OUT)
    d.shape([(CX + 10, 490), (400, 486), (404, 604), (CX + 40, 604)], "#0c0b10", opacity=0.45)
    vb = 500
    d.shape([(CX - 22, 424, 0), (CX + 22, 424, 0), (CX + 8, vb - 26), (CX, vb, 0), (CX - 8, vb - 26)], d.lin(SKIN_G), INK, 2)
    for s in (-1, 1):
        d.shape([(CX + s * 24, 424, 0), (CX + s * 34, 428, 0), (CX + s * 6, vb + 20, 0), (CX - s * 2, vb + 8, 0)], "#f3f1ef", INK, 2, sm=False)
    for s in (1, -1):
        d.shape([(CX + s * 34, 428, 0), (CX + s * 50, 432, 0), (CX + s * 12, vb + 46, 0), (CX + s * 4, vb + 22, 0)], g_diag(d, BLACK), INK, 2, sm=False)
    d.shape([(200, 592, 0), (400, 592, 0), (406, 634, 0), (CX, 642), (194, 634, 0)], d.lin(p["obi"]), INK, OUT)
    d.line([(198, 614), (CX, 620), (402, 614)], p.get("obi_line", "#3a0008"), 2, opacity=0.5)
    # arms: sleeves from the hunched shoulders, elbows out, forearms in and down
    fold, fold2, hem = ("#4a4858", "#3a3846", "#0a090e") if lt else ("#a9abbd", "#c4c6d6", "#2a2834")
    S = [(190, 466), (150, 488), (126, 536), (114, 600), (110, 660), (118, 706, 0), (172, 714), (212, 700, 0), (212, 652), (206, 610), (214, 560), (222, 512)]
    for s, pts in ((-1, S), (1, mirror(S))):
        X = (lambda x: x) if s < 0 else (lambda x: 600 - x)
        d.shape(pts, wfill if (s < 0 or lt) else _white(d, p, 1), INK, OUT)
        d.line([(X(140), 530), (X(128), 620), (X(134), 700)], fold, 2.2)
        d.line([(X(194), 620), (X(198), 700)], fold2, 2)
        d.shape([(X(118), 706, 0), (X(172), 714), (X(212), 700, 0), (X(194), 722), (X(134), 720)], hem)
        if p.get("blood"):  # he has held her: her blood on the inner front of both sleeves and their hems
            smear(d, [(X(176), 596), (X(204), 604), (X(212), 650), (X(206), 694), (X(184), 700), (X(174), 650)], 0.82, [(X(194), 698, 20)])
            smear(d, [(X(122), 640), (X(144), 632), (X(158), 664), (X(148), 700), (X(124), 696)], 0.7)
            smear(d, [(X(130), 708), (X(172), 714), (X(208), 702), (X(196), 718), (X(140), 720)], 0.85)
    if p.get("crest"):
        crest(d, 150, 560, 22, p["crest"])
    if p.get("armband"):
        armband(d, 452, 530, 8, 0.85)
    for s in (-1, 1):  # the forearms come out of the sleeves' mouths, down and in, the hands open
        X = (lambda x: x) if s < 0 else (lambda x: 600 - x)
        dy = 10 if s > 0 else 0
        d.open_g("translate(%d,%d) rotate(%d)" % (X(196), 598 + dy, -s * 42))
        d.ellipse(0, 0, 24, 15, "#060508" if lt else "#5a5c6e", stroke=INK, stroke_width=2.4)
        d.close_g()
        d.shape(P.tube([(X(194), 598 + dy), (X(208), 612 + dy), (X(222), 626 + dy)], [19, 18, 16]), g_diag(d, BLACK), INK, 2.6)
        d.line([(X(202), 612 + dy), (X(214), 622 + dy)], "#4a4858", 1.6)
        if p.get("blood"):  # soaked into the sleeve's mouth and the cuff
            d.open_g("translate(%d,%d) rotate(%d)" % (X(196), 598 + dy, -s * 42))
            d.shape(_rough([(-20, 2), (-6, -8), (14, -6), (22, 4), (8, 12), (-12, 12)], 3, 77 + s), BLOOD, opacity=0.8)
            d.close_g()
            d.shape(_rough([(X(192), 590 + dy), (X(206), 600 + dy), (X(214), 624 + dy), (X(200), 622 + dy)], 2, 5 + s), BLOOD, opacity=0.6)
        P.hand2(d, X(222), 622 + dy, s * 27, "spread", flip=s < 0, sc=1.14, blood=bool(p.get("blood")))
        if p.get("blood"):
            hand_blood(d, X(222), 622 + dy, s * 27, s < 0, 1.14, "spread")
    d.close_g()


def izumo(expr, pose="stand", lieutenant=False):
    """pose: stand (hand on the hilt), kneeling, blade (sword drawn, held low),
    anguish (hands clutching his head).  lieutenant: the black shihakusho with
    the Sixth's armband and no haori (his years as Kaori's lieutenant)."""
    d = Doc(W, H)
    e = dict(IZUMO_FACES[expr])
    p = {"obi": IZ_OBI, "obi_line": "#3a0008", "haori": not lieutenant, "crest": None if lieutenant else "four"}
    if lieutenant:
        p.update(sleeve="black", armband=True)
    hilt_fn = lambda d: hilt(d, IZ_HILT, 352, 604)
    body_t, head_t, arms, front = BODY_T, HEAD_T, None, None
    if pose == "stand":
        def bod(d):
            body(d, p)
            izumo_arms(d, p, hilt_fn)
            if p["crest"]:
                crest(d, 150, 500, 23, p["crest"])
    elif pose == "bloodied":  # the captain standing, his hand on the hilt, after holding her body
        def bod(d):
            body(d, p)
            izumo_arms(d, p, hilt_fn)
            if p["crest"]:
                crest(d, 150, 500, 23, p["crest"])
            izumo_stand_blood(d)
    elif pose == "blade":
        def bod(d):
            body(d, p)
            saya_mouth(d, 346, 612, -62)
            sleeve_hang(d, p, 1, swing=-4, hand_kind="fist")
            if not lieutenant:  # blood on the hanging sleeve's front and hem, on the fist
                smear(d, [(392, 560), (414, 552), (426, 590), (418, 640), (396, 646), (390, 600)], 0.8, [(406, 644, 18)])
                smear(d, [(452, 600), (476, 596), (486, 630), (470, 650), (450, 640)], 0.7)
                smear(d, [(396, 660), (440, 664), (486, 668), (470, 676), (410, 674)], 0.85)
                hand_blood(d, 440, 762, -4, False, 1.08, None, 0.75)
            if p.get("armband"):
                armband(d, 440, 446, -6, 0.92)
        arms = lambda d: izumo_blade_arm(d, p, blood=not lieutenant)
    elif pose == "anguish":  # after the beheading: the blade is gone from the scabbard
        def bod(d):
            body(d, p)
            saya_empty(d, 352, 604, -62)
        arms = lambda d: izumo_anguish_sleeves(d, p)
        front = lambda d: izumo_anguish_hands(d, p)
    elif pose == "kneeling":
        body_t, head_t = None, KNEEL_HEAD_T
        p["blood"] = expr in ("crying", "rage")  # chapters 8-9, after he has held her (worried: chapter 2, before)
        e["look"] = (e.get("look", (0, 0))[0], 6)
        bod = lambda d: izumo_kneel_body(d, p)
    else:
        raise ValueError(pose)

    def head(d):
        head_skin(d, False)
        face_layer(d, False, e, IZUMO_IRIS, "#1e1820")
        izumo_front_hair(d)
    figure(d, izumo_back_hair, bod, head, front, body_t, head_t, arms)
    return d


# ------------------------------------------------------------- KAORI ---
KAORI_IRIS = ("#3a6a96", "#bfe6fb", "#16304a", "#e8fbff")
KAORI_HAIR = [(0, "#4a5a8c"), (35, "#232a48"), (100, "#0c0e1c")]


def kaori_back_hair(d):
    hg = d.lin(KAORI_HAIR, 0, 0, 100, 100)
    d.shape([(CX, 90), (366, 100), (408, 160), (420, 300), (432, 520), (446, 700), (410, 690, 0), (380, 720), (352, 600), (CX, 330), (248, 600), (220, 720), (190, 690, 0), (154, 700),
             (168, 520), (180, 300), (192, 160), (234, 100)], hg, INK, OUT)
    d.line([(212, 320), (196, 520), (180, 660)], "#3a4670", 2.4)
    d.line([(392, 320), (410, 520), (420, 660)], "#070812", 2.4)


def kaori_front_hair(d, e=None, wind=False):
    hg = d.lin(KAORI_HAIR, 20, 0, 80, 100)
    d.shape([(CX, 88), (364, 98), (394, 140), (398, 196, 0), (372, 176), (CX, 162), (228, 176), (202, 196, 0), (206, 140), (236, 98)], hg, INK, OUT)
    if wind:  # side locks swept back to the right by her own wind
        d.shape([(214, 150), (236, 176), (244, 236), (262, 300, 0), (232, 262), (208, 220), (200, 180)], hg, INK, OUT)
        d.shape([(386, 150), (372, 190), (392, 250), (440, 300), (500, 318, 0), (430, 318), (396, 290), (376, 250), (384, 200)], d.lin(KAORI_HAIR, 60, 0, 100, 100), INK, OUT)
    else:
        # long side locks framing the face, over the chest
        d.shape([(214, 150), (236, 180), (240, 260), (238, 360), (250, 470, 0), (222, 420), (206, 330), (200, 230)], hg, INK, OUT)
        d.shape([(386, 150), (364, 180), (362, 260), (366, 360), (352, 478, 0), (380, 424), (396, 330), (400, 230)], d.lin(KAORI_HAIR, 60, 0, 100, 100), INK, OUT)
    # bangs, straight and sharp
    locks = [((212, 150), (250, 116), (226, 240), -4), ((240, 122), (282, 112), (252, 214), -2), ((268, 112), (306, 110), (282, 206), 2),
             ((296, 110), (334, 114), (318, 210), 3), ((324, 114), (362, 124), (346, 222), 4), ((352, 124), (390, 150), (374, 246), 5)]
    for a, b, t, bend in locks:
        hair_lock(d, a, b, t, bend, hg)
    d.line([(226, 126), (260, 106), (300, 100)], "#8ea2d8", 4, opacity=0.75)
    d.line([(244, 138), (266, 120)], "#8ea2d8", 3, opacity=0.6)
    # hair ornament (silver wind-feather clip) on her left temple
    for ang in (-70, -35, 0):
        d.open_g("translate(384,134) rotate(%d)" % ang)
        d.shape([(0, 0, 0), (14, -8), (34, -4), (44, 0, 0), (34, 5), (14, 8)], d.lin([(0, "#ffffff"), (100, "#9ab8d8")]), INK, 1.8)
        d.close_g()
    d.circle(384, 134, 6, "#6fa8d8", stroke=INK, stroke_width=1.6)


KAORI_FACES = {
    "cold": {"brow": (4, 1), "mouth": "flat", "lid_in": 0.3, "lid_out": 0.34, "iris": 0.25, "look": (3, 1)},
    "smile": {"brow": (-3, 0), "mouth": "soft_smile", "lid_in": 0.1, "lid_out": 0.14, "blush": True, "blush_op": 0.45},
    "sad": {"brow": (-10, 4), "mouth": "frown", "lid_in": 0.28, "lid_out": 0.4, "look": (0, 4)},
    "bowed": {"brow": (-12, 5), "mouth": "frown", "lid_in": 0.62, "lid_out": 0.68, "look": (0, 6)},  # head lowered (BOWED_HEAD_T)
    "wounded": {"brow": (-9, 3), "mouth": "pained_smile", "lid_in": 0.38, "lid_out": 0.46, "look": (0, 3), "sweat": True},
    "blade": {"brow": (17, -6), "mouth": "roar", "lid_in": 0.46, "lid_out": 0.2, "lid_low": 0.2, "iris": 0.22, "look": (-3, 0)},
    "panting": {"brow": (-5, 3), "mouth": "pant", "lid_in": 0.34, "lid_out": 0.42, "lid_low": 0.1, "look": (0, 1), "sweat": True, "sweat2": True,
                "blush": True, "blush_op": 0.5},
}
KA_HILT = ("#b8dcf2", "#4e7aa8", "#24324e")
KAORI_POSES = {"stand": ["cold", "smile", "sad", "wounded"], "past": ["cold", "smile", "sad", "panting"], "past blade": ["blade"], "belly": ["cold", "sad", "smile", "bowed"]}
# "She looked to Izumo and lowered her head sadly": the head dropped forward and tilted,
# foreshortened (shorter), the eyes nearly shut and looking down
BOWED_HEAD_T = "translate(302,314) rotate(-6) scale(0.84,0.76) translate(-300,-334)"


def kaori_back_hair_wind(d):
    """Her long hair streaming to the right in her zanpakuto's wind (head space)."""
    hg = d.lin(KAORI_HAIR, 0, 0, 100, 100)
    d.shape([(CX, 90), (366, 100), (410, 150), (470, 190), (560, 214), (660, 236, 0), (590, 262), (640, 316, 0), (560, 306), (600, 380, 0), (520, 350),
             (540, 440, 0), (470, 380), (420, 340), (380, 330), (CX, 320), (236, 300), (196, 320, 0), (190, 240), (192, 160), (234, 100)], hg, INK, OUT)
    for pts in (((420, 180), (520, 226), (620, 250)), ((420, 250), (520, 300), (590, 330)), ((400, 300), (470, 350), (520, 400))):
        d.line(list(pts), "#3a4670", 2.2)


def kaori_blade_arms(d, p):
    """Both hands on the hilt at her waist, the blade raised diagonally up to
    the left; the sleeves blown out to the right by her wind (frame space)."""
    wl, wr = _white(d, p, -1), _white(d, p, 1)
    L = [(190, 322), (156, 346), (136, 400), (132, 470), (140, 536), (166, 592), (206, 628), (262, 642, 0), (246, 604), (240, 566), (214, 520), (212, 440), (214, 380)]
    d.shape(L, wl, INK, OUT)
    d.line([(150, 420), (150, 520), (182, 596)], "#c4c6d6", 2.2)
    d.line([(206, 580), (238, 626)], "#a9abbd", 2)
    R = [(410, 322), (446, 342), (468, 390), (478, 440), (500, 494), (540, 540), (590, 580, 0), (548, 592), (506, 590), (470, 578), (440, 560), (414, 540), (396, 480), (390, 400)]
    d.shape(R, wr, INK, OUT)
    d.line([(452, 420), (470, 490), (530, 556)], "#a9abbd", 2.2)
    d.line([(430, 520), (486, 570)], "#a9abbd", 2)
    d.shape([(590, 580, 0), (548, 592), (506, 590), (526, 602), (570, 598)], "#2a2834")
    if p.get("crest"):
        crest(d, 168, 430, 21, p["crest"])
    # forearms: kimono cuffs to the wrists
    d.shape(P.tube([(214, 536), (256, 548)], [17, 14]), g_diag(d, BLACK), INK, 2.6)
    d.shape(P.tube([(404, 530), (364, 531)], [17, 14]), g_diag(d, BLACK), INK, 2.6)
    katana(d, 286, 500, -120.7, 322, KA_HILT, edge="#f4fbff")
    # her wind coiling up the blade
    for pts, w, op in ((((300, 470), (236, 452), (226, 400), (262, 380), (240, 330)), 3, 0.6), (((250, 360), (196, 330), (180, 290), (212, 262), (190, 226)), 2.4, 0.5),
                       (((200, 300), (150, 290), (140, 250), (168, 226)), 2, 0.45)):
        d.line(list(pts), "#e6f6ff", w, opacity=op)
    P.hand2(d, 365, 530, 59.3, "grip", flip=False, sc=0.98)
    P.hand2(d, 254, 548, -120.7, "grip", flip=True, sc=0.98)


def wind_lines(d):
    for pts, w, op in ((((18, 300), (140, 276), (260, 284)), 3, 0.55), (((40, 640), (200, 600), (330, 612)), 2.5, 0.5),
                       (((420, 120), (510, 98), (590, 110)), 2.5, 0.5), (((60, 170), (150, 150)), 2, 0.45),
                       (((440, 700), (540, 676), (596, 684)), 2.5, 0.45), (((90, 430), (40, 400), (60, 360), (110, 370)), 2, 0.45)):
        d.line(list(pts), "#eaf6ff", w, opacity=op)
    for x, y, a in ((520, 160, 30), (70, 520, -20), (560, 430, 60)):  # torn leaves in the wind
        d.open_g("translate(%d,%d) rotate(%d)" % (x, y, a))
        d.shape([(0, 0, 0), (7, -4), (16, 0, 0), (7, 4)], "#5a8a6a", INK, 1)
        d.close_g()


def kaori(expr, pose="stand"):
    """pose: stand (present day, six months pregnant, arms folded), past
    (the same without the child: her years as Izumo's captain), past blade
    (her wind zanpakuto drawn, hair and sleeves in the wind)."""
    d = Doc(W, H)
    e = KAORI_FACES[expr]
    past = pose not in ("stand", "belly")
    p = {"female": True, "belly": "high" if pose == "belly" else not past, "obi": [(0, "#ffffff"), (100, "#b9c0d4")], "obi_line": "#7d8ab0", "crest": "six"}
    hilt_fn = lambda d: hilt(d, KA_HILT, 374, 616, -58)
    arms, front, back = None, None, kaori_back_hair
    if pose == "past blade":
        def bod(d):
            body(d, p)
            saya_mouth(d, 362, 610, -60, "#24324e")
        arms = lambda d: kaori_blade_arms(d, p)
        front = wind_lines
        back = kaori_back_hair_wind
    elif pose == "belly":
        def bod(d):
            body(d, p)
            kaori_belly_arms(d, p, hilt_fn)
    else:
        def bod(d):
            body(d, p)
            kaori_arms(d, p, hilt_fn)
            if expr == "wounded":
                F.blood_smear(d, 268, 612, 34, 50, 0.2)
                F.blood_smear(d, 330, 650, 40, 30, -0.4)
                F.blood_smear(d, 420, 560, 18, 40, 0.1, 0.75)
                F.blood_smear(d, 322, 500, 26, 14, 0.1, 0.7)
                F.blood_trickle(d, [(330, 670), (334, 710), (330, 750), (332, 780)], 7)
                F.blood_trickle(d, [(266, 650), (268, 690), (264, 730)], 6)
                F.blood_trickle(d, [(352, 650), (356, 690), (354, 720)], 5)

    def head(d):
        head_skin(d, True, ears=False)
        if expr == "bowed":  # tipped forward: the features sit lower on the face
            face_layer(d, True, e, KAORI_IRIS, "#1c2036", eye_y=246, mouth_y=300)
        else:
            face_layer(d, True, e, KAORI_IRIS, "#1c2036")
        kaori_front_hair(d, wind=pose == "past blade")
        if expr == "wounded":
            F.blood_trickle(d, [(CX + 12, 294), (CX + 14, 308), (CX + 12, 322)], 3.5)
            F.blood_smear(d, CX - 46, 272, 12, 5, -0.3)
    figure(d, back, bod, head, front, arms=arms, head_t=BOWED_HEAD_T if expr == "bowed" else HEAD_T)
    return d


def _add(name, fn, *a):
    SPRITES[name] = lambda: fn(*a)


SPRITES = {}
for _pose, _exprs in IZUMO_POSES.items():
    for _e in _exprs:
        _lt = _pose.startswith("lieutenant")
        _p = "blade" if _pose.endswith("blade") else "stand" if _pose in ("stand", "lieutenant") else _pose
        _name = "izumo " + ("lieutenant " if _lt else "") + ("" if _p in ("stand", "anguish") else _p + " ") + _e
        _add(_name, izumo, _e, _p, _lt)
for _pose, _exprs in KAORI_POSES.items():
    for _e in _exprs:
        if _pose == "belly":
            _add("kaori belly " + _e, kaori, _e, _pose)
            continue
        _name = "kaori " + ("" if _pose == "stand" else "past " if _pose == "past" else "past ") + ("" if _pose == "past blade" else _e)
        _add(_name.strip() if _pose != "past blade" else "kaori past blade", kaori, _e, _pose)
