"""The shipped music, measured as the game plays it (decoded Ogg Vorbis): every track as loud
as the others (integrated loudness, K-weighted and gated, within 1 LU), a true peak below
-1 dBFS (4x oversampled), and a loop seam without a click.  A regeneration of audio/ that
breaks any of these fails here.  Measures with tools/audio_levels.py (numpy + soundfile)."""
from __future__ import annotations

import importlib.util
import sys
import tomllib
from pathlib import Path

import pytest

np = pytest.importorskip("numpy")
sf = pytest.importorskip("soundfile")

ROOT = Path(__file__).resolve().parents[2]
AUDIO = ROOT / "audio"
SCORES = sorted((ROOT / "tools" / "music" / "scores").glob("*.toml"))
NAMES = [p.stem for p in SCORES]

SPREAD_LU = 1.0          # all music within 1 LU of each other
TRUE_PEAK_DB = -1.0      # after decoding, 4x oversampled
SEAM_RATIO = 1.0         # seam jump vs the file's own 99.9th-percentile step (audio_levels' rule)


def _levels():
    spec = importlib.util.spec_from_file_location("audio_levels_for_tests", ROOT / "tools" / "audio_levels.py")
    mod = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("audio_levels_for_tests", mod)
    spec.loader.exec_module(mod)
    return mod


L = _levels()


def loops(name: str) -> bool:
    return bool(tomllib.loads((ROOT / "tools" / "music" / "scores" / f"{name}.toml").read_text()).get("loop", True))


@pytest.fixture(scope="module")
def decoded() -> dict[str, tuple[np.ndarray, int]]:
    out = {}
    for name in NAMES:
        path = AUDIO / f"{name}.ogg"
        if path.exists():
            data, sr = sf.read(str(path), always_2d=True, dtype="float64")
            out[name] = (data.T, sr)
    return out


def test_every_score_has_its_track(decoded) -> None:
    assert NAMES, "no scores in tools/music/scores"
    missing = [n for n in NAMES if n not in decoded]
    assert missing == [], f"scores without audio/<name>.ogg: {missing}"


def test_music_loudness_spread_is_within_one_lu(decoded) -> None:
    lufs = {n: L.integrated_lufs(x, sr) for n, (x, sr) in decoded.items()}
    spread = max(lufs.values()) - min(lufs.values())
    table = ", ".join(f"{n} {v:.2f}" for n, v in sorted(lufs.items()))
    assert spread <= SPREAD_LU, f"music loudness spread {spread:.2f} LU > {SPREAD_LU} ({table})"


@pytest.mark.parametrize("name", NAMES)
def test_true_peak_below_minus_one_dbfs(decoded, name: str) -> None:
    x, _sr = decoded[name]
    tp = L.db(L.true_peak(x))
    assert tp < TRUE_PEAK_DB, f"{name}.ogg true peak {tp:.2f} dBFS"


@pytest.mark.parametrize("name", NAMES)
def test_music_is_stereo_44k(decoded, name: str) -> None:
    x, sr = decoded[name]
    assert sr == 44100 and x.shape[0] == 2


@pytest.mark.parametrize("name", [n for n in NAMES if loops(n)])
def test_loop_seam_has_no_click(decoded, name: str) -> None:
    x, _sr = decoded[name]
    jump, ratio = L.seam_ratio(x)
    assert ratio < SEAM_RATIO, f"{name}.ogg seam jump {jump:.4f} is {ratio:.2f}x its 99.9th-percentile step"


@pytest.mark.parametrize("name", [n for n in NAMES if loops(n)])
def test_loop_seam_level_is_continuous(decoded, name: str) -> None:
    """No drop or burst at the seam: the last and first half-second are within 6 dB in RMS
    (a loop folded wrongly would start silent or double its tail)."""
    x, sr = decoded[name]
    n = sr // 2
    a = np.sqrt(np.mean(x[:, -n:] ** 2))
    b = np.sqrt(np.mean(x[:, :n] ** 2))
    assert abs(20 * np.log10(max(a, 1e-9) / max(b, 1e-9))) < 6.0, f"{name}: {a:.4f} vs {b:.4f}"
