# Chapter Seven - Her Last Words (the present)

label last_words:
    scene card 7 with fade
    play ambient "wind.ogg" fadein 2.0 if_changed
    centered "{size=+16}Chapter Seven{/size}{p}Her Last Words"

    # He holds her, fading in his arms: her theme.
    play music "kaori.ogg" fadein 2.0
    if held_her:
        scene cg last words with fade
    else:
        # The kido path: she never left his lap; his hands are still on her wound.
        scene cg lap with fade

    "Coming back to the current scene, Izumo looked down to his fiancee, slowly fading."
    "She was a lost cause as well. No amount of healing would bring the Captain of Squad Six back."

    if held_her:
        "She lay against his chest, where he had gathered her close."
    else:
        scene cg lap fading with dissolve
        "The last glow of his kido faded from his hands, spent on wounds it could not close."
        scene cg lap with dissolve

    "Izumo silently cried over Kaori as she spoke her last."

    play sound "heartbeat.ogg"
    k "I love you... "

    stop music fadeout 6.0
    if held_her:
        scene cg last words gone with Dissolve(2.0)
    else:
        scene cg lap gone with Dissolve(2.0)
    "And then she was gone,{w=0.6} falling limp in his arms."

    "He held her corpse shakily as the Quinta Espada continued to watch, seemingly pleased by the scene."
    "Izumo just shook softly, the one person that gave him happiness was brutally wrenched away from him, mere months from having their child."

    jump chishioyaiba
