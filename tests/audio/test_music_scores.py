"""The score parser (tools/music/score.py): chord symbols that look like note names.

In a chords, arp or bass voice `A7` is A dominant seventh (A C# E G), never the single
note A7 (3,520 Hz).  The old parser read `A7`, `C7`, any `X6`/`X7`/`X9` as notes, which
put a lone high whistle into vow, promise and memories; these tests fail on it."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
MUSIC_TOOLS = ROOT / "tools" / "music"
SCORES = sorted((MUSIC_TOOLS / "scores").glob("*.toml"))


def _score_module():
    spec = importlib.util.spec_from_file_location("music_score", MUSIC_TOOLS / "score.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("music_score", mod)
    spec.loader.exec_module(mod)
    return mod


S = _score_module()

TEMPLATE = """
tempo = 60
meter = 4
form = ["A"]
[voice.pad]
inst = "strings"
mode = "chords"
range = ["A3", "E5"]
voices = 4
[voice.arp]
inst = "piano"
mode = "arp"
range = ["C3", "C5"]
pattern = "0 1 2 3"
step = "1"
[voice.bass]
inst = "strings"
mode = "bass"
range = ["C2", "B2"]
[section.A]
chords = "{chords}"
pad = "@"
arp = "@"
bass = "@"
"""


def load_text(tmp_path: Path, chords: str):
    p = tmp_path / "t.toml"
    p.write_text(TEMPLATE.format(chords=chords))
    return S.load(p)


def notes_of(sc, voice: str, beat: int = 0) -> list[int]:
    return sorted(e.midi for e in sc.events if e.voice == voice and e.beat == beat)


@pytest.mark.parametrize("sym, pcs", [
    ("A7", {9, 1, 4, 7}), ("C7", {0, 4, 7, 10}), ("G9", {7, 11, 2, 5, 9}), ("E6", {4, 8, 11, 1}),
    ("Bb7", {10, 2, 5, 8}), ("F#7", {6, 10, 1, 4}), ("D6", {2, 6, 9, 11}), ("Ab9", {8, 0, 3, 6, 10}),
])
def test_a_chord_symbol_that_looks_like_a_note_is_a_chord(tmp_path: Path, sym: str, pcs: set[int]) -> None:
    sc = load_text(tmp_path, f"{sym}:4 |")
    pad = notes_of(sc, "pad")
    assert len(pad) == 4, f"{sym} in a chords voice gave {pad}, not a four-note chord"
    assert {m % 12 for m in pad} <= pcs
    lo, hi = S.pitch("A3"), S.pitch("E5")
    assert all(lo <= m <= hi + 12 for m in pad), f"{sym} voiced at {pad}, outside its range"
    arp = sorted({e.midi % 12 for e in sc.events if e.voice == "arp"})
    assert len(arp) >= 3 and set(arp) <= pcs, f"{sym} broken into {arp}"
    bass = notes_of(sc, "bass")
    assert [m % 12 for m in bass] == [S.chord_pcs(sym)[1]] and S.pitch("C2") <= bass[0] <= S.pitch("B2")


def test_a7_is_a_dominant_seventh() -> None:
    tones, bass = S.chord_pcs("A7")
    assert sorted(t % 12 for t in tones) == sorted([9, 1, 4, 7]) and bass == 9


def test_real_notes_and_stacks_stay_notes(tmp_path: Path) -> None:
    sc = load_text(tmp_path, "D3+A3+F4:2 E4:2 |")
    assert notes_of(sc, "pad", 0) == [S.pitch("D3"), S.pitch("A3"), S.pitch("F4")]
    assert notes_of(sc, "pad", 2) == [S.pitch("E4")]
    sc = load_text(tmp_path, "A7+A7:4 |")      # the way to ask for the note A7 in a chord voice
    assert notes_of(sc, "pad") == [S.pitch("A7")] * 2


def test_in_a_melody_voice_a7_is_still_the_note(tmp_path: Path) -> None:
    p = tmp_path / "m.toml"
    p.write_text('tempo = 60\nform = ["A"]\n[voice.lead]\ninst = "piano"\n[section.A]\nlead = "A7:4 |"\n')
    assert [e.midi for e in S.load(p).events] == [S.pitch("A7")]


@pytest.mark.parametrize("path", SCORES, ids=[p.stem for p in SCORES])
def test_every_shipped_chord_voice_stays_in_its_range(path: Path) -> None:
    """A chord voice's notes never rise above its `range` (voice leading may lift the top an
    octave; arpeggios span two octaves above).  A chord symbol misread as a note breaks this.
    (Explicit stacks may sit below the range on purpose, so only the top is checked.)"""
    sc = S.load(path)
    bad = []
    for vname, vdef in sc.data.get("voice", {}).items():
        mode = vdef.get("mode", "notes")
        if mode not in ("chords", "arp", "bass"):
            continue
        lo, hi = (S.pitch(x) for x in vdef.get("range", ["C3", "C5"]))
        tr = int(vdef.get("transpose", 0))
        top = {"chords": hi + 12, "arp": hi + 24, "bass": lo + 11}[mode]
        for e in sc.events:
            if e.voice == vname and e.midi > top + tr:
                bad.append(f"{vname} ({mode}) at {sc.time(e.beat):.1f}s: midi {e.midi}")
    assert bad == [], "\n".join(bad)


def _sampled_module():
    spec = importlib.util.spec_from_file_location("music_sampled", MUSIC_TOOLS / "sampled.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("music_sampled", mod)      # dataclasses look their module up here
    spec.loader.exec_module(mod)
    return mod


def test_the_midi_writer_writes_every_note_on_and_off() -> None:
    """tools/music/sampled.py's Standard MIDI File: header, 1 ms ticks, one on and one off per
    note, overlapping notes on one key cut so each off ends its own note."""
    pytest.importorskip("numpy")
    pytest.importorskip("soundfile")
    sm = _sampled_module()
    notes = [(0.0, 1.0, 69, 0.5), (0.5, 1.0, 69, 0.5), (1.0, 0.25, 72, 1.0)]
    data = sm.write_smf(notes, sm.PATCHES["piano"], end=3.0)
    assert data[:4] == b"MThd" and int.from_bytes(data[12:14], "big") == sm.TICKS
    trk = data[22:]
    t, i, status, ons, offs = 0, 0, 0, [], []
    while i < len(trk):
        d = 0
        while True:
            b = trk[i]
            i += 1
            d = (d << 7) | (b & 0x7F)
            if b < 0x80:
                break
        t += d
        if trk[i] == 0xFF:
            n = trk[i + 2]
            i += 3 + n
            continue
        status = trk[i]
        kind = status & 0xF0
        size = 2 if kind in (0x80, 0x90, 0xB0) else 1
        args = trk[i + 1:i + 1 + size]
        i += 1 + size
        if kind == 0x90 and args[1] > 0:
            ons.append((t, args[0]))
        elif kind == 0x80:
            offs.append((t, args[0]))
    assert ons == [(1, 69), (500, 69), (1000, 72)]
    assert sorted(offs) == [(500, 69), (1250, 72), (1500, 69)]
    assert t == 3000


def test_the_game_never_needs_fluidsynth() -> None:
    """Only tools/ render with FluidSynth; the game plays the finished .ogg files."""
    hits = [str(p.relative_to(ROOT)) for p in (ROOT / "game").rglob("*.py")
            if "fluidsynth" in p.read_text(encoding="utf-8", errors="replace").lower()]
    assert hits == []
