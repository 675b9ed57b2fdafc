"""Article headings set in a font of their own whose name does not say bold (session 9): a PDF that prints "Article N"
in, say, a sans-serif face beside a serif body, or in a typewriter face, marks its headings as a bold one does. The
font is the text's heading font when it is not the body's, holds at most a quarter of the characters, opens at least
two article lines and is used only for headings (``importers.pdf.heading_font``). Then, as with bold headings, a line in
the body's type that opens with "Article N" inside a paragraph is a wrapped reference, not a heading. PDFs written
here by reportlab in two layouts (Times body with Helvetica headings on A4; Helvetica body with Courier headings on US
Letter); the text is invented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from regkb.corpus import read_source
from regkb.importers import read_files
from regkb.importers.store import add_to_corpus
from regkb.parse import parse_file

# "**" marks the run in the heading font that opens a line; ">" an indented first line. Article 3's number is the next
# in sequence where the reference to it wraps onto a line of its own, after a sentence that ends at the line's end.
KILNS = [
    "> **Article 1** These Rules apply to the brick kilns of the townships of this County.",
    "> **Article 2** A kiln operator shall measure the smoke of each kiln once a week and keep the results",
    "for two years, and the township office shall check the results of the kilns in the township every quarter.",
    "Article 3 of these Rules applies to kilns that a village collective operates as well.",
    "> **Article 3** A kiln operator shall not burn coal of a sulphur content above one per cent.",
    "> **Article 4** These Rules take effect on 1 March 2031.",
]


def make(path: Path, page: tuple[float, float], body: str, heading: str, size: float, lines: list[str]) -> Path:
    c = canvas.Canvas(str(path), pagesize=page, invariant=1)
    y = page[1] - 90
    for line in lines:
        x = 60 + (20 if line.startswith("> ") else 0)
        line = line.removeprefix("> ")
        m = re.match(r"\*\*(.+?)\*\* (.*)", line)
        t = c.beginText(x, y)
        if m:
            t.setFont(heading, size)
            t.textOut(m.group(1) + " ")
            line = m.group(2)
        t.setFont(body, size)
        t.textOut(line)
        c.drawText(t)
        y -= size * 1.4
    c.showPage()
    c.save()
    return path


LAYOUTS = [(A4, "Times-Roman", "Helvetica", 10.5), ((612.0, 792.0), "Helvetica", "Courier", 9.0)]


@pytest.mark.parametrize(("page", "body", "heading", "size"), LAYOUTS, ids=["times-helvetica", "helvetica-courier"])
def test_headings_in_a_font_of_their_own_read_as_bold_ones(tmp_path: Path, page: tuple[float, float], body: str,
                                                           heading: str, size: float) -> None:
    pdf = make(tmp_path / "kilns.pdf", page, body, heading, size, KILNS)
    done = read_files([pdf])
    assert any(f"font of their own ({heading})" in n for n in done.notes)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    added = add_to_corpus(done, corpus, "kilns", {})
    assert added.document is not None
    p = parse_file(read_source(added.document, corpus))
    assert [a.number for a in p.articles] == [1, 2, 3, 4]
    arts = {a.number: " ".join(a.text.split()) for a in p.articles}
    assert "every quarter. Article 3 of these Rules applies to kilns" in arts[2]
    assert arts[3].startswith("A kiln operator shall not burn coal")


def test_a_font_that_opens_other_lines_too_is_no_heading_font(tmp_path: Path) -> None:
    """The same headings in a second font that also opens lines of the text (terms set in it at a line's start): it is
    not used only for headings, so it is no heading font; nothing is joined, the parser's reading decides, as before."""
    lines = [*KILNS[:3], "> **Kiln** operators in mountain villages report to the township office by post.",
             "> **Smoke** readings are taken at the top of the chimney.", *KILNS[3:],
             "> **Village** collectives may ask the county for a measuring device."]
    pdf = make(tmp_path / "terms.pdf", A4, "Times-Roman", "Helvetica", 10.5, lines)
    done = read_files([pdf])
    assert not any("font of their own" in n for n in done.notes)
    assert not any("wrapped line(s)" in n for n in done.notes)
    assert "\nArticle 3 of these Rules" in done.text
