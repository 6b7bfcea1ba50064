translate french strings:

    # screens.rpy:251
    old "Back"
    new "Retour"

    # screens.rpy:252
    old "History"
    new "Historique"

    # screens.rpy:253
    old "Skip"
    new "Avance rapide"

    # screens.rpy:254
    old "Auto"
    new "Auto"

    # screens.rpy:255
    old "Save"
    new "Sauvegarde"

    # screens.rpy:256
    old "Q.Save"
    new "Sauvegarde R."

    # screens.rpy:257
    old "Q.Load"
    new "Chargement R."

    # screens.rpy:258
    old "Prefs"
    new "Préf."

    # screens.rpy:299
    old "Start"
    new "Nouvelle partie"

    # screens.rpy:307
    old "Load"
    new "Charger"

    # screens.rpy:309
    old "Preferences"
    new "Préférences"

    # screens.rpy:313
    old "End Replay"
    new "Fin de la rediffusion"

    # screens.rpy:317
    old "Main Menu"
    new "Menu principal"

    # screens.rpy:319
    old "About"
    new "À propos"

    # screens.rpy:324
    old "Help"
    new "Aide"

    # screens.rpy:327
    old "Quit"
    new "Quitter"

    # screens.rpy:467
    old "Return"
    new "Retour"

    # screens.rpy:551
    old "[config.version!t]\n"
    new "[config.version!t]\n"

    # screens.rpy:555
    old "Updated Character Art"
    new "Personnages revisités par"

    # screens.rpy:556
    old "Deji"
    new "Deji"

    # screens.rpy:560
    old "Original Character Art"
    new "Personnages réalisés par"

    # screens.rpy:561
    old "Derik"
    new "Derik"

    # screens.rpy:567
    old "Updated Background Art"
    new "Paysages revisités par"

    # screens.rpy:568
    old "Mugenjohncel"
    new "Mugenjohncel"

    # screens.rpy:572
    old "Original Background Art"
    new "Paysages réalisés par"

    # screens.rpy:573
    old "DaFool"
    new "DaFool"

    # screens.rpy:579
    old "Music By"
    new "Musique par"

    # screens.rpy:580
    old "Alessio"
    new "Alessio"

    # screens.rpy:586
    old "Update Written By"
    new "Texte adapté par"

    # screens.rpy:587
    old "Lore"
    new "Lore"

    # screens.rpy:591
    old "Originally Written By "
    new "Originellement écrit par "

    # screens.rpy:592
    old "mikey (ATP Projects)"
    new "mikey (Projets ATP)"

    # screens.rpy:595
    old "\nMade with {a=https://www.renpy.org/}Ren'Py{/a} [renpy.version_only]"
    new "\nConçu avec {a=https://www.renpy.org/}Ren'Py{/a} [renpy.version_only]"

    # screens.rpy:597
    old "[renpy.license!t]"
    new "[renpy.license!t]"

    # screens.rpy:643
    old "Page {}"
    new "Page {}"

    # screens.rpy:643
    old "Automatic saves"
    new "Sauvegardes automatiques"

    # screens.rpy:643
    old "Quick saves"
    new "Sauvegardes rapides"

    # screens.rpy:685
    old "{#file_time}%A, %B %d %Y, %H:%M"
    new "{#file_time}%A %d %B %Y, %H:%M"

    # screens.rpy:685
    old "empty slot"
    new "emplacement vide"

    # screens.rpy:702
    old "<"
    new "<"

    # screens.rpy:705
    old "{#auto_page}A"
    new "{#auto_page}A"

    # screens.rpy:708
    old "{#quick_page}Q"
    new "{#quick_page}Q"

    # screens.rpy:714
    old ">"
    new ">"

    # screens.rpy:776
    old "Display"
    new "Affichage"

    # screens.rpy:777
    old "Window"
    new "Fenêtré"

    # screens.rpy:778
    old "Fullscreen"
    new "Plein écran"

    # screens.rpy:782
    old "Rollback Side"
    new "Rembobinage côté"

    # screens.rpy:783
    #old "Disable"
    #new "Désactivé"

    # screens.rpy:784
    old "Left"
    new "Gauche"

    # screens.rpy:785
    old "Right"
    new "Droit"

    # screens.rpy:790
    old "Unseen Text"
    new "Texte non lu"

    # screens.rpy:791
    old "After Choices"
    new "Après les choix"

    # screens.rpy:792
    old "Transitions"
    new "Transitions"

    # screens.rpy:800
    old "Language"
    new "Langue"

    # screens.rpy:815
    old "Text Speed"
    new "Vitesse du texte"

    # screens.rpy:819
    old "Auto-Forward Time"
    new "Avance automatique"

    # screens.rpy:826
    old "Music Volume"
    new "Volume de la musique"

    # screens.rpy:833
    old "Sound Volume"
    new "Volume des sons"

    # screens.rpy:839
    old "Test"
    new "Test"

    # screens.rpy:843
    old "Voice Volume"
    new "Volume des voix"

    # screens.rpy:854
    old "Mute All"
    new "Couper tous les sons"

    # screens.rpy:970
    old "The dialogue history is empty."
    new "L’historique des dialogues est vide."

    # screens.rpy:1035
    old "Keyboard"
    new "Clavier"

    # screens.rpy:1036
    old "Mouse"
    new "Souris"

    # screens.rpy:1039
    old "Gamepad"
    new "Manette"

    # screens.rpy:1052
    old "Enter"
    new "Entrée"

    # screens.rpy:1053
    old "Advances dialogue and activates the interface."
    new "Avance dans les dialogues et active l’interface (effectue un choix)."

    # screens.rpy:1056
    old "Space"
    new "Espace"

    # screens.rpy:1057
    old "Advances dialogue without selecting choices."
    new "Avance dans les dialogues sans effectuer de choix."

    # screens.rpy:1060
    old "Arrow Keys"
    new "Flèches directionnelles"

    # screens.rpy:1061
    old "Navigate the interface."
    new "Permet de se déplacer dans l’interface."

    # screens.rpy:1064
    old "Escape"
    new "Échap."

    # screens.rpy:1065
    old "Accesses the game menu."
    new "Ouvre le menu du jeu."

    # screens.rpy:1068
    old "Ctrl"
    new "Ctrl"

    # screens.rpy:1069
    old "Skips dialogue while held down."
    new "Fait défiler les dialogues tant que la touche est pressée."

    # screens.rpy:1072
    old "Tab"
    new "Tab"

    # screens.rpy:1073
    old "Toggles dialogue skipping."
    new "Active ou désactives les «sauts des dialogues»."

    # screens.rpy:1076
    old "Page Up"
    new "Page Haut"

    # screens.rpy:1077
    old "Rolls back to earlier dialogue."
    new "Retourne au précédent dialogue."

    # screens.rpy:1080
    old "Page Down"
    new "Page Bas"

    # screens.rpy:1081
    old "Rolls forward to later dialogue."
    new "Avance jusqu’au prochain dialogue."

    # screens.rpy:1085
    old "Hides the user interface."
    new "Cache l’interface utilisateur."

    # screens.rpy:1089
    old "Takes a screenshot."
    new "Prend une capture d’écran."

    # screens.rpy:1093
    old "Toggles assistive {a=https://www.renpy.org/l/voicing}self-voicing{/a}."
    new "Active la {a=https://www.renpy.org/l/voicing}{size=24}synthèse vocale{/size}{/a}."

    # screens.rpy:1099
    old "Left Click"
    new "Bouton gauche"

    # screens.rpy:1103
    old "Middle Click"
    new "Bouton central"

    # screens.rpy:1107
    old "Right Click"
    new "Bouton droit"

    # screens.rpy:1111
    old "Mouse Wheel Up"
    new "Molette de souris vers le haut"

    # screens.rpy:1115
    old "Mouse Wheel Down"
    new "Molette vers le bas"

    # screens.rpy:1122
    old "Right Trigger\nA/Bottom Button"
    new "Bouton R1\nA/Bouton du bas"

    # screens.rpy:1126
    old "Left Trigger\nLeft Shoulder"
    new "Déclencheur gauche\nBouton L1"

    # screens.rpy:1130
    old "Right Shoulder"
    new "Bouton R1"

    # screens.rpy:1134
    old "D-Pad, Sticks"
    new "Boutons directionnels, stick gauche"

    # screens.rpy:1138
    old "Start, Guide"
    new "Start, Guide"

    # screens.rpy:1142
    old "Y/Top Button"
    new "Y/Bouton du haut"

    # screens.rpy:1145
    old "Calibrate"
    new "Calibrage"

    # screens.rpy:1210
    old "Yes"
    new "Oui"

    # screens.rpy:1211
    old "No"
    new "Non"

    # screens.rpy:1257
    old "Skipping"
    new "Avance rapide"

    # screens.rpy:1478
    old "Menu"
    new "Menu"

    # game/screens.rpy:1108
    old "Opens the accessibility menu."
    new "Ouvre le menu d'accessibilité."
