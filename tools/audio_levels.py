#!/usr/bin/env python3
"""Print level figures for every file in audio/ and check them against the studio's rules.

For each file (decoded with soundfile, i.e. what the game will actually play):
  length, channels, sample peak and 4x-oversampled "true" peak (dBFS), RMS (dBFS),
  integrated loudness (ITU-R BS.1770-style K-weighting with -70/-10 gating, "LUFS"),
  and for looping files the discontinuity at the loop seam.

Rules (exit status 1 if any is broken):
  * no file peaks above -1 dBFS (true peak, 4x oversampled);
  * every file is 44.1 kHz; music is stereo and 55-110 s long;
  * all music tracks are within 3 dB of each other in integrated loudness;
  * effects are no more than 4 dB louder than the loudest music track and not
    absurdly quiet (more than 24 dB below the quietest);
  * looping files join without a click: the jump across the seam (last sample to
    first) is no bigger than the file's own 99.9th-percentile sample-to-sample step.

Usage:  .venv/bin/python tools/audio_levels.py [--markdown] [AUDIO_DIR]
Needs numpy and soundfile (see audio/README.md).
"""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import soundfile as sf

ROOT = Path(__file__).resolve().parent.parent
AUDIO = ROOT / "audio"

MUSIC = {"title", "promise", "desolation", "memories", "battle", "awakening", "vow", "kaori"}
LOOPS = {"title", "promise", "desolation", "memories", "battle", "awakening", "kaori", "wind", "heartbeat"}

PEAK_MAX_DB = -1.0
MUSIC_SPREAD_DB = 3.0
SFX_OVER_MUSIC_DB = 4.0
SFX_UNDER_MUSIC_DB = 24.0
MUSIC_LEN = (55.0, 110.0)


# ---------------------------------------------------------------------------
# measurement
# ---------------------------------------------------------------------------

def _biquad_power(b, a, w):
    z = np.exp(-1j * w)
    num = b[0] + b[1] * z + b[2] * z * z
    den = a[0] + a[1] * z + a[2] * z * z
    return np.abs(num / den) ** 2


def k_weight_power(freqs: np.ndarray, sr: int) -> np.ndarray:
    """|H|^2 of the BS.1770 K-weighting (high shelf + RLB high-pass), designed for sample rate sr."""
    w = 2 * np.pi * freqs / sr
    # stage 1: high shelf
    G, Q, fc = 3.999843853973347, 0.7071752369554196, 1681.974450955533
    A = 10 ** (G / 40)
    w0 = 2 * np.pi * fc / sr
    al = np.sin(w0) / (2 * Q)
    c = np.cos(w0)
    b1 = [A * ((A + 1) + (A - 1) * c + 2 * np.sqrt(A) * al), -2 * A * ((A - 1) + (A + 1) * c),
          A * ((A + 1) + (A - 1) * c - 2 * np.sqrt(A) * al)]
    a1 = [(A + 1) - (A - 1) * c + 2 * np.sqrt(A) * al, 2 * ((A - 1) - (A + 1) * c),
          (A + 1) - (A - 1) * c - 2 * np.sqrt(A) * al]
    # stage 2: high pass
    Q2, fc2 = 0.5003270373238773, 38.13547087602444
    w0 = 2 * np.pi * fc2 / sr
    al = np.sin(w0) / (2 * Q2)
    c = np.cos(w0)
    b2 = [(1 + c) / 2, -(1 + c), (1 + c) / 2]
    a2 = [1 + al, -2 * c, 1 - al]
    return _biquad_power(b1, a1, w) * _biquad_power(b2, a2, w)


def k_weighted(x: np.ndarray, sr: int) -> np.ndarray:
    """x: (channels, n).  Zero-phase FFT application of the K-weighting magnitude response
    (block energies match the IIR filter; only the phase differs)."""
    n = x.shape[1]
    m = 1 << int(np.ceil(np.log2(n + sr)))
    X = np.fft.rfft(x, m, axis=1)
    X *= np.sqrt(k_weight_power(np.fft.rfftfreq(m, 1 / sr), sr))[None, :]
    return np.fft.irfft(X, m, axis=1)[:, :n]


