"""The reader's language in the window: which catalogues the story has, the one in use,
and switching (the interface at once, the story's line and history too mid-game)."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import i18n
from .i18n import _

if TYPE_CHECKING:
    from .host import Host

SOURCE_NAME = "English"  # the language our story is written in, as its readers name it


def endonym(code: str) -> str:
    """A language as its own readers name it ("Français" for fr)."""
    if not code:
        return SOURCE_NAME
    try:
        from babel import Locale

        name = Locale.parse(code).get_display_name(code) or code
    except Exception:  # an unknown code: show the code itself
        return code
    return name[:1].upper() + name[1:]


class Language:
    """One window's language: a catalogue read with Babel, and the story's translation
    made from it once the story has loaded."""

    def __init__(self, game: Host) -> None:
        self.game = game
        self.code = ""
        self._catalog: Any = None
        self._translation: Any = None
        self._for_program: Any = None
        self._tl_only = False
        self._strings: dict[tuple[str, str], str] = {}  # the catalogue's usable entries
        self._problems: list[str] = []
        i18n.use(None)  # (one window at a time: a new one starts as written)

    def decimal(self, value: float, places: int = 1) -> str:
        """`value` with `places` decimals as this language writes it ("5,5" in French)."""
        text = f"{value:.{places}f}"
        if not self.code:
            return text
        try:
            from babel.numbers import get_decimal_symbol

            return text.replace(".", get_decimal_symbol(self.code))
        except Exception:  # an unknown code: the source's way
            return text

    def story_dir(self) -> Path:
        p = self.game.program
        d = p.__dict__.get("story_dir") if hasattr(p, "__dict__") else None
        if d is None:
            files = getattr(p, "story_files", None)
            if files is None:
                from ..project import DEFAULT_STORY

                return DEFAULT_STORY
            d = files.story_dir
        return Path(d)

    def available(self) -> list[tuple[str, str]]:
        """(code, name) for the story as written and each catalogue beside it."""
        from ..i18n.catalog import languages

        return [("", endonym(""))] + [(c, endonym(c)) for c in languages(self.story_dir())]

    def set(self, code: str, *, save: bool = True) -> bool:
        """Use `code` ("" for the story as written). A missing or damaged catalogue is
        reported in a toast and the story shows as written; False then."""
        ok = True
        catalog = None
        tl_only = False
        if code:
            from ..i18n.catalog import CatalogError
            from ..i18n.renpy_tl import tl_languages

            try:
                catalog = self._read(code)
                if catalog is None:
                    if code in tl_languages(self.story_dir()):
                        tl_only = True  # a Ren'Py project's tl/LANG: matched once it loads
                    else:
                        raise CatalogError(_("no translation {code!r} ({name} is missing)")
                                           .format(code=code, name=f"{code}.po"))
            except CatalogError as exc:
                self.game.toast(_("{problem}; showing the story as written")
                                .format(problem=exc), error=True)
                code, ok = "", False
        self.code = code
        self._tl_only = tl_only
        self._use(catalog)
        self.game.prefs.language = code
        if save:
            self.game.save_prefs()
        if self.game.session is not None:
            self.game.session.relanguage()
        self.game.dirty = True
        return ok

    def _read(self, code: str) -> Any:
        """`code`'s catalogue read from the story folder; None if there is none;
        CatalogError if it is damaged."""
        from ..i18n.catalog import po_path, read_catalog

        path = po_path(self.story_dir(), code)
        return read_catalog(path) if path.exists() else None

    def _use(self, catalog: Any) -> None:
        """Show the interface with `catalog`'s words; the story's translation is made
        again from it on its next use."""
        self._catalog = catalog
        self._translation = self._for_program = None
        self._strings, self._problems = {}, []
        if catalog is not None:
            from ..i18n.translation import usable_strings

            self._strings, self._problems = usable_strings(self.code, catalog)
        from ..i18n.translation import ui_strings

        i18n.use(ui_strings(self._strings))
        if self._tl_only:
            tr = self.translation()
            i18n.use(tr.ui if tr is not None else None)
        ui_layer = getattr(self.game, "ui", None)
        if ui_layer is not None:  # e.g. the title's buttons, made once
            ui_layer.relabel()

    def reread(self) -> str | None:
        """A live reload: read the catalogue in use again (a translator edited it). A
        damaged one is set aside and the translation from before kept: the reason is
        given back (None when it was read, or no language is in use)."""
        if not self.code:
            return None
        from ..i18n.catalog import CatalogError

        try:
            catalog = self._read(self.code)
        except CatalogError as exc:
            return str(exc)
        if catalog is None and not self._tl_only:
            return _("{name} is gone; the translation read before is kept").format(
                name=f"{self.code}.po")
        self._use(catalog)
        return None

    def translation(self, program: Any = None) -> Any:
        """The story's Translation for `program` (the loaded one by default), or None
        (as written). Made from the catalogue read when the language was chosen (or at
        the last live reload), so a damaged edit on disk does not undo it."""
        if self._catalog is None and not self._tl_only:
            return None
        if program is None:
            program = self.game.program
        get = getattr(program, "get", None)
        if get is not None:
            program = get()
        if self._for_program is not program:
            from ..i18n.translation import translation_from

            self._translation, problems = translation_from(
                self.story_dir(), self.code, program,
                None if self._catalog is None else (self._strings, self._problems))
            self._for_program = program
            for problem in problems[:3]:
                self.game.toast(problem, error=True)
        return self._translation
