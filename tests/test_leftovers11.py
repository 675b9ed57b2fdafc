"""Session 11's parser leftovers: inline circled items run together without punctuation, and the import's count of
text not read for web pages and PDFs.

Each case is written in two wordings (two translators' habits) and, for the parser, in three layouts.
"""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4, landscape

from regkb import KnowledgeBase
from regkb.corpus import read_source
from regkb.importers import read_files
from regkb.importers.store import add_to_corpus
from regkb.parse import parse_file

from .conftest import FIXTURES
from .test_layout_properties import assert_nothing_lost
from .test_paragraphs_items import layouts

# --- inline circled items -------------------------------------------------------------------------------------------

# (article body, item labels, item texts): items marked by ①②③ inline after a colon, with or without punctuation
CIRCLED_INLINE = [
    # review10's wording: no punctuation between the items, a reference before a mark
    ("Every installer shall do the following: ① comply with Article 1 ② keep a log of its work ③ report each fault.",
     ["comply with Article 1", "keep a log of its work", "report each fault."]),
    # another translator: no spaces around the marks, no punctuation, a comma inside an item
    ("The operator of a hall shall perform these duties:①keep a register of bookings, visitors and keys②inspect the "
     "fire exits each month③report accidents to the district office.",
     ["keep a register of bookings, visitors and keys", "inspect the fire exits each month",
      "report accidents to the district office."]),
    # punctuation between some items only
    ("The operator shall do as follows: ① keep a register of bookings; ② inspect the fire exits ③ report accidents.",
     ["keep a register of bookings;", "inspect the fire exits", "report accidents."]),
    # a mark in a sentence after the items cites a paragraph: no item (the sentence is text after the list)
    ("The operator shall do as follows: ① keep a register of bookings; ② inspect the fire exits. An operator in "
     "breach of Article 1 ③ shall be warned.", ["keep a register of bookings;", "inspect the fire exits."]),
    # the punctuated mark in sequence is preferred over one cited inside the item
    ("The operator shall: ① comply with Article 1 ②, and ② keep a log of its work.",
     ["comply with Article 1 ②, and", "keep a log of its work."]),
]


@pytest.mark.parametrize(("body", "texts"), CIRCLED_INLINE, ids=lambda v: v[:30] if isinstance(v, str) else "")
def test_inline_circled_items_split_at_every_mark(tmp_path: Path, body: str, texts: list[str]) -> None:
    for name, text in layouts([body]).items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        src = read_source(tmp_path / name, tmp_path)
        assert_nothing_lost(src)
        doc = parse_file(src)
        para = doc.articles[1].paragraphs[0]
        assert [i.label for i in para.items] == ["①", "②", "③"][: len(texts)], name
        assert [" ".join(i.text.split()) for i in para.items] == texts, name
        # the items' spans cover every character from the first mark to the end: only white space between them
        spans = [i.span for i in para.items]
        assert src.text[spans[0].start] == "①"
        for a, b in itertools.pairwise(spans):
            assert a.end <= b.start and not src.text[a.end:b.start].strip(), name
        # ... and the text after them is the next paragraph's (a sentence after the list) or the next article's
        after = [" ".join(p.text.split()) for p in doc.articles[1].paragraphs[1:]]
        assert " ".join(src.text[spans[-1].end:].split()).startswith(("Article 3", *after)), name
        assert after == ([body[body.index("An operator"):]] if "③ shall" in body else []), name


@pytest.mark.parametrize("body", [
    # parenthesised and dotted labels keep needing punctuation before the next label: a bare "(2)" or "2." inside a
    # clause may be a citation ("paragraph (2)"); such a list stays one item (a reported limitation)
    "The operator shall do the following: (1) keep the records under paragraph (2) of Article 1 (2) report.",
    "The operator shall do the following: 1. keep the records under item 2. of Article 1 2. report.",
])
def test_other_labels_still_need_punctuation_inline(tmp_path: Path, body: str) -> None:
    (tmp_path / "a.md").write_text(layouts([body])["blank-lines.md"], encoding="utf-8")
    doc = parse_file(read_source(tmp_path / "a.md", tmp_path))
    assert len(doc.articles[1].paragraphs[0].items) == 1


