"""Regenerate tests/heldout14/racing-pigeon-lofts-measures.docx, a municipal rule laid out as a two-column Word table.

    python tests/heldout14/make_pigeonlofts14_docx.py

Test data only (python-docx, a dependency of regkb's importer). The layout: the title and the order line are centred
paragraphs above the table; **the whole law is one bordered table of two columns, "Article" | "Provision"**, whose
first row is a header row marked to repeat at the top of every page (`w:tblHeader`); **each chapter is a row whose two
cells are merged**, holding the chapter heading in bold; **each article is one row: its number alone in the left
cell ("Article 4"), its paragraphs and items as paragraphs of the right cell** (an item "(1)" with a left indent).
No article number is in the text of the right cell. The output is deterministic (fixed document properties and zip
entry dates).
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

OUT = Path(__file__).resolve().parent / "racing-pigeon-lofts-measures.docx"
TITLE = "Measures of Songping City on the Administration of Racing Pigeon Lofts"
ORDER = "(Order No. 19 of the Songping Municipal People\u2019s Government, promulgated on 2 September 2036)"
# (chapter heading, [(article, [paragraphs])]); a paragraph "(1) ..." is an item
CHAPTERS: list[tuple[str, list[tuple[int, list[str]]]]] = [
    ("Chapter I  General Provisions", [
        (1, ["These Measures are formulated in accordance with the Animal Epidemic Prevention Law of the People\u2019s "
             "Republic of China and the Regulations on the Administration of City Appearance and Environmental "
             "Sanitation, so that racing pigeons kept in residential areas stay healthy and do not disturb "
             "neighbours."]),
        (2, ["In these Measures, the following terms shall have the meanings given below:",
             "(1) \u201cRacing pigeon loft\u201d shall mean a structure on a roof, a balcony or a plot of land in which "
             "pigeons are kept for training and racing;",
             "(2) the term \u201cloft keeper\u201d refers to the natural person or club that owns or manages a racing "
             "pigeon loft;",
             "(3) \u201cpigeon race\u201d includes any release of pigeons from a point outside the City for the purpose "
             "of timing their flight home."]),
        (3, ["The municipal agriculture and rural affairs bureau is instructed to monitor diseases among racing pigeons "
             "and to publish the results twice a year.",
             "The urban management bureau shall see that lofts built on roofs keep to the rules on the "
             "appearance of buildings.",
             "The Municipal People\u2019s Government appeals to the Songping Racing Pigeon Association to draw up a code of conduct for its members."]),
    ]),
    ("Chapter II  Keeping of Lofts", [
        (4, ["A loft keeper is obliged, before keeping pigeons in it, to register the loft with the sub-district "
             "office of the place where the loft stands.",
             "When registering, the loft keeper is to:",
             "(1) give the number of pigeons kept;",
             "(2) produce the vaccination records of the pigeons;",
             "(3) name a person who will look after the pigeons while the keeper is away."]),
        (5, ["A loft keeper is under no circumstances to keep more than 150 pigeons in one loft.",
             "Loft keepers shall keep from releasing pigeons for training between ten at night and six in the "
             "morning.",
             "Loft keepers may never feed pigeons on shared roofs or in public squares."]),
        (6, ["Droppings shall be cleared out of every loft at least once a week and the floor disinfected as the "
             "agriculture and rural affairs bureau directs.",
             "Should five or more pigeons of one loft die within three days, the loft keeper has the job of reporting the "
             "deaths to the agriculture and rural affairs bureau within twenty-four hours.",
             "Pigeon races that start or finish in the City are required to be notified to the Songping Racing Pigeon "
             "Association ten days in advance by the race organisers."]),
        (7, ["The agriculture and rural affairs bureau has authority to take samples from any loft and, where a "
             "disease is found, to order that the pigeons be kept inside the loft.",
             "The sub-district office may, where it considers it necessary, hear the neighbours before registering a loft of more "
             "than eighty pigeons.",
             "A loft keeper enjoys the right to enter pigeons in races organised in other cities.",
             "Residents living within thirty metres of a loft may lay claim to an inspection of the loft by the "
             "urban management bureau."]),
        (8, ["The Municipal People\u2019s Government looks favourably on loft keepers who fit their lofts with trays "
             "that collect droppings.",
             "The Municipal People\u2019s Government would like pigeon clubs to train young keepers in the care of birds."]),
    ]),
    ("Chapter III  Legal Liability", [
        (9, ["A loft keeper who keeps pigeons without registering, in breach of paragraph 1 of Article 4, shall be "
             "ordered by the sub-district office to register within ten days, and shall be fined from 100 yuan to "
             "500 yuan where the keeper has not registered by then.",
             "A loft keeper who registers without producing the records required by point 2 of the second paragraph "
             "of Article 4 shall have the registration suspended by the sub-district office for up to three "
             "months."]),
        (10, ["Where a loft keeper breaches any provision of Articles 5 and 6, the urban management bureau shall give "
              "a warning; where the breach is repeated, a fine of not less than 500 yuan and not more than 2,000 yuan "
              "shall be imposed and the registration certificate of the loft shall be revoked.",
              "A loft keeper who fails to make the report required by Article 6(2) shall be punished by the "
              "agriculture and rural affairs bureau in accordance with the Animal Epidemic Prevention Law."]),
        (11, ["Where a loft keeper\u2019s breach of these Measures causes damage to a neighbour\u2019s property, the "
              "loft keeper shall bear civil liability according to law."]),
    ]),
    ("Chapter IV  Supplementary Provisions", [
        (12, ["These Measures shall take effect on 1 December 2036."]),
    ]),
]


def border(table: docx.table.Table) -> None:
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement(f"w:{edge}")
        e.set(qn("w:val"), "single")
        e.set(qn("w:sz"), "4")
        e.set(qn("w:space"), "0")
        e.set(qn("w:color"), "000000")
        borders.append(e)
    table._tbl.tblPr.append(borders)


def header_row(row: docx.table._Row) -> None:
    mark = OxmlElement("w:tblHeader")
    row._tr.get_or_add_trPr().append(mark)


def main() -> None:
    d = docx.Document()
    d.styles["Normal"].font.name = "Times New Roman"
    d.styles["Normal"].font.size = Pt(11)
    for text, bold in ((TITLE, True), (ORDER, False)):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(text).bold = bold or None
    table = d.add_table(rows=1, cols=2)
    border(table)
    head = table.rows[0]
    header_row(head)
    for cell, text in zip(head.cells, ("Article", "Provision"), strict=True):
        cell.paragraphs[0].add_run(text).bold = True
    for heading, arts in CHAPTERS:
        row = table.add_row()
        merged = row.cells[0].merge(row.cells[1])
        merged.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        merged.paragraphs[0].add_run(heading).bold = True
        for n, paras in arts:
            row = table.add_row()
            row.cells[0].paragraphs[0].add_run(f"Article {n}")
            cell = row.cells[1]
            for i, text in enumerate(paras):
                p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                if text.startswith("("):
                    p.paragraph_format.left_indent = Cm(0.6)
                p.add_run(text)
    for row in table.rows:
        row.cells[0].width = Cm(2.4)
        row.cells[1].width = Cm(13.6)
    d.core_properties.author = "Songping Legal Affairs Office"
    d.core_properties.title = TITLE
    d.core_properties.created = d.core_properties.modified = dt.datetime(2036, 9, 5, 9, 0, 0)
    d.core_properties.last_modified_by = "Songping Legal Affairs Office"
    d.core_properties.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src, zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2036, 9, 5, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(fixed, src.read(info.filename))


if __name__ == "__main__":
    main()
