"""Regenerate tests/heldout14/trampoline-park-measures-webprint.pdf, a government web page saved as PDF from a browser.

    python tests/heldout14/make_trampolines14_pdf.py

Test data only (reportlab, a test dependency of regkb). The layout: **a web page printed to PDF by a browser with
its print headers and footers on**: three portrait A4 pages; at the top of every page the browser's header (the
date and time of printing at the left, the page's title in the middle), at the foot of every page the page's
address at the left and "N/3" at the right, all in 8 pt Helvetica; page 1 opens with the site's banner, its menu
line, the breadcrumb and a tool line ("Font size: L M S | Print | Close"), then the title, the source/date/views
line and the decree line; the law in 10 pt Helvetica, no chapters, each article a paragraph opening with a bold
"Article N", later paragraphs and items "(1)" indented; after the last article a "Related links" box and the
site's copyright line. The page breaks fall inside Art. 4 (between its items) and inside the sentence of Art. 9
para 2. The output is deterministic (reportlab's invariant mode).
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

OUT = Path(__file__).resolve().parent / "trampoline-park-measures-webprint.pdf"
PAGE_TITLE = "Measures of Minhe City on Indoor Trampoline Parks - Minhe Municipal People\u2019s Government"
STAMP = "12/1/36, 9:14 AM"
URL = "https://www.minhe.gov.cn/zwgk/zfgz/203611/t20361118_552107.html"
PAGES = 3
TOP = [
    ("Helvetica-Bold", 15, "Minhe Municipal People\u2019s Government"),
    ("Helvetica", 9, "Home    News    Open Government    Services    Interaction    English"),
    ("Helvetica", 8, "Home > Open Government > Government Rules"),
    ("Helvetica", 8, "Font size: L M S  |  Print  |  Close"),
]
TITLE = "Measures of Minhe City on Indoor Trampoline Parks"
META = "Source: Minhe Municipal Sports Bureau    Date: 2036-11-18    Views: 1,204"
DECREE = "(Order No. 8 of the Minhe Municipal People\u2019s Government, promulgated on 18 November 2036)"
ARTICLES: list[list[str]] = [
    ["These Measures are made pursuant to the Special Equipment Safety Law of the People\u2019s Republic of China and "
     "the Law of the People\u2019s Republic of China on the Protection of Consumer Rights and Interests, to prevent "
     "injuries in indoor trampoline parks."],
    ["In these Measures:",
     "(1) trampoline park: an indoor venue in which two or more trampolines are joined into one jumping area open to "
     "the public for a fee;",
     "(2) park operator: the enterprise that runs a trampoline park;",
     "(3) jump session: a period of jumping bought by one customer, of not more than one hour."],
    ["Responsible for the registration and inspection of trampoline parks shall be the municipal sports bureau.",
     "The checking of the price lists of trampoline parks rests on the municipal market regulation bureau.",
     "The municipal fire and rescue detachment is to inspect the escape routes of each trampoline park once a year."],
    ["Each of the following is a duty of the park operator:",
     "(1) to keep every trampoline bed, spring and pad in good repair;",
     "(2) to station at least one trained monitor for every thirty jumpers;",
     "(3) to show each customer a safety video before the first jump session;",
     "(4) to keep a first-aid kit and a stretcher beside the jumping area.",
     "A park operator which (whether in premises of its own or in premises leased from a shopping centre) admits "
     "children under six years of age must set aside a separate area for them, fenced off from the main jumping "
     "area."],
    ["It is contrary to these Measures for a park operator to sell more jump sessions for one period than the park\u2019s permitted "
     "capacity allows.",
     "A monitor may under no condition leave the jumping area unwatched during a jump session.",
     "Customers who have consumed alcohol are excluded from jumping.",
     "No person of any age may bring food or drink into the jumping area."],
    ["A park operator is within its rights, where a customer refuses to follow a monitor\u2019s instructions, to end that "
     "customer\u2019s jump session without a refund.",
     "A park operator is able to require customers to wear the park\u2019s own non-slip socks.",
     "A customer is guaranteed sight of the park\u2019s latest inspection certificate on request.",
     "A customer injured in the park is entitled to claim a copy of the park\u2019s incident record."],
    ["Park operators are well advised to take out public liability insurance of not less than one million yuan per "
     "incident.",
     "The municipal sports bureau would be glad to see park operators train their monitors with the Minhe Gymnastics "
     "Association."],
    ["Should an accident cause serious injury to a customer, the park operator is required without delay to stop "
     "all jump sessions and to report the accident to the municipal sports bureau within two hours.",
     "The park shall stay closed until the municipal sports bureau has inspected it."],
    ["A park operator that fails to perform any of the duties in Article 4, para. 1 shall be ordered by the municipal "
     "sports bureau to make corrections; where it fails to do so, a fine of 2,000 yuan or more but not exceeding "
     "20,000 yuan shall be imposed.",
     "A park operator that sells jump sessions beyond the park\u2019s capacity in breach of Article 5, para. 1 shall "
     "be given a warning by the municipal sports bureau; where it repeats the breach within a year, its "
     "registration shall be cancelled."],
    ["Where a park operator conceals an accident referred to in the first paragraph of Article 8, its registration "
     "shall be revoked by the municipal sports bureau, and the persons directly in charge shall be fined 5,000 yuan "
     "each.",
     "Where any breach of Articles 4 to 6 causes injury to a customer, the park operator shall be liable for "
     "compensation according to law."],
    ["These Measures take effect on 1 February 2037."],
]
RELATED = ["Related links", "Special Equipment Safety Law (English)", "Minhe Municipal Sports Bureau"]
COPYRIGHT = "Copyright \u00a9 Minhe Municipal People\u2019s Government  |  ICP No. 10423517-1  |  Site map"
W, H = A4
LEFT, RIGHT = 56.0, W - 56.0
BODY_TOP, BODY_BOTTOM = H - 60.0, 66.0
SIZE, LEAD = 10.0, 14.0
# page breaks are forced at these (article, paragraph, line) points, so that they fall where the docstring says
BREAKS = {(4, 3, 0), (9, 1, 2)}


class Printout:
    def __init__(self) -> None:
        self.c = canvas.Canvas(str(OUT), pagesize=A4, invariant=1)
        self.c.setTitle(PAGE_TITLE)
        self.c.setAuthor("")
        self.c.setCreator("Chromium")
        self.page = 1
        self.y = BODY_TOP
        self.furniture()

    def furniture(self) -> None:
        c = self.c
        c.setFont("Helvetica", 8)
        c.drawString(28, H - 24, STAMP)
        c.drawCentredString(W / 2, H - 24, PAGE_TITLE)
        c.drawString(28, 20, URL)
        c.drawRightString(W - 28, 20, f"{self.page}/{PAGES}")

    def new_page(self) -> None:
        self.c.showPage()
        self.page += 1
        self.y = BODY_TOP
        self.furniture()

    def line(self, text: str, font: str, size: float, x: float, gap: float = 0.0) -> None:
        self.c.setFont(font, size)
        self.c.drawString(x, self.y, text)
        self.y -= size + 4 + gap

    def paragraph(self, article: int, index: int, text: str) -> None:
        item = text.startswith("(")
        lead = f"Article {article}  " if index == 0 else ""
        x = LEFT + (36 if item else (0 if lead else 20))
        width = RIGHT - x
        lead_w = self.c.stringWidth(lead, "Helvetica-Bold", SIZE)
        lines = simpleSplit(text, "Helvetica", SIZE, width - lead_w)
        first, rest = lines[0], " ".join(lines[1:])
        lines = [first] + (simpleSplit(rest, "Helvetica", SIZE, width) if rest else [])
        for i, ln in enumerate(lines):
            if (article, index, i) in BREAKS or self.y < BODY_BOTTOM:
                self.new_page()
            if i == 0 and lead:
                self.c.setFont("Helvetica-Bold", SIZE)
                self.c.drawString(x, self.y, lead)
                self.c.setFont("Helvetica", SIZE)
                self.c.drawString(x + lead_w, self.y, ln)
            else:
                self.c.setFont("Helvetica", SIZE)
                self.c.drawString(x, self.y, ln)
            self.y -= LEAD
        self.y -= 5

    def save(self) -> None:
        self.c.showPage()
        self.c.save()


def main() -> None:
    p = Printout()
    for font, size, text in TOP:
        p.line(text, font, size, LEFT, gap=4)
    p.c.line(LEFT, p.y + 6, RIGHT, p.y + 6)
    p.y -= 14
    p.c.setFont("Helvetica-Bold", 14)
    p.c.drawCentredString(W / 2, p.y, TITLE)
    p.y -= 20
    p.c.setFont("Helvetica", 8)
    p.c.drawCentredString(W / 2, p.y, META)
    p.y -= 16
    p.c.setFont("Helvetica", SIZE)
    p.c.drawCentredString(W / 2, p.y, DECREE)
    p.y -= 24
    for n, paras in enumerate(ARTICLES, start=1):
        for i, text in enumerate(paras):
            p.paragraph(n, i, text)
    p.y -= 10
    p.c.rect(LEFT, p.y - 30, RIGHT - LEFT, 44)
    p.line(RELATED[0], "Helvetica-Bold", 9, LEFT + 8)
    p.line("    ".join(RELATED[1:]), "Helvetica", 8, LEFT + 8, gap=14)
    p.line(COPYRIGHT, "Helvetica", 8, LEFT)
    p.save()


if __name__ == "__main__":
    main()
