"""Layouts of session 10: a bilingual edition that gives every paragraph twice (the Chinese paragraph and its English
translation, in either order), a bill with line numbers in its left margin (PDF), and the links of a web page that act
on the page itself ("Back to top", "Print"). Each in at least two wordings or layouts; the texts are invented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.pdfgen import canvas

from regkb.corpus import SourceFile
from regkb.importers import read_files
from regkb.parse.structure import parse_structure

from .test_layout_properties import assert_nothing_lost

_CJK = re.compile(r"[\u4e00-\u9fff]")

# --- a bilingual edition, paragraph by paragraph -----------------------------------------------------------------

CHINESE_FIRST = """第一章　总则

Chapter I General Provisions

第一条　为了保护古树名木，制定本办法。

Article 1 These Measures are formulated to protect ancient and famous trees.

第二条　园林部门负责古树名木的保护管理。

Article 2 The landscaping department is charged with the protection of ancient and famous trees.

　　任何单位和个人不得砍伐古树名木。

No unit or individual may fell an ancient or famous tree.

第二章　附则

Chapter II Supplementary Provisions

第三条　本办法自2031年1月1日起施行。

Article 3 These Measures shall come into force on 1 January 2031.
"""

# another translator, the English first, Markdown headings in bold, a paragraph without its Chinese twin
ENGLISH_FIRST = """**Chapter 1 General Rules**

**第一章 总则**

**Article 1** These Rules are made for the management of public fountains.

**第一条** 为了管理公共喷泉，制定本规则。

**Article 2** Fountain operators shall test the water every week.

**第二条** 喷泉运营者应当每周检测水质。

Test results are to be kept for two years.

**Article 3** These Rules take effect on 1 May 2032.

