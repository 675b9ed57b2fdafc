"""Regenerate tests/heldout12/pet-grooming-boarding-rules.docx, a city bureau's rule whose articles sit in Word
content controls.

    python tests/heldout12/make_petshops12_docx.py

Test data only (python-docx, a dependency of regkb's importer). The layout, as a drafting form leaves a file: the
title and the document number centred, the issuing line below; chapters as Heading 1 paragraphs in the body;
**every article a block-level content control** (`w:sdt` with an alias "Article N" and a tag, its paragraphs inside
`w:sdtContent`), not a body paragraph of its own; the first paragraph of an article opens with "Article N" in bold,
later paragraphs and items "(1)" follow inside the same control; **the date of entry into force an inline content
control** (a run-level `w:sdt`) inside the last article's sentence. The controls' properties are not text; their
contents are. The output is deterministic (fixed document properties and zip entry dates).
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
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Cm, Pt

OUT = Path(__file__).resolve().parent / "pet-grooming-boarding-rules.docx"
TITLE = "Rules of Qingtai City on Pet Grooming and Boarding Shops"
NUMBER = "Qing Shi Jian Gui [2036] No. 2"
ISSUED = "Issued by the Qingtai City Market Regulation Bureau on 18 July 2036"
DATE = "1 September 2036"
# (chapter title, [(article, [paragraphs])]); a paragraph "(n) ..." is an item; "{DATE}" is an inline control
CHAPTERS: list[tuple[str, list[tuple[int, list[str]]]]] = [
    ("Chapter I  General Provisions", [
        (1, ["These Rules are formulated in accordance with the Animal Epidemic Prevention Law of the People's "
             "Republic of China and, as to the records of pet owners, the Personal Information Protection Law of the "
             "People's Republic of China, in order to protect the health of pets and the interests of their owners."]),
        (2, ["These Rules apply to shops that groom or board pets for payment within the urban area of Qingtai City.",
             "\u201cPet\u201d covers dogs, cats, rabbits and other animals that are kept for company and not for "
             "food or work.",
             "In these Rules, the term \u201cboarding\u201d shall be construed as keeping a pet at the shop "
             "overnight or for longer in the owner's absence."]),
        (3, ["The city market regulation bureau is in charge of registering shops and checking their service "
             "contracts; the city agriculture and rural affairs bureau shall be under an obligation to supervise "
             "animal epidemic prevention in shops. District market regulation offices shall "
             "inspect every shop at least twice a year."]),
    ]),
    ("Chapter II  Services", [
        (4, ["A shop operator must ensure that every pet boarded has a valid rabies vaccination certificate.",
             "The duties of a shop operator include:",
             "(1) keeping a boarding register that shows each pet, its owner and the dates of arrival and departure;",
             "(2) disinfecting cages and grooming tables every day;",
             "(3) separating at once any pet that shows signs of illness from the other animals."]),
        (5, ["A shop operator shall have the obligation of informing the owner in writing of any injury that a pet "
             "suffers at the shop within two hours of its discovery.",
             "A shop operator shall not, on any account, sell the personal information of owners to others."]),
        (6, ["The following are prohibited in a shop:",
             "(1) sedating a pet without the written consent of its owner;",
             "(2) dyeing the fur of a pet with products not made for animals;",
             "(3) keeping more pets overnight than the registered number of cages.",
             "Groomers are disallowed from working on a pet while it is tied by the neck alone."]),
        (7, ["An owner may, at the time of collection, inspect the cage in which the pet was kept, and the shop "
             "operator shall show it to the owner on request.",
             "An owner whose pet is lost or dies at the shop through the fault of the shop shall have a right of "
             "compensation against the shop operator.",
             "A shop operator shall have the option to refuse a pet that bites or is otherwise aggressive."]),
        (8, ["The city market regulation bureau calls on shop operators to join the pet services trade association "
             "and to follow its service standards.",
             "It is hoped that owners will have their pets microchipped before boarding them."]),
    ]),
    ("Chapter III  Legal Liability", [
        (9, ["A shop operator that boards a pet in violation of paragraph (1) of Article 4 shall be warned by the "
             "city agriculture and rural affairs bureau and ordered to return the pet to its owner; where the shop "
             "operator refuses, it shall be fined 2,000 yuan."]),
        (10, ["A shop operator that commits any act listed in paragraph 1 of Article 6 shall be fined not less than "
              "1,000 yuan nor more than 10,000 yuan by the city market regulation bureau and shall be named on the "
              "bureau's website.",
              "A shop operator that sells personal information of owners in violation of Article 5(2) shall be dealt "
              "with according to the Personal Information Protection Law of the People's Republic of China.",
              "A shop operator fined twice under the previous two paragraphs within twelve months shall have its "
              "registration cancelled by the city market regulation bureau."]),
        (11, ["Where a pet is injured or lost through the fault of a shop, the shop operator shall compensate the "
              "owner in accordance with the service contract and with Articles 5 and 7."]),
    ]),
    ("Chapter IV  Supplementary Provisions", [
        (12, ["These Rules take effect on {DATE} and shall be valid for five years."]),
    ]),
]


def run(parent: BaseOxmlElement, text: str, bold: bool = False) -> BaseOxmlElement:
    r = OxmlElement("w:r")
    if bold:
        rpr = OxmlElement("w:rPr")
        rpr.append(OxmlElement("w:b"))
        r.append(rpr)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    parent.append(r)
    return r


def sdt(alias: str, tag: str, ident: int) -> tuple[BaseOxmlElement, BaseOxmlElement]:
    """A content control: the w:sdt element and its w:sdtContent."""
    el = OxmlElement("w:sdt")
    pr = OxmlElement("w:sdtPr")
    for name, value in (("w:alias", alias), ("w:tag", tag), ("w:id", str(ident))):
        sub = OxmlElement(name)
        sub.set(qn("w:val"), value)
        pr.append(sub)
    pr.append(OxmlElement("w:text") if tag == "date" else OxmlElement("w:richText"))
    el.append(pr)
    content = OxmlElement("w:sdtContent")
    el.append(content)
    return el, content


def paragraph(text: str, item: bool, number: int | None) -> BaseOxmlElement:
    p = OxmlElement("w:p")
    ppr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    if item:
        ind.set(qn("w:left"), str(int(Cm(1.2).twips)))
    else:
        ind.set(qn("w:firstLine"), str(int(Cm(0.74).twips)))
    ppr.append(ind)
    p.append(ppr)
    if number is not None:
        run(p, f"Article {number}", bold=True)
        run(p, "  ")
    before, sep, after = text.partition("{DATE}")
    run(p, before)
    if sep:
        inline, content = sdt("Date of entry into force", "date", 900)
        run(content, DATE)
        p.append(inline)
        run(p, after)
    return p


def main() -> None:
    d = docx.Document()
    d.core_properties.author = "Qingtai City Market Regulation Bureau"
    d.core_properties.title = TITLE
    d.core_properties.created = d.core_properties.modified = dt.datetime(2036, 7, 18, 9, 0, 0)
    d.core_properties.last_modified_by = "Qingtai City Market Regulation Bureau"
    d.core_properties.revision = 3
    for text, size in ((TITLE, 15), (NUMBER, 11), (ISSUED, 11)):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.bold = size > 11 or None
        r.font.size = Pt(size)
    body = d.element.body
    for title, arts in CHAPTERS:
        d.add_heading(title, level=1)
        for n, paras in arts:
            el, content = sdt(f"Article {n}", f"art{n}", 100 + n)
            for i, text in enumerate(paras):
                content.append(paragraph(text, text.startswith("("), n if i == 0 else None))
            body.insert(len(body) - 1, el)  # before the section properties
    buf = io.BytesIO()
    d.save(buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src, zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2036, 7, 18, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(fixed, src.read(info.filename))


if __name__ == "__main__":
    main()
