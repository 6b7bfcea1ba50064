"""The parts of `dist` that need no PyInstaller: names, titles, where content goes."""
from __future__ import annotations

from pathlib import Path

import pytest

from game.commands.dist import game_title, slug, stage_content
from game.project import find_story
from game.script.errors import ScriptError
from install_harness import ROOT


def test_slug() -> None:
    assert slug("The Scars Run Deep") == "the-scars-run-deep"
    assert slug("  Café: Nuit & Jour!  ") == "cafe-nuit-jour"
    assert slug("夜") == "game"


def test_title_from_game_toml_then_renpy_config_name_then_folder(tmp_path: Path) -> None:
    assert game_title(find_story(ROOT / "story")) == "The Scars Run Deep"
    story = tmp_path / "my_tale"
    story.mkdir()
    (story / "script.rpy").write_text('label start:\n    "Hi."\n', encoding="utf-8")
    assert game_title(find_story(story)) == "my_tale"
    (story / "options.rpy").write_text('define config.name = _("Lantern Night")\n',
                                       encoding="utf-8")
    assert game_title(find_story(story)) == "Lantern Night"


def test_our_content_is_staged_as_the_wheel_holds_it(tmp_path: Path) -> None:
    stage_content(find_story(ROOT / "story"), tmp_path)
    assert (tmp_path / "story" / "game.toml").is_file()
    assert (tmp_path / "art" / "gui" / "title.svg").is_file()
    assert any((tmp_path / "art" / "cards").glob("*.svg"))
    assert (tmp_path / "audio" / "title.ogg").is_file()
    assert not list(tmp_path.rglob("*.md"))
    staged = find_story(tmp_path / "story")
    assert staged.images_dir == (tmp_path / "art").resolve()


def test_content_far_from_the_story_is_refused(tmp_path: Path) -> None:
    story = tmp_path / "a" / "story"
    story.mkdir(parents=True)
    (tmp_path / "pics").mkdir()
    (story / "game.toml").write_text('[paths]\nimages = "../../pics"\n', encoding="utf-8")
    with pytest.raises(ScriptError, match="inside the story folder or beside it"):
        stage_content(find_story(story), tmp_path / "out")


def test_a_story_icon_is_fitted_to_a_square(tmp_path: Path) -> None:
    import pygame

    from game.commands.dist import ICON_SIZE, make_icon

    wide = pygame.Surface((100, 50))
    wide.fill((200, 30, 30))
    pygame.image.save(wide, str(tmp_path / "icon.png"))
    icon = pygame.image.load(str(make_icon(tmp_path / "icon.png", tmp_path / "out.png")))
    assert icon.get_size() == (ICON_SIZE, ICON_SIZE)
    assert icon.get_at((ICON_SIZE // 2, ICON_SIZE // 2))[:3] == (200, 30, 30)
    assert icon.get_at((ICON_SIZE // 2, 2)).a == 0  # padding above a wide picture


def test_our_icon_is_drawn_from_our_title_art(tmp_path: Path) -> None:
    import pygame

    from game.commands.dist import ICON_SIZE, make_icon

    icon = pygame.image.load(str(make_icon(None, tmp_path / "ours.png")))
    assert icon.get_size() == (ICON_SIZE, ICON_SIZE)
