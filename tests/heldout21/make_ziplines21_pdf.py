"""Writes zip-line-safety-measures-certified.pdf for held-out set 21 (blind since session 17).

Test data only (reportlab, a test dependency of regkb). An invented municipal government rule as a certified
translation reaches a lawyer: page 1 is the translation company's certificate (letterhead, the translator's statement
with "should" and "must", signature and date lines, a round red company seal drawn with its name around the rim);
pages 2-3 the translation, each page with the certificate's reference and "Translated from Chinese" over a rule, the
translator's initials in the right margin and "Page N of 3" with the company's name at the foot; title and promulgation
line centred, chapters centred in bold, "Article N" in bold opening an article, later paragraphs indented, items "(1)"
indented; the page break inside a sentence of Art. 7; after the last article the translator's bracketed renderings of
the original's seal and signature. Deterministic output (reportlab's invariant mode, standard fonts only).
"""

from __future__ import annotations

import math
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

OUT = Path(__file__).resolve().parent / "zip-line-safety-measures-certified.pdf"
W, H = A4
LEFT, RIGHT, TOP, BOTTOM = 25 * mm, W - 28 * mm, H - 32 * mm, 30 * mm
SIZE, LEAD = 10.5, 14.5
REF = "Ref. HDT-CT-2041-0562"
COMPANY = "Huadong Certified Translation Services Co., Ltd."
TITLE = "Measures of Yaoping City on the Safety of Zip Line Rides"
ORDER = "(Promulgated by Order No. 17 of the Yaoping Municipal People's Government on 6 May 2041)"
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
BREAK_AT = "Riders are obliged to follow"  # the page break falls inside this sentence
BREAK_WORDS = 9

LAW = """C:General Provisions
A:
These Measures are formulated in accordance with the Work Safety Law of the People's Republic of China in order to prevent accidents on zip line rides at scenic spots and in parks of Yaoping City.
A:
In these Measures, "zip line" means a cable strung between two points on which a rider hanging in a harness slides down by gravity; "zip line operator" means the enterprise that sells rides on a zip line to the public.
A:
The Yaoping Municipal Emergency Management Bureau, the Yaoping Municipal Market Regulation Bureau and the Yaoping Municipal Culture and Tourism Bureau shall, each within the limits of its duties, supervise the safety of zip lines.
C:Safety Requirements
A:
Before a zip line is opened to riders, the zip line operator must commission an inspection body holding the qualifications required by the state to test the cable, the anchors and the braking system.
The zip line operator may not let riders on the line until the test report confirms that it is safe.
After a storm or any repair, the zip line operator has to repeat the braking test before the first ride of the day.
A:
It is the duty of the zip line operator to:
(1) weigh every rider and turn away riders heavier than 120 kilograms or lighter than 25 kilograms;
(2) check each harness before it is put on;
(3) keep a rider log for three years.
A:
The zip line operator is to post two attendants on each launch platform, one of whom holds a certificate under the Special Equipment Safety Law of the People's Republic of China.
Attendants shall stop the rides when the wind speed at the platform exceeds 10.8 metres per second or when thunder is heard.
Attendants may refuse a rider who appears to be drunk.
A:
Riders are obliged to follow the instructions of the attendants and are not to carry phones, cameras or other loose objects on the line.
Riders under twelve years of age are to ride in tandem with an adult.
Riders enjoy the right to be told the top speed, the length of the ride and the emergency procedures before they are harnessed.
Onlookers must stay out of the landing area.
C:Supervision and Legal Liability
A:
The Yaoping Municipal Market Regulation Bureau may at any time enter a zip line site and test the equipment, and the operator must not obstruct its inspectors.
Operators of zip lines are encouraged to take out accident insurance for riders.
A:
A zip line operator that opens a zip line without the test required by Article 4, paragraph 1 shall be ordered by the Yaoping Municipal Market Regulation Bureau to close it, and shall be fined not less than 30,000 yuan and not more than 200,000 yuan.
A zip line operator that fails to do any of the acts in items (1) to (3) of Article 5 shall receive a warning from the Yaoping Municipal Culture and Tourism Bureau; where it fails again within six months, its business shall be suspended for one month.
A:
Where a breach of Article 6 results in injury to a rider, the zip line operator shall be liable for damages, and the person directly in charge shall be barred from working as an attendant for three years.
Supervisory staff who neglect their duties in the supervision of zip lines shall be punished by the organs that employ them.
C:Supplementary Provisions
A:
Rider logs are to be handled under the Personal Information Protection Law. These Measures shall come into force on 1 July 2041.
"""


