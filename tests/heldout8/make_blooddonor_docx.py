"""Regenerate tests/heldout8/blood-donor-information-provisions.docx, a Word file with real footnotes.

    python tests/heldout8/make_blooddonor_docx.py

Test data only (python-docx, a dependency of regkb's importer). The layout, as a municipal government's
translation office sends a rule to a law firm: the title and the promulgation note centred; no chapters;
**every article one Word paragraph opening with a bold run "Article N", then a tab character (w:tab),
then the text of its first paragraph**; further paragraphs and items as Normal paragraphs with an
indent; **the translator's notes as real Word footnotes** (a footnotes part, word/footnotes.xml, with a
footnote reference mark in the body), three of them, one holding modal words and one citing another
law's article; **a bookmark on every article and cross-references as internal hyperlinks** to those
bookmarks (w:hyperlink w:anchor). The footnotes are not law. The output is deterministic (fixed document
properties and zip entry dates). python-docx has no API for footnotes, bookmarks or internal links:
they are written as XML.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph

OUT = Path(__file__).resolve().parent / "blood-donor-information-provisions.docx"
TITLE = "Provisions of Tanhe Municipality on the Protection of Blood Donors' Information"
ISSUED = "(Promulgated by Order No. 12 of the People's Government of Tanhe Municipality on 8 April 2031)"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

FOOTNOTES = {
    1: "Translator's note: \u8840\u7ad9 (xuezhan). The term covers the municipal blood centre and the collection "
       "points it sets up; it should not be confused with hospital blood banks, which these Provisions do not "
       "govern.",
    2: "The Tanhe Municipal Health Commission, which took over the duties of the former municipal health bureau "
       "in 2029.",
    3: "See Article 30 of the Law of the People's Republic of China on the Prevention and Treatment of Infectious "
       "Diseases; medical personnel must report such cases to the disease control authorities.",
}

# (number, [paragraphs]); "[^n]" is footnote n's reference mark, "{Article N}" an internal link to Article N;
# a paragraph opening "(n) " is an item
ARTICLES: list[tuple[int, list[str]]] = [
    (1, ["These Provisions are formulated in accordance with the Law of the People's Republic of China on Blood "
         "Donation, the Personal Information Protection Law of the People's Republic of China and other laws and "
         "administrative regulations, in order to protect the personal information of blood donors and to promote "
         "voluntary blood donation in Tanhe Municipality."]),
    (2, ["These Provisions apply to the collection, storage, use and provision of blood donors' information by "
         "blood stations[^1] within Tanhe Municipality.",
         "\u201cBlood donors' information\u201d means the identity information, contact details, health screening "
         "results and donation records of persons who donate blood or who apply to do so."]),
    (3, ["The municipal health commission[^2] should supervise the handling of blood donors' information by blood "
         "stations, and district health bureaus are to assist it in inspections within their districts."]),
    (4, ["Blood stations can collect only the blood donors' information that is needed for health screening, blood "
         "collection and follow-up, and no blood station shall make a donation conditional on the donor's consent "
         "to any other use of his or her information."]),
    (5, ["Before the health screening, the staff of a blood station need to tell the donor in plain words which "
         "information will be recorded, how long it will be kept and to whom it may be provided.",
         "A donor who does not wish to be invited to donate again can say so at any time, and the blood station is "
         "then not to send him or her any invitation."]),
    (6, ["Blood stations shall inform the donor in person of a screening result that indicates an infectious "
         "disease[^3], and shall in no case disclose such a result to the donor's employer or relatives."]),
    (7, ["The municipal blood centre shall keep blood donors' information in the municipal blood information system "
         "for no less than ten years after the last donation. It is incumbent on the centre to encrypt identity "
         "information in the system and to log every query."]),
    (8, ["Blood stations may provide blood donors' information to other entities only in the following "
         "circumstances:",
         "(1) a hospital needs to trace the donor of blood that caused an adverse transfusion reaction;",
         "(2) the municipal health commission requests the information for an epidemiological investigation;",
         "(3) the donor has given written consent.",
         "Entities that receive blood donors' information under the preceding paragraph should use it only for the "
         "purpose stated in their request and may not pass it on to any third party."]),
    (9, ["Donors have the right to consult and copy their own donation records, and blood stations should answer "
         "such a request within ten working days.",
         "A donor who finds his or her information inaccurate is entitled to have it corrected."]),
    (10, ["Where a blood station violates {Article 6} or {Article 8} of these Provisions, the municipal health "
          "commission shall order it to make corrections and give it a warning; where the circumstances are "
          "serious, the persons directly in charge are liable to be given sanctions in accordance with the law.",
          "An entity that uses blood donors' information in violation of the second paragraph of {Article 8} shall "
          "be ordered by the municipal health commission to stop the use and may be fined not more than 20,000 "
          "yuan."]),
    (11, ["These Provisions shall take effect on 1 June 2031."]),
]


def footnotes_xml() -> bytes:
    notes = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r>'
             '</w:p></w:footnote>']
    for n, text in FOOTNOTES.items():
        notes.append(
            f'<w:footnote w:id="{n}"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve"> {text}</w:t></w:r></w:p></w:footnote>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W}">'
            + "".join(notes) + "</w:footnotes>").encode("utf-8")


def footnote_mark(p: Paragraph, n: int) -> None:
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    va = OxmlElement("w:vertAlign")
    va.set(qn("w:val"), "superscript")
    rpr.append(va)
    run.append(rpr)
    ref = OxmlElement("w:footnoteReference")
    ref.set(qn("w:id"), str(n))
    run.append(ref)
    p._p.append(run)


def link(p: Paragraph, text: str, anchor: str) -> None:
    h = OxmlElement("w:hyperlink")
    h.set(qn("w:anchor"), anchor)
    h.set(qn("w:history"), "1")
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    color = OxmlElement("w:color")
    color.set(qn("w:val"), "0563C1")
    u = OxmlElement("w:u")
    u.set(qn("w:val"), "single")
    rpr.append(color)
    rpr.append(u)
    run.append(rpr)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    run.append(t)
    h.append(run)
    p._p.append(h)


def fill(p: Paragraph, text: str) -> None:
    for part in re.split(r"(\[\^\d+\]|\{Article \d+\})", text):
        if part.startswith("[^"):
            footnote_mark(p, int(part[2:-1]))
        elif part.startswith("{"):
            link(p, part[1:-1], "_Art" + part[1:-1].split()[1])
        elif part:
            p.add_run(part)


def bookmark(p: Paragraph, n: int) -> None:
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(100 + n))
    start.set(qn("w:name"), f"_Art{n}")
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(100 + n))
    p._p.insert(1 if p._p.pPr is not None else 0, start)
    p._p.append(end)


def main() -> None:
    d = docx.Document()
    d.core_properties.author = "Tanhe Municipal Government Translation Office"
    d.core_properties.title = TITLE
    d.core_properties.created = d.core_properties.modified = dt.datetime(2031, 4, 10, 9, 0, 0)
    d.core_properties.last_modified_by = "Translation Office"
    d.core_properties.revision = 2
    d.styles["Normal"].font.size = Pt(11)
    title = d.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.add_run(TITLE).bold = True
    issued = d.add_paragraph(ISSUED)
    issued.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for number, paragraphs in ARTICLES:
        first = d.add_paragraph()
        first.add_run(f"Article {number}").bold = True
        first.add_run().add_tab()
        fill(first, paragraphs[0])
        bookmark(first, number)
        for text in paragraphs[1:]:
            p = d.add_paragraph()
            if text.startswith("("):
                p.paragraph_format.left_indent = Pt(36)
            else:
                p.paragraph_format.first_line_indent = Pt(24)
            fill(p, text)
    part = Part(PackURI("/word/footnotes.xml"),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
                footnotes_xml(), d.part.package)
    d.part.relate_to(part, RT.FOOTNOTES)
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed entry dates (python-docx stamps the time of saving)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src, zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2031, 4, 10, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(fixed, src.read(info.filename))


if __name__ == "__main__":
    main()
