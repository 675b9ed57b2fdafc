"""Read a corpus directory: source files with their frontmatter, and the registries.

A corpus is a directory of ``*.md`` / ``*.txt`` files (each one document), plus
``laws.yaml`` (the laws texts cite) and, optionally, ``bodies.yaml`` (authorities).
See ``corpus/README.md`` for the format.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from . import safeyaml, textcodec
from .errors import RegkbError, error_at
from .model import Body, Diagnostic, Law

MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_FRONTMATTER_BYTES = 256 * 1024
MAX_REGISTRY_BYTES = 4 * 1024 * 1024
MAX_UNKNOWN_VALUE = 1_000  # characters of an unknown frontmatter key's value that are kept
SOURCE_SUFFIXES = (".md", ".txt", ".markdown")
REGISTRY_FILES = ("laws.yaml", "bodies.yaml", "alignment.yaml")
SKIP_FILES = ("README.md",)
DOC_KINDS = ("regulation", "commentary")

# key -> (expected type, description). Dates are YAML dates (2023-01-10).
FRONTMATTER_KEYS: dict[str, tuple[type | tuple[type, ...], str]] = {
    "id": (str, "document id (default: the file name without extension)"),
    "kind": (str, "regulation (default) or commentary"),
    "title": (str, "title (title_en is read when title is absent)"),
    "title_en": (str, "English title"),
    "title_zh": (str, "Chinese title"),
    "short_title": (str, "short name used in citations"),
    "hierarchy": (str, "level in the legal hierarchy: law, regulation, rule, ..."),
    "issuing_body": (str, "issuing bodies, comma separated"),
    "document_number": (str, "document number, e.g. Order No. 12"),
    "adopted_date": (dt.date, "date of adoption"),
    "promulgated_date": (dt.date, "date of promulgation"),
    "published_date": (dt.date, "date of publication"),
    "released_date": (dt.date, "date a draft was released for comment"),
    "effective_date": (dt.date, "date of entry into force"),
    "comment_deadline": (dt.date, "end of the public comment period of a draft"),
    "status": (str, "effective, draft, repealed, ..."),
    "work": (str, "id of the work this document is a version of (default: its own id)"),
    "version_of": (str, "alias of work"),
    "comments_on": (str, "for a commentary: id of the document it discusses"),
    "related_laws": (list, "ids from laws.yaml"),
    "domains": (list, "subject areas"),
    "url": (str, "where the text was taken from"),
    "summary": (str, "a short summary (not law)"),
    "author": (str, "author of a commentary"),
    "language": (str, "language code"),
    "source": (str, "where the text came from"),
    "law": (str, "id from laws.yaml of the law whose text this document is"),
    "original": (list, "the file(s) `regkb add` imported ('sources/<id>/<file> sha256:<hex>')"),
    "converter": (str, "the library (and version) that read the original"),
}
ID_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{0,99}$")
_FRONTMATTER_END = re.compile(r"^---[ \t]*$", re.MULTILINE)
_REGISTRY_ENTRY = re.compile(r"^\s*-\s+id\s*:", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class SourceFile:
    """One corpus file, decoded. ``text`` is the whole file with newlines normalised to LF."""

    path: str  # relative to the corpus, forward slashes
    text: str
    sha256: str  # of the raw bytes
    frontmatter: dict[str, Any]
    body_offset: int  # index in ``text`` where the body (after the frontmatter) starts
    diagnostics: tuple[Diagnostic, ...] = field(default=())

    def line_col(self, offset: int) -> tuple[int, int]:
        """1-based line and column of a character offset."""
        line = self.text.count("\n", 0, offset) + 1
        col = offset - (self.text.rfind("\n", 0, offset) + 1) + 1
        return line, col


def doc_id_for(path: Path, frontmatter: dict[str, Any]) -> str:
    """A document's id: its frontmatter ``id``, else the file name without its suffix."""
    return str(frontmatter.get("id") or path.stem)


