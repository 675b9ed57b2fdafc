"""Regenerate tests/heldout6/building-energy-data-gazette.pdf, two pages of a municipal gazette.

    python tests/heldout6/make_energy_pdf.py

Test data only (reportlab, a test dependency of regkb). The layout, as a government gazette prints
a regulation: **two columns** on an A4 page; the title and the adoption note span both columns at
the top of the first page; chapter headings centred in bold in their column; every article's first
paragraph opens with "Article N" in bold followed by two spaces and the text (first-line indent,
ragged right, no blank lines); **a running header on every page that looks like law**: the
gazette's name and issue on the left and, on the right, the title of the chapter the page starts in
("Chapter II Collection and Reporting"), under a rule; the gazette's own page number ("- 23 -",
"- 24 -") centred at the foot. The text flows down the left column, then the right one. The output
is deterministic (reportlab's invariant mode): running this again gives the same bytes.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

OUT = Path(__file__).resolve().parent / "building-energy-data-gazette.pdf"
GAZETTE = "Donglin Municipal People's Government Gazette   Issue 11 of 2029"
TITLE = ["Measures of Donglin Municipality for the Administration of", "Building Energy Consumption Monitoring Data"]
NOTE = ["(Adopted at the 37th Executive Meeting of the Donglin Municipal People's Government on 14 August 2029,",
        "and promulgated by Order No. 208 of the Mayor of Donglin on 28 August 2029)"]
FONT, BOLD, SIZE, LEAD = "Times-Roman", "Times-Bold", 11, 15.6
MARGIN, GUTTER = 56, 20
COL_W = (A4[0] - 2 * MARGIN - GUTTER) / 2
TOP, BOTTOM = A4[1] - 80, 70
INDENT = 20
FIRST_PAGE = 23

# ("chapter", title) | ("article", number, text) | ("para", text)
BODY: list[tuple[str, ...]] = [
    ("chapter", "Chapter I General Provisions"),
    ("article", "1", "To strengthen the management of building energy consumption monitoring data, promote energy "
                     "conservation in buildings and protect the lawful rights and interests of building owners, these "
                     "Measures are made pursuant to the Energy Conservation Law of the People's Republic of China, the "
                     "Regulations on Energy Conservation in Civil Buildings and other laws and regulations, in "
                     "consideration of the situation of this Municipality."),
    ("article", "2", "These Measures govern the collection, reporting, use and protection of building energy "
                     "consumption monitoring data in this Municipality."),
    ("para", "Building energy consumption monitoring data (hereinafter referred to as \"energy data\") refers to the "
             "electricity, gas, heat and water consumption of public buildings and large residential complexes that "
             "metering devices collect at intervals of no more than one hour."),
    ("article", "3", "The municipal housing and urban-rural development department shall be responsible for the "
                     "supervision and management of energy data throughout the Municipality. District housing and "
                     "urban-rural development departments shall, according to the division of duties, be responsible "
                     "for the daily supervision of energy data within their districts."),
    ("para", "The municipal big data centre is to provide technical support for the operation of the municipal energy "
             "monitoring platform."),
    ("chapter", "Chapter II Collection and Reporting"),
    ("article", "4", "Owners of public buildings with a floor area of 20,000 square metres or more, as well as the "
                     "property service enterprises entrusted by them, ought to install metering devices for "
                     "electricity, gas, heat and water by category and connect them to the municipal energy "
                     "monitoring platform."),
    ("para", "The installation of metering devices in newly built public buildings is to be completed before the "
             "acceptance inspection upon completion of the project, and the construction unit bears responsibility "
             "for it."),
    ("article", "5", "Owners and property service enterprises that have connected metering devices to the platform "
                     "have the duty to ensure that the devices operate normally, and are not to interrupt the upload "
                     "of energy data without justifiable reasons. Where a device fails, it shall be repaired within "
                     "72 hours."),
    ("article", "6", "Energy data of public buildings shall be published annually by the municipal housing and "
                     "urban-rural development department, except for the data of buildings that involve state "
                     "secrets."),
    ("para", "The energy data of an individual household must not be published or provided to others without the "
             "consent of the household."),
    ("article", "7", "Energy service companies, research institutions and universities are entitled to apply to the "
                     "municipal housing and urban-rural development department for access to desensitised energy "
                     "data for the purposes of energy-saving diagnosis and research, but ought not to use such data to "
                     "identify a specific building or household."),
    ("article", "8", "The municipal big data centre shall take measures such as encryption, access control and log "
                     "auditing to ensure the security of energy data. Where a security incident occurs, the municipal "
                     "big data centre is obliged to take remedial measures immediately and report to the municipal "
                     "housing and urban-rural development department."),
    ("chapter", "Chapter III Legal Liability"),
    ("article", "9", "Where an owner of a public building or a property service enterprise violates the first "
                     "paragraph of Article 4 or Article 5 of these Measures, the municipal or district housing and "
                     "urban-rural development department shall order it to make corrections within a time limit; "
                     "where it fails to do so within the time limit, it shall be fined not less than 5,000 yuan but "
                     "not more than 30,000 yuan, and the violation shall be recorded in its credit file."),
    ("para", "Where an energy service company, research institution or university uses energy data in violation of "
             "Article 7, the municipal housing and urban-rural development department shall stop providing energy "
             "data to it and may impose a fine of not more than 10,000 yuan."),
    ("article", "10", "Staff of the housing and urban-rural development departments or of the municipal big data "
                      "centre who leak energy data or abuse their powers in its management shall be given "
                      "disciplinary sanctions in accordance with law."),
    ("article", "11", "These Measures shall take effect on 1 October 2029."),
]


def wrap(words: list[str], fonts: list[str], first_indent: float) -> list[list[tuple[str, str]]]:
    """Lines of (word, font) filling a column; the first line indented."""
    lines: list[list[tuple[str, str]]] = []
    line: list[tuple[str, str]] = []
    width, avail = 0.0, COL_W - first_indent
    for word, font in zip(words, fonts, strict=True):
        w = stringWidth(word, font, SIZE) + (stringWidth(" ", FONT, SIZE) if line else 0)
        if line and width + w > avail:
            lines.append(line)
            line, width, avail = [], 0.0, COL_W
            w = stringWidth(word, font, SIZE)
        line.append((word, font))
        width += w
    lines.append(line)
    return lines


class Pages:
    def __init__(self) -> None:
        self.c = canvas.Canvas(str(OUT), pagesize=A4, invariant=1)
        self.c.setTitle(" ".join(TITLE))
        self.c.setAuthor("Donglin Municipal People's Government")
        self.page = FIRST_PAGE
        self.col = 0
        self.chapter = ""
        self.top = TOP - 62  # the first page's title block spans both columns
        self.y = self.top
        self.header()

    def header(self) -> None:
        c = self.c
        c.setFont(FONT, 8.5)
        c.drawString(MARGIN, A4[1] - 50, GAZETTE)
        if self.chapter:
            c.drawRightString(A4[0] - MARGIN, A4[1] - 50, self.chapter)
        c.setLineWidth(0.5)
        c.line(MARGIN, A4[1] - 55, A4[0] - MARGIN, A4[1] - 55)

    def x(self) -> float:
        return float(MARGIN + self.col * (COL_W + GUTTER))

    def need(self, height: float) -> None:
        if self.y - height >= BOTTOM:
            return
        if self.col == 0:
            self.col, self.y = 1, self.top
            return
        self.c.setFont(FONT, 9)
        self.c.drawCentredString(A4[0] / 2, 40, f"- {self.page} -")
        self.c.showPage()
        self.page += 1
        self.col, self.top = 0, TOP
        self.y = self.top
        self.header()

    def finish(self) -> None:
        self.c.setFont(FONT, 9)
        self.c.drawCentredString(A4[0] / 2, 40, f"- {self.page} -")
        self.c.showPage()
        self.c.save()


def main() -> None:
    p = Pages()
    c = p.c
    y = TOP
    c.setFont(BOLD, 14)
    for title_line in TITLE:
        c.drawCentredString(A4[0] / 2, y, title_line)
        y -= 18
    c.setFont(FONT, 8.5)
    for note_line in NOTE:
        c.drawCentredString(A4[0] / 2, y, note_line)
        y -= 11
    for entry in BODY:
        if entry[0] == "chapter":
            p.chapter = p.chapter or entry[1]
            p.need(LEAD * 3)
            p.y -= 4
            c.setFont(BOLD, SIZE + 0.5)
            c.drawCentredString(p.x() + COL_W / 2, p.y, entry[1])
            p.y -= LEAD + 4
            p.chapter = entry[1]
            continue
        if entry[0] == "article":
            words = [f"Article {entry[1]}", *entry[2].split()]
            fonts = [BOLD] + [FONT] * (len(words) - 1)
        else:
            words = entry[1].split()
            fonts = [FONT] * len(words)
        for i, line in enumerate(wrap(words, fonts, INDENT)):
            p.need(LEAD)
            x = p.x() + (INDENT if i == 0 else 0)
            # one text run per font, with real space characters (as a word processor writes them)
            runs: list[tuple[str, str]] = []
            for word, font in line:
                if runs and runs[-1][1] == font:
                    runs[-1] = (f"{runs[-1][0]} {word}", font)
                else:
                    runs.append((word, font))
            for j, (run, font) in enumerate(runs):
                text = run + ("  " if font == BOLD and j < len(runs) - 1 else "")
                c.setFont(font, SIZE)
                c.drawString(x, p.y, text)
                x += stringWidth(text, font, SIZE)
            p.y -= LEAD
    p.finish()


if __name__ == "__main__":
    main()
