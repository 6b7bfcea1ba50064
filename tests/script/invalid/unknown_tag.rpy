label start:
    "A {bold}word{/bold}."
