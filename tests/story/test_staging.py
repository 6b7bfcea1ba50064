"""The staging rules the story relies on, on every path: what the picture shows at a
line agrees with the line (ART.md, "Staging serves the line"). Each line is seen with
the stage, the scene's light, the music and the sounds cued since the line before."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from game.scene.model import Stage
from game.script.texttags import plain
from game.story import events as E
from story_harness import as_written, explore, load_real_story, run_events

PROGRAM = load_real_story()


@dataclass
class Frame:
    text: str
    who: str | None
    stage: Stage
    music: str | None
    sounds: tuple[str, ...]  # sound cues since the previous line

    def sprite(self, tag: str) -> set[str] | None:
        s = self.stage.sprite(tag)
        return set(s.image.split()[1:]) if s is not None else None


def frames(evs: list[E.Event]) -> list[Frame]:
    stage, music, sounds, out = Stage(), None, [], []
    for ev in evs:
        if isinstance(ev, E.Scene):
            stage.set_scene(ev.image, ev.light)
        elif isinstance(ev, E.Show):
            stage.show(ev.tag, ev.image, ev.at, ev.behind)
        elif isinstance(ev, E.Hide):
            stage.hide(ev.tag)
        elif isinstance(ev, E.Light):
            stage.light = ev.light
        elif isinstance(ev, E.Play) and ev.channel == "music":
            music = ev.files[0]
        elif isinstance(ev, E.Stop) and ev.channel == "music":
            music = None
        elif isinstance(ev, E.Play) and ev.channel == "sound":
            sounds.append(ev.files[0])
        elif isinstance(ev, E.Say):
            out.append(Frame(plain(ev.text).replace("\n", " "), ev.who, stage.copy(), music,
                             tuple(sounds)))
            sounds = []
    return out


PATHS = [(path, frames(run_events(PROGRAM, as_written(path))))
         for path, _evs in explore(PROGRAM)]
IDS = [",".join(map(str, p)) for p, _ in PATHS]


def at(fs: list[Frame], start: str) -> int:
    return next(k for k, f in enumerate(fs) if f.text.startswith(start))


def between(fs: list[Frame], first: str, last: str) -> list[Frame]:
    return fs[at(fs, first):at(fs, last) + 1]


@pytest.fixture(params=PATHS, ids=IDS)
def fs(request) -> list[Frame]:
    return request.param[1]


def test_every_path_is_checked() -> None:
    assert len(PATHS) == 4


def test_each_chapter_title_stands_on_its_card(fs) -> None:
    titles = [f for f in fs if f.text.startswith("Chapter ")]
    assert [f.stage.scene for f in titles] == [f"card {n}" for n in range(1, 10)]


def test_while_he_holds_her_in_chapter_two_every_line_is_on_the_lap_cg(fs) -> None:
    found = at(fs, "He knelt slowly")
    assert fs[found].stage.scene == "bg hueco mundo blood"
    assert fs[found].sprite("izumo") == {"kneeling", "worried"}
    espada = at(fs, "The Quinta Espada was standing over")
    assert fs[espada].stage.scene == "cg espada over"  # he stands right behind her body
    held = between(fs, "Izumo scrambled over", "He closed his eyes")
    gathered = "He gathered her against his chest"  # on the CG that shows her there
    embraced = any(f.text.startswith(gathered) for f in held)
    # where he gathered her to his chest, he holds her so again after her smile, and
    # closes his eyes there: chapter 7 opens on that embrace
    chest = (gathered, "The pair sat there", "He closed his eyes") if embraced else ()
    assert all(f.stage.scene.startswith("cg lap") for f in held
               if not f.text.startswith(chest))
    if embraced:
        assert fs[at(fs, gathered)].stage.scene == "cg last words"
        assert fs[at(fs, "The pair sat there")].stage.scene == "cg last words"
    assert fs[at(fs, "He closed his eyes")].stage.scene == (
        "cg last words remember" if embraced else "cg lap remember")
    # the kido's light, and her hand on his wrist stopping it
    assert fs[at(fs, "Izumo began using the strongest healing kido")].stage.scene == \
        "cg lap stop"
    if any(f.text.startswith("He pressed his shaking palms") for f in held):
        assert fs[at(fs, "He pressed his shaking palms")].stage.scene == "cg lap kido"
    assert fs[at(fs, "She looked to him softly")].stage.scene == "cg lap smile"


def test_in_hueco_mundo_her_body_is_in_the_picture_never_a_standing_sprite(fs) -> None:
    # her wounded body is drawn in the battlefield and the CGs, so her blood never
    # vanishes with a change of expression
    for f in fs[at(fs, "He knelt slowly"):]:
        if f.stage.scene and ("hueco mundo" in f.stage.scene or f.stage.scene.startswith(
                "cg")):
            assert f.stage.sprite("kaori") is None, f.text


def test_flashbacks_show_lieutenant_izumo_until_his_promotion(fs) -> None:
    memory = between(fs, "Izumo went over how the pair met", "They spent the next five")
    for f in memory:
        izumo = f.sprite("izumo")
        assert izumo is None or "lieutenant" in izumo, f.text
        kaori = f.sprite("kaori")
        assert kaori is None or "past" in kaori, f.text
    after = fs[at(fs, "It wasn't soon after that"):]
    for f in after:
        izumo = f.sprite("izumo")
        assert izumo is None or "lieutenant" not in izumo, f.text
    for f in fs[at(fs, "Then, six months later"):]:
        kaori = f.sprite("kaori")
        assert kaori is None or "past" not in kaori, f.text  # with child again


def test_the_fight_draws_blades_and_the_apology_is_flustered(fs) -> None:
    attack = fs[at(fs, "Then the day came")]
    assert attack.stage.sprite("hollow") is not None
    # the fight itself is a CG: his blood carried on her wind, the Hollow torn apart
    assert fs[at(fs, "They both fought")].stage.scene == "cg vasto"
    if any(f.text.startswith("He moved with her wind") for f in fs):
        assert fs[at(fs, "He moved with her wind")].stage.scene == "cg vasto wind"
    panting = fs[at(fs, "Izumo noticed the synergy")]
    assert panting.stage.scene == "bg forest" and panting.stage.sprite("hollow") is None
    assert panting.sprite("izumo") == {"lieutenant", "panting"}
    assert panting.sprite("kaori") == {"past", "panting"}
    if any(f.text.startswith("He stepped in front of her") for f in fs):
        front = fs[at(fs, "He stepped in front of her")]
        order = sorted(("hollow", "izumo", "kaori"), key=lambda t: ["left", "center",
                       "right"].index(front.stage.sprite(t).at))
        assert order == ["hollow", "izumo", "kaori"]  # between her and the Hollow
    sorry = fs[at(fs, "I'm sorry, Captain!")]
    assert sorry.who == "Izumo" and sorry.sprite("izumo") == {"lieutenant", "flustered"}


def test_her_last_words_are_on_the_last_words_cgs_with_her_theme(fs) -> None:
    dying = between(fs, "Coming back to the current scene", "I love you...")
    gone = between(fs, "And then she was gone", "Izumo just shook softly")
    assert all(f.music == "kaori.ogg" for f in dying)
    kido = "The last glow of his kido faded"  # the kido path: its last glow on his hand
    if any(f.text.startswith(kido) for f in dying):
        # she never left his lap on that path: the lap CG, never the embrace
        k = at(dying, kido)
        assert dying[k].stage.scene == "cg lap fading"  # then the glow is gone
        assert all(f.stage.scene == "cg lap" for f in dying[:k] + dying[k + 1:])
        assert all(f.stage.scene == "cg lap gone" for f in gone)
    else:  # he gathered her against his chest in chapter two
        assert all(f.stage.scene == "cg last words" for f in dying)
        assert all(f.stage.scene == "cg last words gone" for f in gone)


def test_chapter_eight_stages_every_beat(fs) -> None:
    leave = fs[at(fs, "Then the Espada turned to leave")]
    assert leave.sprite("espada") == {"back"} and leave.sprite("izumo") == {"kneeling",
                                                                          "crying"}
    assert "reiatsu_rise.ogg" in leave.sounds
    flash = fs[at(fs, "—and Izumo's reiatsu skyrocketed")]
    assert "reiatsu.ogg" in flash.sounds and flash.stage.scene == "bg hueco mundo red"
    assert fs[at(fs, "A woman made of blood")].stage.scene == "cg chishioyaiba"
    laugh = fs[at(fs, "The woman standing next to Izumo began to laugh")]
    assert laugh.sprite("espada") == {"ears"}
    assert laugh.stage.sprite("chishioyaiba") is not None
    assert fs[at(fs, "She then dashed forward")].stage.scene == "cg stab"
    bleeding = fs[at(fs, "Chishioyaiba floated back")]
    assert bleeding.sprite("espada") == {"down"} and bleeding.sprite("chishioyaiba") == \
        {"calm"}
    chi = bleeding.stage.sprite("chishioyaiba")
    assert chi.at != bleeding.stage.sprite("espada").at  # beside Izumo, not behind him
    assert fs[at(fs, "With a swift motion")].stage.scene == "cg beheading"


def test_chapter_nine_puts_her_behind_him_and_his_collapse_on_the_cg(fs) -> None:
    # Two sprites at one place made her hair a halo round his head: the beat is a CG
    # with her laughing over his shoulder, from his head throbbing to his threat.
    laugh = between(fs, "Then his head throbbed", "Captain Commander")
    assert laugh and all(f.stage.scene == "cg vow laugh" and not f.stage.sprites
                         for f in laugh)
    assert fs[at(fs, "Izumo gripped the sides")].sprite("izumo") == {"anguish"}
    fallen = between(fs, "Digging his fingernails", "Everything was gone")
    assert all(f.stage.scene == "cg collapse" for f in fallen)
    assert fs[at(fs, "Just you wait")].stage.scene == "cg collapse vow"
    for line in ("The scars run deep.", "The End"):
        assert fs[at(fs, line)].stage.scene == "bg ending"


def test_sprites_stand_in_the_light_of_night_and_blood_scenes(fs) -> None:
    for f in fs:
        if f.stage.scene in PROGRAM.scene_lights and f.stage.sprites:
            assert f.stage.light is not None, f.text
    assert fs[at(fs, "Tsukino is in Hueco Mundo")].stage.light.name == "night"
    assert fs[at(fs, "Chishioyaiba floated back")].stage.light.name == "blood"
