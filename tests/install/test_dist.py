"""`python -m game dist`: a standalone one-folder app of our game and of a writer's story
folder, each with its own name and icon, checked against the checkout's own output and
started headless (and in a real X window under Xvfb when it is installed). Each app is
built once per session; the builds need PyInstaller (the dist extra, which .ci/run
installs)."""
from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
import time
from pathlib import Path

import pytest

from install_harness import COMMANDS, ROOT, clean_env, first_frame, run, source_output

pytest.importorskip("PyInstaller", reason="dist needs PyInstaller: pip install -e '.[dist]'")

MAX_UNPACKED_MB = 80
ICON_COLOUR = (40, 170, 90)
WRITER_STORY = '''define m = Character("Mika", color="#c8a2c8")

label start:
    scene bg garden
    play music "night.ogg"
    m "The lanterns are lit."
    menu:
        "Stay":
            m "Then we wait for morning."
        "Go":
            "She walks into the dark."
    return
'''
WRITER_BG = ('<svg xmlns="http://www.w3.org/2000/svg" width="160" height="90">'
             '<rect width="160" height="90" fill="#203040"/></svg>')
WRITER_ICON = ('<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64">'
               '<rect width="64" height="64" fill="#%02x%02x%02x"/></svg>' % ICON_COLOUR)


def dist(out: Path, story: Path | None = None) -> Path:
    """Run `python -m game dist [--story DIR] OUT` from the checkout; returns OUT."""
    extra = ["--story", str(story)] if story is not None else []
    t0 = time.monotonic()
    r = subprocess.run([sys.executable, "-m", "game", "dist", *extra, str(out)], cwd=ROOT,
                       env=clean_env(), capture_output=True, text=True, timeout=900)
    assert r.returncode == 0, r.stdout + r.stderr
    print(f"\n{r.stdout.strip()} (wall {time.monotonic() - t0:.0f} s)")
    return out