def read_source(path: Path, root: Path) -> SourceFile:
    """Read and decode one file, split off its frontmatter; raise RegkbError on bad input."""
    rel = path.relative_to(root).as_posix()
    try:
        st = path.stat()
    except OSError as exc:
        raise error_at(rel, 0, 0, f"cannot read the file: {exc.strerror}", "check that it exists and is readable") from exc
    if not stat.S_ISREG(st.st_mode):
        raise _error(_not_regular(rel))
    size = st.st_size
    if size > MAX_FILE_BYTES:
        raise error_at(
            rel, 0, 0,
            f"the file is {size / 1048576:.1f} MB; regkb reads source files of up to {MAX_FILE_BYTES // 1048576} MB",
            "a single regulation is far smaller: check that this is the right file, or split it into one file per document",
            "too-large",
        )
    try:
        with open(path, "rb") as fh:
            raw = fh.read(MAX_FILE_BYTES + 1)  # bounded even if the file grows meanwhile
    except OSError as exc:
        raise error_at(rel, 0, 0, f"cannot read the file: {exc.strerror}", "check its permissions") from exc
    if len(raw) > MAX_FILE_BYTES:
        raise error_at(rel, 0, 0, f"the file grew past {MAX_FILE_BYTES // 1048576} MB while it was read",
                       "read it again when it is complete", "too-large")
    diags: list[Diagnostic] = []
    if not raw.strip():
        raise error_at(rel, 1, 1, "the file is empty", "remove it or put the text of a document in it", "empty")
    try:
        decoded = textcodec.decode(raw)
    except UnicodeDecodeError as exc:  # a UTF-16 mark on bytes that are not UTF-16
        line = raw.count(b"\n", 0, exc.start) + 1
        raise error_at(rel, line, 1, f"the file opens with UTF-16's byte order mark but is not UTF-16 ({exc.reason})",
                       "re-save it as UTF-8", "encoding") from exc
    text = decoded.text
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise error_at(rel, line, 1, "the file is binary (it contains NUL bytes), not text",
                       "convert it to UTF-8 plain text or Markdown first", "binary")
    if decoded.encoding == "utf-8-sig" and not decoded.doubt:
        diags.append(Diagnostic("info", rel, 1, 1, "a UTF-8 byte order mark was removed", "", "bom"))
    elif decoded.doubt:
        diags.append(Diagnostic("warning", rel, 1, 1, textcodec.note("the file", decoded),
                                "check its accented and Chinese characters; re-save it as UTF-8", "encoding-doubt"))
    elif not decoded.is_utf8:
        diags.append(Diagnostic("info", rel, 1, 1, textcodec.note("the file", decoded), "re-save it as UTF-8",
                                "legacy-encoding"))
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        diags.append(Diagnostic("info", rel, 1, 1, "CR or CRLF line ends were read as LF", "", "crlf"))
    frontmatter, body_offset, fm_diags = split_frontmatter(text, rel)
    diags += fm_diags
    return SourceFile(rel, text, hashlib.sha256(raw).hexdigest(), frontmatter, body_offset, tuple(diags))


def split_frontmatter(text: str, rel: str) -> tuple[dict[str, Any], int, list[Diagnostic]]:
    """Parse a leading ``---`` YAML block. Returns (mapping, body offset, diagnostics)."""
    if not text.startswith("---\n") and text.rstrip("\n") != "---":
        return {}, 0, []
    end = _FRONTMATTER_END.search(text[4:])
    if end is None:
        raise error_at(rel, 1, 1, "the frontmatter block opened by '---' on line 1 is never closed",
                       "add a line '---' after the last frontmatter key", "frontmatter")
    block = text[4 : 4 + end.start()]
    body = 4 + end.end()
    if body < len(text) and text[body] == "\n":
        body += 1
    data = safeyaml.load(block, rel, first_line=2, max_bytes=MAX_FRONTMATTER_BYTES, what="frontmatter",
                          code="frontmatter")
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise error_at(rel, 2, 1, "the frontmatter must be a mapping of keys to values",
                       "write it as 'key: value' lines", "frontmatter")
    diags = check_frontmatter(data, block, rel)
    return data, body, diags


def _key_line(block: str, key: str) -> int:
    m = re.search(rf"^{re.escape(str(key))}\s*:", block, re.MULTILINE)
    return block.count("\n", 0, m.start()) + 2 if m else 2


