label start:
    e """This monologue

    never ends.
    return
