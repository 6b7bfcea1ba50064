label start:
    jump chapter_two
    "Unclosed {i}tag."
