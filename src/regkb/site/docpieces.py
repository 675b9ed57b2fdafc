"""Each document's share of a whole-corpus file of the site, kept between builds as data (regkb#16).

The site's search index and the graph page's data (``graph.json``, ``graph-data.js`` and the node and edge
CSV files) are made for the whole corpus on every build, although after one changed regulation almost every
document's part of them is the last build's. Their makers (:mod:`regkb.site.search`, :mod:`regkb.site.graphpage`)
cut them into one piece per document and keep each piece here under a hash of everything that piece was made
from: the code, the document's objects (their ``repr``: every field), and what the piece reads of other
documents (an actor's label, a term's wording, a page's address). A piece seen before is read back; the file
assembled from the pieces is the full build's, byte for byte (the tests compare them).

The pieces live in a directory of regkb's scratch space beside the site (``<site>.search-pieces/``,
``<site>.graph-pieces/``), one file per piece, named by its key, holding JSON (plain data, never code) signed
like the parse cache (:mod:`regkb.signing`: a file altered, cut short or written elsewhere is a miss). A build
writes the pieces it made and removes those it did not use, so the directory holds one build's pieces.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ..signing import SignatureError, key_or_ephemeral, seal, unseal


def digest(*parts: str) -> str:
    """A SHA-256 (hex) of ``parts``, each ended by a NUL (so that no two lists of parts share a digest)."""
    h = hashlib.sha256()
    for p in parts:
        h.update(p.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()


class DocPieces:
    """Plain-data pieces kept in ``directory`` under their keys, signed for ``purpose``."""

    def __init__(self, directory: Path, purpose: str) -> None:
        self.directory = directory
        self.purpose = purpose
        self.key = key_or_ephemeral()
        self.used: set[str] = set()
        self.made = 0  # pieces made in this build (the others were read back)

    def get(self, key: str) -> Any:
        """The value kept under ``key``, or None (none kept, or it fails its signature or is not JSON); kept by the
        next :meth:`prune` either way."""
        self.used.add(key)
        path = self.directory / key
        try:
            data = unseal(path.read_bytes(), self.purpose, path, key=self.key)
            return json.loads(data.decode("utf-8", "surrogatepass"))
        except (OSError, SignatureError, ValueError):
            return None

    def put(self, key: str, value: Any) -> None:
        """Keep ``value`` (plain data) under ``key``, signed (a file that cannot be written is not kept: the next
        build makes the piece again)."""
        from ..store import write_file

        self.used.add(key)
        self.made += 1
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8", "surrogatepass")
        with contextlib.suppress(OSError):
            self.directory.mkdir(parents=True, exist_ok=True)
            # a cache: not synced to disk; a piece cut short by a crash fails its signature, a miss
            write_file(self.directory / key, seal(text, self.purpose, key=self.key), durable=False)

    def prune(self) -> None:
        """Remove the pieces (and left-over temporary files) this build did not use."""
        with contextlib.suppress(OSError):
            for entry in os.scandir(self.directory):
                if entry.name not in self.used:
                    with contextlib.suppress(OSError):
                        os.unlink(entry.path)


def by_document(documents: Sequence[Any], lists: Sequence[Sequence[Any]]) -> dict[str, list[list[Any]]] | None:
    """Each document's share of each list in ``lists`` (:func:`regkb.graph.shares_by_document`), if moreover no
    document id holds a ``/`` (ids are ``<document>/<eId>``: a document's objects are then those whose ids start with
    its id and a slash, which the site's pieces rely on when they look objects up); else None."""
    from ..graph import shares_by_document

    if any("/" in d.id for d in documents):
        return None
    return shares_by_document(documents, lists)


def by_prefix(table: dict[str, Any]) -> dict[str, list[tuple[str, Any]]]:
    """The entries of a table keyed by global ids (``<document>/<eId>``), grouped by document, each document's in
    key order."""
    out: dict[str, list[tuple[str, Any]]] = {}
    for key in sorted(table):
        out.setdefault(key.partition("/")[0], []).append((key, table[key]))
    return out


SHARED_LISTS = ("articles", "definitions", "obligations", "sanctions", "blocks", "term_uses", "references")


class DocumentShares:
    """Each document's share of the model's lists that the site's per-document pieces are made from
    (:data:`SHARED_LISTS`), and a digest of each share's ``repr`` (every field of every object: the records are
    frozen dataclasses), made once a build and used by every kind of piece. ``groups`` is None when the lists are
    not grouped by document (see :func:`by_document`): then no piece is used."""

    def __init__(self, kb: Any) -> None:
        self.groups = by_document(kb.documents, [getattr(kb, name) for name in SHARED_LISTS])
        self._digests: dict[str, str] = {}

    def part(self, document: str, name: str) -> list[Any]:
        """The objects of list ``name`` of ``document`` (``groups`` must not be None)."""
        assert self.groups is not None
        return self.groups[document][SHARED_LISTS.index(name)]

    def digest(self, document: str) -> str:
        """A hash of the ``repr`` of every object of the document's shares."""
        assert self.groups is not None
        got = self._digests.get(document)
        if got is None:
            got = self._digests[document] = digest(*(repr(lst) for lst in self.groups[document]))
        return got

    def own(self, document: str) -> bool:
        """Whether every object of the document's shares (and every paragraph and item of its articles) has an id,
        and a provision where it has one, in the document's namespace (``<document>/...``): what the pieces look up
        by those ids is then the document's."""
        ns = document + "/"
        assert self.groups is not None
        for lst in self.groups[document]:
            for x in lst:
                if not (str(getattr(x, "id", ns)).startswith(ns) and str(getattr(x, "provision", ns)).startswith(ns)):
                    return False
        return all(p.id.startswith(ns) and all(it.id.startswith(ns) for it in p.items)
                   for a in self.part(document, "articles") for p in a.paragraphs)
