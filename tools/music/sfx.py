"""Sound effects, all synthesised (filtered noise, resonators, additive partials).

Each effect is fn(rng) -> mono (n,) or stereo (2, n) float array at 44.1 kHz.
EFFECTS maps file name -> (function, loudness target in LUFS, loops?).
"""
from __future__ import annotations

import numpy as np

from synth import (SR, TWO_PI, bandpass_resp, convolve, fade_edges, fft_filter, highpass_resp,
                   lowpass_resp, reverb_ir, secs, smooth_random, stft_noise)


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
    return out


def sword_draw(rng):
    """Blade sliding out of the scabbard (gliding metallic scrape) then clearing it with a ring."""
    n = secs(2.6)
    t = _t(n)
    slide = 0.75  # seconds of scraping
    # friction grain: noise with jittery amplitude
    grain = rng.standard_normal(n) * (0.5 + 0.5 * np.abs(smooth_random(300, n, rng)))
    env = np.clip(t / 0.06, 0, 1) * np.where(t < slide, 0.6 + 0.4 * t / slide, np.exp(-(t - slide) / 0.03))
    src = grain * env
    # scrape: narrow bands that glide upwards as more blade is exposed
    def scrape(tt, f):
        x = np.clip(tt / slide, 0, 1.2)
        g = 0
        for c, w in ((2300, 0.08), (3700, 0.07), (5600, 0.06), (8200, 0.08)):
            g = g + np.exp(-0.5 * (np.log2(np.maximum(f, 1) / (c * (1 + 0.18 * x))) / w) ** 2)
        return g * np.where(tt < slide, 0.4 + 0.6 * tt / slide, np.exp(-(tt - slide) / 0.03)) * np.clip(tt / 0.05, 0, 1)
    scr = stft_noise(n, scrape, rng) * 2.5 + fft_filter(src, bandpass_resp(4000, 1.0)) * 0.03
    # initial click of the guard leaving the mouth of the scabbard
    click = np.zeros(n)
    c = secs(0.01)
    click[:c] = rng.standard_normal(c) * np.exp(-np.arange(c) / 60.0)
    click = fft_filter(click, bandpass_resp(2500, 1.0)) * 1.2
    # ring when the tip clears
    ring = np.zeros(n)
    rt = t[secs(slide):] - t[secs(slide)]
    for f, tau, g in ((1187, 1.1, 0.5), (2963, 0.9, 0.45), (3121, 0.8, 0.3), (4650, 0.6, 0.35), (6790, 0.35, 0.25), (9100, 0.2, 0.15)):
        ring[secs(slide):] += g * np.exp(-rt / tau) * np.sin(TWO_PI * f * rt) * (1 + 0.2 * np.sin(TWO_PI * 3.1 * rt))
    tip = np.zeros(n)
    c = secs(0.006)
    tip[secs(slide):secs(slide) + c] = rng.standard_normal(c) * np.exp(-np.arange(c) / 30.0)
    y = scr + click + ring * 0.35 + fft_filter(tip, highpass_resp(3000)) * 0.6
    st = np.stack([y * 0.9 + np.roll(y, 9) * 0.1, y * 0.9 + np.roll(y, 23) * 0.1])
    return fade_edges(_room(st, rng, 0.9, 0.18)[:, :n], 0.001, 0.2)


def slash(rng):
    """Whoosh (sweeping band noise panning across) ending in a sharp cut, a wet impact and a blade ring."""
    n = secs(1.3)
    t = _t(n)
    T = 0.32

    def whoosh(tt, f):
        x = np.clip(tt / T, 0, 1)
        c = 350 * 2 ** (3.0 * np.sin(np.pi * x * 0.85))
        env = np.sin(np.pi * x) ** 2 * (tt < T)
        return env * np.exp(-0.5 * (np.log2(np.maximum(f, 1) / c) / 0.7) ** 2)
    w = stft_noise(n, whoosh, rng)
    pan = np.clip(-0.8 + 1.6 * t / T, -0.8, 0.8)
    st = np.stack([w * np.sqrt((1 - pan) / 2), w * np.sqrt((1 + pan) / 2)]) * np.sqrt(2)
    hit = 0.26
    i = secs(hit)
    cut = np.zeros(n)
    c = secs(0.05)
    cut[i:i + c] = rng.standard_normal(c) * np.exp(-np.arange(c) / (SR * 0.008))
    cut = fft_filter(cut, highpass_resp(1800)) * 0.5
    wet = np.zeros(n)
    c = secs(0.12)
    wet[i:i + c] = rng.standard_normal(c) * np.exp(-np.arange(c) / (SR * 0.03))
    wet = fft_filter(wet, bandpass_resp(500, 1.2)) * 1.0
    thud = np.zeros(n)
    tt = _t(n - i)
    thud[i:] = np.sin(TWO_PI * (90 * tt + 60 * 0.03 * (1 - np.exp(-tt / 0.03)))) * np.exp(-tt / 0.08) * 0.6
    ring = np.zeros(n)
    for f, tau, g in ((2480, 0.35, 0.3), (3990, 0.25, 0.25), (6120, 0.15, 0.2)):
        ring[i:] += g * np.exp(-tt / tau) * np.sin(TWO_PI * f * tt)
    mono = cut + wet + thud + ring * 0.3
    y = st * 0.9 + _pan(mono, 0.3)
    return fade_edges(_room(y, rng, 0.8, 0.2)[:, :n], 0.001, 0.1)


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
    return fade_edges(y[:, : secs(5.0)], 0.005, 0.6)


