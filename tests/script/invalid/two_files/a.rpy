label start:
    jump chapter_two
    "Stray tag{/i}."
