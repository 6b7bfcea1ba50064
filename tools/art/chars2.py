"""The other sprites: Chishioyaiba, the Quinta Espada, Yamamoto, the Hollow."""
import math
from svg import Doc, INK, sym
import face as F
import chars as C
import pose as P
from chars import CX, OUT, W, H, figure, head_skin, face_layer, hair_lock

BLOOD = [(0, "#ff6b78"), (30, "#d0182e"), (75, "#86061a"), (100, "#3c0008")]
BLOOD_PAL = {"hi": "#f45c6a", "mid": "#d02a3e", "sh": "#9a1024", "deep": "#5a0010", "blush": "#ff8a9a"}


def drip(d, x, y, L, w=6, col="#9a0a1e"):
    d.shape([(x - w / 2, y), (x + w / 2, y), (x + w * 0.3, y + L * 0.8), (x + w * 0.7, y + L), (x, y + L + w * 0.9), (x - w * 0.7, y + L), (x - w * 0.3, y + L * 0.8)], col, stroke="#3c0008", sw=1.2)
    d.ellipse(x - w * 0.25, y + L + w * 0.1, w * 0.2, w * 0.3, "#ffb0b8", opacity=0.7)


# ------------------------------------------------------- CHISHIOYAIBA ---
def chi_back_hair(d):
    g = d.lin(BLOOD, 0, 0, 100, 100)
    # liquid hair: a wide mass rising and flowing outward, like it is under water
    pts = [(CX, 80), (372, 70), (430, 40), (470, 90), (448, 150), (500, 210), (480, 300), (530, 380), (500, 470), (540, 560), (500, 640), (476, 720, 0),
           (440, 610), (420, 520), (380, 420), (CX, 330), (220, 420), (186, 520), (164, 610), (124, 720, 0), (96, 630), (64, 560), (100, 470), (66, 380),
           (116, 300), (96, 210), (150, 150), (126, 90), (168, 40), (228, 70)]
    d.shape(pts, g, INK, OUT)
    d.shape([(150, 160), (130, 260), (150, 360), (120, 460), (140, 560), (176, 480), (170, 380), (196, 300), (190, 200)], "#ff8a96", opacity=0.35)
    d.shape([(450, 160), (470, 260), (450, 360), (486, 460), (470, 560), (430, 470), (428, 380), (404, 300), (410, 200)], "#3c0008", opacity=0.4)
    for x, y, L in ((124, 720, 40), (476, 720, 56), (66, 380, 30), (540, 560, 44)):
        drip(d, x, y, L, 8)


def chi_body(d):
    g = d.lin(BLOOD, 10, 0, 90, 100)
    # flowing dress of blood, flaring to the bottom edge with a dripping hem
    dress = [(250, 490), (350, 490), (392, 640), (430, 780), (470, 900), (462, 1000, 0), (420, 970), (380, 1000, 0), (330, 960), (280, 1000, 0), (236, 966),
             (180, 1000, 0), (134, 930), (168, 780), (206, 640)]
    d.shape(dress, g, INK, OUT)
    for pts, col, op in (([(260, 520), (300, 640), (290, 820), (246, 980), (220, 860), (236, 660)], "#ff5a6c", 0.45),
                         ([(340, 540), (380, 700), (420, 880), (380, 990), (344, 820), (330, 650)], "#4a0010", 0.5),
                         ([(214, 600), (190, 760), (160, 920), (150, 860), (180, 700)], "#ff8a96", 0.5)):
        d.shape(pts, col, opacity=op)
    # torso
    torso = [(284, 258), (316, 258), (326, 288), (380, 300), (398, 330), (392, 392), (356, 440), (344, 520), (256, 520), (244, 440), (208, 392), (202, 330), (220, 300), (274, 288)]
    d.shape(torso, g, INK, OUT)
    d.shape([(236, 390), (262, 420), (296, 418), (300, 450), (262, 458), (236, 430)], "#ff8a96", opacity=0.45)
    d.line([(300, 400), (302, 500)], "#5a0010", 2.4)
    d.line([(214, 330), (236, 400), (250, 480)], "#ffd0d6", 3, opacity=0.7)
    # arms, hanging, fingers melting into drips
    for s in (-1, 1):
        X = lambda x: CX + s * (x - CX)
        arm = [(X(216), 300), (X(194), 330), (X(180), 420), (X(176), 500), (X(186), 600), (X(184), 670, 0), (X(204), 650), (X(206), 560), (X(208), 480), (X(216), 400), (X(238), 340)]
        d.shape(arm, g, INK, OUT)
        d.line([(X(192), 390), (X(184), 480), (X(190), 590)], "#ffd0d6" if s < 0 else "#5a0010", 2.4, opacity=0.7)
        drip(d, X(186), 668, 36, 7)
        drip(d, X(200), 652, 60, 5)
    # glossy highlights (light from upper left)
    d.line([(150, 800), (170, 700), (200, 620)], "#ffe0e4", 3.5, opacity=0.6)
    for x, y, L in ((236, 966, 30), (330, 960, 22), (420, 970, 26)):
        drip(d, x, y, L, 7, "#7a0616")


