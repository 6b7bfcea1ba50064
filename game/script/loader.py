"""Loads a story: parses every file, then checks what spans files.

All errors of a load are reported together (ScriptError); missing art and audio
are warnings, unless `strict` makes them errors, because assets often arrive
after the words.
"""
from __future__ import annotations

import gc
import hashlib
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import Any, Final

from ..scene.moves import DURATION as MOVE_DURATION
from ..scene.moves import NAMED_MOVES
from ..scene.transform import named as named_transform
from . import ast as A
from . import texttags
from ._renpy_compat import DEGRADE_CODE, position_warning
from ._screens import scan_all
from ._staging import bind_args
from .atl import bind, transform_call
from .errors import ERROR, WARNING, Diagnostic, Reporter, ScriptError, closest, did_you_mean
from .evaluate import EvalError, evaluate
from .images import AudioIndex, ImageIndex
from .lexer import strip_comment
from .parser import (
    AUDIO,
    IMAGE,
    LABEL,
    LIGHT,
    POSITION,
    POSITIONS,
    READ,
    TRANSITION,
    UPDATE,
    WRITE,
    Parser,
)
from .program import END_OF_FILE, LIGHT_PREFIX, Chapter, Flow, Program, flatten, successors
from .values import UnstorableValue, check_value

BUILTIN_TRANSITIONS: Final = {
    "dissolve": A.Transition("dissolve", duration=0.5),
    "fade": A.Transition("fade", out_time=0.5, hold=0.0, in_time=0.5),
    "vpunch": A.Transition("vpunch", duration=0.5),
    "hpunch": A.Transition("hpunch", duration=0.5),
    "flash": A.Transition("flash", out_time=0.1, hold=0.0, in_time=0.5, color="#ffffff"),
    # Ren'Py's own (renpy/common/00definitions.rpy), drawn by game/render/transitions.py
    "pixellate": A.Transition("pixellate", duration=1.0),
    "irisin": A.Transition("irisin", duration=1.0),
    "irisout": A.Transition("irisout", duration=1.0),
    "blinds": A.Transition("blinds", duration=1.0),
    "squares": A.Transition("squares", duration=1.0),
    **{f"{k}{d}": A.Transition(f"{k}{d}", duration=1.0)
       for k in ("wipe", "slide", "slideaway", "push") for d in ("left", "right", "up", "down")},
    # MoveTransition's family: move, ease, moveinright, easeoutleft, zoomin... (glide.py)
    **{k: A.Transition(k, duration=MOVE_DURATION) for k in NAMED_MOVES},
}
BUILTIN_CHARACTERS: Final = {"narrator": A.CharacterDef(None),
                              "nvl_narrator": A.CharacterDef(None, kind="nvl")}


def source_hash(sources: Iterable[tuple[str, str]]) -> str:
    h = hashlib.sha256()
    for path, text in sources:
        h.update(path.encode("utf-8", "surrogatepass") + b"\0")
        h.update(text.encode("utf-8", "surrogatepass") + b"\0")
    return h.hexdigest()


def load_story(sources: list[tuple[str, str]], *, images: ImageIndex | None = None,
               audio: AudioIndex | None = None, strict: bool = False,
               start: str = "start", title: str = "Untitled",
               chapters: Iterable[tuple[str, str]] = (),
               chapters_where: tuple[str, int] | None = None) -> Program:
    """Parse and check `sources` ((path, text) pairs, in play order)."""
    # A load makes a great many small objects and no garbage cycles: the cyclic
    # collector would only walk them again and again, so it waits until the end.
    with paused_gc():
        return _load(sources, images, audio, strict, start, title, chapters, chapters_where)


