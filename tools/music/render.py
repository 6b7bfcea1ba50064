#!/usr/bin/env python3
"""Render the whole score and all sound effects of "The Scars Run Deep" into audio/.

    .venv/bin/python tools/music/render.py              # everything
    .venv/bin/python tools/music/render.py --only battle --only slash
    .venv/bin/python tools/music/render.py --list       # names
    .venv/bin/python tools/music/render.py --events title   # print the note events of a score

Music comes from tools/music/scores/<name>.toml (see score.py for the notation),
effects from tools/music/sfx.py.  Deterministic: all randomness is seeded.
Output: 44.1 kHz Ogg Vorbis (quality 0.4); every file is decoded again after encoding
and its true peak checked, re-encoding with less gain if Vorbis overshot.
"""
from __future__ import annotations

import argparse
import sys
import time
import zlib
from pathlib import Path

import numpy as np
import soundfile as sf

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import synth  # noqa: E402
from synth import SR, INSTRUMENTS, midi_to_hz  # noqa: E402
import score as score_mod  # noqa: E402
import sfx as sfx_mod  # noqa: E402
import sampled  # noqa: E402
import audio_levels as levels  # noqa: E402

SCORES = HERE / "scores"
OUT = ROOT / "audio"

MUSIC_LUFS = -18.0          # common loudness target for all music (approx. BS.1770 LUFS)
CEILING_DB = -2.0           # limiter ceiling (sample peak) before encoding
PEAK_LIMIT_DB = -1.3        # decoded true peak must be at or below this (the rule is -1.0)
OGG_QUALITY = 0.4


# ---------------------------------------------------------------------------
# music
# ---------------------------------------------------------------------------

def _pan(y: np.ndarray, pan: float) -> np.ndarray:
    l, r = np.sqrt((1 - pan) / 2), np.sqrt((1 + pan) / 2)
    if y.ndim == 1:
        return np.stack([y * l, y * r]) * np.sqrt(2)
    return np.stack([y[0] * l * np.sqrt(2), y[1] * r * np.sqrt(2)])


def _voice_energy(y: np.ndarray) -> float:
    """K-weighted energy of a (2, n) note, for matching a sampled patch's level to the synth's."""
    return float((levels.k_weighted(y, SR) ** 2).sum())


