#!/usr/bin/env python3
"""Figures for the sound effects, measured on the decoded files (numpy + soundfile only).

    .venv/bin/python tools/music/sfx_figures.py                 # table for every effect in audio/
    .venv/bin/python tools/music/sfx_figures.py old/giggle.ogg  # any files

The same functions back tests/audio/test_effects_figures.py.  Definitions:

* share above 150 Hz: energy of the mono sum (L+R)/2 above 150 Hz over its total energy (one FFT
  of the whole file).  A laptop speaker plays little under ~150 Hz; a sound with share s loses at
  most 10*log10(s) dB on it (40% -> 4 dB; the old heartbeat's 0.2% -> 27 dB).
* mono loss: energy of one louder channel over the energy of (L+R)/2, in dB, for the whole band
  and for the band above 1 kHz (where short L/R delays comb), the worse of the two.  Uncorrelated
  channels lose 3 dB, a 17-sample delay between them ~6 dB, identical channels 0 dB.
* true peak: max |x| of the file upsampled 4x (band-limited, by FFT zero padding), in dBFS.
* pitch: YIN (de Cheveigne & Kawahara 2002): cumulative-mean-normalised difference function,
  the shortest lag whose dip is under 0.15 or within 0.08 of the deepest one, parabolic interpolation, over 2048-sample frames hopped by 256 samples;
  a frame is voiced when its dip is below 0.25 and its RMS within 30 dB of the loudest frame.
* tonal share: in each 4096-sample frame (hop 1024) the fraction of its energy above 300 Hz that
  sits in its strongest partial (+-3 bins, +-32 Hz), averaged over the frames within 30 dB of the
  loudest, weighted by their energy.  A few long sines (a chime) score ~0.4-0.5; steel made of
  noise and dense inharmonic modes ~0.1.
* attack share: the share of energy above 1 kHz in the 30 ms from 5 ms before the onset: the
  click or knock that lets a small speaker place a low hit in time.
* onset: the first time the 10 ms RMS envelope (2 ms hop) comes within 6 dB of its maximum.
"""
from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

EFFECTS = ["sword_draw", "slash", "heal", "heartbeat", "blood", "giggle", "body_fall", "reiatsu",
           "reiatsu_rise", "wind"]
AUDIO = Path(__file__).resolve().parents[2] / "audio"


def load(path) -> tuple[np.ndarray, int]:
    """(channels, n) float64 and the sample rate."""
    import soundfile as sf
    data, sr = sf.read(str(path), always_2d=True, dtype="float64")
    return data.T, sr


def mono(x: np.ndarray) -> np.ndarray:
    return x.mean(axis=0)


def band_energy(y: np.ndarray, sr: int, lo: float = 0.0, hi: float = np.inf) -> float:
    P = np.abs(np.fft.rfft(y)) ** 2
    f = np.fft.rfftfreq(len(y), 1 / sr)
    return float(P[(f >= lo) & (f < hi)].sum())


def share_above(x: np.ndarray, sr: int, fc: float = 150.0) -> float:
    m = mono(x)
    return band_energy(m, sr, fc) / max(band_energy(m, sr), 1e-30)


def share_band(x: np.ndarray, sr: int, lo: float, hi: float) -> float:
    m = mono(x)
    return band_energy(m, sr, lo, hi) / max(band_energy(m, sr), 1e-30)


def mono_loss_db(x: np.ndarray, sr: int) -> float:
    """How much quieter (L+R)/2 is than the louder channel, dB (worst of full band and > 1 kHz)."""
    if x.shape[0] == 1:
        return 0.0
    worst = -np.inf
    for lo in (0.0, 1000.0):
        louder = max(band_energy(ch, sr, lo) for ch in x)
        summed = band_energy(mono(x), sr, lo)
        worst = max(worst, 10 * np.log10(max(louder, 1e-30) / max(summed, 1e-30)))
    return float(worst)


