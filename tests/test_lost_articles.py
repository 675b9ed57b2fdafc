"""Texts that came out with no articles, or with articles lost (regkb issue 12's base), session 9.

Each rule in two layouts, on invented texts written here:
- a regulation with fewer articles than its numbering implies is reported (``articles-missing``), in `regkb check`,
  the build's log and `regkb add`, never passed silently;
- a Word file that sets the text in two languages side by side (one table: Chinese cells | English cells) is read
  in its English column; the Chinese cells are kept whole as parallel text (``parallel`` blocks beside their article
  since session 10; listed as left out before), never parsed as law;
- a web page whose text is one ``<pre>`` block is read as plain text with hard line breaks;
- a PDF's watermark is told by its geometry (characters turned off the line), never by its words; a bold article
  number meeting roman text across a gap gets its space; an item's wrapped lines under a hanging indent run on.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from regkb.corpus import read_source
from regkb.importers import read_files
from regkb.importers.store import add_to_corpus
from regkb.parse import ParsedDocument, parse_file

from .test_properties import source


def imported(path: Path, tmp: Path, name: str) -> tuple[ParsedDocument, list[str], list[tuple[str, str]]]:
    """`regkb add` one file into a fresh corpus: the parsed document, the import's notes, what it left out."""
    corpus = tmp / f"corpus-{name}"
    corpus.mkdir()
    draft = read_files([path])
    done = add_to_corpus(draft, corpus, name, {"title": name})
    assert done.document is not None
    return (parse_file(read_source(done.document, corpus)), list(draft.notes),
            [(f.text, f.reason) for f in draft.furniture])


def shape(doc: ParsedDocument) -> dict[int, list[int]]:
    return {a.number: [len(p.items) for p in a.paragraphs] for a in doc.articles}


def missing(doc: ParsedDocument) -> list[str]:
    return [d.message for d in doc.diagnostics if d.code == "articles-missing"]


# --- fewer articles than the numbering implies: never silent ---------------------------------------------------

LATE_START = """---
title: Measures on Kite Festivals
---

Article 3 These Measures apply to kite festivals held in public parks.

Article 4 Organisers shall register each festival with the parks office.

Article 5 The parks office may inspect the site before the festival.
"""

GAP_INSIDE = """---
title: Rules on Paper Lanterns
---

Chapter I General Provisions

**Article 1.** These Rules govern the sale of paper lanterns.

**Article 2.** Sellers shall label each lantern with its maker.

Chapter II Supervision

**Article 5.** The market office shall check labels once a month.

**Article 6.** These Rules take effect on 1 May 2031.
"""


@pytest.mark.parametrize(("text", "count", "lost"), [(LATE_START, 3, "1, 2"), (GAP_INSIDE, 4, "3, 4")])
def test_fewer_articles_than_the_numbering_implies_is_reported(text: str, count: int, lost: str) -> None:
    doc = parse_file(source(text))
    assert len(doc.articles) == count
    msgs = missing(doc)
    assert len(msgs) == 1 and f"no article {lost} (2 missing)" in msgs[0]


def test_a_whole_numbering_is_not_reported() -> None:
    whole = LATE_START.replace("Article 3", "Article 1").replace("Article 4", "Article 2").replace("Article 5",
                                                                                                  "Article 3")
    assert missing(parse_file(source(whole))) == []


def test_check_and_build_name_the_file(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from regkb.cli import cli

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "kites.md").write_text(LATE_START, encoding="utf-8")
    (corpus / "lanterns.md").write_text(GAP_INSIDE, encoding="utf-8")
    res = CliRunner().invoke(cli, ["check", "--corpus", str(corpus)])
    assert "2 regulation(s) with fewer articles than their numbering implies" in res.output
    assert "kites.md" in res.output and "lanterns.md" in res.output
    from regkb.build import build_site

    log: list[str] = []
    build_site(corpus, tmp_path / "site", log=log.append)
    said = "\n".join(log)
    assert "2 regulation(s) with fewer articles than their numbering implies" in said
    assert "kites.md" in said and "lanterns.md" in said


@settings(max_examples=40, deadline=None)
@given(st.sets(st.integers(min_value=1, max_value=9), min_size=1))
def test_missing_article_warning_iff_numbers_have_a_hole(numbers: set[int]) -> None:
    body = "\n\n".join(f"Article {n} The office shall keep record {n}." for n in sorted(numbers))
    doc = parse_file(source(f"---\ntitle: Rules on Records\n---\n\n{body}\n"))
    assert {a.number for a in doc.articles} == numbers
    holes = [n for n in range(1, max(numbers) + 1) if n not in numbers]
    msgs = missing(doc)
    assert (len(msgs) == 1) == bool(holes)
    if holes:
        assert f"({len(holes)} missing)" in msgs[0]


