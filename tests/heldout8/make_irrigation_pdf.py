"""Regenerate tests/heldout8/irrigation-water-metering-rules.pdf, a department's bulletin with a landscape table.

    python tests/heldout8/make_irrigation_pdf.py

Test data only (reportlab, a test dependency of regkb). The layout, as a provincial department prints
implementing rules in its bulletin: portrait A4 pages in one column; the title and the issuing note
centred on the first page; chapters centred in bold; **every article heading left-aligned in bold on a
line of its own with its caption** ("Article 4 Installation of Meters"); in an article of more than one
paragraph **each paragraph numbered "1." "2." "3."** with a hanging indent (an article of one paragraph
has no number); a running header (the bulletin's name and issue) and a bare page number at the foot
right. **Art. 6 ends in a table of responsibilities (No. | Party | Responsibilities) printed on a
page of its own turned to landscape**, with ruled cells whose text wraps inside the cell; the text
goes on in portrait on the next page. The output is deterministic (reportlab's invariant mode):
running this again gives the same bytes.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

OUT = Path(__file__).resolve().parent / "irrigation-water-metering-rules.pdf"
BULLETIN = "Songling Water Resources Bulletin   Issue 2 of 2031"
TITLE = ["Implementing Rules of Songling Province for the Metering", "of Water Withdrawal in Irrigation Districts"]
NOTE = "(Issued by the Department of Water Resources of Songling Province on 20 March 2031, Song Shui Gui [2031] No. 4)"
FONT, BOLD, SIZE, LEAD = "Times-Roman", "Times-Bold", 11, 14.5
MARGIN = 70
TOP_GAP, BOTTOM = 92, 78
HANG = 16
FIRST_PAGE = 21

# ("chapter" | "article", text) | ("para", text): a paragraph that opens "N. " gets a hanging indent
BODY: list[tuple[str, str]] = [
    ("chapter", "Chapter I General Provisions"),
    ("article", "Article 1 Purpose and Basis"),
    ("para", "These Rules are formulated in accordance with the Water Law of the People's Republic of China, the "
             "Regulations on the Administration of Water Withdrawal Permits and Collection of Water Resource Fees "
             "and the Data Security Law of the People's Republic of China, so that the water withdrawn in irrigation "
             "districts is measured accurately and its metering data are handled securely."),
    ("article", "Article 2 Scope and Terms"),
    ("para", "1. These Rules apply to the installation of metering facilities, and to the collection, transmission "
             "and use of metering data, in irrigation districts within Songling Province whose designed irrigated "
             "area exceeds 10,000 mu."),
    ("para", "2. \"Metering data\" as used in these Rules refers to the readings of flow meters and water level "
             "gauges at intake structures and canal outlets, together with the time and place of each reading."),
    ("para", "3. The management bodies of irrigation districts (hereinafter \"district managers\") are the units "
             "that operate the headworks and the main canals of an irrigation district."),
    ("article", "Article 3 Departments"),
    ("para", "The provincial department of water resources has the power to organise the supervision of water "
             "withdrawal metering throughout the province. It shall be the duty of the water resources bureaus of "
             "cities and counties to check the metering facilities in the irrigation districts of their "
             "administrative areas."),
    ("chapter", "Chapter II Metering Facilities and Data"),
    ("article", "Article 4 Installation of Meters"),
    ("para", "1. District managers shall be required to install flow meters at every intake structure and at each "
             "canal outlet that serves more than 500 mu by 31 December 2031."),
    ("para", "2. Water users' associations that draw water directly from a main canal are to install meters at "
             "their own outlets, and the district manager concerned can install the meters on their behalf at "
             "their expense."),
    ("article", "Article 5 Verification"),
    ("para", "1. District managers need to have every meter verified by a legal metrological verification "
             "institution before use and at least once every two years thereafter."),
    ("para", "2. No district manager shall use a meter that has failed verification, or alter the readings stored "
             "in a meter."),
    ("article", "Article 6 Division of Responsibilities"),
    ("para", "District managers, water users' associations, the provincial water resources monitoring centre and "
             "the water resources bureaus of cities and counties shall perform the following responsibilities for "
             "metering data:"),
    ("table", ""),
    ("article", "Article 7 Use of Data"),
    ("para", "1. District managers and the water resources bureaus of cities and counties may use metering data only "
             "for the allocation of water quotas, the calculation of water charges and the planning of irrigation "
             "works."),
    ("para", "2. It is forbidden for any organization or individual to sell metering data or to use them to locate "
             "the households of individual farmers."),
    ("para", "3. Where a water user asks for the readings of its own outlet, the district manager should provide "
             "them within three working days."),
    ("chapter", "Chapter III Supervision and Legal Liability"),
    ("article", "Article 8 Inspection"),
    ("para", "1. When carrying out inspections, inspectors of the water resources bureaus of cities and counties can "
             "enter metering stations, read the meters and copy the records, and district managers are not to "
             "refuse or obstruct them."),
    ("para", "2. Inspectors shall keep confidential the personal information of water users that they learn in the "
             "course of inspections."),
    ("article", "Article 9 Legal Liability"),
    ("para", "1. Where a district manager fails to install meters as required by paragraph 1 of Article 4, the "
             "water resources bureau of the city or county shall order it to do so within a time limit and may "
             "impose a fine of not less than 10,000 yuan but not more than 50,000 yuan."),
    ("para", "2. A district manager that uses a meter in violation of Article 5 or alters metering data is liable "
             "to a fine of not more than 30,000 yuan."),
    ("para", "3. Where the sale of metering data in violation of paragraph 2 of Article 7 constitutes a crime, "
             "criminal liability shall be pursued in accordance with the law."),
    ("article", "Article 10 Entry into Force"),
    ("para", "These Rules shall come into force on 1 May 2031."),
]

# Art. 6's table: No. | Party | Responsibilities
TABLE_HEAD = ("No.", "Party", "Responsibilities")
TABLE_ROWS = [
    ("1", "District managers", "Collect the readings of every meter at least once an hour by automatic telemetry, "
                               "and upload them to the provincial water resources monitoring platform within 24 "
                               "hours of each reading."),
    ("2", "Water users' associations", "Keep a written log of the water drawn by each member; are not to share the "
                                       "names and telephone numbers of members with third parties without their "
                                       "consent."),
    ("3", "Provincial water resources monitoring centre", "Store the metering data for at least ten years, and back "
                                                          "up the data to a second site at least once a week."),
    ("4", "Water resources bureaus of cities and counties", "Review the metering data of their areas each month, and "
                                                            "notify district managers of abnormal readings within "
                                                            "five working days."),
]


def wrap(text: str, width: float, font: str = FONT, size: float = SIZE) -> list[str]:
    lines: list[str] = []
    line: list[str] = []
    for word in text.split():
        trial = " ".join([*line, word])
        if line and stringWidth(trial, font, size) > width:
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
        self.c.setAuthor("Department of Water Resources of Songling Province")
        self.size = A4
        self.page = FIRST_PAGE
        self.y = self.size[1] - TOP_GAP
        self.furniture()

    def furniture(self) -> None:
        c, (w, h) = self.c, self.size
        c.setFont(FONT, 9)
        c.drawString(MARGIN, h - 50, BULLETIN)
        c.setLineWidth(0.5)
        c.line(MARGIN, h - 56, w - MARGIN, h - 56)
        c.drawRightString(w - MARGIN, 44, str(self.page))

    def new_page(self, size: tuple[float, float]) -> None:
        self.c.showPage()
        self.page += 1
        self.size = size
        self.c.setPageSize(size)
        self.y = size[1] - TOP_GAP
        self.furniture()

    def need(self, height: float) -> None:
        if self.y - height < BOTTOM:
            self.new_page(A4)

    @property
    def width(self) -> float:
        return float(self.size[0]) - 2 * MARGIN


def table(p: Pages) -> None:
    """Art. 6's table on a landscape page of its own, then back to portrait."""
    p.new_page(landscape(A4))
    c = p.c
    cols = [40.0, 190.0, p.width - 230.0]
    pad, size, lead = 5.0, 10.5, 13.0

    def row(cells: tuple[str, str, str], font: str) -> None:
        wrapped = [wrap(t, cols[i] - 2 * pad, font, size) for i, t in enumerate(cells)]
        height = max(len(w) for w in wrapped) * lead + 2 * pad
        top = p.y
        x = float(MARGIN)
        # cell by cell, so that a cell's lines are read together
        for i, lines in enumerate(wrapped):
            c.setFont(font, size)
            for k, line in enumerate(lines):
                c.drawString(x + pad, top - pad - size - k * lead, line)
            c.rect(x, top - height, cols[i], height)
            x += cols[i]
        p.y = top - height

    row(TABLE_HEAD, BOLD)
    for r in TABLE_ROWS:
        row(r, FONT)
    p.new_page(A4)


