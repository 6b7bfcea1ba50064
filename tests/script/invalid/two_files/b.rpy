label chapter_2:
    e "Who is e?"
