"""Ren'Py's own projects load and play: The Question and the launcher's template
(committed copies, see tests/renpy_corpus/README.md), and the tutorial from the mirror
when it is on this machine."""
from __future__ import annotations

import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from game.commands import lint
from game.project import load_project
from game.script import ast as A
from story_harness import TESTS, explore

CORPUS = TESTS / "renpy_corpus"
QUESTION = CORPUS / "the_question"
TEMPLATE = CORPUS / "launcher_template"
MIRROR = Path("/work/.mirror/renpy+renpy/repo")


def said_in(evs) -> set[str]:
    """Ids of the say lines (menu captions too) a run showed."""
    out = set()
    for ev in evs:
        if type(ev).__name__ == "Menu" and ev.caption is not None:
            ev = ev.caption
        if type(ev).__name__ == "Say":
            out.add(ev.line_id)
    return out


def _says(program) -> set[str]:
    out = set()
    for s in program.statements:
        if isinstance(s, A.Menu):
            s = s.caption
        if isinstance(s, A.Say):
            out.add(s.sid)
    return out


def test_the_question_loads_without_errors_and_is_titled_by_config_name() -> None:
    program = load_project(QUESTION, use_cache=False)
    assert program.title == "The Question"
    assert program.story_files.version == "7.0"  # type: ignore[attr-defined]


@pytest.mark.parametrize("folder", [QUESTION, TEMPLATE], ids=["the_question", "template"])
def test_one_warning_per_kind_and_file(folder: Path) -> None:
    program = load_project(folder, use_cache=False)
    skips = [w for w in program.warnings if w.code == "W700"]
    assert skips
    kinds = Counter((w.path, w.message.split(":", 1)[0]) for w in skips)
    assert max(kinds.values()) == 1, kinds
    # the tl/ folder is one warning, not one per file
    tl = [w for w in skips if "tl/ folder" in w.message]
    assert len(tl) == (1 if folder is QUESTION else 0)


def test_the_question_reaches_every_say_line_over_its_paths() -> None:
    program = load_project(QUESTION, use_cache=False)
    said: set[str] = set()
    endings = []
    for _path, evs in explore(program):
        said |= said_in(evs)
        endings.append([ev for ev in evs if type(ev).__name__ == "Say"][-1].text)
    assert "{b}Good Ending{/b}." in endings and "{b}Bad Ending{/b}." in endings
    share = len(said & _says(program)) / len(_says(program))
    assert share == 1.0, share


def test_the_template_plays_to_its_end() -> None:
    program = load_project(TEMPLATE, use_cache=False)
    assert program.title == "Ren'Py 7 Default GUI"
    runs = list(explore(program))
    texts = [ev.text for ev in runs[0][1] if type(ev).__name__ == "Say"]
    assert texts[-1] == "Once you add a story, pictures, and music, you can release it" \
        " to the world!"


def test_lint_prints_what_was_skipped_kind_by_kind() -> None:
    out: list[str] = []
    assert lint.lint(str(QUESTION), write=out.append) == 0
    text = "\n".join(out)
    assert "Skipped (not story code, or not supported yet):" in text
    assert " * 'style': 190 in 1 file" in text
    assert " * 'screen': 23 in 1 file" in text
    assert " * 'define config.*': " in text
    # only what matches no line is skipped now (game/i18n/renpy_tl.py): Ren'Py's own
    # interface strings in 3 files; every dialogue block of tl/french/script.rpy matched
    assert " * 'tl/ folder': 364 in 3 files" in text
    assert text.rstrip().endswith("No errors; 19 warnings.") or "No errors;" in text


def test_strict_keeps_the_old_errors() -> None:
    out: list[str] = []
    assert lint.lint(str(QUESTION), strict=True, write=out.append) == 1
    assert any("the 'screen' statement is not supported" in line for line in out)


@pytest.mark.skipif(not MIRROR.is_dir() or shutil.which("git") is None,
                    reason="Ren'Py's repository is not mirrored on this machine")
def test_the_tutorial_loads_without_errors(tmp_path: Path) -> None:
    names = subprocess.run(["git", "-C", str(MIRROR), "ls-tree", "-r", "--name-only",
                            "HEAD", "tutorial/game"], capture_output=True, text=True,
                           check=True).stdout.split()
    for name in names:
        if name.endswith(".rpy") and "/tl/" not in name:
            dest = tmp_path / name
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(subprocess.run(["git", "-C", str(MIRROR), "show",
                                             f"HEAD:{name}"], capture_output=True,
                                            check=True).stdout)
    program = load_project(tmp_path / "tutorial" / "game", use_cache=False)
    assert program.title == "Ren'Py Tutorial Game"
    assert len(_says(program)) > 700


def test_a_renpy_game_folder_finds_audio_beside_its_scripts(tmp_path: Path) -> None:
    """Ren'Py resolves play "theme.ogg" in game/ as well as in game/audio/."""
    (tmp_path / "script.rpy").write_text(
        'label start:\n    play music "theme.ogg"\n    play sound "click.ogg"\n'
        '    "Hello."\n', encoding="utf-8")
    (tmp_path / "theme.ogg").write_bytes(b"OggS")
    (tmp_path / "audio").mkdir()
    (tmp_path / "audio" / "click.ogg").write_bytes(b"OggS")
    program = load_project(tmp_path, use_cache=False)
    assert [w.code for w in program.warnings if w.code == "W520"] == []


def test_a_renpy_project_folder_means_its_game_folder(tmp_path: Path) -> None:
    shutil.copytree(QUESTION, tmp_path / "game")
    program = load_project(tmp_path, use_cache=False)
    assert program.title == "The Question"
    assert "start" in program.labels
