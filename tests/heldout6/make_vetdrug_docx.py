"""Regenerate tests/heldout6/veterinary-drug-codes-notice.docx, a provincial department's Word file.

    python tests/heldout6/make_vetdrug_docx.py

Test data only (python-docx, a dependency of regkb's importer). The layout, as a provincial
department's office types a normative document: **a notice that promulgates the measures** comes
first (document number, title, addressees, two paragraphs, the department's name and the date),
then the line "Annex" and the measures themselves. **No Word styles**: every line is a Normal
paragraph with direct formatting (titles bold and centred); every article's first paragraph opens
with a bold run "Article N" followed by an ideographic space (U+3000) and the text in the same
paragraph; items are typed "(1)" paragraphs; the legal liability article ends in a **table of
violations and penalties** (No. | Violation | Provision violated | Handling) after its lead-in;
**reviewers' Word comments** (two, with modal words in them) are anchored on runs of the text. All
numbers are typed. The output is deterministic (fixed document properties, comment dates and zip
entry dates): running this again gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

import docx
from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt
from docx.text.paragraph import Paragraph

OUT = Path(__file__).resolve().parent / "veterinary-drug-codes-notice.docx"
DEPT = "Department of Agriculture and Rural Affairs of Xunhai Province"
MEASURES = "Measures of Xunhai Province for the Administration of Veterinary Drug Traceability Codes"
NOTICE = [
    ("center-bold", f"Notice of the {DEPT} on Issuing the {MEASURES}"),
    ("center", "Xun Nong Fa [2029] No. 17"),
    ("plain", "The agricultural and rural affairs bureaus of all cities and counties, and the units directly under the "
              "Department:"),
    ("indent", f"The {MEASURES}, which were adopted at the executive meeting of the Department, are hereby issued to "
               "you. Please implement them conscientiously in light of local conditions."),
    ("indent", "Please report problems encountered in the implementation to the Veterinary Drug Administration Division "
               "of the Department in a timely manner."),
    ("right", DEPT),
    ("right", "8 June 2029"),
    ("plain", "Annex"),
    ("center-bold", MEASURES),
]
# ("article", number, text) | ("para", text) | ("table", lead-in already given) ; a text part in
# {curly braces} carries a reviewer's comment
ARTICLES: list[tuple[str, ...]] = [
    ("article", "1", "These Measures are formulated in accordance with the Regulations on the Administration of "
                     "Veterinary Drugs and the relevant provisions of the State, with a view to tracing the production "
                     "and circulation of veterinary drugs and ensuring the quality and safety of animal products."),
    ("article", "2", "These Measures apply to the assignment, printing, scanning and uploading of traceability codes by "
                     "veterinary drug manufacturers and veterinary drug operators within the administrative area of "
                     "this Province."),
    ("para", "\u201cVeterinary drug traceability code\u201d as used in these Measures is the unique identification code "
             "that is assigned to each smallest sales package of a veterinary drug and can be read by scanning. The "
             "term \u201cveterinary drug operators\u201d includes wholesale enterprises, retail stores and online sellers "
             "of veterinary drugs."),
    ("article", "3", f"The {DEPT} (hereinafter \u201cthe provincial department\u201d) is responsible for the "
                     "supervision of veterinary drug traceability codes throughout the Province. The agricultural and "
                     "rural affairs bureaus of cities and counties shall carry out the supervision and inspection of "
                     "traceability codes within their administrative areas."),
    ("article", "4", "Before a product leaves the factory, veterinary drug manufacturers must assign a traceability code "
                     "to each smallest sales package and print it clearly on the package. A traceability code may not "
                     "be used repeatedly or transferred to another manufacturer."),
    ("article", "5", "Veterinary drug manufacturers and veterinary drug operators are to upload the data of products "
                     "leaving the factory, entering stock and being sold to the national veterinary drug traceability "
                     "system within three working days."),
    ("para", "Retail stores whose annual sales are less than 500,000 yuan {are permitted to} upload their sales data "
             "once a month."),
    ("article", "6", "Veterinary drug operators are required to scan the traceability code when purchasing and selling "
                     "veterinary drugs, and are not permitted to sell veterinary drugs that carry no traceability code."),
    ("article", "7", "Entities that operate online trading platforms for veterinary drugs shall verify the traceability "
                     "code information of the veterinary drugs sold on their platforms, and {have the obligation to "
                     "stop} the sale of products whose codes cannot be verified."),
    ("article", "8", "Livestock farms may check the authenticity of a veterinary drug by scanning its traceability code "
                     "with the official mobile application, and are entitled to report counterfeit drugs to the "
                     "agricultural and rural affairs bureau of the place where they are located."),
    ("article", "9", "The agricultural and rural affairs bureaus of cities and counties shall conduct random checks of "
                     "traceability codes at least twice a year. The results of the checks shall be published on the "
                     "website of the provincial department."),
    ("article", "10", "Acts in violation of these Measures shall be handled by the agricultural and rural affairs "
                      "bureaus of cities and counties in accordance with the following table:"),
    ("table",),
    ("article", "11", "These Measures shall be implemented from 1 August 2029 and shall remain valid for five years."),
]
TABLE = [
    ("No.", "Violation", "Provision violated", "Handling"),
    ("1", "A veterinary drug manufacturer fails to assign or print traceability codes", "Article 4",
     "Order to make corrections within a time limit; a fine of not more than 30,000 yuan if no correction is made "
     "within the time limit"),
    ("2", "A veterinary drug manufacturer or veterinary drug operator fails to upload data on time",
     "Article 5, paragraph 1", "Order to make corrections; a warning"),
    ("3", "A veterinary drug operator sells veterinary drugs that carry no traceability code", "Article 6",
     "Confiscation of the drugs and the illegal income; a fine of not less than 10,000 yuan but not more than "
     "50,000 yuan"),
    ("4", "An entity that operates an online trading platform fails to stop the sale of products whose codes cannot "
          "be verified", "Article 7", "Order to make corrections; a record in the credit file of the entity"),
]
COMMENTS = {
    "are permitted to": "Reviewer (Li): the Chinese has \u53ef\u4ee5; should this be \u201cmay\u201d as elsewhere?",
    "have the obligation to stop": "Reviewer (Li): check whether platforms must also keep the verification records.",
}
WHEN = dt.datetime(2029, 6, 8, 9, 0, 0)


def text_runs(d: Document, p: Paragraph, text: str) -> None:
    """Add ``text`` to paragraph ``p``; a part in {braces} is its own run with a reviewer's comment."""
    while "{" in text:
        before, rest = text.split("{", 1)
        marked, text = rest.split("}", 1)
        if before:
            p.add_run(before)
        run = p.add_run(marked)
        d.add_comment(run, text=COMMENTS[marked], author="Li Wen", initials="LW")
    if text:
        p.add_run(text)


