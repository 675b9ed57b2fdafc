"""Full-text search over a knowledge base, with whoosh (``whoosh-reloaded``).

Every searchable thing of the knowledge base (articles, paragraphs, items, definitions,
obligations, draft claims and changes when the knowledge base has them, commentary blocks
and the laws of the registry) becomes one *record*; each record carries the id of the object
it came from, which is the object's id in the JSON export and its node id in the graph.

The index lives in a directory keyed by a content hash of the records. It is built into a
temporary directory and renamed into place as a new *version*; a small pointer file names the
current version and is replaced atomically, so a reader sees either the old index or the new
one, never half of one, and a search that runs during a rebuild still answers from the old
version. An index whose hash has not changed is reused.

>>> from regkb import KnowledgeBase
>>> kb = KnowledgeBase.from_corpus("corpus")
>>> result = kb.search("separate consent face", limit=3)
>>> result.hits[0].kind in KINDS and result.hits[0].node_id == result.hits[0].id
True
"""

from __future__ import annotations

import contextlib
import copy
import functools
import hashlib
import json
import math
import os
import re
import shutil
import tempfile
import threading
import weakref
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

import whoosh
from whoosh import highlight, index, query
from whoosh.analysis import STOP_WORDS, StemmingAnalyzer
from whoosh.fields import ID, NUMERIC, Schema
from whoosh.filedb.filestore import FileStorage, RamStorage
from whoosh.qparser import AndGroup, MultifieldParser, OrGroup
from whoosh.qparser.plugins import FieldAliasPlugin
from whoosh.spelling import ListCorrector

from . import signing
from .atomic import write_text_atomic
from .errors import RegkbError
from .model import MODALITIES
from .postings import FastText, RememberedID, RememberedKeyword, RememberedNumeric

if TYPE_CHECKING:
    from .kb import KnowledgeBase

INDEX_FORMAT = "1"  # bump when the schema or the records change shape
KINDS: tuple[str, ...] = (
    "article", "paragraph", "item", "definition", "obligation", "sanction", "claim", "change", "commentary", "law",
    "text",  # a regulation the parser could not divide into articles, kept whole
)
FACETS: tuple[str, ...] = ("kind", "document", "article", "chapter", "actor", "modality")
MAX_QUERY_CHARS = 20_000  # longer input is refused with a RegkbError, not truncated silently
MAX_QUERY_WORDS = 64  # the forgiving "any word" fallback keeps the first this many words
KEEP_VERSIONS = 3  # versions of one index kept on disk, so open readers never lose their files

# How much a record of each kind weighs against the others (provisions first, commentary last).
KIND_BOOST: dict[str, float] = {
    "article": 1.0, "paragraph": 1.0, "item": 1.0, "definition": 1.3, "obligation": 0.5,
    "sanction": 0.4,
    "claim": 0.25, "change": 0.35, "commentary": 0.3, "law": 0.8, "text": 1.0,
}

# Within a definition record, the text field weighs as any provision's: the definition's words are the
# words of its article, so only a match of the defined term itself (the term field) gets the kind's boost.
# (A body match of a short definition outranked the provisions that use the word: "labelling" found
# the "labels" of the training-data definition before the articles on marking content.)
KIND_FIELD_BOOST: dict[str, dict[str, float]] = {"definition": {"text": 1.0}}
# A registry entry (kind "law") whose name the query does not give ranks at this fraction of its score: a
# law's title shares words with provisions ("AI Content Labeling Measures"), and the registry is a list of
# names, so it comes first only when the query names the law (its title, a short name or an alias).
UNNAMED_LAW_FACTOR = 0.2

# Words that the texts of this family of regulations use for one thing (translations of one Chinese
# term vary between texts and translators): a query word matches each word of its group with full weight,
# and the whole group counts as one word for rarity (see _expand).
SYNONYMS: tuple[tuple[str, ...], ...] = (
    ("label", "labelling", "labeling", "labeled", "labelled", "mark", "marking", "watermark", "watermarks",
     "watermarking", "logo"),
    ("rumour", "rumor", "rumours", "rumors"),
)
RELATIVE_WEIGHT = 0.6  # a THESAURUS relative weighs this much of the query word

# Generic English word families that stemming does not join. Applied at query time: a word
# of the query also matches its relatives, with a lower weight. Nothing here is specific to
# one regulation.
THESAURUS: dict[str, tuple[str, ...]] = {
    "label": ("mark",), "labelling": ("mark",), "labeling": ("mark",), "labeled": ("mark",),
    "labelled": ("mark",), "watermark": ("mark",), "tag": ("mark",),
    "synthetic": ("synthesis",), "synthesised": ("synthesis",), "synthesized": ("synthesis",),
    "fake": ("false",), "rumor": ("rumors", "false"), "rumour": ("rumors", "false"), "misinformation": ("false",),
    "rumours": ("rumors", "false"), "deepfake": ("synthesis",), "deepfakes": ("synthesis",),
    "watermarks": ("mark",), "watermarking": ("mark",), "labels": ("mark",),
    "disinformation": ("false",), "penalty": ("penalize", "liability"), "penalties": ("penalize", "liability"),
    "fine": ("penalty",), "fines": ("penalty",), "sanction": ("penalty",), "sanctions": ("penalty",),
    "punish": ("penalty",), "punishment": ("penalty",), "consent": ("agree",),
    "permission": ("consent",), "authorisation": ("consent",), "authorization": ("consent",),
    "kyc": ("identity", "authenticate"), "verification": ("authenticate", "verify"),
    "verify": ("authenticate",), "identity": ("identification",), "registration": ("filing",),
    "register": ("filing",), "filing": ("registration",), "complaint": ("report",),
    "app": ("application",), "apps": ("application",), "store": ("distribution", "platform"),
    "stores": ("distribution", "platform"), "remove": ("delete",), "removal": ("delete",),
    "removing": ("delete",), "tamper": ("alter",), "erase": ("delete",), "audit": ("review", "assessment"),
    "assess": ("assessment",), "evaluation": ("assessment",), "dataset": ("data",), "datasets": ("data",),
    "biometric": ("face", "voice"), "likeness": ("face",), "audio": ("voice", "speech", "sound"),
    "image": ("picture",), "chatbot": ("dialogue",), "chatbots": ("dialogue",),
}