@contextmanager
def paused_gc() -> Iterator[None]:
    """No cyclic garbage collection inside: for building a story's many small objects,
    which make no cycles that need collecting meanwhile.

    Afterwards the survivors are frozen (gc.freeze): a story lives as long as the game
    and its nodes make no cycles (refcounting still frees them), so no later collection
    needs to walk them — the first one would otherwise walk every node the load made
    (~50 ms for 100,000 lines), a hitch in a running game."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.freeze()
            gc.enable()


def _load(sources: list[tuple[str, str]], images: ImageIndex | None, audio: AudioIndex | None,
          strict: bool, start: str, title: str, chapters: Iterable[tuple[str, str]],
          chapters_where: tuple[str, int] | None) -> Program:
    images = images if images is not None else ImageIndex()
    audio = audio if audio is not None else AudioIndex()
    parsers: list[Parser] = []
    reporters: dict[str, Reporter] = {}
    files: list[A.ScriptFile] = []
    screens, labels, speakers = ({}, frozenset(), frozenset()) if strict \
        else scan_all(sources)
    for path, text in sources:
        p = Parser(path, text)
        p.compat.strict = strict
        p.compat.screens, p.compat.labels = screens, labels
        p.compat.characters = speakers
        stmts = p.parse()
        if "\0" in text or "\\u" in text or "\\U" in text:
            _unusable_characters(text, p.rep)
        parsers.append(p)
        reporters[path] = p.rep
        files.append(A.ScriptFile(path, stmts))
    prog = Program(images=images, audio=audio, files=files, title=title, start=start)
    prog.source_hash = source_hash(sources)
    prog.skipped = skipped_counts(parsers)
    _Checker(prog, parsers, reporters, strict).run()
    flow = flatten(prog, files)
    for i in reversed(flow.labels):
        prog.labels[prog.statements[i].name] = i  # type: ignore[attr-defined]  # first wins
    chapter_rep = None
    for n, (label, ch_title) in enumerate(chapters, 1):
        prog.chapters.append(Chapter(n, label, ch_title))
        if label not in prog.labels:
            if chapters_where is not None:
                path, line = chapters_where
                chapter_rep = chapter_rep or Reporter(path, [])
                chapter_rep.error(line, 1, f"chapter {n} names the label '{label}', which"
                                  " does not exist" + did_you_mean(label, prog.labels),
                                  code="E510")
            else:
                _first_rep(reporters).error(1, 1, f"chapter {n} names the label '{label}',"
                                            " which does not exist"
                                            + did_you_mean(label, prog.labels), code="E510")
    if start not in prog.labels and files:
        _first_rep(reporters).error(1, 1, f"the story has no '{start}' label to begin at"
                                    + did_you_mean(start, prog.labels), code="E511")
    diags: list[Diagnostic] = []
    for p in parsers:
        diags.extend(p.rep.diagnostics)
    if chapter_rep:
        diags.extend(chapter_rep.diagnostics)
    errors = [d for d in diags if d.severity == ERROR]
    if errors:
        raise ScriptError(sorted(errors, key=_order(sources)))
    _reachability(prog, reporters, flow)
    prog.warnings = sorted((d for r in reporters.values() for d in r.diagnostics
                            if d.severity == WARNING), key=_order(sources))
    return prog


def skipped_counts(parsers: list[Parser]) -> dict[str, tuple[int, int]]:
    """For lint's summary: kind skipped -> (how many, in how many files)."""
    out: dict[str, tuple[int, int]] = {}
    for p in parsers:
        for kind, entry in p.compat.skipped.items():
            n, files = out.get(kind, (0, 0))
            out[kind] = (n + entry[0], files + 1)
    return out


def _first_rep(reporters: dict[str, Reporter]) -> Reporter:
    return next(iter(reporters.values()))


def _order(sources: list[tuple[str, str]]) -> Any:
    rank = {path: i for i, (path, _t) in enumerate(sources)}
    return lambda d: (rank.get(d.path, len(rank)), d.line, d.col)