def render_score(sc: score_mod.Score, engine: str = "sampled", font: str = sampled.DEFAULT_FONT,
                 solo: list[str] | None = None) -> tuple[np.ndarray, int, dict]:
    """Return (stereo mix including tails, loop length in samples, {voice: engine and events}).

    engine "sampled": voices with a GM patch (see sampled.py) are played by FluidSynth, the
    rest by the additive synth; "synth": everything on the additive synth (no FluidSynth)."""
    data = sc.data
    seed = int(data.get("seed", 1))
    voices = data.get("voice", {})
    length = int(round(sc.time(sc.total_beats) * SR))
    tail = int(SR * float(data.get("tail", 12.0)))
    dry = np.zeros((2, length + tail))
    send = np.zeros((2, length + tail))
    cache: dict = {}
    counts: dict = {}
    for vi, (vname, vdef) in enumerate(voices.items()):
        if solo and vname not in solo:
            continue
        inst = INSTRUMENTS[vdef["inst"]]
        params = dict(vdef.get("params", {}))
        gain = float(vdef.get("gain", 1.0))
        pan0 = float(vdef.get("pan", 0.0))
        spread = float(vdef.get("spread", 0.0))
        rsend = float(vdef.get("reverb", 0.2))
        human = float(vdef.get("human", 0.006))
        vj = float(vdef.get("vel_jitter", 0.05))
        gate = float(vdef.get("gate", 1.0))      # fraction of the written length actually held
        patch = sampled.patch_for(vdef) if engine == "sampled" else None
        stranspose = int(vdef.get("stranspose", 0))   # sampled engine only: e.g. a GM taiko sample's own pitch
        vrng = np.random.default_rng([seed, vi, 99])
        buf = np.zeros((2, length + tail))
        n_ev = 0
        notes = []
        for ei, e in enumerate(ev for ev in sc.events if ev.voice == vname):
            t0 = sc.time(e.beat)
            t1 = sc.time(e.beat + e.dur)
            dt = vrng.normal(0, human) if human > 0 else 0.0
            vel = float(np.clip(e.vel * (1 + vrng.normal(0, vj)), 0.03, 1.0))
            pan = float(np.clip(pan0 + vrng.uniform(-spread, spread), -1, 1))
            n_ev += 1
            if patch is not None:
                notes.append((max(0.0, t0 + dt), max((t1 - t0) * gate, 0.02), e.midi + stranspose, vel))
                continue
            start = max(0, int(round((t0 + dt) * SR)))
            vel = round(vel / 0.04) * 0.04          # quantised so repeated notes share one rendering
            hold = round((t1 - t0) * gate / 0.02) * 0.02
            key = (vdef["inst"], e.midi, hold, vel, tuple(sorted(params.items())))
            y = cache.get(key)
            if y is None:
                rng = np.random.default_rng([seed, vi, ei])
                y = inst(midi_to_hz(e.midi), max(hold, 0.02), vel, rng, **params)
                cache[key] = y
            y = _pan(y, pan)
            end = min(buf.shape[1], start + y.shape[1])
            buf[:, start:end] += y[:, : end - start]
        if patch is not None and notes:
            music, cal, cal_key = sampled.render_voice(notes, patch, (length + tail) / SR, font)
            ref = _pan(inst(midi_to_hz(cal_key - stranspose), sampled.CAL_DUR, sampled.CAL_VEL,
                            np.random.default_rng([seed, vi, 12345]), **params), 0.0)
            match = np.sqrt(_voice_energy(ref) / max(_voice_energy(cal), 1e-12))
            match *= float(vdef.get("sgain", 1.0))       # per-voice trim for the sampled engine
            n = min(buf.shape[1], music.shape[1])
            buf[:, :n] = _pan(music[:, :n], pan0) * match
            counts[vname] = (f"gm {patch.bank}:{patch.program}", n_ev, 20 * np.log10(match))
        else:
            counts[vname] = ("synth", n_ev, 0.0)
        # the voice's own level where it plays (K-weighted, gated at -40 dB of its loudest 400 ms
        # block), so the print-out shows the balance between voices: a check without ears
        vl = levels.block_loudness(buf * gain, SR)
        vl = vl[vl > vl.max() - 40] if vl.size else vl
        counts[vname] += (float(10 * np.log10(np.mean(10 ** (vl / 10)))) if vl.size else -99.0,)
        dry += buf * gain
        send += buf * gain * rsend
    rv = data.get("reverb", {})
    ir = synth.reverb_ir(float(rv.get("rt60", 2.5)), np.random.default_rng([seed, 777]),
                         float(rv.get("predelay", 0.02)), float(rv.get("damp", 0.5)))
    wet = synth.convolve(send, ir)[:, : dry.shape[1]]
    mix = dry + wet * float(rv.get("gain", 1.0))
    return mix, length, counts


def fold_loop(mix: np.ndarray, length: int) -> np.ndarray:
    """Wrap everything after the loop point back onto the start (what a looping player hears)."""
    y = mix[:, :length].copy()
    rest = mix[:, length:]
    pos = 0
    while pos < rest.shape[1]:
        blk = rest[:, pos: pos + length]
        y[:, : blk.shape[1]] += blk
        pos += length
    return y


def trim_tail(mix: np.ndarray, min_len: int, floor_db: float = -60.0) -> np.ndarray:
    a = np.abs(mix).max(axis=0)
    thr = a.max() * 10 ** (floor_db / 20)
    idx = np.nonzero(a > thr)[0]
    end = max(min_len, int(idx[-1]) + 1 if idx.size else min_len)
    y = mix[:, :end].copy()
    f = min(end, int(0.5 * SR))
    y[:, end - f:] *= np.linspace(1, 0, f) ** 2
    return y


def highpass(x: np.ndarray, fc: float, circular: bool) -> np.ndarray:
    if circular:  # exact for a periodic (looping) signal: filtering never crosses a fake edge
        X = np.fft.rfft(x, axis=1)
        f = np.fft.rfftfreq(x.shape[1], 1 / SR)
        X *= synth.highpass_resp(fc, 2)(f)
        return np.fft.irfft(X, x.shape[1], axis=1)
    return synth.fft_filter(x, synth.highpass_resp(fc, 2))


# ---------------------------------------------------------------------------
# mastering
# ---------------------------------------------------------------------------

