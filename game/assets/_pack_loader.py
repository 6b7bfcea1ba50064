"""How a pack folder is read: its files, its pack.toml, and every refusal.

Private to game.assets.packs (see its docstring for what a pack is). Each problem
is recorded on the pack through `pack._problem`, which also logs it once.
"""
from __future__ import annotations

import os
import re
import stat
import tomllib
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from ..script.errors import ERROR, WARNING, did_you_mean
from ..script.images import image_name_of
from . import imageinfo
from .art import ImageFile
from .files import FileRefused, read_limited

if TYPE_CHECKING:
    from .packs import ArtPack

PACK_TOML: Final = "pack.toml"

# What a pack may hold, by extension, and what the file must start with.
PACK_FORMATS: Final = {".png": "PNG", ".jpg": "JPEG", ".jpeg": "JPEG", ".webp": "WEBP",
                       ".svg": "SVG"}
CANONICAL_EXT: Final = {"PNG": ".png", "JPEG": ".jpg", "WEBP": ".webp", "SVG": ".svg",
                        "GIF": ".gif", "BMP": ".bmp"}
# Image formats the game does not read from a pack: reported, then ignored.
OTHER_IMAGE_EXTS: Final = frozenset({".gif", ".bmp", ".tga", ".tif", ".tiff", ".psd", ".kra",
                                     ".xcf", ".ora", ".avif", ".heic", ".jxl", ".ico",
                                     ".svgz", ".ase", ".aseprite", ".clip"})
PREVIEW_STEM: Final = "preview"  # preview.png etc. at the root is the pack's picture

MAX_FILE_BYTES: Final = imageinfo.MAX_FILE_BYTES
MAX_SVG_BYTES: Final = imageinfo.MAX_SVG_BYTES
MAX_TOML_BYTES: Final = 1024 * 1024
MAX_PROBLEMS: Final = 200  # problems recorded for one pack; the rest are counted
MAX_FILES: Final = 5000  # files looked at in one pack
MAX_ZOOM: Final = 4.0  # a sprite up to four times our height (close-ups)
MAX_OFFSET: Final = 4000

TOP_KEYS: Final = ("name", "author", "description", "preview", "images")
IMAGE_KEYS: Final = ("file", "anchor", "zoom", "offset")



