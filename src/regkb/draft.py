"""A version of a work known only from what a commentary says about it.

Three steps, all generic:

1. **Claims** (:func:`propose_claims`): sentences, quoted passages and list items of a
   commentary that state what the commented document says. Each claim keeps its exact span in
   the commentary and a label: ``quote`` (a verbatim quote of the document: inline "..." or a
   plain paragraph introduced by a line ending in ':'), ``paraphrase`` (the commentary's own
   words), or ``notes`` (a quote or report of someone else's words, e.g. explanatory notes or an
   official view: neither document text nor the commentary's paraphrase).
2. **Proposal** (:func:`propose_alignment`): each claim is matched to the newer version's
   provisions by text similarity plus defined-term and actor overlap.
3. **Review**: ``corpus/alignment.yaml`` records the reviewed decisions (claim, label, final
   provisions, change kind, effects, note). Reviewed claims are re-found in the commentary by
   their exact text. :func:`review_report` lists where the proposal disagrees with the review.

Facts that no corpus text states (and the metadata of versions known only from a commentary)
live in ``corpus/external-facts.yaml``, each with its source.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .compare import (
    CLAIM_KINDS,
    EFFECT_KINDS,
    Change,
    Duty,
    Effect,
    _leaves,
    compare_documents,
    duties_from_text,
    duty_effects,
    redline,
    similarity,
    version_pairs,
)
from .errors import error_at
from .model import Block, Diagnostic, Document, Span, _Dump
from .parse.sentences import sentence_bounds

if TYPE_CHECKING:
    from .kb import KnowledgeBase

ALIGNMENT_FILE = "alignment.yaml"
FACTS_FILE = "external-facts.yaml"
LABELS = ("quote", "paraphrase", "notes")

_HEDGE = re.compile(r"\b(?:might|would|could|seems?|appears?|arguably|perhaps|likely)\b", re.IGNORECASE)
_NORMATIVE = re.compile(
    r"\b(?:must|shall|required to|obliged to|may not|prohibit\w*|penalt\w*|punish\w*|defines?|definition)\b",
    re.IGNORECASE)
_NOTES = re.compile(r"\b(?:explanatory notes?|view|opinion|said|says|according to|government|believes?)\b",
                    re.IGNORECASE)
_INLINE_QUOTE = re.compile(r"[\"“]([^\"”]+)[\"”]")
_ELLIPSIS_BREAK = re.compile(r"\s*(?:\.\s){3}\.\s+(?=[A-Z])")


@dataclass(frozen=True, slots=True)
class Claim(_Dump):
    """One statement of a commentary about what a document says.

    ``text`` is the exact source slice at ``span`` in the commentary. Only ``label == "quote"``
    is the document's own wording; a ``paraphrase`` is the commentary's, ``notes`` someone
    else's (never present either as the document's text).
    """

    id: str
    document: str  # the commentary
    about: str  # the document the claim is about
    block: str  # the commentary block holding it
    label: str  # quote | paraphrase | notes
    text: str
    span: Span
    lead_in: str = ""  # the commentary's words introducing a quote or a list ("The draft requires that:")
    lead_in_span: Span | None = None
    topic: str = ""  # the heading the claim is under
    reviewed: bool = False

    @property
    def quoted(self) -> bool:
        """Whether the claim quotes the document (label "quote"): only then are its words the document's own."""
        return self.label == "quote"

    def dump(self) -> dict[str, Any]:
        """The claim as JSON-ready plain data, with ``quoted`` added."""
        data = _Dump.dump(self)
        data["quoted"] = self.quoted
        return data


@dataclass(frozen=True, slots=True)
class Fact(_Dump):
    """A fact about a document that the corpus texts do not state (or state only in a commentary)."""

    document: str
    key: str
    value: str
    source: str  # who says so: a URL, a publication, or "corpus:<document id>"
    external: bool  # True when the source is outside the corpus
    quote: str = ""


@dataclass(frozen=True, slots=True)
class Proposal:
    claim: Claim
    provisions: tuple[str, ...]  # best-matching provision ids (best first)
    articles: tuple[int, ...]
    score: float
    kind: str


