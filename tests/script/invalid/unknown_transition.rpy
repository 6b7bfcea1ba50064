label start:
    scene black with disolve
