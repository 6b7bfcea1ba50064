"""`dist`: a story built into a standalone game for players without Python.

PyInstaller makes a one-folder app of the engine for the machine it runs on; the story,
its art and audio go inside it as game/_content/ (where an installed wheel keeps ours,
so game.project finds them the same way), and the folder is packed as an archive. The
app is named from the story's title; its icon is the story folder's own, else ours.
"""
from __future__ import annotations

import os
import platform
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Final

from ..project import CONTENT, StoryFiles, find_story
from ..project import slug as title_slug
from ..script.errors import Diagnostic, ScriptError
from ..script.images import AUDIO_EXTENSIONS, IMAGE_EXTENSIONS

if TYPE_CHECKING:
    import argparse

GAME_DIR: Final = Path(__file__).resolve().parents[1]  # the game package
# An icon a story folder may carry, in the order looked for (the last is Ren'Py's).
ICON_NAMES: Final = ("icon.png", "icon.svg", "icon.ico", "icon.icns", "gui/window_icon.png")
# Ours, when the story has none: the title art, cropped square around its figures.
OUR_ICON_ART: Final = ("gui/title.svg", 0.62)  # (file in our art folder, centre x as a share)
ICON_SIZE: Final = 256
SCRIPT_SUFFIXES: Final = (".rpy", ".toml", ".po")  # .po: translations/LANG.po
# Not part of the game: test and build tools that PyInstaller would otherwise follow;
# and multiprocessing (reached only through asyncio's and concurrent.futures' imports,
# never used), whose runtime hook imported it at every start of the app (~10 ms).
EXCLUDED_MODULES: Final = ("numpy", "soundfile", "hypothesis", "pytest", "_pytest",
                           "tkinter", "_tkinter", "setuptools", "pkg_resources", "pip",
                           "PIL", "IPython", "multiprocessing")
# pygame_gui's fonts for Chinese, Japanese and Korean: 39 of its 41 MB, needed only when
# the story's text is written in those scripts.
CJK_FONTS: Final = ("NotoSansJP-*", "NotoSansKR-*", "NotoSansSC-*")
_CJK: Final = re.compile("[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]")
_CONFIG_NAME: Final = re.compile(r"""^\s*define\s+config\.name\s*=\s*(?:_\(\s*)?(["'])(.+?)\1""",
                                 re.M)


@dataclass(frozen=True)
class Build:
    """What `dist` made."""

    title: str
    app_dir: Path       # the one-folder app
    executable: Path
    archive: Path       # app_dir packed for players
    seconds: float


def slug(title: str) -> str:
    """A file name from a title: 'My Story' -> 'my-story' ('game' if nothing is left)."""
    return title_slug(title) or "game"


def game_title(files: StoryFiles) -> str:
    """game.toml's title; else a Ren'Py `define config.name`; else the folder name."""
    if files.toml_path is not None and files.title != files.story_dir.resolve().name:
        return files.title
    for script in files.scripts:
        m = _CONFIG_NAME.search(script.read_text(encoding="utf-8", errors="replace"))
        if m:
            return m.group(2)
    return files.title


def platform_tag() -> str:
    system = {"darwin": "macos", "win32": "windows"}.get(sys.platform, sys.platform)
    return f"{system}-{platform.machine().lower() or 'unknown'}"


def _dist_error(where: Path, message: str) -> ScriptError:
    return ScriptError([Diagnostic(str(where), 1, 1, message, "error", code="E700")])


