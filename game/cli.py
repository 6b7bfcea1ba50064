"""Command line: play, transcript, lint, chapters (and, with the window, capture and art)."""
from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING, Any, Callable, Sequence

from . import __version__
from .script.errors import ScriptError

if TYPE_CHECKING:
    import argparse

_COMMANDS = ("play", "transcript", "lint", "chapters", "capture", "art", "dist", "translate",
             "coverage")


def _story_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--story", metavar="DIR", default=None,
                   help="a story folder (.rpy files, optional game.toml); default: ours")


def _load(story: str | None, strict: bool = False):  # -> Program
    from .project import load_project

    return load_project(story, strict=strict)


def _parse_choose(text: str | None) -> Any:
    """--choose 2,1,3 (1-based picks in turn) or random[:SEED] (a random.Random)."""
    if not text:
        return []
    if text == "random" or text.startswith("random:"):
        import random

        seed = text.partition(":")[2]
        if seed and not seed.isdigit():
            raise SystemExit(f"error: --choose random:SEED takes a whole number; got {seed!r}")
        return random.Random(int(seed) if seed else 0)
    out = []
    for part in text.split(","):
        part = part.strip()
        if not part.isdigit() or int(part) < 1:
            raise SystemExit(f"error: --choose takes 1-based numbers like 2,1,3; got {part!r}")
        out.append(int(part))
    return out


def _numbered(choose: Any) -> list[int]:
    if not isinstance(choose, list):
        raise SystemExit("error: capture takes --choose as numbers like 2,1,3")
    return choose


def play_headless(program, write: Callable[[str], None], *, chapter: str | None = None,
                  choose: Any = (), events: bool = False,
                  warn: Callable[[str], None] | None = None,
                  inputs: Sequence[str] = (), translation: Any = None) -> int:
    """Play to the end printing a transcript; returns an exit status. `choose` is a
    list of 1-based picks (then the first choice) or a random.Random; `inputs` answer
    renpy.input in turn (then its default)."""
    from .project import source_line_reader
    from .story.runtime import Runtime, StoryRuntimeError
    from .story.state import CHOICE, ENDED
    from .story.transcript import LoopGuard, Transcript

    out = Transcript(write, events=events)
    rt = Runtime(program, [out], source_lines=source_line_reader())
    rt.translation = translation
    from .story.state import INPUT

    rng = None if isinstance(choose, (list, tuple)) else choose
    picks = [] if rng is not None else list(choose)
    answers = list(inputs)
    try:
        if chapter is not None:
            if program.chapter(chapter) is None:
                names = ", ".join(f"{c.number} ({c.label})" for c in program.chapters)
                raise SystemExit(f"error: no chapter {chapter!r}; chapters: {names or 'none'}")
            rt.start_at_chapter(chapter)
        else:
            rt.start()
        guard = LoopGuard()
        while rt.waiting != ENDED:
            why = guard.stop(rt, default_choice=not picks and rng is None,
                             random_choice=rng is not None)
            if why is not None:
                out.flush()
                print(f"note: {why}", file=sys.stderr)
                return 1
            if rt.waiting == INPUT:
                rt.enter(answers.pop(0) if answers else None)
            elif rt.waiting == CHOICE:
                offered = rt.state.choices
                k = rng.randint(1, len(offered)) if rng is not None else \
                    picks.pop(0) if picks else 1
                if k > len(offered):
                    out.flush()
                    raise SystemExit(f"error: --choose {k}: this menu offers only"
                                     f" {len(offered)} choices")
                rt.choose(offered[k - 1])
            else:
                rt.advance()
    except StoryRuntimeError as exc:
        out.flush()
        print(exc.diagnostic.format(), file=sys.stderr)
        return 1
    out.flush()
    return 0


def cmd_transcript(args: argparse.Namespace) -> int:
    program = _load(args.story)
    translation = None
    if args.lang:
        from .i18n.translate_cli import translation_for

        translation = translation_for(program, args.lang)
        if translation is None:
            return 1
        translation = translation or None  # False: damaged, reported; play as written
    return play_headless(program, print, chapter=args.chapter,
                         choose=_parse_choose(args.choose), events=args.events,
                         inputs=args.input, translation=translation)


def cmd_translate(args: argparse.Namespace) -> int:
    from .i18n.translate_cli import cmd_translate as run

    return run(args)