# --- text not read: web pages and PDFs -------------------------------------------------------------------------------

def _kb(tmp_path: Path, path: Path, doc_id: str) -> tuple[KnowledgeBase, list[str]]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    done = read_files([path])
    assert add_to_corpus(done, corpus, doc_id, {}).document is not None
    return KnowledgeBase.from_corpus(corpus), list(done.notes)


def _not_read(kb: KnowledgeBase) -> list[str]:
    return [d.message for d in kb.diagnostics if d.code == "text-not-read" and d.severity == "warning"]


def _articles(numbers: range, wording: str) -> list[str]:
    return [f"Article {n} {wording}" for n in numbers]


BOATS = "The owner of a boat at a town mooring shall keep its licence on board and show it to the harbour warden."
FERRY = "Operators of ferry crossings must record every crossing in the ferry log and retain the log for two years."


def _page(head: str, first: list[str], second: list[str], between: str, setting: str) -> str:
    if setting == "divs":  # two boxes of articles, an advertisement between them
        return (f"<html><head><title>{head}</title></head><body><h1>{head}</h1>"
                f"<div class='part'>{''.join(f'<p>{a}</p>' for a in first)}</div>"
                f"<div class='promo'><p>{between}</p></div>"
                f"<div class='part'>{''.join(f'<p>{a}</p>' for a in second)}</div></body></html>")
    # a layout table: the first articles in a cell beside a sidebar, the rest in the next row
    return (f"<html><head><title>{head}</title></head><body><table>"
            f"<tr><td><h2>{head}</h2>{''.join(f'<p>{a}</p>' for a in first)}</td><td><p>{between}</p></td></tr>"
            f"<tr><td>{''.join(f'<div>{a}</div>' for a in second)}</td><td></td></tr></table></body></html>")


@pytest.mark.parametrize(("setting", "head", "wording"), [
    ("divs", "Rules of Yanbei Town on Boat Moorings", BOATS),
    ("table", "Measures of Xitang County on Ferry Crossings", FERRY),
])
def test_a_web_page_whose_articles_stand_in_two_boxes_is_read_whole(
        tmp_path: Path, setting: str, head: str, wording: str) -> None:
    # the main content widens to the element that holds both boxes (the law goes on in a sibling that opens with an
    # article heading), so nothing is left out and nothing is reported as not read
    first, second = _articles(range(1, 7), wording), _articles(range(7, 10), wording)
    path = tmp_path / "page.html"
    path.write_text(_page(head, first, second, "Related: Article 3 of the Water Law", setting), encoding="utf-8")
    kb, notes = _kb(tmp_path, path, "page")
    assert [a.number for a in kb.articles] == list(range(1, 10))
    assert not [n for n in notes if "not read" in n]
    assert not _not_read(kb)


