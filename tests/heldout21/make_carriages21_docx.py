"""Writes carriage-rides-provisions-memo-appendix.docx for held-out set 21 (blind since session 17).

Test data only (python-docx, a dependency of regkb's importer). An invented normative document of a municipal bureau,
as a law firm sends it to a client: a memorandum (a privilege legend in the page header, a To / From / Cc / Date / Re
table, numbered advice paragraphs that quote and paraphrase the provisions with modal words, a signature block) and,
after a page break, "Appendix A" holding the convenience translation: the title, the document number, then every
article a paragraph opening with a bold "Article N" and a tab over a hanging indent, later paragraphs and items
indented under it; a confidentiality line and a "Page N of M" field line in the footer. The output is deterministic
(fixed document properties and zip entry dates).
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

OUT = Path(__file__).resolve().parent / "carriage-rides-provisions-memo-appendix.docx"
TITLE = "Provisions of Wenlu City on Sightseeing Horse-Drawn Carriages"
NUMBER = "Wen Jiao Gui [2041] No. 2"
ISSUED = "(Issued by the Wenlu Municipal Transport Bureau on 30 January 2041)"

LAW = """A:
These Provisions are formulated to keep sightseeing carriage rides in the old town of Wenlu City safe and orderly and to protect the welfare of carriage horses.
A:
A "sightseeing carriage" is a vehicle drawn by one or two horses that carries passengers for a fare along a fixed route in the old town.
Whoever runs sightseeing carriages as a business is referred to below as a "carriage operator", and a person who drives such a carriage is a "driver".
A:
The Wenlu Municipal Transport Bureau (the "Transport Bureau") licenses carriage operators and fixes carriage routes with the Old Town Administration Committee.
The Wenlu Animal Health Station shall examine every carriage horse at least once a quarter.
The Old Town Administration Committee has the power to close a route for festivals or repairs, and carriage operators are then to use the detour it names.
A:
No person may operate a sightseeing carriage without a licence from the Transport Bureau.
An applicant for a licence must submit the following:
(1) proof of third-party liability insurance of not less than 500,000 yuan per carriage;
(2) a health certificate for each horse;
(3) the names of the drivers.
The Transport Bureau is to decide on an application within twenty working days and to give written reasons for any refusal.
A:
A carriage operator must see to it that each horse works no more than six hours a day and rests for at least fifteen minutes after every round trip.
Horses are not to be worked when the air temperature is above 35 degrees Celsius.
Every carriage is to carry a dung catcher, and the operator has to clean up any droppings that fall on the street.
A:
Drivers shall observe the Road Traffic Safety Law of the People's Republic of China and hold a carriage driving certificate issued after the training prescribed by the Transport Bureau, and shall not drive after drinking alcohol.
A driver is not allowed to use a whip other than to give a signal. Passengers may not be carried in excess of the seats on the carriage.
A:
Passengers have the right to know the fare and the length of the ride before boarding, and are entitled to a refund of the fare if the ride is cut short through no fault of their own.
Passengers must remain seated while the carriage is moving and are forbidden to feed the horses.
A:
The Old Town Administration Committee encourages carriage operators to use horses retired from racing and supports them in building shaded stables.
A:
A carriage operator that operates without a licence in breach of Article 4, paragraph 1 shall have its carriages and takings confiscated by the Transport Bureau and shall also be fined not less than 10,000 yuan nor more than 50,000 yuan.
A carriage operator that breaches Article 5 shall receive a warning from the Transport Bureau; where a horse is injured as a result, the licence of the operator shall be suspended for one to three months.
A:
The Transport Bureau shall revoke the certificate of a driver who drives after drinking or who injures a passenger by careless driving.
Where the failure of a carriage operator to comply with Article 5 or Article 6 causes injury to a passenger or a passer-by, the operator shall bear civil liability.
Cases of cruelty to carriage horses shall be transferred to the public security organ.
A:
The processing of the booking data of passengers is subject to the Data Security Law and the Personal Information Protection Law. These Provisions shall be implemented from 1 March 2041.
"""

MEMO_HEAD = [("To:", "Ms Zhou Lin, General Manager, Old Town Carriage Tours Co., Ltd."),
             ("From:", "Fang Le, Partner, and Tian Yue, Associate"),
             ("Cc:", "Legal Department, Old Town Carriage Tours Co., Ltd."),
             ("Date:", "12 February 2041"),
             ("Re:", "New carriage provisions in Wenlu: what your company must do before 1 March 2041")]

MEMO = [
    ("1.", "Summary", None),
    ("1.1", None, "The Wenlu Municipal Transport Bureau has issued provisions on sightseeing carriages that take effect on "
     "1 March 2041. In our view your company must renew its licence file and should review its rota of horses and "
     "drivers before that date. A full convenience translation is attached as Appendix A."),
    ("2.", "What changes for your company", None),
    ("2.1", None, "Licensing. Under Article 4 an unlicensed operator risks confiscation of its carriages; your existing "
     "licence remains valid, but the Bureau may ask for the new insurance proof at renewal."),
    ("2.2", None, "Horse welfare. Article 5 caps working hours. We recommend that the rota should show the rest breaks "
     "so that an inspector can check them quickly, and drivers must log the temperature on hot days."),
    ("2.3", None, "Drivers. Each driver will need the new certificate; a driver who has not yet trained may not drive "
     "after 1 March 2041."),
    ("3.", "Next steps", None),
    ("3.1", None, "Please send us the insurance policy and the horse health certificates by 20 February 2041 so that we "
     "can check them against the list in Article 4. We would be glad to discuss any of these points."),
]


def border(paragraph, side: str = "bottom") -> None:
    ppr = paragraph._p.get_or_add_pPr()
    bdr = OxmlElement("w:pBdr")
    edge = OxmlElement(f"w:{side}")
    for k, v in (("w:val", "single"), ("w:sz", "8"), ("w:space", "1"), ("w:color", "808080")):
        edge.set(qn(k), v)
    bdr.append(edge)
    ppr.append(bdr)


def field(paragraph, code: str, shown: str) -> None:
    for kind, text in (("begin", None), (None, code), ("separate", None), (None, shown), ("end", None)):
        run = paragraph.add_run()
        if kind:
            fc = OxmlElement("w:fldChar")
            fc.set(qn("w:fldCharType"), kind)
            run._r.append(fc)
        elif text == code:
            it = OxmlElement("w:instrText")
            it.set(qn("xml:space"), "preserve")
            it.text = code
            run._r.append(it)
        else:
            run.text = text


def law_blocks() -> list[tuple[str, int, str]]:
    out: list[tuple[str, int, str]] = []
    n = 0
    for line in LAW.strip().splitlines():
        if line == "A:":
            n += 1
            out.append(("A", n, ""))
        else:
            out.append(("I" if line.startswith("(") else "P", n, line))
    return out


def main() -> None:
    d = docx.Document()
    normal = d.styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(11)
    normal.paragraph_format.space_after = Pt(6)
    sec = d.sections[0]
    sec.left_margin = sec.right_margin = Cm(2.5)
    hp = sec.header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    r = hp.add_run("PRIVILEGED & CONFIDENTIAL \u2013 LAWYER\u2013CLIENT COMMUNICATION")
    r.bold = True
    r.font.size = Pt(8)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fp.add_run("Fang & Tian Law Offices \u00b7 Page ").font.size = Pt(8)
    field(fp, " PAGE ", "1")
    fp.add_run(" of ")
    field(fp, " NUMPAGES ", "4")

    t = d.add_paragraph()
    tr = t.add_run("MEMORANDUM")
    tr.bold = True
    tr.font.size = Pt(20)
    table = d.add_table(rows=0, cols=2)
    for k, v in MEMO_HEAD:
        cells = table.add_row().cells
        cells[0].width = Cm(2.5)
        cells[1].width = Cm(13.5)
        cells[0].paragraphs[0].add_run(k).bold = True
        cells[1].paragraphs[0].add_run(v)
    rule = d.add_paragraph()
    border(rule)
    for num, head, body in MEMO:
        p = d.add_paragraph()
        p.paragraph_format.left_indent = Cm(1.0)
        p.paragraph_format.first_line_indent = Cm(-1.0)
        if head:
            p.add_run(f"{num}\t{head}").bold = True
        else:
            p.add_run(f"{num}\t{body}")
    d.add_paragraph("Fang & Tian Law Offices")
    d.add_paragraph("This memorandum is confidential and is addressed to the client only. It may not be passed on "
                    "without our consent.").runs[0].italic = True
    brk = d.add_paragraph()
    brk.add_run().add_break(WD_BREAK.PAGE)
    ap = d.add_paragraph()
    ap.add_run("Appendix A \u2013 Convenience translation").bold = True
    d.add_paragraph("The translation below is ours. It is provided for reference; the Chinese text is the only "
                    "authentic version.").runs[0].italic = True
    for text, bold in ((TITLE, True), (NUMBER, False), (ISSUED, False)):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(text).bold = bold or None
    pend = None
    for kind, n, text in law_blocks():
        if kind == "A":
            pend = n
            continue
        p = d.add_paragraph()
        pf = p.paragraph_format
        pf.left_indent = Cm(2.5 if kind == "I" else 2.0)
        if pend is not None:
            pf.first_line_indent = Cm(-2.0)
            p.add_run(f"Article {pend}").bold = True
            p.add_run("\t" + text)
            pend = None
        else:
            p.add_run(text)
    end = d.add_paragraph()
    border(end, "top")
    end.add_run("End of Appendix A").italic = True

    d.core_properties.author = "Tian Yue"
    d.core_properties.title = "Memorandum: carriage provisions"
    d.core_properties.created = d.core_properties.modified = dt.datetime(2041, 2, 12, 9, 0, 0)
    d.core_properties.last_modified_by = "Fang Le"
    d.core_properties.revision = 3
    buf = io.BytesIO()
    d.save(buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src, zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2041, 2, 12, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(fixed, src.read(info.filename))


if __name__ == "__main__":
    main()
