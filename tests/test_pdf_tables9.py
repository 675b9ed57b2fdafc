"""Ruled tables in a PDF (session 9): a table drawn with ruled cells is read cell by cell, row by row, and written as a
Markdown pipe table (a cell's lines joined), so that its rows are the items of the lead-in before it, as in a Word file
or a web page. Read as text, its columns came out one after the other (every "Party" cell, then every duty) and the
rows were lost. PDFs written here by reportlab (invariant mode) in two layouts: a portrait page whose table of three
columns follows its lead-in, and a table of two columns on a landscape page of its own between portrait pages. The
text is invented."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pdfplumber
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from regkb.corpus import read_source
from regkb.importers import read_files
from regkb.importers.store import add_to_corpus
from regkb.parse import ParsedDocument, parse_file


def _wrap(text: str, font: str, size: float, width: float) -> list[str]:
    out: list[str] = []
    cur = ""
    for w in text.split():
        if cur and stringWidth(f"{cur} {w}", font, size) > width:
            out.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    return [*out, cur]


class Writer:
    def __init__(self, path: Path, font: str, size: float) -> None:
        self.c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
        self.font, self.size = font, size
        self.w, self.h = A4
        self.y = self.h - 72

    def text(self, text: str, gap: float = 0.6) -> None:
        for line in _wrap(text, self.font, self.size, self.w - 144):
            self.c.setFont(self.font, self.size)
            self.c.drawString(72, self.y, line)
            self.y -= self.size * 1.3
        self.y -= self.size * gap

    def table(self, rows: list[list[str]], widths: list[float]) -> None:
        """Ruled cells, each cell's text wrapped inside it; every cell of a row as high as the row's tallest."""
        size = self.size - 1
        x0 = 72.0
        for row in rows:
            wrapped = [_wrap(cell, self.font, size, w - 8) for cell, w in zip(row, widths, strict=True)]
            height = max(len(c) for c in wrapped) * size * 1.3 + 6
            x = x0
            for cell, w in zip(wrapped, widths, strict=True):
                self.c.rect(x, self.y - height, w, height, stroke=1, fill=0)
                ty = self.y - size - 3
                for line in cell:
                    self.c.setFont(self.font, size)
                    self.c.drawString(x + 4, ty, line)
                    ty -= size * 1.3
                x += w
            self.y -= height
        self.y -= self.size

    def page(self, size: tuple[float, float] = A4) -> None:
        self.c.showPage()
        self.c.setPageSize(size)
        self.w, self.h = size
        self.y = self.h - 72

    def save(self) -> None:
        self.c.save()


PORTRAIT_ROWS = [["Item", "Task", "Deadline"],
                 ["1", "Check the seals of every grain silo and record any broken seal in the silo log", "weekly"],
                 ["2", "Measure the moisture of stored grain", "each month, and after heavy rain"],
                 ["3", "Report losses above two per cent to the county grain bureau", "within five days"]]

LANDSCAPE_ROWS = [["Body", "Duties"],
                  ["Harbour operators", "Keep the berth records of every vessel for three years and show them to "
                                        "inspectors on request; are not to lend the records to shipping agents."],
                  ["Pilot stations", "Log the name and licence of the pilot of each vessel they guide."],
                  ["The municipal port authority", "Inspect the berth records of each harbour operator at least "
                                                   "once a year."],
                  ["Customs offices at the port", "Tell the port authority of any vessel that left without "
                                                  "clearance within one working day."]]


def portrait_pdf(path: Path) -> None:
    w = Writer(path, "Helvetica", 10)
    w.text("Measures of Baishui County on Grain Silo Records", 1.5)
    w.text("Article 1 These Measures apply to grain silos operated by enterprises within Baishui County.")
    w.text("Article 2 Silo operators shall perform the following tasks:")
    w.table(PORTRAIT_ROWS, [40, 280, 130])
    w.text("Article 3 The county grain bureau may inspect the silo logs at any time.")
    w.text("Article 4 These Measures take effect on 1 September 2030.")
    w.save()


def landscape_pdf(path: Path) -> None:
    w = Writer(path, "Times-Roman", 11)
    w.text("Rules of Donggang City on Harbour Berth Records", 1.5)
    w.text("Article 1 These Rules apply to the berths of the port of Donggang City.")
    w.text("Article 2 Harbour operators, pilot stations, the municipal port authority and customs offices at the port "
           "have the duties set out in the table below:")
    w.page(landscape(A4))
    w.table(LANDSCAPE_ROWS, [200, 480])
    w.page()
    w.text("Article 3 No harbour operator may alter a berth record after the vessel has left.")
    w.text("Article 4 These Rules take effect on 1 November 2030.")
    w.save()


def imported(tmp: Path, pdf: Path) -> tuple[ParsedDocument, str, list[str]]:
    corpus = tmp / "corpus"
    corpus.mkdir(parents=True, exist_ok=True)
    done = read_files([pdf])
    added = add_to_corpus(done, corpus, pdf.stem, {})
    assert added.document is not None
    src = read_source(added.document, corpus)
    return parse_file(src), src.text, list(done.notes)


def _chars(s: str) -> Counter[str]:
    return Counter(ch for ch in s if not ch.isspace() and ch not in "-|")


def test_a_ruled_table_gives_the_lead_in_its_rows_as_items(tmp_path: Path) -> None:
    for make, rows in [(portrait_pdf, PORTRAIT_ROWS), (landscape_pdf, LANDSCAPE_ROWS)]:
        pdf = tmp_path / f"{make.__name__}.pdf"
        make(pdf)
        doc, text, notes = imported(tmp_path / make.__name__, pdf)
        arts = {a.number: a for a in doc.articles}
        assert sorted(arts) == [1, 2, 3, 4], make.__name__
        assert [len(p.items) for p in arts[2].paragraphs] == [len(rows) - 1], make.__name__
        # each row one item, each cell whole (its wrapped lines read together), in its row
        assert [list(it.cells) for it in arts[2].paragraphs[0].items] == rows[1:], make.__name__
        for n in (1, 3, 4):  # the articles around the table keep their text, no cell in them
            assert len(arts[n].paragraphs) == 1 and not any(r[-1] in arts[n].text for r in rows)
        assert any("ruled table" in n for n in notes)
        # nothing printed is lost: every character is in the reading text (the pipes and dashes are the table's marks)
        with pdfplumber.open(pdf) as d:
            printed = "".join(w["text"] for page in d.pages for w in page.extract_words())
        kept = re.sub(r"<!-- page \d+ -->", "", text.split("\n---\n", 1)[-1])
        assert _chars(printed) == _chars(kept), make.__name__


def test_a_box_or_a_rule_is_no_table(tmp_path: Path) -> None:
    """A paragraph in a box (one cell) and a rule above a footnote are read as text, as before."""
    pdf = tmp_path / "boxed.pdf"
    w = Writer(pdf, "Helvetica", 10)
    w.text("Rules of Xiling Town on Well Water", 1.5)
    w.text("Article 1 These Rules apply to the public wells of Xiling Town.")
    w.table([["Article 2 Well keepers shall test the water of each well every month."]], [450])
    w.c.line(72, 200, 300, 200)
    w.text("Article 3 These Rules take effect on 1 June 2030.")
    w.save()
    doc, text, notes = imported(tmp_path, pdf)
    assert [a.number for a in doc.articles] == [1, 2, 3]
    assert "|" not in text and not any("ruled table" in n for n in notes)


def test_the_law_set_in_a_ruled_table_is_read_as_its_articles(tmp_path: Path) -> None:
    """A table whose rows open with article headings is the law's layout, not a data table: its text is read as
    before, each article under its heading."""
    pdf = tmp_path / "law-table.pdf"
    w = Writer(pdf, "Helvetica", 10)
    w.text("Rules of Xiling Town on Well Water", 1.5)
    w.table([["Article 1", "These Rules apply to the public wells of Xiling Town."],
             ["Article 2", "Well keepers shall test the water of each well every month."],
             ["Article 3", "These Rules take effect on 1 June 2030."]], [80, 370])
    w.save()
    doc, text, notes = imported(tmp_path, pdf)
    assert [a.number for a in doc.articles] == [1, 2, 3]
    assert "|" not in text and not any("ruled table" in n for n in notes)
