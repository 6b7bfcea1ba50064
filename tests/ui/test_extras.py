"""The extras of a finished VN: CG gallery, music room, scene replay, the finished
title, Help, save names, the quick-load and close-button questions."""
from __future__ import annotations

import json
from pathlib import Path

import pygame
import pytest

from game.userdata.extras import cg_entries, story_cgs, story_tracks
from game.userdata.persistent import Persistent
from game.project import load_project
from game.userdata.saves import MAX_NAME, SaveStore, clean_name
from game.story import events as E
from game.ui import keymap as KM
from ui_harness import STORY, advance_line, key, make_game, note_read, press, step

ART = STORY.parents[3] / "art"
AUDIO = STORY.parents[3] / "audio"

EXTRAS_SCRIPT = '''define k = Character("Kaori", color="#9fd3ff")

label start:
    jump one

label one:
    scene bg home night
    k "Before the picture."
    play music "promise.ogg"
    scene cg lap
    k "The first picture."
    scene cg lap kido
    k "Its second page."
    jump two

label two:
    scene bg forest
    play music "battle.ogg"
    k "Chapter two begins."
    k "Chapter two goes on."
    jump three

label three:
    scene bg squad six barracks
    k "The last chapter."
    return
'''


def extras_story(tmp: Path) -> object:
    """A small story with CGs and music: chapter one shows `cg lap` and its kido page
    and plays promise.ogg; chapter two plays battle.ogg."""
    d = tmp / "extras-story"
    d.mkdir(parents=True, exist_ok=True)
    (d / "story.rpy").write_text(EXTRAS_SCRIPT, encoding="utf-8")
    (d / "game.toml").write_text(f'''title = "Extras"
start = "start"
[paths]
images = "{ART.as_posix()}"
audio = "{AUDIO.as_posix()}"
[[chapters]]
label = "one"
title = "One"
[[chapters]]
label = "two"
title = "Two"
[[chapters]]
label = "three"
title = "Three"
[[music]]
file = "title.ogg"
title = "Main theme"
[[music]]
file = "promise.ogg"
title = "A promise, kept"
[[music]]
file = "battle.ogg"
title = "The fight"
[[music]]
file = "kaori.ogg"
title = "Never played here"
''', encoding="utf-8")
    return load_project(d, use_cache=False)


@pytest.fixture
def xgame(tmp_path, data_dir, audio):
    note_read(data_dir)
    prog = extras_story(tmp_path)
    made = []

    def make(**kw):
        g = make_game(data_dir, prog=prog, audio=audio, **kw)
        made.append(g)
        return g
    yield make
    for g in made:
        g.images.close()
        if g.cg_thumbs is not None:
            g.cg_thumbs.close()


def read_to(g, text, limit=60):
    for _ in range(limit):
        if g.session is not None and g.session.current_line()[1] == text:
            return
        advance_line(g)
    raise AssertionError(f"never read {text!r}; at {g.describe()}")


# -- data -----------------------------------------------------------------------------
def test_cg_variants_are_grouped_as_one_entry():
    entries = cg_entries(["bg home", "cg lap", "cg lap kido", "cg kiss", "cg lap smile",
                          "cgx odd", "cg"])
    assert [(e.key, e.variants) for e in entries] == [
        ("cg kiss", ("cg kiss",)), ("cg lap", ("cg lap", "cg lap kido", "cg lap smile"))]


def test_the_real_story_lists_its_cgs_and_titled_music():
    from ui_harness import program

    prog = program()
    keys = [e.key for e in story_cgs(prog)]
    assert "cg lap" in keys and len(keys) >= 8
    # in the order the story first shows them: chapter 2's first (the Espada over
    # Tsukino, then Kaori in his lap), chapter 9's last
    assert keys[:2] == ["cg espada", "cg lap"] and keys[-1] == "cg collapse"
    assert keys.index("cg kiss") < keys.index("cg chishioyaiba")
    lap = next(e for e in story_cgs(prog) if e.key == "cg lap")
    assert {"cg lap", "cg lap kido", "cg lap smile", "cg lap stop"} <= set(lap.variants)
    tracks = story_tracks(prog)
    assert [t.file for t in tracks][0] == "title.ogg" and len(tracks) == 8
    assert all(t.title and t.title != t.file for t in tracks)  # titles from game.toml


