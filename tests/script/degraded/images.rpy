image bg black = Solid("#102030")
image eileen big = Transform("eileen.png", zoom=2.0, blur=3)
image eileen blink = Animation("eileen.png", 0.5, "eileen closed.png", 0.5)
image logo small = im.Scale(im.Grayscale("logo.png"), 100, 100)
image intro = Movie(play="intro.webm")
image card = Composite((300, 600), (0, 0), "card.png", (0, 0), "frame.png")
image weird = SomeFunction("x.png")
image badge card = Composite((300, 600), (0, 0), "card.png", (50, 50), "badge.png")
label start:
    scene bg black
    show eileen big at left
    show expression "sky.png" as sky behind eileen
    show expression Text("hi") as t
    show card
    show badge card at right
    "Shown."
    return
image eileen wave:
    "eileen.png"
    zoom 0.5
    pause 0.5
    "eileen closed.png"
    repeat
image glow:
    alpha 0.5
label after:
    show eileen wave
    "Waving."
