# choose: 2, 1
# Screens are never drawn: `show screen`, `hide screen` and Ren'Py's renpy.show_screen()
# and renpy.hide_screen() are skipped with one warning per kind and file, and the story
# goes on. renpy.call_screen() plays a screen of buttons as a menu, as `call screen` does
# (its value the button's Return); a screen we cannot read is skipped (the value None).
label start:
    show screen hud
    show screen hud(1) with dissolve
    hide screen hud
    $ renpy.show_screen("hud")
    $ renpy.show_screen("stats", 2)
    $ renpy.hide_screen("hud")
    "The story goes on."
    $ answer = renpy.call_screen("yes_no")
    "You said [answer]."
    $ renpy.call_screen("yes_no")
    "Then [_return]."
    python:
        renpy.show_screen("hud")
        picked = renpy.call_screen("dynamic", items=[1, 2])
    "Picked [picked]."
    $ renpy.call_screen("pick_route")
    "Not reached: each button jumps."

label vena_route:
    "Vena's route."
    return

screen hud(n=0):
    text "HUD"

screen yes_no():
    vbox:
        textbutton "Yes" action Return("yes")
        textbutton "No" action Return("no")

screen pick_route():
    textbutton "Vena" action Jump("vena_route")

screen dynamic(items):
    for i in items:
        textbutton str(i) action Return(i)
