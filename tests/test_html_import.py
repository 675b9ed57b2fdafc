"""Web pages in: the document's title is read from the page, never from a chapter heading.

Two invented pages (fixtures/html/): a legislature-like page (an <h1>, a centred adoption note,
a contents list, a <title> that starts with a chapter heading) and a ministry-like page (menus,
breadcrumb, a centred bold title, an order line, bold article headings with captions, circled
items, footer). Variants of each take away the marks a title can be read from, one by one.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from regkb.corpus import read_source
from regkb.importers import read_files
from regkb.importers.store import add_to_corpus
from regkb.parse import ParsedDocument, parse_file

from .conftest import FIXTURES

HTML = FIXTURES / "html"
LAW = "Law of the Republic on Public Fountains"
MEASURES = "Measures for the Management of Drinking Fountains in Public Buildings"


def page(tmp: Path, name: str, edit: tuple[str, str] | None = None) -> Path:
    text = (HTML / name).read_text(encoding="utf-8")
    if edit is not None:
        old, new = edit
        assert re.search(old, text), old
        text = re.sub(old, new, text, count=1)
    out = tmp / name
    out.write_text(text, encoding="utf-8")
    return out


def added(tmp: Path, path: Path) -> ParsedDocument:
    corpus = tmp / "corpus"
    corpus.mkdir(exist_ok=True)
    done = add_to_corpus(read_files([path]), corpus, path.stem, {})
    assert done.document is not None
    return parse_file(read_source(done.document, corpus))


@pytest.mark.parametrize(("name", "edit", "title", "basis"), [
    ("legislature.html", None, LAW, "sets apart"),
    # no <h1>: the title is the line before the contents list that the page's <title> names (session 13: before,
    # the first title line; the same line here)
    ("legislature.html", (r"<h1>(.*?)</h1>", r"<p>\1</p>"), LAW, "first title line|the file's own title names"),
    # no title line in the text at all: the part of <title> that names an instrument, never "Chapter I ..."
    ("legislature.html", (r"<h1>.*?</h1>", ""), LAW, "<title>|title"),
    ("ministry.html", None, MEASURES, "sets apart"),
    # the centred bold line is the title even when the first line of the text is the order line
    ("ministry.html", (r'(<p style="text-align: center"><strong>.*?</p>)\s*(<p style="text-align: center">Order.*?</p>)',
                       r"\2\1"), MEASURES, "sets apart"),
])
def test_title_is_read_from_the_page(tmp_path: Path, name: str, edit: tuple[str, str] | None, title: str,
                                     basis: str) -> None:
    imp = read_files([page(tmp_path, name, edit)])
    assert imp.meta["title"] == title
    assert re.search(basis, imp.basis["title"]), imp.basis["title"]
    assert not imp.meta["title"].startswith("Chapter")


def test_a_page_whose_text_starts_with_a_chapter_has_no_chapter_for_title(tmp_path: Path) -> None:
    """Only a chapter heading before the articles, and a <title> that is the site's name: no title is
    invented; the user is told to give one."""
    path = page(tmp_path, "ministry.html", (r'<p style="text-align: center"><strong>.*?</p>', ""))
    imp = read_files([path])
    assert "title" not in imp.meta, imp.meta.get("title")


def test_legislature_page(tmp_path: Path) -> None:
    doc = added(tmp_path, page(tmp_path, "legislature.html"))
    assert doc.document.title == LAW
    assert [(c.label, c.title) for c in doc.chapters] == [
        ("Chapter I", "General Provisions"), ("Chapter II", "Care of Fountains"), ("Chapter III", "Supplementary Provisions")]
    assert [a.number for a in doc.articles] == [1, 2, 3, 4, 5]
    assert [len(p.items) for p in doc.articles[2].paragraphs] == [3]
    assert len(doc.articles[3].paragraphs) == 2
    assert [d.code for d in doc.diagnostics if d.severity != "info"] == []
    text = (tmp_path / "corpus" / "legislature.md").read_text(encoding="utf-8")
    for chrome in ("Search", "Sessions", "Copyright", "Related", "Law on Public Parks", "Home &gt;", "Home >"):
        assert chrome not in text, chrome
    imp = read_files([tmp_path / "legislature.html"])
    assert imp.meta["adopted_date"] == dt.date(2031, 3, 4)
    assert imp.meta["effective_date"] == dt.date(2031, 7, 1)
    assert imp.meta["issuing_body"] == "Standing Committee of the National Assembly"


def test_ministry_page(tmp_path: Path) -> None:
    doc = added(tmp_path, page(tmp_path, "ministry.html"))
    assert doc.document.title == MEASURES
    assert [(c.label, c.title) for c in doc.chapters] == [
        ("Chapter One", "General Provisions"), ("Chapter Two", "Maintenance"), ("Chapter Three", "Supplementary Provisions")]
    assert [(a.number, a.title) for a in doc.articles] == [
        (1, "Purpose"), (2, "Scope"), (3, "Duties of Owners"), (4, "Complaints"), (5, "Entry into Force")]
    assert doc.articles[0].text == "These Measures are formulated to keep the drinking fountains of public buildings safe."
    assert [i.label for i in doc.articles[2].paragraphs[0].items] == ["①", "②", "③"]
    assert [d.code for d in doc.diagnostics if d.severity != "info"] == []
    text = (tmp_path / "corpus" / "ministry.md").read_text(encoding="utf-8")
    for chrome in ("You are here", "Policy Documents", "Share:", "Sponsored", "var menu"):
        assert chrome not in text, chrome
    imp = read_files([tmp_path / "ministry.html"])
    assert imp.meta["issuing_body"] == "Ministry of Waterworks"
    assert "adopted_date" not in imp.meta, "'adopted ... come into force on' gives no adoption date"
    assert imp.meta["effective_date"] == dt.date(2031, 9, 1)
