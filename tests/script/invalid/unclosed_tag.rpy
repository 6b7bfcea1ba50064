label start:
    "Some bold{/b} text."
    "A {i broken tag."
