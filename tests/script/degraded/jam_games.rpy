# choose: 2
# What jam games write that Ren'Py accepts and we degrade: a define given again (the
# later one is kept), a transition made with `$` in an init block, and arguments
# after a menu choice for a custom choice screen; a define whose value a save cannot
# keep (it feeds the game's own Python), and `show image EXPR`, Ren'Py's `show
# expression`; a plugin's named store.
define sprite_focus = {0: {}}
define discord.application_id = "1405390971734331432"
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
    show image "gui/episode_title.png" with dissolve
    menu:
        "Go to the cafe" (disabled=True) if False:
            "Closed."
        "Go to the park" (disabled=False):
            "Not this one."
        "Go home" (disabled=False) if True:
            v "Home it is."
    return
