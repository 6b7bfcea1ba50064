"""A small source-filter voice for laughter (Klatt-style cascade formant synthesis).

Source: a glottal flow-derivative pulse train (Rosenberg pulse, differentiated for lip radiation),
built one glottal cycle at a time so each cycle gets its own jitter (period) and shimmer (amplitude),
plus aspiration noise that is gated by the glottal cycle while voicing and free during an "h".
Filter: five two-pole resonators in cascade (the vocal tract), whose frequencies may glide.
"""
from __future__ import annotations

import numpy as np

from synth import SR, fft_filter, highpass_resp, lowpass_resp

# an open, laughing "a" of an adult woman (Hz, bandwidth Hz)
VOWEL_A = [(960, 90), (1560, 110), (2850, 170), (4100, 250), (4950, 300)]
VOWEL_AE = [(860, 90), (1900, 110), (2950, 170), (4150, 250), (4950, 300)]


def rosenberg_derivative(n: int, open_q: float = 0.6, skew: float = 0.68) -> np.ndarray:
    """One cycle (n samples) of the derivative of a Rosenberg glottal pulse: opening phase
    (rise), closing phase (faster fall), closed phase (zero)."""
    t = np.arange(n) / n
    to = open_q * skew          # end of the opening phase
    tc = open_q                 # glottal closure
    g = np.zeros(n)
    a = t < to
    g[a] = 0.5 * (1 - np.cos(np.pi * t[a] / to))
    b = (t >= to) & (t < tc)
    g[b] = np.cos(0.5 * np.pi * (t[b] - to) / (tc - to))
    d = np.diff(np.concatenate([[0.0], g]))
    return d


def glottal_source(f0: np.ndarray, amp: np.ndarray, rng: np.random.Generator, jitter: float = 0.008,
                   shimmer_db: float = 0.5, open_q: float = 0.72) -> tuple[np.ndarray, np.ndarray]:
    """Pulse train following the per-sample f0 (Hz) and amp curves (0 = unvoiced).

    Returns (source, glottal-open gate) so aspiration can be modulated by the cycle."""
    n = len(f0)
    out = np.zeros(n)
    gate = np.zeros(n)
    i = 0
    while i < n:
        if amp[i] <= 1e-4 or f0[i] <= 0:
            i += 1
            continue
        T = SR / f0[i] * (1 + jitter * rng.standard_normal())
        L = max(8, int(round(T)))
        a = amp[i] * 10 ** (shimmer_db * rng.standard_normal() / 20)
        cyc = rosenberg_derivative(L, open_q)
        end = min(n, i + L)
        out[i:end] += a * cyc[: end - i] * L / 100.0   # the derivative scales with 1/L: keep level
        gate[i: min(n, i + int(L * open_q))] = 1.0
        i += L
    return out, gate


def resonator(x: np.ndarray, freq: np.ndarray, bw: np.ndarray) -> np.ndarray:
    """Klatt two-pole resonator (unity gain at DC) with per-sample frequency and bandwidth."""
    T = 1.0 / SR
    C = -np.exp(-2 * np.pi * bw * T)
    B = 2 * np.exp(-np.pi * bw * T) * np.cos(2 * np.pi * freq * T)
    A = 1 - B - C
    y = np.zeros(len(x))
    y1 = y2 = 0.0
    xs, As, Bs, Cs = x.tolist(), A.tolist(), B.tolist(), C.tolist()
    for k in range(len(xs)):
        v = As[k] * xs[k] + Bs[k] * y1 + Cs[k] * y2
        y[k] = v
        y2, y1 = y1, v
    return y


def tract(x: np.ndarray, formants: list[tuple[np.ndarray, np.ndarray]]) -> np.ndarray:
    for f, b in formants:
        x = resonator(x, f, b)
    return x


def laugh(syllables, total: float, rng: np.random.Generator, vowel=VOWEL_A) -> np.ndarray:
    """Render a laugh bout.

    syllables: list of dicts with keys at (s), h (aspiration length s), v (voiced length s),
    f0 (start, peak, end Hz), lev, breath (noise mixed under the voicing, 0..1), fshift (formant
    scale, e.g. 1.03 for a brighter syllable)."""
    n = int(total * SR)
    t = np.arange(n) / SR
    f0 = np.zeros(n)
    amp = np.zeros(n)
    asp = np.zeros(n)          # free aspiration ("h")
    breath = np.zeros(n)       # aspiration under the voicing
    fscale = np.ones(n)
    jaw = np.ones(n)           # mouth opening: lowers F1 (and a little F2) while closed
    for s in syllables:
        at, h, v = s["at"], s["h"], s["v"]
        a0, a1 = int((at) * SR), int((at + h) * SR)
        b1 = int((at + h + v) * SR)
        # "h": aspiration rises, then hands over to the voice
        th = np.arange(a1 - a0) / SR
        asp[a0:a1] += s["lev"] * 0.4 * np.sin(0.5 * np.pi * np.clip(th / (h * 0.7), 0, 1)) ** 2
        # overlap the last 15 ms of the h into the voice, fading out
        ov = min(int(0.02 * SR), n - a1)
        asp[a1:a1 + ov] += s["lev"] * 0.4 * np.linspace(1, 0, ov) ** 2
        tv = np.arange(b1 - a1) / SR
        x = tv / v
        fs, fp, fe = s["f0"]
        # arch: rise to the peak at 30% of the syllable, then fall
        curve = np.where(x < 0.3, fs + (fp - fs) * np.sin(0.5 * np.pi * x / 0.3),
                         fp + (fe - fp) * (np.maximum(x - 0.3, 0) / 0.7) ** 1.3)
        f0[a1:b1] = curve
        env = np.clip(x / 0.12, 0, 1) ** 1.5 * np.clip((1 - x) / 0.35, 0, 1) ** 1.2
        amp[a1:b1] = np.maximum(amp[a1:b1], env * s["lev"])
        breath[a1:b1] = np.maximum(breath[a1:b1], env * s["lev"] * s.get("breath", 0.3))
        fscale[a0:b1] = s.get("fshift", 1.0)
        # the jaw drops through the "h" into the vowel and closes a little at its end
        jaw[a0:a1] = 0.78
        jaw[a1:b1] = 0.78 + 0.22 * np.clip(tv / 0.04, 0, 1) - 0.1 * np.clip((x - 0.7) / 0.3, 0, 1)
    # slow tremor and drift on the pitch (natural, not a vibrato)
    drift = 1 + 0.012 * np.sin(2 * np.pi * 5.3 * t + rng.uniform(0, 6.3)) \
        + 0.008 * np.sin(2 * np.pi * 2.1 * t + rng.uniform(0, 6.3))
    src, gate = glottal_source(f0 * drift, amp, rng)
    src = fft_filter(src, lowpass_resp(7000, 2))              # tilt: soft upper harmonics
    noise = rng.standard_normal(n)
    noise = fft_filter(noise, highpass_resp(400, 1))
    aspir = noise * (asp + breath * 0.4 * (0.3 + 0.7 * gate))
    exc = src * 1.0 + aspir * 0.09
    jaw = np.convolve(jaw, np.ones(221) / 221, mode="same")      # 5 ms smoothing
    fm = [(f * fscale * jaw ** (1.0 if k == 0 else 0.4 if k == 1 else 0.0), np.full(n, b, dtype=float))
          for k, (f, b) in enumerate(vowel)]
    y = tract(exc, fm)
    return fft_filter(y, highpass_resp(150, 2))
