"""Where a Ren'Py project's `image` statements find their files: a file name is looked
up in the game folder, then in images/ (Ren'Py's search prefixes); a value with no
extension names another image (`image swage normal = "shark_final"`)."""
from __future__ import annotations

from pathlib import Path

from game.project import load_project

PNG = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489"
                    "0000000d4944415478da63f8cfc0f01f0005000201ffa6c1d5d20000000049454e44ae426082")


def test_image_files_and_image_names(tmp_path: Path) -> None:
    game = tmp_path / "game"
    (game / "images" / "Swage").mkdir(parents=True)
    (game / "gui").mkdir()
    (game / "images" / "Swage" / "shark_final.png").write_bytes(PNG)
    (game / "images" / "room.png").write_bytes(PNG)
    (game / "gui" / "title.png").write_bytes(PNG)
    (game / "script.rpy").write_text(
        'image swage normal = "shark_final"\n'
        'image swage sad = At("shark_final", Transform(zoom=.35))\n'
        'image title = "gui/title.png"\n'
        'image bg room = "room.png"\n'
        'image ghost = "nobody_here"\n'
        'label start:\n    show swage normal\n    "x"\n    return\n', encoding="utf-8")
    prog = load_project(str(game), use_cache=False)
    files = prog.images.files
    shark = str(game / "images" / "Swage" / "shark_final.png")
    assert files[("swage", "normal")] == shark == files[("swage", "sad")]
    assert files[("title",)] == str(game / "gui" / "title.png")  # the game folder first
    assert files[("bg", "room")] == str(game / "images" / "room.png")
    # an image name that names nothing stays inside the images folder (drawn missing)
    assert files[("ghost",)] == str(game / "images" / "nobody_here")