# Words of a question that are not about the law: never "corrected" to a word of the index.
_PLAIN_WORDS = frozenset(STOP_WORDS) | {
    "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "must", "should", "does", "need",
    "needs", "about", "there", "their", "they", "them", "have", "has", "into", "under", "rules", "rule", "law",
    "laws", "name", "names", "make", "makes", "say", "says", "anything", "something", "over", "than", "then",
}
# Words that make a question a question; left out of plain-words queries (unless nothing else is left).
_QUESTION_WORDS = frozenset({
    "what", "which", "who", "whom", "whose", "when", "where", "why", "how", "do", "does", "did", "must",
    "should", "can", "could", "would", "is", "are", "was", "were", "i", "we", "my", "our",
})
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*", re.UNICODE)
_OPERATORS = frozenset({"AND", "OR", "NOT", "ANDNOT", "ANDMAYBE", "TO"})
_SYNTAX = re.compile(r'["():*?~^\[\]{}]|\b(?:AND|OR|NOT|ANDNOT|ANDMAYBE)\b')


# --- the records ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Record:
    """One searchable thing: what the index stores about one object of the knowledge base."""

    id: str  # the object's id (JSON export id = graph node id)
    kind: str
    document: str
    title: str
    text: str
    article: int | None = None
    chapter: int | None = None
    provision: str = ""  # global id of the provision the object sits in ("" for laws)
    actors: tuple[str, ...] = ()  # ids of the actors bearing the duties stated in (or under) the object
    modalities: tuple[str, ...] = ()
    terms: tuple[str, ...] = ()  # defined terms: the term itself, or the terms the text uses
    names: tuple[str, ...] = ()  # actor names, law names: boosted

    def dump(self) -> dict[str, Any]:
        """The record as JSON-ready plain data."""
        return {
            "id": self.id, "kind": self.kind, "document": self.document, "title": self.title, "text": self.text,
            "article": self.article, "chapter": self.chapter, "provision": self.provision,
            "actors": list(self.actors), "modalities": list(self.modalities), "terms": list(self.terms),
            "names": list(self.names),
        }


def _sorted_unique(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted({v for v in values if v}))


class _Context:
    """What the per-kind record functions look up: terms, actors and modalities per provision."""

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb
        self.terms: dict[str, set[str]] = {}
        for use in kb.term_uses:
            try:
                term = kb.definition(use.definition).term
            except KeyError:
                continue
            self.terms.setdefault(use.provision, set()).add(term)
        self.actors: dict[str, set[str]] = {}
        self.modalities: dict[str, set[str]] = {}
        for o in kb.obligations:
            pid = o.provision
            self.actors.setdefault(pid, set()).update(o.actors)
            self.modalities.setdefault(pid, set()).add(o.modality)
        self.mentioned: dict[str, set[str]] = {}
        for actor in kb.actors:
            for m in actor.mentions:
                self.mentioned.setdefault(m.provision, set()).add(actor.id)
        self.labels = {a.id: a.label for a in kb.actors}

        self._buckets: dict[int, dict[str, list[str]]] = {}

    def under(self, table: dict[str, set[str]], pid: str) -> set[str]:
        """Values of a provision and of everything inside it."""
        buckets = self._buckets.get(id(table))
        if buckets is None:  # keys grouped by their top-level provision, so a lookup scans one article
            buckets = self._buckets[id(table)] = {}
            for key in table:
                buckets.setdefault(key.split("__", 1)[0], []).append(key)
        out: set[str] = set()
        for key in buckets.get(pid.split("__", 1)[0], ()):
            if key == pid or key.startswith(pid + "__"):
                out |= table[key]
        return out

    def names_of(self, actor_ids: Iterable[str]) -> tuple[str, ...]:
        return _sorted_unique(self.labels.get(a, "") for a in actor_ids)


def _provision_record(ctx: _Context, obj: Any, kind: str, article: Any, title: str, text: str) -> Record:
    bearers = ctx.under(ctx.actors, obj.id)
    return Record(
        id=obj.id, kind=kind, document=article.document, title=title, text=text, article=article.number,
        chapter=article.chapter, provision=obj.id, actors=_sorted_unique(bearers),
        modalities=_sorted_unique(ctx.under(ctx.modalities, obj.id)),
        terms=_sorted_unique(ctx.under(ctx.terms, obj.id)),
        names=ctx.names_of(bearers | ctx.under(ctx.mentioned, obj.id)),
    )


def article_records(ctx: _Context) -> Iterator[Record]:
    """One search record per article."""
    for a in ctx.kb.articles:
        title = a.label + (f" {a.title}" if a.title else "")
        yield _provision_record(ctx, a, "article", a, title, a.text)


def paragraph_records(ctx: _Context) -> Iterator[Record]:
    """Paragraphs of articles with more than one (a lone paragraph is its article)."""
    for a in ctx.kb.articles:
        if len(a.paragraphs) < 2:
            continue
        for p in a.paragraphs:
            yield _provision_record(ctx, p, "paragraph", a, f"{a.label}, paragraph {p.number}", p.text)


def item_records(ctx: _Context) -> Iterator[Record]:
    """One search record per item of a paragraph."""
    for a in ctx.kb.articles:
        for p in a.paragraphs:
            for it in p.items:
                title = f"{a.label}, paragraph {p.number}, item {it.label}"
                yield _provision_record(ctx, it, "item", a, title, it.text)


def definition_records(ctx: _Context) -> Iterator[Record]:
    """One search record per definition (term, definition and its surface forms)."""
    for d in ctx.kb.definitions:
        pid = d.provision
        chapter = None
        with contextlib.suppress(KeyError):
            chapter = ctx.kb.article(d.article, d.document).chapter if d.article is not None else None
        where = f", Article {d.article}" if d.article is not None else ""
        yield Record(
            id=d.id, kind="definition", document=d.document, title=f"{d.term} (definition{where})",
            text=f"{d.term}: {d.definition}", article=d.article, chapter=chapter, provision=pid,
            terms=_sorted_unique([d.term, *d.forms]),
        )


def obligation_records(ctx: _Context) -> Iterator[Record]:
    """One search record per obligation, with its bearers, modality and the terms its provision uses."""
    for o in ctx.kb.obligations:
        chapter = None
        with contextlib.suppress(KeyError):
            chapter = ctx.kb.article(o.article, o.document).chapter
        names = ctx.names_of(o.actors)
        yield Record(
            id=o.id, kind="obligation", document=o.document,
            title=f"Article {o.article}: {o.modality} of {', '.join(names) or o.subject}", text=o.text,
            article=o.article, chapter=chapter, provision=o.provision,
            actors=_sorted_unique(o.actors), modalities=(o.modality,),
            terms=_sorted_unique(ctx.terms.get(o.provision, ())), names=names,
        )


