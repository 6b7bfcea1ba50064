"""Sampled instruments: a score voice rendered through FluidSynth and a General MIDI SoundFont.

Only tools/ need this (the game plays the finished .ogg files).  Needs the `fluidsynth`
program and a GM SoundFont (Debian/Ubuntu: `apt-get install fluidsynth fluid-soundfont-gm
musescore-general-soundfont`).  Never render with a GPL-licensed SoundFont: both fonts
below are MIT (see audio/README.md).

How a voice is rendered:
  * its note events (times in seconds, already humanised by render.py) are written to a
    small Standard MIDI File (format 0, 1 tick = 1 ms: tempo 60 BPM, 1000 ticks/quarter),
    one channel, one GM patch, FluidSynth's own reverb and chorus off;
  * a calibration note (the voice's median pitch, 1.5 s at velocity 0.6) is played first, 2 s
    before the music (4 s); render.py compares its loudness with the same note from our additive
    synth, so a score's voice gains keep meaning the same balance on either engine;
  * `fluidsynth -ni -F out.wav -r 44100 FONT file.mid` renders offline (float WAV), and the
    stereo result comes back as a (2, n) array starting at the music's time zero.
Reverb, panning, mixing and mastering stay in render.py.
"""
from __future__ import annotations

import os
import shutil
import struct
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import soundfile as sf

SR = 44100
TICKS = 1000                 # ticks per quarter; with 60 BPM one tick is one millisecond
LEAD = 4.0                   # seconds of calibration before the music starts
CAL_DUR, CAL_VEL = 1.5, 0.6

FONTS = {
    # name: (path, licence) -- both MIT; see audio/README.md for the full notices.
    "musescore": ("/usr/share/sounds/sf3/MuseScore_General.sf3", "MIT (parts CC0 / public domain)"),
    "fluidr3": ("/usr/share/sounds/sf2/FluidR3_GM.sf2", "MIT"),
}
DEFAULT_FONT = "musescore"


@dataclass(frozen=True)
class Patch:
    bank: int
    program: int
    drum: bool = False
    note: str = ""


# Named patches (bank, program) of a General MIDI font.  Banks 20-50 are MuseScore_General's
# VSCO-2 string sections (violins, violas, celli, basses); on another GM font FluidSynth falls
# back to bank 0, i.e. the plain GM string ensemble with the same program number.
PATCHES = {
    "piano": Patch(0, 0, note="Grand Piano (MuseScore: 'Splendid Grand', Steinway D)"),
    "strings": Patch(0, 48, note="Strings Fast (ensemble)"),
    "strings slow": Patch(0, 49, note="Strings Slow (ensemble)"),
    "strings trem": Patch(0, 44),
    "pizzicato": Patch(0, 45),
    "violins": Patch(20, 48), "violins slow": Patch(20, 49), "violins trem": Patch(20, 44),
    "violas": Patch(30, 48), "violas slow": Patch(30, 49),
    "celli": Patch(40, 48), "celli slow": Patch(40, 49), "celli pizz": Patch(40, 45),
    "basses": Patch(50, 48), "basses slow": Patch(50, 49),
    "harp": Patch(0, 46), "timpani": Patch(0, 47),
    "choir": Patch(0, 52, note="Choir Aahs"), "oohs": Patch(0, 53, note="Voice Oohs"),
    "brass": Patch(0, 61, note="Brass Section"), "horns": Patch(0, 60, note="French Horns"),
    "trombone": Patch(0, 57), "trumpet": Patch(0, 56),
    "flute": Patch(0, 73), "shakuhachi": Patch(0, 77), "oboe": Patch(0, 68),
    "koto": Patch(0, 107), "shamisen": Patch(0, 106), "taiko": Patch(0, 116),
    "melodic tom": Patch(0, 117), "celesta": Patch(0, 8), "glockenspiel": Patch(0, 9),
    "music box": Patch(0, 10), "vibraphone": Patch(0, 11),
    "tubular bells": Patch(0, 14), "church bell": Patch(8, 14), "tinker bell": Patch(0, 112),
    "bowed glass": Patch(0, 92), "warm pad": Patch(0, 89), "halo pad": Patch(0, 94),
    "contrabass": Patch(0, 43), "cello": Patch(0, 42), "violin": Patch(0, 40),
    "drums": Patch(128, 0, drum=True), "orchestra kit": Patch(128, 48, drum=True),
}

# Our synth instruments -> the patch a voice gets unless it names one (`patch = "..."`).
# Instruments not listed (sub, drone, wind, swell, thump, glass, shime, rim, and any voice with
# `patch = "synth"`) stay on the additive synth: they are textures, not instruments.
DEFAULT_PATCH = {
    "piano": "piano", "strings": "strings", "pad": "strings slow", "choir": "choir",
    "flute": "flute", "brass": "brass", "bass": "celli", "koto": "koto", "shamisen": "shamisen",
    "taiko": "taiko", "bell": "tubular bells",
}


def patch_for(vdef: dict) -> Patch | None:
    """The sampled patch for a score voice, or None if it stays synthetic."""
    name = vdef.get("patch")
    if name is None:
        if vdef["inst"] == "bell" and float(vdef.get("params", {}).get("detune", 0.0)) > 0:
            return None       # self-detuned bells beat on purpose: keep them synthetic
        name = DEFAULT_PATCH.get(vdef["inst"])
    if name is None or name == "synth":
        return None
    if name not in PATCHES:
        raise ValueError(f"unknown patch {name!r}; known: {', '.join(sorted(PATCHES))}")
    return PATCHES[name]