class PackLoader:
    """One pass over one pack folder."""

    def __init__(self, pack: ArtPack, label: str) -> None:
        self.pack = pack
        self.root = pack.root
        self.label = label  # how the pack folder is named in messages
        self.toml_text: str | None = None
        self.taken: set[Path] = set()  # real paths that pack.toml gave to a name
        self._lines: tuple[dict, dict] | None = None  # see line_of

    def show(self, rel: str) -> str:
        return f"{self.label}/{rel}" if rel else self.label

    def problem(self, code: str, rel: str, level: str, message: str,
                line: int | None = None, col: int | None = None) -> None:
        self.pack._problem(code, self.show(rel), level, message, line, col)

    # -- the whole pack -------------------------------------------------------------
    def run(self) -> None:
        data = self.read_toml()
        entries = self.read_meta(data) if data is not None else {}
        found = self.scan()
        self.apply(found, entries)
        if not self.pack.images and not any(p.severity == ERROR
                                            for p in self.pack.diagnostics):
            self.problem("A104", "", WARNING, "the pack is empty: it has no images named as"
                         " the game names them (e.g. 'eileen happy.png'); our art is shown"
                         " everywhere")

    def read_toml(self) -> dict[str, Any] | None:
        p = self.root / PACK_TOML
        if not os.path.lexists(p):
            return None
        real = self.inside(p, PACK_TOML)
        if real is None:
            return None
        try:
            raw = read_limited(real, MAX_TOML_BYTES)
        except FileRefused as exc:
            why = "is over 1 MB" if exc.too_large else "is not a regular file"
            self.problem("A201", PACK_TOML, ERROR, f"{why}; it is ignored")
            return None
        except OSError as exc:
            self.problem("A202", PACK_TOML, ERROR, f"cannot be read ({exc.strerror or exc});"
                         " it is ignored")
            return None
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            self.problem("A203", PACK_TOML, ERROR, f"is not UTF-8 text (byte {exc.start});"
                         " it is ignored")
            return None
        self.toml_text = text
        try:
            return tomllib.loads(text)
        except RecursionError:
            self.problem("A204", PACK_TOML, ERROR, "nests arrays or tables too deeply; pack.toml is"
                         " ignored (images are still found by their file names)")
            return None
        except tomllib.TOMLDecodeError as exc:
            msg = str(exc)
            m = re.search(r"\s*\(at line (\d+), column (\d+)\)", msg)
            line = col = None
            if m:
                line, col = int(m.group(1)), int(m.group(2))
                msg = msg[:m.start()] + msg[m.end():]
            self.problem("A205", PACK_TOML, ERROR, f"{msg}; pack.toml is ignored (images are"
                         " still found by their file names)", line, col)
            return None

    def read_meta(self, data: dict[str, Any]) -> dict[tuple[str, ...], dict[str, Any]]:  # noqa: C901
        """name/author/description/preview; returns the checked [images] entries."""
        for key in data:
            if key not in TOP_KEYS:
                self.unknown_key(key, TOP_KEYS, None, "")
        for key in ("name", "author", "description"):
            if key in data:
                v = data[key]
                if isinstance(v, str):
                    v = _printable(v, keep_newlines=key == "description")
                    v = v.strip()[:200 if key != "description" else 2000]
                    if v:
                        setattr(self.pack, key, v)
                else:
                    self.bad_type(key, None, "text in quotes", v)
        if "preview" in data:
            v = data["preview"]
            if not isinstance(v, str):
                self.bad_type("preview", None, 'a file path in quotes, like "preview.png"', v)
            else:
                hit = self.file_setting("preview", None, v)
                if hit is not None:
                    real, rel = hit
                    self.taken.add(real)
                    self.pack.preview_file = ImageFile("preview", str(real), self.pack.name)
        images = data.get("images", {})
        if not isinstance(images, dict):
            self.bad_type("images", None, '[images."name"] tables', images)
            return {}
        out: dict[tuple[str, ...], dict[str, Any]] = {}
        for raw_name, entry in images.items():
            name = tuple(raw_name.lower().split())
            if not name:
                self.problem("A210", PACK_TOML, ERROR, f'[images."{raw_name}"]: an image needs'
                             ' a name, like [images."eileen happy"]', self.line_of(raw_name, None))
                continue
            if not isinstance(entry, dict):
                self.problem("A211", PACK_TOML, ERROR, f'images."{raw_name}" must be a table like'
                             f' [images."{raw_name}"] with file/anchor/zoom/offset;'
                             ' it is ignored', self.line_of(raw_name, None))
                continue
            checked = self.read_entry(raw_name, entry)
            if checked is None:
                out[name] = {"bad": True}
            else:
                out[name] = checked
                if "file" in checked:  # not also an image under its own file name
                    self.taken.add(checked["file"][0])
        return out

    def read_entry(self, raw_name: str, entry: dict[str, Any]) -> dict[str, Any] | None:
        """A checked copy of one [images."name"] table, or None if it is unusable."""
        ok = True
        out: dict[str, Any] = {}
        where = f'images."{raw_name}"'
        for key in entry:
            if key not in IMAGE_KEYS:
                self.unknown_key(key, IMAGE_KEYS, raw_name, where + ".")
                ok = False
        if "file" in entry:
            v = entry["file"]
            if not isinstance(v, str):
                self.bad_type("file", raw_name, 'a file path in quotes, like "k/sad.png"', v)
                ok = False
            else:
                hit = self.file_setting("file", raw_name, v)
                if hit is None:
                    ok = False
                else:
                    out["file"] = hit
        if "anchor" in entry:
            v = entry["anchor"]
            if _pair(v, float) and all(-1.0 <= x <= 2.0 for x in v):
                out["anchor"] = (float(v[0]), float(v[1]))
            else:
                self.bad_type("anchor", raw_name, "two numbers, fractions of the image's"
                              " width and height, like [0.5, 1.0]", v)
                ok = False
        if "zoom" in entry:
            v = entry["zoom"]
            if isinstance(v, (int, float)) and not isinstance(v, bool) \
                    and 0 < v <= MAX_ZOOM:
                out["zoom"] = float(v)
            else:
                self.bad_type("zoom", raw_name, f"a number above 0 and at most {MAX_ZOOM:g},"
                              " like 1.1", v)
                ok = False
        if "offset" in entry:
            v = entry["offset"]
            if _pair(v, int) and all(abs(x) <= MAX_OFFSET for x in v):
                out["offset"] = (int(v[0]), int(v[1]))
            else:
                self.bad_type("offset", raw_name, "two whole numbers of canvas pixels,"
                              " like [0, 20]", v)
                ok = False
        return out if ok else None

    def file_setting(self, key: str, raw_name: str | None,
                     value: str) -> tuple[Path, str] | None:
        """A `file =` (or `preview =`) path checked to stay inside the pack."""
        line = self.line_of(raw_name, key)
        what = f'{key} = "{value}"'
        shown = value.replace("\\", "/")
        if not shown.strip() or "\0" in shown:
            self.problem("A220", PACK_TOML, ERROR, f"{what}: not a file path", line)
            return None
        if shown.startswith("/") or re.match(r"^[A-Za-z]:", shown) or os.path.isabs(value):
            self.problem("A221", PACK_TOML, ERROR, f"{what}: absolute paths are refused; give a"
                         " path inside the pack folder, like \"k/sad.png\"", line)
            return None
        if ".." in shown.split("/"):
            self.problem("A222", PACK_TOML, ERROR, f"{what}: leads out of the pack folder through"
                         " '..'; refused", line)
            return None
        p = self.root / shown
        if not os.path.lexists(p):
            hint = self.near_file(shown)
            self.problem("A223", PACK_TOML, ERROR, f"{what}: no such file in the pack{hint}", line)
            return None
        real = self.inside(p, shown, toml_line=line, toml_what=what)
        if real is None:
            return None
        if not self.check_file(real, shown, toml_line=line):
            return None
        return real, shown

    # -- the files ---------------------------------------------------------------------
    def scan(self) -> list[tuple[tuple[str, ...], Path, str]]:  # noqa: C901
        """Image files by their names: (name, real path, path relative to root)."""
        out: list[tuple[tuple[str, ...], Path, str]] = []
        count = 0
        for dirpath, dirnames, filenames in os.walk(self.root, followlinks=False):
            d = Path(dirpath)
            keep = []
            for dn in sorted(dirnames):
                if dn.startswith("."):
                    continue
                sub = d / dn
                if sub.is_symlink():
                    rel = sub.relative_to(self.root).as_posix()
                    real = self.inside(sub, rel)
                    if real is not None:
                        self.problem("A240", rel, WARNING, "is a symbolic link to a folder; its"
                                     " images are not read (copy them in instead)")
                    continue
                keep.append(dn)
            dirnames[:] = keep
            for fn in sorted(filenames):
                if fn.startswith("."):
                    continue
                count += 1
                if count > MAX_FILES:
                    self.problem("A241", "", ERROR, f"has over {MAX_FILES} files; the rest are not"
                                 " read")
                    return out
                full = d / fn
                rel = full.relative_to(self.root).as_posix()
                ext = os.path.splitext(fn)[1].lower()
                if rel == PACK_TOML:
                    continue
                if ext not in PACK_FORMATS:
                    if ext in OTHER_IMAGE_EXTS:
                        self.problem("A242", rel, WARNING, f"{ext[1:].upper()} files are not read;"
                                     " save it as PNG, JPEG, WEBP or SVG")
                    continue
                name = image_name_of(fn)
                if not name:
                    self.problem("A243", rel, WARNING, "has no name before its extension; ignored")
                    continue
                real = self.inside(full, rel)
                if real is None or real in self.taken:
                    continue
                if d == self.root and name == (PREVIEW_STEM,):
                    if self.pack.preview_file is None and self.check_file(real, rel):
                        self.pack.preview_file = ImageFile("preview", str(real),
                                                           self.pack.name)
                    continue
                out.append((name, real, rel))
        return out

    def apply(self, found: list[tuple[tuple[str, ...], Path, str]],
              entries: dict[tuple[str, ...], dict[str, Any]]) -> None:
        pack = self.pack
        by_name: dict[tuple[str, ...], tuple[Path, str]] = {}
        for name, real, rel in found:
            if name in entries and "file" in entries[name]:
                other = entries[name]["file"][1]
                self.problem("A244", rel, WARNING, f"is not used: pack.toml gives image"
                             f" '{' '.join(name)}' the file {other}")
                continue
            if name in entries and entries[name].get("bad"):
                continue
            if name in by_name:
                first = by_name[name][1]
                self.problem("A245", rel, WARNING, f"is also image '{' '.join(name)}'; using"
                             f" {first} (the first in name order)")
                continue
            if not self.check_file(real, rel):
                continue
            by_name[name] = (real, rel)
        for name, (real, rel) in by_name.items():
            pack.images[name] = ImageFile(" ".join(name), str(real), pack.name)
            pack.sources[name] = rel
        for name, entry in entries.items():
            text = " ".join(name)
            if entry.get("bad"):
                pack.images.pop(name, None)
                pack.sources.pop(name, None)
                self.problem("A225", PACK_TOML, WARNING, f"'{text}' falls back to our art because"
                             " of the error(s) above", self.line_of(text, None))
                continue
            if "file" in entry:
                real, rel = entry["file"]
            elif name in by_name:
                real, rel = by_name[name]
            else:
                self.problem("A224", PACK_TOML, ERROR, f'[images."{text}"] gives no file = and the'
                             f" pack has no file named '{text}.png' (or .jpg, .webp, .svg);"
                             " it is ignored", self.line_of(text, None))
                continue
            pack.images[name] = ImageFile(text, str(real), pack.name,
                                          zoom=entry.get("zoom"), anchor=entry.get("anchor"),
                                          offset=entry.get("offset", (0, 0)))
            pack.sources[name] = rel
        pack.images = dict(sorted(pack.images.items()))

    def inside(self, p: Path, rel: str, *, toml_line: int | None = None,
               toml_what: str | None = None) -> Path | None:
        """The real path of p if it stays inside the pack (following links), else None
        with a refusal recorded."""
        where, line = (PACK_TOML, toml_line) if toml_what else (rel, None)
        prefix = f"{toml_what}: " if toml_what else ""
        try:
            real = p.resolve(strict=True)
        except (OSError, RuntimeError, ValueError) as exc:
            why = "is a broken symbolic link" if p.is_symlink() else \
                f"cannot be read ({getattr(exc, 'strerror', None) or exc})"
            self.problem("A230", where, ERROR, f"{prefix}{why}; refused", line)
            return None
        if real != self.root and self.root not in real.parents:
            how = "is a symbolic link that leads" if _any_link(self.root, p) else "leads"
            self.problem("A231", where, ERROR, f"{prefix}{how} outside the pack folder; refused",
                         line)
            return None
        return real

    def check_file(self, real: Path, rel: str, *, toml_line: int | None = None) -> bool:
        """A regular, readable file whose content matches its extension and whose
        declared size is within the limits. Records why not; never raises (each file
        is looked at in its own guard)."""
        try:
            return self._check_file(real, rel)
        except Exception as exc:  # noqa: BLE001 - one bad file must not stop the pack
            self.problem("A250", rel, ERROR, f"cannot be read ({type(exc).__name__}); refused")
            return False

    def _check_file(self, real: Path, rel: str) -> bool:
        ext = os.path.splitext(rel)[1].lower()
        try:
            st = os.stat(real)
        except OSError as exc:
            self.problem("A250", rel, ERROR, f"cannot be read ({exc.strerror or exc})")
            return False
        if not stat.S_ISREG(st.st_mode):
            self.problem("A251", rel, ERROR, "is not a regular file; refused")
            return False
        if st.st_size == 0:
            self.problem("A252", rel, ERROR, "is empty (0 bytes)")
            return False
        limit = MAX_SVG_BYTES if ext == ".svg" else MAX_FILE_BYTES
        if st.st_size > limit:
            self.problem("A253", rel, ERROR, f"is {st.st_size / 1e6:.0f} MB; files over"
                         f" {limit // (1024 * 1024)} MB are refused")
            return False
        want = PACK_FORMATS.get(ext)
        if want is None:
            self.problem("A254", rel, ERROR, "is not a PNG, JPEG, WEBP or SVG file; refused")
            return False
        try:
            head = read_limited(real, limit)[:4096]
        except OSError as exc:
            self.problem("A250", rel, ERROR, f"cannot be read ({exc.strerror or exc})")
            return False
        got = sniff(head)
        if got != want:
            if got in CANONICAL_EXT:
                fix = os.path.splitext(os.path.basename(rel))[0] + CANONICAL_EXT[got]
                self.problem("A255", rel, ERROR, f"is a {got} image named {ext}; rename it to"
                             f" '{fix}'. Refused")
            elif got == "text":
                self.problem("A256", rel, ERROR, f"is text, not a {want} image; refused")
            else:
                self.problem("A257", rel, ERROR, f"is not a {want} image (its first bytes are"
                             f" {head[:8].hex(' ')}); damaged or another kind of file."
                             " Refused")
            return False
        try:
            imageinfo.check_limits(str(real))
        except imageinfo.ImageRefused as exc:
            self.problem("A258", rel, ERROR, f"{exc}; refused before decoding")
            return False
        return True

    # -- messages --------------------------------------------------------------------
    def unknown_key(self, key: str, known: tuple[str, ...], raw_name: str | None,
                    where: str) -> None:
        hint = did_you_mean(key, known, any_case=False) or f" (known: {', '.join(known)})"
        self.problem("A212", PACK_TOML, ERROR, f"unknown key '{where}{key}'{hint}",
                     self.line_of(raw_name, key))

    def bad_type(self, key: str, raw_name: str | None, want: str, got: Any) -> None:
        where = f'images."{raw_name}".{key}' if raw_name is not None else key
        self.problem("A213", PACK_TOML, ERROR, f"{where} must be {want}, not {_describe(got)}",
                     self.line_of(raw_name, key))

    def line_of(self, table: str | None, key: str | None) -> int | None:
        """Best-effort line of `key` in [images."table"] (or at the top), for messages;
        from an index of pack.toml's lines made once (a lookup per problem must not
        read the whole file again: 30,000 tables would take minutes)."""
        if self.toml_text is None:
            return None
        if self._lines is None:
            self._lines = _index_lines(self.toml_text)
        tables, keys = self._lines
        norm = None if table is None else " ".join(table.lower().split())
        if key is not None:
            hit = keys.get((norm, key))
            if hit is not None:
                return hit
        return tables.get(norm) if norm is not None else None

    def near_file(self, rel: str) -> str:
        names: list[str] = []
        for dirpath, dirnames, filenames in os.walk(self.root):
            dirnames[:] = [d for d in dirnames if not d.startswith(".")]
            for fn in filenames:
                names.append((Path(dirpath) / fn).relative_to(self.root).as_posix())
            if len(names) > MAX_FILES:
                break
        return did_you_mean(rel, names, any_case=False)


