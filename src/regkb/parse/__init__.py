"""Parsing: one source file in, its documents, provisions and extracted facts out."""

from __future__ import annotations

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
    Statement,
    TermUse,
)
from .definitions import find_definitions, find_term_uses, part_ids
from .structure import parse_blocks, parse_structure, unstructured
from .units import Unit, units_of

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
    units = units_of(src.text, junk, doc_id, st.articles)
    parts = part_ids(st.articles, st.chapters, st.sections)
    doubts: list[tuple[str, Any, str, str]] = []
    defs = find_definitions(units, {a.number: a.title for a in st.articles}, parts, doubts)
    uses = find_term_uses(units, defs, parts)
    for code, span, message, hint in doubts:  # what the definitions reader was unsure of (regkb check)
        line = src.text.count("\n", 0, span.start) + 1
        diags.append(Diagnostic("warning" if code == "definition-duplicate" else "info", src.path, line,
                                span.start - (src.text.rfind("\n", 0, span.start) + 1) + 1, message, hint, code))
    return ParsedDocument(doc, st.chapters, st.sections, st.articles, st.blocks, defs, uses, units,
                          st.dropped, diags + st.diagnostics)
