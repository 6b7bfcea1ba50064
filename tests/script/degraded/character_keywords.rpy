# choose:
define e = Character("Eileen", color="#c8ffc8", who_bold=True, what_size=30,
                     window_background="gui/textbox.png", ctc="ctc_arrow",
                     ctc_position="fixed", callback=beep, dynamic=False,
                     what_slow_cps=20, show_two_window=True, kind=adv)
define n = Character(None, kind=nvl, what_italic=True)
define l = Character("Lucy", who_color=gui.accent_color, what_color="#ffffff",
                     screen="say", voice_tag="lucy", image="lucy")
label start:
    e "Eileen speaks, in her colour."
    n "The NVL narrator speaks on the NVL page."
    l "Lucy speaks, without the colour we cannot read."
    return
