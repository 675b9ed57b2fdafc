"""Write food-truck-provisions-textboxes.docx: a held-out text of tests/heldout17 (invented), a Word file whose
issuing block and two "at a glance" sidebars sit in floating text boxes (VML shapes with w:txbxContent) anchored
inside body paragraphs, as a bureau's drafting office lays out a normative document for circulation. The law itself
is in ordinary body paragraphs. The output is deterministic (fixed document properties and zip entry dates).

    python tests/heldout17/make_foodtrucks17_docx.py
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.shared import Cm, Pt

OUT = Path(__file__).resolve().parent / "food-truck-provisions-textboxes.docx"
TITLE = "Provisions of Nanfeng City on Food Trucks"

ISSUING_BOX = ["NANFENG MUNICIPAL BUREAU OF COMMERCE", "Nan Shang Gui [2037] No. 3",
               "Issued on 8 August 2037 · for circulation to district people's governments"]
SIDEBAR_A = ["AT A GLANCE", "Operators must keep an extinguisher at hand.", "Grease should go in a sealed tub.",
             "Generators may not run late at night."]
SIDEBAR_B = ["AT A GLANCE", "Sanctions here follow the bureau's 2036 guidelines.",
             "Inspectors should quote the article and paragraph breached."]

CHAPTERS = [
    ("Chapter I  General Provisions", [
        (1, ["These Provisions are formulated in accordance with the Food Safety Law of the People's Republic of "
             "China and the Measures of Jiangbei Province on Street Vending and, as regards orders placed online, "
             "with the Measures for the Administration of Internet Information Services, so that food trucks "
             "trade cleanly and safely in Nanfeng City."]),
        (2, ["A \u201cfood truck\u201d is a motor vehicle fitted as a kitchen from which food is sold to passers-by.",
             "\u201cPitch\u201d means a parking place marked out for food truck trading by the Nanfeng Municipal Urban "
             "Management Bureau (the \u201cUrban Management Bureau\u201d)."]),
        (3, ["The Urban Management Bureau has the responsibility of marking pitches and of allotting them by lot "
             "each quarter.",
             "District people's governments are duty-bound to provide a water point and a power point at each pitch.",
             "The municipal market supervision department is under obligation to test food sold from trucks at "
             "random at least once a month."]),
    ]),
    ("Chapter II  Trading", [
        (4, ["An operator is required to hold a food business licence for each food truck.",
             "A pitch holder must trade only within the painted lines of the pitch allotted to it.",
             "Pitches are not to be sublet."]),
        (5, ["While trading, an operator shall:",
             "(1) keep a fire extinguisher within reach of the cooking area;",
             "(2) collect used grease in a sealed container;",
             "(3) display its licence on the serving window.",
             "The generator of a food truck shall under no condition run after eleven o'clock at night."]),
        (6, ["It is forbidden for operators to sell alcoholic drinks to persons under eighteen.",
             "Operators are banned from pouring waste water into storm drains.",
             "No food truck shall trade within fifty metres of a school gate during school hours."]),
        (7, ["An operator may, with the consent of the Urban Management Bureau, swap pitches with another operator.",
             "Pitch holders are permitted to put out up to four folding tables beside the truck.",
             "The Urban Management Bureau is authorised to move a pitch for the duration of a public event."]),
        (8, ["Customers have a right to a receipt for every purchase.",
             "An operator shall be entitled to a refund of the quarterly pitch fee where its pitch is moved for more "
             "than ten days."]),
        (9, ["The Urban Management Bureau encourages operators to switch to electric food trucks.",
             "Operators are encouraged to take part in the night-market festivals of the city."]),
    ]),
    ("Chapter III  Liability", [
        (10, ["An operator that trades without the licence required by Article 4, paragraph 1 shall be ordered by "
              "the municipal market supervision department to stop trading, its food and cooking tools shall be "
              "confiscated, and it shall be fined not less than 2,000 yuan nor more than 20,000 yuan."]),
        (11, ["Where an operator fails to observe any of items (1) to (3) of Article 5, paragraph 1, the Urban "
              "Management Bureau shall give it a warning, and its pitch shall be withdrawn if it does not put the "
              "matter right within three days.",
              "A pitch holder that sublets its pitch in breach of Article 4, paragraph 3 shall have the rent it "
              "received confiscated by the Urban Management Bureau and shall be excluded from the next two "
              "allotments."]),
        (12, ["An operator that breaches Article 6 shall be punished by the municipal market supervision department "
              "under the Food Safety Law of the People's Republic of China.",
              "Staff of the Urban Management Bureau who take bribes when allotting pitches shall be handed over to "
              "the procuratorate for investigation."]),
    ]),
    ("Chapter IV  Supplementary Provisions", [
        (13, ["These Provisions come into effect on 1 October 2037."]),
    ]),
]

_VML = ('<w:r {ns}><w:pict><v:shape id="{id}" o:spid="{id}" type="#_x0000_t202" '
        'style="position:absolute;margin-left:{left}pt;margin-top:{top}pt;width:{w}pt;height:{h}pt;z-index:{z};'
        'mso-position-horizontal-relative:margin" strokecolor="#7f7f7f" fillcolor="#f2f2f2">'
        '<v:textbox><w:txbxContent>{paras}</w:txbxContent></v:textbox></v:shape></w:pict></w:r>')
_NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
       'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"')


def text_box(paragraph: docx.text.paragraph.Paragraph, lines: list[str], *, shape_id: str, left: int, top: int,
             width: int, height: int, z: int) -> None:
    """Anchor a floating text box holding ``lines`` (first line bold) in ``paragraph``."""
    paras = "".join(
        f'<w:p><w:r><w:rPr>{"<w:b/>" if i == 0 else ""}<w:sz w:val="18"/></w:rPr>'
        f'<w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>' for i, line in enumerate(lines))
    run = parse_xml(_VML.format(ns=_NS, id=shape_id, left=left, top=top, w=width, h=height, z=z, paras=paras))
    paragraph._p.append(run)


def main() -> None:
    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = "Times New Roman"
    normal.font.size = Pt(12)
    normal.paragraph_format.space_after = Pt(6)
    title = d.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.paragraph_format.space_before = Pt(90)
    text_box(title, ISSUING_BOX, shape_id="_x0000_s1025", left=60, top=-80, width=330, height=62, z=1)
    title.add_run(TITLE).bold = True
    for heading, arts in CHAPTERS:
        h = d.add_paragraph()
        h.alignment = WD_ALIGN_PARAGRAPH.CENTER
        h.add_run(heading).bold = True
        for n, paras in arts:
            for i, text in enumerate(paras):
                p = d.add_paragraph()
                if text.startswith("("):
                    p.paragraph_format.left_indent = Cm(1.5)
                else:
                    p.paragraph_format.first_line_indent = Cm(0.85)
                if i == 0:
                    p.add_run(f"Article {n}").bold = True
                    p.add_run("  ")
                if (n, i) == (5, 0):
                    text_box(p, SIDEBAR_A, shape_id="_x0000_s1026", left=340, top=0, width=130, height=90, z=2)
                if (n, i) == (10, 0):
                    text_box(p, SIDEBAR_B, shape_id="_x0000_s1027", left=340, top=0, width=130, height=80, z=3)
                p.add_run(text)
    d.core_properties.author = "Drafting Office"
    d.core_properties.title = TITLE
    d.core_properties.created = d.core_properties.modified = dt.datetime(2037, 8, 8, 9, 0, 0)
    d.core_properties.last_modified_by = "Drafting Office"
    d.core_properties.revision = 3
    buf = io.BytesIO()
    d.save(buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src, zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2037, 8, 8, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(fixed, src.read(info.filename))


if __name__ == "__main__":
    main()