def block_loudness(x: np.ndarray, sr: int, block: float = 0.4, overlap: float = 0.75,
                   weighted: bool = False) -> np.ndarray:
    y = x if weighted else k_weighted(x, sr)
    nb = int(block * sr)
    hop = max(1, int(nb * (1 - overlap)))
    p = np.cumsum(np.concatenate([np.zeros((y.shape[0], 1)), y ** 2], axis=1), axis=1)
    if y.shape[1] < nb:  # shorter than one block: one block over the whole file
        ms = (p[:, -1] / max(1, y.shape[1]))[None, :]
    else:
        starts = np.arange(0, y.shape[1] - nb + 1, hop)
        ms = ((p[:, starts + nb] - p[:, starts]) / nb).T  # (blocks, channels)
    return -0.691 + 10 * np.log10(np.maximum(ms.sum(axis=1), 1e-20))


def integrated_lufs(x: np.ndarray, sr: int) -> float:
    return lufs_from_kweighted(k_weighted(x, sr), sr)


def lufs_from_kweighted(y: np.ndarray, sr: int) -> float:
    lb = block_loudness(y, sr, weighted=True)
    g = lb[lb > -70.0]
    if g.size == 0:
        return -70.0
    lin = 10 ** ((g + 0.691) / 10)
    rel = -0.691 + 10 * np.log10(lin.mean()) - 10.0
    g2 = g[g > rel]
    return float(-0.691 + 10 * np.log10((10 ** ((g2 + 0.691) / 10)).mean()))


def max_momentary(x: np.ndarray, sr: int) -> float:
    return float(block_loudness(x, sr).max())


def _sinc_phases(up: int = 4, taps: int = 48) -> np.ndarray:
    half = taps // 2
    out = []
    for p in range(1, up):
        t = np.arange(-half + 1, half + 1) - p / up
        h = np.sinc(t) * np.kaiser(taps, 8.0)
        out.append(h / h.sum())
    return np.array(out)


def true_peak(x: np.ndarray, up: int = 4) -> float:
    """Max |x| over the samples and 3 interpolated points between each pair (windowed sinc)."""
    pk = float(np.abs(x).max())
    for ch in x:
        for h in _sinc_phases(up):
            y = np.convolve(ch, h[::-1], mode="same")
            pk = max(pk, float(np.abs(y).max()))
    return pk


def db(v: float) -> float:
    return 20 * np.log10(max(v, 1e-12))


def seam_ratio(x: np.ndarray) -> tuple[float, float]:
    """(jump across the loop seam, ratio to the 99.9th percentile of |x[n+1]-x[n]|), worst channel."""
    worst = (0.0, 0.0)
    for ch in x:
        d = np.abs(np.diff(ch))
        ref = max(float(np.percentile(d, 99.9)), 1e-9)
        jump = abs(float(ch[0] - ch[-1]))
        if jump / ref > worst[1]:
            worst = (jump, jump / ref)
    return worst


def measure(path: Path) -> dict:
    data, sr = sf.read(str(path), always_2d=True, dtype="float64")
    x = data.T
    name = path.stem
    m = {
        "file": path.name, "name": name, "sr": sr, "channels": x.shape[0],
        "length": x.shape[1] / sr,
        "peak": db(float(np.abs(x).max())),
        "true_peak": db(true_peak(x)),
        "rms": db(float(np.sqrt(np.mean(x ** 2)))),
        "lufs": integrated_lufs(x, sr),
        "mmax": max_momentary(x, sr),
        "kind": "music" if name in MUSIC else "sfx",
        "loop": name in LOOPS,
        "size_kb": path.stat().st_size / 1024,
    }
    if m["loop"]:
        m["seam"], m["seam_ratio"] = seam_ratio(x)
    return m


# ---------------------------------------------------------------------------
# rules
# ---------------------------------------------------------------------------

