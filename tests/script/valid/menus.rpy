# choose: 2,1,2
define k = Character("Kaori", color="#9fd3ff")
default gold = 5
default visited = False

label start:
    menu:
        k "Where to?"

        "The market":
            "You go to the market."

        "The river":
            $ visited = True
            "You go to the river."

        "Nowhere":
            pass

    menu:
        "Buy a sword" if gold >= 10:
            "A sword."
        "Buy bread" if gold >= 2:
            $ gold -= 2
            "Bread. [gold] gold left."
        "Leave":
            "You leave."

    menu:
        "What now?"
        "Go home":
            "Home."
        "Go back to the river" if visited:
            "Back at the river."
    "Done."
