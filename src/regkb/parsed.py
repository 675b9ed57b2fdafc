"""The parsed corpus and its queries: the bottom layer of regkb.

:class:`ParsedCorpus` holds what the parser found (documents, provisions, definitions, actors,
obligations, references ...) and the lookups over it. It imports nothing from the stages built on it
(graph, search, versions, site, CLI): :class:`regkb.kb.KnowledgeBase` adds those, above it, and
registers itself here (:func:`facade`) so that builders at this level (incremental.py) make the
class users expect without importing upward.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any, Self, TypeAlias

from . import corpus as corpus_mod
from .authorities import authority_diagnostics
from .errors import NotFound, RegkbError, error_at
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
    Modality,
    Obligation,
    Paragraph,
    Reference,
    Sanction,
    Section,
    Span,
    Statement,
    TermUse,
)
from .parse import ParsedDocument, kept_whole, parse_file
from .parse.apart import set_apart_doubts
from .parse.lawtexts import link_law_texts
from .parse.obligations import ObligationMemo, extract_obligations, no_bearer_diagnostics, portfolio_diagnostics
from .parse.references import ReferenceMemo, find_references, unresolved_diagnostics
from .parse.sanctions import act_doer_diagnostics

SCHEMA_VERSION = "2"  # 2: facts give their provision as a global id ("<document>/<eId>")

#: anything :class:`ParsedCorpus` looks up by id (the facade adds claims and changes)
CoreEntity: TypeAlias = (Document | Chapter | Section | Article | Paragraph | Item | Block | Definition | Actor |
                         Obligation | Sanction | Reference | Law | Body)


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
class ParsedCorpus:
    """A parsed corpus: the model's objects as tuples of frozen dataclasses, and the lookups over them.

    Use :class:`regkb.KnowledgeBase` (a subclass that adds loading, the graph, SPARQL, versions and
    search); this class is the layer that knows nothing of those.
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
    sanctions: tuple[Sanction, ...] = ()  # penalties for violations: never duties
    sources: dict[str, str] = field(default_factory=dict, repr=False)  # document id -> source text
    corpus_dir: str = ""


    @classmethod
    def _from_corpus(cls, root: Path) -> Self:
        files, found = corpus_mod.scan(root)
        laws = corpus_mod.load_laws(root)
        bodies = corpus_mod.load_bodies(root)
        docs = DocumentSet()
        docs.errors += [d for d in found if d.severity == "error"]  # unreadable, dangling: errors, listed with the rest
        for f in files:
            got = docs.parse(f, root, laws, bodies)
            if got is not None:
                docs.add(*got)
        parsed, sources = docs.finish(root)
        kb = cls.from_parsed(parsed, laws, bodies, sources, str(root))
        kb.diagnostics = tuple(d for d in found if d.severity != "error") + kb.diagnostics  # links out of the corpus
        return kb

    @classmethod
    def from_parsed(cls, parsed: list[ParsedDocument], laws: tuple[Law, ...], bodies: tuple[Body, ...],
                    sources: dict[str, str], corpus_dir: str = "", memo: ReferenceMemo | None = None,
                    obligation_memo: ObligationMemo | None = None) -> Self:
        """A knowledge base from documents parsed already (obligations, references and checks are computed here;
        ``memo`` and ``obligation_memo``: the incremental build's, which keep each document's references and
        obligations between builds)."""
        parsed = sorted(parsed, key=lambda p: p.document.id)
        try:
            obligations, actors, references, diags = _corpus_stages(parsed, laws, bodies, sources, memo,
                                                                    obligation_memo)
        except (RegkbError, MemoryError, RecursionError):
            raise
        except Exception:  # a defect of the extractor must not cost the corpus: find the texts it fails on
            failed: dict[str, Exception] = {}
            for p in parsed:
                try:
                    _corpus_stages([p], laws, bodies, sources)
                except (RegkbError, MemoryError, RecursionError):
                    raise
                except Exception as exc:
                    failed[p.document.id] = exc
            if not failed:
                raise  # the texts fail only together: no one text to keep whole
            parsed = [kept_whole(p, sources.get(p.document.id, ""), failed[p.document.id])
                      if p.document.id in failed else p for p in parsed]
            obligations, actors, references, diags = _corpus_stages(parsed, laws, bodies, sources)
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
            sanctions=tuple(s for p in parsed for s in p.sanctions),
            diagnostics=tuple(diags),
            sources=sources,
            corpus_dir=corpus_dir,
        )

    @cached_property
    def _by_id(self) -> dict[str, CoreEntity]:
        out: dict[str, CoreEntity] = {}
        for group in (self.documents, self.chapters, self.sections, self.articles, self.blocks, self.definitions,
                      self.actors, self.obligations, self.sanctions, self.references, self.bodies, self.laws):
            for obj in group:
                out.setdefault(obj.id, obj)  # a law whose text is in the corpus stays its Document
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
    def _article_numbers(self) -> frozenset[int]:
        return frozenset(a.number for a in self.articles)

    def _check_scope(self, article: int | None, document: str | None) -> None:
        """Refuse a filter that names what the corpus does not hold: a misspelt document id or an
        article no document has would otherwise match nothing, a silent wrong answer. Raises
        :class:`NotFound`."""
        if document is not None:
            self.document(document)
            if article is not None and (document, article) not in self._article_at:
                raise NotFound(f"{document} has no Article {article}")
        elif article is not None and article not in self._article_numbers:
            raise NotFound(f"no document of the corpus has an Article {article}")

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
    def _universal_obligations(self) -> tuple[Obligation, ...]:
        return tuple(o for o in self.obligations if o.universal)

    @cached_property
    def _obligation_order(self) -> dict[str, int]:
        return {o.id: i for i, o in enumerate(self.obligations)}

    @cached_property
    def _actor_documents(self) -> dict[str, frozenset[str]]:
        return {a.id: frozenset(m.document for m in a.mentions) for a in self.actors}

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

    def document(self, id: str | None = None) -> Document:
        """A document by id; without an id, the only regulation in the corpus."""
        if id is not None:
            doc = self._by_id.get(id)
            if not isinstance(doc, Document):
                raise NotFound(f"no document {id!r}; the corpus has: {', '.join(d.id for d in self.documents)}")
            return doc
        regs = self.regulations
        if len(regs) > 1:  # the texts of cited laws (frontmatter `law:`) stand beside the corpus's own regulations
            regs = tuple(d for d in regs if not d.frontmatter.get("law")) or regs
        if len(regs) != 1:
            raise NotFound(f"the corpus has {len(regs)} regulations; name one: {', '.join(d.id for d in regs)}")
        return regs[0]

    @property
    def regulations(self) -> tuple[Document, ...]:
        """The corpus documents that are regulations with articles (commentaries and empty files left out)."""
        return tuple(d for d in self.documents if d.kind == "regulation" and d.id in self._articles_by_doc)

    @property
    def unstructured_ids(self) -> frozenset[str]:
        """Ids of the regulations the parser could not divide into articles: each is kept whole, as one block of
        kind ``unstructured`` (or none, for an empty body), with an error in the diagnostics (``regkb check``)."""
        return frozenset(d.id for d in self.documents if d.kind == "regulation" and d.id not in self._articles_by_doc)

    def article(self, number: int, document: str | None = None) -> Article:
        """An article by its number (in the only regulation, unless ``document`` names one).

        >>> from regkb import KnowledgeBase
        >>> kb = KnowledgeBase.from_corpus("corpus")
        >>> kb.article(18).text.startswith("No organization or individual may")
        True
        """
        doc = self.document(document).id
        found = self._article_at.get((doc, number))
        if found is not None:
            return found
        raise NotFound(f"{doc} has no Article {number}")

    def articles_of(self, document: str | None = None) -> tuple[Article, ...]:
        """The articles of a document (default: the only regulation), in order."""
        doc = self.document(document).id
        return self._articles_by_doc.get(doc, ())

    def paragraph(self, article: int, paragraph: int, document: str | None = None) -> Paragraph:
        """A paragraph by article and paragraph number (in the only regulation, unless ``document`` names one)."""
        art = self.article(article, document)
        for p in art.paragraphs:
            if p.number == paragraph:
                return p
        raise NotFound(f"{art.label} has no paragraph {paragraph}")

    def provision(self, id: str) -> Article | Paragraph | Item:
        """An article, paragraph or item by its global id (``<document>/art_3__para_1``).

        Every fact that points at a provision holds that id in its ``provision`` field, so
        ``kb.provision(fact.provision)`` works for all of them. A bare eId names a provision only
        when one document has it; otherwise :class:`NotFound` asks for the document. Raises
        :class:`NotFound` for an id that is no article, paragraph or item.
        """
        if "/" not in id:
            found = [x for x in (self._by_id.get(f"{d.id}/{id}") for d in self.documents) if x is not None]
            if len(found) == 1 and isinstance(found[0], Article | Paragraph | Item):
                return found[0]
            where = f"{len(found)} documents have it" if found else "no document has it"
            raise NotFound(f"{id!r} is an eId without its document ({where}): pass '<document>/{id}' "
                           "(every fact gives it as .provision)")
        obj = self._by_id.get(id)  # provisions are core: never wait on the versions (draft.py asks during them)
        if not isinstance(obj, Article | Paragraph | Item):
            raise NotFound(f"{id!r} is not a provision" if obj is not None else f"no provision {id!r}")
        return obj

    def chapter_of(self, article: Article) -> Chapter | None:
        """The chapter holding an article (None if its document has no chapters)."""
        return self._chapter_at.get((article.document, article.chapter))

    def definition(self, term: str, document: str | None = None) -> Definition:
        """A definition by its id, or by its term (any case, singular or plural).

        >>> from regkb import KnowledgeBase
        >>> KnowledgeBase.from_corpus("corpus").definition("training data").article
        23
        """
        found = self._by_id.get(term)
        if isinstance(found, Definition) and (document is None or found.document == document):
            return found
        t = term.lower().strip()
        for d in self.definitions:
            if (document is None or d.document == document) and (t == d.term.lower() or t in d.forms):
                return d
        raise NotFound(f"no defined term {term!r}")

    def uses_of(self, definition: Definition | str) -> tuple[TermUse, ...]:
        """Where a defined term is used: pass a :class:`Definition`, its id, or the term itself.

        An unknown term raises :class:`NotFound` (never an empty answer for a typo).
        """
        if isinstance(definition, Definition):
            did = definition.id
        elif isinstance(self._by_id.get(definition), Definition):
            did = definition
        else:
            did = self.definition(definition).id
        return self._uses_by_definition.get(did, ())

    def actor(self, name: str) -> Actor:
        """An actor by id, label or any alias (case-insensitive)."""
        found = self._by_id.get(name)
        if isinstance(found, Actor):
            return found
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
        raise NotFound(f"no actor {name!r}; known actors: {', '.join(a.label for a in self.actors)}")

    def obligations_of(self, actor: str | Actor | None = None, modality: Modality | None = None,
                       article: int | None = None, document: str | None = None,
                       include_universal: bool = True) -> tuple[Obligation, ...]:
        """Obligations filtered by actor (id, label or alias), modality, article and document.

        An actor's obligations include those of universal bearers ("No organization or individual
        may ...", ``o.universal``), which bind every actor of the same document, unless
        ``include_universal=False``.

        >>> from regkb import KnowledgeBase
        >>> kb = KnowledgeBase.from_corpus("corpus")
        >>> all(o.modality == "prohibition" for o in kb.obligations_of(modality="prohibition"))
        True
        """
        if modality is not None and modality not in MODALITIES:
            raise ValueError(f"modality must be one of {', '.join(MODALITIES)}")
        self._check_scope(article, document)
        aid = None
        if actor is not None:
            aid = actor.id if isinstance(actor, Actor) else self.actor(actor).id
        if aid is not None:
            pool = self._obligations_by_actor.get(aid, ())
            if include_universal:  # duties of universal bearers in the documents that mention this actor
                docs_of = self._actor_documents.get(aid, frozenset())
                extra = [o for o in self._universal_obligations
                         if aid not in o.actors and (not docs_of or o.document in docs_of)]
                if extra:
                    order = self._obligation_order
                    pool = tuple(sorted((*pool, *extra), key=lambda o: order[o.id]))
        elif document is not None:
            pool = self._obligations_by_document.get(document, ())
        else:
            pool = self.obligations
        return tuple(
            o for o in pool
            if (aid is None or aid in o.actors or (include_universal and o.universal))
            and (modality is None or o.modality == modality)
            and (article is None or o.article == article)
            and (document is None or o.document == document)
        )

    def sanctions_of(self, actor: str | Actor | None = None, *, authority: str | Actor | None = None,
                     article: int | None = None, document: str | None = None) -> tuple[Sanction, ...]:
        """Sanctions filtered by violator (``actor``: id, label or alias), imposing ``authority``, article and
        document. A sanction is a penalty for a violation, never a duty of the person penalised.

        >>> from regkb import KnowledgeBase
        >>> kb = KnowledgeBase.from_corpus("corpus")
        >>> all(s.document == "pipl-npc" for s in kb.sanctions_of(document="pipl-npc"))
        True
        """
        self._check_scope(article, document)
        vid = (actor.id if isinstance(actor, Actor) else self.actor(actor).id) if actor is not None else None
        aid = (authority.id if isinstance(authority, Actor) else self.actor(authority).id) \
            if authority is not None else None
        return tuple(
            s for s in self.sanctions
            if (vid is None or vid in s.violators) and (aid is None or aid in s.authorities)
            and (article is None or s.article == article) and (document is None or s.document == document)
        )

    def references_from(self, provision_or_article: str | int, document: str | None = None) -> tuple[Reference, ...]:
        """References made by a provision (its global id, or an article number in ``document``), or a
        whole document (its id), including those made by the provision's paragraphs and items."""
        if isinstance(provision_or_article, int):
            doc = self.article(provision_or_article, document).document  # an unknown article raises NotFound
            return tuple(r for r in self.references if r.document == doc and r.article == provision_or_article)
        pid = provision_or_article
        if pid not in self._by_id:
            raise NotFound(f"no provision or document {pid!r}")
        return tuple(r for r in self.references
                     if r.document == pid or r.provision == pid or r.provision.startswith(pid + "__"))

    def cited_by(self, target: str | int, document: str | None = None) -> tuple[Reference, ...]:
        """References that point at an article (number, in ``document``), a provision id, a document id
        or a law id of the registry; empty when nothing cites it. An article, provision, document or
        law the corpus does not hold raises :class:`NotFound`."""
        if isinstance(target, int):
            return self._citing.get((self.article(target, document).document, target), ())
        found = self._citing.get(target)
        if found is not None:
            return found
        if target not in self._by_id and not any(law.id == target for law in self.laws):
            raise NotFound(f"no provision, document or law {target!r}")
        return ()

    def law(self, id: str) -> Law:
        """A law of the registry (``corpus/laws.yaml``) by its id."""
        for law in self.laws:
            if law.id == id:
                return law
        raise NotFound(f"no law {id!r} in the registry")

    def source_text(self, document: str, span: Span) -> str:
        """The exact source characters of a span of a document (for quoting).

        Raises :class:`NotFound` for a document without a source text here and ``ValueError`` for a
        span that runs past the end of the text (never a shorter quotation)."""
        text = self.sources.get(document)
        if text is None:
            raise NotFound(f"no source text of document {document!r}")
        if span.end > len(text):
            raise ValueError(f"span {span.start}..{span.end} runs past the end of {document} ({len(text)} characters)")
        return text[span.start : span.end]


