"""Write hot-spring-bathhouse-measures-slides.pdf: a held-out text of tests/heldout17 (invented), the full text of a
county normative document laid out as a training slide deck exported to PDF (16:9 landscape pages, 960 x 540 pt): a
title slide, a contents slide, then one or two articles per slide under a dark band that repeats the chapter's
heading on every slide of that chapter; a footer line and a slide number on every slide; one article running on to
the next slide under "Article N (cont'd)"; a closing "Questions?" slide. Deterministic output (reportlab's invariant
mode, fixed metadata).

    python tests/heldout17/make_hotsprings17_pdf.py
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.colors import HexColor, white
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

OUT = Path(__file__).resolve().parent / "hot-spring-bathhouse-measures-slides.pdf"
W, H = 960, 540
TITLE = "Measures of Baishui County on Hot Spring Bathhouses"
FOOTER = "Baishui County Culture, Tourism and Sports Bureau | Operator training, September 2037"

CH = {1: "Chapter I  General Provisions", 2: "Chapter II  Water and Bathing Safety",
      3: "Chapter III  Rights, Support and Records", 4: "Chapter IV  Legal Liability",
      5: "Chapter V  Supplementary Provisions"}

# each slide: (chapter, [(label, [paragraphs])]); a paragraph opening "(" is an item
SLIDES = [
    (1, [("Article 1", ["With the Regulations of Yunling Province on Geothermal Water and the Law of the People's "
                        "Republic of China on Prevention and Control of Water Pollution as their basis, and with "
                        "regard to the Personal Information Protection Law for guest records, these Measures set the "
                        "rules for hot spring bathhouses in Baishui County."]),
         ("Article 2", ["Within the meaning of these Measures, a \"hot spring bathhouse\" is any premises that "
                        "charges the public for bathing in naturally heated ground water.",
                        "\"Pool attendant\" is taken to mean a person employed by a bathhouse operator to watch "
                        "bathers in the pools."])]),
    (1, [("Article 3", ["The Baishui County Health Bureau (the \"Health Bureau\") shall supervise water hygiene in "
                        "bathhouses.",
                        "Township governments have the duty to report unlicensed bathhouses in their townships to "
                        "the Health Bureau."])]),
    (2, [("Article 4", ["Anyone who draws hot spring water from a well must first obtain a water-drawing permit "
                        "from the county water authority.",
                        "The water of every pool shall be tested by the bathhouse operator each day for temperature "
                        "and chlorine, and the results shall be posted beside the pool.",
                        "A permit holder must not draw more water than the volume stated in the permit."])]),
    (2, [("Article 5", ["A bathhouse operator must at all times have one pool attendant on duty for every forty "
                        "bathers.",
                        "No pool shall be filled with water hotter than 42 degrees Celsius.",
                        "It shall be the duty of the pool attendant to help any bather who feels faint out of the "
                        "water and to call for a doctor.",
                        "The floors around the pools need to be non-slip."])]),
    (2, [("Article 6", ["Bathers with open wounds or infectious skin diseases are not permitted to enter the pools.",
                        "Bathers may not bring glass bottles into the pool area.",
                        "Pool attendants are prohibited from drinking alcohol while on duty."])]),
    (3, [("Article 7", ["A bathhouse operator may refuse entry to bathers who are visibly drunk.",
                        "Bathers have the right to see the latest water test results on request."])]),
    (3, [("Article 7 (cont'd)", ["The Health Bureau may, when a complaint is received, take samples of pool water "
                                 "without notice."]),
         ("Article 8", ["Each bathhouse operator should, before opening each day:",
                        "(1) drain and clean the foot pools;",
                        "(2) check the handrails of every pool;",
                        "(3) test the alarm buttons in the changing rooms.",
                        "Bathhouse operators should record the identity of overnight guests and must not use those "
                        "records for any other purpose."])]),
    (3, [("Article 9", ["The county supports bathhouse operators in reusing spent hot spring water for heating.",
                        "Township governments are encouraged to promote bathhouses together with local tea farms."])]),
    (4, [("Article 10", ["A bathhouse operator that fails to test or post results as Article 4, paragraph 2 "
                         "requires, or to do what item (2) or (3) of Article 8, paragraph 1 requires, shall be given "
                         "a warning by the Health Bureau and ordered to make corrections; if it fails to make "
                         "corrections, it shall be fined no more than 5,000 yuan."])]),
    (4, [("Article 11", ["Anyone who draws hot spring water without the permit required by the first paragraph of "
                         "Article 4 shall have the pumping equipment confiscated by the county water authority and "
                         "be fined a sum between 10,000 yuan and 50,000 yuan.",
                         "Where a bathhouse operator breaches Article 5, paragraph 1 or paragraph 2, the Health "
                         "Bureau may suspend the business of the bathhouse for up to thirty days; where a bather "
                         "drowns as a result, its hygiene licence shall be revoked."])]),
    (4, [("Article 12", ["A bathhouse operator or pool attendant that breaches Articles 5 and 6 and so causes a "
                         "bather injury shall make compensation under the Civil Code."])]),
    (5, [("Article 13", ["These Measures are effective from 1 November 2037."])]),
]


def furniture(c: canvas.Canvas, number: int) -> None:
    c.setFillColor(HexColor("#555555"))
    c.setFont("Helvetica", 10)
    c.drawString(40, 22, FOOTER)
    c.drawRightString(W - 40, 22, str(number))
    c.setStrokeColor(HexColor("#c8a24a"))
    c.setLineWidth(2)
    c.line(40, 40, W - 40, 40)


def main() -> None:
    c = canvas.Canvas(str(OUT), pagesize=(W, H), invariant=1)
    c.setTitle("Hot spring bathhouses - operator training")
    c.setAuthor("Baishui County Culture, Tourism and Sports Bureau")
    c.setCreator("Presentation export")
    # title slide
    c.setFillColor(HexColor("#1f3b57"))
    c.rect(0, 0, W, H, stroke=0, fill=1)
    c.setFillColor(white)
    c.setFont("Helvetica-Bold", 30)
    c.drawCentredString(W / 2, 300, TITLE)
    c.setFont("Helvetica", 16)
    c.drawCentredString(W / 2, 255, "Bai Zheng Gui [2037] No. 2 | full text for operator training")
    c.drawCentredString(W / 2, 225, "Presenter: Ms. Qiao Lin, Legal Affairs Section")
    c.showPage()
    # contents slide
    number = 2
    c.setFillColor(HexColor("#222222"))
    c.setFont("Helvetica-Bold", 26)
    c.drawString(60, 460, "Contents")
    c.setFont("Helvetica", 18)
    for i, ch in enumerate(CH.values()):
        c.drawString(80, 410 - 34 * i, ch)
    furniture(c, number)
    c.showPage()
    for chapter, blocks in SLIDES:
        number += 1
        c.setFillColor(HexColor("#1f3b57"))
        c.rect(0, H - 62, W, 62, stroke=0, fill=1)
        c.setFillColor(white)
        c.setFont("Helvetica-Bold", 20)
        c.drawString(40, H - 40, CH[chapter])
        c.setFillColor(HexColor("#111111"))
        y = H - 100
        for label, paras in blocks:
            c.setFont("Helvetica-Bold", 17)
            c.drawString(48, y, label)
            y -= 24
            for p in paras:
                item = p.startswith("(")
                x = 88 if item else 60
                c.setFont("Helvetica", 15)
                for ln in simpleSplit(p, "Helvetica", 15, W - x - 60):
                    c.drawString(x, y, ln)
                    y -= 19
                y -= 7
            y -= 8
        assert y > 50, (chapter, blocks[0][0], y)
        furniture(c, number)
        c.showPage()
    number += 1
    c.setFillColor(HexColor("#222222"))
    c.setFont("Helvetica-Bold", 30)
    c.drawCentredString(W / 2, 330, "Questions?")
    c.setFont("Helvetica", 16)
    c.drawCentredString(W / 2, 290, "Operators should send written questions to the Legal Affairs Section;")
    c.drawCentredString(W / 2, 268, "we may publish the answers on the bureau's website.")
    furniture(c, number)
    c.showPage()
    c.save()


if __name__ == "__main__":
    main()
