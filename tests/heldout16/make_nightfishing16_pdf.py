"""Regenerate tests/heldout16/night-fishing-platforms-scan.pdf, a county's normative document as a searchable scan:
every page a scanned image with an invisible text layer laid over it by OCR software.

    python tests/heldout16/make_nightfishing16_pdf.py

Test data only (reportlab, a test dependency of regkb; Pillow, which reportlab uses for images). The layout: three
portrait A4 pages, **each one grey-scale page image** (150 dpi; the printed page with a dark scanner edge along the
left side, a rectangular "RECEIVED" stamp on page 1) **and, over it, the OCR text in render mode 3 (invisible)**,
one text line per printed line, stretched horizontally to the width of the line on the image, as OCR programs lay
their text over a scan. The printed page: a running header (the county government's name and "Normative
Document") and a page number "— N —" at the foot on every page; the title over two lines and the document number
centred on page 1; no chapters; "Article N" bold at the start of the first paragraph, first-line indents, items
"(1)" with a hanging indent; pages break inside sentences. The stamp's words are in the text layer (OCR read them).
The output is deterministic (reportlab's invariant mode; the images are drawn by Pillow from fixed fonts).
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

OUT = Path(__file__).resolve().parent / "night-fishing-platforms-scan.pdf"
DPI = 150
PX = DPI / 72  # image pixels per PDF point
FONTS = Path("/usr/share/fonts/truetype/dejavu")
SIZE = 11  # points
LEAD = 16  # points between baselines
LEFT, RIGHT, TOP, BOTTOM = 72, 523, 110, 740  # text area in points (y from the top)
HEADER = "Mingshui County People's Government · Normative Document"
STAMP = ["RECEIVED", "14 APR 2037", "Legal Dept."]
TITLE = ["Provisions of Mingshui County on Night Fishing Platforms", "along the Yaoxi River"]
NUMBER = "Ming Zheng Gui [2037] No. 4"
ISSUED = "(Issued by the Mingshui County People's Government on 9 April 2037)"
# (article, [paragraphs]); a paragraph "(1) ..." is an item
ARTICLES: list[tuple[int, list[str]]] = [
    (1, ["These Provisions are formulated in accordance with the Water Law of the People's Republic of China, the "
         "Regulations of Yunxi Prefecture on River Management and other laws and regulations, for the purpose of "
         "keeping anglers safe on the Yaoxi River at night and protecting its banks."]),
    (2, ["In these Provisions, \"night fishing platform\" means a floating or fixed deck on the Yaoxi River or on its "
         "banks from which anglers fish between sunset and sunrise for a fee.",
         "\"Platform operator\" refers to the village collective economic organisation, enterprise or individual that "
         "builds a night fishing platform and charges anglers for its use."]),
    (3, ["The Mingshui County Water Resources Bureau (the \"Water Bureau\") is responsible for approving the position "
         "of platforms.",
         "The township people's governments along the Yaoxi River will be required to patrol the platforms in their "
         "townships at least once a week during the fishing season.",
         "The Mingshui County Public Security Bureau shall assist in rescues on the river at night."]),
    (4, ["A platform operator shall be bound to do the following before opening a platform:",
         "(1) obtain the written approval of the Water Bureau for the position of the platform;",
         "(2) fit the platform with railings at least 1.1 metres high and with lights that stay on all night;",
         "(3) place at least two lifebuoys and one throwing rope on every platform.",
         "The platform operator has the obligation to keep a list of the anglers on the platform each night and to "
         "keep the list for six months."]),
    (5, ["A platform operator is barred from mooring a platform within 200 metres of a dam, a sluice or a water "
         "intake.",
         "It is not permissible for a platform operator to admit anglers when the water level is above the warning "
         "level published by the Water Bureau.",
         "Nobody may swim from a night fishing platform."]),
    (6, ["Every angler on a platform must at all times wear a life jacket.",
         "Anglers shall be prohibited from using electric fishing gear, explosives or poison.",
         "A platform operator must turn away anglers under sixteen who come without an adult.",
         "Anglers are to take away their litter and bait when they leave the platform."]),
    (7, ["Anglers have the right to a refund of the fee for any night on which the platform is closed by order of the "
         "Water Bureau.",
         "A platform operator is entitled to refuse entry to an angler who has been drinking.",
         "The Water Bureau may order a platform to be moved when floods are forecast."]),
    (8, ["Platform operators are encouraged to buy public liability insurance for anglers.",
         "The County People's Government encourages the Mingshui County Anglers' Association to train platform staff "
         "in rescue from the water.",
         "Village committees along the river are authorised to remove litter left on the banks by anglers and to "
         "charge the cost to the platform operator."]),
    (9, ["A platform operator who opens a platform without the approval required by item (1) of the first paragraph "
         "of Article 4 shall be ordered by the Water Bureau to dismantle it within a set time and shall be fined from "
         "2,000 to 20,000 yuan; where it refuses to dismantle the platform, the Water Bureau shall have it dismantled "
         "at the operator's expense.",
         "Where a platform operator breaches Article 5, the Water Bureau shall give it a warning and may suspend the "
         "use of the platform for up to thirty days."]),
    (10, ["An angler who breaches paragraph 2 of Article 6 shall have the fishing gear confiscated by the agriculture "
          "and rural affairs bureau of the county and shall be fined not more than 500 yuan.",
          "Where the conduct violates the Public Security Administration Punishments Law of the People's Republic of "
          "China, the case shall be handled by the public security organ."]),
    (11, ["These Provisions shall come into effect on 1 May 2037 and be valid for three years."]),
]


def font(bold: bool = False, italic: bool = False, size: float = SIZE) -> ImageFont.FreeTypeFont:
    name = "DejaVuSerif" + ("-Bold" if bold else "") + ("-Italic" if italic and not bold else "") + ".ttf"
    return ImageFont.truetype(str(FONTS / name), round(size * PX))


class Scan:
    """Lays out the printed lines page by page; each line is (x, y, [(text, bold)], centred) in points."""

    def __init__(self) -> None:
        self.pages: list[list[tuple[float, float, list[tuple[str, bool]]]]] = [[]]
        self.y = TOP

    def width(self, runs: list[tuple[str, bool]]) -> float:
        return sum(font(b).getlength(t) for t, b in runs) / PX

    def line(self, runs: list[tuple[str, bool]], x: float, centred: bool = False) -> None:
        if self.y > BOTTOM:
            self.pages.append([])
            self.y = TOP
        if centred:
            x = (LEFT + RIGHT - self.width(runs)) / 2
        self.pages[-1].append((x, self.y, runs))
        self.y += LEAD

    def paragraph(self, text: str, lead: str = "", first: float = 22, hang: float = 0) -> None:
        words = text.split(" ")
        runs: list[tuple[str, bool]] = [(lead + "  ", True)] if lead else []
        x0 = LEFT + first
        line: list[str] = []
        for w in words:
            trial = [*runs, (" ".join([*line, w]), False)]
            if line and x0 + self.width(trial) > RIGHT:
                self.line([*runs, (" ".join(line), False)], x0)
                runs, line, x0 = [], [w], LEFT + hang
            else:
                line.append(w)
        self.line([*runs, (" ".join(line), False)], x0)


def build() -> Scan:
    s = Scan()
    for t in TITLE:
        s.line([(t, True)], LEFT, centred=True)
    s.line([(NUMBER, False)], LEFT, centred=True)
    s.line([(ISSUED, False)], LEFT, centred=True)
    s.y += LEAD / 2
    for number, paras in ARTICLES:
        for i, para in enumerate(paras):
            if para.startswith("("):
                s.paragraph(para, first=22, hang=40)
            else:
                s.paragraph(para, lead=f"Article {number}" if i == 0 else "")
    return s


def page_image(lines: list[tuple[float, float, list[tuple[str, bool]]]], n: int) -> Image.Image:
    w, h = round(A4[0] * PX), round(A4[1] * PX)
    img = Image.new("L", (w, h), 246)
    d = ImageDraw.Draw(img)
    d.rectangle([0, 0, 14, h], fill=40)  # the scanner's dark edge
    d.text((LEFT * PX, 60 * PX), HEADER, font=font(italic=True, size=9), fill=30)
    d.line([(LEFT * PX, 74 * PX), (RIGHT * PX, 74 * PX)], fill=60, width=2)
    for x, y, runs in lines:
        cx = x * PX
        for text, bold in runs:
            d.text((cx, y * PX), text, font=font(bold), fill=20, anchor="ls")
            cx += font(bold).getlength(text)
    d.text(((LEFT + RIGHT) / 2 * PX, 805 * PX), f"— {n} —", font=font(size=10), fill=30, anchor="ms")
    if n == 1:
        d.rectangle([440 * PX, 12 * PX, 530 * PX, 52 * PX], outline=90, width=3)
        for i, t in enumerate(STAMP):
            d.text((485 * PX, (24 + i * 12) * PX), t, font=font(bold=True, size=8), fill=90, anchor="ms")
    return img


def text_line(c: canvas.Canvas, x: float, y: float, text: str, width: float, size: float) -> None:
    """One OCR line: invisible text from x, stretched to the width of the printed line."""
    t = c.beginText()
    t.setTextRenderMode(3)
    t.setFont("Helvetica", size)
    natural = c.stringWidth(text, "Helvetica", size)
    t.setHorizScale(100 * width / natural if natural else 100)
    t.setTextOrigin(x, A4[1] - y)
    t.textOut(text)
    c.drawText(t)


def main() -> None:
    s = build()
    c = canvas.Canvas(str(OUT), pagesize=A4, invariant=1)
    c.setTitle("Scan 2037-04-14 10-22")
    c.setAuthor("")
    c.setCreator("ScanDesk OCR 4.1")
    for n, lines in enumerate(s.pages, 1):
        c.drawImage(ImageReader(page_image(lines, n)), 0, 0, A4[0], A4[1])
        hx = font(italic=True, size=9).getlength(HEADER) / PX
        text_line(c, LEFT, 60 + 7, HEADER, hx, 9)
        if n == 1:
            for i, t in enumerate(STAMP):
                wdt = font(bold=True, size=8).getlength(t) / PX
                text_line(c, 485 - wdt / 2, 24 + i * 12, t, wdt, 8)
        for x, y, runs in lines:
            text = "".join(t for t, _ in runs)
            text_line(c, x, y, text, sum(font(b).getlength(t) for t, b in runs) / PX, SIZE)
        foot = f"— {n} —"
        fw = font(size=10).getlength(foot) / PX
        text_line(c, (LEFT + RIGHT) / 2 - fw / 2, 805, foot, fw, 10)
        c.showPage()
    c.save()


if __name__ == "__main__":
    main()
