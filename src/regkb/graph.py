"""The linked graph: one function turns the knowledge base into a networkx graph and RDF triples.

:func:`build` walks the model once. Every node and edge goes through one :class:`Builder`
call, which writes it to the ``networkx.MultiDiGraph`` *and* to the RDF triples at the same
time, so the two graphs cannot disagree about which nodes and links exist.

Node ids are the ids of the JSON export (``<doc>/art_17__para_1``, ``actor/<slug>``, law and
body registry ids). Every node has ``type``, ``label`` and ``iri`` attributes, plus
``document``, ``start`` and ``end`` when it comes from a span of a source text. Every edge
has a ``kind`` (also its key, so one edge per kind between two nodes).

Adding a node type is one small function appended to :data:`NODE_BUILDERS`.

>>> from regkb import KnowledgeBase
>>> g = build(KnowledgeBase.from_corpus("corpus")).nx
>>> sorted({data["type"] for _, data in g.nodes(data=True)})[:4]
['actor', 'article', 'authority', 'block']
"""

from __future__ import annotations

import json
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

import networkx as nx
import pyoxigraph as ox
from rdflib import Graph, Literal, URIRef
from rdflib.term import Node

from .errors import RegkbError
from .model import Span
from .vocab import DCTERMS, ELI, LRMLMM, OA, PREFIXES, PROV, RDF, RDFS, REGKB, SKOS, XSD

if TYPE_CHECKING:
    from .kb import KnowledgeBase

DEFAULT_BASE = "https://regkb.example/eli/"

# edge kind -> (RDF predicate, written from the target to the source?)
EDGE_PREDICATES: dict[str, tuple[URIRef, bool]] = {
    "has_part": (ELI.has_part, False),  # also written as eli:is_part_of the other way
    "has_block": (DCTERMS.hasPart, False),
    "defines": (RDFS.isDefinedBy, True),  # concept rdfs:isDefinedBy provision
    "uses_term": (REGKB.usesTerm, False),
    "mentions": (REGKB.mentions, False),
    "defined_by": (RDFS.isDefinedBy, False),  # actor rdfs:isDefinedBy concept
    "authority": (REGKB.authority, False),  # actor -> registry authority it names
    "imposes": (DCTERMS.source, True),  # obligation dcterms:source provision
    "bearer": (LRMLMM.hasBearer, False),
    "co_bearer": (REGKB.coBearer, False),
    "makes_reference": (REGKB.makesReference, False),
    "refers_to": (REGKB.target, False),  # reference -> provision / law
    "cites": (ELI.cites, False),  # provision -> provision / law
    "related_law": (ELI.related_to, False),
    "issued_by": (ELI.passed_by, False),
    "comments_on": (REGKB.comments, False),
    # versions, claims and changes (see add_described_documents, add_claims, add_changes)
    "version_of": (ELI.related_to, False),  # described document -> the work's document (see docs/graph.md)
    "claim_in": (DCTERMS.isPartOf, False),  # claim -> commentary block (or the commentary)
    "about": (DCTERMS.subject, False),  # claim -> the document it reports on
    "has_change": (REGKB.hasChange, False),  # claim / older provision -> change
    "changed_to": (REGKB.changedTo, False),  # change -> newer provision
    "change_from": (REGKB.fromDocument, False),  # change -> older version
    "change_to": (REGKB.toDocument, False),  # change -> newer version
}

MODALITY_CLASSES: dict[str, URIRef] = {
    "obligation": LRMLMM.Obligation,
    "prohibition": LRMLMM.Prohibition,
    "permission": LRMLMM.Permission,
    "encouragement": REGKB.Encouragement,
}

_IN_FORCE = {
    "effective": ELI["InForce-inForce"],
    "in-force": ELI["InForce-inForce"],
    "in force": ELI["InForce-inForce"],
    "partially-effective": ELI["InForce-partiallyInForce"],
    "repealed": ELI["InForce-notInForce"],
    "abolished": ELI["InForce-notInForce"],
    "expired": ELI["InForce-notInForce"],
    "draft": ELI["InForce-notInForce"],
    "not-yet-effective": ELI["InForce-notInForce"],
}

Triple = tuple[Node, Node, Node]


@dataclass
class Graphs:
    """What :func:`build` returns: the networkx graph and the RDF triples, built together."""

    nx: nx.MultiDiGraph
    triples: list[Triple]
    base: str
    iris: dict[str, URIRef] = field(default_factory=dict)  # node id -> IRI
    _ox: list[ox.Triple] | None = field(default=None, repr=False, compare=False)  # see ox_triples

    def rdf(self, store: str = "Oxigraph") -> Graph:
        """The triples in an ``rdflib.Graph`` on ``store`` ("Oxigraph" or rdflib's "Memory")."""
        g = Graph(store=store, identifier=URIRef(self.base + "graph"))
        for prefix, ns in PREFIXES.items():
            g.bind(prefix, ns)
        g.bind("kb", self.base)
        if store == "Oxigraph":  # streamed into the store: no list of converted quads (see ox_terms)
            name = ox.NamedNode(str(g.identifier))
            g.store._inner.extend(ox.Quad(s, p, o, name) for s, p, o in ox_terms(self.triples))
        else:
            g.addN((s, p, o, g) for s, p, o in self.triples)
        return g

    def ox_triples(self) -> list[ox.Triple]:
        """The triples as Oxigraph terms, sorted (subjects grouped), for Oxigraph's serialisers.

        Converted once and kept: the site writes three RDF downloads from them."""
        if self._ox is None:
            self._ox = sorted((ox.Triple(s, p, o) for s, p, o in ox_terms(self.triples)), key=str)
        return self._ox


