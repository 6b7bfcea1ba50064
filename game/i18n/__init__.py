"""Translations keyed by stable ids (no pygame).

keys.py         the shapes of ids; one string to translate (Unit)
lines.py        the story's strings under their ids: say lines, choices, names, titles
ui_strings.py   the interface's literals, collected from game/ui/ with `ast`
catalog.py      gettext catalogues (story/translations/LANG.po) read and written with Babel
translation.py  a language at run time: lookups by id, entries that would break left out
check.py        what lint says about translations
renpy_tl.py     a Ren'Py project's tl/LANG/ folder, matched by Ren'Py's own ids
(`translate update` and `--lang`: game/commands/translate.py)
"""