def sanction_records(ctx: _Context) -> Iterator[Record]:
    """Sanctions: the clause as printed, titled by who is penalised and who imposes the penalty (the parties
    as the text names them), searchable by the violator's and the authority's names and the penalty's words."""
    for s in _objects(ctx.kb, "sanctions"):
        chapter = None
        with contextlib.suppress(KeyError):
            chapter = ctx.kb.article(s.article, s.document).chapter
        parties = (*s.violators, *s.authorities)
        # "penalty" in the title: what a reader searches for, whatever the clause's own words ("fined", "confiscate")
        title = f"Article {s.article}: penalty" + (f" on {s.violator}" if s.violator else "")  # none named: nothing said
        if s.authority:
            title += f", imposed by {s.authority}"
        yield Record(
            id=s.id, kind="sanction", document=s.document, title=title, text=s.text, article=s.article,
            chapter=chapter, provision=s.provision, actors=_sorted_unique(parties),
            terms=_sorted_unique(ctx.terms.get(s.provision, ())),
            names=_sorted_unique((s.violator or "", s.authority or "", *ctx.names_of(parties))),
        )


def _objects(kb: Any, name: str) -> tuple[Any, ...]:
    """``kb.<name>`` as a tuple, whether the knowledge base has it as a property, a method or not at all."""
    value = getattr(kb, name, ())
    if callable(value):
        value = value()
    return tuple(value or ())


def claim_records(ctx: _Context) -> Iterator[Record]:
    """What a commentary says about a document: its exact words, titled by label and topic."""
    for c in _objects(ctx.kb, "claims"):
        label = getattr(c, "label", "") or "claim"
        topic = getattr(c, "topic", "") or ""
        yield Record(
            id=c.id, kind="claim", document=c.document,
            title=f"Claim ({label}) about {getattr(c, 'about', '') or 'a document'}" + (f": {topic}" if topic else ""),
            text=c.text, provision=getattr(c, "block", "") or c.id,
        )


def change_records(ctx: _Context) -> Iterator[Record]:
    """Changes between versions, searchable by their description (the analyst's note, not law)."""
    for c in _objects(ctx.kb, "changes"):
        articles = tuple(getattr(c, "to_articles", ()) or getattr(c, "from_articles", ()) or ())
        where = ", ".join(f"Article {n}" for n in articles)
        document = getattr(c, "to_document", "") or getattr(c, "from_document", "")
        chapter = None
        if articles:
            with contextlib.suppress(KeyError):
                chapter = ctx.kb.article(articles[0], document).chapter
        provisions = tuple(getattr(c, "to_provisions", ()) or ())
        yield Record(
            id=c.id, kind="change", document=document,
            title=f"Change ({getattr(c, 'kind', '')})" + (f", {where}" if where else ""),
            text=getattr(c, "note", "") or getattr(c, "text", "") or "", article=articles[0] if articles else None,
            chapter=chapter, provision=provisions[0] if provisions else "",
        )


def commentary_records(ctx: _Context) -> Iterator[Record]:
    """Paragraphs and list items of documents without articles, titled by their heading; the whole text of a
    regulation the parser could not divide into articles (kind ``text``: law, not commentary)."""
    heading: dict[str, str] = {}
    titles = {d.id: d.title for d in ctx.kb.documents}
    for b in ctx.kb.blocks:
        if b.kind == "heading":
            heading[b.document] = b.text
            continue
        under = heading.get(b.document)
        title = titles.get(b.document, b.document) + (f" — {under}" if under else "")
        # law kept outside the articles (parse.structure UNSTRUCTURED, PART_TEXT, REPEATED_ARTICLE, ANNEX) is text
        # (and a bilingual edition's parallel text, PARALLEL: the law in its other language)
        kind = "text" if b.kind in ("unstructured", "part-text", "repeated-article", "annex", "parallel") \
            else "commentary"
        yield Record(id=b.id, kind=kind, document=b.document, title=title, text=b.text, provision=b.id)


def law_records(ctx: _Context) -> Iterator[Record]:
    """One search record per law of the registry (title, short names, aliases, issuer, note)."""
    for law in ctx.kb.laws:
        text = " ".join(x for x in (law.title, *law.short_names, *law.aliases, law.issuer, law.note) if x)
        yield Record(id=law.id, kind="law", document="", title=law.title, text=text,
                     names=_sorted_unique((law.title, *law.short_names, *law.aliases)))


RECORD_SOURCES: tuple[Callable[[_Context], Iterator[Record]], ...] = (
    article_records, paragraph_records, item_records, definition_records, obligation_records,
    sanction_records, claim_records, change_records, commentary_records, law_records,
)


# the sources whose records each come from one document's objects (the rest look at the whole corpus: claims, changes,
# the registry's laws); with the lists their records are made from
PER_DOCUMENT: tuple[Callable[[_Context], Iterator[Record]], ...] = (
    article_records, paragraph_records, item_records, definition_records, obligation_records, sanction_records,
    commentary_records,
)
PART_LISTS = ("articles", "definitions", "obligations", "sanctions", "blocks")


class DocumentPart:
    """One document's share of the lists the :data:`PER_DOCUMENT` sources read (``lists``: name -> objects, the
    names of :data:`PART_LISTS`); everything else (``article``, ``definition``, ``documents``, ...) is the knowledge
    base's."""

    def __init__(self, kb: Any, lists: dict[str, Sequence[Any]]) -> None:
        self._kb = kb
        self._lists = lists

    def __getattr__(self, name: str) -> Any:
        if name in PART_LISTS:
            return tuple(self._lists[name])
        return getattr(self._kb, name)


def document_records(ctx: _Context, part: DocumentPart) -> list[list[Record]]:
    """The records of one document's objects, one list per source of :data:`PER_DOCUMENT` (``ctx``: the whole
    corpus's context)."""
    view = copy.copy(ctx)
    view.kb = cast("KnowledgeBase", part)
    return [list(source(view)) for source in PER_DOCUMENT]


def records(kb: KnowledgeBase) -> tuple[Record, ...]:
    """Every record of a knowledge base, in a fixed order (kind, then the knowledge base's order)."""
    ctx = _Context(kb)
    out: list[Record] = []
    seen: set[str] = set()
    for source in RECORD_SOURCES:
        for rec in source(ctx):
            if rec.id not in seen:
                seen.add(rec.id)
                out.append(rec)
    return tuple(out)


def _settings(fieldobj: Any) -> str:
    simple = (int, float, str, bool, type(None))
    return repr(sorted((k, v) for k, v in vars(fieldobj).items() if isinstance(v, simple)))