def ox_terms(triples: Iterable[Triple]) -> Iterator[tuple[Any, Any, Any]]:
    """rdflib triples as Oxigraph terms, each distinct term converted once."""
    memo: dict[Node, Any] = {}

    def conv(t: Node) -> Any:
        if isinstance(t, URIRef):
            return ox.NamedNode(t)
        if isinstance(t, Literal):
            if t.language:
                return ox.Literal(str(t), language=t.language)
            return ox.Literal(str(t), datatype=ox.NamedNode(t.datatype) if t.datatype else None)
        return ox.BlankNode(str(t))

    for s, p, o in triples:
        a = memo.get(s)
        if a is None:
            a = memo[s] = conv(s)
        b = memo.get(p)
        if b is None:
            b = memo[p] = conv(p)
        c = memo.get(o)
        if c is None:
            c = memo[o] = conv(o)
        yield a, b, c


class Builder:
    """Writes each node and edge to both graphs at once."""

    def __init__(self, kb: KnowledgeBase, base: str) -> None:
        if not re.match(r"^[a-z][a-z0-9+.-]*://\S+[/#]$", base):
            raise RegkbError(f"bad base IRI {base!r}: give an absolute IRI ending with '/' or '#', "
                             "e.g. https://regkb.example/eli/")
        self.kb = kb
        self.base = base
        self.g = nx.MultiDiGraph(base=base)
        self.triples: list[Triple] = []
        self._seen: set[Triple] = set()
        self.iris: dict[str, URIRef] = {}

    # --- identifiers ---------------------------------------------------------------------

    def iri_for(self, node_id: str, ntype: str) -> URIRef:
        path = node_id.replace("__", "/")
        if ntype == "law":
            path = "law/" + path
        elif ntype == "authority":
            path = "body/" + path
        return URIRef(self.base + quote(path, safe="/-_.~:"))

    def _t(self, s: Node, p: Node, o: Node) -> None:
        t = (s, p, o)
        if t not in self._seen:
            self._seen.add(t)
            self.triples.append(t)

    # --- the two primitives ----------------------------------------------------------------

    def node(self, node_id: str, ntype: str, classes: Iterable[URIRef], label: str, *,
             document: str | None = None, span: Span | None = None,
             props: Iterable[tuple[URIRef, Any]] = (), **attrs: Any) -> URIRef:
        """Add one node: networkx attributes from ``attrs``, RDF statements from ``props``."""
        if node_id in self.g:
            old = self.g.nodes[node_id]["type"]
            if old != ntype:
                raise RegkbError(f"two graph nodes share the id {node_id!r} ({old} and {ntype}); "
                                 "rename one of them in the corpus or the registry")
            # the parser keeps (and warns about) repeated numbers: keep the first, list the repeat
            self.g.graph.setdefault("duplicates", []).append(node_id)
            return self.iris[node_id]
        s = self.iri_for(node_id, ntype)
        self.iris[node_id] = s
        data: dict[str, Any] = {"type": ntype, "label": label, "iri": str(s)}
        if document is not None:
            data["document"] = document
        if span is not None:
            data["start"], data["end"] = span.start, span.end
        data.update({k: v for k, v in attrs.items() if v is not None})
        self.g.add_node(node_id, **data)
        for c in classes:
            self._t(s, RDF.type, c)
        self._t(s, DCTERMS.identifier, Literal(node_id))
        self._t(s, RDFS.label, Literal(label))
        for p, v in props:
            for one in v if isinstance(v, list | tuple) else [v]:
                if one is None or one == "":
                    continue
                self._t(s, p, one if isinstance(one, URIRef | Literal) else _literal(one))
        if span is not None and document is not None:
            sp = URIRef(f"{s}#span")
            self._t(s, PROV.wasDerivedFrom, sp)
            self._t(sp, RDF.type, PROV.Entity)
            self._t(sp, RDF.type, OA.TextPositionSelector)
            self._t(sp, DCTERMS.source, self.iri_for(document, "document"))
            self._t(sp, OA.start, Literal(span.start))
            self._t(sp, OA.end, Literal(span.end))
        return s

    def edge(self, src: str, dst: str, kind: str, **attrs: Any) -> bool:
        """Add one edge (both ends must be nodes already). Returns False if an end is missing."""
        if src not in self.g or dst not in self.g:
            return False
        pred, inverse = EDGE_PREDICATES[kind]
        if self.g.has_edge(src, dst, key=kind):
            data = self.g.edges[src, dst, kind]
            for k, v in attrs.items():  # repeated occurrences: collect their spans
                if isinstance(v, list):
                    data.setdefault(k, []).extend(v)
            return True
        self.g.add_edge(src, dst, key=kind, kind=kind, **attrs)
        s, o = self.iris[src], self.iris[dst]
        if inverse:
            s, o = o, s
        self._t(s, pred, o)
        if kind == "has_part":
            self._t(o, ELI.is_part_of, s)
        return True

    def extend(self, node_id: str, classes: Iterable[URIRef], props: Iterable[tuple[URIRef, Any]] = (),
               **attrs: Any) -> None:
        """More classes, statements and attributes for a node that exists already."""
        s = self.iris[node_id]
        for c in classes:
            self._t(s, RDF.type, c)
        for p, v in props:
            for one in v if isinstance(v, list | tuple) else [v]:
                if one is not None and one != "":
                    self._t(s, p, one if isinstance(one, URIRef | Literal) else _literal(one))
        self.g.nodes[node_id].update({k: v for k, v in attrs.items() if v is not None})

    def has(self, node_id: str) -> bool:
        return node_id in self.g


