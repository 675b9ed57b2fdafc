"""PDF: lines with their position on the page (pdfplumber), page furniture told by position,
paragraphs told by geometry, the pages kept as page markers."""

from __future__ import annotations

import bisect
import io
import itertools
import re
import statistics
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from .columns import (
    FoldOrder,
    PositionalChrome,
    keep_first_headings,
    opens_article,
    reading_areas,
    reads_as_part_heading,
)
from .pdfcompare import Grid, grid_paragraphs, ruled_comparisons, unruled_comparison
from .pipeline import (
    Block,
    Draft,
    Furniture,
    Line,
    Stage,
    non_space,
    opens_unit,
    report_comparisons,
    report_left_aside,
    report_not_read,
)

PARA_GAP = 0.3  # a gap this share of a line's height wider than the line spacing, after a sentence: a paragraph's
BAND = 0.09  # top and bottom bands of a page, as a share of its height, where furniture lives
_PAGE_NUMBER = re.compile(r"^(?:[-–—]\s*)?(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?(?:\s*[-–—])?$", re.IGNORECASE)
_ENDS_SENTENCE = re.compile(r"[.;:。；：!?”\"')）]$")
_STARTS_SENTENCE = re.compile(r"[A-Z“\"(（\[第]")
_DIGITS_ONLY = re.compile(r"^\d{1,4}$")
# what a browser prints in the page's margin when it prints a web page: the date and time of printing ("12/1/26, 4:46
# PM", "01/12/2026 16:46", "2026-12-01 16:46", "1 December 2026 at 16:46", "Dec 1, 2026, 4:46 PM"), the page's address, the page count ("2/5", "Page 2 of 5"); the page's
# title beside one of them. One of these at the start or the end of a line in small type in the margin band
_PRINT_STAMP = (r"(?:(?:\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+\d{4}"
                r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}),?\s+(?:at\s+)?\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?"
                r"|(?:https?://|file:///|www\.)\S+"
                r"|(?:page\s+)?\d{1,3}\s*(?:/|of)\s*\d{1,3}(?!\d))")  # a count of pages, never a year ("No. 11 of 2029")
_BROWSER_EDGE = re.compile(rf"^{_PRINT_STAMP}(?:\s|$)|(?:^|\s){_PRINT_STAMP}$", re.IGNORECASE)


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
    size: float = 0.0  # the median font size of its characters
    below_rule: bool = False  # a horizontal rule in the lower half of the page lies above it
    marks: tuple[tuple[int, str], ...] = ()  # raised small marks (footnote references?): (non-space chars before, mark)
    italic: bool = False  # every character in an italic or oblique font
    column: int = 0  # 0: across the page (or a page in one column); 1, 2: the left, right column (importers/columns.py)
    bold_start: bool = False  # its first word and the number after it are in a bold font ("**Article 5** ...")
    head_font: str = ""  # the font of its first two words, when they are in one
    table: int = 0  # a row of a ruled table written as a Markdown pipe-table line: the table's number (1, 2, ...)
    compared: int = 0  # a line of a comparison table's paragraph (importers/pdfcompare.py): the paragraph's number
    doubt: str = ""  # small type at the page's foot like a footnote, but no mark points to it (Footnotes): why
    boxed: bool = False  # it stands inside a filled (shaded) rectangle smaller than half the page: a box, a callout


class OpenPdf(Stage):
    """Reads ``data``; writes ``tree``: the list of the PDF's text lines with their positions."""

    def __call__(self, draft: Draft) -> None:
        import pdfplumber

        lines: list[PdfLine] = []
        two_columns: list[int] = []
        crossed: list[int] = []
        turned: dict[int, str] = {}  # page -> the text set turned off the line (a watermark, a margin note)
        struck: list[tuple[int, str]] = []  # (page, a run of words drawn struck through)
        tables = 0
        fonts: list[Counter[str]] = []  # for each line, its characters per font
        compared: list[str] = []  # what was read of each comparison table (importers/pdfcompare.py)
        doubted = 0  # ruled tables that set articles side by side under a header that names no versions
        going_on: Grid | None = None  # a comparison table that ran to the foot of the page before (it may go on)
        paragraphs = itertools.count(1)  # the numbers of the comparison tables' paragraphs
        with pdfplumber.open(io.BytesIO(draft.data)) as pdf:
            numbered = margin_line_numbers(pdf.pages)
            noted = margin_notes(pdf.pages)
            draft.meta.update({k.lower(): v for k, v in (pdf.metadata or {}).items()
                               if k in ("Title", "Author", "Subject") and isinstance(v, str) and v.strip()})
            for n, page in enumerate(pdf.pages, 1):
                height = float(page.height)
                # the page's characters as the PDF library extracts them, against those read below into a line, a
                # table's cell, the turned text or the margin's line numbers (a header, a footer or a page number is
                # a line here, listed later): a character in none of them is text not read (TextNotRead)
                printed = non_space("".join(str(c.get("text", "")) for c in page.chars))
                read = 0
                aside = "".join(str(c.get("text", "")) for c in page.chars if _turned(c))
                read += non_space(aside)
                read += sum(non_space(str(w["text"])) for w in numbered.get(n, []))
                if aside.strip():
                    turned[n] = " ".join(aside.split())
                    page = page.filter(lambda o: not (o.get("object_type") == "char" and _turned(o)))
                if (gone := struck_chars(page)):
                    # text drawn with a line through its middle: deleted text (a comparison's redline), not law
                    runs = _runs_of(gone)
                    read += sum(non_space(t) for t in runs)
                    struck.extend((n, t) for t in runs)
                    page = page.filter(_not_chars({_char_key(c) for c in gone}))
                if numbered.get(n):
                    page = page.filter(_outside_chars([(float(w["x0"]), float(w["top"]), float(w["x1"]),
                                                        float(w["bottom"])) for w in numbered[n]]))
                if noted.get(n):
                    read += sum(non_space(m.text) for m in noted[n])
                    page = page.filter(_outside_chars([b for m in noted[n] for b in m.boxes]))
                # an amendment's comparison table (earlier and later text side by side under a header naming the
                # versions): read by its cells apart, the rest of the page without them
                grids, doubts = (ruled_comparisons(page, page.find_tables(), going_on) if (page.lines or page.rects)
                                  else ([], 0))
                doubted += doubts
                if not grids and (g := unruled_comparison(page, going_on)) is not None:
                    grids = [g]
                for g in grids:  # a header repeated on the next page: the same table, told once
                    g.continued = g.continued or (going_on is not None and g.cmp.names == going_on.cmp.names)
                going_on = grids[-1] if grids and grids[-1].to_foot else None
                if grids:
                    page = page.filter(_outside([g.bbox for g in grids]))
                rules = [float(r["top"]) for r in list(page.lines) + list(page.rects)
                         if abs(float(r["bottom"]) - float(r["top"])) <= 2 and float(r["x1"]) - float(r["x0"]) >= 30
                         and float(r["top"]) > height / 2]
                ruled = _ruled_tables(page)
                areas = []
                if ruled:
                    # the text around a ruled table is read without the table's cells (a table's columns look like a
                    # page's), and the table apart. A page whose text is in two columns without its tables keeps its
                    # reading by columns, tables and all: where a table stands among two columns is not told here
                    areas = reading_areas(page.filter(_outside([tuple(float(v) for v in t.bbox) for t in ruled])))
                    if len(areas) > 1:
                        ruled, areas = [], []
                areas = areas or reading_areas(page)  # a page in two columns: read column by column
                if len(areas) > 1:
                    two_columns.append(n)
                    cols = [c for c, _ in areas]
                    if any(c == 0 and 1 in cols[:k] and 1 in cols[k + 1:] for k, c in enumerate(cols)):
                        crossed.append(n)  # a line across the gutter between column text
                shaded = _shaded_boxes(page)
                for column, area in areas:
                    for ln in area.extract_text_lines(layout=False, strip=True, return_chars=True):
                        chars = ln.get("chars", [])
                        text = _spaced_text(chars, " ".join(str(ln["text"]).split()))
                        read += non_space(text)
                        if not text:
                            continue
                        sizes = [float(c.get("size", 0.0)) for c in chars if str(c.get("text", "")).strip()]
                        top = float(ln["top"])
                        lines.append(PdfLine(n, text, float(ln["x0"]), float(ln["x1"]), top,
                                             float(ln["bottom"]), height, float(page.width),
                                             statistics.median(sizes) if sizes else 0.0,
                                             any(r <= top for r in rules), _raised_marks(chars), _italic(chars), column,
                                             _bold_start(chars), _opening_font(chars)))
                        lines[-1].boxed = any(b[0] - 1 <= lines[-1].x0 and lines[-1].x1 <= b[2] + 1 and
                                              b[1] - 1 <= top and lines[-1].bottom <= b[3] + 1 for b in shaded)
                        fonts.append(Counter(str(c.get("fontname", "")) for c in chars
                                             if str(c.get("text", "")).strip()))
                for t in ruled:
                    tables += 1
                    read += _insert_table(lines, fonts, t, n, height, float(page.width), tables)
                for g in grids:
                    tables += 1
                    read += _insert_comparison(lines, fonts, g, n, height, float(page.width), tables, paragraphs,
                                               draft)
                    if not g.continued:
                        compared.append(g.cmp.says())
                if printed > read:
                    draft.not_read[n] = printed - read
            draft.meta["pages"] = len(pdf.pages)
        counted = [(n, str(w["text"])) for n, ws in sorted(numbered.items()) for w in ws]
        for n, t in counted:
            draft.furniture.append(Furniture(t, "line number in the margin (the printer's count of the lines)", n))
        if counted:
            draft.notes.append(f"{len(counted)} line number(s) in the left margin (pages {_ranges(sorted(numbered))}: "
                               f"{', '.join(t for _, t in counted[:8])}{' ...' if len(counted) > 8 else ''}): small "
                               "numbers right-aligned at one place left of the text, counting its lines by a fixed "
                               "step; kept out of the reading text and listed")
        place_margin_notes(lines, noted, draft)
        for n, t in turned.items():
            draft.furniture.append(Furniture(t, "text set at an angle to the lines (a watermark or a margin note)", n))
        if turned:
            draft.notes.append(f"text set at an angle to the lines on {len(turned)} page(s) (pages "
                               f"{_ranges(sorted(turned))}): a watermark or a margin note, kept out of the reading text "
                               f"and listed: {'; '.join(sorted(set(turned.values()))[:3])}")
        for n, t in struck:
            draft.furniture.append(Furniture(t, "struck through (a line drawn through its middle: text marked as "
                                                "deleted, as a comparison program prints it)", n, marked=True))
        if struck:
            what = (f"{len(struck)} run(s) of words printed struck through (a line drawn through the middle of the "
                    f"characters: deleted text, as a comparison program or a reviser marks it; pages "
                    f"{_ranges(sorted({n for n, _ in struck}))}) were left out of the text and listed: " +
                    "; ".join(repr(t[:60]) for _, t in struck[:12]) + (" ..." if len(struck) > 12 else ""))
            draft.notes.append(what)
            draft.meta["struck"] = what.replace("-->", "->")
        if two_columns:
            draft.notes.append(f"{len(two_columns)} page(s) set in two columns (pages {_ranges(two_columns)}): read "
                               "down the left column, then the right; lines across both columns where they stand")
        font = heading_font(lines, fonts)
        if font is not None:
            heads = [ln for ln in lines if ln.head_font == font and opens_article(ln.text)]
            for ln in heads:
                ln.bold_start = True
            draft.notes.append(f"{len(heads)} article heading(s) are set in a font of their own ({font}) that no other "
                               "text uses, though its name does not say bold: read as the text's bold headings")
        report_comparisons(draft, compared, doubted, "file")
        tables -= len(compared)
        if tables:
            draft.notes.append(f"{tables} ruled table(s) read cell by cell, row by row, and written as Markdown pipe "
                               "tables (a cell's lines joined; its line breaks are wraps): check them against the PDF")
        if crossed:
            draft.notes.append(f"page(s) {_ranges(crossed)}: a line runs across the gutter between lines of the two "
                               "columns (a heading wider than its column? a table?); the columns above it and below it "
                               "were read separately: check the reading order there")
        if not lines:
            draft.notes.append(f"{draft.path.name}: the PDF has no text layer (a scan?); OCR it first")
        draft.tree = lines
        draft.has_pages = True


