"""An amendment's comparison table printed in a PDF, told by the page's geometry.

A ministry publishes an amendment as a synopsis: a column of the text before the change, a column of the text after
it, perhaps a column of notes, under a header row that names the versions ("Original text | Amended text | Notes").
Read line by line, a PDF gives both versions as text: the earlier article beside the later one (or the left column
then the right one), the notes glued into the law's lines. The Word, web-page and Markdown readers read such a table
by its header (parse/tables.py :func:`comparison_columns`); this module gives that decision the PDF's cells:

- a **ruled table** (every cell drawn): pdfplumber's table finder gives the cells; each cell's words are read as
  lines inside it;
- **unruled columns** (set apart by space only): a header row is a line cut by wide gaps into runs of a few words,
  one naming the earlier version and one the later (the same words as the other formats); the columns are the runs'
  places (a boundary half way between two runs), and the lines below are cut at the boundaries, row by row (a row
  ends at a gap wider than a wrapped line's), until a line crosses a boundary (a paragraph across the page: the table
  has ended) or the page ends. A chapter heading across the table (one run that reads as one) is a row of one cell.
  The next page goes on with the table while its lines stand in the same columns (a table broken by a page), or
  repeats the header.

Inside a cell, a paragraph ends where a line ends a sentence short of the column's right edge and the next opens in
capitals, or where a line opens a heading or an item. The table is then written as the other importers write one:
the later version's cells (and a column of article numbers) as the law's paragraphs, every other cell's lines after
them with the mark ``<!-- regkb compared -->`` (kept beside their article, never law), the header listed as left out.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from typing import Any

from ..parse.tables import Comparison, comparison_columns, comparison_doubt
from .columns import reads_as_part_heading

BAND = 0.09  # the page's top and foot bands (as importers/pdf.py): a page number or header there is no table's
COLUMN_GAP = 0.6  # a gap between two runs of a line, in the type's size: wider than a word space (a quarter to a third)
_ENDS_SENTENCE = re.compile(r"[.;:。；：!?”\"')）]$")
_OPENS = re.compile(r"[A-Z“\"(（\[第]")


@dataclass(slots=True)
class CellLine:
    """A line of a table's cell: its words and place."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float


@dataclass(slots=True)
class Grid:
    """A comparison table found on a page: ``rows`` of cells (each cell its lines; a row of one cell is a heading
    across the table), the ``header`` texts (left out), the box it covers, the columns' boundaries (unruled) and the
    decision of :func:`comparison_columns` (``cmp``; its ``header`` index is that of the grid's rows plus header)."""

    cmp: Comparison
    header: list[str]
    rows: list[list[list[CellLine]]]
    bbox: tuple[float, float, float, float]
    bounds: list[float] = field(default_factory=list)
    width: int = 0  # the number of columns
    to_foot: bool = False  # it runs to the page's last line of text (it may go on on the next page)
    continued: bool = False  # it goes on with the table of the page before (no header of its own)


def _line_text(words: list[dict[str, Any]]) -> str:
    return " ".join(str(w["text"]) for w in words)


