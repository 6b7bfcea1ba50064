translate french strings:

    # 00action_file.rpy:26
    old "{#weekday}Monday"
    new "{#weekday}Lundi"

    # 00action_file.rpy:26
    old "{#weekday}Tuesday"
    new "{#weekday}Mardi"

    # 00action_file.rpy:26
    old "{#weekday}Wednesday"
    new "{#weekday}Mercredi"

    # 00action_file.rpy:26
    old "{#weekday}Thursday"
    new "{#weekday}Jeudi"

    # 00action_file.rpy:26
    old "{#weekday}Friday"
    new "{#weekday}Vendredi"

    # 00action_file.rpy:26
    old "{#weekday}Saturday"
    new "{#weekday}Samedi"

    # 00action_file.rpy:26
    old "{#weekday}Sunday"
    new "{#weekday}Dimanche"

    # 00action_file.rpy:37
    old "{#weekday_short}Mon"
    new "{#weekday_short}Lun"

    # 00action_file.rpy:37
    old "{#weekday_short}Tue"
    new "{#weekday_short}Mar"

    # 00action_file.rpy:37
    old "{#weekday_short}Wed"
    new "{#weekday_short}Mer"

    # 00action_file.rpy:37
    old "{#weekday_short}Thu"
    new "{#weekday_short}Jeu"

    # 00action_file.rpy:37
    old "{#weekday_short}Fri"
    new "{#weekday_short}Ven"

    # 00action_file.rpy:37
    old "{#weekday_short}Sat"
    new "{#weekday_short}Sam"

    # 00action_file.rpy:37
    old "{#weekday_short}Sun"
    new "{#weekday_short}Dim"

    # 00action_file.rpy:47
    old "{#month}January"
    new "{#month}Janvier"

    # 00action_file.rpy:47
    old "{#month}February"
    new "{#month}Février"

    # 00action_file.rpy:47
    old "{#month}March"
    new "{#month}Mars"

    # 00action_file.rpy:47
    old "{#month}April"
    new "{#month}Avril"

    # 00action_file.rpy:47
    old "{#month}May"
    new "{#month}Mai"

    # 00action_file.rpy:47
    old "{#month}June"
    new "{#month}Juin"

    # 00action_file.rpy:47
    old "{#month}July"
    new "{#month}Juillet"

    # 00action_file.rpy:47
    old "{#month}August"
    new "{#month}Août"

    # 00action_file.rpy:47
    old "{#month}September"
    new "{#month}Septembre"

    # 00action_file.rpy:47
    old "{#month}October"
    new "{#month}Octobre"

    # 00action_file.rpy:47
    old "{#month}November"
    new "{#month}Novembre"

    # 00action_file.rpy:47
    old "{#month}December"
    new "{#month}Décembre"

    # 00action_file.rpy:63
    old "{#month_short}Jan"
    new "{#month_short}Jan"

    # 00action_file.rpy:63
    old "{#month_short}Feb"
    new "{#month_short}Fév"

    # 00action_file.rpy:63
    old "{#month_short}Mar"
    new "{#month_short}Mar"

    # 00action_file.rpy:63
    old "{#month_short}Apr"
    new "{#month_short}Avr"

    # 00action_file.rpy:63
    old "{#month_short}May"
    new "{#month_short}Mai"

    # 00action_file.rpy:63
    old "{#month_short}Jun"
    new "{#month_short}Juin"

    # 00action_file.rpy:63
    old "{#month_short}Jul"
    new "{#month_short}Juil"

    # 00action_file.rpy:63
    old "{#month_short}Aug"
    new "{#month_short}Aoû"

    # 00action_file.rpy:63
    old "{#month_short}Sep"
    new "{#month_short}Sep"

    # 00action_file.rpy:63
    old "{#month_short}Oct"
    new "{#month_short}Oct"

    # 00action_file.rpy:63
    old "{#month_short}Nov"
    new "{#month_short}Nov"

    # 00action_file.rpy:63
    old "{#month_short}Dec"
    new "{#month_short}Déc"

    # 00action_file.rpy:237
    old "%b %d, %H:%M"
    new "%d %b, %H:%M"

    # 00action_file.rpy:344
    old "Save slot %s: [text]"
    new "Emplacement de sauvegarde %s: [text]"

    # 00action_file.rpy:417
    old "Load slot %s: [text]"
    new "Emplacement à charger %s: [text]"

    # 00action_file.rpy:459
    old "Delete slot [text]"
    new "Supprimer l’emplacement %s: [text]"

    # 00action_file.rpy:539
    old "File page auto"
    new "File page auto"

    # 00action_file.rpy:541
    old "File page quick"
    new "File page quick"

    # 00action_file.rpy:543
    old "File page [text]"
    new "File page [text]"

    # 00action_file.rpy:733
    old "Next file page."
    new "Next file page."

    # 00action_file.rpy:797
    old "Previous file page."
    new "Previous file page."

    # 00action_file.rpy:858
    old "Quick save complete."
    new "Sauvegarde rapide effectuée."

    # 00action_file.rpy:876
    old "Quick save."
    new "Sauvegarde rapide."

    # 00action_file.rpy:895
    old "Quick load."
    new "Chargement rapide."

    # 00action_other.rpy:344
    old "Language [text]"
    new "Langage [text]"

    # 00director.rpy:709
    old "The interactive director is not enabled here."
    new "Le directeur interactif n’est pas activé ici."

    # 00director.rpy:1479
    old "⬆"
    new "⬆"

    # 00director.rpy:1485
    old "⬇"
    new "⬇"

    # 00director.rpy:1549
    old "Done"
    new "Fait"

    # 00director.rpy:1559
    old "(statement)"
    new "(déclaration)"

    # 00director.rpy:1560
    old "(tag)"
    new "(étiquette)"

    # 00director.rpy:1561
    old "(attributes)"
    new "(attributs)"

    # 00director.rpy:1562
    old "(transform)"
    new "(transformation)"

    # 00director.rpy:1587
    old "(transition)"
    new "(transition)"

    # 00director.rpy:1599
    old "(channel)"
    new "(canal)"

    # 00director.rpy:1600
    old "(filename)"
    new "(nom de fichier)"

    # 00director.rpy:1629
    old "Change"
    new "Changement"

    # 00director.rpy:1631
    old "Add"
    new "Ajouter"

    # 00director.rpy:1634
    old "Cancel"
    new "Annuler"

    # 00director.rpy:1637
    old "Remove"
    new "Supprimer"

    # 00director.rpy:1672
    old "Statement:"
    new "Déclaration :"

    # 00director.rpy:1693
    old "Tag:"
    new "Étiquette :"

    # 00director.rpy:1709
    old "Attributes:"
    new "Attributs:"

    # 00director.rpy:1727
    old "Transforms:"
    new "Transformations:"

    # 00director.rpy:1746
    old "Behind:"
    new "Derrière :"

    # 00director.rpy:1765
    old "Transition:"
    new "Transition :"

    # 00director.rpy:1783
    old "Channel:"
    new "Canal :"

    # 00director.rpy:1801
    old "Audio Filename:"
    new "Nom du fichier audio :"

    # 00gui.rpy:370
    old "Are you sure?"
    new "Êtes-vous sûr ?"

    # 00gui.rpy:371
    old "Are you sure you want to delete this save?"
    new "Êtes-vous sûr de vouloir supprimer cette sauvegarde ?"

    # 00gui.rpy:372
    old "Are you sure you want to overwrite your save?"
    new "Êtes-vous sûr de vouloir écraser cette sauvegarde ?"

    # 00gui.rpy:373
    old "Loading will lose unsaved progress.\nAre you sure you want to do this?"
    new "Le chargement entraînera la perte de votre progression depuis la dernière sauvegarde.\nÊtes-vous sûr de vouloir faire cela ?"

    # 00gui.rpy:374
    old "Are you sure you want to quit?"
    new "Êtes-vous sûr de vouloir quitter ?"

    # 00gui.rpy:375
    old "Are you sure you want to return to the main menu?\nThis will lose unsaved progress."
    new "Êtes-vous sûr de vouloir retourner au menu principal ?\nVotre progression depuis la dernière sauvegarde sera perdue."

    # 00gui.rpy:376
    old "Are you sure you want to end the replay?"
    new "Êtes-vous sûr de vouloir arrêter la rediffusion ?"

    # 00gui.rpy:377
    old "Are you sure you want to begin skipping?"
    new "Êtes-vous sûr de vouloir sauter les dialogues ?"

    # 00gui.rpy:378
    old "Are you sure you want to skip to the next choice?"
    new "Êtes-vous sûr de vouloir sauter les dialogues jusqu’au prochain choix ?"

    # 00gui.rpy:379
    old "Are you sure you want to skip unseen dialogue to the next choice?"
    new "Êtes-vous sûr de vouloir sauter les dialogues non vus jusqu’au prochain choix ?"

    # 00keymap.rpy:258
    old "Failed to save screenshot as %s."
    new "Impossible de sauvegarder la capture d’écran dans %s."

    # 00keymap.rpy:270
    old "Saved screenshot as %s."
    new "Capture d’écran sauvegardée sous le nom %s."

    # 00library.rpy:146
    old "Self-voicing disabled."
    new "Lecture vocale désactivée."

    # 00library.rpy:147
    old "Clipboard voicing enabled. "
    new "Lecture vocale vers presse-papier activée. "

    # 00library.rpy:148
    old "Self-voicing enabled. "
    new "Lecture vocale activée. "

    # 00library.rpy:150
    old "bar"
    new "bar"

    # 00library.rpy:151
    old "selected"
    new "selected"

    # 00library.rpy:152
    old "viewport"
    new "viewport"

    # 00library.rpy:153
    old "horizontal scroll"
    new "barre de défilement horizontal"

    # 00library.rpy:154
    old "vertical scroll"
    new "barre de défilement vertical"

    # 00library.rpy:155
    old "activate"
    new "activer"

    # 00library.rpy:156
    old "deactivate"
    new "désactiver"

    # 00library.rpy:157
    old "increase"
    new "augmenter"

    # 00library.rpy:158
    old "decrease"
    new "diminuer"

    # 00library.rpy:193
    old "Skip Mode"
    new "Mode avance rapide"

    # 00library.rpy:279
    old "This program contains free software under a number of licenses, including the MIT License and GNU Lesser General Public License. A complete list of software, including links to full source code, can be found {a=https://www.renpy.org/l/license}here{/a}."
    new "Ce programme contient un logiciel libre soumis à de nombreuses licences incluant la licence « MIT » et la licence « GNU Lesser General Public License ». La liste complète des logiciels, incluant les liens vers le code source complet, peut-être trouvée {a=https://www.renpy.org/l/license}ici{/a}."

    # 00preferences.rpy:207
    old "display"
    new "display"

    # 00preferences.rpy:219
    old "transitions"
    new "transitions"

    # 00preferences.rpy:228
    old "skip transitions"
    new "skip transitions"

    # 00preferences.rpy:230
    old "video sprites"
    new "video sprites"

    # 00preferences.rpy:239
    old "show empty window"
    new "show empty window"

    # 00preferences.rpy:248
    old "text speed"
    new "text speed"

    # 00preferences.rpy:256
    old "joystick"
    new "joystick"

    # 00preferences.rpy:256
    old "joystick..."
    new "joystick…"

    # 00preferences.rpy:263
    old "skip"
    new "skip"

    # 00preferences.rpy:266
    old "skip unseen [text]"
    new "skip unseen [text]"

    # 00preferences.rpy:271
    old "skip unseen text"
    new "skip unseen text"

    # 00preferences.rpy:273
    old "begin skipping"
    new "begin skipping"

    # 00preferences.rpy:277
    old "after choices"
    new "after choices"

    # 00preferences.rpy:284
    old "skip after choices"
    new "skip after choices"

    # 00preferences.rpy:286
    old "auto-forward time"
    new "auto-forward time"

    # 00preferences.rpy:300
    old "auto-forward"
    new "auto-forward"

    # 00preferences.rpy:307
    old "Auto forward"
    new "Auto forward"

    # 00preferences.rpy:310
    old "auto-forward after click"
    new "auto-forward after click"

    # 00preferences.rpy:319
    old "automatic move"
    new "automatic move"

    # 00preferences.rpy:328
    old "wait for voice"
    new "wait for voice"

    # 00preferences.rpy:337
    old "voice sustain"
    new "voice sustain"

    # 00preferences.rpy:346
    old "self voicing"
    new "self voicing"

    # renpy/common/00preferences.rpy:388
    old "self voicing volume drop"
    new "self voicing volume drop"

    # renpy/common/00preferences.rpy:430
    old "font transform"
    new "font transform"

    # 00preferences.rpy:355
    old "clipboard voicing"
    new "clipboard voicing"

    # 00preferences.rpy:364
    old "debug voicing"
    new "debug voicing"

    # 00preferences.rpy:373
    old "emphasize audio"
    new "emphasize audio"

    # 00preferences.rpy:382
    old "rollback side"
    new "rollback side"

    # 00preferences.rpy:392
    old "gl powersave"
    new "gl powersave"

    # 00preferences.rpy:398
    old "gl framerate"
    new "gl framerate"

    # 00preferences.rpy:401
    old "gl tearing"
    new "gl tearing"

    # 00preferences.rpy:413
    old "music volume"
    new "music volume"

    # 00preferences.rpy:414
    old "sound volume"
    new "sound volume"

    # 00preferences.rpy:415
    old "voice volume"
    new "sound volume"

    # 00preferences.rpy:416
    old "mute music"
    new "mute music"
    # 00preferences.rpy:417
    old "mute sound"
    new "mute sound"

    # 00preferences.rpy:418
    old "mute voice"
    new "mute voice"

    # 00preferences.rpy:419
    old "mute all"
    new "mute all"

    # 00preferences.rpy:500
    old "Clipboard voicing enabled. Press 'shift+C' to disable."
    new "Lecture vocale vers presse-papier activée. Pressez « Maj+C » pour la désactiver."

    # 00preferences.rpy:502
    old "Self-voicing would say \"[renpy.display.tts.last]\". Press 'alt+shift+V' to disable."
    new "La lecture vocale veut dire « [renpy.display.tts.last] ». Pressez « Alt+Maj+V » pour la désactiver."

    # 00preferences.rpy:504
    old "Self-voicing enabled. Press 'v' to disable."
    new "Lecture vocale activée. Pressez « v » pour la désactiver."

    # _compat\gamemenu.rpym:198
    old "Empty Slot."
    new "Emplacement vide."

    # _compat\gamemenu.rpym:355
    old "Previous"
    new "Précédent"

    # _compat\gamemenu.rpym:362
    old "Next"
    new "Suivant"

    # _compat\preferences.rpym:428
    old "Joystick Mapping"
    new "Mapping du Joystick"

    # _developer\developer.rpym:38
    old "Developer Menu"
    new "Menu du développeur"

    # _developer\developer.rpym:43
    old "Interactive Director (D)"
    new "Directeur intéractif (D)"

    # _developer\developer.rpym:45
    old "Reload Game (Shift+R)"
    new "Recharger la partie (Maj+R)"

    # _developer\developer.rpym:47
    old "Console (Shift+O)"
    new "Console (Maj+O)"

    # _developer\developer.rpym:49
    old "Variable Viewer"
    new "Visualisateur de variable"

    # _developer\developer.rpym:51
    old "Image Location Picker"
    new "Sélecteur d’emplacement d’images"

    # _developer\developer.rpym:53
    old "Filename List"
    new "Liste des noms de fichiers"

    # _developer\developer.rpym:57
    old "Show Image Load Log (F4)"
    new "Afficher le journal de chargement des images (F4)"

    # _developer\developer.rpym:60
    old "Hide Image Load Log (F4)"
    new "Cacher le journal de chargement des images (F4)"

    # _developer\developer.rpym:95
    old "Nothing to inspect."
    new "Rien à inspecter."

    # _developer\developer.rpym:223
    old "Return to the developer menu"
    new "Retourner au menu du développeur"

    # _developer\developer.rpym:383
    old "Rectangle: %r"
    new "Rectangle : %r"

    # _developer\developer.rpym:388
    old "Mouse position: %r"
    new "Position de la souris : %r"

    # _developer\developer.rpym:393
    old "Right-click or escape to quit."
    new "Clic droit ou « Échap » pour quitter."

    # _developer\developer.rpym:425
    old "Rectangle copied to clipboard."
    new "Rectangle copié dans le presse-papier."

    # _developer\developer.rpym:428
    old "Position copied to clipboard."
    new "Position copiée dans le presse-papier."

    # _developer\developer.rpym:447
    old "Type to filter: "
    new "Filtrer :"

    # _developer\developer.rpym:575
    old "Textures: [tex_count] ([tex_size_mb:.1f] MB)"
    new "Textures : [tex_count] ([tex_size_mb:.1f] Mo)"

    # _developer\developer.rpym:579
    old "Image cache: [cache_pct:.1f]% ([cache_size_mb:.1f] MB)"
    new "Cache des images : [cache_pct:.1f]% ([cache_size_mb:.1f] Mo)"

    # _developer\developer.rpym:589
    old "✔ "
    new "✔ "

    # _developer\developer.rpym:592
    old "✘ "
    new "✘ "

    # _developer\developer.rpym:597
    old "\n{color=#cfc}✔ predicted image (good){/color}\n{color=#fcc}✘ unpredicted image (bad){/color}\n{color=#fff}Drag to move.{/color}"
    new "\n{color=#cfc}✔ image prédite (bon){/color}\n{color=#fcc}✘ image non prédite (mauvais){/color}\n{color=#fff}Glissez pour bouger.{/color}"

    # _developer\inspector.rpym:38
    old "Displayable Inspector"
    new "Inspecteur d’éléments affichables"

    # _developer\inspector.rpym:61
    old "Size"
    new "Taille"

    # _developer\inspector.rpym:65
    old "Style"
    new "Style"

    # _developer\inspector.rpym:71
    old "Location"
    new "Localisation"

    # _developer\inspector.rpym:122
    old "Inspecting Styles of [displayable_name!q]"
    new "Inspection des styles de [displayable_name!q]"

    # _developer\inspector.rpym:139
    old "displayable:"
    new "élément affichable :"

    # _developer\inspector.rpym:145
    old "        (no properties affect the displayable)"
    new "        (Aucune propriété n’affecte l’affichage)"

    # _developer\inspector.rpym:147
    old "        (default properties omitted)"
    new "        (Propriétés par défaut omises)"

    # _developer\inspector.rpym:185
    old "<repr() failed>"
    new "<repr() échoué>"

    # _layout\classic_load_save.rpym:170
    old "a"
    new "a"

    # _layout\classic_load_save.rpym:179
    old "q"
    new "q"

    # 00iap.rpy:217
    old "Contacting App Store\nPlease Wait..."
    new "Connexion à l’Apple Store.\nVeuillez patienter…"

    # 00updater.rpy:372
    old "The Ren'Py Updater is not supported on mobile devices."
    new "La mise à jour automatique de Ren’Py n’est pas supportée sur les appareils mobiles."

    # 00updater.rpy:491
    old "An error is being simulated."
    new "Une erreur est en train d’être simulée."

    # 00updater.rpy:672
    old "Either this project does not support updating, or the update status file was deleted."
    new "Soit ce projet ne supporte pas la mise à jour, soit le fichier d’état des mises à jour a été supprimé."

    # 00updater.rpy:686
    old "This account does not have permission to perform an update."
    new "Ce compte n’a pas la permission de réaliser une mise à jour."

    # 00updater.rpy:689
    old "This account does not have permission to write the update log."
    new "Ce compte n’a pas la permission d’écrire dans le journal de mise à jour."

    # 00updater.rpy:716
    old "Could not verify update signature."
    new "Impossible de vérifier la signature de la mise à jour."

    # 00updater.rpy:991
    old "The update file was not downloaded."
    new "Le fichier de mise à jour n’a pas été téléchargé."

    # 00updater.rpy:1009
    old "The update file does not have the correct digest - it may have been corrupted."
    new "Le fichier de mise à jour présente une signature incorrecte, le fichier peut avoir été corrompu."

    # 00updater.rpy:1065
    old "While unpacking {}, unknown type {}."
    new "En décompressant {}, type {} inconnu."

    # 00updater.rpy:1412
    old "Updater"
    new "Mise à jour"

    # 00updater.rpy:1419
    old "An error has occurred:"
    new "Une erreur est survenue :"
    # 00updater.rpy:1421
    old "Checking for updates."
    new "Vérification des mises à jour."

    # 00updater.rpy:1423
    old "This program is up to date."
    new "Ce programme est à jour."

    # 00updater.rpy:1425
    old "[u.version] is available. Do you want to install it?"
    new "[u.version] est disponible. Voulez-vous l’installer ?"

    # 00updater.rpy:1427
    old "Preparing to download the updates."
    new "Préparation du téléchargement de la mise à jour."

    # 00updater.rpy:1429
    old "Downloading the updates."
    new "Téléchargement de la mise à jour."

    # 00updater.rpy:1431
    old "Unpacking the updates."
    new "Décompression de la mise à jour."

    # 00updater.rpy:1433
    old "Finishing up."
    new "Finalisation en cours."

    # 00updater.rpy:1435
    old "The updates have been installed. The program will restart."
    new "La mise à jour a été installée. Le programme va redémarrer."

    # 00updater.rpy:1437
    old "The updates have been installed."
    new "La mise à jour a été installée."

    # 00updater.rpy:1439
    old "The updates were cancelled."
    new "La mise à jour a été annulée."

    # 00updater.rpy:1454
    old "Proceed"
    new "Continuer"

    # 00gallery.rpy:573
    old "Image [index] of [count] locked."
    new "Image [index] sur [count] verrouillée."

    # 00gallery.rpy:593
    old "prev"
    new "préc."

    # 00gallery.rpy:594
    old "next"
    new "suiv."

    # 00gallery.rpy:595
    old "slideshow"
    new "diaporama"

    # 00gallery.rpy:596
    old "return"
    new "retour"

    # 00gltest.rpy:70
    old "Renderer"
    new "Moteur de rendu"

    # 00gltest.rpy:74
    old "Automatically Choose"
    new "Choix automatique"

    # renpy/common/00gltest.rpy:100
    old "Force GL Renderer"
    new "Forcer le rendu GL"

    # renpy/common/00gltest.rpy:105
    old "Force ANGLE Renderer"
    new "Forcer le rendu ANGLE"

    # renpy/common/00gltest.rpy:110
    old "Force GLES Renderer"
    new "Forcer le rendu GLES"

    # renpy/common/00gltest.rpy:116
    old "Force GL2 Renderer"
    new "Forcer le rendu GL2"

    # renpy/common/00gltest.rpy:121
    old "Force ANGLE2 Renderer"
    new "Forcer le rendu ANGLE2"

    # renpy/common/00gltest.rpy:126
    old "Force GLES2 Renderer"
    new "Forcer le rendu GLES2"

    # renpy/common/00gltest.rpy:136
    old "Enable (No Blocklist)"
    new "Activer (sans liste noire)"

    # 00gltest.rpy:97
    old "Enable"
    new "Activer"

    # 00gltest.rpy:101
    old "Disable"
    new "Désactiver"

    # 00gltest.rpy:131
    old "Powersave"
    new "Économie d’énergie"

    # 00gltest.rpy:145
    old "Framerate"
    new "Taux de rafraîchissement"

    # 00gltest.rpy:149
    old "Screen"
    new "Écran"

    # 00gltest.rpy:153
    old "60"
    new "60"

    # 00gltest.rpy:157
    old "30"
    new "30"

    # 00gltest.rpy:163
    old "Tearing"
    new "Tearing"

    # 00gltest.rpy:179
    old "Changes will take effect the next time this program is run."
    new "Les changements prendront effet au prochain démarrage du programme."

    # 00gltest.rpy:213
    old "Performance Warning"
    new "Alerte de performance."

    # 00gltest.rpy:218
    old "This computer is using software rendering."
    new "Cet ordinateur utilise le rendu logiciel."

    # 00gltest.rpy:224
    old "This computer has a problem displaying graphics: [problem]."
    new "Cet ordinateur rencontre un problème pour afficher les graphismes: [problem]."

    # 00gltest.rpy:231
    old "Its graphics drivers may be out of date or not operating correctly. This can lead to slow or incorrect graphics display."
    new "Les pilotes graphiques ne sont peut-être pas à jour ou n’opèrent pas correctement. Cela peut provoquer des lenteurs ou des erreurs d'affichage."

    # 00gltest.rpy:242
    old "Continue, Show this warning again"
    new "Continuer et afficher cet avertissement à chaque fois."

    # 00gltest.rpy:246
    old "Continue, Don't show warning again"
    new "Continuer et ne plus afficher cet avertissement."

    # renpy/common/00gltest.rpy:249
    old "This game requires use of GL2 that can't be initialised."
    new "Ce jeu requiert GL2 et ne peut être initialisé."

    # renpy/common/00gltest.rpy:259
    old "The {a=edit:1:log.txt}log.txt{/a} file may contain information to help you determine what is wrong with your computer."
    new "Le fichier {a=edit:1:log.txt}log.txt{/a} peut contenir des informations pour vous aider à déterminer ce qui ne va pas avec votre ordinateur."

    # renpy/common/00gltest.rpy:264
    old "More details on how to fix this can be found in the {a=[url]}documentation{/a}."
    new "Vous trouverez de plus amples informations pour corriger ceci dans la {a=[url]}documentation{/a}."

    # renpy/common/00gltest.rpy:281
    old "Change render options"
    new "Changer les options de rendu"

    # 00gamepad.rpy:32
    old "Select Gamepad to Calibrate"
    new "Sélectionnez la manette à calibrer"

    # 00gamepad.rpy:35
    old "No Gamepads Available"
    new "Aucune manette disponible"

    # 00gamepad.rpy:54
    old "Calibrating [name] ([i]/[total])"
    new "Calibrage de [name] ([i]/[total])"

    # renpy/common/00gamepad.rpy:58
    old "Press or move the '[control!s]' [kind]."
    new "Pressez ou déplacez le [kind] '[control!s]'."

    # 00gamepad.rpy:66
    old "Skip (A)"
    new "Passer (A)"

    # 00gamepad.rpy:69
    old "Back (B)"
    new "Retour (B)"

    # _errorhandling.rpym:528
    old "Open"
    new "Ouvrir"

    # _errorhandling.rpym:530
    old "Opens the traceback.txt file in a text editor."
    new "Ouvrir le fichier « traceback.txt » dans un éditeur de texte."

    # _errorhandling.rpym:532
    old "Copy"
    new "Copier"

    # _errorhandling.rpym:534
    old "Copies the traceback.txt file to the clipboard."
    new "Copie le fichier traceback.txt dans le presse-papier."

    # _errorhandling.rpym:561
    old "An exception has occurred."
    new "Une exception est survenue."

    # _errorhandling.rpym:581
    old "Rollback"
    new "Annuler"

    # _errorhandling.rpym:583
    old "Attempts a roll back to a prior time, allowing you to save or choose a different choice."
    new "Tente une annulation jusqu’à l’état précédent, cela vous permettra de sauvegarder ou d’effectuer un choix différent."

    # _errorhandling.rpym:586
    old "Ignore"
    new "Ignorer"

    # _errorhandling.rpym:590
    old "Ignores the exception, allowing you to continue."
    new "Ignore l’exception, cela vous autorise à poursuivre"

    # _errorhandling.rpym:592
    old "Ignores the exception, allowing you to continue. This often leads to additional errors."
    new "Ignore l’exception, cela vous autorise à poursuivre. Cela conduit souvent à de nouvelles erreurs."

    # _errorhandling.rpym:596
    old "Reload"
    new "Recharger"

    # _errorhandling.rpym:598
    old "Reloads the game from disk, saving and restoring game state if possible."
    new "Recharger le jeu depuis le disque, sauvegarder et restaurer le jeu dans son état actuel si possible."

    # _errorhandling.rpym:601
    old "Console"
    new "Console"

    # _errorhandling.rpym:603
    old "Opens a console to allow debugging the problem."
    new "Ouvre une console pour débuguer le problème."

    # _errorhandling.rpym:613
    old "Quits the game."
    new "Quitter le jeu."

    # _errorhandling.rpym:637
    old "Parsing the script failed."
    new "L’analyse du script a échoué."

    # _errorhandling.rpym:663
    old "Opens the errors.txt file in a text editor."
    new "Ouvrir le fichier « errors.txt » dans un éditeur de texte."

    # _errorhandling.rpym:667
    old "Copies the errors.txt file to the clipboard."
    new "Copie le contenu du fichier « errors.txt » dans le presse-papier."

