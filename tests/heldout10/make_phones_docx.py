"""Regenerate tests/heldout10/used-phone-data-erasure-measures.docx, a ministry's rule with reviewers' comments.

    python tests/heldout10/make_phones_docx.py

Test data only (python-docx, a dependency of regkb's importer). The layout, as a ministry's translation desk
circulates a translation for review: the title and the order line centred; no chapters; **every article one Word
paragraph opening with a bold run "Article N" and two spaces**, later paragraphs and items "(1)" as Word paragraphs
of their own; **reviewers' comments left in the file** (real Word comments, `word/comments.xml`, anchored on words
of Arts. 2, 5, 6 and 9; one with "may not", one asking whether "must" should read "shall", one naming "Art. 6"
and "Art. 7"); after the last article **an Appendix: a bold heading "Appendix  Erasure Standards for Storage
Media" and a bordered table (Table Grid) with a header row** (Storage medium | Erasure method | Verification) that
Art. 5 cites. The comments and the Appendix heading are not law; the Appendix table has no modal word. The output
is deterministic (fixed document properties, comment dates and zip entry dates).
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

OUT = Path(__file__).resolve().parent / "used-phone-data-erasure-measures.docx"
TITLE = "Measures for the Administration of Data Erasure in the Recycling of Used Mobile Phones"
ORDER = "(Order No. 7 [2034] of the Ministry of Commerce, promulgated on 20 March 2034)"
APPENDIX = "Appendix  Erasure Standards for Storage Media"
TABLE = [
    ("Storage medium", "Erasure method", "Verification"),
    ("Built-in flash storage (eMMC, UFS)", "Factory reset with encryption key destroyed, then one full overwrite of "
     "the user partitions with random data", "Read back one per cent of blocks chosen at random"),
    ("Removable memory card", "Full format followed by one overwrite", "Read back the file allocation table"),
    ("SIM card", "Not erased; handed back to the seller or cut in two in the seller's presence", "None"),
]
# reviewer, anchor words (the first run of the paragraph that holds them is split there), comment
COMMENTS = {
    "recycling of used mobile phones (referred to as": (
        "Zhou Lan", "Translation desk: \"recyclers\" chosen over \"recycling enterprises\"; the 2031 notice used the "
        "latter. Reviewers may not change it without the desk."),
    "must complete data erasure": (
        "Zhou Lan", "必须 rendered \"must\". Should it read \"shall\" as elsewhere? Keep \"must\" unless the legal "
        "department objects."),
    "No recycler shall, under any circumstances,": (
        "He Ming", "Checked against the Chinese text: 在任何情况下 covers copying for repair purposes too."),
    "in violation of Article 6": (
        "He Ming", "Art. 6 cross-reference confirmed; the first draft said Art. 7."),
}

# (number, [paragraphs]); a paragraph "(n) ..." is an item
ARTICLES: list[tuple[int, list[str]]] = [
    (1, ["These Measures are formulated pursuant to the Personal Information Protection Law of the People's Republic "
         "of China, the Circular Economy Promotion Law of the People's Republic of China and other relevant laws and "
         "administrative regulations for the purpose of protecting the personal information left on used mobile "
         "phones and regulating the recycling trade."]),
    (2, ["These Measures apply to enterprises engaged in the recycling of used mobile phones (referred to as "
         "\u201crecyclers\u201d for short) within the territory of the People's Republic of China.",
         "The expression \u201cdata erasure\u201d as used in these Measures designates the process by which all user "
         "data stored on a mobile phone are rendered permanently unrecoverable by technical means."]),
    (3, ["The competent commerce departments of the people's governments at or above the county level shall exercise "
         "supervision over data erasure by recyclers within their respective administrative areas, and the "
         "departments for industry and information technology shall provide technical guidance.",
         "Industry associations are encouraged to draw up self-regulatory rules on data erasure and to publish the "
         "names of recyclers that comply with them."]),
    (4, ["Before accepting a used mobile phone, a recycler shall do the following:",
         "(1) inform the seller in writing that the data on the phone will be erased;",
         "(2) ask the seller to sign out of all accounts on the phone and to take out the SIM card and memory card;",
         "(3) check, in the presence of the seller, that the phone has not been reported as stolen on the platform "
         "established under Article 8.",
         "A recycler is not obliged to accept a phone whose seller refuses to sign out of his or her accounts."]),
    (5, ["A recycler must complete data erasure within 48 hours of accepting a phone, using erasure tools that meet "
         "the standards listed in the Appendix to these Measures, and must issue an erasure certificate to the "
         "seller.",
         "Where data erasure fails after two attempts, the storage chip of the phone is to be physically destroyed, "
         "and the destruction is to be recorded with photographs."]),
    (6, ["No recycler shall, under any circumstances, copy, read, export or sell the data stored on a phone it has "
         "accepted. A recycler is likewise prohibited from reselling a phone on which data erasure has not been "
         "completed.",
         "Employees of recyclers are under an obligation to keep confidential any personal information they come "
         "across in the course of erasure."]),
    (7, ["A seller reserves the right to watch the erasure of his or her phone and to obtain a copy of the erasure "
         "certificate at any time within one year.",
         "Where a seller claims that data has leaked from a phone he or she sold, the recycler shall produce the "
         "erasure result it uploaded under the following Article within five working days upon request."]),
    (8, ["The Ministry of Commerce shall set up a national information platform for the recycling of used mobile "
         "phones (the \u201cPlatform\u201d).",
         "Recyclers must upload to the Platform, on the day of erasure, the IMEI number of each phone they have "
         "accepted and the result of its erasure. Public security organs are vested with the power to consult the "
         "Platform when investigating thefts of mobile phones."]),
    (9, ["A recycler that fails to complete data erasure in accordance with Article 5 or to upload information in "
         "accordance with the second paragraph of Article 8 shall be ordered by the competent commerce department "
         "to make corrections; a recycler that refuses to do so shall be given a fine of not more than 30,000 "
         "yuan.",
         "A recycler that copies, exports or sells data stored on phones in violation of Article 6 shall have its "
         "illegal gains confiscated by the competent commerce department and be fined not less than one time but "
         "not more than five times the illegal gains; where there are no illegal gains, a fine of not more than "
         "100,000 yuan shall be imposed. The name of the recycler shall also be entered in the credit records of "
         "the recycling trade."]),
    (10, ["Where a competent commerce department or its staff, in supervising recyclers, abuse their powers or "
          "disclose personal information that has come to their knowledge, the persons directly responsible shall be "
          "given administrative sanctions according to law."]),
    (11, ["These Measures shall enter into force on 1 July 2034."]),
]


def add_text(d: Document, paragraph: Paragraph, text: str) -> None:
    """The text as runs; a reviewer's comment is anchored on the words it names."""
    for anchor, (author, comment) in COMMENTS.items():
        if anchor in text:
            before, after = text.split(anchor, 1)
            if before:
                paragraph.add_run(before)
            run = paragraph.add_run(anchor)
            d.add_comment(run, text=comment, author=author, initials="".join(w[0] for w in author.split()))
            if after:
                paragraph.add_run(after)
            return
    paragraph.add_run(text)


