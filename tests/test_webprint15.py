"""A web page printed to PDF by a browser, second round (session 13, layout15). What such a print does that a typeset
PDF does not:

- the page's style sets a paragraph or an item in from the margin *as a whole* (margin-left): its wrapped lines stand
  at the same indent as its first. The importer took every indented line after a line that ends in a closing
  parenthesis, or every indented line at the top of a page, for a new paragraph (an indented first line). Now a line
  at the same indent as a line before it that ran to the margin goes on with it, unless a sentence ended there and
  the line opens in a capital (a paragraph of one full line followed by the next keeps its break);
- the site's own footer (a box of related links, the copyright line) follows the law, printed in type smaller than
  the law's: left out and listed, where the browser's print header or footer shows the PDF is a printed web page;
- the page's title stands below the site's banner and menu: the title is the line the file's own title names (a
  browser makes the PDF's Title of the page's <title>), not the first line with a title word ("Government Rules").

Fixtures: tests/webprint_gen.py (three browsers' conventions, two translators' wordings), here with the paragraphs
after an article's first and its items indented, and a site footer."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from regkb.corpus import SourceFile
from regkb.importers import read_files
from regkb.parse.structure import parse_structure

from . import webprint_gen as gen

ITEMS = {"parks": [[0], [0, 0], [3], [0], [0, 0], [0], [0]], "ferries": [[0], [0], [3], [0, 0], [0], [0]]}
FOOTER = ("Related links", "Consumer Protection Law (English)    Provincial Transport Department",
          "Copyright © Example City People's Government | ICP No. 000001-1 | Site map")


def _read(path: Path) -> tuple[str, list[list[int]], list[str], str]:
    imp = read_files([path])
    st = parse_structure(SourceFile("x.md", imp.text, "0" * 64, {}, 0), "doc")
    return (imp.text, [[len(p.items) for p in a.paragraphs] for a in st.articles],
            [f.text for f in imp.furniture], str(imp.meta.get("title", "")))


@pytest.mark.parametrize("browser", sorted(gen.BROWSERS))
@pytest.mark.parametrize("law", sorted(ITEMS))
@pytest.mark.parametrize("lines", [None, 8, 11, 14], ids=["one-page", "8", "11", "14"])
def test_paragraphs_indented_as_a_whole_keep_their_lines_across_pages(tmp_path: Path, browser: str, law: str,
                                                                      lines: int | None) -> None:
    text, items, left_out, title = _read(gen.write(tmp_path / "p.pdf", browser, law, 11.0, lines, indent=24.0,
                                                   footer=FOOTER))
    assert items == ITEMS[law]
    for ln in FOOTER:  # the site's footer: not the last article's text, listed
        assert " ".join(ln.split()) not in " ".join(text.split())
        assert any(" ".join(ln.split())[:30] in " ".join(f.split()) for f in left_out)
    assert title == gen.BROWSERS[browser].title.split(" - ")[0].split(" | ")[0]


# a third wording, each article of several paragraphs (set in from the margin after the first): a text that reads as
# one that indents its paragraphs' first lines, where an indented line after a sentence's end opens a paragraph
KENNELS = [
    "Article 1 These Rules are made to keep the boarding kennels of the County clean and safe for the dogs in their "
    "care and for the people who live next to them.",
    "They apply to every kennel in the County that boards dogs for a fee, whether for a night or for a season, and "
    "to the county office that registers them.",
    "Article 2 A kennel keeper shall register the kennel with the county office before taking in the first dog, "
    "and shall give the office the number of runs and the name of the attendant in charge.",
    "The county office shall enter the kennel in its register within ten days and shall send the keeper a "
    "certificate of registration by post.",
    "The register shall be open to the public on working days at the county office and on its website.",
    "Article 3 A kennel keeper shall walk every dog twice a day, feed it at regular hours and keep its run dry and "
    "clean.",
    "",  # the paragraph whose first line ends in a closing parenthesis (filled in by _closing_paren_law)
    "Dogs that fight shall be kept apart, and a dog that bites a person shall be kept in its run until its owner "
    "collects it.",
    "Article 4 These Rules take effect on 1 June 2027, and the county office shall publish them on its website "
    "before that day.",
    "Kennels that board dogs on that day shall be registered within three months after it.",
]


def _closing_paren_law() -> list[str]:
    """KENNELS with a paragraph whose first line ends in a closing parenthesis, the sentence going on in the next line
    (the filler makes the parenthesis end the line at the generator's width)."""
    width = gen.LETTER[0] - 2 * 40 - 24
    for k in range(1, 40):
        words = " ".join(["yard"] * k)
        para = (f"A keeper whose kennel (whether it has a run of its own or shares a {words}) boards more than ten "
                "dogs must employ a second attendant for the hours of daylight.")
        if gen._wrap(para, "Helvetica", 11.0, width)[0].endswith(")"):
            break
    else:  # pragma: no cover - the filler always finds one
        raise AssertionError("no line ends in the parenthesis")
    return [p or para for p in KENNELS]


@pytest.mark.parametrize("lines", [None, 14])
def test_a_line_that_ends_in_a_parenthesis_in_mid_sentence_goes_on(tmp_path: Path, lines: int | None) -> None:
    _, items, _, _ = _read(gen.write(tmp_path / "p.pdf", "firefox", _closing_paren_law(), 11.0, lines, indent=24.0))
    assert items == [[0, 0], [0, 0, 0], [0, 0, 0], [0, 0]]


@pytest.mark.parametrize("lines", [6, 7, 8, 9])
def test_an_indented_paragraph_broken_by_a_page_in_mid_sentence_goes_on(tmp_path: Path, lines: int) -> None:
    _, items, _, _ = _read(gen.write(tmp_path / "p.pdf", "chrome", _closing_paren_law(), 11.0, lines, indent=24.0))
    assert items == [[0, 0], [0, 0, 0], [0, 0, 0], [0, 0]]


def test_indented_paragraphs_of_one_full_line_keep_their_breaks(tmp_path: Path) -> None:
    # each later paragraph of Article 2 is one sentence that ends its line: the next, also indented, is a new one
    law = ["Article 1 These Rules apply to the ferries of the Province.",
           "Article 2 An operator must keep its ferry clean.",
           "Passengers must keep to the decks.", "Crews must wear their badges.",
           "Article 3 These Rules take effect on 1 May 2027."]
    _, items, _, _ = _read(gen.write(tmp_path / "p.pdf", "safari", law, 11.0, None, indent=24.0))
    assert items == [[0], [0, 0, 0], [0]]


def test_small_closing_lines_of_a_typeset_pdf_are_kept(tmp_path: Path) -> None:
    # no browser's header or footer: a document, whose closing line in small type is its own (an issuing note)
    path = tmp_path / "p.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    y = A4[1] - 80
    for line, size in [("Rules for Ferry Landings", 15), ("Article 1 These Rules apply to ferry landings.", 11),
                       ("Article 2 A landing keeper shall light the landing at night.", 11),
                       ("Article 3 These Rules take effect on 1 May 2027.", 11),
                       ("Issued by the Provincial Transport Department on 1 April 2027", 8)]:
        c.setFont("Helvetica", size)
        c.drawString(60, y, line)
        y -= 2 * size
    c.showPage()
    c.save()
    text, _, _, _ = _read(path)
    assert "Issued by the Provincial Transport Department" in text