CHI_IRIS = ("#ff2a40", "#ffe8a0", "#fff6e0", "#ffffff")
CHI_FACES = {
    "calm": {"brow": (-2, 2), "mouth": "soft_smile", "lid_in": 0.36, "lid_out": 0.3, "sclera": [(0, "#14000a"), (100, "#520014")], "lid_col": BLOOD_PAL["mid"], "pupil": False, "iris": 0.24},
    "laughing": {"brow": (-8, -6), "mouth": "laugh", "sclera": [(0, "#14000a"), (100, "#520014")], "lid_col": BLOOD_PAL["mid"], "pupil": False, "iris": 0.17, "iris_h": 0.6},
}


def chi_front_hair(d):
    g = d.lin(BLOOD, 20, 0, 80, 100)
    d.shape([(CX, 88), (364, 98), (394, 140), (398, 196, 0), (372, 176), (CX, 160), (228, 176), (202, 196, 0), (206, 140), (236, 98)], g, INK, OUT)
    for a, b, t, bend in (((206, 150), (250, 114), (212, 260), -10), ((244, 118), (290, 108), (250, 220), -4), ((300, 108), (344, 118), (330, 206), 6),
                          ((340, 120), (394, 150), (390, 280), 12), ((214, 170), (226, 230), (196, 370), -8), ((376, 180), (388, 240), (408, 390), 8)):
        hair_lock(d, a, b, t, bend, g)
    d.line([(226, 126), (262, 104), (300, 98)], "#ffc0c8", 4, opacity=0.8)
    drip(d, 196, 368, 24, 6)
    drip(d, 408, 388, 30, 6)


def chishioyaiba(expr):
    d = Doc(W, H)

    def head(d):
        head_skin(d, True, ears=False, pal=BLOOD_PAL)
        face_layer(d, True, CHI_FACES[expr], CHI_IRIS, "#4a0010")
        chi_front_hair(d)

    def front(d):
        if expr == "laughing":  # the ringing of her laugh
            for i, r in enumerate((150, 190, 232)):
                for s in (-1, 1):
                    a0, a1 = math.radians(-40), math.radians(40)
                    pts = [(CX + s * r * math.cos(a0 + (a1 - a0) * k / 4), 200 + r * math.sin(a0 + (a1 - a0) * k / 4)) for k in range(5)]
                    d.line(pts, "#ff9aa6", 5 - i, opacity=0.75 - i * 0.2)
    figure(d, chi_back_hair, chi_body, head, front, body_t=None)
    return d


