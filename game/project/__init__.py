"""Finds a story on disk: its .rpy files, game.toml, and the art and audio beside it.

A bare folder of .rpy files plays too: `images/` and `audio/` are looked up
beside it, as Ren'Py's game folder does.
"""
from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Final

from ..assets.files import FileRefused, read_limited
from ..assets.scan import scan_audio, scan_images
from ..script.errors import Diagnostic, ScriptError
from ..script.images import AudioIndex, ImageIndex
from .cache_dirs import use_game_id

if TYPE_CHECKING:
    from ..script.credits import Credits
    from ..script.program import Program

GAME_DIR = Path(__file__).resolve().parents[1]  # the game package (this is game/project/)
ROOT = GAME_DIR.parent
CONTENT = "_content"  # game/_content/{story,art,audio}: an installed or built game's own


def default_story_dir() -> Path:
    """Our story: in an installed wheel or a built app it is package data
    (game/_content/story, with art/ and audio/ beside it, found through importlib.resources);
    in a checkout, the story/ folder beside game/."""
    here = GAME_DIR
    if here.is_dir():  # a package on disk: importlib.resources names this same folder
        packaged = here / CONTENT / "story"  # (and its readers cost the first frame 2 ms)
    else:  # pragma: no cover - a zipped package
        from importlib import resources

        packaged = Path(str(resources.files("game") / CONTENT / "story"))
    return packaged if packaged.is_dir() else ROOT / "story"


DEFAULT_STORY = default_story_dir()


@dataclass
class StoryFiles:
    """Where a story's parts are."""

    story_dir: Path
    scripts: list[Path]
    images_dir: Path | None
    audio_dir: Path | None
    title: str
    start: str = "start"
    chapters: list[tuple[str, str]] = field(default_factory=list)
    toml_path: Path | None = None
    chapters_line: int = 1
    # a Ren'Py project's tl/ folder: translations, not read (until they are supported)
    translations: list[Path] = field(default_factory=list)
    version: str = ""
    credits: Credits | None = None
    credits_line: int = 1
    music: list[tuple[str, str]] = field(default_factory=list)  # (file, title): music room
    game_id: str = ""  # game.toml's id (default: from the title); see GameIdentity
    save_id: str = ""  # game.toml's save_id (default: the id)
    content_note: str | None = None  # game.toml's [content_note] text
    about: list[tuple[str, str]] = field(default_factory=list)  # [[about]] (heading, text)
    sample_line: str | None = None  # game.toml's sample_line: Accessibility's sample

    @property
    def identity(self) -> GameIdentity:
        gid = self.game_id or game_id_from(self.story_dir)
        return GameIdentity(self.title or UNTITLED, gid, self.save_id or gid)


UNTITLED: Final = "Untitled"
GAME_ID_RE: Final = re.compile(r"[a-z0-9][a-z0-9._-]{0,63}")


@dataclass(frozen=True)
class GameIdentity:
    """What makes a story its own game: the title (window caption, title screen, About)
    and the id naming its data folder (saves, preferences), its cache folder and its
    window class; saves carry `save_id` and another game's are refused."""

    title: str
    id: str
    save_id: str

    @property
    def window_class(self) -> str:
        """The X11 window class (what the desktop and xdotool know the window by)."""
        return re.sub(r"[^0-9a-z]", "", self.id) or "game"


def identity_of(program: Any) -> GameIdentity:
    """A loaded (or lazily loading) story's identity; an untitled one for a program
    made without a story folder (tests)."""
    found = getattr(program, "identity", None)
    return found if isinstance(found, GameIdentity) else \
        GameIdentity(UNTITLED, "untitled", "untitled")


def slug(title: str) -> str:
    """A file name from a title: 'My Story' -> 'my-story' ('' when nothing is left)."""
    import unicodedata

    ascii_text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def _folder_name(d: Path) -> str:
    """The name a story folder without game.toml goes by: a Ren'Py project's folder's
    for its game/ folder."""
    d = d.resolve()
    return d.parent.name if d.name == "game" and d.parent.name else d.name


