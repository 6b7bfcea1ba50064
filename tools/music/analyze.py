#!/usr/bin/env python3
"""Look at rendered audio without ears: log-frequency spectrogram + level envelope as a PNG,
onset times, and the loop seam.

    .venv/bin/python tools/music/analyze.py audio/title.ogg [--out /tmp/title.png] [--start S --dur D]
"""
from __future__ import annotations

import argparse
import signal
import os
import sys
from pathlib import Path

import numpy as np
import soundfile as sf

os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")


def spectrogram(x, sr, frame=4096, hop=1024, fmin=30.0, fmax=16000.0, rows=300):
    mono = x.mean(axis=0)
    nf = max(1, (len(mono) - frame) // hop + 1)
    idx = np.arange(frame)[None, :] + hop * np.arange(nf)[:, None]
    fr = mono[np.minimum(idx, len(mono) - 1)] * np.hanning(frame)[None, :]
    S = np.abs(np.fft.rfft(fr, axis=1))
    f = np.fft.rfftfreq(frame, 1 / sr)
    edges = fmin * (fmax / fmin) ** (np.arange(rows + 1) / rows)
    out = np.zeros((nf, rows))
    for r in range(rows):
        sel = (f >= edges[r]) & (f < edges[r + 1])
        if sel.any():
            out[:, r] = S[:, sel].max(axis=1)
        else:
            out[:, r] = S[:, np.argmin(np.abs(f - (edges[r] + edges[r + 1]) / 2))]
    return 20 * np.log10(out + 1e-9), edges


def onsets(x, sr, hop=512):
    mono = np.abs(x).max(axis=0)
    n = len(mono) // hop
    e = mono[: n * hop].reshape(n, hop).max(axis=1)
    le = 20 * np.log10(e + 1e-9)
    d = np.diff(le)
    ons = np.nonzero((d > 4.0) & (le[1:] > le.max() - 40))[0]
    keep = []
    for o in ons:
        if not keep or o - keep[-1] > 4:
            keep.append(o)
    return np.array(keep) * hop / sr


def main(argv=None):
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--out")
    ap.add_argument("--start", type=float, default=0.0)
    ap.add_argument("--dur", type=float)
    ap.add_argument("--width", type=int, default=1400)
    a = ap.parse_args(argv)
    data, sr = sf.read(a.file, always_2d=True, dtype="float64")
    x = data.T
    s0 = int(a.start * sr)
    s1 = x.shape[1] if a.dur is None else min(x.shape[1], s0 + int(a.dur * sr))
    x = x[:, s0:s1]
    dur = x.shape[1] / sr
    hop = max(64, int(x.shape[1] / a.width))
    frame = 4096 if dur > 10 else 2048
    S, edges = spectrogram(x, sr, frame=frame, hop=hop)
    S = np.clip((S - (S.max() - 80)) / 80, 0, 1)
    import pygame
    H, E = S.shape[1], 120
    W = S.shape[0]
    img = np.zeros((W, H + E + 4, 3), dtype=np.uint8)
    # colour map: black -> deep red -> orange -> pale yellow
    c = S[:, ::-1]
    img[:, :H, 0] = (np.clip(c * 1.6, 0, 1) * 255).astype(np.uint8)
    img[:, :H, 1] = (np.clip(c * 1.6 - 0.6, 0, 1) * 255).astype(np.uint8)
    img[:, :H, 2] = (np.clip(c * 2.0 - 1.3, 0, 1) * 255).astype(np.uint8)
    # octave lines at A notes (55, 110, ... Hz)
    for fA in (55, 110, 220, 440, 880, 1760, 3520, 7040, 14080):
        r = np.searchsorted(edges, fA)
        if 0 < r < H:
            img[::6, H - r, :] = 90
    # second lines
    for s in range(int(dur) + 1):
        col = int(s * sr / hop)
        if col < W:
            img[col, H:H + 10 if s % 10 else H + 25, :] = 200
    # level envelope (peak per column, dB)
    mono = np.abs(x).max(axis=0)
    cols = np.array_split(mono, W)
    lv = np.array([c_.max() if len(c_) else 0 for c_ in cols])
    ldb = np.clip((20 * np.log10(lv + 1e-9) + 60) / 60, 0, 1)
    for i in range(W):
        h = int(ldb[i] * (E - 2))
        img[i, H + 4 + E - h: H + 4 + E, 1] = 200
        img[i, H + 4 + E - h: H + 4 + E, 2] = 120
    surf = pygame.surfarray.make_surface(img)
    out = a.out or f"/tmp/{Path(a.file).stem}.png"
    pygame.image.save(surf, out)
    print(f"{a.file}: {dur:.2f}s  -> {out}  ({W}x{H + E + 4}, {hop / sr * 1000:.1f} ms/column)")
    on = onsets(x, sr)
    print(f"onsets ({len(on)}):", " ".join(f"{o + a.start:.2f}" for o in on[:80]))
    if x.shape[1] > 2:
        jump = np.abs(x[:, 0] - x[:, -1]).max()
        step = np.percentile(np.abs(np.diff(x, axis=1)), 99.9)
        print(f"seam jump {jump:.5f} vs p99.9 step {step:.5f}; first {x[:, 0]}, last {x[:, -1]}")


if __name__ == "__main__":
    sys.exit(main())
