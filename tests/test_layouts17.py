"""Layouts of session 14 (issue 12), by layout class, each in two wordings (invented texts):

- an amendment **comparison table** ("Original text | Amended text | Notes"): the later version's column is the law, the
  other columns are kept beside their article as comments (never law), "(Deleted)" / "(None)" cells are no law, and
  `regkb check` says how the table was read; in a Word file, a web page and a Markdown pipe table (one decision:
  parse/tables.py ``comparison_columns``). A table whose header names no versions is not guessed at; a bilingual table,
  a "Provision | Text" table and a table of fees are no comparison;
- a **post's headings marked by a leading glyph** ("▌Chapter II ...", "■ Chapter 2", "【Chapter III ...】") and its
  **end mark followed by the post's furniture** ("— END —", then the source, buttons and readers' comments);
- a **redline PDF**: text drawn with a line through its middle is deleted text, left out of the law and listed; an
  underlined insertion stays.
"""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement

from regkb import KnowledgeBase
from regkb.corpus import SourceFile
from regkb.importers import read_files
from regkb.importers.store import add_to_corpus
from regkb.parse.structure import parse_structure
from regkb.parse.tables import comparison_columns, comparison_doubt

from .test_law_tables14 import QUARRIES, provision_text
from .test_layout_properties import assert_nothing_lost

# --- the decision: which column is the law ---------------------------------------------------------------------------

_ROWS = [["Article 1 The old words.", "Article 1 The new words.", ""],
         ["Article 2 More old words.", "Article 2 More new words.", "why"]]


@pytest.mark.parametrize(("header", "law", "apart"), [
    (["Original text (Order No. 4 of 2030)", "Amended text", "Notes on the amendment"], 1, (0, 2)),
    (["Current provision", "Revised provision", "Reason"], 1, (0, 2)),
    (["Before amendment", "After amendment", ""], 1, (0, 2)),
    (["Draft for comment", "Adopted text", "Remarks"], 1, (0, 2)),
    (["Amended article", "Former article", "Explanation"], 0, (1, 2)),
    (["Existing text", "New text", "Comments"], 1, (0, 2)),
])
def test_the_header_names_the_later_version(header: list[str], law: int, apart: tuple[int, ...]) -> None:
    cmp = comparison_columns([header, *_ROWS])
    assert cmp is not None and cmp.law == law and cmp.apart == apart and cmp.number is None
    assert f"column {law + 1}" in cmp.says()


def test_a_numbers_column_is_read_with_the_law() -> None:
    rows = [["Article", "Original text", "Revised text"], ["Article 1", "Article 1 Old.", "Article 1 New."],
            ["Article 2", "Article 2 Old.", "Article 2 New."]]
    cmp = comparison_columns(rows)
    assert cmp is not None and (cmp.law, cmp.number, cmp.apart) == (2, 0, (1,))


@pytest.mark.parametrize("rows", [
    [["中文", "English"], ["第一条 本办法。", "Article 1 These Measures."], ["第二条 本办法。", "Article 2 These Measures."]],
    [["Provision", "Text"], ["Article 1", "These Measures apply."], ["Article 2", "Operators shall keep records."]],
    [["Article No.", "Text of the Provision", "Notes"], ["Article 1", "These Rules apply.", ""],
     ["Article 2", "Owners shall register.", "amended 2030"]],
    [["Item", "Current fee", "New fee"], ["Stall", "10 yuan", "12 yuan"], ["Kiosk", "20 yuan", "25 yuan"]],
    [["Former and amended text", "Notes"], ["Article 1 Old. Article 1 New.", ""], ["Article 2 x", ""]],
])
def test_tables_that_name_no_two_versions_are_no_comparison(rows: list[list[str]]) -> None:
    assert comparison_columns(rows) is None


def test_articles_side_by_side_without_named_versions_are_a_doubt() -> None:
    rows = [["Text A", "Text B"], ["Article 1 Old.", "Article 1 New."], ["Article 2 Old.", "Article 2 New."]]
    assert comparison_columns(rows) is None and comparison_doubt(rows)
    assert not comparison_doubt([["Provision", "Text"], ["Article 1", "These Measures apply."],
                                 ["Article 2", "Operators shall keep records."]])


# --- the same table in a Word file, a web page and Markdown ----------------------------------------------------------