# ------------------------------------------------------ QUINTA ESPADA ---
ESP_HAIR = [(0, "#e8eef8"), (45, "#9aa8c8"), (100, "#4a5678")]
ESP_IRIS = ("#7a5a08", "#ffe060", "#1a1000", "#fff4b0")
ESP_FACES = {
    "grin": {"brow": (8, -4), "mouth": "grin", "lid_in": 0.3, "lid_out": 0.12, "iris": 0.18, "mark": "#2aa88a", "look": (-2, 0)},
    "pain": {"brow": (-10, 6), "eye": "squeeze", "mouth": "pain", "sweat": True, "mark": "#2aa88a"},
}


def esp_back_hair(d):
    g = d.lin(ESP_HAIR, 0, 0, 100, 100)
    d.shape([(CX, 96), (360, 100), (404, 150), (412, 230), (420, 300, 0), (380, 270), (CX, 260), (220, 270), (180, 300, 0), (188, 230), (196, 150), (240, 100)], g, INK, OUT)


ESP_SKIN = {"hi": "#fbeee4", "mid": "#ecd6c8", "sh": "#c8a89c", "deep": "#9a7a70", "blush": "#e88a8a"}


def esp_body(d):
    wg = d.lin([(0, "#ffffff"), (55, "#e6e6ee"), (100, "#a8aabd")], 0, 0, 100, 100)
    # hakama
    d.shape([(196, 620), (404, 620), (432, 1000, 0), (168, 1000, 0)], wg, INK, OUT)
    for x0, x1 in ((250, 232), (300, 300), (350, 372)):
        d.line([(x0, 650), (x1, 1000)], "#a8aabd", 2.4, sm=False)
    # jacket
    jk = [(256, 252), (344, 252), (430, 318), (452, 420), (420, 660, 0), (320, 650), (300, 560, 0), (280, 650), (180, 660, 0), (150, 430), (166, 358)]
    d.shape(jk, wg, INK, OUT)
    # open front: bare chest with the hollow hole (a real hole: evenodd)
    chest = C.smooth if False else None
    from svg import smooth
    outer = smooth([(272, 300, 0), (328, 300, 0), (318, 420), (300, 560, 0), (282, 420)])
    hole = "M300 420 A26 30 0 1 0 300 480 A26 30 0 1 0 300 420Z"
    d.path(outer + hole, d.lin(C.SKIN_G, 0, 0, 100, 100), stroke=INK, stroke_width=2.6, fill_rule="evenodd")
    d.path("M300 414 A32 36 0 1 0 300 486 A32 36 0 1 0 300 414Z" + hole, "#3a2a30", fill_rule="evenodd", opacity=0.35)
    # black lining on the lapels
    for s in (-1, 1):
        d.shape([(CX + s * 28, 300, 0), (CX + s * 40, 300, 0), (CX + s * 6, 570, 0), (CX, 562, 0)], "#1c1a22", INK, 1.6, sm=False)
    # stand collar
    d.shape([(252, 240), (276, 226), (276, 296, 0), (244, 300, 0)], wg, INK, 2.6)
    d.shape([(348, 240), (324, 226), (324, 296, 0), (356, 300, 0)], d.lin([(0, "#e6e6ee"), (100, "#a8aabd")]), INK, 2.6)
    # black sash
    d.shape([(188, 610, 0), (412, 610, 0), (414, 648, 0), (186, 648, 0)], d.lin([(0, "#3a3846"), (100, "#0c0b10")]), INK, OUT)
    # his left hand shoved into the hakama (viewer right): a dark pocket slit
    # arms: the right hangs loose past the hilt, the left is bent, its forearm sunk in the slit
    wg2 = d.lin([(0, "#e6e6ee"), (100, "#9a9cb0")], 0, 0, 100, 100)
    C.hilt(d, ("#2aa88a", "#0e4a3c", "#0a0a10"), 210, 628)
    P.hand(d, 150, 664, 10, "claw", flip=True, sc=1.25, skin=ESP_SKIN)
    d.shape([(226, 292), (180, 326), (150, 392), (134, 500), (132, 600), (134, 672, 0), (174, 676, 0), (170, 590), (174, 490), (190, 420), (204, 364)], wg, INK, OUT)
    d.line([(160, 420), (152, 520), (156, 640)], "#a8aabd", 2.2)
    d.line([(134, 566), (158, 556)], "#a8aabd", 2)
    d.shape([(370, 290), (432, 312), (466, 366), (482, 440), (490, 500), (474, 570), (446, 630), (430, 666, 0), (398, 652, 0), (420, 590), (444, 520), (440, 460),
             (418, 404), (402, 352)], wg2, INK, OUT)
    d.line([(456, 400), (470, 480)], "#8a8ca0", 2.2)
    d.line([(452, 520), (476, 508)], "#8a8ca0", 2)
    d.line([(460, 560), (434, 628)], "#8a8ca0", 2)
    # the lip of the hakama slit over his wrist
    d.shape([(386, 648), (420, 640), (440, 652), (438, 676, 0), (420, 668), (396, 672, 0)], wg, INK, 2.6)


