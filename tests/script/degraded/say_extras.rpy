# choose:
define e = Character("Eileen", image="eileen")
image eileen happy = "#ffcc00"
image eileen sad = "#0033cc"
label start:
    show eileen happy
    e "A line shown with others." (multiple=2)
    e "And another." (multiple=2)
    e happy @ sad "Sad just for this line."
    e "Back to happy."
    return
