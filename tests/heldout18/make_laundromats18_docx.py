"""Regenerate tests/heldout18/laundromat-provisions-style-separators.docx, a city bureau's normative document as a
lawyer's Word file with run-in article headings made by Word's "style separator".

    python tests/heldout18/make_laundromats18_docx.py

Test data only (python-docx, a dependency of regkb's importer). The layout: every article heading ("Article 5
Machines") is a paragraph of its own in the heading style "Article Heading" (outline level 3, so that Word's contents
and navigation pane list it), **whose paragraph mark is hidden with the style separator** (`w:vanish` and `w:specVanish`
on the paragraph mark's run properties): Word prints the heading and the article's first paragraph on one line, as a
run-in heading, while the file holds them as two paragraphs. Later paragraphs are Normal paragraphs with a first-line
indent; items "(1)" indented paragraphs; chapters "Chapter II  Operation" in Heading 2, centred; the title, the
document number and the issuing line centred; a page footer with the file name. Curly quotes. The output is
deterministic (fixed document properties and zip entry dates).
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.shared import Cm, Pt

OUT = Path(__file__).resolve().parent / "laundromat-provisions-style-separators.docx"
TITLE = "Provisions of Tanxi City on Self-Service Laundromats"
NUMBER = "Tan Shang Gui [2038] No. 9"
ISSUED = "Issued by the Tanxi Municipal Commerce Bureau on 12 May 2038"
FOOTER = "TX-laundromats-2038-9 (working copy, Wenhe & Partners)"
# (chapter heading, [(article heading, [paragraphs])]); a paragraph "(1) ..." is an item
CHAPTERS: list[tuple[str, list[tuple[str, list[str]]]]] = [
    ("Chapter I  General Provisions", [
        ("Article 1  Basis", [
            "These Provisions are formulated in accordance with the Regulations of Tanxi City on the Administration of "
            "Urban Drainage, and with regard to the Measures for the Administration of Internet Information Services "
            "where laundromats take orders through mobile applications, so that self-service laundromats in the city "
            "are safe, clean and fair to their customers."]),
        ("Article 2  Terms", [
            "In these Provisions, the following terms have the meanings given here:",
            "(1) \u201cself-service laundromat\u201d means premises where customers wash or dry their laundry in coin- "
            "or app-operated machines with no attendant present;",
            "(2) \u201claundromat operator\u201d means the person who runs a self-service laundromat under a business "
            "licence;",
            "(3) a \u201cmachine supplier\u201d is the enterprise that leases washing machines or dryers to a laundromat "
            "operator and keeps them in repair."]),
        ("Article 3  Supervision", [
            "The Tanxi Municipal Commerce Bureau is to oversee the running of laundromats across the city; the district "
            "commerce departments are to inspect the laundromats in their own districts.",
            "The Tanxi Municipal Ecology and Environment Bureau ought to guide laundromats on the discharge of washing "
            "water."]),
    ]),
    ("Chapter II  Operation", [
        ("Article 4  Opening", [
            "A laundromat operator shall, within ten days after opening, report the address, the number of machines and "
            "an emergency contact to the district commerce department.",
            "A laundromat operator bears the obligation to keep the premises lit and ventilated, with a camera covering "
            "the entrance throughout the hours of opening.",
            "The door lock of a running machine is not to be disabled by the laundromat operator or by the machine "
            "supplier."]),
        ("Article 5  Machines", [
            "The machine supplier shall service every machine at least once a quarter, and must replace at once a door "
            "lock that fails to hold.",
            "Dryers are to be cleared of lint by the laundromat operator after every twenty cycles.",
            "Machines set aside for pet bedding must be marked as such, and no laundromat operator may let them be used "
            "for other laundry."]),
        ("Article 6  Customers", [
            "Customers are prohibited from washing clothes soiled with oil, paint or chemicals in the machines, and from "
            "drying rubber-backed mats; they have to empty the lint filter after using a dryer.",
            "Laundry left in a machine for more than twenty-four hours may be taken out by the laundromat operator and "
            "kept for thirty days.",
            "A customer whose wash is cut short by a machine fault shall be entitled to a second cycle free of charge or "
            "to a refund."]),
        ("Article 7  Payment Data", [
            "Where a laundromat takes payment through a mobile application, the laundromat operator is barred from "
            "collecting personal information beyond the customer\u2019s telephone number and payment record.",
            "Customers enjoy the right to have their telephone numbers erased once they close their accounts."]),
        ("Article 8  Inspection and Support", [
            "The district commerce departments have the authority to enter a laundromat and test its machines at any "
            "time.",
            "The city encourages laundromat operators to install machines that use less water and to offer free washing "
            "to residents of care homes.",
            "Machine suppliers are requested to take back worn machines for recycling."]),
    ]),
    ("Chapter III  Legal Liability", [
        ("Article 9  Operators", [
            "A laundromat operator that fails to report under Article 4, paragraph 1 shall be warned by the district "
            "commerce department and ordered to report within five days.",
            "A laundromat operator that lets pet machines be used for other laundry in breach of Article 5, paragraph 3 "
            "shall be fined from 500 yuan to 3,000 yuan by the district commerce department; where it does so again "
            "within one year, its premises may be closed for up to fifteen days."]),
        ("Article 10  Suppliers and Staff", [
            "A machine supplier that breaches Article 5, paragraph 1 shall be named and criticised by the Tanxi "
            "Municipal Commerce Bureau. Customers whose laundry is damaged as a result shall be compensated by the "
            "machine supplier.",
            "Where the discharges of a laundromat break the Regulations of Tanxi City on the Administration of Urban "
            "Drainage, the case shall be handed to the Tanxi Municipal Ecology and Environment Bureau.",
            "Staff of the commerce departments who abuse their powers under Articles 3 to 8 shall be punished according "
            "to law."]),
    ]),
    ("Chapter IV  Supplementary Provisions", [
        ("Article 11  Validity", [
            "These Provisions are effective from 1 July 2038 to 30 June 2043."]),
    ]),
]


def style_separator(paragraph: docx.text.paragraph.Paragraph) -> None:
    """Hide the paragraph mark as Word's style separator does (w:vanish + w:specVanish on the mark's run properties)."""
    ppr = paragraph._p.get_or_add_pPr()
    rpr = OxmlElement("w:rPr")
    for tag in ("w:vanish", "w:specVanish"):
        rpr.append(OxmlElement(tag))
    ppr.append(rpr)


def main() -> None:
    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(12)
    heading = d.styles.add_style("Article Heading", WD_STYLE_TYPE.PARAGRAPH)
    heading.base_style = d.styles["Heading 3"]
    heading.font.size = Pt(12)
    heading.font.bold = True
    for run_style in (d.styles["Heading 2"], heading):
        run_style.font.name = "Times New Roman"
    section = d.sections[0]
    section.left_margin = section.right_margin = Cm(2.6)
    section.footer.paragraphs[0].text = FOOTER
    for text, bold in ((TITLE, True), (NUMBER, False), (ISSUED, False)):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(text).bold = bold
    for chapter, articles in CHAPTERS:
        h = d.add_paragraph(chapter, style="Heading 2")
        h.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for head, paras in articles:
            hp = d.add_paragraph(head + "  ", style="Article Heading")
            style_separator(hp)
            for i, text in enumerate(paras):
                p = d.add_paragraph(text)
                if text.startswith("("):
                    p.paragraph_format.left_indent = Cm(0.74)
                elif i > 0:
                    p.paragraph_format.first_line_indent = Cm(0.74)
    d.core_properties.author = "Wenhe & Partners"
    d.core_properties.title = TITLE
    d.core_properties.created = d.core_properties.modified = dt.datetime(2038, 5, 20, 9, 0, 0)
    d.core_properties.last_modified_by = "Wenhe & Partners"
    d.core_properties.revision = 3
    buf = io.BytesIO()
    d.save(buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src, zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2038, 5, 20, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(fixed, src.read(info.filename))


if __name__ == "__main__":
    main()
