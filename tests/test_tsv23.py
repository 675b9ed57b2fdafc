"""A law laid out as a spreadsheet's rows, saved as tab- or comma-separated text (importers/register.py).

Two invented registers in two layouts: a tab-delimited one with a header row and a notes column, one row per
article; a comma-separated one without a header, quoted multi-line cells, one row per paragraph (the article label
blank on the rows that continue it) and the chapter only on its first row (merged cells exported as blanks). The
negative rows: a plain text with a few tabs in it, a law with a table inside one article, a table whose rows are
ragged, a table with no column of article labels.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from regkb import KnowledgeBase
from regkb.importers import read_files
from regkb.importers.pipeline import Draft
from regkb.importers.register import blocks_of, read_register
from regkb.importers.store import add_to_corpus

# (chapter, article, paragraphs, note): the chapter only where it changes
APIARIES = [
    ("Chapter I General Provisions", "1", ["These Rules govern apiaries kept on municipal allotments."], "Owner: legal"),
    ("", "2", ["A beekeeper shall register each hive with the allotment office.",
               "The office shall keep the register for three years."], "Status: open, check the office"),
    ("Chapter II Keeping Hives", "3", ["A beekeeper must not place a hive within five metres of a footpath."], ""),
    ("", "4", ["The allotment office may inspect any hive during daylight."], "Reviewed 2031-04-02"),
]
SKATEPARKS = [
    ("Chapter 1 General Rules", "Article 1", ["These Measures apply to public skateparks in the district."], ""),
    ("", "Article 2", ["The park operator shall post the opening hours at each gate.",
                       "The operator shall, in the evening, light every ramp."], "owner: parks team, ext. 41"),
    ("Chapter 2 Users", "Article 3", ["Users must wear a helmet on the bowl."], "done"),
    ("", "Article 4", ["A user may report damage to the operator."], ""),
]
LAWS = {"apiaries": APIARIES, "skateparks": SKATEPARKS}


def _tsv(law: list[tuple[str, str, list[str], str]]) -> str:
    """Tab-delimited, a header row, one row per article (paragraphs as line breaks in a quoted cell)."""
    out = io.StringIO()
    w = csv.writer(out, delimiter="\t", lineterminator="\n")
    w.writerow(["Chapter", "Art. no.", "Provision text", "Notes"])
    for chap, art, paras, note in law:
        w.writerow([chap, art, "\n".join(paras), note])
    return out.getvalue()


def _csv(law: list[tuple[str, str, list[str], str]]) -> str:
    """Comma-separated, no header, one row per paragraph: the article label and the chapter blank below their first
    row; cells with commas and line breaks quoted (CRLF line ends, as a spreadsheet program writes them)."""
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\r\n")
    for chap, art, paras, note in law:
        for i, p in enumerate(paras):
            w.writerow([chap if i == 0 else "", art if i == 0 else "", p, note if i == 0 else ""])
    return out.getvalue()


def _added(tmp_path: Path, name: str, text: str) -> tuple[KnowledgeBase, str, list[str], list[str]]:
    (tmp_path / name).write_text(text, encoding="utf-8", newline="")
    done = read_files([tmp_path / name])
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    assert add_to_corpus(done, corpus, "law", {}).document is not None
    written = "\n".join(f.read_text(encoding="utf-8") for f in corpus.glob("*.md"))
    return KnowledgeBase.from_corpus(corpus), written, done.notes, [f.text for f in done.furniture]


@pytest.mark.parametrize("law", LAWS.values(), ids=LAWS.keys())
@pytest.mark.parametrize(("name", "write"), [("law.tsv", _tsv), ("law.csv", _csv), ("law.txt", _tsv)],
                         ids=["tsv-header", "csv-no-header", "txt-tabs"])
def test_a_register_is_read_as_articles(tmp_path: Path, law: list[tuple[str, str, list[str], str]], name: str,
                                        write: object) -> None:
    assert callable(write)
    kb, written, notes, left = _added(tmp_path, name, write(law))
    arts = sorted(kb.articles, key=lambda a: a.number)
    assert [a.number for a in arts] == [1, 2, 3, 4]
    assert [[p.text for p in a.paragraphs] for a in arts] == [paras for _, _, paras, _ in law]
    assert [a.chapter for a in arts] == [1, 1, 2, 2]  # the blank chapter cells carry the one above
    body = "\n".join(a.text for a in arts)
    for *_, note in law:
        if note:
            assert note not in body  # no character of the notes column is law ...
            assert any(t.endswith(note) for t in left), note  # ... each is listed in the left-out text
    assert "Provision text" not in body
    assert any("read as a register table" in n for n in notes)
    assert [d for d in kb.diagnostics if d.code == "register-table"]
    assert "register-table" in written


# the table's roles, whatever the column order and delimiter
@pytest.mark.parametrize(("rows", "article", "text", "labels"), [
    ([["No.", "Text", "Owner"], ["1", "A keeper shall keep the register for three years.", "ops"],
      ["2", "The office may inspect any hive during daylight hours.", "ops"],
      ["3", "These Rules take effect on 1 May 2032 in the district.", "legal"]], 0, 1, {}),
    ([["Status", "Text of the article", "Article", "Section"],
      ["open", "The operator shall post the opening hours at each gate.", "Article 7", "1"],
      ["done", "Users must wear a helmet on the bowl at all times.", "Article 8", ""],
      ["", "A user may report damage to the operator in writing.", "Article 9", "2"]], 2, 1, {3: "Section"}),
])
def test_columns_are_told_by_their_cells(rows: list[list[str]], article: int, text: int,
                                         labels: dict[int, str]) -> None:
    out = io.StringIO()
    csv.writer(out, delimiter="\t", lineterminator="\n").writerows(rows)
    reg = read_register(out.getvalue())
    assert reg is not None
    assert (reg.article, reg.text, reg.labels) == (article, text, labels)
    assert reg.header == rows[0]


PLAIN_WITH_TABS = """Rules on Allotment Apiaries

