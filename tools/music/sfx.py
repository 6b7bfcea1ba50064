"""Sound effects, all synthesised (filtered noise, modal resonators, a formant voice).

Each effect is fn(rng) -> mono (n,) or stereo (2, n) float array at 44.1 kHz.
EFFECTS maps file name -> (function, loudness target in LUFS, loops?).

Rules every effect keeps (tests/audio/test_effects_figures.py measures the encoded files):
* mono-safe: no L/R delay tricks; the width is trimmed by _mono_safe() so that (L+R)/2 is
  at most ~0.5 dB quieter than the louder channel;
* heard on a laptop: at least 40% of the energy above 150 Hz; low hits (heartbeat, body fall,
  reiatsu) put their body between 100 and 400 Hz and start with a click or knock;
* metal is modal: filtered-noise strikes through banks of inharmonic, fast-decaying modes,
  never a handful of long pure sines.
"""
from __future__ import annotations

import numpy as np

from synth import (SR, TWO_PI, bandpass_resp, convolve, fade_edges, fft_filter, highpass_resp,
                   lowpass_resp, reverb_ir, secs, smooth_random, stft_noise)
import sfx_voice
from sfx_figures import mono_loss_db


def _t(n):
    return np.arange(n) / SR


def _place(buf, y, at):
    i = secs(at)
    if y.ndim == 1:
        end = min(buf.shape[-1], i + y.shape[-1])
        buf[..., i:end] += y[: end - i]
    else:
        end = min(buf.shape[-1], i + y.shape[-1])
        buf[:, i:end] += y[:, : end - i]


def _pan(y, p):
    return np.stack([y * np.sqrt((1 - p) / 2), y * np.sqrt((1 + p) / 2)]) * np.sqrt(2)


def _room(y, rng, rt60=1.2, wet=0.25, damp=0.6):
    if y.ndim == 1:
        y = np.stack([y, y])
    ir = reverb_ir(rt60, rng, 0.01, damp)
    w = convolve(y, ir)
    out = np.zeros_like(w)
    out[:, : y.shape[1]] += y
    return out + wet * w


def _resonators(x, modes, rng):
    """Excite damped sinusoids (freq, tau, gain) with x by FFT convolution."""
    L = max(secs(max(t for _, t, _ in modes) * 5), 1)
    t = _t(L)
    ir = sum(g * np.exp(-t / tau) * np.sin(TWO_PI * f * t + rng.uniform(0, TWO_PI)) for f, tau, g in modes)
    n = len(x) + L
    m = 1 << int(np.ceil(np.log2(n)))
    return np.fft.irfft(np.fft.rfft(x, m) * np.fft.rfft(ir, m), m)[:n]


def _mono_safe(y, max_loss_db=0.5):
    """Trim the side (L-R) signal until (L+R)/2 loses at most max_loss_db against the louder
    channel (full band and above 1 kHz).  Identical channels are left alone."""
    if y.ndim == 1:
        return np.stack([y, y])
    m, s = (y[0] + y[1]) / 2, (y[0] - y[1]) / 2
    if mono_loss_db(y, SR) <= max_loss_db:
        return y
    lo, hi = 0.0, 1.0
    for _ in range(18):
        g = (lo + hi) / 2
        if mono_loss_db(np.stack([m + g * s, m - g * s]), SR) <= max_loss_db:
            lo = g
        else:
            hi = g
    return np.stack([m + lo * s, m - lo * s])


def _space(y, rng, rt60=1.0, wet=0.2, damp=0.5, width=0.35, predelay=0.01):
    """Mono-compatible room: the reverb's side signal is kept at `width` of its mid."""
    if y.ndim == 1:
        y = np.stack([y, y])
    ir = reverb_ir(rt60, rng, predelay, damp)
    w = convolve(y, ir)
    m, s = (w[0] + w[1]) / 2, (w[0] - w[1]) / 2
    w = np.stack([m + width * s, m - width * s])
    out = np.zeros_like(w)
    out[:, : y.shape[1]] += y
    return out + wet * w


def _burst(L, tau, rng, resp=None, fin=0.001):
    """A noise burst of L seconds decaying with time constant tau, optionally filtered.

    The filter is zero-phase, so the burst's filtered start would be cut off abruptly (its
    pre-ringing falls before sample 0): a raised-cosine fade of `fin` seconds keeps that edge from
    clicking across the whole spectrum."""
    n = secs(L)
    tt = _t(n)
    b = rng.standard_normal(n) * np.exp(-tt / tau)
    if resp is not None:
        b = fft_filter(b, resp)
    k = min(n, max(1, secs(fin)))
    b[:k] *= 0.5 - 0.5 * np.cos(np.pi * np.arange(k) / k)
    return b


