define e = Character("Eileen", color="not a colour")
define slow = Dissolve(-1)
default score = 1 +
label broken(a, *b):
    "Never."
label start:
    e "Hello."
    e "Again."
    with slow
    $ score += 1
    "Score: [score]"
    if score > 1:
        "High."
    jump broken
