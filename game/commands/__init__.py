"""The commands, above everything else: each runs one `scars-run-deep COMMAND` (game/cli.py
parses the arguments and calls it)."""
