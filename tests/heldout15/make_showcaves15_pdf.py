"""Regenerate tests/heldout15/show-cave-measures-redline.pdf, a municipal rule as a law firm receives it from a
document comparison program: the adopted text compared with the draft for comment ("redline").

    python tests/heldout15/make_showcaves15_pdf.py

Test data only (reportlab, a test dependency of regkb). The layout, as comparison programs print their result: the
adopted text with the changes marked in place: **deleted words struck through in red, inserted words in blue with a
double underline**, both in the text layer (a deleted sentence, a deleted paragraph, a deleted item, a deleted article
and a replaced article number are read with the law by anything that reads the text); every page carries the
program's banner (which documents are compared) and "Page N of 3"; the last page is the program's summary of changes
and its legend. The law itself: the title centred in bold, the adoption line, no chapters, "Article N" bold at the start
of the first paragraph, first-line indents, items "(1)" with a hanging indent. Deterministic output (reportlab's
invariant mode). Markup below: "[-...-]" deleted, "{+...+}" inserted.
"""

from __future__ import annotations

import re
from pathlib import Path

from reportlab.lib.colors import Color, black
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

OUT = Path(__file__).resolve().parent / "show-cave-measures-redline.pdf"
WIDTH, HEIGHT = A4
LEFT, RIGHT = 24 * mm, WIDTH - 24 * mm
TOP = HEIGHT - 30 * mm
BOTTOM = 24 * mm
SIZE = 10.5
LEAD = 14
INDENT = 7 * mm
PAGES = 3
RED = Color(0.8, 0.0, 0.0)
BLUE = Color(0.0, 0.2, 0.75)
BANNER = "RedlineDesk 9.2 comparison \u2014 Original: ShowCaves_Draft_for_comment_2037-03-02.docx \u2014 Modified: ShowCaves_Adopted_2037-04-28.docx"
TITLE = "Measures of Qianyan City on the Safety of Show Caves"
LINES_UNDER_TITLE = ["[-(Draft for public comment)-]",
                     "{+(Adopted at the 31st executive meeting of the Qianyan Municipal People\u2019s Government on 28 April 2037)+}"]