def _literal(value: Any) -> Literal:
    if isinstance(value, bool):
        return Literal(value)
    if isinstance(value, int):
        return Literal(value, datatype=XSD.integer)
    if isinstance(value, date):
        return Literal(value.isoformat(), datatype=XSD.date)
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        return Literal(value, datatype=XSD.date)
    return Literal(str(value))


def _provision_id(document: str, provision: str) -> str:
    return provision if "/" in provision else f"{document}/{provision}"


def _nearest(b: Builder, document: str, provision: str, article: int | None) -> str | None:
    """The graph node of a provision eId, falling back to its article, then its document."""
    for cand in (_provision_id(document, provision), f"{document}/art_{article}" if article is not None else None,
                 document):
        if cand and b.has(cand):
            return cand
    return None


def _bodies_named(b: Builder, text: str) -> list[str]:
    """Registry authorities named in a list such as "CAC, MIIT and MPS" (names, abbreviations, aliases)."""
    index: dict[str, str] = {}
    for body in b.kb.bodies:
        for name in (body.name, *body.abbreviations, *body.aliases):
            index.setdefault(name.lower().strip(), body.id)
    out: list[str] = []
    for piece in (p.strip() for p in re.split(r"[,;]", text)):
        found = index.get(piece.lower())
        pieces = [piece] if found else [x.strip() for x in re.split(r"\band\b", piece)]
        for name in pieces:
            body_id = index.get(re.sub(r"^the\s+", "", name.lower()))
            if body_id and body_id not in out:
                out.append(body_id)
    return out


# --- node builders: one function per node type ---------------------------------------------


def add_bodies(b: Builder) -> None:
    for body in b.kb.bodies:
        b.node(body.id, "authority", [LRMLMM.Authority], body.name,
               props=[(SKOS.prefLabel, body.name), (SKOS.altLabel, [*body.abbreviations, *body.aliases])],
               name=body.name, abbreviations=list(body.abbreviations), aliases=list(body.aliases))


def add_laws(b: Builder) -> None:
    for law in b.kb.laws:
        if b.has(law.id) and b.g.nodes[law.id]["type"] == "document":  # the corpus holds the law's text
            b.extend(law.id, [REGKB.Law], [(ELI.title_alternative, list(law.short_names))],
                     short_names=list(law.short_names), law_kind=law.kind, issuer=law.issuer)
            continue
        b.node(law.id, "law", [ELI.LegalResource, REGKB.Law], law.title,
               props=[(ELI.title, law.title), (ELI.title_alternative, list(law.short_names)),
                      (ELI.date_document, law.date or None), (REGKB.note, law.note or None)],
               title=law.title, short_names=list(law.short_names), law_kind=law.kind, issuer=law.issuer,
               date=law.date or None)
        for body in _bodies_named(b, law.issuer):
            b.edge(law.id, body, "issued_by")


def add_documents(b: Builder) -> None:
    for d in b.kb.documents:
        fm = d.frontmatter
        if d.kind == "commentary":
            b.node(d.id, "document", [REGKB.Commentary], d.title, document=d.id, span=_whole(b, d.id),
                   props=[(DCTERMS.title, d.title), (DCTERMS.creator, fm.get("author"))],
                   title=d.title, doc_kind=d.kind, path=d.path, sha256=d.sha256, author=fm.get("author"),
                   comments_on=fm.get("comments_on"))
        else:
            status = (d.status or "").lower()
            b.node(d.id, "document", [ELI.LegalResource], d.title, span=_whole(b, d.id),
                   props=[(ELI.title, d.title), (ELI.title_alternative, fm.get("title_zh")),
                          (ELI.date_document, fm.get("adopted_date")),
                          (ELI.first_date_entry_in_force, fm.get("effective_date")),
                          (ELI.in_force, _IN_FORCE.get(status)), (REGKB.status, d.status),
                          (DCTERMS.source, URIRef(fm["url"]) if isinstance(fm.get("url"), str)
                           and re.match(r"^https?://\S+$", fm["url"]) else None)],
                   document=d.id,
                   title=d.title, doc_kind=d.kind, status=d.status, work=d.work, path=d.path, sha256=d.sha256,
                   hierarchy=fm.get("hierarchy"), issuing_body=fm.get("issuing_body"),
                   adopted_date=_iso(fm.get("adopted_date")), effective_date=_iso(fm.get("effective_date")))


