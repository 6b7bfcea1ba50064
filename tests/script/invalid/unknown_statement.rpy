label start:
    jum start
