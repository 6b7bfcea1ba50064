# Chapter Six - The Head Captain's Refusal (the night she left)

label refusal:
    scene card 6 with fade
    stop ambient fadeout 1.0
    play music "memories.ogg" fadein 2.0 if_changed
    centered "{size=+16}Chapter Six{/size}{p}The Head Captain's Refusal"

    # Six months on: Kaori is with child; the news comes that night (chapter one).
    scene bg home night with Fade(0.5, 0.5, 0.5, color="#fff")
    show izumo smile at left
    show kaori belly smile at right
    with dissolve

    stop music fadeout 3.0
    show izumo neutral
    show kaori belly cold
    with dissolve
    "Then, six months later, news of Tsukino's capture came to Kaori."

    show kaori belly bowed
    show izumo worried
    with dissolve
    "She looked to Izumo and lowered her head sadly."

    hide kaori with Dissolve(1.5)
    "After that quick conversation, she was gone, while Izumo went to the Head Captain, begging for him to stop her."

    scene bg first division office with fade
    show yamamoto stern at right
    show izumo worried at left
    with dissolve

    i worried "Please, Head Captain... Please stop her! She is pregnant! She can't be out fighting right now! You have the power to make her stop!"

    "No matter what he said, Yamamoto would do nothing."
    "They were not to mount a full-scale assault on Hueco Mundo for the sake of one Captain and her Lieutenant."

    show izumo rage
    with dissolve
    "With a dark look in his eyes, he looked back at Yamamoto."
    "All he could feel was hatred at that moment for his superior."

    play sound "heartbeat.ogg"
    hide izumo with dissolve
    "He felt a clutching in his heart as he dashed away from the Head Captain's office."

    "He may not be able to do anything, but Izumo would."
    "He wouldn't just allow Kaori to be hurt."

    jump last_words
