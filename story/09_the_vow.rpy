# Chapter Nine - The Vow

label the_vow:
    scene card 9 with fade
    play music "vow.ogg" fadein 2.0 noloop
    play ambient "wind.ogg" fadein 2.0 if_changed
    centered "{size=+16}Chapter Nine{/size}{p}The Vow"

    # The woman of blood laughs behind him, over his shoulder: a CG, so neither
    # hides the other.
    scene cg vow laugh with fade

    play sound "heartbeat.ogg"
    with vpunch
    "Then his head throbbed in pain."

    play sound "giggle.ogg"
    "He remembered the conversation with the Head Captain and growled, the woman behind him and laughing darkly."

    i "Captain Commander... This is your fault... I'll make you pay for this... I'll make you regret not listening to me and... And...."

    scene bg hueco mundo red with dissolve
    show izumo anguish at left
    with vpunch
    "Izumo gripped the sides of his head and yelled out for a long time."

    play sound "body_fall.ogg"
    scene cg collapse with dissolve
    with hpunch
    "Digging his fingernails into his head, tearing into his flesh and crumpling onto the ground."

    "His family was gone."
    "His fiancee, the Captain of Squad Six, dead on the ground and still carrying the corpse of their unborn child within her womb."
    "Everything was gone,{w=0.6} all because the Head Captain would not listen..."

    scene cg collapse vow with dissolve
    i "Just you wait... I'll see your eyes clouded with death like you've done to her..."

    stop music fadeout 4.0
    stop ambient fadeout 4.0
    scene bg ending with Dissolve(3.0)

    centered "The scars run deep."
    centered "{size=+16}The End{/size}"

    return
