"""PDF pages set in two columns (a gazette page): the reading order by columns, and running headers told by place.

A PDF reader's text lines run across the whole page: on a page in two columns each line of the left column would be
joined to the line beside it in the right one, and the articles read as a shuffle. So each page is first cut into
areas in reading order (:func:`reading_areas`):

- the gutter is found from the words' x positions: the widest vertical strip in the middle of the page that the
  words of most lines do not cross, with text on both sides of it in several lines, each side reaching close to it
  (a column of text, not a ragged list or a narrow table of labels);
- a line that crosses the gutter (the title printed across both columns) is read where it stands, between the
  column bands above and below it; so is a line at the top or foot of the page that is set apart from the body by a
  clearly wider gap (a running header or a page number);
- between such lines the left column is read to its end, then the right one.

A page without such a gutter is read as today, line by line across the page. Each side of a gutter is tested again
(three panels, four: :func:`_panels`); columns of unequal width that the gutter test does not find, and a column of
fewer than three lines, are read as one column (known limit). :class:`FoldOrder` puts a folded leaflet's panels in
the order the law runs when the fold printed them out of it.

:class:`PositionalChrome` moves running headers whose words change from page to page (a header that names the
current chapter) into the furniture: a line is such a header when it is the first line of its page in the top band,
set apart from the body below it, and a line stands at the same height at the top of most pages. It is page chrome
because of where it stands, not because of its words.
"""

from __future__ import annotations

import itertools
import statistics
from typing import Any

from .pipeline import Draft, Furniture, Stage


def opens_article(text: str) -> bool:
    """Does a line open with an article heading ("Article 5", "第五条")?"""
    from ..parse import patterns as P

    return bool(P.ARTICLE.match(text) or P.CJK_ARTICLE.match(text))

MIDDLE = (0.3, 0.7)  # where a gutter may lie, as shares of the page's width
MIN_GUTTER = 4.0  # points: the narrowest strip taken for a gutter
MIN_SIDE_ROWS = 3  # lines with text on each side of the gutter
REACH = 0.12  # a column's lines reach within this share of the page's width of the gutter (median)
BAND = 0.09  # top and bottom bands of a page (as importers/pdf.py)