def _engine() -> str:
    """The index format, whoosh's version, the schema and the boosts: an index is reusable (or can be
    updated in place) only by code with the same engine."""
    schema = make_schema()
    layout = ",".join(f"{name}:{type(schema[name]).__name__}:{_settings(schema[name])}" for name in schema.names())
    boosts = json.dumps([KIND_BOOST, KIND_FIELD_BOOST], sort_keys=True)
    return f"regkb-index {INDEX_FORMAT} {whoosh.versionstring()} {layout} {boosts}"


def content_hash(recs: Iterable[Record]) -> str:
    """Hash of everything that goes into the index (and of the index format)."""
    h = hashlib.sha256(f"{_engine()}\n".encode())
    for rec in recs:
        h.update(json.dumps(rec.dump(), ensure_ascii=False, sort_keys=True).encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()[:16]


def record_digests(recs: Iterable[Record]) -> dict[str, str]:
    """Record id -> hash of the record: what an update compares with the previous index."""
    return {rec.id: hashlib.sha256(json.dumps(rec.dump(), ensure_ascii=False, sort_keys=True).encode("utf-8"))
            .hexdigest()[:20] for rec in recs}


# --- the whoosh schema and building -----------------------------------------------------------


def make_schema() -> Schema:
    """The whoosh schema of the search index."""
    stem = StemmingAnalyzer()
    return Schema(
        id=ID(stored=True, unique=True),
        # fields whose values repeat from record to record: whoosh's own postings, remembered per value
        kind=RememberedID(stored=True, sortable=True),
        document=RememberedID(stored=True, sortable=True),
        # one term per number (shift_step=0), not whoosh's eight "tiers" for fast wide ranges: the numbers are
        # small and range queries on them are spelled out as terms anyway (_expand); 40% fewer postings
        article=RememberedNumeric(stored=True, sortable=True, shift_step=0),
        chapter=RememberedNumeric(stored=True, sortable=True, shift_step=0),
        provision=ID(stored=True),
        actor=RememberedKeyword(stored=True, commas=True, scorable=False),
        modality=RememberedKeyword(stored=True, commas=True, scorable=False),
        # whoosh's TEXT with the same analyzer, indexed in one pass (regkb.postings: the same postings)
        title=FastText(stem, stored=True, field_boost=1.5),
        text=FastText(stem, stored=True),
        term=FastText(stem, field_boost=3.0),
        name=FastText(stem, field_boost=2.0),
        order=NUMERIC(stored=True, sortable=True, shift_step=0),
    )


SEARCH_FIELDS = ("title", "text", "term", "name")
_NOT_NESTED = frozenset({"change", "law"})  # kinds that never hide (or are hidden by) a provision
_OWN_LOCUS = frozenset({"sanction"})  # kinds that collapse only among themselves (per provision)
_STEMMER = StemmingAnalyzer()
_MISSING = frozenset({None, "", "-", b"", 0, 2**31 - 1, 2**32 - 1})  # how whoosh reports "no value" in a facet


def _fill(writer: Any, recs: Iterable[tuple[int, Record]]) -> int:
    """Add (order, record) pairs to the writer; returns how many."""
    count = 0
    for n, rec in recs:
        count += 1
        numbers = {k: v for k, v in (("article", rec.article), ("chapter", rec.chapter)) if v is not None}
        boost = KIND_BOOST.get(rec.kind, 1.0)
        fields = {f"_{name}_boost": b for name, b in KIND_FIELD_BOOST.get(rec.kind, {}).items()}
        writer.add_document(
            id=rec.id, kind=rec.kind, document=rec.document or "-", provision=rec.provision,
            actor=",".join(rec.actors), modality=",".join(rec.modalities), title=rec.title, text=rec.text,
            term=" ; ".join(rec.terms), name=" ; ".join(rec.names), order=n,
            _boost=boost, **fields, **numbers,
        )
    return count


def _index_root(kb: KnowledgeBase, index_dir: str | Path | None) -> Path:
    if index_dir is not None:
        return Path(index_dir)
    corpus = Path(kb.corpus_dir or ".").resolve()
    return corpus.parent / ".regkb" / "index"


SIGNATURE = "SIGNATURE"
_SIGNING = "regkb search index"


def _sign(version: Path) -> str:
    return signing.sign_tree(version, _SIGNING, skip=(SIGNATURE, "DONE"), key=signing.key_or_ephemeral())


def signed_here(version: Path) -> bool:
    """True if this machine built the index version (its files carry this machine's signature)."""
    try:
        sig = (version / SIGNATURE).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return signing.tree_signed(version, sig, _SIGNING, skip=(SIGNATURE, "DONE"), key=signing.key_or_ephemeral())


def _read_pointer(home: Path) -> str | None:
    try:
        name = (home / "CURRENT").read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return name if name and (home / name / "DONE").exists() else None


def _versions(home: Path) -> list[int]:
    out = []
    with contextlib.suppress(OSError):
        for p in home.iterdir():
            if p.name.startswith("v") and p.name[1:].isdigit() and p.is_dir():
                out.append(int(p.name[1:]))
    return sorted(out)


def _vocabulary(recs: Iterable[Record]) -> dict[str, int]:
    """Every word of the records (lower-cased, as printed) with its count: the "did you mean" lexicon."""
    counts: Counter[str] = Counter()
    for rec in recs:
        counts.update(_WORD.findall("\n".join((rec.title, rec.text, *rec.terms, *rec.names)).lower()))
    return {w: n for w, n in counts.items() if len(w) > 1}


_OWN_FILES = frozenset({"meta.json", "words.json", "records.json", "DONE"})  # the rest is whoosh's


def _updatable(previous: Path | None, engine: str) -> dict[str, str] | None:
    """The record digests of a previous index version that this code can update in place, or None."""
    if previous is None:
        return None
    try:
        meta = json.loads((previous / "meta.json").read_text(encoding="utf-8"))
        digests = json.loads((previous / "records.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if meta.get("engine") != hashlib.sha256(engine.encode()).hexdigest() or not isinstance(digests, dict):
        return None
    return digests


# Records per segment of a fresh index. whoosh sorts a segment's postings in memory up to the writer's limitmb
# (128) and beyond that writes sorted runs to disk and merges them, which costs every posting of the segment
# 1.5x (measured: 10,210 records, 4.6 s CPU in memory, 6.8 s spilled). 15,000 records of these kinds take about
# 90 MB of postings: a national collection gets more segments (one per 15,000 records, searched together; no
# merge), not a spilling writer, so the build stays linear in the corpus (regkb#16).
SEGMENT_RECORDS = 15_000


class _MemoryStorage(RamStorage):  # type: ignore[misc]  # whoosh is untyped
    """whoosh's in-memory storage, with the writer's sorting runs (when the postings outgrow ``limitmb``) in a
    directory of this build's own: whoosh's RamStorage puts them in one fixed directory of the system's
    temporary directory (``/tmp/MAIN.tmp``), which concurrent builds share and remove under each other.
    :meth:`cleanup` removes them (whoosh leaves the one of its column writer)."""

    def __init__(self, scratch: Path) -> None:
        super().__init__()
        self._scratch = scratch
        self.made: list[Path] = []

    def temp_storage(self, name: str | None = None) -> Any:
        folder = Path(tempfile.mkdtemp(prefix=".runs-", dir=self._scratch))
        self.made.append(folder)
        return FileStorage(str(folder)).create()

    def cleanup(self) -> None:
        for folder in self.made:
            shutil.rmtree(folder, ignore_errors=True)


class _Lengths:
    """The new segment's field lengths, as whoosh's posting writer asks for them: once per posting. whoosh's
    own reader looks for the lengths file of a field on disk at every posting of a field that keeps no
    lengths (the ID, KEYWORD and NUMERIC fields): 300,000 file system calls for 10,000 records. This one
    answers those fields from the schema; the others it passes on. The index written is the same."""

    def __init__(self, reader: Any, scorable: frozenset[str]) -> None:
        self._reader = reader
        self._scorable = scorable
        self._columns: dict[str, list[Any]] = {}  # a scorable field's lengths, read once per field

    def doc_field_length(self, docnum: int, fieldname: str, default: int = 0) -> int:
        if fieldname not in self._scorable:
            return default
        column = self._columns.get(fieldname)
        if column is None:  # whoosh asks once per posting, in field order: one column read, then lookups
            read = self._reader.doc_field_length
            column = self._columns[fieldname] = [read(n, fieldname, 0) for n in range(self._reader.doc_count_all())]
        if default == 0 and 0 <= docnum < len(column):
            return int(column[docnum])
        return int(self._reader.doc_field_length(docnum, fieldname, default))

    def close(self) -> None:
        self._reader.close()


def _writer(ix: Any) -> Any:
    """A whoosh writer for ``ix`` whose posting writer reads the field lengths through :class:`_Lengths`."""
    from whoosh.codec.whoosh3 import W3Codec

    writer = ix.writer(limitmb=128, codec=W3Codec(compression=0))
    scorable = frozenset(name for name, f in ix.schema.items() if f.scorable)
    plain = writer.per_document_reader
    writer.per_document_reader = lambda: _Lengths(plain(), scorable)
    return writer


def build_version(home: Path, recs: tuple[Record, ...], meta: dict[str, Any], previous: Path | None = None) -> str:
    """Build an index of ``recs`` in a temporary directory under ``home``, rename it to a new
    version ``v<n>`` and point ``home/CURRENT`` at it. Returns the version's name.

    With ``previous`` (a complete version of an index of other content, written by this code), the
    new version starts as a copy of it: the records that changed or went away are deleted and the
    changed and new ones added, so a build after one changed document re-indexes that document's
    records only (regkb#16). Scores can differ from a fresh build in the last digits until whoosh
    merges the segments (deleted records still count in the term statistics)."""
    home.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".build-", dir=home))
    engine = _engine()
    digests = record_digests(recs)
    made: list[_MemoryStorage] = []
    try:
        old = _updatable(previous, engine)
        storage = _MemoryStorage(home)  # built in memory, written out once (regkb#16)
        made.append(storage)
        if old is not None and previous is not None:
            for f in previous.iterdir():
                if f.is_file() and f.name not in _OWN_FILES and not f.name.endswith("LOCK"):
                    storage.files[f.name] = f.read_bytes()
            ix = storage.open_index()
            writer = _writer(ix)
            stale = sorted(i for i, d in old.items() if digests.get(i) != d)
            for i in stale:
                writer.delete_by_term("id", i)
            fresh = [(n, r) for n, r in enumerate(recs, 1) if old.get(r.id) != digests[r.id]]
            _fill(writer, fresh)
            writer.commit()
            meta = meta | {"update": {"from": f"{previous.parent.name}/{previous.name}", "deleted": len(stale),
                                      "added": len(fresh)}}
        else:
            ix = storage.create_index(make_schema())
            for start in range(0, len(recs), SEGMENT_RECORDS) or [0]:
                writer = _writer(ix)
                _fill(writer, enumerate(recs[start:start + SEGMENT_RECORDS], start + 1))
                writer.commit(merge=False)
        ix.close()
        for name in sorted(storage.list()):
            (tmp / name).write_bytes(storage.files[name])
        count = len(recs)
        ix.close()
        (tmp / "records.json").write_text(json.dumps(digests, sort_keys=True) + "\n", encoding="utf-8")
        meta = meta | {"records": count, "engine": hashlib.sha256(engine.encode()).hexdigest()}
        (tmp / "meta.json").write_text(json.dumps(meta, indent=1, sort_keys=True) + "\n",
                                       encoding="utf-8")
        (tmp / "words.json").write_text(json.dumps(_vocabulary(recs), sort_keys=True) + "\n", encoding="utf-8")
        # whoosh's table of contents is a pickle: sign the whole version, check it before opening (_current)
        (tmp / SIGNATURE).write_text(_sign(tmp) + "\n", encoding="utf-8")
        (tmp / "DONE").write_text("ok\n", encoding="utf-8")
        while True:
            versions = _versions(home)
            name = f"v{(versions[-1] + 1) if versions else 1}"
            try:
                os.rename(tmp, home / name)  # fails if another builder took the name: try the next one
                break
            except OSError:
                if not (home / name).exists():
                    raise
        write_text_atomic(home / "CURRENT", name + "\n")
    finally:
        for st in made:
            st.cleanup()
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)
    for stale_version in _versions(home)[:-KEEP_VERSIONS]:
        shutil.rmtree(home / f"v{stale_version}", ignore_errors=True)
    return name