def main() -> None:
    p = Pages()
    c = p.c
    c.setFont(BOLD, 14)
    for title_line in TITLE:
        c.drawCentredString(A4[0] / 2, p.y, title_line)
        p.y -= 19
    c.setFont(FONT, 9)
    c.drawCentredString(A4[0] / 2, p.y, NOTE)
    p.y -= 22
    for kind, text in BODY:
        if kind == "table":
            table(p)
            continue
        if kind in ("chapter", "article"):
            p.need(LEAD * 2 + 8)
            p.y -= 6
            c.setFont(BOLD, SIZE)
            if kind == "chapter":
                c.drawCentredString(A4[0] / 2, p.y, text)
            else:
                c.drawString(MARGIN, p.y, text)
            p.y -= LEAD + 2
            continue
        numbered = text[:1].isdigit() and text[1:3] == ". "
        indent = HANG if numbered else 0
        if numbered:
            body = text[3:]
            lines = wrap(body, p.width - HANG)
        else:
            lines = wrap(text, p.width)
        for i, line in enumerate(lines):
            p.need(LEAD)
            c.setFont(FONT, SIZE)
            if numbered and i == 0:
                c.drawString(MARGIN, p.y, text[:2])
            c.drawString(MARGIN + indent, p.y, line)
            p.y -= LEAD
        p.y -= 3
    c.showPage()
    c.save()


if __name__ == "__main__":
    main()
