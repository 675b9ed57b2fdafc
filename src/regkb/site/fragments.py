"""The site's JSON download (``kb.to_json()``) made from cached fragments, one per record (regkb#16).

``kb.to_json()`` dumps every record of the model to plain data and encodes it with Python's indenting
JSON encoder, which is pure Python: about 1.9 s of CPU at 300 regulations, on every build. After one
changed regulation, only a few records differ from the last build's. Here each record of the long
lists (articles, obligations, term uses, ...) is encoded alone, indented as it sits in the whole
document, and kept under a key made of its ``repr``: the records are frozen dataclasses whose ``repr``
shows every field (nested records included), and their ``dump`` is a function of those fields, so one
``repr`` gives one fragment. The document is the fragments joined in the model's order; the short
lists (documents, laws, diagnostics, changes, ...) are encoded every time. The result is
``kb.to_json()`` byte for byte (tests/test_page_cache.py compares them on several corpora and edits).

The fragments are kept in a JSON file beside the site (``<site>.json-fragments.json`` in regkb's
scratch directory) with a hash of the code that makes them; a file of other code, or one that cannot
be read, is ignored. Only the fragments of the current build are written back (to a temporary file
renamed into place), so the file holds one build's download at most. A fragment is found by content,
so a file left from any earlier build can make a download no different from a full build's.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any

from .docpieces import SHARED_LISTS, DocumentShares, digest

MAX_BYTES = 8 << 30  # a state file larger than this is not read (it was not written by regkb)
# the long lists of records whose fragments are kept; every other key of kb.to_dict() is encoded each time
CACHED = frozenset({"chapters", "sections", "articles", "blocks", "definitions", "term_uses", "actors",
                    "obligations", "references", "statements", "sanctions"})


def _encode(value: Any, level: int) -> str:
    """``value`` as ``kb.to_json`` writes it at nesting ``level`` (indent 1: the lines after the first shifted
    by ``level`` spaces; a newline inside a string is written as the escape ``\\n``, never as a newline)."""
    text = json.dumps(value, ensure_ascii=False, indent=1, sort_keys=False, default=str)
    return text.replace("\n", "\n" + " " * level) if level else text


def _parts(kb: Any) -> list[tuple[str, Any, bool]]:
    """(key, value, cached) in the order of ``kb.to_dict()``: for a cached key the value is the records,
    else the plain data."""
    from ..parsed import SCHEMA_VERSION, _doc_dump

    out: list[tuple[str, Any, bool]] = [("schema_version", SCHEMA_VERSION, False),
                                        ("documents", [_doc_dump(d) for d in kb.documents], False)]
    for key in ("chapters", "sections", "articles", "blocks", "definitions", "term_uses", "actors", "obligations",
                "references", "laws", "bodies", "statements", "sanctions", "dropped", "diagnostics"):
        records = getattr(kb, key)
        out.append((key, records, True) if key in CACHED else (key, [r.dump() for r in records], False))
    out.extend((key, value, False) for key, value in kb._changes_dict().items())
    return out


def code_version() -> str:
    """A hash of the code that makes the fragments: this module, the model, its dumps and regkb's version."""
    from ..version import __version__

    here = Path(__file__).resolve()
    h = hashlib.sha256(f"regkb {__version__} json-fragments 1\n".encode())
    for p in (here, *(here.parent.parent / name for name in ("model.py", "parsed.py", "kb.py"))):
        h.update(p.name.encode() + b" " + hashlib.sha256(p.read_bytes()).hexdigest().encode() + b"\n")
    return h.hexdigest()


class Fragments:
    """Text fragments of a download kept from the last build (content-addressed: key -> text), and the ones
    this build used. ``get(key, make)`` returns the last build's text for ``key`` or makes it."""

    def __init__(self, path: Path, code: str | None = None) -> None:
        self.path = path
        self.code = code or code_version()
        self.old: dict[str, str] = {}
        self.used: dict[str, str] = {}
        self.made = 0  # fragments made in this run (the others came from the last build)
        with contextlib.suppress(OSError, ValueError, TypeError, KeyError):
            if path.stat().st_size <= MAX_BYTES:
                data = json.loads(path.read_text(encoding="utf-8"))
                if data["code"] == self.code and isinstance(data["fragments"], dict):
                    self.old = data["fragments"]

    def get(self, key: str, make: Callable[[], str]) -> str:
        """The fragment under ``key``: this build's, else the last build's, else ``make()`` (then kept)."""
        text = self.used.get(key)
        if text is None:
            text = self.old.get(key)
            if not isinstance(text, str):
                text = make()
                self.made += 1
            self.used[key] = text
        return text

    def save(self) -> None:
        """Write this build's fragments (to a temporary file renamed into place) and let go of them."""
        tmp = self.path.with_name(self.path.name + ".tmp")
        try:
            with open(tmp, "w", encoding="utf-8") as fh:
                json.dump({"code": self.code, "fragments": self.used}, fh, ensure_ascii=False)
            os.replace(tmp, self.path)
        except (OSError, UnicodeError, ValueError):  # not kept: the next build makes every fragment again
            tmp.unlink(missing_ok=True)
        self.old, self.used = {}, {}


def _record_json(record: Any) -> str:
    return _encode(record.dump(), 2)  # a record of a list of the top-level object: nesting level 2


def _key(record: Any) -> str:
    return hashlib.sha256(repr(record).encode("utf-8", "surrogatepass")).hexdigest()


def _share_json(records: list[Any]) -> str:
    return ",\n  ".join(_record_json(r) for r in records)


def to_json(kb: Any, fragments: Fragments, shares: DocumentShares | None = None) -> str:
    """``kb.to_json()``, byte for byte, with the records' fragments from ``fragments``. With ``shares`` (each
    document's share of the model's lists and a hash of their ``repr``: :class:`regkb.site.docpieces.DocumentShares`),
    the records of a list it holds are kept one fragment per document, under that hash and the list's name, so no
    record's ``repr`` is made again."""
    items = []
    by_doc = shares is not None and shares.groups is not None
    for key, value, cached in _parts(kb):
        if cached and by_doc and key in SHARED_LISTS:
            assert shares is not None
            frags = [fragments.get(digest("document", key, shares.digest(d.id)),
                                   functools.partial(_share_json, shares.part(d.id, key)))
                     for d in kb.documents if shares.part(d.id, key)]
            text = "[\n  " + ",\n  ".join(frags) + "\n ]" if frags else "[]"
        elif cached:
            frags = [fragments.get(_key(r), functools.partial(_record_json, r)) for r in value]
            text = "[\n  " + ",\n  ".join(frags) + "\n ]" if frags else "[]"
        else:
            text = _encode(value, 1)
        items.append(f"{json.dumps(key, ensure_ascii=False)}: {text}")
    fragments.old = {}  # let go of the last build's fragments that this one did not use
    return "{\n " + ",\n ".join(items) + "\n}\n"
