"""Layouts of session 15 (issue 12, helper layout19), by layout class, each in two layouts or wordings (invented
texts), negative rows included:

- an amendment **comparison table printed in a PDF** (ruled cells; unruled columns): the later version's column is the
  law, the other columns are kept beside their article as comments, read from the page's geometry
  (importers/pdfcompare.py) with the decision the other formats share (parse/tables.py ``comparison_columns``);
- an HTML **line break in Markdown** (``<br>``, ``<br/>``, ``<br />``; in a paragraph, a list run together, a table's
  cell) is markup: left out and listed, its words read apart (a space), never glued; in a web page a ``<br>`` in
  mid-sentence is a wrapped line of its paragraph, one after a sentence's end still parts paragraphs;
- a **Markdown definition list** (a term line, then ``:   its definition``; MkDocs' def_list, and pandoc's with a
  blank line between): each entry is one item of the lead-in that ends with a colon (else a paragraph), every
  character kept, and its term and definition reach the
  definitions reader (a definition by layout, also where the article's lead-in names no definitions); a colon line
  after a lead-in, a sentence or a wrapped line is no definition list; a web page's ``<dl>`` is written so too;
- (chosen) **invisible characters inside words** (a web page's soft hyphens, a messaging app's zero-width spaces): the
  word is read whole, its duty kept; and **HTML formatting and folding tags in Markdown** (``<strong>Article 1</strong>``,
  ``<u>shall</u>``, ``<details><summary>Chapter II ...</summary>``): markup, the words between them read as text;
  **struck-through text in a web page or Markdown** (``<del>``, ``<s>``, ``<strike>``, a line-through style,
  ``~~words~~``): deleted text, left out of the law and listed, as in a PDF; **a unit's power in Markdown**
  (``6 m<sup>2</sup>``): the digit is law, not a note's mark.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from regkb import KnowledgeBase
from regkb.corpus import SourceFile
from regkb.importers import read_files
from regkb.importers.store import add_to_corpus
from regkb.parse.structure import parse_structure

from .pdf_comparison import comparison_pdf
from .test_layout_properties import assert_nothing_lost
from .test_layouts17 import FERRIES, MARKETS, _check

# --- a comparison table in a PDF ------------------------------------------------------------------------------------


def _pdf_kb(tmp_path: Path, name: str) -> tuple[KnowledgeBase, str]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    done = read_files([tmp_path / name])
    assert add_to_corpus(done, corpus, "law", {}).document is not None
    text = "\n".join(f.read_text(encoding="utf-8") for f in corpus.glob("*.md"))
    return KnowledgeBase.from_corpus(corpus), text


@pytest.mark.parametrize(("layout", "law", "header"), [
    ("ruled", MARKETS, ("Original text (Order No. 4 of 2028)", "Amended text", "Notes on the amendment")),
    ("ruled", FERRIES, ("Existing provision", "Revised provision", "Explanation")),
    ("unruled", MARKETS, ("Before amendment", "After amendment", "Notes")),
    ("unruled", FERRIES, ("Draft for comment", "Adopted text", "Remarks")),
], ids=["ruled-original-amended", "ruled-existing-revised", "unruled-before-after", "unruled-draft-adopted"])
def test_pdf_comparison_table(tmp_path: Path, layout: str, law: list[tuple[str, ...]], header: tuple[str, ...]) -> None:
    comparison_pdf(tmp_path / "cmp.pdf", law, header, layout)
    kb, text = _pdf_kb(tmp_path, "cmp.pdf")
    _check(kb, law)
    for h in header:  # the header is listed as left out, not lost
        assert h in text


@pytest.mark.parametrize("layout", ["ruled", "unruled"])
def test_pdf_comparison_table_then_text_across_the_page(tmp_path: Path, layout: str) -> None:
    after = ("These amendments were adopted at the 12th meeting of the county government and take effect on the "
             "day of their publication, together with the revised text of the Measures.")
    comparison_pdf(tmp_path / "cmp.pdf", FERRIES, ("Existing provision", "Revised provision", "Explanation"), layout,
                   after=after)
    kb, text = _pdf_kb(tmp_path, "cmp.pdf")
    assert " ".join(after.split()) in " ".join(text.split())
    assert "<!-- regkb compared --> These amendments" not in text
    assert sorted(a.number for a in kb.articles) == [1, 2, 3, 4]


@pytest.mark.parametrize("layout", ["ruled", "unruled"])
def test_pdf_articles_side_by_side_without_versions_are_not_taken(tmp_path: Path, layout: str) -> None:
    comparison_pdf(tmp_path / "cmp.pdf", MARKETS, ("Text A", "Text B", "Notes"), layout)
    done = read_files([tmp_path / "cmp.pdf"])
    assert not [n for n in done.notes if "read as a comparison table" in n]
    assert "regkb compared" not in done.text
    for r in MARKETS:  # every column's text kept
        for c in r:
            for p in c.split("\n"):
                assert " ".join(p.split()) in " ".join(done.text.split()) or p.split()[-1] in done.text
    if layout == "ruled":
        assert [n for n in done.notes if "names no earlier and later version" in n]


def test_pdf_fee_table_current_new_is_no_comparison(tmp_path: Path) -> None:
    fees = [("Chapter I Fees",), ("Stall permit, per month", "20 yuan", "Unchanged."),
            ("Night stall, per evening", "5 yuan", "Lowered from 8 yuan.")]
    comparison_pdf(tmp_path / "fees.pdf", fees, ("Item", "Current fee", "New fee"), "unruled",
                   title="Article 1 Stall holders shall pay the fees below.")
    done = read_files([tmp_path / "fees.pdf"])
    assert not [n for n in done.notes if "comparison table" in n]
    assert "regkb compared" not in done.text and "Night stall, per evening" in done.text


@pytest.mark.parametrize("rows", [3, 5])
@pytest.mark.parametrize(("layout", "repeat"), [("ruled", True), ("ruled", False), ("unruled", True),
                                                ("unruled", False)])
def test_pdf_comparison_table_over_two_pages(tmp_path: Path, layout: str, repeat: bool, rows: int) -> None:
    comparison_pdf(tmp_path / "cmp.pdf", MARKETS, ("Current provision", "Revised provision", "Reason"), layout,
                   break_after=rows, repeat_header=repeat)
    kb, text = _pdf_kb(tmp_path, "cmp.pdf")
    _check(kb, MARKETS)
    assert text.count("read as a comparison table") == 1


# --- an HTML line break in Markdown, and in a web page -------------------------------------------------------------

BREAKS = ["<br>", "<br/>", "<br />", "<BR>"]
# (Markdown body with {br} for each break, the articles' texts as read, an item list's labels per article)
BREAK_TEXTS = [
    ("Article 1 Operators shall keep records.{br}Inspectors may check them.\n\n"
     "Article 2 A keeper shall:{br}(1) feed the animals;{br}(2) clean the pens.\n\n"
     "Article 3 These Rules take{br}effect on 1 May 2031.\n",
     ["Operators shall keep records. Inspectors may check them.",
      "A keeper shall: (1) feed the animals; (2) clean the pens.", "These Rules take effect on 1 May 2031."],
     [[], ["(1)", "(2)"], []]),
    ("Article 1 A ferry operator must log{br}every crossing.\n\n"
     "Article 2 The bureau may:{br}(a) board a ferry;{br}(b) halt a crossing in fog.{br}It shall give reasons.\n\n"
     "Article 3 These Measures come{br}into force on 1 April 2032.\n",
     ["A ferry operator must log every crossing.",
      "The bureau may: (a) board a ferry; (b) halt a crossing in fog. It shall give reasons.",
      "These Measures come into force on 1 April 2032."],
     [[], ["(a)", "(b)"], []]),
]


def _md(body: str) -> SourceFile:
    text = "---\ntitle: x\n---\n" + body
    return SourceFile("x.md", text, "", {"title": "x"}, text.index("---\n", 4) + 4)


@pytest.mark.parametrize("br", BREAKS)
@pytest.mark.parametrize(("body", "texts", "labels"), BREAK_TEXTS, ids=["stalls", "ferries"])
def test_markdown_line_break_reads_words_apart(br: str, body: str, texts: list[str], labels: list[list[str]]) -> None:
    src = _md(body.replace("{br}", br))
    s = parse_structure(src, "doc")
    assert [" ".join(a.text.split()) for a in s.articles] == texts
    assert [[i.label for p in a.paragraphs for i in p.items] for a in s.articles] == labels
    assert [d for d in s.dropped if d.text == br]
    assert_nothing_lost(src)


@pytest.mark.parametrize("br", BREAKS)
def test_markdown_line_break_in_a_table_cell(br: str) -> None:
    src = _md(f"Article 1 Stall holders shall pay the fees below:\n\n| Item | Fee |\n|---|---|\n"
              f"| Stall{br}permit | 20 yuan{br}per month |\n| Night{br}stall | 5 yuan |\n\n"
              "Article 2 These Rules take effect on 1 May 2031.\n")
    s = parse_structure(src, "doc")
    items = s.articles[0].paragraphs[0].items
    assert [i.cells for i in items] == [("Stall permit", "20 yuan per month"), ("Night stall", "5 yuan")]
    assert "Stallpermit" not in s.articles[0].text and "<br" not in s.articles[0].text.lower()


def test_markdown_without_line_breaks_is_unchanged() -> None:
    s = parse_structure(_md("Article 1 Operators shall keep records of every sale.\nInspectors may check them.\n"),
                        "doc")
    assert [p.text for p in s.articles[0].paragraphs] == ["Operators shall keep records of every sale.",
                                                          "Inspectors may check them."]


@pytest.mark.parametrize("br", ["<br>", "<br/>", "<br />"])
def test_web_page_line_break_in_mid_sentence_is_a_wrapped_line(tmp_path: Path, br: str) -> None:
    html = (f"<html><head><title>Rules</title></head><body><main><h1>Rules on Stalls</h1>"
            f"<p>Article 1 Operators shall keep records.{br}Inspectors may check them.</p>"
            f"<p>Article 2 These Rules take{br}effect on 1 May 2031, and replace{br}the Rules of 2020.</p>"
            f"<div>Article 3 A ferry operator must log{br}every crossing.{br}Article 4 The bureau may inspect.</div>"
            f"</main></body></html>")
    (tmp_path / "x.html").write_text(html, encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    add_to_corpus(read_files([tmp_path / "x.html"]), corpus, "law", {})
    kb = KnowledgeBase.from_corpus(corpus)
    arts = sorted(kb.articles, key=lambda a: a.number)
    assert [[p.text for p in a.paragraphs] for a in arts] == [
        ["Operators shall keep records.", "Inspectors may check them."],  # after a sentence's end: two paragraphs
        ["These Rules take effect on 1 May 2031, and replace the Rules of 2020."],
        ["A ferry operator must log every crossing."], ["The bureau may inspect."]]


# --- a Markdown definition list ---------------------------------------------------------------------------------------

MKDOCS = ("Article 1 These Rules govern night markets in the town.\n\nArticle 2 {lead}\n\nNight market\n"
          ":   a market held in a street or square after 18:00.\n\n**Stall holder**\n"
          ":   a person who rents a stall at a night market,\n    whether or not the person sells food.\n\n"
          "Article 3 A stall holder shall keep the stall clean.\n")
PANDOC = ("Article 1 These Measures apply to ferries on the county's reservoirs.\n\nArticle 2 {lead}\n\nFerry\n\n"
          ":   a boat that carries passengers across a reservoir for a fare.\n\nFerry operator\n\n"
          ":   the person or body that runs a ferry\n    under a licence.\n\n"
          "Article 3 A ferry operator must carry a life jacket for every passenger.\n")
DEF_LISTS = [(MKDOCS, {"Night market": "a market held in a street or square after 18:00",
                       "Stall holder": "a person who rents a stall at a night market, whether or not the person sells "
                                       "food"}, "stall holder"),
             (PANDOC, {"Ferry": "a boat that carries passengers across a reservoir for a fare",
                       "Ferry operator": "the person or body that runs a ferry under a licence"}, "ferry operator")]


def _kb_of(tmp_path: Path, body: str) -> tuple[KnowledgeBase, SourceFile]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    text = "---\ntitle: Rules\n---\n" + body
    (corpus / "x.md").write_text(text, encoding="utf-8")
    return KnowledgeBase.from_corpus(corpus), SourceFile("x.md", text, "", {"title": "Rules"},
                                                         text.index("---\n", 4) + 4)


@pytest.mark.parametrize("lead", ["In these Rules:", "Two words recur below."], ids=["glossary-lead", "plain-lead"])
@pytest.mark.parametrize(("body", "defs", "used"), DEF_LISTS, ids=["mkdocs", "pandoc"])
def test_markdown_definition_list(tmp_path: Path, body: str, defs: dict[str, str], used: str, lead: str) -> None:
    kb, src = _kb_of(tmp_path, body.replace("{lead}", lead))
    art = kb.article(2)
    if lead.endswith(":"):  # under a lead-in that ends with a colon, the entries are its items, as a bulleted list's
        assert len(art.paragraphs) == 1 and [i.label for i in art.paragraphs[0].items] == ["", ""]
        entries = [i.text for i in art.paragraphs[0].items]
    else:  # else each entry is a paragraph
        entries = [p.text for p in art.paragraphs[1:]]
    assert [t.split(" : ")[0].strip("*") for t in entries] == list(defs)
    assert {d.term: d.definition for d in kb.definitions} == defs
    for d in kb.definitions:
        assert src.text[d.term_span.start:d.term_span.end] == d.term
        assert " ".join(src.text[d.definition_span.start:d.definition_span.end].split()) == d.definition
    assert [u for u in kb.uses_of(kb.definition(used)) if u.article == 3]
    assert_nothing_lost(src)


@pytest.mark.parametrize("body", [
    # a lead-in's colon, then a line opening with a colon: no term
    "Article 1 A stall holder shall pay:\n\n:   20 yuan a month.\n\nArticle 2 These Rules take effect on 1 May 2031.\n",
    # a sentence, then a colon line
    "Article 1 A ferry operator must log every crossing.\n:   the log is kept for a year.\n\n"
    "Article 2 These Measures come into force on 1 April 2032.\n",
    # the last line of a wrapped paragraph before a colon line
    "Article 1 The bureau may inspect any ferry\nat any time\n\n:   and seize its log.\n\n"
    "Article 2 These Measures come into force on 1 April 2032.\n",
    # a heading before a colon line
    "Article 1 Fees\n:   Stall holders pay 20 yuan a month.\n\nArticle 2 These Rules take effect on 1 May 2031.\n",
], ids=["lead-in", "sentence", "wrapped-line", "heading"])
def test_a_colon_line_that_is_no_definition_list(tmp_path: Path, body: str) -> None:
    kb, src = _kb_of(tmp_path, body)
    assert not kb.definitions
    assert sorted(a.number for a in kb.articles) == [1, 2]
    assert_nothing_lost(src)


# --- invisible characters inside words; HTML formatting tags in Markdown ---------------------------------------------

INVISIBLE_TEXTS = [
    ("Article 1 Operators sh\u200ball keep rec\u200bords.\n\nArticle\u200b 2 Inspectors m\u200bay check them.\n\n"
     "Article 3 These Rules take effect on 1 May 2031.\n",
     [("obligation", "keep records"), ("permission", "check them")]),
    ("Article 1 A ferry oper\u00adator must log every cross\u00ading.\n\nArticle 2 The bu\u00adreau must not "
     "dis\u00adclose the log.\n\nArticle 3 These Measures come into force on 1 April 2032.\n",
     [("obligation", "log every crossing"), ("prohibition", "disclose the log")]),
]


@pytest.mark.parametrize(("body", "duties"), INVISIBLE_TEXTS, ids=["zero-width", "soft-hyphen"])
def test_invisible_characters_inside_words(tmp_path: Path, body: str, duties: list[tuple[str, str]]) -> None:
    kb, src = _kb_of(tmp_path, body)
    assert sorted((o.modality, o.action) for o in kb.obligations_of()) == sorted(duties)
    assert not any(c in a.text for a in kb.articles for c in "\u200b\u00ad")
    assert [d for d in kb.diagnostics if d.code == "odd-characters" and "invisible characters" in d.message]
    assert_nothing_lost(src)


def test_a_web_page_with_soft_hyphens(tmp_path: Path) -> None:
    html = ("<html><head><title>Rules</title></head><body><main><h1>Rules on Stalls</h1>"
            "<p>Article 1 Stall hold&shy;ers shall sweep their pitch&shy;es.</p>"
            "<p>Article 2 These Rules take effect on 1 May 2031.</p></main></body></html>")
    (tmp_path / "x.html").write_text(html, encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    add_to_corpus(read_files([tmp_path / "x.html"]), corpus, "law", {})
    kb = KnowledgeBase.from_corpus(corpus)
    assert [o.action for o in kb.obligations_of()] == ["sweep their pitches"]


TAGGED = [
    "<strong>Article 1</strong> Operators <u>shall</u> keep records.\n\n<b>Article 2</b> Inspectors "
    "<em>may</em> check them.\n\n<strong>Article 3</strong> These Rules take effect on 1 May 2031.\n",
    "<details><summary>Chapter I General</summary>\n\n<p align=\"center\">Article 1 Operators "
    "<span style=\"color:red\">shall</span> keep records.</p>\n\nArticle 2 Inspectors <i>may</i> check them.\n\n"
    "</details>\n<details><summary>Chapter II Final</summary>\n\nArticle 3 These Rules take effect on 1 May 2031."
    "\n\n</details>\n",
]


@pytest.mark.parametrize("body", TAGGED, ids=["inline-tags", "folds-and-spans"])
def test_html_formatting_tags_in_markdown(tmp_path: Path, body: str) -> None:
    kb, src = _kb_of(tmp_path, body)
    arts = sorted(kb.articles, key=lambda a: a.number)
    assert [a.text for a in arts] == ["Operators shall keep records.", "Inspectors may check them.",
                                      "These Rules take effect on 1 May 2031."]
    assert sorted((o.modality, o.action) for o in kb.obligations_of()) == [("obligation", "keep records"),
                                                                           ("permission", "check them")]
    if "<details>" in body:
        assert [a.chapter for a in arts] == [1, 1, 2]
    assert_nothing_lost(src)


def test_quoted_html_and_a_less_than_sign_are_kept() -> None:
    src = _md("Article 1 Operators shall keep records of sales.\n\n"
              "<blockquote>Editor: operators should keep receipts.</blockquote>\n\n"
              "Article 2 A fee of <5 yuan is waived, and a pitch of <b >3 metres is a stall.\n")
    s = parse_structure(src, "doc")
    assert "<blockquote>" in src.text[s.articles[0].span.start:s.articles[0].span.end] or any(
        "<blockquote>" in src.text[b.span.start:b.span.end] for b in s.blocks)
    assert "<5 yuan" in s.articles[1].text and "a pitch of 3 metres" in " ".join(s.articles[1].text.split())


@pytest.mark.parametrize(("lead", "pairs"), [
    ("In these Measures:", [("Ferry", "a boat that carries passengers across a reservoir for a fare"),
                            ("Ferry operator", "the person or body that runs a ferry under a licence")]),
    ("Two words recur below.", [("Night market", "a market held in a street or square after 18:00"),
                                ("Stall holder", "a person who rents a stall at a night market")]),
], ids=["ferries", "stalls"])
def test_web_page_definition_list(tmp_path: Path, lead: str, pairs: list[tuple[str, str]]) -> None:
    dl = "".join(f"<dt>{t}</dt><dd>{d}.</dd>" for t, d in pairs)
    html = (f"<html><head><title>Rules</title></head><body><main><h1>Rules</h1><p>Article 1 These Rules apply.</p>"
            f"<p>Article 2 {lead}</p><dl>{dl}</dl><dl><dd>An orphan note.</dd></dl>"
            f"<p>Article 3 These Rules take effect on 1 May 2031.</p></main></body></html>")
    (tmp_path / "x.html").write_text(html, encoding="utf-8")
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    done = read_files([tmp_path / "x.html"])
    assert ":   An orphan" not in done.text and "An orphan note." in done.text
    add_to_corpus(done, corpus, "law", {})
    kb = KnowledgeBase.from_corpus(corpus)
    assert [(d.term, d.definition) for d in kb.definitions] == pairs


# --- struck-through text in a web page or in Markdown ------------------------------------------------------------------

STRUCK_PAGES = [
    ("<p>Article 1 <del>Owners should cover their wells.</del> <ins>Owners shall cover their wells.</ins></p>"
     "<p>Article 2 The village committee shall inspect the wells every <s>week</s> <u>month</u>.</p>",
     ["Owners shall cover their wells.", "The village committee shall inspect the wells every month."],
     ["Owners should cover their wells.", "week"]),
    ("<p>Article 1 A ferry operator <strike>may</strike> must carry life jackets.</p>"
     "<p>Article 2 The bureau shall inspect ferries<span style=\"text-decoration: line-through\"> once a year</span>.</p>",
     ["A ferry operator must carry life jackets.", "The bureau shall inspect ferries."], ["may", "once a year"]),
]


@pytest.mark.parametrize(("body", "texts", "gone"), STRUCK_PAGES, ids=["del-s", "strike-style"])
def test_web_page_struck_text_is_deleted_text(tmp_path: Path, body: str, texts: list[str], gone: list[str]) -> None:
    html = (f"<html><head><title>Rules</title></head><body><main><h1>Rules</h1>{body}"
            "<p>Article 3 These Rules take effect on 1 May 2031.</p></main></body></html>")
    (tmp_path / "x.html").write_text(html, encoding="utf-8")
    done = read_files([tmp_path / "x.html"])
    assert [f.text for f in done.furniture if "struck through" in f.reason] == gone
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    add_to_corpus(done, corpus, "law", {})
    kb = KnowledgeBase.from_corpus(corpus)
    arts = sorted(kb.articles, key=lambda a: a.number)
    assert [" ".join(a.text.split()) for a in arts][:2] == texts
    assert [d for d in kb.diagnostics if d.code == "struck-through"]


@pytest.mark.parametrize(("body", "texts"), [
    ("Article 1 ~~Owners should cover their wells.~~ Owners shall cover their wells.\n\n"
     "Article 2 The committee shall inspect the wells every <del>week</del> month.\n",
     ["Owners shall cover their wells.", "The committee shall inspect the wells every month."]),
    ("Article 1 A ferry operator <s>may</s> must carry life jackets, at a fee of ~5 yuan.\n\n"
     "Article 2 The bureau shall inspect ferries ~~once a\nyear~~ every month.\n",
     ["A ferry operator must carry life jackets, at a fee of ~5 yuan.", "The bureau shall inspect ferries every month."]),
], ids=["tilde-del", "s-wrapped"])
def test_markdown_struck_text_is_deleted_text(body: str, texts: list[str]) -> None:
    src = _md(body)
    s = parse_structure(src, "doc")
    assert [" ".join(a.text.split()) for a in s.articles] == texts
    assert [d for d in s.diagnostics if d.code == "struck-through"]
    assert_nothing_lost(src)


def test_markdown_strike_marks_that_strike_nothing_are_kept() -> None:
    src = _md("Article 1 Operators shall pay ~5 yuan, or ~~ 6 yuan at night.\n\n"
              "Article 2 The bureau <del>may\n\nfine</del> operators.\n")
    s = parse_structure(src, "doc")
    assert "~5 yuan, or ~~ 6 yuan" in s.articles[0].text
    assert "<del>may" in s.articles[1].text
    assert not [d for d in s.diagnostics if d.code == "struck-through"]


# --- a unit's power in Markdown: the raised digit is law, not a note's mark --------------------------------------------


@pytest.mark.parametrize(("body", "text"), [
    ("Article 1 A stall shall not exceed 6 m<sup>2</sup>, and a tank shall hold 2 m<sup>3</sup> of water.<sup>1</sup>\n",
     "A stall shall not exceed 6 m2, and a tank shall hold 2 m3 of water."),
    ("Article 1 A pitch of 12.5 ft<sup>2</sup> or a lake of 3 km<sup>2</sup> is covered by these Measures<sup>2</sup>.\n",
     "A pitch of 12.5 ft2 or a lake of 3 km2 is covered by these Measures."),
], ids=["metres", "feet-and-kilometres"])
def test_markdown_unit_power_is_kept(body: str, text: str) -> None:
    src = _md(body + "\nArticle 2 These Rules take effect on 1 May 2031.\n")
    s = parse_structure(src, "doc")
    assert s.articles[0].text == text  # the note marks after a word are left out, the powers kept
    assert_nothing_lost(src)