def add_document_links(b: Builder) -> None:
    """Links from documents to laws, authorities and other documents (once all of them are nodes)."""
    for d in b.kb.documents:
        for law_id in d.frontmatter.get("related_laws") or []:
            b.edge(d.id, str(law_id), "related_law")
        if isinstance(d.frontmatter.get("issuing_body"), str):
            for body in _bodies_named(b, d.frontmatter["issuing_body"]):
                b.edge(d.id, body, "issued_by")
        if d.frontmatter.get("comments_on"):
            b.edge(d.id, str(d.frontmatter["comments_on"]), "comments_on")


def _whole(b: Builder, doc_id: str) -> Span | None:
    """A document's span: its whole source file."""
    text = b.kb.sources.get(doc_id)
    return Span(0, len(text)) if text else None


def _iso(value: Any) -> str | None:
    return value.isoformat() if hasattr(value, "isoformat") else (str(value) if value else None)


def add_structure(b: Builder) -> None:
    kb = b.kb
    for c in kb.chapters:
        b.node(c.id, "chapter", [ELI.LegalResourceSubdivision, REGKB.Chapter], f"{c.label} {c.title}".strip(),
               document=c.document, span=c.span,
               props=[(ELI.number, str(c.number)), (ELI.title, c.title)],
               eid=c.eid, number=c.number, title=c.title)
        b.edge(c.document, c.id, "has_part")
    chapters: dict[tuple[str, int | None], str] = {(c.document, c.number): c.id for c in kb.chapters}
    sections: dict[tuple[str, int | None, int | None], str] = {}
    for s in kb.sections:
        b.node(s.id, "section", [ELI.LegalResourceSubdivision, REGKB.Section], f"{s.label} {s.title}".strip(),
               document=s.document, span=s.span,
               props=[(ELI.number, str(s.number)), (ELI.title, s.title)],
               eid=s.eid, number=s.number, title=s.title, chapter=s.chapter)
        b.edge(chapters.get((s.document, s.chapter), s.document), s.id, "has_part")
        sections[(s.document, s.chapter, s.number)] = s.id
    for a in kb.articles:
        b.node(a.id, "article", [ELI.LegalResourceSubdivision, REGKB.Article], a.label,
               document=a.document, span=a.span,
               props=[(ELI.number, str(a.number)), (ELI.title, a.title or None), (REGKB.text, a.text)],
               eid=a.eid, number=a.number, title=a.title or None, text=a.text, chapter=a.chapter, section=a.section)
        parent = sections.get((a.document, a.chapter, a.section)) or chapters.get((a.document, a.chapter)) or a.document
        b.edge(parent, a.id, "has_part")
        for p in a.paragraphs:
            b.node(p.id, "paragraph", [ELI.LegalResourceSubdivision, REGKB.Paragraph],
                   f"{a.label}, paragraph {p.number}", document=a.document, span=p.span,
                   props=[(ELI.number, str(p.number)), (REGKB.text, p.text)],
                   eid=p.eid, number=p.number, article=a.number, text=p.text)
            b.edge(a.id, p.id, "has_part")
            for it in p.items:
                b.node(it.id, "item", [ELI.LegalResourceSubdivision, REGKB.Item],
                       f"{a.label}, paragraph {p.number}, item {it.label}", document=a.document, span=it.span,
                       props=[(ELI.number, it.label), (REGKB.text, it.text)],
                       eid=it.eid, number=it.number, article=a.number, paragraph=p.number, text=it.text,
                       item_label=it.label)
                b.edge(p.id, it.id, "has_part")
    for bl in kb.blocks:
        b.node(bl.id, "block", [REGKB.Block], bl.text[:80], document=bl.document, span=bl.span,
               props=[(REGKB.text, bl.text), (REGKB.blockKind, bl.kind)],
               eid=bl.eid, block_kind=bl.kind, level=bl.level, text=bl.text)
        b.edge(bl.document, bl.id, "has_block")


