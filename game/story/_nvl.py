"""The NVL page as the runtime keeps it: entries in the state, as plain data, and the
Say events a presenter draws them from (Ren'Py's `nvl_list`)."""
from __future__ import annotations

from typing import Any, Final

from ..script.program import Program
from . import events as E
from .state import MAX_NVL_ENTRIES, StoryState

DEFAULT_PAGE_LENGTH: Final = 6  # gui.nvl_list_length in Ren'Py's launcher template
MENU_SETTING: Final = "nvl_menu"  # `define menu = nvl_menu` (script/_nvl.py)


def page_length(prog: Program) -> int:
    """How many entries a page keeps before the oldest goes (gui.nvl_list_length)."""
    n = prog.constants.get("gui.nvl_list_length")
    if isinstance(n, int) and not isinstance(n, bool) and 1 <= n <= MAX_NVL_ENTRIES:
        return n
    return DEFAULT_PAGE_LENGTH


def is_nvl_menu(prog: Program, menu_nvl: bool) -> bool:
    return menu_nvl or prog.constants.get("menu") == MENU_SETTING


def entry(ev: E.Say) -> dict[str, str | None]:
    return {"who": ev.who, "text": ev.text, "color": ev.color, "what_color": ev.what_color,
            "kind": ev.kind, "character": ev.character}


def say_of(e: dict[str, Any]) -> E.Say:
    """An earlier entry of the page, as the Say a presenter draws (complete, seen)."""
    return E.Say(e["who"], e["text"], "", e["color"], e["what_color"], e["kind"] or "say",
                 seen=True, character=e["character"], nvl=True)


def page(st: StoryState, upto: int | None = None) -> tuple[E.Say, ...]:
    entries = st.nvl if upto is None else st.nvl[:upto]
    return tuple(say_of(e) for e in entries)


def add(prog: Program, st: StoryState, ev: E.Say) -> None:
    """The line said joins the page (an extend continues the last entry); the oldest
    entries go past the page's length."""
    if ev.extend and st.nvl:
        last = dict(st.nvl[-1])
        last["text"] = (last["text"] or "").replace("{nw}", "") + ev.text
        st.nvl[-1] = last
        return
    st.nvl.append(entry(ev))
    del st.nvl[:-page_length(prog)]
