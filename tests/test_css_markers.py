"""Web pages whose article numbers are the markers of list items, drawn by the style sheet: a ``::marker`` whose
content shows ``counter(list-item)``, or a list style the sheet defines with ``@counter-style`` (a prefix "Article ",
a suffix). Fixtures in tests/fixtures/cssnum in three producers' shapes: a portal's chapters as <section>s, each
with an <ol start="N"> whose items hold <p> paragraphs; a CMS's one list styled by an extended decimal counter style,
paragraphs parted by <br>, items a nested list in a second style; a Chinese page with 第N条 markers in Chinese
numerals and items "（一）". The texts are invented."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest
from hypothesis import given
from hypothesis import strategies as st

from regkb.corpus import SourceFile
from regkb.importers import read_files
from regkb.importers.css import CounterStyle, counter_text, generated_numbers, marker_text, read_rules, styled_number
from regkb.parse import parse_file

CSSNUM = Path(__file__).parent / "fixtures" / "cssnum"

# page -> (articles: number -> items per paragraph, chapter titles, words in the text)
PAGES = {
    "marker-sections.html": ({1: [0], 2: [0, 0], 3: [2], 4: [0], 5: [0]}, ["General Provisions", "Use of Gardens"],
                             ["Article 1. These Rules govern", "Article 3. A garden committee", "b. test the soil"]),
    "counter-style-prefix.html": ({1: [0], 2: [2], 3: [0, 0], 4: [0]}, [],
                                  ["Article 2 A building manager", "(2) shows the hours", "Article 4 These Measures"]),
    "marker-zh.html": ({n: [2] if n == 3 else [0] for n in range(1, 12)}, [],
                       ["第十条 市园林部门", "第十一条 本办法", "（一）为犬只束犬链"]),
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_marker_numbers_are_written(name: str) -> None:
    articles, chapters, words = PAGES[name]
    imp = read_files([CSSNUM / name])
    p = parse_file(SourceFile("doc.md", imp.text, "x", {}, 0))
    assert {a.number: [len(x.items) for x in a.paragraphs] for a in p.articles} == articles
    assert [c.title for c in p.chapters] == chapters
    for w in words:
        assert w in imp.text
    assert any("drawn by the page's style sheet" in n and "::marker" in n for n in imp.notes)
    assert not [d.code for d in p.diagnostics if d.code == "text-not-read"]
    assert "regkb doubt" not in imp.text
    # the sheet's marker replaces the browser's default number: no "1." before an article
    assert not any(line.startswith(("1. ", "2. ")) for line in imp.text.splitlines())


def test_marker_is_written_beside_the_first_line_not_as_a_paragraph() -> None:
    text = read_files([CSSNUM / "marker-sections.html"]).text
    assert "Article 2. The county housing bureau" in text
    assert "\nArticle 2.\n" not in text


def _markers(css: str, body: str) -> tuple[list[str], list[str]]:
    root = lxml.html.document_fromstring(f"<html><head><style>{css}</style></head><body>{body}</body></html>")
    gen = generated_numbers(root)
    return [gen.marker[e] for e in root.iter() if e in gen.marker], gen.doubts


MARKERS = [  # (css, body, the markers drawn, in document order; "" for an item whose marker shows no number)
    ("li::marker{content:'Art. ' counter(list-item) ' '}", "<ol start='3'><li>a</li><li>b</li></ol>",
     ["Art. 3 ", "Art. 4 "]),
    # counter properties do not apply to a marker (browsers ignore them): the item's own list-item counts
    ("li::marker{counter-increment:x 5;content:counter(list-item) ') '}", "<ol><li>a</li><li>b</li></ol>",
     ["1) ", "2) "]),
    # the items of a <ul> count list-item too
    ("ul > li::marker{content:'Article ' counter(list-item, upper-roman) ' '}", "<ul><li>a</li><li>b</li></ul>",
     ["Article I ", "Article II "]),
    # a marker with no number (none, a bullet string) replaces the default number with none
    ("li::marker{content:none}", "<ol><li>a</li></ol>", [""]),
    ("li::marker{content:'\\2014  '}", "<ol><li>a</li></ol>", [""]),
    ("ol{list-style-type:'- '}", "<ol><li>a</li></ol>", [""]),
    # content: normal leaves the list style's marker (the importer draws the default)
    ("li::marker{content:normal}", "<ol><li>a</li></ol>", []),
    # a list style the sheet defines, inherited from the list by its items; the item's marker wins over it
    ("@counter-style art{system:extends decimal;prefix:'Article ';suffix:' '} ol{list-style:art inside}"
     " li.x::marker{content:'Annex'}", "<ol><li>a</li><li class='x'>b</li><li>c</li></ol>",
     ["Article 1 ", "", "Article 3 "]),
    ("@counter-style z{system:extends simp-chinese-informal;prefix:'第';suffix:'条 '} ol{list-style-type:z}",
     "<ol start='9'><li>a</li><li>b</li><li>c</li></ol>", ["第九条 ", "第十条 ", "第十一条 "]),
    # a reversed list counts down, from its number of items or its start
    ("li::marker{content:'Article ' counter(list-item) ' '}", "<ol reversed><li>a</li><li>b</li></ol>",
     ["Article 2 ", "Article 1 "]),
    ("li::marker{content:counter(list-item) '. '}", "<ol reversed start='9'><li>a</li><li>b</li></ol>",
     ["9. ", "8. "]),
    # the element's own style="" counts too, above the sheet's rules (a list that goes on where the last one ended)
    ("ol{counter-reset:art} li{counter-increment:art} li::marker{content:'Article ' counter(art) ' '}",
     "<ol><li>a</li></ol><ol style='counter-reset: art 1'><li>b</li></ol>", ["Article 1 ", "Article 2 "]),
    # a list style named in the list's own style="" (the sheet only defines it)
    ("@counter-style art{system:extends decimal;prefix:'Art. ';suffix:' '}", "<ol style='list-style-type: art'>"
     "<li>a</li></ol>", ["Art. 1 "]),
    # a style with no prefix or suffix takes CSS's defaults (none, ". ")
    ("@counter-style lat{system:alphabetic;symbols:a b c} ol{list-style:lat}", "<ol start='4'><li>x</li></ol>",
     ["aa. "]),
]


@pytest.mark.parametrize(("css", "body", "drawn"), MARKERS)
def test_markers(css: str, body: str, drawn: list[str]) -> None:
    got, doubts = _markers(css, body)
    assert got == drawn
    assert not doubts


def test_a_marker_on_an_element_that_is_no_list_item_is_a_doubt() -> None:
    got, doubts = _markers("p.art::marker{content:'Article ' counter(a)}", "<p class='art'>x</p>")
    assert got == []
    assert any("::marker drawn on a <p>" in d for d in doubts)


def _style(css: str) -> dict[str, CounterStyle]:
    styles: dict[str, CounterStyle] = {}
    doubts: list[str] = []
    read_rules(css + " p::before{content:counter(a)}", doubts, styles)
    assert not doubts
    return styles


STYLES = [  # (the @counter-style rule, n, the number as counter() draws it)
    ("@counter-style s{system:cyclic;symbols:'*' '+'}", 3, "*"),
    ("@counter-style s{system:fixed 5;symbols:A B C}", 6, "B"),
    ("@counter-style s{system:fixed 5;symbols:A B C}", 9, "9"),  # outside its symbols: the fallback, decimal
    ("@counter-style s{system:symbolic;symbols:'*'}", 3, "***"),
    ("@counter-style s{system:alphabetic;symbols:'a' 'b'}", 3, "aa"),
    ("@counter-style s{system:numeric;symbols:'0' '1'}", 5, "101"),
    ("@counter-style s{system:numeric;symbols:'〇' '一' '二' '三' '四' '五' '六' '七' '八' '九'}", 12, "一二"),
    ("@counter-style s{system:additive;additive-symbols:10 X, 5 V, 1 I}", 17, "XVII"),
    ("@counter-style s{system:extends decimal;pad:3 '0'}", 7, "007"),
    ("@counter-style s{system:extends upper-roman;range:1 3;fallback:lower-alpha}", 4, "d"),
    ("@counter-style t{system:extends lower-roman} @counter-style s{system:extends t;prefix:'('}", 4, "iv"),
]


@pytest.mark.parametrize(("rule", "n", "text"), STYLES)
def test_counter_styles_the_sheet_defines(rule: str, n: int, text: str) -> None:
    assert styled_number(n, "s", _style(rule)) == text


def test_a_marker_takes_prefix_and_suffix_from_the_style_it_extends() -> None:
    styles = _style("@counter-style t{system:extends decimal;prefix:'Art. ';suffix:': '} "
                    "@counter-style s{system:extends t;suffix:' '}")
    assert marker_text(2, "s", styles) == "Art. 2 "
    assert marker_text(2, "t", styles) == "Art. 2: "


NOT_DRAWN = [  # counter styles in forms not drawn here: a doubt, never a guess
    "@counter-style s{system:numeric;symbols:url(a.png) url(b.png)}",
    "@counter-style s{system:numeric;symbols:'0'}",  # a numeric system needs two symbols
    "@counter-style s{system:additive}",
    "@counter-style s{system:wavy;symbols:a}",
]


@pytest.mark.parametrize("rule", NOT_DRAWN)
def test_counter_styles_not_drawn_are_a_doubt(rule: str) -> None:
    got, doubts = _markers(rule + " ol{list-style:s}", "<ol><li>a</li></ol>")
    assert any("@counter-style" in d for d in doubts), doubts
    assert got == []  # no marker written from it (the browser's default number is drawn, as a browser does)


@given(st.integers(0, 10**9))
def test_a_decimal_numeric_style_draws_as_decimal(n: int) -> None:
    styles = _style("@counter-style s{system:numeric;symbols:'0' '1' '2' '3' '4' '5' '6' '7' '8' '9'}")
    assert styled_number(n, "s", styles) == str(n)


@given(st.integers(1, 3999))
def test_an_additive_roman_style_draws_as_upper_roman(n: int) -> None:
    styles = _style("@counter-style s{system:additive;additive-symbols:1000 M, 900 CM, 500 D, 400 CD, 100 C, "
                    "90 XC, 50 L, 40 XL, 10 X, 9 IX, 5 V, 4 IV, 1 I}")
    got = styled_number(n, "s", styles)
    assert got == counter_text(n, "upper-roman")


def test_a_symbolic_style_is_bounded() -> None:
    styles = _style("@counter-style s{system:symbolic;symbols:'*'}")
    assert styled_number(10**6, "s", styles) == str(10**6)  # too many symbols to draw: the fallback, decimal