def add_definitions(b: Builder) -> None:
    for d in b.kb.definitions:
        b.node(d.id, "definition", [SKOS.Concept], d.term, document=d.document, span=d.span,
               props=[(SKOS.prefLabel, d.term), (SKOS.definition, d.definition),
                      (SKOS.altLabel, [f for f in d.forms if f != d.term])],
               term=d.term, definition=d.definition, definition_kind=d.kind, article=d.article,
               provision=d.provision, forms=list(d.forms),
               term_start=d.term_span.start, term_end=d.term_span.end,
               definition_start=d.definition_span.start, definition_end=d.definition_span.end)
        src = _nearest(b, d.document, d.provision, d.article)
        if src:
            b.edge(src, d.id, "defines")
    for u in b.kb.term_uses:
        src = _nearest(b, u.document, u.provision, u.article)
        if src:
            b.edge(src, u.definition, "uses_term", spans=[[u.span.start, u.span.end]], texts=[u.text])


def add_actors(b: Builder) -> None:
    for a in b.kb.actors:
        b.node(a.id, "actor", [LRMLMM.Agent], a.label,
               props=[(SKOS.prefLabel, a.label), (SKOS.altLabel, [x for x in a.aliases if x != a.label]),
                      (REGKB.actorBasis, a.basis)],
               aliases=list(a.aliases), basis=a.basis, definition=a.definition)
        if a.definition:
            b.edge(a.id, a.definition, "defined_by")
        for body in _bodies_named(b, "; ".join([a.label, *a.aliases])):
            b.edge(a.id, body, "authority")
        for m in a.mentions:
            src = _nearest(b, m.document, m.provision, m.article)
            if src:
                b.edge(src, a.id, "mentions", spans=[[m.span.start, m.span.end]], texts=[m.text])


def add_obligations(b: Builder) -> None:
    for o in b.kb.obligations:
        bearers = ", ".join(b.g.nodes[x]["label"] if b.has(x) else x for x in o.actors)
        b.node(o.id, "obligation", [REGKB.NormativeStatement, MODALITY_CLASSES[o.modality]],
               f"Art. {o.article} {o.modality}: {bearers}", document=o.document, span=o.span,
               props=[(REGKB.modality, o.modality), (REGKB.action, o.action), (REGKB.condition, o.condition),
                      (REGKB.text, o.text), (REGKB.trigger, o.trigger), (REGKB.subject, o.subject),
                      (REGKB.bearerBasis, o.bearer_basis)],
               modality=o.modality, article=o.article, provision=o.provision, actors=list(o.actors),
               action=o.action, condition=o.condition, text=o.text, trigger=o.trigger, subject=o.subject,
               bearer_basis=o.bearer_basis,
               action_start=o.action_span.start, action_end=o.action_span.end,
               condition_start=o.condition_span.start if o.condition_span else None,
               condition_end=o.condition_span.end if o.condition_span else None)
        src = _nearest(b, o.document, o.provision, o.article)
        if src:
            b.edge(src, o.id, "imposes")
        for a in o.actors:
            b.edge(o.id, a, "bearer")
        for a in o.co_bearers:
            b.edge(o.id, a, "co_bearer")


def target_id(t: Any) -> str | None:
    """The graph node id a reference target points at (a law, a provision or a document)."""
    if t.law:
        return str(t.law)
    if t.provision:
        return t.provision if "/" in t.provision or not t.document else f"{t.document}/{t.provision}"
    if t.document and t.article is not None:
        pid = f"{t.document}/art_{t.article}"
        if t.paragraph is not None:
            pid += f"__para_{t.paragraph}"
            if t.item is not None:
                pid += f"__item_{t.item}"
        return pid
    return t.document or None


def add_references(b: Builder) -> None:
    for r in b.kb.references:
        targets = [tid for tid in (target_id(t) for t in r.targets) if tid]
        dangling = [tid for tid in targets if not b.has(tid)]
        resolved = bool(r.resolved and targets and not dangling)  # a "resolved" reference must lead somewhere
        b.node(r.id, "reference", [REGKB.Reference], r.text, document=r.document, span=r.span,
               props=[(REGKB.text, r.text), (REGKB.resolved, resolved),
                      (REGKB.referenceKind, r.kind), (REGKB.note, r.note or None)],
               text=r.text, reference_kind=r.kind, resolved=resolved, article=r.article,
               provision=r.provision, targets=targets, dangling=dangling or None, note=r.note or None)
        src = _nearest(b, r.document, r.provision, r.article)
        if src:
            b.edge(src, r.id, "makes_reference")
        for tid in targets:
            if b.edge(r.id, tid, "refers_to") and src:
                b.edge(src, tid, "cites")


#: how a claim's label reads in node labels: only a quote is the described document's own words
CLAIM_LABELS = {
    "quote": "Quoted from {about}",
    "paraphrase": "Commentary's paraphrase of {about}",
    "notes": "Reported notes on {about} (not its text)",
}


