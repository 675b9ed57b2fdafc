"""Regenerate tests/heldout12/hot-spring-bathhouse-measures.pdf, a municipal rule printed in a gazette with
marginal notes.

    python tests/heldout12/make_hotsprings12_pdf.py

Test data only (reportlab, a test dependency of regkb). The layout: portrait A4 pages (Times 11 pt) with a wide left
margin; **every article's caption printed as a marginal note** (italic, 8.5 pt) in that margin, level with the first
line of the article ("Water quality" beside "Article 4 ..."), as British and Hong Kong gazettes print side notes;
a running header over a rule (the gazette's name and issue) and a page number at the foot ("- 23 -"); the title and
the order line centred; chapters centred in bold, sections centred in italics; "Article N" bold at the start of the
first paragraph, first-line indents, items "(a)" with a hanging indent; the text runs on from page to page with
breaks inside sentences. The headers and page numbers are not law; the marginal notes are the articles' captions.
Deterministic output (reportlab's invariant mode).
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

OUT = Path(__file__).resolve().parent / "hot-spring-bathhouse-measures.pdf"
TITLE = "Measures of Dongshan Municipality on Hot Spring Bathhouses"
ORDER = "(Order No. 27 of the Dongshan Municipal People's Government, promulgated on 25 August 2036)"
HEADER = "Dongshan Municipal People's Government Gazette \u00b7 Issue No. 9, 2036"
FIRST_PAGE = 23
# ("chapter"|"section", title) or (number, caption, [paragraphs]); a paragraph "(a) ..." is an item
BODY: list[tuple[object, ...]] = [
    ("chapter", "Chapter I  General Provisions"),
    (1, "Purpose", ["These Measures are made under the Mineral Resources Law of the People's Republic of China and the "
                    "Regulations on the Hygiene Administration of Public Places for the purposes of protecting the "
                    "health of bathers and using the geothermal water of the Municipality sparingly."]),
    (2, "Definitions", ["In these Measures, \u201chot spring bathhouse\u201d stands for a business that offers bathing "
                        "in geothermal water drawn from a well at a temperature of 25 degrees Celsius or more.",
                        "The term \u201cpool attendant\u201d applies to a person whom a bathhouse employs to watch "
                        "the bathers in a pool area."]),
    (3, "Responsibilities", ["The municipal health commission carries the obligation to inspect the water quality of "
                             "bathhouses; the municipal natural resources bureau shall assume responsibility for "
                             "licensing the extraction of geothermal water. District health stations shall "
                             "assist the commission in taking samples."]),
    ("chapter", "Chapter II  Operation"),
    ("section", "Section 1  Water"),
    (4, "Water quality", ["The onus is on a bathhouse operator to test the water of each pool for bacteria once a "
                          "week and to post the results at the entrance.",
                          "A pool whose water fails a test is not to be used until a further test is passed."]),
    (5, "Use of water", ["A bathhouse operator is to return used geothermal water to the ground through a recharge "
                         "well, or to discharge it to a sewer after cooling.",
                         "It shall be lawful for a bathhouse operator to mix tap water with geothermal water where "
                         "the well yields less than the pools need.",
                         "A bathhouse operator may at no time draw more water than its extraction licence allows."]),
    ("section", "Section 2  Bathers and Staff"),
    (6, "Pool attendants", ["Every pool area shall have at least one pool attendant on duty while it is open.",
                            "Pool attendants are expressly forbidden to leave the pool area unwatched.",
                            "A pool attendant has the latitude to order a bather out of the pool where the bather "
                            "appears drunk or unwell, and shall record each such order in the duty log."]),
    (7, "Bathers", ["Bathers shall comply with the following:",
                    "(a) shower before entering a pool;",
                    "(b) not enter a pool with an open wound or a skin disease;",
                    "(c) keep children under twelve within arm's reach.",
                    "A bather may insist on seeing the latest test results before paying.",
                    "A bather who is refused entry under paragraph 3 of Article 6 is entitled to a refund of the "
                    "entrance fee."]),
    (8, "Saving energy", ["It is desirable that bathhouse operators heat their buildings with the waste heat of the "
                          "water. The municipal people's government endorses the efforts of bathhouse operators to "
                          "cut their use of water."]),
    ("chapter", "Chapter III  Legal Liability"),
    (9, "Water offences", ["Where a bathhouse operator breaches Article 4, a fine of not less than 2,000 yuan nor "
                           "more than 20,000 yuan shall be imposed on it by the municipal health commission, and "
                           "the pools concerned shall be ordered drained and refilled.",
                           "Where the same breach recurs within six months, the bathhouse shall be closed down for "
                           "one month by the municipal health commission."]),
    (10, "Other offences", ["A bathhouse operator that draws water in breach of paragraph 3 of Article 5 shall be "
                            "ordered by the municipal natural resources bureau to pay twice the resource fee on the "
                            "water drawn in excess; where the excess is more than one fifth of the licensed volume, "
                            "the extraction licence shall be revoked.",
                            "A pool attendant who leaves the pool area in breach of paragraph 2 of Article 6 shall "
                            "be dismissed by the bathhouse operator.",
                            "Where conduct under the provisions of the foregoing two paragraphs constitutes a crime, "
                            "criminal responsibility shall be investigated according to law."]),
    (11, "Officials", ["Staff of the municipal health commission or the natural resources bureau who neglect their "
                       "duties in the inspection or licensing of bathhouses shall be given sanctions according to "
                       "law."]),
    ("chapter", "Chapter IV  Supplementary Provisions"),
    (12, "Entry into force", ["These Measures shall come into force on 1 October 2036."]),
]

WIDTH, HEIGHT = A4
LEFT = 48 * mm
RIGHT = WIDTH - 20 * mm
NOTE_X = 14 * mm
NOTE_W = LEFT - NOTE_X - 5 * mm
TOP = HEIGHT - 30 * mm
BOTTOM = 20 * mm
SIZE = 11
LEAD = 15
INDENT = 7 * mm


class Writer:
    def __init__(self) -> None:
        self.c = canvas.Canvas(str(OUT), pagesize=A4, invariant=1)
        self.c.setTitle(TITLE)
        self.c.setAuthor("Dongshan Municipal People's Government")
        self.page = FIRST_PAGE
        self.y = TOP
        self.furniture()

    def furniture(self) -> None:
        c = self.c
        c.setFont("Times-Roman", 9)
        c.drawString(LEFT, HEIGHT - 18 * mm, HEADER)
        c.setLineWidth(0.5)
        c.line(LEFT, HEIGHT - 20 * mm, RIGHT, HEIGHT - 20 * mm)
        c.drawCentredString((LEFT + RIGHT) / 2, 14 * mm, f"- {self.page} -")

    def need(self, lines: int = 1) -> None:
        if self.y - LEAD * lines < BOTTOM:
            self.c.showPage()
            self.page += 1
            self.y = TOP
            self.furniture()

    def centred(self, text: str, font: str, size: float, gap: float = 0) -> None:
        self.y -= gap
        for line in simpleSplit(text, font, size, RIGHT - LEFT):
            self.need()
            self.c.setFont(font, size)
            self.c.drawCentredString((LEFT + RIGHT) / 2, self.y, line)
            self.y -= LEAD

    def paragraph(self, text: str, label: str | None = None, note: str | None = None) -> None:
        item = text.startswith("(")
        left = LEFT + (INDENT if item else 0)
        first_x = left if item else LEFT + INDENT
        prefix_w = 0.0
        if label:
            prefix_w = self.c.stringWidth(label + "  ", "Times-Bold", SIZE)
        words = text.split()
        lines: list[str] = []
        cur = ""
        for w in words:
            width = (RIGHT - first_x - prefix_w) if not lines else (RIGHT - left - (5 * mm if item else 0))
            trial = f"{cur} {w}".strip()
            if self.c.stringWidth(trial, "Times-Roman", SIZE) > width and cur:
                lines.append(cur)
                cur = w
            else:
                cur = trial
        lines.append(cur)
        for i, line in enumerate(lines):
            self.need()
            x = first_x if i == 0 else left + (5 * mm if item else 0)
            if i == 0 and label:
                self.c.setFont("Times-Bold", SIZE)
                self.c.drawString(x, self.y, label)
                x += prefix_w
                if note:
                    self.c.setFont("Times-Italic", 8.5)
                    self.c.drawString(NOTE_X, self.y, note)
            self.c.setFont("Times-Roman", SIZE)
            self.c.drawString(x, self.y, line)
            self.y -= LEAD

    def save(self) -> None:
        self.c.showPage()
        self.c.save()


def main() -> None:
    w = Writer()
    w.centred(TITLE, "Times-Bold", 14)
    w.centred(ORDER, "Times-Roman", SIZE, gap=2)
    for entry in BODY:
        if entry[0] == "chapter":
            w.centred(str(entry[1]), "Times-Bold", SIZE, gap=8)
        elif entry[0] == "section":
            w.centred(str(entry[1]), "Times-Italic", SIZE, gap=2)
        else:
            number, caption, paras = entry
            w.y -= 4
            for i, text in enumerate(paras):  # type: ignore[arg-type]
                if i == 0:
                    w.need(2)
                w.paragraph(str(text), f"Article {number}" if i == 0 else None, str(caption) if i == 0 else None)
    w.save()


if __name__ == "__main__":
    main()
