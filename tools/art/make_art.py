"""Generate every SVG of the game into art/.   .venv/bin/python tools/art/make_art.py"""
import os
import sys

sys.dont_write_bytecode = True

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
ART = os.path.join(HERE, "..", "..", "art")

import chars  # noqa: E402


def main(only=None):
    jobs = []
    import chars2
    for name, fn in list(chars.SPRITES.items()) + list(chars2.SPRITES.items()):
        jobs.append(("sprites", name, fn))
    try:
        import backgrounds
        for name, fn in backgrounds.BGS.items():
            jobs.append(("bg", name, fn))
    except ImportError:
        pass
    try:
        import cgs
        for sub, name, fn in cgs.IMAGES:
            jobs.append((sub, name, fn))
    except ImportError:
        pass
    for mod in ("cards", "keyart"):  # chapter cards, the ending and the title (bgs)
        try:
            m = __import__(mod)
        except ImportError:
            continue
        jobs.extend(m.IMAGES)
    import cgs_action  # the action CGs of chapter 8 (they replace any same-named entry above)
    mine = {name for _, name, _ in cgs_action.IMAGES}
    jobs = [j for j in jobs if j[1] not in mine] + list(cgs_action.IMAGES)
    try:
        import cgs_grief  # the tender and tragic CGs (lap, last words, kiss, collapse)
        done = {name for _, name, _ in jobs}
        jobs += [j for j in cgs_grief.IMAGES if j[1] not in done]
    except ImportError:
        pass
    import cgs_fight  # chapter 4's fight in the forest
    jobs += list(cgs_fight.IMAGES)
    for sub, name, fn in jobs:
        if only and not any(o in name for o in only):
            continue
        os.makedirs(os.path.join(ART, sub), exist_ok=True)
        d = fn()
        out = os.path.join(ART, sub, name + ".svg")
        d.save(out)
        print("%-34s %5dx%-5d %4d paths" % (sub + "/" + name + ".svg", d.w, d.h, d.npaths))


if __name__ == "__main__":
    main(sys.argv[1:])