def cmd_coverage(args: argparse.Namespace) -> int:
    from .coverage import coverage

    if args.runs < 1:
        raise SystemExit("error: --runs takes a number above 0")
    return coverage(_load(args.story), runs=args.runs, write=print)


def cmd_chapters(args: argparse.Namespace) -> int:
    program = _load(args.story)
    if not program.chapters:
        print("This story lists no chapters (add [[chapters]] to game.toml).")
    for ch in program.chapters:
        print(f"{ch.number:>2}. {ch.title}  [{ch.label}]")
    return 0


def cmd_lint(args: argparse.Namespace) -> int:
    from .lint import lint

    return lint(args.story, strict=args.strict, write=print)


def cmd_play(args: argparse.Namespace) -> int:
    if args.text:
        from .text_player import play_text

        program = _load(args.story)
        translation = None
        if args.lang:
            from .i18n.translate_cli import translation_for

            translation = translation_for(program, args.lang)
            if translation is None:
                return 1
        return play_text(program, chapter=args.chapter, data_dir=args.data_dir,
                         translation=translation or None)
    try:
        from .app import run_app
    except ImportError as exc:  # pragma: no cover - the window needs pygame
        print(f"error: the window cannot start ({exc}); try --text", file=sys.stderr)
        return 1
    return run_app(args)


# The play options as _play_options declares them (tests/ui/test_lean_start.py checks
# that the two agree): name -> (attribute, takes a value, appends).
_PLAY_OPTIONS: dict[str, tuple[str, bool, bool]] = {
    "--story": ("story", True, False), "--chapter": ("chapter", True, False),
    "--size": ("size", True, False), "--fullscreen": ("fullscreen", False, False),
    "--text": ("text", False, False), "--data-dir": ("data_dir", True, False),
    "--fresh": ("fresh", False, False), "--art": ("art", True, True),
    "--watch": ("watch", False, False), "--lang": ("lang", True, False)}


def _plain_play_args(argv: Sequence[str]) -> Any:
    """`play` and its options when written out plainly (whole option names, values that
    do not start with '-', sizes that parse): what argparse would make of them, without
    building a parser (its import, translations lookup and patterns cost a start ~10 ms).
    None for anything else, which argparse then parses (and explains)."""
    from types import SimpleNamespace

    if not argv or argv[0] != "play":
        return None
    out: dict[str, Any] = {dest: [] if append else (None if value else False)
                           for dest, value, append in _PLAY_OPTIONS.values()}
    rest = list(argv[1:])
    while rest:
        arg = rest.pop(0)
        name, eq, value = arg.partition("=")
        spec = _PLAY_OPTIONS.get(name) if name.startswith("--") else None
        if spec is None:
            return None
        dest, takes_value, append = spec
        if not takes_value:
            if eq:
                return None
            out[dest] = True
            continue
        if not eq:
            if not rest or rest[0].startswith("-"):
                return None
            value = rest.pop(0)
        if dest == "size":
            try:
                value = _size(value)
            except Exception:  # noqa: BLE001 - argparse says what is wrong with it
                return None
        if append:
            out[dest].append(value)
        else:
            out[dest] = value
    return SimpleNamespace(command="play", **out)


