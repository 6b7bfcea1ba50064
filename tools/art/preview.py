"""Preview sheets of the art, loaded exactly as the game loads it.

    SDL_VIDEODRIVER=dummy .venv/bin/python tools/art/preview.py [--time]

Writes PNGs into /tmp/artpreview/ and prints the rasterisation time of each file.
"""
import os
import time

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
import pygame  # noqa: E402

from game.render.stage import sprite_rect  # noqa: E402
from game.scene.canvas import CANVAS  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
ART = os.path.normpath(os.path.join(HERE, "..", "..", "art"))
OUT = "/tmp/artpreview"

SCENES = [
    ("bg home night", ["izumo worried", "kaori cold"]),
    ("bg home evening", ["izumo smile", "kaori smile"]),
    ("bg squad six barracks", ["kaori cold", "izumo neutral"]),
    ("bg relief station", ["izumo neutral"]),
    ("bg hueco mundo blood", ["kaori wounded", "espada grin"]),
    ("bg hueco mundo red", ["izumo rage", "chishioyaiba laughing", "espada pain"]),
    ("bg hueco mundo", ["espada grin"]),
    ("bg first division office", ["yamamoto stern", "izumo rage"]),
    ("bg forest", ["hollow", "kaori cold", "izumo neutral"]),
]


def find_all():
    files = {}
    for root, _, names in os.walk(ART):
        for n in names:
            if n.endswith(".svg"):
                files[n[:-4].lower()] = os.path.join(root, n)
    return files


def load(files, name, timings):
    p = files.get(name)
    if not p:
        return None
    t = time.perf_counter()
    s = pygame.image.load(p)
    timings[name] = (time.perf_counter() - t) * 1000
    return s


def main():
    pygame.init()
    pygame.display.set_mode((1, 1))
    os.makedirs(OUT, exist_ok=True)
    files = find_all()
    timings = {}
    cache = {}

    def get(n):
        if n not in cache:
            cache[n] = load(files, n, timings)
        return cache[n]

    # every full-screen image alone
    for n in sorted(files):
        if n.startswith("bg ") or n.startswith("cg ") or n == "title":
            s = get(n)
            pygame.image.save(pygame.transform.smoothscale(s.convert(), (960, 540)), os.path.join(OUT, n.replace(" ", "_") + ".png"))
    # scenes: background + sprites on the bottom edge (left, centre, right)
    for bg, sprites in SCENES:
        b = get(bg)
        if b is None:
            continue
        frame = b.convert()
        sp = [get(n) for n in sprites]
        sp = [s for s in sp if s is not None]
        xs = {1: ["center"], 2: ["left", "right"], 3: ["left", "center", "right"]}.get(len(sp), [])
        for s, where in zip(sp, xs):
            s = s.convert_alpha()
            frame.blit(s, sprite_rect(s.get_size(), where, CANVAS))  # as the game places it
        pygame.image.save(pygame.transform.smoothscale(frame, (960, 540)), os.path.join(OUT, "scene_" + bg[3:].replace(" ", "_") + ".png"))
    # character sheets: all expressions side by side on a mid grey
    tags = sorted({n.split()[0] for n in files if n.split()[0] not in ("bg", "cg", "title")})
    for tag in tags:
        names = sorted(n for n in files if n.split()[0] == tag)
        ss = [get(n).convert_alpha() for n in names]
        w = sum(s.get_width() for s in ss)
        h = max(s.get_height() for s in ss)
        sheet = pygame.Surface((w, h))
        sheet.fill((96, 100, 112))
        x = 0
        for s in ss:
            pygame.draw.rect(sheet, (80, 84, 96), (x, 0, s.get_width(), h), 2)
            sheet.blit(s, (x, h - s.get_height()))
            x += s.get_width()
        scale = 500 / h
        pygame.image.save(pygame.transform.smoothscale(sheet, (int(w * scale), 500)), os.path.join(OUT, "sheet_" + tag + ".png"))
    # faces close up (full resolution crop of the head) to judge detail
    for tag in tags:
        names = sorted(n for n in files if n.split()[0] == tag)
        ss = [get(n).convert_alpha() for n in names]
        crop = pygame.Surface((300 * len(ss), 300))
        crop.fill((96, 100, 112))
        for i, s in enumerate(ss):
            cx = s.get_width() // 2
            crop.blit(s, (i * 300, 0), pygame.Rect(cx - 150, 70, 300, 300))
        pygame.image.save(crop, os.path.join(OUT, "faces_" + tag + ".png"))
    # lint: features nanosvg cannot draw (see /work/shared/ART.md)
    import re
    for n, p in sorted(files.items()):
        t = open(p).read()
        bad = [k for k in ("<use", "<text", "clipPath", "<mask", "<filter", "rgba(", "hsl(", "transparent", "<image") if k in t]
        bad += ["colour name %r" % m for m in re.findall(r'(?:fill|stroke|stop-color)="([^"#u][^"]*)"', t) if m != "none"]
        if bad:
            print("LINT", n, sorted(set(bad)))
    # timing: fresh loads
    print("%-34s %8s  %s" % ("image", "ms", "size"))
    for n in sorted(files):
        t = time.perf_counter()
        s = pygame.image.load(files[n])
        ms = (time.perf_counter() - t) * 1000
        print("%-34s %8.1f  %dx%d" % (n, ms, s.get_width(), s.get_height()))


if __name__ == "__main__":
    main()
