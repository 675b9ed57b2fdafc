"""Regenerate tests/heldout13/community-dining-halls-measures.docx, a municipal rule as a PDF-to-Word converter leaves
it: every printed line of the gazette is a Word paragraph of its own.

    python tests/heldout13/make_dininghalls13_docx.py

Test data only (python-docx, a dependency of regkb's importer). The layout: the gazette's page was converted line by
line, so **a paragraph of the law runs over several Word paragraphs** (one per printed line, wrapped at 84
characters); the first line of a law paragraph carries a first-line indent, an item's lines a left indent (the
continuation lines deeper); "Article N" is a bold run at the start of an article's first line; the title, the order
line and the chapter headings are centred lines; **the gazette's running header and its page numbers are body
paragraphs** where the pages began and ended (the header paragraph starts a new page), so that they interrupt the text
of Art. 6 inside a sentence. The output is deterministic (fixed document properties and zip entry dates).
"""

from __future__ import annotations

import datetime as dt
import io
import textwrap
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

OUT = Path(__file__).resolve().parent / "community-dining-halls-measures.docx"
HEADER = "Gazette of the Ruyang Municipal People's Government · 2036 No. 12"
LINES_PER_PAGE = 40
WIDTH = 84
FIRST_PAGE = 31
TITLE = "Measures of Ruyang City on Community Dining Halls for Older Residents"
ORDER = "(Order No. 33 of the Ruyang Municipal People's Government, promulgated on 14 November 2036)"
# (chapter heading, [(article, [paragraphs])]); a paragraph "(a) ..." is an item
CHAPTERS: list[tuple[str, list[tuple[int, list[str]]]]] = [
    ("Chapter I  General Provisions", [
        (1, ["These Measures are formulated in accordance with the Law of the People's Republic of China on Protection "
             "of the Rights and Interests of the Elderly and the Food Safety Law of the People's Republic of China, so "
             "that older residents of Ruyang City can obtain affordable and safe meals close to home."]),
        (2, ["These Measures apply to community dining halls in the urban districts of Ruyang City and to the meal "
             "subsidies paid for their services.",
             "\u201cCommunity dining hall\u201d means a canteen run in a residential community that serves meals to "
             "older residents at a price below the market rate, whether in the hall or delivered to the home.",
             "An \u201colder resident\u201d, in these Measures, is taken to be a person aged sixty-five or over whose "
             "household is registered in Ruyang City.",
             "\u201cHall operator\u201d has reference to the social organisation or enterprise that runs a community "
             "dining hall under an agreement with a sub-district office."]),
        (3, ["It shall be the obligation of the municipal civil affairs bureau to set the rate of the meal subsidy "
             "each year and to pay it to hall operators every quarter.",
             "The district market regulation bureaus shall have charge of the food safety supervision of community dining "
             "halls.",
             "Sub-district offices shall choose hall operators by open tender and sign an agreement with each of "
             "them."]),
    ]),
    ("Chapter II  Running of Dining Halls", [
        (4, ["A hall operator shall not fail to keep a sample of every dish served for forty-eight hours in a "
             "refrigerator set aside for the purpose.",
             "A hall operator is under obligation to display the daily menu, the prices and the subsidised price for "
             "older residents at the entrance of the hall.",
             "Kitchen staff of a community dining hall must wear caps and masks at all times in the kitchen."]),
        (5, ["A hall operator shall complete the following before opening the hall:",
             "(a) fit the kitchen with a fume extractor and a disinfection cabinet;",
             "(b) obtain a food business licence;",
             "(c) insure the hall against public liability.",
             "It is not open to a hall operator to serve older residents food that was cooked on a previous day."]),
        (6, ["A hall operator shall not, in any event, charge an older resident more than the subsidised price set "
             "by the municipal civil affairs bureau.",
             "It shall be in order for a hall operator to open the hall to other residents at the market price, "
             "provided that older residents are served first.",
             "The sub-district office shall check each quarter that the hall operators in its area comply with the "
             "two preceding articles."]),
        (7, ["An older resident has a right to one subsidised lunch a day at a community dining hall of his or her "
             "choice.",
             "An older resident who cannot walk to the hall may require the hall operator to deliver the meal to the "
             "home for a fee of no more than three yuan.",
             "The hall operator is not free to refuse a delivery order because of the distance of the home within "
             "the sub-district."]),
        (8, ["The municipal civil affairs bureau stands behind volunteers and neighbourhood organisations in helping "
             "older residents to reach the halls.",
             "It is the wish of the Municipal People's Government that restaurants near residential communities will "
             "offer a dish at the subsidised price to older residents.",
             "Any organisation or individual may report to the municipal civil affairs bureau a hall operator that "
             "overcharges older residents or serves them unsafe food."]),
    ]),
    ("Chapter III  Legal Liability", [
        (9, ["A hall operator that opens the hall without a food business licence in breach of Article 5(1)(b) shall "
             "be ordered by the district market regulation bureau to close it, and an administrative penalty shall be "
             "given by the same bureau according to law."]),
        (10, ["A hall operator that breaches paragraph one of Article 6 shall refund the overcharge to the older "
              "residents concerned and shall be fined twice the amount overcharged by the municipal civil affairs "
              "bureau.",
              "A hall operator that obtains meal subsidies by false claims shall repay the subsidies so obtained, and "
              "the municipal civil affairs bureau shall stop paying it subsidies and strike it off the list of "
              "community dining halls."]),
        (11, ["Where an older resident falls ill from food served in breach of Article 4 or Article 5, the hall "
              "operator shall pay damages to the older resident."]),
        (12, ["Staff of the municipal civil affairs bureau or of sub-district offices who embezzle meal subsidies "
              "shall be punished by the organs that appointed them."]),
    ]),
    ("Chapter IV  Supplementary Provisions", [
        (13, ["These Measures take effect on 1 January 2037."]),
    ]),
]