def main() -> None:
    d = docx.Document()
    d.core_properties.author = "Translation Desk"
    d.core_properties.title = TITLE
    d.core_properties.created = d.core_properties.modified = dt.datetime(2034, 3, 25, 9, 0, 0)
    d.core_properties.last_modified_by = "He Ming"
    d.core_properties.revision = 4
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(11)
    for text, size, bold in ((TITLE, 14, True), (ORDER, 10.5, False)):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(text)
        run.bold, run.font.size = bold, Pt(size)
    for number, paragraphs in ARTICLES:
        for k, text in enumerate(paragraphs):
            p = d.add_paragraph()
            if k == 0:
                p.add_run(f"Article {number}").bold = True
                p.add_run("  ")
            elif re.match(r"\(\d+\) ", text):
                p.paragraph_format.left_indent = Pt(21)
            else:
                p.paragraph_format.first_line_indent = Pt(21)
            add_text(d, p, text)
    p = d.add_paragraph()
    p.add_run(APPENDIX).bold = True
    table = d.add_table(rows=len(TABLE), cols=3)
    table.style = "Table Grid"
    for row, cells in zip(table.rows, TABLE, strict=True):
        for cell, text in zip(row.cells, cells, strict=True):
            cell.text = text
    for cell in table.rows[0].cells:
        cell.paragraphs[0].runs[0].bold = True
    buf = io.BytesIO()
    d.save(buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src, zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/comments.xml":  # fixed comment dates
                data = re.sub(rb'w:date="[^"]*"', b'w:date="2034-03-24T16:00:00Z"', data)
            fixed = zipfile.ZipInfo(info.filename, date_time=(2034, 3, 25, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(fixed, data)


if __name__ == "__main__":
    main()