def margin_line_numbers(pages: Any) -> dict[int, list[dict[str, Any]]]:
    """The line numbers a bill or a draft prints in its left margin ("5", "10", "15" beside every fifth line), by page:
    told by layout, never by the words of the lines they stand beside. A line number is a word of digits alone, left of
    the text column (its right edge short of the leftmost word of the page's text by a gap), in type no larger than the
    text's; the numbers stand right-aligned at one place (their right edges within a point), at least three in the
    document, and on each page they run down it by one fixed step (every line, every fifth line), each a multiple of it.
    A number inside the text column ("Article" / "6 and thereby", a wrapped reference) is text, wherever it stands.
    The text column is the body's: a header or page number in the page's top or bottom band does not widen it."""
    found: list[tuple[int, dict[str, Any]]] = []
    sizes: list[float] = []
    for n, page in enumerate(pages, 1):
        words = page.extract_words(extra_attrs=["size"])
        height = float(page.height)
        # the text column from the body's words: not a running header or a page number in the page's top or bottom
        # band, which may stand in the margin ("- 17 -" at the foot of the outer margin)
        text = [w for w in words if not _DIGITS_ONLY.match(str(w["text"])) and float(w["bottom"]) > height * BAND
                and float(w["top"]) < height * (1 - BAND)]
        if not text:
            continue
        left = min(float(w["x0"]) for w in text)
        sizes.extend(float(w["size"]) for w in text)
        found.extend((n, w) for w in words if _DIGITS_ONLY.match(str(w["text"])) and float(w["x1"]) + 3 <= left)
    if len(found) < 3 or not sizes:
        return {}
    body = statistics.median(sizes)
    edge = Counter(round(float(w["x1"])) for _, w in found).most_common(1)[0][0]
    kept = [(n, w) for n, w in found if abs(float(w["x1"]) - edge) <= 1 and float(w["size"]) <= body + 0.5]
    by_page: dict[int, list[dict[str, Any]]] = {}
    for n, w in kept:
        by_page.setdefault(n, []).append(w)
    steps: set[int] = set()
    for ws in by_page.values():
        ws.sort(key=lambda w: float(w["top"]))
        values = [int(str(w["text"])) for w in ws]
        steps.update(b - a for a, b in itertools.pairwise(values))
    if len(kept) < 3 or len(steps) != 1 or min(steps) < 1:
        return {}
    step = steps.pop()
    if any(int(str(w["text"])) % step for ws in by_page.values() for w in ws):
        return {}
    return by_page


@dataclass(slots=True)
class MarginNote:
    """A note printed in a page's margin beside the text (a side note): its words joined, its box, and its side."""

    page: int
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    side: str  # "left" or "right"
    boxes: list[tuple[float, float, float, float]]  # (x0, top, x1, bottom) of each of its words
    first: tuple[float, float]  # the top and bottom of its first line (level with the line of text it is beside)


def margin_notes(pages: Any) -> dict[int, list[MarginNote]]:
    """The notes a gazette or a statute book prints in a margin beside the text (a caption level with an article's
    first line, "Water quality" left of "Article 4 The onus ..."), by page: told by layout, never by their words. A
    note is a run of words in smaller type than the body's (at most nine tenths of its size), with a letter in it,
    standing wholly outside the page's text column (left of the leftmost place where several of its lines start, or
    right of where nine lines in ten end) and apart from the text in its row by at least the body's size; outside the
    page's top and bottom bands (a running header, a page number). The notes of one side stand at one place (their left
    edges, or their right ones, within two points), at least two in the document: odd and even pages may put them in
    mirrored margins. A note's lines that follow each other closely at one place are one note (a caption wrapped onto
    a second line). Digits alone (line numbers, a page number in the margin) are never a note, nor a run that opens
    with an article, chapter or section heading or an item's label (a number set out in the margin is the text's)."""
    rows_by_page: dict[int, list[list[dict[str, Any]]]] = {}
    sizes: list[float] = []
    for n, page in enumerate(pages, 1):
        height = float(page.height)
        words = [w for w in page.extract_words(extra_attrs=["size"])
                 if float(w["bottom"]) > height * BAND and float(w["top"]) < height * (1 - BAND)]
        sizes.extend(float(w["size"]) for w in words)
        rows: list[list[dict[str, Any]]] = []
        for w in sorted(words, key=lambda w: (float(w["bottom"]), float(w["x0"]))):
            if rows and abs(float(rows[-1][0]["bottom"]) - float(w["bottom"])) <= 2:
                rows[-1].append(w)
            else:
                rows.append([w])
        rows_by_page[n] = [sorted(r, key=lambda w: float(w["x0"])) for r in rows]
    if not sizes:
        return {}
    body = statistics.median(sizes)
    small = 0.9 * body
    found: list[tuple[int, str, list[dict[str, Any]], str]] = []  # (page, side, words, the row's text beside them)
    for n, rows in rows_by_page.items():
        # each row cut into runs at gaps of the body's size or more; the text column from the runs in body type
        runs = [_gap_runs(r, body) for r in rows]
        text_runs = [g for rs in runs for g in rs if any(float(w["size"]) > small for w in g)]
        if len(text_runs) < 3:
            continue
        left = _margin([float(g[0]["x0"]) for g in text_runs])
        right = _right_margin([float(g[-1]["x1"]) for g in text_runs])
        for rs in runs:
            for k, g in enumerate(rs):
                if any(float(w["size"]) > small for w in g) or not any(ch.isalpha() for w in g for ch in str(w["text"])) \
                        or opens_unit(" ".join(str(w["text"]) for w in g)):
                    continue  # digits alone, or a heading or item label set out in the margin ("Art. 4"): the text's
                beside = " ".join(str(w["text"]) for h in rs if h is not g for w in h)
                if float(g[-1]["x1"]) + body / 2 <= left and k == 0:
                    found.append((n, "left", g, beside))
                elif float(g[0]["x0"]) >= right + body / 2 and k == len(rs) - 1:
                    found.append((n, "right", g, beside))
    notes: dict[int, list[MarginNote]] = {}
    for side in ("left", "right"):
        runs_ = [(n, g, beside) for n, s, g, beside in found if s == side]
        if len(runs_) < 2:
            continue
        starts = Counter(round(float(g[0]["x0"])) for _, g, _ in runs_).most_common(1)[0][0]
        ends = Counter(round(float(g[-1]["x1"])) for _, g, _ in runs_).most_common(1)[0][0]
        aligned = [(n, g, b) for n, g, b in runs_ if abs(float(g[0]["x0"]) - starts) <= 2 or abs(float(g[-1]["x1"]) - ends) <= 2]
        if len(aligned) < 2:
            continue
        for n, g, beside in aligned:
            text = " ".join(str(w["text"]) for w in g)
            box = (float(g[0]["x0"]), min(float(w["top"]) for w in g), float(g[-1]["x1"]),
                   max(float(w["bottom"]) for w in g))
            boxes = [(float(w["x0"]), float(w["top"]), float(w["x1"]), float(w["bottom"])) for w in g]
            page_notes = notes.setdefault(n, [])
            last = page_notes[-1] if page_notes and page_notes[-1].side == side else None
            # the note's next line follows within a line of the body's type, at the same place, and stands beside no
            # line that opens an article (that line's note is its own: two one-line articles one under the other)
            if last is not None and 0 <= box[1] - last.bottom <= body and not opens_article(beside) and \
                    (abs(box[0] - last.x0) <= 2 or abs(box[2] - last.x1) <= 2):
                # the note's next line: a caption wrapped in the margin
                last.text = last.text[:-1] + text if re.search(r"[a-z]-$", last.text) else f"{last.text} {text}"
                last.x0, last.x1, last.bottom = min(last.x0, box[0]), max(last.x1, box[2]), box[3]
                last.boxes.extend(boxes)
            else:
                page_notes.append(MarginNote(n, text, box[0], box[2], box[1], box[3], side, boxes, (box[1], box[3])))
    for ns in notes.values():
        ns.sort(key=lambda m: m.top)
    return notes