def _metal_modes(rng, f_lo, f_hi, count, tau_lo, tau_hi, pairs=True):
    """Inharmonic modes of a steel blade: log-spread frequencies (free-bar ratios blended with
    random ones), higher modes decaying faster, each with a slightly mistuned twin (beating)."""
    bar = np.array([1.0, 2.756, 5.404, 8.933, 13.345, 18.64])
    base = f_lo * bar[bar * f_lo < f_hi]
    extra = np.exp(rng.uniform(np.log(f_lo * 1.3), np.log(f_hi), max(0, count - len(base))))
    fs = np.sort(np.concatenate([base, extra]))
    modes = []
    for f in fs:
        x = np.log(f / f_lo) / np.log(f_hi / f_lo)
        tau = tau_hi * (tau_lo / tau_hi) ** x * rng.uniform(0.7, 1.3)
        g = rng.uniform(0.4, 1.0) * (1.0 - 0.5 * x)
        modes.append((f, tau, g))
        if pairs:
            modes.append((f * (1 + rng.uniform(0.0015, 0.005)), tau * 0.9, g * 0.6))
    return modes


def _strike(n, at, modes, rng, burst=0.004, hp=1500.0, level=1.0):
    """Strike a modal bank with a short filtered-noise burst at `at` seconds: (n,) array."""
    exc = np.zeros(n)
    b = _burst(burst * 4, burst, rng, highpass_resp(hp, 2))
    _place(exc, b, at)
    out = _resonators(exc, modes, rng)[:n]
    return out / (np.abs(out).max() + 1e-12) * level


def _pk(y):
    return y / (np.abs(y).max() + 1e-12)


def _norm(y):
    return y / (np.sqrt(np.mean(y ** 2)) + 1e-12)


def _rms_norm(y):
    """Scale so the loudest 50 ms has RMS 1 (levels of layers are then set by their gains)."""
    w = secs(0.05)
    c = np.cumsum(np.concatenate([[0.0], y ** 2]))
    if len(y) <= w:
        return _norm(y)
    e = (c[w:] - c[:-w]) / w
    return y / (np.sqrt(e.max()) + 1e-12)


# ---------------------------------------------------------------------------

def wind(rng):
    """Wind over sand: gusting band noise, a low moan, and sand hiss riding the gusts. Seamless 20 s loop."""
    n, x = secs(20.0), secs(3.0)
    N = n + x
    gust = smooth_random(12, N, rng, 0.25, 1.0) ** 1.5
    moan_c = smooth_random(9, N, rng, -0.6, 0.6)

    def body(t, f):
        i = np.clip((t * SR).astype(int), 0, N - 1)
        c = 420 * 2 ** moan_c[i]
        return gust[i] * np.exp(-0.5 * (np.log2(np.maximum(f, 1) / c) / 0.9) ** 2)

    def whistle(t, f):
        i = np.clip((t * SR).astype(int), 0, N - 1)
        c = 900 * 2 ** (moan_c[i] * 1.3)
        return (gust[i] ** 2) * np.exp(-0.5 * (np.log2(np.maximum(f, 1) / c) / 0.12) ** 2)

    def hiss(t, f):
        i = np.clip((t * SR).astype(int), 0, N - 1)
        return (gust[i] ** 2.5) * np.exp(-0.5 * (np.log2(np.maximum(f, 1) / 6000) / 0.8) ** 2)

    def low(t, f):
        return np.exp(-0.5 * (np.log2(np.maximum(f, 1) / 90) / 0.8) ** 2)

    y = (stft_noise(N, body, rng, channels=2) * 1.0 + stft_noise(N, whistle, rng, channels=2) * 0.35
         + stft_noise(N, hiss, rng, channels=2) * 0.25 + stft_noise(N, low, rng, channels=2) * 0.4)
    # seamless loop: equal-power crossfade of the overhang onto the start
    w = np.linspace(0, np.pi / 2, x)
    out = y[:, :n].copy()
    out[:, :x] = y[:, :x] * np.sin(w) + y[:, n:n + x] * np.cos(w)
    return _mono_safe(out)   # the side is trimmed per sample, so the loop stays seamless