def _copy_files(src: Path, dest: Path, suffixes: tuple[str, ...]) -> int:
    """Copy the files under src whose names end in suffixes, keeping subfolders."""
    n = 0
    for p in sorted(src.rglob("*")):
        rel = p.relative_to(src)
        if p.is_file() and p.name.lower().endswith(suffixes) \
                and not any(part.startswith(".") for part in rel.parts):
            (dest / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(p, dest / rel)
            n += 1
    return n


def _place(files: StoryFiles, folder: Path | None, content: Path) -> Path | None:
    """Where a story's images or audio folder goes under content/, keeping its place
    relative to the story (inside it, or beside it as ours is: ../art)."""
    if folder is None or not folder.is_dir():
        return None
    rel = Path(os.path.relpath(folder.resolve(), files.story_dir.resolve()))
    parts = rel.parts
    if rel.is_absolute() or parts[:2] == ("..", "..") or parts == ("..",):
        raise _dist_error(files.toml_path or files.story_dir,
                          f"dist: {folder} must be inside the story folder or beside it"
                          " (game.toml [paths] like \"images\" or \"../art\")")
    return content / Path(*parts[1:]) if parts[0] == ".." else content / "story" / rel


def stage_content(files: StoryFiles, content: Path) -> None:
    """Copy what the story plays into content/: scripts and game.toml under story/, the
    icon, and only image and audio files from its art and audio folders."""
    _copy_files(files.story_dir, content / "story", SCRIPT_SUFFIXES)
    for folder, suffixes in ((files.images_dir, IMAGE_EXTENSIONS),
                             (files.audio_dir, AUDIO_EXTENSIONS)):
        dest = _place(files, folder, content)
        if dest is not None and folder is not None:
            _copy_files(folder, dest, suffixes)


def find_icon(files: StoryFiles) -> Path | None:
    """The story folder's own icon, if it has one."""
    for name in ICON_NAMES:
        for base in (files.story_dir, files.images_dir):
            if base is not None and (base / name).is_file():
                return base / name
    return None


def make_icon(source: Path | None, out: Path) -> Path:
    """A square PNG icon: the story's icon file, or ours drawn from our title art."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    import pygame

    if source is not None and source.suffix.lower() in (".ico", ".icns"):
        dest = out.with_suffix(source.suffix.lower())
        shutil.copy2(source, dest)
        return dest
    if source is not None and source.suffix.lower() == ".svg":
        picture = pygame.image.load_sized_svg(str(source), (ICON_SIZE, ICON_SIZE))
    elif source is not None:
        picture = pygame.image.load(str(source))
    else:
        from ..project import default_story_dir

        art = find_story(default_story_dir()).images_dir
        name, centre = OUR_ICON_ART
        whole = pygame.Surface((ICON_SIZE * 16 // 9, ICON_SIZE))
        whole.fill((90, 8, 16))  # our dark red, should the title art ever be missing
        if art is not None and (art / name).is_file():
            whole = pygame.image.load_sized_svg(str(art / name), whole.get_size())
        left = min(max(int(whole.get_width() * centre) - ICON_SIZE // 2, 0),
                   whole.get_width() - ICON_SIZE)
        picture = whole.subsurface((left, 0, ICON_SIZE, ICON_SIZE)).copy()
    if picture.get_size() != (ICON_SIZE, ICON_SIZE):  # fit, centred, on a clear square
        w, h = picture.get_size()
        k = ICON_SIZE / max(w, h, 1)
        rgba = pygame.Surface((w, h), pygame.SRCALPHA, 32)
        rgba.blit(picture, (0, 0))
        fitted = pygame.transform.smoothscale(rgba, (max(1, round(w * k)), max(1, round(h * k))))
        picture = pygame.Surface((ICON_SIZE, ICON_SIZE), pygame.SRCALPHA, 32)
        picture.blit(fitted, fitted.get_rect(center=picture.get_rect().center))
    pygame.image.save(picture, str(out))
    return out


def _needs_cjk(files: StoryFiles) -> bool:
    return any(_CJK.search(p.read_text(encoding="utf-8", errors="replace"))
               for p in files.scripts)


def _engine_data() -> list[tuple[Path, str]]:
    """The engine's own data files (fonts, ui theme), as (file, folder in the app)."""
    out = []
    for p in sorted(GAME_DIR.rglob("*")):
        rel = p.relative_to(GAME_DIR)
        if p.is_file() and p.suffix not in (".py", ".pyc") and rel.parts[0] != CONTENT \
                and "__pycache__" not in rel.parts:
            out.append((p, Path("game", *rel.parts[:-1]).as_posix()))
    return out


def _pyinstaller_args(name: str, work: Path, content: Path, icon: Path) -> list[str]:
    launcher = work / "launch.py"
    launcher.write_text("import sys\nfrom game.cli import main\nsys.exit(main())\n",
                        encoding="utf-8")
    sep = os.pathsep
    args = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--onedir", "--name", name,
            "--distpath", str(work / "dist"), "--workpath", str(work / "build"),
            "--specpath", str(work), "--log-level", "WARN",
            # the folder holding `game` (an editable install's import hook is not followed)
            "--paths", str(GAME_DIR.parent),
            "--collect-submodules", "game", "--add-data", f"{content}{sep}game/{CONTENT}",
            # pyttsx3 imports its voice driver by name (self-voicing)
            "--collect-submodules", "pyttsx3"]
    for src, dest in _engine_data():
        args += ["--add-data", f"{src}{sep}{dest}"]
    for mod in EXCLUDED_MODULES:
        args += ["--exclude-module", mod]
    # UTF-8 mode: a transcript prints its dashes and accents in a Windows console too.
    args += ["--python-option", "X utf8"]
    if sys.platform.startswith("linux"):
        args.append("--strip")  # our Python's libpython alone carries 17 MB of debug info
    if sys.platform == "darwin" or sys.platform == "win32":
        args += ["--icon", str(icon)]  # PyInstaller converts a PNG with Pillow (dist extra)
    return [*args, str(launcher)]


def _pyinstaller_env() -> dict[str, str]:
    """PyInstaller's environment: its archive of bytecode stored, not zlib-compressed
    (its writer reads this variable; level 0). Each module the app imports was
    inflated at every start; without that the app's start took ~30% less CPU time on
    the development machine, for 6 MB more unpacked (the .tar.gz is smaller)."""
    return {**os.environ, "PYINSTALLER_ZLIB_COMPRESSION_LEVEL": "0"}


def desktop_entry(title: str, exec_path: str, icon: str) -> str:
    """A Linux .desktop file (freedesktop.org Desktop Entry) for the game."""
    title = " ".join(title.split())  # one line
    return ("[Desktop Entry]\nType=Application\n"
            f"Name={title}\nComment={title}, a visual novel\n"
            f"Exec={exec_path}\nIcon={icon}\nTerminal=false\n"
            "Categories=Game;AdventureGame;\n")