def add_described_documents(b: Builder) -> None:
    """Documents known only from a commentary (e.g. a draft), with their sourced facts."""
    facts = b.kb.external_facts
    for d in b.kb.described_documents:
        if b.has(d.id):
            continue
        fm = d.frontmatter
        status = (d.status or "").lower()
        own = [f for f in facts if f.document == d.id]
        b.node(d.id, "document", [ELI.LegalResource], d.title,
               props=[(ELI.title, d.title), (ELI.date_document, fm.get("released_date") or fm.get("adopted_date")),
                      (ELI.first_date_entry_in_force, fm.get("effective_date")),
                      (ELI.in_force, _IN_FORCE.get(status)), (REGKB.status, d.status),
                      (REGKB.commentDeadline, fm.get("comment_deadline")), (REGKB.describedOnly, True),
                      (DCTERMS.isVersionOf, b.iri_for(d.work, "document") if d.work != d.id else None)],
               title=d.title, doc_kind=d.kind, status=d.status, work=d.work, path=d.path, sha256=d.sha256,
               described_only=True, issuing_body=fm.get("issuing_body"),
               released_date=_iso(fm.get("released_date")), adopted_date=_iso(fm.get("adopted_date")),
               comment_deadline=_iso(fm.get("comment_deadline")),
               facts=[f.dump() for f in own] or None)
        if d.work != d.id:
            b.edge(d.id, d.work, "version_of")
        if isinstance(fm.get("issuing_body"), str):
            for body in _bodies_named(b, fm["issuing_body"]):
                b.edge(d.id, body, "issued_by")
    for c in b.kb.documents:  # add_document_links ran before these documents were nodes
        if c.frontmatter.get("comments_on"):
            b.edge(c.id, str(c.frontmatter["comments_on"]), "comments_on")


def add_claims(b: Builder) -> None:
    """A commentary's claims about a document, each with its span in the commentary and its label."""
    for c in b.kb.claims:
        doc = b.g.nodes[c.about] if b.has(c.about) else {}
        about = f"the {doc['status']}" if doc.get("status") else doc.get("label", c.about)
        head = CLAIM_LABELS.get(c.label, "Claim about {about}").format(about=about)
        text = c.text if len(c.text) <= 80 else c.text[:79] + "…"
        b.node(c.id, "claim", [REGKB.Claim], f"{head}: {text}", document=c.document, span=c.span,
               props=[(REGKB.claimLabel, c.label), (REGKB.quoted, c.quoted), (REGKB.text, c.text),
                      (REGKB.leadIn, c.lead_in or None), (REGKB.topic, c.topic or None), (REGKB.reviewed, c.reviewed)],
               claim_label=c.label, quoted=c.quoted, text=c.text, about=c.about, block=c.block or None,
               lead_in=c.lead_in or None,
               lead_in_start=c.lead_in_span.start if c.lead_in_span else None,
               lead_in_end=c.lead_in_span.end if c.lead_in_span else None,
               topic=c.topic or None, reviewed=c.reviewed)
        b.edge(c.id, c.block if c.block and b.has(c.block) else c.document, "claim_in")
        b.edge(c.id, c.about, "about")


def add_changes(b: Builder) -> None:
    """Changes between versions: claim / older provisions -> change -> newer provisions."""
    for ch in b.kb.changes():
        where = ", ".join(f"Art. {n}" for n in ch.to_articles) or ", ".join(f"Art. {n}" for n in ch.from_articles)
        b.node(ch.id, "change", [REGKB.Change], f"{ch.kind}: {where or 'no provision'}",
               props=[(REGKB.changeKind, ch.kind), (REGKB.note, ch.note or None), (REGKB.reviewed, ch.reviewed),
                      (REGKB.quoted, ch.quoted), (REGKB.claimLabel, ch.label),
                      (REGKB.effectKind, sorted({e.kind for e in ch.effects})),
                      (REGKB.similarity, Literal(round(ch.similarity, 3), datatype=XSD.decimal))],
               change_kind=ch.kind, note=ch.note or None, reviewed=ch.reviewed, quoted=ch.quoted,
               claim_label=ch.label, claim=ch.claim,
               claim_start=ch.claim_span.start if ch.claim_span else None,
               claim_end=ch.claim_span.end if ch.claim_span else None,
               from_document=ch.from_document, to_document=ch.to_document,
               from_articles=list(ch.from_articles), from_provisions=list(ch.from_provisions),
               to_articles=list(ch.to_articles), to_provisions=list(ch.to_provisions),
               effects=[e.dump() for e in ch.effects], similarity=round(ch.similarity, 3),
               redline=[list(seg) for seg in ch.redline] or None, parent=ch.parent)
        b.edge(ch.id, ch.from_document, "change_from")
        b.edge(ch.id, ch.to_document, "change_to")
        if ch.claim:
            b.edge(ch.claim, ch.id, "has_change", change_kind=ch.kind)
        for pid in ch.from_provisions:  # only when the older version's text is in the corpus
            b.edge(pid, ch.id, "has_change", change_kind=ch.kind)
        for pid in ch.to_provisions:
            b.edge(ch.id, pid, "changed_to", change_kind=ch.kind)