def main() -> None:
    d = docx.Document()
    d.core_properties.author = DEPT
    d.core_properties.title = MEASURES
    d.core_properties.created = d.core_properties.modified = WHEN
    d.core_properties.last_modified_by = "Li Wen"
    d.core_properties.revision = 3
    d.styles["Normal"].font.size = Pt(12)
    for kind, text in NOTICE:
        p = d.add_paragraph()
        run = p.add_run(text)
        if kind.startswith("center"):
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            run.bold = kind.endswith("bold")
        elif kind == "right":
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "indent":
            p.paragraph_format.first_line_indent = Pt(24)
    for entry in ARTICLES:
        if entry[0] == "table":
            table = d.add_table(rows=0, cols=4)
            table.style = "Table Grid"
            for i, row in enumerate(TABLE):
                cells = table.add_row().cells
                for cell, value in zip(cells, row, strict=True):
                    cell.text = value
                    if i == 0:
                        cell.paragraphs[0].runs[0].bold = True
            continue
        p = d.add_paragraph()
        p.paragraph_format.first_line_indent = Pt(24)
        if entry[0] == "article":
            p.add_run(f"Article {entry[1]}").bold = True
            p.add_run("\u3000")
            text_runs(d, p, entry[2])
        else:
            text_runs(d, p, entry[1])
    buf = io.BytesIO()
    d.save(buf)
    data = buf.getvalue()
    # rewrite the zip with fixed entry dates (python-docx stamps the time of saving) and the
    # comments' dates fixed (python-docx stamps them with the time the comment is added)
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            body = src.read(info.filename)
            if info.filename == "word/comments.xml":
                body = re.sub(rb'w:date="[^"]*"', b'w:date="2029-06-08T09:00:00Z"', body)
            fixed = zipfile.ZipInfo(info.filename, date_time=(2029, 6, 8, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(fixed, body)


if __name__ == "__main__":
    main()
