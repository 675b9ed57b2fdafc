"""Regenerate tests/heldout5/crop-variety-data.pdf, a ministry's PDF with a contents page.

    python tests/heldout5/make_seeds_pdf.py

Test data only (reportlab, a test dependency of regkb). The layout, as ministries' PDFs often
have it: page 1 holds the title, the order line and a table of contents (chapter titles, dot
leaders, page numbers); the text starts on page 2; chapters centred in bold; every "Article N"
stands alone on its own line in bold, its text in the paragraphs below (first-line indent, ragged
right, no blank lines); a page number "- N -" at the foot of every page; no running header. The
output is deterministic (reportlab's invariant mode): running this again gives the same bytes.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

OUT = Path(__file__).resolve().parent / "crop-variety-data.pdf"
TITLE = "Measures for the Administration of Crop Seed Variety Data"
ORDER = "(Order No. 6 of 2028 of the Ministry of Agriculture and Rural Affairs, issued on 12 May 2028)"
FONT, BOLD, SIZE, LEAD = "Helvetica", "Helvetica-Bold", 10.5, 15
LEFT, RIGHT, TOP, BOTTOM = 70, A4[0] - 70, A4[1] - 80, 90
INDENT = 21

# ("chapter", title) | ("article", number) | ("para", text)
BODY: list[tuple[str, object]] = [
    ("chapter", "Chapter I General Provisions"),
    ("article", 1),
    ("para", "These Measures are formulated in accordance with the Seed Law of the People's Republic of China and "
             "the Data Security Law of the People's Republic of China with a view to strengthening the management "
             "of crop seed variety data, protecting the rights of breeders and safeguarding the security of "
             "agricultural germplasm resources."),
    ("article", 2),
    ("para", "For the purposes of these Measures, \"variety data\" is the data on the pedigree, genotype, field "
             "trial results and commercial distribution of crop varieties that is generated in the breeding, "
             "testing, registration and promotion of varieties."),
    ("para", "The term \"variety data holders\" covers breeding enterprises, seed testing stations, agricultural "
             "research institutes and other entities that collect or store variety data."),
    ("article", 3),
    ("para", "The agricultural and rural affairs department of the State Council (hereinafter the \"competent "
             "agricultural department\") shall be responsible for the supervision of variety data nationwide and "
             "shall formulate the catalogue of important variety data. The agricultural and rural affairs "
             "departments of local people's governments at or above the county level shall be responsible for "
             "the supervision of variety data within their administrative areas."),
    ("chapter", "Chapter II Registration and Use of Variety Data"),
    ("article", 4),
    ("para", "Variety data holders must, in accordance with the Cybersecurity Law, establish a data management "
             "system and take technical measures such as encryption, access control and backup to protect variety "
             "data against leakage, tampering and loss."),
    ("para", "Variety data holders that store the data of more than 1,000 varieties are additionally required to "
             "designate a person in charge of data security and to report the name of that person to the "
             "competent agricultural department."),
    ("article", 5),
    ("para", "A breeding enterprise applying for the registration of a variety shall submit the variety data to "
             "the competent agricultural department through the national variety registration platform."),
    ("para", "The submitted variety data shall meet the following requirements:"),
    ("para", "(1) the data is true, complete and traceable to its source;"),
    ("para", "(2) field trial data is obtained from at least two trial sites in different ecological zones;"),
    ("para", "(3) genotype data is produced by a testing institution that has passed the qualification "
             "assessment."),
    ("article", 6),
    ("para", "Variety data holders may provide variety data to other entities for research purposes, provided that "
             "the identity of the breeder is not disclosed without the breeder's consent."),
    ("para", "Variety data listed in the catalogue of important variety data may be provided abroad only after it "
             "has passed a security assessment organised by the competent agricultural department together with "
             "the national cyberspace administration, except as otherwise provided by international treaties that "
             "the People's Republic of China has concluded or acceded to."),
    ("article", 7),
    ("para", "Breeders have the right to know how the variety data of their varieties are used and are entitled "
             "to receive a reasonable share of any income derived from the commercial use of such data by others."),
    ("article", 8),
    ("para", "No entity or individual may alter the field trial data of a variety or forge genotype data. Seed "
             "testing stations shall keep the original records of field trials for at least five years, and must "
             "not destroy or alter them."),
    ("chapter", "Chapter III Supervision and Legal Liability"),
    ("article", 9),
    ("para", "The competent agricultural department and the agricultural and rural affairs departments of local "
             "people's governments at or above the county level may carry out spot checks on the variety data held "
             "by variety data holders; they may also entrust a qualified testing institution with the verification "
             "of the data."),
    ("article", 10),
    ("para", "Where a variety data holder violates Article 4 of these Measures, the competent agricultural "
             "department or the agricultural and rural affairs department of the local people's government at or "
             "above the county level shall order it to make corrections and may impose a fine of not more than "
             "20,000 yuan."),
    ("para", "Whoever violates Articles 6 through 8 or items (2) and (3) of the second paragraph of Article 5 of "
             "these Measures shall be given a warning and may be fined not more than 50,000 yuan; where the "
             "violation causes losses to breeders, the violator shall bear civil liability according to law."),
    ("article", 11),
    ("para", "These Measures shall take effect on 1 September 2028. The Interim Measures for the Management of Crop "
             "Variety Test Data issued by the former Ministry of Agriculture in 2015 shall be repealed at the same "
             "time."),
]
CONTENTS = [("Chapter I General Provisions", 2), ("Chapter II Registration and Use of Variety Data", 2),
            ("Chapter III Supervision and Legal Liability", 3)]


def wrap(text: str, first_indent: float) -> list[str]:
    lines: list[str] = []
    line = ""
    avail = RIGHT - LEFT - first_indent
    for word in text.split():
        trial = f"{line} {word}" if line else word
        if stringWidth(trial, FONT, SIZE) <= avail:
            line = trial
            continue
        lines.append(line)
        line, avail = word, RIGHT - LEFT
    lines.append(line)
    return lines


def foot(c: canvas.Canvas, page: int) -> None:
    c.setFont(FONT, 9)
    c.drawCentredString(A4[0] / 2, 50, f"- {page} -")


def main() -> None:
    c = canvas.Canvas(str(OUT), pagesize=A4, invariant=1)
    c.setTitle(TITLE)
    c.setAuthor("Ministry of Agriculture and Rural Affairs")
    # page 1: title, order line, contents with dot leaders
    y = TOP
    c.setFont(BOLD, 15)
    c.drawCentredString(A4[0] / 2, y, TITLE)
    y -= 22
    c.setFont(FONT, 9.5)
    c.drawCentredString(A4[0] / 2, y, ORDER)
    y -= 48
    c.setFont(BOLD, 12)
    c.drawCentredString(A4[0] / 2, y, "Contents")
    y -= 28
    c.setFont(FONT, SIZE)
    for title, page in CONTENTS:
        c.drawString(LEFT + 20, y, title)
        c.drawRightString(RIGHT - 20, y, str(page))
        start = LEFT + 20 + stringWidth(title, FONT, SIZE) + 6
        end = RIGHT - 20 - stringWidth(str(page), FONT, SIZE) - 6
        dots = "." * int((end - start) / stringWidth(".", FONT, SIZE))
        c.drawRightString(end, y, dots)
        y -= LEAD + 6
    foot(c, 1)
    c.showPage()
    page = 2
    y = TOP
    for kind, content in BODY:
        need = LEAD * (3 if kind in {"chapter", "article"} else 1)
        if y - need < BOTTOM:
            foot(c, page)
            c.showPage()
            page += 1
            y = TOP
        if kind == "chapter":
            y -= 8
            c.setFont(BOLD, SIZE + 1.5)
            c.drawCentredString(A4[0] / 2, y, str(content))
            y -= LEAD + 8
        elif kind == "article":
            c.setFont(BOLD, SIZE)
            c.drawString(LEFT, y, f"Article {content}")
            y -= LEAD
        else:
            c.setFont(FONT, SIZE)
            for i, line in enumerate(wrap(str(content), INDENT)):
                if y < BOTTOM:
                    foot(c, page)
                    c.showPage()
                    page += 1
                    y = TOP
                    c.setFont(FONT, SIZE)
                c.drawString(LEFT + (INDENT if i == 0 else 0), y, line)
                y -= LEAD
    foot(c, page)
    c.showPage()
    c.save()
    assert page == 3, f"the text takes {page - 1} pages, the contents say 2: change the layout constants"


if __name__ == "__main__":
    main()