def game_id_from(story_dir: Path, title: str | None = None) -> str:
    """The id of a story whose game.toml sets none: from its title, else its folder."""
    return slug(title or _folder_name(story_dir))[:64].strip("-._") or "untitled"


# `key = "text"` (no escapes), `key = 'text'`, numbers and booleans: game.toml's top
# lines as most stories write them, read without tomllib before the first frame
_SIMPLE_LINE: Final = re.compile(
    r"""\s*(?:#.*|([A-Za-z0-9_-]+)\s*=\s*(?:"([^"\\\x00-\x08\x0a-\x1f\x7f]*)"|'([^'\x00-\x08\x0a-\x1f\x7f]*)'"""
    r"""|[-+]?[0-9][0-9_.eE+-]*|true|false)\s*(?:#.*)?)?""")
_IDENTITY_KEYS: Final = ("title", "id", "save_id")
_identities: dict[str, GameIdentity] = {}


def _top_keys(text: str) -> dict[str, str] | None:
    """game.toml's top-level identity keys read line by line up to its first table,
    or None when a line there is not of the simple kinds (tomllib reads it then)."""
    found: dict[str, str] = {}
    for line in text.split("\n"):
        if line.lstrip().startswith("["):
            break
        m = _SIMPLE_LINE.fullmatch(line.rstrip("\r"))
        if m is None or (m.group(1) in found):
            return None  # (a repeated key is an error the story's load reports)
        if m.group(1) in _IDENTITY_KEYS:
            value = m.group(2) if m.group(2) is not None else m.group(3)
            if value is None:
                return None  # a number where text belongs: reported by the load
            found[m.group(1)] = value
    return found


def story_identity(story_dir: str | os.PathLike[str] | None = None) -> GameIdentity:
    """The game a story folder is, read before the window opens: game.toml's title, id
    and save_id (its top lines only, without tomllib when they are simple), else the
    folder's name. A game.toml that cannot be read gives the defaults here; the
    story's load reports why."""
    d = story_folder(story_dir)
    key = str(d)
    if key in _identities:
        return _identities[key]
    data: dict[str, Any] | None = None
    toml_path = d / "game.toml"
    if toml_path.exists():
        try:
            text = read_limited(toml_path, MAX_TOML_BYTES).decode("utf-8")
            data = _top_keys(text)
            if data is None:
                data = _read_toml(toml_path, text)
        except (OSError, UnicodeDecodeError, ScriptError):
            data = None
    data = data or {}
    title = data.get("title")
    if not isinstance(title, str) or not toml_path.exists():
        title = d.resolve().name if toml_path.exists() else _folder_name(d)
    gid = data.get("id")
    gid = gid if isinstance(gid, str) and GAME_ID_RE.fullmatch(gid) else \
        game_id_from(d, title if toml_path.exists() else None)
    title = title or UNTITLED
    sid = data.get("save_id")
    ident = GameIdentity(title, gid, sid if isinstance(sid, str) and sid else gid)
    _identities[key] = ident
    return ident


def display_path(p: Path) -> str:
    """A path as a writer's editor shows it: relative to the working folder if inside."""
    try:
        rel = os.path.relpath(p)
    except ValueError:  # pragma: no cover - other drive on Windows
        return str(p)
    return str(Path(p).resolve()) if rel.startswith("..") else rel


MAX_TOML_BYTES = 1024 * 1024
MAX_SCRIPT_BYTES = 64 * 1024 * 1024


def _toml_error(path: Path, message: str, line: int = 1, col: int = 1,
                text: str | None = None) -> ScriptError:
    src = ""
    if text is not None:
        lines = text.split("\n")
        src = lines[line - 1][:200] if 1 <= line <= len(lines) else ""
    return ScriptError([Diagnostic(display_path(path), line, col, message, "error", src,
                                   1, "E600")])


