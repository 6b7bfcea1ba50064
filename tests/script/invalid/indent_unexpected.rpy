label start:
    "One."
        "Indented too far."