def sword_draw(rng):
    """Steel leaving the scabbard: the guard's click, a rasping metal scrape whose band rises as
    the blade slides out, then the tip clearing with a short bright 'shing' of blade modes."""
    n = secs(2.2)
    t = _t(n)
    t0, slide = 0.06, 0.62          # scrape from t0 for `slide` seconds
    t1 = t0 + slide
    # 1. the guard (habaki) popping out of the scabbard mouth: a knock of wood and a tick of metal
    click = _strike(n, 0.0, [(620, 0.012, 1.0), (1130, 0.009, 0.6), (1870, 0.006, 0.4)], rng, 0.002, 300)
    click += _strike(n, 0.004, _metal_modes(rng, 2100, 11000, 10, 0.004, 0.02, False), rng, 0.0015, 2000, 0.8)
    # 2. the scrape: stick-slip friction grains + steady rasp, through a band rising with the slide
    grains = np.zeros(n)
    k = secs(t0)
    while k < secs(t1):
        grains[k] = rng.standard_normal() * rng.uniform(0.4, 1.0)
        k += int(SR / rng.uniform(180, 420))
    grains = fft_filter(grains, highpass_resp(1800, 4))
    sc_env = np.clip((t - t0) / 0.05, 0, 1) * np.where(t < t1, 0.55 + 0.45 * ((t - t0) / slide).clip(0, 1),
                                                        np.exp(-(t - t1) / 0.02))

    def rasp(tt, f):
        x = np.clip((tt - t0) / slide, 0, 1)
        c = 2200 * 2 ** (1.3 * x)                 # the rising band
        band = np.exp(-0.5 * (np.log2(np.maximum(f, 1) / c) / 0.25) ** 2)
        air = 0.12 * np.exp(-0.5 * (np.log2(np.maximum(f, 1) / 7500) / 0.6) ** 2)
        on = np.clip((tt - t0) / 0.05, 0, 1) * np.where(tt < t1, 1.0, np.exp(-(tt - t1) / 0.02))
        return (band + air) * on
    raspy = stft_noise(n, rasp, rng, frame=1024)
    blade = _metal_modes(rng, 1900, 12500, 26, 0.012, 0.06)
    scrape = _resonators(grains * sc_env + raspy * 0.5, blade, rng)[:n]
    scrape = _rms_norm(scrape) * 0.55 + _rms_norm(raspy) * 0.35 + _rms_norm(grains * sc_env) * 0.18
    # a little wood under the scrape (the scabbard), 400-900 Hz
    wood = fft_filter(rng.standard_normal(n), bandpass_resp(650, 0.6)) * sc_env
    # 3. the tip clears: a bright noise crack and the blade's modes ringing briefly (not a chime:
    #    two dozen inharmonic modes with 60-350 ms decays, plus their noisy excitation)
    crack = np.zeros(n)
    _place(crack, _burst(0.03, 0.004, rng, highpass_resp(2500, 2)), t1)
    ring_modes = _metal_modes(rng, 1450, 12000, 22, 0.06, 0.35)
    ring = _strike(n, t1, ring_modes, rng, 0.003, 2000)
    ring *= 1 + 0.25 * np.sin(TWO_PI * 5.5 * np.maximum(t - t1, 0))      # the blade wobbling
    shh = np.zeros(n)
    _place(shh, _burst(0.25, 0.05, rng, bandpass_resp(5500, 0.8)), t1)
    y = (_rms_norm(click) * 0.25 + scrape * 0.35 + _rms_norm(wood) * 0.015
         + _rms_norm(crack) * 0.25 + _rms_norm(ring) * 0.45 + _rms_norm(shh) * 0.3)
    y = _space(y, rng, 0.8, 0.16, 0.5)
    return _mono_safe(fade_edges(y[:, :n], 0.0005, 0.25))