class _Checker:
    def __init__(self, prog: Program, parsers: list[Parser], reporters: dict[str, Reporter],
                 strict: bool) -> None:
        self.prog = prog
        self.parsers = parsers
        self.reporters = reporters
        self.strict = strict
        self._known: dict[tuple[str, ...], bool] = {}
        # names whose definition was rejected (reported once, there) or that only
        # skipped Python sets; skipped transform names (shown at center)
        self.rejected: set[str] = set()
        self.assigned: set[str] = set()
        self.transforms: set[str] = set()
        for p in parsers:
            self.rejected |= p.compat.rejected
            self.assigned |= p.compat.assigned
            self.transforms |= p.compat.transforms
        self.define_locs: dict[str, A.Loc] = {}
        self.atl_defs: dict[str, tuple] = {}
        for p in parsers:
            self.atl_defs.update(p.atl_defs)
            prog.image_transforms.update(p.image_transforms)
            prog.layered.update(p.layered)
            prog.image_layers.update(p.layered_files)

    def transform(self, src: str, loc: A.Loc, length: int) -> bool:
        """An `at` item: a built-in position, a transform statement (its arguments
        bound), or Transform(...): its steps go into prog.transforms; False if unknown."""
        prog = self.prog
        if src in prog.transforms:
            return True
        d = self.atl_defs.get(src)
        if d is not None:  # `at tr`: its parameters take their defaults
            prog.transforms[src] = bind(d[2], dict(d[1])) if d[0] else d[2]
            return True
        call = transform_call(src)
        if call is None:
            return False
        name, args, kws = call
        d = self.atl_defs.get(name)
        if d is None:
            steps = named_transform(name)
            if steps is None or args or kws:
                return False
            prog.transforms[src] = steps
            return True
        params, defaults, steps = d
        values = bind_args(params, defaults, args, kws)
        if values is None:
            self.rep(loc).warning(loc[1], loc[2], f"the arguments of '{src}' do not match"
                                  f" transform {name}'s parameters; its defaults are used",
                                  length=length, code="W703")
            values = dict(defaults)
        prog.transforms[src] = bind(steps, values)
        return True

    def rep(self, loc: A.Loc) -> Reporter:
        return self.reporters[loc[0]]

    def error(self, loc: A.Loc, msg: str, length: int = 1, *, code: str) -> None:
        self.rep(loc).error(loc[1], loc[2], msg, length=length, code=code)

    def missing(self, loc: A.Loc, msg: str, length: int, code: str) -> None:
        if self.strict:
            self.rep(loc).error(loc[1], loc[2], msg, length=length, code=code)
        else:
            self.rep(loc).warning(loc[1], loc[2], msg, length=length, code=code)

    def run(self) -> None:  # noqa: C901
        prog = self.prog
        # Labels, first definition wins; a second is an error naming the first.
        for p in self.parsers:
            for lab in p.labels:
                if lab.name in prog.labels:
                    first: A.Loc = prog.labels[lab.name]  # type: ignore[assignment]  # a Loc here
                    self.error(lab.loc, f"label '{lab.name}' is defined twice (first at "
                               f"{first[0]}:{first[1]})", 6 + len(lab.name), code="E501")
                else:
                    prog.labels[lab.name] = lab.loc  # type: ignore[assignment]
        for p in self.parsers:
            for img in p.images:
                value = img.filename
                why = _image_file_problem(value)
                if why:
                    self.error(img.loc, why, 5, code="E284")
                    continue
                prog.images.add(img.name, value)
        self.defines()
        writes: set[str] = set()
        changed_defines: set[str] = set()
        for p in self.parsers:
            for kind, name, loc, length, _extra in p.refs:
                if kind == WRITE or kind == UPDATE:
                    if kind == WRITE:
                        writes.add(name)
                    if name in prog.constants:
                        if not self.strict and not isinstance(
                                prog.constants[name], (A.CharacterDef, A.LightDef)):
                            # Ren'Py lets `$` change a define'd name (it is not saved
                            # there; here it is, like a default)
                            if name not in changed_defines:
                                changed_defines.add(name)
                                self.rep(loc).warning(
                                    loc[1], loc[2], f"'{name}' is set with define but"
                                    f" changed here; it changes as if declared with"
                                    f" 'default {name} = ...' (write that to say so)",
                                    length=length, code="W706")
                            continue
                        self.error(loc, f"'{name}' is set with define, which makes a constant;"
                                   f" declare it with 'default {name} = ...' to change it",
                                   length, code="E502")
        prog.variables = {d.name for d in prog.defaults} | writes
        known_names = prog.variables | set(prog.constants)
        # Say lines' speakers and attributes are grouped by name: one check per name,
        # an error per use. No other check reports at a say line's own position before
        # these (its `with` transition comes after), so the sorted report is the same.
        for p in self.parsers:
            for name, locs in p.speakers.items():
                if name in prog.characters or name in self.rejected:
                    continue
                if name in self.assigned and not self.strict:
                    loc = locs[0]
                    self.rep(loc).warning(loc[1], loc[2], f"'{name}' is made only by Python"
                                          f" that is skipped; its lines are spoken as"
                                          f" '{name}'", length=len(name), code="W705")
                    prog.characters[name] = A.CharacterDef(name)
                    continue
                for loc in locs:
                    self.speaker(name, loc, len(name))
            for (name, extra), uses in p.say_attrs.items():
                ch = prog.characters.get(name)
                if ch is None:
                    continue
                for loc, length in uses:
                    if not ch.image:
                        self.error(loc, f"'{name}' has no image tag, so '{name} "
                                   f"{' '.join(extra)}' cannot change a sprite; define it "
                                   f"with image=\"...\"", length, code="E504")
                    elif not prog.images.known(("side", ch.image, *extra)):
                        self.image((ch.image, *extra), loc, length)  # a side image is enough
        for p in self.parsers:
            for kind, name, loc, length, extra in p.refs:
                if kind == READ:
                    if name not in known_names and name not in self.rejected:
                        if name in self.assigned and not self.strict:
                            self.rep(loc).warning(
                                loc[1], loc[2], f"'{name}' is set only by Python that is"
                                " skipped; reading it stops the story there", length=length,
                                code="W702")
                            continue
                        self.error(loc, f"unknown variable '{name}'"
                                   + did_you_mean(name, known_names), length, code="E503")
                elif kind == UPDATE:
                    if name not in known_names and name not in self.rejected:
                        self.error(loc, f"'{name}' is updated but never given a value; declare"
                                   f" it with 'default {name} = ...'"
                                   + did_you_mean(name, known_names), length, code="E516")
                elif kind == IMAGE:
                    if name[0] not in prog.layered:  # its attributes pick layers
                        self.image(name, loc, length)
                elif kind == AUDIO:
                    if "audio." + name in prog.constants:
                        continue  # `define audio.NAME = "file"`: its file is checked there
                    if prog.audio.find(name) is None:
                        self.missing(loc, f"missing audio file '{name}'" + did_you_mean(
                            name, prog.audio.names()), length, "W520")
                elif kind == POSITION:
                    if self.transform(name, loc, length):
                        continue
                    if name not in POSITIONS:
                        why = None if self.strict else position_warning(name, self.transforms)
                        if why is not None:
                            self.rep(loc).warning(loc[1], loc[2], why, length=length,
                                                  code="W703")
                            continue
                        self.error(loc, f"unknown position '{name}'" + did_you_mean(
                            name, POSITIONS) + "; positions are " + ", ".join(POSITIONS),
                            length, code="E505")
                elif kind == TRANSITION:
                    self.transition(name, extra, loc, length)
                elif kind == LIGHT:
                    if name not in prog.lights:
                        self.error(loc, f"unknown light '{name}'"
                                   + did_you_mean(name, prog.lights)
                                   + "; define it with define light." + name
                                   + " = Light(\"#rrggbb\", strength), or write light None",
                                   length, code="E519")
                elif kind == LABEL:
                    if name not in prog.labels and name not in self.rejected:
                        self.error(loc, f"there is no label '{name}'" + did_you_mean(
                            name, prog.labels), length, code="E506")
        prog.labels = {}  # filled with indices by flatten's caller

    def defines(self) -> None:  # noqa: C901
        prog = self.prog
        chars = prog.characters
        chars.update(BUILTIN_CHARACTERS)

        def lookup(name: str) -> Any:
            if name in prog.constants:
                return prog.constants[name]
            raise EvalError(f"'{name}' is not defined yet (define it earlier)")

        seen: dict[str, A.Loc] = self.define_locs
        redefined: set[str] = set()
        for p in self.parsers:
            for d in p.defines:
                if d.name in seen:
                    if d.name.startswith("gui."):
                        continue  # a gui value given again: the first is kept
                    first = seen[d.name]
                    if self.strict or d.name in self.rejected:
                        self.error(d.loc, f"'{d.name}' is defined twice (first at"
                                   f" {first[0]}:{first[1]})", 7 + len(d.name), code="E507")
                        continue
                    # Ren'Py runs both; the later one is what the game sees (one
                    # warning per file: games copy a block of defines between files)
                    if d.loc[0] in redefined:
                        seen[d.name] = d.loc
                    else:
                        redefined.add(d.loc[0])
                        self.rep(d.loc).warning(
                            d.loc[1], d.loc[2], f"'{d.name}' is defined again (first"
                            f" at {first[0]}:{first[1]}); the later definition is kept, as"
                            " in Ren'Py (one warning per file)", length=7 + len(d.name),
                            code=DEGRADE_CODE)
                seen[d.name] = d.loc
                try:
                    value = evaluate(d.code, lookup)
                    check_value(value, opaque=(A.CharacterDef, A.Transition, A.LightDef))
                except (EvalError, UnstorableValue) as exc:
                    if not self.strict and "so that saves keep" in str(exc):
                        # Ren'Py keeps any Python value; ours must save as JSON (int
                        # dict keys). Uses degrade: it mostly feeds skipped Python.
                        # Values too large stay errors: a bound, not a dialect
                        self.rep(d.loc).warning(
                            d.loc[1], d.loc[2], f"define {d.name}: {exc}; the definition"
                            " is skipped", length=6, code=DEGRADE_CODE)
                        self.assigned.add(d.name)
                    else:
                        self.error(d.loc, f"define {d.name}: {exc}", 6, code="E508")
                    self.rejected.add(d.name)
                    continue
                if not self.light_define(d, value):
                    continue
                prog.constants[d.name] = value
                if isinstance(value, A.CharacterDef):
                    self.character_tags(d, value)
                    chars[d.name] = value
            prog.defaults.extend(p.defaults)
        self.scene_lights()
        names: dict[str, A.Loc] = {}
        for dflt in prog.defaults:
            if dflt.name in names:
                first = names[dflt.name]
                self.error(dflt.loc, f"'{dflt.name}' has two defaults (first at {first[0]}:"
                           f"{first[1]})", 8 + len(dflt.name), code="E509")
            elif dflt.name in prog.constants:
                self.error(dflt.loc, f"'{dflt.name}' is both defined and defaulted", 8,
                           code="E509")
            else:
                self.default_value(dflt)
            names[dflt.name] = dflt.loc

    def light_define(self, d: A.Define, value: Any) -> bool:
        """`define light.NAME` takes a Light(...), and a Light(...) goes only there."""
        is_light = isinstance(value, A.LightDef)
        if d.name.startswith(LIGHT_PREFIX) and not is_light:
            self.error(d.loc, f"define {d.name}: a light is made with Light(\"#rrggbb\","
                       " strength)", 6, code="E517")
            return False
        if is_light and not d.name.startswith(LIGHT_PREFIX):
            self.error(d.loc, f"define {d.name}: a Light is defined in the light namespace:"
                       f" define light.{d.name} = Light(...)", 6, code="E517")
            return False
        return True

    def scene_lights(self) -> None:
        """Each background named in a Light's scenes=[...] casts that light; one light
        per background, and the backgrounds should exist."""
        owner: dict[str, str] = {}
        for name, value in self.prog.constants.items():
            if not isinstance(value, A.LightDef):
                continue
            loc = self.define_locs[name]
            for scene in value.scenes:
                if scene in owner:
                    self.error(loc, f"'{scene}' already casts light.{owner[scene]}; a"
                               " background casts one light", 6, code="E518")
                    continue
                owner[scene] = name[len(LIGHT_PREFIX):]
                self.image(tuple(scene.split()), loc, 6)
    def character_tags(self, d: A.Define, ch: A.CharacterDef) -> None:
        """A Character's prefixes and suffixes wrap every line it says: their text tags
        must pair up around the line (an open {b} in what_prefix would break them all)."""
        for what, text in (("what_prefix/what_suffix", f"{ch.what_prefix}x{ch.what_suffix}"),
                           ("who_prefix/name/who_suffix",
                            f"{ch.who_prefix}{ch.name or ''}{ch.who_suffix}")):
            problems = texttags.check(text)
            if problems:
                self.error(d.loc, f"define {d.name}: the text tags of its {what} do not"
                           f" pair up: {problems[0]}", 6, code="E508")

    def default_value(self, d: A.Default) -> None:
        """A `default` is checked as `$` checks what it stores; where its value needs
        only constants, already here (`default y = e`, a Character, is an error)."""
        constants = self.prog.constants

        def only_constants(name: str) -> Any:
            if name in constants:
                return constants[name]
            raise _NeedsVariables(name)

        try:
            check_value(evaluate(d.code, only_constants, _RUNS_LATER))
        except _NeedsVariables:
            return  # it needs other variables: the runtime checks it when it runs
        except (EvalError, UnstorableValue) as exc:
            self.error(d.loc, f"default {d.name}: {exc}", 7, code="E508")

    def speaker(self, name: str, loc: A.Loc, length: int) -> None:
        prog = self.prog
        if name in prog.characters:
            return
        if name in prog.constants or name in prog.variables:
            self.error(loc, f"'{name}' is not a Character, so it cannot speak", length,
                       code="E512")
            return
        candidates = [c for c in prog.characters if c != "narrator"]
        hint = did_you_mean(name, candidates)
        if not hint:  # a writer often types the name the reader sees: 'kaori' for k
            by_name = {ch.name.lower(): var for var, ch in prog.characters.items()
                       if ch.name and var != "narrator"}
            close = closest(name.lower(), by_name)
            if close:
                var = by_name[close[0]]
                hint = f" (did you mean '{var}', {prog.characters[var].name}?)"
        self.error(loc, f"unknown character '{name}'" + hint, length, code="E513")

    def image(self, name: tuple[str, ...], loc: A.Loc, length: int) -> None:
        known = self._known.get(name)
        if known is None:
            known = self._known[name] = self.prog.images.known(name)
        if known:
            return
        shown = " ".join(name)
        self.missing(loc, f"missing image '{shown}'" + did_you_mean(
            shown, self.prog.images.names()), length, "W521")

    def masked(self, value: A.Transition, loc: A.Loc, length: int) -> A.Transition:
        """An ImageDissolve whose mask the story has not: a dissolve, with a warning."""
        if value.kind != "imagedissolve" or self.prog.images.known(value.image.split()):
            return value
        self.rep(loc).warning(loc[1], loc[2], f"ImageDissolve's mask '{value.image}' is"
                              " not among the story's images; shown as a dissolve",
                              length=length, code="W707")
        return A.Transition("dissolve", duration=value.duration)

    def transition(self, src: str, code: tuple | None, loc: A.Loc, length: int) -> None:
        prog = self.prog
        if src in prog.transitions:
            return
        if code is None:  # `k "..." with NAME` from the say fast path
            code = ("n", src)
        if code[0] == "v":  # a value the parser made (Ren'Py's CropMove(1.0, "wipeleft")...)
            prog.transitions[src] = self.masked(code[1], loc, length)
            return
        if code[0] == "c" and code[1] is None:
            prog.transitions[src] = None
            return
        if code[0] == "n":
            name = code[1]
            if name in BUILTIN_TRANSITIONS:
                prog.transitions[src] = BUILTIN_TRANSITIONS[name]
                return
            value = prog.constants.get(name)
            if isinstance(value, A.Transition):
                prog.transitions[src] = self.masked(value, loc, length)
                return
            why = None
            if name in self.assigned and not self.strict:
                why = f"'{name}' is made only by Python that is skipped; shown as a dissolve"
            if why is not None or name in self.rejected:
                if why is not None:
                    self.rep(loc).warning(loc[1], loc[2], why, length=length, code="W704")
                prog.transitions[src] = BUILTIN_TRANSITIONS["dissolve"]
                return
            pool = list(BUILTIN_TRANSITIONS) + [k for k, v in prog.constants.items()
                                               if isinstance(v, A.Transition)]
            self.error(loc, f"unknown transition '{name}'" + did_you_mean(name, pool)
                       + "; transitions are None, " + ", ".join(list(BUILTIN_TRANSITIONS)[:5])
                       + ", Dissolve(t) and Fade(out, hold, in)", length, code="E514")
            return
        if code[0] == "call" and code[1] in ("Dissolve", "Fade"):
            try:
                value = evaluate(code, lambda n: prog.constants[n] if n in prog.constants
                                 else (_ for _ in ()).throw(EvalError(f"unknown name '{n}'")))
            except EvalError as exc:
                self.error(loc, f"bad transition: {exc}", length, code="E515")
                return
            prog.transitions[src] = value
            return
        self.error(loc, f"'{src}' is not a transition; use None, dissolve, fade, vpunch,"
                   " hpunch, flash, Dissolve(t) or Fade(out, hold, in)", length, code="E514")


