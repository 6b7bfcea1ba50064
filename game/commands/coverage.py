"""`coverage`: play a story many times with random choices and report which of its
say lines were reached: a writer's check for branches no path leads to."""
from __future__ import annotations

import random
from collections.abc import Callable
from typing import TYPE_CHECKING, Final

from ..script import ast as A
from ..script.errors import StoryRuntimeError
from ..script.program import Program
from ..story.play import play
from ..story.runtime import Runtime
from ..story.transcript import LoopGuard

if TYPE_CHECKING:
    import argparse

MAX_STEPS_PER_RUN: Final = 20_000  # lines, menus and inputs in one play
MAX_LISTED: Final = 200  # lines never reached that are printed one by one


def say_lines(program: Program) -> dict[str, A.Say]:
    """Every say line of the story (menu captions too) by id."""
    out: dict[str, A.Say] = {}
    for s in program.statements:
        if isinstance(s, A.Say):
            out[s.sid] = s
        elif isinstance(s, A.Menu) and s.caption is not None:
            out[s.caption.sid] = s.caption
    return out


def play_once(program: Program, seed: int, first: bool = False) -> tuple[set[str], str | None]:
    """The ids of the lines one play reads (choices at random from `seed`, or always
    the first), and why it stopped early (None when it ended)."""
    rt = Runtime(program)
    rt.state.rng = seed  # renpy.random differs from run to run too
    pick = random.Random(seed)
    guard = LoopGuard()
    why = None
    try:
        why = play(rt, (lambda rt: rt.state.choices[0]) if first
                   else (lambda rt: pick.choice(rt.state.choices)),
                   check=lambda rt: guard.stop(rt, default_choice=first,
                                               random_choice=not first),
                   limit=MAX_STEPS_PER_RUN).why
    except StoryRuntimeError as exc:
        why = exc.diagnostic.format().split("\n", 1)[0]
    return rt.state.seen, why


def coverage(program: Program, *, runs: int, write: Callable[[str], None]) -> int:
    """Print the share of say lines reached over `runs` plays and list the others;
    0 if every line was reached, 1 if not."""
    lines = say_lines(program)
    reached: set[str] = set()
    problems: dict[str, int] = {}
    for k in range(runs):
        seen, why = play_once(program, k, first=k == 0)
        reached |= seen
        if why is not None:
            problems[why] = problems.get(why, 0) + 1
    reached &= lines.keys()
    total = len(lines)
    share = 100.0 * len(reached) / total if total else 100.0
    write(f"{len(reached)} of {total} say lines reached ({share:.1f}%) over {runs} play"
          f"{'s' if runs != 1 else ''} (the first taking every first choice, the rest"
          " choosing at random)")
    for why, n in sorted(problems.items()):
        write(f"  {n} play{'s' if n != 1 else ''} stopped early: {why}")
    missing = sorted((s.loc, s) for sid, s in lines.items() if sid not in reached)
    if missing:
        write("Never reached:")
    for (path, line, _col), s in missing[:MAX_LISTED]:
        text = s.text if len(s.text) <= 70 else s.text[:67] + "..."
        who = f"{s.who or s.who_name} " if (s.who or s.who_name) else ""
        write(f"  {path}:{line}: {who}\"{text}\"")
    if len(missing) > MAX_LISTED:
        write(f"  ... and {len(missing) - MAX_LISTED} more")
    return 0 if not missing else 1


def cmd_coverage(args: argparse.Namespace) -> int:
    from ..project import load_project

    if args.runs < 1:
        raise SystemExit("error: --runs takes a number above 0")
    return coverage(load_project(args.story), runs=args.runs, write=print)