# -- helpers ---------------------------------------------------------------------------
def sniff(head: bytes) -> str:
    """What a file's first bytes say it is: PNG, JPEG, WEBP, SVG, GIF, BMP, text or ''."""
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "PNG"
    if head.startswith(b"\xff\xd8\xff"):
        return "JPEG"
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "WEBP"
    if head[:6] in (b"GIF87a", b"GIF89a"):
        return "GIF"
    if head[:2] == b"BM" and len(head) > 26:
        return "BMP"
    text = head.lstrip(b"\xef\xbb\xbf").lstrip()
    if text.startswith(b"<") and re.search(rb"<svg[\s>]", head):
        return "SVG"
    try:
        head.decode("utf-8")
        return "text"
    except UnicodeDecodeError as exc:
        if exc.start > len(head) - 4 and exc.reason == "unexpected end of data":
            return "text"
    return ""


_HEADER = re.compile(r'^\[\s*images\s*\.\s*(?:"([^"]*)"|\'([^\']*)\'|([\w-]+))\s*\]')
_KEY = re.compile(r'^["\']?([\w-]+)["\']?\s*=')


def _index_lines(text: str) -> tuple[dict[str | None, int], dict[tuple[str | None, str], int]]:
    """({table name: header line}, {(table name or None, key): line}), first wins."""
    tables: dict[str | None, int] = {}
    keys: dict[tuple[str | None, str], int] = {}
    current: str | None = None
    other = False
    for n, ln in enumerate(text.split("\n"), 1):
        s = ln.strip()
        m = _HEADER.match(s)
        if m:
            name = next(g for g in m.groups() if g is not None)
            current, other = " ".join(name.lower().split()), False
            tables.setdefault(current, n)
            continue
        if s.startswith("["):
            current, other = None, True
            continue
        m = _KEY.match(s)
        if m and not other:
            keys.setdefault((current, m.group(1)), n)
    return tables, keys


def _printable(text: str, keep_newlines: bool = False) -> str:
    """Text without control characters (NUL, escapes, ...), for names shown on screen."""
    return "".join(c for c in text if c.isprintable() or (keep_newlines and c == "\n"))


def _pair(v: Any, kind: type) -> bool:
    if not isinstance(v, list) or len(v) != 2:
        return False
    if kind is int:
        return all(isinstance(x, int) and not isinstance(x, bool) for x in v)
    return all(isinstance(x, (int, float)) and not isinstance(x, bool) for x in v)


def _describe(v: Any) -> str:
    if isinstance(v, bool):
        return f"{str(v).lower()} (true/false)"
    if isinstance(v, str):
        return f'text "{v[:40]}"'
    if isinstance(v, (int, float)):
        return f"the number {v}"
    if isinstance(v, list):
        return f"a list of {len(v)}" + (f": {v!r}" if len(repr(v)) < 40 else "")
    if isinstance(v, dict):
        return "a table"
    return type(v).__name__


def _any_link(root: Path, p: Path) -> bool:
    """True if p, or a folder between root and p, is a symbolic link."""
    q = p
    while True:
        if q.is_symlink():
            return True
        if q.parent == q or q.parent == root or q == root:
            return False
        q = q.parent
