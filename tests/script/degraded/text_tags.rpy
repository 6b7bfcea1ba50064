# choose:
label start:
    "See {a=https://www.renpy.org}the site{/a}, {alpha=0.5}faintly{/alpha}."
    "A {font=fonts/hand.ttf}handwritten{/font} word, {k=2}spaced{/k}{space=20}out."
    "An {image=heart.png} image, a {#translator note}comment, a {rb}ruby{/rb} tag."
    "Tags we draw stay: {b}bold{/b}, {{braces}}, and {a=x}a link{/a} once more."
    "{rb}漢字{/rb}{rt}かんじ{/rt}: ruby text in brackets after its base."
    return
