label last_call:
    "A call as the last statement of a file."
    call ends_file
