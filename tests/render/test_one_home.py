"""Shared facts have one home: the canvas, the sprite height and the named positions in
game/scene/canvas.py, the audio channels in game/scene/channels.py, the colours in
game/render/palette.py. Everything else imports them; these tests fail on a copy."""
from __future__ import annotations

import ast
import io
import json
import tokenize
from pathlib import Path

from game.render import palette
from game.scene import canvas, channels

GAME = Path(__file__).resolve().parents[2] / "game"


def _sources(exclude: tuple[str, ...]) -> list[Path]:
    return [p for p in sorted(GAME.rglob("*.py"))
            if p.relative_to(GAME).as_posix() not in exclude]


def test_the_canvas_size_is_written_once():
    """No number 1920 or 1080 in the engine's code outside scene/canvas.py (comments
    and strings may name the canvas)."""
    found = []
    for path in _sources(("scene/canvas.py",)):
        toks = tokenize.generate_tokens(io.StringIO(path.read_text(encoding="utf-8")).readline)
        found += [f"{path.relative_to(GAME)}:{t.start[0]}" for t in toks
                  if t.type == tokenize.NUMBER and t.string in ("1920", "1080")]
    assert found == []


def test_the_named_positions_are_the_canvas_module_s():
    from game.render import stage
    from game.scene.transform import BUILTIN, PLAIN_POSITIONS
    from game.script import _renpy_compat, parser

    assert stage.POSITIONS is canvas.POSITIONS
    assert parser.POSITIONS == tuple(canvas.POSITIONS)
    assert PLAIN_POSITIONS == frozenset(canvas.POSITIONS)
    for name, (xpos, xanchor, ypos, yanchor) in canvas.POSITIONS.items():
        assert BUILTIN[name] == {"xpos": xpos, "xanchor": xanchor, "ypos": ypos,
                                 "yanchor": yanchor}
    assert _renpy_compat.RENPY_POSITIONS == frozenset(BUILTIN) - PLAIN_POSITIONS
    assert "left" in canvas.POSITIONS and "top" in _renpy_compat.RENPY_POSITIONS


def test_the_sprite_sizes_are_the_canvas_module_s():
    from game.project import story_images as _story_images
    from game.render import images

    assert images.SPRITE_HEIGHT is canvas.SPRITE_HEIGHT == canvas.SPRITE_SIZE[1]
    assert images.CANVAS is canvas.CANVAS is _story_images.CANVAS


def test_the_audio_channels_are_named_once():
    from game.audio import backend, mixer
    from game.scene import model
    from game.script import parser

    assert mixer.CHANNELS is channels.CHANNELS
    assert parser.CHANNELS == frozenset(channels.CHANNELS)
    assert model.PERSISTENT_CHANNELS == frozenset(channels.LASTING)
    assert set(backend._RESERVED) | {channels.MUSIC} == set(channels.CHANNELS) - {
        channels.OVERLAPPING}


def test_the_palette_s_colours_are_not_copied():
    """No tuple literal in the engine's code spells one of the palette's colours (white
    aside: it is everywhere, and only white)."""
    colours = {v: k for k, v in vars(palette).items()
               if k.isupper() and isinstance(v, tuple) and v != palette.WHITE}
    found = []
    for path in _sources(("render/palette.py",)):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Tuple) and all(isinstance(e, ast.Constant) for e in node.elts):
                value = tuple(e.value for e in node.elts)
                if value in colours:
                    found.append(f"{path.relative_to(GAME)}:{node.lineno} {colours[value]}")
    assert found == []


def test_the_theme_json_wears_the_palette():
    """pygame_gui's theme (JSON, no imports) uses the palette's ink and reds: a palette
    change without it fails here."""
    text = json.dumps(json.loads((GAME / "ui" / "theme.json").read_text(encoding="utf-8")))
    for name in ("INK", "DIM_INK", "RED", "BRIGHT_RED"):
        r, g, b = getattr(palette, name)
        assert f"#{r:02x}{g:02x}{b:02x}" in text.lower(), name