def esp_front_hair(d, expr):
    g = d.lin(ESP_HAIR, 20, 0, 80, 100)
    for a, b, t, bend in (((206, 160), (230, 120), (170, 120), -6), ((370, 120), (396, 160), (436, 118), 6), ((240, 104), (300, 90), (232, 40), -6),
                          ((300, 90), (360, 104), (384, 40), 6), ((270, 96), (330, 94), (300, 22), 0), ((200, 200), (210, 150), (168, 196), -4),
                          ((390, 150), (400, 200), (436, 192), 4)):
        hair_lock(d, a, b, t, bend, g)
    d.shape([(CX, 90), (362, 100), (396, 140), (400, 196, 0), (372, 170), (CX, 150), (228, 170), (200, 196, 0), (204, 140), (240, 100)], g, INK, OUT)
    for a, b, t, bend in (((268, 150), (296, 150), (286, 226), 6), ((300, 150), (326, 152), (318, 214), 4)):
        hair_lock(d, a, b, t, bend, g)
    d.line([(232, 122), (266, 104), (298, 98)], "#ffffff", 4, opacity=0.8)
    # hollow-mask fragment on his left jaw (viewer right): bone with teeth
    bone = d.lin([(0, "#ffffff"), (60, "#ecebe2"), (100, "#b4b2a4")], 0, 0, 100, 100)
    d.shape([(352, 236), (390, 204), (398, 250), (386, 292), (360, 316), (338, 322), (340, 296, 0), (350, 290), (362, 262, 0)], bone, INK, OUT)
    teeth = "".join("M%d %dL%d %dL%d %dZ" % (x, y, x - 11, y + 4, x + 1, y + 10) for x, y in ((362, 250), (358, 262), (352, 274), (346, 286)))
    d.path(teeth, "#ffffff", stroke=INK, stroke_width=1.6, stroke_linejoin="round")
    d.line([(376, 226), (384, 280)], "#8a1a2a", 3)
    if expr == "pain":
        F.blood_trickle(d, [(CX - 14, 300), (CX - 16, 316), (CX - 14, 330)], 3.5)
        for s_ in (-1, 1):  # strain marks at the temples
            d.line([(CX + s_ * 90, 168), (CX + s_ * 104, 160)], "#6a2a3a", 2.4)
            d.line([(CX + s_ * 92, 180), (CX + s_ * 110, 182)], "#6a2a3a", 2.4)


def espada(expr):
    d = Doc(W, H)

    def head(d):
        head_skin(d, False, pal={"hi": "#fbeee4", "mid": "#ecd6c8", "sh": "#c8a89c", "deep": "#9a7a70", "blush": "#e88a8a"})
        e = dict(ESP_FACES[expr])
        e["lid_col"] = "#ecd6c8"
        face_layer(d, False, e, ESP_IRIS, "#6a7698")
        esp_front_hair(d, expr)
    figure(d, esp_back_hair, esp_body, head, body_t=None)
    return d