translate french strings:

    # renpy/common/00accessibility.rpy:76
    old "Font Override"
    new "Forcer la police"

    # renpy/common/00accessibility.rpy:80
    old "Default"
    new "Par défaut"

    # renpy/common/00accessibility.rpy:84
    old "DejaVu Sans"
    new "DejaVu Sans"

    # renpy/common/00accessibility.rpy:88
    old "Opendyslexic"
    new "Opendyslexic"

    # renpy/common/00accessibility.rpy:94
    old "Text Size Scaling"
    new "Redimensionnement du Texte"

    # renpy/common/00accessibility.rpy:100
    old "Reset"
    new "Réinitaliser"

    # renpy/common/00accessibility.rpy:105
    old "Line Spacing Scaling"
    new "Espacement Vertical"

    # renpy/common/00accessibility.rpy:117
    old "Self-Voicing"
    new "Lecture vocale"

    # renpy/common/00accessibility.rpy:121
    old "Off"
    new "Désactivée"

    # renpy/common/00accessibility.rpy:125
    old "Text-to-speech"
    new "Synthèse vocale"

    # renpy/common/00accessibility.rpy:129
    old "Clipboard"
    new "Presse-papier"

    # renpy/common/00accessibility.rpy:133
    old "Debug"
    new "Débogage"

    # renpy/common/00accessibility.rpy:193
    old "Self-Voicing Volume Drop"
    new "Baisse de volume pendant la lecture vocale"

    # renpy/common/00accessibility.rpy:202
    old "The options on this menu are intended to improve accessibility. They may not work with all games, and some combinations of options may render the game unplayable. This is not an issue with the game or engine. For the best results when changing fonts, try to keep the text size the same as it originally was."
    new "Les options de ce menu ont pour but d'améliorer l'accessibilité. Cela peut ne pas fonctionner avec tous les jeux, et certaines combinaisons peuvent rendre le jeu injouable. Ce n'est pas un problème dans le jeu ou son moteur. Pour de meilleurs résultats lors d'un changement de police, ciblez une taille de texte identique à l'originale."

    # renpy/common/00preferences.rpy:433
    old "font size"
    new "font size"

    # renpy/common/00preferences.rpy:441
    old "font line spacing"
    new "font line spacing"

    # renpy/common/00preferences.rpy:464
    old "system cursor"
    new "system cursor"

    # renpy/common/_errorhandling.rpym:542
    old "Copy BBCode"
    new "Copier en BBCode"

    # renpy/common/_errorhandling.rpym:544
    old "Copies the traceback.txt file to the clipboard as BBcode for forums like https://lemmasoft.renai.us/."
    new "Copie le fichier traceback.txt dans le presse-papier au format BBcode pour les forums tels que https://lemmasoft.renai.us/."

    # renpy/common/_errorhandling.rpym:546
    old "Copy Markdown"
    new "Copier en Markdown"

    # renpy/common/_errorhandling.rpym:548
    old "Copies the traceback.txt file to the clipboard as Markdown for Discord."
    new "Copie le fichier traceback.txt dans le presse-papier au format Markdown pour Discord."

    # renpy/common/_errorhandling.rpym:683
    old "Copies the errors.txt file to the clipboard as BBcode for forums like https://lemmasoft.renai.us/."
    new "Copie le fichier errors.txt dans le presse-papier au format BBcode pour les forums tels que https://lemmasoft.renai.us/."

    # renpy/common/_errorhandling.rpym:687
    old "Copies the errors.txt file to the clipboard as Markdown for Discord."
    new "Copie le fichier errors.txt dans le presse-papier au format Markdown pour Discord."

    # renpy/common/00accessibility.rpy:180
    old "High Contrast Text"
    new "Texte à contraste élevé"

    # renpy/common/00preferences.rpy:487
    old "renderer menu"
    new "menu de rendu"

    # renpy/common/00preferences.rpy:490
    old "accessibility menu"
    new "menu d'accessibilité"

    # renpy/common/00preferences.rpy:493
    old "high contrast text"
    new "texte à contraste élevé"

    # renpy/common/_developer/developer.rpym:63
    old "Image Attributes"
    new "Attributs de l'image"

    # renpy/common/_developer/developer.rpym:90
    old "[name] [attributes] (hidden)"
    new "[name] [attributes] (caché)"

    # renpy/common/_developer/developer.rpym:94
    old "[name] [attributes]"
    new "[name] [attributes]"

    # renpy/common/_developer/developer.rpym:154
    old "Hide deleted"
    new "Masquer supprimés"

    # renpy/common/_developer/developer.rpym:154
    old "Show deleted"
    new "Montrer supprimés"
