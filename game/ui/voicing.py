"""Self-voicing, as Ren'Py's (V): a presenter that speaks each line as it shows
(speaker, then the text without its tags), a menu's caption and choices, and the
button or choice the keyboard or gamepad focuses. The words are chosen here; the
speech itself is game/audio/speech.py's, off the frame loop."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Final

from .i18n import _

if TYPE_CHECKING:
    from ..audio.speech import Speaker
    from ..story import events as E
    from .host import Host

DUCK: Final = 0.35  # music and ambient at this share of their volume while speech sounds


def _words(text: str) -> str:
    """Text as spoken: tags removed (and a stray brace), whitespace made single."""
    from ..script.texttags import plain  # (its patterns: not before the first frame)

    try:
        text = plain(text)
    except Exception:  # noqa: BLE001 - a text the tag parser refuses is read as it is
        pass
    return " ".join(text.replace("{", " ").replace("}", " ").split())


def line_words(say: E.Say) -> str:
    """What is said for a line: the speaker's name, then the text."""
    text = _words(say.text)
    if say.who and say.kind == "say":
        return f"{say.who}. {text}"
    return text


def menu_words(menu: E.Menu) -> str:
    """A menu: its caption, then its choices, numbered."""
    parts = []
    if menu.caption is not None:
        parts.append(line_words(menu.caption))
    n = len(menu.choices)
    parts.append(_("{n} choices:").format(n=n) if n != 1 else _("1 choice:"))
    parts.extend(f"{k}. {_words(c.text)}." for k, c in enumerate(menu.choices, 1))
    return " ".join(parts)


def choice_words(menu: E.Menu, k: int) -> str:
    return f"{_words(menu.choices[k].text)}. " + _("Choice {k} of {n}.").format(
        k=k + 1, n=len(menu.choices))


def focus_words(item: Any) -> str:
    """A focused menu item: a button's label (and whether a toggle is on), or a
    slider's caption and value."""
    el = item.element
    text = getattr(el, "text", None) if el is not None else None
    name = item.name or ""
    if not text:
        text = name.split(":", 1)[-1] if name else ""
    words = _words(str(text))
    if el is not None and hasattr(el, "get_current_value") and not hasattr(el, "text"):
        value = el.get_current_value()
        words = f"{_words(name)}: {round(value, 2):g}"
    elif ":" in name and name.split(":", 1)[0] not in ("nav", "chapter", "slot"):
        words = f"{_words(name.split(':', 1)[0])}: {words}"
    if el is not None and getattr(el, "is_selected", False):
        words = _("{item}, selected").format(item=words)
    if el is not None and not getattr(el, "is_enabled", True):
        words = _("{item}, unavailable").format(item=words)
    return words


def item_words(menu: Any, item: Any) -> str:
    """A focused item as said on its screen: a chapter tile's title (or why it is
    locked), a history entry's speaker and line, a save slot's contents; else the
    button's own words (focus_words). Screens are read by what they show, not changed."""
    kind, _sep, key = (item.name or "").partition(":")
    try:
        if kind == "chapter" and hasattr(menu, "shown_title"):
            ch = next(c for c in menu.game.program.chapters if str(c.number) == key)
            if menu.unlocked(ch.label):
                return _("Chapter {title}").format(title=menu.shown_title(ch))
            return menu.why_locked(ch)
        if kind == "cg" and hasattr(menu, "entries") and hasattr(menu, "unlocked"):
            # never the CG's own name: it is a spoiler (and a file name, not words)
            k, e = next((k, e) for k, e in enumerate(menu.entries) if e.key == key)
            where = _("Picture {k} of {n}").format(k=k + 1, n=len(menu.entries))
            seen = menu.unlocked(e)
            if not seen:
                return _("{where}, locked: not seen yet.").format(where=where)
            pages = len(e.variants)
            return _("{where}, {seen} of {pages} pages").format(
                where=where, seen=len(seen), pages=pages) if pages > 1 else where
        if kind == "track" and hasattr(menu, "tracks") and hasattr(menu, "unlocked"):
            t = menu.tracks[int(key) - 1]
            if not menu.unlocked(t):
                return _("Track {key}, locked: not heard yet.").format(key=key)
            return _("Track {key}. {title}").format(key=key, title=_words(menu.shown_title(t)))
        if kind == "line" and hasattr(menu, "entries"):
            e = menu.entries[int(key)]
            return f"{e.who}. {_words(e.text)}" if e.who else _words(e.text)
        if kind == "slot" and hasattr(menu, "infos"):
            info = next(i for i in menu.infos if i.slot == key)
            if not info.exists:
                return _("Slot {slot}, empty").format(slot=key)
            if info.damaged:
                return _("Slot {slot}, damaged").format(slot=key)
            what = ". ".join(_words(p) for p in (info.chapter, info.who, info.line) if p)
            return _("Slot {slot}: {what}").format(slot=key, what=what) if what else \
                _("Slot {slot}").format(slot=key)
    except (StopIteration, ValueError, IndexError, AttributeError, TypeError):
        pass
    return focus_words(item)