@dataclass(frozen=True, slots=True)
class Disagreement(_Dump):
    claim: str
    what: str  # "missed-claim", "label", "provision", "unreviewed-claim"
    reviewed: str
    proposed: str


# --- facts ---------------------------------------------------------------------------------


def load_facts(corpus_dir: str | Path) -> tuple[Fact, ...]:
    """The facts of ``corpus_dir``/external-facts.yaml (empty when there is none).

    Raises ``RegkbError`` naming the file and line when an entry is malformed."""
    path = Path(corpus_dir) / FACTS_FILE
    if not path.exists():
        return ()
    data, text = _load_yaml(path)
    entries = data.get("facts") if isinstance(data, dict) else None
    if not isinstance(entries, list):
        raise error_at(FACTS_FILE, 1, 1, "the file must have a top-level 'facts:' list", "", "facts")
    lines = _entry_lines(text, "document")
    out = []
    for k, e in enumerate(entries):
        line = lines[k] if k < len(lines) else 1
        if not isinstance(e, dict) or not all(isinstance(e.get(f), str | dt.date | bool) for f in ("document", "key", "value")):
            raise error_at(FACTS_FILE, line, 1, f"fact {k + 1} needs 'document', 'key' and 'value'", "", "facts")
        if not isinstance(e.get("source"), str) or not e["source"].strip():
            raise error_at(FACTS_FILE, line, 1, f"fact {k + 1} has no 'source'",
                           "name where the fact comes from (a URL or 'corpus:<document id>')", "facts")
        src = e["source"].strip()
        out.append(Fact(e["document"], e["key"], str(e["value"]), src, not src.startswith("corpus:"),
                        str(e.get("quote", ""))))
    return tuple(out)


def described_documents(kb: KnowledgeBase, facts: Sequence[Fact]) -> tuple[Document, ...]:
    """Documents no corpus file holds but a commentary discusses (``comments_on``), built from the facts."""
    known = {d.id for d in kb.documents}
    wanted = sorted({str(d.frontmatter.get("comments_on")) for d in kb.documents
                     if d.kind == "commentary" and d.frontmatter.get("comments_on")} - known)
    out = []
    path = Path(kb.corpus_dir) / FACTS_FILE
    sha = hashlib.sha256(path.read_bytes()).hexdigest() if kb.corpus_dir and path.exists() else ""
    for doc_id in wanted:
        fm: dict[str, Any] = {f.key: f.value for f in facts if f.document == doc_id}
        fm["sources"] = {f.key: f.source for f in facts if f.document == doc_id}
        out.append(Document(doc_id, str(fm.get("title", doc_id)), "regulation", FACTS_FILE, sha, fm,
                            str(fm.get("work", doc_id)), str(fm["status"]) if fm.get("status") else None))
    return tuple(out)


# --- claims --------------------------------------------------------------------------------


def _find(source: str, span: Span, text: str, start: int = 0) -> Span | None:
    """Source span of ``text`` (white space may differ) inside ``span``, searching from ``start``."""
    pat = r"\s+".join(re.escape(w) for w in text.split())
    m = re.compile(pat).search(source, max(span.start, start), span.end)
    return Span(m.start(), m.end()) if m else None


def section_headings(blocks: Sequence[Block]) -> list[Block]:
    """Headings that open a section: a heading whose text comes again later is a table-of-contents entry."""
    heads = [b for b in blocks if b.kind == "heading"]
    return [h for k, h in enumerate(heads) if not any(later.text == h.text for later in heads[k + 1:])]


def _topic(headings: Sequence[Block], start: int) -> str:
    return next((h.text for h in reversed(headings) if h.span.end <= start), "")


