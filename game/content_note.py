"""The content note, shown before the first Start (in the window and in --text)."""
from __future__ import annotations

from typing import Final

CONTENT_NOTE: Final = (
    "The Scars Run Deep is a story about love and grief. It shows death and violence "
    "with blood, and it tells of the loss of a pregnancy.\n\n"
    "Please take care of yourself while you read. You can read this note again from "
    "About on the title screen.")