def limiter(x: np.ndarray, ceiling_db: float, circular: bool, window: float = 0.012) -> tuple[np.ndarray, float]:
    """Look-ahead peak limiter.  Gain per 32-sample block = min over a window, then averaged,
    so the smoothed gain never exceeds what any block needs.  Returns (y, max reduction dB)."""
    ceil = 10 ** (ceiling_db / 20)
    B = 32
    n = x.shape[1]
    nb = -(-n // B)
    a = np.abs(x).max(axis=0)
    a = np.pad(a, (0, nb * B - n))
    bp = a.reshape(nb, B).max(axis=1)
    need = np.minimum(1.0, ceil / np.maximum(bp, 1e-12))
    if need.min() >= 1.0:
        return x, 0.0, np.ones(n)
    R = max(1, int(window * SR / B))

    def run(v, r, fn):
        if circular:
            vs = [np.roll(v, k) for k in range(-r, r + 1)]
        else:
            pad = np.pad(v, (r, r), mode="edge")
            vs = [pad[r + k: r + k + len(v)] for k in range(-r, r + 1)]
        return fn(np.stack(vs), axis=0)

    g = run(need, R + 1, np.min)
    g = run(g, R, np.mean)
    centers = np.arange(nb) * B + B / 2
    if circular:
        gs = np.interp(np.arange(n), np.concatenate([[centers[-1] - nb * B], centers, [centers[0] + nb * B]]),
                       np.concatenate([[g[-1]], g, [g[0]]]))
    else:
        gs = np.interp(np.arange(n), centers, g)
    y = x * gs[None, :]
    y = np.clip(y, -ceil, ceil)  # safety; practically never engaged
    return y, -20 * np.log10(gs.min()), gs


def master(x: np.ndarray, target_lufs: float, circular: bool, ceiling_db: float = CEILING_DB) -> tuple[np.ndarray, dict]:
    """Gain to the loudness target, peak-limited to the ceiling.  The K-weighted signal is computed
    once; the limiter's slow gain curve is applied to it to estimate the limited loudness."""
    kx = levels.k_weighted(x, SR)
    g = 1.0
    for _ in range(6):
        y, red, gs = limiter(x * g, ceiling_db, circular)
        L = levels.lufs_from_kweighted(kx * (g * gs)[None, :], SR)
        if abs(L - target_lufs) < 0.03:
            break
        g *= 10 ** ((target_lufs - L) / 20)
    return y, {"gain_db": 20 * np.log10(g), "limit_db": red}


def encode_ogg(path: Path, z: np.ndarray) -> None:
    """Write Ogg Vorbis in small blocks (libsndfile 1.2's Vorbis writer can crash on one huge write)."""
    data = np.ascontiguousarray((z.T if z.ndim == 2 else z[:, None]).astype(np.float32))
    with sf.SoundFile(str(path), "w", SR, data.shape[1], format="OGG", subtype="VORBIS",
                      compression_level=1.0 - OGG_QUALITY) as f:
        for i in range(0, data.shape[0], 8192):
            f.write(data[i:i + 8192])


def write_checked(path: Path, y: np.ndarray, target_lufs: float, circular: bool) -> dict:
    """Master, encode, decode, check true peak; lower the ceiling and retry if Vorbis overshot."""
    ceiling = CEILING_DB
    for attempt in range(6):
        z, info = master(y, target_lufs, circular, ceiling)
        encode_ogg(path, z)
        dec, _ = sf.read(str(path), always_2d=True, dtype="float64")
        tp = levels.db(levels.true_peak(dec.T))
        if tp <= PEAK_LIMIT_DB:
            info.update(true_peak=tp, ceiling=ceiling, length=dec.shape[0] / SR)
            return info
        ceiling -= (tp - PEAK_LIMIT_DB) + 0.2
    raise RuntimeError(f"{path.name}: could not get the true peak under {PEAK_LIMIT_DB} dBFS")


def render_music(name: str, engine: str = "sampled", font: str = sampled.DEFAULT_FONT,
                 out: Path | None = None, solo: list[str] | None = None) -> dict:
    sc = score_mod.load(SCORES / f"{name}.toml")
    mix, length, counts = render_score(sc, engine, font, solo)
    loop = bool(sc.data.get("loop", True))
    mix = highpass(mix, 28.0, circular=False)   # before folding: LTI, so same as filtering the loop
    if loop:
        y = fold_loop(mix, length)
    else:
        fade = float(sc.data.get("fade_out", 0.0))
        if fade > 0:   # sampled sustains stop dead at their note-off: fade the held ending instead
            nf = int(fade * SR)
            env = np.ones(mix.shape[1])
            env[length - nf:length] = np.cos(np.linspace(0, np.pi / 2, nf)) ** 2
            env[length:] = 0.0
            mix = mix * env[None, :]
        y = trim_tail(mix, length)
    info = write_checked(out or OUT / f"{name}.ogg", y, MUSIC_LUFS, circular=loop)
    info.update(events=sum(c[1] for c in counts.values()), voices=counts,
                bars=float(sc.total_beats) / int(sc.data.get("meter", 4)))
    return info


# ---------------------------------------------------------------------------
# effects
# ---------------------------------------------------------------------------

def render_sfx(name: str) -> dict:
    fn, target, loop = sfx_mod.EFFECTS[name]
    rng = np.random.default_rng(zlib.crc32(name.encode()))
    y = fn(rng)
    if y.ndim == 1:
        y = y[None, :]
    y = highpass(y, 25.0, circular=loop)
    if not loop:
        y = synth.fade_edges(y, 0.001, 0.005)
    info = write_checked(OUT / f"{name}.ogg", y, target, circular=loop)
    return info


def all_names() -> list[str]:
    return [p.stem for p in sorted(SCORES.glob("*.toml"))] + list(sfx_mod.EFFECTS)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", action="append", help="render just this file (repeatable)")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--music", action="store_true", help="render every music score (no effects)")
    ap.add_argument("--engine", choices=["sampled", "synth"], default="sampled",
                    help="sampled: GM SoundFont through FluidSynth where a voice has a patch (default); "
                         "synth: the additive synth only")
    ap.add_argument("--font", choices=sorted(sampled.FONTS), default=sampled.DEFAULT_FONT)
    ap.add_argument("--out", help="write music here instead of audio/ (for trials)")
    ap.add_argument("--solo", action="append", help="render only this voice of the score (trials)")
    ap.add_argument("--events", help="print the note events of one score and exit")
    a = ap.parse_args(argv)
    if a.list:
        print("\n".join(all_names()))
        return 0
    if a.events:
        sc = score_mod.load(SCORES / f"{a.events}.toml")
        for sname, b in sc.section_starts:
            print(f"section {sname} at beat {float(b):g} = {sc.time(b):.2f}s")
        for e in sc.events:
            print(f"{float(e.beat):8.3f} {sc.time(e.beat):7.2f}s {e.voice:10s} {e.midi:3d} dur {float(e.dur):5.2f} vel {e.vel:.2f}")
        print(f"total {float(sc.total_beats):g} beats = {sc.time(sc.total_beats):.2f}s")
        return 0
    OUT.mkdir(exist_ok=True)
    names = a.only or (sorted(p.stem for p in SCORES.glob("*.toml")) if a.music else all_names())
    music = {p.stem for p in SCORES.glob("*.toml")}
    t_all = time.time()
    for name in names:
        t = time.time()
        if name in music:
            out = Path(a.out) / f"{name}.ogg" if a.out else None
            if out:
                out.parent.mkdir(parents=True, exist_ok=True)
            info = render_music(name, a.engine, a.font, out, a.solo)
        elif name in sfx_mod.EFFECTS:
            info = render_sfx(name)
        else:
            print(f"unknown name {name!r}; try --list")
            return 2
        extra = f" events {info['events']} bars {info['bars']:g}" if "events" in info else ""
        print(f"{name:12s} {info['length']:6.2f}s  gain {info['gain_db']:+6.1f} dB  limiter {info['limit_db']:4.1f} dB"
              f"  true peak {info['true_peak']:6.2f} dBFS{extra}  ({time.time() - t:.1f}s)", flush=True)
        for vname, (eng, n, match_db, lvl) in info.get("voices", {}).items():
            print(f"    {vname:10s} {eng:10s} {n:4d} notes  plays at {lvl + info['gain_db']:6.1f} LUFS"
                  + (f"  (level match {match_db:+5.1f} dB)" if eng != "synth" else ""))
    print(f"done in {time.time() - t_all:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
