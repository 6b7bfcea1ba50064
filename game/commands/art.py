"""Tools for artists: `art template OUT_DIR` and `art check DIR`.

template writes every image the story shows, rendered from our art to PNG at the
size the game shows it (1920x1080 canvas), named as a pack must name it, with a
README.md and a pack.toml to start from. check reports what a pack replaces, what
it lacks, names the story never uses (with "did you mean"), files it cannot read,
images too small for the size they are shown at, and every safety refusal.
Which images the story shows is worked out in game.project.story_images.
"""
from __future__ import annotations

import argparse
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

from ..assets.packs import ArtPack, load_pack
from ..project.story_images import (
    BG,
    CANVAS,
    SPRITE,
    TITLE_ART,
    ImageUse,
    Place,
    is_colour,
    shown_size,
    story_images,
)
from ..scene.canvas import SPRITE_HEIGHT
from ..script.errors import ERROR, NOTE, WARNING, Diagnostic, did_you_mean
from ..script.images import image_name_of

__all__ = ["BG", "SPRITE", "CANVAS", "ImageUse", "Place", "story_images", "shown_size",
           "is_colour", "write_template", "check_pack", "print_check", "CheckReport",
           "cmd_art"]

SMALL_SPRITE: Final = 0.9  # a sprite shorter than this share of its shown height is blurry

Write = Callable[[str], None]


# -- template --------------------------------------------------------------------------
def pack_file_for(use: ImageUse) -> str:
    """The path a template (and a tidy pack) gives an image."""
    tag = use.name.split()[0]
    folder = {"bg": "bg", "cg": "cg", TITLE_ART: "gui"}.get(tag, "sprites" if use.kind ==
                                                            SPRITE else "bg")
    return f"{folder}/{use.name}.png"