def test_bad_music_tables_in_game_toml_say_so(tmp_path):
    from game.script.errors import ScriptError

    d = tmp_path / "s"
    d.mkdir()
    (d / "story.rpy").write_text('label start:\n    "x"\n', encoding="utf-8")
    (d / "game.toml").write_text('[[music]]\ntitle = "no file"\n', encoding="utf-8")
    with pytest.raises(ScriptError) as exc:
        load_project(d, use_cache=False)
    assert "music 1 needs file" in exc.value.errors[0].message


def test_a_missing_music_room_file_is_a_lint_warning(tmp_path):
    d = tmp_path / "s"
    d.mkdir()
    (d / "story.rpy").write_text('label start:\n    "x"\n', encoding="utf-8")
    (d / "game.toml").write_text(f'[paths]\naudio = "{AUDIO.as_posix()}"\n'
                                 '[[music]]\nfile = "promise.ogg"\ntitle = "Here"\n'
                                 '[[music]]\nfile = "nowhere.ogg"\ntitle = "Gone"\n',
                                 encoding="utf-8")
    prog = load_project(d, use_cache=False)
    w = [w for w in prog.warnings if "nowhere.ogg" in w.message]
    assert len(w) == 1 and w[0].code == "W520" and w[0].line == 7
    assert [t.file for t in story_tracks(prog)] == ["promise.ogg"]  # not listed


def test_old_persistent_files_load_and_bad_extras_are_dropped(tmp_path):
    p, problems = Persistent.check({"unlocked": [], "seen": [], "finished": False})
    assert p.cgs == [] and p.music == [] and not problems
    p, problems = Persistent.check({"cgs": ["cg lap", 5, "\ud800"], "music": "x"})
    assert p.cgs == ["cg lap"] and p.music == []
    assert len(problems) == 2


# -- gallery --------------------------------------------------------------------------
def test_cgs_unlock_when_seen_and_stay_unlocked_in_the_next_run(xgame, data_dir):
    g = xgame()
    press(g, "Start")
    step(g, 5)
    read_to(g, "The first picture.")
    assert g.persistent.cgs == ["cg lap"]
    read_to(g, "Its second page.")
    assert g.persistent.cgs == ["cg lap", "cg lap kido"]
    saved = json.loads((data_dir / "persistent.json").read_text(encoding="utf-8"))
    assert saved["cgs"] == ["cg lap", "cg lap kido"]  # written at once, not in a save
    assert not any("cgs" in p.read_text(encoding="utf-8")
                   for p in (data_dir / "saves").glob("*.json"))
    g.quit()
    g2 = xgame()
    press(g2, "Gallery")
    d = g2.describe()
    assert d["menu"] == "gallery" and d["unlocked"] == ["cg lap"]
    assert "cg kiss" in d["entries"]


def _tile_colours(g, name):
    item = next(i for i in g.ui.focus.items if i.name == name)
    canvas = g.window.subsurface(g.view.rect)
    r = item.area.inflate(-g.view.scale * 40, -g.view.scale * 120)
    return {tuple(canvas.get_at((x, y)))[:3] for x in range(r.left, r.right, 3)
            for y in range(r.top, r.bottom, 3)}


def test_a_locked_tile_shows_no_picture_and_its_cg_is_never_rasterised(xgame, data_dir):
    p = Persistent()
    p.add_to("cgs", "cg lap")
    p.save(data_dir / "persistent.json", force=True)
    g = xgame()
    press(g, "Gallery")
    for _ in range(30):
        step(g)
    g.draw()
    assert g.cg_thumbs.made == ["cg lap"]  # only the unlocked one was made
    locked = _tile_colours(g, "cg:cg kiss")
    seen = _tile_colours(g, "cg:cg lap")
    assert len(seen) > 40  # a picture
    # a flat tile and its words: every pixel lies between the tile's fill and the grey
    # of the text (antialiasing), none has a colour of the picture
    from game.ui.screens.gallery import FRAME, LOCKED_FILL
    from game.ui.theme import DIM_INK

    def on_grey_line(c):
        d = [a - b for a, b in zip(DIM_INK, LOCKED_FILL)]
        t = sum((x - f) * k for x, f, k in zip(c, LOCKED_FILL, d)) / sum(k * k for k in d)
        return all(abs(f + t * k - x) <= 8 for x, f, k in zip(c, LOCKED_FILL, d))
    off = sorted(c for c in locked if not on_grey_line(c) and c != FRAME)
    assert not off, str(off)
    assert not all(on_grey_line(c) for c in seen)
    press(g, "cg:cg kiss")  # says why, shows nothing
    assert g.describe()["menu"] == "gallery"
    assert any("Not seen yet" in t.text for t in g.toasts.items)


