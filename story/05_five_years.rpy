# Chapter Five - Five Years (memory; Izumo is made Captain of Squad Four here)

label five_years:
    scene card 5 with fade
    stop ambient fadeout 1.0
    play music "memories.ogg" fadein 2.0 if_changed
    centered "{size=+16}Chapter Five{/size}{p}Five Years"

    scene bg home evening with Fade(0.5, 0.5, 0.5, color="#fff")
    show izumo lieutenant smile at left
    show kaori past smile at right
    with dissolve

    "They spent the next five years barely apart from one another, Izumo finding the one speck of happiness in his life needed to have him excel."

    # The promotion: from here on he wears the captain's haori.
    scene bg relief station with dissolve
    show izumo smile at left
    with dissolve

    "It wasn't soon after that that Izumo was promoted to Captain of Squad Four, his ambition finally realized."

    if rode_her_wind:
        "Her wind had carried him here, as surely as it had once carried his blood against the Hollow."
    else:
        "He had once stood in front of her against the Hollow. Now he stood among the Captains."

    "He was where he wanted to be."

    scene bg home evening with dissolve
    show izumo neutral at left
    show kaori past smile at right
    with dissolve

    "Then, as he returned home to Kaori, she gave him the news that she was with child."

    show izumo smile
    "It was the icing on the cake."
    "His horrid life beforehand, all of the hard situations he had to wade through to get here... All of it was worth it."

    jump refusal