# --- a Word table in two languages side by side --------------------------------------------------------------

ZH = [("第一章 总则", "Chapter I General Provisions"),
      ("第一条 为了规范集市摊位管理，制定本办法。", "Article 1 These Measures are formulated to regulate market stalls."),
      ("第二条 摊主应当每日清扫摊位。\n市场管理处可以检查摊位。",
       "Article 2 Stall keepers shall sweep their stalls every day.\nThe market office may inspect stalls."),
      ("第三条 摊主不得占用消防通道：\n（一）堆放货物；\n（二）停放车辆。",
       "Article 3 Stall keepers shall not block fire lanes by:\n(1) piling goods;\n(2) parking vehicles."),
      ("第四条 本办法自2031年1月1日起施行。", "Article 4 These Measures take effect on 1 January 2031.")]


def _parallel_docx(out: Path, english_first: bool, header: bool) -> Path:
    import docx

    d = docx.Document()
    d.add_paragraph("集市摊位管理办法")
    d.add_paragraph("Measures on Market Stalls")
    table = d.add_table(rows=0, cols=2)
    rows = ([("中文", "English")] if header else []) + ZH
    for zh, en in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, (en, zh) if english_first else (zh, en), strict=True):
            lines = text.split("\n")
            cell.paragraphs[0].text = lines[0]
            for line in lines[1:]:
                cell.add_paragraph(line)
    d.save(str(out))
    return out


@pytest.mark.parametrize(("english_first", "header"), [(False, True), (True, False)])
def test_a_table_in_two_languages_is_read_in_its_english_column(tmp_path: Path, english_first: bool,
                                                                header: bool) -> None:
    doc, notes, left = imported(_parallel_docx(tmp_path / "stalls.docx", english_first, header), tmp_path, "stalls")
    assert shape(doc) == {1: [0], 2: [0, 0], 3: [2], 4: [0]}
    assert [c.number for c in doc.chapters] == [1]
    assert not missing(doc) and not [d for d in doc.diagnostics if d.severity == "error"]
    assert not any("\u6761" in a.text for a in doc.articles)  # no Chinese character read as English law
    # every Chinese cell kept whole, as the parallel text beside its article or chapter (session 10: one holding
    # with the interleaved editions): a block for each of its paragraphs, in order
    parallel: dict[str, list[str]] = {}
    for b in doc.blocks:
        if b.kind == "parallel":
            parallel.setdefault(b.eid.rsplit("__", 1)[0], []).append(b.text)
    assert {k: "\n".join(v) for k, v in parallel.items()} == {
        owner: zh for owner, (zh, _) in zip(["chp_1", "art_1", "art_2", "art_3", "art_4"], ZH, strict=True)}
    assert not [t for t, why in left if why.startswith("parallel text")]
    assert any("two languages side by side" in n for n in notes)
    assert any(t == "English" for t, _ in left) == header  # a header row naming the languages is listed, not read


def test_a_table_with_a_chinese_name_in_the_english_column_is_not_parallel(tmp_path: Path) -> None:
    import docx

    from regkb.importers.docx import parallel_column

    d = docx.Document()
    table = d.add_table(rows=0, cols=2)
    for a, b in [("Article 1 The Baishui (白水) bureau shall keep a register of every boat on the lake.",
                  "Article 2 Boat owners shall renew the registration every year before March."),
                 ("Article 3 The bureau may inspect boats.", "Article 4 These Rules take effect at once.")]:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = a, b
    assert parallel_column(table) is None


# --- a web page whose text is one <pre> block ---------------------------------------------------------------

PRE_PAGES = [
    ("<html><body><p>Archive | Home</p><pre>\n        Rules on Night Markets\n\n"
     "Article 1  These Rules apply to night markets held on public\nstreets of the city.\n\n"
     "Article 2  Market operators shall keep the street clean and shall\nremove all stalls by two o'clock.\n\n"
     "   The street office may inspect markets at any time during the\n   hours of trading.\n\n"
     "Article 3  Operators shall not sell:\n\n    (1) fireworks;\n\n    (2) live poultry.\n</pre>"
     "<p>Copyright the archive.</p></body></html>"),
    ("<html><body><h2>Night markets</h2><pre>Rules on Night Markets\n"
     "Article 1 These Rules apply to night markets held\r\non public streets of the city.\r\n\r\n"
     "Article 2 Market operators shall keep the street clean\r\nand shall remove all stalls by two o'clock.\r\n   \r\n"
     "The street office may inspect markets\r\nat any time during the hours of trading.\r\n\r\n"
     "Article 3 Operators shall not sell:\r\n(1) fireworks;\r\n(2) live poultry.\r\n</pre></body></html>"),
]


