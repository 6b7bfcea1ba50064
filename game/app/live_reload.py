"""Live reload: Shift+R (or a saved file, with --watch) reads the story and its art again
while the game runs, and the reading goes on at the same line, with its variables, stage
and music. A script that no longer loads leaves the old story playing and shows the error
where it is; the next reload that loads applies the fix.

The window's half of the feature; the state's half is game/story/reload.py and the
files' half game/assets/watch.py.
"""
from __future__ import annotations

import os
import time
from typing import TYPE_CHECKING, Any, Final

from .._log import get_logger
from ..script.errors import Diagnostic, ScriptError, StoryRuntimeError
from ..ui.i18n import _

if TYPE_CHECKING:
    from ..assets.watch import FolderScan, Watch
    from . import Game

log = get_logger("game")  # logging imported on first use (start-up)
WATCH_PERIOD: Final = 0.25  # seconds between looks at the files with --watch
NOT_ART: Final = (".rpy", ".toml", ".po")


class LiveReload:
    """The game's reloads: on request, and on saved files when `watching`."""

    def __init__(self, game: Game, watching: bool = False) -> None:
        self.game = game
        self.watching = watching
        self.watch: Watch | None = None
        self.failing: Diagnostic | None = None  # the error the last reload found
        self.last_ms: float | None = None  # how long the last successful reload took
        self.count = 0  # successful reloads (tests and the state file)

    # -- when ------------------------------------------------------------------------
    def tick(self, dt: float) -> None:
        """Each frame: with --watch, reload once saved files have settled. The first
        scan is made as soon as the story is loaded, so that Shift+R later knows which
        art changed since."""
        watch = self.watch or self._ensure_watch()
        if watch is None or not self.watching:
            return
        found = watch.poll(dt)
        if found is not None:
            self.reload(found)

    def _ensure_watch(self) -> Watch | None:
        if self.watch is None:
            files = self._story_files()
            if files is None:
                return None
            from ..assets.watch import Watch, story_roots  # once the story is loaded

            self.watch = Watch(story_roots(files), WATCH_PERIOD)
        return self.watch

    def _story_files(self) -> Any:
        """The StoryFiles of the loaded story (None before it is loaded, or for a story
        that did not come from a folder)."""
        prog = self.game.program
        if getattr(prog, "loaded", True) is False:
            return None
        return getattr(prog, "story_files", None)

    # -- how -------------------------------------------------------------------------
    def reload(self, found: FolderScan | None = None) -> bool:  # noqa: C901
        """Read the story again and play on in it; False (the old story still playing,
        the error shown) if it does not load."""
        from ..assets.watch import scan, story_roots
        from ..project import load_project
        from ..story import events as E
        from ..story.reload import carry_over, carry_snapshot
        from ..story.rollback import HistoryEntry
        from ..story.state import CHOICE, CONTINUE, ENDED

        g = self.game
        started = time.perf_counter()
        files = self._story_files()
        if files is None:
            g.toast(_("Nothing to reload: this story was not read from a folder."))
            return False
        watch = self._ensure_watch()
        assert watch is not None
        now = found if found is not None else scan(watch.roots)
        changed = now.changed(watch.applied)
        watch.applied = now  # a failure is not tried again until another save
        old = g.program.get() if hasattr(g.program, "get") else g.program
        try:
            new = load_project(files.story_dir, use_cache=False)
        except ScriptError as exc:
            errors = exc.errors or exc.diagnostics
            self._failed(errors[0], len(errors) - 1)
            return False
        except Exception as exc:  # noqa: BLE001 - a bug here must not end the reading
            log.exception("live reload failed")
            g.toast(_("The story could not be reloaded: {problem}").format(problem=repr(exc)),
                    error=True)
            return False
        # a translator's edit to LANG.po (read only when changed: Babel takes ~75 ms)
        po_problem = g.language.reread() if any(p.endswith(".po") for p in changed) \
            else None
        s = g.session
        runtime = evs = carried = None
        if s is not None and not s.finished and s.runtime.waiting != ENDED:
            carried = carry_over(old, new, s.runtime.snapshot())
            runtime = s.runtime_for(new)
            try:
                evs = runtime.restore(carried.state)
            except StoryRuntimeError as exc:  # e.g. a new default that cannot be worked out
                self._failed(exc.diagnostic, 0)
                return False
            except ValueError as exc:  # the state does not fit (StateError): say why
                log.exception("live reload: the state does not fit the new story")
                g.toast(_("The story could not be reloaded: {problem}").format(problem=exc),
                        error=True)
                return False
        # -- nothing can fail from here: the new story replaces the old -------------
        g.program = new
        g.source.base = new.images
        art = self._forget_art(old, new, changed)
        if g.audio is not None and hasattr(g.audio, "resolve"):
            g.audio.resolve = new.audio.find
        if g.thumbs is not None:
            g.thumbs.forget()
        roots = story_roots(new.story_files)
        if roots != watch.roots:  # game.toml moved the art or audio folder
            watch.roots = roots
            watch.applied = scan(roots)
        notes: list[str] = []
        if s is not None and runtime is not None and evs is not None:
            evs = [E.Notice(self._moved_note(runtime)) if isinstance(ev, E.Notice) else ev
                   for ev in evs]
            shown = runtime.current_event() if runtime.waiting in (CONTINUE, CHOICE) \
                else None
            s.rollback.rebase(lambda snap: carry_snapshot(old, new, snap),
                              lambda sid: sid in new.by_sid,
                              runtime.snapshot() if shown is not None else None,
                              HistoryEntry.from_event(shown) if shown is not None else None,
                              self._entry_at(s, new))
            s.swap_story(new, runtime, evs)
            if carried is not None and carried.added:
                notes.append((_("new defaults: {names}") if len(carried.added) > 1 else
                              _("new default: {names}")).format(
                                  names=", ".join(carried.added)))
            if carried is not None and carried.dropped:
                notes.append(_("dropped: {names}").format(names=", ".join(carried.dropped)))
        elif s is not None:
            s.program = new
        if art:
            notes.append(_("{n} images read again").format(n=art) if art != 1 else
                         _("1 image read again"))
        top = g.ui.top
        if top is not None and top.name == "reload_error":
            g.ui.close(top)
        was_failing, self.failing = self.failing, None
        self.count += 1
        self.last_ms = (time.perf_counter() - started) * 1000
        log.info("story reloaded in %.1f ms (%d files changed)", self.last_ms, len(changed))
        if po_problem is not None:
            log.error("live reload: %s", po_problem)
            g.toast(_("{problem}; the translation from before the edit is kept").format(
                problem=po_problem), error=True)
        said = _("The script loads again; story reloaded ({ms} ms{notes})") if was_failing \
            else _("Story reloaded ({ms} ms{notes})")
        g.toast(said.format(ms=f"{self.last_ms:.0f}", notes="".join("; " + n for n in notes)))
        g.state_changed()
        return True

    @staticmethod
    def _entry_at(session: Any, program: Any) -> Any:
        """(snapshot) -> the history entry of the line it is at, in `program`: for an
        earlier line that was edited, its new text."""
        from ..story.rollback import HistoryEntry
        from ..story.state import StoryState

        probe: list[Any] = []

        def entry_at(snap: dict[str, Any]) -> Any:
            if not probe:
                probe.append(session.runtime_for(program))
            rt = probe[0]
            try:
                rt.state = StoryState.from_json(snap)
                ev = rt.current_event()
            except Exception:  # noqa: BLE001 - the entry only names the line in History
                return None
            return HistoryEntry.from_event(ev) if ev is not None else None

        return entry_at

    def _failed(self, diagnostic: Diagnostic, more: int) -> None:
        """The old story plays on; the error shows over it with its place."""
        from ..ui.screens.reload_error import ReloadError

        g = self.game
        log.error("live reload: %s", diagnostic.format())
        self.failing = diagnostic
        top = g.ui.top
        if top is not None and top.name == "reload_error":
            g.ui.close(top)
        g.ui.open(ReloadError(g, diagnostic, more=more))
        g.dirty = True
        g.state_changed()

    def _moved_note(self, runtime: Any) -> str:
        """Where the reading went on when its line was deleted (file:line, as an editor
        shows it)."""
        from ..story.state import CHOICE, CONTINUE

        st = runtime.state
        i = runtime.program.by_sid.get(st.position) if st.position else None
        if i is None:
            return _("The line you were reading is gone from the script; starting again.")
        path, line, _col = runtime.program.statements[i].loc
        if st.waiting in (CONTINUE, CHOICE):
            return _("The line you were reading is gone from the script; resuming at the"
                     " nearest earlier line ({place}).").format(place=f"{path}:{line}")
        return _("The line you were reading is gone from the script; resuming at the start"
                 " of label '{label}' ({place}).").format(label=runtime.program.label_of[i],
                                                          place=f"{path}:{line}")

    def _forget_art(self, old: Any, new: Any, changed: set[str]) -> int:
        """Drop the decoded images whose file changed on disk or whose name now means
        another file; how many went."""
        from ..render.images import BG, SPRITE

        g = self.game
        files = {os.path.realpath(p) for p in changed if not p.endswith(NOT_ART)}
        old_files, new_files = old.images.files, new.images.files
        if not files and old_files == new_files:
            return 0

        def stale(name: str) -> bool:
            key = tuple(name.split())
            path = new_files.get(key)
            if old_files.get(key) != path:
                return True
            hit = g.source.find(name)  # an art pack may draw it instead of our file
            return hit is not None and not hit.is_color and \
                os.path.realpath(hit.path) in files

        n = g.images.forget(stale)
        if n:
            g._title_art = None
            g.ui.forget_backdrop()
            if g.session is not None:
                screen = g.session.screen
                screen._composite = None
                # decoded here, once: the re-presented stage's prefetch would race the
                # first frame's get() to decode the same file twice
                st = screen.display
                shown = [(st.scene, BG), *((sp.image, SPRITE) for sp in st.sprites)]
                for name, kind in shown:
                    if name and stale(name):
                        g.images.get(name, kind)
        return n