Article 1 These Rules govern apiaries kept on municipal allotments.

Article 2 A beekeeper shall register each hive:
\t(1) its place;\tand
\t(2) its keeper.

Article 3 The allotment office may inspect any hive.
"""
TABLE_IN_AN_ARTICLE = """Measures on Skateparks

Article 1 These Measures apply to public skateparks in the district.

Article 2 The operator shall open the parks at these hours:

Park\tOpens\tCloses
North\t08:00\t20:00
South\t09:00\t21:00

Article 3 Users must wear a helmet on the bowl.
"""


@pytest.mark.parametrize("text", [PLAIN_WITH_TABS, TABLE_IN_AN_ARTICLE], ids=["plain-tabs", "table-in-article"])
def test_a_law_with_tabs_is_no_register(tmp_path: Path, text: str) -> None:
    assert read_register(text) is None
    kb, written, notes, _ = _added(tmp_path, "law.txt", text)
    assert [a.number for a in kb.articles] == [1, 2, 3]
    assert "(register-" not in written and not any("register table" in n or "kept whole" in n for n in notes)


@pytest.mark.parametrize(("name", "text"), [
    ("law.tsv", "Article\tText\tNotes\n1\tA keeper shall keep a register.\tx\n2\tThe office may inspect.\n"
                "3\tThese Rules take effect.\ty\tz\n"),  # ragged rows
    ("law.csv", "Item,Owner,Due\nFire drill,facilities,2031-05-01\nFirst aid kit,HR,2031-06-01\n"
                "Signage,facilities,2031-07-01\n"),  # no article labels, no text column
    ("law.txt", "Article\tText\tNotes\n1\tA keeper shall keep a register.\tx\n2\tThe office may inspect.\n"
                "3\tThese Rules take effect.\ty\n4\tA user may object.\tq\n"),  # ragged, told by its tabs
], ids=["ragged-tsv", "no-labels-csv", "ragged-txt"])
def test_a_table_not_read_is_kept_whole_and_reported(tmp_path: Path, name: str, text: str) -> None:
    (tmp_path / name).write_text(text, encoding="utf-8")
    done = read_files([tmp_path / name])
    assert any("kept whole" in n for n in done.notes)
    for line in text.splitlines():
        for cell in line.split("\t"):
            assert cell in done.text  # every character kept
    assert "register-doubt" in done.text


def _numbered(law: list[tuple[str, str, list[str], str]]) -> str:
    """Semicolon-separated, a header, a row-number column first, one row per paragraph with the article label and the
    chapter repeated on every row (no merged cells)."""
    out = io.StringIO()
    w = csv.writer(out, delimiter=";", lineterminator="\n")
    w.writerow(["No.", "Part", "Article", "Wording", "Owner"])
    n = 0
    chapter = ""
    for chap, art, paras, note in law:
        chapter = chap or chapter
        for p in paras:
            n += 1
            w.writerow([str(n), chapter, art, p, note])
    return out.getvalue()


@pytest.mark.parametrize("law", LAWS.values(), ids=LAWS.keys())
def test_repeated_labels_and_a_row_number_column(tmp_path: Path, law: list[tuple[str, str, list[str], str]]) -> None:
    kb, _, _, left = _added(tmp_path, "law.csv", _numbered(law))
    arts = sorted(kb.articles, key=lambda a: a.number)
    assert [[p.text for p in a.paragraphs] for a in arts] == [paras for _, _, paras, _ in law]
    assert [a.chapter for a in arts] == [1, 1, 2, 2]
    assert any(t.startswith("row 2, 'No.': 1") for t in left)  # the row numbers are no article labels


_WORDS = st.text(alphabet="abcdefghij ,;\"'", min_size=1, max_size=12).map(str.strip).filter(bool)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.lists(_WORDS, min_size=4, max_size=9), st.text(alphabet="xyz ,;\"\n\t", max_size=20)),
                min_size=3, max_size=8),
       st.sampled_from(["\t", ",", ";"]))
# a text quoted for semicolons that also splits evenly at its commas: the comma reading has no article column, so the
# semicolon one is read (found by this test: the first even split used to be the only one tried)
@example(rows=[([";", ",", ",", ","], "")] * 3, delimiter=";")
def test_nothing_is_lost(rows: list[tuple[list[str], str]], delimiter: str) -> None:
    """Whatever the cells hold (delimiters, quotes, line breaks), each text cell is in the reading text and each
    other cell in the left-out list, every character."""
    out = io.StringIO()
    w = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    texts = ["Sentence " + " ".join(words) + " ends here." for words, _ in rows]
    for n, (text, (_, note)) in enumerate(zip(texts, rows, strict=True), start=1):
        w.writerow([str(n), text, note])
    reg = read_register(out.getvalue())
    assert reg is not None and (reg.article, reg.text) == (0, 1)
    draft = Draft(Path("r.tsv"), b"", "test")
    reading = " ".join(b.text for b in blocks_of(reg, draft))
    for text in texts:
        assert " ".join(text.split()) in reading
    left = [f.text for f in draft.furniture]
    for n, (_, note) in enumerate(rows, start=1):
        if note.strip():
            assert f"row {n}, column 3: {note.strip()}" in left


def _titled(law: list[tuple[str, str, list[str], str]], delimiter: str) -> str:
    """A register exported with title rows above its header (the register's name, its source, an export line, each
    in one cell, the rest of the row blank) and each chapter as a row of its own in the text column, above its first
    article; a chapter-number column beside it ("I", "II" or "1", "2") filled on every article row."""
    out = io.StringIO()
    w = csv.writer(out, delimiter=delimiter, lineterminator="\r\n")
    w.writerow(["Compliance register: the rules below, as adopted", "", "", "", ""])
    w.writerow(["Exported 2032-03-01 by the legal team", "", "", "", ""])
    w.writerow(["", "", "", "", ""])
    w.writerow(["Ref", "Chapter", "Article", "Provision", "Comment"])
    number = ""
    for n, (chap, art, paras, note) in enumerate(law, start=1):
        if chap:
            number = chap.split()[1]
            w.writerow(["", "", "", chap, ""])
        w.writerow([f"R-{n:03d}", number, art if art.startswith("Art") else f"Article {art}", "\n".join(paras), note])
    return out.getvalue()


@pytest.mark.parametrize("law", LAWS.values(), ids=LAWS.keys())
@pytest.mark.parametrize(("name", "delimiter"), [("law.txt", "\t"), ("law.csv", ",")], ids=["tab", "comma"])
def test_title_rows_and_chapter_rows(tmp_path: Path, law: list[tuple[str, str, list[str], str]], name: str,
                                     delimiter: str) -> None:
    """Title rows above the header are listed, not law; a chapter's own row in the text column is its heading, and the
    chapter-number column beside it names the same chapter (no second, untitled chapter)."""
    kb, _, _, left = _added(tmp_path, name, _titled(law, delimiter))
    arts = sorted(kb.articles, key=lambda a: a.number)
    assert [a.number for a in arts] == [1, 2, 3, 4]
    assert [[p.text for p in a.paragraphs] for a in arts] == [paras for _, _, paras, _ in law]
    assert [a.chapter for a in arts] == [1, 1, 2, 2]
    assert [c.title for c in kb.chapters] == [chap.split(" ", 2)[2] for chap, *_ in law if chap]
    assert "Exported 2032-03-01 by the legal team" in left
    assert not any("Exported" in a.text or "Compliance register" in a.text for a in arts)


def test_a_first_row_that_is_law_but_no_article_is_no_register() -> None:
    """Rows before the first article may only be part headings: a row of law text with no article label above it
    means the article column was misread, and the table is not taken as a register."""
    rows = [["", "A keeper shall keep the register for three years, whatever the season."],
            ["1", "The office may inspect any hive during daylight hours on weekdays."],
            ["2", "These Rules take effect on 1 May 2032 in the whole district."],
            ["3", "A beekeeper must not place a hive within five metres of a path."]]
    out = io.StringIO()
    csv.writer(out, delimiter="\t", lineterminator="\n").writerows(rows)
    assert read_register(out.getvalue()) is None
