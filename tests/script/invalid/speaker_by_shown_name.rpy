define k = Character("Kaori", color="#9fd3ff")

label start:
    kaory "Typo in the speaker."
    return
