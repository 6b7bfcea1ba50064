"""Chapters (locks, unlocking, thumbnails, --chapter) and the Art screen (packs)."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pygame

from ui_harness import advance_line, click, key, note_read, press, step

ROOT = Path(__file__).resolve().parents[2]


def unlocked(game):
    press(game, "Chapters")
    d = game.describe()
    key(game, pygame.K_ESCAPE)
    return d["unlocked"]


def test_only_the_first_chapter_is_open_to_a_new_reader(game):
    assert unlocked(game) == ["one"]
    press(game, "Chapters")
    game.ui.top.pick(game.program.chapters[2])  # a locked chapter says why, and no more
    assert game.session is None
    assert any("finish chapter 2 to unlock" in t.text for t in game.toasts.items)


def test_reaching_a_chapter_unlocks_it_for_good(game, data_dir, new_game):
    press(game, "Start")
    step(game, 5, dt=0.5)
    s = game.session
    while s.runtime.state.label != "two":
        if s.screen.state == "menu":
            key(game, pygame.K_RETURN)
            step(game, 5, dt=0.5)
        else:
            advance_line(game)
    saved = json.loads((data_dir / "persistent.json").read_text(encoding="utf-8"))
    assert saved["unlocked"] == ["one", "two"]
    g2 = new_game()
    assert unlocked(g2) == ["one", "two"]
    press(g2, "Chapters")
    press(g2, "chapter:2")
    assert g2.session is not None and g2.session.runtime.state.label == "two"


def test_finishing_the_story_unlocks_every_chapter(game, new_game):
    game.new_game("three")  # as --chapter: past the locks
    step(game, 5, dt=0.5)
    assert game.session.runtime.state.label == "three"
    game.prefs.skip_unseen = True
    key(game, pygame.K_TAB)
    step(game, 20)
    assert game.persistent.finished
    g2 = new_game()
    assert unlocked(g2) == ["one", "two", "three"]


def test_picking_a_chapter_in_game_asks_first(game):
    game.persistent.finish()
    press(game, "Start")
    step(game, 3, dt=0.5)
    key(game, pygame.K_ESCAPE)
    press(game, "Chapters")
    press(game, "chapter:3")
    assert game.describe()["menu"] == "confirm"
    press(game, "yes")
    step(game, 5, dt=0.5)
    assert game.session.current_line()[1] == "Chapter three, line one."


def test_chapter_thumbnails_are_rendered_and_cached(game, data_dir):
    press(game, "Chapters")
    step(game, 5)
    thumbs = sorted((data_dir / "chapter-thumbnails").glob("*.png"))
    assert len(thumbs) == 1  # a locked chapter's picture is not even made
    game.persistent.finish()
    key(game, pygame.K_ESCAPE)
    press(game, "Chapters")
    step(game, 5)
    thumbs = sorted((data_dir / "chapter-thumbnails").glob("*.png"))
    assert len(thumbs) == 3
    img = pygame.image.load(str(thumbs[0]))
    assert img.get_size() == (384, 216)
    colours = {img.get_at((x, y))[:3] for x in range(0, 384, 32) for y in range(0, 216, 32)}
    assert len(colours) > 4  # a picture, not a blank


def make_pack(folder: Path, name: str) -> Path:
    pack = folder / name
    pack.mkdir(parents=True)
    surf = pygame.Surface((64, 36))
    surf.fill((0, 200, 0))
    pygame.image.save(surf, str(pack / "bg forest.png"))
    (pack / "pack.toml").write_text(f'name = "Green {name}"\nauthor = "Tester"\n',
                                    encoding="utf-8")
    return pack


def test_art_screen_lists_packs_and_remembers_the_choice(game, data_dir, new_game):
    make_pack(data_dir / "art-packs", "green")
    press(game, "Art")
    d = game.describe()
    assert d["packs"] == ["green"] and d["in_use"] == []
    game.draw()
    press(game, "pack:" + str((data_dir / "art-packs" / "green").resolve()))
    assert game.describe()["in_use"] == ["green"]
    assert [p.root.name for p in game.source.packs] == ["green"]
    f = game.source.find("bg forest")
    assert f is not None and f.pack is not None
    saved = json.loads((data_dir / "preferences.json").read_text(encoding="utf-8"))
    assert saved["art_packs"] == ["green"]
    g2 = new_game()
    assert [p.root.name for p in g2.source.packs] == ["green"]


def test_art_reachable_from_preferences(game):
    press(game, "Preferences")
    press(game, "art")
    assert game.describe()["menu"] == "art"


def test_f5_reloads_packs_from_disk(game, data_dir):
    pack = make_pack(data_dir / "art-packs", "green")
    game.set_packs(["green"])
    assert game.source.find("bg hueco mundo").pack is None
    shutil.copy(pack / "bg forest.png", pack / "bg hueco mundo.png")
    key(game, pygame.K_F5)
    assert game.source.find("bg hueco mundo").pack is not None
    assert any("reloaded" in t.text for t in game.toasts.items)


def test_art_option_packs_are_always_on(data_dir, tmp_path, audio):
    from ui_harness import small_program
    from game.assets.packs import load_packs
    from ui_harness import make_game

    pack = make_pack(tmp_path / "elsewhere", "cli")
    g = make_game(data_dir, prog=small_program(), audio=audio, packs=load_packs([pack]))
    assert g.source.find("bg forest").pack is not None
    press(g, "Art")
    assert g.describe()["packs"] == ["cli"]
    g.images.close()


def test_a_missing_chosen_pack_is_reported_not_fatal(data_dir, new_game):
    note_read(data_dir, art_packs=["gone"])
    g = new_game()
    assert g.source.packs == []
    assert any("not found" in t.text for t in g.toasts.items)
    press(g, "Start")
    assert g.session is not None


def test_locked_chapters_show_no_title_and_no_picture(game):
    press(game, "Chapters")
    step(game, 40)
    d = game.describe()
    assert d["titles"][0] == "1. One" and d["titles"][1:] == ["2. ???", "3. ???"]
    top = game.ui.top
    game.draw()
    r = top.rects[2]  # chapter 3's tile: its picture area is one flat colour
    from game.ui.screens.chapters import THUMB_H, THUMB_TOP, THUMB_W

    s = top.s
    area = pygame.Rect(r.x + (r.w - s(THUMB_W)) // 2 + 4, r.y + s(THUMB_TOP) + 4,
                       s(THUMB_W) - 8, s(THUMB_H) // 4)  # above the "Locked" words
    colours = {tuple(game.window.get_at((x, y)))[:3]
               for x in range(area.left, area.right, 3) for y in range(area.top, area.bottom, 3)}
    assert len(colours) <= 2


def test_hovering_a_locked_chapter_says_why(game):
    press(game, "Chapters")
    step(game, 5)
    top = game.ui.top
    r = top.rects[1]
    ox, oy = game.view.rect.topleft
    game.handle(pygame.event.Event(pygame.MOUSEMOTION, pos=(r.centerx + ox, r.centery + oy),
                                   rel=(0, 0), buttons=(0, 0, 0)))
    step(game)
    assert top.hover == 1
    assert top._pointed() is game.program.chapters[1]
    click(game, (r.centerx + ox, r.centery + oy))
    assert game.session is None
    assert any("Chapter 2 is locked" in t.text for t in game.toasts.items)


def test_long_titles_wrap_rather_than_cut(game):
    from game.render.fonts import font
    from game.ui.screens.chapters import THUMB_W, TITLE_SIZE
    from game.ui.widgets import wrap

    f = font("serif", TITLE_SIZE, bold=True)
    lines = wrap("6. The Head Captain's Refusal", f, THUMB_W, 2)
    assert len(lines) == 2 and not lines[-1].endswith("\u2026")
