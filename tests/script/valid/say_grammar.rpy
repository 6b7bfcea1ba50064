# choose: 2
# Say lines in the whole of Ren'Py's grammar.
define e = Character("Eileen", image="eileen")
image eileen happy = "#ffcc00"
image eileen sad = "#0033cc"
label start:
    show eileen happy
    """
    This is the first paragraph of a monologue,
    which goes on over two lines.

    This is the second paragraph.


    And the third, after two blank lines.
    """
    e """
    Eileen says this first.

    Then this.
    """
    e 'Single quotes, "with double ones inside".'
    e `Back quotes.`
    e"No space before the string."
    "Narrator""No space between the name and the text."
    'Narration in single quotes.'
    e sad "A line with an id." id start_a1b2c3d4
    e "A line that does not wait." nointeract
    e "A line with a transition." with dissolve
    e "With a transition and an id." with dissolve id start_b2c3d4e5
    "And '''triple single quotes'''."
    '''One.

    Two.'''
    jump choices
label choices:
    menu:
        e "Which one?" id choices_c3d4e5f6
        'Single-quoted choice':
            e 'You picked the first.'
        "Double-quoted choice":
            e "You picked the second."
    return