@pytest.mark.parametrize("page", PRE_PAGES)
def test_a_pre_block_is_plain_text_with_hard_line_breaks(tmp_path: Path, page: str) -> None:
    path = tmp_path / "markets.html"
    path.write_text(page, encoding="utf-8")
    doc, notes, left = imported(path, tmp_path, "markets")
    assert shape(doc) == {1: [0], 2: [0, 0], 3: [2]}
    assert ("Copyright the archive." in [t for t, _ in left]) == ("Copyright" in page)
    assert "held on public streets" in doc.articles[0].text
    assert any("<pre>" in n for n in notes)


# --- a PDF: watermark by geometry, bold number then roman text, hanging-indent items --------------------------


def _pdf(out: Path, mark: str, angle: float, hanging: bool) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(out), pagesize=A4, invariant=True)
    w, h = A4
    articles = [
        ("Article 1", ["These Rules regulate the use of the river landing stages by ferry operators",
                       "and by owners of private boats."]),
        ("Article 2", ["Ferry operators are prohibited from any of the following:"]),
        ("Article 3", ["The harbour office shall inspect the landing stages every month."]),
    ]
    items = [["(1) mooring a ferry at a landing stage that the harbour office has closed for",
              "repairs or for the safety of passengers;"],
             ["(2) taking on more passengers than the number shown on the certificate issued",
              "to the vessel by the harbour office."]]
    for page in (1, 2):
        c.saveState()
        c.setFillGray(0.85)
        c.setFont("Helvetica-Bold", 50)
        c.translate(w / 2, h / 2)
        c.rotate(angle)
        c.drawCentredString(0, 0, mark)
        c.restoreState()
        y = h - 90
        c.setFillGray(0)
        todo = articles[:2] if page == 1 else articles[2:]
        if page == 2:
            for item in items:
                for k, line in enumerate(item):
                    c.setFont("Times-Roman", 11)
                    c.drawString(72 + (18 if k and hanging else 0), y, line)
                    y -= 16
        for label, lines in todo:
            for k, line in enumerate(lines):
                x = 72
                if k == 0:
                    c.setFont("Times-Bold", 11)
                    c.drawString(x, y, label)
                    x += c.stringWidth(label, "Times-Bold", 11) + 3  # a gap, no space character
                c.setFont("Times-Roman", 11)
                c.drawString(x, y, line)
                y -= 16
            y -= 8
        c.showPage()
    c.save()
    return out


@pytest.mark.parametrize(("mark", "angle", "hanging"), [("DRAFT", 45, True), ("FOR INTERNAL USE", 90, False)])
def test_a_watermark_is_furniture_by_its_geometry(tmp_path: Path, mark: str, angle: float, hanging: bool) -> None:
    doc, notes, left = imported(_pdf(tmp_path / "ferries.pdf", mark, angle, hanging), tmp_path, "ferries")
    assert any("at an angle to the lines on 2 page(s)" in n for n in notes)
    assert shape(doc) == {1: [0], 2: [2], 3: [0]}
    assert not missing(doc)
    law = " ".join(a.text for a in doc.articles)
    assert not any(ch in law for ch in (mark[:4],))
    assert [t for t, why in left if "at an angle" in why] == [mark, mark]
    assert doc.articles[0].text.startswith("These Rules regulate")  # "Article 1" and "These" apart
    assert "closed for repairs" in doc.articles[1].paragraphs[0].items[0].text


# --- a wiki's Markdown export: HTML comments, anchors, <sup> marks, link markup are not law ------------------------

WIKI_A = """---
title: Rules on Community Gardens
---

<!-- Exported from the team wiki on 3 May 2031.
     The reviewers shall check the dates before publishing. -->

## Chapter I General Provisions

<a id="art-1"></a>
**Article 1**  These Rules apply to community gardens on public land.<sup><a href="#n1">1</a></sup>

<a id="art-2"></a>
**Article 2**  Garden committees shall keep a list of plot holders.

Plot holders may grow vegetables and flowers, as [Article 1](#art-1) provides.

<!-- reviewer: should "may grow" read "are permitted to grow"? -->

<a id="art-3"></a>
**Article 3**  The district office shall inspect gardens in spring.<sup>2</sup>
"""

WIKI_B = """---
title: Rules on Bicycle Sheds
---

Article 1 <a name="a1"></a>These Rules apply to bicycle sheds in housing estates. <!-- check the title; the owners must agree -->

Article 2 Estate managers shall keep the sheds lit at night,<sup>[3]</sup> and residents may park one bicycle each.

Article 3 A resident who breaks [Article 2](#a2) may be warned by the estate manager.
"""


