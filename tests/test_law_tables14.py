"""A Word file whose whole law is one table (session 12): the article's number in the left cell, its text in the
right one (paragraphs and items in one cell), chapters as rows of their own. Before, the table was read as a data
table (one Markdown table, no article heading: no article found). Now a table that sets the law a row per article
(the rule the web-page importer already used: parse/tables.py ``law_rows``) is read row by row, cell by cell, as
paragraphs. Word files built here with python-docx in the shapes Word users give such a table: a "Provision | Text"
table with a repeated header row and chapters merged across the row; an "Article | Content | Notes" table of a
consolidated text, its captions in the number cell and a real table inside one article; a bilingual table (number,
Chinese, English); two wordings, invented. A data table that cites articles, and a table of items inside an
article, stay tables."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import docx
import pytest
from docx.oxml import OxmlElement

from regkb import KnowledgeBase
from regkb.importers import read_files
from regkb.importers.store import add_to_corpus

# (chapter, [(article number, caption, [paragraphs])]); a paragraph "(N) ..." is an item
QUARRIES = [
    ("Chapter I General Provisions", [
        (1, "Purpose", ["These Measures are formulated to keep quarrying in the county safe and to protect the "
                        "farmland and water sources around quarries."]),
        (2, "Scope", ["These Measures apply to the opening, running and closing of quarries within the county."]),
    ]),
    ("Chapter II Duties of Operators", [
        (3, "Permits", ["A quarry operator shall obtain a permit from the county natural resources bureau before "
                        "it opens a quarry.",
                        "The bureau shall decide on an application within twenty working days."]),
        (4, "Safety", ["A quarry operator shall fulfil the following obligations:",
                       "(1) fencing every working face that is higher than three metres;",
                       "(2) keeping explosives in a store approved by the public security organ;",
                       "(3) reporting any accident to the bureau within two hours."]),
    ]),
    ("Chapter III Supplementary Provisions", [
        (5, "Entry into force", ["These Measures take effect on 1 July 2031."]),
    ]),
]
ORCHARDS = [
    ("Chapter 1 General Rules", [
        (1, "Aim", ["These Rules govern the use of pesticides in the orchards of the city, so as to keep fruit and "
                    "ground water free of residues."]),
        (2, "Who is bound", ["Every person who runs an orchard of more than two mu must comply with these Rules."]),
    ]),
    ("Chapter 2 Obligations", [
        (3, "Records", ["An orchard keeper must keep a record of every spraying for three years.",
                        "The record must name the pesticide, the dose and the date."]),
        (4, "Banned uses", ["An orchard keeper must not do any of the following:",
                            "(1) spray within fifteen days before the harvest;",
                            "(2) spray within fifty metres of a well."]),
    ]),
    ("Chapter 3 Final Rules", [
        (5, "Commencement", ["These Rules come into force on 1 September 2031."]),
    ]),
]
TEXTS = [QUARRIES, ORCHARDS]
_ZH = "本办法所称的经营者应当遵守国家有关规定并承担相应责任"


def _header_row(row: Any) -> None:
    pr = row._tr.get_or_add_trPr()
    pr.append(OxmlElement("w:tblHeader"))


def _fill(cell: Any, paragraphs: list[str]) -> None:
    cell.paragraphs[0].text = paragraphs[0]
    for t in paragraphs[1:]:
        cell.add_paragraph(t)


def provision_text(law: list[Any], chapter_rows: str = "merged") -> docx.Document:
    """"Provision | Text": a repeated header row; each chapter a row merged across both columns (or its number and
    title in the two cells); "Article N" alone in the left cell, the text in the right one."""
    d = docx.Document()
    d.add_paragraph("Measures of the County on Test Matters")
    t = d.add_table(rows=1, cols=2)
    t.rows[0].cells[0].text, t.rows[0].cells[1].text = "Provision", "Text"
    _header_row(t.rows[0])
    for chapter, articles in law:
        r = t.add_row()
        if chapter_rows == "merged":
            c = r.cells[0].merge(r.cells[1])
            c.text = chapter
        else:
            word, num, title = chapter.split(" ", 2)
            r.cells[0].text, r.cells[1].text = f"{word} {num}", title
        for n, _cap, paras in articles:
            r = t.add_row()
            r.cells[0].text = f"Article {n}"
            _fill(r.cells[1], paras)
    return d


def consolidated(law: list[Any]) -> docx.Document:
    """A title row, then "Article | Content | Notes" (or "Status"): the caption under the number in the left cell, an amendment note in the right
    one for some rows, chapters as rows with the heading in the first cell only, and a real table (a schedule of
    fees) inside one article's text cell."""
    d = docx.Document()
    d.add_paragraph("Consolidated text")
    t = d.add_table(rows=2, cols=3)
    title = t.rows[0].cells[0].merge(t.rows[0].cells[2])  # a title row across the table, above the header
    title.text = "Text as amended"
    notes = "Notes" if law is QUARRIES else "Status"
    for k, h in enumerate(("Article", "Content", notes)):
        t.rows[1].cells[k].text = h
    for chapter, articles in law:
        r = t.add_row()
        r.cells[0].text = chapter
        for n, cap, paras in articles:
            r = t.add_row()
            _fill(r.cells[0], [f"Article {n}", cap])
            _fill(r.cells[1], paras)
            if n == 3:
                inner = r.cells[1].add_table(rows=3, cols=2)
                for i, (a, b) in enumerate((("Item", "Fee"), ("Permit", "200 yuan"), ("Renewal", "100 yuan"))):
                    inner.rows[i].cells[0].text, inner.rows[i].cells[1].text = a, b
            if n % 2 == 0:
                r.cells[2].text = f"Amended by the decision of 3 March 2029 (amendment No. {n})."
    return d