# Order matters only in that an edge needs both ends (nodes first, then the links between them).
NODE_BUILDERS: list[Callable[[Builder], None]] = [
    add_bodies, add_documents, add_laws, add_document_links, add_structure, add_definitions, add_actors, add_obligations,
    add_references, add_described_documents, add_claims, add_changes,
]


def build(kb: KnowledgeBase, base: str = DEFAULT_BASE) -> Graphs:
    """Both graphs from one walk over the model (see the module docstring)."""
    from .incremental import gc_paused

    b = Builder(kb, base)
    with gc_paused():  # many long-lived objects: full collections would rescan them all (docs/performance.md)
        for fn in NODE_BUILDERS:
            fn(b)
    return Graphs(b.g, b.triples, base, b.iris)


# --- queries over the networkx graph: walk edges, never copy ---------------------------------


def _out(g: nx.MultiDiGraph, n: str, kind: str) -> Iterator[str]:
    for _, v, k in g.out_edges(n, keys=True):
        if k == kind:
            yield v


def _in(g: nx.MultiDiGraph, n: str, kind: str) -> Iterator[str]:
    for u, _, k in g.in_edges(n, keys=True):
        if k == kind:
            yield u


def parts(g: nx.MultiDiGraph, n: str) -> list[str]:
    """``n`` and everything below it in the structure (has_part, transitively), in document order."""
    out, stack = [], [n]
    while stack:
        x = stack.pop()
        out.append(x)
        stack.extend(reversed(list(_out(g, x, "has_part"))))
    return out


def ancestors(g: nx.MultiDiGraph, n: str) -> list[str]:
    """The structural parents of ``n``, nearest first (paragraph, article, chapter, document)."""
    out = []
    x: str | None = n
    while x is not None:
        x = next(_in(g, x, "has_part"), None)
        if x is not None:
            out.append(x)
    return out


def _order(g: nx.MultiDiGraph, ids: Iterable[str]) -> list[str]:
    nodes = g.nodes
    return sorted(ids, key=lambda i: (nodes[i].get("document", ""), nodes[i].get("start", -1), i))


def duties(g: nx.MultiDiGraph, actor: str, modality: str | None = None) -> list[str]:
    """Obligation ids whose bearer is ``actor``, in source order."""
    if actor not in g:
        raise KeyError(f"no node {actor!r} in the graph")
    return _order(g, (o for o in _in(g, actor, "bearer") if modality is None or g.nodes[o]["modality"] == modality))


def depends_on(g: nx.MultiDiGraph, provision: str) -> list[str]:
    """What a provision depends on: what it (or any of its parts) cites, then what those cite, ...

    Follows cited provisions at the granularity cited (citing a paragraph pulls in that paragraph
    and its items, not the whole article). Returns provision and law ids, nearest first.
    """
    if provision not in g:
        raise KeyError(f"no node {provision!r} in the graph")
    seen = {provision}
    out: list[str] = []
    queue = deque([provision])
    while queue:
        x = queue.popleft()
        found = []
        for part in parts(g, x):
            found += [t for t in _out(g, part, "cites") if t not in seen]
        for t in _order(g, dict.fromkeys(found)):
            seen.add(t)
            out.append(t)
            queue.append(t)
    return out


def citing(g: nx.MultiDiGraph, target: str) -> list[str]:
    """Provisions that cite ``target`` (a law, or a provision or any part of it), in source order."""
    if target not in g:
        raise KeyError(f"no node {target!r} in the graph")
    found: dict[str, None] = {}
    for t in parts(g, target):
        for src in _in(g, t, "cites"):
            found[src] = None
    return _order(g, found)


def law_paths(g: nx.MultiDiGraph, law: str, actor: str) -> list[list[str]]:
    """For each duty of ``actor``, the path that connects it to ``law``.

    A path runs from the law to the provision that cites it (or the document naming it as a
    related law), through the structure to the provision imposing the duty, then to the
    obligation and its bearer: ``[law, citing, ..., provision, obligation, actor]``. The nearest
    connection wins: a citation in the same article beats a document-level ``related_laws``.
    Duties with no connection are left out.
    """
    if law not in g:
        raise KeyError(f"no node {law!r} in the graph")
    citing_nodes = set(_in(g, law, "cites"))
    related = set(_in(g, law, "related_law"))
    paths = []
    for o in duties(g, actor):
        src = next(_in(g, o, "imposes"), None)
        if src is None:
            continue
        chain = [src, *ancestors(g, src)]  # the imposing provision, then its parents
        for k, x in enumerate(chain):
            down = [*reversed(chain[:k]), o, actor]
            if x in citing_nodes or x in related:
                paths.append([law, x, *down])
                break
            if g.nodes[x]["type"] in ("article", "paragraph", "item"):
                cit = next((c for c in parts(g, x) if c in citing_nodes), None)
                if cit is not None:  # a sibling part of the same article cites the law
                    up = [cit, *ancestors(g, cit)]
                    paths.append([law, *up[: up.index(x) + 1], *down])
                    break
    return paths