def check_frontmatter(data: dict[str, Any], block: str, rel: str) -> list[Diagnostic]:
    """Check a document's frontmatter (``block`` is its text, ``rel`` the file) and drop unknown or oversized values
    from ``data``; returns the diagnostics."""
    diags: list[Diagnostic] = []
    errors: list[Diagnostic] = []
    for key, value in list(data.items()):
        line = _key_line(block, key)
        if key not in FRONTMATTER_KEYS:
            size = len(repr(value))
            if size > MAX_UNKNOWN_VALUE or not isinstance(key, str):
                del data[key]  # bounded: an unknown key cannot carry a large value into the outputs
                diags.append(Diagnostic("warning", rel, line, 1,
                                        f"unknown frontmatter key {str(key)[:80]!r} is ignored and its value "
                                        f"({size:,} characters) dropped", "see corpus/README.md for the keys "
                                        "regkb reads", "unknown-key"))
                continue
            diags.append(Diagnostic("warning", rel, line, 1, f"unknown frontmatter key {key[:80]!r} is ignored",
                                    "see corpus/README.md for the keys regkb reads", "unknown-key"))
            continue
        expected, what = FRONTMATTER_KEYS[key]
        if value is None:
            continue
        if expected is dt.date:
            if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
                errors.append(Diagnostic("error", rel, line, 1, f"'{key}' ({what}) must be a date, got {value!r}",
                                         "write it as YYYY-MM-DD, unquoted", "bad-type"))
        elif expected is list:
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                errors.append(Diagnostic("error", rel, line, 1, f"'{key}' ({what}) must be a list of strings",
                                         'write it as [a, b] or as "- a" lines', "bad-type"))
        elif not isinstance(value, expected):
            errors.append(Diagnostic("error", rel, line, 1, f"'{key}' ({what}) must be text, got {value!r}",
                                     "quote the value", "bad-type"))
    if not (data.get("title") or data.get("title_en")):
        errors.append(Diagnostic("error", rel, 2, 1, "the frontmatter has no 'title' (or 'title_en')",
                                 "add a line 'title: ...' with the document's title", "missing-key"))
    kind = data.get("kind", "regulation")
    if isinstance(kind, str) and kind not in DOC_KINDS:
        errors.append(Diagnostic("error", rel, _key_line(block, "kind"), 1,
                                 f"'kind' must be one of {', '.join(DOC_KINDS)}, got {kind!r}", "", "bad-value"))
    for key in ("id", "work", "version_of", "comments_on"):
        value = data.get(key)
        if isinstance(value, str) and not ID_RE.match(value):
            errors.append(Diagnostic("error", rel, _key_line(block, key), 1,
                                     f"'{key}' {value!r} is not a valid id",
                                     "use lower-case letters, digits, '.', '_' and '-' only (no '/', '..' or spaces)",
                                     "bad-id"))
    if errors:
        raise RegkbError("", errors)
    return diags


def list_sources(root: Path) -> list[Path]:
    """The document files of a corpus directory, in a stable order; RegkbError if any cannot be read."""
    files, diags = scan(root)
    errors = [d for d in diags if d.severity == "error"]
    if errors:
        raise RegkbError(f"the corpus in {root} has {len(errors)} error(s)", errors)
    return files


def scan(root: Path) -> tuple[list[Path], list[Diagnostic]]:
    """The document files of a corpus directory in a stable order, and what the walk found wrong.

    The walk stays inside the corpus: a symbolic link to anything outside it is not read (a
    warning: it is not published), a dangling link, a directory that cannot be listed and a
    source file that is no regular file (a pipe, a device) are errors. Hidden entries (``.regkb``,
    ``.git``) are skipped, and links to directories are not followed.
    """
    if not root.exists():
        raise error_at(str(root), 0, 0, "the corpus directory does not exist",
                       "pass --corpus with the directory that holds your source files", "no-corpus")
    if not root.is_dir():
        raise error_at(str(root), 0, 0, "the corpus path is not a directory", "pass the directory, not a file", "no-corpus")
    real_root = root.resolve()
    files: list[Path] = []
    diags: list[Diagnostic] = []
    todo = [root]
    while todo:
        d = todo.pop()
        rel_d = d.relative_to(root).as_posix()
        try:
            with os.scandir(d) as it:
                entries = list(it)
        except OSError as exc:
            if d == root:
                raise error_at(str(root), 0, 0, f"cannot list the corpus directory: {exc.strerror}",
                               "check its permissions", "no-corpus") from exc
            diags.append(Diagnostic("error", rel_d + "/", 0, 0, f"cannot list this directory: {exc.strerror}",
                                    "make it readable (chmod), or move it out of the corpus", "unreadable"))
            continue
        if d != root and any(e.name == "regkb-import.json" for e in entries):
            continue  # the originals kept by `regkb add` (their text is the imported document)
        for e in entries:
            if e.name.startswith("."):
                continue
            p = Path(e.path)
            rel = p.relative_to(root).as_posix()
            is_source = p.suffix.lower() in SOURCE_SUFFIXES and e.name not in SKIP_FILES
            try:
                if e.is_symlink():
                    try:
                        target = p.resolve(strict=True)
                    except (OSError, RuntimeError):
                        diags.append(Diagnostic("error", rel, 0, 0, f"a symbolic link to {os.readlink(p)!r}, "
                                                "which does not exist (a dangling link)",
                                                "remove the link or restore what it points to", "dangling-link"))
                        continue
                    if not target.is_relative_to(real_root):
                        diags.append(Diagnostic("warning", rel, 0, 0, f"a symbolic link to {target}, outside the "
                                                "corpus: not read and not published",
                                                "copy the file into the corpus if it belongs there", "link-outside"))
                        continue
                    if target.is_dir():
                        diags.append(Diagnostic("warning", rel, 0, 0, "a symbolic link to a directory: not followed",
                                                "move the directory into place instead", "link-to-dir"))
                        continue
                    if is_source:
                        if target.is_file():
                            files.append(p)
                        else:
                            diags.append(_not_regular(rel))
                    continue
                if e.is_dir(follow_symlinks=False):
                    todo.append(p)
                elif is_source:
                    if e.is_file(follow_symlinks=False):
                        files.append(p)
                    else:
                        diags.append(_not_regular(rel))
            except OSError as exc:
                diags.append(Diagnostic("error", rel, 0, 0, f"cannot read it: {exc.strerror}", "check its permissions",
                                        "unreadable"))
    return sorted(files), diags