# (earlier cell, later cell, note); a cell's paragraphs split at "\n"; a row of one cell is a chapter in both columns
MARKETS = [
    ("Chapter I General Provisions",),
    ("Article 1 These Rules govern night markets in the town.",
     "Article 1 These Rules govern night markets and street fairs in the town.", "Scope widened."),
    ("Article 2 A market operator should sweep the street.",
     "Article 2 A market operator shall sweep the street every evening.\nA market operator shall not block a fire lane.",
     "A firm duty; the fire lane added."),
    ("Article 3 Stallholders must register with the town office.", "(Deleted)", "Registration moved online."),
    ("(None)", "Article 3 Stallholders may form an association.", "New article."),
    ("Chapter II Supplementary Provision",),
    ("Article 4 These Rules take effect on 1 May 2030.", "Article 4 These Rules take effect on 1 June 2031.",
     "Date of the amendment."),
]
FERRIES = [
    ("Chapter 1 General Rules",),
    ("Article 1 These Measures apply to ferries on the county's reservoirs.",
     "Article 1 These Measures apply to ferries and pleasure boats on the county's reservoirs.", "Boats added."),
    ("Article 2 A ferry operator ought to carry life jackets.",
     "Article 2 A ferry operator must carry a life jacket for every passenger.\nThe operator must not sail in fog.",
     "Number of jackets fixed; fog rule new."),
    ("(None)", "Article 3 The transport bureau may inspect any ferry at any time.", "Inspection power added."),
    ("Chapter 2 Final Rules",),
    ("Article 3 These Measures come into force on 1 March 2029.",
     "Article 4 These Measures come into force on 1 April 2032.", "Renumbered."),
]
WORDINGS = [(MARKETS, ("Original text (Order No. 4 of 2028)", "Amended text", "Notes on the amendment")),
            (FERRIES, ("Existing provision", "Revised provision", "Explanation"))]
LAW = {id(MARKETS): (["These Rules govern night markets and street fairs in the town."],
                     ["A market operator shall sweep the street every evening.",
                      "A market operator shall not block a fire lane."],
                     ["Stallholders may form an association."], ["These Rules take effect on 1 June 2031."]),
       id(FERRIES): (["These Measures apply to ferries and pleasure boats on the county's reservoirs."],
                     ["A ferry operator must carry a life jacket for every passenger.",
                      "The operator must not sail in fog."],
                     ["The transport bureau may inspect any ferry at any time."],
                     ["These Measures come into force on 1 April 2032."])}


def _former_words(law: list[tuple[str, ...]]) -> list[str]:
    """Sentences of the earlier version and the notes that the later version does not hold."""
    later = " ".join(r[1] for r in law if len(r) == 3)
    out = []
    for r in law:
        if len(r) == 3:
            out.extend(t.split(" ", 2)[-1] if t.startswith("Article") else t for t in (r[0], r[2]))
    return [t for t in out if t not in later and t not in ("(None)",)]


def _check(kb: KnowledgeBase, law: list[tuple[str, ...]]) -> None:
    arts = sorted(kb.articles, key=lambda a: a.number)
    assert [a.number for a in arts] == [1, 2, 3, 4]
    assert [[p.text for p in a.paragraphs] for a in arts] == list(LAW[id(law)])
    assert [a.chapter for a in arts] == [1, 1, 1, 2]
    body = "\n".join(a.text for a in arts)
    for t in _former_words(law):
        assert t not in body, t  # the earlier text and the notes are no law
    assert "(Deleted)" not in body and "(None)" not in body
    kept = " ".join(b.text for b in kb.blocks if b.kind == "comment")
    for t in _former_words(law):
        assert t in kept, t  # ... but kept beside their article
    assert [d for d in kb.diagnostics if d.code == "comparison-table" and "taken as the law" in d.message]
    assert not kb.obligations_of() or all("should sweep" not in o.text and "ought to carry" not in o.text
                                          for o in kb.obligations_of())


def _word(law: list[tuple[str, ...]], header: tuple[str, ...]) -> docx.Document:
    d = docx.Document()
    d.add_paragraph("Annex")
    d.add_paragraph("Comparison Table of the Amendments to the Rules")
    t = d.add_table(rows=1, cols=3)
    for c, h in zip(t.rows[0].cells, header, strict=True):
        c.text = h
    t.rows[0]._tr.get_or_add_trPr().append(OxmlElement("w:tblHeader"))
    for r in law:
        cells = t.add_row().cells
        if len(r) == 1:
            cells[0].text, cells[1].text = r[0], r[0]
            continue
        for c, text in zip(cells, r, strict=True):
            parts = text.split("\n")
            c.paragraphs[0].text = parts[0]
            for p in parts[1:]:
                c.add_paragraph(p)
    return d


def _added(tmp_path: Path, name: str) -> tuple[KnowledgeBase, str]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    done = read_files([tmp_path / name])
    assert add_to_corpus(done, corpus, "law", {}).document is not None
    text = "\n".join(f.read_text(encoding="utf-8") for f in corpus.glob("*.md"))
    return KnowledgeBase.from_corpus(corpus), text


