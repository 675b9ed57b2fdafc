"""No article lost silently in a layout nobody has seen (issue 12, helper robust19).

Article labels behind markup that carries no words are read as headings where they run in sequence
(parse/structure_labels.py, structure.read_hidden_labels); a text's line numbers are layout (line-numbers); and the
census of the labels that open a line says, as a warning, where labels in sequence were made no article
(article-census). Labels cited inside sentences are references, never counted.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from regkb.corpus import SourceFile, read_source
from regkb.parse import structure_labels as SL
from regkb.parse.structure import Structure, parse_structure

from .robust19_layouts import LAYOUTS, expected, line_numbered, text
from .test_layout_properties import assert_nothing_lost

CORPUS = Path(__file__).resolve().parents[1] / "corpus"


def _src(t: str, name: str = "x.md") -> SourceFile:
    return SourceFile(name, t, "", {"title": "x"}, t.index("---\n", 4) + 4)


def _parse(t: str) -> Structure:
    return parse_structure(_src(t), "doc")


def _body(body: str) -> str:
    return "---\ntitle: Measures\nstatus: effective\n---\n" + body


def _check_read(t: str, wording: str) -> Structure:
    s = _parse(t)
    want = expected(wording)
    assert [(a.number, a.chapter) for a in s.articles] == [(n, c) for n, c, _ in want]
    for a, (_n, _c, paras) in zip(s.articles, want, strict=True):
        assert len(a.paragraphs) == len(paras)
        for p, words in zip(a.paragraphs, paras, strict=True):
            assert p.text.startswith(words), (p.text, words)
    if wording == "boats":
        assert [a.title for a in s.articles] == ["Purpose", "Licences", "Life jackets", "Weather", "Entry into force"]
        assert [len(p.items) for p in s.articles[3].paragraphs] == [2]
    else:
        assert [len(p.items) for p in s.articles[2].paragraphs] == [2]
    assert [c.title for c in s.chapters] == (["General Provisions", "Lending"] if wording == "bicycles"
                                             else ["General Rules", "Safety"])
    assert [d.code for d in s.diagnostics if d.severity != "info"] == []
    assert_nothing_lost(_src(t))
    return s


@pytest.mark.parametrize("wording", ["bicycles", "boats"])
@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_labels_behind_markup_are_read_as_headings(layout: str, wording: str) -> None:
    s = _check_read(text(layout, wording), wording)
    if layout != "glued-labels":  # (the patterns read "Article4" and "Art.4" themselves)
        # (tags left in Markdown are dropped as markup before the labels are read: layout19's markup-dropped says so)
        code = "markup-dropped" if layout == "html-tags" else "label-markup"
        (info,) = [d for d in s.diagnostics if d.code == code]
        assert info.severity == "info"
    # no word of the markup is left in the law
    law = " ".join(p.text for a in s.articles for p in a.paragraphs)
    assert not any(m in law for m in ("**", "[[", "<p>", "</strong>", "| ", "- [", "■", "◆"))


@pytest.mark.parametrize("wording", ["bicycles", "boats"])
@pytest.mark.parametrize("style", ["cat", "viewer"])
def test_line_numbers_are_layout(style: str, wording: str) -> None:
    t = text("list-numbers", wording)
    end = t.index("---\n", 4) + 4
    t = t[:end] + line_numbered(t[end:], style)
    s = _check_read(t, wording)
    assert [d.code for d in s.diagnostics if d.code == "line-numbers"] == ["line-numbers"]


@pytest.mark.parametrize(("lines", "numbered"), [
    ([f"{k + 1:>6}\tline {k}" for k in range(12)], 12),                     # cat -n
    ([f"{k + 1:>3} | line {k}" for k in range(12)], 12),                    # a code viewer
    ([f"{k % 7 + 1}  line {k}" for k in range(14)], 14),                    # pleading paper, a page of seven lines
    ([f"{k + 1:>4}  line" if (k + 1) % 5 == 0 else "      line" for k in range(40)], 8),  # every fifth line
    ([f"{k + 1}. item {k}" for k in range(12)], 0),                        # a numbered list
    ([f"{k + 1} item {k}" for k in range(12)], 0),                         # numbers with one blank: items, not margins
    ([x for p in range(1, 10) for x in (["text"] * 30 + [str(p)])], 0),   # page numbers alone on their lines
    ([f"{2030 + k}  was a year" for k in range(0, 24, 3)], 0),              # numbers that do not count the lines
])
def test_what_line_numbers_are(lines: list[str], numbered: int) -> None:
    assert len(SL.line_numbers(lines)) == numbered


# label lines (after markup) and what the census reads there: a number, or None for a citation
LABEL_ROWS = [
    ("- Article 5 Operators shall keep records.", 5),
    ("1. **Article 5** Operators shall keep records.", 5),
    ("   [12]Art. 5. Fees", 5),
    ("> - [ ] Article 5", 5),
    ("<p><b>Article 5</b> Operators shall keep records.</p>", 5),
    ("| Article 5 | Operators shall keep records. |", 5),
    ("###Article 5", 5),
    ("## 5 Article 5", 5),
    ("■ 第五条　经营者应当保存记录。", 5),
    ("§ 5 Operators shall keep records.", 5),
    ("Article5 Operators shall keep records.", 5),
    # citations, not headings
    ("- Article 5 of the Law on Parks applies.", None),
    ("1. Article 5, paragraph 2, of these Measures", None),
    ("> Article 5 shall apply to boats.", None),
    ("* Articles 5 and 6 apply.", None),
    ("[Article 5](#a5) of these Measures applies.", None),
    ("- Article 5(1) applies.", None),
    ("The operator shall comply with Article 5.", None),
    ("- under Article 5 of these Measures", None),
    ("~~Article 5~~ Operators shall keep records.", None),  # struck through: deleted text, no label
    ('"Article 5 Operators shall keep records."', None),  # a quotation (an amendment's new text), not this text's
]


@pytest.mark.parametrize(("line", "number"), LABEL_ROWS)
def test_what_the_census_reads_as_a_label(line: str, number: int | None) -> None:
    got = SL.read_label(line)
    assert (got.number if got is not None else None) == number


def _census(s: Structure) -> list[str]:
    return [d.message for d in s.diagnostics if d.code == "article-census"]


@pytest.mark.parametrize("mark", ["- ", "• "])
def test_one_label_behind_markup_is_reported_not_guessed(mark: str) -> None:
    t = _body("Article 1 Operators shall keep records.\n\nArticle 2 Operators shall report.\n\n"
              f"{mark}Article 3 Inspectors may enter the premises.\n\nArticle 4 These Measures take effect today.\n")
    s = _parse(t)
    assert [a.number for a in s.articles] == [1, 2, 4]  # (one label so set is a guess: left to the census)
    (msg,) = _census(s)
    assert "3 (line 9)" in msg and "list bullets" in msg
    assert "Inspectors may enter" in " ".join(p.text for p in s.articles[1].paragraphs)  # kept, not lost


@pytest.mark.parametrize("body", [
    "Article 1 Operators shall keep records.\n\nArticle 2 Operators shall report.\n\n- Article 3 Inspectors may enter.\n",
    "Article 1 Operators shall keep records.\n\nArticle 2 Operators shall report.\n\n*Art. 3* Inspectors may enter.\n",
])
def test_a_last_article_lost_behind_markup_is_reported(body: str) -> None:
    s = _parse(_body(body))
    assert [a.number for a in s.articles] == [1, 2]
    (msg,) = _census(s)
    assert "3 (line 9)" in msg


@pytest.mark.parametrize(("body", "line", "how"), [
    ("§ 1 Widget makers shall label widgets.\n\n§ 2 Widget sellers must not sell unlabelled widgets.\n\n"
     "§ 3 The authority may inspect widget makers.\n", 5, "written as §"),
    ("| No. | Text |\n|---|---|\n| Article 1 | Widget makers shall label widgets. |\n"
     "| Article 2 | Widget sellers must not sell unlabelled widgets. |\n| Article 3 | The authority may inspect. |\n", 7,
     "table pipes"),
])
def test_labels_the_census_once_reported_are_read(body: str, line: int, how: str) -> None:
    # once kept whole, reported by the census ("§ N" labels; a pipe table with a header, a row per article): read as
    # articles since session 15 (layout20: Structure.find_sign_articles, Structure.read_law_tables), the census silent
    s = _parse(_body(body))
    assert [a.number for a in s.articles] == [1, 2, 3]
    assert [d.code for d in s.diagnostics if d.severity == "error"] == [] and _census(s) == []


@pytest.mark.parametrize("body", [
    # a contents list in bullets before the body's plain headings
    "Contents\n\n- Article 1 Purpose\n- Article 2 Records\n- Article 3 Entry into force\n\n"
    "Article 1 These Measures govern widgets.\n\nArticle 2 Makers shall keep records.\n\n"
    "Article 3 These Measures take effect today.\n",
    # citations at line starts, in sequence
    "Article 1 These Measures govern widgets.\n\nArticle 2 Makers shall comply with:\n\n"
    "- Article 3 of the Product Law;\n- Article 4 of the Product Law;\n- Article 5 of the Product Law.\n\n"
    "Article 3 These Measures take effect today.\n",
    # a bulleted list of the text's own articles inside an article: their numbers are articles already
    "Article 1 These Measures govern widgets.\n\nArticle 2 Makers shall keep records.\n\n"
    "Article 3 The following articles bind importers too:\n\n- Article 1\n- Article 2\n",
])
def test_no_census_warning_where_the_articles_were_made(body: str) -> None:
    s = _parse(_body(body))
    assert [a.number for a in s.articles] == [1, 2, 3]
    assert _census(s) == [] and not [d for d in s.diagnostics if d.code == "label-markup"]


def test_the_seed_texts_give_no_census_warning() -> None:
    for path in sorted(CORPUS.glob("*.md")):
        src = read_source(path, CORPUS)
        if not src.frontmatter or src.frontmatter.get("kind") == "commentary":
            continue
        s = parse_structure(src, path.stem)
        assert _census(s) == [], path.name
        assert not [d for d in s.diagnostics if d.code in ("label-markup", "line-numbers")], path.name


def test_a_body_after_its_bulleted_contents_list_is_the_law() -> None:
    t = _body("Contents\n\n- Article 1 Purpose\n- Article 2 Records\n- Article 3 Entry into force\n\n"
              "- Article 1 Purpose\n\nThese Measures govern widgets.\n\n- Article 2 Records\n\n"
              "Makers shall keep records.\n\n- Article 3 Entry into force\n\nThese Measures take effect today.\n")
    s = _parse(t)
    assert [(a.number, a.title, a.paragraphs[0].text) for a in s.articles] == [
        (1, "Purpose", "These Measures govern widgets."), (2, "Records", "Makers shall keep records."),
        (3, "Entry into force", "These Measures take effect today.")]


# --- through the importers: the mend is where the parser meets every importer's text ---------------------------------


def _added(tmp_path: Path, path: Path) -> tuple[list[int], str]:
    from regkb import KnowledgeBase
    from regkb.importers import read_files
    from regkb.importers.store import add_to_corpus

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    assert add_to_corpus(read_files([path]), corpus, "law", {}).document is not None
    kb = KnowledgeBase.from_corpus(corpus)
    return [a.number for a in kb.articles], " ".join(p.text for a in kb.articles for p in a.paragraphs)


@pytest.mark.parametrize(("lists", "label"), [("ol", "<strong>Article {n}</strong>"), ("ul", "Art. {n}.")])
def test_a_web_page_that_sets_its_articles_in_list_items(tmp_path: Path, lists: str, label: str) -> None:
    """The browser draws an <ol>'s numbers and a <ul>'s bullets; the import writes them ("1. ", "- ") before each item,
    as a browser shows them, and the article's label stands behind them."""
    items = {1: "These Measures are formulated to regulate the lending of bicycles in city parks.",
             2: "A park operator shall keep a register of the bicycles it lends.",
             3: "Borrowers must return each bicycle before the park closes.",
             4: "These Measures take effect on 1 May 2030."}
    def li(n: int) -> str:
        return f"<li>{label.format(n=n)} {items[n]}</li>"
    page = (f"<html><head><title>Measures on Park Bicycles</title></head><body><h1>Measures on Park Bicycles</h1>"
            f"<h2>Chapter I General Provisions</h2><{lists}>{li(1)}{li(2)}</{lists}>"
            f"<h2>Chapter II Lending</h2><{lists} start=\"3\">{li(3)}{li(4)}</{lists}></body></html>")
    (tmp_path / "bicycles.html").write_text(page, encoding="utf-8")
    numbers, law = _added(tmp_path, tmp_path / "bicycles.html")
    assert numbers == [1, 2, 3, 4] and "shall keep a register" in law and "- " not in law


