# choose: 2
define e = Character("Eileen", color="#c8ffc8", kind=nvl)
define l = Character("Lucy", color="#ffc8c8")
define nv = Character(None, kind=nvl)
define gui.nvl_list_length = 3

label start:
    e "Hello, this is NVL mode."
    nv "Narration joins the page."
    nvl_narrator "Ren'Py's own NVL narrator."
    e "The oldest line leaves a full page."
    nvl clear
    e "A fresh page."
    extend " It goes on."
    menu (nvl=True):
        e "Which way?"
        "Left":
            e "Left it is."
        "Right":
            e "Right, then."
    l "Lucy speaks in the text box."
    "Narration in the text box too."
    menu:
        "An ordinary menu.":
            pass
    e "Back on the page, which kept its lines."
    return