def _rows(words: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Words grouped into rows by their top (within 2 points), top to bottom."""
    rows: list[list[dict[str, Any]]] = []
    for w in sorted(words, key=lambda w: (float(w["top"]), float(w["x0"]))):
        if rows and abs(float(rows[-1][0]["top"]) - float(w["top"])) <= 2:
            rows[-1].append(w)
        else:
            rows.append([w])
    return rows


def _runs(row: list[dict[str, Any]]) -> list[tuple[float, float]]:
    """The stretches of a row that its words and the spaces between them cover: words closer than three quarters of
    their height are one stretch (a word space is narrower than that; a gutter wider). So a line across the page, or
    a page number "- 1 -" centred over the gutter, covers the strip whole, and no narrow hole between its words is
    taken for the gutter."""
    out: list[list[float]] = []
    for w in sorted(row, key=lambda w: float(w["x0"])):
        x0, x1 = float(w["x0"]), float(w["x1"])
        if out and x0 - out[-1][1] < 0.75 * (float(w["bottom"]) - float(w["top"])):
            out[-1][1] = max(out[-1][1], x1)
        else:
            out.append([x0, x1])
    return [(a, b) for a, b in out]


def find_gutter(words: list[dict[str, Any]], width: float, height: float | None = None,
                x_from: float = 0.0, centred: bool = False) -> tuple[float, float] | None:
    """The gutter of a page in two columns, as (left edge, right edge) of the empty strip; None for one column.
    Given the page's ``height``, the lines in its top and bottom bands (a running header, a page number centred
    under the gutter, that would cut the strip in two) are not looked at, unless the lines between the bands are too
    few to tell (a short page: a leaflet, a notice whose text starts high on the page): then every line is, and the
    strip of least cover is still the gutter. ``x_from`` and ``width``: the stretch of the page looked at (a column
    already set apart, itself in two: a folded leaflet's panels). With ``centred`` (inside such a stretch), a side whose
    lines are centred on one axis is a column too, though they stop far from the strip: a leaflet's cover panel."""
    if height is not None:
        inner = [w for w in words if float(w["bottom"]) > height * BAND and float(w["top"]) < height * (1 - BAND)]
        if len(_rows(inner)) >= 2 * MIN_SIDE_ROWS:
            words = inner
    rows = _rows(words)
    if len(rows) < MIN_SIDE_ROWS:  # (the two sides' lines may share rows: each side is counted below)
        return None
    lo, hi = int(x_from + width * MIDDLE[0]), int(x_from + width * MIDDLE[1])
    cover = [0] * (hi - lo + 1)
    for row in rows:
        hit = [False] * (hi - lo + 1)
        for x0, x1 in _runs(row):
            a, b = max(int(x0) - 1, lo), min(int(x1) + 1, hi)
            for x in range(a, b + 1):
                hit[x - lo] = True
        for k, h in enumerate(hit):
            cover[k] += h
    least = min(cover)
    if least > 0.3 * len(rows):
        return None
    runs: list[tuple[int, int]] = []  # the runs of least cover, the widest first
    k = 0
    while k < len(cover):
        if cover[k] == least:
            j = k
            while j + 1 < len(cover) and cover[j + 1] == least:
                j += 1
            runs.append((k, j))
            k = j + 1
        else:
            k += 1
    # a page in three columns (a folded leaflet's panels) has two empty strips in the middle of the page: the wider
    # one may leave two columns on one side, whose lines stop far from it where only the nearer column holds text, so
    # each strip is tried, the widest first, and the first that passes the column tests below is the gutter
    for a, b in sorted(runs, key=lambda r: r[0] - r[1]):
        if b - a < MIN_GUTTER:
            break
        if (gutter := _gutter_tested(rows, words, width, float(a + lo), float(b + lo), centred)) is not None:
            return gutter
    return None


def _gutter_tested(rows: list[list[dict[str, Any]]], words: list[dict[str, Any]], width: float, g0: float,
                   g1: float, centred: bool = False) -> tuple[float, float] | None:
    """(g0, g1) when the empty strip between them is a gutter between two columns of text (:func:`find_gutter`)."""
    left_reach: list[float] = []
    right_reach: list[float] = []
    left_tops: list[float] = []
    right_tops: list[float] = []
    left_axes: list[float] = []  # the middle of each row's words on the side
    right_axes: list[float] = []
    for row in rows:
        left = [w for w in row if float(w["x1"]) <= g0 + 1]
        right = [w for w in row if float(w["x0"]) >= g1 - 1]
        if len(left) + len(right) < len(row):
            continue  # the row crosses the gutter
        if left:
            left_reach.append(g0 - max(float(w["x1"]) for w in left))
            left_tops.append(float(row[0]["top"]))
        if right:
            right_reach.append(min(float(w["x0"]) for w in right) - g1)
            right_tops.append(float(row[0]["top"]))
            right_axes.append((min(float(w["x0"]) for w in right) + max(float(w["x1"]) for w in right)) / 2)
        if left:
            left_axes.append((min(float(w["x0"]) for w in left) + max(float(w["x1"]) for w in left)) / 2)
    line_h = statistics.median(float(w["bottom"]) - float(w["top"]) for w in words)
    # the text ends one or two lines into the right column: a full left column, and those lines at its top
    run_over = (0 < len(right_reach) < MIN_SIDE_ROWS and len(left_reach) >= 8
                and min(right_tops) <= min(left_tops) + 2 * line_h)
    if len(left_reach) < MIN_SIDE_ROWS or (len(right_reach) < MIN_SIDE_ROWS and not run_over):
        return None
    # the two sides stand beside each other: lines of each side lie between the first and last lines of the other.
    # Their baselines need not be aligned (a chapter heading's extra space shifts one column's lines off the other's)
    # inside a stretch already set apart as a column, a side of centred lines is a panel (a leaflet's cover): it need
    # not reach the strip, and one of its lines beside the other side's is enough (a cover's lines spread down the
    # whole panel, below the text beside it)
    axis_l, axis_r = (centred and _on_one_axis(left_axes, line_h), centred and _on_one_axis(right_axes, line_h))
    need = 1 if axis_l or axis_r else MIN_SIDE_ROWS
    if not run_over and min(_beside(left_tops, right_tops, line_h), _beside(right_tops, left_tops, line_h)) < need:
        return None
    # (beside a centred panel, the other side's ragged lines, a back panel's address or tips, are a panel too)
    if not (axis_l or axis_r) and (statistics.median(left_reach) > REACH * width
                                   or statistics.median(right_reach) > REACH * width):
        return None  # the text on one side stops far from the strip: a list or a table, not a column
    return g0, g1


def _the_texts(row: list[dict[str, Any]], columns: list[tuple[float, float]]) -> bool:
    """Does a row hold, in one of the columns, a line that opens with an article heading or ends a sentence: the
    text's, wherever it stands (a panel's first line at the top of a leaflet's page beside its cover's issuer line),
    never a running header or a page number?"""
    for x0, x1 in columns:
        words = [str(w["text"]) for w in sorted(row, key=lambda w: float(w["x0"]))
                 if x0 <= (float(w["x0"]) + float(w["x1"])) / 2 < x1]
        if words and (opens_article(" ".join(words)) or words[-1][-1:] in ".;:。；："):
            return True
    return False


def _on_one_axis(axes: list[float], line_h: float) -> bool:
    """Are the lines of a side centred on one vertical axis (each line's middle within a line's height of the
    median): a panel of centred lines (a leaflet's cover: its title, its issuer, a slogan)?"""
    return len(axes) >= MIN_SIDE_ROWS and all(abs(a - statistics.median(axes)) <= line_h for a in axes)


def _beside(tops: list[float], others: list[float], slack: float) -> int:
    """How many of ``tops`` lie between the first and the last of ``others``, give or take ``slack`` (a line's
    height): lines of one column beside the other."""
    return sum(min(others) - slack <= t <= max(others) + slack for t in tops) if others else 0


def reading_areas(page: Any) -> list[tuple[int, Any]]:
    """The areas of a page in reading order, each (column, area): column 0 for what runs across the page (or the
    whole page, when it has one column), 1 for the left column, 2 for the right one. ``area`` is the page or a part
    of it (pdfplumber's ``within_bbox``)."""
    width, height = float(page.width), float(page.height)
    words = page.extract_words()
    gutter = find_gutter(words, width, height)
    if gutter is None:
        return [(0, page)]
    g0, g1 = gutter
    rows = _rows(words)

    mid = (g0 + g1) / 2
    columns = _panels(words, 0.0, mid, height) + _panels(words, mid, width, height)

    def sides(row: list[dict[str, Any]]) -> set[int]:  # the columns the row has words in (all: it crosses a gutter)
        if any(float(w["x0"]) < g1 - 1 and float(w["x1"]) > g0 + 1 for w in row):
            return set(range(len(columns)))
        return {next((c for c, (x0, x1) in enumerate(columns) if x0 <= (float(w["x0"]) + float(w["x1"])) / 2 < x1),
                     len(columns) - 1) for w in row}

    # the gap between a row and the next one in its column(s): the columns' lines need not share rows (a leaflet's
    # panels, a column shifted by a heading's space), and the gap to a row of another column says nothing of how far
    # a line stands from the text under it
    on = [sides(r) for r in rows]

    def gap_below(k: int) -> float:
        out = [float(rows[j][0]["top"]) - bottom_of(k) for s in on[k]
               for j in [next((j for j in range(k + 1, len(rows)) if s in on[j]), None)] if j is not None]
        return min(out) if out else float("inf")

    def gap_above(k: int) -> float:
        out = [float(rows[k][0]["top"]) - bottom_of(j) for s in on[k]
               for j in [next((j for j in range(k - 1, -1, -1) if s in on[j]), None)] if j is not None]
        return min(out) if out else float("inf")

    def bottom_of(k: int) -> float:
        return max(float(w["bottom"]) for w in rows[k])

    below = [gap_below(k) for k in range(len(rows) - 1)]
    above = [gap_above(k + 1) for k in range(len(rows) - 1)]
    gaps = [g for g in below if g != float("inf")]
    usual = statistics.median(gaps) if gaps else 0.0
    line_h = statistics.median(float(w["bottom"]) - float(w["top"]) for w in words)

    apart = usual + 0.5 * line_h  # a gap that sets a line at the page's edge apart from the body (a paragraph's gap)

    def crosses(k: int) -> bool:  # a title across the columns
        return any(float(w["x0"]) < g1 - 1 and float(w["x1"]) > g0 + 1 for w in rows[k])

    # lines in the top (foot) band set apart from the body below (above) them: a running header (a page number)
    # (the first such gap from the page's edge: a title may start inside the band, below the header)
    head = [False] * len(rows)
    k = 0
    while k < len(rows) and bottom_of(k) <= height * BAND:
        k += 1
    j = next((j for j in range(min(k, len(rows) - 1)) if below[j] > apart), None)
    if j is not None and any(_the_texts(rows[r], columns) for r in range(j + 1)):
        j = None
    if j is not None:
        head[:j + 1] = [True] * (j + 1)
    foot = [False] * len(rows)
    k = len(rows) - 1
    while k > 0 and float(rows[k][0]["top"]) >= height * (1 - BAND):
        k -= 1
    j = next((j for j in range(len(rows) - 2, k - 1, -1) if above[j] > apart), None)
    if j is not None and any(_the_texts(rows[r], columns) for r in range(j + 1, len(rows))):
        j = None
    if j is not None:
        foot[j + 1:] = [True] * (len(rows) - 1 - j)
    kinds = [crosses(k) or head[k] or foot[k] for k in range(len(rows))]
    bounds = [0.0]
    for k in range(len(rows) - 1):  # between two rows, halfway; never above the bound before (rows may overlap)
        bounds.append(max(bounds[-1], (bottom_of(k) + float(rows[k + 1][0]["top"])) / 2))
    bounds.append(max(bounds[-1], height))
    parts: list[tuple[int, float, float, float, float]] = []  # (column, x0, x1, top, bottom)
    k = 0
    while k < len(rows):
        j = k
        while j + 1 < len(rows) and kinds[j + 1] == kinds[k]:
            j += 1
        top, bottom = bounds[k], bounds[j + 1] if j + 1 < len(rows) else float("inf")
        top = float("-inf") if k == 0 else top
        if kinds[k]:
            parts.append((0, float("-inf"), float("inf"), top, bottom))
        else:
            inside = [w for w in words if top <= (float(w["top"]) + float(w["bottom"])) / 2 < bottom]
            strips = _panels(inside, 0.0, mid, height) + _panels(inside, mid, width, height)
            for c, (x0, x1) in enumerate(strips, start=1):
                parts.append((c, float("-inf") if c == 1 else x0, float("inf") if c == len(strips) else x1, top,
                              bottom))
        k = j + 1
    # every object of the page falls in exactly one area, by its centre: nothing is lost between two areas
    return [(col, page.filter(_inside(x0, x1, top, bottom))) for col, x0, x1, top, bottom in parts]


def _panels(words: list[dict[str, Any]], x0: float, x1: float, height: float) -> list[tuple[float, float]]:
    """The stretch ``[x0, x1)`` of a page's column, cut at its own gutters into the columns it holds, left to right: a
    folded leaflet's three panels, a page in three columns, are two columns whose one side is itself in two (the
    first gutter found splits the page once; the same test on each side finds the next). One stretch where there is
    no further gutter."""
    mine = [w for w in words if x0 <= (float(w["x0"]) + float(w["x1"])) / 2 < x1]
    gutter = find_gutter(mine, x1 - x0, height, x_from=x0, centred=True) if x1 - x0 > 0 else None
    if gutter is None or not x0 < gutter[0] <= gutter[1] < x1:
        return [(x0, x1)]
    mid = (gutter[0] + gutter[1]) / 2
    return _panels(words, x0, mid, height) + _panels(words, mid, x1, height)


def _inside(x0: float, x1: float, top: float, bottom: float) -> Any:
    def test(obj: dict[str, Any]) -> bool:
        if "x0" not in obj or "top" not in obj:
            return True
        cx = (float(obj["x0"]) + float(obj["x1"])) / 2
        cy = (float(obj["top"]) + float(obj["bottom"])) / 2
        return x0 <= cx < x1 and top <= cy < bottom
    return test


class PositionalChrome(Stage):
    """Reads ``tree`` (after PageFurniture); moves running headers whose words change from page to page into
    ``furniture``: the first line of a page, in the top band, set apart from the line below it by a paragraph's gap
    or more, at the same height (within 2 points) as such a line on at least three pages, or on two when that is half
    of the pages or more. A header that carries the current chapter's title looks like law and is chrome only because
    of where it stands. Set in smaller type than the body, its place and type make it one. In the body's type or
    larger (a title, a chapter heading that opens its page stand there too), it is one only when it also opens with
    the same two words as the others at its height, or ends with a line printed elsewhere in the document (the chapter
    heading it repeats). A line that opens with an article heading or ends a sentence is never one, and a chapter or
    section heading printed nowhere else is kept as the heading (:func:`keep_first_headings`)."""

    def __call__(self, draft: Draft) -> None:
        lines = draft.tree
        if not lines:
            return
        pages = sorted({ln.page for ln in lines})
        first: dict[int, int] = {}
        for k, ln in enumerate(lines):
            first.setdefault(ln.page, k)
        gaps = [b.top - a.bottom for a, b in itertools.pairwise(lines) if a.page == b.page and b.top > a.bottom]
        usual = statistics.median(gaps) if gaps else 0.0
        heights = [ln.bottom - ln.top for ln in lines]
        line_h = statistics.median(heights) if heights else 10.0
        body = statistics.median(ln.size for ln in lines if ln.size > 0) if any(ln.size > 0 for ln in lines) else 0.0
        firsts = set(first.values())
        printed = {" ".join(ln.text.split()) for j, ln in enumerate(lines) if j not in firsts and len(ln.text) <= 120}
        heads: dict[int, int] = {}
        weak: set[int] = set()  # set apart only by a paragraph's gap, in the body's type: needs an echo
        for page, k in first.items():
            ln = lines[k]
            below = next((x for x in lines[k + 1:] if x.page == page and x.top > ln.bottom), None)
            if getattr(ln, "table", 0) or below is None or ln.bottom > ln.page_height * BAND or opens_article(ln.text) or \
                    ln.text.rstrip()[-1:] in ".;:。；：":
                continue  # an article heading or a sentence's end is the text's, wherever it stands
            gap = below.top - ln.bottom
            # set apart by a paragraph's gap or more. In smaller type than the body's, that is a header's place and
            # type; in the body's type or larger (a title, a chapter heading that opens the page) it needs more
            if gap > usual + 0.5 * line_h:
                heads[page] = k
                if not 0 < ln.size < 0.95 * body:
                    weak.add(k)
        drop: set[int] = set()
        for k in heads.values():
            same = [j for j in heads.values() if abs(round(lines[j].top / 2) - round(lines[k].top / 2)) <= 1]
            n = len(same)
            if k in weak and not (_echoes(lines[k].text, printed) or any(
                    j != k and lines[j].text.split()[:2] == lines[k].text.split()[:2] for j in same)):
                continue  # in the text's type: a header only if it opens as the others do or repeats a printed line
            if n >= 3 or (n >= 2 and n * 2 >= len(pages)):
                drop.add(k)
        drop = keep_first_headings(lines, drop, printed, draft)
        if not drop:
            return
        for k in sorted(drop):
            ln = lines[k]
            draft.furniture.append(Furniture(ln.text, f"running header (the first line at the same place at the top of "
                                                      f"{len(drop)} pages, set apart from the text; its words change "
                                                      "from page to page)", ln.page))
        draft.notes.append(f"{len(drop)} running header line(s) whose words change from page to page (such as the "
                           "current chapter's title) were left out by their place at the top of the pages: check them "
                           "in the import's list of left-out lines")
        draft.tree = [ln for k, ln in enumerate(lines) if k not in drop]


def _echoes(text: str, printed: set[str]) -> bool:
    """Does a line end with (or equal) a line of two words or more printed elsewhere in the document (a running
    header that repeats the current chapter's heading)?"""
    words = text.split()
    return any(" ".join(words[k:]) in printed for k in range(0, max(len(words) - 1, 0)))


def reads_as_part_heading(text: str) -> bool:
    """Does a line read as a chapter or section heading ("Chapter II Use", "Section 3", "第二章 ...")?"""
    from ..parse import patterns as P

    return bool(P.CHAPTER.match(text) or P.CJK_CHAPTER.match(text) or P.SECTION.match(text))


def contents_lines(lines: list[Any]) -> set[int]:
    """The lines of a contents list printed as plain lines: two or more chapter (or section) headings one under the
    other on a page, nothing between them. In the law a chapter holds articles, so two headings of one level never
    stand together; a list of them is the contents (a contents page, a presentation's agenda slide)."""
    from ..parse import patterns as P

    def level(text: str) -> str:
        return "chapter" if P.CHAPTER.match(text) or P.CJK_CHAPTER.match(text) else \
            "section" if P.SECTION.match(text) else ""

    out: set[int] = set()
    for k in range(1, len(lines)):
        a, b = lines[k - 1], lines[k]
        if a.page == b.page and not getattr(a, "table", 0) and not getattr(b, "table", 0) \
                and level(a.text) and level(a.text) == level(b.text):
            out.update((k - 1, k))
    return out


def keep_first_headings(lines: list[Any], drop: set[int], printed: set[str], draft: Draft) -> set[int]:
    """Of the lines about to be left out as page chrome, keep those that are law: a line that reads as a chapter or
    section heading is chrome only where it repeats a heading printed in the text (a running header that names the
    current chapter). A heading printed nowhere else is the heading itself (a chapter that begins at the top of a page,
    where a header would stand): its first occurrence is kept in the text, the later ones (a header repeating it on
    the chapter's next pages) are left out; the import says so. Returns the lines still to leave out."""
    listed = contents_lines(lines)
    # a heading printed only in a contents list (a contents page or slide) is not printed in the text: the running
    # header's first copy is the heading itself, as where there is no contents list
    elsewhere = {" ".join(ln.text.split()) for k, ln in enumerate(lines) if k not in drop and k not in listed}
    only_listed = {" ".join(lines[k].text.split()) for k in listed} - elsewhere
    kept: dict[str, int] = {}
    out: set[int] = set()
    for k in sorted(drop):
        text = " ".join(lines[k].text.split())
        if not reads_as_part_heading(text) or (text in printed and text not in only_listed):
            out.add(k)
        elif text in kept:
            out.add(k)  # the header repeating a heading kept above
        else:
            kept[text] = k
    for text, k in kept.items():
        note = (f"page {lines[k].page}: {text!r} stands where a running header would, but it reads as a chapter or "
                "section heading printed nowhere else: kept in the text as the heading; check that it is not a running "
                "header")
        if note not in draft.notes:  # the stages that leave out headers by their words and by their place both ask
            draft.notes.append(note)
    return out


def article_number(text: str) -> int | None:
    """The number of the article a line opens ("Article 11 ..." -> 11, "第十一条" -> 11), None when it opens none
    (or cites one: "Article 5 of the Law", "Article 5, paragraph 2" are read by the parser, not counted here)."""
    from ..parse import patterns as P
    from ..parse.numbers import parse_number

    m = P.ARTICLE.match(text)
    if m is not None:
        rest = m.group("rest") or ""
        if rest[:1].islower() or rest[:1] in ",(":
            return None
        return parse_number(m.group("num"))
    m = P.CJK_ARTICLE.match(text)
    return parse_number(m.group("num")) if m is not None else None


class FoldOrder(Stage):
    """Reads ``tree`` (the lines in page order, each page read column by column); writes it with a folded leaflet's
    panels in the order the law runs.

    A leaflet folded in three (or two) prints its panels in the order the fold puts them, not the order they are
    read: the outside page holds the inside flap, the back and the cover side by side, so the law's last article,
    printed on the back, stands between its first ones and its title. When every page of the text is set in columns
    (panels), each panel is a unit; a panel that opens no article and goes on with a sentence (its first word in lower
    case, or the panel before ends with a comma or a hyphen) goes with the panel before it. When the article labels, panel by panel in page order, do not run in
    sequence but the panels that carry labels, ordered by their first label, give one run with no gap (1, 2, ... n),
    they are read so; the panels without a label (the cover, a slogan, the issuer's address) go before the law, as a
    title page would. Anything else (a gap, a number twice) is left in page order for the census to report."""

    def __call__(self, draft: Draft) -> None:
        lines = draft.tree
        if not lines or not all(any(ln.column for ln in lines if ln.page == p) for p in {ln.page for ln in lines}):
            return
        lines = draft.tree = self.boxes_aside(lines, draft)
        units: list[list[Any]] = []
        for ln in lines:
            if units and ((units[-1][-1].page, units[-1][-1].column) == (ln.page, ln.column) or not ln.column):
                units[-1].append(ln)
            else:
                units.append([ln])
        groups: list[list[list[Any]]] = []  # panels with the panels that carry on their text
        for u in units:
            numbers = [n for ln in u if (n := article_number(ln.text)) is not None]
            first = u[0].text.lstrip()
            carried = not numbers and groups and (first[:1].islower() or
                                                   groups[-1][-1][-1].text.rstrip()[-1:] in ",-–(、，")
            if carried:
                groups[-1].append(u)
            else:
                groups.append([u])

        def labels(g: list[list[Any]]) -> list[int]:
            return [n for u in g for ln in u if (n := article_number(ln.text)) is not None]

        now = [n for g in groups for n in labels(g)]
        if not now:
            return
        if len(now) < 2 or all(b == a + 1 for a, b in itertools.pairwise(now)):
            return
        law = sorted((g for g in groups if labels(g)), key=lambda g: labels(g)[0])
        then = [n for g in law for n in labels(g)]
        if then[0] != 1 or not all(b == a + 1 for a, b in itertools.pairwise(then)):
            return
        front = [g for g in groups if not labels(g)]
        draft.tree = [ln for g in front + law for u in g for ln in u]
        before = [g for g in groups if labels(g)]
        moved = [f"page {g[0][0].page}, column {g[0][0].column}" for g, was in zip(law, before, strict=True)
                 if g is not was]
        draft.notes.append(f"the pages are a folded leaflet's panels printed in the order of the fold: the {len(law)} "
                           f"panel(s) that carry articles read in the order of their articles ({then[0]} to "
                           f"{then[-1]}; moved: {', '.join(moved)}), the {len(front)} without one (a cover, an "
                           "address) before them: check the order against the leaflet")

    @staticmethod
    def boxes_aside(lines: list[Any], draft: Draft) -> list[Any]:
        """On a leaflet (a page cut into three panels or more), a shaded box of lines in a panel that opens no article
        ("Tips for climbers", a hotline, a slogan set in a coloured box) is the leaflet's aside, not law: left out and
        listed with the reason. A box that holds an article label, or a table's rows, stays."""
        panelled = {ln.page for ln in lines if ln.column >= 3}
        out: list[Any] = []
        k = 0
        taken: list[str] = []
        while k < len(lines):
            ln = lines[k]
            if not (ln.boxed and ln.page in panelled and not getattr(ln, "table", 0)):
                out.append(ln)
                k += 1
                continue
            j = k
            while j + 1 < len(lines) and lines[j + 1].boxed and (lines[j + 1].page, lines[j + 1].column) == \
                    (ln.page, ln.column) and not getattr(lines[j + 1], "table", 0):
                j += 1
            box = lines[k:j + 1]
            if any(article_number(b.text) is not None for b in box):
                out.extend(box)
            else:
                for b in box:
                    draft.furniture.append(Furniture(b.text, "a shaded box on a leaflet's panel (tips, a notice): "
                                                             "the leaflet's aside, not law", b.page))
                taken.append(box[0].text)
            k = j + 1
        if taken:
            draft.notes.append(f"{len(taken)} shaded box(es) on the leaflet's panels that open no article left out as "
                               f"the leaflet's asides: {'; '.join(repr(t[:40]) for t in taken)}")
        return out
