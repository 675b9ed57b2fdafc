"""Parsing: one source file in, its documents, provisions and extracted facts out."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from typing import Any

from ..corpus import SourceFile, doc_id_for
from ..errors import RegkbError
from ..model import (
    Article,
    Block,
    Body,
    Chapter,
    Definition,
    Diagnostic,
    Document,
    Dropped,
    Law,
    Obligation,
    Reference,
    Sanction,
    Section,
    Span,
    Statement,
    TermUse,
)
from .definitions import find_definitions, find_term_uses, part_ids, short_forms, slug
from .structure import parse_blocks, parse_structure, unstructured
from .units import Unit, noun_forms, units_of

_EMPHASIS = re.compile(r"\*\*|__")  # compiled once: re.sub with a pattern string looks it up in re's cache each time


@dataclass(slots=True)
class ParsedDocument:
    """Everything extracted from one file, before actors are merged across the corpus."""

    document: Document
    chapters: list[Chapter] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)
    articles: list[Article] = field(default_factory=list)
    blocks: list[Block] = field(default_factory=list)
    definitions: list[Definition] = field(default_factory=list)
    term_uses: list[TermUse] = field(default_factory=list)
    units: list[Unit] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    # filled by the corpus-level stages
    obligations: list[Obligation] = field(default_factory=list)
    references: list[Reference] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    sanctions: list[Sanction] = field(default_factory=list)


def _title(fm: dict[str, Any], fallback: str) -> str:
    return str(fm.get("title") or fm.get("title_en") or fallback)


def parse_file(src: SourceFile, laws: tuple[Law, ...] = (), bodies: tuple[Body, ...] = ()) -> ParsedDocument:
    """Parse one source file into a :class:`ParsedDocument` (structure, definitions, term uses)."""
    fm = src.frontmatter
    from pathlib import PurePosixPath

    doc_id = doc_id_for(PurePosixPath(src.path), fm)  # type: ignore[arg-type]
    kind = str(fm.get("kind", "regulation"))
    work = str(fm.get("work") or fm.get("version_of") or doc_id)
    status = fm.get("status")
    diags = list(src.diagnostics)
    if kind == "commentary":
        blocks, more = parse_blocks(src, doc_id)
        doc = Document(doc_id, _title(fm, doc_id), kind, src.path, src.sha256, fm, work,
                       str(status) if status else None, "", None, src.body_offset)
        return ParsedDocument(doc, blocks=blocks, diagnostics=diags + more)
    try:
        return _parse_regulation(src, doc_id, kind, work, status, diags)
    except (RegkbError, MemoryError, RecursionError):
        raise
    except Exception as exc:  # a defect of the parser must not cost the corpus: keep this text whole, say so
        doc = Document(doc_id, _title(fm, doc_id), kind, src.path, src.sha256, fm, work,
                       str(status) if status else None, "", None, src.body_offset)
        return _kept_whole(src, doc, diags, "parser", exc)


def kept_whole(p: ParsedDocument, text: str, exc: Exception) -> ParsedDocument:
    """``p`` kept whole, as the parser keeps a text it cannot divide (structure.unstructured), after a stage that
    reads all documents together (duties, references, checks) failed on it alone: every character stays, as one
    block, and an error says which defect it met; the other documents are read as usual."""
    d = p.document
    src = SourceFile(d.path, text, d.sha256, dict(d.frontmatter), d.body_offset)
    return _kept_whole(src, replace(d, preamble="", preamble_span=None), p.diagnostics, "extractor", exc)


def _kept_whole(src: SourceFile, doc: Document, diags: list[Diagnostic], stage: str, exc: Exception) -> ParsedDocument:
    """``doc`` as one unstructured block after a defect of regkb's ``stage`` on it, with a ``parser-failed`` error."""
    st = unstructured(src, doc.id, [Diagnostic(
        "error", src.path, src.line_col(src.body_offset)[0], 1,
        f"the {stage} failed on this regulation ({type(exc).__name__}: {str(exc)[:200]})",
        "this is a defect of regkb, not of your text: please report it with the file", "parser-failed")])
    return ParsedDocument(doc, blocks=st.blocks, diagnostics=diags + st.diagnostics)


