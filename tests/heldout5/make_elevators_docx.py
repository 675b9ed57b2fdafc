"""Regenerate tests/heldout5/elevator-monitoring-data.docx, a regulator's Word file.

    python tests/heldout5/make_elevators_docx.py

Test data only (python-docx, a dependency of regkb's importer). The layout, as a drafting office
types it: the title in Word's Title style and an issuing line; chapters as Heading 1 ("Chapter II
..."), **sections under a chapter** as Heading 2 ("Section 1 ..."); every "Article N" a Heading 3
paragraph of its own, the article's paragraphs below it; a **definitions table** (Term | Meaning,
a header row and one row per term) after the lead-in of Article 2; and **soft line breaks** (Word's
Shift+Enter, `<w:br/>`) inside several paragraphs, where the text was pasted from a PDF: the break
replaces the space between two words and does not end the paragraph. All numbers are typed. The
output is deterministic (fixed document properties and zip entry dates): running this again gives
the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.shared import Pt

OUT = Path(__file__).resolve().parent / "elevator-monitoring-data.docx"
TITLE = "Provisions on the Management of Elevator Remote Monitoring Data"
ISSUED = "(Issued by the State Administration for Market Regulation on 15 January 2028)"
DEFINITIONS = [
    ("Elevator remote monitoring data", "the operating status, fault records, alarm records and video images of "
     "elevators collected by monitoring terminals installed in elevators"),
    ("Monitoring service providers", "enterprises that install monitoring terminals and operate platforms that "
     "receive and analyse elevator remote monitoring data"),
    ("Elevator users", "the owners of elevators, or the units that manage the use of elevators under a contract "
     "with the owners"),
]
# ("chapter" | "section" | "article" | "para" | "table", text); " | " in a paragraph is a soft line break
BODY: list[tuple[str, str]] = [
    ("chapter", "Chapter I General Provisions"),
    ("article", "Article 1"),
    ("para", "These Provisions are formulated in accordance with the Special Equipment Safety Law of the People's "
             "Republic of China, | the Data Security Law and other laws, for the purpose of regulating the handling "
             "of elevator remote monitoring data, | preventing elevator accidents and protecting the safety of "
             "passengers."),
    ("article", "Article 2"),
    ("para", "These Provisions apply to the collection, storage, use and sharing of elevator remote monitoring "
             "data within the territory of the People's Republic of China."),
    ("para", "For the purposes of these Provisions, the following terms have the meanings given in the table "
             "below:"),
    ("table", ""),
    ("article", "Article 3"),
    ("para", "The State Administration for Market Regulation shall be responsible for the supervision and "
             "administration of elevator remote monitoring data nationwide. | The market regulation departments of "
             "local people's governments at or above the county level shall be responsible for such supervision | "
             "and administration within their administrative areas."),
    ("para", "It is necessary for the market regulation departments to share fault and alarm information with the "
             "emergency management, housing and urban-rural development, and fire and rescue departments at the "
             "same level."),
    ("chapter", "Chapter II Management of Monitoring Data"),
    ("section", "Section 1 Collection and Storage"),
    ("article", "Article 4"),
    ("para", "Monitoring service providers should ensure that monitoring terminals collect elevator remote "
             "monitoring data continuously | and upload alarm records to the platform within 10 seconds after an "
             "alarm is triggered."),
    ("para", "Video images shall be collected only inside the elevator car, and the collection of audio shall be "
             "prohibited."),
    ("article", "Article 5"),
    ("para", "Elevator users are to cooperate with monitoring service providers in the installation and maintenance "
             "of monitoring terminals, | and are not to dismantle the terminals or cut off their power supply "
             "without authorisation."),
    ("article", "Article 6"),
    ("para", "Monitoring service providers should store elevator remote monitoring data for at least one year, and "
             "alarm records and the video images related to an accident for at least three years. | Where an "
             "accident investigation is under way, the data concerned shall be kept until the investigation is "
             "concluded."),
    ("section", "Section 2 Use and Sharing"),
    ("article", "Article 7"),
    ("para", "Monitoring service providers may use elevator remote monitoring data to analyse fault trends and to "
             "improve maintenance plans. They must not use the video images for any purpose other than elevator "
             "safety, | and must not sell elevator remote monitoring data."),
    ("article", "Article 8"),
    ("para", "Where a market regulation department, a fire and rescue department or a public security organ requests "
             "the data of a particular elevator | for the performance of its statutory duties, the monitoring service "
             "provider shall provide it without delay, and it shall not charge any fee."),
    ("article", "Article 9"),
    ("para", "Elevator maintenance units, property service enterprises and insurance companies are entitled to "
             "obtain from monitoring service providers the fault and alarm records of the elevators they maintain, "
             "manage or insure; | the providers have the duty to supply such records free of charge."),
    ("chapter", "Chapter III Supervision and Legal Liability"),
    ("article", "Article 10"),
    ("para", "Where a monitoring service provider has failed to upload alarm records as required by the first "
             "paragraph of Article 4, the market regulation department may interview its principal person in "
             "charge."),
    ("article", "Article 11"),
    ("para", "Where a monitoring service provider violates the second paragraph of Article 4 or Article 7 of these "
             "Provisions, | the market regulation department shall order it to make corrections, give it a warning "
             "and impose a fine of not less than 10,000 yuan but not more than 100,000 yuan; | where the "
             "circumstances are serious, its qualification for the monitoring service shall be revoked."),
    ("para", "Elevator users who violate Article 5 of these Provisions shall be dealt with by the market regulation "
             "department in accordance with the Special Equipment Safety Law of the People's Republic of China."),
    ("article", "Article 12"),
    ("para", "These Provisions shall come into force on 1 May 2028."),
]


def main() -> None:
    d = docx.Document()
    d.core_properties.author = "State Administration for Market Regulation"
    d.core_properties.title = TITLE
    d.core_properties.created = d.core_properties.modified = dt.datetime(2028, 1, 15)
    d.core_properties.last_modified_by = "State Administration for Market Regulation"
    d.core_properties.revision = 1
    d.styles["Normal"].font.size = Pt(11)
    d.add_paragraph(TITLE, style="Title")
    d.add_paragraph(ISSUED)
    for kind, text in BODY:
        if kind == "chapter":
            d.add_paragraph(text, style="Heading 1")
        elif kind == "section":
            d.add_paragraph(text, style="Heading 2")
        elif kind == "article":
            d.add_paragraph(text, style="Heading 3")
        elif kind == "para":
            p = d.add_paragraph()
            p.paragraph_format.first_line_indent = Pt(22)
            pieces = text.split(" | ")
            for i, piece in enumerate(pieces):
                run = p.add_run(piece)
                if i < len(pieces) - 1:
                    run.add_break()  # a soft line break (w:br), not a new paragraph
        else:
            table = d.add_table(rows=1, cols=2)
            table.style = "Table Grid"
            table.rows[0].cells[0].text = "Term"
            table.rows[0].cells[1].text = "Meaning"
            for term, meaning in DEFINITIONS:
                cells = table.add_row().cells
                cells[0].text = term
                cells[1].text = meaning
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed entry dates (python-docx stamps the time of saving)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src, zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2028, 1, 15, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(fixed, src.read(info.filename))


if __name__ == "__main__":
    main()