def true_peak_db(x: np.ndarray, up: int = 4) -> float:
    n = x.shape[1]
    X = np.fft.rfft(x, axis=1)
    Y = np.zeros((x.shape[0], (n * up) // 2 + 1), dtype=complex)
    Y[:, : X.shape[1]] = X
    y = np.fft.irfft(Y, n * up, axis=1) * up
    pk = max(float(np.abs(y).max()), float(np.abs(x).max()))
    return 20 * np.log10(max(pk, 1e-12))


def yin(y: np.ndarray, sr: int, fmin: float = 70.0, fmax: float = 1500.0, frame: int = 2048,
        hop: int = 256, threshold: float = 0.15) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per frame: (time s, f0 Hz, dip of the normalised difference, RMS)."""
    W = frame // 2
    tmax = min(W - 1, int(sr / fmin))
    tmin = max(2, int(sr / fmax))
    times, f0s, dips, rms = [], [], [], []
    for s in range(0, len(y) - frame, hop):
        x = y[s: s + frame]
        a = x[:W]
        # d(tau) = sum_j (x_j - x_{j+tau})^2, j < W, via energies and an FFT cross-correlation
        e0 = float((a * a).sum())
        c = np.cumsum(np.concatenate([[0.0], x * x]))
        etau = c[np.arange(tmax + 1) + W] - c[np.arange(tmax + 1)]
        m = 1 << int(np.ceil(np.log2(2 * frame)))
        r = np.fft.irfft(np.fft.rfft(x, m) * np.conj(np.fft.rfft(a, m)), m)[: tmax + 1]
        d = e0 + etau - 2 * r
        d[0] = 0.0
        cm = np.ones_like(d)
        cs = np.cumsum(d[1:])
        cm[1:] = d[1:] * np.arange(1, tmax + 1) / np.maximum(cs, 1e-30)
        seg = cm[tmin:]
        # local minima of the normalised difference; take the shortest lag whose dip is below the
        # threshold or within 0.08 of the deepest dip (so breath noise cannot push it an octave down)
        mins = np.nonzero((seg[1:-1] < seg[:-2]) & (seg[1:-1] <= seg[2:]))[0] + 1
        if mins.size:
            best = seg[mins].min()
            good = mins[seg[mins] < max(threshold, best + 0.08)]
            k = int(good[0])
        else:
            k = int(np.argmin(seg))
        tau = k + tmin
        if 1 <= tau < tmax:
            p, q, r_ = cm[tau - 1], cm[tau], cm[tau + 1]
            den = p - 2 * q + r_
            shift = 0.5 * (p - r_) / den if abs(den) > 1e-12 else 0.0
        else:
            shift = 0.0
        times.append((s + W) / sr)
        f0s.append(sr / (tau + np.clip(shift, -1, 1)))
        dips.append(float(cm[tau]))
        rms.append(np.sqrt(e0 / W))
    return np.array(times), np.array(f0s), np.array(dips), np.array(rms)


def voiced_f0(x: np.ndarray, sr: int) -> np.ndarray:
    """F0 of the voiced frames (dip < 0.25, RMS within 30 dB of the loudest frame)."""
    _t, f0, dip, rms = yin(mono(x), sr)
    ok = (dip < 0.25) & (rms > rms.max() * 10 ** (-30 / 20))
    return f0[ok]


def tonal_share(x: np.ndarray, sr: int, frame: int = 4096, hop: int = 1024, fmin: float = 300.0) -> float:
    m = mono(x)
    win = np.hanning(frame)
    f = np.fft.rfftfreq(frame, 1 / sr)
    fracs, ens = [], []
    for s in range(0, max(1, len(m) - frame), hop):
        P = np.abs(np.fft.rfft(m[s: s + frame] * win, frame)) ** 2
        P[f < fmin] = 0.0
        k = int(np.argmax(P))
        tot = float(P.sum())
        fracs.append(P[max(0, k - 3): k + 4].sum() / max(tot, 1e-30))
        ens.append(tot)
    fr, en = np.array(fracs), np.array(ens)
    loud = en > en.max() * 1e-3
    return float((fr[loud] * en[loud]).sum() / en[loud].sum())


def envelope_db(x: np.ndarray, sr: int, win: float = 0.010, hop: float = 0.002) -> tuple[np.ndarray, np.ndarray]:
    m = mono(x)
    w, h = int(win * sr), int(hop * sr)
    c = np.cumsum(np.concatenate([[0.0], m * m]))
    starts = np.arange(0, len(m) - w, h)
    e = (c[starts + w] - c[starts]) / w
    return starts / sr, 10 * np.log10(np.maximum(e, 1e-20))


def onset_s(x: np.ndarray, sr: int, within_db: float = 6.0) -> float:
    t, e = envelope_db(x, sr)
    return float(t[np.nonzero(e >= e.max() - within_db)[0][0]])


def loudest_s(x: np.ndarray, sr: int) -> float:
    t, e = envelope_db(x, sr)
    return float(t[int(np.argmax(e))])


def attack_share(x: np.ndarray, sr: int, fc: float = 1000.0, win: float = 0.030) -> float:
    a = max(0, int((onset_s(x, sr) - 0.005) * sr))
    return share_above(x[:, a: a + int(win * sr)], sr, fc)


def figures(path) -> dict:
    x, sr = load(path)
    out = {"file": Path(path).name, "length": x.shape[1] / sr, "share150": share_above(x, sr),
           "share100_400": share_band(x, sr, 100, 400), "mono_loss": mono_loss_db(x, sr),
           "true_peak": true_peak_db(x), "onset": onset_s(x, sr), "loudest": loudest_s(x, sr),
           "tonal": tonal_share(x, sr), "attack": attack_share(x, sr)}
    f0 = voiced_f0(x, sr)
    out["f0_median"] = float(np.median(f0)) if f0.size else float("nan")
    out["voiced_frames"] = int(f0.size)
    return out


def main(argv: list[str]) -> int:
    paths = argv or [AUDIO / f"{n}.ogg" for n in EFFECTS if (AUDIO / f"{n}.ogg").exists()]
    print("| file | length s | > 150 Hz | 100-400 Hz | mono loss dB | true peak dBFS | onset s | loudest s "
          "| tonal share | attack > 1 kHz | median F0 Hz (voiced frames) |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for p in paths:
        f = figures(p)
        print(f"| {f['file']} | {f['length']:.2f} | {f['share150'] * 100:.1f}% | {f['share100_400'] * 100:.1f}% "
              f"| {f['mono_loss']:.2f} | {f['true_peak']:.2f} | {f['onset']:.3f} | {f['loudest']:.3f} | {f['tonal']:.2f} | {f['attack'] * 100:.1f}% "
              f"| {f['f0_median']:.0f} ({f['voiced_frames']}) |")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
