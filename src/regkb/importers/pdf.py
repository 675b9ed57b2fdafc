"""PDF: lines with their position on the page (pdfplumber), page furniture told by position,
paragraphs told by geometry, the pages kept as page markers."""

from __future__ import annotations

import io
import itertools
import re
import statistics
from collections import Counter
from dataclasses import dataclass
from typing import Any

from .pipeline import Block, Draft, Furniture, Line, Stage

BAND = 0.09  # top and bottom bands of a page, as a share of its height, where furniture lives
_PAGE_NUMBER = re.compile(r"^(?:[-–—]\s*)?(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?(?:\s*[-–—])?$", re.IGNORECASE)
_ENDS_SENTENCE = re.compile(r"[.;:。；：!?”\"')）]$")
_STARTS_SENTENCE = re.compile(r"[A-Z“\"(（\[第]")


@dataclass(slots=True)
class PdfLine:
    page: int
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    page_height: float
    page_width: float


class OpenPdf(Stage):
    """Reads ``data``; writes ``tree``: the list of the PDF's text lines with their positions."""

    def __call__(self, draft: Draft) -> None:
        import pdfplumber

        lines: list[PdfLine] = []
        with pdfplumber.open(io.BytesIO(draft.data)) as pdf:
            draft.meta.update({k.lower(): v for k, v in (pdf.metadata or {}).items()
                               if k in ("Title", "Author", "Subject") and isinstance(v, str) and v.strip()})
            for n, page in enumerate(pdf.pages, 1):
                for ln in page.extract_text_lines(layout=False, strip=True, return_chars=False):
                    text = " ".join(str(ln["text"]).split())
                    if text:
                        lines.append(PdfLine(n, text, float(ln["x0"]), float(ln["x1"]), float(ln["top"]),
                                             float(ln["bottom"]), float(page.height), float(page.width)))
            draft.meta["pages"] = len(pdf.pages)
        if not lines:
            draft.notes.append(f"{draft.path.name}: the PDF has no text layer (a scan?); OCR it first")
        draft.tree = lines
        draft.has_pages = True


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower())


class PageFurniture(Stage):
    """Reads ``tree``; moves page numbers and running headers or footers into ``furniture``.

    Only lines in the top or bottom band of a page can be furniture: a page number there, or a
    line that comes back in the same band of other pages (digits ignored). A line in the body
    of a page is never furniture, however often it repeats.
    """

    def __call__(self, draft: Draft) -> None:
        lines: list[PdfLine] = draft.tree
        pages = {ln.page for ln in lines}

        def band(ln: PdfLine) -> str | None:
            if ln.bottom <= ln.page_height * BAND:
                return "top"
            if ln.top >= ln.page_height * (1 - BAND):
                return "bottom"
            return None

        seen: Counter[tuple[str, str]] = Counter()
        for ln in lines:
            b = band(ln)
            if b:
                seen[(b, _shape(ln.text))] += 1
        keep: list[PdfLine] = []
        for ln in lines:
            b = band(ln)
            repeats = seen[(b, _shape(ln.text))] if b else 0
            if b and _PAGE_NUMBER.match(ln.text):
                draft.furniture.append(Furniture(ln.text, f"page number ({b} of the page)", ln.page))
            elif b and (repeats >= 3 or (repeats >= 2 and repeats * 2 >= len(pages))):
                draft.furniture.append(Furniture(ln.text, f"running {'header' if b == 'top' else 'footer'}", ln.page))
            else:
                keep.append(ln)
        draft.tree = keep


class PdfParagraphs(Stage):
    """Reads ``tree``; writes ``blocks``: lines grouped into paragraphs by the page's geometry.

    A paragraph starts after a gap clearly larger than the usual line spacing, at an indented
    first line, or after a line that ends a sentence well short of the right margin. Lines keep
    their page; the reading text gets a page marker where a page begins.
    """

    def __call__(self, draft: Draft) -> None:
        lines: list[PdfLine] = draft.tree
        if not lines:
            return
        gaps = [b.top - a.bottom for a, b in itertools.pairwise(lines) if a.page == b.page and b.top > a.bottom]
        usual_gap = statistics.median(gaps) if gaps else 0.0
        heights = [ln.bottom - ln.top for ln in lines]
        line_h = statistics.median(heights) if heights else 10.0
        left = statistics.median([ln.x0 for ln in lines])
        right = max(ln.x1 for ln in lines)
        blocks: list[Block] = []
        cur: list[Line] = []
        prev: PdfLine | None = None
        for ln in lines:
            new = prev is None
            if prev is not None:
                same_page = ln.page == prev.page
                gap = ln.top - prev.bottom
                if same_page and gap > usual_gap + 0.5 * line_h:
                    new = True
                elif not same_page and _ENDS_SENTENCE.search(prev.text) and _STARTS_SENTENCE.match(ln.text):
                    new = True  # across a page break only the words tell: a sentence ended, a new one starts
                elif ln.x0 > left + 1.5 * line_h and prev.x0 <= left + 1.5 * line_h:
                    new = True  # an indented first line
                elif prev.x1 < right - 0.15 * (right - left) and _ENDS_SENTENCE.search(prev.text):
                    new = True  # the line before ended a sentence well before the margin
            if new and cur:
                blocks.append(Block(cur))
                cur = []
            cur.append(Line(ln.text, ln.page))
            prev = ln
        if cur:
            blocks.append(Block(cur))
        draft.blocks.extend(blocks)


PIPELINE: list[Stage] = [OpenPdf(), PageFurniture(), PdfParagraphs()]


def describe(tree: Any) -> str:  # pragma: no cover - debugging aid
    """The layout lines of a PDF's reading tree, one per line with page and position (a debugging aid)."""
    return "\n".join(f"p{ln.page} {ln.top:.0f} {ln.x0:.0f}-{ln.x1:.0f} {ln.text}" for ln in tree)
