# choose:
# Several files, fall-through, call/return, while, if/elif/else.
default count = 0
default mood = "calm"
default log = []

label start:
    "Begins in the first file."
    call greet
    "Back from the call."
    while count < 3:
        $ count += 1
        call tick
    if count > 5:
        "Too many."
    elif count == 3:
        "Exactly three."
    else:
        "Some other number."
    if mood == "angry":
        "Angry."
    "After an if with no else. Log: [log]"

label fallthrough:
    "Fell through into the next label."
    jump second_file

label greet:
    "Hello from greet."
    return

label tick:
    $ log = log + [count]
    "Tick [count]."
    return
