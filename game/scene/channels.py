"""The audio channels a story plays on, by name (Ren'Py's, and our ambient): one home
for the script's checks, the stage's record of what plays, and the mixer."""
from __future__ import annotations

from typing import Final

MUSIC: Final = "music"
AMBIENT: Final = "ambient"
SOUND: Final = "sound"
VOICE: Final = "voice"
AUDIO: Final = "audio"  # Ren'Py's channel of overlapping sounds

LASTING: Final = (MUSIC, AMBIENT)  # they loop; a save, a chapter start or a skip restores them
ONE_SHOT: Final = (SOUND, VOICE)
OVERLAPPING: Final = AUDIO
CHANNELS: Final = (*LASTING, *ONE_SHOT, OVERLAPPING)
