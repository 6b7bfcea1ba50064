"""Drawing with pygame: images, the stage, text, transitions."""