def story_folder(story_dir: str | os.PathLike[str] | None = None) -> Path:
    """The folder a story's scripts are in, found without reading a file of it. Raises
    ScriptError when there is no such folder."""
    d = Path(story_dir) if story_dir is not None else DEFAULT_STORY
    if not d.is_dir():
        raise ScriptError([Diagnostic(str(d), 1, 1, "no such story folder", "error",
                                      code="E603")])
    if not (d / "game.toml").exists() and (d / "game").is_dir() \
            and not any(d.glob("*.rpy")):
        d = d / "game"  # a Ren'Py project's folder: its scripts are in game/
    return d


def find_story(story_dir: str | os.PathLike[str] | None = None) -> StoryFiles:  # noqa: C901
    """Read game.toml (if any) and list the scripts. Raises ScriptError when unusable."""
    d = story_folder(story_dir)
    scripts = _scripts(d)
    translations = [p for p in scripts if p.relative_to(d).parts[0] == "tl"]
    if translations:
        scripts = [p for p in scripts if p.relative_to(d).parts[0] != "tl"]
    toml_path = d / "game.toml"
    info = StoryFiles(d, scripts, d.absolute() / "images", d.absolute() / "audio",
                      d.resolve().name)
    info.translations = translations
    if not toml_path.exists():
        return info
    info.toml_path = toml_path
    try:
        text = read_limited(toml_path, MAX_TOML_BYTES).decode("utf-8")
    except FileRefused as exc:
        raise _toml_error(toml_path, f"game.toml cannot be used: {exc}") from None
    except OSError as exc:
        raise _toml_error(toml_path, f"game.toml cannot be read: {exc.strerror or exc}") \
            from None
    except UnicodeDecodeError as exc:
        raise _toml_error(toml_path, f"game.toml is not UTF-8 text: {exc}") from None
    data = _read_toml(toml_path, text)
    title = data.get("title", info.title)
    if not isinstance(title, str):
        raise _toml_error(toml_path, "game.toml: 'title' must be text")
    info.title = title
    for key in ("id", "save_id"):
        value = data.get(key)
        if value is not None and not (isinstance(value, str) and GAME_ID_RE.fullmatch(value)):
            raise _toml_error(toml_path, f"game.toml: '{key}' must be a name for files: up to"
                              " 64 lowercase letters, digits, '.', '_' or '-', starting"
                              " with a letter or digit")
    info.game_id = data.get("id") or game_id_from(d, title)
    info.save_id = data.get("save_id") or info.game_id
    info.content_note = _content_note(data.get("content_note"), toml_path)
    info.about = _about(data.get("about", []), toml_path)
    sample = data.get("sample_line")
    if sample is not None and (not isinstance(sample, str) or not sample.strip()):
        raise _toml_error(toml_path, "game.toml: 'sample_line' must be text")
    info.sample_line = sample
    start = data.get("start", "start")
    if not isinstance(start, str):
        raise _toml_error(toml_path, "game.toml: 'start' must be a label name")
    info.start = start
    paths = data.get("paths", {})
    if not isinstance(paths, dict):
        raise _toml_error(toml_path, "game.toml: [paths] must be a table")
    for key in ("images", "audio"):
        if key in paths:
            value = paths[key]
            if not isinstance(value, str) or not value.strip() or "\0" in value:
                raise _toml_error(toml_path, f"game.toml: paths.{key} must be a folder path")
            setattr(info, f"{key}_dir", (d / value).resolve())
    chapters = data.get("chapters", [])
    if not isinstance(chapters, list):
        raise _toml_error(toml_path, "game.toml: chapters must be [[chapters]] tables")
    for n, ch in enumerate(chapters, 1):
        if not isinstance(ch, dict) or not isinstance(ch.get("label"), str) \
                or not isinstance(ch.get("title", ""), str):
            raise _toml_error(toml_path, f"game.toml: chapter {n} needs label = \"...\" and"
                              " title = \"...\"")
        info.chapters.append((ch["label"], ch.get("title", ch["label"])))
    lines = text.split("\n")
    for k, ln in enumerate(lines, 1):
        if ln.strip().startswith("[[chapters]]"):
            info.chapters_line = k
            break
    info.music = _music(data.get("music", []), toml_path)
    if "credits" in data:
        info.credits_line = next((k for k, ln in enumerate(lines, 1)
                                  if ln.strip().startswith("[credits")), 1)
        info.credits = _credits(data["credits"], toml_path, info.credits_line)
    return info