def changes_of(g: nx.MultiDiGraph, provision: str) -> list[str]:
    """Change ids touching a provision: changes leading to it, to any of its parts or to the article
    or paragraph holding it, and changes from it (when the older version's text is in the corpus).

    Sorted by change id.
    """
    if provision not in g:
        raise KeyError(f"no node {provision!r} in the graph")
    nodes = parts(g, provision) + [a for a in ancestors(g, provision) if g.nodes[a]["type"] in ("article", "paragraph")]
    found = {c for n in nodes for c in (*_in(g, n, "changed_to"), *_out(g, n, "has_change"))}
    return sorted(found)


_GRAPHML_TYPES = ((bool, "boolean"), (int, "long"), (float, "double"), (str, "string"))


def _graphml_type(v: Any) -> str:
    return next(name for t, name in _GRAPHML_TYPES if isinstance(v, t))


def _graphml_value(v: Any) -> str:
    return ("true" if v else "false") if isinstance(v, bool) else repr(v) if isinstance(v, float) else str(v)


def graphml_text(g: nx.MultiDiGraph) -> str:
    """GraphML of the graph: list and dict attributes as JSON text, missing values left out.

    Written directly, in one pass over the graph (networkx's writer builds an XML tree of the whole
    graph first: ten times the time and memory, regkb#16). A key per attribute name and scope, its
    id the name (name.type when one name carries values of several types); nodes and edges in the
    graph's order; edge ids are the edge keys. ``networkx.read_graphml`` reads it back."""
    from xml.sax.saxutils import escape, quoteattr

    def rows(items: Iterable[tuple[Any, dict[str, Any]]]) -> list[list[tuple[str, Any]]]:
        return [[(k, _scalar(v)) for k, v in data.items() if v is not None] for _, data in items]

    node_rows = rows(g.nodes(data=True))
    edge_rows = rows(((u, v, k), d) for u, v, k, d in g.edges(keys=True, data=True))
    types: dict[tuple[str, str], list[str]] = {}
    for scope, table in (("node", node_rows), ("edge", edge_rows)):
        for row in table:
            for k, v in row:
                seen = types.setdefault((scope, k), [])
                t = _graphml_type(v)
                if t not in seen:
                    seen.append(t)
    key_id = {(scope, k, t): (k if len(ts) == 1 else f"{k}.{t}") for (scope, k), ts in types.items() for t in ts}
    out = ['<?xml version=\'1.0\' encoding=\'utf-8\'?>',
           '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
           'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
           'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
           'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">']
    out.extend(f'  <key id={quoteattr(kid)} for="{scope}" attr.name={quoteattr(k)} attr.type="{t}" />'
               for (scope, k, t), kid in key_id.items())
    out.append('  <graph edgedefault="directed">')

    def data(scope: str, row: list[tuple[str, Any]]) -> str:
        return "".join(f'<data key={quoteattr(key_id[scope, k, _graphml_type(v)])}>{escape(_graphml_value(v))}</data>'
                       for k, v in row)

    for n, row in zip(g.nodes, node_rows, strict=True):
        out.append(f"    <node id={quoteattr(str(n))}>{data('node', row)}</node>")
    for (u, v, k), row in zip(g.edges(keys=True), edge_rows, strict=True):
        out.append(f"    <edge source={quoteattr(str(u))} target={quoteattr(str(v))} id={quoteattr(str(k))}>"
                   f"{data('edge', row)}</edge>")
    out.append("  </graph>")
    out.append("</graphml>")
    return "\n".join(out) + "\n"


def _scalar(v: Any) -> Any:
    return v if isinstance(v, str | int | float | bool) else json.dumps(v, ensure_ascii=False)


def shapes_graph() -> Graph:
    """The SHACL shapes shipped with the package (``regkb/shapes/*.ttl``)."""
    from importlib.resources import files

    g = Graph()
    for res in sorted(files("regkb").joinpath("shapes").iterdir(), key=lambda r: r.name):
        if res.name.endswith(".ttl"):
            g.parse(data=res.read_text(encoding="utf-8"), format="turtle")
    return g


def validate(data: Graph) -> tuple[bool, str]:
    """SHACL-validate an RDF graph against the shipped shapes: (conforms, readable report)."""
    from pyshacl import validate as shacl_validate

    conforms, report, text = shacl_validate(data, shacl_graph=shapes_graph(), inference="none",
                                            advanced=False, allow_warnings=True)
    if conforms:
        return True, str(text)
    sh = "http://www.w3.org/ns/shacl#"
    lines = []
    for result in report.subjects(RDF.type, URIRef(sh + "ValidationResult")):
        focus = report.value(result, URIRef(sh + "focusNode"))
        node_id = data.value(focus, DCTERMS.identifier) if focus is not None else None
        message = report.value(result, URIRef(sh + "resultMessage"))
        lines.append(f"- {node_id or focus}: {message}")
    summary = f"{len(lines)} problem(s) in the graph:\n" + "\n".join(sorted(lines)) + "\n\n"
    return False, summary + str(text)
