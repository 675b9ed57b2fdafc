"""Session 15 (layout20): layout classes that lost or garbled law before: the law set in a Markdown pipe table, a row
per article; "§ N" and letter-spaced article labels; a PDF's two columns read across. Each in two wordings/layouts,
with negative rows."""
from __future__ import annotations

import pytest

from regkb.corpus import SourceFile
from regkb.parse.structure import Structure, parse_structure

from .test_layout_properties import assert_nothing_lost


def _src(body: str) -> SourceFile:
    t = "---\ntitle: Measures\nstatus: effective\n---\n" + body
    return SourceFile("x.md", t, "", {"title": "x"}, t.index("---\n", 4) + 4)


def _parse(body: str) -> Structure:
    return parse_structure(_src(body), "doc")


def _codes(s: Structure) -> list[str]:
    return [d.code for d in s.diagnostics if d.severity != "info"]


# --- 1. the law in a Markdown pipe table, a row per article ------------------------------------------------------

BICYCLES_TABLE = """# Measures on Bicycle Parking

| Article | Text |
|---|---|
| Article 1 | These Measures are made to keep pavements clear of parked bicycles. |
| Article 2 | Operators of shared bicycles shall move bicycles parked outside marked areas within two hours. |
| Article 3 | Riders shall not park bicycles on tactile paving. |
| Article 4 | The Transport Bureau shall inspect parking areas every month. |
"""

# pandoc's pipe table without outer pipes
BICYCLES_BARE = """# Measures on Bicycle Parking

Article | Text
--- | ---
Article 1 | These Measures are made to keep pavements clear of parked bicycles.
Article 2 | Operators of shared bicycles shall move bicycles parked outside marked areas within two hours.
Article 3 | Riders shall not park bicycles on tactile paving.
Article 4 | The Transport Bureau shall inspect parking areas every month.
"""

# another translator: "Art. N" with a caption in the number cell, chapters as rows, a further paragraph in a row whose
# number cell is empty
MOORINGS_TABLE = """Rules for Harbour Moorings

| Provision | Text of the provision |
| :-- | :-- |
| Chapter I | General Rules |
| Art. 1 Scope | These Rules govern moorings in the municipal harbour. |
| Art. 2 Registration | A boat owner must register each mooring with the Harbour Office. |
| | The Harbour Office must issue a mooring card within five days. |
| Chapter II | Use |
| Art. 3 List | The Harbour Office must publish the list of free moorings. |
| Art. 4 Subletting | No owner may sublet a mooring. |
"""


@pytest.mark.parametrize("body", [BICYCLES_TABLE, BICYCLES_BARE])
def test_law_table_bicycles(body: str) -> None:
    s = _parse(body)
    assert [a.number for a in s.articles] == [1, 2, 3, 4]
    assert [[p.text for p in a.paragraphs] for a in s.articles][2] == ["Riders shall not park bicycles on tactile paving."]
    assert all("|" not in p.text and p.text != "Text" for a in s.articles for p in a.paragraphs)
    assert "law-table" in [d.code for d in s.diagnostics]
    assert _codes(s) == []
    assert_nothing_lost(_src(body))


def test_law_table_moorings() -> None:
    s = _parse(MOORINGS_TABLE)
    assert [(a.number, a.chapter, a.title) for a in s.articles] == [
        (1, 1, "Scope"), (2, 1, "Registration"), (3, 2, "List"), (4, 2, "Subletting")]
    assert [c.title for c in s.chapters] == ["General Rules", "Use"]
    assert [p.text for p in s.articles[1].paragraphs] == [
        "A boat owner must register each mooring with the Harbour Office.",
        "The Harbour Office must issue a mooring card within five days."]
    assert _codes(s) == []
    assert_nothing_lost(_src(MOORINGS_TABLE))


CITING_TABLES = [
    # numbers out of sequence: a table of fines citing articles
    """# Measures on Bicycle Parking

Article 1 These Measures are made to keep pavements clear of parked bicycles.

Article 2 Riders shall not park bicycles on tactile paving. The fines are:

| Article | Fine |
|---|---|
| Article 12 | 50 yuan for a first breach of this rule |
| Article 15 | 200 yuan for a repeated breach of this rule |

Article 3 These Measures take effect on 1 March 2030.
""",
    # in sequence, but a summary of articles the text sets out under its own headings
    """# Rules for Harbour Moorings

Article 1 These Rules govern moorings in the municipal harbour.

Article 2 A boat owner must register each mooring with the Harbour Office.

Article 3 No owner may sublet a mooring.

Article 4 The duties at a glance:

| Article | Duty |
|---|---|
| Article 2 | owners register their moorings |
| Article 3 | owners keep their moorings to themselves |
""",
]


