"""Ren'Py text tags and `[name]` interpolation: checking, parsing and stripping.

Tags supported: {b} {i} {u} {s} {color=#...} {size=+N} {cps=N} {k=N} (paired) and
{w} {w=T} {p} {nw} {fast} (alone). `{{` and `[[` are literal braces/brackets.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Final

PAIRED: Final = frozenset({"b", "i", "u", "s", "color", "size", "cps", "alpha", "font",
                           "k"})
FONT_SUFFIXES: Final = (".ttf", ".otf", ".ttc")
SINGLE: Final = frozenset({"w", "p", "nw", "fast", "space", "vspace"})
MAX_SPACE: Final = 2000  # {space=N} / {vspace=N}: px at most
MAX_KERN: Final = 100  # {k=N}: px between letters, at most either way
_KERN_RE: Final = re.compile(r"[+-]?(?:\d{1,4}(?:\.\d{0,3})?|\.\d{1,3})$")
_COLOR_RE: Final = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{4}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")
_SIZE_RE: Final = re.compile(r"[+-]?\d+$")
MAX_SIZE: Final = 400  # {size=N} and {size=+N}: the renderer draws no larger
_NUM_RE: Final = re.compile(r"\d+(?:\.\d*)?$|\.\d+$")
_CPS_RE: Final = re.compile(r"\*?(?:\d+(?:\.\d*)?|\.\d+)$")
_ALPHA_RE: Final = re.compile(r"[-+*]?(?:\d{1,4}(?:\.\d{0,6})?|\.\d{1,6})$")
_INTERP_RE: Final = re.compile(r"\[\[|\[([^\[\]]*)\]|\[")
_NAME_RE: Final = re.compile(r"[A-Za-z_][A-Za-z0-9_]*$")
# Ren'Py's interpolation field: a name, `.attr`s, `!conversions` and a `:format`
_FIELD_RE: Final = re.compile(
    r"\s*([A-Za-z_][A-Za-z0-9_]*)((?:\.[A-Za-z_][A-Za-z0-9_]*)*)\s*(?:!([a-z]+))?"
    r"\s*(?::([^\]]*))?$")
_CONVERSIONS: Final = frozenset("tulcqris")
_SPEC_RE: Final = re.compile(
    r"(?:.?[<>=^])?[-+ ]?#?0?(\d{0,4})[,_]?(?:\.(\d{1,3}))?[bcdeEfFgGnosxX%]?$")


@dataclass(frozen=True, slots=True)
class Tag:
    """One text tag: `close` for {/b}; `arg` is what follows '='."""

    name: str
    arg: str | None = None
    close: bool = False


Token = str | Tag


class TagError(ValueError):
    def __init__(self, message: str, offset: int, length: int = 1) -> None:
        super().__init__(message)
        self.message = message
        self.offset = offset
        self.length = length


def tokenize(text: str) -> list[Token]:
    """Split text into strings and Tags; raises TagError on a malformed tag."""
    out: list[Token] = []
    if "{" not in text and "}" not in text:
        return [text] if text else []
    buf: list[str] = []
    i, n = 0, len(text)
    while i < n:
        ch = text[i]
        if ch == "{":
            if text.startswith("{{", i):
                buf.append("{")
                i += 2
                continue
            end = text.find("}", i + 1)
            nxt = text.find("{", i + 1)
            if end < 0 or (0 <= nxt < end):
                raise TagError("unclosed text tag: '{' without '}'", i)
            body = text[i + 1:end]
            if buf:
                out.append("".join(buf))
                buf = []
            out.append(_tag(body, i))
            i = end + 1
            continue
        if ch == "}" and text.startswith("}}", i):
            buf.append("}")
            i += 2
            continue
        buf.append(ch)
        i += 1
    if buf:
        out.append("".join(buf))
    return out


_tag_cache: dict[str, Tag | TagError] = {}


def _tag(body: str, offset: int) -> Tag:
    hit = _tag_cache.get(body)
    if hit is None:
        try:
            hit = _make_tag(body, 0)
        except TagError as exc:
            hit = exc
        if len(_tag_cache) < 10000:
            _tag_cache[body] = hit
    if isinstance(hit, TagError):
        raise TagError(hit.message, offset + hit.offset, hit.length)
    return hit


def _make_tag(body: str, offset: int) -> Tag:  # noqa: C901
    length = len(body) + 2
    close = body.startswith("/")
    if close:
        body = body[1:]
    name, sep, arg = body.partition("=")
    name = name.strip()
    if not name:
        raise TagError("empty text tag '{}'", offset, length)
    if name not in PAIRED and name not in SINGLE:
        from .errors import did_you_mean

        raise TagError(f"unknown text tag '{{{name}}}'" + did_you_mean(name, PAIRED | SINGLE),
                       offset, length)
    if close:
        if name in SINGLE:
            raise TagError(f"text tag '{{{name}}}' has no closing tag", offset, length)
        return Tag(name, None, True)
    value = arg.strip() if sep else None
    if name == "color":
        if value is None or not _COLOR_RE.match(value):
            raise TagError("{color} needs a colour like {color=#ff0000}", offset, length)
    elif name == "size":
        if value is None or not _SIZE_RE.match(value):
            raise TagError("{size} needs a size like {size=+10}, {size=-4} or {size=30}",
                           offset, length)
        if len(value.lstrip("+-")) > 4 or abs(int(value)) > MAX_SIZE:
            raise TagError(f"{{size}} is at most {MAX_SIZE} (or a change of at most"
                           f" {MAX_SIZE} either way)", offset, length)
    elif name == "cps":
        if value is None or not _CPS_RE.match(value):
            raise TagError("{cps} needs a speed like {cps=20} or {cps=*2}", offset, length)
    elif name == "alpha":  # Ren'Py's {alpha=0.5}, {alpha=*0.5}, {alpha=-0.2}
        if value is None or not _ALPHA_RE.match(value):
            raise TagError("{alpha} needs an opacity like {alpha=0.5}, {alpha=*0.5} or"
                           " {alpha=-0.2}", offset, length)
    elif name == "font":  # a font file of the project (render/fonts.py finds it)
        if value is None or not value.lower().endswith(FONT_SUFFIXES) or len(value) > 500:
            raise TagError("{font} needs a font file, like {font=fonts/hand.ttf}", offset,
                           length)
    elif name in ("space", "vspace"):  # Ren'Py's blank gap, across or down
        if value is None or not value.isdigit() or int(value) > MAX_SPACE:
            raise TagError(f"{{{name}}} needs a gap in pixels, like {{{name}=20}} (at most"
                           f" {MAX_SPACE})", offset, length)
    elif name == "k":  # Ren'Py's kerning: px more (or less) between letters
        if value is None or not _KERN_RE.match(value) or abs(float(value)) > MAX_KERN:
            raise TagError(f"{{k}} needs pixels between letters, like {{k=4}} or {{k=-1.5}}"
                           f" (at most {MAX_KERN} either way)", offset, length)
    elif name in ("w", "p"):  # Ren'Py's {p=N}: wait N seconds, then a new line
        if value is not None and not _NUM_RE.match(value):
            raise TagError(f"{{{name}}} takes seconds, like {{{name}=0.5}}", offset, length)
    elif value is not None:
        raise TagError(f"text tag '{{{name}}}' takes no value", offset, length)
    return Tag(name, value, False)


def check(text: str) -> list[TagError]:
    """Every problem with the tags of `text`: malformed, unknown, unclosed or stray."""
    try:
        tokens = _tokens_with_offsets(text)
    except TagError as exc:
        return [exc]
    problems: list[TagError] = []
    stack: list[tuple[Tag, int]] = []
    for tok, off in tokens:
        if not isinstance(tok, Tag) or tok.name in SINGLE:
            continue
        if not tok.close:
            stack.append((tok, off))
            continue
        for depth in range(len(stack) - 1, -1, -1):
            if stack[depth][0].name == tok.name:
                del stack[depth]
                break
        else:
            problems.append(TagError(f"closing tag '{{/{tok.name}}}' has no opening tag", off,
                                     len(tok.name) + 3))
    for tag, off in stack:
        problems.append(TagError(f"text tag '{{{tag.name}}}' is never closed"
                                 f" (add '{{/{tag.name}}}')", off, len(tag.name) + 2))
    return problems


def close_open(text: str) -> str | None:
    """`text` with its paired tags left open closed at its end, as Ren'Py closes them
    (`"{i}Just another day"`); None when none is open or the tags are malformed."""
    try:
        tokens = _tokens_with_offsets(text)
    except TagError:
        return None
    stack: list[str] = []
    for tok, _off in tokens:
        if not isinstance(tok, Tag) or tok.name in SINGLE:
            continue
        if not tok.close:
            stack.append(tok.name)
        elif tok.name in stack:
            del stack[len(stack) - 1 - stack[::-1].index(tok.name)]
    if not stack:
        return None
    return text + "".join("{/" + name + "}" for name in reversed(stack))


# What _tokens_with_offsets sees, in the same order: an escape, a tag, or a lone '{'.
_TAG_SCAN_RE: Final = re.compile(r"\{\{|\{[^{}]*\}|\{")
_ok_cache: dict[tuple[str, ...], bool] = {}


def tags_ok(text: str) -> bool:
    """True when check(text) finds nothing; remembered by the text's sequence of tags,
    which is all that check's answer depends on (only offsets differ)."""
    key = tuple(_TAG_SCAN_RE.findall(text))
    hit = _ok_cache.get(key)
    if hit is None:
        hit = not check(text)
        if len(_ok_cache) < 10000:
            _ok_cache[key] = hit
    return hit