# (label, [paragraphs]); a paragraph "(n) ..." is an item; a label in markup is drawn as marked
ARTICLES: list[tuple[str, list[str]]] = [
    ("Article 1", ["These Measures are formulated in accordance with the [-Tourism Law-]{+Tourism Law of the People\u2019s "
                   "Republic of China, the Work Safety Law+} and other laws, to ensure the safety of visitors to show caves "
                   "and to protect cave formations."]),
    ("Article 2", ["These Measures apply to natural caves in Qianyan City that are opened to visitors for a fee or free "
                   "of charge (hereinafter \u201cshow caves\u201d).",
                   "\u201cCave operator\u201d is the name used in these Measures for the enterprise or public institution "
                   "that manages a show cave and receives visitors [-in it-]{+into it+}.",
                   "The \u201ccarrying capacity\u201d of a show cave is the greatest number of visitors that may be inside it "
                   "at one time without harm to the cave or danger to [-themselves-]{+them+}."]),
    ("Article 3", ["The Qianyan Municipal Bureau of Culture and Tourism (the \u201cBureau\u201d) is entrusted with the duty of "
                   "supervising the safety of show caves{+ and shall publish the list of show caves each year+}.",
                   "The Qianyan Karst Geological Survey Institute (the \u201cInstitute\u201d) is to assess the stability of "
                   "each show cave before it opens and every three years thereafter, and to report its findings to the "
                   "Bureau."]),
    ("Article 4", ["A cave operator must meet the following requirements before opening a show cave to visitors:",
                   "(1) fix the carrying capacity of the cave on the basis of the Institute\u2019s assessment;",
                   "[-(2) install handrails along every path;-]",
                   "{+(2) light every path with low-heat lamps and install handrails where the path is steeper than one "
                   "in ten;+}",
                   "(3) keep an emergency exit or a refuge chamber at intervals of not more than three hundred metres "
                   "along the route.",
                   "It falls upon the cave operator to measure the oxygen and carbon dioxide in the cave every day. "
                   "{+The cave operator shall post the readings at the entrance.+}"]),
    ("Article 5", ["It shall be the business of the cave guide to count every group at the entrance and again at the "
                   "exit.",
                   "Visitors may not touch formations, leave the marked path or carry naked flames into a cave.",
                   "[-Visitors should wear the helmets that the cave operator lends them.-]{+Every accompanying guardian "
                   "is under a duty to keep children under twelve within reach while in a cave.+}"]),
    ("Article 6", ["No show cave may be opened to visitors while water in it stands above the warning mark set by the "
                   "Institute.",
                   "A cave operator is forbidden from admitting more visitors than the carrying capacity allows.",
                   "[-Blasting is prohibited within three hundred metres of a show cave.-]{+No one may carry out blasting "
                   "within five hundred metres of a show cave without the consent of the Bureau.+}"]),
    ("Article 7", ["Visitors are entitled to a full refund where a visit is cancelled for safety reasons.",
                   "The cave operator has the power to turn away a visitor who is drunk or who refuses to follow a "
                   "guide\u2019s instructions.",
                   "{+Cave guides have the right to stop a tour at once if they judge that the air in the cave has become "
                   "unsafe.+}",
                   "The Bureau may close a show cave for as long as the Institute considers it unstable."]),
    ("Article 8", ["It is commendable for cave operators to offer quiet tours for visitors with disabilities.",
                   "Visitors are advised to wear non-slip footwear."]),
    ("Article 9", ["A cave operator that admits visitors in breach of paragraph 1 or 2 of Article 6 shall be ordered by "
                   "the Bureau to stop receiving visitors and shall be fined not less than [-10,000-]{+20,000+} yuan but "
                   "not more than 100,000 yuan.",
                   "Where a cave operator fails to comply with item (3) of the first paragraph of Article 4, the Bureau "
                   "shall give it a warning. {+Where it has not provided the exit or chamber within thirty days, its "
                   "operation may be suspended.+}",
                   "Anyone who carries out blasting in breach of Article 6, paragraph 3 shall be dealt with by the public "
                   "security organ in accordance with the law.",
                   "Where a visitor is injured through the cave operator\u2019s failure to meet its duties under these "
                   "Measures, the cave operator shall bear the liability for compensation.",
                   "[-Officials who neglect their duties shall be investigated.-]{+Staff of the Bureau or the Institute "
                   "who falsify an assessment shall be given administrative sanctions by their units.+}"]),
    ("[-Article 10-]", ["[-The Bureau shall issue implementing rules within six months after these Measures take "
                        "effect.-]"]),
    ("Article [-11-]{+10+}", ["These Measures shall come into force on [-1 June-]{+1 July+} 2037."]),
]
SUMMARY = [
    ("RedlineDesk 9.2 \u2014 Summary of changes", True),
    ("Original: ShowCaves_Draft_for_comment_2037-03-02.docx (Qianyan Legal Affairs Office)", False),
    ("Modified: ShowCaves_Adopted_2037-04-28.docx (Qianyan Legal Affairs Office)", False),
    ("Compared: 29 April 2037 10:14 by chenlu@qianyanlaw.example", False),
    ("Insertions: 14    Deletions: 12    Moved: 0    Format changes: 0", False),
    ("Legend: inserted text is blue and double underlined; deleted text is red and struck through.", False),
    ("This report is generated automatically and should be checked against the official texts.", False),
]
MARK = re.compile(r"\[-(.*?)-\]|\{\+(.*?)\+\}", re.S)


def segments(text: str) -> list[tuple[str, str]]:
    """(text, style) runs of a marked string; style is "", "del" or "ins"."""
    out: list[tuple[str, str]] = []
    pos = 0
    for m in MARK.finditer(text):
        if m.start() > pos:
            out.append((text[pos:m.start()], ""))
        out.append((m.group(1), "del") if m.group(1) is not None else (m.group(2), "ins"))
        pos = m.end()
    if pos < len(text):
        out.append((text[pos:], ""))
    return out