@pytest.mark.parametrize(("law", "header"), WORDINGS, ids=["original-amended", "existing-revised"])
def test_word_comparison_table(tmp_path: Path, law: list[tuple[str, ...]], header: tuple[str, ...]) -> None:
    _word(law, header).save(str(tmp_path / "cmp.docx"))
    kb, _ = _added(tmp_path, "cmp.docx")
    _check(kb, law)


def _html(law: list[tuple[str, ...]], header: tuple[str, ...]) -> str:
    rows = ["<tr>" + "".join(f"<th>{h}</th>" for h in header) + "</tr>"]
    for r in law:
        if len(r) == 1:
            rows.append(f'<tr><td colspan="3"><b>{r[0]}</b></td></tr>')
        else:
            rows.append("<tr>" + "".join("<td>" + "".join(f"<p>{p}</p>" for p in c.split("\n")) + "</td>"
                                         for c in r) + "</tr>")
    return (f"<html><head><title>Comparison</title></head><body><main><h1>Comparison of the amended Rules</h1>"
            f"<table>{''.join(rows)}</table></main></body></html>")


@pytest.mark.parametrize(("law", "header"), [
    (MARKETS, ("Before amendment", "After amendment", "Notes")),
    (FERRIES, ("Draft for comment", "Adopted text", "Remarks")),
], ids=["before-after", "draft-adopted"])
def test_web_page_comparison_table(tmp_path: Path, law: list[tuple[str, ...]], header: tuple[str, ...]) -> None:
    (tmp_path / "cmp.html").write_text(_html(law, header), encoding="utf-8")
    kb, _ = _added(tmp_path, "cmp.html")
    _check(kb, law)


def _markdown(law: list[tuple[str, ...]], header: tuple[str, ...]) -> str:
    lines = ["---", "title: Rules", "---", "", "# Comparison of the amended Rules", "",
             "| " + " | ".join(header) + " |", "|---|---|---|"]
    for r in law:
        cells = (f"**{r[0]}**", f"**{r[0]}**", "") if len(r) == 1 else tuple(c.replace("\n", "<br>") for c in r)
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(("law", "header"), [
    (MARKETS, ("Current provision", "Revised provision", "Reason")),
    (FERRIES, ("Former article", "New article", "Notes")),
], ids=["current-revised", "former-new"])
def test_markdown_comparison_table(tmp_path: Path, law: list[tuple[str, ...]], header: tuple[str, ...]) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "cmp.md").write_text(_markdown(law, header), encoding="utf-8")
    _check(KnowledgeBase.from_corpus(corpus), law)
    text = _markdown(law, header)
    assert_nothing_lost(SourceFile("cmp.md", text, "", {"title": "Rules"}, text.index("---\n", 4) + 4))


def test_articles_side_by_side_without_versions_are_kept_and_reported(tmp_path: Path) -> None:
    _word(MARKETS, ("Text A", "Text B", "Notes")).save(str(tmp_path / "cmp.docx"))
    done = read_files([tmp_path / "cmp.docx"])
    notes = " ".join(done.notes)
    assert "names no earlier and later version" in notes
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    add_to_corpus(done, corpus, "law", {})
    text = "\n".join(f.read_text(encoding="utf-8") for f in corpus.glob("*.md"))
    for r in MARKETS:  # every column's text kept
        for c in r:
            for p in c.split("\n"):
                assert p in text
    kb = KnowledgeBase.from_corpus(corpus)
    assert [d for d in kb.diagnostics if d.code == "comparison-doubt" and d.severity == "warning"]


def test_a_provision_text_table_is_no_comparison(tmp_path: Path) -> None:
    provision_text(QUARRIES).save(str(tmp_path / "law.docx"))
    done = read_files([tmp_path / "law.docx"])
    assert not [n for n in done.notes if "comparison" in n]


# --- a post: headings marked by a glyph, the end mark and the furniture after it ------------------------------------

POST = """---
title: Provisions
---
County Release
Tap the blue words above to follow us

{g1}Provisions of the County on Village Stages

{g2}Chapter I General Provisions{c2}

Article 1

These Provisions are made to keep village stages safe.

Article 2

A stage erector shall fence every stage.

{g2}Chapter II Supplementary Provision{c2}

Article 3

These Provisions take effect on 1 March 2031.

{end}

Source: County Office
Like 12 | Share
Comments (1)
A reader: Every troupe should read this! 3 likes
Author reply: Yes, stages must not be left unfenced.
"""


