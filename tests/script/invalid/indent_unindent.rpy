label start:
    if True:
        "A."
      "B."
