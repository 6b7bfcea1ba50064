# A called label's parameters are Ren'Py's dynamic variables: on return, the caller's
# values come back (and a name that had none is gone again); `return value` still
# gives _return.
default who = "outer"
label start:
    "Before: [who]."
    call greet("Alice")
    "After: [who], and greet gave back [_return]."
    call greet(who="Bob")
    "After again: [who]."
    call nested
    "Last: [who]."
    return
label greet(who="nobody", times=1):
    "Hello, [who] ([times])."
    $ who = who + "!"
    return who
label nested:
    $ who = "changed by nested"
    call greet("Carol", 2)
    "Inside nested: [who]."
    return
