label start:
    menu:
        "Only a caption."
