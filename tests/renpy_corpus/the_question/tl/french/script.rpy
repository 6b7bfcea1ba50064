# game/script.rpy:19
translate french start_915cb944:

    # "It's only when I hear the sounds of shuffling feet and supplies being put away that I realize that the lecture's over."
    "C’est seulement quand j’entends les bruits de pas et de fournitures qu’on range que je réalise que la conférence est terminée."

# game/script.rpy:21
translate french start_d48fb984:

    # "Professor Eileen's lectures are usually interesting, but today I just couldn't concentrate on it."
    "Les conférences du professeur Eileen sont généralement intéressantes, mais, aujourd’hui, je n’ai pas réussi à me concentrer."

# game/script.rpy:23
translate french start_622654e3:

    # "I've had a lot of other thoughts on my mind...thoughts that culminate in a question."
    "J’ai beaucoup d’autres choses en tête… choses qui aboutissent toutes à une question."

# game/script.rpy:25
translate french start_5aee3489:

    # "It's a question that I've been meaning to ask a certain someone."
    "C’est une question que j’ai voulu poser à quelqu’un."

# game/script.rpy:30
translate french start_66c6d238:

    # "When we come out of the university, I spot her right away."
    "Quand nous sortons de l’université, je la repère tout de suite."

# game/script.rpy:35
translate french start_1d44d9d7:

    # "I've known Sylvie since we were kids. She's got a big heart and she's always been a good friend to me."
    "Je connais Sylvie depuis que nous sommes enfants. Elle a un grand cœur et elle a toujours été une amie pour moi."

# game/script.rpy:37
translate french start_1c8af99f:

    # "But recently... I've felt that I want something more."
    "Mais récemment… J’ai senti que je voulais quelque chose de plus."

# game/script.rpy:39
translate french start_17a1771f:

    # "More than just talking, more than just walking home together when our classes end."
    "Plus que simplement parler, plus que simplement rentrer à la maison ensemble quand nos classes se terminent."

# game/script.rpy:58
translate french rightaway_cf214f74:

    # s "Hi there! How was class?"
    s "Salut ! Comment étaient les cours ?"

# game/script.rpy:60
translate french rightaway_f5f51c33:

    # m "Good..."
    m "Bien…"

# game/script.rpy:62
translate french rightaway_027fd9f0:

    # "I can't bring myself to admit that it all went in one ear and out the other."
    "Je peine à admettre que tout est entré par une oreille et sorti aussitôt par l’autre."

# game/script.rpy:64
translate french rightaway_1e626e6b:

    # m "Are you going home now? Wanna walk back with me?"
    m "Tu rentres à la maison maintenant ? Tu veux marcher avec moi ?"

# game/script.rpy:66
translate french rightaway_ed1dfb9d:

    # s "Sure!"
    s "Bien sûr !"

# game/script.rpy:71
translate french rightaway_03faae39:

    # "After a short while, we reach the meadows just outside the neighborhood where we both live."
    "Après un court moment, nous atteignons les prairies juste à l’extérieur du quartier où nous vivons tous les deux."

# game/script.rpy:73
translate french rightaway_b3b54d3c:

    # "It's a scenic view I've grown used to. Autumn is especially beautiful here."
    "C’est un panorama auquel je me suis habitué. L’automne est particulièrement beau par ici."

# game/script.rpy:75
translate french rightaway_8f173bb5:

    # "When we were children, we played in these meadows a lot, so they're full of memories."
    "Quand nous étions enfants, nous jouions beaucoup dans la prairie, donc ces lieux sont pleins de bons souvenirs."

# game/script.rpy:77
translate french rightaway_aa84c954:

    # m "Hey... Umm..."
    m "Hé… Euh…"

# game/script.rpy:82
translate french rightaway_79becbf8:

    # "She turns to me and smiles. She looks so welcoming that I feel my nervousness melt away."
    "Elle se tourne vers moi et me souris. Elle semble si accueillante que je sens ma nervosité s’évanouir."

# game/script.rpy:84
translate french rightaway_6a5d032c:

    # "I'll ask her...!"
    "Je vais lui demander…"

# game/script.rpy:86
translate french rightaway_29e68260:

    # m "Ummm... Will you..."
    m "Euh… Est-ce que tu…"

# game/script.rpy:88
translate french rightaway_6c267868:

    # m "Will you be my artist for a visual novel?"
    m "Est-ce que tu veux être mon artiste pour un roman visuel ?"

# game/script.rpy:92
translate french rightaway_16b8cb94:

    # "Silence."
    "Silence."

# game/script.rpy:94
translate french rightaway_289664f3:

    # "She looks so shocked that I begin to fear the worst. But then..."
    "Elle a l’air si choquée que je commence à craindre le pire. Mais alors…"

# game/script.rpy:98
translate french rightaway_8cb5deeb:

    # s "Sure, but what's a \"visual novel?\"" nointeract
    s "Bien sûr, mais c’est quoi un \"roman visuel?\"" nointeract