def propose_claims(blocks: Sequence[Block], source: str, about: str) -> list[Claim]:
    """Claims about ``about`` in a commentary's blocks (see the module doc for the rules)."""
    claims: list[Claim] = []
    headings = section_headings(blocks)
    lead: dict[int, tuple[str, Span | None, bool]] = {}  # list level -> (lead-in text, span, is a claim)
    prev: Block | None = None
    prev_last: tuple[str, Span | None] = ("", None)
    doc = blocks[0].document if blocks else ""

    def add(block: Block, label: str, span: Span, lead_in: str = "", lead_span: Span | None = None) -> None:
        text = source[span.start:span.end]
        claims.append(Claim(f"{doc}/claim/p{len(claims) + 1:02d}", doc, about, block.id, label, text, span,
                            lead_in, lead_span, _topic(headings, span.start)))

    for b in blocks:
        if b.kind == "heading":
            lead.clear()
            prev, prev_last = b, ("", None)
            continue
        sents = [(b.text[i:j], _find(source, b.span, b.text[i:j])) for i, j in sentence_bounds(b.text)]
        if b.kind == "paragraph" and prev is not None and prev.kind == "paragraph" and prev_last[0].endswith(":"):
            # a block quote that lost its markup
            label = "notes" if _NOTES.search(prev_last[0]) else "quote"
            for part in _ELLIPSIS_BREAK.split(b.text):
                sp = _find(source, b.span, part)
                if sp:
                    add(b, label, sp, prev_last[0], prev_last[1])
        elif b.kind == "list-item":
            lead_in, lead_span, is_claim = lead.get(b.level - 1, ("", None, False))
            if is_claim:
                add(b, "paraphrase", _find(source, b.span, b.text) or b.span, lead_in, lead_span)
            for level in [k for k in lead if k >= b.level]:
                del lead[level]
            if b.text.endswith(":"):
                lead[b.level] = (b.text, _find(source, b.span, b.text), is_claim)
        else:
            for text, sp in sents:
                if sp is None or text.endswith(":"):
                    continue
                _sentence_claims(add, b, text, sp, source)
            lead.clear()
            if sents and sents[-1][0].endswith(":"):
                t = sents[-1][0]
                lead[0] = (t, sents[-1][1], bool(_is_claim_sentence(t)))
        prev = b
        prev_last = sents[-1] if sents else ("", None)
    return claims


def _is_claim_sentence(text: str) -> bool:
    if _HEDGE.search(text):
        return False
    return bool(re.search(r"\bdraft\b", text, re.IGNORECASE) or _NORMATIVE.search(text))


def _sentence_claims(add: Any, block: Block, text: str, span: Span, source: str) -> None:
    if re.search(r"\bexplanatory notes?\b", text, re.IGNORECASE):
        add(block, "notes", span)
        return
    if not _is_claim_sentence(text):
        return
    quotes = [m for m in _INLINE_QUOTE.finditer(source, span.start, span.end) if len(m.group(1).split()) >= 4]
    if not quotes:
        add(block, "paraphrase", span)
        return
    for m in quotes:
        lead_span = Span(span.start, m.start())
        add(block, "quote", Span(m.start(1), m.end(1)), source[lead_span.start:lead_span.end].strip(), lead_span)


# --- proposal --------------------------------------------------------------------------------

_STOP = frozenset(["a", "an", "the", "and", "or", "of", "to", "in", "on", "for", "by", "with", "as", "at", "be", "is", "are", "was", "were", "that", "this", "these", "those", "it", "its", "their", "such", "other", "others", "any", "all", "which", "who", "whom", "from", "into", "under", "than", "then", "there", "shall", "must", "may", "not", "no"])


def _stem(w: str) -> str:
    for suf in ("ies", "es", "s", "ing", "ed", "ly"):
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            w = w[: -len(suf)]
            break
    return w[:5]


def _bag(text: str) -> Counter[str]:
    return Counter(_stem(w) for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in _STOP and len(w) > 2)


def _cosine(a: Counter[str], b: Counter[str], idf: dict[str, float]) -> float:
    if not a or not b:
        return 0.0
    dot = sum(v * b[k] * idf.get(k, 1.0) ** 2 for k, v in a.items())
    na = sum((v * idf.get(k, 1.0)) ** 2 for k, v in a.items())
    nb = sum((v * idf.get(k, 1.0)) ** 2 for k, v in b.items())
    return dot / math.sqrt(na * nb)


def _idf(bags: Sequence[Counter[str] | set[str]]) -> dict[str, float]:
    df: Counter[str] = Counter(k for b in bags for k in set(b))
    n = len(bags)
    return {k: math.log((n + 1) / (v + 1)) + 1.0 for k, v in df.items()}


