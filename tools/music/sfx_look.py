#!/usr/bin/env python3
"""Spectrograms of effects for checking them by eye, optionally the old version above the new.

    .venv/bin/python tools/music/sfx_look.py audio/giggle.ogg [--old OLD.ogg] [--out /tmp/x.png]

Log-frequency axis 30 Hz-16 kHz (grey dotted lines at 100, 150, 400, 1k, 4k, 10k Hz, labelled),
80 dB colour range, a 100 ms time grid (brighter every second), and under each the level
envelope (peak, -60..0 dBFS).  Uses analyze.py's spectrogram and pygame to draw.
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import numpy as np
import soundfile as sf

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
sys.path.insert(0, str(Path(__file__).resolve().parent))
from analyze import spectrogram  # noqa: E402

LINES = (100, 150, 400, 1000, 4000, 10000)


def panel(path, seconds, px_per_s=400, rows=300, env_h=90):
    import pygame
    x, sr = sf.read(str(path), always_2d=True, dtype="float64")
    x = x.T
    hop = int(sr / px_per_s)
    S, edges = spectrogram(x, sr, frame=1024, hop=hop, rows=rows)
    S = np.clip((S - (S.max() - 80)) / 80, 0, 1)
    W = int(seconds * px_per_s)
    img = np.zeros((W, rows + env_h + 24, 3), dtype=np.uint8)
    c = S[:W, ::-1]
    w = c.shape[0]
    img[:w, :rows, 0] = (np.clip(c * 1.6, 0, 1) * 255).astype(np.uint8)
    img[:w, :rows, 1] = (np.clip(c * 1.6 - 0.6, 0, 1) * 255).astype(np.uint8)
    img[:w, :rows, 2] = (np.clip(c * 2.0 - 1.3, 0, 1) * 255).astype(np.uint8)
    for f in LINES:
        r = np.searchsorted(edges, f)
        img[::5, rows - r, :] = 110
    for k in range(int(seconds * 10) + 1):
        col = int(k * px_per_s / 10)
        if col < W:
            img[col, rows: rows + (14 if k % 10 == 0 else 6), :] = 220 if k % 10 == 0 else 120
    m = np.abs(x).max(axis=0)
    for i in range(min(W, m.size // hop)):
        v = m[i * hop:(i + 1) * hop].max()
        h = int(np.clip((20 * np.log10(v + 1e-9) + 60) / 60, 0, 1) * (env_h - 2))
        img[i, rows + 24 + env_h - h: rows + 24 + env_h, 1] = 200
        img[i, rows + 24 + env_h - h: rows + 24 + env_h, 2] = 120
    surf = pygame.surfarray.make_surface(img)
    font = pygame.font.Font(None, 18)
    for f in LINES:
        r = np.searchsorted(edges, f)
        surf.blit(font.render(f"{f:g}", True, (160, 160, 160)), (2, rows - r - 13))
    surf.blit(font.render(f"{Path(path).name}  {x.shape[1] / sr:.2f}s", True, (230, 230, 230)), (50, rows + 4))
    return surf


def main(argv=None):
    import pygame
    pygame.font.init()
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--old")
    ap.add_argument("--out")
    ap.add_argument("--pps", type=int, default=400, help="pixels per second")
    a = ap.parse_args(argv)
    files = ([a.old] if a.old else []) + [a.file]
    secs_ = max(sf.info(f).duration for f in files)
    panels = [panel(f, secs_, a.pps) for f in files]
    W = max(p.get_width() for p in panels)
    H = sum(p.get_height() + 6 for p in panels)
    out = pygame.Surface((W, H))
    out.fill((40, 40, 40))
    y = 0
    for p in panels:
        out.blit(p, (0, y))
        y += p.get_height() + 6
    dest = a.out or f"/tmp/{Path(a.file).stem}_look.png"
    pygame.image.save(out, dest)
    print(dest)


if __name__ == "__main__":
    sys.exit(main())
