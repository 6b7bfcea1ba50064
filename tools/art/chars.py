"""Character sprites: one body per character, faces as swappable layers.

Every sprite is drawn in a 600x1000 frame (the Hollow 700x1000), feet of the
frame = bottom edge, character centre x=300 (cx).  Light from upper-left.
"""
from svg import Doc, INK, sym
import face as F
from face import SKIN
import pose as P

W, H = 600, 1000
CX = 300
OUT = 3.2  # outline width for sprites

BLACK = [(0, "#3a3846"), (45, "#22202b"), (100, "#111017")]
WHITE = [(0, "#ffffff"), (55, "#eeeef2"), (100, "#c4c6d6")]
SKIN_G = [(0, SKIN["hi"]), (60, SKIN["mid"]), (100, "#e7b8a0")]


def g_diag(d, stops):
    return d.lin(stops, 0, 0, 100, 100)


# ---------------------------------------------------------------- body ---
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
    if p.get("belly"):
        d.ellipse(CX - 6, 690, 80, 96, d.rad([(0, "#4a4858", 0.9), (70, "#2a2834", 0.5), (100, "#1a1820", 0)], 38, 35, 60))
        d.line([(CX - 76, 640), (CX - 84, 700), (CX - 64, 770)], "#504e60", 2.2, opacity=0.8)
    # obi
    oy = 560 if fem else 600
    if p.get("belly"):
        oy = 548
    d.shape([(wx - 4, oy - 22, 0), (wx - 2, oy + 20, 0), (CX, oy + 26), (2 * CX - wx + 2, oy + 20, 0), (2 * CX - wx + 4, oy - 22, 0), (CX, oy - 16)],
            d.lin(p["obi"]), INK, OUT)
    d.line([(2 * CX - wx + 6, oy + 2), (CX, oy + 8), (wx - 6, oy + 2)], p.get("obi_line", "#00000055"[:7]), 2, opacity=0.5)
    # hakama pleats
    for x0, x1 in ((CX - 40, CX - 56), (CX + 12, CX + 16), (CX + 60, CX + 82)):
        d.line([(x0, oy + 40), (x1, 1000)], "#3e3c4c", 2.5, sm=False)
    # haori front panels (white), both sides
    if p.get("haori", True):
        for s in (-1, 1):
            pan = [(CX + s * 40, 322), (CX + s * (sh - CX - 14), sy - 8), (CX + s * (sh - CX + 4), sy + 40), (CX + s * (wx - CX + 14), 700), (CX + s * (wx - CX + 20), 1000, 0),
                   (CX + s * (wx - CX - 38), 1000, 0), (CX + s * (wx - CX - 44), 700), (CX + s * 58, 440)]
            col = g_diag(d, p.get("white", WHITE)) if s < 0 else d.lin(p.get("white2", [(0, "#f4f4f8"), (100, "#b8bacb")]), 0, 0, 100, 100)
            d.shape(pan, col, INK, OUT)
            # lapel fold line and a hem shadow
            d.line([(CX + s * 62, 450), (CX + s * (wx - CX - 30), 700), (CX + s * (wx - CX - 26), 995)], "#a9abbd", 2)
    return oy


def _white(d, p, s):
    if s < 0:
        return g_diag(d, p.get("white", WHITE))
    return d.lin(p.get("white2", [(0, "#f4f4f8"), (100, "#b0b2c4")]), 0, 0, 100, 100)


