# choose: 1,1
# Label parameters, call arguments, return values, menu set, hidden menus.
default asked = []
default mood = "calm"
label start:
    call greet("Eileen")
    "greet gave [_return]."
    call greet("Lucy", polite=False) from greet_lucy
    "greet gave [_return]."
    call count_to(3)
    "count_to gave [_return]."
    jump questions
label greet(who, polite=True):
    if polite:
        "Good day, [who]."
    else:
        "Hi, [who]."
    return who.upper()
label count_to(n, start=1):
    $ shown = []
    while start <= n:
        $ shown.append(start)
        $ start += 1
    "Counted [shown]."
    return len(shown) * 10
label questions:
    menu ask:
        set asked
        "Which question now?"
        "Where are we?":
            "In the tutorial."
            jump ask
        "Who are you?":
            "A guide."
            jump ask
    "Every question was asked: the menu was skipped. Asked: [asked]."
    menu:
        "Only if angry" if mood == "angry":
            "Never."
    "The menu with nothing to offer was skipped too."
    return