class Converted:
    """The converter's output: one Word paragraph per printed line, page furniture in the body."""

    def __init__(self) -> None:
        self.d = docx.Document()
        self.line = 0
        self.page = FIRST_PAGE
        style = self.d.styles["Normal"]
        style.font.name = "Times New Roman"
        style.font.size = Pt(11)
        style.paragraph_format.space_after = Pt(0)
        style.paragraph_format.space_before = Pt(0)
        self.furniture(first=True)

    def furniture(self, first: bool = False) -> None:
        p = self.d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.paragraph_format.page_break_before = not first
        r = p.add_run(HEADER)
        r.font.size = Pt(9)
        self.line = 1

    def foot(self) -> None:
        p = self.d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(f"\u2014 {self.page} \u2014").font.size = Pt(9)
        self.page += 1

    def emit(self, text: str, *, bold_lead: str = "", centre: bool = False, first_indent: float = 0,
             left: float = 0, bold: bool = False) -> None:
        if self.line >= LINES_PER_PAGE:
            self.foot()
            self.furniture()
        p = self.d.add_paragraph()
        if centre:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if first_indent:
            p.paragraph_format.first_line_indent = Cm(first_indent)
        if left:
            p.paragraph_format.left_indent = Cm(left)
        if bold_lead:
            p.add_run(bold_lead).bold = True
        r = p.add_run(text)
        r.bold = bold or None
        self.line += 1

    def paragraph(self, text: str, number: int | None) -> None:
        item = text.startswith("(")
        lead = f"Article {number}  " if number is not None else ""
        width = WIDTH - (6 if item else 0)
        lines = textwrap.wrap(lead + text, width, break_on_hyphens=False, break_long_words=False)
        for i, ln in enumerate(lines):
            if i == 0 and lead:
                self.emit(ln[len(lead):], bold_lead=lead, first_indent=0.74)
            elif item:
                self.emit(ln, left=1.0 if i == 0 else 1.6)
            else:
                self.emit(ln, first_indent=0.74 if i == 0 else 0)

    def save(self) -> None:
        self.foot()
        self.d.core_properties.author = "PDF Converter"
        self.d.core_properties.title = TITLE
        self.d.core_properties.created = self.d.core_properties.modified = dt.datetime(2036, 11, 20, 8, 30, 0)
        self.d.core_properties.last_modified_by = "PDF Converter"
        self.d.core_properties.revision = 1
        buf = io.BytesIO()
        self.d.save(buf)
        with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src, zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as out:
            for info in src.infolist():
                fixed = zipfile.ZipInfo(info.filename, date_time=(2036, 11, 20, 0, 0, 0))
                fixed.compress_type = zipfile.ZIP_DEFLATED
                out.writestr(fixed, src.read(info.filename))


def main() -> None:
    doc = Converted()
    for ln in textwrap.wrap(TITLE, 60):
        doc.emit(ln, centre=True, bold=True)
    for ln in textwrap.wrap(ORDER, WIDTH):
        doc.emit(ln, centre=True)
    for heading, arts in CHAPTERS:
        doc.emit(heading, centre=True, bold=True)
        for n, paras in arts:
            for i, text in enumerate(paras):
                doc.paragraph(text, n if i == 0 else None)
    doc.save()


if __name__ == "__main__":
    main()