_FACADE: list[type[ParsedCorpus]] = []


def register_facade(cls: type[ParsedCorpus]) -> None:
    """The class the upper layer offers users (regkb.kb registers KnowledgeBase when it is imported)."""
    _FACADE[:] = [cls]


def facade() -> type[ParsedCorpus]:
    """The registered user-facing class (importing the package ``regkb`` registers it), else ParsedCorpus."""
    return _FACADE[0] if _FACADE else ParsedCorpus


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


def _versions_not_compared(parsed: list[ParsedDocument]) -> list[Diagnostic]:
    """A version of a work that is kept whole (no articles) is not compared with the others: say so, rather than
    show no changes."""
    works: dict[str, list[ParsedDocument]] = {}
    for p in parsed:
        if p.document.kind == "regulation":
            works.setdefault(p.document.work, []).append(p)
    out = []
    for versions in works.values():
        if len(versions) < 2:
            continue
        for p in versions:
            if not p.articles:
                others = ", ".join(q.document.id for q in versions if q is not p)
                out.append(Diagnostic("warning", p.document.path, 1, 1,
                                      f"'{p.document.id}' is a version of the work '{p.document.work}' but is kept "
                                      f"whole (no articles), so it is not compared with {others}: the changes "
                                      "between them are not shown", "fix the error reported for this file",
                                      "version-not-compared"))
    return out


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



