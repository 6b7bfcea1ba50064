screen hello():
    text "hi"
style default:
    size 20
transform wobble:
    xalign 0.5
init python:
    x = 1
python:
    y = 2
label start:
    nvl clear
    show black:
        xalign 0.5
    "End."
