"""The player's interface: title screen, menus and the in-game controls, built with
pygame_gui over the stage (see theme.json for the look)."""
