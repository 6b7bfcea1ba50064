# Chapter Four - The Vasto Lorde (memory: Izumo is her Lieutenant)

label vasto_lorde:
    scene card 4 with fade
    stop ambient fadeout 1.0
    play music "battle.ogg" fadein 1.0
    centered "{size=+16}Chapter Four{/size}{p}The Vasto Lorde"

    scene bg forest with Fade(0.5, 0.5, 0.5, color="#fff")
    show izumo lieutenant neutral at left
    show kaori past cold at right
    with dissolve
    show izumo lieutenant worried
    show kaori past blade
    show hollow at center
    with vpunch

    "Then the day came when he was out on a mission with Kaori as her Lieutenant, and they came under attack from a Vasto Lorde Hollow."

    play sound "sword_draw.ogg"
    show izumo lieutenant blade rage
    with dissolve

    menu:
        "How does Izumo fight beside her?"

        "Let her wind carry his blood":
            $ rode_her_wind = True
            # His blade bleeds; her wind lifts the blood and carries it at the Hollow.
            scene cg vasto wind with dissolve
            "He moved with her wind instead of against it, and let it take his blood where it would."

        "Stand between her and the Hollow":
            $ rode_her_wind = False
            show hollow at left
            show izumo lieutenant blade rage at center
            with dissolve
            "He stepped in front of her and met the Hollow head-on."

    # The blood, broken into blades on her wind, cuts the Hollow apart.
    play sound "slash.ogg"
    scene cg vasto with dissolve
    with hpunch
    "They both fought, Kaori's wind zanpakuto making Izumo's blood attacks sharper and quicker, tearing apart the Hollow quickly."

    play sound "slash.ogg"
    scene bg forest
    show izumo lieutenant panting at left
    show kaori past panting at right
    with flash
    stop music fadeout 2.0
    "Izumo noticed the synergy as they both panted afterwards, looking to each other."

    play music "memories.ogg" fadein 2.0
    i flustered "I'm sorry, Captain!"

    scene cg kiss with dissolve

    "Then, with those quick words, he leaned forward and kissed her, embracing her tightly."
    "To his surprise, she not only let him kiss her, she actually embraced him back!"
    "They stood there for longer than either of them care to remember, holding each other, as if they were a pair of long lost lovers that had not seen each other for many years."

    jump five_years
