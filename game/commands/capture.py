"""`capture`: plays headless and saves one PNG per line and per menu, exactly as the
window shows it with the line complete, plus an index.html to read them in order."""
from __future__ import annotations

import html
import logging
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..script.texttags import plain

if TYPE_CHECKING:
    import argparse

CREDITS_MOMENTS = (0.15, 0.4, 0.7)  # how far the credits have rolled in the captured frames
log = logging.getLogger("game")


def capture(program: Any, out_dir: str, *, size: tuple[int, int] = (1280, 720),  # noqa: C901
            chapter: str | None = None, choose: Sequence[int] = (),
            packs: list | None = None, limit: int | None = None,
            on_frame: Any = None) -> list[dict[str, Any]]:
    """Returns the index entries; writes NNNN.png and index.html into out_dir."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    import pygame

    from .._memory import tune_malloc
    from ..assets.art import ArtSource
    from ..render.images import ImageStore
    from ..render.png import png_bytes
    from ..render.screen import MENU, SAY, Screen
    from ..render.view import View
    from ..story import events as E
    from ..story.play import play as play_story
    from ..story.runtime import Runtime
    from ..story.state import ENDED as RT_ENDED
    from ..story.transcript import LoopGuard

    tune_malloc()  # as the window does: big surfaces go back to the system when freed
    pygame.display.init()
    pygame.font.init()
    pygame.display.set_mode((1, 1))
    os.makedirs(out_dir, exist_ok=True)
    view = View(size)
    images = ImageStore(ArtSource(program.images, list(packs or [])), view.scale,
                        threaded=False)
    from ..render.look import look_of

    screen = Screen(images, look=look_of(program))
    screen.instant = True
    rt = Runtime(program)
    picks = list(choose)
    frame = pygame.Surface(view.size)
    entries: list[dict[str, Any]] = []

    def shoot(kind: str, text: str, who: str | None) -> None:
        screen.draw(frame, 0.0)
        n = len(entries) + 1
        name = f"{n:04d}.png"
        write_new(out_dir, name, png_bytes(frame))
        entries.append({"file": name, "kind": kind, "who": who, "text": text})
        if on_frame is not None:
            on_frame(n)

    def shoot_credits(credits: Any) -> None:
        """The credits roll after the end, at a few moments of its way up."""
        from ..render.credits import CreditsRoll

        roll = CreditsRoll(credits, images)
        for at in CREDITS_MOMENTS:
            roll.elapsed = at * credits.seconds
            roll.draw(frame)
            n = len(entries) + 1
            name = f"{n:04d}.png"
            write_new(out_dir, name, png_bytes(frame))
            entries.append({"file": name, "kind": "credits", "who": None,
                            "text": f"(credits, {round(at * 100)}% rolled)"})

    def show(events: list[E.Event]) -> None:
        screen.feed(events)
        while True:
            screen.update(1.0)
            if screen.state == SAY:
                say = screen.last_say
                assert say is not None
                if not screen.timeline:
                    shoot("say", plain(screen.box.text), say.who if say.kind == "say" else None)
                    return
                # an {nw} line the next events continue: shoot, then go on
                shoot("say", plain(screen.box.text), say.who if say.kind == "say" else None)
                screen.state = "playing"
                continue
            if screen.state == MENU:
                m = screen.menu
                assert m is not None
                cap = m.menu.caption
                shoot("menu", " / ".join(plain(c.text) for c in m.menu.choices)
                      if cap is None else plain(cap.text) + " — " +
                      " / ".join(plain(c.text) for c in m.menu.choices),
                      cap.who if cap is not None else None)
                return
            if not screen.timeline and screen.transition is None and screen.pause_left is None:
                return

    guard = LoopGuard()

    def check(rt: Runtime) -> str | None:
        if limit is not None and len(entries) >= limit:
            return "the frame limit"
        why = guard.stop(rt, default_choice=not picks)
        if why is not None:
            log.warning("capture: %s", why)
        return why

    def pick(rt: Runtime) -> int:
        offered = rt.state.choices
        k = picks.pop(0) if picks else 1
        return offered[max(1, min(k, len(offered))) - 1]

    try:
        play_story(rt, pick, on_events=show, check=check, chapter=chapter or None)
        credits = getattr(program, "credits", None)
        if rt.waiting == RT_ENDED and credits is not None and \
                (limit is None or len(entries) < limit):
            shoot_credits(credits)
    finally:
        images.close()
    _write_index(out_dir, entries, program.title)
    return entries


def _write_index(out_dir: str, entries: list[dict[str, Any]], title: str) -> None:
    rows = []
    for e in entries:
        who = f"<b>{html.escape(e['who'])}</b>: " if e.get("who") else ""
        cls = " class=menu" if e["kind"] == "menu" else ""
        rows.append(f'<figure{cls}><img src="{e["file"]}" loading="lazy" width="640">'
                    f"<figcaption>{e['file']} — {who}{html.escape(e['text'])}"
                    f"</figcaption></figure>")
    page = f"""<!doctype html>
<meta charset="utf-8"><title>{html.escape(title)}: capture</title>
<style>body{{background:#111;color:#eee;font:15px sans-serif;margin:2em}}
figure{{display:inline-block;margin:8px;width:640px;vertical-align:top}}
figure.menu figcaption{{color:#f88}}img{{border:1px solid #333}}</style>
<h1>{html.escape(title)}</h1><p>{len(entries)} screens, in order.</p>
{''.join(rows)}
"""
    write_new(out_dir, "index.html", page.encode("utf-8", "surrogatepass"))


def write_new(folder: str, name: str, data: bytes) -> None:
    """Write `folder/name` as a new file: atomic_write renames a temporary file over the
    name, so a symbolic link planted there is replaced, never followed (capture must not
    overwrite what a link in its output folder points at)."""
    from ..userdata import atomic_write

    atomic_write(Path(folder) / name, data)


def cmd_capture(args: argparse.Namespace) -> int:
    from ..project import load_project
    from . import parse_choose

    program = load_project(args.story)
    packs = _packs(args.art)
    entries = capture(program, args.out_dir, size=args.size, chapter=args.chapter,
                      choose=_numbered(parse_choose(args.choose)), packs=packs)
    print(f"{len(entries)} screens written to {args.out_dir}/ (open index.html)")
    return 0


def _numbered(choose: Any) -> list[int]:
    if not isinstance(choose, list):
        raise SystemExit("error: capture takes --choose as numbers like 2,1,3")
    return choose


def _packs(dirs: list[str]) -> list:
    if not dirs:
        return []
    from ..assets.packs import load_packs

    return load_packs(dirs)
