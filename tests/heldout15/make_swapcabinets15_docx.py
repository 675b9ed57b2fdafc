"""Regenerate tests/heldout15/battery-swap-cabinets-comparison-table.docx, an amended municipal rule as a lawyer receives
it with the amending decision: the amendment comparison table.

    python tests/heldout15/make_swapcabinets15_docx.py

Test data only (python-docx, a dependency of regkb's importer). The layout, as a government's legal affairs office
circulates an amendment: a landscape Word file whose **whole text is a three-column comparison table**: "Original
text (Order No. 44 of 2034)" | "Amended text" | "Notes on the amendment", a header row repeated on every page; each
chapter a row with its heading in both text columns; **each article a row: the former article in the left cell, the
article as amended in the middle cell, the drafters' note in the right cell** ("Unchanged.", or why it changed).
Unchanged articles stand twice, word for word; one former article is deleted ("(Deleted)" in the middle cell) and one
article is new ("(None)" in the left cell), so the articles after them are renumbered. Only the middle column is law.
Above the table: "Annex", the table's title and the decision line. Deterministic output (fixed document properties and
zip entry dates).
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

OUT = Path(__file__).resolve().parent / "battery-swap-cabinets-comparison-table.docx"
TITLE = ("Comparison Table of the Amendments to the Measures of Fenghe Municipality on Battery Swap Cabinets for "
         "Electric Bicycles")
DECISION = ("(Annexed to the Decision of the Fenghe Municipal People\u2019s Government on Amending the Measures on Battery "
            "Swap Cabinets, Order No. 61, 12 October 2037)")
HEAD = ("Original text (Order No. 44 of 2034)", "Amended text", "Notes on the amendment")
UNCHANGED = "Unchanged."

# rows: ("chapter", original heading, amended heading) or (original (n, paras) | None, amended (n, paras) | None, note)
ROWS: list[tuple[object, object, str]] = [
    ((0, ["Chapter I General Provisions"]), (0, ["Chapter I General Provisions"]), ""),
    ((1, ["These Measures are formulated in accordance with the Fire Protection Law and the Regulations of Fenghe "
          "Municipality on Electric Bicycles, for the purpose of preventing fires caused by the charging of electric "
          "bicycle batteries."]),
     (1, ["These Measures are formulated in accordance with the Fire Protection Law and the Regulations of Fenghe "
          "Municipality on Non-Motorised Vehicles, for the purpose of preventing fires caused by the charging of "
          "electric bicycle batteries."]),
     "The local regulations cited were replaced in 2036; their new title is cited."),
    ((2, ["These Measures apply to battery swap cabinets set up in public places within the administrative area of "
          "Fenghe Municipality.",
          "A \u201cbattery swap cabinet\u201d is a networked cabinet with charging bays in which riders exchange a "
          "spent battery for a charged one.",
          "\u201cCabinet operator\u201d has the sense of the enterprise that owns or runs cabinets and sells battery "
          "swaps to riders."]),
     (2, ["These Measures apply to battery swap cabinets set up in public places within the administrative area of "
          "Fenghe Municipality.",
          "A \u201cbattery swap cabinet\u201d is a networked cabinet with charging bays in which riders exchange a "
          "spent battery for a charged one.",
          "\u201cCabinet operator\u201d has the sense of the enterprise that owns or runs cabinets and sells battery "
          "swaps to riders.",
          "A \u201csite provider\u201d is the owner, or the property service enterprise, that lets space for a "
          "cabinet."]),
     "Paragraph 4 added: the duties of site providers in Article 5 need a defined term."),
    ((3, ["The municipal economic and information technology commission is responsible for the supervision of "
          "cabinet operators.",
          "The fire and rescue department should inspect cabinet sites from time to time."]),
     (3, ["It is for the Fenghe Municipal Bureau of Industry and Information Technology (the \u201cMunicipal IIT "
          "Bureau\u201d) to supervise cabinet operators and to keep a public register of cabinets.",
          "The Fenghe Fire and Rescue Detachment has the job of inspecting the fire safety of cabinet sites at least "
          "once a quarter.",
          "Sub-district offices are to help the Municipal IIT Bureau keep the register up to date."]),
     "The commission was renamed in 2035. \u201cShould ... from time to time\u201d gave no frequency; a quarterly "
     "inspection is now fixed."),
    ((0, ["Chapter II Cabinets and Their Use"]), (0, ["Chapter II Cabinets and Their Use"]), ""),
    ((4, ["Cabinet operators shall fit every cabinet with a temperature sensor in each bay.",
          "Cabinet operators shall keep the swap records of each battery for one year."]),
     (4, ["A cabinet operator is duty-bound to fit every cabinet with the following:",
          "(1) a temperature sensor in each bay;",
          "(2) an automatic fire extinguishing device;",
          "(3) a remote cut-off switch.",
          "The cabinet operator must take out of use at once, and hand to a qualified recycler, any battery that "
          "swells, leaks or overheats.",
          "Cabinet operators shall keep the swap records of each battery for three years and shall not use riders\u2019 "
          "location data for any purpose other than settling accounts, in compliance with the Data Security Law."]),
     "Items (2) and (3) and paragraph 2 added after the fire at a cabinet in 2036; records kept three years instead "
     "of one."),
    ((5, ["Cabinet operators shall report any fire at a cabinet to the municipal economic and information technology "
          "commission within 24 hours."]),
     None,
     "Deleted: the report is now governed by Article 8."),
    ((6, ["A site provider has to keep the site at least six metres from any building entrance.",
          "Site providers shall not let space for a cabinet in an underground garage, a stairwell or an evacuation "
          "passage."]),
     (5, ["A site provider has to keep the site at least six metres from any building entrance.",
          "Site providers shall not let space for a cabinet in an underground garage, a stairwell or an evacuation "
          "passage.",
          "A site provider shall be entitled to charge the cabinet operator a rent agreed between them."]),
     "Renumbered; paragraph 3 added."),
    ((7, ["Riders are not to open a cabinet bay by force or to take out a battery that the cabinet has locked.",
          "A rider may return a battery that fails within one hour of the swap and obtain another free of charge.",
          "Riders have a right to be told, at the cabinet screen, the charge for each swap before they pay."]),
     (6, ["Riders are not to open a cabinet bay by force or to take out a battery that the cabinet has locked.",
          "A rider may return a battery that fails within one hour of the swap and obtain another free of charge.",
          "Riders have a right to be told, at the cabinet screen, the charge for each swap before they pay.",
          "No rider may leave a battery lying outside a cabinet."]),
     "Renumbered; paragraph 4 added."),
    (None,
     (7, ["Every battery manufacturer must print a traceable code on each battery it supplies to a cabinet operator.",
          "The Municipal Market Regulation Bureau shall be empowered to test batteries taken from cabinets at random."]),
     "New article: batteries without a code could not be traced after the 2036 fire."),
    ((8, ["When a cabinet sends a fire alarm, the cabinet operator should report it to the fire and rescue "
          "department."]),
     (8, ["When a cabinet sends a fire alarm, the cabinet operator is to cut off its power remotely within three "
          "minutes and report the alarm to the Fenghe Fire and Rescue Detachment.",
          "The cabinet operator is further required to keep the cabinet closed until the detachment has inspected it.",
          "It is desirable that cabinet operators share cabinet sites with one another, and residents\u2019 committees "
          "are asked to help site providers keep cabinet sites clear."]),
     "A time limit for cutting off power is set; the former Article 5 is merged here."),
    ((0, ["Chapter III Legal Liability"]), (0, ["Chapter III Legal Liability"]), ""),
    ((9, ["A cabinet operator that violates Article 4 shall be ordered by the fire and rescue department to make "
          "corrections."]),
     (9, ["A cabinet operator that violates paragraph 1 or paragraph 2 of Article 4 shall be ordered by the Fenghe "
          "Fire and Rescue Detachment to make corrections within a set time; if it fails to do so, the detachment "
          "shall impose a fine of 5,000 yuan to 30,000 yuan and may seal up the cabinets concerned."]),
     "A fine and sealing added; the former text had no penalty."),
    ((10, ["A site provider that lets space in breach of Article 6, paragraph 2 shall be given a warning by the fire "
           "and rescue department."]),
     (10, ["A site provider that lets space in breach of Article 5, paragraph 2 shall be given a warning by the "
           "Fenghe Fire and Rescue Detachment and fined up to 10,000 yuan."]),
     "Cross-reference renumbered; a fine added."),
    ((11, ["Where a cabinet fire causes loss to others, the cabinet operator shall be liable for compensation under "
           "the law."]),
     (11, ["Where a cabinet fire causes loss to others, the cabinet operator shall be liable for compensation under "
           "the law.",
           "Where a cabinet operator has been fined twice within a year under Article 9, the Municipal IIT Bureau shall strike its "
           "cabinets off the public register and publish its name."]),
     "Paragraph 2 added."),
    ((0, ["Chapter IV Supplementary Provision"]), (0, ["Chapter IV Supplementary Provision"]), ""),
    ((12, ["These Measures take effect on 1 May 2034."]),
     (12, ["These Measures take effect on 1 May 2034; the amendments of 2037 take effect on 1 January 2038."]),
     "The date of the amendments added."),
]


def fill(cell, art: tuple[int, list[str]] | None, missing: str) -> None:
    cell.paragraphs[0].text = ""
    if art is None:
        cell.paragraphs[0].add_run(missing).italic = True
        return
    n, paras = art
    for i, text in enumerate(paras):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.paragraph_format.space_after = Pt(3)
        if n == 0:
            p.add_run(text).bold = True
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            continue
        if i == 0:
            p.add_run(f"Article {n}").bold = True
            p.add_run("  " + text)
        else:
            if text.startswith("("):
                p.paragraph_format.left_indent = Cm(0.5)
            p.add_run(text)


def main() -> None:
    d = docx.Document()
    style = d.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(10.5)
    sec = d.sections[0]
    sec.orientation = WD_ORIENT.LANDSCAPE
    sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(2.0))
    d.add_paragraph().add_run("Annex").bold = True
    t = d.add_paragraph()
    t.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = t.add_run(TITLE)
    r.bold = True
    r.font.size = Pt(14)
    dec = d.add_paragraph(DECISION)
    dec.alignment = WD_ALIGN_PARAGRAPH.CENTER
    table = d.add_table(rows=1, cols=3)
    table.style = "Table Grid"
    widths = (Cm(10.5), Cm(10.5), Cm(4.7))
    for cell, head, w in zip(table.rows[0].cells, HEAD, widths, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(head).bold = True
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        cell.width = w
    trpr = table.rows[0]._tr.get_or_add_trPr()
    hdr = OxmlElement("w:tblHeader")
    hdr.set(qn("w:val"), "true")
    trpr.append(hdr)
    for old, new, note in ROWS:
        row = table.add_row()
        fill(row.cells[0], old, "(None)")  # type: ignore[arg-type]
        fill(row.cells[1], new, "(Deleted)")  # type: ignore[arg-type]
        row.cells[2].text = note
        for cell, w in zip(row.cells, widths, strict=True):
            cell.width = w
    d.core_properties.author = "Fenghe Legal Affairs Office"
    d.core_properties.title = TITLE
    d.core_properties.created = d.core_properties.modified = dt.datetime(2037, 10, 12, 9, 0, 0)
    d.core_properties.last_modified_by = "Fenghe Legal Affairs Office"
    d.core_properties.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src, zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2037, 10, 12, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(fixed, src.read(info.filename))


if __name__ == "__main__":
    main()