_BAD_ESCAPE: Final = re.compile(r"\\u(?:0000|[dD][89a-fA-F][0-9a-fA-F]{2})|\\U0000(?:0000|"
                                r"[dD][89a-fA-F][0-9a-fA-F]{2})|\0")


def _unusable_characters(text: str, rep: Reporter) -> None:
    """A NUL, or an escape that makes a NUL or a lone surrogate, in a script's text
    (outside comments): no save or screen can hold such a character, so it is an error
    where it stands. (Expressions are checked as they are compiled, see pyexpr.)"""
    for n, line in enumerate(text.split("\n"), 1):
        if "\0" not in line and "\\u" not in line and "\\U" not in line:
            continue
        code = strip_comment(line)[0] if "#" in line else line
        m = _BAD_ESCAPE.search(code)
        if m is not None:
            msg = "a NUL character cannot be shown or saved; remove it" \
                if m.group(0) == "\0" else f"'{m.group(0)}' makes a NUL or a lone" \
                " surrogate, which cannot be shown or saved; write the character itself"
            rep.error(n, m.start() + 1, msg, length=len(m.group(0)), code="E108")


def _image_file_problem(value: str) -> str | None:
    """Why an `image` statement's file cannot be used: it must name a file inside the
    story's images folder (where it is looked up), or be a colour."""
    if value.startswith("#"):
        return None
    shown = value.replace("\\", "/")
    if not shown.strip() or "\0" in shown:
        return "an image needs a file name or a colour"
    if shown.startswith("/") or re.match(r"[A-Za-z]:", shown):
        return (f"image file '{value[:80]}' is an absolute path; image files are looked up"
                " in the story's images folder, so give a path inside it")
    if ".." in shown.split("/"):
        return (f"image file '{value[:80]}' leads out of the images folder through '..';"
                " refused")
    return None