@pytest.mark.parametrize("label", ["Article {n}", "Art. {n}."])
def test_a_word_file_whose_later_articles_are_a_list(tmp_path: Path, label: str) -> None:
    """An editor set the second chapter's articles as a Word list: its numbers restart at 1 ("1. Article 3"), and the
    base parser kept both articles as the chapter's own text (2 of 4 articles)."""
    import docx

    d = docx.Document()
    d.add_paragraph("Measures on Park Bicycles", style="Title")
    d.add_paragraph("Chapter I General Provisions")
    d.add_paragraph(label.format(n=1) + " These Measures are formulated to regulate the lending of bicycles in parks.")
    d.add_paragraph(label.format(n=2) + " A park operator shall keep a register of the bicycles it lends.")
    d.add_paragraph("Chapter II Lending")
    d.add_paragraph(label.format(n=3) + " Borrowers must return each bicycle before the park closes.", style="List Number")
    d.add_paragraph(label.format(n=4) + " These Measures take effect on 1 May 2030.", style="List Number")
    d.save(str(tmp_path / "bicycles.docx"))
    numbers, law = _added(tmp_path, tmp_path / "bicycles.docx")
    assert numbers == [1, 2, 3, 4] and "Borrowers must return" in law


@pytest.mark.parametrize(("mark", "label"), [("\u2022 ", "Article {n}"), ("{n}. ", "Art. {n}.")])
def test_a_pdf_whose_articles_are_bulleted_or_numbered_lines(tmp_path: Path, mark: str, label: str) -> None:
    """A leaflet or a slide printed to PDF that sets each article as a list item: the bullet's glyph (which the PDF
    library may write as "(cid:127)", a glyph the font maps to no character) or the list's number stands before the
    label. Base: no article found, the text kept whole."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(tmp_path / "leaflet.pdf"), pagesize=A4, invariant=True)
    y = A4[1] - 80.0
    def line(t: str, size: float = 11, font: str = "Helvetica") -> None:
        nonlocal y
        c.setFont(font, size)
        c.drawString(72, y, t)
        y -= size * 1.6
    line("Measures on Park Bicycles", 16, "Helvetica-Bold")
    y -= 10
    texts = ["These Measures are formulated to regulate the lending of bicycles in city parks.",
             "A park operator shall keep a register of the bicycles it lends.",
             "Borrowers must return each bicycle before the park closes.", "These Measures take effect on 1 May 2030."]
    for n, t in enumerate(texts, 1):
        if n in (1, 3):
            line(f"Chapter {'I' * (1 + n // 3)} {'General Provisions' if n == 1 else 'Lending'}", 12, "Helvetica-Bold")
        line(mark.format(n=n) + label.format(n=n) + " " + t)
    c.showPage()
    c.save()
    numbers, law = _added(tmp_path, tmp_path / "leaflet.pdf")
    assert numbers == [1, 2, 3, 4] and "Borrowers must return" in law and "cid" not in law


@pytest.mark.parametrize(("line", "numbers"), [
    ("Borrowers must return each bicycle Article 5 A borrower who damages a bicycle shall", [5]),
    ("before the park closes. Art. 7 These Rules come into force on 1 June 2031.", [7]),
    ("The operator shall comply with Article 5 of these Measures.", []),
    ("as required by Article 5 Paragraph 2 and Article 6, the operator", []),
    ("under Article 5 PIPL the operator shall", []),
    ("Article 5 The operator shall keep records.", []),  # at the line's start: the census reads it as a heading's
])
def test_labels_inside_a_line_before_a_sentence(line: str, numbers: list[int]) -> None:
    assert [n for _at, n in SL.labels_inside(line)] == numbers


@pytest.mark.parametrize("label", ["Article {n}", "Art. {n}."])
def test_a_folded_leaflet_read_across_its_panels_is_reported(tmp_path: Path, label: str) -> None:
    """A tri-fold leaflet printed in three panels: the import finds no gutter between the second and the third panel
    and reads their lines across, so that Articles 5 and 6 stand inside the lines of Articles 3 and 4 (base: four
    articles, and no word about the other two; they lie beyond the highest number found, so no gap is reported)."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    width, height = landscape(A4)
    c = canvas.Canvas(str(tmp_path / "leaflet.pdf"), pagesize=(width, height), invariant=True)
    texts = ["These Measures are formulated to regulate the lending of bicycles in city parks and gardens.",
             "A park operator shall keep a register of the bicycles it lends, with the borrower's name.",
             "Borrowers must return each bicycle before the park closes on the day of the loan.",
             "The operator shall inspect the brakes of each bicycle every week and keep a record.",
             "A borrower who damages a bicycle shall pay for its repair at the operator's price.",
             "These Measures take effect on 1 May 2030 and apply to every city park."]
    panel = width / 3
    for p in range(3):
        y = height - 60
        for n in (2 * p + 1, 2 * p + 2):
            for ln in simpleSplit(label.format(n=n) + " " + texts[n - 1], "Helvetica", 11, panel - 40):
                c.setFont("Helvetica", 11)
                c.drawString(p * panel + 20, y, ln)
                y -= 15
            y -= 10
    c.showPage()
    c.save()
    from regkb import KnowledgeBase
    from regkb.importers import read_files
    from regkb.importers.store import add_to_corpus

    corpus = tmp_path / "corpus"
    corpus.mkdir()
    add_to_corpus(read_files([tmp_path / "leaflet.pdf"]), corpus, "law", {})
    kb = KnowledgeBase.from_corpus(corpus)
    found = [a.number for a in kb.articles]
    census = [d for d in kb.diagnostics if d.code == "article-census"]
    if found != [1, 2, 3, 4, 5, 6]:  # (an import that reads the panels apart needs no census)
        (d,) = census
        assert d.severity == "warning" and all(f"{n} (line" in d.message for n in set(range(1, 7)) - set(found))
        assert "columns or panels" in d.message