def _visual_lines(words: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Words grouped into lines by their top (within a third of their height), top to bottom, left to right."""
    out: list[list[dict[str, Any]]] = []
    for w in sorted(words, key=lambda w: (float(w["top"]), float(w["x0"]))):
        h = float(w["bottom"]) - float(w["top"])
        if out and abs(float(out[-1][0]["top"]) - float(w["top"])) <= h / 3:
            out[-1].append(w)
        else:
            out.append([w])
    return [sorted(ln, key=lambda w: float(w["x0"])) for ln in out]


def _runs(line: list[dict[str, Any]], gap: float) -> list[list[dict[str, Any]]]:
    out: list[list[dict[str, Any]]] = []
    for w in line:
        if out and float(w["x0"]) - float(out[-1][-1]["x1"]) < gap:
            out[-1].append(w)
        else:
            out.append([w])
    return out


def _cell_line(words: list[dict[str, Any]]) -> CellLine:
    return CellLine(_line_text(words), min(float(w["x0"]) for w in words), max(float(w["x1"]) for w in words),
                    min(float(w["top"]) for w in words), max(float(w["bottom"]) for w in words))


def _size(words: list[dict[str, Any]]) -> float:
    hs = sorted(float(w["bottom"]) - float(w["top"]) for w in words)
    return hs[len(hs) // 2] if hs else 10.0


def _body_words(page: Any) -> list[dict[str, Any]]:
    height = float(page.height)
    return [w for w in page.extract_words(use_text_flow=False, keep_blank_chars=False)
            if BAND * height < float(w["top"]) and float(w["bottom"]) < (1 - BAND) * height]


def ruled_comparisons(page: Any, tables: list[Any], going_on: Grid | None) -> tuple[list[Grid], int]:
    """The comparison tables among a page's ruled ``tables`` (pdfplumber's), and the count of ruled tables that set
    articles side by side under a header naming no versions (not guessed at: :func:`comparison_doubt`). When
    ``going_on`` (a comparison table ran to the foot of the page before), the page's first table, if it stands above
    any other text of the page and has as many columns and no header of its own, goes on with it."""
    grids: list[Grid] = []
    doubted = 0
    words = _body_words(page)
    for n, t in enumerate(tables):
        texts = [[" ".join((c or "").split()) for c in r] for r in t.extract()]
        cmp = comparison_columns(texts)
        continued = False
        if cmp is None and n == 0 and going_on is not None and texts and texts[0] == list(going_on.cmp.names):
            cmp = going_on.cmp  # the header repeated on the next page, over the table's last rows
        if cmp is None and n == 0 and going_on is not None and not going_on.bounds and texts \
                and len(texts[0]) == going_on.width and any(r[going_on.cmp.law] for r in texts) \
                and not any(float(w["bottom"]) < float(t.bbox[1]) for w in words):
            cmp = Comparison(-1, going_on.cmp.law, going_on.cmp.number, going_on.cmp.apart, going_on.cmp.names)
            continued = True
        if cmp is None:
            doubted += comparison_doubt(texts)
            continue
        inner = page.within_bbox(t.bbox).extract_words()
        rows: list[list[list[CellLine]]] = []
        header: list[str] = []
        for k, r in enumerate(t.rows):
            boxes = list(r.cells)
            if k <= cmp.header:
                header.extend(c for c in texts[k] if c)
                continue
            cells: list[list[CellLine]] = []
            for box in boxes:
                if box is None:
                    continue
                x0, top, x1, bottom = (float(v) for v in box)
                inside = [w for w in inner if x0 <= (float(w["x0"]) + float(w["x1"])) / 2 <= x1
                          and top <= (float(w["top"]) + float(w["bottom"])) / 2 <= bottom]
                cells.append([_cell_line(ln) for ln in _visual_lines(inside)])
            if len(cells) == len(boxes):
                rows.append(cells)
            elif len(cells) == 1:
                rows.append(cells)  # one cell across the table (a chapter's heading)
            else:  # merged cells otherwise: each cell in its first column, the others empty
                full: list[list[CellLine]] = []
                it = iter(cells)
                for box in boxes:
                    full.append(next(it) if box is not None else [])
                rows.append(full)
        box = (float(t.bbox[0]), float(t.bbox[1]), float(t.bbox[2]), float(t.bbox[3]))
        grids.append(Grid(cmp, header, rows, box, width=len(texts[0]), continued=continued,
                          to_foot=not any(float(w["top"]) > box[3] for w in words)))
    return grids, doubted


def unruled_comparison(page: Any, going_on: Grid | None) -> Grid | None:
    """A comparison table set in columns without rules on ``page``: under a header row that names the versions, or,
    when ``going_on`` (the table of the page before ran to its foot), from the page's first line while the lines
    stand in that table's columns. None when there is none."""
    words = _body_words(page)
    if not words:
        return None
    lines = _visual_lines(words)
    size = _size(words)
    start = None
    bounds: list[float] = []
    header: list[str] = []
    names: list[str] = []
    free: list[list[float]] = []  # between two columns, the strip no word of the table has covered yet
    for k, ln in enumerate(lines):
        runs = _runs(ln, COLUMN_GAP * size)
        if len(runs) < 2:
            continue
        names = [_line_text(r) for r in runs]
        if not _names_versions(names):
            continue
        start = k
        # a header cell may be centred over its column: the strip between two columns is sought between the
        # centres of their header cells, and narrowed by the words below
        mids = [(float(r[0]["x0"]) + float(r[-1]["x1"])) / 2 for r in runs]
        free = [[a, b] for a, b in itertools.pairwise(mids)]
        break
    cmp: Comparison | None = None
    if start is None:
        if going_on is None or not going_on.bounds:
            return None
        names, cmp, start = list(going_on.cmp.names), going_on.cmp, -1
        free = [[b, b] for b in going_on.bounds]
    width = len(free) + 1

    def narrowed(ln: list[dict[str, Any]]) -> list[list[float]] | None:
        """The strips between the columns once ``ln``'s runs are placed; None when a run crosses one."""
        out = [list(f) for f in free]
        for r in _runs(ln, COLUMN_GAP * size):
            x0, x1 = float(r[0]["x0"]), float(r[-1]["x1"])
            for f in out:
                if x1 <= f[0] or x0 >= f[1]:
                    continue
                if x0 <= f[0] and x1 >= f[1]:
                    return None  # across the strip: no table's line
                if x0 <= f[0]:
                    f[0] = x1  # the column on the left reaches into the strip
                else:
                    f[1] = x0  # the column on the right starts in it
                if f[0] > f[1]:
                    return None
        return out

    end = len(lines)
    across: set[int] = set()
    for k in range(start + 1, len(lines)):
        got = narrowed(lines[k])
        if got is None:
            if len(_runs(lines[k], COLUMN_GAP * size)) == 1 and reads_as_part_heading(_line_text(lines[k])):
                across.add(k)  # a chapter's heading across the table
                continue
            end = k
            break
        free = got
    bounds = [(a + b) / 2 for a, b in free]

    def column(x: float) -> int:
        return sum(1 for b in bounds if x >= b)

    body: list[tuple[CellLine | None, list[list[dict[str, Any]]]]] = []  # (a line across the table, cells' words)
    for k in range(start + 1, end):
        ln = lines[k]
        if k in across:
            body.append((_cell_line(ln), []))
            continue
        cells: list[list[dict[str, Any]]] = [[] for _ in range(width)]
        for w in ln:
            cells[column(float(w["x0"]))].append(w)
        body.append((None, cells))
    if start >= 0:
        # the header may wrap ("Notes on the" / "amendment"): its lines before the first gap wider than a wrap
        head: list[list[dict[str, Any]]] = [[] for _ in range(width)]
        for w in lines[start]:
            head[column(float(w["x0"]))].append(w)
        prev_bottom = max(float(w["bottom"]) for w in lines[start])
        while body and body[0][0] is None:
            first = [w for c in body[0][1] for w in c]
            if float(min(float(w["top"]) for w in first)) - prev_bottom > 0.6 * size:
                break
            for j, c in enumerate(body[0][1]):
                head[j].extend(c)
            prev_bottom = max(float(w["bottom"]) for w in first)
            body.pop(0)
        header = [_line_text(c) for c in head]
    rows: list[list[list[CellLine]]] = []
    last: float | None = None  # the foot of the line before
    for wide, cells in body:
        top = wide.top if wide is not None else min(float(w["top"]) for c in cells for w in c)
        bottom = wide.bottom if wide is not None else max(float(w["bottom"]) for c in cells for w in c)
        if wide is not None:
            rows.append([[wide]])
        elif last is None or top - last > 0.6 * size or len(rows[-1]) == 1:
            rows.append([[_cell_line(c)] if c else [] for c in cells])
        else:
            for j, c in enumerate(cells):
                if c:
                    rows[-1][j].append(_cell_line(c))
        last = bottom
    if cmp is None:
        grid_texts = [header] + [[" ".join(x.text for x in c) for c in r] if len(r) > 1 else [r[0][0].text] + [""] *
                                 (width - 1) for r in rows]
        cmp = comparison_columns(grid_texts)
        if cmp is None and going_on is not None and [" ".join(h.split()) for h in header] == list(going_on.cmp.names):
            cmp = going_on.cmp  # the header repeated on the next page, over the table's last rows
        if cmp is None:
            return None
    if not rows:
        return None
    every = [x for r in rows for c in r for x in c]
    x0 = min(x.x0 for x in every)
    x1 = max(x.x1 for x in every)
    top = min(x.top for x in every) if start < 0 else min(float(w["top"]) for w in lines[start])
    bottom = max(x.bottom for x in every)
    return Grid(cmp, [h for h in header if h], rows, (x0 - 1, top - 1, x1 + 1, bottom + 1), bounds, width,
                to_foot=end == len(lines), continued=start < 0)


