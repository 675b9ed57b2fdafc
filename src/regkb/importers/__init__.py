"""Importers: a PDF, a web page, a Word file or a text file in, one corpus document out.

``read_files(paths)`` runs one pipeline per format (see the modules: html, pdf, docx, text)
and gives the reading text, what was left out and what the files say about themselves;
``add_to_corpus`` writes the document and keeps the originals beside it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from importlib import metadata as _md
from pathlib import Path
from typing import Any

from ..errors import RegkbError, error_at
from . import docx, html, pdf, text
from .metadata import infer
from .pipeline import Block, Draft, Furniture, Stage, join_parts, run

MAX_BYTES = 50 * 1024 * 1024  # a larger file is refused: regulations are not that big

# suffix -> (pipeline, the library that reads the format)
PIPELINES: dict[str, tuple[list[Stage], str]] = {
    ".pdf": (pdf.PIPELINE, "pdfplumber"),
    ".html": (html.PIPELINE, "lxml"),
    ".htm": (html.PIPELINE, "lxml"),
    ".xhtml": (html.PIPELINE, "lxml"),
    ".docx": (docx.PIPELINE, "python-docx"),
    ".txt": (text.PIPELINE, "regkb"),
    ".md": (text.PIPELINE, "regkb"),
    ".markdown": (text.PIPELINE, "regkb"),
    ".tsv": (text.PIPELINE, "regkb"),  # a table saved as text (importers/register.py)
    ".tab": (text.PIPELINE, "regkb"),
    ".csv": (text.PIPELINE, "regkb"),
}


@dataclass(slots=True)
class Imported:
    """The files of one document, read: the reading text and what the import learnt."""

    files: list[Path]
    drafts: list[Draft]
    text: str
    meta: dict[str, Any]  # frontmatter values read from the document
    basis: dict[str, str]  # for each, the words it was read from
    furniture: list[Furniture] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    frontmatter: dict[str, Any] = field(default_factory=dict)  # a Markdown file's own frontmatter


def converter_of(lib: str) -> str:
    if lib == "regkb":
        return f"regkb {_version('regkb')}"
    return f"{lib} {_version(lib)}"


def _version(dist: str) -> str:
    try:
        return _md.version(dist)
    except _md.PackageNotFoundError:
        return "unknown"


def read_file(path: Path) -> Draft:
    """Read a PDF, HTML, Word, text or Markdown file into a :class:`Draft` through the pipeline for its suffix; an
    unknown suffix, an oversized or unreadable file raises ``RegkbError``."""
    suffix = path.suffix.lower()
    if suffix not in PIPELINES:
        raise error_at(str(path), 0, 0, f"regkb cannot import '{suffix or 'no suffix'}' files",
                       "give a .pdf, .html/.htm, .docx, .txt, .md, .tsv or .csv file", "bad-format")
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise error_at(str(path), 0, 0, f"the file is {size // (1024 * 1024)} MB; the limit is "
                           f"{MAX_BYTES // (1024 * 1024)} MB", "split it, or import the part that holds the text",
                           "too-large")
        data = path.read_bytes()
    except OSError as exc:
        raise error_at(str(path), 0, 0, f"cannot read the file: {exc.strerror}", "check the path and its permissions",
                       "unreadable") from exc
    stages, lib = PIPELINES[suffix]
    draft = Draft(path, data, converter_of(lib))
    try:
        return run(stages, draft)
    except RegkbError:
        raise
    except Exception as exc:  # a damaged file: say which, never a traceback
        raise error_at(str(path), 0, 0, f"the file could not be read as {suffix}: {type(exc).__name__}: {exc}",
                       "check that the file opens in its usual program; save it again if it is damaged",
                       "unreadable") from exc


def _number_pages_across(drafts: list[Draft]) -> None:
    """Pages of several PDFs of one document are numbered on, file after file (and said so)."""
    paged = [d for d in drafts if d.has_pages]
    if len(paged) < 2:
        return
    before = 0
    spans = []
    for d in paged:
        count = int(d.meta.get("pages", 0)) or max((ln.page or 0 for b in d.blocks for ln in b.lines), default=0)
        for b in d.blocks:
            for ln in b.lines:
                if ln.page is not None:
                    ln.page += before
        for f in d.furniture:
            if f.page is not None:
                f.page += before
        spans.append(f"{d.path.name}: pages {before + 1}-{before + count}")
        before += count
    drafts[0].notes.append("the pages of the files are numbered on from file to file (" + "; ".join(spans) + ")")


def read_files(paths: list[Path]) -> Imported:
    """Read the files of one document (several files are its parts in order, e.g. web pages)."""
    if not paths:
        raise RegkbError("no file to import")
    drafts = [read_file(p) for p in paths]
    _number_pages_across(drafts)
    blocks: list[Block] = join_parts(drafts)
    whole = Draft(paths[0], b"", drafts[0].converter, blocks=blocks,
                  has_pages=any(d.has_pages for d in drafts))
    page_meta: dict[str, Any] = {}
    for d in drafts:
        for k, v in d.meta.items():
            page_meta.setdefault(k, v)
    meta, basis = infer(["\n".join(ln.text for ln in b.lines) for b in blocks], page_meta)
    notes = [n for d in drafts for n in d.notes]
    furniture = [f for d in drafts for f in d.furniture]
    return Imported(list(paths), drafts, whole.reading_text(), meta, basis, furniture, notes,
                    dict(page_meta.get("frontmatter") or {}))


__all__ = ["PIPELINES", "Imported", "read_file", "read_files"]