def bilingual(law: list[Any]) -> docx.Document:
    """Number | Chinese | English, no header; chapters merged across the row."""
    d = docx.Document()
    t = d.add_table(rows=0, cols=3)
    for chapter, articles in law:
        r = t.add_row()
        c = r.cells[0].merge(r.cells[2])
        c.text = chapter
        for n, _cap, paras in articles:
            r = t.add_row()
            r.cells[0].text = f"Article {n}"
            _fill(r.cells[1], [_ZH + "。"] * len(paras))
            _fill(r.cells[2], paras)
    return d


def row_per_paragraph(law: list[Any]) -> docx.Document:
    """"Art. N" in a number cell merged down beside the article's paragraphs, each in a row of its own; chapters as
    rows with the heading in the first cell and its title in the second; no header."""
    d = docx.Document()
    t = d.add_table(rows=0, cols=2)
    for chapter, articles in law:
        r = t.add_row()
        word, num, title = chapter.split(" ", 2)
        r.cells[0].text, r.cells[1].text = f"{word} {num}", title
        for n, _cap, paras in articles:
            first = len(t.rows)
            for p in paras:
                t.add_row().cells[1].text = p
            top = t.cell(first, 0).merge(t.cell(len(t.rows) - 1, 0)) if len(paras) > 1 else t.cell(first, 0)
            top.text = f"Art. {n}"
    return d


def table_per_chapter(law: list[Any]) -> docx.Document:
    """Each chapter a heading paragraph and a table of its own ("Article N" | text, a header "Article No. | Text of
    the Provision"); the last chapter holds a single article."""
    d = docx.Document()
    for chapter, articles in law:
        d.add_paragraph(chapter, style="Heading 2")
        t = d.add_table(rows=1, cols=2)
        t.rows[0].cells[0].text, t.rows[0].cells[1].text = "Article No.", "Text of the Provision"
        for n, _cap, paras in articles:
            r = t.add_row()
            r.cells[0].text = f"Article {n}"
            _fill(r.cells[1], paras)
    return d


def _kb(tmp_path: Path, d: docx.Document) -> tuple[KnowledgeBase, list[str], str]:
    tmp_path.mkdir(exist_ok=True)
    path = tmp_path / "law.docx"
    d.save(str(path))
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    done = read_files([path])
    added = add_to_corpus(done, corpus, "law", {})
    assert added.document is not None
    text = "\n".join(f.read_text(encoding="utf-8") for f in corpus.glob("*.md"))
    return KnowledgeBase.from_corpus(corpus), list(done.notes), text


