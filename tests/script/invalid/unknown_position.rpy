label start:
    show black at lef