def _not_regular(rel: str) -> Diagnostic:
    return Diagnostic("error", rel, 0, 0, "not a regular file (a pipe, socket or device), so it is not read",
                      "replace it with the text file, or remove it", "not-a-file")


def _str_tuple(value: Any) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in value)


def _error(d: Diagnostic) -> RegkbError:
    return RegkbError("", [d])


def read_registry_text(path: Path, rel: str) -> str:
    """The text of a YAML file of the corpus, bounded in size; RegkbError naming the file otherwise.

    The file must be a regular file inside the corpus (the directory that holds it).
    """
    try:
        if path.is_symlink() and not path.resolve().is_relative_to(path.parent.resolve()):
            raise error_at(rel, 0, 0, f"a symbolic link to {path.resolve()}, outside the corpus",
                           "copy the file into the corpus instead of linking to it", "link-outside")
        if not stat.S_ISREG(path.stat().st_mode):
            raise _error(_not_regular(rel))
        with open(path, "rb") as fh:
            raw = fh.read(MAX_REGISTRY_BYTES + 1)
    except OSError as exc:
        raise error_at(rel, 0, 0, f"cannot read the file: {exc.strerror}", "check that it exists and is readable",
                       "registry") from exc
    if len(raw) > MAX_REGISTRY_BYTES:
        raise error_at(rel, 0, 0, f"the file is larger than {MAX_REGISTRY_BYTES // 1048576} MB",
                       "check that this is the right file; registries are small", "too-large")
    try:
        return raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise error_at(rel, line, 1, f"the file is not valid UTF-8 (byte 0x{raw[exc.start]:02x})",
                       "re-save it as UTF-8", "encoding") from exc


def _load_yaml_list(path: Path, root: Path, key: str) -> list[tuple[dict[str, Any], int]]:
    rel = path.relative_to(root).as_posix()
    text = read_registry_text(path, rel)
    data = safeyaml.load(text, rel, max_bytes=MAX_REGISTRY_BYTES, code="registry") or {}
    entries = data.get(key) if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise error_at(rel, 1, 1, f"the registry must have a top-level '{key}:' list", "", "registry")
    lines = [m.start() for m in _REGISTRY_ENTRY.finditer(text)]
    out = []
    for i, entry in enumerate(entries):
        line = text.count("\n", 0, lines[i]) + 1 if i < len(lines) else 1
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str) or not ID_RE.match(entry["id"]):
            raise error_at(rel, line, 1, f"entry {i + 1} of '{key}' needs an 'id' of lower-case letters, digits and '-'",
                           "", "registry")
        out.append((entry, line))
    return out


def load_laws(root: Path) -> tuple[Law, ...]:
    """The laws of ``root``/laws.yaml (empty without the file); a duplicate id or missing title raises ``RegkbError``
    naming its line."""
    path = root / "laws.yaml"
    if not path.exists():
        return ()
    laws: dict[str, Law] = {}
    for entry, line in _load_yaml_list(path, root, "laws"):
        if entry["id"] in laws:
            raise error_at("laws.yaml", line, 1, f"law id '{entry['id']}' is listed twice", "keep one entry", "registry")
        if not isinstance(entry.get("title"), str):
            raise error_at("laws.yaml", line, 1, f"law '{entry['id']}' has no 'title'", "", "registry")
        laws[entry["id"]] = Law(
            id=entry["id"], title=entry["title"], short_names=_str_tuple(entry.get("short_names")),
            aliases=_str_tuple(entry.get("aliases")), kind=str(entry.get("kind", "law")),
            issuer=str(entry.get("issuer", "")), date=str(entry.get("date", "")), note=str(entry.get("note", "")),
        )
    return tuple(sorted(laws.values(), key=lambda law: law.id))


def load_bodies(root: Path) -> tuple[Body, ...]:
    """The authorities of ``root``/bodies.yaml, sorted by id (empty without the file); a bad entry raises
    ``RegkbError`` naming its line."""
    path = root / "bodies.yaml"
    if not path.exists():
        return ()
    bodies = []
    for entry, line in _load_yaml_list(path, root, "bodies"):
        if not isinstance(entry.get("name"), str):
            raise error_at("bodies.yaml", line, 1, f"body '{entry['id']}' has no 'name'", "", "registry")
        bodies.append(Body(entry["id"], entry["name"], _str_tuple(entry.get("abbreviations")),
                           _str_tuple(entry.get("aliases"))))
    return tuple(sorted(bodies, key=lambda b: b.id))