def _read_toml(toml_path: Path, text: str) -> dict[str, Any]:
    """game.toml's text as TOML; ScriptError saying where it is not."""
    import tomllib  # here: story_identity reads game.toml's simple top lines without it
    try:
        return tomllib.loads(text)
    except RecursionError:
        raise _toml_error(toml_path, "game.toml nests arrays or tables too deeply",
                          text=text) from None
    except tomllib.TOMLDecodeError as exc:
        msg = str(exc)
        line, col = 1, 1
        m = re.search(r"line (\d+), column (\d+)", msg)
        if m:
            line, col = int(m.group(1)), int(m.group(2))
        raise _toml_error(toml_path, f"game.toml: {msg}", line, col, text) from None


def _content_note(d: Any, toml_path: Path) -> str | None:
    """game.toml's [content_note]: text = "..." shown before the first Start."""
    if d is None:
        return None
    if not isinstance(d, dict) or set(d) - {"text"} or not isinstance(d.get("text"), str) \
            or not d["text"].strip():
        raise _toml_error(toml_path, "game.toml: [content_note] takes text = \"...\"")
    return d["text"].strip()


def _about(d: Any, toml_path: Path) -> list[tuple[str, str]]:
    """game.toml's [[about]] tables (heading = "...", text = "..."): the About screen's
    words about this game, above the engine's own (fonts, libraries)."""
    if not isinstance(d, list):
        raise _toml_error(toml_path, "game.toml: about must be [[about]] tables")
    out: list[tuple[str, str]] = []
    for n, t in enumerate(d, 1):
        if not isinstance(t, dict) or set(t) - {"heading", "text"} or not all(
                isinstance(t.get(k), str) for k in ("heading", "text")):
            raise _toml_error(toml_path, f"game.toml: about {n} needs heading = \"...\" and"
                              " text = \"...\"")
        out.append((t["heading"], " ".join(t["text"].split())))
    return out


def _music(d: Any, toml_path: Path) -> list[tuple[str, str]]:
    """game.toml's [[music]] tables (file = "x.ogg", title = "..."): the music room's
    tracks, in its order, with the titles the player reads."""
    if not isinstance(d, list):
        raise _toml_error(toml_path, "game.toml: music must be [[music]] tables")
    out: list[tuple[str, str]] = []
    for n, t in enumerate(d, 1):
        if not isinstance(t, dict) or not isinstance(t.get("file"), str) or \
                not t["file"].strip() or not isinstance(t.get("title", ""), str):
            raise _toml_error(toml_path, f"game.toml: music {n} needs file = \"...\" and"
                              " title = \"...\"")
        out.append((t["file"], t.get("title") or t["file"]))
    return out


def _credits(d: Any, toml_path: Path, line: int) -> Credits:
    """game.toml's [credits]: scene, music, seconds, and [[credits.section]] tables of
    heading = "..." and lines = ["...", ...]."""
    from ..script.credits import Credits, CreditSection

    def bad(msg: str) -> ScriptError:
        return _toml_error(toml_path, "game.toml: " + msg, line)

    if not isinstance(d, dict):
        raise bad("[credits] must be a table")
    for key in d:
        if key not in ("scene", "music", "seconds", "section"):
            raise bad(f"[credits] has no '{key}' (it takes scene, music, seconds and"
                      " [[credits.section]] tables)")
    for key in ("scene", "music"):
        if key in d and not isinstance(d[key], str):
            raise bad(f"credits.{key} must be text")
    seconds = d.get("seconds", 40.0)
    if isinstance(seconds, bool) or not isinstance(seconds, (int, float)) or seconds <= 0:
        raise bad("credits.seconds must be a number of seconds above 0")
    sections = []
    raw = d.get("section", [])
    if not isinstance(raw, list) or not raw:
        raise bad("[credits] needs [[credits.section]] tables with heading and lines")
    for n, sec in enumerate(raw, 1):
        if not isinstance(sec, dict) or not isinstance(sec.get("heading", ""), str) or \
                not isinstance(sec.get("lines", []), list) or \
                not all(isinstance(x, str) for x in sec.get("lines", [])):
            raise bad(f"credits section {n} needs heading = \"...\" and lines = [\"...\"]")
        sections.append(CreditSection(sec.get("heading", ""), tuple(sec.get("lines", []))))
    scene = " ".join(d["scene"].lower().split()) if d.get("scene") else None
    return Credits(tuple(sections), scene, d.get("music") or None, float(seconds))


