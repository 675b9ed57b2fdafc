"""A deterministic generator (reportlab) of amendment comparison tables printed to PDF, as a ministry publishes them:
a header row naming the versions, then a row per article, the earlier text beside the later one and a column of
notes. Two layouts: ``ruled`` (every cell drawn, a chapter's row one cell across the table) and ``unruled`` (columns
set apart by space only, rows by a blank line, a chapter's heading in both version columns). A cell's paragraphs are
split at "\\n" in the rows (earlier, later, notes); a row of one text is a chapter heading."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

SIZE = 9.0
LEADING = 11.5
PAD = 4.0


def comparison_pdf(path: Path, rows: Sequence[tuple[str, ...]], header: tuple[str, ...], layout: str,
                   title: str = "Comparison Table of the Amendments to the Rules",
                   after: str = "", break_after: int | None = None, repeat_header: bool = True) -> None:
    """Write the table to ``path`` (A4, Helvetica; ``invariant`` so that two runs give the same bytes). ``after``: a
    paragraph printed across the page below the table (text that is no part of it); ``break_after``: start a new
    page after that many rows (the header repeated on it when ``repeat_header``)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    width, height = A4
    lefts = [50.0, 235.0, 420.0]
    widths = [185.0, 185.0, 125.0]
    c = canvas.Canvas(str(path), pagesize=A4, invariant=True)
    c.setFont("Helvetica-Bold", 12)
    y = height - 70
    c.drawString(50, y, title)
    y -= 30

    def cell_lines(text: str, w: float) -> list[str]:
        return [ln for p in text.split("\n") for ln in simpleSplit(p, "Helvetica", SIZE, w - 2 * PAD)]

    def draw_row(texts: Sequence[str], bold: bool, across: bool) -> None:
        nonlocal y
        font = "Helvetica-Bold" if bold else "Helvetica"
        if across:
            cols = [(lefts[0], lefts[-1] + widths[-1] - lefts[0], texts[0])]
        else:
            cols = list(zip(lefts, widths, texts, strict=True))
        split = [cell_lines(t, w) for _, w, t in cols]
        h = max(len(s) for s in split) * LEADING + 2 * PAD
        if layout == "ruled":
            for x, w, _ in cols:
                c.rect(x, y - h, w, h, stroke=1, fill=0)
        for (x, _, _), lines in zip(cols, split, strict=True):
            c.setFont(font, SIZE)
            for k, ln in enumerate(lines):
                c.drawString(x + PAD, y - PAD - SIZE - k * LEADING, ln)
        y -= h + (0 if layout == "ruled" else LEADING)

    draw_row(header, True, False)
    page = 1
    for n, r in enumerate(rows):
        if break_after is not None and n == break_after:
            c.setFont("Helvetica", 8)
            c.drawCentredString(width / 2, 30, f"- {page} -")
            c.showPage()
            page += 1
            y = height - 90
            if repeat_header:
                draw_row(header, True, False)
        if len(r) == 1:
            draw_row((r[0], r[0], ""), True, layout == "ruled")
        else:
            draw_row(r, False, False)
    if after:
        y -= 20
        c.setFont("Helvetica", 10)
        for ln in simpleSplit(after, "Helvetica", 10, width - 100):
            c.drawString(50, y, ln)
            y -= 13
    c.setFont("Helvetica", 8)
    c.drawCentredString(width / 2, 30, f"- {page} -")
    c.showPage()
    c.save()