**第三条** 本规则自2032年5月1日起施行。
"""

# one paragraph per line, no blank lines between them (a web page copied as text), Chinese first
LINE_BY_LINE = """第一条　为了规范夜市管理，制定本规定。
Article 1 These Provisions are formulated to regulate night markets.
第二条　摊主应当保持摊位整洁。
Article 2 Stallholders shall keep their stalls clean.
摊主不得占用消防通道。
Stallholders shall not block fire lanes.
第三条　本规定自公布之日起施行。
Article 3 These Provisions take effect on the date of promulgation.
"""

BILINGUAL = [  # text, chapters, paragraphs per article, parallel blocks per owner
    (CHINESE_FIRST, 2, [1, 2, 1], {"chp_1": 1, "art_1": 1, "art_2": 2, "chp_2": 1, "art_3": 1}),
    (ENGLISH_FIRST, 1, [1, 2, 1], {"chp_1": 1, "art_1": 1, "art_2": 1, "art_3": 1}),
    (LINE_BY_LINE, 0, [1, 2, 1], {"art_1": 1, "art_2": 2, "art_3": 1}),
]


def _src(text: str, path: str = "x.md") -> SourceFile:
    return SourceFile(path, text, "0" * 64, {}, 0)


@pytest.mark.parametrize(("text", "chapters", "paragraphs", "owners"), BILINGUAL,
                         ids=["chinese-first", "english-first-markdown", "line-by-line"])
def test_a_bilingual_edition_is_read_in_english_with_its_chinese_kept_beside(
        text: str, chapters: int, paragraphs: list[int], owners: dict[str, int]) -> None:
    st = parse_structure(_src(text), "doc")
    assert [a.number for a in st.articles] == [1, 2, 3]
    assert len(st.chapters) == chapters
    assert [len(a.paragraphs) for a in st.articles] == paragraphs
    assert not any(_CJK.search(p.text) for a in st.articles for p in a.paragraphs)  # no Chinese in the English law
    parallel = [b for b in st.blocks if b.kind == "parallel"]
    got: dict[str, int] = {}
    for b in parallel:
        got[b.eid.split("__")[0]] = got.get(b.eid.split("__")[0], 0) + 1
        assert _CJK.search(b.text) and b.text == text[b.span.start:b.span.end]  # verbatim, with its span
    assert got == owners
    codes = [d.code for d in st.diagnostics]
    assert "parallel-text" in codes and "parallel-doubt" not in codes
    assert not any(d.severity == "error" for d in st.diagnostics)
    assert_nothing_lost(_src(text))


@pytest.mark.parametrize("text", [
    CHINESE_FIRST.replace("Article 2 The landscaping", "Article 4 The landscaping"),  # beside the wrong number
    ENGLISH_FIRST.replace("**第二条** 喷泉运营者应当每周检测水质。", "**第二条** 喷泉运营者应当每周检测水质。\n\n喷泉应当定期清洗。"),
], ids=["wrong-number", "two-chinese-in-a-row"])
def test_a_doubtful_pairing_is_reported_and_kept_apart(text: str) -> None:
    st = parse_structure(_src(text), "doc")
    assert "parallel-doubt" in [d.code for d in st.diagnostics]
    assert not any(_CJK.search(p.text) for a in st.articles for p in a.paragraphs)
    assert_nothing_lost(_src(text))


@pytest.mark.parametrize("text", [
    "海洋保护条例\n\nRegulations on Marine Protection\n\nArticle 1 These Regulations protect the sea.\n\n"
    "Article 2 Ship operators shall not discharge oil.\n",
    "Article 1 A term of these Rules is given with its Chinese name: 河长 (river chief).\n\n"
    "Article 2 河长制 and 湖长制 are applied together.\n",
], ids=["chinese-title-only", "chinese-words-cited"])
def test_an_english_text_with_some_chinese_is_no_bilingual_edition(text: str) -> None:
    st = parse_structure(_src(text), "doc")
    assert not [b for b in st.blocks if b.kind == "parallel"]
    assert "parallel-text" not in [d.code for d in st.diagnostics]
    assert [a.number for a in st.articles] == [1, 2]


def test_a_web_page_that_interleaves_the_two_languages(tmp_path: Path) -> None:
    paras = [line for line in CHINESE_FIRST.split("\n") if line.strip()]
    page = tmp_path / "p.html"
    page.write_text("<html><body><main>" + "".join(f"<p>{p}</p>" for p in paras) + "</main></body></html>",
                    encoding="utf-8")
    text = read_files([page]).text
    st = parse_structure(_src(text), "doc")
    assert [len(a.paragraphs) for a in st.articles] == [1, 2, 1]
    assert len([b for b in st.blocks if b.kind == "parallel"]) == 6


# --- a bill with line numbers in its left margin ------------------------------------------------------------------

BILL = [
    "Article 1 These Regulations are made to keep the visitors of caves safe and to regulate",
    "the operation of show caves within this Province.",
    "Article 2 A cave operator shall light every path that is open to visitors and shall check",
    "the lights each morning before the cave opens.",
    "Article 3 A guide shall count the visitors of each group at the entrance and at the exit.",
    "Article 4 An operator that fails to light a path in violation of the first paragraph of Article",
    "2 and thereby causes an injury shall be fined by the county tourism department.",
    "Article 5 A cave operator shall keep a first aid kit at the entrance and at every hall of the",
    "cave, and shall train its guides in first aid once a year.",
    "Article 6 Visitors shall not touch the formations of the cave or leave the paths.",
    "Article 7 A guide shall not take more than twenty visitors into the cave at a time, and shall",
    "carry a lamp of his or her own.",
    "Article 8 The county tourism department shall inspect the caves of the county every year and",
    "publish the results of its inspections.",
    "Article 9 These Regulations shall come into force on 1 June 2033.",
]

# (page size, font, size, step of the line count, where the numbers stand: right edge)
BILLS = [(A4, "Times-Roman", 11.0, 5, 62.0), (LETTER, "Helvetica", 10.0, 1, 70.0)]


def _bill(path: Path, page: tuple[float, float], font: str, size: float, step: int, edge: float) -> Path:
    c = canvas.Canvas(str(path), pagesize=page, invariant=1)
    y = page[1] - 100
    for n, line in enumerate(BILL, 1):
        c.setFont(font, size)
        c.drawString(edge + 22, y, line)
        if n % step == 0:
            c.setFont(font, size - 3)
            c.drawRightString(edge, y, str(n))
        y -= size * 1.6
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize(("page", "font", "size", "step", "edge"), BILLS, ids=["every-fifth-a4", "every-line-letter"])
def test_line_numbers_in_the_margin_are_left_out_and_a_number_in_the_text_kept(
        tmp_path: Path, page: tuple[float, float], font: str, size: float, step: int, edge: float) -> None:
    imp = read_files([_bill(tmp_path / "bill.pdf", page, font, size, step, edge)])
    numbers = [f.text for f in imp.furniture if f.reason.startswith("line number in the margin")]
    assert numbers == [str(n) for n in range(step, len(BILL) + 1, step)]
    st = parse_structure(_src(imp.text), "doc")
    assert [a.number for a in st.articles] == list(range(1, 10))
    assert "of Article 2 and thereby" in " ".join(st.articles[3].text.split())  # the reference's number is text


def test_numbers_inside_the_text_column_are_never_line_numbers(tmp_path: Path) -> None:
    path = tmp_path / "t.pdf"
    c = canvas.Canvas(str(path), pagesize=A4, invariant=1)
    y = 700.0
    for line in ["Article 1 The fees are listed below.", "5", "10", "15", "Article 2 These Rules apply from 2033."]:
        c.setFont("Times-Roman", 11)
        c.drawString(80, y, line)  # a column of numbers at the text's own left edge: the text's
        y -= 18
    c.showPage()
    c.save()
    imp = read_files([path])
    assert not [f for f in imp.furniture if f.reason.startswith("line number")]
    assert "\n10\n" in imp.text.replace("\n\n", "\n")


# --- links that act on the page itself -------------------------------------------------------------------------

PAGE = """<html><body><main>
<div class="tools"><a href="javascript:window.print()">Print</a></div>
<h2>Chapter I General Provisions</h2>
<p>Article 1 These Rules govern the parks of this City.</p>
<p>Article 2 Park keepers shall close the gates at night. See the <a href="#">map of the gates</a> for details.</p>
<p class="up"><a href="{top}">{words}</a></p>
<h2>Chapter II Supplementary Provisions</h2>
<p>Article 3 These Rules take effect on 1 July 2033.</p>
</main></body></html>"""


@pytest.mark.parametrize(("top", "words"), [("#", "Back to top"), ("#top", "↑ Top of page")], ids=["hash", "top-id"])
def test_links_that_act_on_the_page_are_left_out_and_links_in_sentences_kept(tmp_path: Path, top: str,
                                                                            words: str) -> None:
    page = tmp_path / "p.html"
    page.write_text(PAGE.format(top=top, words=words), encoding="utf-8")
    imp = read_files([page])
    assert words not in imp.text and "Print" not in imp.text
    assert "See the map of the gates for details." in imp.text  # a link inside a sentence: its words are the law's
    assert {f.text for f in imp.furniture} >= {words, "Print"}
    st = parse_structure(_src(imp.text), "doc")
    assert [len(a.paragraphs) for a in st.articles] == [1, 1, 1]


# (review10) a page whose headings are placeholder links to "#": a heading element, or a provision's heading in a
# paragraph of its own, is the text's structure, never a control of the page
HEADING_LINKS = [
    '<h3><a href="#">Article {n}</a></h3><p>{body}</p>',
    '<p><a href="#">Article {n}</a></p><p>{body}</p>',
    '<h4><a href="#">Rules for the gates</a></h4><p>Article {n} {body}</p>',
]


@pytest.mark.parametrize("layout", HEADING_LINKS, ids=["h3-article", "p-article", "h4-caption"])
def test_headings_written_as_links_to_the_page_are_kept(tmp_path: Path, layout: str) -> None:
    bodies = ["These Rules govern the parks of this City.", "Park keepers shall close the gates at night.",
              "These Rules take effect on 1 July 2033."]
    page = tmp_path / "p.html"
    page.write_text("<html><body><main><h1>Rules for City Parks</h1>" + "".join(
        layout.format(n=n, body=b) for n, b in enumerate(bodies, 1)) + '<p><a href="#">Back to top</a></p>'
        "</main></body></html>", encoding="utf-8")
    imp = read_files([page])
    assert "Back to top" not in imp.text
    st = parse_structure(_src(imp.text), "doc")
    assert [a.number for a in st.articles] == [1, 2, 3]
    assert all(b in imp.text for b in bodies)
    if "h4" in layout:
        assert imp.text.count("Rules for the gates") == 3


def test_an_annex_heading_written_as_a_link_to_the_page_is_kept(tmp_path: Path) -> None:
    page = tmp_path / "p.html"
    page.write_text('<html><body><main><h1>Rules for City Parks</h1><p>Article 1 Park keepers shall close the gates.</p>'
                    '<p><a href="#">Annex 1</a></p><p>Opening hours of the gates.</p></main></body></html>',
                    encoding="utf-8")
    assert "Annex 1" in read_files([page]).text


def test_a_word_file_that_interleaves_the_two_languages(tmp_path: Path) -> None:
    from docx import Document as Docx

    doc = Docx()
    for p in (line for line in ENGLISH_FIRST.replace("**", "").split("\n") if line.strip()):
        doc.add_paragraph(p)
    path = tmp_path / "rules.docx"
    doc.save(str(path))
    st = parse_structure(_src(read_files([path]).text), "doc")
    assert [len(a.paragraphs) for a in st.articles] == [1, 2, 1]
    assert not any(_CJK.search(p.text) for a in st.articles for p in a.paragraphs)
    assert len([b for b in st.blocks if b.kind == "parallel"]) == 4


# headings in both languages on one line, each paragraph given in Chinese and then in English below it (and a
# second translator: the heading's labels the other way round, the English paragraph first)
HEADINGS_IN_BOTH = """第一条 / Article 1

