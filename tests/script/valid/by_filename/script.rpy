# choose:
# Images found by file name in images/ (lowercased, split on spaces), audio in audio/.
define k = Character("Kaori", image="kaori", what_color="#ffffff")

label start:
    scene bg room with dissolve
    show kaori casual sad at right
    k happy "Happier now." with vpunch
    show kaori sad
    k "Sad again, still casual."
    show kaori uniform
    hide kaori with dissolve
    window show with dissolve
    play audio "click.wav"
    play music theme loop
    queue sound "click.wav" noloop
    stop sound
    "Bye."