def write_template(program: Any, out_dir: str | os.PathLike[str],
                   write: Write = print) -> int:
    """Render every image the story shows to OUT_DIR as a starting pack. Exit status."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    import pygame

    from ..assets.art import ArtSource
    from ..render.images import ImageStore

    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    uses = story_images(program)
    store = ImageStore(ArtSource(program.images, []), 1.0, threaded=False)
    rows: list[tuple[ImageUse, str | None, tuple[int, int]]] = []
    status = 0
    try:
        for use in uses.values():
            if is_colour(program, use.name):
                rows.append((use, None, CANVAS))
                continue
            f = store.source.find(use.name)
            if f is None:
                write(f"warning: the story shows '{use.name}' but we have no art for it;"
                      " not written")
                rows.append((use, None, shown_size(program, use)))
                continue
            try:
                surf = store._decode_file(f, use.kind)
            except Exception as exc:  # our own art is damaged: say so, go on
                write(f"error: '{use.name}' ({f.path}) cannot be rendered: {exc}")
                status = 1
                continue
            if use.kind == BG:
                canvas = pygame.Surface(CANVAS)
                canvas.fill((0, 0, 0))
                canvas.blit(surf, surf.get_rect(center=(CANVAS[0] // 2, CANVAS[1] // 2)))
                surf = canvas
            rel = pack_file_for(use)
            dest = out / rel
            dest.parent.mkdir(parents=True, exist_ok=True)
            pygame.image.save(surf, str(dest))
            rows.append((use, rel, surf.get_size()))
    finally:
        store.close()
    (out / "README.md").write_text(_readme(program, rows), encoding="utf-8")
    toml = out / "pack.toml"
    if not toml.exists():
        toml.write_text(_PACK_TOML, encoding="utf-8")
    n = sum(1 for _u, rel, _s in rows if rel)
    write(f"{n} images written to {out}/ with README.md and pack.toml;"
          f" check your pack with: python -m game art check {out}")
    return status


_PACK_TOML = '''\
# Your art pack. Every key is optional; see README.md.
name = "My art pack"
author = ""
description = ""
# preview = "preview.png"      # a picture for the Art screen

# Per-image settings, only where the defaults do not suit:
# [images."eileen happy"]
# file = "eileen/happy_v2.png" # a file inside this folder (default: "eileen happy.png")
# anchor = [0.5, 1.0]          # the point of the image that stands on the stage
# zoom = 1.1                   # height relative to ours (1000 px on the 1920x1080 canvas)
# offset = [0, 20]             # nudge, in canvas pixels (right, down)
'''


def _readme(program: Any, rows: list[tuple[ImageUse, str | None, tuple[int, int]]]) -> str:
    canvas = f"{CANVAS[0]}x{CANVAS[1]}"
    lines = [
        f"# Art pack template for \"{program.title}\"",
        "",
        "Every image the story shows, rendered from the game's own art at the size the",
        f"game shows it on its {canvas} canvas. Paint over them, or replace any of them;",
        "delete the ones you do not change (the game's art is shown for what a pack lacks).",
        "",
        "## Rules",
        "",
        "- **Names.** A file is found by its name, as in Ren'Py's images folder: the name",
        "  without its extension, lowercased, split on spaces. `eileen happy.png` is the",
        "  image `eileen happy`. Subfolders do not matter (`bg/bg forest.jpg` is `bg forest`).",
        "- **Formats.** PNG, JPEG, WEBP or SVG. Give sprites a transparent surround (PNG,",
        "  WEBP or SVG); JPEG suits backgrounds.",
        f"- **Backgrounds** (and CGs and the title art) cover the {canvas} canvas, centred,",
        "  keeping their shape: another aspect ratio is cropped, not stretched. Paint them",
        f"  at least {canvas}.",
        f"- **Sprites** are scaled to the height ours are shown at ({SPRITE_HEIGHT} px of the"
        f" {CANVAS[1]} px",
        "  canvas) and stand on the bottom edge: their anchor is the bottom centre",
        "  (0.5, 1.0). Any size works; paint them at least that tall. Keep every expression",
        "  of a character on the same canvas with the body in the same place, so that a",
        "  change of expression changes the face, not the pose.",
        "- **pack.toml** (optional) gives the pack a name, author and description, and per",
        "  image: `file`, `anchor`, `zoom` and `offset`. See the comments in it.",
        "- **Limits.** Nothing in a pack is run. Files must stay inside the pack folder",
        "  (no `..`, no absolute paths, no symbolic links leading out). Images over 8192",
        "  pixels on a side or 64 megapixels are refused.",
        "",
        "Check a pack with `python -m game art check DIR`; play with it with",
        "`python -m game --art DIR`, or put the folder in the game's `art-packs/` folder.",
        "",
        "## Images",
        "",
        "| image name | file | size (px) | anchor | shown in the story |",
        "|---|---|---|---|---|",
    ]
    for use, rel, size in rows:
        if use.kind == BG:
            anchor = "covers the canvas, centred"
        else:
            anchor = "bottom centre (0.5, 1.0), on the bottom edge"
            if use.positions:
                anchor += "; at " + ", ".join(sorted(use.positions))
        places = [p.format() for p in use.places]
        where = ", ".join(places[:6]) + (f" and {len(places) - 6} more"
                                         if len(places) > 6 else "")
        if use.chapters:
            where += " — " + "; ".join(use.chapters)
        if rel is None:
            f = "(a plain colour in the game; name a file `" + use.name + \
                ".png` to replace it)" if is_colour(program, use.name) else "(no art yet)"
        else:
            f = f"`{rel}`"
        lines.append(f"| `{use.name}` | {f} | {size[0]}x{size[1]} | {anchor} | {where} |")
    lines.append("")
    return "\n".join(lines)


# -- check -----------------------------------------------------------------------------
@dataclass
class CheckReport:
    """What `art check` found; `status` is its exit status."""

    pack: ArtPack
    replaced: list[str]
    lacking: list[str]
    unused: list[str]
    findings: list[Diagnostic]
    total: int = 0  # images the story shows (plain colours only if the pack has them)

    @property
    def errors(self) -> int:
        return sum(1 for p in self.findings if p.severity == ERROR)

    @property
    def warnings(self) -> int:
        return sum(1 for p in self.findings if p.severity == WARNING)

    @property
    def status(self) -> int:
        return 1 if self.errors else 0


def check_pack(program: Any, pack_dir: str | os.PathLike[str], *,
               decode: bool = True) -> CheckReport:
    """Load the pack as the game would, then look at it against the story."""
    import logging

    logger = logging.getLogger("game.assets.packs")
    old = logger.disabled
    logger.disabled = True  # we print the problems ourselves
    try:
        pack = load_pack(pack_dir)
    finally:
        logger.disabled = old
    uses = story_images(program)
    findings = list(pack.diagnostics)
    label = Path(pack_dir).name or str(pack_dir)
    optional = {n for n in uses if is_colour(program, n)}
    have = {" ".join(n): f for n, f in pack.images.items()}
    replaced = sorted(n for n in have if n in uses)
    lacking = sorted(n for n in uses if n not in have and n not in optional)
    unused = sorted(n for n in have if n not in uses)

    def add(code: str, rel: str, level: str, msg: str) -> None:
        findings.append(Diagnostic(f"{label}/{rel}", 0, 0, msg, level, code=code))

    for n in unused:
        rel = pack.sources.get(tuple(n.split()), n)
        add("A301", rel, WARNING,
            f"image '{n}' is never shown by the story{_did_you_mean(n, uses)}")
    for key, rel in sorted(pack.sources.items(), key=lambda kv: kv[1]):
        name = " ".join(key)
        stem = os.path.splitext(os.path.basename(rel))[0]
        if stem != name and name in uses and image_name_of(rel) == key:
            add("A302", rel, NOTE, f"is read as '{name}' (names are lowercased and extra spaces"
                f" dropped); '{name}{os.path.splitext(rel)[1].lower()}' is the plain name")
    for name in list(replaced):
        f = have[name]
        use = uses[name]
        rel = pack.sources.get(tuple(name.split()), f.path)
        found = _look_at(program, use, f, f"{label}/{rel}", decode)
        if any(p.severity == ERROR for p in found):  # the game falls back to ours
            replaced.remove(name)
            lacking.append(name)
        findings.extend(found)
    lacking.sort()
    order = {ERROR: 0, WARNING: 1, NOTE: 2}
    findings.sort(key=lambda p: (order.get(p.severity, 3), p.path, p.line))
    total = len(uses) - len(optional - set(have))
    return CheckReport(pack, replaced, lacking, unused, findings, total)


def _did_you_mean(name: str, uses: dict[str, ImageUse]) -> str:
    norm = " ".join(re.sub(r"[_\-.+,;]+", " ", name).lower().split())
    if norm in uses and norm != name:
        return f" (did you mean '{norm}'? name the file '{norm}.png': words are split by" \
               " spaces)"
    return did_you_mean(norm, uses, n=2, cutoff=0.75, any_case=False)


def _finding(code: str, shown: str, level: str, message: str) -> Diagnostic:
    return Diagnostic(shown, 0, 0, message, level, code=code)


def _look_at(program: Any, use: ImageUse, f: Any, shown: str,
             decode: bool) -> list[Diagnostic]:
    """Size and decode checks of one replacement."""
    from ..assets import imageinfo

    out: list[Diagnostic] = []
    try:
        w, h = imageinfo.check_limits(f.path)
    except imageinfo.ImageRefused as exc:  # checked at load; the file changed since
        return [_finding("A258", shown, ERROR, f"{exc}; refused")]
    is_svg = f.path.lower().endswith(".svg")
    if decode:
        decoded = _decode_check(f.path, use, (w, h), shown, is_svg)
        if any(p.severity == ERROR for p in decoded):
            return decoded
        out.extend(decoded)
    target = shown_size(program, use, f.zoom if use.kind == SPRITE else None)
    if not is_svg:
        if use.kind == BG and (w < CANVAS[0] or h < CANVAS[1]):
            k = max(CANVAS[0] / w, CANVAS[1] / h)
            out.append(_finding("A320", shown, WARNING, f"is {w}x{h}; it covers the"
                                f" {CANVAS[0]}x{CANVAS[1]} canvas scaled up {k:.2f}x and"
                                f" will look soft (paint it at least"
                                f" {CANVAS[0]}x{CANVAS[1]})"))
        elif use.kind == SPRITE and h < SMALL_SPRITE * target[1]:
            out.append(_finding("A321", shown, WARNING, f"is {w}x{h}; sprites are shown"
                                f" {target[1]} px tall, so it is scaled up"
                                f" {target[1] / h:.2f}x and will look soft (paint it at"
                                f" least {target[1]} px tall)"))
    if use.kind == BG:
        aspect, want = w / h, CANVAS[0] / CANVAS[1]
        if abs(aspect - want) / want > 0.02:
            cut = 1 - min(aspect, want) / max(aspect, want)
            side = "left and right" if aspect > want else "top and bottom"
            out.append(_finding("A322", shown, NOTE, f"is {w}x{h}, not 16:9: {cut:.0%} of it is"
                                f" cut from the {side} to cover the canvas"))
    return out


def _decode_check(path: str, use: ImageUse, size: tuple[int, int], shown: str,
                  is_svg: bool) -> list[Diagnostic]:
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")
    import pygame

    from ..render.decode import load_image

    try:
        if is_svg:
            k = min(1.0, 1024 / max(size))
            surf = load_image(path, (max(1, round(size[0] * k)), max(1, round(size[1] * k))))
        else:
            surf = load_image(path)
    except Exception as exc:
        return [_finding("A310", shown, ERROR, f"cannot be decoded ({exc}); our art is shown"
                         " instead")]
    if surf.get_size() != size and not is_svg:
        return [_finding("A311", shown, ERROR, f"decodes to {surf.get_size()[0]}x"
                         f"{surf.get_size()[1]}, not the {size[0]}x{size[1]} its header"
                         " declares; damaged")]
    if not surf.get_flags() & pygame.SRCALPHA:
        if use.kind == SPRITE:
            return [_finding("A312", shown, WARNING, "has no transparency: the sprite will hide"
                             " the background behind a rectangle (use PNG, WEBP or SVG"
                             " with a transparent surround)")]
        return []
    mask = pygame.mask.from_surface(surf, 8)
    total = surf.get_width() * surf.get_height()
    solid = mask.count()
    if solid == 0:
        return [_finding("A313", shown, WARNING, "is fully transparent: nothing will show"
                         + (" (SVG features the game cannot draw? see ART.md)"
                            if is_svg else ""))]
    if use.kind == SPRITE and solid == total:
        return [_finding("A314", shown, WARNING, "has no transparent pixels: the sprite will hide"
                         " the background behind a rectangle")]
    return []


def print_check(report: CheckReport, write: Write = print) -> None:
    pack = report.pack
    by = f" by {pack.author}" if pack.author else ""
    write(f"Art pack '{pack.name}'{by} ({pack.root})")
    write(f"Replaces {len(report.replaced)} of {report.total} images the story shows"
          + (":" if report.replaced else "."))
    for n in report.replaced:
        rel = pack.sources.get(tuple(n.split()), "")
        write(f"  {n:<28} {rel}")
    if report.lacking:
        write(f"Lacks {len(report.lacking)} (our art is shown instead):")
        for n in report.lacking:
            write(f"  {n}")
    else:
        write("Lacks none: the pack is complete.")
    if report.unused:
        write(f"Not shown by the story: {len(report.unused)} (see below).")
    if report.findings:
        write("")
    for p in report.findings:
        write(p.format())
    e, w = report.errors, report.warnings
    write("")
    write(f"{e} error{'s' if e != 1 else ''}, {w} warning{'s' if w != 1 else ''}.")


# -- the command line ------------------------------------------------------------------
def cmd_art(args: argparse.Namespace) -> int:
    from ..project import load_project

    program = load_project(args.story)
    if args.art_command == "template":
        return write_template(program, args.out_dir)
    report = check_pack(program, args.pack_dir)
    print_check(report)
    return report.status
