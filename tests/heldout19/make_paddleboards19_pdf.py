"""Write paddleboard-hire-provisions-longpage.pdf (heldout19): an official account's article saved on a phone.

A phone's "save as PDF" of a mobile article keeps the whole article on ONE very tall page (no page breaks): the
account's header (title, "Original", account name, time and place), an editor's note in a grey box, the full text in
a narrow column, then "END", source and editor lines, "Read more", like and share counts, two readers' comments
with the account's replies and a QR code box. Deterministic: reportlab's invariant mode and its standard fonts.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.colors import HexColor
from reportlab.lib.utils import simpleSplit
from reportlab.pdfgen import canvas

OUT = Path(__file__).resolve().parent / "paddleboard-hire-provisions-longpage.pdf"

LAW = """T|Provisions of Songpu City on the Hire of Stand-Up Paddleboards on Urban Lakes
O|(Issued jointly by the Songpu Municipal Water Affairs Bureau and the Songpu Municipal Sports Bureau on 15 April 2039, Song Shui Gui [2039] No. 1)
A|1
P|These Provisions are made in accordance with the Water Law of the People's Republic of China, the Regulations of Cangling Province on Lake Protection and other relevant provisions, so as to keep paddleboarding on the city's lakes safe and the lakes clean.
A|2
P|In these Provisions, the term "paddleboard" refers to a board, rigid or inflatable, on which a person stands and moves by means of a paddle.
P|"Hire operator" means any enterprise or individual business that hires out paddleboards on Xijing Lake, Nanhu Lake or another lake in the urban area of Songpu.
A|3
P|The Songpu Municipal Water Affairs Bureau bears responsibility for designating the waters in which paddleboards may be used; the Songpu Municipal Sports Bureau shall supervise the training of instructors.
A|4
P|Before hiring out paddleboards, a hire operator shall lodge with the Songpu Municipal Water Affairs Bureau a safety plan covering:
I|(1) the waters used and the landing points;
I|(2) the number of boards and life jackets;
I|(3) the rescue boat and the persons on duty.
P|The Songpu Municipal Water Affairs Bureau has to reply within ten working days of receiving the plan.
A|5
P|No paddleboard is to be hired out without a life jacket of a fitting size.
P|The hire operator has to keep a rescue boat and at least one lifeguard on the water for as long as any board is out.
P|Hire operators are not permitted to hire out paddleboards when the wind reaches force 5 or a thunderstorm warning is in force.
A|6
P|Persons hiring a paddleboard (hereinafter "hirers") are under a duty to keep to the designated waters and to wear the life jacket at all times.
P|Hirers may not paddle within thirty metres of a swimming area or a fishing platform.
P|Hirers are entitled to a safety briefing of not less than ten minutes before their first hire.
A|7
P|Instructors who teach paddleboarding for reward need to hold a certificate issued by the Songpu Municipal Sports Bureau.
P|Hire operators ought to engage only instructors who hold such a certificate.
A|8
P|Names and identity card numbers that the booking platform of a hire operator collects from hirers are to be stored within the territory and protected as the Cybersecurity Law requires.
P|Hirers have a right to have their data deleted by the hire operator once the hire has ended.
A|9
P|The Songpu Municipal Water Affairs Bureau may close any waters to paddleboarding for a time where the water quality or the weather so requires, and it is to announce each closure on its website and at the landing points.
P|Volunteer rescue teams are welcome to join patrols on the lakes. The Songpu Municipal Sports Bureau encourages hire operators to offer lessons to schools.
A|10
P|A hire operator that hires out paddleboards without having lodged a safety plan as required by Article 4 shall be ordered by the Songpu Municipal Water Affairs Bureau to cease hiring and be fined not less than 3,000 yuan but not more than 30,000 yuan.
P|A hire operator that breaches Article 5, paragraph 1 or paragraph 3 shall be given a warning by the Songpu Municipal Water Affairs Bureau; for a second breach within one year, the paddleboards it has hired out shall be confiscated.
A|11
P|An instructor who teaches without the certificate required by Article 7 shall have the fees so earned confiscated by the Songpu Municipal Sports Bureau. A certificate holder who teaches while drunk shall have the certificate revoked by the Songpu Municipal Sports Bureau.
P|A hirer who paddles in the waters described in Article 6, paragraph 2 and injures a swimmer shall bear civil liability.
A|12
P|These Provisions come into force on 1 May 2039.
"""

W = 414.0
MARGIN = 18.0
COL = W - 2 * MARGIN
BODY = ("Helvetica", 12.0, 19.0)
BOLD = ("Helvetica-Bold", 12.0, 19.0)
GREY = HexColor("#888888")
GREEN = HexColor("#576b95")


def items() -> list[tuple[str, str]]:
    """The page from top to bottom: (style, text)."""
    lines = LAW.strip().splitlines()
    title = lines[0].split("|", 1)[1]
    order = lines[1].split("|", 1)[1]
    out: list[tuple[str, str]] = [
        ("title", title),
        ("meta", "Original   Songpu Water Affairs   2039-04-18 09:30   Cangling"),
        ("box", "Editor's note: Paddleboarding has become popular on Xijing Lake and Nanhu Lake. To keep it safe, "
                "the two bureaus have issued the provisions below. Hire operators should read them carefully before "
                "the summer season."),
        ("gap", ""),
        ("centre", title),
        ("centre", order),
        ("gap", ""),
    ]
    art, first = "", False
    for line in lines[2:]:
        kind, _, text = line.partition("|")
        if kind == "A":
            art, first = text, True
        elif kind == "P":
            out.append(("lead", f"Article {art}|{text}") if first else ("body", text))
            first = False
        elif kind == "I":
            out.append(("item", text))
    out += [
        ("gap", ""),
        ("centre", "- END -"),
        ("small", "Source: Songpu Municipal Water Affairs Bureau, Songpu Municipal Sports Bureau"),
        ("small", "Editor: Lin Yue | Reviewed by: Zhao Qian"),
        ("gap", ""),
        ("link", "Read more"),
        ("small", "Like 128    Share    Wow 36"),
        ("gap", ""),
        ("small", "Selected comments"),
        ("comment", "Lakeside Runner: Will inflatable boards need a plan too?"),
        ("reply", "Author: Yes. Every hire operator must lodge a plan, whatever the boards are made of."),
        ("comment", "Xiao Qi: Can kids go on the lake with their parents?"),
        ("reply", "Author: Children may paddle with an adult, and life jackets are provided by the operator."),
        ("gap", ""),
        ("qr", "Long-press the QR code to follow Songpu Water Affairs"),
    ]
    return out


def layout() -> tuple[list[tuple[str, float, float, str, tuple]], float]:
    """Every drawn line: (font, x, y from the top, text, colour), and the page height."""
    drawn: list[tuple[str, float, float, str, tuple]] = []
    y = 28.0
    for style, text in items():
        if style == "gap":
            y += 12
            continue
        if style == "title":
            for ln in simpleSplit(text, "Helvetica-Bold", 19, COL):
                y += 26
                drawn.append(("Helvetica-Bold|19", MARGIN, y, ln, ("black",)))
            y += 8
        elif style == "meta":
            y += 16
            drawn.append(("Helvetica|10", MARGIN, y, text, ("grey",)))
            y += 10
        elif style == "box":
            top = y + 4
            ls = simpleSplit(text, "Helvetica", 10.5, COL - 20)
            drawn.append(("BOX", MARGIN, top, "", (len(ls) * 16 + 16,)))
            y += 12
            for ln in ls:
                y += 16
                drawn.append(("Helvetica|10.5", MARGIN + 10, y, ln, ("grey",)))
            y += 14
        elif style == "centre":
            for ln in simpleSplit(text, "Helvetica-Bold", 13, COL - 20):
                y += 20
                drawn.append(("Helvetica-Bold|13|C", W / 2, y, ln, ("black",)))
        elif style == "lead":
            head, body = text.split("|", 1)
            y += 8
            # the article number in bold, the text after it on the same line
            first_w = COL
            words = body.split(" ")
            from reportlab.pdfbase.pdfmetrics import stringWidth
            hw = stringWidth(head + " ", "Helvetica-Bold", 12)
            line, rest = "", list(words)
            while rest and stringWidth((line + " " + rest[0]).strip(), "Helvetica", 12) <= first_w - hw:
                line = (line + " " + rest.pop(0)).strip()
            y += 19
            drawn.append(("Helvetica-Bold|12", MARGIN, y, head, ("black",)))
            drawn.append(("Helvetica|12", MARGIN + hw, y, line, ("black",)))
            for ln in simpleSplit(" ".join(rest), "Helvetica", 12, COL) if rest else []:
                y += 19
                drawn.append(("Helvetica|12", MARGIN, y, ln, ("black",)))
        elif style in ("body", "item"):
            ind = 24.0 if style == "body" else 14.0
            y += 6
            ls = simpleSplit(text, "Helvetica", 12, COL - ind)
            for i, ln in enumerate(ls):
                y += 19
                drawn.append(("Helvetica|12", MARGIN + (ind if i == 0 or style == "item" else 0), y, ln, ("black",)))
        elif style in ("small", "link"):
            y += 18
            drawn.append(("Helvetica|10", MARGIN, y, text, ("grey" if style == "small" else "link",)))
        elif style in ("comment", "reply"):
            ind = 0.0 if style == "comment" else 14.0
            for ln in simpleSplit(text, "Helvetica", 10.5, COL - ind):
                y += 16
                drawn.append(("Helvetica|10.5", MARGIN + ind, y, ln, ("black" if style == "comment" else "grey",)))
            y += 4
        elif style == "qr":
            y += 16
            drawn.append(("QR", W / 2 - 50, y, "", (100,)))
            y += 118
            drawn.append(("Helvetica|10|C", W / 2, y, text, ("grey",)))
    return drawn, y + 40


def build() -> None:
    drawn, height = layout()
    c = canvas.Canvas(str(OUT), pagesize=(W, height), invariant=1)
    c.setTitle("Provisions of Songpu City on the Hire of Stand-Up Paddleboards on Urban Lakes")
    c.setAuthor("Songpu Water Affairs")
    c.setCreator("Android 14 Print Service")
    for font, x, y, text, extra in drawn:
        top = height - y
        if font == "BOX":
            c.setFillColor(HexColor("#f2f2f2"))
            c.rect(x, top - extra[0] + 4, COL, extra[0], stroke=0, fill=1)
            continue
        if font == "QR":
            c.setFillColor(HexColor("#000000"))
            c.rect(x, top - extra[0], extra[0], extra[0], stroke=1, fill=0)
            for i in range(10):
                for j in range(10):
                    if (i * 7 + j * 3 + i * j) % 4 == 0 or (i in (0, 9) and j < 3):
                        c.rect(x + 5 + i * 9, top - 95 + j * 9, 9, 9, stroke=0, fill=1)
            continue
        parts = font.split("|")
        c.setFont(parts[0], float(parts[1]))
        colour = {"black": "#222222", "grey": "#888888", "link": "#576b95"}[extra[0]]
        c.setFillColor(HexColor(colour))
        if len(parts) == 3:
            c.drawCentredString(x, top, text)
        else:
            c.drawString(x, top, text)
    c.showPage()
    c.save()


if __name__ == "__main__":
    build()
