"""A deterministic generator of web pages printed to PDF by a browser (reportlab): the browser's header and footer
lines in small type at the page's edges (date and time, the page's title, its address, the page count), the site's
own header, breadcrumb and "Print | Share" links on the first page, and the law wrapped at the page's width in
ragged lines, a paragraph sometimes broken across a page break.

Three browsers' conventions, as they print by default:
- "chrome": header date/time at the left, title in the middle; footer address at the left, "N/M" at the right
- "firefox": header title at the left, address at the right; footer "Page N of M" at the left, date/time at the right
- "safari": header title at the left, date/time at the right; footer address at the left, "N/M" at the right
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas


@dataclass(frozen=True)
class Browser:
    name: str
    page: tuple[float, float]
    when: str  # the print date and time as the browser writes it
    url: str
    title: str


BROWSERS = {
    "chrome": Browser("chrome", A4, "12/1/26, 4:46 PM", "https://www.example-city.gov.cn/zwgk/fg/202611/t20261120_8812.html",
                      "Regulations on the Management of City Parks - Example City People's Government"),
    "firefox": Browser("firefox", LETTER, "01/12/2026 16:46", "https://law.example.org/rules/ferry-safety?id=77",
                       "Measures for Ferry Safety | Provincial Transport Department"),
    "safari": Browser("safari", A4, "2026-12-01 16:46", "https://example.gov/en/policies/library-rules.html",
                      "Rules for Public Libraries"),
}

# two translators' wordings of a short law; each item is a paragraph of the web page
PARKS = [
    "Chapter I General Provisions",
    "Article 1 These Regulations are formulated in order to strengthen the management of the parks of this City, "
    "to protect their trees, lawns and waters, and to give the public a clean and safe place to rest.",
    "Article 2 These Regulations apply to the planning, building, protection and management of the parks within "
    "the administrative area of this City. The parks of a county shall be managed by the county on the same terms.",
    "The municipal department in charge of landscaping shall be responsible for the parks of the City, and the "
    "district departments shall manage the parks of their districts under its guidance and supervision.",
    "Article 3 A park manager shall perform the following duties:",
    "(1) keep the paths, benches, lamps and toilets of the park clean and in good repair at all times;",
    "(2) post the opening hours and the rules of the park at each of its gates;",
    "(3) keep a record of the accidents in the park and report them to the department every quarter.",
    "Chapter II Protection",
    "Article 4 No one shall cut, break or climb the trees of a park, dig its lawns, or catch the fish and birds of "
    "its waters. Visitors shall keep their dogs on a lead and clean up after them. A park manager may ask a "
    "visitor who breaks this Article to leave the park, and shall report a serious breach to the department.",
    "Article 5 Vendors shall not sell goods in a park without the permission of the park manager. The manager "
    "shall publish the places and hours in which vendors may sell, and shall not grant a permit for a place where "
    "selling would block a path or a gate of the park.",
    "A vendor who sells without a permit shall be ordered to stop and may be fined not more than 200 yuan.",
    "Article 6 The department shall inspect the parks of the City at least twice a year and publish the results "
    "of its inspections on its website within thirty days after each inspection.",
    "Chapter III Supplementary Provisions",
    "Article 7 These Regulations shall come into force on 1 January 2027.",
]

FERRIES = [
    "Chapter 1 General Rules",
    "Article 1 These Measures are made to ensure the safety of passenger ferries on the rivers and lakes of the "
    "Province and to protect the lives and property of passengers.",
    "Article 2 These Measures apply to ferries carrying passengers or vehicles within the Province. Ferries that "
    "cross the border of the Province are also subject to the rules of the State.",
    "Article 3 A ferry operator must comply with the following:",
    "1. carry life jackets for every passenger on board and show passengers where they are kept;",
    "2. not carry more passengers than the number shown on the ferry's certificate;",
    "3. suspend its service when the wind or the water makes the crossing unsafe.",
    "Chapter 2 Supervision",
    "Article 4 The transport department of each county must inspect the ferries of its county before each flood "
    "season. Where an inspection finds a ferry unsafe, the department must order the operator to stop the ferry "
    "until it has been repaired, and must publish the order at the landing stage of the ferry.",
    "Passengers may report an unsafe ferry to the department, which must answer within seven days.",
    "Article 5 An operator who carries more passengers than allowed is to be fined between 500 and 2,000 yuan. "
    "Where the breach causes an accident, the operator's licence is to be revoked.",
    "Article 6 These Measures take effect on 1 March 2027.",
]

SITE_TOP = ["Example City People's Government", "Home > Policies > Laws and Regulations", "Print | Share | Close"]


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    out: list[str] = []
    cur = ""
    for word in text.split():
        test = f"{cur} {word}".strip()
        if stringWidth(test, font, size) <= width or not cur:
            cur = test
        else:
            out.append(cur)
            cur = word
    if cur:
        out.append(cur)
    return out


def _furniture(c: canvas.Canvas, b: Browser, n: int, total: int) -> None:
    w, h = b.page
    c.setFont("Helvetica", 8)
    top, foot = h - 16, 12
    if b.name == "chrome":
        c.drawString(20, top, b.when)
        c.drawCentredString(w / 2, top, b.title)
        c.drawString(20, foot, b.url)
        c.drawRightString(w - 20, foot, f"{n}/{total}")
    elif b.name == "firefox":
        c.drawString(20, top, b.title)
        c.drawRightString(w - 20, top, b.url)
        c.drawString(20, foot, f"Page {n} of {total}")
        c.drawRightString(w - 20, foot, b.when)
    else:
        c.drawString(20, top, b.title)
        c.drawRightString(w - 20, top, b.when)
        c.drawString(20, foot, b.url)
        c.drawRightString(w - 20, foot, f"{n}/{total}")


def _layout(b: Browser, paragraphs: list[str], size: float, lines_per_page: int | None, indent: float = 0.0,
            footer: tuple[str, ...] = ()) -> list[list[tuple[str, str, float, float, float]]]:
    """The pages: each a list of (text, font, size, gap before, indent). ``indent``: the paragraphs after an article's
    first and its items set in from the margin as a whole (a style sheet's margin-left), every line of them;
    ``footer``: the site's own lines after the law, in small type (related links, copyright)."""
    w, h = b.page
    width = w - 2 * 40
    items: list[tuple[str, str, float, float, float]] = []
    for s in SITE_TOP:
        items.append((s, "Helvetica", 9.0, 6.0, 0.0))
    items.append((b.title.split(" - ")[0].split(" | ")[0], "Helvetica-Bold", 15.0, 14.0, 0.0))
    for p in paragraphs:
        head = p.startswith("Chapter")
        font = "Helvetica-Bold" if head else "Helvetica"
        x = 0.0 if head or p.startswith("Article") else indent
        for k, ln in enumerate(_wrap(p, font, size, width - x)):
            items.append((ln, font, size, (size * 0.9 if k == 0 else 0.0), x))
    for k, ln in enumerate(footer):
        items.append((ln, "Helvetica", 8.0, 16.0 if k == 0 else 2.0, 0.0))
    pages: list[list[tuple[str, str, float, float, float]]] = [[]]
    room = (h - 2 * 36) if lines_per_page is None else lines_per_page * size * 1.45
    used = 0.0
    for it in items:
        need = it[3] + it[2] * 1.45
        if used + need > room and pages[-1]:
            pages.append([])
            used = 0.0
        pages[-1].append(it)
        used += need
    return pages


def write(path: Path, browser: str, law: str | list[str] = "parks", size: float = 11.0,
          lines_per_page: int | None = 14, indent: float = 0.0, footer: tuple[str, ...] = ()) -> Path:
    """A web page of ``law`` (a name, or the paragraphs) printed by ``browser``; ``lines_per_page`` makes the page short
    (several page breaks); ``indent`` and ``footer``: see :func:`_layout`."""
    b = BROWSERS[browser]
    paragraphs = law if isinstance(law, list) else PARKS if law == "parks" else FERRIES
    pages = _layout(b, paragraphs, size, lines_per_page, indent, footer)
    h = b.page[1]
    c = canvas.Canvas(str(path), pagesize=b.page, invariant=1)
    c.setTitle(b.title)
    for n, page in enumerate(pages, 1):
        _furniture(c, b, n, len(pages))
        y = h - 36
        for text, font, sz, gap, x in page:
            y -= gap + sz * 1.45
            c.setFont(font, sz)
            c.drawString(40 + x, y, text)
        c.showPage()
    c.save()
    return path


if __name__ == "__main__":  # pragma: no cover
    import sys

    out = Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    for name in BROWSERS:
        for law in ("parks", "ferries"):
            write(out / f"{name}-{law}.pdf", name, law)