def _weighted_overlap(claim: set[str], prov: set[str], idf: dict[str, float]) -> float:
    """Share (weighted by rarity) of the claim's terms that the provision also has.

    One-sided on purpose: a commentary summarises, so a provision naming more actors or terms than
    the claim is not a worse match.
    """
    if not claim:
        return 0.0
    return sum(idf.get(k, 1.0) for k in claim & prov) / sum(idf.get(k, 1.0) for k in claim)


def _terms(kb: KnowledgeBase, text: str, document: str) -> set[str]:
    low = " " + re.sub(r"\s+", " ", text.lower()) + " "
    out = {d.id for d in kb.definitions if d.document == document
           and any(re.search(rf"\b{re.escape(f)}\b", low) for f in d.forms)}
    return out


def _actors(kb: KnowledgeBase, text: str) -> set[str]:
    low = text.lower()
    return {a.id for a in kb.actors if any(re.search(rf"\b{re.escape(al)}\b", low) for al in a.aliases if al)}


def propose_alignment(kb: KnowledgeBase, claims: Sequence[Claim], final: str) -> list[Proposal]:
    """Best final provision for each claim: 0.6 text cosine + 0.2 defined terms + 0.2 actors (one-sided overlaps)."""
    leaves = [(pid, text, a.number) for a in kb.articles if a.document == final for pid, text in _leaves(a)]
    feats = [(_bag(t), _terms(kb, t, final), _actors(kb, t)) for _, t, _ in leaves]
    idf_w = _idf([f[0] for f in feats])
    idf_t = _idf([f[1] for f in feats])
    idf_a = _idf([f[2] for f in feats])
    out = []
    for c in claims:
        full = f"{c.lead_in} {c.text}"
        bag, terms, actors = _bag(full), _terms(kb, full, final), _actors(kb, full)
        scored = sorted(((0.6 * _cosine(bag, fb, idf_w) + 0.2 * _weighted_overlap(terms, ft, idf_t)
                          + 0.2 * _weighted_overlap(actors, fa, idf_a), k)
                         for k, (fb, ft, fa) in enumerate(feats)), key=lambda s: (-s[0], s[1]))
        if c.label == "notes" or not scored or scored[0][0] < 0.18:
            out.append(Proposal(c, (), (), scored[0][0] if scored else 0.0, "context" if c.label == "notes" else "removed"))
            continue
        top = scored[0][0]
        best = [k for s, k in scored[:3] if s >= 0.85 * top]
        pids = tuple(leaves[k][0] for k in best)
        arts = tuple(sorted({leaves[k][2] for k in best}))
        kind = "reworded"
        if c.label == "quote" and similarity(c.text, leaves[best[0]][1]) >= 0.95:
            kind = "unchanged"
        out.append(Proposal(c, pids, arts, top, kind))
    return out


# --- the reviewed alignment file -------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReviewedClaim:
    slug: str
    text: str
    label: str
    provisions: tuple[str, ...]
    kind: str
    effects: tuple[Effect, ...]
    note: str
    line: int


@dataclass(frozen=True, slots=True)
class Review:
    commentary: str
    draft: str
    final: str
    claims: tuple[ReviewedClaim, ...]
    rejected: tuple[tuple[str, str, int], ...]  # (text, reason, line)
    final_only: tuple[tuple[tuple[str, ...], str, int], ...]  # (provisions, note, line)


def _load_yaml(path: Path) -> tuple[Any, str]:
    from . import safeyaml
    from .corpus import read_registry_text

    rel = path.name
    text = read_registry_text(path, rel)  # bounded in size; safeyaml refuses aliases and deep nesting
    return safeyaml.load(text, rel, max_bytes=len(text.encode("utf-8")) + 1) or {}, text  # size checked above


def _entry_lines(text: str, first_key: str) -> list[int]:
    return [text.count("\n", 0, m.start()) + 1 for m in re.finditer(rf"^\s*-\s+{first_key}\s*:", text, re.MULTILINE)]