def law_blocks() -> list[tuple[str, int, str]]:
    out: list[tuple[str, int, str]] = []
    n = c = 0
    for line in LAW.strip().splitlines():
        if line.startswith("C:"):
            c += 1
            out.append(("C", c, line[2:]))
        elif line == "A:":
            n += 1
            out.append(("A", n, ""))
        else:
            out.append(("I" if line.startswith("(") else "P", n, line))
    return out


class Certified:
    def __init__(self) -> None:
        self.c = canvas.Canvas(str(OUT), pagesize=A4, invariant=1)
        self.c.setTitle("Certified translation " + REF)
        self.c.setAuthor(COMPANY)
        self.page = 1
        self.y = TOP

    def seal(self, x: float, y: float, r: float, small: bool = False) -> None:
        c = self.c
        c.saveState()
        c.setStrokeColorRGB(0.8, 0.1, 0.1)
        c.setFillColorRGB(0.8, 0.1, 0.1)
        c.setLineWidth(1.6 if not small else 0.8)
        c.circle(x, y, r)
        if small:
            c.setFont("Helvetica-Bold", 6)
            c.drawCentredString(x, y - 2, "HDT")
        else:
            text = "HUADONG CERTIFIED TRANSLATION"
            c.setFont("Helvetica-Bold", 7)
            for i, ch in enumerate(text):
                ang = math.radians(200 - i * (220 / (len(text) - 1)))
                c.saveState()
                c.translate(x + (r - 9) * math.cos(ang), y + (r - 9) * math.sin(ang))
                c.rotate(math.degrees(ang) - 90)
                c.drawCentredString(0, 0, ch)
                c.restoreState()
            c.setFont("Helvetica-Bold", 14)
            c.drawCentredString(x, y - 5, "\u2605")
        c.restoreState()

    def certificate(self) -> None:
        c = self.c
        c.setFont("Helvetica-Bold", 15)
        c.drawString(LEFT, H - 30 * mm, COMPANY)
        c.setFont("Helvetica", 8.5)
        c.drawString(LEFT, H - 35 * mm, "18/F, Hengda Plaza, 66 Zhongshan Road, Yaoping  \u00b7  Tel. +86 555 8800 6120")
        c.setLineWidth(0.8)
        c.line(LEFT, H - 38 * mm, RIGHT, H - 38 * mm)
        c.setFont("Helvetica-Bold", 16)
        c.drawCentredString(W / 2, H - 60 * mm, "CERTIFICATE OF TRANSLATION")
        c.setFont("Helvetica", 9)
        c.drawCentredString(W / 2, H - 67 * mm, REF)
        statement = [
            "I, Ma Qiuyun, a translator employed by Huadong Certified Translation Services Co., Ltd., certify that the",
            "attached English text on pages 2 and 3 is a true and complete translation of the Chinese document",
            "titled as below, which was shown to me in the original on 9 May 2041.",
            "",
            "Document: " + TITLE,
            "Issuer: Yaoping Municipal People's Government, Order No. 17",
            "",
            "The translation should be read together with the Chinese document. Where the two differ, the Chinese",
            "text must prevail. This certificate may not be detached from the pages it certifies.",
        ]
        y = H - 85 * mm
        c.setFont("Times-Roman", 11)
        for ln in statement:
            c.drawString(LEFT, y, ln)
            y -= 15
        y -= 30
        c.drawString(LEFT, y, "Signature: ______________________")
        c.drawString(LEFT + 95 * mm, y, "Date: 10 May 2041")
        c.drawString(LEFT, y - 18, "Translator's certificate no. TC-3307-1195")
        self.seal(LEFT + 135 * mm, y - 40, 30)
        c.setFont("Helvetica-Oblique", 7.5)
        c.drawString(LEFT, BOTTOM - 8 * mm, "Page 1 of 3  \u00b7  " + COMPANY)
        c.showPage()
        self.page = 2
        self.furniture()

    def furniture(self) -> None:
        c = self.c
        c.setFont("Helvetica", 8)
        c.drawString(LEFT, H - 18 * mm, "Certified translation  \u00b7  " + REF)
        c.drawRightString(RIGHT, H - 18 * mm, "Translated from Chinese")
        c.setLineWidth(0.5)
        c.line(LEFT, H - 20 * mm, RIGHT, H - 20 * mm)
        self.y = TOP

    def foot(self, last: bool = False) -> None:
        c = self.c
        c.saveState()
        c.setFont("Helvetica-Oblique", 8)
        c.translate(W - 14 * mm, H / 2)
        c.rotate(90)
        c.drawCentredString(0, 0, "MQY")
        c.restoreState()
        self.seal(W - 16 * mm, BOTTOM - 6 * mm, 7, small=True)
        c.setFont("Helvetica-Oblique", 8)
        c.drawCentredString(W / 2, BOTTOM - 8 * mm, f"Page {self.page} of 3  \u00b7  {COMPANY}")
        c.showPage()
        self.page += 1
        if not last:
            self.furniture()

    def line(self, text: str, x: float, font: str = "Times-Roman", centred: bool = False) -> None:
        if self.y < BOTTOM:
            self.foot()
        self.c.setFont(font, SIZE)
        if centred:
            self.c.drawCentredString(W / 2, self.y, text)
        else:
            self.c.drawString(x, self.y, text)
        self.y -= LEAD

    def wrap(self, words: list[str], width: float, font: str = "Times-Roman") -> list[str]:
        lines: list[str] = []
        cur = ""
        for w in words:
            trial = (cur + " " + w).strip()
            if self.c.stringWidth(trial, font, SIZE) > width and cur:
                lines.append(cur)
                cur = w
            else:
                cur = trial
        if cur:
            lines.append(cur)
        return lines

    def paragraph(self, text: str, label: str | None, item: bool) -> None:
        x0 = LEFT + (12 * mm if item else 0)
        indent = 0 if item else 7 * mm
        lab_w = self.c.stringWidth(label + "  ", "Times-Bold", SIZE) if label else 0.0
        words = text.split()
        lines = self.wrap(words, RIGHT - x0 - indent - lab_w)
        first = lines[0]
        rest = self.wrap(" ".join(lines[1:]).split(), RIGHT - x0 - (8 * mm if item else 0)) if len(lines) > 1 else []
        force = text.startswith(BREAK_AT)
        if label:
            if self.y < BOTTOM:
                self.foot()
            self.c.setFont("Times-Bold", SIZE)
            self.c.drawString(x0 + indent, self.y, label + "  ")
            self.c.setFont("Times-Roman", SIZE)
            self.c.drawString(x0 + indent + lab_w, self.y, first)
            self.y -= LEAD
        else:
            self.line(first, x0 + indent)
        for i, ln in enumerate(rest):
            if force and i == 0:
                self.foot()
            self.line(ln, x0 + (8 * mm if item else 0))

    def law(self) -> None:
        self.line(TITLE, 0, "Times-Bold", centred=True)
        self.line(ORDER, 0, centred=True)
        self.y -= 4
        pend = None
        for kind, n, text in law_blocks():
            if kind == "C":
                self.y -= 4
                self.line(f"Chapter {ROMAN[n]}  {text}", 0, "Times-Bold", centred=True)
            elif kind == "A":
                pend = f"Article {n}"
            else:
                self.paragraph(text, pend, kind == "I")
                pend = None
        self.y -= 10
        for ln in ("[Seal: Yaoping Municipal People's Government]", "[Signature] Mayor: Ding Weiping"):
            self.line(ln, RIGHT - 80 * mm, "Times-Italic")
        self.foot(last=True)

    def save(self) -> None:
        self.c.save()


def main() -> None:
    doc = Certified()
    doc.certificate()
    doc.law()
    doc.save()


if __name__ == "__main__":
    main()
