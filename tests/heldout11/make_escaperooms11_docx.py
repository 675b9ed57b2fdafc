"""Regenerate tests/heldout11/escape-room-safety-provisions.docx, a provincial department's rule drafted from a
Word template with fields.

    python tests/heldout11/make_escaperooms11_docx.py

Test data only (python-docx, a dependency of regkb's importer). The layout, as a drafting template leaves a file:
the title and the document number centred; **an automatic table of contents (a Word TOC field) at the top, one
entry per chapter and per article ("Article 4  Filing", a dotted tab, the page number from a PAGEREF field), each
entry a hyperlink to a bookmark**; chapters as Heading 1; **every article heading a Heading 2 paragraph "Article N
Caption" whose number is the cached result of a SEQ field** inside two bookmarks (one for the contents, one for
cross-references); the paragraphs below in Normal with a first-line indent, items "(1)" indented; **cross-references
as REF fields** whose cached results print the article numbers ("Article 4", "Articles 5 to 8 inclusive"). The
field codes (instrText) are not text; the cached results are. The contents entries are not law. The output is
deterministic (fixed document properties and zip entry dates).
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import docx
from docx.document import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT, WD_TAB_LEADER
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.xmlchemy import BaseOxmlElement
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph

OUT = Path(__file__).resolve().parent / "escape-room-safety-provisions.docx"
TITLE = "Provisions of Suiping Province on the Safety Management of Escape Room Venues"
NUMBER = "Sui Wen Lü Gui [2035] No. 3"
# (chapter number, chapter title, [(article, caption, page, [paragraphs])]); a paragraph "(n) ..." is an item;
# "{REF n}" in a paragraph is a cross-reference field whose cached result is the article number n
CHAPTERS: list[tuple[str, str, list[tuple[int, str, int, list[str]]]]] = [
    ("I", "General Provisions", [
        (1, "Purpose", 1, [
            "These Provisions are formulated in accordance with the Fire Protection Law of the People's Republic of "
            "China, the Regulations on the Administration of Entertainment Venues and other laws and regulations in "
            "order to protect the lives and health of players in escape room venues within this Province."]),
        (2, "Terms", 1, [
            "For the purposes of these Provisions, the following terms have the meanings hereby assigned to them:",
            "(1) \u201cescape room venue\u201d: business premises where players pay to be shut in themed rooms and "
            "must solve puzzles to get out within a set time;",
            "(2) \u201cgame master\u201d: an employee of the venue who watches the players from a monitoring station "
            "and controls the stage effects;",
            "(3) \u201clocked-in mechanism\u201d: any lock, door or device that players cannot open without solving a "
            "puzzle."]),
        (3, "Supervising Departments", 1, [
            "The culture and tourism departments of people's governments at or above the county level are "
            "duty-bound to supervise the safety of escape room venues within their administrative areas; fire and "
            "rescue agencies shall carry out fire inspections of such venues.",
            "Industry associations are advised to draw up service standards for escape rooms and to train game "
            "masters in first aid."]),
    ]),
    ("II", "Safety of Venues", [
        (4, "Filing", 2, [
            "It is the obligation of every operator of an escape room venue (hereinafter \u201cthe operator\u201d) to "
            "file with the county culture and tourism department within fifteen days of opening, enclosing a floor "
            "plan of the venue and a list of its rooms.",
            "The county culture and tourism department is hereby authorised to inspect a venue on site before "
            "accepting its filing."]),
        (5, "Rooms", 2, [
            "The operator shall meet the following requirements in respect of every room:",
            "(1) fit each locked-in mechanism with an emergency release that opens from the inside with a single "
            "action;",
            "(2) keep the room under video and sound monitoring throughout each session;",
            "(3) not use open flame, smoke of any toxic kind or pyrotechnics as stage effects;",
            "(4) mark the emergency exit with a sign that remains visible in the dark.",
            "It is impermissible for the operator to shut players in with a padlock or bolt that has no emergency "
            "release."]),
        (6, "Game Masters", 2, [
            "A game master shall be on duty for each room in use and must at all times be able to see every player "
            "in the room. A game master may on no account leave the monitoring station while players are shut in.",
            "A game master who observes signs of panic, injury or illness in a player shall abstain from any further "
            "stage effects and shall open the room at once."]),
        (7, "Players", 2, [
            "Players have the entitlement to leave a room at any moment without losing the fee already paid. The "
            "operator shall admit minors under the age of fourteen only when a guardian goes into the room with them.",
            "The operator may, if it so wishes, refuse entry to players who appear to be drunk."]),
        (8, "Insurance", 3, [
            "The operator shall take out public liability insurance for the players, and may choose whether to offer "
            "players accident insurance at their own expense."]),
    ]),
    ("III", "Supervision and Legal Liability", [
        (9, "Inspections and Reports", 3, [
            "The county culture and tourism department shall inspect every venue at least twice a year, and shall "
            "publish the results of its inspections on its website. Any organisation or individual has the "
            "entitlement to report hidden dangers in an escape room venue to the department."]),
        (10, "Liability of Operators", 3, [
            "An operator that fails to file in breach of the first paragraph of Article {REF 4} shall receive a "
            "warning from the county culture and tourism department and shall be ordered to file within ten days; an "
            "operator that does not file within that period shall be fined not more than 10,000 yuan.",
            "An operator that violates any of Articles {REF 5} to {REF 8} inclusive shall be ordered by the county "
            "culture and tourism department to suspend business for rectification and shall be fined not less than "
            "20,000 yuan and not more than 100,000 yuan; where a breach of item (3) of Article {REF 5} has caused "
            "injury to players, the business licence of the operator shall be revoked by the market regulation "
            "department."]),
        (11, "Liability of Game Masters", 3, [
            "A game master who violates Article {REF 6} shall be fined not more than 2,000 yuan by the county "
            "culture and tourism department, and the violation shall be entered in the credit file of the operator.",
            "Where players are injured, the operator shall bear civil liability in accordance with the law."]),
    ]),
    ("IV", "Supplementary Provisions", [
        (12, "Effective Date", 3, ["These Provisions shall take effect on 1 September 2035."]),
    ]),
]


def run(p: Paragraph, text: str = "", bold: bool = False) -> BaseOxmlElement:
    r = p.add_run(text)
    r.bold = bold or None
    return r._r


def field(p: Paragraph, code: str, result: str, parent: BaseOxmlElement | None = None) -> None:
    """A complex field: begin, the code (not text), separate, the cached result (text), end."""
    host = parent if parent is not None else p._p
    for kind, text in (("begin", None), ("instr", code), ("separate", None), ("result", result), ("end", None)):
        r = OxmlElement("w:r")
        if kind == "instr":
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = code
        elif kind == "result":
            el = OxmlElement("w:t")
            el.text = text
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        r.append(el)
        host.append(r)


def bookmark(p: Paragraph, ident: int, name: str, start: bool) -> None:
    el = OxmlElement("w:bookmarkStart" if start else "w:bookmarkEnd")
    el.set(qn("w:id"), str(ident))
    if start:
        el.set(qn("w:name"), name)
    p._p.append(el)


def body(d: Document, text: str, item: bool) -> None:
    p = d.add_paragraph()
    p.paragraph_format.first_line_indent = None if item else Cm(0.74)
    if item:
        p.paragraph_format.left_indent = Cm(0.74)
    parts = text.split("{REF ")
    run(p, parts[0])
    for part in parts[1:]:
        num, rest = part.split("}", 1)
        field(p, f" REF _Ref_art{num} \\r \\h ", num)
        run(p, rest)


def toc_entry(d: Document, label: str, anchor: str, page: int, level: int) -> None:
    p = d.add_paragraph()
    p.paragraph_format.left_indent = Cm(0.6 * level)
    p.paragraph_format.space_after = Pt(0)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(16), WD_TAB_ALIGNMENT.RIGHT, WD_TAB_LEADER.DOTS)
    link = OxmlElement("w:hyperlink")
    link.set(qn("w:anchor"), anchor)
    link.set(qn("w:history"), "1")
    p._p.append(link)
    for text in (label, "\t"):
        r = OxmlElement("w:r")
        el = OxmlElement("w:tab" if text == "\t" else "w:t")
        if text != "\t":
            el.set(qn("xml:space"), "preserve")
            el.text = text
        r.append(el)
        link.append(r)
    field(p, f" PAGEREF {anchor} \\h ", str(page), parent=link)


def main() -> None:
    d = docx.Document()
    d.core_properties.author = "Legal Affairs Division"
    d.core_properties.title = TITLE
    d.core_properties.created = d.core_properties.modified = dt.datetime(2035, 7, 10, 9, 0, 0)
    d.core_properties.last_modified_by = "Legal Affairs Division"
    d.core_properties.revision = 2
    for text, size in ((TITLE, 15), (NUMBER, 11)):
        p = d.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(text)
        r.bold = size > 11 or None
        r.font.size = Pt(size)
    head = d.add_paragraph()
    run(head, "Contents", bold=True)
    # the TOC field: its begin and code in the heading line's paragraph after "Contents", its end after the entries
    first = d.add_paragraph()
    for kind, code in (("begin", None), ("instr", ' TOC \\o "1-2" \\h \\z \\u '), ("separate", None)):
        r = OxmlElement("w:r")
        if code:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = code
        else:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        r.append(el)
        first._p.append(r)
    for num, title, arts in CHAPTERS:
        toc_entry(d, f"Chapter {num}  {title}", f"_Toc_chap{num}", arts[0][2], 0)
        for n, caption, page, _ in arts:
            toc_entry(d, f"Article {n}  {caption}", f"_Toc_art{n}", page, 1)
    end = d.add_paragraph()
    r = OxmlElement("w:r")
    el = OxmlElement("w:fldChar")
    el.set(qn("w:fldCharType"), "end")
    r.append(el)
    end._p.append(r)
    ident = 0
    for num, title, arts in CHAPTERS:
        h = d.add_heading(level=1)
        bookmark(h, ident, f"_Toc_chap{num}", True)
        run(h, f"Chapter {num}  {title}")
        bookmark(h, ident, "", False)
        ident += 1
        for n, caption, _, paras in arts:
            h = d.add_heading(level=2)
            bookmark(h, ident, f"_Toc_art{n}", True)
            run(h, "Article ")
            bookmark(h, ident + 1, f"_Ref_art{n}", True)
            field(h, " SEQ Article \\* ARABIC ", str(n))
            bookmark(h, ident + 1, "", False)
            run(h, f"  {caption}")
            bookmark(h, ident, "", False)
            ident += 2
            for text in paras:
                body(d, text, text.startswith("("))
    buf = io.BytesIO()
    d.save(buf)
    with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as src, zipfile.ZipFile(OUT, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2035, 7, 10, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            out.writestr(fixed, src.read(info.filename))


if __name__ == "__main__":
    main()
