"""The knowledge base: the parsed corpus (parsed.py) and every stage built on it, behind one class.

:class:`KnowledgeBase` is the facade of the middle layer: it adds loading and saving, the graph
(graph.py), SPARQL (rdf_queries.py), versions (draft.py, compare.py) and search (index.py) to
:class:`regkb.parsed.ParsedCorpus`, importing each stage when first used. Nothing below it imports
it at run time.
"""

from __future__ import annotations

import inspect
import json
import sys
from collections.abc import Mapping
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from .errors import NotFound, RegkbError
from .model import (
    MODALITIES,
    Actor,
    Article,
    Block,
    Body,
    Chapter,
    Definition,
    Document,
    Item,
    Law,
    Obligation,
    Paragraph,
    Reference,
    Sanction,
    Section,
)
from .parsed import SCHEMA_VERSION, DocumentSet, ParsedCorpus, _doc_dump, register_facade

if TYPE_CHECKING:
    from types import ModuleType

    import networkx as nx
    from rdflib import Graph as RDFGraph
    from rdflib import URIRef

    from .compare import Change
    from .draft import Claim, Fact, Versions
    from .graph import Graphs
    from .index import SearchResult
    from .kinds import ChangeKind, SearchKind
    from .model import Modality
    from .rdf_queries import Row, SparqlResult


#: anything :meth:`KnowledgeBase.get` can return
Entity: TypeAlias = "Document | Chapter | Section | Article | Paragraph | Item | Block | Definition | Actor | " \
    "Obligation | Sanction | Reference | Law | Body | Claim | Change"

__all__ = ["SCHEMA_VERSION", "DocumentSet", "Entity", "KnowledgeBase"]


def _rdf_queries() -> ModuleType:
    """The module :mod:`regkb.rdf_queries`, imported on first use (it brings in rdflib and pyoxigraph).

    Looked up in ``sys.modules`` after that: an import statement per query would cost more than
    the smallest queries themselves.
    """
    mod = sys.modules.get(f"{__package__}.rdf_queries")
    if mod is not None:
        return mod
    from . import rdf_queries

    return rdf_queries


