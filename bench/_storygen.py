"""Generates a large story with the statement mix of a real visual novel."""
from __future__ import annotations

HEADER = '''define k = Character("Kaori", color="#9fd3ff", image="kaori")
define i = Character("Izumo", color="#e0485a", image="izumo")
default score = 0
default met = False
'''


def generate(lines: int) -> str:
    """About `lines` lines: labels of ~50 lines of say, staging, menus, ifs and $."""
    out = [HEADER, "label start:\n", "    jump part0\n"]
    n = len(out) + 4
    part = 0
    while n < lines:
        nxt = part + 1
        block = [
            f"label part{part}:\n",
            "    scene bg hueco mundo with fade\n",
            "    show kaori cold at left\n",
            "    show izumo worried at right with dissolve\n",
            "    play music \"desolation.ogg\" fadein 2.0\n",
        ]
        for j in range(8):
            block += [
                f"    \"Narration line {j} of part {part}, with enough words to be typical.\"\n",
                f"    k sad \"Kaori speaks line {j}, Izumo... [[bracketed] and {{b}}bold{{/b}}.\"\n",
                f"    i \"Izumo answers, line {j}, in part {part}.\"\n",
                "    # a comment a writer left\n",
                "\n",
            ]
        block += [
            "    $ score += 1\n",
            "    if score > 3 and not met:\n",
            "        \"The score is [score].\"\n",
            "    else:\n",
            "        pass\n",
            "    menu:\n",
            "        \"Which way?\"\n",
            "        \"Left\":\n",
            "            $ met = True\n",
            "        \"Right\" if score > 1:\n",
            "            show izumo rage\n",
            "    hide kaori with dissolve\n",
            f"    jump part{nxt}\n",
            "\n",
        ]
        out += block
        n += len(block)
        part += 1
    out.append(f"label part{part}:\n    return\n")
    return "".join(out)
