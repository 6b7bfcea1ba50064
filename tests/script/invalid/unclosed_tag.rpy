label start:
    "Some {b}bold text."
    "A {i broken tag."
