"""Carrying a reader's state over to an edited story (live reload), as plain data.

The position is a stable line id, so most edits leave it where it was. A line edited
in place (its text, speaker or attributes changed, so its id changed) is followed to
its new version when the statements around it still match; anything else is left to
`Runtime.restore`, which resumes at the nearest earlier line the reader passed and
says so. Variables stay; a `default` removed from the script drops its variable, and
one added gets its value when the state is restored (as for an old save).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..script.program import Program


@dataclass(frozen=True)
class Carried:
    """A state made ready for the new story, and what changed on the way."""

    state: dict[str, Any]
    followed: bool  # the current line was edited in place and is followed to its new text
    dropped: tuple[str, ...]  # variables whose `default` is gone from the script
    added: tuple[str, ...]  # defaults new in the script (restore gives them their value)


def carry_over(old: Program, new: Program, state: dict[str, Any]) -> Carried:
    """`state` (StoryState.to_json(), or a rollback snapshot) for `new`, a new version of
    `old`. The input is not changed; what needs no change is shared with it, and with
    nothing to change the state is `state` itself (rollback keeps its text as it is)."""
    st = state
    by_sid = new.by_sid

    def put(key: str, value: Any) -> None:
        nonlocal st
        if st is state:
            st = dict(state)
        st[key] = value

    old_defaults = {d.name for d in old.defaults}
    new_defaults = {d.name for d in new.defaults}
    dropped = tuple(sorted(old_defaults - new_defaults))
    variables = state.get("variables")
    if isinstance(variables, dict) and any(n in variables for n in dropped):
        put("variables", {k: v for k, v in variables.items() if k not in dropped})
    added = tuple(sorted(n for n in new_defaults - old_defaults
                         if not isinstance(variables, dict) or n not in variables))
    followed = False
    pos = state.get("position")
    if isinstance(pos, str) and pos not in by_sid:
        moved = follow_edit(old, new, pos)
        if moved is not None:
            put("position", moved)
            followed = True
    for key in ("call_stack", "trail"):
        items = state.get(key)
        if isinstance(items, list) and not all(type(x) is str and x in by_sid
                                               for x in items):
            put(key, [_follow(old, new, x) for x in items])
    return Carried(st, followed, dropped, added)


def carry_snapshot(old: Program, new: Program,
                   snapshot: dict[str, Any]) -> dict[str, Any] | None:
    """A rollback snapshot carried over, or None if its line is gone from `new` (rolling
    back to it would land somewhere else than the reader was)."""
    carried = carry_over(old, new, snapshot).state
    pos = carried.get("position")
    return carried if isinstance(pos, str) and pos in new.by_sid else None


def _follow(old: Program, new: Program, sid: Any) -> Any:
    if not isinstance(sid, str) or sid in new.by_sid:
        return sid
    return follow_edit(old, new, sid) or sid


def follow_edit(old: Program, new: Program, sid: str) -> str | None:
    """The id in `new` of statement `sid` of `old` if it was edited in place: the nearest
    statements before and after it in its label that survived are still neighbours in
    `new`, and what lies between them has the same number and kinds of statements.
    None when that cannot be told (lines added or deleted around it too)."""
    i = old.by_sid.get(sid)
    if i is None:
        return None
    stmts, label_of, by_sid = old.statements, old.label_of, new.by_sid
    label = label_of[i]

    def in_label(k: int) -> bool:
        return 0 <= k < len(stmts) and label_of[k] == label

    p = i - 1
    while in_label(p) and stmts[p].sid not in by_sid:
        p -= 1
    if not in_label(p):
        return None  # nothing before it survived (the label itself was renamed)
    q = i + 1
    while in_label(q) and stmts[q].sid not in by_sid:
        q += 1
    np_ = by_sid[stmts[p].sid]
    new_label = new.label_of[np_]
    if in_label(q):
        nq = by_sid[stmts[q].sid]
        if nq <= np_ or new.label_of[nq] != new_label:
            return None
    else:  # it was at the end of its label: the new label's end closes the gap
        nq = np_ + 1
        while nq < len(new.statements) and new.label_of[nq] == new_label:
            nq += 1
    gone, came = stmts[p + 1:q], new.statements[np_ + 1:nq]
    if len(gone) != len(came) or any(type(a) is not type(b) for a, b in zip(gone, came)):
        return None
    return came[i - p - 1].sid