def _tokens_with_offsets(text: str) -> list[tuple[Token, int]]:
    out: list[tuple[Token, int]] = []
    i, n = 0, len(text)
    while i < n:
        j = text.find("{", i)
        if j < 0:
            break
        if text.startswith("{{", j):
            i = j + 2
            continue
        end = text.find("}", j + 1)
        nxt = text.find("{", j + 1)
        if end < 0 or (0 <= nxt < end):
            raise TagError("unclosed text tag: '{' without '}'", j)
        out.append((_tag(text[j + 1:end], j), j))
        i = end + 1
    return out


def interpolation_names(text: str) -> list[tuple[str, int]]:
    """The `[name]` references in text with their offsets; raises TagError if malformed."""
    if "[" not in text:
        return []
    found: list[tuple[str, int]] = []
    for m in _INTERP_RE.finditer(text):
        if m.group(0) == "[[":
            continue
        if m.group(0) == "[":
            raise TagError("unclosed '[': write '[[' for a literal bracket", m.start())
        inner = m.group(1).strip()
        f = _FIELD_RE.match(inner)
        if f is None or (f.group(3) and not set(f.group(3)) <= _CONVERSIONS) or (
                f.group(4) is not None and not _SPEC_RE.match(f.group(4))):
            raise TagError("only [name] interpolation of a story variable (with .name,"
                           " !u !l !c !t and a :format such as :.2f) is supported, "
                           f"not '[{inner}]'", m.start(), len(m.group(0)))
        found.append((f.group(1), m.start()))
    return found


