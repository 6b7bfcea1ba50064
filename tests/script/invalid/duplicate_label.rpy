label start:
    "One."

label start:
    "Two."