def slash(rng):
    """The cut: a whoosh of the swing (band noise sweeping up and back, drifting left to right),
    then steel meeting flesh: a noisy crack, a short scrape of blade modes, a wet chop with its
    body at 150-500 Hz, and a brief ring of the blade."""
    n = secs(1.2)
    t = _t(n)
    T, hit = 0.30, 0.27

    def whoosh(tt, f):
        x = np.clip(tt / T, 0, 1)
        c = 320 * 2 ** (2.8 * np.sin(np.pi * x * 0.9))
        env = np.sin(np.pi * x) ** 2 * (tt < T)
        return env * np.exp(-0.5 * (np.log2(np.maximum(f, 1) / c) / 0.6) ** 2)
    w = stft_noise(n, whoosh, rng, frame=1024)
    pan = np.clip(-0.25 + 0.5 * t / T, -0.25, 0.25)
    st = np.stack([w * np.sqrt(1 - pan), w * np.sqrt(1 + pan)])
    st = st / (np.sqrt(np.mean(st ** 2)) + 1e-12)
    # the crack of the edge: broadband, very short
    crack = np.zeros(n)
    _place(crack, _burst(0.03, 0.003, rng, highpass_resp(1800, 2)), hit)
    # blade modes scraped for 40 ms by the cut (noisy excitation, fast decays)
    exc = np.zeros(n)
    _place(exc, _burst(0.06, 0.012, rng, highpass_resp(1200, 2)), hit)
    metal = _resonators(exc, _metal_modes(rng, 1700, 12000, 24, 0.015, 0.09), rng)[:n]
    # the wet chop: body 150-500 Hz (a knock heard on small speakers) plus a squelchy mid band
    chop = np.zeros(n)
    _place(chop, _burst(0.2, 0.035, rng, bandpass_resp(260, 0.8)), hit + 0.004)
    sq = np.zeros(n)
    g = _burst(0.14, 0.04, rng, bandpass_resp(900, 0.7))
    g *= 0.6 + 0.4 * np.abs(smooth_random(30, len(g), rng))            # wet, uneven
    _place(sq, g, hit + 0.01)
    thump = np.zeros(n)
    tt = _t(secs(0.25))
    _place(thump, np.sin(TWO_PI * np.cumsum(120 * (1 + 0.6 * np.exp(-tt / 0.015))) / SR) * np.exp(-tt / 0.04), hit)
    # the blade rings a moment after (quiet, inharmonic, short)
    ring = _strike(n, hit + 0.003, _metal_modes(rng, 2300, 11000, 14, 0.05, 0.22), rng, 0.003, 2500)
    mono = (_rms_norm(crack) * 0.35 + _rms_norm(metal) * 0.4 + _rms_norm(chop) * 0.8
            + _rms_norm(sq) * 0.35 + _rms_norm(thump) * 0.3 + _rms_norm(ring) * 0.12)
    y = st * 0.15 + np.stack([mono, mono])
    y = _space(y, rng, 0.8, 0.18, 0.5)
    return _mono_safe(fade_edges(y[:, :n], 0.001, 0.1))


def heal(rng):
    """Healing kido: a soft swell of shimmering chimes (D major add9 sparkles over a glowing pad)."""
    n = secs(4.0)
    t = _t(n)
    swell = np.sin(np.pi * np.clip(t / 3.6, 0, 1)) ** 1.5
    out = np.zeros((2, n))
    chord = [62, 66, 69, 74, 76, 78, 81, 86]
    for m in chord[:4]:
        f = 440 * 2 ** ((m - 69) / 12)
        for d in (-4, 4):
            ff = f * 2 ** (d / 1200)
            s = np.sin(TWO_PI * ff * t + rng.uniform(0, TWO_PI)) * swell * 0.12
            out += _pan(s, d / 8)
    # sparkles: bell-ish pings at random times, denser in the middle
    times = np.sort(rng.uniform(0.1, 3.2, 34))
    for k, at in enumerate(times):
        m = chord[rng.integers(2, len(chord))] + 12 * (rng.uniform() < 0.3)
        f = 440 * 2 ** ((m - 69) / 12)
        L = secs(1.2)
        tt = _t(L)
        ping = (np.sin(TWO_PI * f * tt) + 0.3 * np.sin(TWO_PI * f * 2.76 * tt) * np.exp(-tt / 0.15)) * np.exp(-tt / 0.45)
        ping *= np.clip(tt / 0.003, 0, 1) * (0.3 + 0.7 * np.sin(np.pi * at / 3.4)) * 0.22
        seg = np.zeros(n)
        _place(seg, ping, at)
        out += _pan(seg, rng.uniform(-0.7, 0.7))
    trem = 1 + 0.15 * np.sin(TWO_PI * 6.0 * t)
    out *= trem
    air = stft_noise(n, lambda tt, f: np.sin(np.pi * np.clip(tt / 3.6, 0, 1)) ** 2 *
                     np.exp(-0.5 * (np.log2(np.maximum(f, 1) / 7000) / 0.6) ** 2), rng, channels=2) * 0.08
    y = _room(out + air, rng, 2.5, 0.5, 0.3)
    return _mono_safe(fade_edges(y[:, : secs(5.0)], 0.005, 0.6))