def place_margin_notes(lines: list[PdfLine], noted: dict[int, list[MarginNote]], draft: Draft) -> None:
    """Each margin note (:func:`margin_notes`) is read with the line of text it stands level with (the line whose
    height overlaps its first line's most). Beside a line that opens an article with no caption of its own, it is that
    article's caption, written in brackets after the number as translators print one ("Article 4 [Water quality] The
    onus ..."), which the parser reads as the caption and never as text of law. Any other note (beside a paragraph, a
    heading or nothing; holding brackets of its own) is left out of the reading text and listed with the furniture:
    a side note is a reader's aid, not the law's words; the import says so, and lists each with its text after the
    text for `regkb check` (info ``margin-note``, :class:`TextNotRead`): small type in a margin may also be a
    paragraph's caption, an amendment note or a column in another language."""
    from ..parse import patterns as P
    from ..parse.structure import reads_as_caption

    captions = 0
    other: list[MarginNote] = []
    for n, notes in sorted(noted.items()):
        page = [ln for ln in lines if ln.page == n and not ln.table]
        for note in notes:
            top, bottom = note.first
            best = max(page, key=lambda ln: min(ln.bottom, bottom) - max(ln.top, top), default=None)
            m = P.ARTICLE.match(best.text) if best is not None and min(best.bottom, bottom) > max(best.top, top) else None
            rest = m.group("rest") if m else ""
            if best is None or m is None or not reads_as_caption(note.text) or \
                    re.match(r"[\[【(（]", rest.lstrip("*_ ")) or "[" in note.text or "]" in note.text:
                other.append(note)
                continue
            at = m.start("rest")
            best.text = f"{best.text[:at].rstrip()} [{note.text}]" + (f" {rest}" if rest.strip() else "")
            captions += 1
    if captions:
        draft.notes.append(f"{captions} article caption(s) printed as notes in the page's margin, level with the "
                           "article's first line (in smaller type, outside the text column): written in brackets "
                           "after the article's number")
    for note in other:
        draft.furniture.append(Furniture(note.text, f"note in the {note.side} margin beside no article's first line "
                                         "(a side note)", note.page))
        draft.aside.append(f"page {note.page}: {note.text!r}")
    if other:
        draft.notes.append(f"{len(other)} note(s) in the page margin stand beside no line that opens an article "
                           "(or do not read as a caption): left out of the reading text and listed with the furniture: "
                           + "; ".join(f"page {m.page}: {m.text!r}" for m in other[:5]))


def _gap_runs(row: list[dict[str, Any]], gap: float) -> list[list[dict[str, Any]]]:
    """A row of words (left to right) cut into runs where the space between two words is ``gap`` or more."""
    out: list[list[dict[str, Any]]] = []
    for w in row:
        if out and float(w["x0"]) - float(out[-1][-1]["x1"]) < gap:
            out[-1].append(w)
        else:
            out.append([w])
    return out


def _turned(char: dict[str, Any]) -> bool:
    """Is a character set at an angle to the page's lines (its text matrix turns it: a diagonal watermark drawn over
    the page, a note set up the margin)? Told by its geometry, never by its words: body text runs along the line."""
    m = char.get("matrix")
    if not m or len(m) < 4:
        return False
    a, b, c, d = (float(v) for v in m[:4])
    scale = max(abs(a), abs(d), 1e-9)
    return abs(b) > 0.05 * scale or abs(c) > 0.05 * scale


STRIKE_BAND = (0.25, 0.75)  # where a strike line crosses a character: between these shares of its height, from its top


def _char_key(c: dict[str, Any]) -> tuple[Any, ...]:
    return (c.get("text"), round(float(c["x0"]), 2), round(float(c["top"]), 2))


def _not_chars(keys: set[tuple[Any, ...]]) -> Callable[[dict[str, Any]], bool]:
    """A filter of a page's objects that leaves out the characters of ``keys``."""
    return lambda o: not (o.get("object_type") == "char" and _char_key(o) in keys)


def struck_chars(page: Any) -> list[dict[str, Any]]:
    """The characters a line is drawn through: deleted text, as a document comparison program ("redline") or a
    reviser prints it. Told by geometry, never by colour or words: a horizontal stroke (a line, or a rectangle at most
    1.5 points high) that crosses the character's middle (between a quarter and three quarters of its height, where
    no underline or table rule runs: an underline lies at the foot of the letters, a rule between lines) and covers
    its centre. The characters in the page's order."""
    strokes = [(float(o["x0"]), float(o["x1"]), (float(o["top"]) + float(o["bottom"])) / 2)
               for o in list(page.lines) + list(page.rects)
               if abs(float(o["bottom"]) - float(o["top"])) <= 1.5 and float(o["x1"]) - float(o["x0"]) >= 2]
    if not strokes:
        return []
    strokes.sort(key=lambda s: s[2])
    ys = [s[2] for s in strokes]
    out: list[dict[str, Any]] = []
    for c in page.chars:
        if not str(c.get("text", "")).strip():
            continue
        top, bottom = float(c["top"]), float(c["bottom"])
        h = bottom - top
        lo, hi = top + STRIKE_BAND[0] * h, top + STRIKE_BAND[1] * h
        cx = (float(c["x0"]) + float(c["x1"])) / 2
        k = bisect.bisect_left(ys, lo)
        while k < len(strokes) and strokes[k][2] <= hi:
            if strokes[k][0] <= cx <= strokes[k][1]:
                out.append(c)
                break
            k += 1
    return out


def _runs_of(chars: list[dict[str, Any]]) -> list[str]:
    """Struck characters as runs of words: characters one after another on a line (a gap wider than a word space
    parts words, a new line or a gap of more than two words' width parts runs)."""
    runs: list[str] = []
    cur = ""
    prev: dict[str, Any] | None = None
    for c in chars:
        size = float(c.get("size", 10.0)) or 10.0
        if prev is not None:
            same_line = abs(float(c["top"]) - float(prev["top"])) <= size / 2
            gap = float(c["x0"]) - float(prev["x1"])
            if not same_line or gap > 2 * size or gap < -size:
                runs.append(cur)
                cur = ""
            elif gap > 0.15 * size:
                cur += " "
        cur += str(c.get("text", ""))
        prev = c
    runs.append(cur)
    return [t for t in (" ".join(r.split()) for r in runs) if t]