# --------------------------------------------------------- YAMAMOTO ---
YAMA_SKIN = {"hi": "#ecc8aa", "mid": "#d6a88a", "sh": "#a87460", "deep": "#7a4c40", "blush": "#d08080"}
YAMA_HAND = dict(YAMA_SKIN, hi="#f0d0b4")
BEARD = [(0, "#ffffff"), (50, "#d8d8e0"), (100, "#8a8a9c")]


def yama_body(d):
    C.body(d, {"obi": [(0, "#5a5870"), (100, "#16141e")], "white": [(0, "#e8e8ee"), (50, "#b4b4c4"), (100, "#5e5e70")], "white2": [(0, "#c8c8d2"), (100, "#4a4a5a")]})
    p = {"white": [(0, "#e8e8ee"), (50, "#b4b4c4"), (100, "#5e5e70")], "white2": [(0, "#c8c8d2"), (100, "#4a4a5a")]}
    # the cane (his sealed staff): gnarled dark wood planted before his feet
    wood = d.lin([(0, "#8a6a4a"), (50, "#5a3e2a"), (100, "#2a1a12")], 0, 0, 100, 0)
    d.shape([(288, 760), (314, 760), (316, 880), (312, 1000, 0), (290, 1000, 0), (286, 880)], wood, INK, OUT)
    d.line([(294, 800), (293, 900), (295, 990)], "#a88a6a", 2.4, opacity=0.7)
    d.line([(306, 850), (310, 862)], INK, 1.6)
    # both sleeves: the forearms angle in to the cane, the wide sleeves hang outside
    for s in (-1, 1):
        X = lambda x: CX + s * (x - CX)
        cuff = [(X(242), 736), (X(260), 718), (X(280), 760), (X(262), 772)]
        d.shape(cuff, C.g_diag(d, C.BLACK), INK, OUT)
        hs = [(X(186), 366), (X(148), 390), (X(124), 460), (X(112), 560), (X(108), 680), (X(116), 800), (X(124), 846, 0), (X(176), 852), (X(214), 836, 0),
              (X(232), 800), (X(246), 782, 0), (X(268), 748, 0), (X(250), 712), (X(220), 640), (X(206), 540), (X(210), 430)]
        d.shape(hs, C._white(d, p, s), INK, OUT)
        d.line([(X(150), 440), (X(136), 600), (X(140), 780)], "#d8d8e0" if s < 0 else "#3a3a48", 2.2, opacity=0.7)
        d.line([(X(190), 620), (X(196), 760)], "#8a8a9c", 2)
        d.shape([(X(124), 846, 0), (X(176), 852), (X(214), 836, 0), (X(190), 856), (X(140), 858)], "#2a2834")
    # hands stacked on the knob: his right grips, his left rests over it
    d.shape([(280, 730), (300, 718), (322, 730), (320, 770), (282, 770)], wood, INK, 2.6)
    P.hand(d, 246, 764, -92, "grip", sc=1.4, skin=YAMA_HAND)
    P.hand(d, 354, 740, 98, "flat", flip=True, sc=1.4, skin=YAMA_HAND)


