"""Logical lines to statements. Cross-file checks are left to the loader.

Each parse records the references it must check once every file is read
(speakers, labels, images, audio, positions, transitions, variables) in
`Parser.refs` (say lines' speakers in `speakers` and `say_attrs`, by name), so one
pass over the story can name what is missing.

The parser is split by grammar area, each registering its statements beside their
handlers (core.statement):
  core.py         one file's state, shared helpers, the block walker, the registry
  say.py          say lines: the one builder of Say nodes
  flow.py         label, jump, call, return, pass, if/elif/else, while, menu, pause
  definitions.py  define, default, $, image, layeredimage, transform
  staging.py      scene, show, hide, with, window, light
  audio.py        play, queue, stop, voice
  _fast.py        whole-line fast paths for the commonest shapes
"""
from __future__ import annotations

from typing import Final

from ._fast import CHOICE, COND, IMAGE_STOP, FastPaths
from .audio import CHANNELS, AudioStatements
from .core import (
    AUDIO,
    HANDLERS,
    IMAGE,
    LABEL,
    LIGHT,
    NOT_SPEAKERS,
    POSITION,
    READ,
    SAY_ATTRS,
    SPEAKER,
    TRANSITION,
    UNSUPPORTED,
    UPDATE,
    WRITE,
)
from .definitions import LIGHT_NAMESPACE, DefinitionStatements
from .flow import FlowStatements
from .say import SPECIAL_SPEAKERS, SayStatements
from .staging import POSITIONS, StagingStatements

__all__ = ["AUDIO", "CHANNELS", "CHOICE", "COND", "IMAGE", "IMAGE_STOP", "LABEL", "LIGHT",
           "LIGHT_NAMESPACE", "POSITION", "POSITIONS", "READ", "SAY_ATTRS", "SPEAKER",
           "SPECIAL_SPEAKERS", "STATEMENTS", "TRANSITION", "UNSUPPORTED", "UPDATE", "WRITE",
           "Parser"]


class Parser(SayStatements, FlowStatements, DefinitionStatements, StagingStatements,
             AudioStatements, FastPaths):
    """Parses one file: `parse()` returns its statements; `rep` holds the diagnostics."""


# Every statement keyword a say line's speaker can never be (`light` can).
STATEMENTS: Final = frozenset(kw for kw in HANDLERS if kw in NOT_SPEAKERS)