def sleeve_hang(d, p, s, swing=0):
    """A relaxed arm: the wide haori sleeve falls straight from the shoulder
    (swing shifts its hem), the black kimono sleeve and a hanging hand below."""
    fem = p.get("female", False)
    sh = 405 if fem else 420
    sy = 378 if fem else 372
    X = lambda x: CX + s * (x - CX)
    P.hand(d, X(sh + 22), 770, -s * 8, "hang", flip=s > 0, sc=1.2)
    ks = P.tube([(X(sh + 6), 560), (X(sh + 20), 700), (X(sh + 22), 786)], [40, 32, 25])
    d.shape(ks, g_diag(d, BLACK), INK, OUT)
    d.line([(X(sh + 14), 680), (X(sh + 20), 770)], "#3e3c4c", 2.2)
    if p.get("haori", True):
        w = swing
        hs = [(X(sh - 6), sy - 6), (X(sh + 34), sy + 22), (X(sh + 62), 470), (X(sh + 84 + w), 630), (X(sh + 82 + w), 664, 0), (X(sh + 20 + w), 670), (X(sh - 30 + w), 654, 0),
              (X(sh - 32), 560), (X(sh - 20), 440)]
        d.shape(hs, _white(d, p, s), INK, OUT)
        d.line([(X(sh + 14), 430), (X(sh + 34), 560), (X(sh + 38 + w), 654)], "#a9abbd", 2.2)
        d.line([(X(sh - 12), 500), (X(sh - 8 + w), 640)], "#c4c6d6", 2)
        d.shape([(X(sh - 26 + w), 656, 0), (X(sh + 78 + w), 666, 0), (X(sh + 56 + w), 676), (X(sh + w), 672)], "#2a2834")


def izumo_arms(d, p, hilt_fn):
    """Izumo: his right arm relaxed (viewer left), his left hand resting on
    the hilt at his hip, the elbow out and the sleeve hanging from the forearm."""
    sleeve_hang(d, p, -1, swing=6)
    hilt_fn(d)
    # bent left arm (viewer right)
    d.shape([(420, 546), (446, 534), (452, 566), (424, 574)], g_diag(d, BLACK), INK, OUT)  # kimono cuff
    hs = [(414, 366), (452, 388), (480, 440), (494, 510), (502, 590), (500, 650, 0), (466, 664), (430, 654, 0), (422, 610), (430, 578, 0), (452, 560), (462, 532, 0),
          (446, 500), (420, 468), (404, 432)]
    d.shape(hs, _white(d, p, 1), INK, OUT)
    d.line([(440, 420), (472, 470), (482, 520)], "#a9abbd", 2.2)
    d.line([(480, 560), (486, 640)], "#a9abbd", 2.2)
    d.line([(436, 600), (442, 648)], "#c4c6d6", 2)
    d.shape([(430, 654, 0), (500, 650, 0), (486, 662), (446, 664)], "#2a2834")
    d.shape([(424, 578, 0), (454, 558, 0), (462, 534), (440, 548)], "#2a2834")
    P.hand(d, 444, 554, 116, "grip", flip=True, sc=1.15)


def kaori_arms(d, p, hilt_fn):
    """Kaori: arms folded over the high obi, her haori sleeves falling from the
    folded forearms; her left hand (viewer right arm) holds her right arm."""
    wb = _white(d, p, -1)
    wa = _white(d, p, 1)
    # her right arm, behind: sleeve from the viewer-left shoulder, forearm across to the right
    b = [(202, 372), (166, 398), (150, 460), (144, 530), (140, 610), (150, 668, 0), (200, 660), (236, 620), (270, 574), (330, 562), (372, 552, 0), (368, 512, 0),
         (300, 500), (236, 486), (222, 430)]
    d.shape(b, wb, INK, OUT)
    d.line([(166, 440), (160, 540), (166, 640)], "#c4c6d6", 2.2)
    d.line([(210, 560), (236, 600)], "#a9abbd", 2)
    d.shape([(150, 668, 0), (200, 660), (190, 674), (160, 676)], "#2a2834")
    # her left arm, in front: from the viewer-right shoulder, forearm across to the left
    a = [(398, 372), (436, 398), (452, 460), (458, 530), (462, 610), (452, 670, 0), (404, 662), (370, 620), (336, 578), (286, 546), (246, 540, 0), (242, 494, 0),
         (300, 486), (362, 478), (384, 430)]
    d.shape(a, wa, INK, OUT)
    d.line([(436, 440), (444, 540), (440, 640)], "#a9abbd", 2.2)
    d.line([(380, 560), (408, 620)], "#a9abbd", 2)
    d.line([(300, 512), (262, 516)], "#c4c6d6", 2)
    d.shape([(452, 670, 0), (404, 662), (412, 676), (444, 678)], "#2a2834")
    d.shape([(246, 540, 0), (242, 494, 0), (236, 504), (236, 532)], "#1c1a24", INK, 2)
    P.hand(d, 246, 516, 74, "flat", flip=True, sc=1.1)
    hilt_fn(d)


