"""Regenerate tests/heldout4/port-logistics-data.pdf, a ministry's PDF as it is published.

    python tests/heldout4/make_pdf.py

Test data only (reportlab, a test dependency of regkb). The layout, as a ministry's gazette PDF
has it: a title and an order line on page 1; chapters centred in bold; "Article N" in bold at
the start of its first paragraph; every paragraph indented on its first line, no blank lines;
lines justified to the margin and hyphenated at line ends; a running header (the gazette's name)
and a page number on every page; a footnote with a superscript marker on page 1; an article and
a sentence that continue across the break between pages 1 and 2. The output is deterministic
(reportlab's invariant mode): running this again gives the same bytes.
"""

from __future__ import annotations

import re
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

OUT = Path(__file__).resolve().parent / "port-logistics-data.pdf"
TITLE = "Measures for the Security Management of Port Logistics Data"
ORDER = "(Issued by Order No. 9 of 2027 of the Ministry of Transport on 3 March 2027)"
HEADER = "Gazette of the Ministry of Transport, Issue 3 of 2027"
FOOTNOTE = ("1 Adopted at the 29th Session of the Standing Committee of the 13th National People's "
            "Congress on 10 June 2021.")
FONT, BOLD, SIZE, LEAD = "Times-Roman", "Times-Bold", 11, 15.5
LEFT, RIGHT, TOP, BOTTOM = 72, A4[0] - 72, A4[1] - 92, 96
INDENT = 22

# ("chapter", title) | ("para", article number or None, text); "^1" marks the footnote reference
BODY: list[tuple] = [
    ("chapter", "Chapter I General Provisions"),
    ("para", 1, "These Measures are formulated in accordance with the Data Security Law of the People's "
                "Republic of China^1 and the Maritime Traffic Safety Law of the People's Republic of China, for "
                "the purposes of regulating the handling of port logistics data, safeguarding the security of "
                "waterway transport and protecting the lawful rights and interests of shippers."),
    ("para", 2, "These Measures apply to the collection, storage, use, transmission and provision of port "
                "logistics data by port operators, shipping agencies and terminal information platforms "
                "within the territory of the People's Republic of China."),
    ("para", None, "For the purposes of these Measures, \"port logistics data\" means the data generated in the "
                   "loading, unloading, storage and transfer of cargo, containers and vessels at ports, including "
                   "berth schedules, container numbers, cargo manifests and the identity information of drivers "
                   "entering port areas."),
    ("para", 3, "The transport department of the State Council (hereinafter \"the competent department\") shall "
                "be responsible for the supervision and administration of port logistics data security "
                "nationwide. Port administrative departments of local people's governments shall be responsible "
                "for such supervision and administration within their respective administrative areas."),
    ("chapter", "Chapter II Data Handling Obligations"),
    ("para", 4, "Port operators and shipping agencies shall each establish a data security management system "
                "covering the whole process of data handling, designate a person in charge of data security, and "
                "organise security training for their staff at least once a year."),
    ("para", 5, "Terminal information platforms are required to classify port logistics data by grade "
                "according to its importance and to apply encryption to data of the core and important grades "
                "during transmission and storage."),
    ("para", None, "A terminal information platform that handles the data of more than one million containers a "
                   "year shall conduct a risk assessment of its data handling activities each year and submit the "
                   "assessment report to the competent department, which shall examine the report within 30 "
                   "working days."),
    ("para", 6, "Where cargo manifests or driver identity information are to be provided to a party outside "
                "the port logistics chain, the port operator must obtain the written consent of the shipper or "
                "the driver concerned, unless laws or administrative regulations provide otherwise. The data "
                "provided shall be limited to the minimum necessary for the purpose of the provision, and the "
                "port operator is obliged to keep a record of each provision for no less than three years."),
    ("para", 7, "Port operators shall not collect the fingerprints, facial images or other biometric "
                "information of drivers entering port areas as the sole means of identity verification."),
    ("para", None, "Where a driver refuses to provide biometric information, the port operator shall offer "
                   "another means of verification and may not refuse the driver entry on that ground."),
    ("para", 8, "Shippers and consignees shall have the right to consult the logistics data concerning their "
                "own cargo held by terminal information platforms, and to request the correction of inaccurate "
                "data. The platform shall reply within five working days after receiving a request."),
    ("para", 9, "It is prohibited for any organisation or individual to obtain port logistics data by stealing "
                "or other illegal means, or to sell or illegally provide such data to others."),
    ("chapter", "Chapter III Supervision and Legal Liability"),
    ("para", 10, "The competent department and the port administrative departments may, when performing "
                 "supervision and inspection, consult and copy relevant records and require port operators to "
                 "explain how data are handled. Port operators and shipping agencies shall cooperate and shall "
                 "not refuse or obstruct the inspection."),
    ("para", 11, "Where a port operator or a shipping agency violates Article 4 or paragraph 2 of Article 7 of "
                 "these Measures, the port administrative department shall order it to make corrections and "
                 "give it a warning; if it refuses to make corrections, a fine of not less than 10,000 yuan but "
                 "not more than 50,000 yuan shall be imposed."),
    ("para", None, "Where a terminal information platform fails to conduct the assessment required by paragraph "
                   "2 of Article 5 or violates Article 8 of these Measures, the competent department shall "
                   "impose a fine of not more than 100,000 yuan on it, and the person directly in charge shall be "
                   "fined not more than 10,000 yuan."),
    ("para", None, "Whoever violates Articles 6 to 9 of these Measures and thereby causes losses to shippers or "
                   "drivers shall bear civil liability according to law."),
    ("para", 12, "These Measures shall come into force on 1 July 2027."),
]