def test_thumbnails_are_rasterised_small_not_scaled_down_from_full_size(xgame, data_dir):
    from game.ui.screens.gallery import THUMB_PX

    p = Persistent()
    p.finished = True
    p.save(data_dir / "persistent.json", force=True)
    g = xgame()
    press(g, "Gallery")
    for _ in range(30):
        step(g)
    store = g.cg_thumbs.store
    assert store.scale == pytest.approx(THUMB_PX[0] / 1920)
    from game.ui.screens.gallery import COLS, ROWS

    # the first page's thumbnails, each made once
    assert len(g.cg_thumbs.made) == min(len(story_cgs(g.program)), COLS * ROWS)
    assert all(s.get_width() <= THUMB_PX[0] for s in store._cache.values())
    made = list(g.cg_thumbs.made)
    key(g, pygame.K_ESCAPE)
    press(g, "Gallery")  # opened again: nothing is made again
    for _ in range(10):
        step(g)
    assert g.cg_thumbs.made == made


def test_viewer_steps_through_the_seen_variants_and_esc_goes_back(xgame, data_dir):
    p = Persistent()
    for n in ("cg lap", "cg lap kido", "cg lap smile"):
        p.add_to("cgs", n)
    p.save(data_dir / "persistent.json", force=True)
    g = xgame()
    press(g, "Gallery")
    press(g, "cg:cg lap")
    d = g.describe()
    assert d["menu"] == "cg_viewer" and d["image"] == "cg lap" and d["pages"] == 3
    key(g, pygame.K_RIGHT)
    assert g.describe()["image"] == "cg lap kido"
    key(g, pygame.K_LEFT)
    assert g.describe()["image"] == "cg lap"
    x, y = g.view.rect.center
    g.handle(pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=(x, y), button=1))
    step(g)
    assert g.describe()["image"] == "cg lap kido"
    key(g, pygame.K_ESCAPE)
    assert g.describe()["menu"] == "gallery"
    assert g.describe()["focus"] == "cg:cg lap"


def test_gallery_opens_from_the_game_menu(xgame):
    g = xgame()
    press(g, "Start")
    step(g, 5)
    key(g, pygame.K_ESCAPE)
    press(g, "Gallery")
    assert g.describe()["menu"] == "gallery"
    key(g, pygame.K_ESCAPE)
    assert g.describe()["menu"] == "game_menu"


# -- music room -----------------------------------------------------------------------
def test_tracks_unlock_when_heard_and_the_room_plays_them(xgame, audio, data_dir):
    g = xgame()
    assert g.persistent.music == ["title.ogg"]  # the title theme is heard at once
    press(g, "Start")
    step(g, 5)
    read_to(g, "Chapter two begins.")
    assert g.persistent.music == ["title.ogg", "promise.ogg", "battle.ogg"]
    g.quit()
    g2 = xgame()
    press(g2, "Music Room")
    d = g2.describe()
    assert d["titles"] == ["Main theme", "A promise, kept", "The fight", "???"]
    audio.events.clear()
    press(g2, "track:2")
    assert g2.describe()["playing"] == "promise.ogg"
    assert isinstance(audio.events[-1], E.Play) and audio.events[-1].files == ("promise.ogg",)
    press(g2, "next")
    assert g2.describe()["playing"] == "battle.ogg"
    press(g2, "next")  # the locked fourth is passed over
    assert g2.describe()["playing"] == "title.ogg"
    press(g2, "previous")
    assert g2.describe()["playing"] == "battle.ogg"
    item = next(i for i in g2.ui.focus.items if i.name == "track:4")
    assert not item.enabled
    press(g2, "stop")
    assert g2.describe()["playing"] is None
    assert isinstance(audio.events[-1], E.Stop)
    audio.events.clear()
    key(g2, pygame.K_ESCAPE)  # leaving, even after Stop: the title's own music again
    assert g2.describe()["menu"] == "title"
    plays = [e for e in audio.events if isinstance(e, E.Play)]
    assert plays and plays[-1].files == ("title.ogg",)