# --- results --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Hit:
    """One search result. ``node_id`` is the id of the object in the JSON export and the graph."""

    id: str
    kind: str
    score: float
    title: str
    snippet: str  # exact text of the object, matches wrapped in ``**``; "…" where text was left out
    node_id: str
    document: str = ""
    article: int | None = None
    provision: str = ""  # global id of the provision holding the object ("" for laws)

    def dump(self) -> dict[str, Any]:
        """The hit as JSON-ready plain data (score rounded to four places)."""
        return {"id": self.id, "kind": self.kind, "score": round(self.score, 4), "title": self.title,
                "snippet": self.snippet, "node_id": self.node_id, "document": self.document,
                "article": self.article, "provision": self.provision}


@dataclass(frozen=True, slots=True)
class SearchResult:
    """What :meth:`regkb.KnowledgeBase.search` returns: hits best first, facet counts, a suggestion."""

    query: str
    hits: tuple[Hit, ...]
    total: int  # records matching the query and the filters (before ``limit`` and collapsing)
    facets: dict[str, dict[str, int]] = field(hash=False)  # facet -> value -> count over all matches
    suggestion: str | None = None  # "did you mean": the query with unknown words corrected
    mode: str = "all"  # "all": every word matched; "any": fell back to any word; "syntax": query language

    def __iter__(self) -> Iterator[Hit]:
        return iter(self.hits)

    def __len__(self) -> int:
        return len(self.hits)

    @property
    def ids(self) -> list[str]:
        """The ids of the hits, best first."""
        return [h.id for h in self.hits]

    def dump(self) -> dict[str, Any]:
        """The result as JSON-ready plain data: query, total, mode, suggestion, facets and hits."""
        return {"query": self.query, "total": self.total, "mode": self.mode, "suggestion": self.suggestion,
                "facets": self.facets, "hits": [h.dump() for h in self.hits]}