def _spaced_text(chars: list[dict[str, Any]], text: str) -> str:
    """A line's text with a space where two words meet in different fonts across a gap that reads as a space (a bold
    "Article 5" followed by the text in roman, with no space character between: pdfplumber joins them, "Article 5The").
    The line's own text when nothing is added or its characters do not match it."""
    glyphs = [c for c in chars if str(c.get("text", "")).strip()]
    if len(glyphs) < 2 or "".join(str(c["text"]) for c in glyphs) != "".join(text.split()):
        return text
    out: list[str] = []
    pos = 0
    added = 0
    for prev, c in itertools.pairwise(glyphs):
        # copy the text up to and including prev's character
        while pos < len(text) and text[pos].isspace():
            out.append(text[pos])
            pos += 1
        out.append(text[pos])
        pos += 1
        spaced = pos < len(text) and text[pos].isspace()
        gap = float(c["x0"]) - float(prev["x1"])
        if not spaced and c.get("fontname") != prev.get("fontname") and gap > 0.2 * float(c.get("size", 10.0)):
            out.append(" ")
            added += 1
    out.append(text[pos:])
    return "".join(out) if added else text
def _ruled_tables(page: Any) -> list[Any]:
    """The tables of a page drawn with ruled cells (pdfplumber's table finder on the page's lines and rectangles):
    two rows and two columns at least, every cell of the first row drawn and written in, and some text in each row;
    not a table whose first cells open with article headings (the law itself set in a table, a row per article,
    which is read as text). Only a page read in one column has its tables read so (the caller's choice)."""
    if not (page.lines or page.rects):
        return []
    out = []
    for t in page.find_tables():
        rows = t.extract()
        if len(rows) < 2 or len(rows[0]) < 2 or any(c is None or not c.strip() for c in rows[0]) or \
                any(not any(c and c.strip() for c in r) for r in rows):
            continue
        if sum(opens_article(" ".join((r[0] or "").split())) for r in rows) >= 2:
            continue  # the law set in a table, a row per article: its text is read as printed, headings and all
        out.append(t)
    return out


def _in_boxes(obj: dict[str, Any], boxes: list[tuple[float, ...]]) -> bool:
    """Is the centre of a page object (a character, a line, a rectangle) inside one of ``boxes``?"""
    if "x0" not in obj or "top" not in obj:
        return False
    cx = (float(obj["x0"]) + float(obj["x1"])) / 2
    cy = (float(obj["top"]) + float(obj["bottom"])) / 2
    return any(x0 <= cx <= x1 and top <= cy <= bottom for x0, top, x1, bottom in boxes)


def _shaded_boxes(page: Any) -> list[tuple[float, float, float, float]]:
    """The filled rectangles of a page that may frame a box of text (a callout, a leaflet's tips): filled in a colour
    other than white, smaller than half the page (not its background), taller than a rule."""
    out = []
    area = float(page.width) * float(page.height)
    for r in page.rects:
        white = _white(r.get("non_stroking_color"))
        x0, top, x1, bottom = float(r["x0"]), float(r["top"]), float(r["x1"]), float(r["bottom"])
        if r.get("fill") and not white and bottom - top > 6 and (x1 - x0) * (bottom - top) < area / 2:
            out.append((x0, top, x1, bottom))
    return out


def _white(colour: Any) -> bool:
    """(codereview20) Whether a fill colour as pdfminer gives it is white (or none): a grey level alone (a number, not a
    tuple: "1 g"), RGB (1, 1, 1), CMYK (0, 0, 0, 0) (a printer's leaflet is set in CMYK). A pattern (its name, or a
    colour with its name) is no white: a shading."""
    if colour is None:
        return True
    if isinstance(colour, (int, float)):
        colour = (colour,)
    if not isinstance(colour, (tuple, list)) or not all(isinstance(v, (int, float)) for v in colour):
        return False
    if len(colour) == 4:
        return all(float(v) <= 0.01 for v in colour)
    return all(float(v) >= 0.99 for v in colour)


def _outside(boxes: list[tuple[float, ...]]) -> Callable[[dict[str, Any]], bool]:
    """A filter of page objects: those whose centre lies in none of ``boxes`` (x0, top, x1, bottom)."""
    return lambda obj: not _in_boxes(obj, boxes)


def _outside_chars(boxes: list[tuple[float, ...]]) -> Callable[[dict[str, Any]], bool]:
    """A page filter that keeps every object but the characters inside ``boxes``."""
    return lambda obj: not (obj.get("object_type") == "char" and _in_boxes(obj, boxes))


def _cell(text: str | None) -> str:
    """A table cell's text on one line, as a pipe table writes it (a "|" of its own escaped)."""
    return " ".join((text or "").split()).replace("|", "\\|")


def _insert_table(lines: list[PdfLine], fonts: list[Counter[str]], table: Any, page: int, height: float, width: float,
                  number: int) -> int:
    """Write ``table`` as pipe-table lines (header, delimiter, one line per row) among the page's ``lines``, before the
    first line of the page that stands below the table's top (the reading order of a page in one column); ``fonts``
    (each line's characters per font) gets an empty entry for each. Returns the count of the cells' characters
    (white space aside) written."""
    rows = table.extract()
    x0, top, x1, bottom = (float(v) for v in table.bbox)
    texts = ["| " + " | ".join(_cell(c) for c in rows[0]) + " |", "|" + "---|" * len(rows[0])]
    texts += ["| " + " | ".join(_cell(c) for c in r) + " |" for r in rows[1:]]
    tops = [float(r.bbox[1]) for r in table.rows] if len(table.rows) == len(rows) else [top] * len(rows)
    tops = tops[:1] + tops[:1] + tops[1:]  # the delimiter stands with the header
    new = [PdfLine(page, text, x0, x1, t, min(t + 1.0, bottom), height, width, 0.0, False, (), False, 0, False,
                   table=number)
           for text, t in zip(texts, tops, strict=True)]
    at = next((k for k, ln in enumerate(lines) if ln.page == page and ln.top > top), len(lines))
    lines[at:at] = new
    fonts[at:at] = [Counter() for _ in new]  # (its characters are the table's, counted nowhere)
    return sum(non_space(c or "") for r in rows for c in r)


def _insert_comparison(lines: list[PdfLine], fonts: list[Counter[str]], grid: Grid, page: int, height: float,
                       width: float, number: int, paragraphs: Iterator[int], draft: Draft) -> int:
    """Write a comparison table (importers/pdfcompare.py) among the page's ``lines``, before the first line below its
    top: the law's paragraphs as they stand in their cells (each a block of its own, its wrapped lines kept), every
    other cell's paragraphs after them on a line each, opening with the mark the parser trusts; the header listed as
    left out. Returns the count of the characters read."""
    from ..parse.patterns import COMPARED_MARK

    for t in grid.header:
        draft.furniture.append(Furniture(t, "header row of a comparison table (it names the columns)", page))
    paras, read = grid_paragraphs(grid)
    new: list[PdfLine] = []
    for kind, cell_lines in paras:
        k = next(paragraphs)
        if kind == "apart":
            text = COMPARED_MARK + " " + " ".join(x.text for x in cell_lines)
            x = cell_lines[0]
            new.append(PdfLine(page, text, x.x0, x.x1, x.top, x.bottom, height, width, table=number, compared=k))
            continue
        new.extend(PdfLine(page, x.text, x.x0, x.x1, x.top, x.bottom, height, width, table=number, compared=k)
                   for x in cell_lines)
    at = next((k for k, ln in enumerate(lines) if ln.page == page and ln.top > grid.bbox[1]), len(lines))
    lines[at:at] = new
    fonts[at:at] = [Counter() for _ in new]
    return read


def _ranges(pages: list[int]) -> str:
    """[1, 2, 3, 5] -> '1-3, 5'."""
    out: list[str] = []
    for _, grp in itertools.groupby(enumerate(pages), lambda kv: kv[1] - kv[0]):
        run = [p for _, p in grp]
        out.append(f"{run[0]}-{run[-1]}" if len(run) > 1 else str(run[0]))
    return ", ".join(out)


_ITALIC_FONT = re.compile(r"(?i)italic|oblique|(?<=[-,])(?:it|obl?)$")


def _italic(chars: list[dict[str, Any]]) -> bool:
    """Is every printed character of a line in an italic or oblique font (by the font's name)?"""
    names = [str(c.get("fontname", "")) for c in chars if str(c.get("text", "")).strip()]
    return bool(names) and all(_ITALIC_FONT.search(n) for n in names)


_BOLD_FONT = re.compile(r"(?i)bold|black|heavy|demi|(?<=[-,])(?:bd|b)$")


def _bold_start(chars: list[dict[str, Any]]) -> bool:
    """Are the first two printed words of a line ("Article 5") in a bold font (by the font's name)?"""
    glyphs = _opening_fonts(chars)
    return bool(glyphs) and all(_BOLD_FONT.search(n) for n in glyphs)


def _opening_font(chars: list[dict[str, Any]]) -> str:
    """The font of the first two printed words of a line, when they are in one font; else ""."""
    names = set(_opening_fonts(chars))
    return names.pop() if len(names) == 1 else ""