def test_leaving_the_music_room_by_its_navigation_restores_the_title_music(xgame, audio):
    g = xgame()
    press(g, "Music Room")
    press(g, "track:1")
    press(g, "next")
    audio.events.clear()
    press(g, "nav:Gallery")
    assert g.describe()["menu"] == "gallery"
    plays = [e for e in audio.events if isinstance(e, E.Play)]
    assert plays and plays[-1].files == ("title.ogg",)


# -- finished -------------------------------------------------------------------------
def test_finishing_marks_the_title_and_unlocks_every_extra(xgame, data_dir):
    g = xgame()
    assert g.describe()["finished"] is False
    before = g.window.copy()
    g.story_finished()
    g.to_title()
    step(g, 60, dt=0.05)
    assert g.describe()["finished"] is True
    after = g.window.copy()
    assert pygame.image.tobytes(before, "RGB") != pygame.image.tobytes(after, "RGB")
    g.quit()
    g2 = xgame()
    assert g2.describe()["finished"] is True  # kept in the persistent data
    press(g2, "Gallery")
    d = g2.describe()
    assert d["unlocked"] == d["entries"]
    key(g2, pygame.K_ESCAPE)
    press(g2, "Music Room")
    assert "???" not in g2.describe()["titles"]


# -- replay ---------------------------------------------------------------------------
def test_replay_starts_fresh_saves_nothing_and_returns_to_the_chapter_list(xgame, data_dir):
    p = Persistent()
    for label in ("one", "two"):
        p.unlock(label)
    p.save(data_dir / "persistent.json", force=True)
    g = xgame()
    press(g, "Chapters")
    names = [i.name for i in g.ui.focus.items]
    assert "replay:1" in names and "replay:2" in names and "replay:3" not in names
    press(g, "replay:2")
    s = g.session
    assert s is not None and s.replay == "two"
    step(g, 10, dt=0.5)
    assert s.current_line()[1] == "Chapter two begins."
    advance_line(g)
    assert not g.save_slot("1-1")  # saving is off in a replay
    assert any("replay" in t.text for t in g.toasts.items)
    g.saving.quick_save()
    for _ in range(40):  # on to the next chapter: the replay ends there
        if g.session is None:
            break
        key(g, pygame.K_SPACE)
        step(g, dt=0.5)
    assert g.session is None
    assert g.describe()["menu"] == "chapters"
    saves = data_dir / "saves"
    assert not (saves.exists() and list(saves.glob("*.json")))  # no autosave, no save
    assert "three" not in g.persistent.unlocked  # the replay stopped before it


def test_replay_from_a_reading_asks_then_starts_with_fresh_variables(game, data_dir):
    press(game, "Start")
    step(game, 10, dt=0.5)
    advance_line(game)
    advance_line(game)
    assert game.session.runtime.state.variables["count"] == 2
    autos = sorted(p.name for p in (data_dir / "saves").glob("auto-*.json"))
    key(game, pygame.K_ESCAPE)
    press(game, "Chapters")
    press(game, "replay:1")
    assert game.describe()["menu"] == "confirm"  # two lines read since the autosave
    assert game.describe()["message"].startswith("Replay chapter 1, \u201c")
    press(game, "yes")
    s = game.session
    assert s.replay == "one" and s.runtime.state.variables["count"] == 0
    step(game, 10, dt=0.5)
    advance_line(game)
    assert s.runtime.state.variables["count"] == 1
    assert sorted(p.name for p in (data_dir / "saves").glob("auto-*.json")) == autos
    game.quit()  # quitting a replay autosaves nothing either
    assert sorted(p.name for p in (data_dir / "saves").glob("auto-*.json")) == autos


def test_replaying_the_last_chapter_to_the_end_adds_no_finish(xgame, data_dir):
    p = Persistent()
    for label in ("one", "two", "three"):
        p.unlock(label)
    p.save(data_dir / "persistent.json", force=True)
    g = xgame()
    press(g, "Chapters")
    press(g, "replay:3")
    for _ in range(40):
        if g.session is None:
            break
        key(g, pygame.K_SPACE)
        step(g, dt=0.5)
    assert g.session is None and g.describe()["menu"] == "chapters"
    assert not g.persistent.finished
    assert not (data_dir / "saves").exists() or not list((data_dir / "saves").glob("*.json"))


