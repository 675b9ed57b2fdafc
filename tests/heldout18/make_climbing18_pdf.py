"""Regenerate tests/heldout18/climbing-gym-provisions-trifold.pdf, a district's normative document printed in full in
a folded publicity leaflet (a tri-fold).

    python tests/heldout18/make_climbing18_pdf.py

Test data only (reportlab, a test dependency of regkb). The layout: **two landscape A4 pages, each three panels of a
sheet folded in three, in the order the fold puts them**: the outside page holds, left to right, the inside flap
(the start of the text, Arts. 1-3), the back panel (the last article, a "Tips for climbers" box with "should", "must"
and "may", the bureau's contacts and a print line) and the front cover (bureau, slogan, title, number, "Full text
inside"); the inside page holds Arts. 4-10 over its three panels. So the law's last article lies between its third
article and its title on the first page, and its middle comes on the second page. No chapters; "Article N" a bold
run opening its first paragraph; items "(1)" indented; thin fold lines; Helvetica 8.4 pt. The text of each panel is
written in the content stream in the panels' order on the page (left to right). reportlab's invariant mode with its
standard fonts makes the output the same bytes on every run.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen import canvas
from reportlab.platypus import Frame, Paragraph, Spacer, Table, TableStyle

OUT = Path(__file__).resolve().parent / "climbing-gym-provisions-trifold.pdf"
W, H = landscape(A4)
PANEL = W / 3
BODY = ParagraphStyle("body", fontName="Helvetica", fontSize=8.4, leading=10.4, spaceAfter=2.6)
ITEM = ParagraphStyle("item", parent=BODY, leftIndent=10)
SMALL = ParagraphStyle("small", parent=BODY, fontSize=7.6, leading=9.4)
HEAD = ParagraphStyle("head", parent=BODY, fontName="Helvetica-Bold", fontSize=10, leading=13, spaceAfter=5)

# the law, article by article: (number, [paragraphs]); a paragraph "(1) ..." is an item
ARTICLES: list[tuple[int, list[str]]] = [
    (1, ["These Provisions are made under the Regulations of Lanjiang Province on Sports Venues and the Law of the "
         "People's Republic of China on Physical Culture and Sports, to prevent injuries in the indoor climbing gyms "
         "of Moling District."]),
    (2, ["In these Provisions, a \u201cclimbing gym\u201d means premises open to the public for a fee where people "
         "climb artificial walls indoors, with or without ropes.",
         "\u201cRoute setter\u201d refers to a person who fixes holds on the walls and grades the routes, and a "
         "\u201cbelayer\u201d is the person who holds the rope of a climber from the ground."]),
    (3, ["The Moling District Culture and Sports Bureau (the \u201cDistrict Bureau\u201d) has the duty to supervise "
         "safety in climbing gyms; the sub-district offices assist it in this work."]),
    (4, ["The operator of a climbing gym must, before the gym opens, notify the District Bureau in writing and "
         "attach the following:",
         "(1) a plan of the walls and the floor;",
         "(2) certificates for the crash mats and the auto-belay devices;",
         "(3) the names of its route setters.",
         "The floor under every bouldering wall is to be covered by the operator with crash mats at least thirty "
         "centimetres thick.",
         "Operators have to display the rules of the gym at the entrance and explain them to every climber who comes "
         "for the first time."]),
    (5, ["Operators are under a duty to inspect every auto-belay device each day before opening, and may not keep "
         "in use a device that fails the inspection.",
         "It is for the route setter to check that every hold is tight after setting a route.",
         "Route setters may close a wall for up to two hours while they work on it."]),
    (6, ["No climber may use a rope route without a belayer who has passed the gym's belay test.",
         "Children under twelve ought to climb only while a parent or guardian is watching from the floor.",
         "Climbers are not permitted to wear rings or loose scarves on the walls, nor to eat on the mats, and must "
         "tie in with a figure-eight knot when climbing on a rope."]),
    (7, ["A climber who is injured has the right to see the gym's incident record and to obtain a copy of the video "
         "of the incident, which the operator hands over in keeping with the PIPL.",
         "Belayers may refuse to belay a climber who appears drunk.",
         "Every operator is to keep a first-aid kit and a member of staff trained in first aid on the premises "
         "whenever the gym is open."]),
    (8, ["The District Bureau shall inspect each climbing gym at least once every six months, and may, where it "
         "finds a hazard, order the wall concerned closed until the hazard is removed.",
         "The district encourages operators to run free climbing sessions for schools, and supports the Moling "
         "Climbing Association in training belayers."]),
    (9, ["An operator that opens without notifying as required by Article 4, paragraph 1, or without the "
         "certificates listed in item (2) of that paragraph, shall be ordered by the District Bureau to close until "
         "it has notified, and may be fined between 1,000 yuan and 5,000 yuan.",
         "Where an operator breaches the first paragraph of Article 5, the District Bureau shall give it a warning; "
         "where the breach causes injury, the operator's auto-belay devices shall be confiscated and it shall pay a "
         "fine of not less than 5,000 yuan but not more than 30,000 yuan."]),
    (10, ["A climber who causes injury to another by breaching Article 6 shall bear civil liability.",
          "Where a gym that has been ordered to close reopens without leave, the operator's business licence shall "
          "be revoked by the district market regulation bureau upon the proposal of the District Bureau.",
          "Staff of the District Bureau who neglect the duties laid on the District Bureau by Articles 3 and 8 shall "
          "be dealt with by the district supervisory commission."]),
    (11, ["These Provisions take effect on 1 June 2038 and remain valid for five years."]),
]


def article(n: int) -> list[Paragraph]:
    paras = dict(ARTICLES)[n]
    out = []
    for i, text in enumerate(paras):
        if i == 0:
            out.append(Paragraph(f"<b>Article {n}</b>&nbsp;&nbsp;{text}", BODY))
        else:
            out.append(Paragraph(text, ITEM if text.startswith("(") else BODY))
    return out


def fill(c: canvas.Canvas, panel: int, story: list) -> None:
    frame = Frame(panel * PANEL + 22, 26, PANEL - 44, H - 52, showBoundary=0, leftPadding=0, rightPadding=0,
                  topPadding=0, bottomPadding=0)
    frame.addFromList(story, c)
    if story:
        raise SystemExit(f"panel {panel}: the text does not fit ({len(story)} flowables left)")


def folds(c: canvas.Canvas) -> None:
    c.setStrokeColor(colors.lightgrey)
    c.setDash(2, 3)
    for x in (PANEL, 2 * PANEL):
        c.line(x, 8, x, H - 8)
    c.setDash()


def main() -> None:
    c = canvas.Canvas(str(OUT), pagesize=(W, H), invariant=1)
    c.setTitle("Climb Safe in Moling (leaflet)")
    c.setAuthor("Moling District Culture and Sports Bureau")
    # outside: inside flap | back panel | front cover
    folds(c)
    fill(c, 0, [Paragraph("The Provisions in Full", HEAD), *article(1), *article(2), *article(3)])
    tips = Table([[Paragraph("<b>Tips for climbers</b>", SMALL)],
                  [Paragraph("You should warm up for ten minutes before your first climb.", SMALL)],
                  [Paragraph("Children must stay off the mats while others are climbing.", SMALL)],
                  [Paragraph("You may ask any member of staff to check your knot.", SMALL)]],
                 colWidths=[PANEL - 44])
    tips.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#fdf1d6")),
                              ("BOX", (0, 0), (-1, -1), 0.6, colors.HexColor("#c98a16"))]))
    fill(c, 1, [*article(11), Spacer(1, 14), tips, Spacer(1, 14),
                Paragraph("Moling District Culture and Sports Bureau", SMALL),
                Paragraph("8 Hubin Road, Moling District, Shuangqiao City", SMALL),
                Paragraph("Safety hotline: 0000-6612 3456", SMALL),
                Spacer(1, 10),
                Paragraph("Printed May 2038 \u00b7 20,000 copies \u00b7 Free of charge", SMALL)])
    cover = ParagraphStyle("cover", parent=HEAD, alignment=1, fontSize=11, leading=15)
    big = ParagraphStyle("big", parent=HEAD, alignment=1, fontSize=26, leading=32, textColor=colors.HexColor("#c45a00"))
    fill(c, 2, [Paragraph("MOLING DISTRICT CULTURE AND SPORTS BUREAU", ParagraphStyle("b", parent=SMALL, alignment=1)),
                Spacer(1, 90), Paragraph("CLIMB SAFE", big), Spacer(1, 20),
                Paragraph("Provisions of Moling District on Safety in Indoor Climbing Gyms", cover),
                Paragraph("Mo Zheng Gui [2038] No. 3", ParagraphStyle("n", parent=BODY, alignment=1)),
                Spacer(1, 120), Paragraph("Full text inside", ParagraphStyle("f", parent=SMALL, alignment=1))])
    c.showPage()
    # inside: three panels in reading order
    folds(c)
    fill(c, 0, [*article(4), *article(5)])
    fill(c, 1, [*article(6), *article(7), *article(8)])
    fill(c, 2, [*article(9), *article(10)])
    c.showPage()
    c.save()


if __name__ == "__main__":
    main()