def _words(s: str) -> str:
    return " ".join(s.split())


def _check_law(kb: KnowledgeBase, law: list[Any]) -> None:
    want = {n: paras for _c, arts in law for n, _cap, paras in arts}
    got = {a.number: a for a in kb.articles}
    assert sorted(got) == sorted(want)
    for n, paras in want.items():
        text = _words(got[n].text)
        for p in paras:
            assert _words(p) in text, (n, p)
    assert [c.title for c in kb.chapters] == [c.split(" ", 2)[2] for c, _ in law]
    items = {n: [_words(i.text) for p in got[n].paragraphs for i in p.items] for n in got}
    for n, paras in want.items():  # each "(N) ..." an item of its article (a table's rows are items too)
        assert all(_words(p.split(" ", 1)[1]) in items[n] for p in paras if p.startswith("(")), n


@pytest.mark.parametrize("law", TEXTS)
@pytest.mark.parametrize("chapter_rows", ["merged", "split"])
def test_provision_text_table_is_read_as_the_law(tmp_path: Path, law: list[Any], chapter_rows: str) -> None:
    kb, notes, _ = _kb(tmp_path, provision_text(law, chapter_rows))
    _check_law(kb, law)
    assert any("a row per article" in n for n in notes)
    assert "Provision" not in " ".join(a.text for a in kb.articles)


@pytest.mark.parametrize("law", TEXTS)
def test_a_row_per_paragraph_beside_a_merged_number_cell(tmp_path: Path, law: list[Any]) -> None:
    kb, _notes, _ = _kb(tmp_path, row_per_paragraph(law))
    _check_law(kb, law)


@pytest.mark.parametrize("law", TEXTS)
def test_a_table_per_chapter_one_of_a_single_article(tmp_path: Path, law: list[Any]) -> None:
    kb, _notes, _ = _kb(tmp_path, table_per_chapter(law))
    _check_law(kb, law)


@pytest.mark.parametrize("law", TEXTS)
def test_consolidated_table_keeps_notes_apart_and_a_table_inside(tmp_path: Path, law: list[Any]) -> None:
    kb, notes, text = _kb(tmp_path, consolidated(law))
    _check_law(kb, law)
    art = {a.number: a for a in kb.articles}
    assert art[1].title == law[0][1][0][1]  # the caption under the number
    assert "200 yuan" in art[3].text  # the schedule inside the cell: kept, in its article
    assert "| Permit | 200 yuan |" in text
    assert "> Amended by the decision" in text  # the notes column: kept, set apart
    assert "Amended by the decision" not in " ".join(p.text for a in kb.articles for p in a.paragraphs)
    assert any("block quotes" in n for n in notes)


@pytest.mark.parametrize("law", TEXTS)
def test_bilingual_table_with_a_number_column(tmp_path: Path, law: list[Any]) -> None:
    kb, _notes, text = _kb(tmp_path, bilingual(law))
    _check_law(kb, law)
    assert _ZH not in " ".join(a.text for a in kb.articles)
    assert _ZH in text  # kept, as the parallel text


def test_tables_that_are_data_stay_tables(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("Article 1 These Measures set the fines for the violations listed below.")
    d.add_paragraph("Article 2 The following fines apply:")
    t = d.add_table(rows=3, cols=2)
    for i, (a, b) in enumerate((("Violation", "Fine"), ("Article 12", "a fine of up to 5,000 yuan for an operator"),
                                ("Article 15", "a fine of up to 20,000 yuan for an operator"))):
        t.rows[i].cells[0].text, t.rows[i].cells[1].text = a, b
    d.add_paragraph("Article 3 These Measures take effect on 1 May 2031.")
    kb, notes, text = _kb(tmp_path, d)
    assert [a.number for a in kb.articles] == [1, 2, 3]
    assert "| Article 12 | a fine of up to 5,000 yuan for an operator |" in text
    assert not any("a row per article" in n for n in notes)
