# Chapter Three - The Cold Captain (memory)

label cold_captain:
    scene black with fade
    stop ambient fadeout 2.0
    play music "memories.ogg" fadein 2.0
    centered "{size=+16}Chapter Three{/size}{p}The Cold Captain"

    scene bg squad six barracks with Fade(0.5, 0.5, 0.5, color="#fff")
    show izumo neutral at left
    show kaori cold at right
    with dissolve

    "Izumo went over how the pair met, how cold Kaori was to him initially."
    "She would order him around fiercely, acting like she did not even care about him."
    "This went on for nearly ten years, him faithfully serving her while developing budding feeling for her."

    show izumo smile
    "He couldn't really put a finger on it."
    "All he knew is that he never wanted to be apart from Kaori."

    jump vasto_lorde
