"""Regenerate tests/heldout20/glass-skywalk-measures-comment-summary.pdf, a municipal rule as a reviewer's copy comes
back after Acrobat's "Summarize Comments" was printed with the document.

    python tests/heldout20/make_skywalks20_pdf.py

Test data only (reportlab, a test dependency of regkb). The layout: **a comment summary printed "with connector lines
on single pages"**: two portrait A4 sheets, each with the line "Summary of Comments on ..." and "Page: N" at the top;
**the gazette's page shrunk into a framed box on the left two thirds** (Times 8.8 pt: the gazette's running header,
the title and order line on the first page, "Article N" bold at the start of an article's first paragraph, later
paragraphs indented, items "(1)" indented, the gazette's own page number "— N —" at the foot of the box, the page
break inside a sentence of Art. 10); **the reviewers' comments in the right-hand column** (number, author, subject and
date in bold, then the comment, with "must", "should" and "may"), each joined by a thin connector line to a yellow
highlight over the words it is about. The law is drawn before the comments on every sheet. No chapters. Deterministic
output (reportlab's invariant mode, standard fonts).
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

OUT = Path(__file__).resolve().parent / "glass-skywalk-measures-comment-summary.pdf"
FILE = "Jiangtan skywalk measures EN v3.pdf"
GAZETTE = "Gazette of the Jiangtan Municipal People's Government · 2040 No. 6"
TITLE = "Measures of Jiangtan City on Glass Skywalks at Scenic Spots"
ORDER = "(Order No. 22 of the Jiangtan Municipal People's Government, promulgated on 20 March 2040)"
FIRST_PAGE = 9
# "A|N|first paragraph", "P|paragraph", "I|item"
LAW = (
    "A|1|These Measures are made to prevent falls, glass failure and crowding on glass skywalks, glass slides and similar viewing structures at the scenic spots of Jiangtan City, pursuant to the Special Equipment Safety Law of the People's Republic of China and the Tourism Law of the People's Republic of China.\n"
    'A|2|Glass skywalk: a walkway, platform or slide whose floor is wholly or partly of glass and which stands more than five metres above the ground or water below it.\n'
    'P|The operator of a scenic spot that builds a glass skywalk or opens one to visitors is termed the "skywalk operator".\n'
    'A|3|The Jiangtan Municipal Bureau of Culture and Tourism and the Jiangtan Municipal Emergency Management Bureau shall, each within its remit, supervise skywalks.\n'
    'P|The market regulation department of the city is charged with the duty of examining the glass panels of every skywalk once a year.\n'
    'A|4|No skywalk may be opened to visitors until a testing body has certified that its glass and frame meet the national standard.\n'
    'P|The skywalk operator shall renew the certificate every two years; an expired certificate has the same effect as none.\n'
    'A|5|Every morning before visitors are let in, a skywalk operator has got to:\n'
    'I|(1) walk the whole skywalk and look for cracked or loose panels;\n'
    'I|(2) read the wind gauge and record the reading;\n'
    'I|(3) check that the shoe covers for visitors are in stock.\n'
    'P|The skywalk must be closed when the wind at deck level exceeds force six or when ice forms on the glass.\n'
    'A|6|A skywalk operator is to limit the number of visitors on the glass at any one time to the figure in its test certificate and to post that figure at the entrance.\n'
    'P|Visitors are expected to wear the shoe covers provided; jumping, running or throwing objects on the glass is prohibited.\n'
    'P|Pregnant women should not go onto the glass.\n'
    'A|7|Skywalk guides must have passed first aid training and must carry a radio while on duty.\n'
    'P|Skywalk operators may in no event sell tickets beyond the figure posted under Article 6, paragraph 1.\n'
    'P|Skywalk operators that sell tickets under the real names of visitors are required to protect the data so gathered in line with the Data Security Law.\n'
    'A|8|Visitors have the right to a full refund when a skywalk is closed under Article 5, paragraph 2 after they have bought tickets.\n'
    'P|The Jiangtan Municipal Emergency Management Bureau may order a skywalk closed while an inspection is pending.\n'
    'A|9|Skywalk operators are encouraged to take out accident insurance for visitors.\n'
    'P|The city supports skywalk operators in replacing old laminated glass with glass of a higher safety grade.\n'
    'A|10|A skywalk operator that opens a skywalk in breach of Article 4, paragraph 1 shall be ordered by the Jiangtan Municipal Bureau of Culture and Tourism to close it, and shall be fined not less than 20,000 yuan and not more than 100,000 yuan.\n'
    'P|Where a skywalk operator fails to carry out the checks in items (1) to (3) of Article 5, paragraph 1, the Jiangtan Municipal Emergency Management Bureau shall give it a warning and may suspend the operation of the skywalk for up to thirty days.\n'
    'A|11|A skywalk operator that sells tickets beyond the posted figure shall have the takings from the excess tickets confiscated by the Jiangtan Municipal Bureau of Culture and Tourism.\n'
    'P|A skywalk operator that has been fined twice within a year shall have the operating permit of the skywalk revoked by the Jiangtan Municipal Bureau of Culture and Tourism.\n'
    'P|Where a skywalk collapses or a visitor falls through the glass because of the neglect of the operator, the skywalk operator shall bear liability for compensation; and if the neglect is a crime, the persons directly in charge shall be prosecuted for criminal liability.\n'
    'A|12|These Measures take effect on 1 September 2040.\n'
)
# (words the comment is about, author, subject, date, comment)
COMMENTS = [
    ("charged with the duty", "Wang Lei", "Highlight", "11/03/2040 14:02:17",
     "If we want a duty here we should say so plainly. Leave for now."),
    ("testing body", "Chen Yu", "Highlight", "11/03/2040 15:40:03",
     "The client must have this certificate before the May opening."),
    ("are expected to", "Wang Lei", "Sticky Note", "12/03/2040 09:11:45",
     "Is this strong enough? Visitors may read it as a wish, not a rule."),
    ("figure posted", "Chen Yu", "Highlight", "12/03/2040 10:25:30",
     "Cross-reference checked against the Chinese text: it is right."),
    ("100,000 yuan", "Wang Lei", "Highlight", "12/03/2040 11:02:51",
     "Range matches the January draft. No change needed."),
    ("operating permit", "Chen Yu", "Sticky Note", "12/03/2040 16:47:09",
     "The permit is issued by the culture bureau, so the bureau may revoke it; the market regulator cannot."),
]

PAGE_W, PAGE_H = A4
BOX_X, BOX_Y, BOX_W, BOX_H = 28, 58, 350, 700
INNER_X, INNER_W = BOX_X + 22, BOX_W - 44
TOP = BOX_Y + BOX_H - 40
BOTTOM = BOX_Y + 34
SIZE, LEAD = 8.8, 11.4
COL_X, COL_W = 392, 176


def _lines():
    """The law as laid-out lines: (font, x, text) with None for a paragraph gap."""
    out = []
    for line in LAW.strip().splitlines():
        kind, rest = line.split("|", 1)
        if kind == "A":
            num, text = rest.split("|", 1)
            lead, indent, first = f"Article {num}", 0.0, 0.0
        else:
            lead, text = "", rest
            indent, first = (12.0, 0.0) if kind == "I" else (0.0, 14.0)
        words = text.split()
        cur: list[str] = []
        lines: list[str] = []
        width = INNER_W - indent - first - (stringWidth(lead + " ", "Times-Bold", SIZE) if lead else 0)
        for w in words:
            if stringWidth(" ".join([*cur, w]), "Times-Roman", SIZE) > width and cur:
                lines.append(" ".join(cur))
                cur = []
                width = INNER_W - indent
            cur.append(w)
        lines.append(" ".join(cur))
        for i, ln in enumerate(lines):
            out.append((lead if i == 0 else "", indent + (first if i == 0 else 0), ln))
        out.append(None)
    return out


def main() -> None:
    c = canvas.Canvas(str(OUT), pagesize=A4, invariant=1)
    c.setTitle(f"Summary of Comments on {FILE}")
    c.setAuthor("Acrobat")
    lines = _lines()
    pages: list[list] = [[]]
    y = TOP - 2 * LEAD - 3 * LEAD  # the first page holds the title and the order line
    for item in lines:
        if item is None:
            y -= 2.2
            continue
        if y < BOTTOM:
            pages.append([])
            y = TOP
        pages[-1].append((y, item))
        y -= LEAD
    pending = list(COMMENTS)
    for n, page in enumerate(pages, start=1):
        c.setFont("Helvetica-Bold", 10)
        c.drawString(28, PAGE_H - 30, f"Summary of Comments on {FILE}")
        c.setFont("Helvetica", 8.5)
        c.drawString(28, PAGE_H - 44, f"Page: {n}")
        c.setLineWidth(0.6)
        c.rect(BOX_X, BOX_Y, BOX_W, BOX_H)
        # highlights (drawn under the text) and where their comments go
        marks = []
        for y, (lead, x, text) in page:
            if pending and pending[0][0] in text:
                words, *rest = pending.pop(0)
                start = INNER_X + x + (stringWidth(lead + " ", "Times-Bold", SIZE) if lead else 0)
                start += stringWidth(text[:text.index(words)], "Times-Roman", SIZE)
                wide = stringWidth(words, "Times-Roman", SIZE)
                c.setFillColorRGB(1, 0.95, 0.4)
                c.rect(start - 0.5, y - 2, wide + 1, LEAD, stroke=0, fill=1)
                c.setFillColorRGB(0, 0, 0)
                marks.append((start + wide, y, rest))
        c.setFont("Times-Roman", 6.4)
        c.drawCentredString(BOX_X + BOX_W / 2, BOX_Y + BOX_H - 16, GAZETTE)
        if n == 1:
            c.setFont("Times-Bold", 9.5)
            c.drawCentredString(BOX_X + BOX_W / 2, TOP, TITLE)
            c.setFont("Times-Roman", 7.4)
            c.drawCentredString(BOX_X + BOX_W / 2, TOP - 1.6 * LEAD, ORDER)
        for y, (lead, x, text) in page:
            tx = INNER_X + x
            if lead:
                c.setFont("Times-Bold", SIZE)
                c.drawString(tx, y, lead)
                tx += stringWidth(lead + " ", "Times-Bold", SIZE)
            c.setFont("Times-Roman", SIZE)
            c.drawString(tx, y, text)
        c.setFont("Times-Roman", SIZE)
        c.drawCentredString(BOX_X + BOX_W / 2, BOX_Y + 14, f"— {FIRST_PAGE + n - 1} —")
        # the comments, after the law
        cy = BOX_Y + BOX_H
        for k, (end, y, (author, subject, date, text)) in enumerate(marks):
            number = COMMENTS.index(next(cm for cm in COMMENTS if cm[1:] == (author, subject, date, text))) + 1
            body = textwrap.wrap(text, 44)
            head = [f"Number: {number}  Author: {author}  Subject: {subject}", f"Date: {date}"]
            height = 10 * (len(head) + len(body)) + 8
            cy = min(cy, y + 20) - height
            c.setStrokeColorRGB(0.2, 0.4, 0.8)
            c.setLineWidth(0.4)
            c.line(end, y + 2, COL_X - 2, cy + height - 6)
            c.rect(COL_X, cy, COL_W, height - 2, stroke=1, fill=0)
            c.setStrokeColorRGB(0, 0, 0)
            ty = cy + height - 12
            c.setFont("Helvetica-Bold", 7)
            for ln in head:
                c.drawString(COL_X + 4, ty, ln)
                ty -= 10
            c.setFont("Helvetica", 7.5)
            for ln in body:
                c.drawString(COL_X + 4, ty, ln)
                ty -= 10
            cy -= 12 + k
        c.showPage()
    c.save()


if __name__ == "__main__":
    main()
