default score = 0

label start:
    $ score += 1
    $ tries += 1
    "Score [score], tries [tries]."
    return
