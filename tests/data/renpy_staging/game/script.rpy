# Ren'Py's sprite moves, ImageDissolve and a Composite with offsets, as a Ren'Py
# writer uses them: `lint --story tests/data/renpy_staging` gives no warning.

define e = Character("Eileen", color="#c8ffc8")
define iris = ImageDissolve("iris mask.png", 1.0, 16)

image bg room = Solid("#304050")
image bg night = Solid("#101828")
image badge card = Composite((240, 480), (0, 0), "card.png", (80, 200), "badge.png")

label start:
    scene bg room
    show eileen happy at left with moveinleft
    e "I came in from the left."
    show eileen happy at right with move
    e "Now I glide to the right."
    show eileen happy at center with ease
    e "And ease back to the middle."
    show badge card at right with easeinright
    e "A card with a badge on it comes in."
    hide badge card with moveoutright
    hide eileen with moveoutbottom
    "She steps down out of sight."
    show eileen happy with zoomin
    e "Here I am again."
    hide eileen with zoomout
    scene bg night with ImageDissolve("iris mask.png", 1.5, 8)
    "Night falls from the middle outwards."
    scene bg room with iris
    show eileen happy with MoveTransition(0.8, enter=offscreentop, time_warp=_warper.ease)
    e "And I drop in from above."
    hide eileen with zoominout
    return
