"""Steps the story: runs statements until the reader must act, returning the events.

The runtime waits in one explicit state: START (nothing run yet), CONTINUE (a
line or pause is showing), CHOICE (a menu is showing) or ENDED. It never draws,
plays or sleeps; presenters do, from the events each call returns (the one
delivery path: game/story/play.py hands them on when no reader plays).
"""
from __future__ import annotations

import weakref
from collections.abc import Callable
from dataclasses import replace
from typing import Any, Final

from ..scene.model import Light
from ..script import ast as A
from ..script.atl import has_reads, read_values
from ..script.errors import Diagnostic, StoryRuntimeError
from ..script.program import END_OF_FILE, Program
from . import _nvl, _side
from . import events as E
from .expr import EvalError, Scope, check_storable
from .library import Library
from .stage_images import (
    attribute_image,
    attribute_layers,
    scene_image,
    show_image,
    show_tag,
    speaker_tag,
)
from .state import CHOICE, CONTINUE, ENDED, INPUT, START, TRAIL_LENGTH, StoryState

MAX_STEPS_WITHOUT_INTERACTION: Final = 200_000
LOOK_AHEAD: Final = 32  # statements a window's Prepare events cover, as Ren'Py predicts
MAX_INPUT: Final = 1_000  # characters a renpy.input keeps when it sets no length


# _exec's answer when the story ends here (a return with no caller, or a restart);
# END_OF_FILE (-1) is a position past a file's last statement, which returns
END: Final = -2

# where the values hidden by a called label's parameters wait for its return
DYNAMIC: Final = "_dynamic"