def check_credits(prog: Program, files: StoryFiles, strict: bool) -> None:
    """The credits' image and music, and the music room's tracks, should exist: warnings
    like the script's (errors with `strict`), located in game.toml."""
    if files.toml_path is None:
        return
    where = display_path(files.toml_path)
    found: list[Diagnostic] = []
    for file, _title in files.music:  # the music room's tracks
        if prog.audio.find(file) is None:
            line = next((k for k, ln in enumerate(_toml_lines(files.toml_path), 1)
                         if file in ln), 1)
            found.append(Diagnostic(where, line, 1, f"missing audio file '{file}'"
                                    " ([[music]])", "error" if strict else "warning",
                                    "", 1, "W520"))
    cr = files.credits
    if cr is None:
        if strict and found:
            raise ScriptError(found)
        prog.warnings = [*prog.warnings, *found]
        return
    if cr.scene and not prog.images.known(tuple(cr.scene.split())):
        found.append(Diagnostic(where, files.credits_line, 1, f"missing image '{cr.scene}'"
                                " (credits.scene)", "error" if strict else "warning",
                                "", 1, "W521"))
    if cr.music and prog.audio.find(cr.music) is None:
        found.append(Diagnostic(where, files.credits_line, 1, f"missing audio file"
                                f" '{cr.music}' (credits.music)",
                                "error" if strict else "warning", "", 1, "W520"))
    if strict and found:
        raise ScriptError(found)
    prog.warnings = [*prog.warnings, *found]
def _toml_lines(path: Path) -> list[str]:
    try:
        return path.read_text(encoding="utf-8").split("\n")
    except (OSError, UnicodeDecodeError):
        return []


def _scripts(d: Path) -> list[Path]:
    """The .rpy files under the story folder, in path order. A script that is a symbolic
    link (or lies in a linked folder) is refused: the story is what its folder holds."""
    out: list[Path] = []
    linked: list[Path] = []
    for dirpath, dirnames, filenames in os.walk(d):  # does not follow linked folders
        here = Path(dirpath)
        dirnames[:] = sorted(n for n in dirnames if not n.startswith("."))
        linked.extend(here / n for n in dirnames if (here / n).is_symlink()
                      and any((here / n).glob("*.rpy")))
        for fn in filenames:
            if fn.endswith(".rpy"):
                p = here / fn
                if p.is_symlink():
                    linked.append(p)
                elif p.is_file():
                    out.append(p)
    if linked:
        raise ScriptError([Diagnostic(display_path(p), 1, 1, "is a symbolic link; a story's"
                                      " scripts must be files in its folder", "error", "",
                                      1, "E601") for p in sorted(linked)])
    return sorted(out, key=lambda p: p.relative_to(d).as_posix())


def read_sources(files: StoryFiles) -> list[tuple[str, str]]:
    out = []
    for p in files.scripts:
        try:
            raw = read_limited(p, MAX_SCRIPT_BYTES)
        except OSError as exc:
            raise ScriptError([Diagnostic(display_path(p), 1, 1, f"cannot be read: {exc}",
                                          "error", "", 1, "E602")]) from None
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ScriptError([Diagnostic(display_path(p), 1, 1,
                                          f"not UTF-8 text ({exc.reason} at byte {exc.start})",
                                          "error", code="E605")]) from None
        out.append((display_path(p), text.replace("\r\n", "\n")))
    return out


