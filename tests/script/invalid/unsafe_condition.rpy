default x = [1, 2, 3]
label start:
    if x.count(1):
        "Done."
