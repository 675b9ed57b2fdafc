"""Regenerate tests/heldout7/school-canteen-video-trial-measures.docx, a Word file with tracked changes.

    python tests/heldout7/make_canteen_docx.py

Test data only (python-docx, a dependency of regkb's importer). The layout, as a translator's working
copy of measures "for Trial Implementation" circulates: the title and the issuing note centred; **every
article heading a paragraph of Word's built-in style "Heading 3"** ("Article 4 [Installation]", the
caption in square brackets), the article's paragraphs below it in the Normal style; a page header
("Working translation - changes tracked") that is not in the body; and **tracked changes left in the
file**: a reviser's insertions (<w:ins>) and deletions (<w:del>, whose text is <w:delText>) inside three
articles. The text in force is the text with the changes accepted: inserted runs read, deleted runs
not. The output is deterministic (fixed document properties, revision dates and zip entry dates).
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt
from docx.text.paragraph import Paragraph

OUT = Path(__file__).resolve().parent / "school-canteen-video-trial-measures.docx"
TITLE = ("Measures of Donglin Municipality for the Management of Video Data of School Canteens "
         "(for Trial Implementation)")
ISSUED = ("(Issued by the Donglin Municipal Education Bureau and the Donglin Municipal Market Regulation Bureau "
          "on 15 July 2030, Dong Jiao Fa [2030] No. 8)")
REVISER, WHEN = "Chen Yu", "2030-07-20T10:00:00Z"

# (heading, [paragraphs]); in a paragraph, [+text+] is a tracked insertion and [-text-] a tracked deletion
ARTICLES: list[tuple[str, list[str]]] = [
    ("Article 1 [Purpose]", [
        "In order to ensure food safety in school canteens while protecting the personal information of students "
        "and canteen staff, these Measures are formulated on the basis of the Food Safety Law of the People's "
        "Republic of China and the Personal Information Protection Law of the People's Republic of China."]),
    ("Article 2 [Scope and Terms]", [
        "These Measures apply to primary and secondary schools and kindergartens in Donglin Municipality that "
        "install cameras in their canteens (hereinafter referred to as \u201cschools\u201d).",
        "\u201cCanteen video data\u201d includes the live images and recordings of kitchens, storerooms and serving "
        "areas captured by cameras installed in school canteens."]),
    ("Article 3 [Competent Departments]", [
        "The municipal education bureau and the municipal market regulation bureau must jointly formulate the "
        "technical requirements for canteen cameras. District education bureaus are obligated to inspect the "
        "installation of cameras in the schools of their districts at least once each semester."]),
    ("Article 4 [Installation]", [
        "Schools must install cameras in kitchens, storerooms[-, dining halls-][+ and+] serving areas, and no "
        "school shall install cameras in changing rooms, toilets or staff rest areas."]),
    ("Article 5 [Live Display]", [
        "Schools can show live images of the kitchen to parents through a campus application during meal "
        "preparation hours, but are forbidden to show images in which the faces of students can be recognised."]),
    ("Article 6 [Retention]", [
        "Recordings are to be kept for at least [-sixty-][+ninety+] days. When a food safety incident occurs, the "
        "recordings of the preceding thirty days shall be preserved until the investigation ends."]),
    ("Article 7 [Access]", [
        "School principals have the power to decide which staff members may view the recordings, and must keep a "
        "register of every viewing.",
        "It is forbidden for canteen contractors to copy the recordings or to take them out of the school[+ in any "
        "form+]."]),
    ("Article 8 [Legal Liability]", [
        "Where a school violates Article 4 or Article 6 of these Measures, the district education bureau shall "
        "order it to make corrections and may circulate a notice of criticism; the principal and other persons "
        "directly responsible can be given sanctions in accordance with the law.",
        "Canteen contractors that violate the second paragraph of Article 7 shall be dealt with by the public "
        "security organ in accordance with the Law of the People's Republic of China on Penalties for "
        "Administration of Public Security."]),
    ("Article 9 [Trial Implementation]", [
        "These Measures shall be implemented on a trial basis for two years from 1 September 2030."]),
]


class Revisions:
    def __init__(self) -> None:
        self.next_id = 1

    def mark(self, p: Paragraph, kind: str, text: str) -> None:
        """Append a tracked insertion ("ins") or deletion ("del") of ``text`` to paragraph ``p``."""
        wrapper = OxmlElement(f"w:{kind}")
        wrapper.set(qn("w:id"), str(self.next_id))
        wrapper.set(qn("w:author"), REVISER)
        wrapper.set(qn("w:date"), WHEN)
        self.next_id += 1
        run = OxmlElement("w:r")
        t = OxmlElement("w:delText" if kind == "del" else "w:t")
        t.set(qn("xml:space"), "preserve")
        t.text = text
        run.append(t)
        wrapper.append(run)
        p._p.append(wrapper)

    def fill(self, p: Paragraph, text: str) -> None:
        for part in re.split(r"(\[\+.*?\+\]|\[-.*?-\])", text):
            if part.startswith("[+"):
                self.mark(p, "ins", part[2:-2])
            elif part.startswith("[-"):
                self.mark(p, "del", part[2:-2])
            elif part:
                p.add_run(part)


def main() -> None:
    d = docx.Document()
    d.core_properties.author = "Donglin Municipal Education Bureau"
    d.core_properties.title = TITLE
    d.core_properties.created = d.core_properties.modified = dt.datetime(2030, 7, 20, 9, 0, 0)
    d.core_properties.last_modified_by = REVISER
    d.core_properties.revision = 4
    d.styles["Normal"].font.size = Pt(12)
    d.sections[0].header.paragraphs[0].text = "Working translation - changes tracked"
    title = d.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.add_run(TITLE).bold = True
    issued = d.add_paragraph(ISSUED)
    issued.alignment = WD_ALIGN_PARAGRAPH.CENTER
    revisions = Revisions()
    for heading, paragraphs in ARTICLES:
        d.add_paragraph(heading, style="Heading 3")
        for text in paragraphs:
            p = d.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(24)
            revisions.fill(p, text)
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed entry dates (python-docx stamps the time of saving)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src, zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2030, 7, 20, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(fixed, src.read(info.filename))


if __name__ == "__main__":
    main()