_HEADER_CELL = re.compile(r"^[A-Z0-9\u4e00-\u9fff(（].*[^.;,:，。；：]$|^[A-Z\u4e00-\u9fff]$")


def _names_versions(names: list[str]) -> bool:
    """Whether a line's runs could be a comparison table's header: four at most, each a few words that open in a
    capital and end no sentence or clause (a column's name, not the end of a paragraph's line beside another), one
    naming an earlier and one a later version; the rows below decide (:func:`comparison_columns` on the whole
    grid)."""
    if len(names) > 4 or not all(_HEADER_CELL.match(n) for n in names):
        return False
    rows = [names, ["Article 1 x"] * len(names), ["Article 2 x"] * len(names)]
    return comparison_columns(rows) is not None


def cell_paragraphs(lines: list[CellLine], right: float, left: float) -> list[list[str]]:
    """A cell's lines grouped into paragraphs (each its lines): a paragraph ends where a line ends a sentence short
    of the column's right edge (by more than a sixth of its width) and the next opens in capitals, or where the next
    line opens a heading or an item."""
    from .pipeline import opens_unit

    out: list[list[str]] = []
    prev: CellLine | None = None
    for ln in lines:
        new = prev is None or opens_unit(ln.text) or (
            bool(_ENDS_SENTENCE.search(prev.text)) and bool(_OPENS.match(ln.text))
            and prev.x1 < right - (right - left) / 6)
        if new:
            out.append([ln.text])
        else:
            out[-1].append(ln.text)
        prev = ln
    return out