def _printed(paragraphs: list[str], width: int) -> str:
    """Every printed line an element of its own, as pdf2htmlEX writes a page: a blank line between the lines."""
    import textwrap

    return _body("\n\n".join(x for p in paragraphs for x in textwrap.wrap(p, width)) + "\n")


@pytest.mark.parametrize(("label", "width"), [("Article {n}", 42), ("Art. {n}.", 60)])
def test_every_printed_line_a_paragraph(label: str, width: int) -> None:
    """A converter that sets every printed line as an element: the lines of a sentence are read as one paragraph, and
    a citation wrapped to a line's start ("... the fee set under" / "Article 2. The operator ...") is no heading."""
    ps = ["Chapter I General Provisions",
          label.format(n=1) + " These Measures are formulated to regulate the lending of bicycles in city parks.",
          label.format(n=2) + " A park operator shall keep a register of the bicycles it lends, with each "
          "borrower's name and the time of the loan.",
          label.format(n=3) + " Borrowers must return each bicycle before the park closes; a borrower who does not "
          "shall pay the fee set under " + label.format(n=2) + " The operator may refuse further loans.",
          "Chapter II Supplementary Provisions",
          label.format(n=4) + " These Measures take effect on 1 May 2030."]
    for w in (width, width + 6):  # two wrappings: the citation at a line's start in the first
        t = _printed(ps, w)
        assert ("\n\n" + label.format(n=2) + " The operator") in t or w != width
        s = _parse(t)
        assert [(a.number, a.chapter, len(a.paragraphs)) for a in s.articles] == [(1, 1, 1), (2, 1, 1), (3, 1, 1),
                                                                                   (4, 2, 1)], t
        assert s.articles[1].paragraphs[0].text.endswith("the time of the loan.")
        assert [d.code for d in s.diagnostics if d.code == "printed-lines"] == ["printed-lines"]
        assert_nothing_lost(_src(t))


