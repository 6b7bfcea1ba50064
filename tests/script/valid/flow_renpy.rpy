# choose: 1,2
# Ren'Py's flow: local labels, menus that are labels, menus with nothing to offer.
default visits = 0
label start:
    "The start."
    jump .middle
label .middle:
    "Inside start.middle."
    call chapter.aside
    jump choose
label chapter:
    "Never here."
    return
label .aside:
    "An aside, called as chapter.aside."
    return
menu choose:
    "A menu that is also a label."
    "Again":
        $ visits += 1
        jump choose
    "On" if visits > 0:
        jump hidden
label hidden:
    menu:
        "Only if never" if visits > 5:
            "Hidden."
        "Also never" if visits < 0:
            "Hidden too."
    "Every choice was hidden, so the menu was skipped."
    jump start.end
label start.end:
    "The end, at start.end."
    return
