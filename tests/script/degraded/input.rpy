# choose:
define e = Character("Eileen")
label start:
    $ name = renpy.input("What is your name?", default="Sylvie").strip()
    $ nick = renpy.input("And your nickname?")
    if not nick:
        $ nick = "Syl"
    e "Hello, [name], known as [nick]."
    return
