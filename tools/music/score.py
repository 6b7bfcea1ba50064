"""Parser for the little text score format used in tools/music/scores/*.toml.

A score is a TOML file:

    title  = "Title theme"
    tempo  = 72            # BPM (quarter notes)
    meter  = 4             # beats per bar; bar lines '|' are checked against it
    form   = ["intro", "A", "B", "A"]   # order in which sections are played
    loop   = true          # fold the tail onto the start so the file loops seamlessly
    seed   = 7             # everything random (humanising, noise) derives from this

    [reverb]               # rt60 (s), predelay (s), damp (0..1)
    [voice.NAME]           # inst, gain, pan, reverb (send), vel, mode, range, ...
    [section.NAME]         # one line per voice, plus `chords`, `bars`, `dyn`, `tempo`

Voice line notation (whitespace separated tokens):

    D5:1.5   note D5 lasting 1.5 beats (durations: 1, .5, 1/3, 3/2 ...)
    D5       note D5, same duration as the previous token
    D4+F4+A4:4   several notes at once
    r:2      rest;   ~:1  tie (lengthen the previous note(s))
    !  ?     suffixes: louder / softer (repeatable):  A4:1!!  F4:2?
    |        bar line (checked: must fall on a multiple of `meter` beats)

Voice modes:
    notes  (default)  the line is a melody in the notation above
    chords            tokens are chord symbols (Dm:4 Bb/D:2 Asus4:2 A7:2 ...) or explicit
                      note stacks; voiced inside `range` with smooth voice leading.
                      A token that reads as a chord symbol IS one: in chords, arp and
                      bass voices `A7` is A dominant seventh, `C9`/`E6` likewise, not a note.
    arp               chord symbols, broken into `pattern` (chord-tone indices, 'r' = rest)
                      every `step` beats, each note held `hold` steps
    bass              chord symbols, root (or slash bass) inside `range`, re-struck every
                      `step` beats if `step` is set
    steps             drum grid: one character per `step` beats (default 1/4):
                      X loud, x normal, o soft, . rest; '|' and spaces are ignored
A voice line of "@" means "use this section's `chords` line".
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from fractions import Fraction
from pathlib import Path

NOTE_RE = re.compile(r"^([A-Ga-g])([#b]?)(-?\d)$")
CHORD_RE = re.compile(
    r"^([A-G])([#b]?)(maj7|m7b5|madd9|m7|m9|m6|mb6|dim7|dim|aug|sus2|sus4|7sus4|add9|no3|7|9|6|m)?(?:/([A-G][#b]?))?$")
PC = {"C": 0, "D": 2, "E": 4, "F": 5, "G": 7, "A": 9, "B": 11}
QUALITY = {
    None: [0, 4, 7], "m": [0, 3, 7], "7": [0, 4, 7, 10], "maj7": [0, 4, 7, 11], "m7": [0, 3, 7, 10],
    "m9": [0, 3, 7, 10, 14], "madd9": [0, 3, 7, 14], "add9": [0, 4, 7, 14], "dim": [0, 3, 6],
    "dim7": [0, 3, 6, 9], "m7b5": [0, 3, 6, 10], "aug": [0, 4, 8], "sus2": [0, 2, 7], "sus4": [0, 5, 7],
    "7sus4": [0, 5, 7, 10], "9": [0, 4, 7, 10, 14], "no3": [0, 7], "6": [0, 4, 7, 9], "m6": [0, 3, 7, 9],
    "mb6": [0, 3, 7, 8],
}


class ScoreError(ValueError):
    pass


def pitch(tok: str) -> int:
    m = NOTE_RE.match(tok)
    if not m:
        raise ScoreError(f"bad pitch {tok!r}")
    pc = PC[m.group(1).upper()] + {"": 0, "#": 1, "b": -1}[m.group(2)]
    return 12 * (int(m.group(3)) + 1) + pc


def parse_dur(s: str) -> Fraction:
    if s.startswith("."):
        s = "0" + s
    return Fraction(s)


def chord_pcs(sym: str) -> tuple[list[int], int]:
    """Return (pitch classes as intervals above root incl. root pc, bass pc)."""
    m = CHORD_RE.match(sym)
    if not m:
        raise ScoreError(f"bad chord symbol {sym!r}")
    root = (PC[m.group(1)] + {"": 0, "#": 1, "b": -1}[m.group(2)]) % 12
    ivs = QUALITY[m.group(3)]
    bass = root
    if m.group(4):
        b = m.group(4)
        bass = (PC[b[0]] + {"": 0, "#": 1, "b": -1}[b[1:] or ""]) % 12
    return [(root + i) for i in ivs], bass


@dataclass
class Event:
    beat: Fraction          # start, in beats from the start of the piece
    dur: Fraction           # length in beats
    midi: int
    vel: float
    voice: str


@dataclass
class Token:
    kind: str               # note | rest | tie | bar
    beat: Fraction
    dur: Fraction = Fraction(0)
    items: list = field(default_factory=list)
    accent: int = 0


def tokenize(line: str, meter: int, where: str) -> tuple[list[Token], Fraction]:
    toks: list[Token] = []
    beat = Fraction(0)
    dur = Fraction(1)
    for raw in line.split():
        if raw == "|":
            if beat % meter != 0:
                raise ScoreError(f"{where}: bar line at beat {float(beat):g}, not a multiple of {meter}")
            continue
        body = raw
        accent = 0
        while body and body[-1] in "!?":
            accent += 1 if body[-1] == "!" else -1
            body = body[:-1]
        if ":" in body:
            body, d = body.split(":", 1)
            dur = parse_dur(d)
        if body == "r":
            toks.append(Token("rest", beat, dur))
        elif body == "~":
            toks.append(Token("tie", beat, dur))
        else:
            toks.append(Token("note", beat, dur, body.split("+"), accent))
        beat += dur
    return toks, beat


def voice_chord(pcs: list[int], lo: int, hi: int, n: int, prev: list[int] | None) -> list[int]:
    """Pick n chord tones inside [lo, hi] close to the previous voicing."""
    cands = []
    base_pcs = sorted({p % 12 for p in pcs})
    for start in range(lo, lo + 12):
        if start % 12 not in base_pcs:
            continue
        notes, m = [], start
        while len(notes) < n and m <= hi + 12:
            if m % 12 in base_pcs:
                notes.append(m)
            m += 1
        if len(notes) == n:
            cands.append(notes)
    if not cands:
        raise ScoreError("cannot voice chord")
    if prev is None:
        target = (lo + hi) / 2
        return min(cands, key=lambda v: abs(sum(v) / len(v) - target))
    return min(cands, key=lambda v: sum(abs(a - b) for a, b in zip(v, prev)) + abs(max(v) - hi) * 0.1 * (max(v) > hi))


def is_note_not_chord(tok: str) -> bool:
    """In a chords/arp/bass voice, is this lone token a note rather than a chord symbol?

    A chord symbol wins whenever the token reads as one: `A7` is A dominant seventh
    (A C# E G), `C9`, `E6`, `Bb7` likewise, never the single notes A7, C9 ...  A lone
    note in such a voice is any other pitch (`D2`, `F#3`); a single high note at octave
    6, 7 or 9 can still be written as a stack with itself (`A7+A7`) if ever needed."""
    return bool(NOTE_RE.match(tok)) and not CHORD_RE.match(tok)


def accent_vel(base: float, accent: int) -> float:
    return float(min(1.0, max(0.05, base + 0.12 * accent if accent > 0 else base * (0.75 ** -accent))))


def expand_line(voice: str, vdef: dict, line: str, meter: int, offset: Fraction, where: str) -> tuple[list[Event], Fraction]:
    mode = vdef.get("mode", "notes")
    base_vel = float(vdef.get("vel", 0.7))
    tr = int(vdef.get("transpose", 0))
    out: list[Event] = []
    if mode == "steps":
        step = parse_dur(str(vdef.get("step", "1/4")))
        note = pitch(vdef.get("note", "C2")) + tr
        beat = Fraction(0)
        levels = {"X": 1.0, "x": 0.72, "o": 0.45}
        for ch in line:
            if ch in " |\n\t":
                continue
            if ch in levels:
                out.append(Event(offset + beat, step, note, base_vel * levels[ch], voice))
            elif ch != ".":
                raise ScoreError(f"{where}: bad step char {ch!r}")
            beat += step
        return out, beat
    toks, length = tokenize(line, meter, where)
    if mode == "notes":
        last: list[Event] = []
        for t in toks:
            if t.kind == "note":
                last = [Event(offset + t.beat, t.dur, pitch(p) + tr, accent_vel(base_vel, t.accent), voice) for p in t.items]
                out.extend(last)
            elif t.kind == "tie":
                for e in last:
                    e.dur += t.dur
            else:
                last = []
        return out, length
    lo, hi = (pitch(x) for x in vdef.get("range", ["C3", "C5"]))
    prev = None
    for t in toks:
        if t.kind == "tie":
            for e in out[-8:]:
                if e.beat + e.dur == offset + t.beat:
                    e.dur += t.dur
            continue
        if t.kind != "note":
            continue
        vel = accent_vel(base_vel, t.accent)
        if len(t.items) > 1 or is_note_not_chord(t.items[0]):
            notes = [pitch(p) for p in t.items]
            pcs, bass_pc = [n % 12 for n in notes], notes[0] % 12
            explicit = True
        else:
            pcs, bass_pc = chord_pcs(t.items[0])
            explicit = False
        if mode == "chords":
            nv = int(vdef.get("voices", 4))
            notes = [pitch(p) for p in t.items] if explicit else voice_chord(pcs, lo, hi, nv, prev)
            prev = notes
            for m in notes:
                out.append(Event(offset + t.beat, t.dur, m + tr, vel, voice))
        elif mode == "bass":
            root = lo + ((bass_pc - lo) % 12)
            step = parse_dur(str(vdef["step"])) if "step" in vdef else t.dur
            b = Fraction(0)
            while b < t.dur:
                d = min(step, t.dur - b)
                out.append(Event(offset + t.beat + b, d * Fraction(str(vdef.get("hold", 1))), root + tr,
                                 vel * (1.0 if b == 0 else 0.8), voice))
                b += step
        elif mode == "arp":
            step = parse_dur(str(vdef.get("step", "1/2")))
            hold = Fraction(str(vdef.get("hold", 2)))
            pattern = str(vdef.get("pattern", "0 1 2 3")).split()
            tones = sorted({m for m in range(lo, hi + 25) if m % 12 in {p % 12 for p in pcs}})
            b, i = Fraction(0), 0
            while b < t.dur:
                p = pattern[i % len(pattern)]
                if p != "r":
                    idx = int(p)
                    acc = 0.1 if i % len(pattern) == 0 else 0.0
                    out.append(Event(offset + t.beat + b, min(step * hold, t.dur - b + step * hold / 2),
                                     tones[min(idx, len(tones) - 1)] + tr, min(1.0, vel + acc), voice))
                b += step
                i += 1
        else:
            raise ScoreError(f"{where}: unknown mode {mode!r}")
    return out, length


@dataclass
class Score:
    name: str
    data: dict
    events: list[Event]
    total_beats: Fraction
    tempo_map: list[tuple[Fraction, Fraction, float, float]]   # (start beat, beats, bpm0, bpm1)
    section_starts: list[tuple[str, Fraction]]

    def time(self, beat: Fraction | float) -> float:
        """Seconds at a beat position (piecewise linear tempo)."""
        import math
        t = 0.0
        b = float(beat)
        for start, length, b0, b1 in self.tempo_map:
            s, L = float(start), float(length)
            x = min(max(b - s, 0.0), L)
            if x <= 0:
                break
            k = (b1 - b0) / L
            if abs(k) < 1e-9:
                t += 60.0 * x / b0
            else:
                t += 60.0 / k * math.log((b0 + k * x) / b0)
            if b < s + L:
                break
        return t


def load(path: Path) -> Score:
    data = tomllib.loads(path.read_text())
    meter = int(data.get("meter", 4))
    voices = data.get("voice", {})
    sections = data.get("section", {})
    tempo = float(data["tempo"])
    events: list[Event] = []
    tempo_map = []
    starts = []
    offset = Fraction(0)
    for sname in data["form"]:
        if sname not in sections:
            raise ScoreError(f"{path.name}: form names unknown section {sname!r}")
        sec = sections[sname]
        length = Fraction(int(sec["bars"]) * meter) if "bars" in sec else Fraction(0)
        sec_events = []
        for key, line in sec.items():
            if key in ("bars", "chords", "dyn", "tempo"):
                continue
            if key not in voices:
                raise ScoreError(f"{path.name}: section {sname} uses unknown voice {key!r}")
            if line.strip() == "@":
                line = sec["chords"]
            evs, L = expand_line(key, voices[key], line, meter, offset, f"{path.name}[{sname}].{key}")
            length = max(length, L)
            sec_events.extend(evs)
        if length % meter:
            raise ScoreError(f"{path.name}: section {sname} is {float(length)} beats, not whole bars")
        # per-section dynamics: voice = gain or [gain_start, gain_end]
        for v, g in sec.get("dyn", {}).items():
            g0, g1 = (g, g) if isinstance(g, (int, float)) else g
            for e in sec_events:
                if e.voice == v:
                    x = float((e.beat - offset) / length)
                    e.vel = float(min(1.0, e.vel * (g0 + (g1 - g0) * x)))
        tp = sec.get("tempo", tempo)
        b0, b1 = (tp, tp) if isinstance(tp, (int, float)) else tp
        tempo_map.append((offset, length, float(b0), float(b1)))
        starts.append((sname, offset))
        events.extend(sec_events)
        offset += length
    events.sort(key=lambda e: (e.beat, e.voice, e.midi))
    return Score(path.stem, data, events, offset, tempo_map, starts)