def _beat(rng, f0, body, click, level):
    """One heart sound: a short low thump (f0), its body as resonances between 100 and 400 Hz
    (what a laptop speaker plays), and a soft knock at the start."""
    L = secs(0.45)
    tt = _t(L)
    fr = f0 * (1 + 0.6 * np.exp(-tt / 0.02))
    thump = np.sin(TWO_PI * np.cumsum(fr) / SR) * (1 - np.exp(-tt / 0.004)) * np.exp(-tt / 0.07)
    exc = np.zeros(L)
    exc[: secs(0.012)] = rng.standard_normal(secs(0.012)) * np.hanning(secs(0.012))
    res = _resonators(exc, [(f, tau, g) for f, tau, g in body], rng)[:L]
    res *= 1 - np.exp(-tt / 0.003)
    knock = np.zeros(L)
    c = secs(0.02)
    knock[:c] = rng.standard_normal(c) * np.exp(-np.arange(c) / (SR * 0.0025))
    knock = fft_filter(knock, bandpass_resp(click, 0.7))
    y = _rms_norm(thump) * 0.35 + _rms_norm(res) * 1.0 + _rms_norm(knock) * 0.3
    k = secs(0.001)                          # the zero-phase filters' cut-off pre-ring: no click
    y[:k] *= 0.5 - 0.5 * np.cos(np.pi * np.arange(k) / k)
    return y * level


def heartbeat(rng):
    """Lub-dub at 40 bpm, 1.5 s, silent at both ends so it loops.  Each sound: a short low thump,
    a chest-like body of damped resonances at 135-400 Hz, and a soft knock on top."""
    n = secs(1.5)
    out = np.zeros(n)
    lub = _beat(rng, 62, [(135, 0.045, 0.8), (185, 0.035, 1.0), (260, 0.025, 0.7), (350, 0.018, 0.4)], 1100, 1.0)
    dub = _beat(rng, 72, [(150, 0.04, 0.8), (215, 0.03, 1.0), (300, 0.02, 0.6), (400, 0.015, 0.35)], 1500, 0.72)
    _place(out, lub, 0.02)
    _place(out, dub, 0.30)
    out = fft_filter(out, lowpass_resp(2500, 2))
    out[-secs(0.25):] *= np.linspace(1, 0, secs(0.25))
    out[: secs(0.005)] *= np.linspace(0, 1, secs(0.005))
    return np.stack([out, out])


def blood(rng):
    """Wet: a squelching stab (filtered-noise body and a wobbling wet band), a splatter of droplets
    onto sand, then a few drips into the pool (ticks and tiny splashes: noise only, no pitch sweeps)."""
    n = secs(1.7)
    out = np.zeros(n)
    # the stab: a soft knock with body at 150-450 Hz
    knock = _burst(0.2, 0.03, rng, bandpass_resp(280, 0.8))
    _place(out, _rms_norm(knock) * 0.9, 0.0)
    # the squelch: noise through a resonant band that wobbles irregularly (liquid being displaced)
    L = secs(0.32)
    tt = _t(L)
    wob = smooth_random(14, L, rng, -1, 1)

    def squelch(t2, f):
        i = np.clip((t2 * SR).astype(int), 0, L - 1)
        c = 700 * 2 ** (0.6 * wob[i])
        return (np.exp(-0.5 * (np.log2(np.maximum(f, 1) / c) / 0.25) ** 2)
                + 0.3 * np.exp(-0.5 * (np.log2(np.maximum(f, 1) / 350) / 0.5) ** 2))
    sq = stft_noise(L, squelch, rng, frame=512)
    sq *= np.clip(tt / 0.01, 0, 1) * np.exp(-tt / 0.09) * (0.5 + 0.5 * np.abs(smooth_random(40, L, rng)))
    _place(out, _rms_norm(sq) * 0.7, 0.008)
    # bubbly crackle inside the squelch: tiny ticks 1-4 kHz
    for at in np.sort(rng.uniform(0.01, 0.25, 26)):
        d = _burst(0.01, rng.uniform(0.0006, 0.0018), rng, bandpass_resp(rng.uniform(1000, 4000), 0.5))
        _place(out, _pk(d) * rng.uniform(0.2, 0.6) * np.exp(-at / 0.15), at)
    # splatter: droplets landing over ~0.5 s, densest at first
    for at in np.sort(0.05 + rng.exponential(0.12, 55)):
        if at > 0.6:
            continue
        d = _burst(0.03, rng.uniform(0.0015, 0.006), rng, bandpass_resp(rng.uniform(700, 3500), 0.7))
        _place(out, _pk(d) * rng.uniform(0.2, 0.8) * np.exp(-(at - 0.05) / 0.25), at)
    # drips into the pool: a tick and a tiny splash of mid noise
    for at, lev in ((0.82, 0.5), (1.1, 0.4), (1.43, 0.3)):
        tick = _burst(0.01, 0.0012, rng, bandpass_resp(2000, 0.4))
        splash = _burst(0.06, 0.012, rng, bandpass_resp(900, 0.6))
        body = _burst(0.06, 0.015, rng, bandpass_resp(300, 0.5))
        _place(out, _pk(tick) * 0.5 * lev, at)
        _place(out, (_pk(splash) * 0.6 + _pk(body) * 0.5) * lev, at + 0.002)
    out = np.tanh(out * 0.7) / 0.7          # squash the stab's noise peaks (they would only be limited)
    y = _space(out, rng, 0.6, 0.14, 0.6)
    return _mono_safe(fade_edges(y[:, :n], 0.0005, 0.1))


