# `$ e("text")` says a line from Python in Ren'Py: read as the say line `e "text"`.
# Its other arguments (interact=False) are ignored with a warning; a call of
# something that is not a character stays Python (skipped with its own warning).
define e = Character("Eileen")
label start:
    $ e("Hello from Python.")
    $ e(_("What would you like to see?"), interact=False)
    $ narrator("Narration, the same way.")
    $ reset_example()
    "Done."
    return