class _Marker(highlight.Formatter):  # type: ignore[misc]  # whoosh is untyped
    """Wraps each matched term in ``**`` and joins fragments with an ellipsis."""

    between = " … "

    def format_token(self, text: str, token: Any, replace: bool = False) -> str:
        return f"**{highlight.get_text(text, token, replace)}**"


# --- the index ------------------------------------------------------------------------------


class SearchIndex:
    """A whoosh index of one knowledge base, kept under ``index_dir/<content hash>/``."""

    def __init__(self, kb: KnowledgeBase, index_dir: str | Path | None = None) -> None:
        self.kb = kb
        self.records = records(kb)
        self.hash = content_hash(self.records)
        self.root = _index_root(kb, index_dir)
        self.home = self.root / self.hash
        self._lock = threading.RLock()
        self._open_name: str | None = None
        self._ix: Any = None
        self._searcher: Any = None
        self.built = False  # True when this object built (rather than reused) the index
        self._parsers: dict[Any, MultifieldParser] = {}
        self._words: dict[str, int] = {}
        self._corrector: Any = None
        self._values: list[tuple[tuple[str, str], ...]] = []
        self._law_names = {r.id: r.names for r in self.records if r.kind == "law"}

    # building and opening

    def ensure(self) -> str:
        """Make sure a complete index exists for this content; build it only if it does not."""
        name = _read_pointer(self.home)
        if name is None:
            name = self.rebuild()
        return name

    def _previous(self) -> Path | None:
        """The newest complete index version of other content in the same place (to update from)."""
        best: tuple[float, Path] | None = None
        with contextlib.suppress(OSError):
            for p in self.root.iterdir():
                if p.is_dir() and p.name != self.hash:
                    name = _read_pointer(p)
                    if name is not None:
                        stamp = (p / name / "DONE").stat().st_mtime
                        if best is None or stamp > best[0]:
                            best = (stamp, p / name)
        return best[1] if best else None

    def rebuild(self, full: bool = False) -> str:
        """Build the index and swap it in (readers keep answering from the old one meanwhile): by updating
        the newest index of other content kept in the same place, if any, else (or with ``full``) afresh."""
        meta = {"hash": self.hash, "format": INDEX_FORMAT, "corpus": [d.sha256 for d in self.kb.documents]}
        try:
            name = build_version(self.home, self.records, meta, None if full else self._previous())
        except OSError as exc:
            raise RegkbError(f"cannot write the search index in {self.home}: {exc.strerror or exc}"
                             " (choose another place with --index-dir)") from exc
        self.built = True
        return name

    def prune_others(self) -> list[str]:
        """Remove the indexes of other contents (older hashes) kept in the same place; returns their names."""
        removed = []
        with contextlib.suppress(OSError):
            for p in sorted(self.root.iterdir()):
                if (p.is_dir() and not p.is_symlink() and p.name != self.hash and (p / "CURRENT").exists()
                        and re.fullmatch(r"[0-9a-f]{16}", p.name)):  # only an index regkb made (issue 13)
                    shutil.rmtree(p, ignore_errors=True)
                    removed.append(p.name)
        return removed

    def _current(self) -> Any:
        name = _read_pointer(self.home)
        if name is None:
            name = self.ensure()
        if name != self._open_name or self._searcher is None:
            if not signed_here(self.home / name):  # never unpickle an index this machine did not write
                name = self.rebuild()
            ix = index.open_dir(str(self.home / name))
            words = json.loads((self.home / name / "words.json").read_text(encoding="utf-8"))
            searcher = ix.searcher()
            self._words, self._corrector = words, ListCorrector(sorted(words))
            self._values = _facet_values(searcher)
            old = self._searcher
            self._ix, self._searcher, self._open_name = ix, searcher, name
            if old is not None:
                with contextlib.suppress(Exception):
                    old.close()
        return self._searcher

    def close(self) -> None:
        """Close the open searcher, if any (the index on disk stays)."""
        with self._lock:
            if self._searcher is not None:
                with contextlib.suppress(Exception):
                    self._searcher.close()
            self._searcher = self._ix = self._open_name = None

    # searching

    def search(self, q: str, kind: str | None = None, actor: str | None = None, modality: str | None = None,
               document: str | None = None, limit: int = 10, collapse: bool | None = None) -> SearchResult:
        """Search; see :meth:`regkb.kb.KnowledgeBase.search`."""
        if not isinstance(q, str):
            raise RegkbError(f"the query must be text, not {type(q).__name__}")
        if len(q) > MAX_QUERY_CHARS:
            raise RegkbError(f"the query is {len(q)} characters long; the limit is {MAX_QUERY_CHARS}"
                             " (search for the distinctive words of the passage instead)")
        if not isinstance(limit, int) or limit < 1:
            raise RegkbError(f"limit must be a positive whole number, not {limit!r}")
        filters = self._filters(kind, actor, modality, document)
        if collapse is None:
            collapse = kind is None
        attempts = 0
        while True:
            with self._lock:
                try:
                    return self._search_once(q.strip(), filters, limit, collapse)
                except (OSError, index.EmptyIndexError):
                    # the version we had open was pruned by a concurrent rebuild: reopen and retry
                    attempts += 1
                    self.close()
                    if attempts > 3:
                        raise RegkbError(f"the search index in {self.home} cannot be read; rebuild it with"
                                         " `regkb index --rebuild`") from None

    def _filters(self, kind: str | None, actor: str | None, modality: str | None,
                 document: str | None) -> list[query.Query]:
        out: list[query.Query] = []
        if kind is not None:
            if kind not in KINDS:
                raise RegkbError(f"unknown kind {kind!r}; kinds are: {', '.join(KINDS)}")
            out.append(query.Term("kind", kind))
        if modality is not None:
            if modality not in MODALITIES:
                raise RegkbError(f"unknown modality {modality!r}; modalities are: {', '.join(MODALITIES)}")
            out.append(query.Term("modality", modality))
        if actor is not None:
            try:
                aid = self.kb.actor(actor).id
            except KeyError:
                known = ", ".join(a.label for a in self.kb.actors) or "none yet"
                raise RegkbError(f"unknown actor {actor!r}; known actors: {known}") from None
            out.append(query.Term("actor", aid))
        if document is not None:
            if document not in {d.id for d in self.kb.documents}:
                docs = ", ".join(d.id for d in self.kb.documents)
                raise RegkbError(f"unknown document {document!r}; the corpus has: {docs}")
            out.append(query.Term("document", document))
        return out

    def _parse(self, q: str, group: Any, words_only: bool, reader: Any = None) -> query.Query:
        parser = self._parsers.get(group)
        if parser is None:
            parser = MultifieldParser(list(SEARCH_FIELDS), make_schema(), group=group)
            parser.add_plugin(FieldAliasPlugin({"term": ["terms", "defined"], "name": ["names"]}))
            self._parsers[group] = parser
        text = q
        if words_only:
            words = [w for w in _WORD.findall(q) if w not in _OPERATORS]
            content = [w for w in words if w.lower() not in _QUESTION_WORDS]
            text = " ".join((content or words)[:MAX_QUERY_WORDS])
        parsed = parser.parse(text)
        return _expand(parsed, reader)

    def _search_once(self, q: str, filters: list[query.Query], limit: int, collapse: bool) -> SearchResult:
        searcher = self._current()
        filt = query.And(filters) if filters else None
        if not q:
            if not filters:
                raise RegkbError("the query is empty; give words to search for (or a filter such as --kind)")
            attempts: list[tuple[str, Any, bool]] = [("all", None, True)]
        elif _SYNTAX.search(q):
            attempts = [("syntax", AndGroup, False), ("any", OrGroup, True)]
        else:
            attempts = [("all", AndGroup, True), ("any", OrGroup, True)]
        mode, results = attempts[0][0], None
        for mode, group, words_only in attempts:
            try:
                parsed = query.Every() if group is None else self._parse(q, group, words_only, searcher.reader())
            except Exception:  # whoosh's parser gave up on odd syntax: the next attempt reads words only
                if mode == "syntax":
                    continue
                raise
            if parsed is query.NullQuery:
                continue
            try:
                results = searcher.search(parsed, limit=None, filter=filt)  # all matches: exact total, facets
            except (OSError, index.EmptyIndexError):
                raise  # the index went away under us: search() reopens and retries
            except Exception as exc:  # whoosh rejected a query it parsed (odd field syntax and the like)
                if mode == "syntax":
                    continue
                raise RegkbError(f"cannot run the query {q[:80]!r}: {exc}") from None
            if len(results):
                break
        suggestion = self._suggest(searcher, q) if q else None
        if results is None or not len(results):
            return SearchResult(q, (), 0, {name: {} for name in FACETS}, suggestion, mode)
        results.fragmenter = highlight.ContextFragmenter(maxchars=240, surround=60)
        results.formatter = _Marker()
        hits: list[Hit] = []
        kept: list[str] = []
        for r, score in self._ranked(results, q):
            fields = r.fields()
            locus = fields["id"] if fields["kind"] in _NOT_NESTED else fields.get("provision") or fields["id"]
            if fields["kind"] in _OWN_LOCUS:  # a sanction is no provision: it hides only other sanctions of its place
                locus = f"{fields['kind']}:{locus}"
            if collapse and any(_nested(locus, k) for k in kept):
                continue
            kept.append(locus)
            hits.append(self._hit(r, fields, score))
            if len(hits) >= limit:
                break
        return SearchResult(q, tuple(hits), len(results), self._facets(results.docs()), suggestion, mode)

    def _ranked(self, results: Any, q: str) -> Iterator[tuple[Any, float]]:
        """The hits best first, a registry law whose name the query does not give (``UNNAMED_LAW_FACTOR``)
        moved down to where its lowered score puts it."""
        values = self._values
        laws = [n for n, (_, docnum) in enumerate(results.top_n)
                if ("kind", "law") in values[docnum]]
        scores = [float(s or 0.0) for s, _ in results.top_n]
        if not laws:
            for n in range(len(scores)):
                yield results[n], scores[n]
            return
        for n in laws:
            law_id = results[n].fields()["id"]
            if not names_query(q, self._law_names.get(law_id, ())):
                scores[n] *= UNNAMED_LAW_FACTOR
        for n in sorted(range(len(scores)), key=lambda n: (-scores[n], n)):
            yield results[n], scores[n]

    def _facets(self, docnums: Iterable[int]) -> dict[str, dict[str, int]]:
        """Facet counts over every matching record, from the per-record values read at open time."""
        counters: dict[str, Counter[str]] = {name: Counter() for name in FACETS}
        values = self._values
        for n in docnums:
            for name, value in values[n]:
                counters[name][value] += 1
        return {name: dict(sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))) for name, c in counters.items()}

    def _hit(self, r: Any, fields: dict[str, Any], score: float) -> Hit:
        text = fields.get("text", "")
        snippet = ""
        with contextlib.suppress(Exception):
            snippet = r.highlights("text", top=2) or ""
        if not snippet:
            snippet = text if len(text) <= 240 else text[:240].rsplit(" ", 1)[0] + " …"
        article = fields.get("article")
        return Hit(
            id=fields["id"], kind=fields["kind"], score=score, title=fields.get("title", ""),
            snippet=snippet, node_id=fields["id"], document="" if fields.get("document") == "-" else fields["document"],
            article=int(article) if article is not None else None, provision=fields.get("provision", ""),
        )

    def _suggest(self, searcher: Any, q: str) -> str | None:
        """The query with each word that the index does not know replaced by the closest one it does."""
        changed = False
        out: list[str] = []
        pos = 0
        for m in _WORD.finditer(q):
            word = m.group(0)
            low = word.lower()
            out.append(q[pos:m.start()])
            pos = m.end()
            after = q[m.end():m.end() + 1]
            if word in _OPERATORS or after == ":" or len(low) < 4 or low in _PLAIN_WORDS or \
                    any(c.isdigit() for c in low) or low in self._words or _known_stem(searcher, low):
                out.append(word)
                continue
            found: list[str] = []
            for dist in (1, 2) if len(low) > 5 else (1,):
                found = self._corrector.suggest(low, limit=20, maxdist=dist, prefix=1)
                if found:
                    break
            if found:  # the closest words first; among them, the most frequent
                out.append(max(found, key=lambda w: (self._words.get(w, 0), [-ord(c) for c in w])))
                changed = True
            else:
                out.append(word)
        out.append(q[pos:])
        return "".join(out) if changed else None