def giggle(rng):
    """Chishioyaiba's laugh: a woman's 'ha-ha-ha-ha-haaa' (F0 about 300-440 Hz, median ~385), each
    'ha' an aspiration then a breathy voiced open vowel from a glottal pulse train through five
    formants, with jitter, shimmer and a falling arch of pitch across the bout; a breath in, two
    soft after-laughs.  Under it, quieter and short, the ring of a struck blade (inharmonic modes)."""
    n = secs(3.0)
    S = []
    bout = [  # at, h, v, (f0 start, peak, end), level, breath
        (0.03, 0.065, 0.13, (380, 430, 400), 0.85, 0.35),
        (0.25, 0.045, 0.115, (405, 440, 405), 1.00, 0.3),
        (0.445, 0.045, 0.11, (395, 425, 390), 0.95, 0.3),
        (0.635, 0.045, 0.105, (385, 410, 370), 0.90, 0.32),
        (0.82, 0.045, 0.10, (370, 390, 350), 0.82, 0.35),
        (1.0, 0.05, 0.10, (355, 372, 335), 0.72, 0.4),
        (1.2, 0.07, 0.46, (370, 410, 300), 0.85, 0.35),
    ]
    for at, h, v, f0, lev, br in bout:
        S.append(dict(at=at, h=h, v=v, f0=f0, lev=lev, breath=br, fshift=rng.uniform(0.97, 1.04)))
    for at, h, v, f0, lev, br in ((2.2, 0.06, 0.1, (350, 370, 330), 0.45, 0.5),
                                  (2.39, 0.05, 0.12, (340, 355, 305), 0.38, 0.55)):
        S.append(dict(at=at, h=h, v=v, f0=f0, lev=lev, breath=br, fshift=rng.uniform(0.97, 1.03)))
    voice = sfx_voice.laugh(S, 3.0, rng)[:n]
    voice = _rms_norm(voice)
    # the breath in between the bouts (aspiration only, brighter formants), ~20 dB down
    L = secs(0.3)
    tt = _t(L)
    inh = rng.standard_normal(L) * np.sin(np.pi * tt / tt[-1]) ** 1.5
    inh = sfx_voice.tract(fft_filter(inh, highpass_resp(800, 1)),
                          [(np.full(L, f * 1.1), np.full(L, b * 1.6)) for f, b in sfx_voice.VOWEL_AE])
    _place(voice, _rms_norm(inh) * 0.1, 1.86)
    # the blade ring: struck as the laugh breaks out and once more, fainter, on the long 'haaa'
    modes = _metal_modes(rng, 1240, 11500, 18, 0.12, 0.7)
    ring = _strike(n, 0.03, modes, rng, 0.002, 2500) + 0.6 * _strike(n, 1.27, modes, rng, 0.002, 2500)
    ring *= np.exp(-np.maximum(_t(n) - 1.6, 0) / 0.3)          # short: gone by ~2.3 s
    ring = _rms_norm(ring) * 0.2                                # ~14 dB under the laugh
    y = voice + ring
    y = _space(y, rng, 1.4, 0.22, 0.4, 0.3)
    return _mono_safe(fade_edges(y[:, :n], 0.001, 0.3))


