"""The Load screen with hostile slots (issue 11, families 2 and 8): a decompression-bomb
thumbnail, fields that pass JSON but not the schema, and a tampered state that passes
the schema, each on the same page as a good save that must still load."""
from __future__ import annotations

import json
import struct
import zlib

from fuzz_harness import bounded
from ui_harness import press, step


def bomb_png(w: int = 23200, h: int = 23200) -> bytes:
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + \
            struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 6, 0, 0,
                                                             0)) + \
        chunk(b"IDAT", zlib.compress(b"\0" * 2_000_000)) + chunk(b"IEND", b"")


def test_a_page_of_hostile_slots_lists_draws_and_the_good_one_loads(game, data_dir):
    press(game, "Start")
    step(game, 10, dt=0.5)
    game.save_slot("1-1", quiet=True)
    saves = data_dir / "saves"
    good = json.loads((saves / "1-1.json").read_text(encoding="utf-8"))
    bomb = "1-2-0123456789abcdef.png"
    (saves / bomb).write_bytes(bomb_png())
    (saves / "1-2.json").write_text(json.dumps(good | {"thumbnail": bomb}), encoding="utf-8")
    (saves / "1-3.json").write_text(json.dumps(good | {"saved_at": "0001-01-01T00:00:00",
                                                       "line": "a\u0000\ud800" * 3}),
                                    encoding="utf-8")
    state = dict(good["state"], stage={"scene": ["not", "text"]})
    (saves / "1-4.json").write_text(json.dumps(good | {"state": state}), encoding="utf-8")
    (saves / "1-5.json").write_text(json.dumps(good | {"line": "x" * 3000}), encoding="utf-8")
    # passes the schema, but its position is at a say line while it claims a menu
    soft = dict(good["state"], waiting="choice", choices=[5])
    (saves / "1-6.json").write_text(json.dumps(good | {"state": soft}), encoding="utf-8")
    game.to_title()
    step(game)
    with bounded(30):
        press(game, "Load")
        game.draw()
        step(game, 3)
    slots = {s["slot"]: s for s in game.describe()["slots"]}
    assert not slots["1-1"]["damaged"] and not slots["1-2"]["damaged"]
    assert slots["1-3"]["damaged"] and slots["1-4"]["damaged"] and slots["1-5"]["damaged"]
    press(game, "slot:1-6")  # the soft lock: restored as the line it is at
    assert game.session is not None and game.session.runtime.waiting == "continue"
    game.to_title()
    step(game)
    press(game, "Load")
    press(game, "slot:1-2")  # the save loads; only its picture is refused
    assert game.session is not None