@pytest.mark.parametrize(("text", "paras"), [(WIKI_A, {1: [0], 2: [0, 0], 3: [0]}), (WIKI_B, {1: [0], 2: [0], 3: [0]})])
def test_html_markup_in_markdown_is_not_law(text: str, paras: dict[int, list[int]]) -> None:
    from regkb import KnowledgeBase

    doc = parse_file(source(text))
    assert shape(doc) == paras
    law = " ".join(a.text for a in doc.articles)
    for mark in ("<!--", "-->", "<a ", "</a>", "<sup", "](#", "reviewer", "owners must"):
        assert mark not in law
    assert "as Article 1 provides" in law or "who breaks Article 2 may" in law  # a link's words are kept
    reasons = " ".join(d.reason for d in doc.dropped)
    assert "HTML comment" in reasons and "Markdown link markup" in reasons
    assert any(d.code == "markup-dropped" for d in doc.diagnostics)
    kb = KnowledgeBase.from_parsed([doc], (), (), {doc.document.id: text})
    assert not any(o.text.startswith(("The reviewers", "check the title")) for o in kb.obligations)
    from .test_properties import check_spans

    check_spans(text, doc)


# --- an annex after the last article ------------------------------------------------------------------------------

ANNEX_TXT = """---
title: Provisions on Orchard Spraying Records
---

Article 1 These Provisions apply to the records of orchard spraying.

Article 2 Orchard operators shall keep the record set out in the Annex to these Provisions.

Article 3 These Provisions shall take effect on 1 June 2031.


Annex  Particulars of the Spraying Record

+----+--------------------------+
| No | Particular               |
+====+==========================+
| 1  | Name of the operator     |
+----+--------------------------+
| 2  | Date of spraying         |
+----+--------------------------+
"""

ANNEX_MD = """---
title: Measures on Boat Moorings
---

## Chapter I General Provisions

**Article 1.** These Measures govern moorings on the lake.

**Article 2.** Boat owners shall apply for a mooring with the form in Appendix 1.

**Article 3.** These Measures take effect on 1 July 2031.

## Appendix 1: Form of the Mooring Application

| Field | What to write |
|---|---|
| Owner | full name |
| Boat | registration number |

## Appendix 2: Mooring Fees

Fees are charged per metre of the boat.
"""


@pytest.mark.parametrize(("text", "count"), [(ANNEX_TXT, 1), (ANNEX_MD, 2)])
def test_an_annex_after_the_last_article_is_kept_apart(text: str, count: int) -> None:
    doc = parse_file(source(text))
    assert shape(doc) == {1: [0], 2: [0], 3: [0]}
    assert doc.articles[-1].text.startswith("These") and doc.articles[-1].text.endswith("2031.")
    annexes = [b for b in doc.blocks if b.kind == "annex"]
    assert [b.eid for b in annexes] == [f"annex_{n}" for n in range(1, count + 1)]
    assert "Date of spraying" in annexes[0].text or "registration number" in annexes[0].text
    for b in annexes:  # every character, with its span
        assert b.text.split()[:3] == text[b.span.start:b.span.end].split()[:3]
    assert sum(d.code == "annex" for d in doc.diagnostics) == count


def test_annex_words_that_are_no_heading_stay_law() -> None:
    text = ANNEX_TXT.split("\n\n\nAnnex")[0] + "\n\nThe Annex to these Provisions forms part of them.\n"
    doc = parse_file(source(text))
    assert not [b for b in doc.blocks if b.kind == "annex"]
    assert doc.articles[-1].text.endswith("forms part of them.")
    before_article = ANNEX_TXT.replace("Article 3 These", "Annex\n\nArticle 3 These", 1).split("\n\n\nAnnex  ")[0]
    doc = parse_file(source(before_article + "\n"))
    assert not [b for b in doc.blocks if b.kind == "annex"]  # an annex heading with an article after it is not one


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from([
    "<!-- a note -->", "<!-- two\nlines -->", '<a id="x1"></a>', "<sup>1</sup>", '<sup><a href="#f">2</a></sup>',
    "[Article 1](#art-1)", "Annex", "Annex 2 Forms", "附件", "Schedule", "| a | b |", "+--+", "plain words.",
    "Article 1 The office shall act.", "Article 2 Users may ask.", "", "(1) an item;"]), max_size=25))
def test_markup_and_annexes_keep_every_character(lines: list[str]) -> None:
    from .test_properties import check_spans

    text = "---\ntitle: Random\n---\n" + "\n".join(lines) + "\n"
    doc = parse_file(source(text))
    check_spans(text, doc)
    for a in doc.articles:
        assert "<!--" not in a.text and "<sup>" not in a.text
    for b in doc.blocks:
        if b.kind == "annex":
            assert 0 <= b.span.start <= b.span.end <= len(text)
            assert not any(a.span.start >= b.span.start for a in doc.articles)