@pytest.mark.parametrize(("g1", "g2", "c2", "end"), [
    ("▌", "▌", "", "— END —"),
    ("■ ", "【", "】", "(End)"),
    ("◆", "● ", "", "- END -"),
])
def test_glyph_headings_and_the_end_mark_of_a_post(g1: str, g2: str, c2: str, end: str) -> None:
    text = POST.format(g1=g1, g2=g2, c2=c2, end=end)
    src = SourceFile("post.txt", text, "", {"title": "Provisions"}, text.index("---\n", 4) + 4)
    s = parse_structure(src, "doc")
    assert [(c.number, c.title) for c in s.chapters] == [(1, "General Provisions"), (2, "Supplementary Provision")]
    assert [(a.number, a.chapter, [p.text for p in a.paragraphs]) for a in s.articles] == [
        (1, 1, ["These Provisions are made to keep village stages safe."]),
        (2, 1, ["A stage erector shall fence every stage."]),
        (3, 2, ["These Provisions take effect on 1 March 2031."])]
    kept = " ".join(b.text for b in s.blocks if b.kind == "comment")
    assert "Every troupe should read this" in kept and "must not be left unfenced" in kept
    assert [d for d in s.dropped if d.text == end]
    assert [d for d in s.diagnostics if d.code == "after-closing-rule"]
    assert_nothing_lost(src)


def test_a_bullet_is_no_heading_mark() -> None:
    text = ("---\ntitle: x\n---\nArticle 1 Operators shall keep records.\n\n• Chapter 2 sets out the fees.\n\n"
            "Article 2 These Rules take effect on 1 May 2031.\n")
    s = parse_structure(SourceFile("x.txt", text, "", {"title": "x"}, text.index("---\n", 4) + 4), "doc")
    assert not s.chapters and [a.number for a in s.articles] == [1, 2]


# --- a redline PDF: struck-through text is deleted text -------------------------------------------------------------


def _redline(path: Path, rect: bool, size: float) -> None:
    """Articles with deleted words struck through (a line, or a thin filled rectangle, through the letters' middle)
    and inserted words underlined (a line under the letters)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4, invariant=True)
    y = A4[1] - 90
    lines = [[("Rules on Village Wells", "")],
             [("Article 1 ", ""), ("Owners should cover their wells.", "del"), (" ", ""),
              ("Owners shall cover their wells.", "ins")],
             [("Article 2 The village committee shall inspect the wells every ", ""), ("week", "del"), (" ", ""),
              ("month", "ins"), (".", "")],
             [("Article 3 These Rules take effect on 1 May 2031.", "")]]
    for parts in lines:
        x = 72.0
        for text, how in parts:
            c.setFont("Times-Roman", size)
            c.drawString(x, y, text)
            w = stringWidth(text, "Times-Roman", size)
            if how == "del" and rect:
                c.rect(x, y + 0.3 * size, w, 0.08 * size, stroke=0, fill=1)
            elif how == "del":
                c.line(x, y + 0.32 * size, x + w, y + 0.32 * size)
            elif how == "ins":
                c.line(x, y - 0.15 * size, x + w, y - 0.15 * size)
            x += w
        y -= size * 2.4
    c.showPage()
    c.save()


@pytest.mark.parametrize(("rect", "size"), [(False, 10.5), (True, 12.0)], ids=["line", "rectangle"])
def test_struck_through_text_is_deleted_text(tmp_path: Path, rect: bool, size: float) -> None:
    _redline(tmp_path / "redline.pdf", rect, size)
    done = read_files([tmp_path / "redline.pdf"])
    assert [f.text for f in done.furniture if "struck through" in f.reason] == ["Owners should cover their wells.",
                                                                                "week"]
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    add_to_corpus(done, corpus, "law", {})
    kb = KnowledgeBase.from_corpus(corpus)
    arts = sorted(kb.articles, key=lambda a: a.number)
    assert [" ".join(a.text.split()) for a in arts] == [
        "Owners shall cover their wells.", "The village committee shall inspect the wells every month.",
        "These Rules take effect on 1 May 2031."]
    assert [d for d in kb.diagnostics if d.code == "struck-through" and "Owners should" in d.message]


def test_a_web_page_with_articles_side_by_side_and_no_versions_is_reported(tmp_path: Path) -> None:
    (tmp_path / "cmp.html").write_text(_html(FERRIES, ("Text A", "Text B", "Notes")), encoding="utf-8")
    done = read_files([tmp_path / "cmp.html"])
    assert [n for n in done.notes if "names no earlier and later version" in n]
    assert not [n for n in done.notes if "read as a comparison table" in n]