def _parse_regulation(src: SourceFile, doc_id: str, kind: str, work: str, status: Any,
                      diags: list[Diagnostic]) -> ParsedDocument:
    fm = src.frontmatter
    st = parse_structure(src, doc_id)
    preamble = _EMPHASIS.sub("", st.preamble).strip()
    doc = Document(doc_id, _title(fm, doc_id), kind, src.path, src.sha256, fm, work,
                   str(status) if status else None, preamble, st.preamble_span, src.body_offset)
    junk = [d.span for d in st.dropped]
    # a block kept apart inside a paragraph's span (a chat's remark between the two halves of a sentence cut across
    # messages, joined as one paragraph) is no text of the paragraph: left out of its unit as of its text
    paras = sorted((p.span.start, p.span.end) for a in st.articles for p in a.paragraphs)
    starts = [a for a, _ in paras]
    for b in st.blocks:
        k = bisect.bisect_right(starts, b.span.start) - 1
        if k >= 0 and paras[k][0] < b.span.start and b.span.end <= paras[k][1]:
            junk.append(b.span)
    units = units_of(src.text, junk, doc_id, st.articles)
    parts = part_ids(st.articles, st.chapters, st.sections)
    doubts: list[tuple[str, Any, str, str]] = []
    defs = find_definitions(units, {a.number: a.title for a in st.articles}, parts, doubts)
    defs = _with_layout_definitions(defs, st.definition_entries, units)
    uses = find_term_uses(units, defs, parts)
    for code, span, message, hint in doubts:  # what the definitions reader was unsure of (regkb check)
        line = src.text.count("\n", 0, span.start) + 1
        diags.append(Diagnostic("warning" if code == "definition-duplicate" else "info", src.path, line,
                                span.start - (src.text.rfind("\n", 0, span.start) + 1) + 1, message, hint, code))
    return ParsedDocument(doc, st.chapters, st.sections, st.articles, st.blocks, defs, uses, units,
                          st.dropped, diags + st.diagnostics)


_MARKED_TERM = re.compile(r"^(\*\*|__|\*|_)(?P<t>[^*_]+)\1$")
_DEFINITION_MARK = re.compile(r"^[:~][ \t]+")
_DEFINITION_END = re.compile(r"[.;。；]\s*(?:and|or)?\s*$")


def _with_layout_definitions(defs: list[Definition], entries: list[tuple[Span, Span]],
                             units: list[Unit]) -> list[Definition]:
    """The definitions of a definition list (structure ``definition_entries``: a term line and ``:   its
    definition``, parse/mdext.py), a definition by layout, added to those the definitions reader found
    (``defs``) where it found none for the entry's term: the page shows a term and its meaning whatever the article's
    lead-in says. The term (without its emphasis) and the definition (without the list's colon and the closing stop)
    are slices of the text, with their spans. This is the one entry point by layout into the definitions reader."""
    if not entries:
        return defs
    # the reader's definition of an entry's term gives way to the entry's (the list's layout bounds the definition:
    # read as items under a lead-in, the reader may run one definition over the entries after it)
    out = [d for d in defs if not any(t.start <= d.term_span.start and d.term_span.end <= t.end for t, _ in entries)]
    known = {d.term.lower() for d in out}
    for term_span, def_span in entries:
        u = next((u for u in units if u.clean.runs and _clean_at(u, term_span.start) is not None
                  and _clean_at(u, def_span.end - 1) is not None), None)
        if u is None:
            continue
        t0, t1 = _clean_at(u, term_span.start), _clean_at(u, term_span.end - 1)
        d0, d1 = _clean_at(u, def_span.start), _clean_at(u, def_span.end - 1)
        assert t0 is not None and t1 is not None and d0 is not None and d1 is not None
        raw = u.clean.text[t0:t1 + 1]
        if (m := _MARKED_TERM.match(raw)) is not None:
            t0, raw = t0 + m.start("t"), m.group("t")
        term = raw.strip()
        if not term or term.lower() in known:
            continue
        mark = _DEFINITION_MARK.match(u.clean.text[d0:d1 + 1])
        d0 += mark.end() if mark else 0
        text = u.clean.text[d0:d1 + 1]
        if (end := _DEFINITION_END.search(text)) is not None:
            text = text[:end.start()]
        if not text.strip():
            continue
        t_span = u.clean.span(t0, t0 + len(term))
        out.append(Definition(
            id=f"{u.document}/def/{slug(term)}", document=u.document, article=u.article,
            provision=u.provision_at(t_span), term=term, definition=text, kind="article",
            span=Span(t_span.start, def_span.end), term_span=t_span, definition_span=u.clean.span(d0, d0 + len(text)),
            forms=tuple(sorted(noun_forms(term) | short_forms(term)))))
        known.add(term.lower())
    return sorted(out, key=lambda d: d.span.start)


def _clean_at(u: Unit, source: int) -> int | None:
    """The offset in the unit's clean text of the source offset ``source`` (None when the clean text does not hold
    it: a character cut out, or outside the unit)."""
    for c, src, n in u.clean.runs:
        if src <= source < src + n:
            return c + source - src
    return None
