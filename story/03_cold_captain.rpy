# Chapter Three - The Cold Captain (memory: Izumo is her Lieutenant)

label cold_captain:
    scene card 3 with fade
    stop ambient fadeout 2.0
    play music "memories.ogg" fadein 2.0
    centered "{size=+16}Chapter Three{/size}{p}The Cold Captain"

    scene bg squad six barracks with Fade(0.5, 0.5, 0.5, color="#fff")
    show izumo lieutenant neutral at left
    show kaori past cold at right
    with dissolve

    "Izumo went over how the pair met, how cold Kaori was to him initially."

    show izumo lieutenant worried
    "She would order him around fiercely, acting like she did not even care about him."

    show izumo lieutenant neutral
    "This went on for nearly ten years, him faithfully serving her while developing budding feeling for her."

    show izumo lieutenant smile
    "He couldn't really put a finger on it."
    "All he knew is that he never wanted to be apart from Kaori."

    jump vasto_lorde
