"""Export formats: one function per format, each returning the whole output as text."""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Callable, Iterable, Iterator
from typing import IO, TYPE_CHECKING, Protocol

from .errors import RegkbError
from .ntchunks import content_pieces, subject_chunks

if TYPE_CHECKING:
    from .kb import KnowledgeBase


def _json(kb: KnowledgeBase) -> str:
    return kb.to_json()


def _ox(kb: KnowledgeBase, fmt: str, prefixes: dict[str, str] | None = None) -> str:
    """The graph's triples written by Oxigraph's serialiser (in sorted order, so the bytes are deterministic)."""
    return kb._graphs.serialize(fmt, prefixes).decode("utf-8")


def _nt(kb: KnowledgeBase) -> str:
    """Sorted N-Triples: the graphs hold them sorted already (see Graphs.nt)."""
    return _ox(kb, "N_TRIPLES")


def _ttl(kb: KnowledgeBase) -> str:
    from .vocab import PREFIXES

    return _ox(kb, "TURTLE", PREFIXES)


def _jsonld(kb: KnowledgeBase) -> str:
    """JSON-LD in expanded form (full IRIs, one object per subject), as Oxigraph writes it."""
    return _ox(kb, "JSON_LD")


def _graphml(kb: KnowledgeBase) -> str:
    from .graph import graphml_text

    return graphml_text(kb.graph)


CSV_COLUMNS = ("id", "document", "article", "provision", "bearer", "modality", "action", "condition", "text",
               "start", "end", "applies_to")


def _csv(kb: KnowledgeBase) -> str:
    """The obligation register: one row per obligation, quoted from the source."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(CSV_COLUMNS)
    for o in kb.obligations:
        bearer = "; ".join(kb.actor(a).label if a in kb._by_id else a for a in o.actors)
        w.writerow([o.id, o.document, o.article, o.provision, bearer, o.modality, o.action, o.condition_text or "",
                    o.text, o.span.start, o.span.end, "everyone" if o.universal else ""])
    return out.getvalue()


# format name -> (renderer, one-line description). Later stages add their formats here.
EXPORTERS: dict[str, tuple[Callable[[KnowledgeBase], str], str]] = {
    "json": (_json, "the whole knowledge base as one JSON document (the documented contract)"),
    "ttl": (_ttl, "the linked graph as RDF Turtle (ELI, SKOS, PROV-O, LegalRuleML)"),
    "nt": (_nt, "the linked graph as sorted N-Triples"),
    "jsonld": (_jsonld, "the linked graph as JSON-LD"),
    "graphml": (_graphml, "the networkx graph as GraphML (for Gephi, yEd, Cytoscape)"),
    "csv": (_csv, "the obligation register: one row per obligation (article, bearer, modality, action, ...)"),
}


#: formats Oxigraph writes from the graph's N-Triples (bytes already: see render_bytes)
RDF_FORMATS = {"nt": ("N_TRIPLES", False), "ttl": ("TURTLE", True), "jsonld": ("JSON_LD", False)}


def _turtle_body(part: bytes) -> int:
    """Where a Turtle piece's statements begin: after the prefixes Oxigraph opens every piece with."""
    at = 0
    while part.startswith(b"@prefix ", at):
        at = part.index(b"\n", at) + 1
    return at


class PieceMemo(Protocol):
    """Oxigraph's outputs for pieces of N-Triples kept from an earlier build, by the key :func:`piece_key` gives."""

    def get(self, key: str) -> dict[str, bytes] | None:
        """The outputs kept for ``key`` (format -> bytes), or None."""
        ...

    def put(self, key: str, outputs: dict[str, bytes]) -> None:
        """Keep ``outputs`` under ``key`` for the next build."""
        ...


def piece_key(piece: bytes, fmts: Iterable[str]) -> str:
    """What decides a piece's outputs: its N-Triples, the formats, the prefixes Turtle uses and Oxigraph's version."""
    import pyoxigraph as ox

    from .vocab import PREFIXES

    h = hashlib.sha256(f"rdf piece 1 {ox.__version__} {sorted(PREFIXES.items())!r} {list(fmts)!r}\n".encode())
    h.update(piece)
    return h.hexdigest()


