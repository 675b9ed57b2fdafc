"""Regenerate tests/heldout13/tattoo-studio-provisions-fax.pdf, a district normative document as a law firm received
it by fax.

    python tests/heldout13/make_tattoos13_pdf.py

Test data only (reportlab, a test dependency of regkb). The layout, as a fax machine prints a transmission: **page 1
is the sender's cover sheet** (a "FACSIMILE" heading, To / Fax / From / Date / Pages / Re lines, a message and a
confidentiality notice, both with modal words, none of it law); pages 2 and 3 are the document; **every page starts
with the fax machine's transmission line** in a small monospaced type above the page (date and time, the sender's
name and number, "P.002/003"). On the document's pages: the title and the number line centred; no chapters; "Article
N" bold at the start of the first paragraph, later paragraphs with a first-line indent, items "(1)" with a hanging
indent; the document's own page number ("- 1 -", "- 2 -") at the foot. Deterministic output (reportlab's invariant
mode).
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

OUT = Path(__file__).resolve().parent / "tattoo-studio-provisions-fax.pdf"
WIDTH, HEIGHT = A4
LEFT, RIGHT = 25 * mm, WIDTH - 25 * mm
TOP = HEIGHT - 28 * mm
BOTTOM = 22 * mm
SIZE = 11
LEAD = 14.5
INDENT = 8 * mm
PAGES = 3
FAX_LINE = "NOV-26-2036 16:42   FROM: JINSHUI DIST LEGAL AFFAIRS   +86 571 8800 1234   TO: 85213376   P.{:03d}/{:03d}"
TITLE = "Provisions of Jinshui District on Tattoo and Body Piercing Studios"
NUMBER = "Jin Wei Gui [2036] No. 4 \u2014 issued by the Jinshui District Health Commission on 12 November 2036"
COVER = [
    ("To:", "Ms. Lin Yue, Hengda Law Offices"),
    ("Fax:", "8521 3376"),
    ("From:", "Gu Ping, Jinshui District Legal Affairs Office"),
    ("Date:", "26 November 2036"),
    ("Pages:", "3 (including this cover sheet)"),
    ("Re:", "English text of the tattoo studio provisions"),
]
MESSAGE = [
    "As you requested, the English reference text of the district's new provisions follows.",
    "Only the Chinese text is authentic. Comments on the translation should reach us by",
    "5 December 2036. If any page is missing or cannot be read, please call 8800 1234.",
]
NOTICE = [
    "CONFIDENTIALITY: this transmission is meant only for the addressee. If you have received it",
    "in error, you must not copy or pass it on, and you should destroy it and tell the sender.",
]
# (article, [paragraphs]); a paragraph "(n) ..." is an item
ARTICLES: list[tuple[int, list[str]]] = [
    (1, ["These Provisions are formulated in accordance with the Law of the People's Republic of China on the "
         "Prevention and Control of Infectious Diseases and the Law of the People's Republic of China on the "
         "Protection of Minors, to prevent infections spread by tattoo needles and to protect minors."]),
    (2, ["These Provisions apply to studios in Jinshui District that offer tattooing or body piercing to the public.",
         "\u201cTattooing\u201d, in the sense of these Provisions, is the making of a permanent mark or design on the "
         "skin by inserting ink with needles.",
         "What these Provisions call a \u201cstudio operator\u201d is the enterprise or self-employed person that runs "
         "a tattoo or body piercing studio."]),
    (3, ["The district health commission bears the obligation to keep a register of studios and to inspect every "
         "studio at least twice a year.",
         "The district market regulation bureau is to see that studios do not advertise tattooing in places where "
         "minors gather."]),
    (4, ["It is the studio operator's responsibility to file the studio with the district health commission within "
         "fifteen days after it opens.",
         "It is required of every studio operator that single-use needles and ink caps are used once and then "
         "disposed of as medical waste.",
         "The autoclave of a studio shall be tested by an approved laboratory every six months.",
         "Every studio operator must keep the consent forms for two years and must not show them to anyone other than "
         "the district health commission."]),
    (5, ["No tattoo shall be applied to a person under eighteen years of age, even with the consent of a guardian.",
         "Before tattooing or piercing a customer, a studio operator shall do the following:",
         "(1) check the customer's identity document to confirm the customer's age;",
         "(2) explain the risks and the aftercare in writing;",
         "(3) obtain the customer's signature on a consent form."]),
    (6, ["A tattooist cannot lawfully work on a customer while suffering from a skin infection or an infectious "
         "disease.",
         "A studio operator is hereby prohibited from piercing the tongue, genitals or eyelids of any customer.",
         "Tattooists are never to reuse ink that was poured for another customer."]),
    (7, ["A studio operator may lawfully refuse to tattoo a design that the studio operator considers offensive.",
         "A customer retains the right to withdraw consent at any time before the needle first touches the skin.",
         "Every customer is owed a written aftercare sheet setting out how to care for the skin.",
         "The district health commission has the liberty of publishing the results of its inspections studio by "
         "studio."]),
    (8, ["The district health commission urges studio operators to join the district association of tattoo studios "
         "and to take part in its hygiene training.",
         "It would be welcome if tattooists completed a first-aid course every two years."]),
    (9, ["A studio operator that fails to file the studio as required by Article 4, paragraph 1, shall be ordered by "
         "the district health commission to file within ten days and may be fined up to 3,000 yuan.",
         "Where the studio operator has not filed within the period set under paragraph 1 of this Article, the studio "
         "shall be closed by the district health commission until it is filed."]),
    (10, ["A studio operator that tattoos a minor, or fails to check the age of a customer as required by Article 5, "
          "paragraph 2, item (1), shall be fined not less than 5,000 yuan and not more than 20,000 yuan by the "
          "district health commission, and the instruments used shall be confiscated.",
          "A studio operator fined twice for tattooing minors shall have its filing revoked by the district health "
          "commission and shall be named in the district's list of studios with poor records."]),
    (11, ["A studio operator or tattooist that breaches Articles 4 and 6 above and thereby causes a customer to be "
          "infected shall bear the customer's medical costs."]),
    (12, ["These Provisions take effect on 1 January 2037 and remain valid for three years."]),
]


class Fax:
    def __init__(self) -> None:
        self.c = canvas.Canvas(str(OUT), pagesize=A4, invariant=1)
        self.c.setTitle(TITLE)
        self.c.setAuthor("Jinshui District Legal Affairs Office")
        self.sheet = 1
        self.doc_page = 0
        self.y = TOP
        self.fax_line()

    def fax_line(self) -> None:
        self.c.setFont("Courier", 7.5)
        self.c.drawString(12 * mm, HEIGHT - 8 * mm, FAX_LINE.format(self.sheet, PAGES))

    def cover(self) -> None:
        c = self.c
        c.setFont("Helvetica-Bold", 26)
        c.drawString(LEFT, HEIGHT - 40 * mm, "FACSIMILE")
        c.setFont("Helvetica", 10)
        c.drawString(LEFT, HEIGHT - 47 * mm, "Jinshui District Legal Affairs Office, Taoyuan City")
        y = HEIGHT - 65 * mm
        for key, value in COVER:
            c.setFont("Helvetica-Bold", 11)
            c.drawString(LEFT, y, key)
            c.setFont("Helvetica", 11)
            c.drawString(LEFT + 22 * mm, y, value)
            y -= 8 * mm
        c.line(LEFT, y + 3 * mm, RIGHT, y + 3 * mm)
        y -= 6 * mm
        for line in MESSAGE:
            c.drawString(LEFT, y, line)
            y -= 6 * mm
        c.setFont("Helvetica-Oblique", 8.5)
        y = 40 * mm
        for line in NOTICE:
            c.drawString(LEFT, y, line)
            y -= 4.5 * mm
        self.new_sheet()

    def new_sheet(self) -> None:
        if self.doc_page:
            self.c.setFont("Times-Roman", 9)
            self.c.drawCentredString((LEFT + RIGHT) / 2, 14 * mm, f"- {self.doc_page} -")
        self.c.showPage()
        self.sheet += 1
        self.doc_page += 1
        self.y = TOP
        self.fax_line()

    def need(self) -> None:
        if self.y - LEAD < BOTTOM:
            self.new_sheet()

    def centred(self, text: str, font: str, size: float, gap: float = 0) -> None:
        self.y -= gap
        self.need()
        self.c.setFont(font, size)
        self.c.drawCentredString((LEFT + RIGHT) / 2, self.y, text)
        self.y -= LEAD

    def paragraph(self, text: str, label: str | None = None) -> None:
        item = text.startswith("(")
        hang = 0.0
        if item:
            mark, text = text.split(" ", 1)
            hang = 7 * mm
        left = LEFT + (INDENT if item else 0)
        first_x = left if item else LEFT + INDENT
        prefix_w = self.c.stringWidth(label + "  ", "Times-Bold", SIZE) if label else 0.0
        lines: list[str] = []
        cur = ""
        for w in text.split():
            start = (first_x + hang + prefix_w) if not lines else (left + hang if item else LEFT)
            trial = f"{cur} {w}".strip()
            if self.c.stringWidth(trial, "Times-Roman", SIZE) > RIGHT - start and cur:
                lines.append(cur)
                cur = w
            else:
                cur = trial
        lines.append(cur)
        for i, line in enumerate(lines):
            self.need()
            x = (first_x + hang if i == 0 else (left + hang if item else LEFT))
            if i == 0 and item:
                self.c.setFont("Times-Roman", SIZE)
                self.c.drawString(first_x, self.y, mark)
            if i == 0 and label:
                self.c.setFont("Times-Bold", SIZE)
                self.c.drawString(x, self.y, label)
                x += prefix_w
            self.c.setFont("Times-Roman", SIZE)
            self.c.drawString(x, self.y, line)
            self.y -= LEAD

    def save(self) -> None:
        self.c.setFont("Times-Roman", 9)
        self.c.drawCentredString((LEFT + RIGHT) / 2, 14 * mm, f"- {self.doc_page} -")
        self.c.showPage()
        self.c.save()


def main() -> None:
    fax = Fax()
    fax.cover()
    fax.centred(TITLE, "Times-Bold", 13)
    fax.centred(NUMBER, "Times-Roman", 10, gap=2)
    fax.y -= 6
    for n, paras in ARTICLES:
        for i, text in enumerate(paras):
            fax.paragraph(text, f"Article {n}" if i == 0 else None)
    fax.save()


if __name__ == "__main__":
    main()