def _known_stem(searcher: Any, word: str) -> bool:
    """True if the word's stem is in the index: another form of a word the texts use, not a typo."""
    stems = [t.text for t in _STEMMER(word)]
    return bool(stems) and ("text", stems[0]) in searcher.reader()


def _facet_values(searcher: Any) -> list[tuple[tuple[str, str], ...]]:
    """For each document number, its (facet, value) pairs: read once per opened index version."""
    reader = searcher.reader()
    size = reader.doc_count_all()
    pairs: list[list[tuple[str, str]]] = [[] for _ in range(size)]
    # by docnum: an updated index (build_version with ``previous``) has deleted documents, which
    # all_stored_fields() skips, so a count would drift from the docnums after the first deletion
    for n, fields in reader.iter_docs():
        for name in ("kind", "document", "article", "chapter"):
            value = fields.get(name)
            if value not in _MISSING:
                pairs[n].append((name, str(value)))
        for name in ("actor", "modality"):
            pairs[n].extend((name, v) for v in (fields.get(name) or "").split(",") if v)
    return [tuple(p) for p in pairs]


def _nested(a: str, b: str) -> bool:
    """True if one provision id is the other or sits inside it."""
    return a == b or a.startswith(b + "__") or b.startswith(a + "__")


def analyse(text: str) -> list[str]:
    """The index's analysis of ``text``: words, lower-cased, stop words and one-letter words dropped,
    stemmed (Porter). The site's search (``regkb.site.search``) does the same in the browser."""
    return [t.text for t in _STEMMER(text)]


