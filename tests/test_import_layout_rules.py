"""Layout that a web page or a Word file carries and the reading text must keep (issue 12).

- A Word paragraph is ``<w:p>``: a manual line break (Shift+Enter, ``<w:br/>``) inside it breaks the line, not the
  paragraph, whether it falls inside a sentence or between two.
- The numbers of an ``<ol>`` are drawn by the browser: the importer writes them as a browser shows them, so that
  the items are items ("1.", "a.", "iii.", from ``start``, ``value``, ``type`` or an inline ``list-style``).
- A web site's footer that closes the page's main content is page chrome when the page sets it apart from the law
  (an element or class none of the article paragraphs has) and each of its lines is in a footer's words; in a
  footer's words but set like the law, it is kept and the user is told (and ``regkb check`` warns on a text that
  ends so).

Each rule is tried on layouts other than the held-out set that showed the fault, and each of these tests fails on
the code before the rule.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from regkb.corpus import read_source
from regkb.importers import read_files
from regkb.importers.store import add_to_corpus
from regkb.parse import ParsedDocument, parse_file


def imported(path: Path, tmp: Path, name: str) -> tuple[ParsedDocument, list[str], list[str]]:
    """`regkb add` one file into a fresh corpus: the parsed document, the import's notes and what it left out
    (the reading text written is ``tmp/corpus-<name>/<name>.md``)."""
    corpus = tmp / f"corpus-{name}"
    corpus.mkdir()
    draft = read_files([path])
    done = add_to_corpus(draft, corpus, name, {"title": name})
    assert done.document is not None
    return parse_file(read_source(done.document, corpus)), list(draft.notes), [f.text for f in draft.furniture]


def shape(doc: ParsedDocument) -> dict[int, list[int]]:
    """Items per paragraph of each article."""
    return {a.number: [len(p.items) for p in a.paragraphs] for a in doc.articles}


# --- Word: a manual line break stays inside its paragraph ------------------------------------------------


def _docx_with_breaks(out: Path, heading_style: bool) -> Path:
    import docx

    d = docx.Document()
    d.add_paragraph("Rules on the Inspection of Cable Cars")

    def article(num: int, *paras: list[str]) -> None:
        if heading_style:
            d.add_heading(f"Article {num}", level=3)
        for k, pieces in enumerate(paras):
            p = d.add_paragraph()
            for j, piece in enumerate(pieces):
                text = (f"Article {num} " if not heading_style and k == 0 and j == 0 else "") + piece
                run = p.add_run(text)
                if j + 1 < len(pieces):
                    run.add_break()  # Shift+Enter
    article(1, ["Cable car operators shall inspect the haul rope every day", "and record each inspection in the log."])
    article(2, ["Operators shall keep the log for three years.", "Inspectors may read the log at any time."],
            ["Where a fault is found, the operator shall stop the line."])
    article(3, ["The operator shall report the following to the inspectorate:", "(1) a broken strand;",
                "(2) a brake failure."])
    d.save(str(out))
    return out


@pytest.mark.parametrize("heading_style", [True, False], ids=["numbers as headings", "numbers opening paragraphs"])
def test_a_manual_line_break_does_not_break_the_paragraph(tmp_path: Path, heading_style: bool) -> None:
    doc, _, _ = imported(_docx_with_breaks(tmp_path / "cars.docx", heading_style), tmp_path, "cars")
    # before the rule: Article 1 had 2 paragraphs (cut mid-sentence), Article 2 had 3
    assert shape(doc) == {1: [0], 2: [0, 0], 3: [2]}
    a1 = doc.articles[0]
    assert a1.paragraphs[0].text == ("Cable car operators shall inspect the haul rope every day and record each "
                                     "inspection in the log.")
    assert [i.label for i in doc.articles[2].paragraphs[0].items] == ["(1)", "(2)"]
    # the reading text joins the lines with a space, except before an item, which keeps its line
    text = (tmp_path / "corpus-cars" / "cars.md").read_text(encoding="utf-8")
    assert "every day and record" in text and "inspectorate:\n(1) a broken strand;\n(2) a brake" in text


# --- a web page: the numbers the browser draws before the items of an <ol> -------------------------------

_OL_PAGE = """<html><head><meta charset="utf-8"><title>Harbour Rules</title></head><body><div id="content">
<h1>Harbour Pilotage Rules</h1>
<h3>Article 1</h3><p>Pilots shall hold a licence.</p>
<h3>Article 2</h3><p>A pilot shall refuse to board a vessel in any of the following cases:</p>
<ol type="a"><li>the pilot ladder is unsafe;</li><li>the master refuses to state the draught;</li></ol>
<p>The harbour master may add further cases.</p>
<h3>Article 3</h3><p>The pilot shall report:</p>
<ol style="list-style-type: lower-roman"><li>the time of boarding;</li><li>the berth;</li><li>any incident.</li></ol>
<h3>Article 4</h3><p>These Rules take effect on 1 May.</p>
</div></body></html>"""

_OL_CONTINUED = """<html><head><meta charset="utf-8"></head><body><main>
<p class="art"><b>Article 1</b> Ferry operators shall carry out the following duties:</p>
<ol><li>check the tickets;</li><li>count the passengers;</li></ol>
<p class="art"><b>Article 2</b> Ferry operators shall further:</p>
<ol start="3"><li>keep the manifest;</li><li value="5">report missing persons.</li></ol>
<p class="art"><b>Article 3</b> These Rules take effect on 1 June.</p>
<ul><li>Published by the Ferry Office</li></ul>
</main></body></html>"""


def test_ordered_list_items_get_the_numbers_the_browser_draws(tmp_path: Path) -> None:
    page = tmp_path / "harbour.html"
    page.write_text(_OL_PAGE, encoding="utf-8")
    doc, notes, _ = imported(page, tmp_path, "harbour")
    # before the rule: {2: [0, 0, 0, 0], 3: [0, 0, 0, 0]}: each item a paragraph of its own
    assert shape(doc) == {1: [0], 2: [2, 0], 3: [3], 4: [0]}
    assert [i.label for i in doc.articles[1].paragraphs[0].items] == ["a.", "b."]
    assert [i.label for i in doc.articles[2].paragraphs[0].items] == ["i.", "ii.", "iii."]
    assert any("drawn by the browser" in n for n in notes)


def test_an_ordered_list_counts_from_start_and_value(tmp_path: Path) -> None:
    page = tmp_path / "ferry.html"
    page.write_text(_OL_CONTINUED, encoding="utf-8")
    doc, _, _ = imported(page, tmp_path, "ferry")
    assert shape(doc)[1] == [2] and shape(doc)[2] == [2]
    assert [i.label for i in doc.articles[1].paragraphs[0].items] == ["3.", "5."]


def test_browser_list_labels() -> None:
    import lxml.html

    from regkb.importers.html import browser_list_labels

    root = lxml.html.fromstring('<div><ol reversed><li>x</li><li>y</li></ol><ol type="I" start="4"><li>z</li></ol>'
                                '<ol style="list-style: none"><li>n</li></ol>'
                                '<ol><li style="list-style-type: upper-alpha">u</li></ol></div>')
    assert sorted(browser_list_labels(root).values()) == ["1.", "2.", "A.", "IV."]


# --- a web page: a site's footer after the last article ----------------------------------------------------

_FOOTER_CLASS = """<html><head><meta charset="utf-8"></head><body>
<p>Rules on Municipal Bicycle Sharing</p>
<p><b>Article 1</b> Operators shall park bicycles in marked areas.</p>
<p><b>Article 2</b> Operators shall repair damaged bicycles within 48 hours.</p>
<p>The city transport bureau may inspect the operators.</p>
<p class="copyright">Copyright © 2026 City Transport Bureau. All rights reserved. | Contact us | Site map</p>
</body></html>"""

_FOOTER_CN = """<html><head><meta charset="utf-8"></head><body><div class="main">
<h2>Article 1</h2><div class="text">Vendors at the night market shall display the price of every item on a label
that buyers can read, and shall not charge more than the price displayed.</div>
<h2>Article 2</h2><div class="text">The market office may inspect the labels at any time during opening hours.</div>
<h2>Article 3</h2><div class="text">These Rules take effect on 1 July.</div>
<table class="bottom"><tr><td>主办单位：某市市场监督管理局 | 京ICP备12345678号 | 京公网安备11010502000001号</td></tr>
<tr><td>建议使用1920×1080分辨率浏览</td></tr></table>
</div></body></html>"""

_FOOTER_AS_LAW = """<html><head><meta charset="utf-8"></head><body>
<p>Rules on Market Stalls</p>
<p>Article 1 Stall holders shall keep their stalls clean.</p>
<p>Article 2 These Rules take effect on 1 August.</p>
<p>Copyright © 2026 Market Office. All rights reserved.</p>
</body></html>"""


@pytest.mark.parametrize(("page", "last", "words"), [
    (_FOOTER_CLASS, ["Operators shall repair damaged bicycles within 48 hours.",
                     "The city transport bureau may inspect the operators."], "Copyright"),
    (_FOOTER_CN, ["These Rules take effect on 1 July."], "ICP"),
], ids=["a paragraph with its own class", "a layout table with Chinese filing numbers"])
def test_a_site_footer_after_the_text_is_page_chrome(tmp_path: Path, page: str, last: list[str], words: str) -> None:
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    doc, _, left_out = imported(path, tmp_path, "page")
    # before the rule: the footer was the last article's last paragraph(s)
    assert [p.text for p in doc.articles[-1].paragraphs] == last
    assert any(words in t for t in left_out)
    assert not [d for d in doc.diagnostics if d.code == "possible-page-chrome"]


def test_footer_words_set_like_the_law_are_kept_and_reported(tmp_path: Path) -> None:
    path = tmp_path / "stalls.html"
    path.write_text(_FOOTER_AS_LAW, encoding="utf-8")
    doc, notes, left_out = imported(path, tmp_path, "stalls")
    assert doc.articles[-1].paragraphs[-1].text == "Copyright © 2026 Market Office. All rights reserved."  # kept
    assert not left_out and any("site footer's words" in n for n in notes)
    (warn,) = [d for d in doc.diagnostics if d.code == "possible-page-chrome"]
    assert warn.severity == "warning" and "kept as law" in warn.message


@pytest.mark.parametrize(("line", "chrome"), [
    ("Sponsored by the Office of the City Government | ICP Filing No. 0001 | Website identifier: 123", True),
    ("Best viewed at a resolution of 1024×768 with a current browser", True),
    ("Home | Contact us | Site map | Privacy policy", True),
    ("版权所有：某省人民政府办公厅  网站标识码：1100000001", True),
    ("Operators shall file the record no later than 10 days after the change.", False),
    ("Organised by the county government, the inspection shall cover all sites.", False),
    ("The copyright administration may inspect the premises.", False),
    ("These Measures take effect on 1 March 2028.", False),
])
def test_footer_vocabulary(line: str, chrome: bool) -> None:
    from regkb.parse.layout import chrome_line

    assert chrome_line(line) is chrome


# --- Word: the editor's words set apart by a style or by italics ---------------------------------------------


def _annotated_docx(out: Path) -> Path:
    import docx
    from docx.enum.style import WD_STYLE_TYPE

    d = docx.Document()
    d.styles.add_style("Editor Note", WD_STYLE_TYPE.PARAGRAPH)
    d.add_paragraph("Rules on Rooftop Solar Panels, with the Editor's Notes")
    d.add_paragraph("Article 1 Installers shall register each installation with the energy office.")
    d.add_paragraph("This duty was new in the 2030 revision; installers had asked for a grace period.", style="Quote")
    d.add_paragraph("Article 2 Owners shall keep the inspection certificate.")
    p = d.add_paragraph()
    p.add_run("The certificate is the one issued by the county office, ").italic = True
    p.add_run("not the installer's own.").italic = True
    d.add_paragraph("Article 3 The energy office may inspect installations.")
    d.add_paragraph("In practice the office inspects one roof in ten.", style="Editor Note")
    d.add_paragraph("Article 4 These Rules take effect on 1 April.")
    italic_law = d.add_paragraph()
    italic_law.add_run("Article 5 Installers shall label every panel.").italic = True  # an article, not a comment
    d.save(str(out))
    return out


def test_word_paragraphs_set_apart_by_style_or_italics_are_comments(tmp_path: Path) -> None:
    doc, notes, _ = imported(_annotated_docx(tmp_path / "solar.docx"), tmp_path, "solar")
    comments = {b.eid: b.text for b in doc.blocks if b.kind == "comment"}
    # before: the three notes were the articles' second paragraphs, read for duties
    assert sorted(comments) == ["art_1__comment_1", "art_2__comment_1", "art_3__comment_1"]
    assert "grace period" in comments["art_1__comment_1"] and "ten" in comments["art_3__comment_1"]
    assert [len(a.paragraphs) for a in doc.articles] == [1, 1, 1, 1, 1]
    assert doc.articles[4].text.strip("*") == "Installers shall label every panel."
    assert any("set apart by their Word style" in n for n in notes)


def test_unordered_list_items_get_the_bullet_the_browser_draws(tmp_path: Path) -> None:
    page = tmp_path / "parks.html"
    page.write_text('<html><head><meta charset="utf-8"></head><body><article>'
                    "<p>Article 1 Park keepers shall close the gates in any of the following cases:</p>"
                    "<ul><li>a storm warning is in force;</li><li>the park is full.</li></ul>"
                    "<p>Article 2 Visitors shall keep dogs on a lead.</p>"
                    '<ul style="list-style: none"><li>Dogs are welcome in the east lawn.</li></ul>'
                    "<p>Article 3 These Rules take effect on 1 September.</p></article></body></html>",
                    encoding="utf-8")
    doc, _, _ = imported(page, tmp_path, "parks")
    # before: the two bullets were two paragraphs of Article 1
    assert shape(doc) == {1: [2], 2: [0, 0], 3: [0]}
    assert doc.articles[1].paragraphs[1].text == "Dogs are welcome in the east lawn."


# --- PDF: the editor's words in italics -------------------------------------------------------------------------


def _annotated_pdf(out: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    body = getSampleStyleSheet()["BodyText"]
    body.spaceAfter = 8
    note = getSampleStyleSheet()["BodyText"].clone("note", fontName="Helvetica-Oblique", spaceAfter=8)
    story = [
        Paragraph("Rules on Allotment Gardens", body),
        Paragraph("Article 1 Allotment holders shall cultivate their plots in every season of the year and shall keep "
                  "the paths beside them free of tools.", body),
        Paragraph("Translator's remark: the Chinese word rendered as cultivate also covers leaving a plot fallow under "
                  "a plan approved by the association.", note),
        Paragraph("Article 2 Holders may keep bees with the consent of their neighbours.", body),
        Paragraph("<i>Article 3</i> The association may end a tenancy after two warnings.", body),
    ]
    SimpleDocTemplate(str(out), pagesize=A4).build(story)
    return out


def test_a_pdf_paragraph_in_italics_is_a_comment(tmp_path: Path) -> None:
    doc, notes, _ = imported(_annotated_pdf(tmp_path / "garden.pdf"), tmp_path, "garden")
    comments = [b for b in doc.blocks if b.kind == "comment"]
    # before: the remark was Article 1's second paragraph
    assert [b.eid for b in comments] == ["art_1__comment_1"] and "fallow" in comments[0].text
    assert [len(a.paragraphs) for a in doc.articles] == [1, 1, 1]
    assert "fallow" not in doc.articles[0].text
    assert any("wholly in italics" in n for n in notes)