def rdf_downloads(kb: KnowledgeBase, fmts: Iterable[str], memo: PieceMemo | None = None) -> dict[str, bytes]:
    """Several RDF downloads (of ``ttl``, ``jsonld``, ``nt``) from one reading of the graph's N-Triples: the
    same bytes as :func:`render_bytes` gives for each (tested), at about the cost of the one parse plus
    Oxigraph writing each format (regkb#16; the parse was most of each download). The N-Triples are parsed
    in pieces of whole subjects, each piece written in every format and the pieces joined as Oxigraph joins
    them: Turtle's prefixes once; JSON-LD's top-level objects in one list. The pieces are small (see
    :data:`regkb.ntchunks.CHUNK_BYTES`), so memory is the downloads themselves.

    With a ``memo`` (the site's, :class:`regkb.site.rdfpieces.RdfPieces`), the pieces are cut where their content
    says (:func:`regkb.ntchunks.content_pieces`) and a piece whose N-Triples an earlier build wrote already takes
    its outputs from the memo instead of Oxigraph: after an edit to one document, most pieces are unchanged."""
    wanted = list(dict.fromkeys(fmts))
    unknown = [f for f in wanted if f not in RDF_FORMATS]
    if unknown:
        raise ValueError(f"not an RDF format: {', '.join(unknown)}; choose among {', '.join(sorted(RDF_FORMATS))}")
    out: dict[str, bytes] = {}
    if "nt" in wanted:
        out["nt"] = render_bytes(kb, "nt")
    written = [f for f in wanted if f != "nt"]
    if not written:
        return {f: out[f] for f in wanted}
    graphs = kb._graphs
    source = graphs._nt_input() if graphs._triples is None and graphs._nt is not None else graphs.nt()
    bufs: dict[str, list[bytes | memoryview]] = {f: [] for f in written}  # joined once at the end: one copy
    from .incremental import gc_paused

    with gc_paused():  # a piece is thousands of short-lived terms, freed by reference counting; the cyclic
        for f, part in _pieces(source, written, memo):  # collector would walk the whole knowledge base for them
            buf = bufs[f]
            if f == "jsonld":  # "[{...},{...}]": the objects of every piece in one list
                if not (part.startswith(b"[") and part.endswith(b"]")):
                    raise RegkbError(f"unexpected JSON-LD from Oxigraph: {part[:40]!r}...{part[-40:]!r}")
                if len(part) > 2:
                    buf.append(b"," if buf else b"[")
                    buf.append(memoryview(part)[1:-1])  # no copy of the piece
            else:
                buf.append(memoryview(part)[_turtle_body(part) if buf else 0:])
    for f in written:
        if f == "jsonld":
            parts = bufs.pop(f)  # no statement at all: as Oxigraph writes it
            out[f] = b"".join([*parts, b"]"]) if parts else render_bytes(kb, f)
        else:
            out[f] = b"".join(bufs.pop(f))
    return {f: out[f] for f in wanted}


def _pieces(source: bytes | IO[bytes], fmts: list[str], memo: PieceMemo | None = None) -> Iterator[tuple[str, bytes]]:
    """(format, Oxigraph's output for one piece of whole subjects), piece by piece, each piece parsed once, or
    taken from ``memo``."""
    if memo is None:
        for chunk in subject_chunks(source):
            yield from _piece_outputs(chunk, fmts).items()
        return
    for chunk in content_pieces(source):
        key = piece_key(chunk, fmts)
        outputs = memo.get(key)
        if outputs is None or set(outputs) not in (set(), set(fmts)):  # a wrong shape: made again
            outputs = _piece_outputs(chunk, fmts)
            memo.put(key, outputs)
        yield from outputs.items()


def _piece_outputs(chunk: bytes, fmts: list[str]) -> dict[str, bytes]:
    """Oxigraph's output in each format for one piece of whole subjects (nothing for a piece without statements)."""
    import pyoxigraph as ox

    from .graph import NT_LENIENT
    from .vocab import PREFIXES

    triples = list(ox.parse(chunk, format=ox.RdfFormat.N_TRIPLES, lenient=NT_LENIENT))
    if not triples:
        return {}
    out = {}
    for f in fmts:
        ox_fmt, with_prefixes = RDF_FORMATS[f]
        out[f] = bytes(ox.serialize(triples, format=getattr(ox.RdfFormat, ox_fmt),
                                    prefixes=PREFIXES if with_prefixes else None) or b"")
    return out


def render_bytes(kb: KnowledgeBase, fmt: str) -> bytes:
    """:func:`render` as UTF-8 bytes; the RDF formats without a detour through ``str`` (no two copies of a
    large download in memory at once, regkb#16)."""
    if fmt in RDF_FORMATS:
        ox_fmt, with_prefixes = RDF_FORMATS[fmt]
        from .vocab import PREFIXES

        return kb._graphs.serialize(ox_fmt, PREFIXES if with_prefixes else None)
    return render(kb, fmt).encode("utf-8")


def render(kb: KnowledgeBase, fmt: str) -> str:
    """The knowledge base written in ``fmt`` (one of :data:`EXPORTERS`) as text; an unknown format raises
    ``ValueError``."""
    try:
        fn, _ = EXPORTERS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(sorted(EXPORTERS))}") from None
    return fn(kb)
