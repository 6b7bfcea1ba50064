"""Finding art and audio files (pure file logic; no pygame)."""
