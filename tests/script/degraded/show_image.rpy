# `show image "file"` is Ren'Py's other spelling of `show expression "file"`: the file
# shown as an image, under its `as` tag or its name's; `scene expression`/`scene image`
# take a file as the background. `show image NAME` (a Python variable in Ren'Py) stays an
# image of that name, here missing.
label start:
    scene image "bg/street.png" with fade
    show image "sprites/vena happy.png" as vena at left
    "Vena is here."
    show image "cat.png"
    hide vena
    "The cat stays."
    scene expression "bg/room.png"
    show image some_variable
    "The room."
    return
