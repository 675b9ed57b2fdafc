"""Regenerate tests/heldout4/online-tutoring-platforms.docx, a Word file whose numbers are Word's.

    python tests/heldout4/make_docx.py
    python tests/heldout4/make_docx.py --typed-numbers /tmp/typed.docx   # diagnostic copy, numbers typed

Test data only (python-docx, a dependency of regkb's importer). The layout, as a ministry's
drafting office types it in Word: the chapter and article numbers are not in the text at all but
come from one **multi-level automatic list** ("Chapter I", "Chapter II" at level 1 in upper Roman;
"Article 1", "Article 2" at level 2, numbered on across chapters); the items of a list are a second
automatic list "(1)", "(2)" restarted for each list. Chapter headings are Word "Heading 2"
paragraphs holding only the title; an article's first paragraph holds only its text (Word prints
"Article N" before it); further paragraphs are plain paragraphs with a first-line indent. The
python-docx default template; the core properties and the zip entries' dates are fixed, so the
file is the same each run.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt

OUT = Path(__file__).resolve().parent / "online-tutoring-platforms.docx"
TITLE = "Provisions on the Administration of Online Tutoring Platforms for Primary and Secondary School Students"

# ("chapter", title) | ("article", first paragraph) | ("para", text) | ("items", [item texts])
BODY: list[tuple] = [
    ("chapter", "General Provisions"),
    ("article", "These Provisions are formulated in accordance with the Law of the People's Republic of China on "
                "the Protection of Minors, the Personal Information Protection Law of the People's Republic of "
                "China and other laws, with a view to standardising online tutoring services and safeguarding "
                "the physical and mental health of students."),
    ("article", "For the purposes of these Provisions, an online tutoring platform refers to an internet "
                "platform that provides subject tutoring, homework guidance or examination preparation courses "
                "to primary and secondary school students by means of live streaming, recorded video or "
                "real-time interaction."),
    ("para", "The term \"tutor\" means a natural person who delivers courses to students through an online "
             "tutoring platform."),
    ("article", "The education administrative department of the State Council shall be responsible for the "
                "supervision and administration of online tutoring platforms nationwide."),
    ("para", "Education, cyberspace and public security departments of local people's governments must, "
             "according to their respective duties, carry out the supervision of online tutoring platforms "
             "within their administrative areas."),
    ("chapter", "Obligations of Platforms and Tutors"),
    ("article", "Online tutoring platforms must fulfil the following obligations:"),
    ("items", ["before tutors deliver courses, verify their teaching qualification certificates and publish the "
               "certificate numbers on the course pages;",
               "keep the recordings of live courses for no less than six months;",
               "set up a channel for complaints by parents and handle each complaint within seven days;",
               "not arrange courses for students between 21:00 and 6:00 the following day."]),
    ("article", "Online tutoring platforms may not collect the personal information of students beyond what is "
                "necessary for the provision of tutoring services. Where a platform collects the personal "
                "information of a student under the age of 14, it shall obtain the consent of the student's "
                "parent or other guardian, unless the information is provided by the school for "
                "school-organised tutoring."),
    ("para", "Platforms are forbidden to use the personal information of students for commercial marketing or "
             "to provide it to advertisers."),
    ("article", "Tutors are obliged to abide by professional ethics. They may not solicit students to pay fees "
                "outside the platform, and may not disclose the personal information of students during "
                "courses."),
    ("article", "Online tutoring platforms and cooperating schools shall each designate a contact person for "
                "student safety, who shall report to the education department of the local people's government "
                "within 24 hours when a student suffers harm in connection with a course."),
    ("article", "Parents or other guardians shall have the right to inquire about the learning records of their "
                "children and to request the platform to delete recordings containing the images of their "
                "children; the platform shall delete such recordings within ten working days of the request, "
                "except where the recordings are needed as evidence in a pending complaint."),
    ("chapter", "Legal Liability"),
    ("article", "Where an online tutoring platform violates item (1) or (4) of Article 4 or the second paragraph "
                "of Article 5, the education department of the local people's government shall give it a warning "
                "and order it to rectify within a time limit; where it fails to rectify within the time limit, the "
                "department may order it to suspend the provision of courses and impose a fine of not more than "
                "200,000 yuan."),
    ("article", "Where a tutor violates Article 6, the platform shall report the matter to the education "
                "department of the local people's government within three working days; if the violation "
                "constitutes a crime, criminal liability shall be investigated in accordance with the law."),
    ("chapter", "Supplementary Provisions"),
    ("article", "These Provisions shall come into force on 1 September 2027."),
]

LEGAL_LIST = 101  # abstract numbering: level 0 "Chapter %1" (I, II), level 1 "Article %2" (never restarted)
ITEM_LIST = 102  # abstract numbering: "(%1)"


def abstract_nums() -> list:
    legal = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{LEGAL_LIST}">'
        '<w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:suff w:val="space"/>'
        '<w:lvlText w:val="Chapter %1"/><w:lvlJc w:val="center"/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlRestart w:val="0"/>'
        '<w:suff w:val="space"/><w:lvlText w:val="Article %2"/><w:lvlJc w:val="left"/>'
        '<w:pPr><w:ind w:left="0" w:firstLine="420"/></w:pPr><w:rPr><w:b/></w:rPr></w:lvl>'
        '</w:abstractNum>')
    items = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{ITEM_LIST}">'
        '<w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:suff w:val="space"/>'
        '<w:lvlText w:val="(%1)"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="0" w:firstLine="420"/></w:pPr></w:lvl>'
        '</w:abstractNum>')
    return [legal, items]


def number(paragraph, num_id: int, level: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{level}"/><w:numId w:val="{num_id}"/></w:numPr>'))


ROMAN = ["I", "II", "III", "IV", "V"]


def main(typed: Path | None = None) -> None:
    """Write OUT; with ``typed``, write there instead a diagnostic copy whose numbers are typed in
    the text ("Chapter I ", "Article 1  ", "(1) ") and no paragraph is auto-numbered."""
    d = docx.Document()
    d.core_properties.author = "Ministry of Education"
    d.core_properties.title = TITLE
    d.core_properties.created = d.core_properties.modified = dt.datetime(2027, 4, 1)
    d.core_properties.last_modified_by = "Ministry of Education"
    d.core_properties.revision = 1
    d.styles["Normal"].font.size = Pt(11)
    numbering = d.part.numbering_part.element
    first_num = numbering.find(qn("w:num"))
    for a in abstract_nums():
        if first_num is not None:
            first_num.addprevious(a)
        else:
            numbering.append(a)
    next_id = [200]

    def new_num(abstract: int, restart: bool) -> int:
        next_id[0] += 1
        override = ('<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride>' if restart else "")
        numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="{next_id[0]}">'
                                   f'<w:abstractNumId w:val="{abstract}"/>{override}</w:num>'))
        return next_id[0]

    legal = new_num(LEGAL_LIST, restart=False)
    d.add_paragraph(TITLE, style="Title")
    chapter = article = 0
    for kind, content in BODY:
        if kind == "chapter":
            chapter += 1
            if typed:
                d.add_paragraph(f"Chapter {ROMAN[chapter - 1]} {content}", style="Heading 2")
            else:
                number(d.add_paragraph(content, style="Heading 2"), legal, 0)
        elif kind == "article":
            article += 1
            if typed:
                d.add_paragraph(f"Article {article}  {content}")
            else:
                number(d.add_paragraph(content), legal, 1)
        elif kind == "para":
            d.add_paragraph(content).paragraph_format.first_line_indent = Pt(21)
        else:
            items = new_num(ITEM_LIST, restart=True)
            for i, text in enumerate(content, 1):
                if typed:
                    d.add_paragraph(f"({i}) {text}")
                else:
                    number(d.add_paragraph(text), items, 0)
    buf = io.BytesIO()
    d.save(buf)
    # rewrite the zip with fixed entry dates (python-docx stamps the time of saving)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src, \
            zipfile.ZipFile(typed or OUT, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2027, 4, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(fixed, src.read(info.filename))


if __name__ == "__main__":
    import sys

    main(Path(sys.argv[2]) if len(sys.argv) == 3 and sys.argv[1] == "--typed-numbers" else None)
