# choose:
# Staging: scene, show (at, behind, as, with), hide, with, audio, pause, window.
image bg room = "room.png"
image kaori casual sad = "kaori casual sad.png"
image kaori casual happy = "kaori casual happy.png"
image kaori uniform sad = "kaori uniform sad.png"
image eileen = "eileen.png"
define k = Character("Kaori", image="kaori")
define slow = Dissolve(2.0)

label start:
    k happy "Not on stage yet, so no sprite changes."
    scene bg room with fade
    show kaori casual sad at left
    show eileen at right behind kaori
    with dissolve
    k happy "I feel better."
    k "No attributes, no change."
    show kaori at center with slow
    show eileen as friend at left
    hide eileen
    with None
    hide nobody
    play music "theme.ogg" fadein 1.5
    play music "theme.ogg" if_changed
    play music "other.ogg" if_changed fadeout 0.5
    queue music "next.ogg"
    play sound "click.wav"
    "Sounds."
    stop music fadeout 2.0
    window hide
    pause 1.0
    window show
    pause
    show kaori uniform sad
    k "New clothes."
    scene black with Fade(0.5, 1.0, 0.5, color="#fff")
    with vpunch
    scene
    "End."
