"""Regenerate tests/heldout10/ski-resort-safety-bill.pdf, a provincial bill printed with line numbers.

    python tests/heldout10/make_skiresorts_pdf.py

Test data only (reportlab, a test dependency of regkb). The layout, as a provincial legislature prints a bill for
its members: two A4 pages in Times 11 pt; **every fifth line numbered in the left margin** ("5", "10", ...,
counted afresh on each page, the title lines included; the numbers are drawn after the page's text, as a
typesetting program adds them last); a running header (the standing committee, the bill number, "Draft for Second
Reading") over a rule; the title in bold over two lines and a submission note centred; no chapters; "Article N"
in bold at the start of an article's first paragraph, later paragraphs with a first-line indent, items "(1)" with
a hanging indent; the page number "— N —" at the foot; the page breaks where the page is full, inside the second
paragraph of Art. 7, between "... or to work with ski schools," and "but in either case bears ...". The line
numbers, the header and the page numbers are not law. Deterministic output (reportlab's invariant mode).
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

OUT = Path(__file__).resolve().parent / "ski-resort-safety-bill.pdf"
FONT, BOLD, SIZE, LEAD = "Times-Roman", "Times-Bold", 11.0, 16.0
MARGIN, INDENT, HANG = 84, 22, 22
TOP_GAP, BOTTOM = 96, 118
HEADER = ("Standing Committee of the Lanshan Provincial People's Congress \u00b7 Bill No. 2034-03 \u00b7 "
          "Draft for Second Reading")
TITLE = ["Regulations of Lanshan Province on the Safety of Ski Resorts",
         "(Draft for Second Reading)"]
NOTE = "(Submitted to the 12th Meeting of the Standing Committee of the 15th Lanshan Provincial People's Congress)"

# ("art", "N", first paragraph) | ("para", "", text) | ("item", "", "(n) text")
BODY: list[tuple[str, str, str]] = [
    ("art", "1", "For the purposes of keeping skiers safe, regulating the operation of ski resorts and promoting the "
                 "sound development of winter sports, these Regulations are formulated in accordance with the Sports "
                 "Law of the People's Republic of China, the Special Equipment Safety Law of the People's Republic of "
                 "China and other laws and administrative regulations, taking into account the actual conditions of "
                 "this Province."),
    ("art", "2", "These Regulations apply to the operation and safety management of ski resorts that are open to "
                 "the public within the administrative area of this Province."),
    ("para", "", "For the purposes of these Regulations, \u201cski resort\u201d is understood to mean a site with "
                 "snow-covered runs, lifts and supporting facilities where the public may ski against payment, and "
                 "\u201cski run\u201d means a marked slope within a ski resort that is set aside for skiing."),
    ("art", "3", "The provincial sports bureau shall assume overall responsibility for the supervision of the safety "
                 "of ski resorts throughout the Province. City and county sports departments shall be answerable "
                 "for day-to-day supervision within their own areas."),
    ("para", "", "The emergency management, market regulation, and culture and tourism departments of the people's "
                 "governments at or above the county level shall, in accordance with the division of "
                 "responsibilities, perform their supervisory duties relating to ski resorts."),
    ("art", "4", "An operator of a ski resort (hereinafter \u201cski resort operator\u201d) shall, before the "
                 "resort opens for the season, have its lifts inspected by a special equipment inspection "
                 "institution, and shall open to skiers only those runs that have passed its own safety "
                 "assessment."),
    ("para", "", "A ski resort operator is required to classify its runs by level of difficulty and to put up "
                 "signs showing the level at the top of each run and along it."),
    ("art", "5", "During opening hours, a ski resort operator shall perform the following duties:"),
    ("item", "", "(1) station safety officers at the top and at the bottom of each run in use;"),
    ("item", "", "(2) keep on duty a rescue team whose size meets the standard set by the provincial sports bureau;"),
    ("item", "", "(3) not sell further tickets for a run once the number of skiers on it has reached its maximum "
                 "capacity;"),
    ("item", "", "(4) pass on weather warnings to skiers without delay by loudspeaker and on display screens."),
    ("art", "6", "Skiers shall abide by the rules of the ski resort and ski only on runs that suit their level of "
                 "skill. Skiers are not permitted to ski outside the marked runs or to enter a run that has been "
                 "closed."),
    ("para", "", "Children under the age of twelve may use runs of intermediate or higher difficulty only when "
                 "accompanied by a guardian or by a ski instructor."),
    ("art", "7", "Ski instructors must hold a vocational qualification certificate for ski instruction. It is "
                 "mandatory for a ski instructor to check the equipment of each learner before a lesson starts. A ski "
                 "instructor is to teach no more than six learners at any one time."),
    ("para", "", "A ski resort operator can choose to employ ski instructors itself or to work with ski schools, "
                 "but in either case bears the obligation to check the certificates of the instructors who teach "
                 "at the resort."),
    ("art", "8", "Upon the occurrence of an accident causing injury on a run, the ski resort operator must at "
                 "once organise first aid, keep the scene intact and make a record of the accident. Where a person "
                 "is seriously injured or dies, the operator shall, within two hours, report the accident to the "
                 "county sports department."),
    ("para", "", "Accident records are to be kept for three years. The injured person and his or her close "
                 "relatives are entitled to a copy of the record free of charge."),
    ("art", "9", "Ski resort operators are encouraged to take out public liability insurance. The Province "
                 "advocates that skiers buy personal accident insurance before skiing."),
    ("art", "10", "Where a ski resort operator, in violation of Article 4 of these Regulations, opens a run that has "
                  "not passed a safety assessment, the county sports department shall order it to close the run and "
                  "put matters right within a time limit, and shall impose on it a fine of not less than 10,000 "
                  "yuan but not more than 50,000 yuan; where the circumstances are serious, the operator shall be "
                  "ordered to suspend operation for rectification."),
    ("para", "", "Where a ski resort operator fails to perform any of the duties set out in items (1) to (3) of "
                 "Article 5, the county sports department shall give it a warning and may in addition impose a fine "
                 "of up to 20,000 yuan."),
    ("art", "11", "A skier who skis outside the marked runs in violation of the first paragraph of Article 6 and "
                  "thereby injures another person shall bear civil liability according to law."),
    ("para", "", "A ski instructor who teaches without the certificate required by Article 7 shall be fined 2,000 "
                 "yuan by the county sports department, and his or her illegal income shall be confiscated."),
    ("art", "12", "These Regulations shall come into force on 1 November 2034."),
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
        self.c.setAuthor("General Office of the Standing Committee of the Lanshan Provincial People's Congress")
        self.page = 1
        self.rows: list[float] = []  # the baselines of this page's text lines, for the line numbers
        self.y = A4[1] - TOP_GAP
        self.furniture()

    @property
    def width(self) -> float:
        return float(A4[0]) - 2 * MARGIN

    def furniture(self) -> None:
        c, (w, h) = self.c, A4
        c.setFont(FONT, 8.5)
        c.drawString(MARGIN, h - 50, HEADER)
        c.setLineWidth(0.5)
        c.line(MARGIN, h - 56, w - MARGIN, h - 56)
        c.setFont(FONT, 10)
        c.drawCentredString(w / 2, 40, f"\u2014 {self.page} \u2014")

    def numbers(self) -> None:
        """Every fifth line of the page numbered in the margin, drawn after the text."""
        self.c.setFont(FONT, 8)
        for k, y in enumerate(self.rows, start=1):
            if k % 5 == 0:
                self.c.drawRightString(MARGIN - 22, y, str(k))
        self.rows = []

    def new_page(self) -> None:
        self.numbers()
        self.c.showPage()
        self.page += 1
        self.y = A4[1] - TOP_GAP
        self.furniture()

    def text(self, x: float, text: str, font: str = FONT, size: float = SIZE, centred: bool = False) -> None:
        if self.y < BOTTOM:
            self.new_page()
        self.c.setFont(font, size)
        if centred:
            self.c.drawCentredString(A4[0] / 2, self.y, text)
        else:
            self.c.drawString(x, self.y, text)
        self.rows.append(self.y)
        self.y -= LEAD


def paragraph(p: Pages, kind: str, number: str, text: str) -> None:
    c = p.c
    if kind == "art":
        label = f"Article {number}"
        lead = stringWidth(label + " ", BOLD, SIZE)
        lines = wrap(text, p.width, first=lead)
        if p.y < BOTTOM:
            p.new_page()
        c.setFont(BOLD, SIZE)
        c.drawString(MARGIN, p.y, label)
        p.text(MARGIN + lead, lines[0])
        for line in lines[1:]:
            p.text(MARGIN, line)
    elif kind == "item":
        label, body = text.split(" ", 1)
        lines = wrap(body, p.width - HANG)
        if p.y < BOTTOM:
            p.new_page()
        c.setFont(FONT, SIZE)
        c.drawString(MARGIN, p.y, label)
        p.text(MARGIN + HANG, lines[0])
        for line in lines[1:]:
            p.text(MARGIN + HANG, line)
    else:
        lines = wrap(text, p.width, first=INDENT)
        p.text(MARGIN + INDENT, lines[0])
        for line in lines[1:]:
            p.text(MARGIN, line)


def main() -> None:
    p = Pages()
    for title_line in TITLE:
        p.text(0, title_line, BOLD, 13.5, centred=True)
    p.text(0, NOTE, FONT, 9.5, centred=True)
    for kind, number, text in BODY:
        paragraph(p, kind, number, text)
    p.numbers()
    p.c.showPage()
    p.c.save()


if __name__ == "__main__":
    main()