def yama_head(d):
    S = YAMA_SKIN
    sg = [(0, S["hi"]), (60, S["mid"]), (100, S["sh"])]
    d.shape([(CX - 28, 270), (CX + 28, 270), (CX + 27, 334, 0), (CX - 27, 334, 0)], d.lin(sg, 0, 0, 100, 0), INK, 2.4)
    for s in (-1, 1):
        d.shape([(CX + s * 80, 206), (CX + s * 98, 198), (CX + s * 104, 230), (CX + s * 94, 262), (CX + s * 78, 266)], S["mid"] if s < 0 else S["sh"], INK, 2.4)
    # bald skull, a little larger and higher than the others
    head = sym([(CX, 96), (352, 102), (386, 140), (392, 200), (386, 246), (372, 280), (348, 306), (322, 318), (CX, 322, 0)], CX)
    d.shape(head, d.lin(sg, 10, 0, 90, 100), INK, OUT)
    d.shape([(360, 130), (388, 190), (384, 250), (360, 300), (330, 316), (350, 270), (364, 220), (366, 170)], S["sh"], opacity=0.55)
    d.ellipse(262, 130, 34, 16, "#fff4e8", opacity=0.55, transform=None)
    # the X scar on his brow / scalp
    d.line([(252, 120), (300, 176)], "#8a4a40", 4)
    d.line([(300, 118), (262, 172)], "#8a4a40", 4)
    d.line([(340, 112), (350, 150)], "#8a4a40", 3)
    # forehead wrinkles
    for k in range(3):
        d.line([(258, 188 - k * 10), (300, 184 - k * 10), (342, 188 - k * 10)], S["deep"], 1.8, opacity=0.7)
    # closed stern eyes: heavy creased lids
    for s in (1, -1):
        ex = CX - s * 34
        d.line([(ex - s * 22, 228), (ex, 234), (ex + s * 20, 230)], INK, 4.5)
        d.line([(ex - s * 20, 240), (ex - s * 4, 244)], S["deep"], 2)
        d.line([(ex - s * 24, 220), (ex, 216), (ex + s * 18, 222)], S["deep"], 2)
        # long drooping white brows
        d.shape([(ex + s * 22, 206), (ex, 196), (ex - s * 26, 204), (ex - s * 44, 236), (ex - s * 50, 270, 0), (ex - s * 32, 232), (ex - s * 8, 214)], d.lin(BEARD), INK, 2)
    d.line([(CX + 4, 244), (CX + 8, 264), (CX, 270)], S["deep"], 2.4)
    # beard: a long white fall of locks down the chest
    bg = d.lin(BEARD, 0, 0, 100, 100)
    beard = [(236, 250), (262, 280), (300, 286), (338, 280), (364, 250), (380, 300), (372, 420), (350, 560), (330, 700), (312, 820, 0), (294, 720), (270, 800, 0),
             (262, 660), (236, 560), (222, 420), (218, 300)]
    d.shape(beard, bg, INK, OUT)
    for pts in (([(252, 320), (258, 480), (272, 640)]), ([(300, 330), (300, 520), (302, 700)]), ([(340, 320), (336, 480), (320, 640)]), ([(276, 320), (282, 460), (284, 560)])):
        d.line(pts, "#9a9aac", 2)
    # moustache
    d.shape([(CX, 276), (330, 272), (360, 290), (374, 330, 0), (340, 300), (CX, 292), (260, 300), (226, 330, 0), (240, 290), (270, 272)], bg, INK, 2.4)
    d.line([(266, 296), (300, 290), (334, 296)], "#4a3040", 2.4)


def yamamoto(expr):
    d = Doc(W, H)
    figure(d, lambda d: None, yama_body, yama_head)
    return d


# ------------------------------------------------------------ HOLLOW ---
HW = 700


