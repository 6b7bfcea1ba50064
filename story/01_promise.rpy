# Chapter One - The Promise

label start:
    # The story begins with the first chapter.
    jump promise

label promise:
    scene card 1 with fade
    stop ambient fadeout 1.0
    play music "promise.ogg" fadein 2.0
    centered "{size=+16}Chapter One{/size}{p}The Promise"

    # The present: Captain Izumo, and Kaori six months with child.
    scene bg home night with fade
    show izumo neutral at left
    show kaori belly sad at right
    with dissolve

    "Night had settled over the house when the news came."

    k sad "Tsukino is in Hueco Mundo, Izumo... I have to go..."

    i worried "Please, Kaori... I'll go! I can protect Tsukino... You don't need to endanger yourself or Kahna..."

    k cold "I have to remain strong for my Squad, Izumo... Even in my condition..."

    i worried "Please don't do this... I don't know what I'd do if anything happened to you two..."

    k smile "I'll be back tonight... I promise..."

    hide kaori with Dissolve(1.5)
    pause 1.0

    jump hueco_mundo