@pytest.mark.parametrize("body", CITING_TABLES)
def test_table_citing_articles_stays_data(body: str) -> None:
    s = _parse(body)
    n = 3 if "Fine" in body else 4
    assert [a.number for a in s.articles] == list(range(1, n + 1))
    assert "law-table" not in [d.code for d in s.diagnostics]
    assert _codes(s) == []


# --- 2. "§ N" labels and letter-spaced label words ---------------------------------------------------------------

SIGN_BICYCLES = """# Measures on Bicycle Parking

§ 1 These Measures are made to keep pavements clear of parked bicycles.

§ 2 Operators of shared bicycles shall move bicycles parked outside marked areas within two hours. Removal under § 3 is
free.

§ 3 Riders shall not park bicycles on tactile paving.

§ 4 The Transport Bureau shall inspect parking areas every month.
"""

SIGN_MOORINGS = """Rules for Harbour Moorings

## §1. Scope
These Rules govern moorings in the municipal harbour. An owner who breaches
§ 2 loses the mooring.

## §2. Registration
A boat owner must register each mooring with the Harbour Office.

## §3. Subletting
No owner may sublet a mooring.
"""

SPACED_MOORINGS = """Rules for Harbour Moorings

A r t i c l e 1
These Rules govern moorings in the municipal harbour.

A r t i c l e  2
A boat owner must register each mooring with the Harbour Office.

Article   3
No owner may sublet a mooring.
"""

SPACED_BICYCLES = """# MEASURES ON BICYCLE PARKING

A R T I C L E  1  Purpose
These Measures are made to keep pavements clear of parked bicycles.

A R T I C L E  2  Operators
Operators of shared bicycles shall move bicycles parked outside marked areas within two hours.
"""


@pytest.mark.parametrize(("body", "numbers", "titles"), [
    (SIGN_BICYCLES, [1, 2, 3, 4], ["", "", "", ""]),
    (SIGN_MOORINGS, [1, 2, 3], ["Scope", "Registration", "Subletting"]),
    (SPACED_MOORINGS, [1, 2, 3], ["", "", ""]),
    (SPACED_BICYCLES, [1, 2], ["Purpose", "Operators"]),
])
def test_sign_and_spaced_labels(body: str, numbers: list[int], titles: list[str]) -> None:
    s = _parse(body)
    assert [a.number for a in s.articles] == numbers
    assert [a.title for a in s.articles] == titles
    assert all(len(a.paragraphs) == 1 for a in s.articles)
    # the "§" cited in a sentence, even at a line's start, stays in the sentence
    if body is SIGN_BICYCLES:
        assert s.articles[1].paragraphs[0].text.endswith("Removal under § 3 is free.")
    if body is SIGN_MOORINGS:
        assert s.articles[0].paragraphs[0].text.endswith("breaches § 2 loses the mooring.")
        assert _codes(s) == ["doubtful-heading"]  # as a wrapped "Article 2 loses ..." is reported
    else:
        assert _codes(s) == []
    assert_nothing_lost(_src(body))


SIGN_CITED = [
    # a text with its own article headings: "§" is a citation of another act, even at a line's start
    """# Measures on Bicycle Parking

Article 1 These Measures apply the Road Act. Parking rules follow
§ 2 and § 3 of that Act.

Article 2 Riders shall not park bicycles on tactile paving.

§ 3 Fines follow the Road Act.

§ 4 Appeals follow the Road Act.
""",
    # no article headings at all; one "§" line: no run, no articles made of it
    """Notice on Harbour Moorings

Moorings are let under the Harbour Act.

§ 7 of the Harbour Act applies to every mooring.
""",
]


@pytest.mark.parametrize("body", SIGN_CITED)
def test_sign_cited_is_no_heading(body: str) -> None:
    s = _parse(body)
    assert [a.number for a in s.articles] == ([1, 2] if "Article 1" in body else [])
    texts = [p.text for a in s.articles for p in a.paragraphs]
    assert all(t in " ".join(texts) for t in ("§ 3 Fines", "§ 4 Appeals")) if s.articles else s.articles == []