class SelfVoicing:
    """Speaks what the reader sees, while the preference is on."""

    def __init__(self, game: Host, make_speaker: Callable[[], Speaker] | None = None) -> None:
        self.game = game
        self.make_speaker = make_speaker
        self.speaker: Speaker | None = None
        self._focus_key: Any = None
        self._ducked = False
        self.last: str | None = None  # the last text asked for

    @property
    def on(self) -> bool:
        return self.game.prefs.self_voicing

    # -- switching -------------------------------------------------------------------
    def toggle(self) -> None:
        """V: switch it, say so (spoken and shown), keep the choice."""
        self.set_on(not self.on)

    def set_on(self, on: bool) -> None:
        g = self.game
        if g.prefs.self_voicing != on:
            g.prefs.self_voicing = on
            g.save_prefs()
        g.toast("Self-voicing on" if on else "Self-voicing off")
        if on:
            self._focus_key = None
            self._say("Self-voicing on. " + self.now_showing())
            self.mark_seen()
        else:
            self._say("Self-voicing off.", force=True)
        g.state_changed()

    # -- what to say -----------------------------------------------------------------
    def shown(self, ev: E.Event) -> None:
        """A Say or a Menu the screen shows now (Screen.on_shown)."""
        s = self.game.session
        if not self.on or (s is not None and s.skipping):
            return
        from ..story import events as E  # a reading's events: not before the first frame

        if isinstance(ev, E.Say):
            self._say(line_words(ev))
        elif isinstance(ev, E.Menu):
            self._say(menu_words(ev))
            self._focus_key = ("choice", id(ev), 0)  # read with the menu: not again

    def now_showing(self) -> str:
        """The words for what is on screen now: the focused item of an open menu, the
        choices or the line of a reading, or nothing."""
        g = self.game
        if g.ui.is_open:
            top, cur = g.ui.top, g.ui.focus.current
            heading = getattr(top, "heading", "") or ""
            item = item_words(top, cur) if cur is not None else ""
            return ". ".join(p for p in (heading, item) if p)
        s = g.session
        if s is None:
            return ""
        menu = s.screen.choice_menu
        if menu is not None:
            return menu_words(menu.menu)
        say = s.screen.last_say
        return line_words(say) if say is not None and s.screen.state == "say" else ""

    def update(self) -> None:
        """Every frame: speak a new focus; start finished speech; lower the music
        while it sounds."""
        sp = self.speaker
        if sp is not None:
            before = sp.rendered
            problem = sp.poll()
            if problem is not None:
                self.game.toast(problem, error=True)
            if problem is not None or sp.rendered != before:
                self.game.state_changed()  # the state file tells tests speech was made
            ducked = self.on and sp.speaking
            if ducked != self._ducked:
                self._ducked = ducked
                self.game.apply_volumes()
        if self.on:
            self._follow_focus()

    @property
    def duck(self) -> float:
        """The share of music and ambient volume to play at now."""
        return DUCK if self._ducked else 1.0

    def _focus_now(self) -> tuple[Any, str | None, str | None]:
        g = self.game
        if g.ui.is_open:
            top, cur = g.ui.top, g.ui.focus.current
            if cur is None:
                return (id(top), None), None, None
            words = item_words(top, cur)
            return (id(top), cur.name, words), words, getattr(top, "heading", "") or None
        s = g.session
        menu = s.screen.choice_menu if s is not None else None
        if menu is not None:
            return ("choice", id(menu.menu), menu.focus), choice_words(menu.menu, menu.focus), None
        return None, None, None

    def mark_seen(self) -> None:
        self._focus_key = self._focus_now()[0]

    def _follow_focus(self) -> None:
        key, words, heading = self._focus_now()
        if key == self._focus_key:
            return
        old, self._focus_key = self._focus_key, key
        if words is None:
            return
        new_screen = not (isinstance(old, tuple) and old and old[0] == key[0])
        if heading and new_screen:
            words = f"{heading}. {words}"
        self._say(words)

    # -- speaking --------------------------------------------------------------------
    def _say(self, text: str, force: bool = False) -> None:
        if not (self.on or force) or not text.strip():
            return
        if self.speaker is None:
            self.speaker = self._new_speaker()
        self.last = text
        self.speaker.say(text)

    def _new_speaker(self) -> Speaker:
        if self.make_speaker is not None:
            return self.make_speaker()
        from ..audio.speech import Speaker

        return Speaker()

    def describe(self) -> dict[str, Any]:
        sp = self.speaker
        return {"on": self.on, "said": self.last,
                "rendered": sp.rendered if sp is not None else 0,
                "problem": sp.problem if sp is not None else None}

    def close(self) -> None:
        if self.speaker is not None:
            self.speaker.close()
