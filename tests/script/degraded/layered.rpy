# `if`/`elif`/`else` layers are chosen when the image is shown, by their conditions
# (story expressions): tears when sad, a blush or a frown by mood, else nothing.
# A say line's attributes pick the layers as `show` does.
define aug = Character("Augustina", image="augustina")
default sad = False
default mood = "calm"
layeredimage augustina:
    zoom 0.5
    always:
        "augustina_base"
    group outfit:
        attribute dress default:
            "augustina_dress"
        attribute jeans
    group eyes:
        attribute open default
        attribute closed "augustina closed.png"
    attribute glasses
    if sad:
        "augustina_tears"
    if mood == "shy":
        "augustina_blush"
    elif mood == "cross":
        "augustina frown.png"
    else:
        pass
    if renpy.get_screen("say"):
        "augustina_talking"
label start:
    show augustina
    "a"
    show augustina jeans closed
    "b"
    $ sad = True
    $ mood = "shy"
    show augustina glasses
    "c"
    $ mood = "cross"
    show augustina -glasses dress
    "d"
    $ sad = False
    aug jeans "e"
layeredimage phase:
    at sprite_highlight("phase"), Transform(zoom=0.4, yoffset=100)
    always:
        "phase_base"
label phase_scene:
    show phase
    "f"