def available(font: str = DEFAULT_FONT) -> bool:
    return shutil.which("fluidsynth") is not None and Path(FONTS[font][0]).exists()


# ---------------------------------------------------------------------------
# Standard MIDI File writer (format 0, one track)
# ---------------------------------------------------------------------------

def _vlq(n: int) -> bytes:
    out = [n & 0x7F]
    n >>= 7
    while n:
        out.append((n & 0x7F) | 0x80)
        n >>= 7
    return bytes(reversed(out))


def midi_velocity(vel: float) -> int:
    """Our velocities (0..1) scale amplitude about linearly; GM's default velocity curve
    attenuates about as (v/127)^2, so the square root keeps the same loudness steps."""
    return int(np.clip(round(127 * max(vel, 0.0) ** 0.5), 1, 127))


def write_smf(notes: list[tuple[float, float, int, float]], patch: Patch, end: float,
              volume: int = 110) -> bytes:
    """notes: (start s, held s, midi key, velocity 0..1).  Returns the bytes of a .mid file.
    Overlapping notes on one key are cut so that each note-off ends its own note."""
    ch = 9 if patch.drum else 0
    ev: list[tuple[int, int, bytes]] = [
        (0, 0, b"\xff\x51\x03" + (1_000_000).to_bytes(3, "big")),      # 60 BPM: 1 tick = 1 ms
        (0, 1, bytes([0xB0 | ch, 0, patch.bank & 0x7F])),                # bank select MSB
        (0, 1, bytes([0xB0 | ch, 32, 0])),
        (0, 2, bytes([0xC0 | ch, patch.program & 0x7F])),
        (0, 3, bytes([0xB0 | ch, 7, volume])), (0, 3, bytes([0xB0 | ch, 10, 64])),
        (0, 3, bytes([0xB0 | ch, 91, 0])), (0, 3, bytes([0xB0 | ch, 93, 0])),
    ]
    by_key: dict[int, list[tuple[int, int, int]]] = {}
    for t0, held, key, vel in notes:
        a = max(1, int(round(t0 * 1000)))
        b = max(a + 5, int(round((t0 + held) * 1000)))
        by_key.setdefault(key, []).append((a, b, midi_velocity(vel)))
    for key, lst in by_key.items():
        lst.sort()
        for i, (a, b, v) in enumerate(lst):
            if i + 1 < len(lst):
                b = min(b, lst[i + 1][0])
            if b <= a:
                continue
            ev.append((a, 5, bytes([0x90 | ch, key & 0x7F, v])))
            ev.append((b, 4, bytes([0x80 | ch, key & 0x7F, 0])))     # offs sort before ons
    ev.sort(key=lambda e: (e[0], e[1]))
    trk, now = bytearray(), 0
    for t, _, data in ev:
        trk += _vlq(t - now) + data
        now = t
    last = max(now, int(round(end * 1000)))
    trk += _vlq(last - now) + b"\xff\x2f\x00"
    return b"MThd" + struct.pack(">IHHH", 6, 0, 1, TICKS) + b"MTrk" + struct.pack(">I", len(trk)) + bytes(trk)


# ---------------------------------------------------------------------------
# rendering
# ---------------------------------------------------------------------------

def fluidsynth_render(mid: bytes, font: str = DEFAULT_FONT, gain: float = 0.4) -> np.ndarray:
    """Render MIDI bytes offline; returns float (2, n) at 44.1 kHz."""
    if not available(font):
        raise RuntimeError("FluidSynth or the SoundFont is missing: apt-get install fluidsynth "
                           "fluid-soundfont-gm musescore-general-soundfont")
    with tempfile.TemporaryDirectory(prefix="scars-fs-") as d:
        mp, wp = os.path.join(d, "v.mid"), os.path.join(d, "v.wav")
        Path(mp).write_bytes(mid)
        cmd = ["fluidsynth", "-ni", "-q", "-R", "0", "-C", "0", "-g", str(gain), "-r", str(SR),
               "-o", "synth.dynamic-sample-loading=1", "-o", "synth.polyphony=512",
               "-o", "audio.file.format=float", "-F", wp, FONTS[font][0], mp]
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        y, sr = sf.read(wp, always_2d=True, dtype="float64")
    if sr != SR:
        raise RuntimeError(f"fluidsynth wrote {sr} Hz")
    return y.T


def render_voice(notes: list[tuple[float, float, int, float]], patch: Patch, length: float,
                 font: str = DEFAULT_FONT) -> tuple[np.ndarray, np.ndarray, int]:
    """Render one voice.  Returns (music (2, n) from time zero, calibration (2, m), cal key)."""
    keys = sorted(k for _, _, k, _ in notes)
    cal_key = keys[len(keys) // 2] if keys else 60
    shifted = [(LEAD + t, h, k, v) for t, h, k, v in notes]
    mid = write_smf([(0.05, CAL_DUR, cal_key, CAL_VEL)] + shifted, patch, LEAD + length)
    y = fluidsynth_render(mid, font)
    lead = int(round(LEAD * SR))
    n = int(round(length * SR))
    music = np.zeros((2, n))
    seg = y[:, lead:lead + n]
    music[:, :seg.shape[1]] = seg
    return music, y[:, :lead], cal_key
