# Chapter Two - Hueco Mundo

label hueco_mundo:
    scene card 2 with fade
    play music "desolation.ogg" fadein 2.0
    play ambient "wind.ogg" fadein 2.0
    centered "{size=+16}Chapter Two{/size}{p}Hueco Mundo"

    scene bg hueco mundo with fade
    show izumo worried at left
    with dissolve

    "Izumo remembered the conversation like it was yesterday."

    # The battlefield shows her body and Tsukino's; he kneels at the left.
    play sound "blood.ogg"
    scene bg hueco mundo blood with dissolve
    show izumo kneeling worried at left
    with dissolve

    "He knelt slowly to the ground as he saw her, matted with her own blood."
    "A few yards away was the mutilated body of Tsukino Mahara, Kaori's new Lieutenant and her childhood friend. She was long past saving."

    # A low shot across Tsukino's body: the Espada stands right behind it, grinning.
    scene cg espada over with dissolve

    "The Quinta Espada was standing over the poor girl's corpse with a wide grin on his face."

    # From here until he remembers, he holds her: the lap CG.
    scene cg lap with dissolve

    "Izumo scrambled over to Kaori on his knees and gently laid her head in his lap."

    i "Kaori... Kaori..."

    play sound "heartbeat.ogg"
    k "I-Izumo.... I'm sorry... F-For everything..."

    i "Don't... Don't say that! I was promoted to Squad Four for a reason! I can fix this! Don't speak like that... Please just... Please hang on..."

    menu:
        "What does Izumo do first?"

        "Hold her close":
            $ held_her = True
            scene cg last words with dissolve
            "He gathered her against his chest, as if holding on could keep her there."

        "Pour everything into the healing kido":
            $ held_her = False
            scene cg lap kido with dissolve
            "He pressed his shaking palms to her wounds and poured every ounce of his reiatsu into them."

    # The kido's light under his hands, and her hand on his wrist, her eyes open on
    # him: she stops him.
    play sound "heal.ogg"
    scene cg lap stop with dissolve
    "Izumo began using the strongest healing kido he knew,{w=0.4} only to have Kaori stop him."

    scene cg lap smile with dissolve
    "She looked to him softly and smiled, even amid Izumo's flood of tears."
    # Where he had gathered her to his chest, he holds her so again: chapter 7 opens
    # on that embrace ("She lay against his chest, where he had gathered her close").
    if held_her:
        scene cg last words with dissolve
    "The pair sat there, silently holding each other, even as the Quinta Espada looked on."

    if held_her:
        scene cg last words remember with dissolve
    else:
        scene cg lap remember with dissolve
    "He closed his eyes, and remembered."

    jump cold_captain
