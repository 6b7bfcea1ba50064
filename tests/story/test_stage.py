"""The stage and audio as data, with Ren'Py's rules; images by file name."""
from __future__ import annotations

from pathlib import Path

from game.scene.model import Soundscape, Stage
from game.assets.scan import scan_images
from game.script.images import AudioIndex, ImageIndex, image_name_of
from game.script.loader import load_story
from game.story.runtime import Runtime


def _tags(stage: Stage) -> list[tuple[str, str, str]]:
    return [(s.tag, s.image, s.at) for s in stage.sprites]


def test_show_replaces_the_same_tag_in_place_and_keeps_its_position() -> None:
    st = Stage()
    st.show("kaori", "kaori sad", "left")
    st.show("izumo", "izumo neutral", "right")
    st.show("kaori", "kaori smile")
    assert _tags(st) == [("kaori", "kaori smile", "left"), ("izumo", "izumo neutral", "right")]


def test_behind_puts_a_new_sprite_below_the_lowest_named_tag() -> None:
    st = Stage()
    st.show("a", "a", "left")
    st.show("b", "b")
    st.show("c", "c", behind=("b", "a"))
    assert [s.tag for s in st.sprites] == ["c", "a", "b"]
    st.show("b", "b", behind=("c",))
    assert [s.tag for s in st.sprites] == ["b", "c", "a"]


def test_scene_clears_sprites_and_hide_of_an_absent_tag_is_harmless() -> None:
    st = Stage()
    st.show("a", "a")
    assert st.hide("nobody") is False
    st.set_scene("bg room")
    assert st.sprites == [] and st.scene == "bg room"


def test_only_lasting_channels_are_kept() -> None:
    au = Soundscape()
    au.play("sound", ["click.ogg"], False)
    au.play("music", ["a.ogg"], True)
    au.queue("music", ["b.ogg"], True)
    assert au.to_json() == {"music": {"files": ["a.ogg"], "loop": True, "queue": ["b.ogg"]}}
    au.stop("music")
    assert au.to_json() == {}


def test_the_runtime_stage_follows_show_behind_as_and_hide() -> None:
    prog = load_story([("s.rpy", '''\
image bg room = "room.png"
label start:
    scene bg room
    show eileen at left
    show lucy at right behind eileen
    show eileen as twin at center
    hide lucy
    show lucy
    "Look."
''')])
    rt = Runtime(prog)
    rt.start()
    assert rt.state.stage.scene == "bg room"
    assert _tags(rt.state.stage) == [("eileen", "eileen", "left"), ("twin", "eileen", "center"),
                                     ("lucy", "lucy", "center")]


def test_file_names_make_image_names_as_in_renpy(tmp_path: Path) -> None:
    (tmp_path / "sprites").mkdir()
    (tmp_path / "sprites" / "Kaori Sad.png").write_bytes(b"")
    (tmp_path / "bg room.jpg").write_bytes(b"")
    (tmp_path / "notes.txt").write_text("x")
    found = scan_images(str(tmp_path))
    assert set(found) == {("kaori", "sad"), ("bg", "room")}
    assert image_name_of("a/b/Eileen Happy.webp") == ("eileen", "happy")


def test_show_picks_the_image_whose_attributes_match_keeping_compatible_ones() -> None:
    idx = ImageIndex({("kaori", "casual", "sad"): "1", ("kaori", "casual", "happy"): "2",
                      ("kaori", "uniform", "sad"): "3"})
    assert idx.resolve(("kaori", "happy"), ("kaori", "casual", "sad")) == \
        ("kaori", "casual", "happy")
    assert idx.resolve(("kaori", "sad"), ("kaori", "uniform", "sad")) == \
        ("kaori", "uniform", "sad")
    assert idx.resolve(("kaori",), ("kaori", "casual", "happy")) == ("kaori", "casual", "happy")
    assert idx.resolve(("kaori", "uniform"), None) == ("kaori", "uniform", "sad")
    assert idx.known(("kaori", "sad")) and not idx.known(("kaori", "angry"))
    assert idx.known(("black",))


def test_audio_names_as_renpy_finds_them() -> None:
    idx = AudioIndex({"music/theme.ogg": "/x/music/theme.ogg", "click.wav": "/x/click.wav"})
    assert idx.find("music/theme.ogg") == "/x/music/theme.ogg"
    assert idx.find("audio/click.wav") == "/x/click.wav"
    assert idx.find("theme") == "/x/music/theme.ogg"
    assert idx.find("nothing.ogg") is None