def _opening_fonts(chars: list[dict[str, Any]]) -> list[str]:
    """The font names of the glyphs of the first two printed words of a line."""
    glyphs: list[str] = []
    words = 0
    prev_x1: float | None = None
    for c in chars:
        if not str(c.get("text", "")).strip():
            words += bool(glyphs)
            prev_x1 = None
            if words >= 2:
                break
            continue
        if prev_x1 is not None and float(c["x0"]) - prev_x1 > 0.2 * float(c.get("size", 10.0)):
            words += 1  # a gap that reads as a space, where the PDF has no space character
            if words >= 2:
                break
        glyphs.append(str(c.get("fontname", "")))
        prev_x1 = float(c["x1"])
    return glyphs


def heading_font(lines: list[PdfLine], fonts: list[Counter[str]]) -> str | None:
    """The font the text sets its article headings in, when its name does not say bold. ``fonts``: for each line, its
    characters per font. It is a font other than the body's (the one most characters are in), holding at most a
    quarter of the characters, in which at least two lines open with "Article N" (both words), and used only for
    headings: from the first such line on, four in five of its characters at least are in lines that open with an
    article, chapter or section heading (a title above the first article may be set in it too). None when the text
    names its heading font bold, or has no such font."""
    openers = [k for k, ln in enumerate(lines) if opens_article(ln.text)]
    if not lines or any(lines[k].bold_start for k in openers):
        return None  # bold by the font's name: the rule that reads names applies
    total: Counter[str] = Counter()
    for f in fonts:
        total.update(f)
    body = total.most_common(1)[0][0] if total else ""
    found = Counter(lines[k].head_font for k in openers if lines[k].head_font not in ("", body)).most_common(1)
    if not found or found[0][1] < 2:
        return None
    font = found[0][0]
    if total[font] * 4 > sum(total.values()):
        return None
    first = next(k for k in openers if lines[k].head_font == font)
    used = sum(fonts[k][font] for k in range(first, len(lines)))
    in_headings = sum(fonts[k][font] for k in range(first, len(lines))
                      if opens_article(lines[k].text) or reads_as_part_heading(lines[k].text))
    return font if in_headings * 5 >= used * 4 else None


def _raised_marks(chars: list[dict[str, Any]]) -> tuple[tuple[int, str], ...]:
    """Runs of digits or note signs set smaller and raised above the line, after a printed character."""
    glyphs = [c for c in chars if str(c.get("text", "")).strip()]
    if len(glyphs) < 2:
        return ()
    size = statistics.median(float(c.get("size", 0.0)) for c in glyphs)
    base = statistics.median(float(c["bottom"]) for c in glyphs)
    out: list[tuple[int, str]] = []
    run = ""
    for k, c in enumerate(glyphs):
        raised = (float(c.get("size", 0.0)) < 0.85 * size and float(c["bottom"]) < base - 1
                  and re.fullmatch(r"[0-9*†‡§]", str(c["text"])) is not None)
        if raised and k > 0:
            run += str(c["text"])
            if k + 1 == len(glyphs) or not (float(glyphs[k + 1].get("size", 0.0)) < 0.85 * size):
                out.append((k + 1 - len(run), run))
                run = ""
        else:
            run = ""
    return tuple(out)


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", text.lower())


def _opening(text: str) -> str:
    """A line's first four words, digits ignored: what two pages' copies of a running header share when its last
    words change from page to page."""
    return " ".join(_shape(text).split()[:4])


def _body_size(lines: list[PdfLine]) -> float:
    """The type size most of the text's characters are set in."""
    sizes: Counter[float] = Counter()
    for ln in lines:
        if ln.size and not ln.table:
            sizes[round(ln.size, 1)] += len(ln.text)
    return sizes.most_common(1)[0][0] if sizes else 0.0


def _browser_edge(ln: PdfLine, edges: dict[int, tuple[float, float]], body: float, title: str,
                  opens_elsewhere: bool = False) -> bool:
    """Is a line in a page's margin band the header or footer a browser prints with a web page? It is set in type
    smaller than the text's, at the page's very edge (no other line of the page stands beyond it), and it opens or
    closes with the date and time of printing, the page's address or the page count, or is the page's title (the PDF's
    Title, which a browser sets from the page's). Once on a page is enough: a page printed alone has its header once.
    A line of the text's own size is never taken, whatever it says. The title alone is not enough when a line that
    opens with the same words stands in the same band of another page (``opens_elsewhere``): that is a running header
    whose words change from page to page (a gazette's name and the current chapter), left to the stage that compares
    the pages, which must see every page's copy of it."""
    if not body or not ln.size or ln.size > 0.85 * body:
        return False
    top = ln.bottom <= ln.page_height * BAND
    highest, lowest = edges[ln.page]  # the page's topmost line's bottom, its lowest line's top
    if (highest <= ln.top) if top else (lowest >= ln.bottom):
        return False
    text = " ".join(ln.text.split())
    return bool(_BROWSER_EDGE.search(text)) or (not opens_elsewhere and len(title) >= 8
                                                   and text == " ".join(title.split()))


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
            if ln.table:
                return None  # a row of a ruled table is the table's, wherever it stands
            if ln.bottom <= ln.page_height * BAND:
                return "top"
            if ln.top >= ln.page_height * (1 - BAND):
                return "bottom"
            return None

        seen: Counter[tuple[str, str]] = Counter()
        opening: dict[tuple[str, str], set[int]] = {}  # the pages whose band has a line opening with these words
        for ln in lines:
            b = band(ln)
            if b:
                seen[(b, _shape(ln.text))] += 1
                opening.setdefault((b, _opening(ln.text)), set()).add(ln.page)
        numbers: set[int] = set()
        repeated: set[int] = set()
        printed_by: set[int] = set()
        body = _body_size(lines)
        edges: dict[int, tuple[float, float]] = {}
        for ln in lines:
            hi, lo = edges.get(ln.page, (ln.bottom, ln.top))
            edges[ln.page] = (min(hi, ln.bottom), max(lo, ln.top))
        for k, ln in enumerate(lines):
            b = band(ln)
            repeats = seen[(b, _shape(ln.text))] if b else 0
            if b and _PAGE_NUMBER.match(ln.text):
                numbers.add(k)
            elif b and (repeats >= 3 or (repeats >= 2 and repeats * 2 >= len(pages))):
                repeated.add(k)
            elif b and _browser_edge(ln, edges, body, str(draft.meta.get("title", "")),
                                     len(opening.get((b, _opening(ln.text)), ())) > 1):
                printed_by.add(k)
        # a chapter heading at the top of a page is law, unless it repeats a heading printed in the text
        printed = {" ".join(ln.text.split()) for k, ln in enumerate(lines) if k not in repeated}
        repeated = keep_first_headings(lines, repeated, printed, draft)
        for k in sorted(numbers | repeated | printed_by):
            ln = lines[k]
            b = band(ln)
            draft.furniture.append(Furniture(ln.text, f"page number ({b} of the page)" if k in numbers else
                                             f"running {'header' if b == 'top' else 'footer'}" if k in repeated else
                                             f"browser's {'header' if b == 'top' else 'footer'} (print date, title, "
                                             "address or page count)", ln.page))
        if printed_by:
            draft.notes.append(f"{len(printed_by)} line(s) in small type at a page's top or foot read as the header or "
                               "footer a browser prints (the date and time, the page's title, its address, the page "
                               f"count), on page(s) {_ranges(sorted({lines[k].page for k in printed_by}))}: left out "
                               "and listed")
        gone = numbers | repeated | printed_by
        footer = _site_footer(lines, gone, body)
        for k in footer:
            draft.furniture.append(Furniture(lines[k].text, "after the text, in type smaller than the text's, in a web "
                                             "page printed by a browser: the site's footer", lines[k].page))
        if footer:
            draft.notes.append(f"{len(footer)} line(s) after the text in type smaller than the text's, in a page a "
                               "browser printed (its print header or footer is on the pages): read as the site's "
                               "footer (related links, copyright) and left out: "
                               + "; ".join(repr(lines[k].text[:40]) for k in footer[:3]))
        draft.tree = [ln for k, ln in enumerate(lines) if k not in gone and k not in footer]


DECK_ASPECT = 1.25  # a page this many times wider than high is landscape: a deck has no other pages (16:9, 4:3)
CENTRED = 0.02  # a line's middle within this share of the page's width of the page's middle: set centred


def _continued_label(text: str) -> str | None:
    """The article number of a line that repeats an article's label with a continuation mark ("Article 7 (cont'd)",
    "第七条（续）", patterns.CONTINUED_MARK), or None."""
    from ..parse import patterns as P

    m = P.ARTICLE.match(text) or P.CJK_ARTICLE.match(text)
    return str(m.group("num")).casefold() if m and P.CONTINUED_MARK.match(m.group("rest") or "") else None


def _article_number(text: str) -> str | None:
    from ..parse import patterns as P

    m = P.ARTICLE.match(text) or P.CJK_ARTICLE.match(text)
    return str(m.group("num")).casefold() if m else None


