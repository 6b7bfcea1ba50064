# Chapter Seven - Her Last Words (the present)

label last_words:
    scene black with fade
    play music "desolation.ogg" fadein 2.0 if_changed
    play ambient "wind.ogg" fadein 2.0 if_changed
    centered "{size=+16}Chapter Seven{/size}{p}Her Last Words"

    scene bg hueco mundo blood with fade
    show izumo crying at left
    show kaori wounded at center
    show espada grin at right
    with dissolve

    "Coming back to the current scene, Izumo looked down to his fiancee, slowly fading."
    "She was a lost cause as well. No amount of healing would bring the Captain of Squad Six back."

    scene cg last words with Dissolve(1.5)

    if held_her:
        "She lay against his chest, where he had gathered her close."
    else:
        "The last glow of his kido faded from his hands, spent on wounds it could not close."

    "Izumo silently cried over Kaori as she spoke her last."

    play sound "heartbeat.ogg"
    k "I love you... "

    stop music fadeout 3.0
    "And then she was gone,{w=0.6} falling limp in his arms."

    scene bg hueco mundo blood with Dissolve(2.0)
    show izumo crying at left
    show espada grin at right
    with dissolve

    "He held her corpse shakily as the Quinta Espada continued to watch, seemingly pleased by the scene."
    "Izumo just shook softly, the one person that gave him happiness was brutally wrenched away from him, mere months from having their child."

    jump chishioyaiba
