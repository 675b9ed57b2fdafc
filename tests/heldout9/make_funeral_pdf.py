"""Regenerate tests/heldout9/funeral-service-records-draft.pdf, a draft for public comment with a watermark.

    python tests/heldout9/make_funeral_pdf.py

Test data only (reportlab, a test dependency of regkb). The layout, as a municipal bureau of justice publishes
a draft rule for comment: three A4 pages in Times 12 pt; **a diagonal grey watermark "DRAFT FOR COMMENT" on
every page** (drawn first, under the text); a running header (the bureau, "Draft for Public Comment", the
date) over a rule; the title in bold over two lines and the drafting note centred; no chapters; "Article N"
in bold at the start of an article's first paragraph, later paragraphs with a first-line indent, items
"(1)" with a hanging indent; **the drafters' notes as footnotes at the foot of the page that holds their
mark** (a superscript digit at the end of a paragraph; a short rule, then the notes in 9 pt), one note with
"may", one naming "Article 10"; **Art. 5's lead-in ends page 1 and its three items begin page 2** (the
drafters' file breaks the page there); the page number "N / 3" at the foot. The notes, the header, the
watermark and the page numbers are not law. Deterministic output (reportlab's invariant mode).
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

OUT = Path(__file__).resolve().parent / "funeral-service-records-draft.pdf"
FONT, BOLD, SIZE, LEAD = "Times-Roman", "Times-Bold", 12.0, 17.0
NOTE_SIZE, NOTE_LEAD = 9.0, 11.0
MARGIN, INDENT, HANG = 72, 24, 22
TOP_GAP, BOTTOM = 100, 150
PAGES = 3
HEADER = "Cuiwei Municipal Bureau of Justice \u00b7 Draft for Public Comment \u00b7 2 September 2032"
WATERMARK = "DRAFT FOR COMMENT"
TITLE = ["Provisions of Cuiwei Municipality on the Administration of",
         "Funeral Service Records (Draft for Public Comment)"]
NOTE = ("(Drafted by the Cuiwei Municipal Civil Affairs Bureau; open for comment until 2 October 2032)")

FOOTNOTES = {
    1: "Drafting note: the definition follows the scope of the Regulations on Funeral and Interment "
       "Administration. Views on whether pet cremation should be covered may be sent to the address in the notice.",
    2: "Thirty years matches the usual term of a cemetery plot lease; the drafters invite views on whether "
       "crematoria should keep their records for a shorter period.",
    3: "Article 10 restates the penalty rule of the higher-level law for ease of reference and creates no new "
       "penalty.",
}

# ("art", "N", first paragraph) | ("para", text) | ("item", text) | ("break", ""); "[^n]" ends a paragraph
# with footnote n's mark
BODY: list[tuple[str, str, str]] = [
    ("art", "1", "With a view to regulating the keeping and use of funeral service records, protecting the personal "
                 "information of the deceased and their close relatives and safeguarding public order, these "
                 "Provisions are formulated pursuant to the Regulations on Funeral and Interment Administration, the "
                 "Personal Information Protection Law and other laws and regulations, in light of the circumstances "
                 "of this Municipality."),
    ("art", "2", "These Provisions apply to the creation, keeping, use and transfer of funeral service records "
                 "within the administrative area of this Municipality."),
    ("para", "", "The term \u201cfuneral service records\u201d is defined as the records created by a funeral service "
                 "provider in the course of receiving, transporting, cremating, storing or interring human remains "
                 "or ashes, including the identity information of the deceased and of the person handling the "
                 "funeral.[^1]"),
    ("para", "", "What is called a \u201cfuneral service provider\u201d in these Provisions is a funeral home, "
                 "crematorium, cemetery or columbarium operating in this Municipality, whether run by the "
                 "government or privately."),
    ("art", "3", "The municipal civil affairs bureau shall be in charge of the supervision of funeral service "
                 "records in this Municipality, and the district civil affairs bureaus shall carry out routine "
                 "inspections within their districts. The municipal public security bureau and the municipal health "
                 "commission shall, within the scope of their respective duties, do a good job in related work."),
    ("art", "4", "A funeral service provider shall create a record for each deceased person whose remains it "
                 "receives, and shall enter the record into the municipal funeral information system within "
                 "twenty-four hours of the cremation or interment."),
    ("para", "", "Only after verifying the death certificate issued by a medical institution or a public security "
                 "organ may a funeral service provider cremate remains."),
    ("art", "5", "A funeral service provider is prohibited from engaging in any of the following conduct:"),
    ("break", "", ""),
    ("item", "", "(1) disclosing the cause of death recorded in the funeral service records to persons other than "
                 "the close relatives of the deceased;"),
    ("item", "", "(2) using the contact details of the person handling the funeral to promote cemetery plots, urns "
                 "or other goods without his or her consent;"),
    ("item", "", "(3) altering or destroying funeral service records before the retention period set in Article 6 "
                 "expires."),
    ("art", "6", "Funeral service records are to be kept for not less than thirty years, and records of unclaimed "
                 "remains permanently.[^2]"),
    ("para", "", "A funeral service provider that intends to close down shall, before it ceases operation, hand "
                 "over all its records to the district civil affairs bureau, which shall keep them for the rest of "
                 "the retention period."),
    ("art", "7", "The close relatives of the deceased enjoy the right to consult and obtain copies of the funeral "
                 "service records of the deceased. A funeral service provider is permitted, but not required, to "
                 "provide such copies in electronic form."),
    ("para", "", "Persons other than the close relatives may consult the records only with the written consent of "
                 "a close relative or on the strength of a document issued by a people's court or a public security "
                 "organ."),
    ("art", "8", "It is impermissible for any unit or individual to sell, buy or otherwise illegally obtain funeral "
                 "service records."),
    ("para", "", "Staff of funeral service providers who learn of the personal information of the deceased or "
                 "their relatives in the course of their work owe a duty to keep such information confidential, "
                 "even after they leave their posts."),
    ("art", "9", "Where a funeral service provider violates Article 4 of these Provisions, the district civil "
                 "affairs bureau shall order it to make corrections within a prescribed period and may, in "
                 "addition, circulate a notice of criticism; where it fails to make corrections within the period, "
                 "it shall be entered in the list of seriously dishonest entities in the funeral sector."),
    ("para", "", "A funeral service provider that commits any of the acts listed in Article 5 shall be fined not "
                 "less than 10,000 yuan but not more than 50,000 yuan by the municipal civil affairs bureau; if the "
                 "circumstances are serious, it shall have its filing with the civil affairs authorities "
                 "cancelled."),
    ("art", "10", "Any unit or individual that violates the first paragraph of Article 8 shall be given a public "
                  "security administration penalty by the public security organ under the Public Security "
                  "Administration Punishments Law; where the act "
                  "is serious enough to be a crime, the offender shall be held criminally liable.[^3]"),
    ("art", "11", "These Provisions shall take effect on 1 January 2033."),
]


def wrap(text: str, width: float, font: str = FONT, size: float = SIZE, first: float = 0.0) -> list[str]:
    """Greedy lines of at most ``width`` points; the first line is ``first`` points narrower."""
    lines: list[str] = []
    line: list[str] = []
    for word in text.split():
        limit = width - (first if not lines else 0.0)
        trial = " ".join([*line, word])
        if line and stringWidth(trial, font, size) > limit:
            lines.append(" ".join(line))
            line = [word]
        else:
            line.append(word)
    lines.append(" ".join(line))
    return lines


class Pages:
    def __init__(self) -> None:
        self.c = canvas.Canvas(str(OUT), pagesize=A4, invariant=1)
        self.c.setTitle(" ".join(TITLE))
        self.c.setAuthor("Cuiwei Municipal Bureau of Justice")
        self.page = 1
        self.notes: list[int] = []
        self.y = A4[1] - TOP_GAP
        self.furniture()

    @property
    def width(self) -> float:
        return float(A4[0]) - 2 * MARGIN

    def furniture(self) -> None:
        c, (w, h) = self.c, A4
        c.saveState()
        c.setFillColorRGB(0.86, 0.86, 0.86)
        c.setFont("Helvetica-Bold", 54)
        c.translate(w / 2, h / 2)
        c.rotate(50)
        c.drawCentredString(0, 0, WATERMARK)
        c.restoreState()
        c.setFont(FONT, 9)
        c.drawString(MARGIN, h - 50, HEADER)
        c.setLineWidth(0.5)
        c.line(MARGIN, h - 56, w - MARGIN, h - 56)
        c.drawCentredString(w / 2, 40, f"{self.page} / {PAGES}")

    def footnotes(self) -> None:
        if not self.notes:
            return
        c = self.c
        blocks = [(n, wrap(FOOTNOTES[n], self.width - 10, FONT, NOTE_SIZE)) for n in self.notes]
        height = sum(len(lines) for _, lines in blocks) * NOTE_LEAD
        y = 62 + height
        c.setLineWidth(0.5)
        c.line(MARGIN, y + 8, MARGIN + 144, y + 8)
        for n, lines in blocks:
            for k, line in enumerate(lines):
                y -= NOTE_LEAD
                if k == 0:
                    c.setFont(FONT, 6.5)
                    c.drawString(MARGIN, y + 4, str(n))
                c.setFont(FONT, NOTE_SIZE)
                c.drawString(MARGIN + 10, y, line)
        self.notes = []

    def new_page(self) -> None:
        self.footnotes()
        self.c.showPage()
        self.page += 1
        self.y = A4[1] - TOP_GAP
        self.furniture()

    def line(self, x: float, text: str, font: str = FONT) -> None:
        if self.y < BOTTOM:
            self.new_page()
        self.c.setFont(font, SIZE)
        self.c.drawString(x, self.y, text)
        self.y -= LEAD


def paragraph(p: Pages, kind: str, number: str, text: str) -> None:
    mark = None
    if text.endswith("]") and "[^" in text:
        text, mark = text[: text.rindex("[^")], int(text[text.rindex("[^") + 2:-1])
    c = p.c
    if kind == "art":
        p.y -= 4
        label = f"Article {number}"
        lead = stringWidth(label + " ", BOLD, SIZE)
        lines = wrap(text, p.width, first=lead)
        if p.y < BOTTOM:
            p.new_page()
        c.setFont(BOLD, SIZE)
        c.drawString(MARGIN, p.y, label)
        c.setFont(FONT, SIZE)
        c.drawString(MARGIN + lead, p.y, lines[0])
        p.y -= LEAD
        for line in lines[1:]:
            p.line(MARGIN, line)
    elif kind == "item":
        label, body = text.split(" ", 1)
        lines = wrap(body, p.width - HANG)
        if p.y < BOTTOM:
            p.new_page()
        c.setFont(FONT, SIZE)
        c.drawString(MARGIN, p.y, label)
        c.drawString(MARGIN + HANG, p.y, lines[0])
        p.y -= LEAD
        for line in lines[1:]:
            p.line(MARGIN + HANG, line)
    else:
        lines = wrap(text, p.width, first=INDENT)
        p.line(MARGIN + INDENT, lines[0])
        for line in lines[1:]:
            p.line(MARGIN, line)
    if mark is not None:
        last = lines[-1]
        x0 = MARGIN + (HANG if kind == "item" else 0)
        if len(lines) == 1:
            x0 += stringWidth(f"Article {number} ", BOLD, SIZE) if kind == "art" else (INDENT if kind == "para" else 0)
        c.setFont(FONT, 7)
        c.drawString(x0 + stringWidth(last, FONT, SIZE) + 1, p.y + LEAD + 5, str(mark))
        p.notes.append(mark)


def main() -> None:
    p = Pages()
    c = p.c
    c.setFont(BOLD, 14)
    for title_line in TITLE:
        c.drawCentredString(A4[0] / 2, p.y, title_line)
        p.y -= 19
    c.setFont(FONT, 10)
    c.drawCentredString(A4[0] / 2, p.y, NOTE)
    p.y -= 26
    for kind, number, text in BODY:
        if kind == "break":
            p.new_page()
            continue
        paragraph(p, kind, number, text)
    p.footnotes()
    c.showPage()
    c.save()


if __name__ == "__main__":
    main()
