# choose: 1
define e = Character("Eileen", kind=nvl)
define gui.text_font = "../../fonts/outside.ttf"
define gui.textbox_height = 185
define gui.text_color = "#ffffff"
define menu = nvl_menu
label start:
    nvl show dissolve
    e "The page shows itself; 'nvl show' is skipped."
    menu (screen="choice", nvl=True):
        e "Arguments other than nvl= are ignored."
        "Fine":
            pass
    nvl hide dissolve
    "Every menu is an NVL menu here (define menu = nvl_menu)."
    menu:
        "Yes":
            e "Still the page."
    return
