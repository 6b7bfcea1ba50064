define e = Character("Eileen", colr="#c8ffc8")
label start:
    e "Hello."
    e "Again."
