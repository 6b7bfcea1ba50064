# choose:
# Variables as Ren'Py has them: init blocks, a define changed by $, persistent data,
# interpolation with attributes, conversions and formats; audio names and voice.
init:
    define e = Character("Eileen", color="#c8ffc8")
    $ l = Character("Lucy")
init 5:
    define max_hp = 10
    define audio.town = "town.ogg"
default hp = 7.5
default persistent.endings = []
label start:
    e "I am [e.name], and she is [l.name!u]."
    "HP [hp:.2f] of [max_hp:03d]; [e.name!l]; [l.name!c]."
    $ max_hp = 12
    "A define changed by $: max HP is now [max_hp]."
    $ persistent.plays = (persistent.plays or 0) + 1
    "Played [persistent.plays] time(s); never set: [persistent.unset]."
    $ persistent.endings.append("first")
    "Endings seen: [persistent.endings]."
    play music town
    queue music [town, "theme.ogg"]
    play ambience "wind.ogg"
    voice "e001.ogg"
    e "A voiced line."
    stop ambience
    return