为了规范共享单车停放，制定本办法。

These Measures are formulated to regulate the parking of shared bicycles.

第二条 / Article 2

运营企业应当及时清理违规停放的车辆。

Operating enterprises shall promptly remove bicycles that are parked in breach of the rules.
"""

HEADINGS_IN_BOTH_ENGLISH_FIRST = """Article 1 / 第一条

These Rules apply to the rental of electric scooters in public places.

本规则适用于公共场所电动滑板车的租赁。

Article 2 / 第二条

Rental operators shall check the brakes of every scooter each day.

租赁运营者应当每日检查每辆滑板车的制动装置。
"""


@pytest.mark.parametrize("text", [HEADINGS_IN_BOTH, HEADINGS_IN_BOTH_ENGLISH_FIRST], ids=["chinese-first",
                                                                                         "english-first"])
def test_headings_in_both_languages_with_each_paragraph_given_twice(text: str) -> None:
    st = parse_structure(_src(text), "doc")
    assert [len(a.paragraphs) for a in st.articles] == [1, 1]
    assert not any(_CJK.search(p.text) for a in st.articles for p in a.paragraphs)
    assert [b.eid for b in st.blocks if b.kind == "parallel"] == ["art_1__parallel_1", "art_2__parallel_1"]
    assert "parallel-doubt" not in [d.code for d in st.diagnostics]


def test_a_text_in_chinese_under_english_headings_is_left_as_it_was() -> None:
    text = "Article 1\n\n为了规范共享单车停放，制定本办法。\n\nArticle 2\n\n运营企业应当及时清理违规停放的车辆。\n"
    st = parse_structure(_src(text), "doc")
    assert not [b for b in st.blocks if b.kind == "parallel"]
    assert all(_CJK.search(a.text) for a in st.articles)


_NUMERALS = "一二三四五六七八九"


@st.composite
def bilingual_editions(draw: st.DrawFn) -> tuple[str, list[int]]:
    """A bilingual edition: n articles of 1-3 paragraphs, each paragraph with or without its Chinese twin (every
    article's first one with it), the Chinese first or the English first, paragraphs parted by blank lines or not."""
    n = draw(st.integers(2, 6))
    chinese_first = draw(st.booleans())
    sep = draw(st.sampled_from(["\n\n", "\n"]))
    out: list[str] = []
    counts: list[int] = []
    for a in range(1, n + 1):
        paras = draw(st.integers(1, 3))
        counts.append(paras)
        for p in range(paras):
            en = (f"Article {a} " if p == 0 else "") + f"Operators of kind {a} shall keep record {p} for a year."
            zh = (f"第{_NUMERALS[a - 1]}条　" if p == 0 else "　　") + f"经营者应当保存第{_NUMERALS[p]}项记录一年。"
            twin = p == 0 or draw(st.booleans())
            out.extend(([zh, en] if chinese_first else [en, zh]) if twin else [en])
    return sep.join(out) + "\n", counts


@settings(max_examples=60, deadline=None)
@given(bilingual_editions())
def test_any_bilingual_edition_keeps_its_english_articles_and_loses_nothing(edition: tuple[str, list[int]]) -> None:
    text, counts = edition
    st_ = parse_structure(_src(text), "doc")
    assert [len(a.paragraphs) for a in st_.articles] == counts
    assert not any(_CJK.search(p.text) for a in st_.articles for p in a.paragraphs)
    assert "parallel-doubt" not in [d.code for d in st_.diagnostics]
    assert_nothing_lost(_src(text))
