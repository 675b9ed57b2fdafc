"""Duties laid out in tables (issue 12): read as tables in every input format, every cell kept.

One invented regulation (Measures on Shared E-Scooter Rental) whose articles lay duties out in
tables, with three wordings of the header (a "Duty of X" column after a duty lead-in; a
"Responsible party | Obligation | Deadline" table after a lead-in without a modal; an "X shall not"
column), rendered in four layouts: Markdown with outer pipes, Markdown without them, a Word file
made with python-docx, and a web page with a <table>. Each must give the same rows, with the same
duties: bearer, modality, action quoted verbatim from its cell, condition from its cell.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from regkb import KnowledgeBase
from regkb.corpus import SourceFile, read_source, split_frontmatter
from regkb.importers import read_files
from regkb.importers.store import add_to_corpus
from regkb.parse import ParsedDocument, parse_file
from regkb.parse.tables import cell_spans, find_tables, read_columns

TITLE = "Measures on Shared E-Scooter Rental"

# (article number, lead-in, header, rows); each row's cells as printed
TABLES = [
    (2, "Scooter rental operators shall perform the duties set out in the table below.",
     ["No.", "Stage", "Duty of scooter rental operators"],
     [["1", "Before a rental begins", "check the brakes and the lights of the scooter"],
      ["2", "Within 24 hours after a crash is reported", "report the crash to the city transport department"],
      ["3", "After each rental", "not leave the scooter on a pavement"]]),
    (3, "The following obligations apply to the parties named in the table:",
     ["Responsible party", "Obligation", "Deadline"],
     [["Scooter rental operators", "insure every rider against accidents", "before the first rental"],
      ["Parking site owners", "mark the parking bays on the ground", "within 30 days of the opening of a site"]]),
    (4, "The conduct in the table below is not allowed in any circumstances listed there.",
     ["Item", "Circumstance", "Scooter rental operators shall not"],
     [["(1)", "While a scooter is being charged", "rent it out"],
      ["(2)", "During a storm warning", "let riders start a rental"]]),
]

# what each layout must give: (provision eid, modality, actor label, action, condition)
EXPECTED = [
    ("art_2__para_1", "obligation", "Scooter rental operators", "perform the duties set out in the table below", None),
    ("art_2__para_1__item_1", "obligation", "Scooter rental operators",
     "check the brakes and the lights of the scooter", "Before a rental begins"),
    ("art_2__para_1__item_2", "obligation", "Scooter rental operators",
     "report the crash to the city transport department", "Within 24 hours after a crash is reported"),
    ("art_2__para_1__item_3", "prohibition", "Scooter rental operators", "leave the scooter on a pavement",
     "After each rental"),
    ("art_3__para_1__item_1", "obligation", "Scooter rental operators", "insure every rider against accidents",
     "before the first rental"),
    ("art_3__para_1__item_2", "obligation", "Parking site owners", "mark the parking bays on the ground",
     "within 30 days of the opening of a site"),
    ("art_4__para_1__item_1", "prohibition", "Scooter rental operators", "rent it out",
     "While a scooter is being charged"),
    ("art_4__para_1__item_2", "prohibition", "Scooter rental operators", "let riders start a rental",
     "During a storm warning"),
]
FIRST = "These Measures apply to the rental of shared electric scooters in the city."
LAST = "These Measures take effect on 1 June 2027."


def markdown(outer: bool) -> str:
    out = [f"---\ntitle: {TITLE}\nid: scooters\n---\n# {TITLE}\n", f"**Article 1** {FIRST}\n"]
    for n, lead, header, rows in TABLES:
        out.append(f"**Article {n}** {lead}\n")
        lines = [header, ["---"] * len(header), *rows]
        out.append("\n".join(("| " + " | ".join(r) + " |") if outer else " | ".join(r) for r in lines) + "\n")
    out.append(f"**Article 5** {LAST}\n")
    return "\n".join(out)


def word(path: Path) -> Path:
    import docx

    d = docx.Document()
    d.add_heading(TITLE, 0)
    p = d.add_paragraph()
    p.add_run("Article 1").bold = True
    p.add_run("  " + FIRST)
    for n, lead, header, rows in TABLES:
        p = d.add_paragraph()
        p.add_run(f"Article {n}").bold = True
        p.add_run("  " + lead)
        t = d.add_table(rows=len(rows) + 1, cols=len(header))
        for r, cells in enumerate([header, *rows]):
            for c, text in enumerate(cells):
                t.cell(r, c).text = text
    p = d.add_paragraph()
    p.add_run("Article 5").bold = True
    p.add_run("  " + LAST)
    d.save(str(path))
    return path


def web_page(path: Path) -> Path:
    parts = [f"<html><head><title>{TITLE}</title></head><body><nav><a href='/'>Home</a> | <a href='/laws'>Laws</a>"
             f"</nav><div class='main'><h1>{TITLE}</h1><p><b>Article 1</b> {FIRST}</p>"]
    for n, lead, header, rows in TABLES:
        parts.append(f"<p><b>Article {n}</b> {lead}</p><table><thead><tr>"
                     + "".join(f"<th>{h}</th>" for h in header) + "</tr></thead><tbody>"
                     + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in r) + "</tr>" for r in rows)
                     + "</tbody></table>")
    parts.append(f"<p><b>Article 5</b> {LAST}</p></div><footer>Site map | Contact</footer></body></html>")
    path.write_text("".join(parts), encoding="utf-8")
    return path


def parsed(layout: str, tmp: Path) -> tuple[ParsedDocument, str]:
    corpus = tmp / "corpus"
    corpus.mkdir()
    if layout.startswith("markdown"):
        (corpus / "scooters.md").write_text(markdown(layout == "markdown"), encoding="utf-8")
        src = read_source(corpus / "scooters.md", corpus)
    else:
        original = word(tmp / "scooters.docx") if layout == "docx" else web_page(tmp / "scooters.html")
        done = add_to_corpus(read_files([original]), corpus, "scooters", {})
        assert done.document is not None
        src = read_source(done.document, corpus)
    return parse_file(src), src.text


LAYOUTS = ["markdown", "markdown-without-outer-pipes", "docx", "html"]


@pytest.mark.parametrize("layout", LAYOUTS)
def test_rows_are_items_with_their_cells(layout: str, tmp_path: Path) -> None:
    doc, text = parsed(layout, tmp_path)
    arts = {a.number: a for a in doc.articles}
    assert sorted(arts) == [1, 2, 3, 4, 5]
    for n, lead, header, rows in TABLES:
        (p,) = arts[n].paragraphs
        assert p.intro == lead
        assert list(p.table_header) == header
        assert [list(it.cells) for it in p.items] == rows
        labelled = header[0] in ("No.", "Item")
        assert [it.label for it in p.items] == ([r[0] for r in rows] if labelled else [""] * len(rows))
        for it, row in zip(p.items, rows, strict=True):
            line = text[it.span.start:it.span.end]  # the row as printed, every cell inside its span
            assert [line[a:b] for a, b in cell_spans(line)] == row
        for cell in (c for r in [header, *rows] for c in r):
            assert cell in p.text and cell in arts[n].text  # no character of law lost
    assert arts[5].paragraphs[0].text == LAST and not arts[5].paragraphs[0].table_header


@pytest.mark.parametrize("layout", LAYOUTS)
def test_rows_give_the_duties_of_their_bearers(layout: str, tmp_path: Path) -> None:
    doc, text = parsed(layout, tmp_path)
    kb = KnowledgeBase.from_parsed([doc], (), (), {doc.document.id: text})
    got = []
    for o in kb.obligations:
        assert text[o.action_span.start:o.action_span.end] == o.action  # quoted verbatim from its cell
        if o.condition is not None:
            assert o.condition_span is not None
            assert text[o.condition_span.start:o.condition_span.end] == o.condition
        got.append((o.eid, o.modality, kb.get(o.actors[0]).label, o.action, o.condition))
    assert [g for g in got if g[0].startswith(("art_2", "art_3", "art_4"))] == EXPECTED
    art2 = [o for o in kb.obligations if o.eid.startswith("art_2__para_1__item")]
    assert {o.bearer_basis for o in art2} == {"lead-in"}


def test_a_table_whose_columns_cannot_be_read_is_reported_and_kept(tmp_path: Path) -> None:
    text = (f"---\ntitle: {TITLE}\n---\nArticle 1 {FIRST}\n\nArticle 2 Operators shall comply with the table below.\n\n"
            "| Item | Description | Note |\n|---|---|---|\n| Brakes | Front and rear brakes | Checked daily |\n"
            "| Lights | Lamps at the front | Checked weekly |\n\nArticle 3 " + LAST + "\n")
    fm, body, diags = split_frontmatter(text, "t.md")
    doc = parse_file(SourceFile("t.md", text, "0", fm, body, tuple(diags)))
    warn = [d for d in doc.diagnostics if d.code == "table-roles"]
    assert len(warn) == 1 and warn[0].line == 8 and warn[0].severity == "warning"
    assert "no column reads as the duties" in warn[0].message
    (p,) = doc.articles[1].paragraphs
    assert [it.cells for it in p.items] == [("Brakes", "Front and rear brakes", "Checked daily"),
                                            ("Lights", "Lamps at the front", "Checked weekly")]
    kb = KnowledgeBase.from_parsed([doc], (), (), {doc.document.id: text})
    assert [o.eid for o in kb.obligations if o.article == 2] == ["art_2__para_1"]  # the lead-in only, no guess


@pytest.mark.parametrize(("header", "rows", "expected"), [
    # (label, action, conditions, parties, modality, header party)
    (["No.", "Stage", "Duty of platform operators"], [["1", "Before sale", "display the policy"]],
     (0, 2, [1], None, "obligation", "platform operators")),
    (["Party", "Obligation", "Deadline"], [["Sellers", "keep records", "three years"]],
     (None, 1, [2], 0, "obligation", "")),
    (["#", "When", "Banks must not"], [["a", "On a holiday", "close branches"]],
     (0, 2, [1], None, "prohibition", "Banks")),
    (["Responsible department", "Tasks"], [["The ministry", "draft the catalogue"]],
     (None, 1, [], 0, None, "")),
    (["Operators' obligations", "Time limit"], [["report incidents", "Within 2 hours"]],
     (None, 0, [1], None, "obligation", "Operators")),
    (["", "", ""], [["(1)", "Where data leak", "notify the users"]], (0, 2, [1], None, None, "")),
    (["Rights of users", "Basis"], [["obtain a copy of the data", "Article 4"]],
     (None, 0, [], None, "right", "users")),
])
def test_column_roles_from_header_and_cells(header: list[str], rows: list[list[str]],
                                            expected: tuple[object, ...]) -> None:
    r = read_columns(header, rows)
    assert (r.label, r.action, r.conditions, r.parties, r.modality, r.header_party) == expected
    assert not r.problem


def test_columns_of_duties_that_the_header_tells_apart_are_each_read() -> None:
    r = read_columns(["Duty of sellers", "Duty of buyers"], [["ship the goods", "pay the price"]])
    assert [(a.column, a.party, a.modality) for a in r.actions] == [(0, "sellers", "obligation"),
                                                                     (1, "buyers", "obligation")]
    r = read_columns(["Party", "Rights", "Obligations"], [["Tenants", "use the garden", "pay the rent"]])
    assert [(a.column, a.modality) for a in r.actions] == [(1, "right"), (2, "obligation")] and r.parties == 0


@pytest.mark.parametrize(("header", "rows"), [
    (["Duty", "Obligation"], [["ship the goods", "pay the price"]]),  # the header does not tell them apart
    (["Step", "What else"], [["ship the goods", "pay the price"]]),  # two columns of verb phrases, no header
])
def test_two_columns_of_duties_alike_are_a_problem_not_a_guess(header: list[str], rows: list[list[str]]) -> None:
    r = read_columns(header, rows)
    assert r.action is None and "more than one column" in r.problem


@pytest.mark.parametrize(("lines", "found"), [
    (["| a | b |", "|---|---|", "| 1 | 2 |"], [(0, 1, 2)]),
    (["a | b", "--- | :---:", "1 | 2", "3 | 4", "", "x | y"], [(0, 1, 3)]),
    (["| a | b |", "| 1 | 2 |"], []),  # no delimiter row: not a table
    (["a | b | c", "---|---"], []),  # the delimiter has another number of cells
    (["Source: a | Updated: b", "text"], []),
    (["---", "text"], []),  # a horizontal rule
])
def test_find_tables(lines: list[str], found: list[tuple[int, int, int]]) -> None:
    assert [(t.header, t.delimiter, t.last) for t in find_tables(lines)] == found


def test_escaped_pipe_stays_in_its_cell() -> None:
    line = r"| a \| b | c |"
    assert [line[a:b] for a, b in cell_spans(line)] == [r"a \| b", "c"]


_CELL = st.text(st.characters(whitelist_categories=("L", "N", "Zs"), whitelist_characters=".,;:()'-"),
                min_size=1, max_size=30).map(lambda s: " ".join(s.split())).filter(lambda s: bool(s) and s != "-")


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(header=st.lists(_CELL, min_size=2, max_size=4), n_rows=st.integers(min_value=1, max_value=4),
       data=st.data(), outer=st.booleans())
def test_no_character_of_a_table_is_lost(header: list[str], n_rows: int, data: st.DataObject, outer: bool) -> None:
    rows = [data.draw(st.lists(_CELL, min_size=len(header), max_size=len(header))) for _ in range(n_rows)]
    lines = [header, ["---"] * len(header), *rows]
    table = "\n".join(("| " + " | ".join(r) + " |") if outer else " | ".join(r) for r in lines)
    if any(re.match(r"-+$", c) for r in rows for c in r):
        return
    text = f"---\ntitle: T\n---\nArticle 1 Operators shall do the following:\n\n{table}\n\nArticle 2 {LAST}\n"
    fm, body, diags = split_frontmatter(text, "t.md")
    doc = parse_file(SourceFile("t.md", text, "0", fm, body, tuple(diags)))
    art = doc.articles[0]
    (p,) = art.paragraphs
    assert list(p.table_header) == header
    assert [list(it.cells) for it in p.items] == rows
    start = text.index("Article 1 ") + len("Article 1 ")
    end = text.index("\n\nArticle 2")
    # the article's text is its source with white space folded: every character of the table is there
    assert art.text == " ".join(text[start:end].split())
    assert p.span.start == start and p.span.end == end


def test_the_article_page_shows_the_table_as_a_table(tmp_path: Path) -> None:
    from regkb.site.generate import generate

    doc, text = parsed("markdown", tmp_path)
    kb = KnowledgeBase.from_parsed([doc], (), (), {doc.document.id: text})
    generate(kb, tmp_path / "site")
    page = (tmp_path / "site" / "provisions" / "scooters" / "art-2.md").read_text(encoding="utf-8")
    body = page.split('<div class="regkb-article"', 1)[1].split("</div>\n", 1)[0]
    assert "| No. |" not in body and "|---" not in body  # no pipe soup
    assert '<th scope="col">Duty of scooter rental operators</th>' in body
    rows = re.findall(r'<tr id="([^"]+)">(.*?)</tr>', body)
    assert [r[0] for r in rows] == [f"art_2__para_1__item_{k}" for k in (1, 2, 3)]
    assert re.findall(r"<td>(.*?)</td>", rows[0][1])[:2] == ["1", "Before a rental begins"]
    assert "check the brakes and the lights of the scooter" in rows[0][1]


def kb_of(body: str) -> tuple[ParsedDocument, KnowledgeBase]:
    text = f"---\ntitle: Rules on Kiosks\n---\nArticle 1 These Rules apply to kiosks.\n\n{body}\n\nArticle 9 {LAST}\n"
    fm, rest, diags = split_frontmatter(text, "k.md")
    doc = parse_file(SourceFile("k.md", text, "0", fm, rest, tuple(diags)))
    return doc, KnowledgeBase.from_parsed([doc], (), (), {doc.document.id: text})


@pytest.mark.parametrize(("body", "expected", "code"), [
    # a party column whose cells carry their own marker: the cell's marker, the row's party
    ("Article 2 The duties of the parties are as follows:\n\n| Party | Duty |\n|---|---|\n"
     "| Kiosk owners | shall keep a log of sales for three years |\n"
     "| Ticket agents | must not resell tickets above face value |",
     [("art_2__para_1__item_1", "obligation", "Kiosk owners", "keep a log of sales for three years", None),
      ("art_2__para_1__item_2", "prohibition", "Ticket agents", "resell tickets above face value", None)], "table"),
    # a table with no lead-in: the header names the bearer and the duty
    ("Article 2\n\n| No. | Time limit | Duty of kiosk owners |\n|---|---|---|\n"
     "| 1 | Within 5 days of opening | register the kiosk with the market department |",
     [("art_2__para_1__item_1", "obligation", "Kiosk owners", "register the kiosk with the market department",
       "Within 5 days of opening")], "table"),
    # rows that are the conditions a lead-in asks for: no duty of their own, and said so
    ("Article 2 Kiosk owners shall meet one of the conditions in the table below:\n\n| No. | Condition |\n"
     "|---|---|\n| 1 | hold a licence for street trade |\n| 2 | be a member of the kiosk association |",
     [("art_2__para_1", "obligation", "Kiosk owners", "meet one of the conditions in the table below", None)],
     "table-roles"),
    # a column of rights and a column of duties, each with its header's modality
    ("Article 2 Kiosk owners have the following rights and duties.\n\n| Kiosk owners may | Kiosk owners' obligations |\n"
     "|---|---|\n| sell drinks | keep the kiosk clean |",
     [("art_2__para_1__item_1", "permission", "Kiosk owners", "sell drinks", None),
      ("art_2__para_1__item_1", "obligation", "Kiosk owners", "keep the kiosk clean", None)], "table"),
    # a table of penalties: no duties (its rows are sanctions, see below)
    ("Article 2 Violations of these Rules shall be punished as set out below:\n\n| Violation | Penalty |\n|---|---|\n"
     "| Selling without a licence | a fine of not more than 5,000 yuan |", [], "table"),
    # a table of penalties whose violation column cannot be told: kept and reported
    ("Article 2 Violations of these Rules shall be punished as set out below:\n\n| Offender | Note | Penalty |\n"
     "|---|---|---|\n| Kiosk owners | Selling without a licence | a fine of 5,000 yuan |", [], "table-penalties"),
])
def test_tables_in_other_shapes(body: str, expected: list[tuple[str, str, str, str, str | None]], code: str) -> None:
    doc, kb = kb_of(body)
    got = [(o.eid, o.modality, kb.get(o.actors[0]).label, o.action, o.condition) for o in kb.obligations
           if o.article == 2]
    assert got == expected
    assert [d.code for d in doc.diagnostics if d.code.startswith("table")] == [code]
    assert all(it.cells for p in doc.articles[1].paragraphs for it in p.items)


def test_a_page_laid_out_in_a_table_is_read_as_before(tmp_path: Path) -> None:
    arts = "".join(f"<p>Article {n} Kiosk owners shall keep the {w} of each sale in a book that the market department "
                   "may inspect at any time during opening hours.</p>" for n, w in ((1, "date"), (2, "price")))
    page = tmp_path / "kiosks.html"
    page.write_text(f"<html><head><title>Rules on Kiosks</title></head><body><table><tr><td><a href='/'>Home</a><br>"
                    f"<a href='/laws'>Laws</a></td><td><p><b>Rules on Kiosks</b></p>{arts}</td></tr></table></body></html>",
                    encoding="utf-8")
    text = read_files([page]).text
    assert "|" not in text and "Article 2 Kiosk owners shall keep the price" in text


def test_a_word_file_laid_out_in_a_table_is_read_as_before(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    t = d.add_table(rows=1, cols=2)
    t.cell(0, 0).text = "Ministry of Kiosks"
    cell = t.cell(0, 1)
    cell.text = "Rules on Kiosks"
    for n, w in ((1, "date"), (2, "price")):
        cell.add_paragraph(f"Article {n} Kiosk owners shall keep the {w} of each sale in a book that the market "
                           "department may inspect at any time during opening hours.")
    d.save(str(tmp_path / "kiosks.docx"))
    text = read_files([tmp_path / "kiosks.docx"]).text
    assert "|" not in text
    assert "\n\nArticle 2 Kiosk owners shall keep the price" in text


def test_a_cell_that_cites_an_article_is_no_heading() -> None:
    doc, kb = kb_of("Article 2 Kiosk owners shall perform the duties below:\n\nBasis | Duty\n--- | ---\n"
                    "Article 1 | keep a book of sales\nArticle 9 | show the prices")
    assert [a.number for a in doc.articles] == [1, 2, 9]
    assert [(o.eid, o.action) for o in kb.obligations if o.article == 2][1:] == [
        ("art_2__para_1__item_1", "keep a book of sales"), ("art_2__para_1__item_2", "show the prices")]


@pytest.mark.parametrize(("body", "expected"), [
    # violator from the lead-in's sanction, violation and penalty from the row
    ("Article 2 Kiosk owners who violate these Rules shall be punished as set out below:\n\n"
     "| No. | Violation | Penalty |\n|---|---|---|\n| 1 | Selling without a licence | a fine of not more than 5,000 yuan |\n"
     "| 2 | Failing to keep a book of sales | a warning |",
     [("art_2__para_1__item_1", "a fine of not more than 5,000 yuan", "Kiosk owners", None, "Selling without a licence"),
      ("art_2__para_1__item_2", "a warning", "Kiosk owners", None, "Failing to keep a book of sales")]),
    # violator and authority from their columns
    ("Article 2 The penalties are as follows:\n\nParty | Violation | Penalty | Imposed by\n--- | --- | --- | ---\n"
     "Ticket agents | Reselling tickets | a fine of twice the price | the culture department",
     [("art_2__para_1__item_1", "a fine of twice the price", "Ticket agents", "the culture department",
       "Reselling tickets")]),
])
def test_a_table_of_penalties_gives_one_sanction_per_row(
        body: str, expected: list[tuple[str, str, str | None, str | None, str]]) -> None:
    doc, kb = kb_of(body)
    text = kb.sources[doc.document.id]
    rows = [s for s in kb.sanctions if "__item_" in s.provision]
    assert [(s.eid, s.penalties, s.violator, s.authority, s.condition) for s in rows] == expected
    for s in rows:
        assert text[s.penalties_span.start:s.penalties_span.end] == s.penalties
        assert s.condition_span is not None and text[s.condition_span.start:s.condition_span.end] == s.condition
        assert s.violators  # the violator is an actor of the knowledge base
    assert not [o for o in kb.obligations if o.article == 2 and "__item_" in o.provision]  # no duty of the fined


def test_header_rows_one_above_the_other_are_one_header(tmp_path: Path) -> None:
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rows = [["", "Duties"], ["Stage", "of kiosk owners"], ["Before opening", "register the kiosk"]]
    page = tmp_path / "k.html"
    page.write_text("<html><body><p>Article 1 Kiosk owners shall perform the duties below.</p><table>"
                    + "".join("<tr>" + "".join(f"<{'th' if r < 2 else 'td'}>{c}</{'th' if r < 2 else 'td'}>"
                                               for c in row) + "</tr>" for r, row in enumerate(rows))
                    + "</table></body></html>", encoding="utf-8")
    d = docx.Document()
    d.add_paragraph("Article 1 Kiosk owners shall perform the duties below.")
    t = d.add_table(rows=3, cols=2)
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            t.cell(r, c).text = text
        if r < 2:
            t.rows[r]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
            assert t.rows[r]._tr.trPr.find(qn("w:tblHeader")) is not None
    d.save(str(tmp_path / "k.docx"))
    for f in (page, tmp_path / "k.docx"):
        text = read_files([f]).text
        assert "| Stage | Duties of kiosk owners |\n|---|---|\n| Before opening | register the kiosk |" in text, f


def test_a_table_without_rows_keeps_its_header_in_the_article() -> None:
    doc, _ = kb_of("Article 2 Kiosk owners shall keep logs. The logs referred to in the preceding paragraph shall "
                   "be kept for a year.\n\n| Log | Period of keeping |\n|---|---|")
    art = doc.articles[1]
    assert "| Log | Period of keeping |" in art.text
    assert art.paragraphs[-1].table_header == ("Log", "Period of keeping")


def test_a_word_table_numbered_by_word_keeps_its_numbers(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("Article 1 Kiosk owners shall perform the duties below:")
    t = d.add_table(rows=3, cols=2)
    t.cell(0, 0).text, t.cell(0, 1).text = "No.", "Duty"
    for r, duty in ((1, "keep a book of sales"), (2, "show the prices")):
        t.cell(r, 0).paragraphs[0].style = "List Number"  # the number is Word's, not typed
        t.cell(r, 1).text = duty
    d.add_paragraph("Article 2 " + LAST)
    d.save(str(tmp_path / "k.docx"))
    imported = read_files([tmp_path / "k.docx"])
    assert "| 1. | keep a book of sales |\n| 2. | show the prices |" in imported.text
    assert any("2 paragraph number(s)" in n for n in imported.notes)
