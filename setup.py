"""The story, art and audio go into the wheel as package data, under game/_content/.

They stay where they are in the repository (story/, art/, audio/ beside game/), so
build_py copies them into the build: every file under those folders is taken (new
ones too, by glob), except notes for people (*.md) and hidden files. game/project/
finds them through importlib.resources and falls back to the checkout's folders, which
is also what an editable install (./play.sh, ./test.sh) uses: nothing is copied then.
All other settings are in pyproject.toml; MANIFEST.in puts the folders in the sdist.
"""
from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
CONTENT_DIRS = ("story", "art", "audio")
CONTENT_PACKAGE_DIR = "game/_content"  # keep in step with game.project.CONTENT


def content_files(root: Path = HERE) -> list[Path]:
    """The files of story/, art/ and audio/ that belong in the game, relative to root."""
    out = []
    for top in CONTENT_DIRS:
        for p in sorted((root / top).rglob("*")):
            rel = p.relative_to(root)
            if not p.is_file() or p.suffix.lower() == ".md" or "__pycache__" in rel.parts \
                    or any(part.startswith(".") for part in rel.parts):
                continue
            out.append(rel)
    return out


class BuildWithContent(build_py):
    """build_py that also copies story/, art/ and audio/ into game/_content/."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads the checkout's own folders
        dest = Path(self.build_lib) / CONTENT_PACKAGE_DIR
        shutil.rmtree(dest, ignore_errors=True)  # a file deleted since the last build goes
        for rel in content_files():
            target = dest / rel
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(HERE / rel, target)

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outs = super().get_outputs(include_bytecode)
        if getattr(self, "editable_mode", False):
            return outs
        dest = Path(self.build_lib) / CONTENT_PACKAGE_DIR
        return outs + [str(dest / rel) for rel in content_files()]


setup(cmdclass={"build_py": BuildWithContent})