def test_main_menu_in_a_replay_ends_it_without_asking(xgame, data_dir):
    g = xgame()
    press(g, "Chapters")
    press(g, "replay:1")
    step(g, 5)
    key(g, pygame.K_ESCAPE)
    press(g, "Main Menu")
    assert g.session is None and g.describe()["menu"] == "chapters"


# -- help -----------------------------------------------------------------------------
def test_help_opens_with_f1_anywhere_and_lists_the_bound_keys(xgame):
    g = xgame()
    key(g, pygame.K_F1)
    d = g.describe()
    assert d["menu"] == "help"
    rows = d["sections"]
    for b in KM.READING:
        assert [KM.key_names(b), b.what] in rows["Reading"]
    assert any("Fullscreen" in what for _k, what in rows["Anywhere"])
    assert any(k.startswith("A") for k, _w in rows["Gamepad"])
    key(g, pygame.K_F1)  # again: closes
    assert g.describe()["menu"] == "title"
    press(g, "Start")
    step(g, 5)
    key(g, pygame.K_F1)
    assert g.describe()["menu"] == "help"
    key(g, pygame.K_ESCAPE)
    assert g.describe()["menu"] is None and g.session is not None
    key(g, pygame.K_ESCAPE)
    press(g, "Help")
    assert g.describe()["menu"] == "help"


def test_help_follows_the_binding_table(xgame, monkeypatch):
    """A key added to the table is both bound and listed: the two cannot drift."""
    extra = KM.Binding((pygame.K_y,), KM.AUTO, "Auto-forward (test binding)")
    monkeypatch.setattr(KM, "READING", (*KM.READING, extra))
    g = xgame()
    key(g, pygame.K_F1)
    assert ["Y", "Auto-forward (test binding)"] in g.describe()["sections"]["Reading"]
    key(g, pygame.K_ESCAPE)
    press(g, "Start")
    step(g, 5)
    assert not g.session.auto
    key(g, pygame.K_y)
    assert g.session.auto


# -- save names -----------------------------------------------------------------------
HOSTILE = [
    "x" * 5000,
    "tab\there\nnew\x00line\x1b[31m\x7f",
    "\u05e9\u05de\u05d5\u05e8 \u0627\u0644\u0639\u0631\u0628\u064a\u0629 \u202eevil",
    "\U0001F600\U0001F469\u200d\U0001F467 \U0001F1EF\U0001F1F5",
    "\ud800lone",
    "   ",
    "\u2028\u2029",
]


def type_text(g, text):
    for ch in text:
        g.handle(pygame.event.Event(pygame.TEXTINPUT, text=ch))
    step(g)


def _reading_at_save_screen(xgame):
    """A new reading a few frames in, its Save screen open."""
    g = xgame()
    press(g, "Start")
    step(g, 5)
    key(g, pygame.K_ESCAPE)
    press(g, "Save")
    return g


def test_a_typed_save_name_is_kept_and_shown(xgame, data_dir):
    g = _reading_at_save_screen(xgame)
    press(g, "slot:1-2")
    assert g.describe()["menu"] == "save_name"
    type_text(g, "Before the fight ")  # keys type: 'f' is no fullscreen, space no select
    key(g, pygame.K_BACKSPACE)  # deletes, does not go back
    key(g, pygame.K_f)
    assert g.describe()["menu"] == "save_name" and not g.fullscreen
    key(g, pygame.K_RETURN)
    doc = json.loads((data_dir / "saves" / "1-2.json").read_text(encoding="utf-8"))
    assert doc["name"] == "Before the fight"
    slots = {s["slot"]: s for s in g.describe()["slots"]}
    assert slots["1-2"]["name"] == "Before the fight"
    g.draw()
    press(g, "slot:1-2")  # over it: asks, then offers the old name to edit
    press(g, "yes")
    assert g.describe()["typed"] == "Before the fight"
    key(g, pygame.K_ESCAPE)  # Esc: no name
    doc = json.loads((data_dir / "saves" / "1-2.json").read_text(encoding="utf-8"))
    assert "name" not in doc


