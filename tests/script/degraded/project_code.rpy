# choose: 2
init offset = -2
define config.name = _("A Ren'Py Project")
define config.version = "1.0"
define gui.text_size = 22
define gui.accent_color = '#99ccff'
define build.name = "project"
default preferences.text_cps = 40
define _game_menu_screen = "save"
init python:
    score = 0
    def helper():
        return 1
init -1 python:
    pass
python early:
    renpy.register_statement("shake", parse=None)
screen say(who, what):
    text what
style window:
    background "gui/textbox.png"
testcase default:
    "Start"
camera:
    perspective True
translate french start_a170b500:
    "Bonjour."
init:
    define e = Character("Eileen", color="#c8ffc8")
    image bg room = "#203040"
transform wobble:
    xalign 0.5
label start:
    $ quick_menu = False
    scene bg room with wipeleft
    shake 5:
        strength 2
    shake
    show eileen at topleft, wobble
    show eileen at wobble zorder 2
    e "Hello."
    show eileen:
        xalign 0.3
    menu:
        "One":
            "Score: [score]"
        "Two":
            "Two."
    return