def load_project(story_dir: str | os.PathLike[str] | None = None, *, strict: bool = False,
                 use_cache: bool = True) -> Program:
    """Find, read, parse and check a story. Raises ScriptError listing every error."""
    files = find_story(story_dir)
    use_game_id(files.identity.id)  # its cache folder
    if not files.scripts:
        raise ScriptError([Diagnostic(display_path(files.story_dir), 1, 1,
                                      "no .rpy files in this folder", "error",
                                      code="E604")])
    sources = read_sources(files)
    if files.toml_path is None:  # a Ren'Py project: config.name is its title
        files.title, files.version = renpy_title(sources, files.title)
    images = ImageIndex(scan_images(str(files.images_dir) if files.images_dir else None))
    found = scan_audio(str(files.audio_dir) if files.audio_dir else None)
    if files.toml_path is None:  # a Ren'Py game folder: play "x.ogg" means game/x.ogg too
        found = {**scan_audio(str(files.story_dir)), **found}
    audio = AudioIndex(found)
    where = (display_path(files.toml_path), files.chapters_line) if files.toml_path else None
    kwargs = dict(images=images, audio=audio, strict=strict, start=files.start,
                  title=files.title, chapters=files.chapters, chapters_where=where)
    if use_cache:
        from .story_cache import cached_load

        prog = cached_load(sources, **kwargs)
    else:
        from ..script.loader import load_story  # the parser: imported only to parse

        prog = load_story(sources, **kwargs)  # type: ignore[arg-type]
    if files.translations:
        note_translations(prog, files)
    _place_image_files(prog, files)
    prog_files = files
    prog.story_files = prog_files  # type: ignore[attr-defined]
    prog.identity = files.identity  # type: ignore[attr-defined]
    prog.credits = files.credits
    check_credits(prog, files, strict)
    return prog


_CONFIG_RE: Final = re.compile(
    r"""^define\s+config\.(name|version)\s*=\s*(?:_\(\s*)?(?:"([^"\\\n]*)"|'([^'\\\n]*)')""",
    re.M)


def renpy_title(sources: list[tuple[str, str]], fallback: str) -> tuple[str, str]:
    """`define config.name = _("...")` and config.version, as a Ren'Py project sets
    them (read as text: the define itself is skipped)."""
    found: dict[str, str] = {}
    for _path, text in sources:
        if "config." not in text:
            continue
        for m in _CONFIG_RE.finditer(text):
            value = m.group(2) if m.group(2) is not None else m.group(3)
            found.setdefault(m.group(1), value)
    return found.get("name") or fallback, found.get("version", "")


def note_translations(prog: Program, files: StoryFiles) -> None:
    """A Ren'Py project's tl/ folder: its dialogue and strings blocks are matched to our
    lines (game/i18n/renpy_tl.py, used when a reader picks the language); one warning
    for what matched nothing and is skipped."""
    from ..i18n.renpy_tl import read_tl, tl_languages

    unmatched: list[tuple[str, int, str]] = []
    matched = 0
    for lang in tl_languages(files.story_dir):
        res = read_tl(files.story_dir, lang, prog)
        matched += len(res.strings)
        unmatched.extend(res.unmatched)
    # files outside tl/LANG/ folders (tl/None/, loose files) are not translations we read
    stray = [p for p in files.translations if len(p.relative_to(files.story_dir).parts) < 3
             or p.relative_to(files.story_dir).parts[1] not in tl_languages(files.story_dir)]
    unmatched.extend((display_path(p), 1, "not in a tl/LANG folder") for p in stray)
    if not unmatched:
        return
    langs = {p.relative_to(files.story_dir).parts[1] for p in files.translations
             if len(p.relative_to(files.story_dir).parts) > 2}
    n = len(unmatched)
    in_files = {path for path, _line, _why in unmatched}
    path, line, why = unmatched[0]
    prog.warnings.insert(0, Diagnostic(
        display_path(files.story_dir / "tl"), 1, 1,
        f"skipped the tl/ folder's translations that match no line: {n} of"
        f" {n + matched} ({len(in_files)} file{'s' if len(in_files) != 1 else ''},"
        f" {len(langs)} language{'s' if len(langs) != 1 else ''}), starting with"
        f" {path}:{line}: {why}", "warning", "", 1, "W700"))
    prog.skipped = dict(prog.skipped)
    prog.skipped["tl/ folder"] = (n, len(in_files))