def body_fall(rng):
    """A body dropping onto sand, then the head a moment later: each a knock (transient), a body of
    flesh and cloth at 120-400 Hz, a little low weight; sand spraying and settling."""
    n = secs(2.0)
    out = np.zeros(n)
    for at, level, body_c, knock_c in ((0.0, 1.0, 190, 1300), (0.42, 0.3, 280, 1800)):
        L = secs(0.5)
        tt = _t(L)
        thump = np.sin(TWO_PI * np.cumsum(70 * (1 + 0.7 * np.exp(-tt / 0.015))) / SR) * \
            (1 - np.exp(-tt / 0.003)) * np.exp(-tt / 0.06)
        body = fft_filter(rng.standard_normal(L) * np.exp(-tt / 0.07), bandpass_resp(body_c, 0.7))
        body2 = fft_filter(rng.standard_normal(L) * np.exp(-tt / 0.04), bandpass_resp(body_c * 1.8, 0.5))
        knock = fft_filter(rng.standard_normal(L) * np.exp(-tt / 0.004), bandpass_resp(knock_c, 0.8))
        cloth = fft_filter(rng.standard_normal(L) * np.exp(-tt / 0.05) * np.clip(tt / 0.01, 0, 1),
                           bandpass_resp(3000, 1.0))
        s = (_rms_norm(thump) * 0.45 + _rms_norm(body) * 1.0 + _rms_norm(body2) * 0.45
             + _rms_norm(knock) * 0.35 + _rms_norm(cloth) * 0.12)
        k = secs(0.001)                      # the zero-phase filters' cut-off pre-ring: no click
        s[:k] *= 0.5 - 0.5 * np.cos(np.pi * np.arange(k) / k)
        _place(out, s * level, at)

    def sand(tt, f):
        g = np.exp(-np.maximum(tt - 0.03, 0) / 0.3) * np.clip(tt / 0.03, 0, 1)
        g2 = 0.4 * np.exp(-np.maximum(tt - 0.45, 0) / 0.25) * (tt > 0.42)
        return (g + g2) * np.exp(-0.5 * (np.log2(np.maximum(f, 1) / 4500) / 1.0) ** 2)
    hiss = stft_noise(n, sand, rng)
    crackle = (rng.uniform(size=n) < 0.003) * rng.standard_normal(n)
    crackle = fft_filter(crackle, highpass_resp(2500)) * np.exp(-_t(n) / 0.45)
    out = np.tanh(out * 0.6) / 0.6          # flesh, not a gunshot: round off the noise peaks
    y = out + _rms_norm(hiss) * 0.1 + crackle * 0.25
    y = _space(y, rng, 0.7, 0.12, 0.6)
    return _mono_safe(fade_edges(y[:, :n], 0.0005, 0.3))


def reiatsu(rng):
    """Spiritual pressure exploding, at once (the game flashes white as it starts): within the first
    ~10 ms a crack, a punch falling from 140 to 45 Hz and a saturated body at 100-400 Hz; then a
    roaring pressure tail, ~10 dB under the boom, whose band sinks and whose tremble slows as it
    decays over ~4 s, with a few sparks."""
    n = secs(5.0)
    t = _t(n)
    at = 0.004
    crack = np.zeros(n)
    _place(crack, _burst(0.05, 0.006, rng, highpass_resp(900, 2)), at)
    tt = _t(n - secs(at))
    punch = np.zeros(n)
    fr = 45 + 95 * np.exp(-tt / 0.05)
    punch[secs(at):] = np.sin(TWO_PI * np.cumsum(fr) / SR) * (1 - np.exp(-tt / 0.002)) * np.exp(-tt / 0.25)
    body = np.zeros(n)
    _place(body, _burst(1.5, 0.12, rng, bandpass_resp(220, 0.9)), at)
    body = np.tanh(_rms_norm(body) * 1.5)
    boom = _pk(crack) * 0.75 + _pk(punch) * 0.5 + _pk(body) * 0.7
    boom = np.tanh(boom * 1.3) / 1.3

    def roar(t2, f):
        c = 650 * 2 ** (-1.3 * np.clip(t2 / 3.5, 0, 1))       # the band sinks as it dies away
        g = np.clip(t2 / 0.12, 0, 1) ** 2 * np.exp(-t2 / 1.1)      # blooms just after the boom
        return g * (np.exp(-0.5 * (np.log2(np.maximum(f, 1) / c) / 1.0) ** 2)
                    + 0.25 * np.exp(-0.5 * (np.log2(np.maximum(f, 1) / 90) / 0.6) ** 2))
    r = stft_noise(n, roar, rng, channels=2)
    rate = 11 - 6 * np.clip(t / 4, 0, 1)
    tremble = 1 + 0.35 * np.sin(TWO_PI * np.cumsum(rate) / SR)
    r = r * tremble[None, :]
    r = r / (np.abs(r).max() + 1e-12)
    r = np.tanh(r * 1.5) / np.tanh(1.5)
    # sparks of pressure: a few crackles thinning out
    sp = (rng.uniform(size=n) < 0.0006 * np.exp(-t / 0.8)) * rng.standard_normal(n)
    sp = fft_filter(sp, bandpass_resp(3000, 1.0))
    y = np.stack([boom, boom]) + r * 0.24 + np.stack([sp, sp]) * 0.06
    y = _space(y, rng, 2.0, 0.2, 0.5)
    return _mono_safe(fade_edges(y[:, :n], 0.0, 0.5))