@functools.cache
def _relatives() -> dict[str, tuple[tuple[str, float], ...]]:
    """Stem of a query word -> (stem of a word it also matches, weight): the words of its
    :data:`SYNONYMS` group (1.0) and its :data:`THESAURUS` relatives (``RELATIVE_WEIGHT``), all stemmed as
    the index stems them. The table the site's search uses too."""
    def stemmed(word: str) -> str:
        tokens = analyse(word)
        return tokens[0] if tokens else word.lower()

    table: dict[str, dict[str, float]] = {}
    for group in SYNONYMS:
        stems = list(dict.fromkeys(stemmed(w) for w in group))
        for key in stems:
            row = table.setdefault(key, {})
            for other in stems:
                if other != key:
                    row[other] = 1.0
    for word, relatives in THESAURUS.items():
        key = stemmed(word)
        row = table.setdefault(key, {})
        for rel in relatives:
            s = stemmed(rel)
            if s != key and s not in row:
                row[s] = RELATIVE_WEIGHT
    return {k: tuple(v.items()) for k, v in sorted(table.items()) if v}


def relatives_table() -> dict[str, list[list[Any]]]:
    """:func:`_relatives` as plain JSON data (for the site's search index)."""
    return {k: [[s, w] for s, w in v] for k, v in _relatives().items()}


def idf(doc_count: int, doc_frequency: int) -> float:
    """whoosh's inverse document frequency (BM25F's): what the site's search computes too."""
    return math.log(doc_count / (doc_frequency + 1)) + 1


def _expand(q: query.Query, reader: Any = None) -> query.Query:
    """Let each query word also match its synonyms and relatives (see :func:`_relatives`).

    A word and the words it is expanded to count as one word for rarity: whoosh weighs each term by its
    own idf, so a rare synonym would outrank the common word the law actually uses (a word the text
    never uses has no idf at all). With a ``reader``, each term's boost is scaled so that its weight
    is the idf of the group (the sum of the terms' document frequencies in the field)."""
    table = _relatives()

    def visit(node: query.Query) -> query.Query:
        if isinstance(node, query.NumericRange) and node.end is not None \
                and (node.end - (node.start or 0)) <= 1000:
            # whoosh's tiered numeric ranges return wrong documents for some small ranges: spell them
            # out (the numeric fields, article, chapter and order, are never negative)
            lo = (node.start or 0) + (1 if node.startexcl else 0)
            hi = node.end - (1 if node.endexcl else 0)
            return query.Or([query.Term(node.fieldname, v) for v in range(int(lo), int(hi) + 1)] or [query.NullQuery])
        if isinstance(node, query.Term) and node.fieldname in SEARCH_FIELDS and isinstance(node.text, str):
            rel = table.get(node.text)
            if not rel:
                return node
            terms = [(node.text, 1.0), *rel]
            scale = {t: 1.0 for t, _ in terms}
            if reader is not None:
                n = reader.doc_count_all() or 1
                dfs = {t: reader.doc_frequency(node.fieldname, t) for t, _ in terms}
                group = idf(n, sum(dfs.values()))
                scale = {t: group / idf(n, dfs[t]) for t, _ in terms}
            return query.Or([query.Term(node.fieldname, t, boost=w * scale[t] * node.boost) for t, w in terms])
        return node.apply(visit) if node.is_leaf() is False else node

    return visit(q)


def names_query(q: str, names: Iterable[str]) -> bool:
    """True if the query gives one of ``names`` (a law's title, short names, aliases) as a whole:
    the same words after analysis, in the same order."""
    words = analyse(q)
    return bool(words) and any(words == analyse(name) for name in names)


# --- access from a knowledge base ---------------------------------------------------------------

_INDEXES: weakref.WeakKeyDictionary[Any, dict[str, SearchIndex]] = weakref.WeakKeyDictionary()
_INDEXES_LOCK = threading.Lock()


def search_index(kb: KnowledgeBase, index_dir: str | Path | None = None) -> SearchIndex:
    """The (cached) search index of a knowledge base, built or reused on first use."""
    key = str(_index_root(kb, index_dir).resolve())
    with _INDEXES_LOCK:
        per_kb = _INDEXES.setdefault(kb, {})
        six = per_kb.get(key)
        if six is None:
            six = per_kb[key] = SearchIndex(kb, index_dir)
    with six._lock:
        six.ensure()
    return six