def load_review(corpus_dir: str | Path) -> Review | None:
    """The reviewed alignment, ``corpus_dir``/alignment.yaml (None when there is none).

    Raises ``RegkbError`` naming the file and line when an entry is malformed."""
    path = Path(corpus_dir) / ALIGNMENT_FILE
    if not path.exists():
        return None
    data, text = _load_yaml(path)
    f = ALIGNMENT_FILE
    if not isinstance(data, dict) or not all(isinstance(data.get(k), str) for k in ("commentary", "draft", "final")):
        raise error_at(f, 1, 1, "the file needs top-level 'commentary', 'draft' and 'final' document ids", "", "alignment")
    claim_lines = _entry_lines(text, "id")
    claims = []
    seen: set[str] = set()
    for k, e in enumerate(data.get("claims") or []):
        line = claim_lines[k] if k < len(claim_lines) else 1
        if not isinstance(e, dict) or not isinstance(e.get("id"), str) or not isinstance(e.get("text"), str):
            raise error_at(f, line, 1, f"claim {k + 1} needs an 'id' and the claim's exact 'text'", "", "alignment")
        if e["id"] in seen:
            raise error_at(f, line, 1, f"claim id '{e['id']}' is used twice", "give each claim its own id", "alignment")
        seen.add(e["id"])
        label, kind = e.get("label"), e.get("kind")
        if label not in LABELS:
            raise error_at(f, line, 1, f"claim '{e['id']}': label must be one of {', '.join(LABELS)}, got {label!r}", "", "alignment")
        if kind not in CLAIM_KINDS:
            raise error_at(f, line, 1, f"claim '{e['id']}': kind must be one of {', '.join(CLAIM_KINDS)}, got {kind!r}", "", "alignment")
        effects = []
        for eff in e.get("effects") or []:
            if not isinstance(eff, dict) or eff.get("kind") not in EFFECT_KINDS:
                raise error_at(f, line, 1, f"claim '{e['id']}': each effect needs a 'kind' from {', '.join(EFFECT_KINDS)}",
                               "", "alignment")
            effects.append(Effect(eff["kind"], str(eff.get("actor", "")), str(eff.get("before", "")), str(eff.get("after", ""))))
        claims.append(ReviewedClaim(e["id"], e["text"], label, tuple(e.get("final") or ()), kind, tuple(effects),
                                    str(e.get("note", "")).strip(), line))
    rej_lines = _entry_lines(text, "text")
    rejected = []
    for k, e in enumerate(data.get("rejected") or []):
        line = rej_lines[k] if k < len(rej_lines) else 1
        if not isinstance(e, dict) or not isinstance(e.get("text"), str) or not isinstance(e.get("reason"), str):
            raise error_at(f, line, 1, f"rejected entry {k + 1} needs 'text' and 'reason'", "", "alignment")
        rejected.append((e["text"], e["reason"], line))
    fo_lines = _entry_lines(text, "final")
    final_only = []
    for k, e in enumerate(data.get("final_only") or []):
        line = fo_lines[k] if k < len(fo_lines) else 1
        if not isinstance(e, dict) or not e.get("final") or not isinstance(e.get("note"), str):
            raise error_at(f, line, 1, f"final_only entry {k + 1} needs 'final' provisions and a 'note'", "", "alignment")
        final_only.append((tuple(e["final"]), e["note"].strip(), line))
    return Review(data["commentary"], data["draft"], data["final"], tuple(claims), tuple(rejected), tuple(final_only))


# --- putting it together -----------------------------------------------------------------------


