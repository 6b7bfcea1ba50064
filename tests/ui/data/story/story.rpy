define k = Character("Kaori", color="#9fd3ff", image="kaori")
define i = Character("Izumo", color="#e0485a", image="izumo")
default brave = False
default count = 0

label start:
    jump one

label one:
    scene bg home night
    show kaori sad at right
    k "Line one of chapter one."
    $ count += 1
    k "Line two of chapter one."
    $ count += 1
    i "Line three of chapter one."
    menu:
        "What now?"
        "Be brave":
            $ brave = True
            scene bg forest
            i "I am brave."
        "Stay":
            i "I stay."
    k "After the choice."
    jump two

label two:
    scene bg hueco mundo
    show izumo neutral at left
    i "Chapter two, line one."
    i "Chapter two, line two."
    k "Chapter two, line three."
    i "Chapter two, line four."
    k "Chapter two, line five."
    i "Chapter two, line six."
    jump three

label three:
    scene bg squad six barracks
    k "Chapter three, line one."
    i "Chapter three, line two."
    return