def desktop_installer(title: str, name: str) -> str:
    """install-desktop-entry.sh: puts the game in the desktop's menu, with the absolute
    paths a .desktop file needs (run from wherever the folder was unpacked)."""
    title = re.sub(r"[$`\\\"]", "", title)  # nothing the shell's here-document expands
    entry = desktop_entry(title, f'"$here/{name}"', f"$here/{name}.png")
    return ("#!/bin/sh\n# Adds this game to your desktop's application menu.\nset -e\n"
            'here="$(cd "$(dirname "$0")" && pwd)"\n'
            'apps="${XDG_DATA_HOME:-$HOME/.local/share}/applications"\nmkdir -p "$apps"\n'
            f'cat > "$apps/{name}.desktop" <<EOF\n{entry}EOF\n'
            f'echo "added {title} to the menu ($apps/{name}.desktop)"\n')


def _prune(app_dir: Path, keep_cjk: bool, languages: tuple[str, ...] = ()) -> None:
    # Babel's data for the ~1000 locales it knows (35 MB): a game reads its catalogues
    # and names its languages with only theirs (and root, which every locale builds on)
    for data in app_dir.rglob("babel/locale-data"):
        keep = {lang.split("_")[0].lower() for lang in languages} | {"root", "en"}
        for p in data.glob("*.dat"):
            if p.stem.split("_")[0].lower() not in keep:
                p.unlink()
    if keep_cjk:
        return
    for data in app_dir.rglob("pygame_gui/data"):
        for pattern in CJK_FONTS:
            for p in data.glob(pattern):
                p.unlink()


def _archive(app_dir: Path, out: Path) -> Path:
    if sys.platform == "win32":
        return Path(shutil.make_archive(str(out), "zip", app_dir.parent, app_dir.name))
    path = out.with_name(out.name + ".tar.gz")
    with tarfile.open(path, "w:gz") as tar:
        tar.add(app_dir, arcname=app_dir.name)
    return path


def build(story_dir: str | os.PathLike[str] | None, out_dir: str | os.PathLike[str], *,
          log: Callable[[str], None] = print) -> Build:
    """Build a story (default: ours) into OUT/<name>/ and OUT/<name>-<platform>.tar.gz."""
    start = time.monotonic()
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        raise SystemExit("error: dist needs PyInstaller: pip install -e '.[dist]'"
                         " (or pip install pyinstaller)") from None
    from ..project import load_project

    program = load_project(story_dir)  # refuse to build a story that does not load
    files: StoryFiles = program.story_files  # type: ignore[attr-defined]
    title = game_title(files)
    name = slug(title)
    out = Path(out_dir).resolve()
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="dist-") as tmp:
        work = Path(tmp)
        content = work / CONTENT
        stage_content(files, content)
        icon = make_icon(find_icon(files), work / f"{name}.png")
        log(f"building {title!r} as {name} with PyInstaller ...")
        r = subprocess.run(_pyinstaller_args(name, work, content, icon), cwd=work,
                           capture_output=True, text=True, env=_pyinstaller_env())
        if r.returncode != 0:
            sys.stderr.write(r.stdout + r.stderr)
            raise SystemExit(f"error: PyInstaller failed (exit {r.returncode})")
        app_dir = out / name
        shutil.rmtree(app_dir, ignore_errors=True)
        shutil.move(str(work / "dist" / name), app_dir)
        shutil.copy2(icon, app_dir / icon.name)
    from ..i18n.catalog import languages

    _prune(app_dir, keep_cjk=_needs_cjk(files), languages=tuple(languages(files.story_dir)))
    if sys.platform.startswith("linux"):
        # the entry beside the program, for a file manager (Exec relative to it), and a
        # script that installs it in the menu with absolute paths
        here = f"sh -c '\"$(dirname \"$1\")/{name}\"' sh %k"
        (app_dir / f"{name}.desktop").write_text(desktop_entry(title, here, name),
                                                  encoding="utf-8")
        script = app_dir / "install-desktop-entry.sh"
        script.write_text(desktop_installer(title, name), encoding="utf-8")
        script.chmod(0o755)
    exe = app_dir / (name + (".exe" if sys.platform == "win32" else ""))
    archive = _archive(app_dir, out / f"{name}-{platform_tag()}")
    return Build(title, app_dir, exe, archive, time.monotonic() - start)


def folder_size(path: Path) -> int:
    """Bytes in a folder as unpacked (links counted once, as links)."""
    return sum(p.lstat().st_size for p in path.rglob("*") if not p.is_dir() or p.is_symlink())


def cmd_dist(args: argparse.Namespace) -> int:
    made = build(args.story, args.out_dir)
    print(f"{made.title}: {made.app_dir}/ ({folder_size(made.app_dir) / 1e6:.1f} MB),"
          f" {made.archive} ({made.archive.stat().st_size / 1e6:.1f} MB),"
          f" in {made.seconds:.0f} s")
    return 0
