layeredimage augustina:
    zoom 0.5
    always:
        "augustina_base"
    group outfit:
        attribute dress default:
            "augustina_dress"
        attribute jeans
    group eyes:
        attribute open default
        attribute closed "augustina closed.png"
    attribute glasses
    if sad:
        "augustina_tears"
label start:
    show augustina
    "a"
    show augustina jeans closed
    "b"
    show augustina glasses
    "c"
    show augustina -glasses dress
    "d"