class Runtime:
    """One reader's run through a Program."""

    def __init__(self, program: Program,
                 source_lines: Callable[[str, int], str] | None = None) -> None:
        self.program = program
        self.state = StoryState()
        self.record_seen = True
        # the reader's language (game/i18n/translation.py), None for the story as written;
        # set it and call current_event() again to see the line in another language
        self.translation: Any = None
        self._source_lines = source_lines
        self._emitted: list[E.Event] = []
        self._stop_at: int | None = None
        # `persistent.x`: data kept across plays; the app loads and saves it
        self.persistent: dict[str, Any] = {}
        self.persistent_changed: Callable[[], None] | None = None
        # a weak proxy: an old runtime must die when a live reload replaces it (a strong
        # cycle here outlived gc.collect(); tests/ui/test_live_reload_window.py)
        self._library = Library(weakref.proxy(self))
        self._args: tuple[list[Any], dict[str, Any]] | None = None  # a call's arguments
        # statements a Prepare event looks ahead when the runtime waits (0: no Prepare;
        # the window sets 32, to load images before they show)
        self.look_ahead = 0
        self._prepared: E.Prepare | None = None
        self._init_defaults()

    # -- public ----------------------------------------------------------------------
    @property
    def waiting(self) -> str:
        return self.state.waiting

    def start(self, label: str | None = None) -> list[E.Event]:
        """Begin at the story's start label (or `label`) and run to the first wait."""
        target = label or self.program.start
        if target not in self.program.labels:
            raise KeyError(f"no label {target!r}")
        self.state.position = self._sid(self.program.labels[target])
        self.state.waiting = START
        return self._run()

    def advance(self) -> list[E.Event]:
        """The reader continues past the line or pause that is showing."""
        st = self.state
        if st.waiting == CHOICE:
            raise RuntimeError("a menu is waiting for a choice")
        if st.waiting == ENDED:
            return []
        if st.waiting == INPUT:  # a presenter with no text box: the default is taken
            return self.enter(None)
        if st.waiting == CONTINUE:
            st.position = self._next_sid(self._current())
        return self._run()

    def choose(self, index: int) -> list[E.Event]:
        """Take choice `index` (0-based among the choices as written)."""
        st = self.state
        if st.waiting != CHOICE:
            raise RuntimeError("no menu is waiting")
        i = self._current()
        menu = self.program.statements[i]
        assert isinstance(menu, A.Menu)
        if index not in st.choices:
            raise ValueError(f"choice {index} is not offered")
        scope = self._scope()
        text = self._choice_text(self._choice_source(menu, index), scope)
        if menu.set_ is not None:
            try:
                taken = scope.eval(menu.set_)
                if isinstance(taken, list) and menu.choices[index].text not in taken:
                    taken.append(menu.choices[index].text)  # once: it may be a set
                    check_storable(taken)
            except EvalError as exc:
                self._fail(menu, str(exc))
        st.choices = []
        st.position = self._sid(self.program.branches[i][index])
        self._emitted = []
        self._emit(E.Chose(text, index))
        return self._run(reset=False)

    def enter(self, text: str | None) -> list[E.Event]:
        """Give the renpy.input that is waiting its text (None: its default)."""
        st = self.state
        if st.waiting != INPUT:
            raise RuntimeError("no input is waiting")
        stmt = self.program.statements[self._current()]
        assert isinstance(stmt, A.Input)
        scope = self._scope()
        self._emitted = []
        try:
            ev = self._input_event(stmt, scope)
            value = ev.default if text is None else text
            value = value.replace("\n", " ").replace("\x00", "")
            value = value[:ev.length or MAX_INPUT]
            if stmt.strip:
                value = value.strip()
            self._emit(E.Entered(value))
            scope._store(stmt.target, value)
        except EvalError as exc:
            self._fail(stmt, str(exc))
        st.waiting = START
        st.position = self._next_sid(self._current())
        return self._run(reset=False)

    def current_event(self) -> E.Say | E.Menu | E.Input | None:
        """The line or menu the reader is looking at, rebuilt from the state (after a
        load or rollback), without changing anything."""
        st = self.state
        if st.waiting not in (CONTINUE, CHOICE, INPUT) or st.position is None:
            return None
        stmt = self.program.statements[self._current()]
        scope = self._scope()
        if isinstance(stmt, A.Input):
            try:
                return self._input_event(stmt, scope)
            except EvalError as exc:
                self._fail(stmt, str(exc))
        if isinstance(stmt, A.Say):
            ev = self._say_event(stmt, scope, apply_attributes=False, record=False)
            if ev.nvl:  # the line is the page's last entry already
                ev = replace(ev, page=_nvl.page(st, -1))
            return ev
        if isinstance(stmt, A.Menu):
            caption = self._say_event(stmt.caption, scope, apply_attributes=False,
                                      record=False) if stmt.caption else None
            nvl = _nvl.is_nvl_menu(self.program, stmt.nvl)
            return E.Menu(caption, tuple(E.Choice(k, self._choice_text(
                self._choice_source(stmt, k), scope))
                                         for k in st.choices), stmt.sid, nvl,
                          _nvl.page(st) if nvl else ())
        return None

    def history_entry(self, entry: Any) -> Any:
        """A history entry (story/rollback.py) told again from its line id, in the
        reader's language; unchanged if its line is gone or shows a [variable] (whose
        value then is not known now)."""
        from .rollback import HistoryEntry

        stmt = self._line_by_sid(entry.line_id)
        if stmt is None or "[" in stmt.text:
            return entry
        st = self.state
        last_who = st.last_who
        try:
            ev = self._say_event(stmt, self._scope(), apply_attributes=False, record=False)
        finally:
            st.last_who = last_who
        return HistoryEntry.from_say(ev) if ev.who is not None or entry.who is None \
            else HistoryEntry(entry.who, HistoryEntry.from_say(ev).text, entry.color,
                              entry.line_id)

    def _line_by_sid(self, sid: str) -> A.Say | None:
        prog = self.program
        i = prog.by_sid.get(sid)
        if i is not None:
            s = prog.statements[i]
            return s if isinstance(s, A.Say) else None
        captions = getattr(prog, "_captions", None)
        if captions is None:
            captions = {s.caption.sid: s.caption for s in prog.statements
                        if isinstance(s, A.Menu) and s.caption is not None}
            try:
                prog._captions = captions  # type: ignore[attr-defined]
            except AttributeError:  # pragma: no cover
                pass
        return captions.get(sid)

    def _coming(self) -> E.Prepare:
        """What the next `look_ahead` statements may show and play, on every branch
        (Ren'Py predicts 32 statements), resolved against the stage as it will be."""
        from ..script.program import successors

        prog = self.program
        pos = self.state.position
        images: list[tuple[str, str]] = []
        audio: list[str] = []
        if pos is None or pos not in prog.by_sid:
            return E.Prepare((), ())
        stage = {s.tag: tuple(s.image.split()) for s in self.state.stage.sprites}
        frontier = [prog.by_sid[pos]]
        visited: set[int] = set()
        while frontier and len(visited) < self.look_ahead:
            i = frontier.pop(0)
            if i == END_OF_FILE or i in visited:
                continue
            visited.add(i)
            s = prog.statements[i]
            item: tuple[str, str] | None = None
            match s:
                case A.Scene(image=image) if image:
                    item = (scene_image(prog, s) or "", "bg")
                case A.Show():
                    tag = show_tag(s)
                    name, _layers = show_image(prog, s, stage.get(tag))
                    stage[tag] = tuple(name.split())
                    item = (name, "sprite")
                case A.Say(attributes=attributes) if attributes:
                    said = speaker_tag(prog, s.who)
                    if said and said in stage:
                        name = attribute_image(prog, said, attributes, stage[said])
                        stage[said] = tuple(name.split())
                        item = (name, "sprite")
                case A.Play() | A.Queue():
                    audio.extend(f for f in self._audio_files(s.files) if f not in audio)
            if item and item not in images:
                images.append(item)
            frontier.extend(successors(prog, i) if not isinstance(s, A.Return) else [])
        return E.Prepare(tuple(images), tuple(audio))

    def _prepare(self) -> None:
        """Announce what comes soon, when it differs from what was announced last."""
        ev = self._coming()
        if ev != self._prepared:
            self._prepared = ev
            self._emit(ev)

    def sync(self) -> E.Sync:
        """The stage and audio now, as one event (copies the runtime will not change)."""
        return E.Sync(self.state.stage.copy(), self.state.audio.copy())

    def snapshot(self) -> dict[str, Any]:
        """The whole state as plain data, a copy the runtime will not change later."""
        import json

        return json.loads(json.dumps(self.state.to_json()))

    def restore(self, data: dict[str, Any] | StoryState) -> list[E.Event]:
        """Replace the state (a save or a rollback point) and re-present it: a Sync of
        stage and audio, a Notice if the line moved, then the current line or menu."""
        st = data.copy() if isinstance(data, StoryState) else StoryState.from_json(data)
        if isinstance(data, dict) and "light" not in (data.get("stage") or {}):
            st.stage.light = self._scene_light(st.stage.scene)  # a save from before lights
        self._init_defaults(st.variables)
        note = self._relocate(st)
        self._settle(st)
        self.state = st
        out: list[E.Event] = [self.sync()]
        if note:
            out.append(E.Notice(note))
        cur = self.current_event()
        if cur is not None:
            out.append(cur)
        self._prepared = None
        if self.look_ahead and st.waiting in (CONTINUE, CHOICE, INPUT):
            self._emitted = []
            self._prepare()
            out += self._emitted
        return out

    def start_at_chapter(self, key: str | int) -> list[E.Event]:
        """Land on a chapter's label with exactly the variables, stage and audio the
        first-choice path has there: the story is played to it without presenting."""
        ch = self.program.chapter(key)
        if ch is None:
            raise KeyError(f"no chapter {key!r}")
        target = self.program.labels[ch.label]
        self.record_seen, seen = False, set(self.state.seen)
        look_ahead, self.look_ahead = self.look_ahead, 0
        self._stop_at = target
        try:
            self.state.position = self._sid(self.program.labels[self.program.start])
            self.state.waiting = START
            if target != self.program.labels[self.program.start]:
                self._run()
            from .play import play  # (play drives a Runtime: imported when used)

            if play(self, check=lambda rt: "arrived" if rt.waiting == START else None
                    ).why is None:
                raise KeyError(f"the first-choice path never reaches {ch.label!r}")
        finally:
            self.record_seen = True
            self.look_ahead = look_ahead
            self._prepared = None
            self._stop_at = None
        st = self.state
        st.seen = seen
        return [self.sync(), *self._run()]

    # -- running ---------------------------------------------------------------------
    def _run(self, reset: bool = True) -> list[E.Event]:
        if reset:
            self._emitted = []
        st = self.state
        prog = self.program
        stmts = prog.statements
        steps = 0
        scope = self._scope()
        while True:
            i = self._current()
            if i == END_OF_FILE:
                back = self._do_return()
                if back is None:
                    return self._end()
                st.position = self._sid(back)
                continue
            if i == self._stop_at:
                st.waiting = START  # start_at_chapter: arrived, before the label runs
                return self._emitted
            stmt = stmts[i]
            steps += 1
            if steps > MAX_STEPS_WITHOUT_INTERACTION:
                self._fail(stmt, "the story ran 200000 statements without showing a line;"
                           " is there a loop with no say, menu or pause in it?")
            self._trail(stmt.sid)
            try:
                nxt = self._exec(i, stmt, scope)
            except EvalError as exc:
                self._fail(stmt, str(exc))
            if nxt is None:  # waiting for the reader
                if self.look_ahead:
                    self._prepare()
                return self._emitted
            if nxt == END:
                return self._end()
            st.position = self._sid(nxt) if nxt != END_OF_FILE else None
            if nxt == END_OF_FILE:
                i2 = self._do_return()
                if i2 is None:
                    return self._end()
                st.position = self._sid(i2)

    def _exec(self, i: int, s: A.Stmt, scope: Scope) -> int | None:  # noqa: C901
        """Run one statement; return where to go, None to wait, END to end."""
        prog = self.program
        st = self.state
        match s:
            case A.Say():
                ev = self._say_event(s, scope, apply_attributes=True, record=True)
                if ev.nvl:  # the line joins the page; the event carries the entries before it
                    _nvl.add(prog, st, ev)
                    ev = replace(ev, page=_nvl.page(st, -1))
                if s.with_ is not None:
                    self._emit(E.With(prog.transitions.get(s.with_), s.with_))
                self._emit(ev)
                st.waiting = CONTINUE
                return None
            case A.Label():
                st.label = s.name
                st.labels_seen.add(s.name)
                args, self._args = self._args, None
                if s.params:
                    self._bind(s, args, scope)
                elif args is not None and (args[0] or args[1]):
                    raise EvalError(f"label '{s.name}' takes no arguments")
                self._emit(E.LabelReached(s.name))
                return prog.branches[i][0]
            case A.Scene():
                name = scene_image(prog, s)
                light = self._scene_light(name)
                tf = prog.sprite_transform(s.at, s.atl, name or "") or None
                if tf and has_reads(tf):  # story variables in its ATL, read now
                    tf = read_values(tf, scope.lookup)
                st.stage.set_scene(name, light, tf)
                self._emit(E.Scene(name, light, tf))
                if s.with_ is not None:
                    self._emit(E.With(prog.transitions.get(s.with_), s.with_, True))
                return prog.next[i]
            case A.Show():
                tag = show_tag(s)
                cur = st.stage.sprite(tag)
                image, layers = show_image(prog, s, tuple(cur.image.split()) if cur else None,
                                           scope.eval)
                tf = prog.sprite_transform(s.at, s.atl, s.image[0] if s.image[0] in prog.layered
                                           else image)
                if tf and has_reads(tf):
                    tf = read_values(tf, scope.lookup)
                sp = st.stage.show(tag, image, s.at, s.behind, tf, s.zorder, s.text, layers)
                self._emit(E.Show(tag, image, s.at, s.behind, sp.transform, sp.zorder, sp.text,
                                  sp.layers))
                if s.with_ is not None:
                    self._emit(E.With(prog.transitions.get(s.with_), s.with_, True))
                return prog.next[i]
            case A.Hide():
                if st.stage.hide(s.tag):
                    self._emit(E.Hide(s.tag))
                if s.with_ is not None:
                    self._emit(E.With(prog.transitions.get(s.with_), s.with_, True))
                return prog.next[i]
            case A.With():
                self._emit(E.With(prog.transitions.get(s.transition), s.transition))
                return prog.next[i]
            case A.Light():
                light = self._light(s.name)
                st.stage.light = light
                self._emit(E.Light(light))
                if s.with_ is not None:
                    self._emit(E.With(prog.transitions.get(s.with_), s.with_, True))
                return prog.next[i]
            case A.Play():
                files = self._audio_files(s.files)
                playing = st.audio.playing(s.channel)
                if s.if_changed and playing == list(files):
                    return prog.next[i]
                st.audio.play(s.channel, list(files), bool(s.loop))
                self._emit(E.Play(s.channel, files, s.fadein, s.fadeout, bool(s.loop)))
                return prog.next[i]
            case A.Queue():
                files = self._audio_files(s.files)
                st.audio.queue(s.channel, list(files), bool(s.loop))
                self._emit(E.Queue(s.channel, files, bool(s.loop), s.fadein))
                return prog.next[i]
            case A.Stop():
                st.audio.stop(s.channel)
                self._emit(E.Stop(s.channel, s.fadeout))
                return prog.next[i]
            case A.Python():
                scope.run(s.code)
                return prog.next[i]
            case A.If():
                for k, (cond, _src, _block) in enumerate(s.branches):
                    if cond is None or scope.eval(cond):
                        return prog.branches[i][k]
                return prog.next[i]
            case A.While():
                return prog.branches[i][0] if scope.eval(s.condition) else prog.next[i]
            case A.Menu():
                offered = self._offered(s, scope)
                if not offered:  # as in Ren'Py: a menu with no choice to offer is skipped
                    return prog.next[i]
                caption = self._say_event(s.caption, scope, apply_attributes=True, record=True) \
                    if s.caption else None
                nvl = _nvl.is_nvl_menu(prog, s.nvl)
                if nvl and caption is not None:
                    _nvl.add(prog, st, caption)
                st.choices = offered
                st.waiting = CHOICE
                self._emit(E.Menu(caption, tuple(E.Choice(k, self._choice_text(
                    self._choice_source(s, k), scope)) for k in offered), s.sid, nvl,
                    _nvl.page(st) if nvl else ()))
                return None
            case A.Jump():
                return prog.labels[s.target] if s.expr is None else self._label_named(s, scope)
            case A.Call():
                target = prog.labels[s.target] if s.expr is None else self._label_named(s, scope)
                self._args = ([scope.eval(a) for a in s.args],
                              {k: scope.eval(v) for k, v in s.kwargs})
                st.call_stack.append(s.sid)
                return target
            case A.Return():
                if s.value is not None:
                    value = scope.eval(s.value)
                    check_storable(value)
                    st.variables["_return"] = value
                elif "_return" in st.variables:
                    st.variables["_return"] = None
                nxt = self._do_return()
                return END if nxt is None else nxt
            case A.Pause():
                seconds = s.seconds
                if s.expr is not None:
                    value = scope.eval(s.expr)
                    if value is not None and (isinstance(value, bool) or not isinstance(
                            value, (int, float)) or not 0 <= value < 1e9):
                        raise EvalError(f"pause takes a number of seconds, not {value!r}")
                    seconds = None if value is None else float(value)
                st.waiting = CONTINUE
                self._emit(E.Pause(seconds))
                return None
            case A.Input():
                st.waiting = INPUT
                self._emit(self._input_event(s, scope))
                return None
            case A.Notify():
                message = scope.eval(s.message)
                self._emit(E.Notice(message if isinstance(message, str) else str(message)))
                return prog.next[i]
            case A.Restart():
                return END
            case A.Window():
                if s.mode == A.NVL_CLEAR:
                    st.nvl = []
                    self._emit(E.NvlClear())
                    return prog.next[i]
                st.stage.window = s.mode
                self._emit(E.Window(s.mode, prog.transitions.get(s.with_) if s.with_ else None))
                return prog.next[i]
            case _:  # define, default, image, pass: nothing happens when control passes them
                return prog.next[i]

    def _say_event(self, s: A.Say, scope: Scope, *, apply_attributes: bool,
                   record: bool) -> E.Say:
        prog = self.program
        st = self.state
        from ..script.texttags import interpolate

        tr = self.translation
        source = s.text if tr is None else tr.say(s)
        text = interpolate(source, scope.lookup) if "[" in source else source
        who = s.who
        who_name = s.who_name
        kind = "say"
        extend = False
        if who == "extend":
            extend = True
            who = st.last_who
            if who is not None and who.startswith("="):  # continuing "Any Name" "..."
                who_name = who[1:]
                who = None
        if who == "centered":
            ev = E.Say(None, text, s.sid, kind="centered", seen=s.sid in st.seen)
        elif (who is None or who == "narrator") and \
                prog.characters["narrator"].kind != "nvl":
            name = who_name
            kind = "say" if name is not None else "narration"
            ev = E.Say(name, text, s.sid, kind=kind, extend=extend, seen=s.sid in st.seen)
        else:
            ch = prog.characters[who or "narrator"]
            if apply_attributes and s.attributes and ch.image:
                sprite = st.stage.sprite(ch.image)
                layered = attribute_layers(prog, sprite.image, s.attributes, scope.eval) \
                    if sprite is not None else None
                if sprite is not None and layered is not None:  # a layeredimage's attributes
                    image, layers = layered
                    if image != sprite.image or layers != sprite.layers:
                        sp = st.stage.show(ch.image, image, layers=layers)
                        self._emit(E.Show(ch.image, image, None, (), sp.transform,
                                          sp.zorder, sp.text, sp.layers))
                elif sprite is not None:
                    image = attribute_image(prog, ch.image, s.attributes,
                                            tuple(sprite.image.split()))
                    if image != sprite.image:
                        st.stage.show(ch.image, image)
                        self._emit(E.Show(ch.image, image, None))
                else:
                    _side.remember(prog, st, ch.image, s.attributes)
            if who is None and who_name is not None:  # "Any Name" "..." on an NVL page
                ch = replace(ch, name=who_name)
            shown = ch.name if tr is None or ch.name is None else tr.character(who, ch.name)
            name = shown if shown is None else \
                ch.who_prefix + (interpolate(shown, scope.lookup) if "[" in shown
                                 else shown) + ch.who_suffix
            if not extend:
                text = ch.what_prefix + text + ch.what_suffix
            ev = E.Say(name, text, s.sid, ch.color, ch.what_color,
                       "say" if name is not None else "narration", extend,
                       s.sid in st.seen, who, ch.kind == "nvl",
                       side_image=_side.side_image(prog, st, ch.image) if ch.image else None)
        if who != "centered" and not extend:
            # a literal speaker name is kept as "=Name" so that extend can carry it on
            st.last_who = s.who if s.who is not None else (
                "=" + s.who_name if s.who_name is not None else None)
        if record and self.record_seen:
            st.seen.add(s.sid)
        return ev

    def _choice_source(self, menu: A.Menu, k: int) -> str:
        """Choice k's text as written, or in the reader's language."""
        tr = self.translation
        return menu.choices[k].text if tr is None else tr.choice(menu, k)

    def _offered(self, menu: A.Menu, scope: Scope) -> list[int]:
        """The choices a menu offers now: guards that hold, and (with `set`) not taken."""
        taken = scope.eval(menu.set_) if menu.set_ is not None else None
        if taken is not None and not isinstance(taken, list):
            raise EvalError("a menu's set must be a list or a set()")
        return [k for k, ch in enumerate(menu.choices)
                if (ch.condition is None or scope.eval(ch.condition))
                and (taken is None or ch.text not in taken)]

    def _label_named(self, s: A.Jump | A.Call, scope: Scope) -> int:
        """The label `jump expression` / `call expression` names when it runs."""
        name = scope.eval(s.expr)  # type: ignore[arg-type]
        if not isinstance(name, str):
            raise EvalError(f"'{s.target}' gives {name!r}, not a label's name")
        i = self.program.labels.get(name)
        if i is None:
            from ..script.errors import did_you_mean

            raise EvalError(f"there is no label '{name}' (from '{s.target}')"
                            + did_you_mean(name, self.program.labels))
        return i

    def _bind(self, label: A.Label, args: tuple[list[Any], dict[str, Any]] | None,
              scope: Scope) -> None:
        """A label's parameters from a call's arguments (or their defaults)."""
        pos, kw = args if args is not None else ([], {})
        names = [n for n, _d in label.params]
        if len(pos) > len(names):
            raise EvalError(f"label '{label.name}' takes {len(names)} arguments, but"
                            f" {len(pos)} were given")
        values = dict(zip(names, pos))
        for k, v in kw.items():
            if k not in names:
                raise EvalError(f"label '{label.name}' has no parameter '{k}'")
            if k in values:
                raise EvalError(f"label '{label.name}' was given '{k}' twice")
            values[k] = v
        for name, default in label.params:
            if name not in values:
                if default is None:
                    raise EvalError(f"label '{label.name}' needs a value for '{name}'"
                                    " (call it with arguments)")
                values[name] = scope.eval(default)
        variables = self.state.variables
        depth = len(self.state.call_stack)
        if depth:  # a call's parameters are Ren'Py's dynamic variables: kept to give back
            saved = {n: [True, variables[n]] if n in variables else [False, None]
                     for n in names}
            frames = variables.get(DYNAMIC)
            frames = list(frames) if isinstance(frames, list) else []
            frames.append({"at": depth, "saved": saved})
            variables[DYNAMIC] = frames
        for name in names:
            check_storable(values[name])
            variables[name] = values[name]

    def _give_back(self, depth: int) -> None:
        """On return to call depth `depth`: the values the returning labels' parameters
        hid, given back (a name that had none is removed), as Ren'Py's renpy.dynamic."""
        variables = self.state.variables
        frames = variables.get(DYNAMIC)
        if not isinstance(frames, list) or not frames:
            return
        frames = list(frames)
        while frames:
            f = frames[-1]
            at = f.get("at") if isinstance(f, dict) else None
            if type(at) is int and at <= depth:
                break
            frames.pop()
            saved = f.get("saved") if isinstance(f, dict) else None
            for name, entry in (saved.items() if isinstance(saved, dict) else ()):
                if not (isinstance(entry, list) and len(entry) == 2):
                    continue  # a damaged save: nothing to give back
                if entry[0] is True:
                    variables[name] = entry[1]
                else:
                    variables.pop(name, None)
        if frames:
            variables[DYNAMIC] = frames
        else:
            variables.pop(DYNAMIC, None)

    def _audio_files(self, files: tuple[str, ...]) -> tuple[str, ...]:
        """`play music town` plays the file `define audio.town = "..."` names."""
        constants = self.program.constants
        if not any("audio." + f in constants for f in files):
            return files
        return tuple(constants.get("audio." + f, f) for f in files)

    def _input_event(self, s: A.Input, scope: Scope) -> E.Input:
        prompt = scope.eval(s.prompt)
        default = scope.eval(s.default) if s.default is not None else ""
        return E.Input(prompt if isinstance(prompt, str) else str(prompt),
                       default if isinstance(default, str) else str(default), s.length,
                       s.sid)

    @staticmethod
    def _choice_text(text: str, scope: Scope) -> str:
        """A choice's text as shown: [name] interpolated, as Ren'Py does for choices."""
        if "[" not in text:
            return text
        from ..script.texttags import interpolate

        return interpolate(text, scope.lookup)

    def _do_return(self) -> int | None:
        st = self.state
        while st.call_stack:
            sid = st.call_stack.pop()
            self._give_back(len(st.call_stack))
            i = self.program.by_sid.get(sid)
            if i is None:
                continue
            nxt = self.program.next[i]
            if nxt == END_OF_FILE:
                continue  # the call was the file's last statement: return again
            return nxt
        return None

    def _end(self) -> list[E.Event]:
        self.state.waiting = ENDED
        self.state.position = None
        self._emit(E.End())
        return self._emitted

    # -- helpers ---------------------------------------------------------------------
    def _init_defaults(self, variables: dict[str, Any] | None = None) -> None:
        """Give every `default` its value, checked as `$` checks a value; with
        `variables` (a loaded save's), only those the save lacks (as Ren'Py does, so
        that a save survives a `default` added after it was made)."""
        target = self.state.variables if variables is None else variables
        scope = Scope(target, self.program.constants, self._library)
        for d in self.program.defaults:
            if variables is not None and d.name in target:
                continue
            try:
                value = scope.eval(d.code)
                check_storable(value)
            except EvalError as exc:
                self._fail(d, f"default {d.name}: {exc}")
            target[d.name] = value

    def _light(self, name: str | None) -> Light | None:
        """The stage's value of a light defined as `define light.NAME = Light(...)`."""
        d = self.program.lights.get(name) if name is not None else None
        return Light(name, d.color, d.strength) if d is not None and name else None

    def _scene_light(self, image: str | None) -> Light | None:
        """The light a background casts (the Light whose scenes=[...] name it)."""
        return self._light(self.program.scene_lights.get(image)) if image else None

    def _scope(self) -> Scope:
        return Scope(self.state.variables, self.program.constants, self._library)

    def _emit(self, ev: E.Event) -> None:
        self._emitted.append(ev)

    def _sid(self, i: int) -> str:
        return self.program.statements[i].sid

    def _current(self) -> int:
        pos = self.state.position
        if pos is None:
            return END_OF_FILE
        return self.program.by_sid[pos]

    def _next_sid(self, i: int) -> str | None:
        nxt = self.program.next[i]
        return self._sid(nxt) if nxt != END_OF_FILE else None

    def _trail(self, sid: str) -> None:
        trail = self.state.trail
        trail.append(sid)
        if len(trail) > TRAIL_LENGTH:
            del trail[: len(trail) - TRAIL_LENGTH]

    def _relocate(self, st: StoryState) -> str | None:
        """If the saved line no longer exists, resume at the nearest earlier line of
        the same label that still does, and say so."""
        prog = self.program
        if st.position is None or st.position in prog.by_sid:
            st.call_stack = [c for c in st.call_stack if c in prog.by_sid]
            return None
        label = st.position.rsplit(":", 1)[0]  # a sid is "label:crc" (labels may hold ':')
        old = st.position
        for sid in reversed(st.trail):
            i = prog.by_sid.get(sid)
            if i is None or prog.label_of[i] != label:
                continue
            stmt = prog.statements[i]
            if isinstance(stmt, (A.Say, A.Menu)):
                st.position = sid
                st.waiting = CONTINUE if isinstance(stmt, A.Say) else CHOICE
                break  # a menu's choices are worked out again by _settle
        else:
            if label in prog.labels:
                st.position = self._sid(prog.labels[label])
                st.waiting = START
            else:
                st.position = self._sid(prog.labels[prog.start])
                st.waiting = START
                st.call_stack = []
                return (f"The saved line ({old}) and its label '{label}' are gone from the "
                        "script; starting from the beginning.")
        st.call_stack = [c for c in st.call_stack if c in prog.by_sid]
        return (f"The saved line is gone from the script; resuming at the nearest earlier"
                f" line of '{label}'.")

    def _settle(self, st: StoryState) -> None:
        """Make a restored state's waiting agree with the statement it is at: a menu
        offers the choices its guards give now (a choice removed from the script, or a
        guard changed, cannot leave a stale index), a line waits for the reader, and
        anything else runs from where it is."""
        if st.position is None:
            if st.waiting != ENDED:
                st.waiting = START
            st.choices = []
            return
        stmt = self.program.statements[self.program.by_sid[st.position]]
        if isinstance(stmt, A.Input) and st.waiting in (INPUT, CONTINUE):
            st.waiting, st.choices = INPUT, []
            return
        if isinstance(stmt, A.Menu) and st.waiting in (CHOICE, CONTINUE):
            scope = Scope(st.variables, self.program.constants, self._library)
            try:
                offered = self._offered(stmt, scope)
            except EvalError as exc:
                self._fail(stmt, str(exc))
            if offered:
                st.waiting, st.choices = CHOICE, offered
            else:  # run the menu again: it says that no choice is available
                st.waiting, st.choices = START, []
            return
        st.choices = []
        if st.waiting in (CHOICE, ENDED, INPUT) or (
                st.waiting == CONTINUE and not isinstance(stmt, (A.Say, A.Pause))):
            st.waiting = CONTINUE if isinstance(stmt, (A.Say, A.Pause)) else START

    def _fail(self, stmt: Any, message: str) -> None:
        path, line, col = stmt.loc
        src = self._source_lines(path, line) if self._source_lines else ""
        raise StoryRuntimeError(Diagnostic(path, line, col, message, "error", src, 1, "R001"))
