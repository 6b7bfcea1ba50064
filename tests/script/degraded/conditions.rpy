# choose: 1
default x = [1, 2, 3]
label start:
    if store.met_eileen:
        "Not shown: the condition is taken as false."
    elif len(x) == 3:
        "Shown: the next branch that can be read."
    while x.count(1) > 2 or renpy.random.random() > 2:
        "Never: the condition is read, and false."
    menu:
        "Offered, its guard taken as true" if store.met_lucy:
            "Picked."
        "Always offered":
            "Not picked."
    return