# game/script.rpy:111
translate french game_65cca574:

    # m "It's a kind of videogame you can play on your computer or a console."
    m "C’est une sorte de jeu vidéo sur ordinateur ou sur console."

# game/script.rpy:113
translate french game_da120cd2:

    # m "Visual novels tell a story with pictures and music."
    m "Les romans visuels raconte une histoire avec des images et une musique."

# game/script.rpy:115
translate french game_0157c4d2:

    # m "Sometimes, you also get to make choices that affect the outcome of the story."
    m "De temps en temps, tu dois également faire des choix qui vont affecter la fin de l’histoire."

# game/script.rpy:117
translate french game_68b33461:

    # s "So it's like those choose-your-adventure books?"
    s "Donc cela ressemble à ces livres dont vous êtes le héros ?"

# game/script.rpy:119
translate french game_fa834128:

    # m "Exactly! I've got lots of different ideas that I think would work."
    m "Exactement ! J’ai beaucoup d’idées qui pourraient fonctionner. Enfin, je crois…"

# game/script.rpy:121
translate french game_d9b28ade:

    # m "And I thought maybe you could help me...since I know how you like to draw."
    m "Et j’ai pensé que tu pourrais m’aider… surtout depuis que je sais que tu aimes dessiner."

# game/script.rpy:123
translate french game_eaa56bc9:

    # m "It'd be hard for me to make a visual novel alone."
    m "Ce serait difficile pour moi de faire un roman visuel tout seul."

# game/script.rpy:127
translate french game_9befd1bf:

    # s "Well, sure! I can try. I just hope I don't disappoint you."
    s "Eh bien, certainement ! Je peux essayer. J’espère juste que je ne vais pas te décevoir."

# game/script.rpy:129
translate french game_c788ae90:

    # m "You know you could never disappoint me, Sylvie."
    m "Tu sais que tu ne pourrais jamais me décevoir, Sylvie."

# game/script.rpy:138
translate french book_4221b3bd:

    # m "It's like an interactive book that you can read on a computer or a console."
    m "C’est comme un livre interactif que tu peux lire sur un ordinateur ou une console."

# game/script.rpy:142
translate french book_4cfd8044:

    # s "Interactive?"
    s "Interactif ?"

# game/script.rpy:144
translate french book_b9c732c8:

    # m "You can make choices that lead to different events and endings in the story."
    m "Tu peux faire des choix qui vont conduire à différents évènements et à différentes fins."

# game/script.rpy:146
translate french book_1c7ac61a:

    # s "So where does the \"visual\" part come in?"
    s "Alors, d’où vient la partie \"visuelle\" ?"

# game/script.rpy:148
translate french book_763f25a8:

    # m "Visual novels have pictures and even music, sound effects, and sometimes voice acting to go along with the text."
    m "Les romans visuels ont des images et même de la musique, des effets sonores et parfois des voix accompagnent même le texte."

# game/script.rpy:152
translate french book_2277f2aa:

    # s "I see! That certainly sounds like fun. I actually used to make webcomics way back when, so I've got lots of story ideas."
    s "Je vois ! Ça semble amusant. J’avais l’habitude de faire des webcomics à l’époque. Du coup, j’ai plein d’idées."

# game/script.rpy:154
translate french book_ccd3e9b0:

    # m "That's great! So...would you be interested in working with me as an artist?"
    m "C’est génial ! Alors… serais-tu intéressée à travailler avec moi comme artiste ?"

# game/script.rpy:156
translate french book_e325967b:

    # s "I'd love to!"
    s "J’adorerais !"

# game/script.rpy:165
translate french marry_4509e340:

    # "And so, we become a visual novel creating duo."
    "Et c’est ainsi que nous avons formé ce duo, créant des romans visuels."

# game/script.rpy:170
translate french marry_0f82ff7f:

    # "Over the years, we make lots of games and have a lot of fun making them."
    "Au fil des ans, nous avons fait beaucoup de jeux et nous nous amusons beaucoup à les faire."

# game/script.rpy:174
translate french marry_08e24a18:

    # "Our first game is based on one of Sylvie's ideas, but afterwards I get to come up with stories of my own, too."
    "Notre premier jeu était basé sur une idée de Sylvie, mais par la suite, j’ai eu aussi des histoires à raconter."

# game/script.rpy:176
translate french marry_285256a1:

    # "We take turns coming up with stories and characters and support each other to make some great games!"
    "Nous nous relayons avec des histoires et des personnages et nous nous soutenons mutuellement pour faire de super jeux !"

# game/script.rpy:178
translate french marry_27260f18:

    # "And one day..."
    "Et puis un jour…"

# game/script.rpy:183
translate french marry_bf690666:

    # s "Hey..."
    s "Hé…"

# game/script.rpy:185
translate french marry_7a5c1899:

    # m "Yes?"
    m "Oui ?"