def _corpus_stages(parsed: list[ParsedDocument], laws: tuple[Law, ...], bodies: tuple[Body, ...],
                   sources: dict[str, str], memo: ReferenceMemo | None = None,
                   obligation_memo: ObligationMemo | None = None
                   ) -> tuple[list[Obligation], list[Actor], list[Reference], list[Diagnostic]]:
    """The stages that read all documents together: duties and actors (merged across documents), references
    (a law's text in the corpus), and the checks over them. They set the documents' sanctions and statements
    afresh each time, so running them again on fewer documents is safe."""
    obligations, actors = extract_obligations(parsed, bodies, obligation_memo)
    references = link_law_texts(find_references(parsed, laws, memo), parsed)  # a law's text in the corpus
    diags = [d for p in parsed for d in p.diagnostics]
    diags += _registry_checks(parsed, laws)
    diags += _versions_not_compared(parsed)
    diags += unresolved_diagnostics(references, parsed, sources)
    diags += no_bearer_diagnostics(parsed, sources)
    diags += act_doer_diagnostics([s for p in parsed for s in p.sanctions], {p.document.id: p.document.path for p in parsed},
                                  sources)
    diags += set_apart_doubts(parsed, actors, sources)
    diags += portfolio_diagnostics(actors, bodies, parsed, sources)
    diags += authority_diagnostics(actors, [s for p in parsed for s in p.sanctions], bodies, parsed, sources)
    return list(obligations), list(actors), list(references), diags
