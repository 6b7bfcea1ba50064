label ends_file:
    "This file ends with no return."
