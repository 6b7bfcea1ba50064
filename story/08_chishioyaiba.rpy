# Chapter Eight - Chishioyaiba

label chishioyaiba:
    scene card 8 with fade
    play music "vow.ogg" fadein 3.0 noloop
    play ambient "wind.ogg" fadein 2.0 if_changed
    centered "{size=+16}Chapter Eight{/size}{p}Chishioyaiba"

    # He kneels over her body (drawn in the background), from here to the laugh.
    scene bg hueco mundo blood with fade
    show izumo kneeling crying at center
    show espada back at right
    with dissolve

    play sound "reiatsu_rise.ogg"
    "Then the Espada turned to leave—"

    play sound "reiatsu.ogg"
    play music "awakening.ogg"
    scene bg hueco mundo red
    show izumo kneeling rage at center
    show espada grin at right
    with flash
    with vpunch

    "—and Izumo's reiatsu skyrocketed, making the Espada turn back to look to Izumo."

    scene cg chishioyaiba with Dissolve(1.5)

    "A woman made of blood stood next to him, his Zanpakuto spirit."

    i "We'll be together forever, Kaori... I love you as well..."

    scene bg hueco mundo red with dissolve
    show chishioyaiba calm at left
    show izumo kneeling crying at center
    show espada grin at right
    with dissolve

    play sound "giggle.ogg"
    c laughing "Ahahahaha...!"

    show espada ears
    with hpunch
    "The woman standing next to Izumo began to laugh, the Espada grabbing his ears in pain with the sharp ringing caused by the woman's giggling."

    e ears "Gaah...! That sound...!"

    play sound "blood.ogg"
    scene cg stab with Dissolve(0.3)
    with hpunch
    "She then dashed forward, stabbing through his gut while he was distracted and wrenching him to the side."

    # She floats back beside him; he rises.
    scene bg hueco mundo red with dissolve
    show chishioyaiba calm at left
    show izumo rage at center
    show espada stabbed at right
    with dissolve
    "Chishioyaiba floated back to Izumo as the Espada lay bleeding, Izumo slowly standing and walking over to the dying Arrancar."

    play sound "sword_draw.ogg"
    show izumo blade rage
    with dissolve
    pause 0.8

    play sound "slash.ogg"
    scene cg beheading with flash
    "With a swift motion, he slashed down and beheaded the Espada without so much as a hesitation,{w=0.4} glaring darkly down to him."

    play sound "body_fall.ogg"
    pause 1.0

    jump the_vow
