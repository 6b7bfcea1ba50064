# choose: 2
# What jam games write that Ren'Py accepts and we degrade: a define given again (the
# later one is kept), a transition made with `$` in an init block, and arguments
# after a menu choice for a custom choice screen.
define v = Character("Vena")
define h = Character("Haru")
init:
    $ flash = Fade(.25, 0, .75, color="#fff")
define v = Character("Vena, again")
define h = Character("Haru, again")
label start:
    play sound "crash.wav" # It's so goofy. It just keeps going
    v "Hello."
    h "Hi."
    with flash
    menu:
        "Go to the cafe" (disabled=True) if False:
            "Closed."
        "Go to the park" (disabled=False):
            "Not this one."
        "Go home" (disabled=False) if True:
            v "Home it is."
    return
