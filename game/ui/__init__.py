"""The player's interface: title screen, menus and the in-game controls, built with
pygame_gui over the stage (see theme.json for the look). Screens ask the game only what
host.py's Host lists; nothing here imports the window app (game/app/) that runs them."""
