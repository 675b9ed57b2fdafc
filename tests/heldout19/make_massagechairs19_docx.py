"""Write massage-chairs-measures-pdf2word.docx (heldout19): a gazette page run through a PDF-to-Word converter.

Every paragraph is a positioned frame (w:framePr, anchored to the page) holding runs cut where the converter saw a
change of spacing; each printed page is a section of its own; the gazette's running header and page number are framed
paragraphs in the body like the law's; one paragraph is cut in two at a page end. Deterministic: fixed document
properties and zip entry dates, so every run gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

OUT = Path(__file__).resolve().parent / "massage-chairs-measures-pdf2word.docx"

LAW = """T|Measures of Weiqiao City on Coin-Operated Massage Chairs in Public Places
O|Wei Shi Jian Gui [2039] No. 2
O|Issued by the Weiqiao Municipal Administration for Market Regulation on 6 May 2039
A|1
P|To safeguard the health of persons using coin-operated massage chairs and the order of public places, these Measures are formulated in accordance with the Product Quality Law of the People's Republic of China, the Measures for the Administration of Internet Information Services and other provisions, in the light of the circumstances of the City.
A|2
P|"Massage chair" as used herein refers to an electric chair that massages the user once coins or an online payment are received and that stands in a public place such as a railway station, cinema or shopping centre.
P|The "chair owner" is the person who owns a massage chair and places it in a public place, and the "site provider" is the unit that lets the space where the chair stands.
A|3
P|The Weiqiao Municipal Administration for Market Regulation (the "MRA") has the duty to supervise the quality and safety of massage chairs. District market regulation bureaus are to carry out spot checks in their districts under the direction of the MRA.
A|4
P|Each massage chair is to bear, on its back, a notice in Chinese and English stating:
I|(1) the persons for whom use is unsuitable, including pregnant women and persons fitted with heart pacemakers;
I|(2) the chair owner's name and a telephone number for complaints;
I|(3) the longest time for one use.
A|5
P|Chair owners have an obligation to have each chair inspected by a qualified body at least once a year and to keep the inspection reports for two years.
P|The site provider, upon finding a chair broken or soiled, must stop it from being used and inform the chair owner forthwith.
P|Cleaning the surface of each chair every day is a duty of the site provider, and it shall keep a cleaning log.
A|6
P|It is forbidden for chair owners to place massage chairs in fire escapes, on stairs or in nursing rooms.
P|A massage chair may not be placed in a public place unless the site provider has agreed in writing.
A|7
P|Chair owners who collect the mobile telephone numbers of users through the payment code must process them in compliance with the Personal Information Protection Law, and are prohibited from using the numbers for advertising.
A|8
P|Users may stop a session at any time and receive back the fee for the minutes not used. Users have the right to complain to the MRA about chairs that have hurt them.
P|Users under sixteen years of age are not allowed to use a massage chair without a guardian present.
P|The MRA encourages chair owners to take out product liability insurance.
A|9
P|Where it receives complaints about a massage chair, the MRA may seal the chair up pending inspection. Site providers are to cooperate with the MRA when it does so.
P|The chair owner may apply for a re-inspection within five days of the sealing.
A|10
P|Where a chair owner fails to have its chairs inspected in breach of Article 5, paragraph 1, the MRA shall order it to make corrections within a time limit and may fine it not less than 2,000 yuan nor more than 20,000 yuan.
A|11
P|A chair owner that places chairs in the places listed in the first paragraph of Article 6 shall have those chairs removed by the MRA at its own expense and shall receive a warning.
P|A chair owner whose notice lacks the particulars under item (1) or item (2) of Article 4 shall be ordered by the MRA to stop the chair until the notice is put right.
A|12
P|Whoever uses the telephone numbers of users for advertising in breach of Article 7 shall have the illegal gains confiscated by the MRA; if the case is serious, it shall be transferred to the public security organ.
A|13
P|These Measures enter into force on 1 August 2039.
"""

HEADER = "WEIQIAO MUNICIPAL GAZETTE    Issue 6, 2039 (Total No. 418)"
PAGE_NUMBERS = ["\u2014 31 \u2014", "\u2014 32 \u2014", "\u2014 33 \u2014"]
# the articles that open a new printed page, and the paragraph cut at the foot of page 2 (words before the cut)
NEW_PAGE = {"5": 1}
CUT = ("7", 22)
FIXED = dt.datetime(2039, 5, 8, 9, 0, 0)


def blocks() -> list[tuple[str, str, str]]:
    """(kind, text, article) with "Article N" glued to an article's first paragraph."""
    out: list[tuple[str, str, str]] = []
    art, first = "", False
    for line in LAW.strip().splitlines():
        kind, _, text = line.partition("|")
        if kind == "A":
            art, first = text, True
        elif kind == "P" and first:
            out.append(("P", f"Article {art} {text}", art))
            first = False
        else:
            out.append((kind, text, art))
    return out