def interpolate(text: str, lookup: Callable[[str], object]) -> str:
    """Replace [name] with the variable's value (braces in values are escaped)."""
    if "[" not in text:
        return text

    def sub(m: re.Match[str]) -> str:
        if m.group(0) == "[[":
            return "["
        if m.group(1) is None:
            return m.group(0)
        inner = m.group(1).strip()
        f = _FIELD_RE.match(inner) if not _NAME_RE.match(inner) else None
        if f is None:
            value = lookup(inner)
            s = value if isinstance(value, str) else _show(value)
        else:
            s = _field(f, lookup)
        return s.replace("{", "{{").replace("}", "}}")

    return _INTERP_RE.sub(sub, text)


def _field(f: re.Match[str], lookup: Callable[[str], object]) -> str:
    """`[name.attr!u:spec]` as Ren'Py shows it."""
    name, attrs, conv, spec = f.groups()
    parts = [a for a in attrs.split(".") if a]
    if name == "persistent" and parts:
        value = lookup("persistent." + parts.pop(0))
    else:
        value = lookup(name)
    for attr in parts:
        got = getattr(value, attr, _MISSING) if attr == "name" and \
            type(value).__name__ == "CharacterDef" else _MISSING
        if got is _MISSING:
            from .evaluate import EvalError

            raise EvalError(f"[{f.group(0).strip()}]: the value has no '{attr}'")
        value = got
    if spec:
        from .evaluate import EvalError

        try:
            s = format(value, spec)
        except (ValueError, TypeError) as exc:
            raise EvalError(f"[{f.group(0).strip()}]: {exc}") from None
    else:
        s = repr(value) if conv and "r" in conv else \
            value if isinstance(value, str) else _show(value)
    for c in conv or "":
        if c == "u":
            s = s.upper()
        elif c == "l":
            s = s.lower()
        elif c == "c":
            s = s[:1].upper() + s[1:]
    return s


_MISSING: Final = object()


def _show(value: object) -> str:
    if value is True:
        return "True"
    if value is False:
        return "False"
    return str(value)


def plain(text: str) -> str:
    """The text a reader finally sees, tags removed; {p} and newlines become line breaks."""
    parts: list[str] = []
    for tok in tokenize(text):
        if isinstance(tok, Tag):
            if tok.name in ("p", "vspace") and not tok.close:
                parts.append("\n")
            elif tok.name == "space":
                parts.append(" ")
        else:
            parts.append(tok)
    return "".join(parts)
