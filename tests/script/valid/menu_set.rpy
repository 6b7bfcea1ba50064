# choose: 1,1,1
# Ren'Py's own `menu set` example: a set() remembers the choices taken, so "Go to the
# beach" is not offered the second time and pick 1 is then "Done".
default menuset = set()
default found = {"shell", "stone", "shell"}

label start:
    menu chapter_1_places:
        set menuset
        "Go to the beach":
            "The sea is cold."
            jump chapter_1_places
        "Done":
            pass
    $ found.add("glass")
    $ found.add("shell")
    $ found.discard("stone")
    $ found.discard("nothing")
    $ n = len(found)
    $ taken = len(menuset)
    if "glass" in found and "stone" not in found:
        "[n] things found, [taken] places seen: [found]."
    $ menuset = set()
    menu:
        set menuset
        "Go to the beach":
            "Once more."
        "Stay":
            pass
    $ again = len(set(["beach", "beach", "town"])) + len(set("aab")) + len(set())
    "[menuset] [again]"
    return
