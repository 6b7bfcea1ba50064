label start:
    if True:
    "After."