def heartbeat(rng):
    """Lub-dub, 40 bpm: 1.5 s, starts and ends in silence so it loops."""
    n = secs(1.5)
    out = np.zeros(n)
    for at, f, g in ((0.02, 52.0, 1.0), (0.30, 60.0, 0.7)):
        L = secs(0.5)
        tt = _t(L)
        fr = f * (1 + 0.5 * np.exp(-tt / 0.025))
        ph = TWO_PI * np.cumsum(fr) / SR
        env = (1 - np.exp(-tt / 0.01)) * np.exp(-tt / 0.1)
        s = (np.sin(ph) + 0.35 * np.sin(2 * ph) * np.exp(-tt / 0.04)) * env
        knock = rng.standard_normal(L) * np.exp(-tt / 0.012) * 0.15
        s += fft_filter(knock, lowpass_resp(300, 2))
        _place(out, s * g, at)
    out = fft_filter(out, lowpass_resp(220, 2))
    out[-secs(0.1):] *= np.linspace(1, 0, secs(0.1))
    return np.stack([out, out])


def blood(rng):
    """Wet splatter: a burst of squelchy droplets, then a few drips."""
    n = secs(1.8)
    out = np.zeros(n)
    # splatter: many short filtered-noise droplets in the first 0.35 s
    for at in np.sort(rng.exponential(0.08, 40)):
        if at > 0.5:
            continue
        L = secs(rng.uniform(0.01, 0.05))
        tt = _t(L)
        d = rng.standard_normal(L) * np.exp(-tt / (L / SR / 3))
        c = rng.uniform(300, 1800)
        d = fft_filter(d, bandpass_resp(c, 0.5))
        _place(out, d * rng.uniform(0.3, 1.0) * np.exp(-at / 0.25), at)
    # the main wet slap
    L = secs(0.15)
    tt = _t(L)
    slap = fft_filter(rng.standard_normal(L) * np.exp(-tt / 0.03), bandpass_resp(450, 1.0)) * 2.0
    slap += np.sin(TWO_PI * 120 * tt) * np.exp(-tt / 0.04) * 0.6
    _place(out, slap, 0.0)
    # drips: quick upward-chirping bloops
    for at in (0.75, 1.05, 1.42):
        L = secs(0.06)
        tt = _t(L)
        f = 700 + 900 * (tt / tt[-1]) ** 0.5
        b = np.sin(TWO_PI * np.cumsum(f) / SR) * np.sin(np.pi * tt / tt[-1]) * rng.uniform(0.25, 0.45)
        _place(out, b, at)
    st = np.stack([out, np.roll(out, 31)])
    return fade_edges(_room(st, rng, 0.6, 0.15)[:, :n], 0.001, 0.1)