class SlideFurniture(Stage):
    """Reads ``tree`` (after the page's headers and footers are gone); moves into ``furniture`` what a page of a
    presentation or a paginated table carries beside the law:

    - a **continuation label**: a line that repeats the label of the article read last with a continuation mark
      ("Article 7 (cont'd)", "Article 7 - continued", "第七条（续）"): the page goes on with that article, whose text
      follows as its next paragraph. The label of another article with such a mark is left in the text (the parser
      reports the repeat);
    - a **closing slide**: in a slide deck (every page landscape, three pages or more), a page after the last article's
      label whose lines are all set centred and none opens a heading or item ("Questions?", "Thank you", a contact
      line): a presentation's end, not law. The title slide before the first article is the text's preamble anyway.

    Both are told by layout and by the label's own words, never by what the slide says; each is listed with the
    import's left-out lines and named in its notes."""

    def __call__(self, draft: Draft) -> None:
        lines: list[PdfLine] = draft.tree
        if not lines:
            return
        gone: dict[int, str] = {}
        last: str | None = None
        last_page = 0
        for k, ln in enumerate(lines):
            if ln.table:
                continue
            number = _continued_label(ln.text)
            if number is not None and number == last:
                gone[k] = "continuation label (the page goes on with the article begun before it)"
            elif (number := _article_number(ln.text)) is not None:
                last, last_page = number, ln.page
        pages = {ln.page: (ln.page_width, ln.page_height) for ln in lines}
        deck = len(pages) >= 3 and all(w >= DECK_ASPECT * h for w, h in pages.values())
        if deck and last_page:
            for page in sorted(p for p in pages if p > last_page):
                on = [k for k, ln in enumerate(lines) if ln.page == page and k not in gone]
                if on and all(not lines[k].table and not opens_unit(lines[k].text) and abs(
                        (lines[k].x0 + lines[k].x1) / 2 - lines[k].page_width / 2) <= CENTRED * lines[k].page_width
                              for k in on):
                    gone.update((k, "closing slide of a presentation (after the last article, every line centred)")
                                for k in on)
        if not gone:
            return
        for k, why in sorted(gone.items()):
            draft.furniture.append(Furniture(lines[k].text, why, lines[k].page))
        labels = [lines[k] for k, why in sorted(gone.items()) if why.startswith("continuation")]
        closing = sorted({lines[k].page for k, why in gone.items() if why.startswith("closing")})
        if labels:
            draft.notes.append(f"{len(labels)} continuation label(s) left out (" + "; ".join(
                f"page {ln.page}: {ln.text!r}" for ln in labels) + "): the page goes on with the article begun on the "
                "page before, its text read as that article's next paragraph")
        if closing:
            draft.notes.append(f"the slide deck's closing page(s) {_ranges(closing)} (after the last article, every "
                               "line set centred) left out as the presentation's, not the law's: check them in the "
                               "import's list of left-out lines")
        draft.tree = [ln for k, ln in enumerate(lines) if k not in gone]


def _site_footer(lines: list[PdfLine], gone: set[int], body: float) -> list[int]:
    """The site's footer of a web page printed by a browser: the lines at the very end of the text set in type smaller
    than the text's (a box of related links, the copyright line), after its last line in the text's size. Only where
    the browser's print header or footer (the date and time, the address, the page count, in small type in a page's
    margin) was found on the pages: there the page is a web page, whose law is followed by the site's own furniture.
    A PDF typeset as a document keeps its closing lines whatever their size."""
    if not body or not any(lines[k].size and lines[k].size <= 0.85 * body and _BROWSER_EDGE.search(
            " ".join(lines[k].text.split())) for k in gone):
        return []
    kept = [k for k in range(len(lines)) if k not in gone]
    tail: list[int] = []
    for k in reversed(kept):
        ln = lines[k]
        if ln.table or not ln.size or ln.size > 0.92 * body or opens_unit(ln.text):
            break
        tail.append(k)
    if len(tail) == len(kept):
        return []  # nothing in the text's size: no text to follow
    return sorted(tail)


# the sign a footnote opens with: "1", "*", "†", "(1)", "[1]", "①"
_FOOTNOTE_MARK = re.compile(r"^(?P<sign>\d{1,3}|[*†‡§¶]+|\(\d{1,3}\)|\[\d{1,3}\]|[①-⑳])\s*(?=\S)")
# a note's mark printed in the text's own type, right after a word or a stop: "level[1] department", "request.①"
# (a "[1]" or "①" after a space is a citation or an item's number, never a mark)
_INLINE_MARK = re.compile(r"(?<=[^\s\[(])(?:\[\d{1,3}\]|[①-⑳])")


def _sign_key(sign: str) -> str:
    """A mark as the note and the text both print it, without brackets: "[1]" and "(1)" are "1"."""
    return sign.strip("[]()")


def _page_marks(ln: PdfLine) -> set[str]:
    """The note marks a line of the page's text carries: raised small ones, and bracketed or circled ones in its type."""
    return {_sign_key(m) for _, m in ln.marks} | {_sign_key(m.group()) for m in _INLINE_MARK.finditer(ln.text)}


class Footnotes(Stage):
    """Reads ``tree``; writes the page-foot footnotes as Markdown notes after the text (``blocks``), their marks in the
    text as ``[^label]``, and says so in ``notes``. The parser keeps them as notes, not law (parse/structure.py
    ``find_footnotes``), as it keeps a Word file's footnotes.

    A footnote is told by layout, never by words: the last lines of a page, below the page's text (in its lower
    half), in type clearly smaller than the body's, whose first line opens with a sign ("1", "*", "†", "[1]", "①")
    that a mark in the text of the same page carries (a raised small sign after a word, or a bracketed or circled
    one right after a word or a stop). Left in the reading text such a note would break the sentence it interrupts
    (an article running on to the next page) and read as law. Every character is kept: the sign is the note's label
    ("[^1]") when the document has only one note with that sign and it is a number, else the label is made from the
    page ("[^p2-1]") and the note keeps its sign in its text. A later small line of the tail opens a new note only
    when a mark of the page carries its sign; otherwise it goes on with the note above.

    Small type at the page's foot that looks like a footnote (below a rule, or opening with a sign) but to which no
    mark of the page points is kept as text where it stands, after a comment the parser reports as a doubt (warning
    ``footnote-doubt`` in ``regkb check``). Small lines that are neither marked nor below a rule stay in the text.
    """

    def __call__(self, draft: Draft) -> None:
        lines: list[PdfLine] = draft.tree
        sizes = [ln.size for ln in lines if ln.size > 0]
        if not sizes:
            return
        body = statistics.median(sizes)
        by_page: dict[int, list[int]] = {}
        for k, ln in enumerate(lines):
            by_page.setdefault(ln.page, []).append(k)
        found: list[tuple[int, str, list[int]]] = []  # (page, the sign's key, the note's lines)
        doubts = 0
        for page_lines in by_page.values():
            tail: list[int] = []
            for k in reversed(page_lines):
                ln = lines[k]
                if 0 < ln.size < 0.9 * body and ln.top > ln.page_height / 2 and not ln.table:
                    tail.insert(0, k)
                else:
                    break
            if not tail or len(tail) == len(page_lines):
                continue
            first = lines[tail[0]]
            sign = _FOOTNOTE_MARK.match(first.text)
            if not (first.below_rule or sign):
                continue  # small type, but nothing says it is a note: text
            marked = set().union(*(_page_marks(lines[k]) for k in page_lines if k not in tail))
            if sign is None or _sign_key(sign.group("sign")) not in marked:
                doubts += 1
                first.doubt = (f"page {first.page}: smaller type at the foot of the page"
                               f"{' below a rule' if first.below_rule else ''}"
                               f"{' opening with ' + repr(sign.group('sign')) if sign else ''}, but no mark in the "
                               "page's text points to it: kept as text")
                continue
            used: set[str] = set()
            for k in tail:
                m = _FOOTNOTE_MARK.match(lines[k].text)
                key = _sign_key(m.group("sign")) if m else ""
                if m and key in marked and key not in used:
                    used.add(key)
                    found.append((lines[k].page, key, [k]))
                else:
                    found[-1][2].append(k)
        if doubts:
            draft.notes.append(f"{doubts} page foot(s) in smaller type look like footnotes but no mark in their page's "
                               "text points to them: kept as text, each after a comment that `regkb check` reports "
                               "(warning footnote-doubt)")
        if not found:
            return
        keys = Counter(key for _, key, _ in found)
        labels: dict[tuple[int, str], str] = {}
        per_page: Counter[int] = Counter()
        listed: list[str] = []
        for page, key, ks in found:
            per_page[page] += 1
            own = keys[key] == 1 and key.isascii() and key.isalnum()
            label = key if own else f"p{page}-{per_page[page]}"
            labels[(page, key)] = label
            text = " ".join(lines[j].text for j in ks)
            opening = _FOOTNOTE_MARK.match(text)
            if own and opening is not None:
                text = text[opening.end():]  # the sign is the label
            draft.blocks.append(Block([Line(f"[^{label}]: {text}")]))
            listed.append(f"page {page}: [^{label}] {text[:60]}{'...' if len(text) > 60 else ''}")
        noted = {k for _, _, ks in found for k in ks}
        for k, ln in enumerate(lines):
            if k not in noted:
                _mark_references(ln, labels)
        draft.notes.append(f"{len(found)} footnote(s) at the foot of page(s) {_ranges(sorted({p for p, *_ in found}))} "
                           "written after the text as Markdown notes ('[^label]: ...'), their marks as '[^label]' where "
                           "the text prints them: the parser keeps them as notes, not law (" + "; ".join(listed) + ")")
        draft.tree = [ln for k, ln in enumerate(lines) if k not in noted]


