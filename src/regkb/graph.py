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

import functools
import io
import json
import re
import tempfile
import weakref
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Protocol
from urllib.parse import quote

import networkx as nx
import pyoxigraph as ox
from rdflib import BNode, Graph, Literal, URIRef
from rdflib.term import Node

from .errors import NotFound, RegkbError
from .model import Span
from .vocab import DCTERMS, ELI, LRMLMM, OA, PREFIXES, PROV, RDF, RDFS, REGKB, SCHEMA, SKOS, SPDX, XSD

if TYPE_CHECKING:
    from typing import TypeAlias

    NxGraph: TypeAlias = nx.MultiDiGraph[str]  # node ids are the JSON ids
    from .kb import KnowledgeBase

DEFAULT_BASE = "https://regkb.example/eli/"

# edge kind -> (RDF predicate, written from the target to the source?)
EDGE_PREDICATES: dict[str, tuple[URIRef, bool]] = {
    "has_part": (ELI.has_part, False),  # also written as eli:is_part_of the other way
    "has_block": (DCTERMS.hasPart, False),
    "defines": (RDFS.isDefinedBy, True),  # concept rdfs:isDefinedBy provision
    "uses_term": (REGKB.usesTerm, False),
    "mentions": (REGKB.mentions, False),
    "defined_by": (REGKB.definedByTerm, False),  # actor regkb:definedByTerm concept
    "authority": (REGKB.authority, False),  # actor -> registry authority it names
    "authority_fuzzy": (SKOS.closeMatch, False),  # actor -> registry authority its name matches only fuzzily
    "imposes": (REGKB.imposedBy, True),  # obligation regkb:imposedBy provision
    "bearer": (LRMLMM.hasBearer, False),
    "provides_sanction": (REGKB.providedBy, True),  # sanction regkb:providedBy provision
    "violator": (REGKB.violator, False),  # sanction -> actor penalised
    "may_impose": (REGKB.empoweredToImpose, False),  # authority (actor) -> sanction it imposes
    "co_bearer": (REGKB.coBearer, False),
    "makes_reference": (REGKB.makesReference, False),
    "refers_to": (REGKB.target, False),  # reference -> provision / law
    "cites": (ELI.cites, False),  # provision -> provision / law
    "related_law": (ELI.related_to, False),
    "issued_by": (ELI.passed_by, False),
    "comments_on": (REGKB.comments, False),
    # versions, claims and changes (see add_described_documents, add_claims, add_changes)
    "version_of": (DCTERMS.isVersionOf, False),  # described document -> the work's document (see docs/graph.md)
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
    "right": LRMLMM.Right,
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

#: media types of corpus files, by suffix (IANA registry IRIs, as ELI's eli:format expects)
MEDIA_TYPES = {".md": "text/markdown", ".markdown": "text/markdown", ".txt": "text/plain"}
#: languages as the EU's authority table names them (EUR-Lex's eli:language values); others: ISO 639-1 at LOC
EU_LANGUAGES = {"en": "ENG", "zh": "ZHO", "fr": "FRA", "de": "DEU", "es": "SPA", "it": "ITA", "ja": "JPN",
                "ko": "KOR", "pt": "POR", "ru": "RUS", "nl": "NLD", "ar": "ARA"}
#: the language of the registries' titles and of labels regkb writes itself
DEFAULT_LANGUAGE = "en"
#: subdivision types (eli:type_subdivision), as concepts of the graph's own scheme
SUBDIVISION_TYPES = ("chapter", "section", "article", "paragraph", "item")


def language_iri(code: str) -> URIRef:
    """The IRI of a language for eli:language: the EU authority table, or ISO 639-1 at the Library of Congress."""
    code = code.lower().split("-")[0]
    if code in EU_LANGUAGES:
        return URIRef("http://publications.europa.eu/resource/authority/language/" + EU_LANGUAGES[code])
    return URIRef("http://id.loc.gov/vocabulary/iso639-1/" + quote(code))


class Graphs:
    """What :func:`build` returns: the networkx graph and the RDF statements, built together.

    The RDF is held as sorted N-Triples (one ``bytes``: no Python object per statement or term,
    regkb#16): the Oxigraph store bulk-loads it, the downloads are written from it by Oxigraph,
    and :func:`save_graphs` writes it as it is. ``triples`` (rdflib terms) is made from it only
    when asked for (SHACL on rdflib's Memory store, publishing); once made, that list is what
    the graphs hold, so a change to it shows in every output. A knowledge base loaded from a
    store gets its graphs back from the files :func:`save_graphs` wrote (no rebuild).
    """

    def __init__(self, nx_graph: NxGraph, triples: list[Triple] | None, base: str,
                 iris: dict[str, URIRef] | None = None, *, nt: bytes | IO[bytes] | None = None,
                 rebuild: Callable[[], list[Triple]] | None = None) -> None:
        self.nx = nx_graph
        self.base = base
        self.iris = iris if iris is not None else {}
        self._triples = triples
        self._nt = nt  # bytes, or a (spooled) temporary file holding them: see build()
        self._rebuild = rebuild
        if nt is not None and not isinstance(nt, bytes):
            weakref.finalize(self, nt.close)  # the file goes with the graphs

    def _nt_input(self) -> bytes | IO[bytes]:
        """The N-Triples for Oxigraph to read: the bytes, or the file rewound (read as a stream)."""
        assert self._nt is not None
        if isinstance(self._nt, bytes):
            return self._nt
        self._nt.seek(0)
        return self._nt

    @property
    def triples(self) -> list[Triple]:
        """The RDF statements as rdflib terms (no duplicates), made on demand from the N-Triples."""
        if self._triples is None:
            if self._nt is not None:
                self._triples = rdflib_triples(self._nt_input())
                self._nt = None  # the list is the one truth from now on
            elif self._rebuild is not None:
                self._triples = self._rebuild()
            else:
                raise RegkbError("these graphs hold no triples and cannot rebuild them")
        return self._triples

    @triples.setter
    def triples(self, value: list[Triple]) -> None:
        self._triples, self._nt = value, None

    def nt(self) -> bytes:
        """The statements as N-Triples, sorted, one per line (the N-Triples download, ``graph.nt``)."""
        if self._triples is None and self._nt is not None:
            data = self._nt_input()
            return data if isinstance(data, bytes) else data.read()
        return sorted_nt(nt_line(*t) for t in ox_terms(self.triples))

    def rdf(self, store: str = "Oxigraph") -> Graph:
        """The triples in an ``rdflib.Graph`` on ``store`` ("Oxigraph" or rdflib's "Memory").

        On Oxigraph the statements go straight into pyoxigraph (a bulk load of the N-Triples, or one
        ``extend`` of converted terms), several times faster than rdflib's ``addN``.
        """
        g = Graph(store=store, identifier=URIRef(self.base + "graph"))
        for prefix, ns in PREFIXES.items():
            g.bind(prefix, ns)
        g.bind("kb", self.base)
        inner = getattr(g.store, "_inner", None)
        if inner is None:
            g.addN((s, p, o, g) for s, p, o in self.triples)
            return g
        name = ox.NamedNode(self.base + "graph")
        if self._triples is None and self._nt is not None:
            inner.bulk_load(self._nt_input(), format=ox.RdfFormat.N_TRIPLES, to_graph=name)
            return g
        # streamed: each distinct term converted once, no list of every quad (regkb#16)
        inner.extend(ox.Quad(s, p, o, name) for s, p, o in ox_terms(self.triples))
        return g

    def ox_triples(self) -> list[ox.Triple]:
        """The triples as Oxigraph terms, sorted by their N-Triples form."""
        source = self._nt_input() if self._triples is None and self._nt is not None else self.nt()
        return list(ox.parse(source, format=ox.RdfFormat.N_TRIPLES))

    def serialize(self, fmt: str, prefixes: dict[str, str] | None = None) -> bytes:
        """The statements written by Oxigraph in ``fmt`` (an ``RdfFormat`` name), in N-Triples order: the
        sorted N-Triples themselves, or Oxigraph's serialiser fed from them (streamed, no list of terms)."""
        if fmt == "N_TRIPLES":
            return self.nt()
        from itertools import chain

        from .ntchunks import subject_chunks

        source = self._nt_input() if self._triples is None and self._nt is not None else self.nt()
        # read in large pieces of whole lines, each parsed by one call: Oxigraph reading a file object itself
        # asks Python for about 2 KB at a time (20,000 calls for 100 regulations, a quarter of a Turtle download)
        statements = chain.from_iterable(ox.parse(piece, format=ox.RdfFormat.N_TRIPLES, lenient=NT_LENIENT)
                                         for piece in subject_chunks(source))
        data = ox.serialize(statements, format=getattr(ox.RdfFormat, fmt), prefixes=prefixes)
        return bytes(data or b"")


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


# --- N-Triples text, written the way Oxigraph writes it ----------------------------------------

#: the graph's own N-Triples are read back by Oxigraph without checking their IRIs and language tags again
#: (``lenient``: half the cost of the parse, which was most of a Turtle or JSON-LD download, regkb#16): each
#: IRI was checked by Oxigraph when the statements were written (``Builder._iri``, ``ox_terms``) and each
#: document's language tag by :func:`_language`. On valid input the terms, and so the downloads, are the same
#: as a checking parse gives (tested).
NT_LENIENT = True

XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
XSD_INTEGER_NT = "<http://www.w3.org/2001/XMLSchema#integer>"
#: the characters Oxigraph escapes in a literal, as it escapes them (asked of Oxigraph itself)
_ESCAPES = {i: e for i in (*range(0x80), 0xFFFE, 0xFFFF) if (e := str(ox.Literal(chr(i)))[1:-1]) != chr(i)}
_NEEDS_ESCAPE = re.compile("[" + "".join(re.escape(chr(i)) for i in _ESCAPES) + "]")


def nt_string(value: str) -> str:
    """A string as a quoted N-Triples literal (without datatype or language), exactly as Oxigraph writes it."""
    return f'"{value.translate(_ESCAPES)}"' if _NEEDS_ESCAPE.search(value) else f'"{value}"'


def nt_line(s: Any, p: Any, o: Any) -> bytes:
    """One N-Triples line from Oxigraph terms."""
    return f"{s} {p} {o} .\n".encode()


def sorted_nt(lines: Iterable[bytes]) -> bytes:
    """N-Triples lines (bytes, each ending with a newline) sorted and joined; duplicates dropped.

    UTF-8 bytes sort as their code points, so the order is that of the lines as text. Lines are
    released as they are written, so the peak is about one copy of the text."""
    order = sorted(set(lines))
    buf = io.BytesIO()
    step = 1 << 15
    for i in range(0, len(order), step):
        buf.write(b"".join(order[i : i + step]))
        order[i : i + step] = [b""] * len(order[i : i + step])
    return buf.getvalue()


def rdflib_triples(nt: bytes | IO[bytes]) -> list[Triple]:
    """N-Triples as rdflib terms (plain literals without a datatype, as rdflib makes them)."""
    memo: dict[Any, Node] = {}

    def conv(t: Any) -> Node:
        if isinstance(t, ox.NamedNode):
            return URIRef(t.value)
        if isinstance(t, ox.Literal):
            if t.language:
                return Literal(t.value, lang=t.language)
            dt = t.datatype.value
            return Literal(t.value) if dt == XSD_STRING else Literal(t.value, datatype=URIRef(dt))
        return BNode(t.value)

    out: list[Triple] = []
    for tr in ox.parse(nt, format=ox.RdfFormat.N_TRIPLES):
        terms = []
        for t in (tr.subject, tr.predicate, tr.object):
            c = memo.get(t)
            if c is None:
                c = memo[t] = conv(t)
            terms.append(c)
        out.append((terms[0], terms[1], terms[2]))
    return out


#: N-Triples up to this size stay in memory; larger ones wait in an anonymous temporary file (regkb#16)
NT_IN_MEMORY = 16 * 1024 * 1024

GRAPH_NT, GRAPH_JSON = "graph.nt", "graph.json"


def save_graphs(kb: KnowledgeBase, graphs: Graphs, directory: str | Path) -> None:
    """Write the graphs beside a saved knowledge base: ``graph.nt`` (the RDF) and ``graph.json`` (networkx
    node-link data, with the base IRI, regkb version and corpus hash they were built for). Data, not code."""

    from .atomic import write_bytes_atomic
    from .version import __version__

    d = Path(directory)
    write_bytes_atomic(d / GRAPH_NT, graphs.nt())
    data = {"format": "regkb-graph", "regkb": __version__, "base": graphs.base, "corpus_hash": corpus_hash(kb),
            "graph": nx.node_link_data(graphs.nx, edges="links")}
    write_bytes_atomic(d / GRAPH_JSON, json.dumps(data, ensure_ascii=False, default=list).encode("utf-8"))


def load_graphs(kb: KnowledgeBase, directory: str | Path, base: str) -> Graphs | None:
    """The graphs :func:`save_graphs` wrote for this knowledge base and base IRI; None if there are none,
    or they were built for another corpus, base or regkb version (then the caller rebuilds them)."""
    from .version import __version__

    d = Path(directory)
    try:
        data = json.loads((d / GRAPH_JSON).read_text(encoding="utf-8"))
        nt = (d / GRAPH_NT).read_bytes()
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or (data.get("format"), data.get("regkb"), data.get("base")) != \
            ("regkb-graph", __version__, base) or data.get("corpus_hash") != corpus_hash(kb):
        return None
    try:
        g: NxGraph = nx.node_link_graph(data["graph"], directed=True, multigraph=True, edges="links")  # type: ignore[assignment]
    except (KeyError, TypeError, nx.NetworkXError):
        return None
    iris = {n: URIRef(a["iri"]) for n, a in g.nodes(data=True) if isinstance(a.get("iri"), str)}
    return Graphs(g, None, base, iris, nt=nt, rebuild=lambda: build(kb, base).triples)


class Builder:
    """Writes each node and edge to both graphs at once."""

    def __init__(self, kb: KnowledgeBase, base: str, memo: GraphMemo | None = None) -> None:
        if not re.match(r"^[a-z][a-z0-9+.-]*://\S+[/#]$", base):
            raise RegkbError(f"bad base IRI {base!r}: give an absolute IRI ending with '/' or '#', "
                             "e.g. https://regkb.example/eli/")
        try:
            ox.NamedNode(base)
        except ValueError:
            raise RegkbError(f"bad base IRI {base!r}: it is not a valid IRI (a space, quote or bracket?); "
                             "give one such as https://regkb.example/eli/") from None
        self.kb = kb
        self.base = base
        self.memo = memo
        self.g: NxGraph = nx.MultiDiGraph(base=base)
        # the RDF as N-Triples, per subject: "<predicate> <object> .\n" lines in one buffer each, so there is no
        # Python object per statement or term (regkb#16); sorted and joined by triples()
        self.statements: dict[str, bytearray] = {}
        self.iris: dict[str, URIRef] = {}
        self._nts: dict[str, str] = {}  # node id -> its IRI in N-Triples
        self._iri_nt: dict[str, str] = {}  # IRI -> N-Triples form, each checked by Oxigraph once
        self.law_ids = {law.id for law in kb.laws}
        self.languages = {d.id: _language(d.frontmatter) for d in kb.documents}
        self.files = {d.id: self.file_iri(d.id, self.languages[d.id], d.path) for d in kb.documents}

    # --- identifiers ---------------------------------------------------------------------

    def iri_for(self, node_id: str, ntype: str) -> URIRef:
        """A node's IRI: laws (and the parts of a law whose text is in the corpus) always under ``law/``."""
        path = node_id.replace("__", "/")
        if ntype == "law" or node_id.split("/", 1)[0] in self.law_ids:
            path = "law/" + path
        elif ntype == "authority":
            path = "body/" + path
        return URIRef(self.base + quote(path, safe="/-_.~:"))

    def expression_iri(self, work_id: str, language: str) -> URIRef:
        """The IRI of a work's expression in ``language`` (ELI's second level): ``<work>/<language>``."""
        return URIRef(f"{self.iri_for(work_id, 'document')}/{quote(language)}")

    def file_iri(self, doc_id: str, language: str, path: str) -> URIRef:
        """The IRI of a corpus file (ELI's format level): ``<work>/<language>/<suffix>``."""
        suffix = path.rsplit(".", 1)[-1].lower() if "." in path else "txt"
        return URIRef(f"{self.expression_iri(doc_id, language)}/{quote(suffix)}")

    def text(self, value: str | None, document: str | None = None) -> Literal | None:
        """A title or label as a literal tagged with its language (the document's, else English)."""
        if value is None or value == "":
            return None
        return Literal(value, lang=self.languages.get(document or "", DEFAULT_LANGUAGE))

    def _t(self, s: Node, p: Node, o: Node) -> None:
        self._add(self._term(s), self._term(p), self._term(o))

    def _add(self, s: str, p: str, o: str) -> None:
        """One statement from terms in N-Triples form."""
        buf = self.statements.get(s)
        if buf is None:
            buf = self.statements[s] = bytearray()
        buf += f"{p} {o} .\n".encode()

    def _iri(self, iri: str) -> str:
        nt = self._iri_nt.get(iri)
        if nt is None:
            try:
                nt = self._iri_nt[iri] = str(ox.NamedNode(iri))
            except ValueError:
                raise RegkbError(f"{iri!r} is not a valid IRI and cannot be written to RDF") from None
        return nt

    def _term(self, t: Any) -> str:
        """An rdflib term or a plain value (as :func:`_literal` reads it) in N-Triples form, as Oxigraph writes it."""
        tp = type(t)  # the common exact types first: isinstance against rdflib's classes is slow (regkb#16)
        if tp is URIRef:
            return self._iri(str(t))
        if tp is str:
            return nt_string(t) if not _DATE.fullmatch(t) else self._term(_literal(t))
        if isinstance(t, URIRef):
            return self._iri(str(t))
        if isinstance(t, Literal):
            if t.language:
                return f"{nt_string(str(t))}@{t.language.lower()}"
            dt = t.datatype
            if dt is None or str(dt) == XSD_STRING:
                return nt_string(str(t))
            return f"{nt_string(str(t))}^^{self._iri(str(dt))}"
        if isinstance(t, BNode):
            return str(ox.BlankNode(str(t)))
        if isinstance(t, str) and not _DATE.fullmatch(t):
            return nt_string(t)
        if isinstance(t, int) and not isinstance(t, bool):
            return f'"{t}"^^{XSD_INTEGER_NT}'
        return self._term(_literal(t))

    def triples(self) -> bytes:
        """The statements as sorted N-Triples without duplicates (see :meth:`write_nt`)."""
        out = io.BytesIO()
        self.write_nt(out)
        return out.getvalue()

    def write_nt(self, out: IO[bytes]) -> None:
        """Write the statements as sorted N-Triples without duplicates (the buffers are emptied as they are written).

        A subject's lines sort together, in the order of "<subject> " (no term holds a space), so the
        subjects are sorted and then each one's lines: the order of sorting every line, one subject's
        lines in memory at a time."""
        for s in sorted(self.statements, key=lambda s: s + " "):
            head = f"{s} ".encode()
            rest = bytes(self.statements.pop(s)).split(b"\n")
            rest.pop()  # after the last newline
            out.write(b"".join(head + line + b"\n" for line in sorted(set(rest))))

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
        sn = self._nts[node_id] = f"<{s}>"  # under the base, which Oxigraph has checked, and quoted
        data: dict[str, Any] = {"type": ntype, "label": label, "iri": str(s)}
        if document is not None:
            data["document"] = document
        if span is not None:
            data["start"], data["end"] = span.start, span.end
        data.update({k: v for k, v in attrs.items() if v is not None})
        self.g.add_node(node_id, **data)
        add = self._add
        for c in classes:
            add(sn, _NT_TYPE, self._term(c))
        add(sn, _NT_IDENTIFIER, nt_string(node_id))
        add(sn, _NT_LABEL, f"{nt_string(label)}@{self.languages.get(document or '', DEFAULT_LANGUAGE).lower()}")
        for p, v in props:
            pn = self._term(p)
            for one in v if isinstance(v, list | tuple) else [v]:
                if one is None or one == "":
                    continue
                add(sn, pn, self._term(one))
        if span is not None and document is not None:
            self._provenance(sn, document, span)
        return s

    def provenance(self, s: URIRef, document: str, span: Span) -> None:
        """Web Annotation: ``s`` comes from a specific resource, a character range of the document's file."""
        self._provenance(self._term(s), document, span)

    def _provenance(self, sn: str, document: str, span: Span) -> None:
        sp, sel = f"{sn[:-1]}#span>", f"{sn[:-1]}#selector>"
        add = self._add
        add(sn, _NT_DERIVED, sp)
        add(sp, _NT_TYPE, _NT_SPECIFIC)
        add(sp, _NT_SOURCE, self._term(self.files[document]))
        add(sp, _NT_SELECTOR, sel)
        add(sel, _NT_TYPE, _NT_POSITION)
        add(sel, _NT_START, f'"{span.start}"^^{XSD_INTEGER_NT}')
        add(sel, _NT_END, f'"{span.end}"^^{XSD_INTEGER_NT}')

    def triple(self, s: Node, p: Node, o: Node | None) -> None:
        """One RDF statement about a resource that is not a node of the networkx graph (None: nothing)."""
        if o is not None:
            self._t(s, p, o)

    def edge(self, src: str, dst: str, kind: str, **attrs: Any) -> bool:
        """Add one edge (both ends must be nodes already). Returns False if an end is missing."""
        if src not in self.g or dst not in self.g:
            return False
        inverse = EDGE_PREDICATES[kind][1]
        if self.g.has_edge(src, dst, key=kind):
            data = self.g.edges[src, dst, kind]
            for k, v in attrs.items():  # repeated occurrences: collect their spans
                if isinstance(v, list):
                    data.setdefault(k, []).extend(v)
            return True
        self.g.add_edge(src, dst, key=kind, kind=kind, **attrs)
        s, o = self._nts[src], self._nts[dst]
        if inverse:
            s, o = o, s
        self._add(s, _NT_EDGE[kind], o)
        if kind == "has_part":
            self._add(o, _NT_PART_OF, s)
        return True

    def extend(self, node_id: str, classes: Iterable[URIRef], props: Iterable[tuple[URIRef, Any]] = (),
               **attrs: Any) -> None:
        """More classes, statements and attributes for a node that exists already."""
        sn = self._nts[node_id]
        for c in classes:
            self._add(sn, _NT_TYPE, self._term(c))
        for p, v in props:
            pn = self._term(p)
            for one in v if isinstance(v, list | tuple) else [v]:
                if one is not None and one != "":
                    self._add(sn, pn, self._term(one))
        self.g.nodes[node_id].update({k: v for k, v in attrs.items() if v is not None})

    def has(self, node_id: str) -> bool:
        """Whether the graph has a node ``node_id``."""
        return node_id in self.g


_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_NT_TYPE, _NT_IDENTIFIER, _NT_LABEL, _NT_DERIVED, _NT_SPECIFIC, _NT_SOURCE, _NT_SELECTOR, _NT_POSITION, _NT_START, \
    _NT_END, _NT_PART_OF = (f"<{t}>" for t in (RDF.type, DCTERMS.identifier, RDFS.label, PROV.wasDerivedFrom,
                                               OA.SpecificResource, OA.hasSource, OA.hasSelector,
                                               OA.TextPositionSelector, OA.start, OA.end, ELI.is_part_of))
_NT_EDGE = {kind: f"<{pred}>" for kind, (pred, _) in EDGE_PREDICATES.items()}


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


def _language(fm: Any) -> str:
    """A document's language: frontmatter ``language`` (a BCP 47 tag), else English (the texts regkb parses)."""
    value = fm.get("language")
    tag = value.strip() if isinstance(value, str) else ""
    return tag if re.fullmatch(r"[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*", tag) and _valid_language(tag) else DEFAULT_LANGUAGE


@functools.lru_cache(maxsize=256)
def _valid_language(tag: str) -> bool:
    """Whether Oxigraph takes ``tag`` as a BCP 47 language tag ("en-a" has the shape but not a whole extension).
    The N-Triples are read back without checking their terms again (``lenient``, see :data:`NT_LENIENT`), so a
    tag is checked here, once, as each IRI is when it is written."""
    try:
        ox.Literal("", language=tag)
    except ValueError:
        return False
    return True


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
    """Add the registry's authorities."""
    for body in b.kb.bodies:
        b.node(body.id, "authority", [LRMLMM.Authority], body.name,
               props=[(SKOS.prefLabel, b.text(body.name)),
                      (SKOS.altLabel, [b.text(x) for x in (*body.abbreviations, *body.aliases)])],
               name=body.name, abbreviations=list(body.abbreviations), aliases=list(body.aliases))


def add_types(b: Builder) -> None:
    """The concept schemes of eli:type_document and eli:type_subdivision (graph-only resources)."""
    kinds = sorted({_doc_type(d) for d in (*b.kb.documents, *b.kb.described_documents)} |
                   {law.kind or "law" for law in b.kb.laws})
    for scheme, values, title in (("type", kinds, "Document types"),
                                  ("subdivision-type", SUBDIVISION_TYPES, "Subdivision types")):
        sch = URIRef(b.base + scheme)
        b.triple(sch, RDF.type, SKOS.ConceptScheme)
        b.triple(sch, SKOS.prefLabel, b.text(title))
        for v in values:
            c = _type_iri(b, scheme, v)
            b.triple(c, RDF.type, SKOS.Concept)
            b.triple(c, SKOS.prefLabel, b.text(v))
            b.triple(c, SKOS.inScheme, sch)
            b.triple(c, SKOS.topConceptOf, sch)
            b.triple(sch, SKOS.hasTopConcept, c)


def _type_iri(b: Builder, scheme: str, value: str) -> URIRef:
    return URIRef(b.base + scheme + "/" + quote(re.sub(r"\s+", "-", value.strip().lower()), safe="-_.~"))


def _doc_type(d: Any) -> str:
    """What kind of text a document is: its frontmatter ``hierarchy`` (e.g. rule, law), else its kind."""
    h = d.frontmatter.get("hierarchy")
    return str(h) if isinstance(h, str) and h.strip() else d.kind


def add_expression(b: Builder, work_id: str, language: str, title: str, *, short: Iterable[str] = (),
                   alternative: Iterable[str] = (), source: Any = None, doc: Any = None,
                   original: tuple[str, str] | None = None, official: bool | None = None) -> URIRef:
    """ELI's expression level (and, for a corpus file, its format): the work in one language.

    ``original`` is (language, title) of the text a translation renders: it becomes an expression of
    its own (its text is not in the corpus) that this one is a ``schema:translationOfWork`` of;
    ``official`` False marks a translation without legal force.
    """
    work = b.iris[work_id]
    expr = b.expression_iri(work_id, language)
    lit = Literal
    b.triple(expr, RDF.type, ELI.LegalExpression)
    b.triple(expr, ELI.realizes, work)
    b.triple(work, ELI.is_realized_by, expr)
    b.triple(expr, ELI.language, language_iri(language))
    b.triple(expr, ELI.title, lit(title, lang=language))
    for x in short:
        b.triple(expr, ELI.title_short, lit(x, lang=language))
    for x in alternative:
        b.triple(expr, ELI.title_alternative, lit(x, lang=language))
    b.triple(expr, DCTERMS.source, source)
    if original is not None:
        orig = b.expression_iri(work_id, original[0])
        b.triple(orig, RDF.type, ELI.LegalExpression)
        b.triple(orig, ELI.realizes, work)
        b.triple(work, ELI.is_realized_by, orig)
        b.triple(orig, ELI.language, language_iri(original[0]))
        b.triple(orig, ELI.title, lit(original[1], lang=original[0]))
        b.triple(orig, REGKB.describedOnly, lit(True))
        b.triple(expr, SCHEMA.translationOfWork, orig)
    if official is not None:
        b.triple(expr, REGKB.officialTranslation, lit(official))
    if doc is not None:
        add_file(b, doc, expr)
    return expr


def add_file(b: Builder, doc: Any, expression: URIRef | None) -> None:
    """A corpus file: the format that embodies an expression, with its path, media type and sha256."""
    f = b.files[doc.id]
    if expression is not None:
        b.triple(f, RDF.type, ELI.Format)
        b.triple(f, ELI.embodies, expression)
        b.triple(expression, ELI.is_embodied_by, f)
    b.triple(f, RDF.type, PROV.Entity)
    media = MEDIA_TYPES.get("." + doc.path.rsplit(".", 1)[-1].lower(), "text/plain")
    b.triple(f, ELI.format, URIRef("http://www.iana.org/assignments/media-types/" + media))
    b.triple(f, REGKB.sourcePath, Literal(doc.path))
    checksum = URIRef(f"{f}#sha256")
    b.triple(f, SPDX.checksum, checksum)
    b.triple(checksum, RDF.type, SPDX.Checksum)
    b.triple(checksum, SPDX.algorithm, SPDX.checksumAlgorithm_sha256)
    b.triple(checksum, SPDX.checksumValue, Literal(doc.sha256, datatype=XSD.hexBinary))


def _original(fm: Any, language: str) -> tuple[str, str] | None:
    """(language, title) of the text a translation renders: a ``title_<lang>`` in another language."""
    for key in sorted(fm):
        m = re.fullmatch(r"title_([a-z]{2,3})", str(key))
        if m and m.group(1) != language.split("-")[0] and isinstance(fm[key], str) and fm[key].strip():
            return m.group(1), fm[key].strip()
    return None


def add_laws(b: Builder) -> None:
    """Add the registry's laws (a law whose text is in the corpus extends that document's node)."""
    for law in b.kb.laws:
        if b.has(law.id) and b.g.nodes[law.id]["type"] == "document":  # the corpus holds the law's text
            b.extend(law.id, [REGKB.Law], short_names=list(law.short_names), law_kind=law.kind, issuer=law.issuer)
            expr = b.expression_iri(law.id, b.languages.get(law.id, DEFAULT_LANGUAGE))
            for x in law.short_names:
                b.triple(expr, ELI.title_short, b.text(x, law.id))
            for x in law.aliases:
                b.triple(expr, ELI.title_alternative, b.text(x, law.id))
            continue
        b.node(law.id, "law", [ELI.LegalResource, REGKB.Law], law.title,
               props=[(ELI.id_local, law.id), (ELI.type_document, _type_iri(b, "type", law.kind or "law")),
                      (ELI.date_document, law.date or None), (REGKB.note, law.note or None)],
               title=law.title, short_names=list(law.short_names), law_kind=law.kind, issuer=law.issuer,
               date=law.date or None)
        add_expression(b, law.id, DEFAULT_LANGUAGE, law.title, short=law.short_names, alternative=law.aliases)
        for body in _bodies_named(b, law.issuer):
            b.edge(law.id, body, "issued_by")


def add_documents(b: Builder) -> None:
    """Add the corpus documents: works, expressions, files, dates and issuers (commentaries as such)."""
    for d in b.kb.documents:
        fm = d.frontmatter
        lang = b.languages[d.id]
        if d.kind == "commentary":
            b.node(d.id, "document", [REGKB.Commentary], d.title, document=d.id, span=_whole(b, d.id),
                   props=[(DCTERMS.title, b.text(d.title, d.id)), (DCTERMS.creator, fm.get("author")),
                          (DCTERMS.language, language_iri(lang)), (DCTERMS.hasFormat, b.files[d.id])],
                   title=d.title, doc_kind=d.kind, path=d.path, sha256=d.sha256, author=fm.get("author"),
                   comments_on=fm.get("comments_on"))
            add_file(b, d, None)
            continue
        status = (d.status or "").lower()
        b.node(d.id, "document", [ELI.LegalResource], d.title, span=_whole(b, d.id),
               props=[(ELI.id_local, d.id), (ELI.type_document, _type_iri(b, "type", _doc_type(d))),
                      (ELI.date_document, fm.get("adopted_date")),
                      (ELI.first_date_entry_in_force, fm.get("effective_date")),
                      (ELI.in_force, _IN_FORCE.get(status)), (REGKB.status, d.status)],
               document=d.id,
               title=d.title, doc_kind=d.kind, status=d.status, work=d.work, path=d.path, sha256=d.sha256,
               hierarchy=fm.get("hierarchy"), issuing_body=fm.get("issuing_body"),
               adopted_date=_iso(fm.get("adopted_date")), effective_date=_iso(fm.get("effective_date")))
        original = _original(fm, lang)
        official = fm.get("official_translation")
        add_expression(b, d.id, lang, d.title, doc=d, original=original,
                       official=(official is True) if original is not None else None,
                       source=URIRef(fm["url"]) if isinstance(fm.get("url"), str)
                       and re.match(r"^https?://\S+$", fm["url"]) else None)


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
    """Add chapters, sections, articles, paragraphs, items and blocks, each linked to what holds it.

    With a memo (an incremental build's, see :class:`GraphMemo`) each document's part is kept between builds
    and replayed phase by phase (chapters, sections, articles, blocks: the graph's order), so the graph is the
    one the loops below make, node for node and byte for byte (see :func:`_structure_pieces`)."""
    kb = b.kb
    if b.memo is not None and _structure_pieces(b):
        return
    _structure(b, kb.chapters, kb.sections, kb.articles, kb.blocks)


def _structure(b: Builder, chapter_list: Sequence[Any], section_list: Sequence[Any], article_list: Sequence[Any],
               block_list: Sequence[Any], phase: Callable[[], None] | None = None) -> None:
    """The loops of :func:`add_structure` over the given parts (``phase``: called after each of the four)."""
    for c in chapter_list:
        b.node(c.id, "chapter", [ELI.LegalResourceSubdivision, REGKB.Chapter], f"{c.label} {c.title}".strip(),
               document=c.document, span=c.span,
               props=[(ELI.number, str(c.number)), (ELI.title, b.text(c.title, c.document)),
                      (ELI.type_subdivision, _type_iri(b, "subdivision-type", "chapter"))],
               eid=c.eid, number=c.number, title=c.title)
        b.edge(c.document, c.id, "has_part")
    if phase is not None:
        phase()
    chapters: dict[tuple[str, int | None], str] = {(c.document, c.number): c.id for c in chapter_list}
    sections: dict[tuple[str, int | None, int | None], str] = {}
    for s in section_list:
        b.node(s.id, "section", [ELI.LegalResourceSubdivision, REGKB.Section], f"{s.label} {s.title}".strip(),
               document=s.document, span=s.span,
               props=[(ELI.number, str(s.number)), (ELI.title, b.text(s.title, s.document)),
                      (ELI.type_subdivision, _type_iri(b, "subdivision-type", "section"))],
               eid=s.eid, number=s.number, title=s.title, chapter=s.chapter)
        b.edge(chapters.get((s.document, s.chapter), s.document), s.id, "has_part")
        sections[(s.document, s.chapter, s.number)] = s.id
    if phase is not None:
        phase()
    for a in article_list:
        b.node(a.id, "article", [ELI.LegalResourceSubdivision, REGKB.Article], a.label,
               document=a.document, span=a.span,
               props=[(ELI.number, str(a.number)), (ELI.title, b.text(a.title, a.document)), (REGKB.text, a.text),
                      (ELI.type_subdivision, _type_iri(b, "subdivision-type", "article"))],
               eid=a.eid, number=a.number, title=a.title or None, text=a.text, chapter=a.chapter, section=a.section)
        parent = sections.get((a.document, a.chapter, a.section)) or chapters.get((a.document, a.chapter)) or a.document
        b.edge(parent, a.id, "has_part")
        for p in a.paragraphs:
            b.node(p.id, "paragraph", [ELI.LegalResourceSubdivision, REGKB.Paragraph],
                   f"{a.label}, paragraph {p.number}", document=a.document, span=p.span,
                   props=[(ELI.number, str(p.number)), (REGKB.text, p.text),
                          (ELI.type_subdivision, _type_iri(b, "subdivision-type", "paragraph"))],
                   eid=p.eid, number=p.number, article=a.number, text=p.text)
            b.edge(a.id, p.id, "has_part")
            for it in p.items:
                b.node(it.id, "item", [ELI.LegalResourceSubdivision, REGKB.Item],
                       f"{a.label}, paragraph {p.number}, item {it.label}", document=a.document, span=it.span,
                       props=[(ELI.number, it.label), (REGKB.text, it.text),
                              (ELI.type_subdivision, _type_iri(b, "subdivision-type", "item"))],
                       eid=it.eid, number=it.number, article=a.number, paragraph=p.number, text=it.text,
                       item_label=it.label)
                b.edge(p.id, it.id, "has_part")
    if phase is not None:
        phase()
    for bl in block_list:
        b.node(bl.id, "block", [REGKB.Block], bl.text[:80], document=bl.document, span=bl.span,
               props=[(REGKB.text, bl.text), (REGKB.blockKind, bl.kind)],
               eid=bl.eid, block_kind=bl.kind, level=bl.level, text=bl.text)
        b.edge(bl.document, bl.id, "has_block")
    if phase is not None:
        phase()


class GraphMemo(Protocol):
    """Parts of the graph kept per document between builds (an incremental build's store, ``regkb.incremental``),
    each under a context: a hash of everything it was made from. Values are plain data (what JSON holds: dicts,
    lists, strings, integers, booleans, None), never objects; one it cannot give back is None (a miss)."""

    def get(self, document: str, context: str) -> object | None:
        """The part kept for ``document`` under ``context``, or None when there is none or it cannot be read."""
        ...

    def put(self, document: str, context: str, value: object) -> None:
        """Keep ``value`` (plain data only) as the part of ``document`` under ``context``."""
        ...

    def prune(self) -> None:
        """Remove the parts this build did not ask for (a document changed or gone, another context)."""
        ...


@functools.lru_cache(maxsize=1)
def _code_fingerprint() -> str:
    """A hash of the code that writes a node, an edge or a statement: this module, the vocabularies, and the
    versions of rdflib and Oxigraph (which check and print the IRIs and literals)."""
    import hashlib
    from importlib.metadata import version

    h = hashlib.sha256(f"{version('rdflib')}:{version('pyoxigraph')}".encode())
    for name in ("graph.py", "vocab.py"):
        h.update((Path(__file__).resolve().parent / name).read_bytes())
    return h.hexdigest()


def _context(b: Builder, kind: str, doc_id: str, made_of: str) -> str:
    """The context of a document's piece of kind ``kind``: a hash of what the builders read besides ``made_of`` (the
    model's objects the piece is made of, as their ``repr``, and anything else its caller names): the code, the
    base IRI, the document's IRI, language and file IRI, and the registry's law ids (they decide which IRIs are
    under ``law/``)."""
    import hashlib

    h = hashlib.sha256()
    for x in (_code_fingerprint(), kind, b.base, doc_id, b._nts[doc_id], b.languages.get(doc_id, ""),
              str(b.files.get(doc_id, "")), "\t".join(sorted(b.law_ids)), made_of):
        h.update(x.encode("utf-8", "surrogatepass"))
        h.update(b"\0")
    return h.hexdigest()


class _Recorder(Builder):
    """A builder for one document's part alone: it shares the corpus-level tables of the real builder
    (languages, file IRIs, law ids, checked IRIs), holds only a stand-in of the document's node, and logs
    the edges in the order they are added (the order of each node's in-edges, which networkx keeps)."""

    def __init__(self, b: Builder, doc_id: str) -> None:  # not Builder.__init__: nothing to check or compute again
        self.kb, self.base, self.memo = b.kb, b.base, None
        self.g = nx.MultiDiGraph(base=b.base)
        self.g.add_node(doc_id, type=b.g.nodes[doc_id].get("type"))  # a stand-in: its presence, type and IRI
        self.statements, self.iris = {}, {}
        self._nts = {doc_id: b._nts[doc_id]}
        self._iri_nt = b._iri_nt
        self.law_ids, self.languages, self.files = b.law_ids, b.languages, b.files
        self.added: list[tuple[str, str, str]] = []
        self.phases: list[list[Any]] = []
        self._seen_nodes = 1
        self._seen_dups = 0

    def edge(self, src: str, dst: str, kind: str, **attrs: Any) -> bool:
        new = src in self.g and dst in self.g and not self.g.has_edge(src, dst, key=kind)
        done = super().edge(src, dst, kind, **attrs)
        if new:
            self.added.append((src, dst, kind))
        return done

    def phase(self) -> None:
        """Close one phase: the nodes (id, IRI, attributes), edges (ends, key, attributes) and repeated ids it
        added, in order."""
        ids = list(self.g.nodes)[self._seen_nodes:]
        self._seen_nodes += len(ids)
        dups = list(self.g.graph.get("duplicates", []))[self._seen_dups:]
        self._seen_dups += len(dups)
        nodes = [[n, str(self.iris[n]), dict(self.g.nodes[n])] for n in ids]
        edges = [[u, v, k, dict(self.g.edges[u, v, k])] for u, v, k in self.added]
        self.added = []
        self.phases.append([nodes, edges, dups])

    def piece(self) -> tuple[dict[str, Any], bytes] | None:
        """What the document adds: its phases as plain data, and its RDF statements as one run of N-Triples
        lines with each subject's length in bytes (None if a value is not one that JSON gives back as it
        was: then nothing is kept or replayed)."""
        data = {"phases": self.phases, "statements": [[s, len(buf)] for s, buf in self.statements.items()]}
        return (data, b"".join(self.statements.values())) if _plain(data) else None


def _plain(v: Any) -> bool:
    """Whether ``v`` is data that JSON writes and reads back as it was (same types, same values)."""
    t = type(v)
    if t is str or t is int or t is bool or v is None:
        return True
    if t is list:
        return all(_plain(x) for x in v)
    if t is dict:
        return all(type(k) is str and _plain(x) for k, x in v.items())
    return False


def _piece_shape(piece: object, phases: int) -> bool:
    """Whether a kept piece has the outline :meth:`_Recorder.piece` gives. Its values are not checked one by one:
    a piece is read only if its signature holds (so this machine wrote it) and its context names this code."""
    if not (isinstance(piece, tuple) and len(piece) == 2 and isinstance(piece[0], dict)
            and isinstance(piece[1], bytes | memoryview)):
        return False
    data = piece[0]
    if not (isinstance(data.get("phases"), list) and len(data["phases"]) == phases
            and isinstance(data.get("statements"), list)):
        return False
    return (sum(n for _, n in data["statements"]) == len(piece[1])
            and all(isinstance(phase, list) and len(phase) == 3 and all(isinstance(x, list) for x in phase)
                    for phase in data["phases"]))


def shares_by_document(documents: Sequence[Any], groups: Sequence[Sequence[Any]]) -> dict[str, list[list[Any]]] | None:
    """Each document's share of each list in ``groups`` (lists of the model's objects with a ``document``), if
    every list holds the documents' objects one document after another in the order of ``documents`` (as a
    knowledge base made from a corpus does); else None. The graph's pieces and the site's (site/docpieces.py) are
    cut along these shares."""
    order = {d.id: i for i, d in enumerate(documents)}
    out: dict[str, list[list[Any]]] = {d.id: [[] for _ in groups] for d in documents}
    for k, group in enumerate(groups):
        last = -1
        for x in group:
            i = order.get(x.document)
            if i is None or i < last:
                return None
            last = i
            out[x.document][k].append(x)
    return out


def _by_document(kb: KnowledgeBase, groups: Sequence[Sequence[Any]]) -> dict[str, list[list[Any]]] | None:
    return shares_by_document(kb.documents, groups)


def _pieces(b: Builder, kind: str, groups: dict[str, list[list[Any]]], phases: int,
            make: Callable[[_Recorder, str, list[list[Any]]], None],
            extra: Callable[[str, list[list[Any]]], str] = lambda doc_id, parts: "",
            ) -> list[tuple[dict[str, Any], bytes]] | None:
    """The pieces of kind ``kind`` of the documents that have parts in ``groups``, in document order: kept in
    ``b.memo`` under their context, else made by running ``make`` on a :class:`_Recorder` (and kept). None when
    they cannot be vouched for: a document that is not a node, a value that is not plain data, an error while
    making a piece (the plain loops then raise it as a full build does), or a node id in two pieces or already
    in the graph.

    Each piece's RDF statements are added as soon as its ids are checked, and its bytes let go of (they are not
    held for the whole corpus while the other pieces are read: memory); when a later piece cannot be vouched for,
    the statements added are taken back (``b.statements`` as it was) before None is returned."""
    assert b.memo is not None
    pieces: list[tuple[dict[str, Any], bytes]] = []
    seen: set[str] = set()
    undo: list[tuple[str, int]] = []  # each subject the pieces' statements touched, with its length before (-1: new)

    def give_up() -> None:
        statements = b.statements
        for s, n in reversed(undo):
            if n < 0:
                del statements[s]
            else:
                del statements[s][n:]

    for doc_id, parts in groups.items():
        if not any(parts):
            continue
        if doc_id not in b.g or doc_id not in b._nts:
            give_up()
            return None
        context = _context(b, kind, doc_id, repr(parts) + "\0" + extra(doc_id, parts))
        piece = b.memo.get(doc_id, context)
        if not _piece_shape(piece, phases):
            rec = _Recorder(b, doc_id)
            try:
                make(rec, doc_id, parts)
            except RegkbError:
                give_up()
                return None
            piece = rec.piece()
            if piece is None:
                give_up()
                return None
            b.memo.put(doc_id, context, piece)
        assert isinstance(piece, tuple)
        ids = [node[0] for phase in piece[0]["phases"] for node in phase[0]]
        if len(set(ids)) != len(ids) or any(n in seen or n in b.g for n in ids):
            give_up()
            return None
        seen.update(ids)
        _replay_statements(b, piece, undo)
        pieces.append((piece[0], b""))
    return pieces


def _replay_phase(b: Builder, piece: tuple[dict[str, Any], bytes], k: int) -> None:
    """Add phase ``k`` of a piece: its nodes, their IRIs, its edges and its repeated ids, in their order."""
    g, iris, nts = b.g, b.iris, b._nts
    nodes, edges, dups = piece[0]["phases"][k]
    for n, iri, data in nodes:
        g.add_node(n, **data)
        iris[n] = URIRef(iri)
        nts[n] = f"<{iri}>"
    for u, v, key, data in edges:
        g.add_edge(u, v, key=key, **data)
    if dups:
        g.graph.setdefault("duplicates", []).extend(dups)


def _replay_statements(b: Builder, piece: tuple[dict[str, Any], bytes], undo: list[tuple[str, int]]) -> None:
    """Add a piece's RDF statements (each subject's lines are sorted when written: their order is free), noting in
    ``undo`` each subject's length before (-1: a new subject)."""
    statements = b.statements
    lines = piece[1]
    at = 0
    for s, n in piece[0]["statements"]:
        buf = statements.get(s)
        if buf is None:
            statements[s] = bytearray(lines[at:at + n])
            undo.append((s, -1))
        else:
            undo.append((s, len(buf)))
            buf += lines[at:at + n]
        at += n


def _structure_pieces(b: Builder) -> bool:
    """Add the structure from per-document pieces (kept in ``b.memo``, made for the documents whose inputs
    changed), replayed phase by phase in document order: the nodes, edges, attributes and statements the
    loops of :func:`add_structure` make, in the same order. False (nothing added) when that cannot be
    vouched for (see :func:`_pieces`, and parts not grouped by document).

    A piece's context is a hash of everything the loops read for its document: the document's parts
    (their ``repr``: every field) and what :func:`_context` names."""
    kb = b.kb
    groups = _by_document(kb, (kb.chapters, kb.sections, kb.articles, kb.blocks))
    if groups is None:
        return False

    def make(rec: _Recorder, doc_id: str, parts: list[list[Any]]) -> None:
        chapters, sections, articles, blocks = parts
        _structure(rec, chapters, sections, articles, blocks, phase=rec.phase)

    pieces = _pieces(b, "structure", groups, 4, make)
    if pieces is None:
        return False
    for k in range(4):
        for piece in pieces:
            _replay_phase(b, piece, k)
    return True


def add_definitions(b: Builder) -> None:
    """Add the defined terms (one SKOS concept scheme per document), their defining provisions and their uses."""
    schemes: dict[str, URIRef] = {}
    for d in b.kb.definitions:
        if d.document not in schemes:  # one concept scheme per document: the terms it defines
            sch = schemes[d.document] = URIRef(f"{b.iri_for(d.document, 'document')}/terms")
            b.triple(sch, RDF.type, SKOS.ConceptScheme)
            title = b.g.nodes[d.document]["label"] if b.has(d.document) else d.document
            b.triple(sch, SKOS.prefLabel, b.text(f"Terms defined in {title}", d.document))
            if b.has(d.document):
                b.triple(sch, DCTERMS.source, b.iris[d.document])
        sch = schemes[d.document]
        # a term defined for one chapter or section only ("For the purposes of this Chapter"): dcterms:coverage names
        # the part where the definition applies
        scope = [(DCTERMS.coverage, b.iris[d.scope])] if d.scope and d.scope in b.iris else []
        b.node(d.id, "definition", [SKOS.Concept], d.term, document=d.document, span=d.span,
               props=[(SKOS.prefLabel, b.text(d.term, d.document)), (SKOS.definition, d.definition),
                      (SKOS.altLabel, [b.text(f, d.document) for f in d.forms if f != d.term]),
                      (SKOS.inScheme, sch), (SKOS.topConceptOf, sch), *scope],
               term=d.term, definition=d.definition, definition_kind=d.kind, article=d.article,
               provision=d.provision, forms=list(d.forms), scope=d.scope,
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
    """Add the actors (parties and authorities), with their defining terms, registry bodies and mentions."""
    from .authorities import authority_ids, body_links

    authorities = authority_ids(b.kb.actors, b.kb.sanctions, b.kb.bodies)
    links = body_links(b.kb.actors, b.kb.bodies)
    for a in b.kb.actors:
        kind = "authority" if a.id in authorities else "party"
        b.node(a.id, "actor", [LRMLMM.Agent, *([LRMLMM.Authority] if kind == "authority" else [])], a.label,
               props=[(SKOS.prefLabel, b.text(a.label)), (SKOS.altLabel, [b.text(x) for x in a.aliases if x != a.label]),
                      (REGKB.actorBasis, a.basis)],
               aliases=list(a.aliases), basis=a.basis, definition=a.definition, kind=kind)
        if a.definition:
            b.edge(a.id, a.definition, "defined_by")
        link = links.get(a.id)
        if link is not None:  # a fuzzy title match is a skos:closeMatch, never the body itself (regkb check says so)
            b.edge(a.id, link.body, "authority_fuzzy" if link.fuzzy else "authority", name=link.name,
                   matched=link.matched)
        for m in a.mentions:
            src = _nearest(b, m.document, m.provision, m.article)
            if src:
                b.edge(src, a.id, "mentions", spans=[[m.span.start, m.span.end]], texts=[m.text])


def add_obligations(b: Builder) -> None:
    """Add the obligations, the provisions that impose them, and their bearers.

    With a memo (see :class:`GraphMemo`) each document's obligation nodes (their attributes and statements) are
    kept between builds and replayed in document order; their edges, which reach other documents' actors, are
    made again (see :func:`_obligation_pieces`)."""
    if b.memo is not None and _obligation_pieces(b):
        return
    for o in b.kb.obligations:
        _obligation_node(b, o, _bearers(b, o))
        _obligation_edges(b, o)


def _bearers(b: Builder, o: Any) -> str:
    """The bearers of an obligation as its label names them: each actor's label (its id if it is not a node)."""
    return ", ".join(b.g.nodes[x]["label"] if b.has(x) else x for x in o.actors)


def _obligation_node(b: Builder, o: Any, bearers: str) -> None:
    b.node(o.id, "obligation", [REGKB.NormativeStatement, MODALITY_CLASSES[o.modality]],
           f"Art. {o.article} {o.modality}: {bearers}", document=o.document, span=o.span,
           props=[(REGKB.modality, o.modality), (REGKB.action, o.action),
                  (REGKB.condition, [o.condition, o.condition_after]),  # a condition in two parts: both quoted
                  (REGKB.text, o.text), (REGKB.trigger, o.trigger), (REGKB.subject, o.subject),
                  (REGKB.bearerBasis, o.bearer_basis)],
           modality=o.modality, article=o.article, provision=o.provision, actors=list(o.actors),
           action=o.action, condition=o.condition, text=o.text, trigger=o.trigger, subject=o.subject,
           bearer_basis=o.bearer_basis,
           action_start=o.action_span.start, action_end=o.action_span.end,
           condition_start=o.condition_span.start if o.condition_span else None,
           condition_end=o.condition_span.end if o.condition_span else None, condition_after=o.condition_after,
           condition_after_start=o.condition_after_span.start if o.condition_after_span else None,
           condition_after_end=o.condition_after_span.end if o.condition_after_span else None)


def _obligation_edges(b: Builder, o: Any) -> None:
    src = _nearest(b, o.document, o.provision, o.article)
    if src:
        b.edge(src, o.id, "imposes")
    for a in o.actors:
        b.edge(o.id, a, "bearer")
    for a in o.co_bearers:
        b.edge(o.id, a, "co_bearer")


def _obligation_pieces(b: Builder) -> bool:
    """Add the obligations from per-document pieces of their nodes (kept in ``b.memo``), each document's nodes
    followed by its obligations' edges, made as :func:`add_obligations` makes them: the nodes come in the
    same order, and so does every edge (per node, in the order the loop adds them). A piece's context is a
    hash of the document's obligations (their ``repr``), of their labels' bearers (other documents may name
    or rename the actors) and what :func:`_context` names. False (nothing added) when that cannot be vouched
    for (see :func:`_pieces`, obligations not grouped by document, or an obligation id that an edge may
    reach: in a full build it would not be a node yet)."""
    kb = b.kb
    groups = _by_document(kb, (kb.obligations,))
    if groups is None:
        return False
    bearers = {o.id: _bearers(b, o) for o in kb.obligations}

    def make(rec: _Recorder, doc_id: str, parts: list[list[Any]]) -> None:
        for o in parts[0]:
            _obligation_node(rec, o, bearers[o.id])
        rec.phase()

    ids = {o.id for o in kb.obligations}
    for o in kb.obligations:
        ends = (*o.actors, *o.co_bearers, _provision_id(o.document, o.provision), f"{o.document}/art_{o.article}")
        if any(x in ids for x in ends):
            return False
    pieces = _pieces(b, "obligations", groups, 1, make,  # their statements added already
                     extra=lambda doc_id, parts: "\t".join(bearers[o.id] for o in parts[0]))
    if pieces is None:
        return False
    for piece, parts in zip(pieces, (p for p in groups.values() if any(p)), strict=True):
        _replay_phase(b, piece, 0)
        for o in parts[0]:
            _obligation_edges(b, o)
    return True


def add_sanctions(b: Builder) -> None:
    """Sanctions: penalties on the violator, and the imposing authority's power (never duties)."""
    for s in b.kb.sanctions:
        b.node(s.id, "sanction", [REGKB.Sanction, LRMLMM.PenaltyStatement],
               f"Art. {s.article} sanction: {s.violator or 'violator not named'}", document=s.document, span=s.span,
               props=[(REGKB.penalties, s.penalties), (REGKB.condition, s.condition), (REGKB.text, s.text),
                      (REGKB.trigger, s.trigger), (REGKB.violatorText, s.violator),
                      (REGKB.authorityText, s.authority)],
               article=s.article, provision=s.provision, penalties=s.penalties, violator=s.violator,
               authority=s.authority, condition=s.condition, text=s.text, trigger=s.trigger,
               violators=list(s.violators), authorities=list(s.authorities))
        src = _nearest(b, s.document, s.provision, s.article)
        if src:
            b.edge(src, s.id, "provides_sanction")
        for a in s.violators:
            if b.has(a):
                b.edge(s.id, a, "violator")
        for a in s.authorities:
            if b.has(a):
                b.edge(a, s.id, "may_impose")


def target_id(t: Any) -> str | None:
    """The graph node id a reference target points at (a law, a provision or a document)."""
    if t.law and not t.provision:  # an article of a law whose text is in the corpus: the article
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
    """Add the citations, the provisions that make them and the provisions or laws they point at."""
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
               props=[(ELI.id_local, d.id), (ELI.type_document, _type_iri(b, "type", _doc_type(d))),
                      (ELI.date_document, fm.get("released_date") or fm.get("adopted_date")),
                      (ELI.first_date_entry_in_force, fm.get("effective_date")),
                      (ELI.in_force, _IN_FORCE.get(status)), (REGKB.status, d.status),
                      (REGKB.commentDeadline, fm.get("comment_deadline")), (REGKB.describedOnly, True)],
               title=d.title, doc_kind=d.kind, status=d.status, work=d.work, path=d.path, sha256=d.sha256,
               described_only=True, issuing_body=fm.get("issuing_body"),
               released_date=_iso(fm.get("released_date")), adopted_date=_iso(fm.get("adopted_date")),
               comment_deadline=_iso(fm.get("comment_deadline")),
               facts=[f.dump() for f in own] or None)
        add_expression(b, d.id, DEFAULT_LANGUAGE, d.title)
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


def corpus_hash(kb: KnowledgeBase) -> str:
    """sha256 over what a build reads: each corpus file's path and sha256, and the registries."""
    import hashlib

    h = hashlib.sha256()
    for d in sorted(kb.documents, key=lambda d: d.path):
        h.update(f"{d.path}\t{d.sha256}\n".encode())
    h.update(json.dumps([x.dump() for x in (*kb.laws, *kb.bodies)], sort_keys=True, ensure_ascii=False).encode())
    return h.hexdigest()


def build_time(kb: KnowledgeBase) -> str | None:
    """When a build happened, for its prov:Activity: ``SOURCE_DATE_EPOCH`` if set (asked for), else the
    latest date the corpus names (so two builds of one corpus give identical triples); None if neither."""
    import os
    from datetime import UTC, datetime

    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        return datetime.fromtimestamp(int(epoch), UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    dates = [str(_iso(v))[:10] for d in kb.documents for k, v in d.frontmatter.items()
             if k.endswith("_date") and re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(_iso(v))[:10])]
    dates += [law.date for law in kb.laws if re.fullmatch(r"\d{4}-\d{2}-\d{2}", law.date or "")]
    return max(dates) + "T00:00:00Z" if dates else None


def add_build(b: Builder) -> None:
    """One prov:Activity for the build: which regkb, which corpus (by hash), when; the graph it generated."""
    from .version import __version__

    digest = corpus_hash(b.kb)
    act = URIRef(f"{b.base}build/{digest[:16]}")
    agent = URIRef(f"{b.base}software/regkb/{quote(__version__)}")
    graph = URIRef(b.base + "graph")
    b.triple(act, RDF.type, PROV.Activity)
    b.triple(act, RDFS.label, Literal(f"regkb {__version__} build of a corpus with sha256 {digest}", lang="en"))
    b.triple(act, REGKB.corpusHash, Literal(digest, datatype=XSD.hexBinary))
    b.triple(act, PROV.wasAssociatedWith, agent)
    when = build_time(b.kb)
    if when is not None:
        b.triple(act, PROV.endedAtTime, Literal(when, datatype=XSD.dateTime))
    for f in sorted(set(b.files.values())):
        b.triple(act, PROV.used, f)
    b.triple(agent, RDF.type, PROV.SoftwareAgent)
    b.triple(agent, RDFS.label, Literal(f"regkb {__version__}", lang="en"))
    b.triple(agent, REGKB.softwareVersion, Literal(__version__))
    b.triple(graph, RDF.type, PROV.Entity)
    b.triple(graph, PROV.wasGeneratedBy, act)


# Order matters only in that an edge needs both ends (nodes first, then the links between them).
NODE_BUILDERS: list[Callable[[Builder], None]] = [
    add_types, add_bodies, add_documents, add_laws, add_document_links, add_structure, add_definitions, add_actors,
    add_obligations, add_sanctions, add_references, add_described_documents, add_claims, add_changes, add_build,
]


def build(kb: KnowledgeBase, base: str = DEFAULT_BASE, memo: GraphMemo | None = None) -> Graphs:
    """Both graphs from one walk over the model (see the module docstring). ``memo``: where each document's
    structure is kept between builds (an incremental build's; the graphs are the same with or without it)."""
    from .incremental import gc_paused

    b = Builder(kb, base, memo)
    with gc_paused():  # many long-lived objects: full collections would rescan them all (docs/performance.md)
        for fn in NODE_BUILDERS:
            fn(b)
        if memo is not None:
            memo.prune()  # the entries this build did not ask for
        # a large graph's N-Triples wait in a temporary file, not in memory (Oxigraph reads them as a stream)
        nt = tempfile.SpooledTemporaryFile(max_size=NT_IN_MEMORY)  # noqa: SIM115 - owned by the Graphs
        b.write_nt(nt)
    return Graphs(b.g, None, base, b.iris, nt=nt)


# --- queries over the networkx graph: walk edges, never copy ---------------------------------


def _out(g: NxGraph, n: str, kind: str) -> Iterator[str]:
    for _, v, k in g.out_edges(n, keys=True):
        if k == kind:
            yield v


def _in(g: NxGraph, n: str, kind: str) -> Iterator[str]:
    for u, _, k in g.in_edges(n, keys=True):
        if k == kind:
            yield u


def parts(g: NxGraph, n: str) -> list[str]:
    """``n`` and everything below it in the structure (has_part, transitively), in document order."""
    out, stack = [], [n]
    while stack:
        x = stack.pop()
        out.append(x)
        stack.extend(reversed(list(_out(g, x, "has_part"))))
    return out


def ancestors(g: NxGraph, n: str) -> list[str]:
    """The structural parents of ``n``, nearest first (paragraph, article, chapter, document)."""
    out = []
    x: str | None = n
    while x is not None:
        x = next(_in(g, x, "has_part"), None)
        if x is not None:
            out.append(x)
    return out


def _order(g: NxGraph, ids: Iterable[str]) -> list[str]:
    nodes = g.nodes
    return sorted(ids, key=lambda i: (nodes[i].get("document", ""), nodes[i].get("start", -1), i))


def duties(g: NxGraph, actor: str, modality: str | None = None) -> list[str]:
    """Obligation ids whose bearer is ``actor``, in source order."""
    if actor not in g:
        raise NotFound(f"no node {actor!r} in the graph")
    return _order(g, (o for o in _in(g, actor, "bearer") if modality is None or g.nodes[o]["modality"] == modality))


def depends_on(g: NxGraph, provision: str) -> list[str]:
    """What a provision depends on: what it (or any of its parts) cites, then what those cite, ...

    Follows cited provisions at the granularity cited (citing a paragraph pulls in that paragraph
    and its items, not the whole article). Returns provision and law ids, nearest first.
    """
    if provision not in g:
        raise NotFound(f"no node {provision!r} in the graph")
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


def citing(g: NxGraph, target: str) -> list[str]:
    """Provisions that cite ``target`` (a law, or a provision or any part of it), in source order."""
    if target not in g:
        raise NotFound(f"no node {target!r} in the graph")
    found: dict[str, None] = {}
    for t in parts(g, target):
        for src in _in(g, t, "cites"):
            found[src] = None
    return _order(g, found)


def law_paths(g: NxGraph, law: str, actor: str) -> list[list[str]]:
    """For each duty of ``actor``, the path that connects it to ``law``.

    A path runs from the law to the provision that cites it (or the document naming it as a
    related law), through the structure to the provision imposing the duty, then to the
    obligation and its bearer: ``[law, citing, ..., provision, obligation, actor]``. The nearest
    connection wins: a citation in the same article beats a document-level ``related_laws``.
    Duties with no connection are left out.
    """
    if law not in g:
        raise NotFound(f"no node {law!r} in the graph")
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


def changes_of(g: NxGraph, provision: str) -> list[str]:
    """Change ids touching a provision: changes leading to it, to any of its parts or to the article
    or paragraph holding it, and changes from it (when the older version's text is in the corpus).

    Sorted by change id.
    """
    if provision not in g:
        raise NotFound(f"no node {provision!r} in the graph")
    nodes = parts(g, provision) + [a for a in ancestors(g, provision) if g.nodes[a]["type"] in ("article", "paragraph")]
    found = {c for n in nodes for c in (*_in(g, n, "changed_to"), *_out(g, n, "has_change"))}
    return sorted(found)


_GRAPHML_TYPES = ((bool, "boolean"), (int, "long"), (float, "double"), (str, "string"))


_GRAPHML_TYPE_OF = {t: name for t, name in _GRAPHML_TYPES}  # exact types; a subclass falls back to isinstance
_GRAPHML_EXACT: dict[type, str] = {t: name for t, name in _GRAPHML_TYPES}  # the types graphml_text writes without _scalar


def _graphml_type(v: Any) -> str:
    name = _GRAPHML_TYPE_OF.get(type(v))
    return name if name is not None else next(name for t, name in _GRAPHML_TYPES if isinstance(v, t))


def _graphml_value(v: Any) -> str:
    return ("true" if v else "false") if isinstance(v, bool) else repr(v) if isinstance(v, float) else str(v)


_ATTR_SPECIAL = re.compile("[&<>\"'\n\r\t]")  # what xml.sax.saxutils.quoteattr changes; without them, the value in "..."


def graphml_text(g: NxGraph) -> str:
    """GraphML of the graph: list and dict attributes as JSON text, missing values left out.

    Written directly, in one pass over the graph (networkx's writer builds an XML tree of the whole
    graph first: ten times the time and memory, regkb#16). A key per attribute name and scope, its
    id the name (name.type when one name carries values of several types); nodes and edges in the
    graph's order; edge ids are the edge keys. ``networkx.read_graphml`` reads it back."""
    from xml.sax.saxutils import quoteattr

    types: dict[tuple[str, str], list[str]] = {}

    def rows(scope: str, items: Iterable[dict[str, Any]]) -> list[list[tuple[str, str, str]]]:
        """Per node or edge: (name, GraphML type, escaped text) of each value, its type found once."""
        seen: set[tuple[str, str]] = set()
        out: list[list[tuple[str, str, str]]] = []
        for data in items:
            row = []
            for k, v in data.items():
                if v is None:
                    continue
                t = _GRAPHML_EXACT.get(type(v))
                if t is None:  # a list, a dict, a subclass: as _scalar, _graphml_type and _graphml_value say
                    v = _scalar(v)
                    t = _graphml_type(v)
                    text = _graphml_value(v)
                elif t == "string":
                    text = v
                elif t == "boolean":
                    text = "true" if v else "false"
                else:
                    text = repr(v) if t == "double" else str(v)
                if "&" in text or "<" in text or ">" in text:  # xml.sax.saxutils.escape, when there is anything to
                    text = text.replace("&", "&amp;").replace(">", "&gt;").replace("<", "&lt;")
                row.append((k, t, text))
                if (k, t) not in seen:
                    seen.add((k, t))
                    ts = types.setdefault((scope, k), [])
                    if t not in ts:
                        ts.append(t)
            out.append(row)
        return out

    node_rows = rows("node", (d for _, d in g.nodes(data=True)))
    edge_rows = rows("edge", (d for _, _, _, d in g.edges(keys=True, data=True)))
    key_id = {(scope, k, t): (k if len(ts) == 1 else f"{k}.{t}") for (scope, k), ts in types.items() for t in ts}
    out = ['<?xml version=\'1.0\' encoding=\'utf-8\'?>',
           '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
           'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
           'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
           'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">']
    out.extend(f'  <key id={quoteattr(kid)} for="{scope}" attr.name={quoteattr(k)} attr.type="{t}" />'
               for (scope, k, t), kid in key_id.items())
    out.append('  <graph edgedefault="directed">')

    opening = {scope: {(k, t): f"<data key={quoteattr(kid)}>" for (s, k, t), kid in key_id.items() if s == scope}
               for scope in ("node", "edge")}  # quoted once, not per value
    node_open, edge_open = opening["node"], opening["edge"]
    quoted: dict[Any, str] = {}  # each node id quoted once (an id is the source or target of many edges)

    def q(value: Any) -> str:
        text = quoted.get(value)
        if text is None:
            text = str(value)
            text = quoted[value] = quoteattr(text) if _ATTR_SPECIAL.search(text) else f'"{text}"'
        return text

    for n, row in zip(g.nodes, node_rows, strict=True):
        data = "".join([f"{node_open[k, t]}{text}</data>" for k, t, text in row])
        out.append(f"    <node id={q(n)}>{data}</node>")
    for (u, v, k), row in zip(g.edges(keys=True), edge_rows, strict=True):
        data = "".join([f"{edge_open[a, t]}{text}</data>" for a, t, text in row])
        out.append(f"    <edge source={q(u)} target={q(v)} id={q(k)}>{data}</edge>")
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
