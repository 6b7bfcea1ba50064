label start:
    "An unterminated line.

    "Next."