def hollow():
    d = Doc(HW, H)
    cx = HW // 2
    bg = d.lin([(0, "#4a4458"), (40, "#1e1a26"), (100, "#08060c")], 0, 0, 100, 100)
    bone = d.lin([(0, "#ffffff"), (55, "#ecebe2"), (100, "#a6a496")], 0, 0, 100, 100)
    # legs (thighs) to the bottom edge
    for s in (-1, 1):
        X = lambda x: cx + s * (x - cx)
        d.shape([(X(300), 600), (X(232), 640), (X(224), 820), (X(236), 1000, 0), (X(320), 1000, 0), (X(340), 780), (X(344), 640)], bg, INK, OUT)
    # tattered cloth at the hips
    d.shape([(250, 600), (450, 600), (470, 760), (440, 720), (420, 820), (390, 740), (350, 860), (310, 740), (280, 820), (258, 720), (230, 770)], "#16121c", INK, OUT)
    # torso with the hollow hole
    from svg import smooth
    torso = smooth([(cx, 250), (400, 262), (478, 300), (470, 380), (430, 470), (410, 560), (420, 620, 0), (280, 620, 0), (290, 560), (270, 470), (230, 380), (222, 300), (300, 262)])
    hole = "M350 390 A44 48 0 1 0 350 486 A44 48 0 1 0 350 390Z"
    d.path(torso + hole, bg, stroke=INK, stroke_width=OUT, fill_rule="evenodd")
    d.path("M350 380 A54 58 0 1 0 350 496 A54 58 0 1 0 350 380Z" + hole, "#6a1020", fill_rule="evenodd", opacity=0.55)
    # bone plates: collar, ribs
    d.shape([(270, 270), (350, 300), (430, 270), (472, 300), (420, 330), (350, 334), (280, 330), (228, 300)], bone, INK, 2.6)
    for k, y in enumerate((520, 552, 584)):
        for s in (-1, 1):
            d.line([(cx + s * 20, y), (cx + s * 60, y - 8), (cx + s * 74 - s * k * 4, y + 10)], "#d8d6cc", 5)
    # shoulders with bone spikes, long arms ending in claws
    for s in (-1, 1):
        X = lambda x: cx + s * (x - cx)
        arm = [(X(228), 300), (X(190), 340), (X(160), 470), (X(140), 600), (X(124), 720), (X(132), 760), (X(162), 740), (X(182), 620), (X(206), 480), (X(236), 380)]
        d.shape(arm, bg, INK, OUT)
        d.shape([(X(250), 282), (X(196), 270), (X(150), 236, 0), (X(176), 296), (X(176), 340), (X(226), 330)], bone, INK, 2.6)
        d.shape([(X(158), 560), (X(176), 570), (X(150), 520, 0)], bone, INK, 2)
        for k in range(4):
            bx = X(122 + k * 12)
            d.shape([(bx - 5, 740), (bx + 5, 742), (bx + s * 4 - 2, 812 - k * 8, 0)], bone, INK, 1.8)
        d.line([(X(182), 360), (X(160), 480)], "#6a6478" if s < 0 else "#000000", 3, opacity=0.7)
    # neck
    d.shape([(322, 200), (378, 200), (384, 270, 0), (316, 270, 0)], bg, INK, OUT)
    # bone mask with horns
    for s in (-1, 1):
        X = lambda x: cx + s * (x - cx)
        d.shape([(X(300), 96), (X(262), 64), (X(226), 4, 0), (X(250), 70), (X(284), 118)], bone, INK, 2.6)
    mask = sym([(cx, 70), (396, 80), (420, 120), (418, 180), (400, 230), (376, 256), (cx, 266, 0)], cx)
    d.shape(mask, bone, INK, OUT)
    d.shape([(404, 100), (418, 170), (396, 230), (372, 252), (392, 180)], "#a6a496", opacity=0.6)
    # eye holes with a yellow glint
    for s in (-1, 1):
        X = lambda x: cx + s * (x - cx)
        d.shape([(X(308), 150), (X(284), 136), (X(310), 170), (X(334), 172), (X(340), 160, 0)], "#08060c", INK, 2)
        d.circle(X(316), 160, 4.5, "#ffd040")
    # red war-stripes and teeth
    d.line([(cx, 76), (cx, 140)], "#b01828", 5)
    for s in (-1, 1):
        d.line([(cx + s * 40, 184), (cx + s * 62, 220)], "#b01828", 4)
    d.shape([(318, 216), (382, 216), (376, 252), (324, 252)], "#08060c", INK, 2)
    teeth = "".join("M%d 216L%d 232L%d 216ZM%d 252L%d 238L%d 252Z" % (x, x + 4, x + 8, x, x + 4, x + 8) for x in range(320, 376, 9))
    d.path(teeth, "#ffffff", stroke=INK, stroke_width=1.2)
    return d


SPRITES = {"chishioyaiba calm": lambda: chishioyaiba("calm"), "chishioyaiba laughing": lambda: chishioyaiba("laughing"),
           "espada grin": lambda: espada("grin"), "espada pain": lambda: espada("pain"),
           "yamamoto stern": lambda: yamamoto("stern"), "hollow": hollow}