def hilt(d, cols, x=372, y=612, ang=-62):
    """Zanpakuto hilt poking out at the hip (worn left = viewer right)."""
    d.open_g("translate(%d,%d) rotate(%d)" % (x, y, ang))
    d.shape([(-8, -14), (8, -14), (8, 14), (-8, 14)], "#1c1a22", INK, 2, sm=False)  # sheath mouth
    d.shape([(10, -22, 0), (22, -24, 0), (22, 24, 0), (10, 22, 0)], "#c9a75a", INK, 2, sm=False)  # tsuba
    d.shape([(22, -10, 0), (120, -9, 0), (124, 0), (120, 9, 0), (22, 10, 0)], d.lin([(0, cols[0]), (100, cols[1])], 0, 0, 0, 100), INK, 2.4)
    d.path("".join("M%d -9L%d 9M%d -9L%d 9" % (x0, x0 + 12, x0 + 12, x0) for x0 in range(30, 110, 16)), stroke=cols[2], stroke_width=2)
    d.shape([(120, -10, 0), (130, -9), (132, 0), (130, 9), (120, 10, 0)], "#c9a75a", INK, 2)
    d.close_g()


HEAD_T = "translate(300,284) scale(0.84) translate(-300,-334)"
BODY_T = "translate(300,272) scale(1.1,1.0737) translate(-300,-322)"


def figure(d, back_hair, body_fn, head_fn, front=None, body_t=BODY_T):
    """Layers: back hair (head space) / body (body space) / head+face+front hair."""
    d.open_g(HEAD_T)
    back_hair(d)
    d.close_g()
    if body_t:
        d.open_g(body_t)
    body_fn(d)
    if body_t:
        d.close_g()
    d.open_g(HEAD_T)
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
}


def izumo(expr):
    d = Doc(W, H)

    def bod(d):
        body(d, {"obi": [(0, "#c42a3c"), (100, "#6a0c18")], "obi_line": "#3a0008"})
        izumo_arms(d, {}, lambda d: hilt(d, ("#b0283a", "#5a0a14", "#e8c8a0"), 352, 604))

    def head(d):
        head_skin(d, False)
        face_layer(d, False, IZUMO_FACES[expr], IZUMO_IRIS, "#1e1820")
        izumo_front_hair(d)
    figure(d, izumo_back_hair, bod, head)
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


def kaori_front_hair(d, e=None):
    hg = d.lin(KAORI_HAIR, 20, 0, 80, 100)
    d.shape([(CX, 88), (364, 98), (394, 140), (398, 196, 0), (372, 176), (CX, 162), (228, 176), (202, 196, 0), (206, 140), (236, 98)], hg, INK, OUT)
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
    "wounded": {"brow": (-9, 3), "mouth": "pained_smile", "lid_in": 0.38, "lid_out": 0.46, "look": (0, 3), "sweat": True},
}


def kaori(expr):
    d = Doc(W, H)
    e = KAORI_FACES[expr]

    def bod(d):
        body(d, {"female": True, "belly": True, "obi": [(0, "#ffffff"), (100, "#b9c0d4")], "obi_line": "#7d8ab0"})
        kaori_arms(d, {"female": True}, lambda d: hilt(d, ("#b8dcf2", "#4e7aa8", "#24324e"), 374, 616, -58))
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
        face_layer(d, True, e, KAORI_IRIS, "#1c2036")
        kaori_front_hair(d)
        if expr == "wounded":
            F.blood_trickle(d, [(CX + 12, 294), (CX + 14, 308), (CX + 12, 322)], 3.5)
            F.blood_smear(d, CX - 46, 272, 12, 5, -0.3)
    figure(d, kaori_back_hair, bod, head)
    return d


SPRITES = {}
for _e in IZUMO_FACES:
    SPRITES["izumo " + _e] = (lambda e: lambda: izumo(e))(_e)
for _e in KAORI_FACES:
    SPRITES["kaori " + _e] = (lambda e: lambda: kaori(e))(_e)
