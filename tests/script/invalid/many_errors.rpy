define k = Character("Kaori")
label start:
    kk "Hello."
    jump nowhere
    $ import sys
    "Fine."
    show black at middle
