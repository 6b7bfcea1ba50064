image bg a = "#203040"
image bg b = "#402030"
label start:
    scene bg a
    scene bg b with wipeleft
    scene bg a with slideawayup
    scene bg b with pushright
    scene bg a with irisout
    scene bg b with pixellate
    scene bg a with blinds
    scene bg b with CropMove(0.5, "slidedown")
    scene bg a with PushMove(2.0, "pushup")
    scene bg b with Pixellate(2.0, 10)
    scene bg a with Pause(1.5)
    scene bg b with ImageDissolve("eye.png", 1.0, 8)
    scene bg a with MultipleTransition([False, dissolve, "black", dissolve, True])
    scene bg b with moveinleft
    scene bg a with MoveTransition(0.75)
    window show dissolve
    "Here."
    window hide None
    "Gone."
    return