def _place_image_files(prog: Program, files: StoryFiles) -> None:
    """`image x = "file.png"` names a file in the story's images folder (the loader
    refused absolute paths and '..'), never one found from the working folder."""
    base = files.images_dir or files.story_dir.absolute()
    story = files.story_dir.absolute()
    named: list[tuple[tuple[str, ...], str]] = []
    for name, value in list(prog.images.files.items()):
        if not value.startswith("#") and not os.path.isabs(value):
            if "." not in os.path.basename(value) and "/" not in value:
                named.append((name, value))  # `image x = "other image"`: Ren'Py's name
                continue
            path = base / value
            if not path.exists() and (story / value).exists():
                path = story / value  # Ren'Py looks in the game folder, then images/
            prog.images.files[name] = str(path)
    for name, value in named:
        target = prog.images.files.get(tuple(value.lower().split()))
        if target is not None and (target.startswith("#") or os.path.isabs(target)):
            prog.images.files[name] = target
        else:
            prog.images.files[name] = str(base / value)


def source_line_reader() -> Any:
    """A function (path, line) -> the line's text, for runtime error messages."""
    cache: dict[str, list[str]] = {}

    def read(path: str, line: int) -> str:
        if path not in cache:
            try:
                cache[path] = Path(path).read_text(encoding="utf-8").split("\n")
            except OSError:
                cache[path] = []
        lines = cache[path]
        return lines[line - 1] if 1 <= line <= len(lines) else ""

    return read


class _ImagesOnFirstUse(ImageIndex):
    """The art folder's ImageIndex, scanned when first looked in (by the image worker,
    after the first frame) rather than before the window opens; `root` gives the folder
    then (it is named in game.toml, which is read then too)."""

    def __init__(self, root: Callable[[], Path | None]) -> None:  # not the dataclass's
        self._root = root

    def __getattr__(self, name: str) -> Any:
        if name not in ("files", "by_tag"):
            raise AttributeError(name)
        root = self._root()
        index = ImageIndex(scan_images(str(root) if root else None))
        self.files, self.by_tag = index.files, index.by_tag
        return getattr(index, name)


class LazyProgram:
    """A story loaded on first use. The title screen's first frame needs none of it, so
    the window opens while the parser is still unimported, and game.toml unread (a
    missing folder is reported at once; a bad game.toml when the story loads, as a bad
    script is); `images` (what our art folder holds) is there from the start for the
    title's key art."""

    def __init__(self, story_dir: str | os.PathLike[str] | None = None) -> None:
        self._dir = story_dir
        self._program: Program | None = None
        self.story_dir = story_folder(story_dir)  # (its translations are found before
        self.images: ImageIndex = _ImagesOnFirstUse(self._images_dir)  # it loads)
        self.identity = story_identity(story_dir)  # the title's first frame shows it
        use_game_id(self.identity.id)

    def _images_dir(self) -> Path | None:
        try:
            return find_story(self._dir).images_dir
        except ScriptError:  # reported by the story's load
            return None

    @property
    def loaded(self) -> bool:
        return self._program is not None

    def get(self) -> Program:
        if self._program is None:
            self._program = load_project(self._dir)
            self.images = self._program.images
        return self._program

    def __getattr__(self, name: str) -> Any:
        return getattr(self.get(), name)