# game/script.rpy:189
translate french marry_3c154e68:

    # s "Will you marry me?"
    s "Est-ce que tu veux m’épouser ?"

# game/script.rpy:191
translate french marry_8bcbc4b9:

    # m "What? Where did this come from?"
    m "Quoi ? D’où est-ce que ça vient ?"

# game/script.rpy:195
translate french marry_f913278c:

    # s "Come on, how long have we been dating?"
    s "Allons, depuis combien de temps sortons-nous ensemble ?"

# game/script.rpy:197
translate french marry_4ba892a0:

    # m "A while..."
    m "Quelque temps…"

# game/script.rpy:201
translate french marry_39d7f0df:

    # s "These last few years we've been making visual novels together, spending time together, helping each other..."
    s "Ces dernières années, nous avons fait ensemble des romans visuels, en passant du temps ensemble, en nous aidant l’un l’autre…"

# game/script.rpy:203
translate french marry_1516df50:

    # s "I've gotten to know you and care about you better than anyone else. And I think the same goes for you, right?"
    s "J’ai appris à te connaître et je me soucie de toi plus que quiconque. Et je pense que la même chose vaut pour toi, non ?"

# game/script.rpy:205
translate french marry_3234b0ab:

    # m "Sylvie..."
    m "Sylvie…"

# game/script.rpy:209
translate french marry_8179b35b:

    # s "But I know you're the indecisive type. If I held back, who knows when you'd propose?"
    s "Mais je sais que tu es le type indécis. Si je me retenais, qui sait quand tu oserais me demander en mariage ?"

# game/script.rpy:213
translate french marry_373937d9:

    # s "So will you marry me?"
    s "Alors, veux-tu m’épouser ?"

# game/script.rpy:215
translate french marry_857958dc:

    # m "Of course I will! I've actually been meaning to propose, honest!"
    m "Bien sûr que je veux ! J’ai vraiment eu l’intention de te le demander, honnêtement !"

# game/script.rpy:217
translate french marry_81ed468b:

    # s "I know, I know."
    s "Je sais, je sais."

# game/script.rpy:219
translate french marry_1c4ae954:

    # m "I guess... I was too worried about timing. I wanted to ask the right question at the right time."
    m "Enfin, tu sais… Je m’inquiétais pour le bon timing. Je voulais te poser la question au bon moment."

# game/script.rpy:223
translate french marry_0db38565:

    # s "You worry too much. If only this were a visual novel and I could pick an option to give you more courage!"
    s "Tu t’inquiètes trop. Si seulement c’était un roman visuel et que je pouvais choisir une option pour te donner plus de courage !"

# game/script.rpy:228
translate french marry_ca27786f:

    # "We get married shortly after that."
    "Nous nous sommes mariés peu de temps après cela."

# game/script.rpy:230
translate french marry_621ed4fc:

    # "Our visual novel duo lives on even after we're married...and I try my best to be more decisive."
    "Notre duo d’auteurs de romans visuel continue de vivre même après notre mariage… et je fais de mon mieux pour être plus décisif."

# game/script.rpy:232
translate french marry_3c7f0bf0:

    # "Together, we live happily ever after even now."
    "Ensemble, nous vivons heureux et pour toujours même maintenant."

# game/script.rpy:234
translate french marry_2ad49007:

    # "{b}Good Ending{/b}."
    "{b}Happy end{/b}."

# game/script.rpy:240
translate french later_3c679c17:

    # "I can't get up the nerve to ask right now. With a gulp, I decide to ask her later."
    "Je ne peux pas me permettre de demander maintenant. Après une longue hésitation, je décide de lui demander plus tard."

# game/script.rpy:245
translate french later_a77741b6:

    # "But I'm an indecisive person."
    "Mais je suis une personne indécise."

# game/script.rpy:247
translate french later_982e14b6:

    # "I couldn't ask her that day and I end up never being able to ask her."
    "Je ne pouvais pas lui demander ce jour-là et, finalement, je n’ai jamais pu lui demander."

# game/script.rpy:249
translate french later_f0f9a061:

    # "I guess I'll never know the answer to my question now..."
    "Je suppose que je ne connaîtrai jamais la réponse à ma question, maintenant…"

# game/script.rpy:251
translate french later_f5219ac2:

    # "{b}Bad Ending{/b}."
    "{b}Game over{/b}."

translate french strings:

    # script.rpy:2
    old "Sylvie"
    new "Sylvie"

    # script.rpy:3
    old "Me"
    new "Moi"

    # script.rpy:41
    old "As soon as she catches my eye, I decide..."
    new "Dès qu’elle me regarde, je décide…"

    # script.rpy:41
    old "To ask her right away."
    new "De lui demander tout de suite."

    # script.rpy:41
    old "To ask her later."
    new "De lui demander plus tard."

    # script.rpy:98
    old "It's a videogame."
    new "C’est un jeu vidéo."

    # script.rpy:98
    old "It's an interactive book."
    new "C’est un livre interactif."
