"""Command line: parses the arguments and calls the command (play: the window, or the text
player; the others from game/commands/)."""
from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from . import __version__
from .script.errors import ScriptError

if TYPE_CHECKING:
    import argparse

# command -> its module in game/commands/, which has cmd_COMMAND(args)
_COMMAND_MODULES = {"transcript": "transcript", "lint": "lint", "chapters": "chapters",
                    "capture": "capture", "art": "art", "dist": "dist",
                    "translate": "translate", "coverage": "coverage"}


def _story_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--story", metavar="DIR", default=None,
                   help="a story folder (.rpy files, optional game.toml); default: ours")


def cmd_play(args: argparse.Namespace) -> int:
    """The window (or, with --text, the text player). The window's start imports no
    command module: what its first frame imports is measured (tests/ui/test_lean_start.py)."""
    if args.text:
        from .commands.transcript import cmd_play_text

        return cmd_play_text(args)
    try:
        from .app import run_app
    except ImportError as exc:  # pragma: no cover - the window needs pygame
        print(f"error: the window cannot start ({exc}); try --text", file=sys.stderr)
        return 1
    return run_app(args)


def run_command(args: argparse.Namespace) -> int:
    """Call the command: play here, each other one from its module in game/commands/."""
    if args.command == "play":
        return cmd_play(args)
    from importlib import import_module

    module = import_module(f"{__package__}.commands.{_COMMAND_MODULES[args.command]}")
    return getattr(module, f"cmd_{args.command}")(args)


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
    """`translate update --lang LANG` (game/commands/translate.py)."""
    tr = sub.add_parser("translate", help="translations: write or update a gettext"
                        " catalogue (story/translations/LANG.po)")
    tr_sub = tr.add_subparsers(dest="translate_command", metavar="{update}", required=True)
    u = tr_sub.add_parser("update", help="write or update LANG.po: new lines added, changed"
                          " ones marked fuzzy, lines gone kept as obsolete")
    u.add_argument("--lang", metavar="LANG", required=True, help="a language code: fr, es...")
    _story_arg(u)


def _dist_parser(sub: Any) -> None:
    """`dist [--story DIR] OUT_DIR` (game/commands/dist.py; needs the dist extra's PyInstaller)."""
    d = sub.add_parser("dist", help="build a standalone game for players without Python"
                       " (PyInstaller: pip install -e '.[dist]')")
    d.add_argument("out_dir", metavar="OUT_DIR")
    _story_arg(d)


def _art_parser(sub: Any) -> None:
    """`art template OUT_DIR` and `art check DIR` (game/commands/art.py, imported only to run:
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
    try:
        return run_command(args)
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
