image eileen = "#c8ffc8"
transform slide(x=0.0, d=1.0):
    xalign x
    linear d xalign 1.0
transform bob:
    yoffset 0
    block:
        easein 0.5 yoffset -20
        easeout 0.5 yoffset 0
        repeat
define big = Transform(zoom=1.5, xalign=0.25)
label start:
    show eileen at topleft
    "Top left."
    show eileen at slide(0.5, d=2.0), big
    "Sliding."
    show eileen at Transform(xalign=0.1, rotate=45, crop=(0, 0, 1, 1))
    "Turned."
    show eileen:
        xalign 0.0
        parallel:
            linear 1.0 alpha 0.5
        parallel:
            linear 1.0 zoom 2.0
        on hide:
            alpha 0.0
        function wobble
        zoom 1000
        ease_quad 1.0 xalign 1.0 blur 4
        repeat
    "Degraded."
    show eileen at slide(1, 2, 3)
    "Bad arguments."
    return
