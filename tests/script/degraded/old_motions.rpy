# Ren'Py's older motion functions after `at` (Move, Pan, Zoom, ...) are not drawn: the
# sprite is shown without them, with a warning for each, never an error.
image cred = "#ffffff"
define credits_speed = 20
label start:
    show cred at Move((0.5, 5.0), (0.5, 0.0), credits_speed, repeat=False, bounce=False, xanchor="center", yanchor="bottom")
    "Credits roll."
    show cred at Zoom((100, 100), (0, 0, 100, 100), (25, 25, 50, 50), 1.0), left
    "Closer."
    return
