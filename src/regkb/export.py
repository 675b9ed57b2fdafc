"""Export formats: one function per format, each returning the whole output as text."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from typing import TYPE_CHECKING

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