def test_a_box_of_articles_before_the_main_content_is_reported_not_read(tmp_path: Path) -> None:
    # the smaller box of articles stands before the larger one (a page that opens a law in one box and goes on in
    # another after a banner): the main content does not widen backwards, so the first box is counted and reported
    first, second = _articles(range(1, 4), FERRY), _articles(range(4, 10), FERRY)
    page = ("<html><head><title>Measures</title></head><body><div class='page'>"
            + "<div class='part'>" + "".join(f"<p>{a}</p>" for a in first) + "</div>"
            + "<div class='banner'><p>Related: Article 3 of the Water Law</p></div>"
            + "<div class='part'>" + "".join(f"<p>{a}</p>" for a in second) + "</div>"
            + "</div></body></html>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    kb, notes = _kb(tmp_path, path, "page")
    lost = sum(len("".join(a.split())) for a in first)
    [short] = [n for n in notes if "not read" in n]
    assert short.startswith(f"{lost} character(s)") and "article(s) 1, 2, 3" in short
    assert [f"{lost} character(s)" in w for w in _not_read(kb)] == [True]


@pytest.mark.parametrize("aside", [
    # a contents box and a related link name articles the text has, or another law's: nothing is missing
    "<ul>" + "".join(f"<li>Article {n}</li>" for n in range(1, 10)) + "</ul>",
    "<p>Article 120 of the Civil Code applies to moorings as well.</p><p>Article 12, 13 of the Water Law</p>",
])
def test_a_box_that_names_the_texts_articles_or_cites_another_law_is_no_text_not_read(tmp_path: Path, aside: str) -> None:
    arts = "".join(f"<p>{a}</p>" for a in _articles(range(1, 10), BOATS))
    path = tmp_path / "page.html"
    path.write_text(f"<html><head><title>Rules on Moorings</title></head><body><div class='side'>{aside}</div>"
                    f"<div class='law'>{arts}</div></body></html>", encoding="utf-8")
    kb, notes = _kb(tmp_path, path, "page")
    assert len(kb.articles) == 9 and not _not_read(kb) and not [n for n in notes if "not read" in n]


def _pdf_with_a_cell_left_unruled(path: Path, title: str, rows: list[tuple[str, str]], pagesize: tuple[float, float]
                                  ) -> None:
    """A ruled table whose last row has its first cell drawn only: the text of its second column stands inside the
    table's frame but in no cell (pdfplumber's table finder reads none there)."""
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=pagesize, invariant=1)
    y = pagesize[1] - 72

    def line(t: str) -> None:
        nonlocal y
        c.setFont("Helvetica", 11)
        c.drawString(72, y, t)
        y -= 15

    line(title)
    y -= 10
    line("Article 1 Boat owners shall register each boat with the town office.")
    line("Article 2 The town office shall keep the following register:")
    for k, (a, b) in enumerate(rows):
        c.rect(72, y - 20, 150, 20)
        if k < len(rows) - 1:
            c.rect(222, y - 20, 250, 20)
        c.drawString(76, y - 14, a)
        c.drawString(226, y - 14, b)
        y -= 20
    y -= 20
    line("Article 3 These Rules take effect on 1 June 2033.")
    c.showPage()
    c.save()


@pytest.mark.parametrize(("title", "rows", "pagesize"), [
    ("Rules of Yanbei Town on Boat Moorings", [("Boat", "Owner"), ("Ferry", "Town office"),
                                                ("Skiff", "The owner named in the licence")], A4),
    ("Measures of Xitang County on Ferry Crossings", [("Crossing", "Kept by"), ("North pier", "The ferry operator"),
                                                       ("South pier", "The county transport bureau"),
                                                       ("Night crossings", "The harbour warden on duty")],
     landscape(A4)),
])
def test_a_pdf_character_in_no_line_or_cell_is_reported(tmp_path: Path, title: str, rows: list[tuple[str, str]],
                                                        pagesize: tuple[float, float]) -> None:
    path = tmp_path / "rules.pdf"
    _pdf_with_a_cell_left_unruled(path, title, rows, pagesize)
    kb, notes = _kb(tmp_path, path, "rules")
    lost = len("".join(rows[-1][1].split()))
    [short] = [n for n in notes if "not read" in n]
    assert short.startswith(f"{lost} character(s)") and f"page 1: {lost}" in short
    assert [f"{lost} character(s)" in w for w in _not_read(kb)] == [True]


# a page whose style sheet draws numbers with counters() (nested numbering) is a doubt by design: the import cannot
# write those numbers and says so (tests/test_css_numbers13.py)
_DOUBT_BY_DESIGN = {"nested-counters.html"}


@pytest.mark.parametrize("path", [p for p in sorted(FIXTURES.glob("*/*.pdf")) + sorted(FIXTURES.glob("*/*.html"))
                                  if p.name not in _DOUBT_BY_DESIGN], ids=lambda p: p.name)
def test_no_text_not_read_where_everything_is_read(path: Path) -> None:
    # headers, footers, page numbers, two columns, footnotes, notes and page chrome are all read or listed
    assert not [n for n in read_files([path]).notes if "not read" in n]
