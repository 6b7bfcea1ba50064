# choose: 2, 1, 2
# `call screen` with a screen of buttons plays as a menu of them: an imagebutton's alt
# text (or its idle image's name), a textbutton's words, an imagemap hotspot's alt
# text (also from a screen written inside a label); Jump, Call, Return(literal).
# A screen built by Python (a for loop, Return(i)) is skipped as before.
label start:
    call screen pick_one()
    "Not reached: each button jumps."

label vena_route:
    "Vena's route."
    call screen yes_no
    if _return:
        "You said yes."
    else:
        "You said no."
    call screen dynamic(items)
    "After a screen we cannot read, the story goes on."
    if True:
        screen map():
            imagemap:
                idle "map ground"
                hotspot (44, 238, 93, 93) action Jump("haru_route") alt "Swimming"
                hotspot (360, 62, 93, 93) action Call("science") alt "Science"
        call screen map
    "Back from science."
    return

label science:
    "Science."
    return

label haru_route:
    "Haru's route."
    return

screen pick_one():
    add "gui/overlay.png"
    imagebutton:
        xpos 0.25
        idle "images/haru_choice_idle.png"
        hover "images/haru_choice_hover.png"
        action [Hide("tip"), Jump("haru_route")]
    imagebutton:
        idle "images/vena_choice_idle.png"
        action Jump("vena_route")
    textbutton _("Nowhere") action Jump("no_such_label")

screen yes_no:
    vbox:
        textbutton "Yes" action Return(True)
        textbutton "No":
            action Return(False)

screen dynamic(items):
    for i in items:
        textbutton i.title action Return(i)