def _mark_references(ln: PdfLine, labels: dict[tuple[int, str], str]) -> None:
    """Write the marks of a line that point to a footnote of its page as Markdown marks ("level¹ department" ->
    "level[^1] department"); a raised sign with no note on its page (a unit's power?) is kept as printed."""
    for before, mark in reversed(ln.marks):
        label = labels.get((ln.page, _sign_key(mark)))
        if label is None:
            continue
        seen, pos = 0, 0
        while pos < len(ln.text) and seen < before:
            seen += not ln.text[pos].isspace()
            pos += 1
        if ln.text[pos : pos + len(mark)] == mark:
            ln.text = ln.text[:pos] + f"[^{label}]" + ln.text[pos + len(mark):]
    ln.text = _INLINE_MARK.sub(lambda m: f"[^{labels[(ln.page, _sign_key(m.group()))]}]"
                               if (ln.page, _sign_key(m.group())) in labels else m.group(), ln.text)


_LINE_END_HYPHEN = re.compile(r"(?<=[a-z])-$")
_WORD_START = re.compile(r"^([a-z]\S*)(.*)$")  # the rest of the word, with the punctuation after it


def join_hyphens(blocks: list[Block], notes: list[str], name: str) -> None:
    """Join a word hyphenated at the end of a wrapped line ("inform-" / "ation" -> "information").

    Only inside a paragraph (the line wraps), only where a lower-case letter comes before the
    hyphen and a lower-case letter starts the next line. The hyphen stays where the document
    prints the same word with a hyphen inside a line ("self-regulatory"). Each join is reported.
    """
    whole = " ".join(ln.text for b in blocks for ln in b.lines)
    joined: list[str] = []
    for blk in blocks:
        k = 0
        while k + 1 < len(blk.lines):
            a, b = blk.lines[k], blk.lines[k + 1]
            m = _WORD_START.match(b.text)
            if _LINE_END_HYPHEN.search(a.text) and m:
                stem = a.text.rsplit(" ", 1)[-1][:-1]
                frag, rest = m.group(1), m.group(2).lstrip()
                core = re.sub(r"\W+$", "", frag)
                keep = re.search(rf"(?<!\w){re.escape(stem)}-{re.escape(core)}(?!\w)", whole) is not None
                a.text = a.text[:-1] + ("-" if keep else "") + frag
                joined.append(f"{stem}-/{frag} -> {stem}{'-' if keep else ''}{frag}")
                if rest:
                    b.text = rest
                else:
                    del blk.lines[k + 1]
                    continue
            k += 1
    if joined:
        notes.append(f"{name}: {len(joined)} words hyphenated at line ends joined (check them): " + "; ".join(joined))


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
        text = [ln for ln in lines if not ln.table] or lines  # the page's geometry is its text's, not a table's
        gaps = [b.top - a.bottom for a, b in itertools.pairwise(text) if a.page == b.page and b.top > a.bottom]
        # the line spacing: the gap under a line that stops in mid-sentence, whose words go on in the next line. Not the
        # median of all gaps: in a text of short paragraphs set apart by space (a web page printed), most gaps are
        # the space between paragraphs
        wraps = [b.top - a.bottom for a, b in itertools.pairwise(text) if a.page == b.page and b.top > a.bottom
                 and a.column == b.column and not _ENDS_SENTENCE.search(a.text) and not opens_unit(b.text)]
        usual_gap = statistics.median(wraps if len(wraps) >= 2 else gaps) if gaps else 0.0
        # the same, counting only lines in one type size: a heading set larger than its text ("Article 5" alone on its
        # line) is followed by more space than a wrapped line, and where headings are many that space is the median
        same_size = [b.top - a.bottom for a, b in itertools.pairwise(text) if a.page == b.page and b.top > a.bottom
                     and a.column == b.column and round(a.size) == round(b.size) and not _ENDS_SENTENCE.search(a.text)
                     and not opens_unit(b.text)]
        wrap_gap = statistics.median(same_size) if len(same_size) >= 2 else usual_gap
        heights = [ln.bottom - ln.top for ln in text]
        line_h = statistics.median(heights) if heights else 10.0
        # the margins of each column (importers/columns.py): a page in one column has one
        left = {c: _margin([ln.x0 for ln in text if ln.column == c]) for c in {ln.column for ln in lines}}
        right = {c: _right_margin([ln.x1 for ln in text if ln.column == c]) for c in left}
        indented = _indents_first_lines(text, left, right, line_h)
        bold = _bold_headings(text)
        blocks: list[Block] = []
        cur: list[Line] = []
        italic: dict[int, bool] = {}  # id(block) -> every line of it in italics

        def close(done: list[Line], all_italic: bool) -> None:
            """The lines read so far make a block (``all_italic``: every one of them in italics)."""
            blocks.append(Block(done))
            italic[id(blocks[-1])] = all_italic

        cur_italic = True
        prev: PdfLine | None = None
        joined: list[str] = []
        carried: list[str] = []  # paragraphs read on across a page break after a sentence's end
        for ln in lines:
            if ln.table or (prev is not None and prev.table):
                # a ruled table: one block, a line per row (a pipe table); the text after it starts a new block. A
                # comparison table: a block for each paragraph of its cells
                if cur and not (prev is not None and ln.table and prev.table == ln.table
                                and prev.compared == ln.compared):
                    close(cur, False)
                    cur, cur_italic = [], True
                cur.append(Line(ln.text, ln.page))
                cur_italic = cur_italic and ln.italic
                prev = ln
                continue
            new = prev is None
            if prev is not None:
                same_page = ln.page == prev.page and ln.column == prev.column  # a column break reads as a page's
                gap = ln.top - prev.bottom
                lft, plft, prgt = left[ln.column], left[prev.column], right[prev.column]
                indent = ln.x0 > lft + 1.5 * line_h
                if same_page and gap > usual_gap + 0.5 * line_h:
                    new = True
                elif same_page and gap > wrap_gap + PARA_GAP * line_h and _ENDS_SENTENCE.search(prev.text) \
                        and _STARTS_SENTENCE.match(ln.text):
                    # space wider than the line spacing, after a sentence's end and before a line that starts one: a
                    # paragraph set apart by less than half a line (a slide's, a leaflet's), whose last line may run
                    # to the margin. The lines of one paragraph stand at one spacing
                    new = True
                elif indent and abs(ln.x0 - prev.x0) <= 0.5 * line_h and prev.x0 > plft + 1.5 * line_h \
                        and not opens_unit(ln.text) and _runs_on(prev, ln.text, prgt):
                    # a paragraph indented as a whole (a web page's paragraph or item set in from the margin, printed):
                    # its wrapped lines stand under its first, at the same indent, on this page or the next: not an
                    # indented first line
                    new = False
                    if not same_page:
                        carried.append(f"page {ln.page}: {ln.text[:40]!r}")
                elif not same_page and indented:
                    # a text that indents the first lines of its paragraphs says at a page or column break too: a line
                    # set flush at the margin goes on with the paragraph, even after a full stop (a sentence ended at
                    # the foot of the column); an indented one, or a heading or item after a sentence's end, is new
                    new = indent or (bool(_ENDS_SENTENCE.search(prev.text)) and opens_unit(ln.text))
                elif not same_page and _ENDS_SENTENCE.search(prev.text) and _STARTS_SENTENCE.match(ln.text):
                    # across a page break the words tell: a sentence ended, a new one starts. Unless the line before
                    # was wrapped: the next line's first word had no room left on it, and the next line opens no
                    # heading or item (a paragraph of ragged lines broken by the page, at a sentence's end)
                    new = opens_unit(ln.text) or not _no_room(prev, ln.text, prgt)
                    if not new:
                        carried.append(f"page {ln.page}: {ln.text[:40]!r}")
                elif same_page and _centred(prev, plft, prgt, line_h) and _centred(ln, lft, right[ln.column], line_h) \
                        and not _ENDS_SENTENCE.search(prev.text) and not opens_unit(ln.text):
                    new = False  # a centred line wrapped under a centred line (a title, an order line): one block
                elif same_page and indent and cur and _hangs(cur[0].text, prev.text, ln.text):
                    new = False  # an item set with a hanging indent: its wrapped lines stand under its text
                elif indent and (prev.x0 <= plft + 1.5 * line_h or (indented and _ENDS_SENTENCE.search(prev.text))):
                    new = True  # an indented first line (after a paragraph of one line, too, in a text that indents)
                elif prev.x1 < prgt - 0.15 * (prgt - plft) and _ENDS_SENTENCE.search(prev.text) and \
                        (not indented or opens_unit(ln.text)):
                    # the line before ended a sentence well before the margin. Not in a text that indents its
                    # paragraphs, where a line set flush goes on (a ragged line is short when a long word wrapped)
                    new = True
            if bold and prev is not None and opens_article(ln.text):
                if ln.bold_start:
                    new = True  # the text sets its article headings in bold: a bold one opens its paragraph
                elif not new and cur:
                    # set in the text's type, "Article 7, the ..." at the start of a wrapped line is a reference:
                    # the line is written on after the one before (its line break is a wrap), not read as a heading
                    cur[-1].text += " " + ln.text
                    joined.append(f"page {ln.page}: {ln.text[:40]!r}")
                    cur_italic = cur_italic and ln.italic
                    prev = ln
                    continue
            if ln.doubt:
                # small type like a footnote's that no mark points to (Footnotes): kept as text, after a comment the
                # parser reports as a doubt
                if cur:
                    close(cur, cur_italic)
                cur, cur_italic, new = [], True, False
                close([Line(f"<!-- regkb doubt (footnote-doubt): {ln.doubt} -->", ln.page)], False)
            if new and cur:
                close(cur, cur_italic)
                cur, cur_italic = [], True
            cur.append(Line(ln.text, ln.page))
            cur_italic = cur_italic and ln.italic
            prev = ln
        if cur:
            close(cur, cur_italic)
        if joined:
            draft.notes.append(f"{len(joined)} wrapped line(s) open with an article number in the text's type, where "
                               "the article headings are bold: read as a reference going on from the line before, "
                               "not as a heading (" + "; ".join(joined) + ")")
        if carried:
            draft.notes.append(f"{len(carried)} paragraph(s) read on across a page break though the page's last line "
                               "ends a sentence: that line runs to the margin, with no room for the next word, so it "
                               "was wrapped (check them: a paragraph that ends on a full line reads the same): "
                               + "; ".join(carried))
        join_hyphens(blocks, draft.notes, draft.path.name)
        marked = 0
        for blk in blocks:
            # a paragraph wholly in italics is set apart (an editor's or translator's note): written in *...*, as
            # the Word and web-page importers do, so that the parser's comment rule reads it; never a heading or item
            if italic.get(id(blk)) and not opens_unit(blk.lines[0].text) and not any("*" in ln.text for ln in blk.lines):
                blk.lines[0].text = "*" + blk.lines[0].text
                blk.lines[-1].text = blk.lines[-1].text + "*"
                marked += 1
        if marked:
            draft.notes.append(f"{marked} paragraph(s) wholly in italics: written in *...*; the parser reads them as "
                               "the editor's comments where they follow an article's law")
        draft.blocks[:0] = blocks  # before the page-foot notes that Footnotes wrote after the text