# the command as the player typed it (the installed script's name), or python -m game
PROG = os.path.basename(sys.argv[0]) if sys.argv and sys.argv[0] and \
    not sys.argv[0].endswith(("__main__.py", "-c")) else "python -m game"


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line; with `only`, just that command (a start of the game
    need not build the other eight parsers)."""
    import argparse

    p = argparse.ArgumentParser(
        prog=PROG,
        description="A Ren'Py-style visual novel engine and the story it plays. With no"
                    " command, plays the game.",
        epilog=_play_epilog() if only is None else None,  # only --help shows it
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    play = sub.add_parser("play", help="play the game (the default)")
    _play_options(play)
    if only == "play":
        return p

    t = sub.add_parser("transcript", help="play headless, printing every line")
    _story_arg(t)
    t.add_argument("--chapter", metavar="N|LABEL", help="start at a chapter")
    t.add_argument("--choose", metavar="2,1,...|random[:SEED]",
                   help="1-based choice at each menu in turn, or random choices")
    t.add_argument("--events", action="store_true",
                   help="also print staging: scene, show, hide, with, play, stop")
    t.add_argument("--lang", metavar="LANG", help="in a translation (story/translations/LANG.po)")
    t.add_argument("--input", metavar="TEXT", action="append", default=[],
                   help="what the reader types at each renpy.input in turn (default: the"
                        " input's default)")

    cov = sub.add_parser("coverage", help="play many paths; print the share of lines"
                                          " reached and those never reached")
    _story_arg(cov)
    cov.add_argument("--runs", metavar="N", type=int, default=100,
                     help="how many plays, each with random choices (default 100)")

    lint = sub.add_parser("lint", help="check the story: errors, warnings, statistics")
    _story_arg(lint)
    lint.add_argument("--strict", action="store_true",
                      help="treat missing images and audio as errors")

    ch = sub.add_parser("chapters", help="list the chapters")
    _story_arg(ch)

    cap = sub.add_parser("capture", help="save a PNG of every line and menu, and index.html")
    cap.add_argument("out_dir", metavar="OUT_DIR")
    _story_arg(cap)
    cap.add_argument("--chapter", metavar="N|LABEL", help="start at a chapter")
    cap.add_argument("--choose", metavar="2,1,...", help="1-based choice at each menu in turn")
    cap.add_argument("--size", metavar="WxH", type=_size, default=(1280, 720),
                     help="picture size (default 1280x720)")
    cap.add_argument("--art", metavar="DIR", action="append", default=[],
                     help="an art pack folder (may be given more than once)")

    _art_parser(sub)
    _dist_parser(sub)
    _translate_parser(sub)
    return p


def _translate_parser(sub: Any) -> None:
    """`translate update --lang LANG` (game/i18n/translate_cli.py)."""
    tr = sub.add_parser("translate", help="translations: write or update a gettext"
                        " catalogue (story/translations/LANG.po)")
    tr_sub = tr.add_subparsers(dest="translate_command", metavar="{update}", required=True)
    u = tr_sub.add_parser("update", help="write or update LANG.po: new lines added, changed"
                          " ones marked fuzzy, lines gone kept as obsolete")
    u.add_argument("--lang", metavar="LANG", required=True, help="a language code: fr, es...")
    _story_arg(u)


def _dist_parser(sub: Any) -> None:
    """`dist [--story DIR] OUT_DIR` (game/dist.py; needs the dist extra's PyInstaller)."""
    d = sub.add_parser("dist", help="build a standalone game for players without Python"
                       " (PyInstaller: pip install -e '.[dist]')")
    d.add_argument("out_dir", metavar="OUT_DIR")
    _story_arg(d)


def cmd_dist(args: argparse.Namespace) -> int:
    from .dist import build, folder_size

    made = build(args.story, args.out_dir)
    print(f"{made.title}: {made.app_dir}/ ({folder_size(made.app_dir) / 1e6:.1f} MB),"
          f" {made.archive} ({made.archive.stat().st_size / 1e6:.1f} MB),"
          f" in {made.seconds:.0f} s")
    return 0


def _art_parser(sub: Any) -> None:
    """`art template OUT_DIR` and `art check DIR` (game/art_tools.py, imported only to run:
    it pulls in the pack loader, which every start would otherwise pay for)."""
    art = sub.add_parser("art", help="tools for artists: a pack template, and a pack check")
    art_sub = art.add_subparsers(dest="art_command", metavar="{template,check}",
                                 required=True)
    t = art_sub.add_parser("template", help="write every image the story shows, as PNG at"
                           " the size it is shown, with a README for artists")
    t.add_argument("out_dir", metavar="OUT_DIR")
    _story_arg(t)
    c = art_sub.add_parser("check", help="check an art pack folder against the story")
    c.add_argument("pack_dir", metavar="DIR")
    _story_arg(c)


def cmd_capture(args: argparse.Namespace) -> int:
    from .capture import capture

    program = _load(args.story)
    packs = _packs(args.art)
    entries = capture(program, args.out_dir, size=args.size, chapter=args.chapter,
                      choose=_numbered(_parse_choose(args.choose)), packs=packs)
    print(f"{len(entries)} screens written to {args.out_dir}/ (open index.html)")
    return 0


def cmd_art(args: argparse.Namespace) -> int:
    from .art_tools import cmd_art as run

    return run(args)


def _packs(dirs: list[str]) -> list:
    if not dirs:
        return []
    from .assets.packs import load_packs

    return load_packs(dirs)


def _size(text: str) -> tuple[int, int]:
    from .app import parse_size

    return parse_size(text)


def _play_epilog() -> str:
    """The play options, for the top-level --help (they need no command word)."""
    import argparse

    tmp = argparse.ArgumentParser(prog=PROG, add_help=False)
    _play_options(tmp)
    rows = []
    for a in tmp._actions:
        name = ", ".join(a.option_strings) + (f" {a.metavar}" if a.metavar else "")
        rows.append(f"  {name:<22} {a.help}")
    return ("playing (options work with or without the word play):\n" + "\n".join(rows)
            + f"\n\nexamples: {PROG} --chapter 3   {PROG} --size 1600x900   {PROG} --text")


def _play_options(p: argparse.ArgumentParser) -> None:
    _story_arg(p)
    p.add_argument("--chapter", metavar="N|LABEL", help="start at a chapter")
    p.add_argument("--size", metavar="WxH", type=_size, default=None,
                   help="window size (default: as it was last time, else 1280x720;"
                        " at most the screen's)")
    p.add_argument("--fullscreen", action="store_true", help="start in fullscreen")
    p.add_argument("--text", action="store_true",
                   help="read in the terminal, no window (Enter, numbers; s saves, q quits)")
    p.add_argument("--data-dir", metavar="DIR", default=None,
                   help="keep saves, preferences and persistent data in DIR"
                        " (default: the user data folder)")
    p.add_argument("--fresh", action="store_true",
                   help="start as a first-time player (earlier data is moved to a backup"
                        " folder, never deleted)")
    p.add_argument("--art", metavar="DIR", action="append", default=[],
                   help="play with an art pack folder (may be given more than once)")
    p.add_argument("--watch", action="store_true",
                   help="reload the story and its art when a file of it is saved"
                        " (as Shift+R does)")
    p.add_argument("--lang", metavar="LANG", default=None,
                   help="play in a language the story is translated into (e.g. fr);"
                        " kept as the Preferences' language")


def _name_the_window(argv: Sequence[str]) -> None:
    """Set the window class from the story's id (game.toml's), the story being the last
    --story given, as argparse reads it."""
    story = None
    for k, arg in enumerate(argv):
        if arg == "--":
            break
        if arg == "--story" and k + 1 < len(argv):
            story = argv[k + 1]
        elif arg.startswith("--story="):
            story = arg[len("--story="):]
    try:
        from .project import story_identity

        os.environ.setdefault("SDL_VIDEO_X11_WMCLASS", story_identity(story).window_class)
    except ScriptError:
        pass  # no such story folder: reported when the play starts


def main(argv: Sequence[str] | None = None) -> int:
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")  # keep stdout for our output
    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or (argv[0].startswith("-") and argv[0] not in ("-h", "--help", "--version")):
        argv = ["play", *argv]
    fast = argv[0] == "play" and not {"-h", "--help"} & set(argv)
    if fast:  # before pygame is imported (reading --size imports it): its import sets the
        # window class from argv[0] otherwise (the desktop would call us "__main__.py")
        _name_the_window(argv)
    args = _plain_play_args(argv) if fast else None
    if args is None:  # argparse's parse, messages and help
        args = build_parser("play" if fast else None).parse_args(argv)
    window = args.command == "play" and not args.text
    if window:  # until the window's first frame (game.app resumes it there)
        from ._memory import pause_collection

        pause_collection()
    handlers = {"play": cmd_play, "transcript": cmd_transcript, "lint": cmd_lint,
                "chapters": cmd_chapters, "capture": cmd_capture, "art": cmd_art,
                "dist": cmd_dist, "translate": cmd_translate, "coverage": cmd_coverage}
    try:
        return handlers[args.command](args)
    except ScriptError as exc:
        print(exc.format(), file=sys.stderr)
        n = len(exc.errors)
        print(f"{n} error{'s' if n != 1 else ''}.", file=sys.stderr)
        return 1
    except BrokenPipeError:  # pragma: no cover - `| head`
        return 0
    finally:
        if window:  # (if there was no first frame: an error, no display)
            from ._memory import resume_collection

            resume_collection()


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
