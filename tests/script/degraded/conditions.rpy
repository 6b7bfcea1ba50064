# choose: 1
default x = [1, 2, 3]
label start:
    if x.count(1):
        "Not shown: the condition is taken as false."
    elif len(x) == 3:
        "Shown: the next branch that can be read."
    while renpy.random.random() > 2:
        "Never."
    call expression "chapter_" + str(len(x))
    menu:
        "Offered, its guard taken as true" if x.count(2):
            "Picked."
        "Always offered":
            "Not picked."
    return
label chapter_3:
    "Never called: the expression was skipped."
    return