def giggle(rng):
    """Chishioyaiba's giggle: 'ha-ha-ha-ha-haa' in a high female voice (harmonics with formants,
    breathy onsets, gliding pitch), pushed through a bright ringing blade-like resonator."""
    sylls = [  # (start, length, f0 start, f0 end, level)
        (0.00, 0.11, 820, 880, 0.7), (0.17, 0.11, 900, 960, 0.8), (0.33, 0.11, 980, 1040, 0.9),
        (0.49, 0.12, 1040, 1000, 1.0), (0.66, 0.12, 980, 900, 0.9), (0.84, 0.13, 930, 860, 0.8),
        (1.05, 0.42, 1100, 760, 0.8),
    ]
    n = secs(3.0)
    voice = np.zeros(n)
    for at, L, f0, f1, lev in sylls:
        m = secs(L)
        tt = _t(m)
        x = tt / L
        f = f0 + (f1 - f0) * x + 15 * np.sin(TWO_PI * 7 * tt)
        ph = TWO_PI * np.cumsum(f) / SR
        env = np.sin(np.pi * np.clip(x * 1.15, 0, 1)) ** 0.7 * np.clip(x / 0.15, 0, 1)
        s = np.zeros(m)
        fm = f.mean()
        for k in range(1, int(16000 // fm) + 1):
            hk = k * fm
            a = (np.exp(-0.5 * ((hk - 1000) / 250) ** 2) + 0.7 * np.exp(-0.5 * ((hk - 1600) / 300) ** 2)
                 + 0.35 * np.exp(-0.5 * ((hk - 3100) / 400) ** 2) + 0.06 / k)
            s += a * np.sin(k * ph)
        h = stft_noise(m, lambda t2, f2: np.exp(-t2 / 0.03) * np.exp(-0.5 * (np.log2(np.maximum(f2, 1) / 2500) / 1.0) ** 2), rng) * 0.8
        _place(voice, (s + h) * env * lev, at)
    # glassy ring: a high sine an octave-and-a-fifth above the voice, following its pitch pulses
    ring_src = fft_filter(voice, highpass_resp(2000, 2))
    ringing = _resonators(ring_src, [(3520, 0.35, 1.0), (5280, 0.25, 0.7), (7040, 0.3, 0.6), (9400, 0.15, 0.4)], rng)[:n]
    ringing /= np.abs(ringing).max() + 1e-9
    y = voice / (np.abs(voice).max() + 1e-9) + 0.55 * ringing
    st = np.stack([y, np.roll(y, 17)])
    return fade_edges(_room(st, rng, 1.8, 0.35, 0.3)[:, :n], 0.001, 0.3)


def body_fall(rng):
    """A body dropping onto sand: heavy soft thud, a second smaller knock, and sand hiss settling."""
    n = secs(2.2)
    out = np.zeros(n)
    for at, f, g in ((0.0, 62, 1.0), (0.16, 85, 0.45)):
        L = secs(0.5)
        tt = _t(L)
        fr = f * (1 + 0.8 * np.exp(-tt / 0.02))
        s = np.sin(TWO_PI * np.cumsum(fr) / SR) * np.exp(-tt / 0.09) * (1 - np.exp(-tt / 0.003))
        s += fft_filter(rng.standard_normal(L) * np.exp(-tt / 0.025), lowpass_resp(500, 2)) * 0.5
        _place(out, s * g, at)

    def sand(tt, f):
        return (np.exp(-np.maximum(tt - 0.02, 0) / 0.35) * np.clip(tt / 0.02, 0, 1) *
                np.exp(-0.5 * (np.log2(np.maximum(f, 1) / 5000) / 1.0) ** 2))
    hiss = stft_noise(n, sand, rng)
    crackle = (rng.uniform(size=n) < 0.004) * rng.standard_normal(n)
    crackle = fft_filter(crackle, highpass_resp(2500)) * np.exp(-_t(n) / 0.5)
    y = out + hiss * 0.6 + crackle * 0.3
    st = np.stack([y, np.roll(y, 13)])
    return fade_edges(_room(st, rng, 0.7, 0.12)[:, :n], 0.001, 0.3)


def reiatsu(rng):
    """Spiritual pressure surging: low rumble sweeping upward into a roar, then a heavy pulse."""
    n = secs(5.5)
    t = _t(n)
    T = 4.0
    x = np.clip(t / T, 0, 1)
    after = np.exp(-np.maximum(t - T, 0) / 0.5)

    def roar(tt, f):
        xx = np.clip(tt / T, 0, 1)
        c = 70 * 2 ** (4.2 * xx ** 1.5)
        g = (0.15 + xx ** 2) * np.exp(-np.maximum(tt - T, 0) / 0.5)
        return g * np.exp(-0.5 * (np.log2(np.maximum(f, 1) / c) / 1.1) ** 2)
    r = stft_noise(n, roar, rng, channels=2)
    f = 32 + 40 * x ** 2
    ph = TWO_PI * np.cumsum(f) / SR
    rumble = (np.sin(ph) + 0.5 * np.sin(2 * ph + 0.3)) * (0.2 + 0.8 * x) * after
    # detuned rising saw cluster = pressure
    drone = np.zeros(n)
    for d in (-15, -5, 6, 17):
        fd = (55 + 55 * x ** 2) * 2 ** (d / 1200)
        p = np.cumsum(fd) / SR
        drone += 2 * (p % 1.0) - 1
    drone = fft_filter(drone * x ** 2 * after, lowpass_resp(900, 2)) * 0.12
    y = r * 1.0 + _pan(rumble * 0.5 + drone, 0.0)
    y = np.tanh(y * 1.5) / 1.5
    # the pressure 'bloom': a boom at the peak
    L = secs(1.3)
    tt = _t(L)
    boom = np.sin(TWO_PI * np.cumsum(45 * (1 + 1.5 * np.exp(-tt / 0.05))) / SR) * np.exp(-tt / 0.35)
    seg = np.zeros(n)
    _place(seg, boom, T - 0.02)
    y = y + _pan(seg * 0.9, 0)
    return fade_edges(_room(y, rng, 2.0, 0.25)[:, :n], 0.05, 0.4)


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
    "reiatsu": (reiatsu, -16.0, False),
}
