"""The game a story folder is: its title, id, content note, About words and sample line
come from its game.toml (engine defaults are neutral), so another story is another game."""
from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from game import project
from game.project import (GameIdentity, _top_keys, find_story, identity_of, load_project,
                          story_identity)
from game.script.errors import ScriptError

ROOT = Path(__file__).resolve().parents[2]


def _story(tmp_path: Path, toml: str | None, name: str = "my story") -> Path:
    d = tmp_path / name
    d.mkdir()
    (d / "s.rpy").write_text('label start:\n    "Hello."\n', encoding="utf-8")
    if toml is not None:
        (d / "game.toml").write_text(toml, encoding="utf-8")
    project._identities.clear()
    return d


def test_our_game_keeps_the_names_its_players_data_has():
    """Saves are found (the data folder) and loaded (the name they carry) as before
    game.toml named them; the window keeps its class."""
    ident = story_identity(ROOT / "story")
    assert ident == GameIdentity("The Scars Run Deep", "scars-run-deep", "the-scars-run-deep")
    assert ident.window_class == "scarsrundeep"
    assert find_story(ROOT / "story").identity == ident
    files = find_story(ROOT / "story")
    assert files.content_note.startswith("The Scars Run Deep is a story about love")
    assert "\n\nPlease take care of yourself" in files.content_note
    assert files.about[0][0] == "Story, art, music and code"
    assert files.sample_line.startswith("Kaori.")


def test_a_story_without_game_toml_is_its_folder(tmp_path):
    d = _story(tmp_path, None, "Moonlit Garden")
    assert story_identity(d) == GameIdentity("Moonlit Garden", "moonlit-garden",
                                             "moonlit-garden")
    files = find_story(d)
    assert files.identity.id == "moonlit-garden" and files.content_note is None
    assert files.about == [] and files.sample_line is None


def test_a_renpy_project_is_named_by_its_folder_not_game(tmp_path):
    top = tmp_path / "My Quest"
    (top / "game").mkdir(parents=True)
    (top / "game" / "script.rpy").write_text('label start:\n    "Hi."\n', encoding="utf-8")
    project._identities.clear()
    ident = story_identity(top)
    assert ident.id == "my-quest" and ident.title == "My Quest"
    assert load_project(top, use_cache=False).identity.id == "my-quest"  # the same folder


def test_the_id_defaults_to_the_title_and_save_id_to_the_id(tmp_path):
    d = _story(tmp_path, 'title = "Été à Kyōto!"\n')
    assert story_identity(d) == GameIdentity("Été à Kyōto!", "ete-a-kyoto", "ete-a-kyoto")
    assert find_story(d).identity == story_identity(d)
    prog = load_project(d, use_cache=False)
    assert identity_of(prog) == story_identity(d)


def test_a_nameless_title_gets_a_neutral_id(tmp_path):
    d = _story(tmp_path, 'title = "!!!"\n')
    assert story_identity(d).id == "untitled"


def test_a_program_without_a_story_folder_is_untitled():
    assert identity_of(object()) == GameIdentity("Untitled", "untitled", "untitled")


@pytest.mark.parametrize("toml, why", [
    ('id = "Has Spaces"\n', "'id' must be a name for files"),
    ('id = "../up"\n', "'id' must be a name for files"),
    ('save_id = 3\n', "'save_id' must be a name for files"),
    ('[content_note]\nwords = "x"\n', "[content_note] takes text"),
    ('[content_note]\ntext = "   "\n', "[content_note] takes text"),
    ('[[about]]\nheading = "x"\n', "about 1 needs heading"),
    ('about = "x"\n', "about must be [[about]] tables"),
    ('sample_line = 5\n', "'sample_line' must be text"),
])
def test_bad_identity_keys_say_so(tmp_path, toml, why):
    d = _story(tmp_path, toml)
    with pytest.raises(ScriptError) as e:
        find_story(d)
    assert why in e.value.format()
    story_identity(d)  # before the window: defaults, never an error (the load reports)


def test_the_top_lines_are_read_without_tomllib_when_simple(tmp_path, monkeypatch):
    d = _story(tmp_path, '# a comment\ntitle = "A Game"  # ok\nid = \'a-game\'\n'
                         'start = "start"\nversion = 2\n\n[paths]\nimages = "x"\n')
    monkeypatch.setattr(project, "_read_toml", lambda *a: pytest.fail("tomllib used"))
    assert story_identity(d) == GameIdentity("A Game", "a-game", "a-game")


def test_top_lines_it_cannot_read_simply_go_to_tomllib(tmp_path):
    d = _story(tmp_path, 'title = """A\nGame"""\nid = "x-\\u0079"\n')
    assert _top_keys((d / "game.toml").read_text(encoding="utf-8")) is None
    assert story_identity(d) == GameIdentity("A\nGame", "x-y", "x-y")


_VALUE = st.one_of(
    st.text(st.characters(blacklist_categories=("Cs",)), max_size=12).map(
        lambda t: '"' + t.replace("\\", "\\\\").replace('"', '\\"') + '"'),
    st.text(st.characters(blacklist_characters="'\n\r", blacklist_categories=("Cs", "Cc")),
            max_size=12).map(lambda t: f"'{t}'"),
    st.integers().map(str), st.sampled_from(["true", "false", "1.5", '"""x\ny"""', "[1, 2]"]))
_LINE = st.one_of(
    st.tuples(st.sampled_from(["title", "id", "save_id", "start", "x"]), _VALUE).map(
        lambda kv: f"{kv[0]} = {kv[1]}"),
    st.just("# comment"), st.just(""), st.just("[paths]"), st.just('images = "a"'))


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINE, max_size=8))
def test_the_quick_read_agrees_with_tomllib(lines):
    """Whatever the simple reader gives is what tomllib reads (or it gives up)."""
    text = "\n".join(lines)
    quick = _top_keys(text)
    if quick is None:
        return
    try:
        full = tomllib.loads(text)
    except tomllib.TOMLDecodeError:
        return  # the story's load reports it
    assert quick == {k: full[k] for k in ("title", "id", "save_id")
                     if k in full and isinstance(full[k], str)}
