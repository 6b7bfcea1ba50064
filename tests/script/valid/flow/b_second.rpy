label second_file:
    "Now in the second file."
    call ends_file
    "Returned from a label whose file ends without return."
    call last_call
    "Returned twice."
    return

label never_reached_by_fall_through:
    "A file's end does not fall into the next file."
