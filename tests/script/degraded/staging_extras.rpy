# choose: 1
default name = "nobody"
default seen = []
label start:
    scene bg room at truecenter with dissolve
    scene bg room:
        zoom 1.2
    show text "Chapter One" at truecenter
    python:
        points = 1
        points += 1
        name = renpy.input("Name?", default="Sam").strip()
        mood = renpy.random.choice(["good", "bad"])
        if points > 1:
            bonus = True
    "[name] has [points] points, mood [mood]."
    menu:
        set seen
        "Once":
            "First."
    return
