"""Regenerate tests/heldout20/film-screenings-measures-redheader.docx, a county bureau's measures sent out in the
official document format of Chinese government offices.

    python tests/heldout20/make_screenings20_docx.py

Test data only (python-docx, a dependency of regkb's importer). The layout: **the red-header official document**: the
issuing organ's name as a masthead in large red type, the document number centred above a red rule (a bottom border),
the notice that issues the measures (title, addressees, two sentences, the organ and the date to the right, "This
document is released to the public"), a page break, then the measures in the office's template: a 16-point body font
named for the Chinese FangSong face, a document grid of 28 lines a page, chapters centred in bold, **"Article N" in
bold followed by an ideographic space (U+3000)** and the text in the same paragraph, every paragraph and item with a
first-line indent of two characters and no blank line; **the closing record block** after the last article (a
"CC:" line and the office and printing-date line between ruled borders); the page number "— N —" in the footer. The
output is deterministic (fixed document properties and zip entry dates).
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
from docx.shared import Pt, RGBColor

OUT = Path(__file__).resolve().parent / "film-screenings-measures-redheader.docx"
ORGAN = "Meixi County Bureau of Culture, Radio, Television and Tourism"
TITLE = "Measures of Meixi County on Open-Air Film Screenings in Villages"
# "C|chapter", "A|N|first paragraph", "P|paragraph", "I|item"
LAW = (
    'C|Chapter I  General Provisions\n'
    "A|1|To bring films to the villages of Meixi County on a regular footing and to keep the audiences at outdoor screenings safe, these Measures are formulated under the Film Industry Promotion Law of the People's Republic of China and the realities of the county.\n"
    'A|2|The expression "open-air screening" in these Measures covers any showing of a film to the public in a village square, threshing ground, school yard or other place with no roof.\n'
    'P|"Projection team" means a unit or person that takes a projector from village to village to show films, whether paid by the county or by the audience.\n'
    'P|Village committees that lend a place for a screening are called "host villages" in these Measures.\n'
    'A|3|The Meixi County Bureau of Culture, Radio, Television and Tourism (hereinafter "the County Bureau") shall draw up each year a screening plan for every township.\n'
    "P|Township people's governments are obligated to see that each village in their township holds at least one screening a month.\n"
    'C|Chapter II  Screenings\n'
    'A|4|A projection team must, before it first screens in the county, enter its name, its projectors and the qualifications of its projectionists in the register of the County Bureau.\n'
    'P|A projection team is not to show a film that has no public screening permit.\n'
    "A|5|The host village takes on the duty of marking out the audience area, keeping a lane two metres wide clear for evacuation as the Fire Protection Law of the People's Republic of China requires, and lighting the exits.\n"
    'P|Before each screening the projection team must do the following together with the host village:\n'
    'I|(1) place the generator at least ten metres from the audience;\n'
    'I|(2) cover any cable that crosses a walkway;\n'
    'I|(3) test the fire extinguishers brought to the site.\n'
    'A|6|No screening may be held past half past ten at night within two hundred metres of a dwelling.\n'
    'P|Members of the audience must not set off firecrackers or light fires in the audience area.\n'
    'P|Projectionists who have drunk alcohol are prohibited from operating a projector or a generator.\n'
    'A|7|Where rain, wind above force six or a power failure makes a screening unsafe, the projection team may stop it at once, and members of the audience are then to leave by the marked lanes.\n'
    'P|Projection teams are entitled to a subsidy from the County Bureau for each screening in the plan under Article 3, paragraph 1.\n'
    'A|8|Projection teams are encouraged to show films with captions for audiences hard of hearing, and the County Bureau supports host villages in building permanent screens with shelters.\n'
    'P|Schools may ask a projection team for a screening of films on the list recommended for pupils, and the team may not charge the school for it.\n'
    'C|Chapter III  Supervision and Liability\n'
    'A|9|The County Bureau has the authority to inspect screenings unannounced and to seal a projector that is unsafe.\n'
    'P|The certificate of a projectionist is to be produced to an inspector on request.\n'
    'A|10|A projection team that screens without entering the register under Article 4, paragraph 1 shall be ordered by the County Bureau to stop the screening, and shall be fined between 500 yuan and 3,000 yuan.\n'
    'P|A projection team that shows a film in breach of Article 4, paragraph 2 shall have the film copy and its takings from the screening confiscated by the County Bureau, and its registration shall be suspended for three to six months.\n'
    'A|11|Where a projectionist operates a projector after drinking alcohol, the County Bureau shall issue a warning to the projectionist and inform the projection team that engaged the projectionist.\n'
    'P|Where the neglect of the checks listed in items (1) to (3) of Article 5, paragraph 2 causes injury to a member of the audience, the projection team shall make compensation according to law.\n'
    'P|Staff of the County Bureau who practise favouritism in the granting of subsidies shall be held to account by the discipline inspection and supervision organ.\n'
    'A|12|These Measures shall be implemented from 1 August 2040. The County Bureau is responsible for interpreting them.\n'
)


def _border(paragraph, side: str, size: int, color: str) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    bdr = ppr.find(qn("w:pBdr"))
    if bdr is None:
        bdr = OxmlElement("w:pBdr")
        ppr.append(bdr)
    el = OxmlElement(f"w:{side}")
    el.set(qn("w:val"), "single")
    el.set(qn("w:sz"), str(size))
    el.set(qn("w:space"), "1")
    el.set(qn("w:color"), color)
    bdr.append(el)


def _fonts(run, east: str = "FangSong_GB2312", west: str = "FangSong_GB2312") -> None:
    rpr = run._r.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.insert(0, rf)
    for k, v in (("w:ascii", west), ("w:hAnsi", west), ("w:eastAsia", east)):
        rf.set(qn(k), v)


class Document:
    def __init__(self) -> None:
        self.d = docx.Document()
        st = self.d.styles["Normal"]
        st.font.size = Pt(16)
        st.paragraph_format.space_after = Pt(0)
        st.paragraph_format.space_before = Pt(0)
        st.paragraph_format.line_spacing = Pt(28.95)
        sect = self.d.sections[0]
        grid = sect._sectPr.find(qn("w:docGrid"))
        if grid is None:
            grid = OxmlElement("w:docGrid")
            sect._sectPr.append(grid)
        grid.set(qn("w:type"), "lines")
        grid.set(qn("w:linePitch"), "579")
        fp = sect.footer.paragraphs[0]
        fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fp.add_run("— ")
        r = fp.add_run()
        for kind, text in (("begin", None), (None, " PAGE "), ("end", None)):
            if kind:
                el = OxmlElement("w:fldChar")
                el.set(qn("w:fldCharType"), kind)
            else:
                el = OxmlElement("w:instrText")
                el.set(qn("xml:space"), "preserve")
                el.text = text
            r._r.append(el)
        fp.add_run(" —")

    def para(self, text: str = "", *, bold_lead: str = "", centre: bool = False, right: bool = False,
             indent: bool = False, size: float | None = None, bold: bool = False, red: bool = False,
             east: str = "FangSong_GB2312"):
        p = self.d.add_paragraph()
        if centre:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif right:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        else:
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        if indent:
            p.paragraph_format.first_line_indent = Pt(32)
        if bold_lead:
            r = p.add_run(bold_lead)
            r.bold = True
            _fonts(r, "SimHei", "SimHei")
        if text:
            r = p.add_run(text)
            r.bold = bold or None
            if size:
                r.font.size = Pt(size)
            if red:
                r.font.color.rgb = RGBColor(0xFF, 0x00, 0x00)
            _fonts(r, east, east if east != "FangSong_GB2312" else "FangSong_GB2312")
        return p

    def save(self) -> None:
        cp = self.d.core_properties
        cp.author = "mxwlj-bgs"
        cp.title = TITLE
        cp.created = cp.modified = dt.datetime(2040, 3, 28, 9, 0, 0)
        cp.last_modified_by = "mxwlj-bgs"
        cp.revision = 3
        buf = io.BytesIO()
        self.d.save(buf)
        with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src, zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as out:
            for info in src.infolist():
                fixed = zipfile.ZipInfo(info.filename, date_time=(2040, 3, 28, 0, 0, 0))
                fixed.compress_type = zipfile.ZIP_DEFLATED
                out.writestr(fixed, src.read(info.filename))


def main() -> None:
    doc = Document()
    doc.para()
    doc.para(f"{ORGAN} Document", centre=True, size=26, red=True, bold=True, east="FZXiaoBiaoSong-B05S")
    doc.para()
    number = doc.para("Mei Wen Lü Fa [2040] No. 7", centre=True)
    _border(number, "bottom", 18, "FF0000")
    doc.para()
    doc.para(f"Notice of the {ORGAN} on Issuing the {TITLE}", centre=True, size=22, east="FZXiaoBiaoSong-B05S")
    doc.para()
    doc.para("To the people's governments of all townships, the sub-district offices and the units concerned of "
             "the county:")
    doc.para(f"The {TITLE}, approved by the county people's government, are hereby issued to you. Please put them "
             "into effect in the light of your actual conditions.", indent=True)
    doc.para()
    doc.para(ORGAN, right=True)
    doc.para("28 March 2040", right=True)
    doc.para("(This document is released to the public.)", indent=True)
    doc.d.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    doc.para(TITLE, centre=True, size=22, east="FZXiaoBiaoSong-B05S")
    doc.para()
    for line in LAW.strip().splitlines():
        kind, rest = line.split("|", 1)
        if kind == "C":
            doc.para(rest, centre=True, bold=True, east="SimHei")
        elif kind == "A":
            num, text = rest.split("|", 1)
            doc.para(text, bold_lead=f"Article {num}\u3000", indent=True)
        else:
            doc.para(rest, indent=True)
    doc.para()
    cc = doc.para("CC: Meixi County People's Government; Meixi County Public Security Bureau; Meixi County Fire and "
                  "Rescue Brigade.", size=14)
    _border(cc, "top", 12, "000000")
    _border(cc, "bottom", 4, "000000")
    rec = doc.para(f"General Office of the {ORGAN}\tPrinted and issued on 28 March 2040", size=14)
    _border(rec, "bottom", 12, "000000")
    doc.save()


if __name__ == "__main__":
    main()