@dataclass
class Versions:
    """Claims, changes and facts of a knowledge base (computed once, lazily)."""

    kb: KnowledgeBase

    @cached_property
    def facts(self) -> tuple[Fact, ...]:
        """The external facts (``external-facts.yaml`` of the corpus); empty without a corpus directory or file."""
        return load_facts(self.kb.corpus_dir) if self.kb.corpus_dir else ()

    @cached_property
    def described_documents(self) -> tuple[Document, ...]:
        """Documents a commentary discusses that no corpus file holds, built from the external facts."""
        return described_documents(self.kb, self.facts)

    @cached_property
    def review(self) -> Review | None:
        """The reviewed draft-to-final alignment of the corpus, or None where there is none."""
        return load_review(self.kb.corpus_dir) if self.kb.corpus_dir else None

    @cached_property
    def proposed(self) -> dict[str, list[Claim]]:
        """Proposed claims per commentary."""
        out: dict[str, list[Claim]] = {}
        for d in self.kb.documents:
            about = d.frontmatter.get("comments_on")
            if d.kind == "commentary" and about:
                blocks = [b for b in self.kb.blocks if b.document == d.id]
                out[d.id] = propose_claims(blocks, self.kb.sources.get(d.id, ""), str(about))
        return out

    def _final_for(self, about: str) -> str | None:
        docs = {d.id: d for d in (*self.kb.documents, *self.described_documents)}
        if about not in docs:
            return None
        work = docs[about].work
        cands = [d for d in self.kb.regulations if d.work == work or d.id == work]
        cands = [d for d in cands if d.id != about]
        return sorted(cands, key=lambda d: (d.status != "effective", d.id))[0].id if cands else None

    @cached_property
    def _built(self) -> tuple[tuple[Claim, ...], tuple[Change, ...], tuple[Diagnostic, ...]]:
        kb = self.kb
        claims: list[Claim] = []
        changes: list[Change] = []
        diags: list[Diagnostic] = []
        review = self.review
        if review is not None:
            self._check_review(review)
        for commentary, proposed in sorted(self.proposed.items()):
            about = proposed[0].about if proposed else str(kb.document(commentary).frontmatter["comments_on"])
            final = self._final_for(about)
            if review is not None and review.commentary == commentary:
                cl, ch, dg = self._reviewed(review)
                claims += cl
                changes += ch
                diags += dg
            else:
                claims += proposed
                if final:
                    for p in propose_alignment(kb, proposed, final):
                        changes.append(_claim_change(kb, p.claim, final, p.kind, p.provisions, (), "proposed, not reviewed",
                                                     False, p.score))
            if final:
                changes += _not_described(kb, about, final, changes)
        for old, new in version_pairs(kb.documents, kb.articles):
            changes += compare_documents(old, [a for a in kb.articles if a.document == old], new,
                                         [a for a in kb.articles if a.document == new], kb.obligations)
        return tuple(claims), tuple(changes), tuple(diags)

    def _check_review(self, review: Review) -> None:
        docs = {d.id: d for d in self.kb.documents}
        com = docs.get(review.commentary)
        if com is None or com.kind != "commentary" or not com.frontmatter.get("comments_on"):
            raise error_at(ALIGNMENT_FILE, 1, 1, f"'commentary: {review.commentary}' is not a commentary of the corpus",
                           "name a document with 'kind: commentary' and a 'comments_on' key", "alignment")
        if str(com.frontmatter["comments_on"]) != review.draft:
            raise error_at(ALIGNMENT_FILE, 1, 1,
                           f"'draft: {review.draft}' differs from the commentary's comments_on "
                           f"({com.frontmatter['comments_on']})", "make them the same id", "alignment")
        if review.final not in {d.id for d in self.kb.regulations}:
            raise error_at(ALIGNMENT_FILE, 1, 1, f"'final: {review.final}' is not a regulation of the corpus",
                           "name the document the claims are aligned to", "alignment")

    def _reviewed(self, review: Review) -> tuple[list[Claim], list[Change], list[Diagnostic]]:
        kb = self.kb
        source = kb.sources.get(review.commentary, "")
        blocks = [b for b in kb.blocks if b.document == review.commentary]
        proposed = self.proposed.get(review.commentary, [])
        claims, changes = [], []
        for rc in review.claims:
            span = _locate(source, rc.text, ALIGNMENT_FILE, rc.line)
            block = next((b for b in blocks if b.span.start <= span.start and span.end <= b.span.end), None)
            match = next((p for p in proposed if p.span.start < span.end and span.start < p.span.end), None)
            topic = _topic(section_headings(blocks), span.start)
            claim = Claim(f"{review.commentary}/claim/{rc.slug}", review.commentary, review.draft,
                          block.id if block else "", rc.label, source[span.start:span.end], span,
                          match.lead_in if match else "", match.lead_in_span if match else None, topic, True)
            claims.append(claim)
            for pid in rc.provisions:
                try:
                    kb.provision(pid)
                except KeyError:
                    raise error_at(ALIGNMENT_FILE, rc.line, 1, f"claim '{rc.slug}' names provision '{pid}', which does not exist",
                                   "use an id like <document>/art_7 or <document>/art_14__para_1", "alignment") from None
            changes.append(_claim_change(kb, claim, review.final, rc.kind, rc.provisions, rc.effects, rc.note, True, None))
        for k, (pids, note, line) in enumerate(review.final_only):
            for pid in pids:
                try:
                    kb.provision(pid)
                except KeyError:
                    raise error_at(ALIGNMENT_FILE, line, 1, f"final_only names provision '{pid}', which does not exist",
                                   "", "alignment") from None
            changes.append(Change(
                id=f"change/{review.draft}..{review.final}/final-only-{k + 1:02d}", from_document=review.draft,
                to_document=review.final, kind="not-described", to_articles=_articles_of(kb, pids), to_provisions=pids,
                note=note, reviewed=True))
        return claims, changes, []

    @property
    def claims(self) -> tuple[Claim, ...]:
        """The commentaries' claims about the documents they comment on."""
        return self._built[0]

    @property
    def changes(self) -> tuple[Change, ...]:
        """The changes between versions of a work, older side to newer side (built with the claims)."""
        return self._built[1]