def width(words: list[str], first_bold: int = 0) -> float:
    """Width of a line of words; the first ``first_bold`` words are bold."""
    w = 0.0
    for i, word in enumerate(words):
        w += stringWidth(word.replace("^1", ""), BOLD if i < first_bold else FONT, SIZE)
        if "^1" in word:
            w += stringWidth("1", FONT, 7)
    return w + stringWidth(" ", FONT, SIZE) * (len(words) - 1)


# where a typesetter may break a word at a line end (others are not hyphenated)
BREAKS = {w.replace("-", ""): w for w in [
    "wa-ter-way", "ter-ri-to-ry", "su-per-vi-sion", "in-for-ma-tion", "steal-ing", "per-form-ing",
    "ad-min-is-tra-tive", "ad-min-is-tra-tion", "re-spec-tive", "con-sign-ees", "ver-i-fi-ca-tion",
    "cor-rec-tions", "in-spec-tion", "or-gan-i-sa-tion", "il-le-gal-ly", "im-por-tance",
    "trans-mis-sion", "pro-vi-sion", "con-tain-ers", "gov-ern-ments", "pro-tect-ing",
    "reg-u-lat-ing", "safe-guard-ing", "col-lec-tion", "bi-o-met-ric", "lo-gis-tics", "plat-forms",
    "plat-form", "ter-mi-nal", "ac-cord-ing", "in-ac-cu-rate", "con-cern-ing", "sched-ules",
    "man-i-fests", "en-cryp-tion", "as-sess-ment", "ac-tiv-i-ties", "man-age-ment", "ship-pers",
    "ob-struct", "re-cords", "li-a-bil-i-ty", "stor-age", "gen-er-at-ed", "un-load-ing", "ves-sels",
    "iden-ti-fi-ca-tion", "in-ter-ests", "trans-port", "for-mu-lat-ed", "ad-min-is-tra-tive",
    "re-quired", "nec-es-sary", "or-gan-ise", "op-er-a-tors", "op-er-a-tor", "im-por-tant",
    "con-sult-ing", "cor-rec-tion", "es-tab-lish", "ev-ery", "con-duct", "em-ploy-ees",
    "cov-er-ing", "train-ing", "ac-cord-ance"
]}


def hyphen_split(word: str, room: float) -> tuple[str, str] | None:
    """Break a word at the last break point where "head-" fits ``room``; None if it has none."""
    m = re.fullmatch(r"([a-z]+)([,.;:]?)", word)
    if not m or m.group(1) not in BREAKS:
        return None
    parts = BREAKS[m.group(1)].split("-")
    best = None
    for k in range(1, len(parts)):
        head = "".join(parts[:k])
        if stringWidth(head + "-", FONT, SIZE) <= room:
            best = head
    return (best + "-", word[len(best):]) if best else None


