"""Frame time of a typical scene at 1280x720 on the dummy driver: a background, three
sprites in the scene's light, the text box with a line typing, the quick-menu row; drawn
by the real Screen, against a hand-written pygame loop blitting the same surfaces, in
the same run.

Target: ratio at most 1.25.      Run: .venv/bin/python bench/frame.py [--frames N]
"""
from __future__ import annotations

import argparse
import statistics
import time

from _window import headless, load_story, verdict

TARGET = 1.25
SIZE = (1280, 720)
LINE = ("Izumo scrambled over to Kaori on his knees and gently laid her head in his lap, "
        "while the Quinta Espada looked on with a wide grin on his face.")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--frames", type=int, default=600)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    headless()
    import pygame

    from game.assets.art import ArtSource
    from game.render.images import BG, SPRITE, ImageStore
    from game.render.screen import Screen
    from game.render.stage import sprite_rect
    from game.render.textbox import BOX, NAME_H, NAME_X, NAME_Y, TEXT_X, TEXT_Y
    from game.render.view import View
    from game.story import events as E

    try:
        from game.ui.overlay import QuickMenu
    except ImportError:  # the quick-menu row is not there yet
        QuickMenu = None  # type: ignore[assignment,misc]

    from game._memory import tune_malloc

    tune_malloc()  # as the window does after its first frame
    pygame.display.init()
    pygame.font.init()
    window = pygame.display.set_mode(SIZE)
    view = View(SIZE)
    program = load_story()
    images = ImageStore(ArtSource(program.images), view.scale, threaded=False)
    screen = Screen(images, cps=40)
    scene = "bg hueco mundo blood"
    cast = [("izumo", "izumo crying", "left"), ("kaori", "kaori wounded", "center"),
            ("espada", "espada grin", "right")]
    light = None  # the scene's light, where the engine has lights: sprites are tinted
    if getattr(program, "scene_lights", None) and scene in program.scene_lights:
        from game.scene.model import Light

        name = program.scene_lights[scene]
        d = program.lights[name]
        light = Light(name, d.color, d.strength)
    screen.feed([E.Scene(scene, light) if light else E.Scene(scene),
                 *[E.Show(t, i, a) for t, i, a in cast],
                 E.Say("Izumo", LINE, "bench:1", color="#c8323c")])
    screen.update(0.0)
    canvas = window.subsurface(view.rect)
    quick = None
    if QuickMenu is not None:
        quick = QuickMenu(lambda _t: None)
        quick.layout(view.size, view.scale)

    def restart_typing() -> None:
        assert screen.box.typer is not None
        screen.box.typer.shown = 0

    def real_frame(now: float) -> None:
        screen.update(1 / 60)
        if screen.box.complete:
            restart_typing()
        screen.draw(canvas, now)
        if quick is not None:
            quick.draw(canvas)
        pygame.display.flip()

    # The baseline: the same surfaces, blitted by hand.
    bg = images.get(scene, BG)
    sprites = []
    for _tag, name, at in cast:
        img = images.get(name, SPRITE) if light is None else images.lit(name, light)
        sprites.append((img, sprite_rect(img.get_size(), at, view.size)))
    box = screen.box
    box_surf = box.box_surface()
    lay = box.lay
    assert lay is not None and box.name_surf is not None
    s = view.scale
    name_rect = pygame.Rect(round(NAME_X * s), round(NAME_Y * s),
                            box.name_surf.get_width() + round(56 * s), round(NAME_H * s))
    panel = pygame.Surface(name_rect.size, pygame.SRCALPHA)
    panel.fill((10, 4, 8, 225))
    text_pos = (round(TEXT_X * s), round(TEXT_Y * s))
    quick_surf = None
    if quick is not None:
        quick.draw(canvas)
        quick_surf = quick._surf
        quick_pos = quick.rects[next(iter(quick.rects))].topleft
    shown = [0]

    def hand_frame(now: float) -> None:
        shown[0] = (shown[0] + 1) % (lay.count + 1)  # typing, about a character a frame
        canvas.blit(bg, (0, 0))
        for img, r in sprites:
            canvas.blit(img, r)
        canvas.blit(box_surf, (0, round(BOX.top * s)))
        canvas.blit(panel, name_rect)
        canvas.blit(box.name_surf, (name_rect.x + round(30 * s), name_rect.y))
        lay.draw(canvas, text_pos, shown[0])
        if quick_surf is not None:
            canvas.blit(quick_surf, quick_pos)
        pygame.display.flip()

    def timed(f) -> float:
        t0 = time.perf_counter()
        for k in range(args.frames):
            f(k / 60)
        return (time.perf_counter() - t0) / args.frames

    for f in (real_frame, hand_frame):  # warm up
        timed(f)
    ours, base = [], []
    for _ in range(args.rounds):
        ours.append(timed(real_frame))
        base.append(timed(hand_frame))
    o, b = statistics.median(ours), statistics.median(base)
    ratio = o / b
    print(f"frame.py: typical scene at {SIZE[0]}x{SIZE[1]} (bg, 3 sprites, text box typing"
          f"{', quick-menu row' if quick else ', NO quick-menu row (game/ui not there yet)'}"
          f"{f', sprites in light.{light.name}' if light else ''})")
    print(f"  Screen.draw:          {o * 1000:.3f} ms/frame (median of {args.rounds} x "
          f"{args.frames} frames)")
    print(f"  hand-written blits:   {b * 1000:.3f} ms/frame")
    print(f"  ratio {ratio:.2f} (target <= {TARGET})  {verdict(ratio, TARGET)}")
    images.close()
    pygame.quit()
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    raise SystemExit(main())
