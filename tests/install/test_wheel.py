"""`pip install .` plays: the wheel carries the story, art, audio, fonts and theme, and a
fresh virtual environment outside the checkout runs them, with the same output as the
checkout. The wheel is built once per session (module fixtures); dependencies come from
wherever this machine's pip takes them for the project's own .venv (its pip.conf and
PIP_* settings), so CI installs exactly as ./test.sh's bootstrap did."""
from __future__ import annotations

import shutil
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from install_harness import COMMANDS, ROOT, clean_env, first_frame, run, source_output

# What a wheel build reads: the package, the content folders and the build files.
SOURCES = ("game", "story", "art", "audio", "pyproject.toml", "setup.py", "MANIFEST.in",
           "README.md")


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Our wheel, built from a copy of the checkout (so no build/ is left in it)."""
    src = tmp_path_factory.mktemp("src")
    for name in SOURCES:
        p = ROOT / name
        if p.is_dir():
            shutil.copytree(p, src / name, ignore=shutil.ignore_patterns("__pycache__",
                                                                          "*.pyc"))
        else:
            shutil.copy2(p, src / name)
    out = tmp_path_factory.mktemp("wheel")
    r = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w",
                        str(out), str(src)], capture_output=True, text=True, timeout=600,
                       env=clean_env())
    assert r.returncode == 0, r.stdout + r.stderr
    (whl,) = out.glob("scars_run_deep-*.whl")
    return whl


@pytest.fixture(scope="module")
def installed(wheel: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with the wheel installed; returns its bin folder."""
    env_dir = tmp_path_factory.mktemp("venv")
    venv.EnvBuilder(with_pip=False).create(env_dir)
    bindir = env_dir / ("Scripts" if sys.platform == "win32" else "bin")
    py = next(bindir.glob("python*"))
    # This pip, driving the new interpreter: same index and wheel folders as .venv's.
    r = subprocess.run([sys.executable, "-m", "pip", "--python", str(py), "install", "-q",
                        str(wheel)], capture_output=True, text=True, timeout=600,
                       env=clean_env())
    assert r.returncode == 0, r.stdout + r.stderr
    return bindir


def test_wheel_carries_the_game(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    content = "game/_content/"
    for folder, pattern in (("story", "*.rpy"), ("story", "game.toml"), ("art", "**/*.svg"),
                            ("art/cards", "*.svg"), ("audio", "**/*.ogg")):
        want = {content + p.relative_to(ROOT).as_posix()
                for p in (ROOT / folder).glob(pattern)}
        assert want, folder
        assert want <= names, sorted(want - names)[:5]
    for p in (ROOT / "game" / "fonts").iterdir():
        assert f"game/fonts/{p.name}" in names
    assert "game/ui/theme.json" in names
    assert not any(n.endswith(".md") and n.startswith(content) for n in names)


def test_installed_game_reads_its_own_content(installed: Path, tmp_path: Path) -> None:
    r = run([str(next(installed.glob("python*"))), "-c",
             "import game.project as p; print(p.DEFAULT_STORY)"], cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    story = Path(r.stdout.strip())
    assert installed.parent in story.parents and ROOT not in story.parents


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_same_output_as_the_checkout(installed: Path, tmp_path: Path,
                                     args: list[str]) -> None:
    r = run([str(installed / "scars-run-deep"), *args], cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert r.stdout == source_output(args)


def test_first_frame_headless(installed: Path, tmp_path: Path) -> None:
    first_frame([str(installed / "scars-run-deep")], tmp_path, tmp_path / "data")


def test_capture_draws_chapter_art(installed: Path, tmp_path: Path) -> None:
    """Art and fonts from the wheel: one screen of chapter 1 as the window draws it."""
    out = tmp_path / "shots"
    r = run([str(installed / "scars-run-deep"), "capture", str(out), "--chapter", "1",
             "--size", "320x180"], cwd=tmp_path, timeout=600)
    assert r.returncode == 0, r.stderr
    shots = sorted(out.glob("*.png"))
    assert shots and (out / "index.html").exists()