def _locate(source: str, text: str, file: str, line: int) -> Span:
    pat = re.compile(r"\s+".join(re.escape(w) for w in text.split()))
    hits = list(pat.finditer(source))
    if not hits:
        raise error_at(file, line, 1, f"the claim text is not in the commentary: {text[:60]!r}",
                       "copy the text exactly from the commentary", "alignment")
    if len(hits) > 1:
        raise error_at(file, line, 1, f"the claim text occurs {len(hits)} times in the commentary: {text[:60]!r}",
                       "quote more of the sentence so that it is unique", "alignment")
    return Span(hits[0].start(), hits[0].end())


def _articles_of(kb: KnowledgeBase, pids: Sequence[str]) -> tuple[int, ...]:
    nums = set()
    for pid in pids:
        m = re.search(r"/art_(\d+)", pid)
        if m:
            nums.add(int(m.group(1)))
    return tuple(sorted(nums))


def _claim_change(kb: KnowledgeBase, claim: Claim, final: str, kind: str, pids: Sequence[str],
                  effects: Sequence[Effect], note: str, reviewed: bool, score: float | None) -> Change:
    slug = claim.id.rsplit("/", 1)[-1]
    final_text = best_window(claim.text, " ".join(kb.provision(p).text for p in pids))
    sim = similarity(claim.text, final_text) if pids else 0.0
    return Change(
        id=f"change/{claim.about}..{final}/{slug}", from_document=claim.about, to_document=final, kind=kind,
        to_articles=_articles_of(kb, pids), to_provisions=tuple(pids), claim=claim.id, claim_span=claim.span,
        quoted=claim.quoted, label=claim.label, effects=tuple(effects),
        similarity=sim if score is None else score,
        # a redline only where the older side is the document's own words
        redline=redline(claim.text, final_text) if claim.quoted and pids else (),
        note=note, reviewed=reviewed)


def best_window(quote: str, text: str) -> str:
    """The run of whole sentences or clauses (ending in '.', ';' or ':') of ``text`` most similar to ``quote``.

    This is what a quote's redline compares against: a quote shows part of a provision.

    >>> best_window("Users shall keep logs.", "Providers shall act. Users shall keep all logs; fines apply.")
    'Users shall keep all logs;'
    """
    starts = [0] + [m.end() for m in re.finditer(r"(?<=[.;:])\s+", text)]
    ends = [m.start() for m in re.finditer(r"(?<=[.;:])\s+", text)] + [len(text.rstrip())]
    best, best_score = text, -1.0
    for i in range(len(starts)):
        for j in range(i, min(len(ends), i + 8)):
            cand = text[starts[i]:ends[j]]
            score = similarity(quote, cand)
            if score > best_score:
                best, best_score = cand, score
    return best


