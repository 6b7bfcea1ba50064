# choose:
# Say lines of every kind, interpolation, escapes and text tags.
define e = Character(_("Eileen"), color="#c8ffc8")
define t = Character("Thought", who_color="#aaaaaa", what_prefix="(", what_suffix=")")
define place = "the harbour"
default points = 0
default name = "Sam"

label start:
    "Narration comes first."
    e "Hello, [name]! Welcome to [place]."
    "Guide" "Any name can speak."
    e "Braces {{like this}} and brackets [[like this] stay."
    e "She said \"hi\" to me."
    e "Wait for it...{w=0.5}"
    extend " there it is."
    e "{b}Bold{/b}, {i}italic{/i}, {u}under{/u}, {s}struck{/s} and {color=#ff0000}red{/color}."
    e "Slow {cps=10}words{/cps}{nw}"
    e "Two{p}parts, {size=+10}big{/size}{fast}."
    centered "{size=+10}THE END?{/size}"
    t "I wonder."
    $ points += 3
    $ name = "Alex"
    e "You have [points] points, [name]."
    "Score: [points] and [[points]."
    narrator "The narrator can be named."
    return
    "Never shown: return at the top level ends the game."
