# choose:
# What the library cannot do degrades with one warning each: the game's own functions,
# a define changed by $, a channel the game registers, voice sustain.
init python:
    def add_points(n):
        store.points += n
define max_hp = 10
default points = 0
label start:
    $ add_points(5)
    $ add_points(1)
    $ result = compute_score(points)
    $ max_hp = 12
    play ambience "wind.ogg"
    voice sustain
    python:
        points += 1
        add_points(2)
    "Points [points], max [max_hp], result [result]."
    return