@pytest.mark.parametrize("name", HOSTILE)
def test_hostile_save_names_never_crash(xgame, data_dir, name):
    g = _reading_at_save_screen(xgame)
    press(g, "slot:1-1")
    type_text(g, name)
    g.draw()
    assert len(g.describe()["typed"]) <= MAX_NAME
    key(g, pygame.K_RETURN)
    g.draw()
    info = g.saves.info("1-1")
    assert info.exists and not info.damaged
    assert info.name == clean_name(name)
    if info.name is not None:
        assert len(info.name) <= MAX_NAME
        assert not any(ord(c) < 32 or 0xD800 <= ord(c) < 0xE000 for c in info.name)
    # written straight into the store too (not through the field)
    g.saves.save("1-3", g.session.runtime.snapshot(), chapter=None, line=None, who=None,
                  thumbnail_png=None, name=name)
    assert g.saves.info("1-3").name == clean_name(name)
    g.ui.rebuild()
    g.draw()


def test_old_saves_without_a_name_and_bad_names_in_a_file_still_load(xgame, data_dir):
    g = xgame()
    press(g, "Start")
    step(g, 5)
    g.save_slot("2-1", quiet=True)
    path = data_dir / "saves" / "2-1.json"
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert "name" not in doc  # no name typed: the file is as it was before names
    for bad in (5, ["x"], "\x00\x01", "y" * 3000):
        doc["name"] = bad
        path.write_text(json.dumps(doc), encoding="utf-8")
        info = SaveStore(data_dir / "saves", g.identity.save_id).info("2-1")
        assert info.exists and not info.damaged
        assert info.name is None or len(info.name) <= MAX_NAME
    assert g.load_slot("2-1")


# -- quick load and the close button --------------------------------------------------
def test_quick_load_asks_only_when_progress_would_be_lost(xgame):
    g = xgame()
    press(g, "Start")
    step(g, 5)
    g.saving.quick_save()
    g.saving.quick_load()  # nothing read since the save: no question
    step(g, 3)
    assert g.describe()["menu"] is None
    assert any(t.text == "Quick loaded." for t in g.toasts.items)
    advance_line(g)
    g.saving.quick_load()
    assert g.describe()["menu"] == "confirm"
    key(g, pygame.K_ESCAPE)  # no: the reading goes on where it was
    assert g.session.current_line()[1] == "The first picture."
    g.saving.quick_load()
    press(g, "yes")
    step(g, 3)
    assert g.session.current_line()[1] == "Before the picture."
    g.saving.quick_load()  # just loaded: nothing to lose
    assert g.describe()["menu"] is None


def test_close_button_asks_only_when_something_would_be_lost(xgame):
    g = xgame()
    g.handle(pygame.event.Event(pygame.QUIT))  # at the title: nothing to lose
    assert not g.running
    g = xgame()
    press(g, "Start")
    step(g, 5)
    advance_line(g)
    g.handle(pygame.event.Event(pygame.QUIT))
    d = g.describe()
    assert g.running and d["menu"] == "confirm" and "Quit the game?" in d["message"]
    key(g, pygame.K_ESCAPE)  # no
    assert g.running and g.describe()["menu"] is None
    g.handle(pygame.event.Event(pygame.QUIT))
    g.handle(pygame.event.Event(pygame.QUIT))  # pressed again on the question: quits
    assert not g.running
    g = xgame()
    press(g, "Continue")
    step(g, 3)
    g.handle(pygame.event.Event(pygame.QUIT))  # just loaded: quits at once
    assert not g.running


# -- help fits its window ---------------------------------------------------------------
@pytest.mark.parametrize("size,lang", [((1280, 720), ""), ((1280, 720), "fr"),
                                       ((800, 450), "fr"), ((720, 1280), "")])
def test_help_fits_the_window_in_every_size_and_language(data_dir, audio, size, lang):
    """At 1280x720 the Anywhere section ran out of the window (Shift+A and Shift+R
    unseen); every row must end above the canvas' bottom, at a readable size."""
    from game.ui import i18n
    from game.ui.screens.help import MIN_SIZE, SIZE
    from ui_harness import program

    data_dir.mkdir(parents=True, exist_ok=True)
    (data_dir / "preferences.json").write_text(
        json.dumps({"content_note_seen": True, "language": lang}), encoding="utf-8")
    g = make_game(data_dir, prog=program(), audio=audio, size=size)
    try:
        key(g, pygame.K_F1)
        d = g.describe()
        assert d["menu"] == "help"
        page = g.ui.top
        assert d["bottom"] <= page.s(1080) - page.s(20), d
        assert MIN_SIZE <= d["text_size"] <= SIZE
        if size == (1280, 720) and not lang:
            assert d["text_size"] >= SIZE - 2  # the usual window: barely smaller
        assert set(d["sections"]) == {"Reading", "Anywhere", "Menus", "Gamepad", "Mouse"}
        step(g, 2)  # and it draws
    finally:
        g.images.close()
        i18n.use(None)


