"""Regenerate tests/heldout11/street-tree-pruning-measures.pdf, a municipal rule printed as a booklet and scanned
as two-page spreads.

    python tests/heldout11/make_streettrees11_pdf.py

Test data only (reportlab, a test dependency of regkb). The layout: **two landscape A4 PDF pages, each a spread of
two booklet pages side by side** (four booklet pages in all, the last one blank but for its header and number); every booklet page has its own running header (the
gazette's name on the left-hand page, the issue on the right-hand page) over a rule and its own page number at the
foot ("— 14 —" to "— 17 —"); the title over two lines and the order line centred on the first booklet page; no
chapters; "Article N" bold at the start of the first paragraph of an article, first-line indents, items "(a)" with a
hanging indent; the text runs down the left-hand page, then the right-hand page, then on to the next spread, with
breaks inside sentences. The headers and page numbers are not law. Deterministic output (reportlab's invariant
mode).
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfgen import canvas

OUT = Path(__file__).resolve().parent / "street-tree-pruning-measures.pdf"
TITLE = ["Measures of Mingshui Municipality for the Pruning", "and Felling of Street Trees"]
ORDER = ["(Order No. 31 of the Mingshui Municipal People's Government,", "promulgated on 12 January 2036)"]
HEADERS = ("Mingshui Municipal People's Government Gazette", "Issue No. 2, 2036")
FIRST_PAGE = 14
# (number, [paragraphs]); a paragraph "(a) ..." is an item
ARTICLES: list[tuple[int, list[str]]] = [
    (1, ["These Measures are enacted under the Regulations on Urban Greening and the Forest Law of the People's "
         "Republic of China with the aim of keeping the street trees of this Municipality healthy and its streets "
         "safe."]),
    (2, ["These Measures govern the pruning, felling, transplanting and replanting of street trees in the urban "
         "districts of Mingshui Municipality.",
         "The term \u201cstreet trees\u201d as employed in these Measures embraces trees planted along roads, in "
         "central reservations and on public squares, but not trees in parks or in the grounds of residential "
         "communities.",
         "\u201cHeavy pruning\u201d is taken to mean the removal of more than one third of the crown of a tree in "
         "one season."]),
    (3, ["The municipal landscaping bureau shall be charged with the supervision of street tree work in the urban "
         "districts. District landscaping stations shall carry out the day-to-day care of street trees and shall "
         "keep a record card for every tree."]),
    (4, ["Routine pruning is to be done between November and March; outside that period, only dead, broken or "
         "dangerous branches may be removed.",
         "Heavy pruning shall not be carried out without the written approval of the municipal landscaping bureau."]),
    (5, ["A district landscaping station may entrust pruning to a contractor that holds an arboricultural "
         "qualification certificate, and has an obligation to check the work of the contractor.",
         "Contractors are bound to follow the pruning specifications of the municipal landscaping bureau and are "
         "debarred from subcontracting the work."]),
    (6, ["A contractor working on a street shall observe the following:",
         "(a) set up warning signs at least 30 metres before the work area;",
         "(b) assign a person to direct vehicles and pedestrians past the work area;",
         "(c) not let branches fall onto the carriageway while vehicles are passing."]),
    (7, ["No person is permitted to fell, transplant or damage a street tree without the approval of the municipal "
         "landscaping bureau.",
         "An applicant for felling shall replant at least one tree of a suitable species for each tree felled, at a "
         "place that the district landscaping station designates; the applicant is free to pay a replanting fee "
         "instead where no place is available.",
         "Residents of the street have a right to be informed of a felling at least seven days before the work "
         "begins, and the district landscaping station shall post a notice to that effect on the trees concerned."]),
    (8, ["Where a tree threatens to fall or has fallen in a storm, the district landscaping station has discretion "
         "to remove it at once, but shall report the removal to the municipal landscaping bureau within 48 hours. "
         "The approval required by paragraph 1 of the preceding Article is not needed for such a removal."]),
    (9, ["Residents and shopkeepers along streets are called upon to water newly planted trees in dry weather and to "
         "report damage to street trees to the district landscaping station."]),
    (10, ["Whoever fells, transplants or damages a street tree in violation of Article 7 shall be ordered by the "
          "municipal landscaping bureau to replant and shall be penalised by a fine of three to five times the value "
          "of the tree.",
          "A contractor that violates point (b) or (c) of Article 6, or subcontracts work in breach of Article 5, "
          "shall be given a warning by the municipal landscaping bureau and be liable for a fine of not more than "
          "20,000 yuan; a contractor warned three times within a year shall have its qualification certificate "
          "withdrawn.",
          "Where pruning work causes injury to a person or damage to a vehicle, the contractor shall compensate the "
          "victim for the loss."]),
    (11, ["These Measures shall become effective on 1 March 2036."]),
]

W, H = landscape(A4)
HALF = W / 2
MARGIN = 58
TOP = H - 78
BOTTOM = 66
FONT, BOLD, SIZE, LEAD = "Times-Roman", "Times-Bold", 12, 17
INDENT, HANG = 21, 18


class Booklet:
    def __init__(self) -> None:
        self.c = canvas.Canvas(str(OUT), pagesize=landscape(A4), invariant=1)
        self.c.setTitle(" ".join(TITLE))
        self.c.setAuthor("Mingshui Municipal People's Government")
        self.page = 0  # booklet page index
        self.y = TOP
        self.furniture()

    def left(self) -> float:
        return float((self.page % 2) * HALF + MARGIN)

    def width(self) -> float:
        return float(HALF - 2 * MARGIN)

    def furniture(self) -> None:
        x0 = (self.page % 2) * HALF
        c = self.c
        c.setFont(FONT, 9)
        head = HEADERS[self.page % 2]
        if self.page % 2 == 0:
            c.drawString(x0 + MARGIN, H - 44, head)
        else:
            c.drawRightString(x0 + HALF - MARGIN, H - 44, head)
        c.setLineWidth(0.5)
        c.line(x0 + MARGIN, H - 50, x0 + HALF - MARGIN, H - 50)
        c.drawCentredString(x0 + HALF / 2, 36, f"\u2014 {FIRST_PAGE + self.page} \u2014")

    def next_line(self) -> None:
        self.y -= LEAD
        if self.y < BOTTOM:
            self.page += 1
            if self.page % 2 == 0:
                self.c.showPage()
            self.y = TOP
            self.furniture()

    def centred(self, text: str, font: str, size: float) -> None:
        self.c.setFont(font, size)
        self.c.drawCentredString((self.page % 2) * HALF + HALF / 2, self.y, text)
        self.next_line()

    def paragraph(self, text: str, head: str | None = None, item: bool = False) -> None:
        words = text.split()
        first = True
        indent = 0 if item else INDENT
        if head:
            words = [head, *words]
        while words:
            avail = self.width() - (indent if first else (HANG if item else 0))
            line: list[str] = []
            while words and self.c.stringWidth(" ".join([*line, words[0]]), FONT, SIZE) <= avail:
                line.append(words.pop(0))
            if not line:
                line.append(words.pop(0))
            x = self.left() + (indent if first else (HANG if item else 0))
            if first and head and line[0] == head:
                self.c.setFont(BOLD, SIZE)
                self.c.drawString(x, self.y, head)
                x += self.c.stringWidth(head + " ", BOLD, SIZE)
                line = line[1:]
            self.c.setFont(FONT, SIZE)
            self.c.drawString(x, self.y, " ".join(line))
            first = False
            self.next_line()

    def save(self) -> None:
        if self.page % 2 == 0:  # the right-hand page of the last spread is blank but for its header and number
            self.page += 1
            self.furniture()
        self.c.showPage()
        self.c.save()


def main() -> None:
    b = Booklet()
    for t in TITLE:
        b.centred(t, BOLD, 14)
    b.y -= 4
    for t in ORDER:
        b.centred(t, FONT, 10)
    b.next_line()
    for n, paras in ARTICLES:
        for i, p in enumerate(paras):
            b.paragraph(p, head=f"Article {n}" if i == 0 else None, item=p.startswith("("))
    b.save()


if __name__ == "__main__":
    main()
