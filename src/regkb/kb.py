"""The knowledge base: a parsed corpus and the queries a developer reaches for first."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from . import corpus as corpus_mod
from .errors import RegkbError, error_at
from .model import (
    MODALITIES,
    Actor,
    Article,
    Block,
    Body,
    Chapter,
    Definition,
    Diagnostic,
    Document,
    Dropped,
    Item,
    Law,
    Obligation,
    Paragraph,
    Reference,
    Section,
    Statement,
    TermUse,
)
from .parse import ParsedDocument, parse_file
from .parse.obligations import extract_obligations
from .parse.references import find_references, unresolved_diagnostics

SCHEMA_VERSION = "1"


class DocumentSet:
    """Parsed documents gathered for one build: refuses a document id used twice, collects errors."""

    def __init__(self) -> None:
        self.parsed: list[ParsedDocument] = []
        self.sources: dict[str, str] = {}
        self.errors: list[Diagnostic] = []
        self._seen: dict[str, str] = {}

    def parse(self, path: Path, root: Path, laws: tuple[Law, ...], bodies: tuple[Body, ...]
              ) -> tuple[ParsedDocument, str] | None:
        """Read and parse one file; None (its errors recorded) if it is bad input."""
        try:
            src = corpus_mod.read_source(path, root)
            return parse_file(src, laws, bodies), src.text
        except RegkbError as exc:
            self.errors.extend(exc.diagnostics)
            return None

    def add(self, doc: ParsedDocument, text: str) -> bool:
        """Add a document; False (and an error recorded) if its id is taken."""
        did, path = doc.document.id, doc.document.path
        if did in self._seen:
            self.errors.append(Diagnostic("error", path, 1, 1, f"document id '{did}' is already used by {self._seen[did]}",
                                          "give one of them another 'id' in its frontmatter (or rename the file)",
                                          "duplicate-id"))
            return False
        self._seen[did] = path
        self.sources[did] = text
        self.parsed.append(doc)
        return True

    def finish(self, root: Path) -> tuple[list[ParsedDocument], dict[str, str]]:
        """The documents and their texts; RegkbError listing every error, or if there is no document."""
        if self.errors:
            raise RegkbError(f"the corpus in {root} has {len(self.errors)} error(s)", self.errors)
        if not self.parsed:
            raise error_at(str(root), 0, 0, "the corpus has no document",
                           "add .md or .txt files (see corpus/README.md)", "empty-corpus")
        return self.parsed, self.sources


@dataclass(eq=False)
class KnowledgeBase:
    """A parsed corpus.

    >>> kb = KnowledgeBase.from_corpus("corpus")
    >>> kb.article(17).label
    'Article 17'
    >>> len(kb.articles), len(kb.chapters)
    (25, 5)
    >>> sorted(d.term for d in kb.definitions)[:2]
    ['Deep synthesis service providers', 'Deep synthesis service users']
    """

    documents: tuple[Document, ...]
    chapters: tuple[Chapter, ...]
    sections: tuple[Section, ...]
    articles: tuple[Article, ...]
    blocks: tuple[Block, ...]
    definitions: tuple[Definition, ...]
    term_uses: tuple[TermUse, ...]
    actors: tuple[Actor, ...]
    obligations: tuple[Obligation, ...]
    references: tuple[Reference, ...]
    laws: tuple[Law, ...]
    bodies: tuple[Body, ...]
    dropped: tuple[Dropped, ...]
    statements: tuple[Statement, ...]
    diagnostics: tuple[Diagnostic, ...]
    sources: dict[str, str] = field(default_factory=dict, repr=False)  # document id -> source text
    corpus_dir: str = ""

    # --- loading ------------------------------------------------------------------------

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

    @classmethod
    def _from_corpus(cls, root: Path) -> KnowledgeBase:
        files = corpus_mod.list_sources(root)
        laws = corpus_mod.load_laws(root)
        bodies = corpus_mod.load_bodies(root)
        docs = DocumentSet()
        for f in files:
            got = docs.parse(f, root, laws, bodies)
            if got is not None:
                docs.add(*got)
        parsed, sources = docs.finish(root)
        return cls.from_parsed(parsed, laws, bodies, sources, str(root))

    @classmethod
    def from_parsed(cls, parsed: list[ParsedDocument], laws: tuple[Law, ...], bodies: tuple[Body, ...],
                    sources: dict[str, str], corpus_dir: str = "") -> KnowledgeBase:
        parsed = sorted(parsed, key=lambda p: p.document.id)
        obligations, actors = extract_obligations(parsed, bodies)
        references = find_references(parsed, laws)
        diags = [d for p in parsed for d in p.diagnostics]
        diags += _registry_checks(parsed, laws)
        diags += unresolved_diagnostics(references, parsed, sources)
        return cls(
            documents=tuple(p.document for p in parsed),
            chapters=tuple(c for p in parsed for c in p.chapters),
            sections=tuple(s for p in parsed for s in p.sections),
            articles=tuple(a for p in parsed for a in p.articles),
            blocks=tuple(b for p in parsed for b in p.blocks),
            definitions=tuple(d for p in parsed for d in p.definitions),
            term_uses=tuple(u for p in parsed for u in p.term_uses),
            actors=tuple(actors),
            obligations=tuple(obligations),
            references=tuple(references),
            laws=laws,
            bodies=bodies,
            dropped=tuple(d for p in parsed for d in p.dropped),
            statements=tuple(s for p in parsed for s in p.statements),
            diagnostics=tuple(diags),
            sources=sources,
            corpus_dir=corpus_dir,
        )

    # --- lookups ------------------------------------------------------------------------

    @cached_property
    def _by_id(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for group in (self.documents, self.chapters, self.sections, self.articles, self.blocks, self.definitions,
                      self.actors, self.obligations, self.references, self.laws):
            for obj in group:
                out[obj.id] = obj
        for a in self.articles:
            for p in a.paragraphs:
                out[p.id] = p
                for i in p.items:
                    out[i.id] = i
        return out

    # indexes built once, so lookups inside per-page loops stay constant-time (regkb#16)

    @cached_property
    def _articles_by_doc(self) -> dict[str, tuple[Article, ...]]:
        out: dict[str, list[Article]] = {}
        for a in self.articles:
            out.setdefault(a.document, []).append(a)
        return {k: tuple(v) for k, v in out.items()}

    @cached_property
    def _article_at(self) -> dict[tuple[str, int], Article]:
        out: dict[tuple[str, int], Article] = {}
        for a in self.articles:
            out.setdefault((a.document, a.number), a)  # the first of a repeated number, as a scan finds
        return out

    @cached_property
    def _chapter_at(self) -> dict[tuple[str, Any], Chapter]:
        out: dict[tuple[str, Any], Chapter] = {}
        for c in self.chapters:
            out.setdefault((c.document, c.number), c)
        return out

    @cached_property
    def _obligations_by_actor(self) -> dict[str, tuple[Obligation, ...]]:
        out: dict[str, list[Obligation]] = {}
        for o in self.obligations:
            for aid in dict.fromkeys(o.actors):
                out.setdefault(aid, []).append(o)
        return {k: tuple(v) for k, v in out.items()}

    @cached_property
    def _obligations_by_document(self) -> dict[str, tuple[Obligation, ...]]:
        out: dict[str, list[Obligation]] = {}
        for o in self.obligations:
            out.setdefault(o.document, []).append(o)
        return {k: tuple(v) for k, v in out.items()}

    @cached_property
    def _uses_by_definition(self) -> dict[str, tuple[TermUse, ...]]:
        out: dict[str, list[TermUse]] = {}
        for u in self.term_uses:
            out.setdefault(u.definition, []).append(u)
        return {k: tuple(v) for k, v in out.items()}

    @cached_property
    def _citing(self) -> dict[Any, tuple[Reference, ...]]:
        """Target key -> references, in corpus order: (document, article), a law id, a provision id and
        every provision id it lies in (the prefixes before each "__")."""
        out: dict[Any, list[Reference]] = {}
        for r in self.references:
            keys: dict[Any, None] = {}
            for t in r.targets:
                if t.document is not None and t.article is not None:
                    keys[(t.document, t.article)] = None
                if t.law:
                    keys[t.law] = None
                if t.provision:
                    keys[t.provision] = None
                    i = t.provision.find("__")
                    while i >= 0:
                        keys[t.provision[:i]] = None
                        i = t.provision.find("__", i + 1)
            for k in keys:
                out.setdefault(k, []).append(r)
        return {k: tuple(v) for k, v in out.items()}

    @cached_property
    def _by_id_versions(self) -> dict[str, Any]:
        """Claims, changes and described documents (computed after the core, which they use)."""
        return {obj.id: obj for group in (self.claims, self.changes()) for obj in group}

    def get(self, id: str) -> Any:
        """Any object by its id (documents, provisions, definitions, actors, obligations, ...)."""
        if id in self._by_id:
            return self._by_id[id]
        if "/claim/" in id or id.startswith("change/"):
            found = self._by_id_versions.get(id)
            if found is not None:
                return found
        raise KeyError(f"no object with id {id!r}")

    def document(self, id: str | None = None) -> Document:
        """A document by id; without an id, the only regulation in the corpus."""
        if id is not None:
            doc = self._by_id.get(id)
            if not isinstance(doc, Document):
                raise KeyError(f"no document {id!r}; the corpus has: {', '.join(d.id for d in self.documents)}")
            return doc
        regs = self.regulations
        if len(regs) != 1:
            raise KeyError(f"the corpus has {len(regs)} regulations; name one: {', '.join(d.id for d in regs)}")
        return regs[0]

    @property
    def regulations(self) -> tuple[Document, ...]:
        return tuple(d for d in self.documents if d.kind == "regulation" and d.id in self._articles_by_doc)

    def article(self, number: int, document: str | None = None) -> Article:
        """An article by its number (in the only regulation, unless ``document`` names one).

        >>> kb = KnowledgeBase.from_corpus("corpus")
        >>> kb.article(18).text.startswith("No organization or individual may")
        True
        """
        doc = self.document(document).id
        found = self._article_at.get((doc, number))
        if found is not None:
            return found
        raise KeyError(f"{doc} has no Article {number}")

    def articles_of(self, document: str | None = None) -> tuple[Article, ...]:
        doc = self.document(document).id
        return self._articles_by_doc.get(doc, ())

    def paragraph(self, article: int, paragraph: int, document: str | None = None) -> Paragraph:
        art = self.article(article, document)
        for p in art.paragraphs:
            if p.number == paragraph:
                return p
        raise KeyError(f"{art.label} has no paragraph {paragraph}")

    def provision(self, id: str) -> Article | Paragraph | Item:
        obj = self.get(id)
        if not isinstance(obj, Article | Paragraph | Item):
            raise KeyError(f"{id!r} is not a provision")
        return obj

    def chapter_of(self, article: Article) -> Chapter | None:
        return self._chapter_at.get((article.document, article.chapter))

    def definition(self, term: str, document: str | None = None) -> Definition:
        """A definition by its term (any case, singular or plural).

        >>> KnowledgeBase.from_corpus("corpus").definition("training data").article
        23
        """
        t = term.lower().strip()
        for d in self.definitions:
            if (document is None or d.document == document) and (t == d.term.lower() or t in d.forms):
                return d
        raise KeyError(f"no defined term {term!r}")

    def uses_of(self, definition: Definition | str) -> tuple[TermUse, ...]:
        did = definition if isinstance(definition, str) else definition.id
        return self._uses_by_definition.get(did, ())

    def actor(self, name: str) -> Actor:
        """An actor by id, label or any alias (case-insensitive)."""
        n = name.lower().strip()
        for a in self.actors:
            if n in (a.id, a.label.lower()):
                return a
        for a in self.actors:
            if n in a.aliases:
                return a
        for a in self.actors:
            if a.id.endswith("/" + n):
                return a
        raise KeyError(f"no actor {name!r}; known actors: {', '.join(a.label for a in self.actors)}")

    def obligations_of(self, actor: str | Actor | None = None, modality: str | None = None,
                       article: int | None = None, document: str | None = None) -> tuple[Obligation, ...]:
        """Obligations filtered by actor (id, label or alias), modality, article and document.

        >>> kb = KnowledgeBase.from_corpus("corpus")
        >>> all(o.modality == "prohibition" for o in kb.obligations_of(modality="prohibition"))
        True
        """
        if modality is not None and modality not in MODALITIES:
            raise ValueError(f"modality must be one of {', '.join(MODALITIES)}")
        aid = None
        if actor is not None:
            aid = actor.id if isinstance(actor, Actor) else self.actor(actor).id
        if aid is not None:
            pool = self._obligations_by_actor.get(aid, ())
        elif document is not None:
            pool = self._obligations_by_document.get(document, ())
        else:
            pool = self.obligations
        return tuple(
            o for o in pool
            if (aid is None or aid in o.actors)
            and (modality is None or o.modality == modality)
            and (article is None or o.article == article)
            and (document is None or o.document == document)
        )

    def references_from(self, provision_or_article: str | int) -> tuple[Reference, ...]:
        """References made by an article (number) or provision id."""
        if isinstance(provision_or_article, int):
            return tuple(r for r in self.references if r.article == provision_or_article)
        pid = provision_or_article
        return tuple(r for r in self.references if f"{r.document}/{r.provision}".startswith(pid))

    def cited_by(self, target: str | int, document: str | None = None) -> tuple[Reference, ...]:
        """References that point at an article (number), a provision id, or a law id."""
        if isinstance(target, int):
            return self._citing.get((self.document(document).id, target), ())
        return self._citing.get(target, ())

    def law(self, id: str) -> Law:
        for law in self.laws:
            if law.id == id:
                return law
        raise KeyError(f"no law {id!r} in the registry")

    def source_text(self, document: str, span: Any) -> str:
        """The exact source characters of a span (for quoting)."""
        return self.sources[document][span.start : span.end]

    # --- persistence: see store.py (incremental builds: incremental.py) -------------------

    def save(self, directory: str | Path) -> Path:
        """Write the knowledge base into ``directory`` (``kb.pickle`` + ``kb.json``) for a fast :meth:`load`."""
        from . import store

        return store.save(self, directory)

    @classmethod
    def load(cls, directory: str | Path) -> KnowledgeBase:
        """Load a knowledge base written by :meth:`save` (only load stores you built: it is a pickle)."""
        from . import store

        return store.load(cls, directory)

    # --- graph (networkx, RDF, SPARQL): see graph.py -----------------------------------

    @cached_property
    def _graphs(self) -> Any:
        from .graph import DEFAULT_BASE, build

        return build(self, self.__dict__.get("_graph_base", DEFAULT_BASE))

    @property
    def graph(self) -> Any:
        """The knowledge base as a ``networkx.MultiDiGraph`` (node ids = JSON ids; see graph.py)."""
        return self._graphs.nx

    @cached_property
    def rdf(self) -> Any:
        """The knowledge base as an ``rdflib.Graph`` on the embedded Oxigraph store (built with ``graph``)."""
        return self._graphs.rdf("Oxigraph")

    @property
    def base_iri(self) -> str:
        return str(self._graphs.base)

    def set_base_iri(self, base: str) -> None:
        """Mint IRIs under ``base`` (default https://regkb.example/eli/); rebuilds the graphs."""
        for name in ("_graphs", "rdf"):
            self.__dict__.pop(name, None)
        self.__dict__["_graph_base"] = base
        _ = self._graphs  # validate now

    def iri(self, node_id: str) -> Any:
        """The RDF IRI (an ``rdflib.URIRef``) of a graph node, for SPARQL bindings."""
        try:
            return self._graphs.iris[node_id]
        except KeyError:
            raise KeyError(f"no graph node {node_id!r}") from None

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

    def sparql(self, query: str, **bindings: Any) -> Any:
        """Run a read-only SPARQL query; keyword arguments bind variables (never pasted into the text).

        SELECT gives a list of dicts (IRIs as str, literals as Python values), ASK a bool,
        CONSTRUCT/DESCRIBE an rdflib Graph. Updates and SERVICE raise RegkbError. The
        vocabularies' prefixes (eli, skos, dcterms, prov, lrmlmm, regkb, oa, kb) are predeclared.

        >>> kb = KnowledgeBase.from_corpus("corpus")
        >>> law = kb.laws[0]
        >>> kb.sparql("SELECT ?t WHERE { ?d a eli:LegalResource ; dcterms:identifier ?id ; eli:title ?t }",
        ...           id=law.id) == [{"t": law.title}]
        True
        """
        from .rdf_queries import run_embedded

        extra = {"kb": self.base_iri}
        endpoint = self.__dict__.get("_endpoint")
        if endpoint is not None:
            return endpoint.query(query, bindings, extra)
        return run_embedded(self.rdf, query, bindings, extra)

    def _actor_id(self, actor: Any) -> str:
        return actor.id if isinstance(actor, Actor) else self.actor(actor).id

    def _node_id(self, target: Any, document: str | None = None) -> str:
        if isinstance(target, int):
            return self.article(target, document).id
        return target if isinstance(target, str) else target.id

    def duties(self, actor: str | Actor, modality: str | None = None) -> tuple[Obligation, ...]:
        """Everything an actor (id, label or alias) must / must not / may do, in source order (graph walk)."""
        from .graph import duties

        return tuple(self.get(o) for o in duties(self.graph, self._actor_id(actor), modality))

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
    def _versions(self) -> Any:
        from .draft import Versions

        return Versions(self)

    @property
    def claims(self) -> tuple[Any, ...]:
        """Claims of commentaries about documents (quote / paraphrase / notes), with spans; see draft.py."""
        return self._versions.claims

    @property
    def described_documents(self) -> tuple[Document, ...]:
        """Documents known only from a commentary (e.g. a draft), built from corpus/external-facts.yaml."""
        return self._versions.described_documents

    @property
    def external_facts(self) -> tuple[Any, ...]:
        """Facts with a named source that the corpus texts do not state (corpus/external-facts.yaml)."""
        return self._versions.facts

    def changes(self, kind: str | None = None, article: int | None = None, document: str | None = None) -> tuple[Any, ...]:
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

    def changes_of(self, provision: str | int, document: str | None = None) -> tuple[Any, ...]:
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

    def search(self, query: str, kind: str | None = None, actor: str | None = None, modality: str | None = None,
               document: str | None = None, limit: int = 10, index_dir: str | Path | None = None) -> Any:
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
            "dropped": [d.dump() for d in self.dropped],
            "diagnostics": [d.dump() for d in self.diagnostics],
            **self._changes_dict(),
        }

    def to_json(self, indent: int | None = 1) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent, sort_keys=False, default=str) + "\n"


def _doc_dump(d: Document) -> dict[str, Any]:
    data = d.dump()
    data["frontmatter"] = _json_safe(d.frontmatter)
    return data


def _json_safe(value: Any) -> Any:
    if isinstance(value, dict):
        return {str(k): _json_safe(v) for k, v in sorted(value.items())}
    if isinstance(value, list | tuple):
        return [_json_safe(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def _registry_checks(parsed: Iterable[ParsedDocument], laws: tuple[Law, ...]) -> list[Diagnostic]:
    known = {law.id for law in laws}
    out = []
    for p in parsed:
        for law_id in p.document.frontmatter.get("related_laws") or []:
            if law_id not in known:
                out.append(Diagnostic("warning", p.document.path, 1, 1,
                                      f"related_laws names '{law_id}', which is not in laws.yaml",
                                      "add it to corpus/laws.yaml or fix the id", "unknown-law"))
    return out