def _not_described(kb: KnowledgeBase, about: str, final: str, changes: Sequence[Change]) -> list[Change]:
    covered = {n for c in changes if c.from_document == about and c.to_document == final for n in c.to_articles}
    return [Change(id=f"change/{about}..{final}/art_{a.number}-not-described", from_document=about, to_document=final,
                   kind="not-described", to_articles=(a.number,), to_provisions=(a.id,),
                   note=f"{a.label}: not described in the sources.", reviewed=False)
            for a in kb.articles if a.document == final and a.number not in covered]


_PRONOUN = re.compile(r"^(?:it|they|he|she|its|their)$", re.IGNORECASE)


def quote_effects(kb: KnowledgeBase, claim: Claim, provisions: Sequence[str]) -> list[Effect]:
    """Effects on duties read from a quoted claim (older side) and the final obligations (newer side).

    Only for quotes: a paraphrase is not the document's wording. Final duties that no quoted duty
    matches are left out (a quote shows part of a document, not all of it).
    """
    if not claim.quoted:
        return []
    old = []
    duties = duties_from_text(claim.id, claim.text)
    if not duties and claim.lead_in:  # "Providers are obliged to:" + the quoted duties
        duties = duties_from_text(claim.id, f"{claim.lead_in.rstrip(':')} {claim.text}")
    for d in duties:
        subjects = [a for a in d.actors if not _PRONOUN.match(a)] or [d.condition or ""]
        actor_ids = sorted(_actors(kb, " ".join(subjects))) or list(d.actors)
        old.append(Duty(d.id, d.provision, d.modality, tuple(actor_ids), d.action, d.condition))
    merged: dict[tuple[str, str, str], set[str]] = {}
    first: dict[tuple[str, str, str], str] = {}
    for o in kb.obligations:
        pid = o.provision
        if any(pid == p or pid.startswith(p + "__") for p in provisions):
            key = (o.modality, o.action, o.condition or "")
            merged.setdefault(key, set()).update(o.actors)
            first.setdefault(key, o.id)
    new = [Duty(first[k], "", k[0], tuple(sorted(v)), k[1], k[2] or None) for k, v in sorted(merged.items())]
    return [e for e in duty_effects(old, new) if e.kind != "duty-added"]


def review_report(kb: KnowledgeBase) -> list[Disagreement]:
    """Where the proposal step disagrees with the reviewed alignment file (for reviewers; never fails)."""
    v: Versions = kb._versions
    review = v.review
    if review is None:
        return []
    proposed = v.proposed.get(review.commentary, [])
    reviewed = [c for c in v.claims if c.document == review.commentary]
    by_claim = {c.claim: c for c in v.changes if c.claim}
    props = {p.claim.id: p for p in propose_alignment(kb, proposed, review.final)}
    out: list[Disagreement] = []
    rejected_spans = [_locate(kb.sources[review.commentary], t, ALIGNMENT_FILE, line) for t, _r, line in review.rejected]
    for c in reviewed:
        match = [p for p in proposed if p.span.start < c.span.end and c.span.start < p.span.end]
        if not match:
            out.append(Disagreement(c.id, "missed-claim", c.text[:80], ""))
            continue
        p = match[0]
        if p.label != c.label:
            out.append(Disagreement(c.id, "label", c.label, p.label))
        ch = by_claim.get(c.id)
        pr = props.get(p.id)
        if ch and pr and set(ch.to_articles) != set(pr.articles) and not (set(ch.to_articles) & set(pr.articles)):
            out.append(Disagreement(c.id, "provision", ",".join(map(str, ch.to_articles)) or "none",
                                    ",".join(map(str, pr.articles)) or "none"))
        if ch and c.quoted and ch.to_provisions:
            got = sorted({e.kind for e in quote_effects(kb, c, ch.to_provisions)})
            want = sorted({e.kind for e in ch.effects})
            if got != want:
                out.append(Disagreement(c.id, "effects", ",".join(want) or "none", ",".join(got) or "none"))
    for p in proposed:
        if not any(p.span.start < c.span.end and c.span.start < p.span.end for c in reviewed) and \
                not any(p.span.start < s.end and s.start < p.span.end for s in rejected_spans):
            out.append(Disagreement(p.id, "unreviewed-claim", "", p.text[:80]))
    return out


__all__ = ["Claim", "Disagreement", "Fact", "Versions", "load_facts", "load_review", "propose_alignment", "propose_claims",
           "review_report"]