def check(ms: list[dict]) -> list[str]:
    errs: list[str] = []
    music = [m for m in ms if m["kind"] == "music"]
    for m in ms:
        if m["true_peak"] > PEAK_MAX_DB:
            errs.append(f"{m['file']}: true peak {m['true_peak']:.2f} dBFS > {PEAK_MAX_DB} dBFS")
        if m["sr"] != 44100:
            errs.append(f"{m['file']}: sample rate {m['sr']} != 44100")
        if m["kind"] == "music":
            if m["channels"] != 2:
                errs.append(f"{m['file']}: music must be stereo")
            if not MUSIC_LEN[0] <= m["length"] <= MUSIC_LEN[1]:
                errs.append(f"{m['file']}: length {m['length']:.1f}s outside {MUSIC_LEN}")
        if m["loop"] and m["seam_ratio"] > 1.0:
            errs.append(f"{m['file']}: loop seam jump {m['seam']:.4f} is {m['seam_ratio']:.2f}x the "
                        f"99.9th-percentile step (click)")
    if music:
        lo = min(m["lufs"] for m in music)
        hi = max(m["lufs"] for m in music)
        if hi - lo > MUSIC_SPREAD_DB:
            errs.append(f"music loudness spread {hi - lo:.2f} dB > {MUSIC_SPREAD_DB} dB "
                        f"({lo:.1f} .. {hi:.1f} LUFS)")
        for m in ms:
            if m["kind"] != "sfx":
                continue
            if m["lufs"] > hi + SFX_OVER_MUSIC_DB:
                errs.append(f"{m['file']}: {m['lufs']:.1f} LUFS is more than {SFX_OVER_MUSIC_DB} dB "
                            f"louder than the loudest music ({hi:.1f})")
            if m["lufs"] < lo - SFX_UNDER_MUSIC_DB:
                errs.append(f"{m['file']}: {m['lufs']:.1f} LUFS is far quieter than the music")
    for required in MUSIC:
        if not any(m["name"] == required for m in ms):
            errs.append(f"missing music file {required}.ogg")
    return errs


def table(ms: list[dict], markdown: bool = False) -> str:
    head = ["file", "kind", "loop", "length s", "ch", "peak dBFS", "true peak dBFS", "RMS dBFS",
            "loudness LUFS", "max momentary LUFS", "seam jump", "size KB"]
    rows = []
    for m in ms:
        seam = f"{m['seam']:.4f} ({m['seam_ratio']:.2f}x)" if m["loop"] else "-"
        rows.append([m["file"], m["kind"], "yes" if m["loop"] else "no", f"{m['length']:.2f}",
                     str(m["channels"]), f"{m['peak']:.2f}", f"{m['true_peak']:.2f}", f"{m['rms']:.2f}",
                     f"{m['lufs']:.2f}", f"{m['mmax']:.2f}", seam, f"{m['size_kb']:.0f}"])
    if markdown:
        out = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
        out += ["| " + " | ".join(r) + " |" for r in rows]
        return "\n".join(out)
    w = [max(len(h), *(len(r[i]) for r in rows)) for i, h in enumerate(head)]
    fmt = lambda r: "  ".join(c.ljust(w[i]) if i < 3 else c.rjust(w[i]) for i, c in enumerate(r))
    return "\n".join([fmt(head), fmt(["-" * x for x in w])] + [fmt(r) for r in rows])


def main(argv: list[str]) -> int:
    markdown = "--markdown" in argv
    args = [a for a in argv if not a.startswith("--")]
    folder = Path(args[0]) if args else AUDIO
    files = sorted(folder.glob("*.ogg"))
    if not files:
        print(f"no .ogg files in {folder}")
        return 1
    ms = [measure(p) for p in files]
    music = [m for m in ms if m["kind"] == "music"]
    ms.sort(key=lambda m: (m["kind"] != "music", m["file"]))
    print(table(ms, markdown))
    print()
    if music:
        lo = min(m["lufs"] for m in music)
        hi = max(m["lufs"] for m in music)
        print(f"music loudness: {lo:.2f} .. {hi:.2f} LUFS (spread {hi - lo:.2f} dB, limit {MUSIC_SPREAD_DB} dB)")
    errs = check(ms)
    if errs:
        print("RULES BROKEN:")
        for e in errs:
            print("  - " + e)
        return 1
    print("all rules OK: true peak <= -1 dBFS, music within 3 dB, effects within range, loops seamless")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
