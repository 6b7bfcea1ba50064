translate french strings:

    # options.rpy:15
    old "The Question"
    new "La Question"

    # options.rpy:26
    old "Ren'Py 7+ Edition"
    new "Édition Ren’Py 7+"

    # options.rpy:32
    old "Character Art: Deji.\nOriginal Character Art: derik.\n\nBackground Art: Mugenjohncel.\nOriginal Background Art: DaFool\n\nMusic By: Alessio\n\nWritten By: mikey"
    new "Illustrateur des personnages : Deji.\nIllustrateur originel des personnages : derik.\n\nIllustrateur des arrière-plans : Mugenjohncel.\nIllustrateur originel des arrière-plans : DaFool\n\nMusique par : Alessio\n\nÉcrit par : mikey"