# -- self-voicing reads the extras by what they show --------------------------------------
def test_self_voicing_never_says_a_locked_cgs_name(xgame, data_dir):
    """A locked gallery tile was spoken as its CG's name ("cg: cg espada"), a spoiler
    the screen itself hides; tiles and tracks are read by what they show."""
    from test_self_voicing import fake_voice, settle

    p = Persistent()
    p.add_to("cgs", "cg lap")
    p.add_to("music", "promise.ogg")
    p.save(data_dir / "persistent.json", force=True)
    g = xgame()
    try:
        engine, _channel, _ = fake_voice(g)
        press(g, "Gallery")
        key(g, pygame.K_v)
        settle(g)
        entries = g.describe()["entries"]
        said = []
        for e in entries[:9]:
            g.ui.focus.focus(f"cg:{e}")
            step(g)
            settle(g)
            said.append(engine.texts[-1])
        n = len(entries)
        lap = entries.index("cg lap")
        for k, (e, words) in enumerate(zip(entries, said)):
            assert e not in words and "cg" not in words.lower(), words
            if k == lap:
                pages = len(story_cgs(g.program)[k].variants)
                assert words.endswith(f"Picture {k + 1} of {n}, 1 of {pages} pages"), words
            else:
                assert words.endswith(f"Picture {k + 1} of {n}, locked: not seen yet."), words
        key(g, pygame.K_ESCAPE)
        press(g, "Music Room")
        step(g, 2)
        settle(g)
        g.ui.focus.focus("track:2")
        step(g)
        settle(g)
        assert engine.texts[-1] == "Track 2. A promise, kept"
        g.ui.focus.focus("track:4")
        step(g)
        settle(g)
        assert engine.texts[-1] == "Track 4, locked: not heard yet."
        assert not any("Never played here" in t for t in engine.texts)
    finally:
        g.voicing.close()


def test_the_music_room_opens_from_the_game_menu_and_gives_the_scene_its_music_back(
        xgame, audio):
    """Gallery and Music Room are both in the game menu and its pages' navigation, as on
    the title; leaving the room mid-story plays the scene's own music again."""
    g = xgame()
    press(g, "Start")
    step(g, 5)
    read_to(g, "Chapter two begins.")  # battle.ogg plays
    key(g, pygame.K_ESCAPE)
    assert "Music Room" in [it.name for it in g.ui.focus.items]
    press(g, "Music Room")
    assert g.describe()["menu"] == "music_room"
    assert "nav:Music Room" in [it.name for it in g.ui.focus.items]
    press(g, "track:1")
    plays = [e for e in audio.events if isinstance(e, E.Play)]
    assert plays[-1].files == ("title.ogg",)
    audio.events.clear()
    key(g, pygame.K_ESCAPE)
    syncs = [e for e in audio.events if isinstance(e, E.Sync)]
    assert syncs and "battle.ogg" in json.dumps(syncs[-1].audio.to_json())
    assert g.describe()["menu"] == "game_menu"
    key(g, pygame.K_ESCAPE)
    d = g.describe()
    assert d["menu"] is None and d["text"] == "Chapter two begins."


def test_the_save_name_cursor_sits_clear_of_the_placeholder(xgame, monkeypatch):
    from game.ui.screens import save_name
    from game.ui.theme import INK

    g = _reading_at_save_screen(xgame)
    press(g, "slot:1-2")
    assert g.describe()["menu"] == "save_name" and g.describe()["typed"] == ""
    texts, rects = [], []
    real_text, real_rect = save_name.draw_text, pygame.draw.rect
    monkeypatch.setattr(save_name, "draw_text", lambda c, t, xy, *a, **k:
                        (texts.append((t, xy)), real_text(c, t, xy, *a, **k))[1])
    monkeypatch.setattr(pygame.draw, "rect", lambda c, col, r, *a, **k:
                        (rects.append((tuple(col)[:3], pygame.Rect(r))),
                         real_rect(c, col, r, *a, **k))[1])
    g.draw()
    (x, _y), = [xy for t, xy in texts if t == "no name"]
    cursor, = [r for col, r in rects if col == tuple(INK)[:3]]
    assert x >= cursor.right + 4, (x, cursor)
