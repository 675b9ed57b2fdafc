"""Regenerate tests/heldout7/geological-borehole-data-measures.pdf, a department's bulletin.

    python tests/heldout7/make_borehole_pdf.py

Test data only (reportlab, a test dependency of regkb). The layout, as a provincial department prints
a normative document in its bulletin: one column on an A4 page; the title and the issuing note centred
at the top of the first page; **chapters and sections** as centred bold lines ("Chapter II Submission
and Custody", then "Section 1 Submission"); **every article heading centred in bold on a line of its
own** ("Article 4"), the article's text below it in paragraphs with a first-line indent, ragged right;
a running header (the bulletin's name and issue, under a rule) on every page and the bulletin's page
number ("- 7 -") centred at the foot. The output is deterministic (reportlab's invariant mode):
running this again gives the same bytes.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

OUT = Path(__file__).resolve().parent / "geological-borehole-data-measures.pdf"
BULLETIN = "Bulletin of the Department of Natural Resources of Xunhai Province   No. 3 of 2030"
TITLE = ["Measures of the Department of Natural Resources of Xunhai Province", "for the Administration of Geological Borehole Data"]
NOTE = ["(Issued by the Department of Natural Resources of Xunhai Province on 10 February 2030, Xun Zi Gui [2030] No. 2)"]
FONT, BOLD, SIZE, LEAD = "Times-Roman", "Times-Bold", 11, 15.0
MARGIN = 72
WIDTH = A4[0] - 2 * MARGIN
TOP, BOTTOM = A4[1] - 90, 80
INDENT = 22
FIRST_PAGE = 7

# ("heading", text) for chapters, sections and article headings | ("para", text)
BODY: list[tuple[str, str]] = [
    ("heading", "Chapter I General Provisions"),
    ("heading", "Article 1"),
    ("para", "These Measures are formulated in accordance with the Mineral Resources Law of the People's Republic of "
             "China, the Regulations on the Administration of Geological Materials and other relevant provisions, "
             "with a view to ensuring the complete submission, secure custody and effective use of geological "
             "borehole data."),
    ("heading", "Article 2"),
    ("para", "These Measures apply to geological borehole data produced by geological exploration projects carried "
             "out within Xunhai Province."),
    ("para", "\"Geological borehole data\" as used in these Measures means core logs, drilling records, downhole "
             "geophysical logs, sampling and testing results and the coordinates of boreholes."),
    ("heading", "Article 3"),
    ("para", "The provincial department of natural resources (hereinafter \"the provincial department\") shall be "
             "responsible for the supervision of the submission and custody of geological borehole data. It shall be "
             "the duty of the provincial geological data centre to receive, keep and catalogue the data submitted."),
    ("heading", "Chapter II Submission and Custody"),
    ("heading", "Section 1 Submission"),
    ("heading", "Article 4"),
    ("para", "Project undertakers shall be required to submit geological borehole data to the provincial geological "
             "data centre within ninety days after the acceptance of the project."),
    ("para", "Where a project is terminated before completion, the data already produced are to be submitted within "
             "sixty days of the termination."),
    ("heading", "Article 5"),
    ("para", "The data submitted are to include the following:"),
    ("para", "(1) the original core logs and drilling records;"),
    ("para", "(2) the downhole geophysical logs;"),
    ("para", "(3) the sampling and testing reports."),
    ("heading", "Section 2 Custody"),
    ("heading", "Article 6"),
    ("para", "The provincial geological data centre is to keep the physical cores in a core repository with fire "
             "protection and humidity control, and is not to destroy any core without the approval of the "
             "provincial department."),
    ("heading", "Article 7"),
    ("para", "No project undertaker shall alter or withhold the original drilling records. Copies of the records "
             "kept by project undertakers shall be marked as copies."),
    ("heading", "Chapter III Use and Legal Liability"),
    ("heading", "Section 1 Use"),
    ("heading", "Article 8"),
    ("para", "Geological borehole data submitted under these Measures are open to the public three years after "
             "submission, except for data that involve state secrets."),
    ("para", "Project undertakers can apply to the provincial department for an extension of the protection period "
             "of up to two years."),
    ("heading", "Article 9"),
    ("para", "Users of geological borehole data shall indicate the source of the data when publishing research "
             "results based on them, and are not to provide the data to overseas organizations without the approval "
             "of the provincial department."),
    ("heading", "Section 2 Legal Liability"),
    ("heading", "Article 10"),
    ("para", "Where a project undertaker fails to submit geological borehole data as required by Article 4 of these "
             "Measures, the provincial department shall order it to submit the data within a time limit; if it "
             "fails to do so within the time limit, the provincial department is to give it a notice of criticism "
             "and record the failure in its credit file."),
    ("para", "Where a project undertaker violates Article 7, the provincial department shall impose a fine of not "
             "more than 30,000 yuan."),
    ("heading", "Article 11"),
    ("para", "These Measures shall be effective from 1 March 2030 and shall remain valid for five years."),
]


def wrap(text: str, first_indent: float) -> list[str]:
    lines: list[str] = []
    line: list[str] = []
    avail = WIDTH - first_indent
    for word in text.split():
        trial = " ".join([*line, word])
        if line and stringWidth(trial, FONT, SIZE) > avail:
            lines.append(" ".join(line))
            line, avail = [word], WIDTH
        else:
            line.append(word)
    lines.append(" ".join(line))
    return lines


class Pages:
    def __init__(self) -> None:
        self.c = canvas.Canvas(str(OUT), pagesize=A4, invariant=1)
        self.c.setTitle(" ".join(TITLE))
        self.c.setAuthor("Department of Natural Resources of Xunhai Province")
        self.page = FIRST_PAGE
        self.y = TOP
        self.header()

    def header(self) -> None:
        c = self.c
        c.setFont(FONT, 9)
        c.drawCentredString(A4[0] / 2, A4[1] - 52, BULLETIN)
        c.setLineWidth(0.5)
        c.line(MARGIN, A4[1] - 58, A4[0] - MARGIN, A4[1] - 58)

    def footer(self) -> None:
        self.c.setFont(FONT, 9)
        self.c.drawCentredString(A4[0] / 2, 45, f"- {self.page} -")

    def need(self, height: float) -> None:
        if self.y - height >= BOTTOM:
            return
        self.footer()
        self.c.showPage()
        self.page += 1
        self.y = TOP
        self.header()

    def finish(self) -> None:
        self.footer()
        self.c.showPage()
        self.c.save()


def main() -> None:
    p = Pages()
    c = p.c
    c.setFont(BOLD, 14)
    for title_line in TITLE:
        c.drawCentredString(A4[0] / 2, p.y, title_line)
        p.y -= 19
    c.setFont(FONT, 9)
    for note_line in NOTE:
        c.drawCentredString(A4[0] / 2, p.y, note_line)
        p.y -= 12
    p.y -= 10
    for kind, text in BODY:
        if kind == "heading":
            # a heading is kept with the first line that follows it
            p.need(LEAD * 2 + 6)
            p.y -= 6
            c.setFont(BOLD, SIZE)
            c.drawCentredString(A4[0] / 2, p.y, text)
            p.y -= LEAD + 2
            continue
        for i, line in enumerate(wrap(text, INDENT)):
            p.need(LEAD)
            c.setFont(FONT, SIZE)
            c.drawString(MARGIN + (INDENT if i == 0 else 0), p.y, line)
            p.y -= LEAD
    p.finish()


if __name__ == "__main__":
    main()