class KnowledgeBase(ParsedCorpus):
    """A parsed corpus: its documents, their provisions and facts, and the queries over them.

    What it offers (every fact carries its document, article, provision and source span):

    - Load: :meth:`from_corpus` (parse a corpus directory; ``corpus_dir`` says which),
      :meth:`save` / :meth:`load`, :meth:`from_parsed` (from the parser's own output).
    - The parsed corpus, as tuples of frozen dataclasses: ``documents``, ``chapters``,
      ``sections``, ``articles``, ``blocks``, ``definitions``, ``term_uses``, ``actors``,
      ``obligations``, ``sanctions``, ``references``, ``laws``, ``bodies``, ``statements``,
      ``dropped``, ``diagnostics``; the source texts in ``sources``. A fact's ``provision`` is
      the global id of its provision (``kb.provision(fact.provision)``).
    - Look up (a miss raises :class:`regkb.NotFound`, a ``KeyError``): :meth:`get` (any id),
      :meth:`document`, :meth:`article`, :meth:`paragraph`, :meth:`provision`, :meth:`definition`,
      :meth:`actor`, :meth:`law`, :meth:`chapter_of`, :meth:`source_text`.
    - Filter: :meth:`obligations_of`, :meth:`sanctions_of`, :meth:`uses_of`, :meth:`references_from`,
      :meth:`cited_by`, :meth:`articles_of`, ``regulations``, ``unstructured_ids`` (regulations kept
      whole, not divided into articles: their text is one ``unstructured`` block).
    - Versions: ``claims``, ``described_documents``, ``external_facts``, :meth:`changes`,
      :meth:`changes_of`.
    - Graph (networkx): ``graph``, :meth:`duties`, :meth:`depends_on`, :meth:`citing`, :meth:`law_paths`.
    - Linked data (rdflib on Oxigraph): ``rdf``, :meth:`iri`, ``base_iri``, :meth:`set_base_iri`,
      :meth:`sparql`, :meth:`select`, :meth:`ask`, :meth:`construct`, :meth:`use_endpoint`, :meth:`shacl`.
    - Full-text search: :meth:`search` (a :class:`regkb.SearchResult`).
    - Export: :meth:`to_dict`, :meth:`to_json`.

    >>> kb = KnowledgeBase.from_corpus("corpus")
    >>> kb.article(17).label
    'Article 17'
    >>> len(kb.articles_of()), len(kb.articles)    # the regulation; all texts (with the PIPL's)
    (25, 99)
    >>> sorted(d.term for d in kb.definitions)[:2]
    ['Deep synthesis service providers', 'Deep synthesis service users']
    """
    @classmethod
    def from_corpus(cls, path: str | Path = "corpus", incremental: bool = False,
                    cache_dir: str | Path | None = None) -> KnowledgeBase:
        """Parse every document of a corpus directory. Raises :class:`RegkbError` on bad input.

        ``incremental=True`` re-parses only files whose content changed since the last incremental
        build (cache in ``<corpus>/.regkb/cache`` or ``cache_dir``); the result is the same.
        """
        if incremental:
            from .incremental import build

            return build(path, cache_dir)[0]
        from .incremental import gc_paused

        with gc_paused():
            return cls._from_corpus(Path(path))

    # --- lookups ------------------------------------------------------------------------

    @cached_property
    def _by_id_versions(self) -> dict[str, Entity]:
        """Claims, changes and described documents (computed after the core, which they use)."""
        out: dict[str, Entity] = {}
        for group in (self.described_documents, self.claims, self.changes()):
            for obj in group:
                out[obj.id] = obj
        return out

    def get(self, id: str) -> Entity:
        """Any object by its id: documents (described ones too), provisions, blocks, definitions, actors,
        obligations, sanctions, references, laws, authorities, claims and changes. Every node id of :attr:`graph`."""
        if id in self._by_id:
            return self._by_id[id]
        found = self._by_id_versions.get(id)
        if found is not None:
            return found
        raise NotFound(f"no object with id {id!r}")

    # --- persistence: see store.py (incremental builds: incremental.py) -------------------

    def save(self, directory: str | Path) -> Path:
        """Write the knowledge base into ``directory`` for a fast :meth:`load`: the model (see store.py)
        and its graphs (``graph.nt``, ``graph.json``: data, not code), so that :meth:`load` rebuilds nothing."""
        from . import store
        from .graph import save_graphs

        path = store.save(self, directory)
        save_graphs(self, self._graphs, directory)
        return path

    @classmethod
    def load(cls, directory: str | Path) -> KnowledgeBase:
        """Load a knowledge base written by :meth:`save` (only load stores you built: it is a pickle)."""
        from . import store

        kb = store.load(cls, directory)
        kb.__dict__["_store_dir"] = str(directory)  # the saved graphs, used if they fit (see graph.load_graphs)
        return kb

    # --- graph (networkx, RDF, SPARQL): see graph.py -----------------------------------

    @cached_property
    def _graphs(self) -> Graphs:
        from .graph import DEFAULT_BASE, build, load_graphs

        base = self.__dict__.get("_graph_base", DEFAULT_BASE)
        saved = self.__dict__.get("_store_dir")
        if saved is not None:
            found = load_graphs(self, saved, base)
            if found is not None:
                return found
        return build(self, base, self.__dict__.get("_graph_memo"))  # an incremental build's: see incremental.py

    @property
    def graph(self) -> nx.MultiDiGraph[str]:
        """The knowledge base as a ``networkx.MultiDiGraph`` (node ids = JSON ids; see graph.py)."""
        return self._graphs.nx

    @cached_property
    def rdf(self) -> RDFGraph:
        """The knowledge base as an ``rdflib.Graph`` on the embedded Oxigraph store (built with ``graph``)."""
        return self._graphs.rdf("Oxigraph")

    @property
    def base_iri(self) -> str:
        """The base under which the graph's IRIs are minted (see :meth:`set_base_iri`)."""
        return str(self._graphs.base)

    def set_base_iri(self, base: str) -> None:
        """Mint IRIs under ``base`` (default https://regkb.example/eli/); rebuilds the graphs."""
        for name in ("_graphs", "rdf"):
            self.__dict__.pop(name, None)
        self.__dict__["_graph_base"] = base
        _ = self._graphs  # validate now

    def iri(self, node_id: str) -> URIRef:
        """The RDF IRI (an ``rdflib.URIRef``) of a graph node, for SPARQL bindings."""
        try:
            return self._graphs.iris[node_id]
        except KeyError:
            raise NotFound(f"no graph node {node_id!r}") from None

    def use_endpoint(self, query_url: str | None, graph: str | None = "") -> None:
        """Answer :meth:`sparql` from a remote SPARQL endpoint (``None``: the embedded store again).

        ``graph`` is the named graph the data was published to (default ``<base>graph``, as
        ``regkb publish`` uses); ``None`` queries the endpoint's default graph.
        """
        from .rdf_queries import Endpoint

        if query_url is None:
            self.__dict__.pop("_endpoint", None)
            return
        self.__dict__["_endpoint"] = Endpoint(query_url, self.base_iri + "graph" if graph == "" else graph)

    def sparql(self, query: str, *, timeout: float | None = None, max_rows: int | None = None,
               bindings: Mapping[str, Any] | None = None, **more_bindings: Any) -> SparqlResult:
        """Run a read-only SPARQL query; keyword arguments bind variables (never pasted into the text).

        SELECT gives a list of dicts (IRIs as str, literals as Python values), ASK a bool,
        CONSTRUCT/DESCRIBE an rdflib Graph (:meth:`select`, :meth:`ask` and :meth:`construct` say
        which, for type checkers). Updates, SERVICE and brackets nested deeper than 20 raise
        :class:`RegkbError`. The vocabularies' prefixes (eli, skos, dcterms, prov, lrmlmm, regkb,
        oa, kb) are predeclared. ``timeout`` (seconds) and ``max_rows`` bound the query (none by
        default; the command line sets both): past either, :class:`RegkbError`. With a ``timeout``
        the store works in a worker thread and Ctrl-C stops the wait at once. Variables named
        ``timeout``, ``max_rows`` or ``bindings`` are bound through ``bindings={...}``.

        >>> kb = KnowledgeBase.from_corpus("corpus")
        >>> law = kb.laws[0]
        >>> kb.sparql("SELECT ?t WHERE { ?d dcterms:identifier ?id ; eli:is_realized_by/eli:title ?t }",
        ...           id=law.id) == [{"t": law.title}]
        True
        """
        rq = _rdf_queries()
        values = dict(bindings, **more_bindings) if bindings else more_bindings
        limits = rq.NO_LIMITS if timeout is None and max_rows is None else rq.Limits(timeout, max_rows)
        extra = {"kb": self.base_iri}
        endpoint = self.__dict__.get("_endpoint")
        if endpoint is not None:
            return endpoint.query(query, values, extra, limits)  # type: ignore[no-any-return]
        out: SparqlResult = rq.run_embedded(self.rdf, query, values, extra, limits)
        return out

    def select(self, query: str, *, timeout: float | None = None, max_rows: int | None = None,
               bindings: Mapping[str, Any] | None = None, **more_bindings: Any) -> list[Row]:
        """A SELECT query's rows (see :meth:`sparql`); any other query form raises :class:`RegkbError`.

        >>> rows = KnowledgeBase.from_corpus("corpus").select("SELECT ?n WHERE { BIND (1 AS ?n) }")
        >>> rows
        [{'n': 1}]
        """
        self._expect_form(query, "SelectQuery", "select")
        out = self.sparql(query, timeout=timeout, max_rows=max_rows, bindings=bindings, **more_bindings)
        assert isinstance(out, list)
        return out

    def ask(self, query: str, *, timeout: float | None = None, bindings: Mapping[str, Any] | None = None,
            **more_bindings: Any) -> bool:
        """An ASK query's answer (see :meth:`sparql`); any other query form raises :class:`RegkbError`."""
        self._expect_form(query, "AskQuery", "ask")
        out = self.sparql(query, timeout=timeout, bindings=bindings, **more_bindings)
        assert isinstance(out, bool)
        return out

    def construct(self, query: str, *, timeout: float | None = None, max_rows: int | None = None,
                  bindings: Mapping[str, Any] | None = None, **more_bindings: Any) -> RDFGraph:
        """A CONSTRUCT or DESCRIBE query's graph (see :meth:`sparql`); other forms raise :class:`RegkbError`."""
        self._expect_form(query, ("ConstructQuery", "DescribeQuery"), "construct")
        out = self.sparql(query, timeout=timeout, max_rows=max_rows, bindings=bindings, **more_bindings)
        assert not isinstance(out, list | bool)
        return out

    def _expect_form(self, query: str, forms: str | tuple[str, ...], method: str) -> None:
        from .rdf_queries import check_query, prologue

        pro = prologue({"kb": self.base_iri})
        form = check_query(pro + query, pro.count("\n"))
        if form not in ((forms,) if isinstance(forms, str) else forms):
            names = {"SelectQuery": "select", "AskQuery": "ask", "ConstructQuery": "construct",
                     "DescribeQuery": "construct"}
            raise RegkbError(f"kb.{method}() was given a {form[:-5].upper()} query: use kb.{names[form]}()")

    def _actor_id(self, actor: str | Actor) -> str:
        return actor.id if isinstance(actor, Actor) else self.actor(actor).id

    def _node_id(self, target: str | int, document: str | None = None) -> str:
        if isinstance(target, int):
            return self.article(target, document).id
        return target

    def duties(self, actor: str | Actor, modality: Modality | None = None) -> tuple[Obligation, ...]:
        """Everything an actor (id, label or alias) must / must not / may do, in source order (graph walk)."""
        from .graph import duties

        if modality is not None and modality not in MODALITIES:
            raise ValueError(f"modality must be one of {', '.join(MODALITIES)}")
        found = (self.get(o) for o in duties(self.graph, self._actor_id(actor), modality))
        return tuple(o for o in found if isinstance(o, Obligation))

    def depends_on(self, provision: str | int, document: str | None = None) -> list[str]:
        """Ids of what an article (number) or provision cites, transitively, nearest first."""
        from .graph import depends_on

        return depends_on(self.graph, self._node_id(provision, document))

    def citing(self, target: str | int, document: str | None = None) -> list[str]:
        """Ids of the provisions that cite a law id, an article (number) or a provision (or its parts)."""
        from .graph import citing

        return citing(self.graph, self._node_id(target, document))

    def law_paths(self, law: str, actor: str | Actor) -> list[list[str]]:
        """For each duty of ``actor``, the node path from ``law`` to it (see graph.law_paths)."""
        from .graph import law_paths

        return law_paths(self.graph, law, self._actor_id(actor))

    def shacl(self) -> tuple[bool, str]:
        """Validate the RDF against the shipped SHACL shapes: (conforms, readable report)."""
        from .graph import validate

        return validate(self._graphs.rdf("Memory"))

    # --- changes between versions: see compare.py ----------------------------------------

    @cached_property
    def _versions(self) -> Versions:
        from .draft import Versions

        return Versions(self)

    @property
    def claims(self) -> tuple[Claim, ...]:
        """Claims of commentaries about documents (quote / paraphrase / notes), with spans; see draft.py."""
        return self._versions.claims

    @property
    def described_documents(self) -> tuple[Document, ...]:
        """Documents known only from a commentary (e.g. a draft), built from corpus/external-facts.yaml."""
        return self._versions.described_documents

    @property
    def external_facts(self) -> tuple[Fact, ...]:
        """Facts with a named source that the corpus texts do not state (corpus/external-facts.yaml)."""
        return self._versions.facts

    def changes(self, kind: ChangeKind | None = None, article: int | None = None,
                document: str | None = None) -> tuple[Change, ...]:
        """Changes between versions: ``kind`` (e.g. "reworded"), ``article`` (number on either side),
        ``document`` (on either side).

        >>> kb = KnowledgeBase.from_corpus("corpus")
        >>> all(c.kind == "removed" for c in kb.changes(kind="removed"))
        True
        """
        from .compare import CLAIM_KINDS

        if kind is not None and kind not in CLAIM_KINDS:
            raise ValueError(f"kind must be one of {', '.join(CLAIM_KINDS)}")
        return tuple(
            c for c in self._versions.changes
            if (kind is None or c.kind == kind)
            and (article is None or article in c.to_articles or article in c.from_articles)
            and (document is None or document in (c.from_document, c.to_document))
        )

    def changes_of(self, provision: str | int, document: str | None = None) -> tuple[Change, ...]:
        """Changes touching an article (number) or provision id, or its parts (graph walk; see graph.changes_of)."""
        from .graph import changes_of

        ids = set(changes_of(self.graph, self._node_id(provision, document)))
        return tuple(c for c in self._versions.changes if c.id in ids)

    def _changes_dict(self) -> dict[str, Any]:
        return {
            "described_documents": [_doc_dump(d) for d in self.described_documents],
            "external_facts": [f.dump() for f in self.external_facts],
            "claims": [c.dump() for c in self.claims],
            "changes": [c.dump() for c in self.changes()],
        }

    # --- full-text search: see index.py ------------------------------------------------

    def search(self, query: str, kind: SearchKind | None = None, actor: str | None = None,
               modality: Modality | None = None, document: str | None = None, limit: int = 10,
               index_dir: str | Path | None = None) -> SearchResult:
        """Full-text search: a :class:`regkb.index.SearchResult` (typed hits, facet counts, suggestion).

        The index is built on first use (under ``.regkb/index/`` beside the corpus, or in ``index_dir``)
        and reused while the corpus is unchanged. Bad input raises :class:`RegkbError`.

        >>> kb = KnowledgeBase.from_corpus("corpus")
        >>> hit = kb.search("training data", kind="definition").hits[0]
        >>> hit.kind, kb.get(hit.node_id).term
        ('definition', 'Training data')
        """
        from .index import search_index

        return search_index(self, index_dir).search(query, kind=kind, actor=actor, modality=modality,
                                                    document=document, limit=limit)

    # --- export ---------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """The whole knowledge base as plain data (the JSON contract; see docs/json-schema)."""
        return {
            "schema_version": SCHEMA_VERSION,
            "documents": [_doc_dump(d) for d in self.documents],
            "chapters": [c.dump() for c in self.chapters],
            "sections": [s.dump() for s in self.sections],
            "articles": [a.dump() for a in self.articles],
            "blocks": [b.dump() for b in self.blocks],
            "definitions": [d.dump() for d in self.definitions],
            "term_uses": [u.dump() for u in self.term_uses],
            "actors": [a.dump() for a in self.actors],
            "obligations": [o.dump() for o in self.obligations],
            "references": [r.dump() for r in self.references],
            "laws": [law.dump() for law in self.laws],
            "bodies": [b.dump() for b in self.bodies],
            "statements": [s.dump() for s in self.statements],
            "sanctions": [s.dump() for s in self.sanctions],
            "dropped": [d.dump() for d in self.dropped],
            "diagnostics": [d.dump() for d in self.diagnostics],
            **self._changes_dict(),
        }

    def to_json(self, indent: int | None = 1) -> str:
        """:meth:`to_dict` as JSON text (UTF-8 characters kept, one trailing newline)."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent, sort_keys=False, default=str) + "\n"








register_facade(KnowledgeBase)

# help(KnowledgeBase) opens with the map of the docstring, not with the twenty fields of the
# dataclass constructor: a knowledge base is made by from_corpus / load / from_parsed, and the
# fields are listed in the map. The constructor itself is unchanged (keywords or positions).
setattr(KnowledgeBase, "__signature__", inspect.Signature(  # noqa: B010 (mypy knows no such attribute)
    [inspect.Parameter("fields", inspect.Parameter.VAR_KEYWORD)]))
