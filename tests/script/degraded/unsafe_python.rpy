default x = [1, 2, 3]
label start:
    $ renpy.x = 1
    $ import os
    $ y = __import__("os")
    $ open("f")
    $ eval("1")
    $ f = lambda: 1
    $ z = x[1:2]
    $ x.append(4)
    $y.z = 2