class _RunsLater:
    """The `host` of a default's value checked at load: Ren'Py's library and persistent
    data have values only as the story runs."""

    def call(self, name: str, *_args: Any) -> Any:
        raise _NeedsVariables(name)

    def persistent_get(self, name: str) -> Any:
        raise _NeedsVariables(name)


_RUNS_LATER: Final = _RunsLater()


class _NeedsVariables(Exception):
    """A default's value reads a variable: it can only be worked out as the story runs."""


def _reachability(prog: Program, reporters: dict[str, Reporter], flow: Flow) -> None:
    """Warn about statements nothing can reach, as a writer would want to know."""
    stmts = prog.statements
    n = len(stmts)
    if not n or prog.start not in prog.labels:
        return
    seen = bytearray(n)
    special = bytearray(n)
    for i in flow.special:
        special[i] = 1
    nxt = prog.next
    todo = [prog.labels[prog.start]] + [prog.labels[c.label] for c in prog.chapters
                                       if c.label in prog.labels]
    while todo:
        i = todo.pop()
        # plain statements go on to `next`: follow them without the stack
        while i != END_OF_FILE and not seen[i]:
            seen[i] = 1
            if special[i]:
                todo.extend(successors(prog, i))
                break
            i = nxt[i]
    # 0: never reached; 1: reached; 2: a definition, which never runs and does not
    # break a run of unreachable statements (one warning per run).
    for i in flow.inert:
        seen[i] = 2
    i = seen.find(0)
    while i != -1:
        j = i - 1
        while j >= 0 and seen[j] == 2:
            j -= 1
        if j < 0 or seen[j] != 0:  # the first of a run
            s = stmts[i]
            what = f"label '{s.name}' is never reached" if isinstance(s, A.Label) \
                else "this statement can never be reached"
            reporters[s.loc[0]].warning(s.loc[1], s.loc[2], what, code="W530")
        i = seen.find(0, i + 1)