def grid_paragraphs(grid: Grid) -> tuple[list[tuple[str, list[CellLine]]], int]:
    """The table's text in reading order: (kind, lines) for each paragraph, kind "law" (the later version's cells and
    the numbers' column, and a row across the table) or "apart" (every other cell, and a later-version cell that says
    there is no text); and the count of the characters (white space aside) read."""
    from ..parse.tables import NO_TEXT_CELL

    cmp = grid.cmp
    out: list[tuple[str, list[CellLine]]] = []
    read = sum(len("".join(h.split())) for h in grid.header)
    lefts: dict[int, float] = {}
    rights: dict[int, float] = {}
    for r in grid.rows:
        if len(r) > 1:
            for j, c in enumerate(r):
                for x in c:
                    lefts[j] = min(lefts.get(j, x.x0), x.x0)
                    rights[j] = max(rights.get(j, x.x1), x.x1)

    def paras(lines: list[CellLine], j: int) -> list[list[CellLine]]:
        if not lines:
            return []
        grouped = cell_paragraphs(lines, rights.get(j, max(x.x1 for x in lines)), lefts.get(j, min(x.x0 for x in lines)))
        it = iter(lines)
        return [[next(it) for _ in g] for g in grouped]

    for r in grid.rows:
        read += sum(len("".join(x.text.split())) for c in r for x in c)
        if len(r) == 1:
            out.extend(("law", p) for p in paras(r[0], 0))
            continue
        other: list[list[CellLine]] = []
        for k in (cmp.number, cmp.law):
            if k is None or k >= len(r) or not r[k]:
                continue
            if NO_TEXT_CELL.match(" ".join(x.text for x in r[k])):
                other.append(r[k])
                continue
            out.extend(("law", p) for p in paras(r[k], k))
        for k in cmp.apart:
            if k < len(r):
                other.extend(paras(r[k], k))
        out.extend(("apart", p) for p in other)
    return out, read
