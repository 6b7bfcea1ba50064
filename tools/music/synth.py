"""Synthesis primitives for the score renderer.

Everything here is plain numpy: additive partials, band-limited wavetables,
Karplus-Strong plucks (computed one period at a time), noise shaped in the
STFT domain, FFT filtering and an FFT-convolution reverb.  No samples.

Every instrument function has the signature

    inst(freq, dur, vel, rng, **params) -> ndarray

returning mono (n,) or stereo (2, n) float64 audio that starts at the note-on
and includes its release tail.  `dur` is the held length in seconds.
"""
from __future__ import annotations

import numpy as np

SR = 44100
TWO_PI = 2.0 * np.pi


def midi_to_hz(m: float) -> float:
    return 440.0 * 2.0 ** ((m - 69.0) / 12.0)


def secs(n: float) -> int:
    return int(round(n * SR))


# --------------------------------------------------------------------------
# envelopes
# --------------------------------------------------------------------------

def adsr(n_hold: int, a: float, d: float, s: float, r: float, n_total: int | None = None) -> np.ndarray:
    """Linear attack, exponential decay to sustain, exponential release after n_hold samples."""
    if n_total is None:
        n_total = n_hold + secs(r * 3.0)
    t = np.arange(n_total) / SR
    na = max(1, secs(a))
    env = np.where(t < a, t / max(a, 1e-6), s + (1.0 - s) * np.exp(-(t - a) / max(d, 1e-4)))
    env = np.asarray(env, dtype=np.float64)
    env[:na] = np.linspace(0.0, 1.0, na, endpoint=False)
    if n_hold < n_total:
        level = env[min(n_hold, n_total - 1)]
        tr = np.arange(n_total - n_hold) / SR
        env[n_hold:] = level * np.exp(-tr / max(r, 1e-4))
    return env


def fade_edges(x: np.ndarray, fin: float = 0.002, fout: float = 0.01) -> np.ndarray:
    n = x.shape[-1]
    a = min(n, max(1, secs(fin)))
    b = min(n, max(1, secs(fout)))
    x = x.copy()
    x[..., :a] *= np.linspace(0, 1, a)
    x[..., n - b:] *= np.linspace(1, 0, b)
    return x


# --------------------------------------------------------------------------
# filters (FFT based, zero phase unless stated)
# --------------------------------------------------------------------------

def _fft_len(n: int) -> int:
    """Smallest 2^a * 3^b * 5^c >= n (fast sizes for pocketfft)."""
    n = max(n, 2)
    best = 1 << int(np.ceil(np.log2(n)))
    p5 = 1
    while p5 < best:
        p35 = p5
        while p35 < best:
            q = p35
            while q < n:
                q *= 2
            best = min(best, q)
            p35 *= 3
        p5 *= 5
    return best


def fft_filter(x: np.ndarray, resp) -> np.ndarray:
    """Filter along the last axis with a real, zero-phase magnitude response resp(freqs_hz)."""
    n = x.shape[-1]
    m = _fft_len(n + 2048)
    X = np.fft.rfft(x, m)
    f = np.fft.rfftfreq(m, 1.0 / SR)
    X *= resp(f)
    return np.fft.irfft(X, m)[..., :n]


def lowpass_resp(fc: float, order: float = 2.0):
    return lambda f: 1.0 / np.sqrt(1.0 + (f / fc) ** (2 * order))


def highpass_resp(fc: float, order: float = 2.0):
    return lambda f: 1.0 / np.sqrt(1.0 + (fc / np.maximum(f, 1e-3)) ** (2 * order))


def bandpass_resp(fc: float, octaves: float):
    def r(f):
        lf = np.log2(np.maximum(f, 1.0) / fc)
        return np.exp(-0.5 * (lf / octaves) ** 2)
    return r


# --------------------------------------------------------------------------
# noise shaped in time and frequency (STFT overlap-add of random spectra)
# --------------------------------------------------------------------------

