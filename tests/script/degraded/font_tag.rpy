# choose:
label start:
    "A {font=fonts/hand.ttf}handwritten{/font} word, from the project's fonts folder."
    "A {font=../../etc/secret.ttf}stolen{/font} font is never read."
    "Ren'Py's own {font=DejaVuSans-Bold.ttf}bold font{/font} is our bundled copy."
    return
