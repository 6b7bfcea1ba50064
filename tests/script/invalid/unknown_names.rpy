default a = 1

label start:
    $ x = alpha + beta
    if a > gamma:
        "[x]"
    return
