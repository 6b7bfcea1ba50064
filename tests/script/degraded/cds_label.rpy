# choose: 1,2
label start:
    "Shall we play?"
example minigame:
    label play:
        "Playing."
label after:
    menu:
        "Again":
            jump play
        "Stop":
            "Stopped."
    return