def frame(par, x: int, y: int, w: int) -> None:
    ppr = par._p.get_or_add_pPr()
    fp = OxmlElement("w:framePr")
    for k, v in (("w:w", str(w)), ("w:hSpace", "180"), ("w:wrap", "around"), ("w:vAnchor", "page"),
                 ("w:hAnchor", "page"), ("w:x", str(x)), ("w:y", str(y))):
        fp.set(qn(k), v)
    ppr.insert(0, fp)
    sp = OxmlElement("w:spacing")
    for k, v in (("w:before", "0"), ("w:after", "0"), ("w:line", "300"), ("w:lineRule", "exact")):
        sp.set(qn(k), v)
    ppr.append(sp)


def runs(par, text: str, size: float, bold: bool = False) -> None:
    words = text.split(" ")
    for i in range(0, len(words), 6):
        chunk = " ".join(words[i:i + 6]) + (" " if i + 6 < len(words) else "")
        r = par.add_run(chunk)
        r.font.size = Pt(size)
        r.font.bold = bold
        r.font.name = "Times New Roman"
        rpr = r._r.get_or_add_rPr()
        fonts = rpr.find(qn("w:rFonts"))
        fonts.set(qn("w:eastAsia"), "SimSun")
        sp = OxmlElement("w:spacing")
        sp.set(qn("w:val"), str((i // 6) % 3 - 1))
        rpr.append(sp)


def page_break_section(par) -> None:
    ppr = par._p.get_or_add_pPr()
    sect = OxmlElement("w:sectPr")
    pg = OxmlElement("w:pgSz")
    pg.set(qn("w:w"), "11906")
    pg.set(qn("w:h"), "16838")
    mar = OxmlElement("w:pgMar")
    for k in ("top", "bottom"):
        mar.set(qn(f"w:{k}"), "1134")
    for k in ("left", "right"):
        mar.set(qn(f"w:{k}"), "1247")
    for k in ("header", "footer", "gutter"):
        mar.set(qn(f"w:{k}"), "0")
    sect.extend([pg, mar])
    ppr.append(sect)


def build() -> bytes:
    d = docx.Document()
    body = d.element.body
    for child in list(body):
        if child.tag != qn("w:sectPr"):
            body.remove(child)
    page = 0

    def furniture_top() -> int:
        p = d.add_paragraph()
        frame(p, 1247, 700, 9412)
        runs(p, HEADER, 9)
        return 1300

    def furniture_foot() -> None:
        p = d.add_paragraph()
        frame(p, 5500, 16000, 1200)
        runs(p, PAGE_NUMBERS[page], 10.5)
        page_break_section(p)

    y = furniture_top()
    for kind, text, art in blocks():
        if kind == "P" and text.startswith(f"Article {art} ") and NEW_PAGE.get(art) is not None:
            furniture_foot()
            page += 1
            y = furniture_top()
        pieces = [text]
        if kind == "P" and art == CUT[0] and text.startswith(f"Article {art} "):
            w = text.split(" ")
            pieces = [" ".join(w[:CUT[1]]), " ".join(w[CUT[1]:])]
        for n, piece in enumerate(pieces):
            if n == 1:
                furniture_foot()
                page += 1
                y = furniture_top()
            p = d.add_paragraph()
            centred = kind in ("T", "O")
            lines = len(piece) // 88 + 1
            frame(p, 1247 if not centred else 2000, y, 9412 if not centred else 7900)
            if kind == "I":
                p.paragraph_format.left_indent = Pt(21)
            elif kind == "P" and n == 0:
                p.paragraph_format.first_line_indent = Pt(21)
            if centred:
                p.alignment = 1
            runs(p, piece, 16 if kind == "T" else 10.5, bold=kind == "T")
            y += lines * 300 + (500 if kind == "T" else 60)
    p = d.add_paragraph()
    frame(p, 5500, 16000, 1200)
    runs(p, PAGE_NUMBERS[page], 10.5)
    cp = d.core_properties
    cp.author = "Administrator"
    cp.last_modified_by = "Administrator"
    cp.title = ""
    cp.comments = "Converted from PDF"
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    raw = io.BytesIO()
    d.save(raw)
    # the same bytes every run: rewrite the zip with fixed entry dates, in the saved order
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(raw.getvalue())) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for info in zin.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2039, 5, 8, 9, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            zout.writestr(fixed, zin.read(info.filename))
    return out.getvalue()


if __name__ == "__main__":
    OUT.write_bytes(build())
