define kaori = Character("Kaori")
label start:
    kaory "Typo in the speaker."
