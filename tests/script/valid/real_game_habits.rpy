# Habits of real Ren'Py games that Ren'Py accepts: a text tag left open closes at the
# end of its line, {p=N} waits N seconds before a new line, and a `with` clause may
# come before the colon of an ATL block on show and scene.
image bg room = "#203040"
image eileen happy = "#ffcc00"
label start:
    "{i}Just another day in the office..."
    "A pause{p=2}then {b}bold and {i}both."
    "Closed {b}as usual{/b}."
    scene bg room with fade:
        xalign 0.5
    show eileen happy with dissolve:
        xalign 0.2
    "Still here."
    return