def stft_noise(n: int, gain_fn, rng: np.random.Generator, frame: int = 2048, channels: int = 1) -> np.ndarray:
    """Noise whose spectrum at frame time t (s) and frequency f (Hz) has magnitude gain_fn(t, f).

    gain_fn receives t with shape (frames, 1) and f with shape (1, bins) and returns a
    (frames, bins) array.  Overlap-add of Hann-windowed random-phase frames, hop = frame/4.
    """
    hop = frame // 4
    frames = n // hop + 4
    t = ((np.arange(frames) * hop) / SR)[:, None]
    f = np.fft.rfftfreq(frame, 1.0 / SR)[None, :]
    g = gain_fn(np.maximum(t, 0.0), f)
    win = np.hanning(frame)
    outs = []
    for _ in range(channels):
        spec = (rng.standard_normal(g.shape) + 1j * rng.standard_normal(g.shape)) * g
        fr = np.fft.irfft(spec, frame, axis=1) * win[None, :]
        out = np.zeros(frames * hop + frame)
        # overlap-add: 4 interleaved groups never overlap inside a group
        for k in range(4):
            sel = fr[k::4]
            start = k * hop
            blk = sel.reshape(-1)
            out[start:start + blk.size] += blk
        outs.append(out[frame // 2: frame // 2 + n] * 0.35)
    return outs[0] if channels == 1 else np.stack(outs)


def smooth_random(n_points: int, length: int, rng: np.random.Generator, lo=-1.0, hi=1.0) -> np.ndarray:
    """Slow random curve: n_points random values, cosine-interpolated to `length` samples."""
    pts = rng.uniform(lo, hi, n_points + 1)
    x = np.linspace(0, n_points, length, endpoint=False)
    i = np.floor(x).astype(int)
    fr = x - i
    w = 0.5 - 0.5 * np.cos(np.pi * fr)
    return pts[i] * (1 - w) + pts[np.minimum(i + 1, n_points)] * w


# --------------------------------------------------------------------------
# wavetable oscillator
# --------------------------------------------------------------------------

TABLE = 4096
_tab_phase = np.arange(TABLE) / TABLE


def make_table(amps: np.ndarray, phases: np.ndarray | None = None) -> np.ndarray:
    k = np.arange(1, len(amps) + 1)
    if phases is None:
        phases = np.zeros(len(amps))
    tab = (amps[:, None] * np.sin(TWO_PI * k[:, None] * _tab_phase[None, :] + phases[:, None])).sum(0)
    return np.append(tab, tab[0])


def harmonic_count(freq: float, limit: float = 0.45 * SR, cap: int = 60) -> int:
    return int(max(1, min(cap, limit // max(freq, 1.0))))


def wt_osc(table: np.ndarray, freq: np.ndarray | float, n: int, phase0: float = 0.0) -> np.ndarray:
    if np.isscalar(freq):
        ph = phase0 + np.arange(n) * (freq / SR)
    else:
        ph = phase0 + np.concatenate(([0.0], np.cumsum(freq[:-1]) / SR))
    ph = (ph % 1.0) * TABLE
    i = ph.astype(np.int64)
    fr = ph - i
    return table[i] * (1 - fr) + table[i + 1] * fr


def vibrato(n: int, freq: float, rate: float, depth_cents: float, delay: float, rng) -> np.ndarray:
    """Frequency curve with delayed sine vibrato (computed at control rate, then interpolated)."""
    c = 64
    m = n // c + 2
    t = np.arange(m) * (c / SR)
    ramp = np.clip((t - delay) / 0.6, 0.0, 1.0)
    wob = np.sin(TWO_PI * rate * t + rng.uniform(0, TWO_PI)) * depth_cents * ramp
    ctl = freq * 2.0 ** (wob / 1200.0)
    return np.interp(np.arange(n) / c, np.arange(m), ctl)


# --------------------------------------------------------------------------
# instruments
# --------------------------------------------------------------------------

def piano(freq, dur, vel, rng, release=0.25, bright=1.0, **_):
    """Additive piano: stretched partials, two-stage decay, two detuned strings, hammer noise."""
    n_hold = secs(dur)
    tau0 = float(np.clip(4.0 * (262.0 / freq) ** 0.6, 0.8, 9.0))
    n = n_hold + secs(release * 3)
    n = min(n, secs(tau0 * 2.5) + 1)
    n = max(n, secs(0.05))
    t = np.arange(n) / SR
    K = harmonic_count(freq, 0.42 * SR, 18)
    k = np.arange(1, K + 1)[:, None]
    tilt = 1.0 + (1.0 - vel) * 1.2 + (1.0 - bright) * 0.8
    ak = (1.0 / k ** tilt) * (0.35 + np.abs(np.sin(np.pi * k * 0.13)))
    keep = max(1, int(np.count_nonzero(ak[:, 0] > 0.004)))   # drop partials below ~-48 dB
    k, ak, K = k[:keep], ak[:keep], keep
    B = 0.00025
    fk = k * freq * np.sqrt(1.0 + B * k * k)
    tau = tau0 / (1.0 + 0.45 * (k - 1))
    env = 0.55 * np.exp(-t / (tau * 0.18)) + 0.45 * np.exp(-t / tau)
    det = 2.0 ** (rng.uniform(0.4, 1.2) / 1200.0)
    ph = rng.uniform(0, TWO_PI, (K, 1))
    s = np.sin(TWO_PI * fk * t + ph) + np.sin(TWO_PI * fk * det * t + ph * 1.7)
    y = (ak * env * s).sum(0) * 0.5
    # hammer
    hn = min(n, secs(0.03))
    ham = rng.standard_normal(hn) * np.exp(-np.arange(hn) / (SR * 0.004))
    ham = fft_filter(ham, bandpass_resp(min(freq * 4, 4000), 1.2))
    y[:hn] += ham * 0.15 * vel
    # damper
    if n_hold < n:
        tr = np.arange(n - n_hold) / SR
        y[n_hold:] *= np.exp(-tr / release)
    a = secs(0.002)
    y[:a] *= np.linspace(0, 1, a)
    return fade_edges(y, 0.001, 0.08) * vel


def karplus(freq, n, rng, decay_t60=2.5, bright=0.5, pluck_pos=0.18, excite_lp=4000.0):
    """Karplus-Strong string, vectorised one period at a time, then resampled to exact pitch."""
    N = max(2, int(SR / freq))
    f_ks = SR / (N + 0.5)
    ratio = freq / f_ks
    m = int(n * ratio) + N + 2
    y = np.zeros(m + N + 1)
    exc = rng.uniform(-1, 1, N)
    exc = fft_filter(exc, lowpass_resp(excite_lp, 1.0))
    # pluck position comb
    p = max(1, int(N * pluck_pos))
    exc = exc - np.roll(exc, p) * 0.9
    y[1:N + 1] = exc
    g = 10 ** (-3.0 / (decay_t60 * f_ks))
    a = bright
    pos = N + 1
    while pos < m + 1:
        end = min(pos + N, m + N + 1)
        blk = end - pos
        y[pos:end] = g * (a * y[pos - N:pos - N + blk] + (1 - a) * y[pos - N - 1:pos - N - 1 + blk])
        pos = end
    y = y[1:]
    # resample so pitch is exact
    src = np.arange(n) * ratio
    return np.interp(src, np.arange(len(y)), y)


def koto(freq, dur, vel, rng, t60=2.8, **_):
    n = secs(min(dur + 1.5, t60 * 1.5)) + secs(0.1)
    y = karplus(freq, n, rng, decay_t60=t60 * (440 / freq) ** 0.25, bright=0.55 + 0.1 * vel,
                pluck_pos=0.12, excite_lp=2500 + 5000 * vel)
    # nail click
    c = secs(0.004)
    y[:c] += rng.standard_normal(c) * np.exp(-np.arange(c) / 40.0) * 0.3
    y *= 0.9 * vel
    return fade_edges(y, 0.0005, 0.05)


def shamisen(freq, dur, vel, rng, **_):
    n = secs(min(dur, 0.9) + 0.35)
    y = karplus(freq, n, rng, decay_t60=0.9, bright=0.7, pluck_pos=0.07, excite_lp=9000)
    y += 0.4 * karplus(freq * 1.003, n, rng, decay_t60=0.6, bright=0.7, pluck_pos=0.3, excite_lp=9000)
    # buzz (sawari): soft clip
    y = np.tanh(y * 2.0) * 0.6
    env = np.ones(n)
    h = secs(min(dur, 0.9))
    env[h:] = np.exp(-np.arange(n - h) / (SR * 0.08))
    return fade_edges(y * env * vel, 0.0005, 0.02)


def _saw_amps(freq, rolloff=1.0, fc=3000.0, cap=60):
    K = harmonic_count(freq, 0.45 * SR, cap)
    k = np.arange(1, K + 1)
    return (1.0 / k ** rolloff) / np.sqrt(1.0 + (k * freq / fc) ** 4)


def _spread_voices(freq, n, rng, amps, voices, detune_cents, vib_rate, vib_depth, vib_delay, width=0.8):
    table = make_table(amps / (np.abs(amps).sum() ** 0.5 + 1e-9))
    out = np.zeros((2, n))
    for v in range(voices):
        c = (v - (voices - 1) / 2) / max(1, (voices - 1) / 2) * detune_cents if voices > 1 else 0.0
        f = freq * 2 ** (c / 1200.0)
        fr = vibrato(n, f, vib_rate * rng.uniform(0.9, 1.1), vib_depth, vib_delay, rng)
        s = wt_osc(table, fr, n, rng.uniform())
        pan = ((v / max(1, voices - 1)) * 2 - 1) * width if voices > 1 else 0.0
        out[0] += s * np.sqrt((1 - pan) / 2)
        out[1] += s * np.sqrt((1 + pan) / 2)
    return out / np.sqrt(voices)


def strings(freq, dur, vel, rng, attack=0.35, release=0.7, bright=1.0, **_):
    n_hold = secs(dur)
    n = n_hold + secs(release * 3)
    fc = (1200 + 3000 * vel) * bright
    amps = _saw_amps(freq, 1.15, fc)
    out = _spread_voices(freq, n, rng, amps, 3, 7.0, 5.3, 9.0, 0.35)
    env = adsr(n_hold, attack, 0.8, 0.85, release, n)
    return out * env * vel * 0.5


def pad(freq, dur, vel, rng, attack=1.2, release=1.5, **_):
    n_hold = secs(dur)
    n = n_hold + secs(release * 3)
    amps = _saw_amps(freq, 2.0, 1400, 24)
    out = _spread_voices(freq, n, rng, amps, 4, 9.0, 0.3, 4.0, 0.0, 1.0)
    env = adsr(n_hold, attack, 1.0, 0.9, release, n)
    return out * env * vel * 0.5


def _formant_amps(freq, formants, cap=60):
    K = harmonic_count(freq, 0.45 * SR, cap)
    hk = np.arange(1, K + 1) * freq
    a = np.zeros(K)
    for fc, bw, g in formants:
        a += g * np.exp(-0.5 * ((hk - fc) / bw) ** 2)
    a += 0.08 / np.arange(1, K + 1)
    return a


VOWELS = {
    "a": [(800, 120, 1.0), (1150, 140, 0.5), (2900, 200, 0.12)],
    "o": [(450, 100, 1.0), (800, 120, 0.45), (2830, 200, 0.06)],
    "u": [(350, 90, 1.0), (650, 110, 0.25), (2700, 200, 0.04)],
}


def choir(freq, dur, vel, rng, vowel="a", attack=0.8, release=1.2, **_):
    n_hold = secs(dur)
    n = n_hold + secs(release * 3)
    amps = _formant_amps(freq, VOWELS.get(vowel, VOWELS["a"]))
    out = _spread_voices(freq, n, rng, amps, 4, 11.0, 5.0, 14.0, 0.3, 0.9)
    breath = stft_noise(n, lambda t, f: np.exp(-0.5 * ((f - 1000) / 700) ** 2), rng)
    out += breath * 0.02
    env = adsr(n_hold, attack, 1.0, 0.9, release, n)
    return out * env * vel * 0.6


def flute(freq, dur, vel, rng, attack=0.08, release=0.25, **_):
    n_hold = secs(dur)
    n = n_hold + secs(release * 3)
    amps = np.array([1.0, 0.32, 0.13, 0.05, 0.02])[: harmonic_count(freq, 0.45 * SR, 5)]
    table = make_table(amps)
    fr = vibrato(n, freq, 5.0, 12.0, 0.25, rng)
    s = wt_osc(table, fr, n)
    br = stft_noise(n, lambda t, f: np.exp(-0.5 * (np.log2(np.maximum(f, 1) / (freq * 2)) / 0.7) ** 2), rng)
    env = adsr(n_hold, attack, 0.4, 0.85, release, n)
    chiff = np.exp(-np.arange(n) / (SR * 0.05))
    return (s + br * (0.12 + 0.25 * chiff)) * env * vel * 0.7


def brass(freq, dur, vel, rng, attack=0.04, release=0.2, **_):
    n_hold = secs(dur)
    n = n_hold + secs(release * 3)
    dark = make_table(_saw_amps(freq, 1.6, 500, 40) / 2.0)
    bright = make_table(_saw_amps(freq, 1.0, 2600 + 2000 * vel, 40) / 3.0)
    out = np.zeros(n)
    for c in (-6.0, 0.0, 6.0):
        f = freq * 2 ** (c / 1200)
        ph = rng.uniform()
        out += 0.5 * wt_osc(dark, f, n, ph)
        b = wt_osc(bright, f, n, ph)
        out += b * (0.15 + 0.85 * np.exp(-np.arange(n) / (SR * (0.12 + 0.3 * vel)))) * vel
    env = adsr(n_hold, attack, 0.3, 0.7, release, n)
    return out * env * vel * 0.35


def bass(freq, dur, vel, rng, release=0.12, **_):
    n_hold = secs(dur)
    n = n_hold + secs(release * 4)
    amps = np.array([1.0, 0.45, 0.22, 0.12, 0.06, 0.03])[: harmonic_count(freq, 0.45 * SR, 6)]
    s = wt_osc(make_table(amps), freq, n, 0.0)
    t = np.arange(n) / SR
    env = adsr(n_hold, 0.006, 0.4, 0.6, release, n)
    click = np.exp(-t / 0.01) * 0.3
    return s * (env + click * env) * vel * 0.7


def sub(freq, dur, vel, rng, attack=0.3, release=1.0, **_):
    n_hold = secs(dur)
    n = n_hold + secs(release * 3)
    s = np.sin(TWO_PI * freq * np.arange(n) / SR) + 0.15 * np.sin(TWO_PI * 2 * freq * np.arange(n) / SR)
    return s * adsr(n_hold, attack, 1.0, 1.0, release, n) * vel * 0.7


def drone(freq, dur, vel, rng, attack=3.0, release=3.0, **_):
    n_hold = secs(dur)
    n = n_hold + secs(release * 3)
    amps = _saw_amps(freq, 1.7, 900, 30)
    out = _spread_voices(freq, n, rng, amps, 6, 14.0, 0.15, 6.0, 0.0, 1.0)
    lfo = 0.75 + 0.25 * smooth_random(max(2, int(n / SR / 3)), n, rng, -1, 1)
    env = adsr(n_hold, attack, 2.0, 1.0, release, n)
    return out * env * lfo * vel * 0.6


BELL_RATIOS = np.array([0.5, 1.0, 1.183, 1.506, 2.0, 2.514, 2.662, 3.011, 4.166, 5.433, 6.796])
BELL_AMPS = np.array([0.5, 1.0, 0.6, 0.45, 0.5, 0.3, 0.25, 0.22, 0.15, 0.1, 0.06])
BELL_TAU = np.array([6.0, 4.0, 3.0, 2.6, 2.2, 1.5, 1.3, 1.0, 0.7, 0.5, 0.35])


def bell(freq, dur, vel, rng, detune=0.0, length=1.0, **_):
    """Inharmonic church-bell partials; `detune` (cents) adds a beating twin for a 'wrong' ring."""
    scale = float(np.clip((523.0 / freq) ** 0.5, 0.35, 2.0)) * length
    n = secs(min(BELL_TAU[0] * scale * 1.6, 14.0))
    t = np.arange(n) / SR
    ok = BELL_RATIOS * freq < 0.45 * SR
    r, a, tau = BELL_RATIOS[ok], BELL_AMPS[ok], BELL_TAU[ok] * scale
    ph = rng.uniform(0, TWO_PI, (len(r), 1))
    s = (a[:, None] * np.exp(-t / tau[:, None]) * np.sin(TWO_PI * r[:, None] * freq * t + ph)).sum(0)
    if detune:
        s2 = (a[:, None] * np.exp(-t / tau[:, None]) *
              np.sin(TWO_PI * r[:, None] * freq * 2 ** (detune / 1200) * t + ph * 0.3)).sum(0)
        s = 0.6 * s + 0.6 * s2
    strike = np.exp(-t / 0.003) * rng.standard_normal(n) * 0.2
    y = (s + strike) * vel * 0.35
    return fade_edges(y, 0.001, 0.05)


GLASS_RATIOS = np.array([1.0, 2.756, 5.404, 8.933])
GLASS_AMPS = np.array([1.0, 0.5, 0.25, 0.12])


def glass(freq, dur, vel, rng, detune=0.0, length=1.0, **_):
    n = secs(min(3.5 * length + dur * 0.3, 10.0))
    t = np.arange(n) / SR
    ok = GLASS_RATIOS * freq < 0.45 * SR
    r, a = GLASS_RATIOS[ok], GLASS_AMPS[ok]
    tau = (2.2 * length) / r ** 0.7
    s = np.zeros(n)
    for cents, g in ((0.0, 1.0), (detune, 0.8 if detune else 0.0), (-detune * 0.6, 0.5 if detune else 0.0)):
        if g == 0.0:
            continue
        f = freq * 2 ** (cents / 1200)
        s += g * (a[:, None] * np.exp(-t / tau[:, None]) *
                  np.sin(TWO_PI * r[:, None] * f * t + rng.uniform(0, TWO_PI, (len(r), 1)))).sum(0)
    att = np.clip(t / 0.004, 0, 1)
    return fade_edges(s * att * vel * 0.3, 0.001, 0.05)


def taiko(freq, dur, vel, rng, **_):
    """Big drum: pitch-dropping membrane modes + struck noise. `freq` is the resting pitch (~60 Hz)."""
    n = secs(1.3)
    t = np.arange(n) / SR
    f = freq + freq * 0.9 * np.exp(-t / 0.035)
    ph = TWO_PI * np.cumsum(f) / SR
    body = np.sin(ph) * np.exp(-t / 0.38) + 0.45 * np.sin(ph * 1.59) * np.exp(-t / 0.16) \
        + 0.25 * np.sin(ph * 2.14) * np.exp(-t / 0.09)
    hit = stft_noise(n, lambda tt, ff: np.exp(-tt / 0.03) * np.exp(-0.5 * (np.log2(np.maximum(ff, 1) / 300) / 1.3) ** 2), rng)
    y = body + hit * 1.5
    y = np.tanh(y * (0.8 + vel)) / np.tanh(0.8 + vel)
    return fade_edges(y * vel * 0.8, 0.0005, 0.05)


def shime(freq, dur, vel, rng, **_):
    """Small high tension drum (shime-daiko)."""
    n = secs(0.35)
    t = np.arange(n) / SR
    f = freq * (1 + 0.3 * np.exp(-t / 0.01))
    ph = TWO_PI * np.cumsum(f) / SR
    body = np.sin(ph) * np.exp(-t / 0.07) + 0.5 * np.sin(ph * 1.51) * np.exp(-t / 0.04)
    hit = stft_noise(n, lambda tt, ff: np.exp(-tt / 0.012) * np.exp(-0.5 * (np.log2(np.maximum(ff, 1) / 2500) / 1.0) ** 2), rng)
    return fade_edges((body * 0.7 + hit * 2.0) * vel * 0.5, 0.0003, 0.02)


def rim(freq, dur, vel, rng, **_):
    """'Ka' - wood on the rim."""
    n = secs(0.12)
    t = np.arange(n) / SR
    tone = np.sin(TWO_PI * freq * t) * np.exp(-t / 0.015) + 0.5 * np.sin(TWO_PI * freq * 2.3 * t) * np.exp(-t / 0.008)
    hit = stft_noise(n, lambda tt, ff: np.exp(-tt / 0.006) * np.exp(-0.5 * (np.log2(np.maximum(ff, 1) / 3500) / 0.8) ** 2), rng)
    return fade_edges((tone + hit * 1.5) * vel * 0.45, 0.0002, 0.01)


def thump(freq, dur, vel, rng, **_):
    """One heartbeat thump: a very low, soft, pitch-dropping sine."""
    n = secs(0.45)
    t = np.arange(n) / SR
    f = freq * (1 + 0.6 * np.exp(-t / 0.03))
    ph = TWO_PI * np.cumsum(f) / SR
    env = (1 - np.exp(-t / 0.008)) * np.exp(-t / 0.11)
    y = np.sin(ph) * env + 0.3 * np.sin(2 * ph) * env * np.exp(-t / 0.05)
    y = fft_filter(y, lowpass_resp(180, 2))
    return fade_edges(y * vel, 0.0005, 0.03)


def swell(freq, dur, vel, rng, **_):
    """Rising noise riser (reverse-cymbal-like) that peaks exactly at the end of the note."""
    n = secs(dur)
    T = max(dur, 0.1)

    def g(t, f):
        x = np.clip(t / T, 0, 1)
        center = 800 * 2 ** (3.5 * x)
        return (x ** 3) * np.exp(-0.5 * (np.log2(np.maximum(f, 1) / center) / 1.2) ** 2)
    y = stft_noise(n + secs(0.05), g, rng, channels=2)
    y[:, n:] *= np.linspace(1, 0, y.shape[1] - n)
    return y * vel * 10.0


def wind(freq, dur, vel, rng, attack=3.0, release=3.0, **_):
    """Wind-like band of noise centred near `freq`, slowly wandering in pitch and level."""
    n_hold = secs(dur)
    n = n_hold + secs(release * 2)
    npts = max(3, int(n / SR / 2.5))
    cen = smooth_random(npts, npts * 16, rng, -0.8, 0.8)
    lev = smooth_random(npts, npts * 16, rng, 0.35, 1.0)
    T = n / SR

    def g(t, f):
        idx = np.clip((t / T * (npts * 16 - 1)).astype(int), 0, npts * 16 - 1)
        c = freq * 2 ** cen[idx]
        return lev[idx] * np.exp(-0.5 * (np.log2(np.maximum(f, 1) / c) / 0.45) ** 2)
    y = stft_noise(n, g, rng, channels=2)
    # a band this narrow carries little of stft_noise's energy (it came out near -62 dBFS, i.e.
    # inaudible): normalise the band itself to a fixed RMS before the envelope and velocity
    y *= 0.05 / max(float(np.sqrt(np.mean(y ** 2))), 1e-12)
    env = adsr(n_hold, attack, 1.0, 1.0, release, n)
    return y * env * vel * 1.6


INSTRUMENTS = {
    "piano": piano, "koto": koto, "shamisen": shamisen, "strings": strings, "pad": pad,
    "choir": choir, "flute": flute, "brass": brass, "bass": bass, "sub": sub, "drone": drone,
    "bell": bell, "glass": glass, "taiko": taiko, "shime": shime, "rim": rim, "thump": thump,
    "swell": swell, "wind": wind,
}


# --------------------------------------------------------------------------
# reverb: convolution with frequency-dependently decaying stereo noise
# --------------------------------------------------------------------------

def reverb_ir(rt60: float, rng: np.random.Generator, predelay: float = 0.02, damp: float = 0.5) -> np.ndarray:
    n = secs(rt60 * 1.2)

    def g(t, f):
        # high frequencies decay faster; gentle low cut
        rt = rt60 * (1.0 - damp * np.clip(np.log2(np.maximum(f, 200) / 200) / 6.0, 0, 1))
        return np.exp(-6.9 * t / rt) * (1 - np.exp(-f / 120.0))
    ir = stft_noise(n, g, rng, frame=1024, channels=2)
    ir = fade_edges(ir, 0.005, 0.2)
    pd = secs(predelay)
    ir = np.concatenate([np.zeros((2, pd)), ir], axis=1)
    # a few early reflections
    for d, a in ((0.011, 0.5), (0.019, 0.35), (0.027, 0.3), (0.041, 0.2)):
        i = secs(d)
        ir[0, i] += a * (1 if rng.uniform() > 0.5 else -1)
        ir[1, i + secs(0.003)] += a * (1 if rng.uniform() > 0.5 else -1)
    ir /= np.sqrt((ir ** 2).sum(axis=1, keepdims=True))
    return ir


def convolve(x: np.ndarray, ir: np.ndarray) -> np.ndarray:
    """Stereo x (2, n) convolved per channel with stereo ir (2, m); output length n + m - 1."""
    n, m = x.shape[1], ir.shape[1]
    L = _fft_len(n + m)
    X = np.fft.rfft(x, L, axis=1)
    H = np.fft.rfft(ir, L, axis=1)
    return np.fft.irfft(X * H, L, axis=1)[:, : n + m - 1]