class Redline:
    def __init__(self) -> None:
        self.c = canvas.Canvas(str(OUT), pagesize=A4, invariant=1)
        self.c.setTitle("Comparison: show cave measures")
        self.c.setAuthor("RedlineDesk")
        self.c.setCreator("RedlineDesk 9.2")
        self.page = 1
        self.y = TOP
        self.furniture()

    def furniture(self) -> None:
        self.c.setFillColor(black)
        self.c.setFont("Helvetica", 7.5)
        self.c.drawString(LEFT, HEIGHT - 14 * mm, BANNER)

    def footer(self) -> None:
        self.c.setFillColor(black)
        self.c.setFont("Helvetica", 7.5)
        self.c.drawRightString(RIGHT, 13 * mm, f"Page {self.page} of {PAGES}")

    def new_page(self) -> None:
        self.footer()
        self.c.showPage()
        self.page += 1
        self.y = TOP
        self.furniture()

    def line(self, words: list[tuple[str, str, bool]], x0: float) -> None:
        """Draw one line of (word, style, bold) tokens, runs of one style as one string."""
        if self.y < BOTTOM:
            self.new_page()
        x = x0
        runs: list[list[object]] = []
        for w, style, bold in words:
            if runs and runs[-1][1] == style and runs[-1][2] == bold:
                runs[-1][0] = f"{runs[-1][0]} {w}"
            else:
                if runs:
                    runs[-1][0] = f"{runs[-1][0]} "
                runs.append([w, style, bold])
        for text, style, bold in runs:
            font = "Times-Bold" if bold else "Times-Roman"
            width = stringWidth(str(text), font, SIZE)
            self.c.setFillColor(RED if style == "del" else BLUE if style == "ins" else black)
            self.c.setStrokeColor(RED if style == "del" else BLUE)
            self.c.setFont(font, SIZE)
            self.c.drawString(x, self.y, str(text))
            drawn = width - (stringWidth(" ", font, SIZE) if str(text).endswith(" ") else 0)
            if style == "del":
                self.c.setLineWidth(0.6)
                self.c.line(x, self.y + 3.4, x + drawn, self.y + 3.4)
            elif style == "ins":
                self.c.setLineWidth(0.5)
                self.c.line(x, self.y - 1.6, x + drawn, self.y - 1.6)
                self.c.line(x, self.y - 3.0, x + drawn, self.y - 3.0)
            x += width
        self.y -= LEAD

    def paragraph(self, tokens: list[tuple[str, str, bool]], first: float, rest: float) -> None:
        lines: list[list[tuple[str, str, bool]]] = [[]]
        width = RIGHT - LEFT - first
        used = 0.0
        for tok in tokens:
            w = stringWidth(tok[0] + " ", "Times-Bold" if tok[2] else "Times-Roman", SIZE)
            if lines[-1] and used + w > width:
                lines.append([])
                width = RIGHT - LEFT - rest
                used = 0.0
            lines[-1].append(tok)
            used += w
        for i, ln in enumerate(lines):
            self.line(ln, LEFT + (first if i == 0 else rest))
        self.y -= 3

    def centred(self, text: str, font: str, size: float) -> None:
        for seg, style in segments(text):
            self.c.setFont(font, size)
            self.c.setFillColor(RED if style == "del" else BLUE if style == "ins" else black)
            self.c.drawCentredString(WIDTH / 2, self.y, seg)
            w = stringWidth(seg, font, size)
            if style:
                self.c.setStrokeColor(RED if style == "del" else BLUE)
                ys = (self.y + 3.4,) if style == "del" else (self.y - 1.6, self.y - 3.0)
                for yy in ys:
                    self.c.line(WIDTH / 2 - w / 2, yy, WIDTH / 2 + w / 2, yy)
        self.y -= size + 6


def tokens(text: str, bold_label: str = "") -> list[tuple[str, str, bool]]:
    out: list[tuple[str, str, bool]] = []
    for label_seg, style in segments(bold_label):
        out += [(w, style, True) for w in label_seg.split()]
    for seg, style in segments(text):
        out += [(w, style, False) for w in seg.split()]
    return out


def main() -> None:
    r = Redline()
    r.centred(TITLE, "Times-Bold", 14)
    for ln in LINES_UNDER_TITLE:
        r.centred(ln, "Times-Roman", 9.5)
    r.y -= 6
    for label, paras in ARTICLES:
        for i, text in enumerate(paras):
            item = bool(re.match(r"(\[-|\{\+)?\(\d+\)", text))
            if i == 0:
                r.paragraph(tokens(text, label), INDENT, 0)
            elif item:
                r.paragraph(tokens(text), INDENT, INDENT + 5 * mm)
            else:
                r.paragraph(tokens(text), INDENT, 0)
    r.new_page()
    r.y = TOP
    for text, bold in SUMMARY:
        r.c.setFillColor(black)
        r.c.setFont("Helvetica-Bold" if bold else "Helvetica", 12 if bold else 9.5)
        r.c.drawString(LEFT, r.y, text)
        r.y -= 20 if bold else 14
    r.footer()
    r.c.save()


if __name__ == "__main__":
    main()
