"""A web page printed to PDF by a browser (session 12, webprint14): the browser's header and footer lines (date and
time, the page's title, its address, the page count) are page furniture, listed and left out, on a page printed
alone as on many; paragraphs set apart by space are told by the line spacing of wrapped lines; a paragraph broken by
a page break at a sentence's end is read on when its last line had no room left. Fixtures: tests/webprint_gen.py
(three browsers' conventions, two translators' wordings)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from regkb.corpus import SourceFile
from regkb.importers import read_files
from regkb.importers.pdf import _BROWSER_EDGE
from regkb.parse.structure import parse_structure

from . import webprint_gen as gen

PARAGRAPHS = {"parks": [1, 2, 1, 1, 2, 1, 1], "ferries": [1, 1, 1, 2, 1, 1]}


def _articles(path: Path) -> tuple[str, list[int], list[str], list[str]]:
    imp = read_files([path])
    st = parse_structure(SourceFile("x.md", imp.text, "0" * 64, {}, 0), "doc")
    return imp.text, [len(a.paragraphs) for a in st.articles], [f.reason for f in imp.furniture], imp.notes


@pytest.mark.parametrize("browser", sorted(gen.BROWSERS))
@pytest.mark.parametrize("law", sorted(PARAGRAPHS))
@pytest.mark.parametrize("lines", [None, 9, 14], ids=["one-page", "short-pages", "pages"])
def test_a_browsers_header_and_footer_are_furniture_and_the_paragraphs_kept(tmp_path: Path, browser: str, law: str,
                                                                            lines: int | None) -> None:
    b = gen.BROWSERS[browser]
    text, paragraphs, reasons, _ = _articles(gen.write(tmp_path / "p.pdf", browser, law, 11.0, lines))
    assert paragraphs == PARAGRAPHS[law]
    pages = len(re.findall(r"<!-- page \d+ -->", text))
    assert len(reasons) == 2 * pages  # a header and a footer on every page, the first page's too
    for printed in (b.url, b.when, f"1/{pages}", f"Page 1 of {pages}"):
        assert printed not in text
    assert text.count(b.title) <= 1  # the page's own heading may say its title once
    assert "Print | Share | Close" in text  # the site's own links are the page's text: not the browser's


@pytest.mark.parametrize("browser", sorted(gen.BROWSERS))
def test_a_paragraph_broken_by_a_page_at_a_sentences_end_is_read_on(tmp_path: Path, browser: str) -> None:
    # at 10 pt, seven lines a page, Article 4's first page ends on a full line that ends a sentence
    _, paragraphs, _, notes = _articles(gen.write(tmp_path / "p.pdf", browser, "parks", 10.0, 7))
    assert paragraphs == PARAGRAPHS["parks"]
    assert any("across a page break" in n and "Visitors shall keep" in n for n in notes)


def _plain(path: Path, pages: list[list[tuple[str, float]]]) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    for page in pages:
        y = A4[1] - 40
        for line, size in page:
            c.setFont("Helvetica", size)
            c.drawString(60, y, line)
            y -= size * 1.6
        c.showPage()
    c.save()
    return path


def test_law_that_looks_like_a_browsers_line_is_kept(tmp_path: Path) -> None:
    # a line of the text's own size at the page's top that opens with a fraction or an address, and a line of law
    # repeated on two pages in the body: law, however it reads
    law = [("Article 1 A meeting of the board needs two thirds of its members.", 11.0),
           ("Article 2 The board decides by a majority of the members present.", 11.0)]
    filler = [(f"Article {n} This Article is set in the body of the page.", 11.0) for n in (7, 8, 9)]
    filler = [("", 11.0)] * 4 + filler  # below the margin band
    pages = [[("2/3 of the members of the board make its quorum for every meeting.", 11.0), *filler, *law],
             [("https://www.example.gov/forms is where the board publishes its forms.", 11.0), *filler, *law]]
    imp = read_files([_plain(tmp_path / "p.pdf", pages)])
    assert "2/3 of the members" in imp.text and "https://www.example.gov/forms is where" in imp.text
    assert imp.text.count("Article 2 The board decides") == 2
    assert not imp.furniture
    assert imp.text.count("Article 8 This Article") == 2  # repeated at the same place on both pages, in the body


@pytest.mark.parametrize(("line", "furniture"), [
    ("12/1/26, 4:46 PM Regulations on Parks", True),
    ("Rules for Libraries 2026-12-01 16:46", True),
    ("Page 2 of 5 01/12/2026 16:46", True),
    ("https://law.example.org/rules?id=7 2/5", True),
    ("Measures for Ferries www.example.gov.cn/law/7.html", True),
    ("3/7", True),
    ("Regulations on Parks 1 December 2026 at 16:46", True),
    ("Dec 1, 2026, 4:46 PM Rules for Libraries", True),
    ("Article 9 takes effect on 1 December 2026", False),  # a date without the time of printing
    ("Regulations on Parks", False),  # a title alone: furniture only as the PDF's Title, or repeated
    ("the rate is 2/3 of the fee", False),
    ("Article 2 of 5 chapters", False),
    ("see Article 12 on 1/2 of the site", False),
    # a gazette's issue and year close its running header: a number of a year is no count of pages
    ("Donglin Municipal Gazette Issue 11 of 2029", False),
    ("City Bulletin No. 7/2030", False),
    ("Harbour Gazette 3 of 2031", False),
])
def test_the_forms_of_a_browsers_line(line: str, furniture: bool) -> None:
    assert bool(_BROWSER_EDGE.search(line)) is furniture