@pytest.fixture(scope="module")
def ours(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return dist(tmp_path_factory.mktemp("dist")) / "the-scars-run-deep"


@pytest.fixture(scope="module")
def writer_story(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A bare Ren'Py-style folder: scripts, images/ and audio/ beside them, an icon, and no
    game.toml."""
    story = tmp_path_factory.mktemp("stories") / "Lantern Night"
    (story / "images").mkdir(parents=True)
    (story / "script.rpy").write_text(WRITER_STORY, encoding="utf-8")
    (story / "images" / "bg garden.svg").write_text(WRITER_BG, encoding="utf-8")
    (story / "icon.svg").write_text(WRITER_ICON, encoding="utf-8")
    (story / "audio").mkdir()
    shutil.copy2(next((ROOT / "audio").glob("*.ogg")), story / "audio" / "night.ogg")
    return story


@pytest.fixture(scope="module")
def writers(writer_story: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return dist(tmp_path_factory.mktemp("dist"), writer_story) / "lantern-night"


def exe(app: Path) -> str:
    return str(app / (app.name + (".exe" if sys.platform == "win32" else "")))


def test_our_app_has_what_a_player_needs(ours: Path) -> None:
    from game.commands.dist import folder_size, platform_tag

    assert Path(exe(ours)).is_file()
    internal = ours / "_internal"
    content = internal / "game" / "_content"
    assert sorted(p.name for p in (content / "story").glob("*.rpy")) == \
        sorted(p.name for p in (ROOT / "story").glob("*.rpy"))
    assert (content / "art" / "cards").is_dir() and any((content / "audio").glob("*.ogg"))
    assert not list(content.rglob("*.md"))
    assert (internal / "game" / "fonts" / "DejaVuSans.ttf").is_file()
    assert (internal / "game" / "ui" / "theme.json").is_file()
    # only what the game needs: no CJK fonts (no translation needs them), no test tools
    assert not list(internal.rglob("NotoSansJP-*")) and list(internal.rglob("NotoSans-*"))
    for name in ("numpy", "pytest", "hypothesis", "tests", "tools"):
        assert not (internal / name).exists(), name
    size_mb = folder_size(ours) / 1e6
    print(f"\nunpacked {size_mb:.1f} MB")
    assert size_mb < MAX_UNPACKED_MB
    archive = ours.parent / f"{ours.name}-{platform_tag()}.tar.gz"
    with tarfile.open(archive) as tar:
        assert f"{ours.name}/{ours.name}" in tar.getnames()
    if sys.platform.startswith("linux"):
        desktop = (ours / f"{ours.name}.desktop").read_text(encoding="utf-8")
        assert "Name=The Scars Run Deep\n" in desktop and f"/{ours.name}" in desktop
        apps = ours.parent / "xdg"
        r = subprocess.run(["sh", str(ours / "install-desktop-entry.sh")], capture_output=True,
                           text=True, env=clean_env(XDG_DATA_HOME=str(apps)))
        assert r.returncode == 0, r.stderr
        entry = (apps / "applications" / f"{ours.name}.desktop").read_text(encoding="utf-8")
        assert f'Exec="{exe(ours)}"\n' in entry and f"Icon={ours}/{ours.name}.png" in entry
    assert (ours / f"{ours.name}.png").is_file()


def test_our_app_starts_without_inflating_or_multiprocessing(ours: Path) -> None:
    """What its start does not do (bench/startup.py times it): inflate each module it
    imports from PyInstaller's archive, or import multiprocessing for its runtime hook."""
    from PyInstaller.archive.readers import CArchiveReader

    pkg = CArchiveReader(exe(ours))
    assert "pyi_rth_multiprocessing" not in pkg.toc
    pyz = pkg.open_embedded_archive("PYZ.pyz")
    assert not [n for n in pyz.toc if n.startswith("multiprocessing")]
    with open(exe(ours), "rb") as f:  # a stored module: its bytecode is readable as is
        blob = f.read()
    assert b"pause_collection" in blob and b"_plain_play_args" in blob


@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_our_app_prints_what_the_checkout_prints(ours: Path, tmp_path: Path,
                                                 args: list[str]) -> None:
    r = run([exe(ours), *args], cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert r.stdout == source_output(args)


def test_our_app_reads_its_french_translation(ours: Path, tmp_path: Path) -> None:
    """Babel is bundled, with the locale data of the story's languages only."""
    args = ["transcript", "--lang", "fr"]
    r = run([exe(ours), *args], cwd=tmp_path)
    assert r.returncode == 0, r.stderr
    assert r.stdout == source_output(args)
    data = next((ours / "_internal").rglob("babel/locale-data"))
    names = {p.stem for p in data.glob("*.dat")}
    assert {"fr", "root"} <= names and "de" not in names and "ja" not in names


def test_our_app_window_opens_headless(ours: Path, tmp_path: Path) -> None:
    first_frame([exe(ours)], tmp_path, tmp_path / "data")


@pytest.mark.skipif(not shutil.which("Xvfb"), reason="needs Xvfb (apt-get install xvfb)")
def test_our_app_window_opens_under_xvfb(ours: Path, tmp_path: Path) -> None:
    display = next(n for n in range(420, 600) if not Path(f"/tmp/.X{n}-lock").exists()
                   and not Path(f"/tmp/.X11-unix/X{n}").exists())
    xvfb = subprocess.Popen(["Xvfb", f":{display}", "-screen", "0", "1280x720x24",
                             "-nolisten", "tcp"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{display}").exists():
            if xvfb.poll() is not None or time.monotonic() > deadline:
                pytest.skip("Xvfb could not start")
            time.sleep(0.05)
        env = clean_env(DISPLAY=f":{display}", VN_EXIT_AFTER_FIRST_FRAME="1",
                        VN_CACHE_DIR=str(tmp_path / "cache"))
        del env["SDL_VIDEODRIVER"]
        r = subprocess.run([exe(ours), "--data-dir", str(tmp_path / "data")], cwd=tmp_path,
                           env=env, capture_output=True, text=True, timeout=120)
        assert r.returncode == 0 and "first-frame" in r.stdout, r.stdout + r.stderr
    finally:
        xvfb.terminate()  # by its own pid
        xvfb.wait(10)


def test_writers_story_is_its_own_game(writers: Path, writer_story: Path,
                                       tmp_path: Path) -> None:
    import pygame

    assert Path(exe(writers)).is_file()  # named from the folder: it has no game.toml
    content = writers / "_internal" / "game" / "_content" / "story"
    assert (content / "images" / "bg garden.svg").is_file()
    assert (content / "audio" / "night.ogg").is_file()
    for args in (["chapters"], ["transcript", "--events"], ["transcript", "--choose", "2"]):
        r = run([exe(writers), *args], cwd=tmp_path)
        assert r.returncode == 0, r.stderr
        assert r.stdout == source_output(args, story=writer_story)
    icon = pygame.image.load(str(writers / "lantern-night.png"))
    assert icon.get_at((icon.get_width() // 2, icon.get_height() // 2))[:3] == ICON_COLOUR
    if sys.platform.startswith("linux"):
        assert "Name=Lantern Night\n" in (writers / "lantern-night.desktop").read_text()
    first_frame([exe(writers)], tmp_path, tmp_path / "data")
