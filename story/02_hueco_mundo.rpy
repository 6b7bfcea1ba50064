# Chapter Two - Hueco Mundo

label hueco_mundo:
    scene black with fade
    play music "desolation.ogg" fadein 2.0
    play ambient "wind.ogg" fadein 2.0
    centered "{size=+16}Chapter Two{/size}{p}Hueco Mundo"

    scene bg hueco mundo with fade

    "Izumo remembered the conversation like it was yesterday."

    play sound "blood.ogg"
    scene bg hueco mundo blood with dissolve
    show kaori wounded at center
    with dissolve

    "He knelt slowly to the ground as he saw her, matted with her own blood."

    show espada grin at right
    with dissolve

    "A few yards away was the mutilated body of Tsukino Mahara, Kaori's new Lieutenant and her childhood friend. She was long past saving."
    "The Quinta Espada was standing over the poor girl's corpse with a wide grin on his face."

    show izumo worried at left
    with dissolve

    "Izumo scrambled over to Kaori on his knees and gently laid her head in his lap."

    i worried "Kaori... Kaori..."

    play sound "heartbeat.ogg"
    k wounded "I-Izumo.... I'm sorry... F-For everything..."

    i crying "Don't... Don't say that! I was promoted to Squad Four for a reason! I can fix this! Don't speak like that... Please just... Please hang on..."

    menu:
        "How does Izumo meet her?"

        "Hold her close":
            $ held_her = True
            "He gathered her against his chest, as if holding on could keep her there."

        "Pour everything into the healing kido":
            $ held_her = False
            "He pressed his shaking palms to her wounds and poured every ounce of his reiatsu into them."

    play sound "heal.ogg"
    "Izumo began using the strongest healing kido he knew,{w=0.4} only to have Kaori stop him."

    show kaori smile
    with dissolve

    "She looked to him softly and smiled, even amid Izumo's flood of tears."
    "The pair sat there, silently holding each other, even as the Quinta Espada looked on."

    show izumo crying
    "He closed his eyes, and remembered."

    jump cold_captain
