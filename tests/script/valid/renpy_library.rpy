# choose: 2,1
# Ren'Py's safe library: random numbers kept in the state, input, notify, pause,
# music and sound, show/hide/scene, jump and call by expression, labels asked about.
define e = Character("Eileen")
default rolls = []
default inventory = {"coins": 3}
label start:
    $ first, second = renpy.random.randint(1, 6), renpy.random.randint(1, 6)
    $ rolls.append(first)
    $ rolls.extend([second, renpy.random.choice([10, 20, 30])])
    $ chance = renpy.random.random() < 2.0
    e "Rolled [first] and [second]; all: [rolls]; chance [chance]."
    $ name = renpy.input("What is your name?", default="  sylvie  ", length=20).strip()
    e "Hello, [name!c], or [name!u]."
    $ renpy.notify("Name saved.")
    $ renpy.pause(0.5)
    $ wait = 0.25
    pause (wait * 2)
    $ renpy.music.play("theme.ogg", channel="music", fadein=1.0)
    $ renpy.sound.play(["door.ogg", "step.ogg"])
    $ renpy.scene()
    $ renpy.show("eileen happy", at_list=[left])
    e "On stage."
    $ renpy.hide("eileen")
    $ renpy.music.stop(fadeout=2.0)
    $ coins = inventory.get("coins", 0) + len(inventory.keys())
    $ words = "a b c".split()
    $ joined = "-".join(words).upper()
    $ inventory.update({"key": 1})
    $ last = words.pop()
    "[coins] coins, [joined], last [last], [inventory]."
    $ has = renpy.has_label("side") and not renpy.has_label("nowhere")
    $ seen = renpy.seen_label("start")
    "has side: [has]; seen start: [seen]."
    menu:
        "Jump by expression":
            $ where = "si" + "de"
            jump expression where
        "Call by expression":
            call expression "side" pass ("called")
    "Back from the side."
    $ renpy.jump("finale")
label side(how="jumped"):
    "The side, [how]."
    return
label finale:
    "The finale; then back to the menu."
    $ renpy.full_restart()
    "Never shown."
