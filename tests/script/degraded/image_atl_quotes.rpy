# `image NAME:` whose ATL names its file in single quotes (as Ren'Py allows) shows that
# file, wearing the ATL's properties (`yalign 1` is the bottom edge); written with
# capitals, the image is found by its lower-case name as in our other images.
image Asha Default:
    'asha/asha_default.png'
    yalign 1 zoom 0.85
image asha happy:
    'asha/asha_happy.png'
    'asha/asha_happy2.png'
label start:
    show Asha Default with dissolve
    "Hello."
    show asha happy
    "Happy."
    return