def _dump(wording: str, heading: str) -> str:
    """A text browser's dump of a web page holding ``wording``: indented text, each link's number before its words,
    the list of links after the text (lynx writes "References", elinks "Visible links")."""
    from .robust19_layouts import WORDINGS, _label

    lines, urls = ["   [1]Home > [2]Laws", ""], ["https://example.gov/", "https://example.gov/laws/"]
    for ch, title, arts in WORDINGS[wording]:
        lines += [f"   Chapter {'I' * ch} {title}", ""]
        for n, caption, paras in arts:
            urls.append(f"https://example.gov/laws/{wording}#a{n}")
            head = f"   [{len(urls)}]{_label(wording, n, caption)}"
            lines += [f"{head} {paras[0]}", ""] if not caption else [head, "", f"   {paras[0]}", ""]
            lines += [f"   {p}" + ("" if p.startswith("(") else "\n") for p in paras[1:]]
    lines += ["", heading, ""] + [f"   {k}. {u}" for k, u in enumerate(urls, 1)]
    return _body("\n".join(lines) + "\n")


@pytest.mark.parametrize(("wording", "heading"), [("bicycles", "References"), ("boats", "Visible links")])
def test_a_text_browsers_dump(wording: str, heading: str) -> None:
    """Base: no article (each label behind its link number), the list of links read as the last article's items."""
    t = _dump(wording, heading)
    s = _check_read(t, wording)
    assert [d.code for d in s.diagnostics if d.code == "tool-furniture"] == ["tool-furniture"]
    assert "https://" not in " ".join(p.text for a in s.articles for p in a.paragraphs)


@pytest.mark.parametrize("wording", ["bicycles", "boats"])
def test_an_outliners_property_lines_are_not_law(wording: str) -> None:
    t = text("outliner", wording)
    t = t.replace("\t- ### ", "\t- ### ", 1).replace("- Measures on Park Bicycles\n",
                                                     "title:: Measures on Park Bicycles\ntags:: regulation\n\n"
                                                     "- Measures on Park Bicycles\n")
    t = "\n".join(x + ("\n\t\tcollapsed:: true" if "### Art" in x else "") for x in t.split("\n"))
    s = _check_read(t, wording)
    assert "collapsed" not in " ".join(p.text for a in s.articles for p in a.paragraphs)
    assert [d for d in s.dropped if "property line" in d.reason]
