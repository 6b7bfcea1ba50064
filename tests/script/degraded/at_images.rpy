# `image x = At("image", T1, T2)`: the image wearing those transforms; Transform(...)
# properties and named transforms are honoured, a game's own function (skipped Python)
# is left out with a warning once per file.
transform lifted:
    yoffset -40
image swage normal = At("shark_final", sprite_highlight("swage"), Transform(zoom=.35, yoffset=50))
image swage sad = At("shark_final", sprite_highlight("swage"), lifted, right)
label start:
    show swage normal
    "Normal."
    show swage sad
    "Sad."
    return
