# choose:
# No picks given: the first offered choice each time, skipping guarded-off ones.
default gold = 0

label start:
    menu:
        "Buy a sword" if gold >= 10:
            "A sword."
        "Steal a loaf" if gold == 0:
            $ gold = 1
            "A loaf."
        "Leave":
            "You leave."
    menu:
        "Steal again" if gold == 0:
            "Again."
        "Pay [gold] back" if gold > 0:
            "Paid."
    "Done."