def reiatsu_rise(rng):
    """The build before the reiatsu bursts (2.6 s, then a 0.4 s release, no boom): a noise band and a
    detuned cluster climbing, a rumble swelling, a tremble speeding up and sparks thickening.
    Played on the line before reiatsu.ogg, which cuts it off with the boom."""
    n = secs(3.0)
    t = _t(n)
    T = 2.6
    x = np.clip(t / T, 0, 1)
    rel = np.where(t < T, 1.0, np.exp(-(t - T) / 0.12))

    def band(t2, f):
        xx = np.clip(t2 / T, 0, 1)
        c = 180 * 2 ** (3.0 * xx ** 1.4)
        g = (0.03 + xx ** 2.5) * np.where(t2 < T, 1.0, np.exp(-(t2 - T) / 0.12))
        return g * (np.exp(-0.5 * (np.log2(np.maximum(f, 1) / c) / 0.7) ** 2)
                    + 0.3 * np.exp(-0.5 * (np.log2(np.maximum(f, 1) / (c * 3)) / 0.5) ** 2))
    b = stft_noise(n, band, rng, channels=2)
    b = b / (np.abs(b).max() + 1e-12)
    drone = np.zeros(n)
    for d in (-18, -6, 7, 19):
        fd = (110 + 110 * x ** 1.6) * 2 ** (d / 1200)
        p = np.cumsum(fd) / SR
        drone += 2 * (p % 1.0) - 1
    drone = fft_filter(drone * x ** 2 * rel, lowpass_resp(1400, 2))
    drone = fft_filter(drone, highpass_resp(100, 2))
    rumble = fft_filter(rng.standard_normal(n), bandpass_resp(75, 0.6)) * (0.05 + x ** 2.5) * rel
    rate = 4 + 12 * x ** 1.5
    tremble = 1 + 0.3 * x * np.sin(TWO_PI * np.cumsum(rate) / SR)
    sp = (rng.uniform(size=n) < 0.004 * x ** 3) * rng.standard_normal(n)
    sp = fft_filter(sp, highpass_resp(2500, 2)) * rel
    mono = (_rms_norm(drone) * 0.25 + _rms_norm(rumble) * 0.2) * tremble + _rms_norm(sp) * 0.03
    y = (b * 0.7 * tremble[None, :] + np.stack([mono, mono]) * 0.6)
    y = np.tanh(y * 1.2) / 1.2
    y = _space(y, rng, 1.5, 0.18, 0.5)
    y = y[:, :n]
    y[:, -secs(0.35):] *= np.linspace(1, 0, secs(0.35)) ** 2
    return _mono_safe(fade_edges(y, 0.05, 0.01))


EFFECTS = {
    # name: (function, integrated loudness target LUFS, loops)
    "wind": (wind, -24.0, True),
    "sword_draw": (sword_draw, -19.0, False),
    "slash": (slash, -18.0, False),
    "heal": (heal, -21.0, False),
    "heartbeat": (heartbeat, -20.0, True),
    "blood": (blood, -19.0, False),
    "giggle": (giggle, -17.0, False),
    "body_fall": (body_fall, -18.0, False),
    "reiatsu": (reiatsu, -17.0, False),
    "reiatsu_rise": (reiatsu_rise, -19.0, False),
}