# --- 3. a PDF's columns (panels) read across ---------------------------------------------------------------------

BICYCLE_TEXTS = ["These Measures are formulated to regulate the lending of bicycles in city parks and gardens.",
                 "A park operator shall keep a register of the bicycles it lends, with the borrower's name.",
                 "Borrowers must return each bicycle before the park closes on the day of the loan.",
                 "The operator shall inspect the brakes of each bicycle every week and keep a record.",
                 "A borrower who damages a bicycle shall pay for its repair at the operator's price.",
                 "These Measures take effect on 1 May 2030 and apply to every city park."]
MOORING_TEXTS = ["These Rules govern every mooring let by the municipal harbour and its quays.",
                 "A boat owner must register each mooring with the Harbour Office before use.",
                 "The Harbour Office must publish the list of free moorings each month.",
                 "No owner may sublet a mooring or lend it to another boat for money.",
                 "An owner who breaches these Rules may lose the mooring after a warning.",
                 "These Rules apply from 1 May 2031 to every mooring in the harbour."]


def _columns_pdf(path: str, panels: int, label: str, texts: list[str], title: str | None = None) -> None:
    """A page whose articles stand in ``panels`` columns: a portrait page in two (a notice, a newsletter's page) or a
    landscape leaflet folded in three; its text starts high on the page and runs a few lines per column."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    width, height = landscape(A4) if panels == 3 else A4
    c = canvas.Canvas(path, pagesize=(width, height), invariant=True)
    y0 = height - 60
    if title:
        c.setFont("Helvetica-Bold", 14)
        c.drawCentredString(width / 2, height - 50, title)
        y0 = height - 90
    panel, per = width / panels, len(texts) // panels
    for p in range(panels):
        y = y0
        for n in range(p * per + 1, (p + 1) * per + 1):
            for ln in simpleSplit(label.format(n=n) + " " + texts[n - 1], "Helvetica", 11, panel - 40):
                c.setFont("Helvetica", 11)
                c.drawString(p * panel + 20, y, ln)
                y -= 15
            y -= 10
    c.showPage()
    c.save()


def _kb_of(tmp_path, pdf):  # type: ignore[no-untyped-def]
    from regkb import KnowledgeBase
    from regkb.importers import read_files
    from regkb.importers.store import add_to_corpus

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    add_to_corpus(read_files([pdf]), corpus, "law", {})
    return KnowledgeBase.from_corpus(corpus)


@pytest.mark.parametrize("panels", [2, 3])
@pytest.mark.parametrize(("label", "texts", "title"), [("Article {n}", BICYCLE_TEXTS, None),
                                                       ("Art. {n}.", MOORING_TEXTS, "Rules for Harbour Moorings")])
def test_columns_read_column_by_column(tmp_path, panels: int, label: str, texts: list[str],  # type: ignore[no-untyped-def]
                                       title: str | None) -> None:
    pdf = tmp_path / "page.pdf"
    _columns_pdf(str(pdf), panels, label, texts, title)
    kb = _kb_of(tmp_path, pdf)
    assert [a.number for a in kb.articles] == [1, 2, 3, 4, 5, 6]
    for a, t in zip(kb.articles, texts, strict=True):
        assert [p.text for p in a.paragraphs] == [t]  # each article's text whole, no other column's words in it
    assert [d.code for d in kb.diagnostics if d.code == "article-census"] == []


def test_one_column_short_page_stays_one_column(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """A short page in one column, and a page whose labels stand in a left margin beside their text: line by line."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "page.pdf"
    c = canvas.Canvas(str(pdf), pagesize=A4, invariant=True)
    y = A4[1] - 60
    for n, t in enumerate(MOORING_TEXTS[:4], start=1):
        c.setFont("Helvetica", 11)
        c.drawString(40, y, f"Art. {n}.")
        c.drawString(110, y, t)
        y -= 20
    c.showPage()
    c.save()
    kb = _kb_of(tmp_path, pdf)
    assert [(a.number, [p.text for p in a.paragraphs]) for a in kb.articles] == [
        (n, [t]) for n, t in enumerate(MOORING_TEXTS[:4], start=1)]