def _runs_on(prev: PdfLine, text: str, right: float) -> bool:
    """Do the words of the line ``prev`` run on into ``text``, by the words or by the line's length? No sentence ended
    and the next line opens in lower case; or the line ran to the margin (:func:`_no_room`) and either no sentence
    ended or the next line opens in lower case (a line that ends in a closing parenthesis or quote in mid-sentence).
    A full line that ends a sentence, before a line that opens in a capital, may end its paragraph."""
    ends, lower = bool(_ENDS_SENTENCE.search(prev.text)), text[:1].islower()
    return (not ends and lower) or (_no_room(prev, text, right) and (not ends or lower))


def _no_room(prev: PdfLine, text: str, right: float) -> bool:
    """Had the first word of ``text`` no room at the end of the line ``prev``, before the column's right margin? Then
    ``prev`` was wrapped: its paragraph goes on. The width of a character is taken as the line's average."""
    word = text.split()[0] if text.split() else ""
    width = (prev.x1 - prev.x0) / max(1, len(prev.text))
    return prev.x1 + width * (1 + len(word)) > right + width


def _centred(ln: PdfLine, left: float, right: float, line_h: float) -> bool:
    """Is a line set centred in its column: short of both margins, its middle within a line's height of the column's?"""
    return ln.x0 > left + 0.5 * line_h and ln.x1 < right - 0.5 * line_h and \
        abs((ln.x0 + ln.x1) / 2 - (left + right) / 2) <= 0.5 * line_h


def _hangs(first: str, prev: str, text: str) -> bool:
    """Is an indented line the wrapped part of an item set with a hanging indent ("(1) disclosing ... other than" /
    "    the close relatives ...;")? The paragraph opens with an item label, the line before ends no sentence, and
    the line starts in lower case: the words run on. An indented line that starts a sentence stays a paragraph."""
    from ..parse import patterns as P

    return bool(P.ITEM_LINE.match(first) and not _ENDS_SENTENCE.search(prev) and text[:1].islower())


def _margin(xs: list[float]) -> float:
    """The left margin of a column: the leftmost place where a tenth of its lines (two at least) start. Not the
    median: where most paragraphs are one or two lines long, most lines are first lines, indented."""
    counts = Counter(round(x) for x in xs)
    at = [x for x, n in counts.items() if n >= max(2, 0.1 * len(xs))]
    return float(min(at)) if at else statistics.median(xs)


def _bold_headings(lines: list[PdfLine]) -> bool:
    """Does the text set its article headings in bold? It does when at least two lines open with a bold article
    heading, and at least twice as many as open with "Article N" in the text's type (references wrapped onto a new
    line, in such a text; a text that prints its headings in its own type has no bold openers)."""
    openers = [ln for ln in lines if opens_article(ln.text)]
    bold = sum(ln.bold_start for ln in openers)
    return bold >= 2 and bold >= 2 * (len(openers) - bold)


def _right_margin(xs: list[float]) -> float:
    """The right margin of a column: where nine lines in ten end, at most; not the widest line (a title across the
    page above a text that fills only its left column would make every line of it short)."""
    return statistics.quantiles(xs, n=10)[-1] if len(xs) >= 10 else max(xs)


def _indents_first_lines(lines: list[PdfLine], left: dict[int, float], right: dict[int, float], line_h: float) -> bool:
    """Does the text indent the first line of its paragraphs? It does when, inside a column, the lines that follow a
    clear paragraph end (a sentence ended well before the right margin) are indented, at least three such ends and
    four in five of them: the paragraphs of a text set with gaps and no indent start at the margin."""
    ends = indented = 0
    for a, b in itertools.pairwise(lines):
        if a.page != b.page or a.column != b.column or b.top <= a.bottom:
            continue
        lft, rgt = left[a.column], right[a.column]
        if a.x1 < rgt - 0.15 * (rgt - lft) and _ENDS_SENTENCE.search(a.text) and a.x0 <= lft + 1.5 * line_h \
                and not reads_as_part_heading(b.text):  # a chapter heading is centred, in any text
            ends += 1
            indented += b.x0 > lft + 1.5 * line_h
    return ends >= 3 and indented * 5 >= ends * 4


class TextNotRead(Stage):
    """Reads ``not_read`` (what :class:`OpenPdf` counted: characters of a page that the PDF library extracts but that
    went into no line, no table cell, no turned text and no margin line number, as a character drawn in a ruled
    table's frame outside its cells); writes the note and the comment after the text that `regkb check` reports
    (warning ``text-not-read``), naming the pages. And lists the margin notes left out of the text
    (:func:`place_margin_notes`) in a comment `regkb check` reports (info ``margin-note``)."""

    def __call__(self, draft: Draft) -> None:
        if draft.meta.get("struck"):
            draft.blocks.append(Block([Line(f"<!-- regkb doubt (struck-through): {draft.meta.pop('struck')} -->")]))
        report_left_aside(draft, "note(s) printed in the page margin, not placed as an article's caption, were left "
                                 "out of the text (a side note is a reader's aid; if one is the law's words, copy it "
                                 "into the text where it belongs)")
        if not draft.not_read:
            return
        pages = ", ".join(f"page {n}: {k}" for n, k in sorted(draft.not_read.items()))
        report_not_read(draft, f"{sum(draft.not_read.values())} character(s) of the PDF's text layer were not read "
                               f"into the text ({pages}; set where the reader found no line or table cell): compare "
                               "those pages with the PDF")


PIPELINE: list[Stage] = [OpenPdf(), PageFurniture(), PositionalChrome(), SlideFurniture(), Footnotes(), FoldOrder(),
                         PdfParagraphs(), TextNotRead()]


def describe(tree: Any) -> str:  # pragma: no cover - debugging aid
    """The layout lines of a PDF's reading tree, one per line with page and position (a debugging aid)."""
    return "\n".join(f"p{ln.page} {ln.top:.0f} {ln.x0:.0f}-{ln.x1:.0f} {ln.text}" for ln in tree)
