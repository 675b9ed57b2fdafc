"""Regenerate tests/heldout16/laundromat-provisions-hidden-text.docx, a provincial department's normative document
drafted from a Word template in which hidden text was left behind.

    python tests/heldout16/make_laundromats16_docx.py

Test data only (python-docx, a dependency of regkb's importer). The layout: the title and the document number
centred; the issuing line; chapters centred in bold; "Article N" a bold run in small capitals (``w:smallCaps``; the
characters are "Article N") + two spaces, opening the article's first paragraph; later paragraphs and items "(a)"
Word paragraphs of their own. **Hidden text (``w:vanish``) that a reader of the printed page never sees but that
stays in the file**: the template's instruction paragraph under the number, a drafting note after Art. 6, a
comparison note after Art. 11 and a hidden remark at the end of a paragraph of Art. 10 (after its full stop), each
with modal words ("should", "must", "may", "shall be fined"). A header with the department's name. The output is
deterministic (fixed document properties and zip entry dates).
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt

OUT = Path(__file__).resolve().parent / "laundromat-provisions-hidden-text.docx"
TITLE = "Provisions on the Operation of Self-Service Laundromats"
NUMBER = "Yang Shang Gui [2037] No. 9"
ISSUED = "Issued by the Department of Commerce of Heyang Province on 18 August 2037"
HIDE = "\x00"  # a paragraph or run that starts with this mark is hidden text

BODY: list[tuple[str, object]] = [
    ("hidden", "[TEMPLATE — delete before issue: fill in the document number; the legal office must check every "
               "cross-reference, and the title should be set in bold 16 pt.]"),
    ("chapter", "Chapter I  General Provisions"),
    ("article", (1, "These Provisions are formulated in accordance with the Regulations of Heyang Province on the "
                    "Administration of Commercial Services and other relevant provisions, in order to standardise the "
                    "operation of self-service laundromats and protect the rights and interests of their users.")),
    ("article", (2, "\u201cSelf-service laundromat\u201d, as used in these Provisions, means premises in which "
                    "coin-operated or app-operated washing machines and dryers are made available to the public without "
                    "staff in attendance.")),
    ("para", "\u201cLaundromat operator\u201d means the natural person, legal person or unincorporated organisation "
             "that runs one or more self-service laundromats."),
    ("para", "\u201cUser\u201d includes any person who washes or dries clothes in a self-service laundromat, whether or "
             "not he or she has paid."),
    ("article", (3, "It is the duty of the county-level commerce authorities to keep a register of the laundromats in "
                    "their areas and to inspect them.")),
    ("para", "The Department of Commerce of Heyang Province will publish a list of registered laundromats each year on "
             "its website."),
    ("para", "Sub-district offices and township people\u2019s governments shall assist the county-level commerce "
             "authorities in handling complaints about laundromats."),
    ("chapter", "Chapter II  Operation"),
    ("article", (4, "A laundromat operator has a legal obligation to file with the county-level commerce authority, "
                    "within fifteen days of opening a laundromat, its address, the number of machines and a telephone "
                    "number for complaints.")),
    ("para", "A laundromat operator is not to install a dryer that lacks an automatic cut-off for overheating."),
    ("article", (5, "Each laundromat operator is to post the following in a place that users can see:")),
    ("item", "(a) the prices and the ways of paying;"),
    ("item", "(b) the operating instructions of the machines;"),
    ("item", "(c) the telephone number for complaints and for reporting faults."),
    ("para", "The machines shall be cleaned and disinfected by the laundromat operator at least once a week, and a drum "
             "cleaning cycle shall be run every day."),
    ("para", "A laundromat operator shall take care that a member of staff can be reached by telephone whenever the "
             "laundromat is open."),
    ("article", (6, "It is unlawful for a laundromat operator to wash or dry, in the machines open to users, bedding or "
                    "clothes from hospitals, hotels or care homes.")),
    ("para", "A laundromat operator shall refrain from collecting the location data of users beyond what the payment "
             "requires."),
    ("para", "Where a machine breaks down during a cycle, the laundromat operator must return the clothes to the user "
             "within twenty-four hours of being told."),
    ("hidden", "[Drafting note (Legal Affairs Division): the Department may wish to add the laundry rooms of care homes "
               "here; operators should be consulted before the text is final.]"),
    ("article", (7, "Users are entitled to claim a refund of the price of a cycle that did not finish.")),
    ("para", "Each user has the right to an electronic or paper receipt for each payment."),
    ("para", "A user may on no account dye clothes or wash articles soiled with oil, paint or chemicals in the "
             "machines."),
    ("para", "A laundromat operator that has posted a notice to that effect has the option of refusing service to users "
             "who leave pets unattended in the premises."),
    ("article", (8, "The county-level commerce authorities are empowered to enter a laundromat at any time to inspect "
                    "compliance with Articles 4 to 6.")),
    ("para", "It is within the power of the county-level commerce authority to require a laundromat operator to stop "
             "using a machine that is found unsafe."),
    ("para", "Suppliers of machines to laundromats are obliged to give laundromat operators written instructions for "
             "safe use, as the Product Quality Law of the People\u2019s Republic of China requires."),
    ("article", (9, "Laundromat operators are encouraged to use machines that save water and energy and detergents that "
                    "contain no phosphate.")),
    ("para", "The Department of Commerce of Heyang Province encourages property service enterprises to provide space for "
             "laundromats in residential communities at reduced rents."),
    ("chapter", "Chapter III  Legal Liability"),
    ("article", (10, "Where a laundromat operator fails to file as required by Article 4, paragraph 1, the county-level "
                     "commerce authority shall order it to do so within ten days; where it does not file within that "
                     "time, a fine of between 500 yuan and 3,000 yuan shall be imposed.")),
    ("para", ["A laundromat operator that breaches Article 4, paragraph 2 or Article 6, paragraph 1 shall be ordered by "
              "the county-level commerce authority to correct the breach and shall be fined between 2,000 yuan and "
              "10,000 yuan; where the circumstances are serious, its laundromat may be closed for up to one month.",
              HIDE + " [fine range to be confirmed by the Department\u2019s leadership]"]),
    ("article", (11, "A laundromat operator that collects the location data of users in breach of Article 6, paragraph 2 "
                     "shall be handled in accordance with the Personal Information Protection Law of the People\u2019s "
                     "Republic of China.")),
    ("para", "Where staff of a county-level commerce authority abuse their powers or neglect their duties in registering "
             "or inspecting laundromats, they shall be given administrative sanctions according to law."),
    ("hidden", "[Comparison: the 2035 draft said \u201cshall be fined up to 50,000 yuan\u201d; the hearing asked for a "
               "lower cap, and the division should explain the change.]"),
    ("chapter", "Chapter IV  Supplementary Provisions"),
    ("article", (12, "These Provisions shall be effective from 1 October 2037 and remain valid for five years.")),
]


def build() -> docx.Document:
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(12)
    sec = d.sections[0]
    sec.top_margin = sec.bottom_margin = Cm(2.54)
    sec.left_margin = sec.right_margin = Cm(3.0)
    sec.header.paragraphs[0].text = "Department of Commerce of Heyang Province · Normative Document"
    for text, size in ((TITLE, 16), (NUMBER, 12), (ISSUED, 12)):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.bold = text == TITLE
        r.font.size = Pt(size)
    for kind, value in BODY:
        p = d.add_paragraph()
        if kind == "chapter":
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(str(value)).bold = True
            continue
        if kind == "hidden":
            r = p.add_run(str(value))
            r.font.hidden = True
            r.italic = True
            continue
        if kind == "item":
            p.paragraph_format.left_indent = Cm(1.5)
        else:
            p.paragraph_format.first_line_indent = Cm(0.85)
        if kind == "article":
            number, text = value  # type: ignore[misc]
            lead = p.add_run(f"Article {number}")
            lead.bold = True
            lead.font.small_caps = True
            parts = ["  " + text]
        else:
            parts = value if isinstance(value, list) else [str(value)]
        for part in parts:
            r = p.add_run(part.lstrip(HIDE))
            if part.startswith(HIDE):
                r.font.hidden = True
    return d


def main() -> None:
    d = build()
    d.core_properties.author = "Legal Affairs Division"
    d.core_properties.title = TITLE
    d.core_properties.created = d.core_properties.modified = dt.datetime(2037, 8, 18, 9, 0, 0)
    d.core_properties.last_modified_by = "Legal Affairs Division"
    d.core_properties.revision = 3
    buf = io.BytesIO()
    d.save(buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src, zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2037, 8, 18, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(fixed, src.read(info.filename))


if __name__ == "__main__":
    main()
