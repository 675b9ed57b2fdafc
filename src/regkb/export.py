"""Export formats: one function per format, each returning the whole output as text."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .kb import KnowledgeBase


def _json(kb: KnowledgeBase) -> str:
    return kb.to_json()


def _memory_graph(kb: KnowledgeBase) -> Any:
    return kb._graphs.rdf("Memory")


def _nt(kb: KnowledgeBase) -> str:
    from .publish import nt_lines

    return "".join(line + "\n" for line in nt_lines(kb._graphs.triples))


def _ttl(kb: KnowledgeBase) -> str:
    return str(_memory_graph(kb).serialize(format="turtle"))


def _jsonld(kb: KnowledgeBase) -> str:
    from .vocab import PREFIXES

    text = _memory_graph(kb).serialize(format="json-ld", context=dict(PREFIXES, kb=kb.base_iri), auto_compact=True)
    data = json.loads(text)
    nodes = data.get("@graph", [])
    for node in nodes:  # deterministic: sort every multi-valued property
        for k, v in node.items():
            if isinstance(v, list):
                node[k] = sorted(v, key=lambda x: json.dumps(x, sort_keys=True))
    data["@graph"] = sorted(nodes, key=lambda n: n.get("@id", ""))
    return json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True) + "\n"


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
        w.writerow([o.id, o.document, o.article, o.provision, bearer, o.modality, o.action, o.condition or "",
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


def render(kb: KnowledgeBase, fmt: str) -> str:
    try:
        fn, _ = EXPORTERS[fmt]
    except KeyError:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(sorted(EXPORTERS))}") from None
    return fn(kb)