def lines_of(text: str, number: int | None) -> list[tuple[list[str], int]]:
    """Wrap one paragraph: a list of (words, bold word count); the first line is indented."""
    words = ([f"Article {number}".split()[0], str(number)] if number else []) + text.split()
    bold = 2 if number else 0
    out: list[tuple[list[str], int]] = []
    line: list[str] = []
    avail = RIGHT - LEFT - INDENT
    while words:
        word = words[0]
        trial = [*line, word]
        if width(trial, bold) <= avail:
            line = trial
            words.pop(0)
            continue
        room = avail - width(line, bold) - stringWidth(" ", FONT, SIZE)
        split = hyphen_split(word, room) if line else None
        if split:
            line.append(split[0])
            words[0] = split[1]
        out.append((line, bold))
        line, bold, avail = [], 0, RIGHT - LEFT
    out.append((line, bold))
    return out


def draw_line(c: canvas.Canvas, x: float, y: float, words: list[str], bold: int, justify: bool) -> None:
    """One line as a text object with real space characters; justified lines by word spacing (Tw)."""
    natural = width(words, bold)
    extra = (RIGHT - x - natural) / (len(words) - 1) if justify and len(words) > 1 else 0.0
    t = c.beginText(x, y)
    t.setWordSpace(extra)
    for i, word in enumerate(words):
        t.setFont(BOLD if i < bold else FONT, SIZE)
        sep = " " if i < len(words) - 1 else ""
        if "^1" in word:
            t.textOut(word.replace("^1", ""))
            t.setFont(FONT, 7)
            t.setRise(4.5)
            t.textOut("1")
            t.setRise(0)
            t.setFont(FONT, SIZE)
            t.textOut(sep)
        else:
            t.textOut(word + sep)
    c.drawText(t)


def page_furniture(c: canvas.Canvas, page: int) -> None:
    c.setFont(FONT, 9)
    c.drawCentredString(A4[0] / 2, A4[1] - 56, HEADER)
    c.line(LEFT, A4[1] - 62, RIGHT, A4[1] - 62)
    c.setFont(FONT, 10)
    c.drawCentredString(A4[0] / 2, 48, str(page))


def main() -> None:
    c = canvas.Canvas(str(OUT), pagesize=A4, invariant=1)
    c.setTitle(TITLE)
    c.setAuthor("Ministry of Transport")
    page = 1
    page_furniture(c, page)
    y = TOP
    c.setFont(BOLD, 15)
    c.drawCentredString(A4[0] / 2, y, TITLE)
    y -= 22
    c.setFont(FONT, 10)
    c.drawCentredString(A4[0] / 2, y, ORDER)
    y -= 30
    # page 1 ends two lines into Article 6 (mid-sentence) and carries the footnote
    first_page_lines = None
    for kind, *rest in BODY:
        if kind == "chapter":
            if y < BOTTOM + 2 * LEAD:
                c.showPage()
                page += 1
                page_furniture(c, page)
                y = TOP
            y -= 6
            c.setFont(BOLD, SIZE + 1)
            c.drawCentredString(A4[0] / 2, y, rest[0])
            y -= LEAD + 6
            continue
        number, text = rest
        wrapped = lines_of(text, number)
        for i, (words, bold) in enumerate(wrapped):
            if number == 6 and i == 2 and page == 1:
                first_page_lines = True
                c.setLineWidth(0.5)
                c.line(LEFT, 86, LEFT + 120, 86)
                c.setFont(FONT, 8)
                c.drawString(LEFT, 74, FOOTNOTE)
                c.showPage()
                page += 1
                page_furniture(c, page)
                y = TOP
            elif y < BOTTOM:
                c.showPage()
                page += 1
                page_furniture(c, page)
                y = TOP
            x = LEFT + (INDENT if i == 0 else 0)
            draw_line(c, x, y, words, bold, justify=i < len(wrapped) - 1)
            y -= LEAD
    assert first_page_lines, "Article 6 did not start on page 1: change the layout constants"
    c.showPage()
    c.save()


if __name__ == "__main__":
    main()
